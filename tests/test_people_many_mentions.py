"""People named many times: a text repeated gives the same people, offices and role
resolutions as once, with every mention repeated; and the look-ups clustering and role
resolution use answer as a scan over every cluster would."""
import random

import pytest

from kzeu_extract import extract
from kzeu_extract.components.people.cluster_index import FullNames, Surnames
from kzeu_extract.components.people.helpers import same_tail
from kzeu_extract.components.people.model import Cluster, Mention
from kzeu_extract.components.people.role_fits import RoleFits
from kzeu_extract.components.titles import TitlePhrase
from kzeu_extract.normalize.names import same_person_names, similar_surnames
from kzeu_extract.textkit import fold

EN = ("Chilean President Aldo Vrana received Kenyan Foreign Minister Lise Okonjo in Santiago on Monday. "
      "The President said the talks were useful. Okonjo thanked Vrana.\n\n"
      "The Kenyan minister later met Swedish Prime Minister Tomas Ekdahl. Ekdahl said Sweden would help. "
      "The President of Chile and the Prime Minister of Sweden will speak again, the head of state's office said. "
      "Mr Ekdahl agreed. The minister said she would return.")
FR = ("Le président chilien Aldo Vrana a reçu la ministre kényane des Affaires étrangères, Lise Okonjo, à Santiago. "
      "Le président a salué la visite. Mme Okonjo a remercié M. Vrana.\n\n"
      "Le chef de l'Etat chilien a ensuite appelé le Premier ministre suédois Tomas Ekdahl. La ministre kényane rentrera lundi.")


def _people_and_offices(text, lang):
    record = extract(text, lang=lang).model_dump()
    people = {p["name"]: (p["aliases"], p["offices"], p["country"], [m["text"] for m in p["mentions"]])
              for p in record["people"]}
    offices = {(o["title"], o["holder"]): [m["text"] for m in o["mentions"]] for o in record["offices"]}
    return people, offices


@pytest.mark.parametrize("text, lang", [(EN, "en"), (FR, "fr")])
def test_a_text_repeated_resolves_as_once(text, lang):
    people, offices = _people_and_offices(text, lang)
    many_people, many_offices = _people_and_offices("\n\n".join([text] * 40), lang)
    assert set(many_people) == set(people) == {"Aldo Vrana", "Lise Okonjo", "Tomas Ekdahl"}
    for name, (aliases, titles, country, mentions) in people.items():
        assert many_people[name] == (aliases, titles, country, mentions * 40)
    assert many_offices == {key: mentions * 40 for key, mentions in offices.items()}


def test_roles_resolve_to_the_person_named_before():
    people, _ = _people_and_offices(EN, "en")
    assert "The President" in people["Aldo Vrana"][3] and "the head of state" in people["Aldo Vrana"][3]
    assert "The President of Chile" in people["Aldo Vrana"][3]
    assert "The Kenyan minister" in people["Lise Okonjo"][3] and "the Prime Minister of Sweden" in people["Tomas Ekdahl"][3]


GIVEN = ["Aldo", "Lise", "Tomas", "Mei", "Juan Carlos", "Ana"]
FAMILY = ["Vrana", "Okonjo", "Ekdahl", "Ekdal", "de la Cruz", "Ruiz-Vrana", "Okonjo Vrana"]


def test_full_names_first_match_as_a_scan():
    rng = random.Random(3)
    links = frozenset({"bin", "ibn"})
    for _ in range(60):
        clusters, index = [], FullNames(links)
        for _ in range(25):
            text = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
            scan = next((c for c in clusters if any(same_person_names(text, o) or same_tail(text, o, links)
                                                      for o in c.names)), None)
            assert index.first_match(text, None) is scan
            cluster = scan
            if cluster is None or rng.random() < 0.2:
                cluster = Cluster(text)
                cluster.names = []
                clusters.append(cluster)
            cluster.names.append(text)
            index.add(cluster, text)


def _cluster(names):
    c = Cluster("n:" + names[0])
    c.mentions = [Mention(i, i + 1, n, "name") for i, n in enumerate(names)]
    return c


def test_surnames_as_a_scan():
    rng = random.Random(5)
    for _ in range(40):
        clusters, surnames = [], Surnames(lambda word: None)
        for _ in range(15):
            if rng.random() < 0.5:
                clusters.append(_cluster([f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"]))
            word = rng.choice(["Vrana", "Vranaa", "Okonjo", "Ekdahl", "Ekdal", "Ekdahll", "Cruz", "Mei"])
            exact = [c for c in clusters if any(fold(s) == fold(word) for s in c.surnames(lambda w: None))]
            close = [c for c in clusters if c.named and any(similar_surnames(s, word) for s in c.surnames(lambda w: None))]
            assert surnames.exact(clusters, word) is (exact[-1] if exact else None)
            assert surnames.close(clusters, word) is (close[-1] if close else None)


def _title(keys, country=None):
    return TitlePhrase(0, 1, "t", keys=set(keys), families=set(), country=country)


def test_role_fits_as_a_scan():
    """People gain titles and new people appear while roles are asked for: each answer is
    what testing every person's every title would give."""
    rng = random.Random(11)
    keys = ["president", "minister", "ambassador"]
    countries = [None, "CL", "KE"]
    for _ in range(30):
        clusters = [Cluster(f"n:{i}") for i in range(3)]
        for c in clusters:
            c.mentions = [object()]
            c.titles = [_title([rng.choice(keys)], rng.choice(countries))]
        fits = RoleFits(clusters)
        for _ in range(40):
            key, country = rng.choice(keys), rng.choice(countries)
            def title_fits(t, key=key, country=country):
                return key in t.keys and (country is None or t.country == country)
            def kb_fits(c, key=key):
                return c.key.endswith("0") and key == "ambassador"
            scan = [c for c in clusters if c.mentions and (kb_fits(c) or any(title_fits(t) for t in c.titles))]
            assert fits.fitting((key, country), title_fits, kb_fits) == scan
            change = rng.random()
            if change < 0.4:
                c = rng.choice(clusters)
                t = _title([rng.choice(keys)], rng.choice(countries))
                c.titles.append(t)
                fits.title_added(c, t)
                assert fits.holds(t)
            elif change < 0.5:
                c = Cluster(f"n:{len(clusters)}")
                clusters.append(c)
                if rng.random() < 0.7:
                    c.mentions = [object()]
