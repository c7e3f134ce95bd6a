"""The knowledge base: loads and validates, finds people by any spelling, knows who held an
office on a date, and refuses to guess where a date is not known."""
import pytest

from kzeu_extract.errors import DataError
from kzeu_extract.data import data_dir
from kzeu_extract.knowledge.people import Tenure, load, parse_offices, parse_people


@pytest.fixture(scope="module")
def kb():
    return load(data_dir())


@pytest.mark.parametrize("office,date,holder", [
    ("president_european_council", "2019-11-30", "Donald Tusk"),
    ("president_european_council", "2019-12-01", "Charles Michel"),
    ("president_european_council", "2024-11-30", "Charles Michel"),
    ("president_european_council", "2024-12-01", "António Costa"),
    ("president_kz", "2019-03-19", "Nursultan Nazarbayev"),
    ("president_kz", "2022-01-10", "Kassym-Jomart Tokayev"),
    ("eu_high_representative", "2021-05-05", "Josep Borrell"),
    ("foreign_minister_kz", "2022-01-19", "Mukhtar Tileuberdi"),
    ("un_secretary_general", "2020-04-02", "António Guterres"),
    ("president_uz", "2023-05-05", "Shavkat Mirziyoyev"),
    ("president_kg", "2023-03-14", "Sadyr Japarov"),
    ("president_ru", "2010-01-01", "Dmitry Medvedev"),   # from the built world layer
    ("president_ru", "2019-06-01", "Vladimir Putin"),
    ("president_tm", "2021-06-01", "Gurbanguly Berdimuhamedow"),   # before Serdar (world layer)
    ("president_tm", "1950-01-01", None),                           # nobody known
])
def test_holder_on_a_date(kb, office, date, holder):
    assert [p.name for p in kb.holders(office, date)] == ([holder] if holder else [])


def test_unknown_dates_never_resolve(kb):
    # Terhi Hakala's dates are not recorded: she is a holder "ever", never "on" a date
    assert kb.holders("eusr_central_asia", "2022-02-07") == []
    assert "Terhi Hakala" in [p.name for p in kb.holders("eusr_central_asia")]


@pytest.mark.parametrize("tenure,date,expected", [
    (Tenure("x", "2020-01-01", None), "2025-01-01", True),
    (Tenure("x", "2020-01-01", None), "2019-12-31", False),
    (Tenure("x", "2020-01-01", "?"), "2021-01-01", None),
    (Tenure("x", "2020", "2021-06"), "2020-03-01", None),       # partial start: not sure
    (Tenure("x", "2020", "2021-06"), "2021-01-01", True),
    (Tenure("x", "2020", "2021-06"), "2021-06-15", None),       # partial end: not sure
    (Tenure("x", "2020", "2021-06"), "2021-07-01", False),
    (Tenure("x", "?", None), "2021-07-01", None),
])
def test_tenure_covers(tenure, date, expected):
    assert tenure.covers(date) is expected


@pytest.mark.parametrize("spelling", ["Kassym-Jomart Tokaïev", "kassym-jomart tokaev", "KASSYM-JOMART TOKAYEV"])
def test_full_spellings(kb, spelling):
    assert kb.person_by_name(spelling).id == "kassym_jomart_tokayev"


def test_short_forms(kb):
    assert kb.person_by_short("Tokaïev").name == "Kassym-Jomart Tokayev"
    assert kb.person_by_short("Michel") is None     # a common first name stands for no one


def test_offices_by_qualifier(kb):
    assert [o.id for o in kb.match_offices(["president"], organization="Conseil européen")] == ["president_european_council"]
    assert [o.id for o in kb.match_offices(["president"], country="KZ")] == ["president_kz"]
    assert kb.match_offices(["president"]) == []     # "the President" alone: only the text can tell
    assert [o.id for o in kb.match_offices(["special_representative"], organization="EU",
                                           subject="Central Asia")] == ["eusr_central_asia"]


def test_every_entry_cites_a_source_and_known_offices():
    from kzeu_extract.data import load_data
    for entry in load_data("kb/people") + load_data("kb/offices"):
        assert entry["source"].startswith("http")


@pytest.mark.parametrize("people,message", [
    ([{"id": "a", "name": "A B", "source": "s", "offices": [{"office": "nope", "start": "2020"}]}], "unknown office"),
    ([{"id": "a", "name": "A B", "source": "s", "offices": [{"office": "o", "start": "20/01/2020"}]}], "bad date"),
    ([{"id": "a", "name": "A B", "source": "s"}, {"id": "a", "name": "C D", "source": "s"}], "duplicate id"),
    ([{"id": "a", "source": "s"}], r"people\.0\.name"),
    ([{"id": "a", "name": "A B", "source": "s", "nickname": "x"}], r"people\.0\.nickname"),
])
def test_validation_names_the_bad_entry(people, message):
    offices = parse_offices([{"id": "o", "title": {"en": "X"}, "keys": ["president"], "source": "s"}])
    with pytest.raises(DataError, match=message):
        parse_people(people, {o.id for o in offices})


@pytest.mark.parametrize("spelling,name", [
    ("Chavkat Mirzioïev", "Shavkat Mirziyoyev"), ("Sadyr Zhaparov", "Sadyr Japarov"),
    ("Vladimir Poutine", "Vladimir Putin"), ("Emomali Rakhmon", "Emomali Rahmon"),
    ("Mourat Nurtleu", "Murat Nurtleu"),   # Kazinform's French spelling
])
def test_french_and_other_transliterations_find_the_person(kb, spelling, name):
    assert kb.person_by_name(spelling).name == name


def _write_kb(folder, offices, people):
    import json
    (folder / "kb").mkdir(parents=True, exist_ok=True)
    (folder / "kb" / "offices.json").write_text(json.dumps({"offices": offices}), encoding="utf-8")
    (folder / "kb" / "people.json").write_text(json.dumps({"people": people}), encoding="utf-8")


_OFFICE = {"id": "president_xx", "title": {"en": "President of Ruritania"}, "keys": ["president"],
           "country": "BE", "head_of_state": True, "source": "https://example.org/o"}
_PERSON = {"id": "ola_vrana", "name": "Ola Vrana", "aliases": [], "short": ["Vrana"], "country": "BE",
           "offices": [{"office": "president_xx", "start": "2020-01-01", "end": None}],
           "source": "https://example.org/p"}


def test_load_reads_a_folder_of_its_own(tmp_path):
    _write_kb(tmp_path, [_OFFICE], [_PERSON])
    kb = load(tmp_path)
    assert [p.name for p in kb.holders("president_xx", "2021-05-05")] == ["Ola Vrana"]
    assert kb.person_by_short("vrana").id == "ola_vrana"


@pytest.mark.parametrize("offices,people,where,message", [
    ([{**_OFFICE, "keys": "president"}], [_PERSON], "offices.json", r"offices\.0\.keys"),
    ([_OFFICE], [{**_PERSON, "offices": [{"office": "king_xx", "start": "2020"}]}], "people.json",
     r"people\.0\.offices\.0\.office: unknown office; entry 'king_xx'"),
    ([_OFFICE], [{**_PERSON, "offices": [{"office": "president_xx", "start": "1 May"}]}], "people.json",
     r"people\.0\.offices\.0\.start"),
])
def test_a_corrupted_folder_names_file_key_path_and_entry(tmp_path, offices, people, where, message):
    _write_kb(tmp_path, offices, people)
    with pytest.raises(DataError, match=message) as info:
        load(tmp_path)
    assert where in str(info.value)


def test_components_take_the_knowledge_from_their_config(tmp_path):
    """A tiny fixture knowledge base, given through the factory config, resolves a role."""
    import spacy
    import kzeu_extract.components  # noqa: F401
    from kzeu_extract.extensions import register_extensions
    register_extensions()
    _write_kb(tmp_path, [_OFFICE], [_PERSON])
    knowledge = {"@misc": "kzeu.knowledge.v1", "folder": str(tmp_path)}
    nlp = spacy.blank("en")
    nlp.add_pipe("kzeu_sentences")
    nlp.add_pipe("kzeu_titles", config={"knowledge": knowledge})
    nlp.add_pipe("kzeu_people", config={"knowledge": knowledge})
    doc = nlp.make_doc("Vrana spoke. Later the President of Belgium arrived.")
    doc._.kzeu_option_date = "2022-03-01"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    (person,) = doc._.kzeu_people
    assert person["kb_id"] == "ola_vrana"
    assert [m["text"] for m in person["mentions"]] == ["Vrana", "the President of Belgium"]
