"""kzeu_figures: the families of figures real news writes - number conventions, the world's
currencies (and which dollar a '$' is), glued scales, durations in compounds and spans,
participant counts and page furniture that are no figures, French collective numbers."""
from __future__ import annotations

import pytest
from small_pipeline import run_components

from kzeu_extract import extract
from kzeu_extract.components.figures.schema import CONCERN
from kzeu_extract.langpacks import language_pack
from kzeu_extract.normalize.numbers import parse_number


def _stated(figure):
    """The number the text states: the value, else the bound a qualifier makes of it
    ("more than 100": min 100, record version 2)."""
    get = figure.get if isinstance(figure, dict) else lambda key: getattr(figure, key)
    return next((get(k) for k in ("value", "min", "max") if get(k) is not None), None)


def _decimal_comma(lang: str) -> bool:
    """The pack's setting: is the comma the language's decimal mark?"""
    return language_pack(lang).concern(CONCERN).settings.decimal_comma


def figures_of(text: str, lang: str = "en", **upstream) -> list[dict]:
    doc = run_components(text, ("kzeu_figures",), lang=lang, **upstream)
    for figure in doc._.kzeu_figures:
        assert text[figure["start"]:figure["end"]] == figure["text"]
        assert not any(key.startswith("_") for key in figure)
    return doc._.kzeu_figures


def only(figures: list[dict]) -> dict:
    assert len(figures) == 1, figures
    return figures[0]


# --- number conventions ------------------------------------------------------------------

@pytest.mark.parametrize("raw, lang, value", [
    ("2'400'000", "en", 2400000), ("7\u2019250", "fr", 7250), ("3\u2009800", "fr", 3800),
    ("3\u202f800", "en", 3800), ("4.750", "fr", 4750), ("4.75", "fr", 4.75), ("4.750", "en", 4.75),
    ("0.250", "fr", 0.25),
])
def test_every_thousands_separator(raw, lang, value):
    assert parse_number(raw, decimal_comma=_decimal_comma(lang)) == value


@pytest.mark.parametrize("text, lang, value, unit", [
    ("Some 2'400 delegates registered in Lausanne.", "en", 2400, "delegates"),
    ("Le forum a réuni 3\u2009800 participants.", "fr", 3800, "participants"),
    ("La ville compte 4.750 bénévoles.", "fr", 4750, "bénévoles"),
])
def test_grouped_numbers_in_context(text, lang, value, unit):
    figure = only(figures_of(text, lang))
    assert (figure["value"], figure["unit"]) == (value, unit)


# --- currencies ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, value, currency", [
    ("Bilateral trade reached RM312.4 billion last year.", "en", 312400000000, "MYR"),
    ("a loan of ₹4,500 crore for the metro", "en", 45000000000, "INR"),
    ("The bank lent 80 billion yen to Hanoi.", "en", 80000000000, "JPY"),
    ("a grant of 3 billion roubles", "en", 3000000000, "RUB"),
    ("Lagos will invest ₦250 billion in ports.", "en", 250000000000, "NGN"),
    ("a R$ 12 billion programme", "en", 12000000000, "BRL"),
    ("contracts worth 900 billion won", "en", 900000000000, "KRW"),
    ("a budget of 15 billion Kenyan shillings", "en", 15000000000, "KES"),
    ("un projet de 40 milliards de FCFA", "fr", 40000000000, "XOF"),
    ("un don de 12 millions de francs suisses", "fr", 12000000, "CHF"),
    ("deals worth A$3.5 billion", "en", 3500000000, "AUD"),
    ("a C$ 400 million fund", "en", 400000000, "CAD"),
    ("NZ$50 million in aid", "en", 50000000, "NZD"),
    ("HK$2 billion of bonds", "en", 2000000000, "HKD"),
    ("S$ 1.2 billion in investment", "en", 1200000000, "SGD"),
    ("an aid package of 700 million Australian dollars", "en", 700000000, "AUD"),
    ("un fonds de 300 millions de dollars canadiens", "fr", 300000000, "CAD"),
    ("trade of 9 billion Turkish lira", "en", 9000000000, "TRY"),
    ("exports of 40 billion Saudi riyals", "en", 40000000000, "SAR"),
    ("a CHF 25 million contribution", "en", 25000000, "CHF"),
])
def test_currencies_of_the_world(text, lang, value, currency):
    figure = only([f for f in figures_of(text, lang) if f["kind"] == "money"])
    assert (figure["value"], figure["currency"]) == (value, currency)


@pytest.mark.parametrize("text, lang, value, currency", [
    ("a fund of €10B for grids", "en", 10000000000, "EUR"),
    ("un plan de 300 M€ pour l'eau", "fr", 300000000, "EUR"),
    ("a loan of $2bn to Accra", "en", 2000000000, "USD"),
    ("Ottawa pledged 5 M$ in grants", "fr", 5000000, "USD"),
])
def test_scales_glued_to_numbers_or_symbols(text, lang, value, currency):
    figure = only(figures_of(text, lang))
    assert (figure["kind"], figure["value"], figure["currency"]) == ("money", value, currency)


@pytest.mark.parametrize("text, currency", [
    ("The Canadian minister announced a $40 million fund for Haiti.", "CAD"),
    ("The Australian and American envoys pledged $40 million together.", "USD"),
    ("The minister announced a $40 million fund for Haiti.", "USD"),
    ("The Pakistani cabinet approved 90 billion rupees for dams.", "PKR"),
    ("The ministry approved 90 billion rupees for dams.", "INR"),
])
def test_a_shared_currency_name_takes_the_country_of_its_sentence(text, currency):
    figure = only(figures_of(text))
    assert (figure["kind"], figure["currency"]) == ("money", currency)


def test_an_explicit_dollar_elsewhere_in_the_text_sets_the_bare_dollar():
    text = "Canberra gave A$20 million in 2021. This year it adds $15 million for schools."
    assert [f["currency"] for f in figures_of(text)] == ["AUD", "AUD"]


def test_francs_take_the_country_the_text_is_about():
    text = "Le Sénégal a mobilisé 200 milliards de francs pour ses routes."
    places = [{"name": "Sénégal", "country": "SN", "kind": "country",
               "mentions": [{"text": "Sénégal", "start": 3, "end": 10}]}]
    figure = only(figures_of(text, "fr", places=places))
    assert (figure["kind"], figure["currency"]) == ("money", "XOF")


@pytest.mark.parametrize("text", [
    "Delegates met at COP28 in Dubai and at COP 29 in Baku.",
    "The CAD 3 engine failed.",
])
def test_a_currency_code_before_a_small_bare_number_is_a_name(text):
    assert [f for f in figures_of(text) if f["kind"] == "money"] == []


# --- durations -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, value, unit, approximate", [
    ("The premier began a three-day state visit to Lima.", "en", 3, "day", False),
    ("the envoy's 12-day tour of the Gulf", "en", 12, "day", False),
    ("a four day working visit", "en", 4, "day", False),
    ("She is on a one-day trip to Oslo.", "en", 1, "day", False),
    ("The call lasted about one hour.", "en", 1, "hour", True),
    ("The talks lasted nearly 50 minutes.", "en", 50, "minutes", True),
    ("For more than a decade, Peru has been its partner.", "en", 10, "years", True),
    ("In the last seven years exports tripled.", "en", 7, "years", False),
    ("in the five-plus years since the accord", "en", 5, "years", True),
    ("in the past 40 years since relations were set up", "en", 40, "years", False),
    ("depuis plus d'un an, les deux capitales négocient", "fr", 1, "an", True),
])
def test_durations_in_compounds_and_spans(text, lang, value, unit, approximate):
    figure = only(figures_of(text, lang))
    assert (figure["kind"], _stated(figure), figure["unit"], figure["approximate"]) == (
        "duration", value, unit, approximate)


def test_the_days_of_a_meeting_are_a_duration_even_after_the():
    figure = only(figures_of("During the three days of talks, the ministers met twice."))
    assert (figure["kind"], figure["value"], figure["unit"]) == ("duration", 3, "days")


@pytest.mark.parametrize("text, lang", [
    ("A 45-year-old man was arrested.", "en"),
    ("One day we will meet again.", "en"),
    ("The accord was signed a week ago.", "en"),
    ("They signed it one week ago.", "en"),
    ("Il a visité la ville un jour de pluie.", "fr"),
    ("In a decade, the city changed.", "en"),
])
def test_ages_some_day_and_relative_times_are_no_durations(text, lang):
    assert figures_of(text, lang) == []


# --- counts --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("The two foreign ministers spoke on Monday.", "en"),
    ("trust between any two countries matters", "en"),
    ("a dialogue between two rival nations", "en"),
    ("the two friendly peoples", "en"),
    ("the three presidents signed", "en"),
    ("les deux pays frères ont signé", "fr"),
    ("les trois dirigeants ont signé", "fr"),
    ("The 2 delegations met in Rabat.", "en"),
    ("the Custodian of the Two Holy Mosques", "en"),
    ("ministers of the Group of 20 major economies", "en"),
    ("the Group of Seven industrialised nations", "en"),
])
def test_participants_and_names_are_no_figures(text, lang):
    assert figures_of(text, lang) == []


@pytest.mark.parametrize("text, lang, value, unit", [
    ("OSCE work covers all three pillars of security.", "en", 3, "pillars"),
    ("Two reporters were detained.", "en", 2, "reporters"),
    ("Ecuador and 9 other countries signed the text.", "en", 9, "other countries"),
    ("He had met the king five times this year.", "en", 5, "times"),
    ("Il s'adresse aux quelque 300 citoyennes et citoyens présents.", "fr", 300, "citoyennes et citoyens"),
])
def test_counted_noun_phrases(text, lang, value, unit):
    figure = only(figures_of(text, lang))
    assert (figure["kind"], figure["value"], figure["unit"]) == ("count", value, unit)


@pytest.mark.parametrize("text, lang", [
    ("Exports grew five times faster than imports.", "en"),
    ("The fund is three times larger.", "en"),
    ("Le budget est trois fois plus élevé.", "fr"),
])
def test_a_ratio_is_no_count(text, lang):
    assert figures_of(text, lang) == []


@pytest.mark.parametrize("text, lang, value, unit, approximate", [
    ("They will sign more than a dozen cooperation documents.", "en", 12, "cooperation documents", True),
    ("with more than a hundred business leaders", "en", 100, "business leaders", True),
    ("a dozen ministers attended", "en", 12, "ministers", False),
    ("une centaine de journalistes étaient présents", "fr", 100, "journalistes", True),
    ("un millier de manifestants ont défilé", "fr", 1000, "manifestants", True),
])
def test_dozens_hundreds_and_french_collective_numbers(text, lang, value, unit, approximate):
    figure = only(figures_of(text, lang))
    assert (_stated(figure), figure["unit"], figure["approximate"]) == (value, unit, approximate)
    assert figure["text"].split()[0] in ("more", "with", "a", "une", "un")


def test_more_than_a_hundred_keeps_its_qualifier():
    figure = only(figures_of("with more than a hundred business leaders"))
    assert figure["qualifier"] == "more than" and figure["text"] == "more than a hundred business leaders"


# --- page furniture ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The talks ended.\n3021 views\nCookies help us.",
    "The talks ended.\n42\ncomments powered by a widget",
    "Article ID: 77001234\nMinisters meet in Oslo",
    "The talks ended.\n15 comments | 230 shares\n",
])
def test_page_counters_and_ids_are_no_figures(text):
    assert figures_of(text) == []


def test_a_counter_word_inside_a_sentence_stays_a_count():
    figure = only(figures_of("The committee received 40 comments from member states."))
    assert (figure["value"], figure["unit"]) == (40, "comments")


# --- through the public API -------------------------------------------------------------------

def test_extract_reads_ringgit_durations_and_skips_participants(assert_offsets):
    text = ("KUALA LUMPUR, 3 March 2024 - Thai Foreign Minister Somchai Jaidee began a two-day visit to "
            "Malaysia today. The two ministers noted that for more than a decade Thailand has been a top "
            "partner: trade reached RM98.6 billion (US$21.3 billion) last year.")
    record = extract(text, lang="en")
    assert_offsets(record, text)
    got = {(f.kind, _stated(f), f.unit, f.currency) for f in record.figures}
    assert got == {("duration", 2, "day", None), ("duration", 10, "years", None),
                   ("money", 98600000000, None, "MYR"), ("money", 21300000000, None, "USD")}
