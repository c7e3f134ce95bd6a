"""kzeu_figures and normalize.numbers: counts, money, percentages, durations; what is not a figure."""
from __future__ import annotations

import pytest
from small_pipeline import run_components

from kzeu_extract import extract
from kzeu_extract.components.figures.schema import CONCERN
from kzeu_extract.langpacks import language_pack
from kzeu_extract.normalize.numbers import find_written_numbers, parse_number


def _stated(figure):
    """The number the text states: the value, else the bound a qualifier makes of it
    ("more than 100": min 100, record version 2)."""
    get = figure.get if isinstance(figure, dict) else lambda key: getattr(figure, key)
    return next((get(k) for k in ("value", "min", "max") if get(k) is not None), None)


def _decimal_comma(lang: str) -> bool:
    """The pack's setting: is the comma the language's decimal mark?"""
    return language_pack(lang).concern(CONCERN).settings.decimal_comma


@pytest.fixture(scope="module")
def figures_of():
    """text, lang -> figures from a blank pipeline holding only kzeu_figures."""

    def run(text: str, lang: str = "en", dates=()) -> list[dict]:
        doc = run_components(text, ("kzeu_figures",), lang=lang, dates=list(dates))
        for figure in doc._.kzeu_figures:
            assert text[figure["start"]:figure["end"]] == figure["text"]
        return doc._.kzeu_figures
    return run


def _only(figures: list[dict]) -> dict:
    assert len(figures) == 1, figures
    return figures[0]


# --- numbers in digits and in words ------------------------------------------------------

@pytest.mark.parametrize("raw, lang, value", [
    ("1,300", "en", 1300), ("1 300", "fr", 1300), ("1\u202f300", "fr", 1300), ("1 300", "en", 1300),
    ("2,5", "fr", 2.5), ("2,5", "en", 2.5), ("1.5", "en", 1.5), ("1.5", "fr", 1.5),
    ("1,300,000", "en", 1300000), ("1.300.000", "fr", 1300000), ("1,300.5", "en", 1300.5),
    ("1.300,5", "fr", 1300.5), ("42", "en", 42), ("0.75", "en", 0.75),
])
def test_parse_number_reads_english_and_french_separators(raw, lang, value):
    assert parse_number(raw, decimal_comma=_decimal_comma(lang)) == value


@pytest.mark.parametrize("text, lang, expected", [
    ("three agreements", "en", [(3, False)]),
    ("twenty-one countries", "en", [(21, False)]),
    ("deux accords", "fr", [(2, False)]),
    ("vingt-et-un pays", "fr", [(21, False)]),
    ("one of them", "en", []),            # isolated 'one': below the threshold
    ("un accord", "fr", []),              # the article, not a count
])
def test_written_numbers_come_from_text2num(text, lang, expected):
    found = [(n.value, n.ordinal) for n in find_written_numbers(text, lang)]
    assert found == expected


# --- counts ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, value, unit, qualifier", [
    ("about 1,300 businesses were damaged", "en", 1300, "businesses", "about"),
    ("more than 100 trade centers, banks were attacked", "en", 100, "trade centers", "more than"),
    ("about 500 police cars were burned", "en", 500, "police cars", "about"),
    ("nearly 40 Kazakh companies took part", "en", 40, "Kazakh companies", "nearly"),
    ("around 2,000 people attended", "en", 2000, "people", "around"),
    ("at least 12 new jobs were created", "en", 12, "new jobs", "at least"),
    ("the 27 member states agreed", "en", 27, "member states", None),
    ("three agreements were signed", "en", 3, "agreements", None),
    ("environ 1 300 entreprises ont été endommagées", "fr", 1300, "entreprises", "environ"),
    ("plus de 100 centres commerciaux ont été attaqués", "fr", 100, "centres commerciaux", "plus de"),
    ("près de 500 voitures de police ont brûlé", "fr", 500, "voitures de police", "près de"),
    ("jusqu'à 30 pays participeront", "fr", 30, "pays", "jusqu'à"),
    ("deux accords ont été signés", "fr", 2, "accords", None),
    ("12,5 millions de personnes vivent ici", "fr", 12500000, "personnes", None),
    ("3 millions d'habitants", "fr", 3000000, "habitants", None),
    ("an estimated 2 million people took part", "en", 2000000, "people", "an estimated"),
])
def test_counts_carry_the_counted_noun_phrase(figures_of, text, lang, value, unit, qualifier):
    figure = _only(figures_of(text, lang))
    assert (figure["kind"], _stated(figure), figure["unit"], figure["qualifier"]) == ("count", value, unit, qualifier)
    assert figure["approximate"] is (qualifier is not None)
    assert figure["text"].startswith(qualifier or str(figure["text"].split()[0]))


@pytest.mark.parametrize("text, lang, value, unit", [
    ("achieved over 30 years of independence", "en", 30, "years"),
    ("a partnership of 25 years", "en", 25, "years"),
    ("les négociations ont duré 18 mois", "fr", 18, "mois"),
    ("depuis plus de 30 ans", "fr", 30, "ans"),
])
def test_durations(figures_of, text, lang, value, unit):
    figure = _only(figures_of(text, lang))
    assert (figure["kind"], _stated(figure), figure["unit"]) == ("duration", value, unit)


def test_quantity_units_set_the_kind(figures_of):
    figure = _only(figures_of("a pipeline of 1,200 km was built"))
    assert (figure["kind"], figure["value"], figure["unit"]) == ("quantity", 1200, "km")


# --- money ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, value, low, high, currency, qualifier", [
    ("the damage may amount up to US$ 2-3 billion.", "en", None, 2e9, 3e9, "USD", "up to"),
    ("international funding ($ 5 trillion) to help", "en", 5e12, None, None, "USD", None),
    ("a package of €1.5bn for the region", "en", 1.5e9, None, None, "EUR", None),
    ("EUR 300 million in grants", "en", 3e8, None, None, "EUR", None),
    ("investments of 12 billion tenge", "en", 1.2e10, None, None, "KZT", None),
    ("between $2 billion and $3 billion in trade", "en", None, 2e9, 3e9, "USD", None),
    ("some 250 million euros", "en", 2.5e8, None, None, "EUR", "some"),
    ("£40m was pledged", "en", 4e7, None, None, "GBP", None),
    ("trade worth €4.1 billion in 2022", "en", 4100000000, None, None, "EUR", None),
    ("2,5 milliards d'euros d'investissements", "fr", 2.5e9, None, None, "EUR", None),
    ("100 millions de dollars", "fr", 1e8, None, None, "USD", None),
    ("plus de 3 milliards de dollars", "fr", None, 3e9, None, "USD", "plus de"),   # a lower bound
    ("1 200 000 tenges", "fr", 1.2e6, None, None, "KZT", None),
    ("un billion d'euros", "fr", None, None, None, None, None),  # no digits, 'un' is an article
])
def test_money_has_iso_currency_scale_and_range(figures_of, text, lang, value, low, high, currency, qualifier):
    figures = [f for f in figures_of(text, lang) if f["kind"] == "money"]
    if currency is None:
        assert figures == []
        return
    figure = _only(figures)
    assert (figure["value"], figure["min"], figure["max"]) == (value, low, high)
    assert (figure["currency"], figure["qualifier"]) == (currency, qualifier)
    assert all(type(v) is int for v in (figure["value"], figure["min"], figure["max"]) if v is not None
               and float(v).is_integer())


def test_range_has_min_and_max_and_no_value(figures_of):
    figure = _only(figures_of("from 10 to 20 countries will join"))
    assert (figure["value"], figure["min"], figure["max"], figure["unit"]) == (None, 10, 20, "countries")


# --- percentages -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, value", [
    ("trade grew by 15% last year", "en", 15), ("trade grew by 15 per cent", "en", 15),
    ("a share of 2.5 percent", "en", 2.5), ("une hausse de 15 pour cent", "fr", 15),
    ("une hausse de 12,5 %", "fr", 12.5),
])
def test_percentages(figures_of, text, lang, value):
    figure = _only(figures_of(text, lang))
    assert (figure["kind"], figure["value"], figure["unit"]) == ("percent", value, "%")


# --- not figures ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("in accordance with articles 2 and 4 of the Treaty", "en"),
    ("under Article 5 of the Charter and paragraph 3", "en"),
    ("selon l'article 12 et les articles 3 à 7 du traité", "fr"),
    ("during his first official visit", "en"),
    ("the 21st century and the 2nd round", "en"),
    ("le 1er mars et la 3e session", "fr"),
    ("the spread of COVID-19 and the G20 summit on 5G networks", "en"),
    ("Decree No. 345 was issued", "en"),
    ("#EUinKZ #Astana2024 @EUinKazakhstan", "en"),
    ("see https://www.gov.kz/memleket/entities/mfa/press/news/details/312345 and pic.twitter.com/qqrV6l2lLX", "en"),
    ("call +7 (7172) 72-05-18 or tel. 8 800 080 7777", "en"),
    ("in 1993 the office opened; by 2022 it had grown", "en"),
    ("en décembre 1993, le Kazakhstan a ouvert son bureau", "fr"),
    ("January 10, 2022 and 7 February", "en"),
    ("le 2 février 1993", "fr"),
    ("date 2022-01-19 Kazakh FM pays visit to Brussels", "en"),
    ("at 10:30 local time, version 1.2.3", "en"),
    ("the number rose to 225.", "en"),   # nothing counted: no figure
    ("the two sides agreed and both three parties", "en"),
    ("the C5+1 format", "en"),   # anaphoric, not a reported figure
    ("les deux parties ont convenu", "fr"),
])
def test_not_figures(figures_of, text, lang):
    assert figures_of(text, lang) == []


def test_numbers_inside_date_mentions_are_skipped(figures_of):
    text = "On 12 December 300 delegates arrived"
    dates = [{"text": "12 December", "start": 3, "end": 14, "value": "2022-12-12"}]
    figures = figures_of(text, "en", dates)
    assert [(f["value"], f["unit"]) for f in figures] == [(300, "delegates")]


# --- through the public API -----------------------------------------------------------------

def test_extract_reports_figures_with_offsets(assert_offsets):
    text = ("President Tokayev said that about 1,300 businesses were damaged and that the damage "
            "may amount up to US$ 2-3 billion, according to articles 2 and 4 of the Treaty.")
    record = extract(text, lang="en")
    assert_offsets(record, text)
    got = {(f.kind, f.value, f.min, f.max, f.unit, f.currency, f.approximate) for f in record.figures}
    assert got == {("count", 1300, None, None, "businesses", None, True),
                   ("money", None, 2000000000, 3000000000, None, "USD", True)}


def test_extract_french_figures(assert_offsets):
    text = "Le Kazakhstan a investi 2,5 milliards d'euros et environ 1 300 entreprises ont participé en 2021."
    record = extract(text, lang="fr")
    assert_offsets(record, text)
    got = {(f.kind, f.value, f.unit, f.currency) for f in record.figures}
    assert got == {("money", 2500000000, None, "EUR"), ("count", 1300, "entreprises", None)}


# --- generalisation fixes: area units, French periods and anaphora, origin adjectives, bound verbs

@pytest.mark.parametrize("text, lang, value, unit", [
    ("Georgia (69,700 km²) borders Turkey.", "en", 69700, "km²"),
    ("la superficie du Tadjikistan (143 100 km²) est réduite", "fr", 143100, "km²"),
    ("a plot of 2,500 m² was allocated", "en", 2500, "m²"),
])
def test_superscript_area_units(figures_of, text, lang, value, unit):
    figure = _only(figures_of(text, lang))
    assert (figure["kind"], figure["value"], figure["unit"]) == ("quantity", value, unit)


@pytest.mark.parametrize("text, lang", [
    ("la coopération des trois pays progresse", "fr"),
    ("pendant les 9 premiers mois de 2021, le commerce a progressé", "fr"),
    ("il a parlé aux deux délégations", "fr"),
    ("in the first nine months of 2022 exports grew", "en"),
    ("the last three meetings were held in Geneva", "en"),  # a span adjective, but no duration
])
def test_periods_and_known_things_are_no_counts(figures_of, text, lang):
    assert figures_of(text, lang) == []


@pytest.mark.parametrize("text, lang, value, unit", [
    ("over the past 25 years relations deepened", "en", 25, "years"),
    ("during the next 3 weeks talks continue", "en", 3, "weeks"),
    ("in the last five years trade doubled", "en", 5, "years"),
    ("au cours des six derniers mois, le commerce a progressé", "fr", 6, "mois"),
    ("au cours des cinq prochaines années", "fr", 5, "années"),
])
def test_a_span_of_time_back_or_ahead_is_a_duration(figures_of, text, lang, value, unit):
    figure = _only(figures_of(text, lang))
    assert (figure["kind"], figure["value"], figure["unit"]) == ("duration", value, unit)


@pytest.mark.parametrize("text, unit", [
    ("plus de 250 entreprises allemandes sont présentes", "entreprises"),
    ("environ 40 étudiants kazakhs étudient à Lyon", "étudiants"),
    ("12 investisseurs européens ont signé", "investisseurs"),
    ("100 centres commerciaux ont ouvert", "centres commerciaux"),
    ("8 nouvelles usines ont ouvert", "nouvelles usines"),
])
def test_french_counted_noun_leaves_out_the_origin_adjective(figures_of, text, unit):
    assert _only(figures_of(text, "fr"))["unit"] == unit


@pytest.mark.parametrize("text, lang, value, qualifier", [
    ("Turnover surpassed €2.1 billion last year.", "en", 2100000000, "surpassed"),
    ("Exports to Poland topped $700 million.", "en", 700000000, "topped"),
    ("les investissements ont dépassé 5 milliards d'euros", "fr", 5000000000, "dépassé"),
    ("le commerce a franchi 800 millions de dollars", "fr", 800000000, "franchi"),
])
def test_bound_verbs_make_a_figure_approximate(figures_of, text, lang, value, qualifier):
    figure = _only(figures_of(text, lang))
    assert (_stated(figure), figure["qualifier"], figure["approximate"]) == (value, qualifier, True)
    assert not figure["text"].startswith(qualifier)  # the verb is no part of the figure's text


@pytest.mark.parametrize("text", ["Trade reached $3 billion.", "The parliament passed 12 laws."])
def test_plain_verb_before_a_figure_is_not_a_bound(figures_of, text):
    figure = _only(figures_of(text, "en"))
    assert figure["approximate"] is False and figure["qualifier"] is None


@pytest.mark.parametrize("text, lang, qualifier", [
    ("exports were well over 400 containers", "en", "well over"),
    ("a turnover above €750 million", "en", "above"),
    ("soit au-delà de 150 projets", "fr", "au-delà de"),
    ("un budget estimé à 2 milliards d'euros", "fr", "estimé à"),
    ("une croissance de l'ordre de 6 %", "fr", "de l'ordre de"),
])
def test_more_bound_qualifiers(figures_of, text, lang, qualifier):
    figure = _only(figures_of(text, lang))
    assert (figure["qualifier"], figure["approximate"]) == (qualifier, True)


@pytest.mark.parametrize("text, value, unit", [
    ("l'Ouzbékistan a récolté 7,5 millions de tonnes de coton", 7500000, "tonnes"),
    ("la Mongolie a produit 2 millions de barils de pétrole", 2000000, "barils"),
])
def test_french_scaled_quantity_after_de(figures_of, text, value, unit):
    figure = _only(figures_of(text, "fr"))
    assert (figure["kind"], figure["value"], figure["unit"]) == ("quantity", value, unit)


@pytest.mark.parametrize("text, lang, value, currency, unit, approximate", [
    ("la Banque a prêté un milliard d'euros", "fr", 1000000000, "EUR", None, False),
    ("plus d'un million de visiteurs sont venus", "fr", 1000000, None, "visiteurs", True),
    ("nearly a million tourists visited Almaty", "en", 1000000, None, "tourists", True),
    ("the fund holds one billion dollars", "en", 1000000000, "USD", None, False),
])
def test_article_before_a_large_scale_is_one(figures_of, text, lang, value, currency, unit, approximate):
    figure = _only(figures_of(text, lang))
    assert (_stated(figure), figure["currency"], figure["unit"], figure["approximate"]) == (
        value, currency, unit, approximate)


@pytest.mark.parametrize("text, lang", [
    ("They raised a million-strong army.", "en"),   # nothing counted
    ("Il attend un milliard de fois mieux.", "fr"),  # 'fois' counts no thing
])
def test_article_before_a_scale_alone_is_no_figure(figures_of, text, lang):
    assert figures_of(text, lang) == []


# --- the architecture: packs, schemas, small pieces, saving ----------------------------------

def _grammar(lang: str):
    import spacy

    import kzeu_extract.components  # noqa: F401  (registers the factories)
    return spacy.blank(lang).add_pipe("kzeu_figures").grammar


def test_parse_number_takes_the_decimal_mark_by_name_only():
    assert parse_number("3,250") == 3250
    assert parse_number("3,250", decimal_comma=True) == 3.25
    assert parse_number("4.500", decimal_comma=True) == 4500
    with pytest.raises(TypeError):
        parse_number("3,250", "fr")   # a language code is no decimal mark


@pytest.mark.parametrize("lang, word, plural", [
    ("en", "tractors", True), ("en", "census", False), ("en", "children", True), ("en", "bridge", False),
    ("fr", "tracteurs", True), ("fr", "chevaux", True), ("fr", "pont", False), ("fr", "gens", True),
])
def test_plural_test_comes_from_the_pack(lang, word, plural):
    assert _grammar(lang).is_plural(word) is plural


@pytest.mark.parametrize("lang, word, participle", [
    ("en", "flooded", True), ("en", "red", False), ("en", "rising", True),
    ("fr", "inondées", True), ("fr", "ponts", False),
])
def test_participle_test_comes_from_the_pack(lang, word, participle):
    assert _grammar(lang).is_participle(word) is participle


def test_comparatives_by_list_and_by_suffix():
    english, french = _grammar("en"), _grammar("fr")
    assert english.is_comparative("wider") and english.is_comparative("fewer")
    assert not english.is_comparative("tier")     # too short to be a comparative
    assert french.is_comparative("plus") and not french.is_comparative("grander")


def test_the_scale_complement_is_a_french_setting():
    french = _grammar("fr")
    assert french.scale_complement.match(" de tonnes").end() == 3
    assert french.scale_complement.match(" d\u2019habitants").end() == 3
    assert french.scale_complement.match(" dessins") is None
    assert _grammar("en").scale_complement is None


def test_intervals_and_sentence_bounds():
    from kzeu_extract.components.figures.context import (
        Intervals,
        sentence_bounds,
        word_key,
    )
    spans = Intervals([(10, 20), (15, 30), (40, 45)])
    assert spans.overlaps(29, 35) and not spans.overlaps(30, 40) and spans.overlaps(44, 50)
    text = "Rain fell. The ferry carried 300 cars. Then it left."
    start, end = sentence_bounds(text, text.index("300"), text.index("300") + 3)
    assert text[start:end].strip() == "The ferry carried 300 cars"
    assert word_key("  Plus  D\u2019un ") == "plus d'un"


@pytest.mark.parametrize("lang, text, value, unit", [
    ("en", "The harbour received 35 trawlers.", 35, "trawlers"),
    ("fr", "Le port a accueilli 35 chalutiers.", 35, "chalutiers"),
])
def test_works_alone_in_a_blank_pipeline(lang, text, value, unit):
    import spacy

    import kzeu_extract.components  # noqa: F401
    from kzeu_extract.spans import read_items
    nlp = spacy.blank(lang)
    nlp.add_pipe("kzeu_figures")
    figure = _only(read_items(nlp(text), "figures"))
    assert (figure["value"], figure["unit"]) == (value, unit)


def _corrupt_pack(tmp_path, lang: str, change) -> None:
    import json
    import shutil

    from kzeu_extract.data import data_dir
    folder = tmp_path / lang
    shutil.copytree(data_dir() / "lang" / lang, folder)
    content = json.loads((folder / "figures.json").read_text(encoding="utf-8"))
    change(content)
    (folder / "figures.json").write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")


def test_a_corrupted_pack_file_fails_at_build_naming_file_key_and_entry(tmp_path, monkeypatch):
    import spacy

    import kzeu_extract.components  # noqa: F401
    from kzeu_extract.errors import DataError

    def break_it(content):
        content["qualifiers"]["roughly"] = "very"
    _corrupt_pack(tmp_path, "en", break_it)
    monkeypatch.setenv("KZEU_LANG_PATH", str(tmp_path))
    with pytest.raises(DataError, match=r"en/figures\.json.*qualifiers\.roughly.*\"very\""):
        spacy.blank("en").add_pipe("kzeu_figures")


def test_an_unknown_key_in_a_pack_file_is_refused(tmp_path, monkeypatch):
    import spacy

    import kzeu_extract.components  # noqa: F401
    from kzeu_extract.errors import DataError
    _corrupt_pack(tmp_path, "fr", lambda content: content["settings"].update(head_last=True))
    monkeypatch.setenv("KZEU_LANG_PATH", str(tmp_path))
    with pytest.raises(DataError, match=r"fr/figures\.json.*settings\.head_last"):
        spacy.blank("fr").add_pipe("kzeu_figures")


def test_a_corrupted_currency_file_is_reported_with_its_entry():
    import copy

    from kzeu_extract.components.figures.schema import neutral_content, validate_neutral
    from kzeu_extract.errors import DataError
    content = copy.deepcopy(neutral_content())
    content["currencies"]["EUR"]["symbols"] = "\u20ac"
    with pytest.raises(DataError, match=r"figures\.json.*currencies\.EUR\.symbols"):
        validate_neutral(content, "data/figures.json")


def test_a_saved_pipeline_gives_the_same_figures_in_a_fresh_process(tmp_path):
    import json
    import subprocess
    import sys

    import spacy

    import kzeu_extract.components  # noqa: F401
    from kzeu_extract.spans import read_items
    text = "Roughly 2,400 volunteers planted trees; the grant was \u20ac3.5 million over two years."
    nlp = spacy.blank("en")
    nlp.add_pipe("kzeu_figures")
    expected = read_items(nlp(text), "figures")
    assert len(expected) == 3
    nlp.to_disk(tmp_path / "nlp")
    script = ("import json, sys, spacy\nfrom kzeu_extract.spans import read_items\n"
              f"nlp = spacy.load({str(tmp_path / 'nlp')!r})\n"
              f"print(json.dumps(read_items(nlp({text!r}), 'figures')))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == expected
