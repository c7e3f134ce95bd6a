"""The agreements rules run only where a head word starts (``hits``): the matches must be
exactly those of a scan of the whole text. Invented sentences only."""
from __future__ import annotations

import re

import pytest

from kzeu_extract import extract
from kzeu_extract.components.agreements.grammar import Grammar
from kzeu_extract.components.agreements.hits import HeadHits, matches_at, matches_on_lines
from kzeu_extract.langpacks import language_pack


def _grammar(code: str) -> Grammar:
    return Grammar(language_pack(code).concern("agreements"))


def _spans(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


def test_head_starts_inside_another_head_are_found():
    hits = HeadHits({"a": ["Memorandum"], "b": ["memorandum of understanding"], "c": ["Road Map"]})
    starts = hits.starts("Memorandumemorandum and a Road  Map")
    assert starts["a"] == [0]
    assert starts["b"] == [9]       # starts on the last letter of the first one
    assert starts["c"] == [26]


def test_a_shorter_head_at_the_same_start_counts_for_its_kind():
    hits = HeadHits({"singular": ["Accord"], "plural": ["Accords"]})
    assert hits.starts("the Accords of Lisbon") == {"singular": [4], "plural": [4]}


def test_a_head_without_a_literal_start_makes_every_position_a_start():
    hits = HeadHits({"odd": [" Pact"]})
    assert hits.starts("abc")["odd"] == [0, 1, 2]


def test_matches_at_skips_starts_inside_the_previous_match():
    pattern = re.compile(r"ab+")
    text = "xabbb abab"
    assert _spans(matches_at(pattern, text, [1, 2, 6, 8])) == _spans(pattern.finditer(text))


def test_matches_on_lines_reads_only_lines_with_a_start():
    pattern = re.compile(r"[A-Z]\w*-[A-Z]\w* deal")
    text = "Nothing here.\nThe Peru-Chile deal and the Oslo-Riga deal.\nNo-One deal"
    lines = list(matches_on_lines(pattern, text, [text.index("deal")]))
    assert [m.group() for m in lines] == ["Peru-Chile deal", "Oslo-Riga deal"]


_TEXTS = {
    "en": ["Ministers of Ruritania and Zembla signed the Agreement on Fisheries Cooperation and a "
           "Memorandum of Understanding on Rail Transport in Vell on 4 May 2021.",
           "The Zembla-Ruritania framework agreement was ratified, and the Council passed "
           "resolution 2417 while agreements, protocols and memoranda related to water and to "
           "energy were signed.",
           "Memorandumemorandum Treaty-Treaty, the Peace Treaty\nbetween Osk and Vell; "
           "UNSC Resolution 1999 and the Roadmap for Dialogue."],
    "fr": ["Le Traité d'amitié entre l'Ostrie et la Valmanie a été signé le 3 juin 2020, ainsi que "
           "des accords et mémorandums d'entente liés à l'énergie, à l'eau et aux transports.",
           "La résolution 2231 et le traité de paix ostro-valman ont été évoqués ; "
           "l'accord-cadre de coopération UE-Valmanie et l'accord commercial UE-Ostrie ont été ratifiés."],
}


@pytest.mark.parametrize("code", ["en", "fr"])
def test_every_rule_pattern_matches_as_over_the_whole_text(code):
    g = _grammar(code)
    for text in _TEXTS[code]:
        starts = g.hits.starts(text)
        assert _spans(matches_at(g.heads, text, starts["heads"])) == _spans(g.heads.finditer(text))
        assert _spans(matches_at(g.list_heads, text, starts["lists"])) == _spans(g.list_heads.finditer(text))
        assert _spans(matches_at(g.resolutions, text, starts["resolutions"])) == _spans(g.resolutions.finditer(text))
        if g.data.pair_before_head:
            pairs = matches_on_lines(g.party_pair, text, starts["pairs"])
        else:
            pairs = matches_at(g.party_pair, text, starts["pairs"])
        assert _spans(pairs) == _spans(g.party_pair.finditer(text))
        if g.adjective_pair is not None:
            assert (_spans(matches_at(g.adjective_pair, text, starts["pairs"]))
                    == _spans(g.adjective_pair.finditer(text)))


def test_the_component_still_finds_listed_paired_and_numbered_instruments():
    record = extract(_TEXTS["en"][0] + " " + _TEXTS["en"][1], lang="en")
    names = {a.name for a in record.agreements}
    assert "Agreement on Fisheries Cooperation" in names
    assert any("2417" in n for n in names)
    assert any("water" in n for n in names) and any("energy" in n for n in names)


def test_matches_on_lines_skips_lines_without_a_needed_string():
    pattern = re.compile(r"\w+(?:-\w+)? deal")
    text = "The Oslo deal.\nThe Peru-Chile deal."
    starts = [m.start() for m in re.finditer("deal", text)]
    assert [m.group() for m in matches_on_lines(pattern, text, starts, ("-",))] == ["Peru-Chile deal"]
    assert [m.group() for m in matches_on_lines(pattern, text, starts)] == ["Oslo deal", "Peru-Chile deal"]
