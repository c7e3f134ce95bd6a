# Commands for a fresh machine that has only Python:
#   make run    create .venv, install kzeu-extract, extract the seed documents
#   make install  the same set-up, and tmux (for tests/test_table_snapshots.py: see make tmux)
#   make test   the same set-up plus the test extras, then the test suite (and, as root on
#               Debian, the headless browser of the report's test: see make browser)
#   make tmux   tmux, the terminal tests/test_table_snapshots.py captures the table view from:
#               installed with apt-get when missing and running as root; else that test is skipped
#   make browser  Debian's chromium and chromium-driver, for tests/test_view_browser.py: installed
#               with apt-get when missing and running as root; else that test is skipped (said here)
#   make fuzz   100,000 generated documents through extract(), every record checked
#               (one language choice per document, rotating auto/en/fr; FUZZ_COUNT=20000
#               for fewer; FUZZ_ARGS for scripts/fuzz.py's options, "" for all three each)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
FUZZ_COUNT ?= 100000
FUZZ_ARGS  ?= --rotate
STAMP  := $(VENV)/.installed

.PHONY: run test install tmux browser bench fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP) tmux

run: $(STAMP)
	$(BIN)/kzeu extract seeds/

test: $(STAMP) tmux browser
	$(BIN)/python -m pytest

# Never fails: without root or apt-get (or with apt-get failing, as on a closed network) the
# browser test skips itself, and this says so.
BROWSER_PACKAGES := chromium chromium-driver
APT := DEBIAN_FRONTEND=noninteractive apt-get -y -qq -o Dpkg::Use-Pty=0
browser:
	@if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then \
		echo "browser: chromium and chromedriver are installed"; \
	elif [ "$$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then \
		echo "browser: no chromium/chromedriver, and no apt-get as root to install them: tests/test_view_browser.py will be skipped"; \
	else \
		echo "browser: installing $(BROWSER_PACKAGES) with apt-get"; \
		if $(APT) install $(BROWSER_PACKAGES) >/dev/null 2>&1 || \
		   { $(APT) update >/dev/null 2>&1 && $(APT) install $(BROWSER_PACKAGES) >/dev/null 2>&1; }; then \
			echo "browser: installed"; \
		else \
			echo "browser: apt-get could not install $(BROWSER_PACKAGES): tests/test_view_browser.py will be skipped"; \
		fi; \
	fi

# Never fails, as browser: without root or apt-get, the snapshot test skips itself.
tmux:
	@if command -v tmux >/dev/null 2>&1; then \
		echo "tmux: installed"; \
	elif [ "$$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then \
		echo "tmux: not installed, and no apt-get as root to install it: tests/test_table_snapshots.py will be skipped"; \
	else \
		echo "tmux: installing it with apt-get"; \
		if $(APT) install tmux >/dev/null 2>&1 || \
		   { $(APT) update >/dev/null 2>&1 && $(APT) install tmux >/dev/null 2>&1; }; then \
			echo "tmux: installed"; \
		else \
			echo "tmux: apt-get could not install tmux: tests/test_table_snapshots.py will be skipped"; \
		fi; \
	fi

bench: $(STAMP)
	$(BIN)/python bench/run.py
	$(BIN)/python bench/dask_bench.py

fuzz: $(STAMP)
	$(BIN)/python scripts/fuzz.py --count $(FUZZ_COUNT) $(FUZZ_ARGS)

clean:
	rm -rf $(VENV) build dist *.egg-info
