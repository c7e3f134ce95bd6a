"""The evidence locator of ``linking.link_record`` on hand-made records: which mention backs an
event's date, place and initiator, by how near it is to the event's sentence."""
from __future__ import annotations

from kzeu_extract.linking import link_record

# sentence 0: 0-24, 1: 25-55, 2: 56-86, 3: 87-117 (what the texts below are cut into)
S = "Amy Kerr went to Lusaka. " + "Ben Obi met Dan Fey in Lusaka. " + "Lusaka hosted it on 4 May 2021. " + \
    "They met again in Lusaka later."


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " "):
            spans.append((start, i + 1))
            start = i + 2
    return spans


def _mentions(text: str, word: str) -> list[dict]:
    found, at = [], text.find(word)
    while at >= 0:
        found.append({"text": word, "start": at, "end": at + len(word)})
        at = text.find(word, at + 1)
    return found


def _record(text: str, event_text: str, **event) -> dict:
    start = text.index(event_text)
    return {
        "source": {"path": None, "sha256": "0f" * 32, "characters": len(text)},
        "people": [{"name": n, "aliases": [], "mentions": _mentions(text, n)} for n in ("Ben Obi", "Dan Fey")],
        "organizations": [], "places": [{"name": "Lusaka", "aliases": ["Lu"], "mentions": _mentions(text, "Lusaka")}],
        "dates": [{"text": "4 May 2021", "start": text.index("4 May 2021"), "end": text.index("4 May 2021") + 10,
                   "value": "2021-05-04"}] if "4 May 2021" in text else [],
        "events": [{"text": event_text, "start": start, "end": start + len(event_text), "type": "meeting",
                    "participants": ["Ben Obi", "Dan Fey"], "date": None, "initiator": None, "location": None,
                    **event}],
    }


def _evidence(text, event_text, **event):
    record = link_record(_record(text, event_text, **event), text, _sentences(text))
    return record, record["events"][0]["evidence"]


def test_the_sentences_are_cut_as_the_test_says():
    assert [S[a:b] for a, b in _sentences(S)][1] == "Ben Obi met Dan Fey in Lusaka."


def test_the_mention_in_the_event_sentence_wins_over_the_one_before():
    _, found = _evidence(S, "Ben Obi met Dan Fey in Lusaka.", location="Lusaka")
    assert found["location"]["start"] == S.index("Lusaka", 25)


def test_without_one_in_its_sentence_the_sentence_before_then_after():
    text = "Amy Kerr went to Lusaka. Ben Obi met Dan Fey there. It was on 4 May 2021."
    _, found = _evidence(text, "Ben Obi met Dan Fey there.", location="Lusaka", date="2021-05-04")
    assert found["location"]["start"] == text.index("Lusaka")
    assert found["date"]["start"] == text.index("4 May 2021")


def test_further_away_the_closest_earlier_then_the_closest_later():
    text = "Amy Kerr went to Lusaka. Rain fell. Then more rain. Ben Obi met Dan Fey. Rain. Again rain. Lusaka, 4 May 2021."
    record, found = _evidence(text, "Ben Obi met Dan Fey.", location="Lusaka", date="2021-05-04")
    assert found["location"]["start"] == text.index("Lusaka")          # earlier, inherited
    assert found["date"]["start"] == text.index("4 May 2021")          # only later
    assert record["events"][0]["sentence"] == 3


def test_an_alias_finds_the_place_and_a_value_not_in_the_text_finds_nothing():
    text = "Ben Obi met Dan Fey in Lu on 4 May 2021."
    record = _record(text, text, location="Lu", date="2021-05-05", initiator="Carl Zed")
    record["places"][0]["mentions"] = _mentions(text, "Lu ")[:1]
    record["places"][0]["mentions"][0].update(text="Lu", end=record["places"][0]["mentions"][0]["start"] + 2)
    found = link_record(record, text, _sentences(text))["events"][0]["evidence"]
    assert found["location"]["text"] == "Lu"
    assert found["date"] is None and found["initiator"] is None


def test_an_event_date_resting_on_the_date_line_points_to_it():
    text = "Lusaka, 4 May 2021. Ben Obi met Dan Fey."
    line = {"text": "4 May 2021", "start": 8, "end": 18, "value": "2021-05-04"}
    record = _record(text, "Ben Obi met Dan Fey.", date="2021-05-04")
    record["dates"] = []   # the date line is not among the dates: only the document's date knows it
    found = link_record(record, text, _sentences(text), document_date=line)["events"][0]["evidence"]
    assert found["date"] == {"text": "4 May 2021", "start": 8, "end": 18}


def test_a_person_initiator_is_found_by_name_and_gets_the_person_id():
    text = "Ben Obi met Dan Fey in Lusaka."
    record = link_record(_record(text, text, initiator="Dan Fey"), text, _sentences(text))
    event = record["events"][0]
    assert event["evidence"]["initiator"]["text"] == "Dan Fey"
    assert event["initiator_id"] == record["people"][1]["id"] == "p-0f0f0f0f0f0f-12"


def test_sentence_numbers_start_where_the_chunk_starts():
    text = "Rain fell. Ben Obi met Dan Fey."
    record = link_record(_record(text, "Ben Obi met Dan Fey."), text, _sentences(text), first_sentence=40)
    assert record["events"][0]["sentence"] == 41
    assert record["sentences"] == [{"index": 41, "text": "Ben Obi met Dan Fey.", "start": 11, "end": 31}]
