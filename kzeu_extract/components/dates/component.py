"""The kzeu_dates component: the date mentions of a Doc, resolved against its reference."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...extensions import add_warning, doc_text
from ...langpacks import LanguagePack
from ...normalize.dates import messages, week_month
from ...spans import write_items
from .every_pack import EveryPackComponent
from .finder import DateFinder, date_finder
from .items import NAMED_DAY, Candidate, anaphoric_item, date_item, numeric_order, weekday_near_named


# doc.user_data key: [{"start", "end", "value": "YYYY-MM", "relative": True}] for the week expressions ("this
# week", "la semaine dernière") whose week lies in one month. They are no date item (a week
# is no day, month or year of the text); an event dated only by one takes that month.
WEEK_MONTHS = "kzeu:week_months"


class _Reading:
    """What one Doc's dates resolve against, and the state carried from mention to mention."""

    def __init__(self, finder: DateFinder, doc: Doc, text: str, candidates: list[Candidate], dayfirst: bool):
        self.text = text
        self.document_date = doc._.kzeu_document_date or {}
        # Deictic words ("yesterday", "on Thursday") need the publication date (stated or
        # given with --date); a reference only inferred from the text just completes years.
        self.anchor = self.document_date.get("value") or doc._.kzeu_option_date
        if self.anchor is None:
            # "hier mercredi 21 octobre": the text says which day it was written
            written = finder.deictic_anchor(text, candidates, reference=doc._.kzeu_reference_date, dayfirst=dayfirst)
            self.anchor = written[0] if written else None
        self.reference = self.anchor or doc._.kzeu_reference_date
        self.reference_year = int(self.reference[:4]) if self.reference else None
        order = numeric_order(text, candidates)
        self.dayfirst = dayfirst if order is None else order
        self.announcement: bool | None = None
        self.last_named: dict | None = None


class DatesComponent(EveryPackComponent):
    concerns = ("dates",)
    every_concerns = ("dates",)

    def __init__(self, nlp: Language, name: str, *, dayfirst: bool, pack: str | None = None):
        self.dayfirst = dayfirst
        super().__init__(nlp, name, pack)

    def compile(self, pack: LanguagePack) -> None:
        self.finder = date_finder(pack, self.packs("dates"))

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        candidates = self.finder.candidates(doc)
        reading = _Reading(self.finder, doc, text, candidates, self.dayfirst)
        found, weeks = [], []
        for cand in candidates:
            item = self._item(reading, cand)
            if item is not None:
                found.append(item)
                weeks.extend(_week_month(reading, cand, item))
        doc.user_data[WEEK_MONTHS] = weeks
        found = _with_document_date(found, reading.document_date)
        unresolved = [d["text"] for d in found if d["value"] is None and d["granularity"]]
        if unresolved and reading.anchor is None:
            add_warning(doc, messages.unresolved(unresolved))
        write_items(doc, "dates", found)
        return doc

    def _item(self, reading: _Reading, cand: Candidate) -> dict | None:
        text = reading.text
        if self.finder.is_named_target(text, cand, reading.reference_year):
            return None
        offset = self.finder.anaphoric_offset(text, cand)
        if offset is not None:
            return anaphoric_item(text, cand, offset, reading.last_named)
        future = cand.kind == "weekday" and self._future_weekday(reading, cand)
        item = date_item(text, cand, reference=reading.reference, reference_is_inferred=reading.anchor is None,
                         dayfirst=reading.dayfirst, future=future)
        if item is None:
            return None
        if item["value"] is None and cand.kind == "weekday" and reading.anchor is None:
            item = weekday_near_named(text, cand, item, reading.last_named, reading.dayfirst)
            if item["value"]:
                reading.last_named = item   # the programme goes on: "Lundi ... Mardi ..."
        if item["value"] and item["granularity"] == "day" and cand.kind in NAMED_DAY:
            reading.last_named = item
        stated = reading.document_date
        if (cand.kind == "numeric" and stated.get("start") == cand.start and stated.get("end") == cand.end
                and stated.get("value")):
            item["value"] = stated["value"]   # read with the dateline's help ("Jul. 6" ... "7/6/2017")
        return item

    def _future_weekday(self, reading: _Reading, cand: Candidate) -> bool:
        """A bare weekday ahead: the sentence speaks of the future, or the text is an
        announcement and the weekday's sentence is not in a past tense."""
        tense, text = self.finder.tense, reading.text
        if (tense.future_before(text, cand.start) or tense.future_after_opening(text, cand.start, cand.end)
                or tense.future_right_after(text, cand.end)):
            return True
        if reading.announcement is None:
            reading.announcement = tense.announces(text)
        return reading.announcement and not tense.past_in_sentence(text, cand.start, cand.end)


def _week_month(reading: _Reading, cand: Candidate, item: dict) -> list[dict]:
    """The week expression of an item left without value, with the month its week lies in."""
    if item["value"] is not None:
        return []
    month = week_month(cand.expression or item["text"], reference=reading.reference,
                       reference_is_inferred=reading.anchor is None)
    return [{"start": item["start"], "end": item["end"], "value": month, "relative": True}] if month else []


def _with_document_date(found: list[dict], document_date: dict) -> list[dict]:
    """Adds a publication date the finder does not read ("17 DE AGOSTO DE 2017" on a date line)."""
    start = document_date.get("start")
    if start is None or any(d["start"] < document_date["end"] and start < d["end"] for d in found):
        return found
    found.append({"text": document_date["text"], "start": start, "end": document_date["end"],
                  "value": document_date["value"], "granularity": "day", "relative": False})
    return sorted(found, key=lambda d: d["start"])


def make_dates(nlp: Language, name: str, *, dayfirst: bool) -> DatesComponent:
    """dayfirst: read "03/04/2022" as 3 April (True, European and French use) or March 4."""
    return DatesComponent(nlp, name, dayfirst=dayfirst)
