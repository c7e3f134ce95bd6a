"""Initials glued or hyphenated before a surname, as agencies of several regions write them
("B.Tserenpil", "Ts.Gombojav", "R.-M. Lindqvist"): one person with the full name or the bare
surname, the initials kept in the evidence; abbreviations, countries' letters, honorifics,
sentence ends without a space, addresses are no initials (kzeu_people, through the public API)."""
from __future__ import annotations

import pytest

from record_helpers import evidence_holds

from kzeu_extract import extract


def _people(text: str, lang: str = "en") -> dict[str, list[str]]:
    """Person name -> the texts of its mentions."""
    return {p.name: [m.text for m in p.mentions] for p in extract(text, lang=lang).people}


@pytest.mark.parametrize("text,lang,name,mentions", [
    ("On Tuesday, B.Tserenpil met the trade envoy in Darkhan. Tserenpil said the talks went well.",
     "en", "B.Tserenpil", ["B.Tserenpil", "Tserenpil"]),
    ("Speaker Gombojav opened the session. Later Speaker Ts.Gombojav received the delegation.",
     "en", "Ts.Gombojav", ["Gombojav", "Ts.Gombojav"]),
    ("Arrivée hier à Tachkent, Sh.Rakhimova a rencontré le ministre. Rakhimova a salué l'accord.",
     "fr", "Sh.Rakhimova", ["Sh.Rakhimova", "Rakhimova"]),
    ("Le président Kh.Dorjsuren a reçu l'ambassadeur. Dorjsuren a évoqué la coopération.",
     "fr", "Kh.Dorjsuren", ["Kh.Dorjsuren", "Dorjsuren"]),
    ("The chairwoman R.-M. Lindqvist spoke first. Lindqvist then left for Malmo.",
     "en", "R.-M. Lindqvist", ["R.-M. Lindqvist", "Lindqvist"]),
    ("K.P.Wijesundara met the envoy in Kandy. Wijesundara said so.",
     "en", "K.P.Wijesundara", ["K.P.Wijesundara", "Wijesundara"]),
])
def test_glued_initials_and_the_bare_surname_are_one_person(text, lang, name, mentions):
    people = _people(text, lang)
    assert people.get(name) == mentions, people
    assert evidence_holds(text, lang)


@pytest.mark.parametrize("text,lang,full,short", [
    ("Marguerite Okonjo arrived in Lagos on Monday. M.Okonjo later met the governor.",
     "en", "Marguerite Okonjo", "M.Okonjo"),
    ("D.Altangerel a ouvert la séance. Dashdorj Altangerel a ensuite reçu les invités.",
     "fr", "Dashdorj Altangerel", "D.Altangerel"),
])
def test_initials_join_the_full_name_they_abbreviate(text, lang, full, short):
    people = _people(text, lang)
    assert full in people and short in people[full], people
    assert len(people) == 1


def test_other_initials_are_another_person():
    people = _people("P.Halvorsen and T.Halvorsen signed the letter.")
    assert {"P.Halvorsen", "T.Halvorsen"} <= set(people)


@pytest.mark.parametrize("text,lang", [
    ("He flew to St.Petersburg on Friday.", "en"),
    ("Il est arrivé à St.Louis vendredi.", "fr"),
    ("The talks were held in Paris.The minister left early.", "en"),
    ("Les entretiens ont eu lieu à Paris.La ministre est repartie.", "fr"),
    ("Visit www.Example.com or write to j.smith@example.org for details.", "en"),
    ("See No.5 of the list and Mt.Kenya on the map.", "en"),
    ("The U.S.Senate voted and the U.N.Assembly met.", "en"),
    ("The talks in Ufa.Lindqvist said nothing more.", "en"),
])
def test_no_person_from_abbreviations_sentence_ends_or_addresses(text, lang):
    names = {p.name for p in extract(text, lang=lang).people}
    assert not any("." in n for n in names), names
    assert not names & {"The minister", "Paris.The", "La ministre", "Petersburg", "Louis", "Example"}


@pytest.mark.parametrize("text,lang,name", [
    ("Yesterday Dr.Halvorsen met the press.", "en", "Halvorsen"),
    ("Hier, Mme.Ngassa a signé la convention.", "fr", "Ngassa"),
])
def test_an_honorific_glued_to_a_name_is_no_part_of_it(text, lang, name):
    people = _people(text, lang)
    assert people.get(name) == [name], people


@pytest.mark.parametrize("text,lang", [
    ("On Friday E.Macron received the envoy in Marseille. Macron spoke of trade.", "en"),
    ("Vendredi, le président E.Macron a reçu l'envoyé à Marseille. Macron a parlé du commerce.", "fr"),
])
def test_initials_find_the_knowledge_base_person_they_abbreviate(text, lang):
    people = {p.name: p for p in extract(text, lang=lang).people}
    assert len(people) == 1, people
    person = next(iter(people.values()))
    assert person.kb_id is not None and "E.Macron" in [m.text for m in person.mentions]


@pytest.mark.parametrize("text,lang", [
    ("A.Background\nThe ministers met in Oslo.\nB.Objectives\nThe plan was agreed.", "en"),
    ("A.Contexte\nLes ministres se sont réunis à Oslo.\nB.Objectifs\nLe plan a été adopté.", "fr"),
])
def test_a_lettered_heading_is_no_person(text, lang):
    assert not extract(text, lang=lang).people


@pytest.mark.parametrize("text,lang,kb_id", [
    ("I.Kanerva opened the forum in Turku on Monday.", "en", "person:ilkka-kanerva"),
    ("À Santiago, T.Ribera a ouvert le forum lundi.", "fr", "person:teodoro-ribera"),
])
def test_initials_find_a_knowledge_base_person_known_only_by_full_name(text, lang, kb_id):
    people = extract(text, lang=lang).people
    assert [p.kb_id for p in people] == [kb_id]


def test_initials_that_fit_no_given_name_take_no_knowledge_base_person():
    people = extract("K.Kanerva opened the forum in Turku on Monday.").people
    assert [p.kb_id for p in people] == [None]
