"""In-process throughput, paired with spaCy's blank tokenizer on the same texts in the same
run, in CPU time (the machines are shared: CPU time is what other load disturbs least).

Two corpora: the generated one (corpus.py) and the real articles of tests/gold/real where
their texts have been fetched (tests/gold/real/README.md; the texts are git-ignored).
``component_costs`` says what each pipeline component costs, in tokenizer times: the
tokenizer's time on the corpus is 1.
"""
from __future__ import annotations

import time
from pathlib import Path

from corpus import ROOT, CorpusDocument

REAL_DOCS = ROOT / "tests" / "gold" / "real" / "docs"


def real_corpus(folder: Path = REAL_DOCS) -> list[CorpusDocument]:
    """The real articles found in ``folder`` (none when they were not fetched)."""
    from kzeu_extract.normalize.language import detect_language

    documents = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        documents.append(CorpusDocument(path.name, text, detect_language(text)[0]))
    return documents


def words(corpus: list[CorpusDocument]) -> int:
    return sum(len(d.text.split()) for d in corpus)


def _blank_pipelines(corpus: list[CorpusDocument]) -> dict:
    import spacy

    return {lang: spacy.blank(lang) for lang in {d.language for d in corpus}}


def tokenizer_cpu(corpus: list[CorpusDocument], repeats: int = 3) -> float:
    """Best CPU seconds of spaCy's blank tokenizer of each text's language over the corpus."""
    blanks = _blank_pipelines(corpus)
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        for d in corpus:
            blanks[d.language].make_doc(d.text)
        best = min(best, time.process_time() - start)
    return best


def extraction_cpu(corpus: list[CorpusDocument], repeats: int = 2) -> tuple[float, int]:
    """Best CPU seconds of ``extract_many`` (records built, language guessed per text) and
    the number of documents that failed."""
    from kzeu_extract import Document, extract_many

    documents = [Document(d.text, d.name) for d in corpus]
    for _ in extract_many(documents[:10], errors="report"):   # pipelines built, data loaded
        pass
    best, failed = float("inf"), 0
    for _ in range(repeats):
        start = time.process_time()
        failed = sum(not hasattr(r, "people") for r in extract_many(documents, errors="report"))
        best = min(best, time.process_time() - start)
    return best, failed


def paired_throughput(corpus: list[CorpusDocument]) -> dict:
    """Tokenizer and extraction on the same corpus, one after the other, and their ratio."""
    n_words = words(corpus)
    tokenizer_s = tokenizer_cpu(corpus)
    extraction_s, failed = extraction_cpu(corpus)
    return {"documents": len(corpus), "words": n_words,
            "tokenizer_cpu_s": round(tokenizer_s, 3), "tokenizer_words_per_s": round(n_words / tokenizer_s),
            "extraction_cpu_s": round(extraction_s, 3), "extraction_words_per_s": round(n_words / extraction_s),
            "extract_vs_blank": round(tokenizer_s / extraction_s, 3), "failed_documents": failed}


def component_costs(corpus: list[CorpusDocument], tokenizer_s: float) -> dict[str, float]:
    """CPU time of each pipeline component, the language guess and the rest (records,
    hashing, the tokenizer inside the pipeline), each in tokenizer times."""
    from kzeu_extract import Document, build_pipeline, extract_many
    from kzeu_extract.normalize.language import detect_language

    spent: dict[str, float] = {}

    class Timed:
        def __init__(self, name, component):
            self.name, self.component = name, component

        def __call__(self, doc):
            start = time.process_time()
            doc = self.component(doc)
            spent[self.name] = spent.get(self.name, 0.0) + time.process_time() - start
            return doc

    pipelines = {lang: build_pipeline(lang, None) for lang in {d.language for d in corpus}}
    saved = {lang: nlp._components for lang, nlp in pipelines.items()}
    for nlp in pipelines.values():   # bench-only wrapping, undone below
        nlp._components = [(name, Timed(name, c)) for name, c in nlp._components]
    try:
        start = time.process_time()
        for _ in extract_many((Document(d.text, d.name) for d in corpus), errors="report"):
            pass
        total = time.process_time() - start
    finally:
        for lang, nlp in pipelines.items():
            nlp._components = saved[lang]
    start = time.process_time()
    for d in corpus:
        detect_language(d.text)
    spent["(language guess)"] = time.process_time() - start
    costs = {name.removeprefix("kzeu_"): s / tokenizer_s for name, s in sorted(spent.items(), key=lambda kv: -kv[1])}
    costs["(the rest: tokenizer, records, hashing)"] = (total - sum(spent.values())) / tokenizer_s
    costs["(all)"] = total / tokenizer_s
    return {name: round(value, 2) for name, value in costs.items()}
