
import pytest
from small_pipeline import pipeline

from kzeu_extract import extract
from kzeu_extract.extensions import items
from kzeu_extract.knowledge import load_knowledge

_COMPONENTS = ("kzeu_places", "kzeu_organizations")


@pytest.fixture(scope="module")
def nlp():
    return pipeline(_COMPONENTS, "en")


@pytest.fixture(scope="module")
def nlp_fr():
    return pipeline(_COMPONENTS, "fr")


def orgs(nlp, text):
    found = items(nlp(text), "organizations")
    for org in found:
        for m in org["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    return {o["name"]: o for o in found}


@pytest.mark.parametrize("text, name, kb_id", [
    ("The OSCE observers arrived.", "Organization for Security and Co-operation in Europe", "osce"),
    ("Les troupes de l'OTSC sont parties.", "Collective Security Treaty Organization", "csto"),
    ("Le Conseil européen se réunit.", "European Council", "european-council"),
    ("Talks within the Shanghai Cooperation Organization.", "Shanghai Cooperation Organisation", "sco"),
    ("The European External Action Service said.", "European External Action Service", "eeas"),
    ("Reuters and TASS reported it.", "Reuters", "reuters"),
    ("Selon l'AFP, la réunion a eu lieu.", "Agence France-Presse", "afp"),
    ("Investors at the AIFC.", "Astana International Financial Centre", "aifc"),
    ("He met the President of the European Council.", "European Council", "european-council"),
    ("the Secretary General of the European External Action Service", "European External Action Service", "eeas"),
])
def test_known_organization(nlp, text, name, kb_id):
    assert orgs(nlp, text)[name]["kb_id"] == kb_id


def test_abbreviation_and_french_names_merge_with_the_full_name(nlp):
    found = orgs(nlp, "L'Union européenne (UE) et l'ONU. L'UE a salué les Nations unies.")
    assert set(found) == {"European Union", "United Nations"}
    assert found["European Union"]["aliases"] == ["Union européenne", "UE"]
    assert len(found["European Union"]["mentions"]) == 3
    assert found["United Nations"]["aliases"] == ["ONU", "Nations unies"]


@pytest.mark.parametrize("text, name, kb_id", [
    ("The Uzbek MFA said on Monday.", "Ministry of Foreign Affairs of Uzbekistan", "mfa:UZ"),
    ("Georgia's Foreign Ministry issued a note.", "Ministry of Foreign Affairs of Georgia", "mfa:GE"),
    ("The Ministry of Foreign Affairs of the Republic of Moldova said.",
     "Ministry of Foreign Affairs of Moldova", "mfa:MD"),
    ("Le ministère des Affaires étrangères de la France a indiqué.",
     "Ministry of Foreign Affairs of France", "mfa:FR"),
    ("The Foreign Ministry said.", "Ministry of Foreign Affairs", "mfa"),
    ("Le bureau du procureur général a ouvert une enquête.", "Prosecutor General's Office",
     "prosecutor-general"),
    ("The German Embassy in Tashkent.", "Embassy of Germany", "embassy:DE"),
    ("La délégation de l'UE en Arménie a ouvert.", "Delegation of the European Union to Armenia",
     "eu-delegation:AM"),
    ("The EU Delegation to Mongolia said.", "Delegation of the European Union to Mongolia",
     "eu-delegation:MN"),
    ("The Armenian Government approved it.", "Government of Armenia", "government:AM"),
])
def test_national_bodies_and_delegations_take_their_country(nlp, text, name, kb_id):
    assert orgs(nlp, text)[name]["kb_id"] == kb_id


def test_bare_abbreviation_joins_the_one_qualified_ministry(nlp):
    found = orgs(nlp, "The Kazakh MFA's press service said the MFA would reply.")
    assert list(found) == ["Ministry of Foreign Affairs of Kazakhstan"]
    assert found["Ministry of Foreign Affairs of Kazakhstan"]["aliases"] == ["Kazakh MFA", "MFA"]


def test_qualified_only_bodies_need_a_country(nlp):
    assert orgs(nlp, "The Embassy was closed.") == {}


def test_in_text_definition_links_the_abbreviation(nlp):
    text = "The Organization for Cooperation of Baltic Ports (OCBP) met. OCBP members agreed."
    org = orgs(nlp, text)["Organization for Cooperation of Baltic Ports"]
    assert org["aliases"] == ["OCBP"]
    assert [m["text"] for m in org["mentions"]] == [
        "Organization for Cooperation of Baltic Ports", "OCBP", "OCBP"]


def test_definition_takes_the_shortest_spelling_tail(nlp):
    found = orgs(nlp, "Vienna International Centre and the Caspian Pipeline Consortium (CPC) met.")
    assert found["Caspian Pipeline Consortium"]["aliases"] == ["CPC"]
    assert "Vienna International Centre" in found


def test_title_case_headline_keeps_its_places(nlp):
    from kzeu_extract.extensions import items as section
    doc = nlp("Minister Holds Talks In Brussels Ahead Of Cooperation Council Meeting")
    assert [p["name"] for p in section(doc, "places")] == ["Brussels"]
    assert "Cooperation Council" in {o["name"] for o in section(doc, "organizations")}


def test_definition_of_something_else_is_no_organization(nlp):
    assert orgs(nlp, "The Enhanced Partnership and Cooperation Agreement (EPCA) entered into force.") == {}


@pytest.mark.parametrize("text, name", [
    ("According to the Ministry of Education of Kyrgyzstan, schools opened.", "Ministry of Education of Kyrgyzstan"),
    ("The Chief Executive Officer of Nordic Steel Group, Anna Berg, said.", "Nordic Steel Group"),
    ("The Eurasian Fisheries Commission met in Baku.", "Eurasian Fisheries Commission"),
    ("The Canada - EU Joint Committee met.", "Canada - EU Joint Committee"),
    ("The Foreign Investors’ Council met in Tbilisi.", "Foreign Investors’ Council"),
    ("Georgia's Science Council agreed.", "Science Council"),
])
def test_unknown_organization_found_by_structure(nlp, text, name):
    assert name in orgs(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("La Banque nationale du Chili et l'Agence spatiale ruritanienne.", "Agence spatiale ruritanienne"),
    ("La Banque nationale du Chili et l'Agence spatiale ruritanienne.", "Banque nationale du Chili"),
    ("Le Conseil de coopération UE-Arménie se réunira.", "Conseil de coopération UE-Arménie"),
])
def test_unknown_french_organization_found_by_structure(nlp_fr, text, name):
    assert name in orgs(nlp_fr, text)


def test_french_lower_case_words_do_not_lengthen_english_names(nlp):
    assert "Nordic Steel Group" in orgs(nlp, "A Nordic Steel Group official said.")


def test_country_adjective_inside_a_french_ministry_name(nlp_fr):
    found = orgs(nlp_fr, "Selon le ministère arménien des Affaires étrangères, la visite aura lieu.")
    assert found["Ministry of Foreign Affairs of Armenia"]["kb_id"] == "mfa:AM"


def test_short_form_joins_the_joint_body(nlp):
    found = orgs(nlp, "The EU-Uzbekistan Cooperation Council met. The Cooperation Council adopted conclusions.")
    body = found["EU-Uzbekistan Cooperation Council"]
    assert body["aliases"] == ["Cooperation Council"]
    assert "European Union" in found


@pytest.mark.parametrize("text", [
    "Follow #EuropeanUnion and #NATO, or @UN_News.",
    "See https://www.osce.org/Council/News and pic.twitter.com/EUCouncil",
    "The Head of State met the Deputy Prime Minister.",
    "The Council met. The Commission agreed.",             # a bare head is no name
    "The Government met. The Parliament voted.",            # national bodies without a country
    "Un accord a été signé.",                               # "Un" is no UN
    "The Enhanced Partnership and Cooperation Agreement entered into force.",
])
def test_no_organization(nlp, text):
    assert orgs(nlp, text) == {}


def test_title_holder_name_is_cut_off(nlp):
    found = orgs(nlp, "President of the Asian Infrastructure Investment Bank Jin Liqun spoke.")
    assert list(found) == ["Asian Infrastructure Investment Bank"]
    found = orgs(nlp, "Chairman of the Ruritania Development Bank John Smith spoke.")
    assert list(found) == ["Ruritania Development Bank"]


def test_knowledge_base_entries_are_sourced_and_unique():
    store = load_knowledge().organizations
    for entry in [*store.entries.values(), *store.national_bodies.values()]:
        assert entry.source and entry.name
    names = [n for e in store.entries.values() for n in [e.name, *e.aliases]]
    assert len(names) == len(set(names))


def test_through_the_public_api():
    record = extract("BRUSSELS. KAZINFORM - The Kazakh MFA and the European Council discussed CSTO peacekeepers.")
    by_name = {o.name: o for o in record.organizations}
    assert by_name["Collective Security Treaty Organization"].aliases == ["CSTO"]
    assert by_name["Kazinform"].kb_id == "organization:kazinform"
    assert "Ministry of Foreign Affairs of Kazakhstan" in by_name


@pytest.mark.parametrize("text, absent, present", [
    # instrument heads open instruments, end bodies
    ("They reviewed the Programme of Investment Cooperation between Georgia and Azerbaijan.",
     "Programme of Investment Cooperation", None),
    ("Afterwards the ministers signed a Plan of Consultations for 2025-2026.", "Plan of Consultations", None),
    ("Kyrgyzstan thanked the World Food Programme for its help.", None, "World Food Programme"),
    # a portfolio after a title is part of the title, not of the body
    ("Kaja Kallas, High Representative of the Union for Foreign Affairs and Security Policy, arrived.",
     "Union for Foreign Affairs and Security Policy", None),
    ("The Commissioner of the Union for Energy spoke.", "Union for Energy", None),
    ("The Director of the Agency for Regional Development spoke.", None, "Agency for Regional Development"),
])
def test_instrument_heads_and_title_portfolios(nlp, text, absent, present):
    found = orgs(nlp, text)
    if absent:
        assert absent not in found
    if present:
        assert present in found


@pytest.mark.parametrize("text, lang, name", [
    ("Le groupe Veolia exploite le réseau via sa filiale Tashkent Water Systems.", "fr", "Veolia"),
    ("sa coentreprise SEMIZBAY-U produit de l'uranium.", "fr", "SEMIZBAY-U"),
    ("The airline Uzbekistan Airways opened a route, said the company Dana Gas.", "en", "Dana Gas"),
    ("The state company KazMunayGas signed a deal; KazMunayGas will invest.", "en", "KazMunayGas"),
    ("The Eurasian Economic Community was dissolved in 2014.", "en", "Eurasian Economic Community"),
    ("La Communauté économique eurasiatique a été dissoute.", "fr", "Communauté économique eurasiatique"),
])
def test_companies_introduced_by_a_company_noun_and_community_heads(nlp, nlp_fr, text, lang, name):
    found = orgs(nlp_fr if lang == "fr" else nlp, text)
    assert name in found
    if name == "KazMunayGas":
        assert len(found[name]["mentions"]) == 2  # the later bare use joins


@pytest.mark.parametrize("text, lang", [
    ("The company said on Monday that the group will grow.", "en"),
    ("Le groupe de travail s'est réuni et la société civile aussi.", "fr"),
    ("The group Kazakhstan leads is growing.", "en"),
])
def test_company_nouns_without_a_name(nlp, nlp_fr, text, lang):
    assert orgs(nlp_fr if lang == "fr" else nlp, text) == {}


@pytest.mark.parametrize("text, lang, name", [
    ("Le ministre a été reçu au Quai d'Orsay.", "fr", "Quai d'Orsay"),
    ("The Kremlin confirmed the visit.", "en", "Kremlin"),
    ("La Maison Blanche a confirmé la visite.", "fr", "White House"),
])
def test_seats_that_stand_for_their_institution(nlp, nlp_fr, text, lang, name):
    assert name in orgs(nlp_fr if lang == "fr" else nlp, text)


@pytest.mark.parametrize("text, lang, name", [
    ("The national company Uzbekistan Railways opened a line.", "en", "Uzbekistan Railways"),
    ("La compagnie Turkmenistan Airlines dessert Paris.", "fr", "Turkmenistan Airlines"),
])
def test_company_name_starting_with_a_place(nlp, nlp_fr, text, lang, name):
    found = orgs(nlp_fr if lang == "fr" else nlp, text)
    assert name in found
