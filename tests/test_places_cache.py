"""The places' tables read back from the on-disk cache find what freshly built ones find,
and an unusable cache folder only costs the build."""
from kzeu_extract.components.places import tables as place_tables
from kzeu_extract.knowledge import load_knowledge
from kzeu_extract.textkit import fold_same_length

_TEXT = ("The EU delegation flew from Nur-Sultan to Washington, D.C., then on to São Paulo and "
         "Lagos; in Mexico City it met the Astana International Financial Centre at State House, "
         "and the Élysée sent word from Bruxelles. #Paris @Berlin US$ 4 Santiago Peña.")


def _finds(tables, text):
    folded = fold_same_length(text)
    gazetteers = [tables.places, tables.org_names, tables.residences]
    found = [[(s, e, [x.value for x in entries]) for s, e, entries in g.finditer(text, folded)] for g in gazetteers]
    found.append(list(tables.cities.finditer(text, folded)))
    found.append([tables.is_place(text, i, w) for i, w in ((0, "The"), (28, "Nur"), (5, "EU"))])
    found.append(tables.cities.curated("Paris", "FR", "city"))
    return found


def test_tables_from_the_cache_find_what_built_ones_find(tmp_path, monkeypatch):
    monkeypatch.setenv("KZEU_CACHE_DIR", str(tmp_path))
    knowledge = load_knowledge()
    built = place_tables._tables(knowledge)
    assert list(tmp_path.glob("places_tables-*.pickle"))
    loaded = place_tables._tables(knowledge)
    assert loaded is not built
    assert _finds(loaded, _TEXT) == _finds(built, _TEXT)
    assert any(_finds(built, _TEXT)[:4])   # the sentence names places: the comparison means something


def test_an_unusable_cache_folder_costs_only_the_build(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")   # no folder can be made under it (even by root)
    monkeypatch.setenv("KZEU_CACHE_DIR", str(blocker / "cache"))
    tables = place_tables._tables(load_knowledge())
    assert _finds(tables, _TEXT)[0]
    assert blocker.read_text() == "not a folder"
