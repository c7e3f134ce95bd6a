# Commands for a fresh machine that has only Python:
#   make run    create .venv, install kzeu-extract, extract the seed documents
#   make test   the same set-up plus the test extras, then the test suite
#   make fuzz   100,000 generated documents through extract(), every record checked
#               (one language choice per document, rotating auto/en/fr; FUZZ_COUNT=20000
#               for fewer; FUZZ_ARGS for scripts/fuzz.py's options, "" for all three each)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
FUZZ_COUNT ?= 100000
FUZZ_ARGS  ?= --rotate
STAMP  := $(VENV)/.installed

.PHONY: run test install bench fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/kzeu extract seeds/

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/run.py

fuzz: $(STAMP)
	$(BIN)/python scripts/fuzz.py --count $(FUZZ_COUNT) $(FUZZ_ARGS)

clean:
	rm -rf $(VENV) build dist *.egg-info
