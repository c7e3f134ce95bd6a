"""merge_events and timeline through the library, on records written by hand: each merging
rule (kzeu_extract/crossdoc/merging.py) and each near miss it must keep apart."""
from __future__ import annotations

import json
import random

import pytest
from crossdoc_records import event, record

from kzeu_extract import DocumentRecord, MergedEvent, merge_events, timeline
from kzeu_extract.crossdoc.compatibility import (
    Place,
    dates_compatible,
    people_compatible,
    places_compatible,
)
from kzeu_extract.crossdoc.identity import fold, matches_person, person_key

BEKOVA_CLAES = ["Aruzhan Bekova", "Pieter Claes"]


def sources_of(merged: list[MergedEvent]) -> list[list[str]]:
    return sorted(sorted(s.document.path.split("/")[-1] for s in m.sources) for m in merged)


def test_date_granularity_place_and_people_compatibility():
    assert dates_compatible("2022-01", "2022-01-10") and dates_compatible("2022", "2022-03")
    assert not dates_compatible("2022-01-10", "2022-01-11") and not dates_compatible("2022-02", "2022-01-10")
    astana, kz, ghent = Place("Astana", "astana", "KZ", False), Place("Kazakhstan", "kazakhstan", "KZ", True), \
        Place("Ghent", "ghent", "BE", False)
    almaty = Place("Almaty", "almaty", "KZ", False)
    assert places_compatible(astana, kz) and places_compatible(None, ghent) and places_compatible(kz, kz)
    assert not places_compatible(astana, almaty) and not places_compatible(ghent, kz)
    assert people_compatible({"a", "b"}, {"a"}) and people_compatible({"a", "b", "c"}, {"a", "b", "d"})
    assert not people_compatible({"a", "b"}, {"a", "c"}) and not people_compatible(set(), {"a"})


def test_identity_keys_fold_names_and_prefer_the_knowledge_base():
    assert person_key("Kassym-Jomart Tokaïev", None) == person_key("kassym jomart  TOKAIEV", None)
    assert person_key("Tokaïev", "kassym_jomart_tokayev") == "kb:kassym_jomart_tokayev"
    assert fold("Sophie Wilmès") == "sophie wilmes"
    assert matches_person("Tokayev", "Kassym-Jomart Tokayev", None)
    assert matches_person("kassym_jomart_tokayev", "K. Tokayev", "kassym_jomart_tokayev")
    assert not matches_person("Tokay", "Kassym-Jomart Tokayev", None)


def test_reports_of_one_occasion_merge_with_the_most_specific_date_and_place():
    merged = merge_events([
        record("a.txt", [event("meeting", BEKOVA_CLAES, "2023-05-04", where="Astana")], "2023-05-05"),
        record("b.txt", [event("meeting", ["Pieter Claes", "Aruzhan Bekova"], "2023-05", where="Kazakhstan")],
               "2023-05-20", language="fr"),
        record("c.txt", [event("meeting", ["Aruzhan Bekova"], "2023-05-04")], "2023-05-06"),
    ])
    assert len(merged) == 1
    one = merged[0]
    assert (one.date, one.location, one.location_country) == ("2023-05-04", "Astana", "KZ")
    assert [s.document.path for s in one.sources] == ["docs/a.txt", "docs/b.txt", "docs/c.txt"]
    assert [p.key for p in one.participants] == ["kb:aruzhan_bekova", "kb:pieter_claes"]
    assert {s.language for s in one.sources} == {"en", "fr"} and one.first_reported == "2023-05-05"


def test_near_misses_stay_apart():
    merged = merge_events([
        record("may.txt", [event("meeting", BEKOVA_CLAES, "2023-05-04")]),
        record("june.txt", [event("meeting", BEKOVA_CLAES, "2023-06-04")]),          # a month later
        record("call.txt", [event("phone_call", BEKOVA_CLAES, "2023-05-04")]),       # a call the same day
        record("other.txt", [event("meeting", ["Aruzhan Bekova", "Marta Olsen"], "2023-05-04")]),  # one in common
        record("video.txt", [event("meeting", BEKOVA_CLAES, "2023-05-04", mode="virtual")]),  # another mode
        record("ghent.txt", [event("meeting", BEKOVA_CLAES, "2023-06-05", where="Ghent")]),
        record("oslo.txt", [event("meeting", BEKOVA_CLAES, "2023-06-05", where="Oslo")]),  # two cities
    ])
    assert sources_of(merged) == [[name] for name in sorted(
        ["may.txt", "june.txt", "call.txt", "other.txt", "video.txt", "ghent.txt", "oslo.txt"])]
    by_source = {m.sources[0].document.path.split("/")[-1]: m for m in merged}
    assert not any(by_source[name].possibly_same for name in ("may.txt", "call.txt", "other.txt", "video.txt"))
    assert not any(m.related for m in merged)
    # a day before the meetings in Ghent and in Oslo: possibly either
    assert sorted(by_source["june.txt"].possibly_same) == sorted([by_source["ghent.txt"].id, by_source["oslo.txt"].id])


def test_a_report_fitting_two_occasions_is_not_merged_on_a_guess():
    # "june" (no place) fits both the Ghent and the Oslo meeting of that day: it joins neither
    merged = merge_events([
        record("ghent.txt", [event("meeting", BEKOVA_CLAES, "2023-06-04", where="Ghent")]),
        record("oslo.txt", [event("meeting", BEKOVA_CLAES, "2023-06-04", where="Oslo")]),
        record("june.txt", [event("meeting", BEKOVA_CLAES, "2023-06-04")]),
    ])
    assert sources_of(merged) == [["ghent.txt"], ["june.txt"], ["oslo.txt"]]
    june = next(m for m in merged if m.sources[0].document.path == "docs/june.txt")
    assert sorted(june.possibly_same) == sorted(m.id for m in merged if m is not june)


def test_dates_a_day_apart_are_possibly_the_same():
    first, second = merge_events([record("d1.txt", [event("visit", ["Marta Olsen"], "2023-03-01", where="Astana")]),
                                  record("d2.txt", [event("visit", ["Marta Olsen"], "2023-03-02", where="Astana")])])
    assert first.possibly_same == [second.id] and second.possibly_same == [first.id]


def test_an_undated_report_joins_the_one_cluster_it_fits():
    dated = record("dated.txt", [event("meeting", BEKOVA_CLAES, "2023-05-04", mode="virtual")], "2023-05-04")
    undated = record("undated.txt", [event("meeting", BEKOVA_CLAES, mode="virtual")])
    earlier = record("old.txt", [event("meeting", BEKOVA_CLAES, "2021-02-02", mode="in_person")])
    assert sources_of(merge_events([dated, undated, earlier])) == [["dated.txt", "undated.txt"], ["old.txt"]]


def test_an_undated_report_fitting_several_clusters_stays_apart_and_linked():
    records = [record("a.txt", [event("meeting", BEKOVA_CLAES, "2023-05-04")]),
               record("b.txt", [event("meeting", BEKOVA_CLAES, "2023-07-04")]),
               record("undated.txt", [event("meeting", BEKOVA_CLAES)])]
    merged = merge_events(records)
    assert sources_of(merged) == [["a.txt"], ["b.txt"], ["undated.txt"]]
    assert len(next(m for m in merged if m.date is None).possibly_same) == 2


def test_the_document_date_bounds_an_undated_report():
    before = record("before.txt", [event("meeting", BEKOVA_CLAES)], "2023-05-01")   # written before the meeting
    after = record("after.txt", [event("meeting", BEKOVA_CLAES)], "2023-05-06")
    dated = record("dated.txt", [event("meeting", BEKOVA_CLAES, "2023-05-04")], "2023-05-04")
    merged = merge_events([before, after, dated])
    assert sources_of(merged) == [["after.txt", "dated.txt"], ["before.txt"]]


def test_planned_and_held_reports_are_one_event_and_cancelled_is_a_conflict():
    merged = merge_events([
        record("plan.txt", [event("visit", ["Pieter Claes"], "2024-02-10", where="Kazakhstan", status="planned")],
               "2024-01-20"),
        record("held.txt", [event("visit", ["Pieter Claes"], "2024-02-10", where="Almaty")], "2024-02-11"),
        record("off.txt", [event("visit", ["Pieter Claes"], "2024-02-10", status="cancelled")], "2024-02-12"),
    ])
    assert len(merged) == 1
    visit = merged[0]
    assert (visit.status, visit.location) == ("held", "Almaty")
    [conflict] = visit.conflicts
    assert conflict.field == "status"
    assert {v.value: len(v.event_ids) for v in conflict.values} == {"planned": 1, "held": 1, "cancelled": 1}


def test_an_undated_planned_report_looks_ahead_of_its_document():
    merged = merge_events([
        record("plan.txt", [event("visit", ["Pieter Claes"], where="Astana", status="planned")], "2024-01-20"),
        record("held.txt", [event("visit", ["Pieter Claes"], "2024-02-10", where="Astana")], "2024-02-11"),
    ])
    assert sources_of(merged) == [["held.txt", "plan.txt"]]


def test_differing_initiators_are_a_conflict_and_the_most_given_wins():
    records = [record(f"{n}.txt", [event("phone_call", BEKOVA_CLAES, "2023-01-09", initiator=who)])
               for n, who in enumerate(["Kazakhstan", "Kazakhstan", "Belgium", None])]
    [call] = merge_events(records)
    assert call.initiator == "Kazakhstan"
    assert [(v.value, len(v.event_ids)) for v in call.conflicts[0].values] == [("Kazakhstan", 2), ("Belgium", 1)]


def test_a_meeting_during_a_visit_is_related_not_merged():
    merged = merge_events([
        record("v.txt", [event("visit", ["Marta Olsen"], "2023-09-13", where="Astana"),
                         event("meeting", ["Marta Olsen", "Aruzhan Bekova"], "2023-09-13", where="Astana")]),
        record("w.txt", [event("visit", ["Marta Olsen"], "2023-09-11", where="Ghent")]),   # her other visit
    ])
    visit = next(m for m in merged if m.type == "visit" and m.location == "Astana")
    meeting = next(m for m in merged if m.type == "meeting")
    assert [(r.relation, r.id) for r in meeting.related] == [("during_visit", visit.id)]
    assert [(r.relation, r.id) for r in visit.related] == [("has_meeting", meeting.id)]
    assert len(merged) == 3


def test_party_only_events_merge_by_country_codes():
    merged = merge_events([
        record("p1.txt", [event("meeting", [], "2023-10-02", parties=[("Kazakhstan", "KZ"), ("Belgium", "BE")])]),
        record("p2.txt", [event("meeting", [], "2023-10-02", parties=[("Belgique", "BE"), ("Kazakhstan", "KZ")])]),
        record("p3.txt", [event("meeting", [], "2023-10-02", parties=[("Norway", "NO"), ("Kazakhstan", "KZ")])]),
    ])
    assert sources_of(merged) == [["p1.txt", "p2.txt"], ["p3.txt"]]


def test_ids_are_stable_whatever_the_input_order():
    records = [record(f"r{n}.txt", [event("meeting", BEKOVA_CLAES, f"2023-05-0{n % 3 + 1}"),
                                    event("visit", ["Marta Olsen"], None if n % 2 else "2023-05")], "2023-05-09")
               for n in range(8)]
    expected = [m.model_dump() for m in merge_events(records)]
    shuffled = records[:]
    random.Random(4).shuffle(shuffled)
    assert [m.model_dump() for m in merge_events(shuffled)] == expected
    assert all(m.id.startswith("m-") and len(m.id) == 14 for m in merge_events(records))


def test_the_same_document_twice_is_one_report_with_two_sources():
    twin = record("a.txt", [event("meeting", BEKOVA_CLAES, "2023-05-04")])
    copy = json.loads(json.dumps(twin))
    copy["source"]["path"] = "mirror/a.txt"
    [merged] = merge_events([twin, copy])
    assert sorted(s.document.path for s in merged.sources) == ["docs/a.txt", "mirror/a.txt"]


def test_records_may_be_document_records():
    data = record("a.txt", [event("meeting", BEKOVA_CLAES, "2023-05-04")])
    for person in data["people"]:
        person.pop("country")
    model = DocumentRecord.model_validate({**data, "source": {**data["source"]}})
    assert len(merge_events([model, data])) == 1


def test_timeline_filters_and_orders():
    merged = merge_events([
        record("a.txt", [event("meeting", BEKOVA_CLAES, "2023-05-04", where="Ghent")]),
        record("b.txt", [event("visit", ["Marta Olsen"], "2022-11", where="Astana")]),
        record("c.txt", [event("phone_call", ["Dana Sultan", "Luc Arnaud"])]),
        record("d.txt", [event("phone_call", ["Luc Arnaud", "Marta Olsen"], "2024-01-03")]),
    ])
    assert [m.date for m in timeline(merged)] == ["2022-11", "2023-05-04", "2024-01-03", None]
    assert [m.type for m in timeline(merged, person="arnaud")] == ["phone_call", "phone_call"]
    assert [m.date for m in timeline(merged, person="marta_olsen")] == ["2022-11", "2024-01-03"]
    assert [m.date for m in timeline(merged, country=["KZ", "BE"])] == ["2023-05-04"]
    assert [m.date for m in timeline(merged, country="Kazakhstan")] == ["2022-11", "2023-05-04", None]
    assert [m.date for m in timeline(merged, between=("2022-11-15", "2023-05"))] == ["2022-11", "2023-05-04"]
    assert [m.date for m in timeline(merged, between=("2023", "2023"))] == ["2023-05-04"]


def test_bad_filters_raise_a_readable_error():
    from kzeu_extract import KzeuError

    with pytest.raises(KzeuError, match="Atlantis"):
        timeline([], country="Atlantis")
    with pytest.raises(KzeuError, match="2022-13"):
        timeline([], between=("2022-01", "2022-13"))


def test_merged_events_round_trip_through_json():
    [one] = merge_events([record("a.txt", [event("meeting", BEKOVA_CLAES, "2023-05-04")])])
    assert MergedEvent.model_validate_json(one.to_json()) == one


def test_an_initiator_named_in_full_and_by_surname_is_no_conflict():
    records = [record(f"{n}.txt", [event("phone_call", BEKOVA_CLAES, "2023-01-09", initiator=who)])
               for n, who in enumerate(["Bekova", "Aruzhan Bekova", "Aruzhan Bekova"])]
    [call] = merge_events(records)
    assert (call.initiator, call.conflicts) == ("Aruzhan Bekova", [])
