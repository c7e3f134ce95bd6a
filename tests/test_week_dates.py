"""Week expressions ("this week", "la semaine dernière"): no date item's value (a week is no
day, month or year), but the month of a week (Monday to Sunday around the publication date,
moved for last/next) that lies in one month is kept apart for the events dated only by it."""
from __future__ import annotations

import pytest

from kzeu_extract.components.dates.component import WEEK_MONTHS
from kzeu_extract.normalize.dates import resolve_date, week_month
from kzeu_extract.pipeline import build_pipeline


@pytest.mark.parametrize("expression,reference,month", [
    ("this week", "2015-06-17", "2015-06"),            # Wednesday: 15-21 June
    ("last week", "2015-06-17", "2015-06"),            # 8-14 June
    ("next week", "2015-06-17", "2015-06"),            # 22-28 June
    ("next week", "2015-06-24", None),                 # 29 June - 5 July
    ("this week", "2021-03-31", None),                 # 29 March - 4 April
    ("last week", "2021-04-07", None),                 # 29 March - 4 April
    ("later this week", "2011-09-13", "2011-09"),
    ("earlier this week", "2011-09-13", "2011-09"),
    ("cette semaine", "2009-11-10", "2009-11"),
    ("la semaine dernière", "2009-11-03", None),       # 26 Oct - 1 Nov
    ("la semaine dernière", "2009-11-18", "2009-11"),  # 9-15 Nov
    ("la semaine prochaine", "2009-11-10", "2009-11"),
    ("la semaine passée", "2012-01-04", None),         # 26 Dec - 1 Jan
])
def test_the_month_of_a_week(expression, reference, month):
    assert week_month(expression, reference=reference) == month


@pytest.mark.parametrize("expression", ["this week", "la semaine prochaine"])
def test_no_month_without_a_publication_date(expression):
    assert week_month(expression) is None
    assert week_month(expression, reference="2015-06-17", reference_is_inferred=True) is None


@pytest.mark.parametrize("expression", ["next month", "yesterday", "le mois dernier", "this year", "weekend"])
def test_other_expressions_are_no_week(expression):
    assert week_month(expression, reference="2015-06-17") is None


@pytest.mark.parametrize("expression", ["this week", "next week", "cette semaine", "la semaine dernière"])
def test_a_week_is_no_date_value(expression):
    resolved = resolve_date(expression, reference="2015-06-17")
    assert resolved is not None and resolved.value is None and resolved.relative


@pytest.mark.parametrize("lang,text,months", [
    ("en", "ACCRA, 17 June 2015 - Foreign Minister Kwame Asante will travel to Lome next week. "
           "He met his Togolese counterpart last week.", {"next week": "2015-06", "last week": "2015-06"}),
    ("en", "WINDHOEK, 24 June 2015 - The Namibian envoy will visit Harare next week.", {}),
    ("fr", "Dakar, le 10 novembre 2009 - Le ministre Moussa Diallo se rendra à Bamako cette semaine.",
     {"cette semaine": "2009-11"}),
    ("fr", "Tunis, le 4 janvier 2012 - La ministre a reçu son homologue la semaine passée.", {}),
])
def test_the_pipeline_keeps_the_week_months_apart(lang, text, months):
    doc = build_pipeline(lang)(text)
    kept = {text[w["start"]:w["end"]]: w["value"] for w in doc.user_data[WEEK_MONTHS]}
    assert kept == months
    for item in doc._.kzeu_dates:
        assert text[item["start"]:item["end"]] == item["text"]
        if "week" in item["text"] or "semaine" in item["text"]:
            assert item["value"] is None


def test_an_event_of_this_week_takes_the_month_of_the_week():
    # the week around 15 May 2024 (13-19 May) lies in May; "cette semaine" likewise in French
    from kzeu_extract import extract
    en = extract("Lima, 15 May 2024\nForeign Minister Rosa Pardo will meet her Chilean counterpart "
                 "Tomás Vidal this week.", lang="en")
    assert [(e.participants, e.date) for e in en.events] == [(["Rosa Pardo", "Tomás Vidal"], "2024-05")]
    fr = extract("Dakar, le 15 mai 2024\nLe ministre Amadou Sall rencontrera cette semaine son "
                 "homologue Paul Mbida.", lang="fr")
    assert [e.date for e in fr.events] == ["2024-05"]


def test_an_event_of_a_week_across_two_months_has_no_month():
    from kzeu_extract import extract
    record = extract("Lima, 1 May 2024\nForeign Minister Rosa Pardo will meet her Chilean counterpart "
                     "Tomás Vidal this week.", lang="en")   # 29 April - 5 May
    assert [e.date for e in record.events] == [None]
