"""kzeu_document: title, publication date (date line, dateline, --date option), reference date."""
from __future__ import annotations

import pytest
from small_pipeline import run_components

from kzeu_extract import extract

def run(text: str, lang: str = "en", option: str | None = None):
    return run_components(text, ("kzeu_document",), lang=lang, option_date=option)


def document_date(doc):
    value = doc._.kzeu_document_date
    return (value["value"], value["source"]) if value else None


def check_evidence(doc):
    text = doc.text
    for value in (doc._.kzeu_title, doc._.kzeu_document_date):
        if value and value.get("start") is not None:
            assert text[value["start"]:value["end"]] == value["text"]


BODY = "The minister met his counterpart to discuss trade and regional security.\n"


@pytest.mark.parametrize("lang, text, title, date", [
    # a headline, blank lines, then a date alone on its line
    ("en", "Tokayev holds talks with President of the European Council Charles Michel\n\n\n"
           "January 10, 2022\n" + BODY,
     "Tokayev holds talks with President of the European Council Charles Michel", ("2022-01-10", "date_line")),
    ("en", "Published: 10/01/2022 14:30\n" + BODY, None, ("2022-01-10", "date_line")),
    ("en", "Posted on March 3, 2023 by admin\n" + BODY, None, ("2023-03-03", "date_line")),
    ("fr", "Le Premier ministre reçoit son homologue belge\nMis à jour le 3 mars 2023\n"
           "Le Premier ministre a reçu son homologue pour parler d'énergie.\n",
     "Le Premier ministre reçoit son homologue belge", ("2023-03-03", "date_line")),
    # a leading "date YYYY-MM-DD" label, then the title or the body on the same line
    ("en", " date 2022-01-19 Kazakh FM pays visit to Brussels\n\nBRUSSELS. KAZINFORM " + BODY,
     "Kazakh FM pays visit to Brussels", ("2022-01-19", "date_line")),
    ("en", " date 2020-04-02 NUR-SULTAN. KAZINFORM - Head of State Tokayev has held a telephone "
           "conversation with the President of the European Council.\n\nMore text.",
     None, ("2020-04-02", "date_line")),
    # datelines
    ("en", "ASTANA, 12 March 2023 (Reuters) - " + BODY, None, ("2023-03-12", "dateline")),
    ("en", "Astana, Kazakhstan – 5 April 2024 – " + BODY, None, ("2024-04-05", "dateline")),
    ("fr", "Le Kazakhstan et l'UE discutent\nPublié le 13/03/2023 à 10h45\n" + BODY,
     "Le Kazakhstan et l'UE discutent", ("2023-03-13", "date_line")),
    ("en", "Kazakhstan and Uzbekistan sign water deal\nTASHKENT, Uzbekistan, March 3, 2021 - " + BODY,
     "Kazakhstan and Uzbekistan sign water deal", ("2021-03-03", "dateline")),
    ("fr", "Bruxelles, le 3 mars 2023\nLa Commission européenne a adopté un nouveau programme.\n",
     None, ("2023-03-03", "dateline")),
    ("fr", "Bruxelles, le 3 mars 2023 – La Commission européenne a adopté un programme.\n",
     None, ("2023-03-03", "dateline")),
    # a year-less dateline is dated from a year the text states
    ("en", "NUR-SULTAN, April 2 /TASS/. The agreement entered into force in March 2020.\n",
     None, ("2020-04-02", "dateline")),
    # none: body text first, dates only inside sentences
    ("en", "President Tokayev yesterday held a virtual meeting with Charles Michel.\n\nMore text.", None, None),
    ("en", "Leaders meet in Brussels\n\nThe leaders met on 10 January 2022 in Brussels.\n",
     "Leaders meet in Brussels", None),
    ("fr", "Terhi Hakala a visité Nur-Sultan le 7 février, notant le partenariat.\nHakala a rencontré "
           "le président.\nTexte.\nTexte.\nLe 2 février 1993, les relations ont été établies.\n"
           "— L’UE au Kazakhstan (@EUinKazakhstan) 2 février 2022\n", None, None),
    ("en", "NUR-SULTAN, April 2 /TASS/. The President spoke with the Chancellor.\n", None, None),
    # a place and date in parentheses closing the title (France Diplomatie style) or a byline
    ("fr", "Arménie – Entretien de la ministre avec M. Ararat Mirzoyan (Lyon, mercredi 4 juin 2024)\n\n" + BODY,
     "Arménie – Entretien de la ministre avec M. Ararat Mirzoyan (Lyon, mercredi 4 juin 2024)",
     ("2024-06-04", "dateline")),
    ("en", "Joint statement on the Central Asia ministerial (New York, 21 September 2023)\n\n" + BODY,
     "Joint statement on the Central Asia ministerial (New York, 21 September 2023)", ("2023-09-21", "dateline")),
    ("fr", "Communiqué conjoint\nDéclaration des porte-parole (Berlin, le 2 octobre 2022)\n" + BODY,
     "Communiqué conjoint", ("2022-10-02", "dateline")),
    ("en", "Statement by the Spokesperson (12 March 2025)\n\n" + BODY,
     "Statement by the Spokesperson (12 March 2025)", ("2025-03-12", "dateline")),
    # a date line with its city ("Paris, le 12 mars 2025", "Tashkent, 3 May 2021") under a headline
    ("fr", "Visite du ministre ouzbek\nParis, le 12 mars 2025\n" + BODY, "Visite du ministre ouzbek",
     ("2025-03-12", "dateline")),
    ("en", "Ministers meet on water\nTashkent, 3 May 2021\n" + BODY, "Ministers meet on water",
     ("2021-05-03", "dateline")),
    # a parenthesised date inside the title is not its publication date
    ("en", "Remembering the talks (10 January 2022) in Astana\n\n" + BODY,
     "Remembering the talks (10 January 2022) in Astana", None),
])
def test_title_and_document_date(lang, text, title, date):
    doc = run(text, lang)
    assert (doc._.kzeu_title or {}).get("text") == title
    assert document_date(doc) == date
    check_evidence(doc)


@pytest.mark.parametrize("text, option, expected", [
    ("NUR-SULTAN, April 2 /TASS/. The President spoke.\n", "2020-04-05", ("2020-04-02", "dateline")),
    ("BRUSSELS, 5 May. KAZINFORM The minister spoke.\n", "2021-05-06", ("2021-05-05", "dateline")),
    ("The leaders met on 10 January 2022.\n", "2022-01-11", ("2022-01-11", "option")),
    ("January 10, 2022\nThe leaders met.\n", "2023-01-01", ("2022-01-10", "date_line")),   # text wins
])
def test_option_date(text, option, expected):
    doc = run(text, option=option)
    assert document_date(doc) == expected
    assert doc._.kzeu_reference_date == expected[0]


def test_reference_date_is_inferred_from_the_latest_stated_date():
    text = ("Hakala a visité Nur-Sultan le 7 février. Les relations datent du 2 février 1993.\n"
            "— L’UE au Kazakhstan 2 février 2022\n")
    doc = run(text, "fr")
    assert document_date(doc) is None
    assert doc._.kzeu_reference_date == "2022-02-02"
    assert any("inferred" in w and "2 février 2022" in w for w in doc._.kzeu_warnings)


def test_inferred_reference_prefers_a_full_date_to_a_target_year():
    doc = run("Le ministre a visité Astana le 7 février. Le 3 février 2022, un accord a été signé; "
              "il sera appliqué d'ici 2030.\n", "fr")
    assert doc._.kzeu_reference_date == "2022-02-03"


def test_no_reference_date_without_any_date():
    doc = run("President Tokayev yesterday held a virtual meeting.\n")
    assert doc._.kzeu_reference_date is None and doc._.kzeu_document_date is None


@pytest.mark.parametrize("first_line", [
    "Kazakhstan and the EU deepen their partnership.",        # a sentence: full stop
    "the minister said on Monday that talks went well",      # lower-case start
    " ".join(["word"] * 40),                                # far too long for a headline
])
def test_body_first_line_is_no_title(first_line):
    assert run(first_line + "\n\nMore text.\n")._.kzeu_title is None


def test_single_line_text_has_no_title():
    assert run("Kazakh FM pays visit to Brussels")._.kzeu_title is None


@pytest.mark.parametrize("name, title, date", [
    ("000", "Kassym-Jomart Tokayev hold bilateral talks with President of the European Council Charles Michel",
     "2022-01-10"),
    ("001", None, None),
    ("002", "Kazakh FM pays visit to Brussels", "2022-01-19"),
    ("003", None, None),
    ("004", None, "2020-04-02"),
])
def test_seed_documents(seeds_dir, name, title, date, assert_offsets):
    path = next(seeds_dir.glob(f"{name}_*.txt"))
    text = path.read_text(encoding="utf-8")
    record = extract(text, source=str(path))
    assert (record.title, record.document_date) == (title, date)
    assert_offsets(record, text)


@pytest.mark.parametrize("text", [
    "Leaders talk trade\n\nASTANA. KAZINFORM - The talks went well.\n\nEarlier, on March 3, the Prime Minister of Georgia received a delegation.",
    "Ministers meet\n\nLater, on 12 June, the two foreign ministers held talks in Baku.",
])
def test_a_body_sentence_opening_like_a_dateline_is_no_publication_date(text):
    from kzeu_extract import extract

    assert extract(text).document_date is None
