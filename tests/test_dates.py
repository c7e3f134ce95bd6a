"""Dates: the resolver (normalize.dates.resolve_date), the kzeu_dates component on a small
pipeline, and the public API. Every form is tested in English and in French."""
from __future__ import annotations

import pytest
import spacy
from small_pipeline import run_components

from kzeu_extract import extract
from kzeu_extract.extensions import register_extensions
from kzeu_extract.normalize.dates import latest_stated, resolve_date

REF = "2022-02-03"   # a Thursday


# --- the resolver -------------------------------------------------------------------

@pytest.mark.parametrize("expression, value, granularity, relative", [
    # absolute, English
    ("January 10, 2022", "2022-01-10", "day", False),
    ("10 January 2022", "2022-01-10", "day", False),
    ("Jan. 10, 2022", "2022-01-10", "day", False),
    ("Sept. 3, 2021", "2021-09-03", "day", False),
    ("10th of January 2022", "2022-01-10", "day", False),
    ("Thursday, 12 January 2023", "2023-01-12", "day", False),
    ("2022-01-19", "2022-01-19", "day", False),
    ("2022-01-02", "2022-01-02", "day", False),         # ISO is never read day-first
    ("10.01.2022", "2022-01-10", "day", False),
    ("10/01/2022", "2022-01-10", "day", False),
    ("March 2020", "2020-03", "month", False),
    ("1993", "1993", "year", False),
    # absolute, French
    ("2 février 1993", "1993-02-02", "day", False),
    ("1er mars 2021", "2021-03-01", "day", False),
    ("jeudi 3 mars 2022", "2022-03-03", "day", False),
    ("décembre 1993", "1993-12", "month", False),
    ("novembre 1994", "1994-11", "month", False),
    ("févr. 2020", "2020-02", "month", False),
    ("10/01/2022", "2022-01-10", "day", False),
    # year-less: closest occurrence to the reference date; absolute dates, not relative
    # ones (their year_inferred flag says the year came from the reference)
    ("7 février", "2022-02-07", "day", False),
    ("10 janvier", "2022-01-10", "day", False),
    ("April 2", "2022-04-02", "day", False),
    ("5 May", "2022-05-05", "day", False),
    ("January", "2022-01", "month", False),
    ("janvier", "2022-01", "month", False),
    ("last January", "2022-01", "month", True),
    ("next May", "2022-05", "month", True),
    ("janvier dernier", "2022-01", "month", True),
    # deictic, English and French
    ("yesterday", "2022-02-02", "day", True),
    ("today", "2022-02-03", "day", True),
    ("tomorrow", "2022-02-04", "day", True),
    ("hier", "2022-02-02", "day", True),
    ("aujourd'hui", "2022-02-03", "day", True),
    ("aujourd’hui", "2022-02-03", "day", True),
    ("demain", "2022-02-04", "day", True),
    ("avant-hier", "2022-02-01", "day", True),
    # weekdays: a bare one is on or before the reference date; "last" strictly before
    ("Thursday", "2022-02-03", "day", True),
    ("last Thursday", "2022-01-27", "day", True),
    ("next Thursday", "2022-02-10", "day", True),
    ("Monday", "2022-01-31", "day", True),
    ("jeudi", "2022-02-03", "day", True),
    ("jeudi dernier", "2022-01-27", "day", True),
    ("jeudi prochain", "2022-02-10", "day", True),
    ("lundi", "2022-01-31", "day", True),
    # periods
    ("next month", "2022-03", "month", True),
    ("last month", "2022-01", "month", True),
    ("earlier this month", "2022-02", "month", True),
    ("last year", "2021", "year", True),
    ("le mois prochain", "2022-03", "month", True),
    ("l'année dernière", "2021", "year", True),
    ("l’an dernier", "2021", "year", True),
    ("last week", None, None, True),             # a week has no ISO form here
    ("la semaine dernière", None, None, True),
])
def test_resolve_date(expression, value, granularity, relative):
    assert tuple(resolve_date(expression, reference=REF, dayfirst=True))[:3] == (value, granularity, relative)


@pytest.mark.parametrize("expression, reference, value", [
    ("28 December", "2022-01-03", "2021-12-28"),      # across the new year: the past December
    ("3 janvier", "2021-12-28", "2022-01-03"),
    ("December", "2022-01-10", "2021-12"),
    ("last May", "2022-05-20", "2021-05"),
    ("Thursday", "2022-02-04", "2022-02-03"),
])
def test_year_completion_picks_the_closest_occurrence(expression, reference, value):
    assert resolve_date(expression, reference=reference, dayfirst=True).value == value


@pytest.mark.parametrize("expression, reference, value", [
    ("vendredi 3 mars", "2023-11-10", "2023-03-03"),    # 3 March 2024 is a Sunday
    ("Friday, March 3", "2023-11-10", "2023-03-03"),
    ("Sunday, 3 March", "2023-11-10", "2024-03-03"),
])
def test_a_stated_weekday_picks_the_year(expression, reference, value):
    assert resolve_date(expression, reference=reference, dayfirst=True).value == value


def test_day_first_policy_is_explicit():
    assert resolve_date("03/04/2022", dayfirst=True).value == "2022-04-03"
    assert resolve_date("03/04/2022", dayfirst=False).value == "2022-03-04"
    assert resolve_date("13/04/2022", dayfirst=False).value == "2022-04-13"   # unambiguous


@pytest.mark.parametrize("expression", ["yesterday", "hier", "Thursday", "jeudi dernier", "next month",
                                        "le mois prochain", "7 février", "April 2", "January"])
def test_nothing_to_anchor_gives_null(expression):
    resolved = resolve_date(expression, reference=None, dayfirst=True)
    assert resolved.value is None and resolved.needs_reference


def test_inferred_reference_lends_its_year_but_does_not_anchor_deictic_words():
    assert resolve_date("le 7 février", reference="2022-02-02", reference_is_inferred=True).value == "2022-02-07"
    assert resolve_date("December", reference="2022-01-10", reference_is_inferred=True).value == "2022-12"
    assert resolve_date("yesterday", reference="2022-02-02", reference_is_inferred=True).value is None
    assert resolve_date("jeudi", reference="2022-02-02", reference_is_inferred=True).value is None


@pytest.mark.parametrize("expression", ["31 February 2022", "30 février", "29 February", "Sunday Times 5"])
def test_not_a_date(expression):
    assert resolve_date(expression, reference="2022-06-01", dayfirst=True) is None


def test_latest_stated():
    assert latest_stated(["1993-02-02", "2022-02-02", "1994-11", None]) == "2022-02-02"
    assert latest_stated(["2030", "2021-12-31"]) == "2021-12-31"      # a full date beats a target year
    assert latest_stated(["2030", "2021-12"]) == "2030"
    assert latest_stated([]) is None


# --- the component on a small pipeline -------------------------------------------------

def run(text: str, lang: str = "en", option: str | None = None):
    doc = run_components(text, ("kzeu_document", "kzeu_dates"), lang=lang, option_date=option)
    for item in doc._.kzeu_dates:
        assert text[item["start"]:item["end"]] == item["text"], item
    return doc


def found(text: str, lang: str = "en", option: str | None = REF) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in run(text, lang, option)._.kzeu_dates]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Talks were held on January 10, 2022 in Astana.", [("January 10, 2022", "2022-01-10")]),
    ("en", "Talks were held on 10 January 2022.", [("10 January 2022", "2022-01-10")]),
    ("en", "Talks were held on Jan. 10, 2022.", [("Jan. 10, 2022", "2022-01-10")]),
    ("en", "Signed on Thursday, 12 January 2023 in Paris.", [("Thursday, 12 January 2023", "2023-01-12")]),
    ("en", " date 2022-01-19 Kazakh FM pays visit", [("2022-01-19", "2022-01-19")]),
    ("en", "Published 10.01.2022 and updated 11/01/2022.", [("10.01.2022", "2022-01-10"),
                                                             ("11/01/2022", "2022-01-11")]),
    ("en", "The agreement entered into force in March 2020.", [("March 2020", "2020-03")]),
    ("en", "during his visit in November 2021", [("November 2021", "2021-11")]),
    ("en", "Relations were established in 1993.", [("1993", "1993")]),
    ("en", "Since 2019, trade grew.", [("2019", "2019")]),
    ("en", "from 2019 to 2021", [("2019", "2019"), ("2021", "2021")]),
    ("en", "the events of January", [("January", "2022-01")]),
    ("en", "They met in January and again in May.", [("January", "2022-01"), ("May", "2022-05")]),
    ("en", "The minister arrived yesterday.", [("yesterday", "2022-02-02")]),
    ("en", "Today, the minister said so.", [("Today", "2022-02-03")]),
    ("en", "He will arrive tomorrow.", [("tomorrow", "2022-02-04")]),
    ("en", "The leaders spoke on Thursday.", [("Thursday", "2022-02-03")]),
    ("en", "The leaders spoke last Thursday.", [("last Thursday", "2022-01-27")]),
    ("en", "They meet next month and met last week.", [("next month", "2022-03"), ("last week", None)]),
    ("en", "Exports fell last year, he said earlier this month.", [("last year", "2021"),
                                                                   ("earlier this month", "2022-02")]),
    ("en", "NUR-SULTAN, April 2 /TASS/ The President spoke.", [("April 2", "2022-04-02")]),
    ("en", "BRUSSELS, 5 May. KAZINFORM The minister spoke.", [("5 May", "2022-05-05")]),
    ("fr", "Il a visité Nur-Sultan le 7 février.", [("7 février", "2022-02-07")]),
    ("fr", "Les relations ont été établies le 2 février 1993.", [("2 février 1993", "1993-02-02")]),
    ("fr", "L'accord a été signé le 1er mars 2021.", [("1er mars 2021", "2021-03-01")]),
    ("fr", "En décembre 1993, le bureau a ouvert.", [("décembre 1993", "1993-12")]),
    ("fr", "En novembre 1994, la délégation a commencé.", [("novembre 1994", "1994-11")]),
    ("fr", "Les relations existent depuis 1993 et en 1995 un accord.", [("1993", "1993"), ("1995", "1995")]),
    ("fr", "les événements de janvier", [("janvier", "2022-01")]),
    ("fr", "la réunion de mi-janvier", [("janvier", "2022-01")]),
    ("fr", "Le ministre est arrivé hier.", [("hier", "2022-02-02")]),
    ("fr", "Aujourd'hui, le ministre parle.", [("Aujourd'hui", "2022-02-03")]),
    ("fr", "Il partira demain.", [("demain", "2022-02-04")]),
    ("fr", "Les dirigeants se sont parlé jeudi.", [("jeudi", "2022-02-03")]),
    ("fr", "Les dirigeants se sont parlé jeudi dernier.", [("jeudi dernier", "2022-01-27")]),
    ("fr", "Ils se verront le mois prochain.", [("le mois prochain", "2022-03")]),
    ("fr", "Ils se sont vus la semaine dernière.", [("la semaine dernière", None)]),
    ("fr", "La croissance l’année dernière.", [("l’année dernière", "2021")]),
    ("fr", "Le sommet du 10/01/2022 à Paris.", [("10/01/2022", "2022-01-10")]),
    # ranges: both ends, each with the month and year they share
    ("en", "Talks on 10-12 January 2022.", [("10", "2022-01-10"), ("12 January 2022", "2022-01-12")]),
    ("en", "Talks on January 10-12, 2023.", [("January 10", "2023-01-10"), ("12, 2023", "2023-01-12")]),
    ("en", "The fair runs from 3 to 5 March.", [("3", "2022-03-03"), ("5 March", "2022-03-05")]),
    ("fr", "Une visite du 10 au 12 juin 2021.", [("10", "2021-06-10"), ("12 juin 2021", "2021-06-12")]),
    ("fr", "Les 2 et 3 mars, le forum.", [("2", "2022-03-02"), ("3 mars", "2022-03-03")]),
    ("en", "In January-September 2023, trade grew.", [("January", "2023-01"), ("September 2023", "2023-09")]),
    ("fr", "De janvier à septembre 2021, le commerce.", [("janvier", "2021-01"), ("septembre 2021", "2021-09")]),
    ("en", "Up 37% compared to 2021.", [("2021", "2021")]),
    ("fr", "Une hausse par rapport à 2021.", [("2021", "2021")]),
    ("fr", "le 3 février 2022 et le 2022-02-04", [("3 février 2022", "2022-02-03"),
                                                 ("2022-02-04", "2022-02-04")]),
    # a year as an adjective: before a name or a singular noun
    ("en", "Both sides reaffirmed the 1975 Helsinki Final Act.", [("1975", "1975")]),
    ("en", "Under the 2017 decree, visas were abolished.", [("2017", "2017")]),
    ("en", "They recalled a 2008 agreement and its 2015 update.", [("2008", "2008"), ("2015", "2015")]),
    ("en", "Under the 2019 intergovernmental agreement, flights resumed.", [("2019", "2019")]),
    ("en", "Observers praised the 2024 elections and their 2023 reforms.", [("2024", "2024"), ("2023", "2023")]),
    ("en", "They adopted the 2021-2025 programme and the 2019–2020 Action Plan.",
     [("2021", "2021"), ("2025", "2025"), ("2019", "2019"), ("2020", "2020")]),
    # lower-case "may" opens no window, a capitalised May still does
    ("en", "Trade may grow; talks may resume in May 2024.", [("May 2024", "2024-05")]),
    # half-years and quarters: the year
    ("en", "Trade grew in the first half of 2023.", [("first half of 2023", "2023")]),
    ("en", "Exports rose in Q3 2021 and in the fourth quarter of 2022.", [("Q3 2021", "2021"),
                                                                        ("fourth quarter of 2022", "2022")]),
    ("en", "The plant opens in H2 2026.", [("H2 2026", "2026")]),
    ("fr", "Le forum aura lieu au second semestre 2026.", [("second semestre 2026", "2026")]),
    ("fr", "Au premier trimestre de 2022, les échanges ont doublé.", [("premier trimestre de 2022", "2022")]),
    ("fr", "les résultats du T2 2020 et de la première moitié de 2019", [("T2 2020", "2020"),
                                                                         ("première moitié de 2019", "2019")]),
])
def test_date_forms(lang, text, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "The minister may visit Astana. Prices may rise."),
    ("en", "Thousands march in the streets; the march was peaceful."),
    ("en", "about 1,300 businesses were damaged and 500 police cars burned"),
    ("en", "achieved over 30 years of independence"),
    ("en", "It grew in the 1990s and over 2000 firms joined."),
    ("en", "a total of 2000 people and US$ 2-3 billion"),
    ("en", "Prime Minister Theresa May said so."),
    ("en", "Kazakhstan Today reported the news."),
    ("en", "Strategy-2050 and Agenda 2030 are programmes; COVID-19 spread."),
    ("fr", "plus de 2000 personnes ont manifesté"),
    ("fr", "dans les années 1990, pendant 30 ans"),
    ("fr", "il y a sept ans, 5 sept ans plus tard"),
    ("en", "the 2000 delegates and the 1500 people, the 2000 km border, the 1900 MW plant"),
    ("en", "the 2000 people who came and a 2000 strong crowd"),
    ("en", "the 2000 representatives of the internationalisations"),
    ("en", "the 1900 soldiers and the 2000 hectares"),
])
def test_not_dates(lang, text):
    assert found(text, lang) == []


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "He will travel to Berlin on Thursday. He spoke on Tuesday.", ["2022-02-03", "2022-02-01"]),
    ("en", "The summit is scheduled to open on Monday.", ["2022-02-07"]),
    ("fr", "Le président se rendra à Berlin lundi. Il a parlé mardi.", ["2022-02-07", "2022-02-01"]),
    ("fr", "Le ministre a présenté la caméra lundi.", ["2022-01-31"]),
])
def test_future_sentence_moves_a_bare_weekday_forward(lang, text, expected):
    assert [value for _, value in found(text, lang)] == expected


def test_date_label_is_one_date():
    doc = run(" date 2022-01-19 Kazakh FM pays visit to Brussels\n\nBody text.")
    assert [(d["text"], d["value"]) for d in doc._.kzeu_dates] == [("2022-01-19", "2022-01-19")]


def test_yesterday_without_any_date_is_null():
    doc = run("President Tokayev yesterday held a virtual meeting with Charles Michel.", option=None)
    assert [(d["text"], d["value"], d["relative"]) for d in doc._.kzeu_dates] == [("yesterday", None, True)]
    assert any("unresolved" in w and "yesterday" in w for w in doc._.kzeu_warnings)


def test_relative_dates_resolve_against_the_stated_document_date():
    text = "Talks in Astana\n\nASTANA, 12 March 2023 (Reuters) - The ministers met yesterday and on Friday."
    doc = run(text, option=None)
    assert [(d["text"], d["value"]) for d in doc._.kzeu_dates] == [
        ("12 March 2023", "2023-03-12"), ("yesterday", "2023-03-11"), ("Friday", "2023-03-10")]


def test_us_style_dates_with_dayfirst_false():
    register_extensions()
    import kzeu_extract.components  # noqa: F401
    nlp = spacy.blank("en")
    nlp.add_pipe("kzeu_document")
    nlp.add_pipe("kzeu_dates", config={"dayfirst": False})
    doc = nlp("The deal was signed on 03/04/2022 in Washington.")
    assert [d["value"] for d in doc._.kzeu_dates] == ["2022-03-04"]


# --- through the public API --------------------------------------------------------------

@pytest.mark.parametrize("text, reference, expected", [
    ("Brussels talks\n\n10 January 2022\nThe leaders met on Thursday. Relations date from 1993.",
     None, {"2022-01-10", "2022-01-06", "1993"}),
    ("Le ministre a rencontré hier son homologue. Les relations datent de 1992.", "2023-05-17",
     {"2023-05-16", "1992"}),
])
def test_extract_dates(text, reference, expected, assert_offsets):
    record = extract(text, reference_date=reference)
    assert {d.value for d in record.dates} == expected
    assert_offsets(record, text)


@pytest.mark.parametrize("lang, text", [("en", "Growth slowed in the second half of 2024."),
                                        ("fr", "La croissance a ralenti au deuxième semestre 2024.")])
def test_a_part_of_a_year_has_year_granularity(lang, text):
    (item,) = run(text, lang, REF)._.kzeu_dates
    assert (item["value"], item["granularity"], item["relative"]) == ("2024", "year", False)


# --- families seen in real articles ------------------------------------------------------

@pytest.mark.parametrize("expression, reference, value", [
    ("2 octobre dernier", "2016-06-20", "2015-10-02"),        # day + month + "dernier": the past one
    ("vendredi 7 avril prochain", "2016-06-20", "2017-04-07"),
    ("12 mars dernier", "2016-06-20", "2016-03-12"),
    ("14th September this year", "2019-03-01", "2019-09-14"),   # closed by a year phrase
    ("5 March next year", "2019-11-20", "2020-03-05"),
    ("le 8 juin l'année prochaine", "2019-11-20", "2020-06-08"),
    ("October last year", "2019-03-01", "2018-10"),
])
def test_year_less_dates_with_a_direction(expression, reference, value):
    assert resolve_date(expression, reference=reference, dayfirst=True).value == value


def test_an_inferred_reference_resolves_years_but_not_days():
    assert resolve_date("next year", reference="2023-12-27", reference_is_inferred=True).value == "2024"
    assert resolve_date("l'an dernier", reference="2023-12-27", reference_is_inferred=True).value == "2022"
    assert resolve_date("next month", reference="2023-12-27", reference_is_inferred=True).value is None
    assert resolve_date("hier", reference="2023-12-27", reference_is_inferred=True).value is None


@pytest.mark.parametrize("lang, text, option, expected", [
    # "since May" / "depuis mai" / "earlier in January": the past month, not the closest one
    ("en", "The visa regime has applied since May.", "2016-11-20", [("May", "2016-05")]),
    ("fr", "Le régime s'applique depuis mai.", "2016-11-20", [("mai", "2016-05")]),
    ("en", "The vote held earlier in January was praised.", "2016-10-03", [("January", "2016-01")]),
    # a year phrase closing a year-less date is that date's year, not a date of its own
    ("en", "The forum runs from 12th to 14th September this year.", "2019-03-01",
     [("12th", "2019-09-12"), ("14th September this year", "2019-09-14")]),
    ("en", "He took office on 3 October this year.", "2019-11-10", [("3 October this year", "2019-10-03")]),
    ("en", "Elections are due in April next year.", "2019-11-10", [("April next year", "2020-04")]),
    ("en", "This year marks an anniversary.", "2019-11-10", [("This year", "2019")]),
    ("fr", "Ils s'étaient vus le 2 octobre dernier.", "2016-06-20", [("2 octobre dernier", "2015-10-02")]),
    # a sentence-opening weekday governs the future verb that follows it
    ("en", "On Friday, the envoy will travel to Lima. On Monday he met the minister.", "2021-03-10",
     [("Friday", "2021-03-12"), ("Monday", "2021-03-08")]),
    ("fr", "Samedi, le ministre se rendra à Dakar.", "2021-03-10", [("Samedi", "2021-03-13")]),
    # a span of years after "the years"
    ("en", "a programme for the years 2011 to 2016", "2011-01-05", [("2011", "2011"), ("2016", "2016")]),
    ("en", "Trade has doubled since the beginning of the year.", "2018-06-01",
     [("since the beginning of the year", "2018")]),
    ("fr", "Le commerce a doublé depuis le début de l'année.", "2018-06-01",
     [("depuis le début de l'année", "2018")]),
])
def test_real_article_date_families(lang, text, option, expected):
    assert found(text, lang, option) == expected


def test_a_month_named_like_a_person_of_the_text_is_the_person():
    text = "Senator John August arrived in Rome. Shortly after August landed, the talks began in August 2011."
    assert found(text, "en", "2011-09-01") == [("August 2011", "2011-08")]
    # without such a person the month stays
    assert found("Shortly after August, the talks began.", "en", "2011-09-01") == [("August", "2011-08")]


def test_a_future_year_naming_a_plan_is_no_date():
    text = "They backed the 2060 Vision and the 2045 Green Strategy, recalling the 1995 Dayton Agreement."
    assert found(text, "en", "2019-05-02") == [("1995", "1995")]


def test_a_month_label_is_a_month_date():
    doc = run(" date 2018-04 Le ministre est arrivé jeudi 12 avril à Dakar.\n", "fr", None)
    assert [(d["text"], d["value"]) for d in doc._.kzeu_dates] == [("2018-04", "2018-04"),
                                                                     ("jeudi 12 avril", "2018-04-12")]


def test_bare_years_lend_no_year_to_a_day():
    doc = run("Depuis 1980, les présidents se rencontrent; celui-ci prendra ses fonctions le 20 janvier. "
              "L'accord existe depuis 1994.\n", "fr", None)
    assert [(d["text"], d["value"]) for d in doc._.kzeu_dates] == [("1980", "1980"), ("20 janvier", None),
                                                                     ("1994", "1994")]
