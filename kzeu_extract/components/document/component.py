"""The kzeu_document component: title, stated publication date and reference date of a Doc."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ...extensions import add_warning, doc_text
from ...langpacks import LanguagePack
from ...normalize.dates import as_date, head_date_lines, latest_stated, messages
from ...textkit import evidence
from ...textkit.datelines import datelines_of
from ..dates import Candidate, date_finder, date_item
from ..dates.every_pack import EveryPackComponent
from .head_words import METADATA_LABEL, HeadWords
from .lines import head_lines, in_parentheses
from .publication import DATED_KINDS, FULL_KINDS, PublicationDates

_HEAD_LINES = 4           # non-blank lines that may hold the title
_LABEL = rf"[ \t]*{METADATA_LABEL}\s*:?\s*"
_DATE_PREFIX = re.compile(rf"{_LABEL}(?P<date>[12]\d{{3}}-[01]?\d-[0-3]?\d)(?!\w)", re.IGNORECASE)
_MONTH_PREFIX = re.compile(rf"{_LABEL}(?P<date>[12]\d{{3}}-(?:0?[1-9]|1[0-2]))(?![\w-])", re.IGNORECASE)
_MAX_TITLE_WORDS = 30
_MAX_TITLE_CHARS = 250
# may hold an explicit month and year (a bare year lends nothing to year-less dates)
_STATES_MONTH = {"full", "iso", "numeric", "month_year", "iso_month", "range"}


class DocumentComponent(EveryPackComponent):
    concerns = ("dates", "document")
    every_concerns = ("dates", "document")

    def compile(self, pack: LanguagePack) -> None:
        self.finder = date_finder(pack, self.packs("dates"))
        every = {**self.every, pack.code: pack}
        self.words = HeadWords(list(self.packs("document").values()), list(self.packs("dates").values()),
                               head_date_lines())
        self.datelines = datelines_of(every.values())
        self.publication = PublicationDates(self.words, self.datelines)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        option = doc._.kzeu_option_date
        candidates = self.finder.candidates(doc)
        inferred, inferred_from = _infer_reference(text, candidates)
        title, document_date, lines, body_from, month_label = self._head(text, candidates)
        if month_label and not (inferred and inferred[:7] == month_label):
            inferred, inferred_from = f"{month_label}-01", f"{METADATA_LABEL} {month_label}"
        if document_date is None:
            scan_from = lines[0][0] if lines else 0
            document_date = self.publication.stated_date(text, scan_from, candidates, option or inferred,
                                                         inferred=option is None, title_lines=body_from)
        if document_date is None and option:
            document_date = {"value": option, "text": None, "start": None, "end": None, "source": "option"}
        doc._.kzeu_title = title
        doc._.kzeu_document_date = document_date
        self._reference(doc, text, candidates, document_date, inferred, inferred_from)
        return doc

    def _head(self, text: str, candidates: list[Candidate]):
        """(title, date of a ``date ...`` label, head lines, lines the title takes, month label)."""
        lines = head_lines(text, _HEAD_LINES)
        title, document_date, body_from, month_label = None, None, 0, None
        if not lines:
            return title, document_date, lines, body_from, month_label
        start, end = lines[0]
        prefix = _DATE_PREFIX.match(text, start, end)
        month = None if prefix else _MONTH_PREFIX.match(text, start, end)
        if prefix:
            document_date = {**evidence(text, *prefix.span("date")), "value": as_date(prefix.group("date")).isoformat(),
                             "source": "date_line"}
        elif month:
            month_label = month.group("date")
            document_date = _after_month_label(text, month.end(), end, candidates)
        label = prefix or month
        if label:
            start = label.end() if document_date is None or prefix else document_date["end"]
            if not text[start:end].strip():
                lines = lines[1:]
                start, end = lines[0] if lines else (end, end)
            else:
                lines = [(start, end), *lines[1:]]
        if self._is_headline(text, start, end, candidates, more_text=len(lines) > 1):
            title = evidence(text, start, end)
            body_from = 1
        return title, document_date, lines, body_from, month_label

    def _reference(self, doc, text, candidates, document_date, inferred, inferred_from) -> None:
        written = None if document_date else self.finder.deictic_anchor(text, candidates, reference=inferred)
        if document_date:
            doc._.kzeu_reference_date = document_date["value"]
        elif written:
            doc._.kzeu_reference_date = written[0]
            add_warning(doc, messages.reference_beside_date(written[0], text[written[1].start:written[1].end]))
        elif inferred:
            doc._.kzeu_reference_date = inferred
            add_warning(doc, messages.reference_inferred(inferred, inferred_from))
        else:
            doc._.kzeu_reference_date = None

    def _is_headline(self, text: str, start: int, end: int, candidates, *, more_text: bool) -> bool:
        line = text[start:end].strip()
        if not more_text or not line or len(line) > _MAX_TITLE_CHARS:
            return False
        if len(line.split()) > _MAX_TITLE_WORDS or line[-1] in ".;,:":
            return False
        if not (line[0].isupper() or line[0].isdigit() or line[0] in "\"“«'‘"):
            return False
        line_dates = [c for c in candidates if start <= c.start and c.end <= end and c.kind in DATED_KINDS]
        if not line_dates and self.words.other_date_line.match(text, start, end):
            return False    # "17 DE AGOSTO DE 2017"
        if (line_dates and self.words.date_line(text, start, end, line_dates)
                and not any(in_parentheses(text, start, end, c) for c in line_dates)):
            return False    # a date line, not a headline ("(12 March 2025)" may close a headline)
        return self.datelines.opening(text, start, end, line_dates) is None


def _after_month_label(text: str, pos: int, end: int, candidates: list[Candidate]) -> dict | None:
    """A full date right after a month-only ``date 2017-12`` label: the date line."""
    cand = next((c for c in candidates if c.start >= pos), None)
    if cand is None or cand.kind not in FULL_KINDS or cand.end > end or text[pos:cand.start].strip():
        return None
    item = date_item(text, cand, reference=None, reference_is_inferred=True, dayfirst=True)
    if not item or not item["value"] or item["granularity"] != "day":
        return None
    return {"value": item["value"], "text": item["text"], "start": item["start"], "end": item["end"],
            "source": "date_line"}


def _infer_reference(text: str, candidates: list[Candidate]) -> tuple[str | None, str | None]:
    """The latest full date (else month) the text states, and its text."""
    stated = {}
    for cand in candidates:
        if cand.kind not in _STATES_MONTH:
            continue
        item = date_item(text, cand, reference=None, reference_is_inferred=True, dayfirst=True)
        if item and item["value"] and not (item["relative"] or item.get("year_inferred")) and len(item["value"]) >= 7:
            stated.setdefault(item["value"], item["text"])
    latest = latest_stated(stated)
    if latest is None:
        return None, None
    return as_date(latest).isoformat(), stated[latest]


def make_document(nlp: Language, name: str) -> DocumentComponent:
    return DocumentComponent(nlp, name)
