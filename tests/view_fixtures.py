"""Hand-made records for the report's tests: texts of our own, items placed by hand.

Three documents: two report one meeting of Ana Costa and Jonas Berg (in English, a day
date; in French, the same day), one a phone call of Costa with Mira Okafor dated to a
month. The English text holds markup and quotes, to check that the page escapes them.
"""
from __future__ import annotations

import datetime as dt
import re

from kzeu_extract.records import DocumentRecord, source_of

MEETING_EN = ('Prime Minister Ana Costa met Chancellor Jonas Berg in Lisbon on 3 March 2021. '
              'The <b>talks</b> covered trade & "energy" with the Nordic Council.')
MEETING_FR = "Ana Costa et Jonas Berg se sont rencontrés à Lisbonne le 3 mars 2021."
CALL_EN = "In April 2021, Ana Costa spoke by telephone with Mira Okafor about fisheries."

PEOPLE = {"Ana Costa": ("ana_costa", "PT"), "Jonas Berg": ("jonas_berg", "NO"), "Mira Okafor": ("mira_okafor", "NG")}


def span(text: str, surface: str, after: int = 0) -> dict:
    start = text.index(surface, after)
    return {"text": surface, "start": start, "end": start + len(surface)}


def _people(text: str, sha: str, names: list[str]) -> list[dict]:
    found = []
    for name in names:
        mention = span(text, name)
        kb_id, country = PEOPLE[name]
        found.append({"id": f"p-{sha[:12]}-{mention['start']}", "name": name, "kb_id": kb_id, "country": country,
                      "mentions": [mention]})
    return found


def _event(text: str, sha: str, path: str, sentence: str, kind: str, date: str, people: list[dict],
           **extra) -> dict:
    where = span(text, sentence)
    return {**where, "id": f"e-{sha[:12]}-{where['start']}-0", "document": {"path": path, "sha256": sha},
            "type": kind, "mode": extra.pop("mode", "in_person"), "status": "held", "date": date,
            "participants": [p["name"] for p in people], "participant_ids": [p["id"] for p in people], **extra}


def meeting_en(path: str = "docs/meeting_en.txt", text: str = MEETING_EN) -> DocumentRecord:
    """The meeting in English; ``text`` may move it to another day of 2021 ("10 June")."""
    source = source_of(text, path)
    people = _people(text, source["sha256"], ["Ana Costa", "Jonas Berg"])
    sentence = text[:text.index(". ") + 1]
    said = re.search(r"\d+ \w+ 2021", text).group()
    value = dt.datetime.strptime(said, "%d %B %Y").date().isoformat()
    date = {**span(text, said), "value": value, "granularity": "day"}
    event = _event(text, source["sha256"], path, sentence, "meeting", value, people, location="Lisbon",
                   evidence={"date": span(text, said), "location": span(text, "Lisbon")})
    return DocumentRecord(
        source=source, language="en", people=people, dates=[date], events=[event],
        offices=[{"title": "Prime Minister", "holder": "Ana Costa", "kb_id": "pm_pt",
                  "mentions": [span(text, "Prime Minister")]}],
        organizations=[{"name": "Nordic Council", "kb_id": "nordic-council", "mentions": [span(text, "Nordic Council")]},
                       {"name": "Council", "kb_id": "a-council", "mentions": [span(text, "Council")]}],
        places=[{"name": "Lisbon", "country": "PT", "kind": "city", "geonames_id": 2267057,
                 "mentions": [span(text, "Lisbon")]}])


def meeting_fr(path: str = "docs/meeting_fr.txt") -> DocumentRecord:
    text = MEETING_FR
    source = source_of(text, path)
    people = _people(text, source["sha256"], ["Ana Costa", "Jonas Berg"])
    event = _event(text, source["sha256"], path, text, "meeting", "2021-03-03", people, location="Lisbon",
                   evidence={"date": span(text, "3 mars 2021"), "location": span(text, "Lisbonne")})
    return DocumentRecord(
        source=source, language="fr", people=people, events=[event],
        places=[{"name": "Lisbon", "aliases": ["Lisbonne"], "country": "PT", "kind": "city", "geonames_id": 2267057,
                 "mentions": [span(text, "Lisbonne")]}],
        dates=[{**span(text, "3 mars 2021"), "value": "2021-03-03", "granularity": "day"}],
        sentences=[{**span(text, text), "index": 0}])


UNDATED_CALL = "Jonas Berg spoke by telephone with Mira Okafor about shipping."


def call_en(path: str = "docs/call.txt", text: str = CALL_EN) -> DocumentRecord:
    """A phone call; dated April 2021 when the text says so, else undated."""
    source = source_of(text, path)
    people = _people(text, source["sha256"], [name for name in PEOPLE if name in text])
    dated = "April 2021" in text
    event = _event(text, source["sha256"], path, text, "phone_call", "2021-04" if dated else None, people,
                   mode="phone", evidence={"date": span(text, "April 2021") if dated else None})
    dates = [{**span(text, "April 2021"), "value": "2021-04", "granularity": "month"}] if dated else []
    return DocumentRecord(source=source, language="en", people=people, events=[event], dates=dates,
                          sentences=[{**span(text, text), "index": 0}])


def corpus() -> tuple[list[DocumentRecord], dict[str, str]]:
    """The three records and their texts by sha256."""
    records = [meeting_en(), meeting_fr(), call_en()]
    texts = {record.source.sha256: text for record, text in zip(records, (MEETING_EN, MEETING_FR, CALL_EN))}
    return records, texts
