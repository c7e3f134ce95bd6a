"""Hard-wrapped text: a line break inside a paragraph whose lines reach a common width (the
next word would not have fitted) or go on in lower case ends no sentence; a blank line, a
short heading, a bullet or numbered line, a dateline keep their break."""
from __future__ import annotations

import pytest
import spacy

from kzeu_extract import extract
from kzeu_extract.textkit.sentences import sentence_spans, soft_line_breaks


def _wrap(text: str, width: int, indent: str = "") -> str:
    lines, line = [], ""
    for word in text.split():
        if line and len(indent) + len(line) + 1 + len(word) > width:
            lines.append(indent + line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(indent + line)
    return "\n".join(lines)


EN = ("Foreign Minister Talia Moreno of Chile held talks with her Estonian counterpart Jaan Kask "
      "in the city of Valparaiso on 14 March 2019, the ministry said in a statement released after "
      "the meeting of the two delegations.")
FR = ("Le ministre des Affaires étrangères Karim Bensalah s'est entretenu avec son homologue "
      "portugais Rui Alvarenga à Lisbonne le 3 février 2021, selon un communiqué publié après "
      "la rencontre des deux délégations.")


def _sentences(lang: str, text: str) -> list[str]:
    nlp = spacy.blank(lang)
    nlp.add_pipe("kzeu_sentences")
    doc = nlp(text)
    return [text[s:e] for s, e in sentence_spans(doc)]


@pytest.mark.parametrize("lang,body,width,indent", [("en", EN, 60, ""), ("en", EN, 72, "    "),
                                                    ("fr", FR, 64, ""), ("fr", FR, 70, "  ")])
def test_a_wrapped_paragraph_is_one_sentence(lang, body, width, indent):
    text = _wrap(body, width, indent)
    assert text.count("\n") >= 2
    sentences = _sentences(lang, text)
    assert len(sentences) == 1
    assert sentences[0].strip() == text.strip()  # offsets into the original text, line breaks kept


@pytest.mark.parametrize("lang,title,body", [("en", "Chile and Estonia hold talks", EN),
                                             ("fr", "Entretien avec le Portugal", FR)])
def test_a_heading_line_before_a_wrapped_paragraph_keeps_its_break(lang, title, body):
    text = title + "\n" + _wrap(body, 66)
    sentences = _sentences(lang, text)
    assert sentences[0] == title
    assert len(sentences) == 2


@pytest.mark.parametrize("lang,text", [
    ("en", "The rain falls soft on the harbour wall\nAnd gulls cry out above the sea\n"
           "The boats come home before nightfall\nThe nets lie empty on the quay"),
    ("fr", "La pluie tombe sur le vieux port gris\nEt les mouettes crient sur la mer\n"
           "Les bateaux rentrent avant la nuit\nLes filets restent vides hier"),
    ("en", "Agenda of the ministerial visit to Windhoek\n- Talks with the Prime Minister of Namibia\n"
           "- Visit to the national parliament buildings\n- Press conference with the Foreign Minister"),
    ("fr", "Programme de la visite officielle à Dakar\n1. Entretien avec le Premier ministre du pays\n"
           "2. Visite de l'Assemblée nationale du Sénégal\n3. Conférence de presse avec la ministre"),
    ("en", "Posted by the press office of the ministry in Oslo\nWELLINGTON, 4 May (NZPA) - The "
           "Foreign Minister of New Zealand met his counterpart"),
])
def test_short_lines_lists_and_datelines_are_not_joined(lang, text):
    assert soft_line_breaks(text) == frozenset()
    assert len(_sentences(lang, text)) >= text.count("\n") + 1   # ("1." may stand alone)


def test_a_blank_line_ends_a_wrapped_paragraph():
    text = _wrap(EN, 60) + "\n\n" + _wrap(EN, 60)
    assert len(_sentences("en", text)) == 2


@pytest.mark.parametrize("lang,text", [
    ("en", "The two ministers agreed that the next round of consultations would be\n"
           "held in Nairobi later in the spring."),
    ("fr", "Les deux ministres sont convenus que la prochaine session se tiendrait\n"
           "à Nairobi au printemps."),
])
def test_a_line_going_on_in_lower_case_is_joined(lang, text):
    assert len(_sentences(lang, text)) == 1


def test_paragraph_lines_that_end_sentences_keep_their_break():
    text = ("The Prime Minister of Fiji received the Tongan envoy on Monday.\n"
            "The envoy then left for Nuku'alofa with a message for the King.\n"
            "Talks are to resume in Suva next year, officials said.")
    assert len(_sentences("en", text)) == 3


@pytest.mark.parametrize("lang,text,date,place", [
    ("en", _wrap("Prime Minister Aroha Tane of New Zealand met President Lars Holm of Denmark in "
                 "Copenhagen on 9 October 2018 to discuss trade and climate policy.", 58), "2018-10-09",
     "Copenhagen"),
    ("fr", _wrap("Le Premier ministre Idrissa Konaté a rencontré le président Paulo Mendes à Luanda le "
                 "12 juin 2016 pour évoquer la coopération entre les deux pays.", 56), "2016-06-12", "Luanda"),
])
def test_an_event_keeps_its_date_and_place_across_wrapped_lines(lang, text, date, place):
    record = extract(text, lang=lang).model_dump(mode="json")
    events = record["events"]
    assert events, text
    event = events[0]
    assert event["date"] == date
    assert place in str(event.get("location"))
    for item in record["dates"] + events:
        assert text[item["start"]:item["end"]] == item["text"]


@pytest.mark.parametrize("lang,body,short", [
    ("en", EN, "The Estonian side said that the talks with Foreign Minister Moreno\nBarros went well."),
    ("fr", FR, "Le ministère portugais a ajouté que les entretiens avec Karim\nBensalah avaient été utiles."),
])
def test_a_two_line_paragraph_takes_the_width_of_the_texts_wrapped_ones(lang, body, short):
    text = _wrap(body, 70) + "\n\n" + short
    assert len(_sentences(lang, text)) == 2
    assert len(_sentences(lang, short)) == 2   # alone, its shape shows no wrapping
