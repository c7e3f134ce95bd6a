"""kzeu_document: the title, the publication date the text states, and the reference date.

The publication date is looked for in the head of the document: its first non-blank lines
(up to _SCAN_LINES), menus and site names included, down to the second body paragraph; a
date inside a body sentence (or a tweet quoted further down) is an event date. Every date
found there gets a rank, and the best rank wins (the earliest on a tie):

1. a leading ``date 2022-01-19`` label (source "date_line"); a month-only ``date 2017-12``
   label is no publication date, but a full date right after it is the date line, and its
   month completes year-less dates;
2. a date after a publication label on a date line ("Published: Apr 19, 2009 11:05 AM
   Updated: May 25, 2011", "Politique Publié le samedi 1 septembre 2012 | Nord-Sud");
3. a dateline with its year, opening a line: ``PLACE, date`` (or ``PLACE: date``) followed by
   the agency, a dash or nothing ("ASTANA, 12 March 2023 (Reuters) -", "Islamabad: August
   17, 2021", "Bruxelles, le 3 mars 2023"), the date first ("Oct 7, 2005 (ADDIS ABABA) —"), or
   a place and date in parentheses closing the title or a short line ("... (Paris, 12 mars
   2025)", "(23/10/2007)"): the article's own date, so it beats a site's date header;
4. a date line: a short line holding a full date and otherwise only names (agency, site,
   section, city), labels, times and time zones, separators ("January 10, 2022", "Xinhua |
   29.08.2015 09h37", "August 11, 2023 11:50 MYT", "Berne, Communiqué de presse, 17.08.2015",
   "Palais de l'Elysée - Paris le vendredi 26 janvier 2007.", "[Ministry of X] [Tuesday, Oct
   6, 2015]");
5. a year-less dateline ("NUR-SULTAN, April 2 /TASS/", "Paris, 27 juin. 06 [Agency]" with a
   two-digit year), dated only when a year can be found (the --date option, a full date
   ranked above, else the text's inferred reference);
6. a date after an update label ("Last Update : Friday, Oct 9, 2015"): only a revision;
7. "today" right beside a full date in the head ("has today 20 October 2010 concluded");
8. a credit line in parentheses among the last lines ("(Xinhua News Agency December 3, 2007)");
then source "option": the ``--date`` option (``doc._.kzeu_option_date``). Ranks 2-8 have
source "date_line" or "dateline" (datelines).

Reference date (what year-less and relative dates resolve against): the document date,
else the option date, else the day a deictic word beside an explicit date says the text was
written ("hier mercredi 21 octobre": the 22nd; kzeu_dates then resolves "aujourd'hui"), else
INFERRED as the latest full date (day, month and year) that the text states (seed-like texts
quote an old event, "2 février 1993", and a recent one, "2 février 2022"; the text cannot have
been written before the latest), or, without any full date, the latest month it states (or
the month of a ``date 2017-12`` label); bare years lend nothing ("depuis 1994 ... le 20
janvier" says nothing of the year of 20 January). An inferred reference only lends its year
to year-less dates ("le 7 février" -> 2022-02-07) and years ("this year"); deictic words such
as "yesterday" stay unresolved with it (see kzeu_dates). A warning says how it was inferred.

Title: the first line when it reads as a headline (short, its own line, no final full stop,
not a dateline), after stripping a leading ``date YYYY-MM-DD``; else None.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .base import kzeu_factory
from ..extensions import add_warning, doc_text
from ..normalize.dates import as_date, latest_stated, vocabulary
from ..normalize.text import fold, mention
from .dates import Candidate, date_finder, date_item, numeric_order

_HEAD_LINES = 4           # non-blank lines that may hold the title
_SCAN_LINES = 25          # non-blank lines searched for the publication date ...
_MENU_RUN = 5             # ... not counting runs of at least this many menu lines,
_MENU_WORDS = 4           # short lines of at most this many capitalised words (or bulleted)
_MENU_CHARS = 48
_SCAN_PARAGRAPHS = 2      # ... down to the second body paragraph,
_PARAGRAPH_WORDS = 25     # a line of at least this many words
_DATE_LINE_WORDS = 10     # words a date line may hold besides its dates, labels and times
# ranks (lower is stronger)
_PUBLISHED, _DATELINE, _DATE_LINE, _YEARLESS, _UPDATED, _TODAY, _CREDIT = range(7)

_DATE_PREFIX = re.compile(r"[ \t]*date\s*:?\s*(?P<date>[12]\d{3}-[01]?\d-[0-3]?\d)(?!\w)", re.IGNORECASE)
_MONTH_PREFIX = re.compile(r"[ \t]*date\s*:?\s*(?P<date>[12]\d{3}-(?:0?[1-9]|1[0-2]))(?![\w-])", re.IGNORECASE)
_LINE = re.compile(r"[^\n]*\S[^\n]*")
# "NUR-SULTAN", "Bruxelles", "New York", "ASTANA, Kazakhstan" (+ "(Reuters)") then a comma,
# a colon or a dash.
_DATELINE_PLACE = re.compile(
    r"[ \t]*[A-ZÀ-Ý][\w'’.\-]*(?:[ \-][A-ZÀ-Ý][\w'’.\-]*){0,3}(?:,\s*[A-ZÀ-Ý][\w'’\-]+)?"
    r"(?:\s*\([^)\n]{1,40}\))?(?:\s*[,:]|\s+[–—-])\s*(?:(?:le|on)\s+)?")
# "19:28 | Lima, Jul. 6.", "08h15 - Dakar, 3 mars": a time and a separator before the place
_LEADING_TIME = re.compile(r"[ \t]*\d{1,2}[:h]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?[ \t]*[|•·–—/-][ \t]*",
                           re.IGNORECASE)
# An agency first, in capitals, then a full stop and the date: "OREANDA-NEWS. December 22, 2009.
# The talks...", "KAZINFORM. 3 mars 2021. Le ministre...", "BELTA. March 3."
_AGENCY_FIRST = re.compile(r"[ \t]*[A-Z][A-Z0-9&'’]+(?:[-/ ][A-Z0-9&'’]+){0,3}\.[ \t]+")
# a menu line: a bullet, or a few capitalised words without sentence punctuation
_BULLET = re.compile(r"[ \t]*[•·▪►◦‣■□●○*–—-][ \t]")
_SENTENCE_PUNCTUATION = re.compile(r"[.!?;:,]")
# What follows a dateline's date: an agency ("/TASS/", "(Reuters)", ". KAZINFORM"), a dash,
# punctuation, or the end of the line.
_DATELINE_END = re.compile(r"\s*(?:$|[/(\[\-–—.,:]|[A-Z]{2,})", re.MULTILINE)
# a date opening the line, then the place in parentheses or the agency, then a dash:
# "Oct 7, 2005 (ADDIS ABABA) —", "12 March 2023 (AFP) -"
_DATE_FIRST_END = re.compile(r"\s*(?:\([^)\n]{1,40}\)\s*)?(?:[–—]|-{1,3}\s)")
# "Paris, 27 juin. 06 [AlterPresse]": a two-digit year after a year-less dateline date
_TWO_DIGIT_YEAR = re.compile(r"\s*[.,]?\s*['’]?(?P<yy>\d{2})(?=\s*[\[(/–—-])")
# "(Paris, 12 mars 2025)", "(Astana, le 3 mai 2024)", "(12 March 2025)" closing a title or byline
_PAREN_OPEN = re.compile(r"\(\s*(?:[A-ZÀ-Ý][\w'’.\-]*(?:[ \-][A-ZÀ-Ý][\w'’.\-]*){0,3}\s*,\s*)?"
                         r"(?:(?:le|on)\s+)?$")
_PAREN_CLOSE = re.compile(r"\s*\)[\s.]*$")
_CLAUSE_AFTER_DATE = re.compile(r"\s*,\s*(?:[^\W\d_]+\s+){3}")   # ", the Prime Minister ..."
# times, with a time zone or an offset: "11:05 AM", "09h37", "18:40 MYT", "10:15 GMT+3"
_TIME = re.compile(r"\b\d{1,2}[:h.]\d{2}(?::\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?!\w)"
                   r"(?:\s*(?:[+-]\d{1,2}(?::?\d{2})?|\(?(?-i:[A-Z]{2,5})(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)(?!\w))?",
                   re.IGNORECASE)
_BYLINE = re.compile(r"\s(?:by|par)\s+[^\n]{1,60}$", re.IGNORECASE)   # "... by John Smith"
_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
_ELISION = re.compile(r"^[ldLD]['’]")
_HANDLE = re.compile(r"(?<![\w.])@\w")          # "@EUinKazakhstan": a social-media post
_ATTRIBUTION = re.compile(r"\s*[—–]")             # "— Embassy ... 2 février 2022": a quotation's source
_MAX_TITLE_WORDS = 30
_MAX_TITLE_CHARS = 250
_DATED_KINDS = {"full", "iso", "numeric", "day_month"}
_FULL_KINDS = {"full", "iso", "numeric"}      # a date with its year
# may hold an explicit month and year (a bare year lends nothing to year-less dates)
_STATES_MONTH = {"full", "iso", "numeric", "month_year", "iso_month", "range"}


def alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def vocab_names(vocab: dict) -> list[str]:
    """The month names of head_date_line_months, variants included."""
    return [n for names in vocab["head_date_line_months"].values()
            for entry in names for n in ([entry] if isinstance(entry, str) else entry)]


def _label_pattern(words) -> re.Pattern:
    words = sorted(set(words), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?!\w)",
                      re.IGNORECASE)


class DocumentComponent:
    def __init__(self):
        self.finder = date_finder()
        vocab = vocabulary()
        langs = ("en", "fr")
        published = [w for lang in langs for w in vocab["publication_labels"][lang]]
        updated = [w for lang in langs for w in vocab["update_labels"][lang]]
        self._labels = _label_pattern([*(w for lang in langs for w in vocab["date_labels"][lang]),
                                       *published, *updated])
        self._named_labels = _label_pattern([*published, *updated, "date"])
        self._published = {fold(w) for w in published}
        self._updated = {fold(w) for w in updated}
        self._line_words = {fold(w) for lang in langs for w in vocab["date_line_words"][lang]}
        self._relative_days = {fold(k): v for lang in langs for k, v in vocab["relative_days"][lang].items()}
        # a date line in another language ("17 DE AGOSTO DE 2017", "17. August 2017"), on its own line
        english = [e[0] for e in vocab["months"]["en"]]
        self._other_month = {}
        for names in vocab["head_date_line_months"].values():
            for i, entry in enumerate(names):
                for name in [entry] if isinstance(entry, str) else entry:
                    self._other_month[fold(name)] = english[i]
        weekdays = [n for names in vocab["head_date_line_weekdays"].values()
                    for entry in names for n in ([entry] if isinstance(entry, str) else entry)]
        self._other_date_line = re.compile(
            rf"[ \t]*(?:(?:{alternation(weekdays)}),?[ \t]+)?(?P<day>[12]\d|3[01]|0?[1-9])\.?[ \t]+(?:de[ \t]+)?"
            rf"(?P<month>{alternation(n for n in vocab_names(vocab))})[ \t]+(?:de[ \t]+)?(?P<year>[12]\d{{3}})[ \t.]*$",
            re.IGNORECASE)

        markers = vocab["head_date_line_year_first"].values()
        year_first = "|".join(
            rf"(?P<year{i}>[12]\d{{3}})[ \t]*{re.escape(y)}[ \t]*(?P<month{i}>1[0-2]|0?[1-9])[ \t]*{re.escape(m)}"
            rf"[ \t]*(?P<day{i}>[12]\d|3[01]|0?[1-9])(?!\d)[ \t]*{re.escape(d)}"
            for i, (y, m, d) in enumerate(dict.fromkeys(tuple(w) for w in markers)))
        self._year_first_line = re.compile(rf"[ \t]*(?:{year_first})[ \t.]*$")

    def _year_first_date(self, text: str, start: int, end: int) -> Candidate | None:
        """"2016 оны 4 сарын 15", "2016年4月15日" alone on a line: the date (as an ISO expression)."""
        m = self._year_first_line.match(text, start, end)
        if m is None:
            return None
        i = next(k for k in range(len(m.groups())) if m.group(f"year{k}"))
        span = mention(text, start, m.end())
        return Candidate(span["start"], span["end"], "iso",
                         f"{m.group(f'year{i}')}-{int(m.group(f'month{i}')):02d}-{int(m.group(f'day{i}')):02d}")

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        lang = doc._.kzeu_language or doc.lang_
        option = doc._.kzeu_option_date
        lines = _head_lines(text, _HEAD_LINES)
        candidates = self.finder.find(text, lang)
        inferred, inferred_from = self._infer_reference(text, candidates)

        title, document_date, body_from, month_label = None, None, 0, None
        if lines:
            start, end = lines[0]
            prefix = _DATE_PREFIX.match(text, start, end)
            month = None if prefix else _MONTH_PREFIX.match(text, start, end)
            if prefix:
                document_date = {**mention(text, *prefix.span("date")), "value": prefix.group("date"),
                                 "source": "date_line"}
                document_date["value"] = as_date(document_date["value"]).isoformat()
            elif month:
                month_label = month.group("date")
                document_date = self._after_month_label(text, month.end(), end, candidates, month_label)
            label = prefix or month
            if label:
                start = label.end() if document_date is None or prefix else document_date["end"]
                if not text[start:end].strip():
                    lines = lines[1:]
                    start, end = lines[0] if lines else (end, end)
                else:
                    lines = [(start, end), *lines[1:]]
            if self._is_headline(text, start, end, candidates, more_text=len(lines) > 1):
                title = mention(text, start, end)
                body_from = 1
        if month_label and not (inferred and inferred[:7] == month_label):
            inferred, inferred_from = f"{month_label}-01", f"date {month_label}"
        if document_date is None:
            scan_from = lines[0][0] if lines else 0
            year_ref = option or inferred
            document_date = self._stated_date(text, scan_from, candidates, year_ref, inferred=option is None,
                                              title_lines=body_from)
        if document_date is None and option:
            document_date = {"value": option, "text": None, "start": None, "end": None, "source": "option"}

        doc._.kzeu_title = title
        doc._.kzeu_document_date = document_date
        written = None if document_date else self.finder.deictic_anchor(text, candidates, reference=inferred)
        if document_date:
            doc._.kzeu_reference_date = document_date["value"]
        elif written:
            doc._.kzeu_reference_date = written[0]
            add_warning(doc, f"no publication date: reference date {written[0]} from "
                             f"{text[written[1].start:written[1].end]!r} beside an explicit date")
        elif inferred:
            doc._.kzeu_reference_date = inferred
            add_warning(doc, f"no publication date: reference date {inferred} inferred from the latest "
                             f"date the text states ({inferred_from!r}); it completes year-less dates, "
                             f"relative words such as 'yesterday' stay unresolved")
        else:
            doc._.kzeu_reference_date = None
        return doc

    def _after_month_label(self, text, pos, end, candidates, month_label) -> dict | None:
        """A full date right after a month-only ``date 2017-12`` label: the date line."""
        cand = next((c for c in candidates if c.start >= pos), None)
        if cand is None or cand.kind not in _FULL_KINDS or cand.end > end or text[pos:cand.start].strip():
            return None
        item = date_item(text, cand, reference=None, reference_is_inferred=True, dayfirst=True)
        if not item or not item["value"] or item["granularity"] != "day":
            return None
        return {"value": item["value"], "text": item["text"], "start": item["start"], "end": item["end"],
                "source": "date_line"}

    def _infer_reference(self, text: str, candidates: list[Candidate]) -> tuple[str | None, str | None]:
        stated = {}
        for cand in candidates:
            if cand.kind not in _STATES_MONTH:
                continue
            item = date_item(text, cand, reference=None, reference_is_inferred=True, dayfirst=True)
            if item and item["value"] and not item["relative"] and len(item["value"]) >= 7:
                stated.setdefault(item["value"], item["text"])
        latest = latest_stated(stated)
        if latest is None:
            return None, None
        return as_date(latest).isoformat(), stated[latest]

    # --- the publication date -------------------------------------------------------------

    def _stated_date(self, text, scan_from, candidates, year_ref, *, inferred: bool, title_lines: int) -> dict | None:
        """The best-ranked publication date of the head lines (see the module docstring)."""
        dated = [c for c in candidates if c.kind in _DATED_KINDS]
        found: list[tuple[int, int, Candidate, str]] = []     # (rank, start, candidate, source)
        yearless: list[tuple[int, Candidate, str | None]] = []
        for i, (start, end) in enumerate(_scan_lines(text, scan_from)):
            in_line = [c for c in dated if start <= c.start and c.end <= end]
            if not in_line:
                year_first = self._year_first_date(text, start, end) if i >= title_lines else None
                if year_first is not None:
                    found.append((_DATE_LINE, year_first.start, year_first, "date_line"))
                    continue
                other = self._other_date_line.match(text, start, end)
                if other and i >= title_lines:
                    month = self._other_month.get(fold(other.group("month")))
                    span = mention(text, start, other.end("year"))
                    found.append((_DATE_LINE, span["start"], Candidate(
                        span["start"], span["end"], "full", f"{other.group('day')} {month} {other.group('year')}"),
                        "date_line"))
                continue
            if i < title_lines:
                cand = _parenthesised_date(text, start, end, in_line)
                if cand is not None:
                    found.append((_DATELINE, cand.start, cand, "dateline"))
                continue
            self._rank_line(text, start, end, in_line, found, yearless)
        if not found:
            cand = self._today_beside(text, candidates, _head_end(text, scan_from))
            if cand is not None:
                found.append((_TODAY, cand.start, cand, "date_line"))
        if not found:
            credit = self._credit_line(text, dated)
            if credit is not None:
                found.append((_CREDIT, credit.start, credit, "date_line"))
        best = None
        dayfirst = numeric_order(text, candidates)
        dayfirst = True if dayfirst is None else dayfirst
        agreeing = self._month_first_agreement(text, found, yearless) if dayfirst else set()
        for rank, _, cand, source in sorted(found, key=lambda f: (f[0], f[1])):
            item = date_item(text, cand, reference=year_ref, reference_is_inferred=inferred,
                             dayfirst=dayfirst and cand not in agreeing)
            if item and item["value"] and item["granularity"] == "day":
                best = (rank, {"value": item["value"], "text": item["text"], "start": item["start"],
                               "end": item["end"], "source": source})
                break
        if yearless and (best is None or best[0] > _YEARLESS):
            if best is not None:
                year_ref, inferred = best[1]["value"], False
            for _, cand, year in yearless:
                if year:
                    item = date_item(text, cand._replace(expression=f"{text[cand.start:cand.end]} {year}"),
                                     reference=None, reference_is_inferred=True, dayfirst=True)
                else:
                    item = date_item(text, cand, reference=year_ref, reference_is_inferred=inferred, dayfirst=True)
                if item and item["value"] and item["granularity"] == "day":
                    return {"value": item["value"], "text": item["text"], "start": item["start"],
                            "end": item["end"], "source": "dateline"}
        return best[1] if best else None

    @staticmethod
    def _month_first_agreement(text, found, yearless) -> set:
        """The numeric dates of the head ("Published: 7/6/2017") that a year-less dateline of the
        same text ("Lima, Jul. 6.") shows to be written month first: read day first they
        would not be the day the dateline names, read month first they are."""
        if not yearless:
            return set()
        named = set()
        for _, cand, _ in yearless:
            item = date_item(text, cand, reference="2000-07-01", reference_is_inferred=True, dayfirst=True)
            if item and item["value"] and item["granularity"] == "day":
                named.add(item["value"][5:])
        agreeing = set()
        for _, _, cand, _ in found:
            if cand.kind != "numeric":
                continue
            days = [date_item(text, cand, reference=None, reference_is_inferred=True, dayfirst=first)
                    for first in (True, False)]
            if all(d and d["value"] for d in days) and days[0]["value"][5:] not in named \
                    and days[1]["value"][5:] in named:
                agreeing.add(cand)
        return agreeing

    def _rank_line(self, text, start, end, in_line, found, yearless) -> None:
        words = len(_WORD.findall(text, start, end))
        if words < _PARAGRAPH_WORDS:
            cand = _parenthesised_date(text, start, end, in_line)
            if cand is not None:
                found.append((_DATELINE, cand.start, cand, "dateline"))
                return
        cand = _dateline_date(text, start, end, in_line)
        if cand is not None and self._named_labels.search(text, start, cand.start):
            cand = None     # "Last Update : Friday, Oct 9, 2015", "Date: ...": a labelled date line
        if cand is not None:
            if cand.kind in _FULL_KINDS:
                found.append((_DATELINE, cand.start, cand, "dateline"))
            else:
                yy = _TWO_DIGIT_YEAR.match(text, cand.end, end)
                year = None if yy is None else ("20" if int(yy.group("yy")) < 50 else "19") + yy.group("yy")
                yearless.append((cand.start, cand, year))
            return
        cand = in_line[0]
        if (cand.kind in _FULL_KINDS and not text[start:cand.start].strip()
                and _DATE_FIRST_END.match(text, cand.end, end)):
            found.append((_DATELINE, cand.start, cand, "dateline"))    # "Oct 7, 2005 (ADDIS ABABA) —"
            return
        if not self._date_line(text, start, end, in_line):
            return
        previous = start
        for cand in in_line:
            label = self._label_before(text, previous, cand.start)
            previous = cand.end
            if cand.kind not in _FULL_KINDS:
                continue
            rank = _PUBLISHED if label in self._published else _UPDATED if label in self._updated else _DATE_LINE
            found.append((rank, cand.start, cand, "date_line"))

    def _credit_line(self, text: str, dated: list[Candidate]) -> Candidate | None:
        """The date of a credit line closing the article: a line of its own, in parentheses,
        holding the source and a full date ("(Xinhua News Agency December 3, 2007)")."""
        full = [c for c in dated if c.kind in _FULL_KINDS]
        for k, cand in enumerate(full):
            start = text.rfind("\n", 0, cand.start) + 1
            end = text.find("\n", cand.end)
            end = len(text) if end < 0 else end
            line = text[start:end].strip()
            if not (line.startswith("(") and line.endswith(")")):
                continue
            alone = ((k == 0 or full[k - 1].end <= start) and (k + 1 == len(full) or full[k + 1].start >= end))
            if alone and self._date_line(text, start, end, [cand]):
                return cand
        return None

    def _label_before(self, text: str, start: int, end: int) -> str | None:
        """The last label between ``start`` and ``end`` (folded), if any."""
        label = None
        for m in self._labels.finditer(text, start, end):
            folded = fold(m.group())
            if folded in self._published or folded in self._updated:
                label = folded
        return label

    def _date_line(self, text: str, start: int, end: int, in_line: list[Candidate]) -> bool:
        """The line holds dates and otherwise at most a few names (agency, site, section,
        city, byline), labels, times and separators: no sentence, and no embedded post's
        signature ("— Embassy (@EmbassyX) 2 février 2022")."""
        if _HANDLE.search(text, start, end) or _ATTRIBUTION.match(text, start, end):
            return False
        pieces, previous = [], start
        for cand in in_line:
            pieces.append(text[previous:cand.start])
            previous = cand.end
        pieces.append(_BYLINE.sub("", text[previous:end]))
        rest = self._labels.sub(" ", _TIME.sub(" ", " ".join(pieces)))
        words = [_ELISION.sub("", w) for w in _WORD.findall(rest)]
        if len(words) > _DATE_LINE_WORDS or re.search(r"\d{3,}", rest):
            return False
        lower = [w for w in words if w and w[0].islower() and fold(w) not in self._line_words]
        return len(lower) <= 1

    def _today_beside(self, text: str, candidates: list[Candidate], head_end: int) -> Candidate | None:
        """"has today 20 October 2010 concluded", "aujourd'hui, 3 mars 2021,": a full date right
        after (or before) "today" in the first paragraphs."""
        for i, cand in enumerate(candidates):
            if cand.start > head_end:
                break
            if cand.kind not in _FULL_KINDS:
                continue
            for other in candidates[max(0, i - 1):i] + candidates[i + 1:i + 2]:
                if other.kind != "relative" or self._relative_days.get(fold(text[other.start:other.end])) != 0:
                    continue
                gap = text[other.end:cand.start] if other.end <= cand.start else text[cand.end:other.start]
                if len(gap) <= 4 and not gap.strip(" \t,()"):
                    return cand
        return None

    def _is_headline(self, text: str, start: int, end: int, candidates, *, more_text: bool) -> bool:
        line = text[start:end].strip()
        if not more_text or not line or len(line) > _MAX_TITLE_CHARS:
            return False
        if len(line.split()) > _MAX_TITLE_WORDS or line[-1] in ".;,:":
            return False
        if not (line[0].isupper() or line[0].isdigit() or line[0] in "\"“«'‘"):
            return False
        line_dates = [c for c in candidates if start <= c.start and c.end <= end and c.kind in _DATED_KINDS]
        if not line_dates and self._other_date_line.match(text, start, end):
            return False    # "17 DE AGOSTO DE 2017"
        if (line_dates and self._date_line(text, start, end, line_dates)
                and not any(_in_parentheses(text, start, end, c) for c in line_dates)):
            return False    # a date line, not a headline ("(12 March 2025)" may close a headline)
        return _dateline_date(text, start, end, line_dates) is None


def _dateline_date(text: str, start: int, end: int, line_dates: list[Candidate]) -> Candidate | None:
    """The date of a dateline opening the line ``text[start:end]``, if it opens with one."""
    lead = _LEADING_TIME.match(text, start, end)
    place = _DATELINE_PLACE.match(text, lead.end() if lead else start, end)
    if not place:
        agency = _AGENCY_FIRST.match(text, start, end)
        cand = agency and next((c for c in line_dates if c.start == agency.end()), None)
        return cand if cand is not None and _DATELINE_END.match(text, cand.end, end) else None
    cand = next((c for c in line_dates if c.start == place.end()), None)
    if cand is None or not _DATELINE_END.match(text, cand.end, end):
        return None
    # A body sentence can open like a dateline ("Earlier, on January 15, the Prime Minister
    # received..."): a place not in capitals is a dateline only when little follows the date
    # on its line (an agency, a dash, nothing), not a clause running on after a comma.
    place_words = re.split(r"[,:]", place.group())[0].strip()
    if not place_words.isupper() and _CLAUSE_AFTER_DATE.match(text, cand.end, end):
        return None
    return cand


def _parenthesised_date(text: str, start: int, end: int, line_dates: list[Candidate]) -> Candidate | None:
    """The date of a ``(PLACE, date)`` or ``(date)`` closing the line ``text[start:end]``."""
    cand = line_dates[-1]
    if _PAREN_CLOSE.match(text, cand.end, end) and _PAREN_OPEN.search(text, start, cand.start):
        return cand
    return None


def _in_parentheses(text: str, start: int, end: int, cand: Candidate) -> bool:
    opened = text.rfind("(", start, cand.start)
    return opened >= 0 and text.rfind(")", opened, cand.start) < 0 and ")" in text[cand.end:end]


def _head_lines(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of the first non-blank lines."""
    lines = []
    for m in _LINE.finditer(text):
        lines.append(m.span())
        if len(lines) >= limit:
            break
    return lines


def _scan_lines(text: str, start: int) -> list[tuple[int, int]]:
    """The lines searched for a publication date: the first _SCAN_LINES non-blank lines from
    ``start``, down to the second body paragraph (included: a dateline opens it). A navigation
    menu (a run of at least _MENU_RUN menu lines, see _menu_line) is searched but not counted:
    a site's list of sections or provinces may push the date line far down."""
    lines, paragraphs, counted, run = [], 0, 0, 0
    for m in _LINE.finditer(text, start):
        lines.append(m.span())
        if _menu_line(m.group()):
            run += 1
            if run < _MENU_RUN:
                counted += 1
            elif run == _MENU_RUN:
                counted -= _MENU_RUN - 1     # the run is a menu: its first lines do not count either
        else:
            run = 0
            counted += 1
        if len(_WORD.findall(m.group())) >= _PARAGRAPH_WORDS:
            paragraphs += 1
        if paragraphs >= _SCAN_PARAGRAPHS or (counted >= _SCAN_LINES and run == 0):
            break
        if counted >= _SCAN_LINES + _MENU_RUN:
            break
    return lines


def _menu_line(line: str) -> bool:
    """A line of a navigation menu: short, and bulleted ("  • Province") or holding one to four
    capitalised words and no sentence punctuation ("World", "Press Releases")."""
    if len(line) > _MENU_CHARS:
        return False
    if _BULLET.match(line):
        return True
    words = line.split()
    return (0 < len(words) <= _MENU_WORDS and not _SENTENCE_PUNCTUATION.search(line)
            and all(w[0].isupper() or not w[0].isalpha() for w in words))


def _head_end(text: str, start: int) -> int:
    lines = _scan_lines(text, start)
    return lines[-1][1] if lines else start


@kzeu_factory("kzeu_document",
              assigns=["doc._.kzeu_title", "doc._.kzeu_document_date", "doc._.kzeu_reference_date"],
              requires=["token.is_sent_start"])
def make_document(nlp: Language, name: str) -> DocumentComponent:
    return DocumentComponent()
