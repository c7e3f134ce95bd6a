"""kzeu_document: the title, the publication date the text states, and the reference date.

Only the head of the document (its first few non-blank lines) can state the publication
date; a date inside body sentences (or a tweet quoted further down) is an event date.
In order of trust:

1. source "date_line": a leading ``date 2022-01-19`` label, or a line under the title that
   holds only a full date ("January 10, 2022", "Published: 10/01/2022 14:30",
   "Posted on March 3, 2023 by admin");
2. source "dateline": a news dateline opening a line, ``PLACE, date`` followed by the agency
   or a dash ("NUR-SULTAN, April 2 /TASS/", "ASTANA, 12 March 2023 (Reuters) -",
   "BRUSSELS, 5 May. KAZINFORM", "Bruxelles, le 3 mars 2023"), or a place and date in
   parentheses closing the title or a head line ("Entretien avec M. X (Paris, 12 mars 2025)",
   France Diplomatie style); a year-less one is dated
   only when a year can be found (the --date option, else the text's inferred reference);
3. source "option": the ``--date`` option (``doc._.kzeu_option_date``).

Reference date (what year-less and relative dates resolve against): the document date,
else the option date, else INFERRED as the latest full date (day, month and year) that the
text states (seed-like texts quote an old event, "2 février 1993", and a recent one, "2 février
2022"; the text cannot have been written before the latest), or, without any full date, the
latest month or year it states (full dates win because a bare year is often a target, "d'ici
2030"). An inferred reference only
lends its year to year-less dates ("le 7 février" -> 2022-02-07); deictic words such as
"yesterday" stay unresolved with it (see kzeu_dates). A warning says how it was inferred.

Title: the first line when it reads as a headline (short, its own line, no final full stop,
not a dateline), after stripping a leading ``date YYYY-MM-DD``; else None.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import add_warning, doc_text
from ..normalize.dates import as_date, latest_stated, vocabulary
from ..normalize.text import mention
from .dates import Candidate, date_finder, date_item

_HEAD_LINES = 4           # non-blank lines that may hold the title / publication date
_DATE_PREFIX = re.compile(r"[ \t]*date\s*:?\s*(?P<date>[12]\d{3}-[01]?\d-[0-3]?\d)(?!\w)", re.IGNORECASE)
_LINE = re.compile(r"[^\n]*\S[^\n]*")
# "NUR-SULTAN", "Bruxelles", "New York", "ASTANA, Kazakhstan" (+ "(Reuters)") then a comma
# or a dash.
_DATELINE_PLACE = re.compile(
    r"[ \t]*[A-ZÀ-Ý][\w'’.\-]*(?:[ \-][A-ZÀ-Ý][\w'’.\-]*){0,3}(?:,\s*[A-ZÀ-Ý][\w'’\-]+)?"
    r"(?:\s*\([^)\n]{1,40}\))?(?:\s*,|\s+[–—-])\s*(?:(?:le|on)\s+)?")
# What follows a dateline's date: an agency ("/TASS/", "(Reuters)", ". KAZINFORM"), a dash,
# punctuation, or the end of the line.
_DATELINE_END = re.compile(r"\s*(?:$|[/(\-–—.,:]|[A-Z]{2,})", re.MULTILINE)
# "(Paris, 12 mars 2025)", "(Astana, le 3 mai 2024)", "(12 March 2025)" closing a title or byline
_PAREN_OPEN = re.compile(r"\(\s*(?:[A-ZÀ-Ý][\w'’.\-]*(?:[ \-][A-ZÀ-Ý][\w'’.\-]*){0,3}\s*,\s*)?"
                         r"(?:(?:le|on)\s+)?$")
_PAREN_CLOSE = re.compile(r"\s*\)[\s.]*$")
_CLAUSE_AFTER_DATE = re.compile(r"\s*,\s*(?:[^\W\d_]+\s+){3}")   # ", the Prime Minister ..."
_TIME = re.compile(r"\b\d{1,2}[:h.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?\b", re.IGNORECASE)
_BYLINE = re.compile(r"\s(?:by|par)\s+[^\n]{1,60}$", re.IGNORECASE)   # "... by John Smith"
_MAX_TITLE_WORDS = 30
_MAX_TITLE_CHARS = 250
_DATED_KINDS = {"full", "iso", "numeric", "day_month"}
_STATES_YEAR = {"full", "iso", "numeric", "month_year", "year", "year_part", "range"}   # may hold an explicit year


class DocumentComponent:
    def __init__(self):
        self.finder = date_finder()
        vocab = vocabulary()
        labels = sorted({w for lang in ("en", "fr") for w in vocab["date_labels"][lang]}, key=len, reverse=True)
        self._labels = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in labels) + r")(?!\w)",
                                  re.IGNORECASE)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        lang = doc._.kzeu_language or doc.lang_
        option = doc._.kzeu_option_date
        lines = _head_lines(text)
        candidates = self.finder.find(text, lang)
        inferred, inferred_from = self._infer_reference(text, candidates)

        title, document_date, body_from = None, None, 0
        if lines:
            start, end = lines[0]
            prefix = _DATE_PREFIX.match(text, start, end)
            if prefix:
                document_date = {**mention(text, *prefix.span("date")), "value": prefix.group("date"),
                                 "source": "date_line"}
                document_date["value"] = as_date(document_date["value"]).isoformat()
                start = prefix.end()
                if not text[start:end].strip():
                    lines = lines[1:]
                    start, end = lines[0] if lines else (end, end)
            if self._is_headline(text, start, end, candidates, more_text=len(lines) > 1):
                title = mention(text, start, end)
                body_from = 1
        if document_date is None:
            year_ref = option or inferred
            document_date = self._stated_date(text, lines, candidates, year_ref, inferred=option is None,
                                              title_lines=body_from)
        if document_date is None and option:
            document_date = {"value": option, "text": None, "start": None, "end": None, "source": "option"}

        doc._.kzeu_title = title
        doc._.kzeu_document_date = document_date
        if document_date:
            doc._.kzeu_reference_date = document_date["value"]
        elif inferred:
            doc._.kzeu_reference_date = inferred
            add_warning(doc, f"no publication date: reference date {inferred} inferred from the latest "
                             f"date the text states ({inferred_from!r}); it completes year-less dates, "
                             f"relative words such as 'yesterday' stay unresolved")
        else:
            doc._.kzeu_reference_date = None
        return doc

    def _infer_reference(self, text: str, candidates: list[Candidate]) -> tuple[str | None, str | None]:
        stated = {}
        for cand in candidates:
            if cand.kind not in _STATES_YEAR:
                continue
            item = date_item(text, cand, reference=None, reference_is_inferred=True, dayfirst=True)
            if item and item["value"] and not item["relative"]:
                stated.setdefault(item["value"], item["text"])
        latest = latest_stated(stated)
        if latest is None:
            return None, None
        return as_date(latest).isoformat(), stated[latest]

    def _stated_date(self, text, lines, candidates, year_ref, *, inferred: bool, title_lines: int) -> dict | None:
        """A date line, a dateline, or a place and date in parentheses closing a line ("... (Paris,
        12 mars 2025)"), among the head lines (first found wins); the title line (the first
        ``title_lines``) can only hold the last kind."""
        for i, (start, end) in enumerate(lines[:title_lines + _HEAD_LINES - 1]):
            in_line = [c for c in candidates if start <= c.start and c.end <= end and c.kind in _DATED_KINDS]
            if not in_line:
                continue
            cand = _parenthesised_date(text, start, end, in_line)
            if cand is not None:
                source = "dateline"
            elif i < title_lines:
                continue
            elif len(in_line) == 1 and self._only_date(text, start, end, in_line[0]):
                source, cand = "date_line", in_line[0]
            else:
                cand = _dateline_date(text, start, end, in_line)
                if cand is None:
                    continue
                source = "dateline"
            item = date_item(text, cand, reference=year_ref, reference_is_inferred=inferred, dayfirst=True)
            if item and item["value"] and item["granularity"] == "day":
                return {"value": item["value"], "text": item["text"], "start": item["start"],
                        "end": item["end"], "source": source}
        return None

    def _only_date(self, text: str, start: int, end: int, cand: Candidate) -> bool:
        """The line holds the date and nothing else but labels, a time and punctuation."""
        after = _BYLINE.sub("", text[cand.end:end])
        rest = self._labels.sub(" ", _TIME.sub(" ", text[start:cand.start] + " " + after))
        return not re.search(r"\w", rest)

    def _is_headline(self, text: str, start: int, end: int, candidates, *, more_text: bool) -> bool:
        line = text[start:end].strip()
        if not more_text or not line or len(line) > _MAX_TITLE_CHARS:
            return False
        if len(line.split()) > _MAX_TITLE_WORDS or line[-1] in ".;,:":
            return False
        if not (line[0].isupper() or line[0].isdigit() or line[0] in "\"“«'‘"):
            return False
        line_dates = [c for c in candidates if start <= c.start and c.end <= end and c.kind in _DATED_KINDS]
        if len(line_dates) == 1 and self._only_date(text, start, end, line_dates[0]):
            return False    # a date line, not a headline
        return _dateline_date(text, start, end, line_dates) is None


def _dateline_date(text: str, start: int, end: int, line_dates: list[Candidate]) -> Candidate | None:
    """The date of a dateline opening the line ``text[start:end]``, if it opens with one."""
    place = _DATELINE_PLACE.match(text, start, end)
    if not place:
        return None
    cand = next((c for c in line_dates if c.start == place.end()), None)
    if cand is None or not _DATELINE_END.match(text, cand.end, end):
        return None
    # A body sentence can open like a dateline ("Earlier, on January 15, the Prime Minister
    # received..."): a place not in capitals is a dateline only when little follows the date
    # on its line (an agency, a dash, nothing), not a clause running on after a comma.
    place_words = place.group().split(",")[0].strip()
    if not place_words.isupper() and _CLAUSE_AFTER_DATE.match(text, cand.end, end):
        return None
    return cand


def _parenthesised_date(text: str, start: int, end: int, line_dates: list[Candidate]) -> Candidate | None:
    """The date of a ``(PLACE, date)`` or ``(date)`` closing the line ``text[start:end]``."""
    cand = line_dates[-1]
    if _PAREN_CLOSE.match(text, cand.end, end) and _PAREN_OPEN.search(text, start, cand.start):
        return cand
    return None


def _head_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the first non-blank lines."""
    lines = []
    for m in _LINE.finditer(text):
        lines.append(m.span())
        if len(lines) >= _HEAD_LINES:
            break
    return lines


@Language.factory("kzeu_document", assigns=["doc._.kzeu_title", "doc._.kzeu_document_date",
                                            "doc._.kzeu_reference_date"])
def make_document(nlp: Language, name: str) -> DocumentComponent:
    return DocumentComponent()
