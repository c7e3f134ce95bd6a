"""Offices: the title grammar alone (a blank pipeline with only kzeu_people, upstream
organisations given as fixtures) and the offices[] section of the record."""
import pytest
import spacy

from kzeu_extract import extract
from kzeu_extract.extensions import register_extensions


@pytest.fixture(scope="module")
def nlp():
    register_extensions()
    import kzeu_extract.components  # noqa: F401  (registers the factories)
    pipeline = spacy.blank("en")
    pipeline.add_pipe("kzeu_sentences")
    pipeline.add_pipe("kzeu_titles")
    pipeline.add_pipe("kzeu_people")
    return pipeline


def run(nlp, text, organizations=()):
    doc = nlp.make_doc(text)
    doc._.kzeu_organizations = [
        {"name": name, "mentions": [{"text": text[s:s + len(form)], "start": s, "end": s + len(form)}]}
        for name, form in organizations for s in [text.index(form)]]
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


@pytest.mark.parametrize("text,title,holder", [
    ("President of the European Council Charles Michel spoke.", "President of the European Council", "Charles Michel"),
    ("Deputy Prime Minister and Minister of Foreign Affairs of the Republic of Kazakhstan Mukhtar Tileuberdi left.",
     "Minister of Foreign Affairs of the Republic of Kazakhstan", "Mukhtar Tileuberdi"),
    ("Deputy Prime Minister and Minister of Foreign Affairs of the Republic of Kazakhstan Mukhtar Tileuberdi left.",
     "Deputy Prime Minister", "Mukhtar Tileuberdi"),
    ("We met the European Union's Special Representative for Human Rights, Eamon Gilmore, today.",
     "European Union's Special Representative for Human Rights", "Eamon Gilmore"),
    ("Talks with Chief Executive Officer of Nordbank Group, Lars Eklund, went well.",
     "Chief Executive Officer of Nordbank Group", "Lars Eklund"),
    ("He called Foreign Minister of France, Jean-Yves Le Drian.", "Foreign Minister of France", "Jean-Yves Le Drian"),
    ("He thanked UN Secretary-General Ana Moreira for her help.", "UN Secretary-General", "Ana Moreira"),
    ("He met Belgian Prime Minister, Alexander De Croo.", "Belgian Prime Minister", "Alexander De Croo"),
    ("He met Croatia's Foreign Minister Ivana Horvat.", "Croatia's Foreign Minister", "Ivana Horvat"),
    ("Ivana Horvat, Croatia's Foreign Minister, arrived.", "Croatia's Foreign Minister", "Ivana Horvat"),
    ("Chief Foreign Policy Adviser to the President of the European Council, Simon Mordue, spoke.",
     "Chief Foreign Policy Adviser to the President of the European Council", "Simon Mordue"),
    ("Executive Vice-President of the European Commission Valdis Dombrovskis met them.",
     "Executive Vice-President of the European Commission", "Valdis Dombrovskis"),
    ("Kazakh Foreign Ministry spokesperson Aibek Smadiyarov briefed journalists.",
     "Kazakh Foreign Ministry spokesperson", "Aibek Smadiyarov"),
    ("Ambassador Extraordinary and Plenipotentiary of Kazakhstan to Belgium Margulan Baimukhan arrived.",
     "Ambassador Extraordinary and Plenipotentiary of Kazakhstan to Belgium", "Margulan Baimukhan"),
    ("The Chairman of the Board of Samruk-Kazyna Nurlan Zhakupov signed.",
     "Chairman of the Board of Samruk-Kazyna", "Nurlan Zhakupov"),
    ("Olzhas Bektenov, Prime Minister of Kazakhstan, and Ursula von der Leyen, President of the European "
     "Commission, met.", "President of the European Commission", "Ursula von der Leyen"),
])
def test_title_forms_link_to_holder(nlp, text, title, holder):
    doc = run(nlp, text)
    offices = {(o["title"], o["holder"]) for o in doc._.kzeu_offices}
    assert (title, holder) in offices
    for office in doc._.kzeu_offices:
        for m in office["mentions"]:
            assert m["text"] == text[m["start"]:m["end"]]


def test_upstream_organisation_splits_title_from_name(nlp):
    # no institution word in "Halyk Finans": only the upstream organisation span tells where it ends
    text = "Chairman of Halyk Finans Dauren Seitkali signed."
    doc = run(nlp, text, organizations=[("Halyk Finans", "Halyk Finans")])
    assert [(o["title"], o["holder"], o["organization"]) for o in doc._.kzeu_offices] == [
        ("Chairman of Halyk Finans", "Dauren Seitkali", "Halyk Finans")]


def test_office_organization_and_country_from_the_title():
    record = extract("Le président du Conseil européen Charles Michel a appelé le président kazakh.",
                     lang="fr", reference_date="2022-01-10")
    by_title = {o.title: o for o in record.offices}
    assert by_title["président du Conseil européen"].organization == "European Council"
    assert by_title["président kazakh"].country == "KZ"
    assert by_title["président kazakh"].holder == "Kassym-Jomart Tokayev"


def test_bare_head_is_dropped_from_person_offices_when_a_fuller_one_exists():
    record = extract("President Tokayev spoke. The President of Kazakhstan said so.", lang="en")
    (person,) = record.people
    assert person.offices == ["President of Kazakhstan"]


def test_plural_titles_are_not_offices():
    record = extract("The EU Special Representatives and the Foreign Ministers met.", lang="en")
    assert record.offices == [] and record.people == []


def test_statistical_entities_add_candidates_and_rules_win():
    """A stand-in for --model: an entity ruler before our components plays the statistical NER."""
    register_extensions()
    pipeline = spacy.blank("en")
    ruler = pipeline.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": "Aru Bek"},             # no structure cue: model only
                        {"label": "ORG", "pattern": "Kaspi Bank"},
                        {"label": "ORG", "pattern": "Charles Michel"}])       # model wrong: rules win
    pipeline.add_pipe("kzeu_sentences")
    pipeline.add_pipe("kzeu_titles")
    pipeline.add_pipe("kzeu_people")
    doc = pipeline("Yesterday Aru Bek visited. President of the European Council Charles Michel spoke.")
    names = {p["name"] for p in doc._.kzeu_people}
    assert names == {"Aru Bek", "Charles Michel"}


def test_one_word_royal_name_links_to_the_knowledge_base():
    (person,) = extract("He presented his credentials to King Philippe.", lang="en").people
    assert (person.name, person.kb_id, person.country) == ("Philippe", "person:king-philippe", "BE")


def _person_offices(text, lang):
    return {p.name: p.offices for p in extract(text, lang=lang).people}


@pytest.mark.parametrize("text,lang,holder,title", [
    # a lowercase head after "Etat du" is a title, not a surname with a particle ("Le Maire")
    ("lors de la visite d'Etat du président chinois Zhao Mingde au Kazakhstan", "fr", "Zhao Mingde", "président chinois"),
    ("la visite d'État de la présidente lituanienne Daina Rutkute à Vilnius", "fr", "Daina Rutkute", "présidente lituanienne"),
    ("après la visite d'Etat du président Luc Garnier à Samarcande", "fr", "Luc Garnier", "président"),
    ("Le ministre de l'Économie Bruno Le Maire a parlé.", "fr", "Bruno Le Maire", "ministre de l'Économie"),
    # "et" joins two portfolios into one title
    ("Il était accompagné de la ministre de l'Europe et des affaires étrangères, Claire Duval.", "fr",
     "Claire Duval", "ministre de l'Europe et des affaires étrangères"),
    ("Le ministre de l'Économie et des Finances, Paul Durand, a signé.", "fr", "Paul Durand",
     "ministre de l'Économie et des Finances"),
    ("Minister for Europe and the Environment Ann Lee spoke.", "en", "Ann Lee", "Minister for Europe and the Environment"),
    ("La ministre des Affaires étrangères et du Commerce extérieur de Belgique, Hadja Verlinden, était là.", "fr",
     "Hadja Verlinden", "ministre des Affaires étrangères et du Commerce extérieur de Belgique"),
    # "and the <title>" starts a second title, not a second portfolio
    ("the Minister of Foreign Affairs of Estonia Kristjan Tamm and the Minister of Foreign Affairs of Hungary "
     "Gábor Kiss signed.", "en", "Gábor Kiss", "Minister of Foreign Affairs of Hungary"),
    ("the Minister of Foreign Affairs of Estonia Kristjan Tamm and the Minister of Foreign Affairs of Hungary "
     "Gábor Kiss signed.", "en", "Kristjan Tamm", "Minister of Foreign Affairs of Estonia"),
    # a country name with lowercase words ends the complement; the name follows
    ("avec le ministre des Affaires étrangères de la République populaire de Chine Zhou Ping, hier", "fr",
     "Zhou Ping", "ministre des Affaires étrangères de la République populaire de Chine"),
    ("He met the Minister of Foreign Affairs of the Republic of Korea Park Ji-hoon today.", "en",
     "Park Ji-hoon", "Minister of Foreign Affairs of the Republic of Korea"),
    ("Le président de la République démocratique du Congo, Marc Ilunga, a parlé.", "fr", "Marc Ilunga",
     "président de la République démocratique du Congo"),
    # name, title apposition closed by a parenthesis (France Diplomatie headlines)
    ("Entretien avec M. Karim Aliev, ministre des affaires étrangères de la République du Tadjikistan (Paris, 3 mai 2024)",
     "fr", "Karim Aliev", "ministre des affaires étrangères de la République du Tadjikistan"),
    ("Meeting with Ms Ana Moreira, Minister of Foreign Affairs of the Republic of Moldova (Brussels, 3 May 2024)",
     "en", "Ana Moreira", "Minister of Foreign Affairs of the Republic of Moldova"),
])
def test_french_titles_before_names(text, lang, holder, title):
    assert title in _person_offices(text, lang).get(holder, [])


def test_portfolio_with_foreign_affairs_is_a_foreign_minister():
    record = extract("La ministre de l'Europe et des affaires étrangères, Claire Duval, est arrivée. "
                     "Plus tard, le ministre des affaires étrangères a parlé.", lang="fr")
    (person,) = record.people
    assert person.name == "Claire Duval" and len(person.mentions) == 2


@pytest.mark.parametrize("text,lang,holder,title,country", [
    ("Tajik Foreign Minister Karim Aliev held talks with his Georgian counterpart Nino Beridze in Tbilisi.",
     "en", "Nino Beridze", "Georgian counterpart", "GE"),
    ("La ministre Claire Duval a reçu le 3 mai son homologue arménienne, Mme Anna Petrosyan, à Paris.",
     "fr", "Anna Petrosyan", "homologue arménienne", "AM"),
    ("Reçu par son homologue kirghize, Tilek Osmonov, le chef de l'Etat a évoqué l'énergie.",
     "fr", "Tilek Osmonov", "homologue kirghize", "KG"),
    ("President Aliya Serik held talks with her counterpart from Tajikistan, Karim Aliev.",
     "en", "Karim Aliev", "counterpart from Tajikistan", "TJ"),
    ("Le ministre Jean Morel s'est entretenu avec son homologue de la Géorgie, Nino Beridze.",
     "fr", "Nino Beridze", "homologue de la Géorgie", "GE"),
])
def test_counterpart_is_a_relation_not_an_office(text, lang, holder, title, country):
    """"his Georgian counterpart Nino Beridze": a link between two people, never an office."""
    record = extract(text, lang=lang)
    assert title not in {p.name: p.offices for p in record.people}[holder]
    assert not any("counterpart" in o.title or "homologue" in o.title for o in record.offices)


@pytest.mark.parametrize("text,reference_keys", [
    ("Foreign Minister Karim Aliev met his Georgian counterpart Nino Beridze.", {"foreign_minister"}),
    ("Reçu par son homologue kirghize, Tilek Osmonov, le chef de l'Etat a parlé.", {"head_of_state"}),
    ("Prime Minister Anna Berg arrived. Later she called her Danish counterpart Lars Holm.", {"prime_minister"}),
])
def test_counterpart_takes_the_office_of_the_reference_person(nlp, text, reference_keys):
    from kzeu_extract.components.people.helpers import counterpart_offices, sentence_start_offsets
    from kzeu_extract.components.titles import phrase_from_item
    from kzeu_extract.spans import read_items
    doc = nlp.make_doc(text)
    doc = nlp.get_pipe("kzeu_sentences")(doc)
    doc = nlp.get_pipe("kzeu_titles")(doc)
    titles = [phrase_from_item(item) for item in read_items(doc, "titles")]
    counterpart_offices(titles, sentence_start_offsets(doc))
    (counterpart,) = [t for t in titles if "counterpart" in t.keys]
    assert reference_keys <= counterpart.keys


def test_unnamed_counterpart_resolves_to_the_person_holding_that_office():
    record = extract("President Aliya Serik called President of the Kyrgyz Republic Tilek Osmonov. "
                     "The President of Kazakhstan invited his Kyrgyz counterpart to visit Astana.", lang="en")
    osmonov = next(p for p in record.people if p.name == "Tilek Osmonov")
    assert "Kyrgyz counterpart" in {m.text for m in osmonov.mentions}
    assert "Kyrgyz counterpart" not in osmonov.offices


@pytest.mark.parametrize("text,lang,expected", [
    ("Borrell held a call with the Ministers of Foreign Affairs of the Caucasus: Nino Beridze of Georgia, "
     "Anna Petrosyan of Armenia and Farid Aliyev of Azerbaijan.", "en",
     {("Minister of Foreign Affairs", "Nino Beridze", "GE"), ("Minister of Foreign Affairs", "Anna Petrosyan", "AM"),
      ("Minister of Foreign Affairs", "Farid Aliyev", "AZ")}),
    ("Talks between the foreign ministers of the two countries, Karim Aliev and Tilek Osmonov, ended.", "en",
     {("foreign minister", "Karim Aliev", None), ("foreign minister", "Tilek Osmonov", None)}),
    ("Les ministres des Affaires étrangères Anna Berg (Suède) et Lars Holm (Danemark) ont signé.", "fr",
     {("ministre des Affaires étrangères", "Anna Berg", "SE"), ("ministre des Affaires étrangères", "Lars Holm", "DK")}),
    ("Les présidents des deux pays, M. Jean Dupont et Mme Anna Berg, ont signé.", "fr",
     {("président", "Jean Dupont", None), ("président", "Anna Berg", None)}),
])
def test_plural_title_before_a_list_gives_each_member_the_office(text, lang, expected):
    offices = {(o.title, o.holder, o.country) for o in extract(text, lang=lang).offices}
    assert offices >= expected


@pytest.mark.parametrize("text,lang,expected", [
    ("Maia Sandu received the Foreign Ministers of Estonia and Latvia, Kristjan Tamm and Baiba Ozola.", "en",
     {("Foreign Minister", "Kristjan Tamm", "EE"), ("Foreign Minister", "Baiba Ozola", "LV")}),
    ("the Presidents of France, Germany and Italy, Luc Garnier, Hans Weber and Marco Rossi, met.", "en",
     {("President", "Luc Garnier", "FR"), ("President", "Hans Weber", "DE"), ("President", "Marco Rossi", "IT")}),
    ("Les chefs d'État de la Géorgie et de l'Arménie, Nino Beridze et Anna Petrosyan, ont signé.", "fr",
     {("chef d'État", "Nino Beridze", "GE"), ("chef d'État", "Anna Petrosyan", "AM")}),
])
def test_plural_title_with_several_countries_gives_them_in_order(text, lang, expected):
    assert {(o.title, o.holder, o.country) for o in extract(text, lang=lang).offices} >= expected


@pytest.mark.parametrize("text,lang,expected", [
    ("Les présidents de la Géorgie, Nino Beridze, et de l'Arménie, Karen Petrosyan, ont parlé.", "fr",
     {("président", "Nino Beridze", "GE"), ("président", "Karen Petrosyan", "AM")}),
    ("the Presidents of Kazakhstan, Anna Berg, of Georgia, Nino Beridze, and of Armenia, Karen Petrosyan, met.", "en",
     {("President", "Anna Berg", "KZ"), ("President", "Nino Beridze", "GE"), ("President", "Karen Petrosyan", "AM")}),
])
def test_plural_title_with_country_name_pairs(text, lang, expected):
    assert {(o.title, o.holder, o.country) for o in extract(text, lang=lang).offices} >= expected


def test_plural_title_without_a_list_of_names_is_no_office():
    assert extract("The foreign ministers of the two countries met in Baku and Yerevan.", lang="en").offices == []


@pytest.mark.parametrize("text,lang,holder,title", [
    # "au <country>" after a title is a destination, not the office's country
    ("Le président français Luc Garnier est arrivé à Astana, pour la visite du président français au Kazakhstan.", "fr",
     "Luc Garnier", "président français"),
    ("Le président mongol Batbold Tsend a rappelé la visite d'État du président mongol au Kazakhstan.", "fr",
     "Batbold Tsend", "président mongol"),
])
def test_destination_after_a_title_is_not_part_of_it(text, lang, holder, title):
    offices = _person_offices(text, lang)[holder]
    assert title in offices and not any("Kazakhstan" in o for o in offices)


def test_portfolio_after_aux_stays_in_the_title():
    assert "secrétaire d'État aux Affaires européennes" in _person_offices(
        "Le secrétaire d'État aux Affaires européennes Jean Morel a parlé.", "fr")["Jean Morel"]


@pytest.mark.parametrize("text,lang", [
    ("Le président Luc Garnier est à Astana. La dernière visite d'un président français au Kazakhstan remontait à 2014.", "fr"),
    ("President Anna Berg spoke in Oslo. It was the first visit by a Norwegian president to Astana.", "en"),
])
def test_indefinite_role_is_nobody_in_particular(text, lang):
    (person,) = extract(text, lang=lang).people
    assert len(person.mentions) == 1
