"""The words of a text's head, compiled from every pack: publication and update labels,
date lines (a short line holding a date and little else), and date lines in languages
without a pack ("17 DE AGOSTO DE 2017", "2016年4月15日"), read only alone on a line."""
from __future__ import annotations

import re
from typing import Iterable

from ...normalize.dates import DatesVocabulary, DocumentVocabulary, HeadDateLines
from ...textkit import evidence, fold
from ..dates import Candidate

_DATE_LINE_WORDS = 10     # words a date line may hold besides its dates, labels and times
_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
_HANDLE = re.compile(r"(?<![\w.])@\w")          # "@EUinKazakhstan": a social-media post
_ATTRIBUTION = re.compile(r"\s*[—–]")             # "— Embassy ... 2 février 2022": a quotation's source
_NEVER = re.compile(r"(?!x)x")
# the label of the input format's metadata line ("date 2022-01-19"), also a label on a date line
METADATA_LABEL = "date"


def alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _label_pattern(words) -> re.Pattern:
    words = sorted(set(words), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?!\w)",
                      re.IGNORECASE)


def _entries(names: list) -> list[list[str]]:
    return [[entry] if isinstance(entry, str) else list(entry) for entry in names]


def _time_pattern(suffixes: list[str]) -> re.Pattern:
    """Times, with a time zone or an offset: "11:05 AM", "09h37", "18:40 MYT", "10:15 GMT+3"."""
    after = rf"(?:\s*(?:{'|'.join(map(re.escape, suffixes))}))?" if suffixes else ""
    return re.compile(rf"\b\d{{1,2}}[:h.]\d{{2}}(?::\d{{2}})?{after}(?!\w)"
                      r"(?:\s*(?:[+-]\d{1,2}(?::?\d{2})?|\(?(?-i:[A-Z]{2,5})(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)(?!\w))?",
                      re.IGNORECASE)


class HeadWords:
    """``documents``/``dates``: the document and dates vocabulary of every pack."""

    def __init__(self, documents: list[DocumentVocabulary], dates: list[DatesVocabulary], neutral: HeadDateLines):
        published = [w for v in documents for w in v.publication_labels]
        updated = [w for v in documents for w in v.update_labels]
        self.labels = _label_pattern([*(w for v in documents for w in v.date_labels), *published, *updated])
        self.named_labels = _label_pattern([*published, *updated, METADATA_LABEL])
        self.published = {fold(w) for w in published}
        self.updated = {fold(w) for w in updated}
        self.line_words = {fold(w) for v in documents for w in v.date_line_words}
        self.relative_days = {fold(k): v for vocabulary in dates for k, v in vocabulary.relative_days.items()}
        self.time = _time_pattern(list(dict.fromkeys(w for v in documents for w in v.time_suffixes)))
        byline = alternation(w for v in documents for w in v.byline_words)
        self.byline = re.compile(rf"\s(?:{byline})\s+[^\n]{{1,60}}$", re.IGNORECASE) if byline else _NEVER
        elided = [w for v in documents for w in v.elided_articles]
        self.elision = re.compile(rf"^(?:{'|'.join(map(re.escape, elided))})['’]") if elided else _NEVER
        self._other_languages(neutral)

    def _other_languages(self, neutral: HeadDateLines) -> None:
        # a date line in another language ("17 DE AGOSTO DE 2017", "17. August 2017"), on its own line
        self.other_month = {fold(name): i + 1 for names in neutral.head_date_line_months.values()
                            for i, entry in enumerate(_entries(names)) for name in entry}
        months = [n for names in neutral.head_date_line_months.values() for e in _entries(names) for n in e]
        weekdays = [n for names in neutral.head_date_line_weekdays.values() for e in _entries(names) for n in e]
        joiner = rf"(?:(?:{alternation(neutral.head_date_line_joiners)})[ \t]+)?" if neutral.head_date_line_joiners else ""
        self.other_date_line = re.compile(
            rf"[ \t]*(?:(?:{alternation(weekdays)}),?[ \t]+)?(?P<day>[12]\d|3[01]|0?[1-9])\.?[ \t]+{joiner}"
            rf"(?P<month>{alternation(months)})[ \t]+{joiner}(?P<year>[12]\d{{3}})[ \t.]*$", re.IGNORECASE)
        markers = neutral.head_date_line_year_first.values()
        year_first = "|".join(
            rf"(?P<year{i}>[12]\d{{3}})[ \t]*{re.escape(y)}[ \t]*(?P<month{i}>1[0-2]|0?[1-9])[ \t]*{re.escape(m)}"
            rf"[ \t]*(?P<day{i}>[12]\d|3[01]|0?[1-9])(?!\d)[ \t]*{re.escape(d)}"
            for i, (y, m, d) in enumerate(dict.fromkeys(tuple(w) for w in markers)))
        self.year_first_line = re.compile(rf"[ \t]*(?:{year_first})[ \t.]*$")

    def year_first_date(self, text: str, start: int, end: int) -> Candidate | None:
        """"2016 оны 4 сарын 15", "2016年4月15日" alone on a line: the date (as an ISO expression)."""
        m = self.year_first_line.match(text, start, end)
        if m is None:
            return None
        i = next(k for k in range(len(m.groups())) if m.group(f"year{k}"))
        span = evidence(text, start, m.end())
        return Candidate(span["start"], span["end"], "iso",
                         f"{m.group(f'year{i}')}-{int(m.group(f'month{i}')):02d}-{int(m.group(f'day{i}')):02d}")

    def other_language_date(self, text: str, start: int, end: int) -> Candidate | None:
        """"17 DE AGOSTO DE 2017", "jueves, 3 de mayo de 2018" alone on a line (as an ISO expression)."""
        other = self.other_date_line.match(text, start, end)
        if other is None:
            return None
        month = self.other_month.get(fold(other.group("month")))
        if month is None:
            return None
        span = evidence(text, start, other.end("year"))
        return Candidate(span["start"], span["end"], "full",
                         f"{other.group('year')}-{month:02d}-{int(other.group('day')):02d}")

    def label_before(self, text: str, start: int, end: int) -> str | None:
        """The last publication or update label between ``start`` and ``end`` (folded), if any."""
        label = None
        for m in self.labels.finditer(text, start, end):
            folded = fold(m.group())
            if folded in self.published or folded in self.updated:
                label = folded
        return label

    def date_line(self, text: str, start: int, end: int, in_line: list[Candidate]) -> bool:
        """The line holds dates and otherwise at most a few names (agency, site, section,
        city, byline), labels, times and separators: no sentence, and no embedded post's
        signature ("— Embassy (@EmbassyX) 2 février 2022")."""
        if _HANDLE.search(text, start, end) or _ATTRIBUTION.match(text, start, end):
            return False
        pieces, previous = [], start
        for cand in in_line:
            pieces.append(text[previous:cand.start])
            previous = cand.end
        pieces.append(self.byline.sub("", text[previous:end]))
        rest = self.labels.sub(" ", self.time.sub(" ", " ".join(pieces)))
        words = [self.elision.sub("", w) for w in _WORD.findall(rest)]
        if len(words) > _DATE_LINE_WORDS or re.search(r"\d{3,}", rest):
            return False
        lower = [w for w in words if w and w[0].islower() and fold(w) not in self.line_words]
        return len(lower) <= 1
