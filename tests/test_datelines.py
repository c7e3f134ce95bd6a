"""textkit.datelines: the one dateline recogniser (invented lines, varied places and agencies)."""
from __future__ import annotations

import pytest

from kzeu_extract.components.dates import date_finder
from kzeu_extract.langpacks import language_pack
from kzeu_extract.textkit.datelines import Dateline, dateline_grammar, dateline_sources, datelines_of, two_digit_year

GRAMMAR = datelines_of([language_pack("en"), language_pack("fr")])


def _line(text: str, lang: str = "en"):
    dates = [c for c in date_finder(language_pack(lang)).find(text) if c.kind in {"full", "iso", "numeric", "day_month"}]
    return text, 0, len(text), dates


def _span(text, span):
    return None if span is None else text[span[0]:span[1]]


@pytest.mark.parametrize("line, place, date, source", [
    ("TALLINN, 14 May 2024 (Baltic Wire) - The ministers", "TALLINN", "14 May 2024", "(Baltic Wire)"),
    ("Vilnius: June 2, 2023 - Talks opened", "Vilnius", "June 2, 2023", None),
    ("RIGA, Latvia, March 3 /Agency/ The envoy", "RIGA, Latvia", "March 3", "/Agency/"),
    ("07:15 | Oslo, Jul. 6. The talks", "Oslo", "Jul. 6", None),
])
def test_place_first(line, place, date, source):
    text, start, end, dates = _line(line)
    found = GRAMMAR.opening(text, start, end, dates)
    assert isinstance(found, Dateline) and found.shape == "place_first"
    assert (_span(text, found.place), text[found.date.start:found.date.end], _span(text, found.source)) == \
        (place, date, source)


def test_place_first_in_french_takes_the_preposition():
    text, start, end, dates = _line("Lisbonne, le 3 mars 2023 - Le ministre", "fr")
    found = GRAMMAR.opening(text, start, end, dates)
    assert _span(text, found.place) == "Lisbonne" and text[found.date.start:found.date.end] == "3 mars 2023"


def test_agency_first():
    text, start, end, dates = _line("NORDPRESS. 3 March 2021. The minister said")
    found = GRAMMAR.opening(text, start, end, dates)
    assert found.shape == "agency_first" and _span(text, found.source) == "NORDPRESS"


def test_a_body_sentence_is_no_dateline():
    text, start, end, dates = _line("Earlier, on January 15, the Prime Minister received the envoy")
    assert GRAMMAR.opening(text, start, end, dates) is None


def test_date_first_and_parenthesised():
    text, start, end, dates = _line("Oct 7, 2005 (KIGALI) — The summit")
    found = GRAMMAR.date_first(text, start, end, dates)
    assert found.shape == "date_first" and _span(text, found.source) == "(KIGALI)"
    text, start, end, dates = _line("Leaders meet on trade (Porto, 12 March 2025)")
    found = GRAMMAR.parenthesised(text, start, end, dates)
    assert found.shape == "parenthesised" and _span(text, found.place) == "Porto"
    assert GRAMMAR.find(text, start, end, dates) == found


def test_two_digit_year_and_grammar_without_words():
    text = "Paris, 27 juin. 06 [Agence]"
    assert two_digit_year(text, text.index("."), len(text)) == "2006"
    bare = dateline_grammar(())
    text, start, end, dates = _line("Lisbonne, le 3 mars 2023 - Le ministre", "fr")
    assert bare.opening(text, start, end, dates) is None   # "le" is a pack word


def _placed(line: str, place: str, lang: str = "en", *, country: bool = False):
    text, _, _, dates = _line(line, lang)
    return text, GRAMMAR.placed(text, 0, len(place), dates, country=country)


@pytest.mark.parametrize("line, place, source", [
    ("VALLETTA. MALTAPRESS - The two ministers met", "VALLETTA", "MALTAPRESS"),
    ("GDANSK, Poland — Port officials said", "GDANSK", None),
    ("Porto (Lusa) - A delegation arrived", "Porto", None),
])
def test_placed_with_a_mark(line, place, source):
    text, found = _placed(line, place)
    assert found.shape == "place_mark" and _span(text, found.place) == place and found.date is None
    assert _span(text, found.source) == source


def test_placed_with_a_date():
    text, found = _placed("Kigali, February 9, 2021 (Agency) - The envoy", "Kigali")
    assert text[found.date.start:found.date.end] == "February 9, 2021"
    text, found = _placed("Dakar, le 4 avril 2022, le ministre a reçu", "Dakar", "fr")
    assert text[found.date.start:found.date.end] == "4 avril 2022"


def test_placed_country_needs_a_date():
    assert _placed("Moldova – Talks on the new border crossing", "Moldova", country=True)[1] is None
    text, found = _placed("FINLAND, October 15 - Officials said", "FINLAND", country=True)
    assert text[found.date.start:found.date.end] == "October 15"
    assert _placed("Ghent is a city of canals and bridges", "Ghent")[1] is None


@pytest.mark.parametrize("line, lang, rest", [
    ("ACCRA, March 3, 2024 – Foreign Minister Ama Mensah said", "en", "Foreign Minister Ama Mensah said"),
    ("LIMA – The Minister of Trade Rosa Quispe said", "en", "The Minister of Trade Rosa Quispe said"),
    ("OSLO. NORPRESS - Minister Kari Berg said", "en", "Minister Kari Berg said"),
    ("Namur, le 2 mai 2023 – La ministre Anne Leroy a dit", "fr", "La ministre Anne Leroy a dit"),
])
def test_lead_in_end(line, lang, rest):
    text, start, end, dates = _line(line, lang)
    assert text[GRAMMAR.lead_in_end(text, start, end, dates):] == rest


def test_no_lead_in_without_a_dash():
    text, start, end, dates = _line("Minister Kari Berg met the envoy on March 3, 2024 in Oslo")
    assert GRAMMAR.lead_in_end(text, start, end, dates) is None


def test_dateline_sources():
    text = ("Headline about the talks\nKampala, Jan 7 (NileWire) - The envoy arrived.\n"
            "The report (Annex B) - see below.\nQUITO, May 3 (Andes/Reuters): Officials said\n")
    assert [text[s:e] for s, e in dateline_sources(text)] == ["NileWire", "Andes/Reuters"]
