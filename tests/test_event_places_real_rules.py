"""Events: the place of an event from its own clause and its context (issue 14, Place), on
invented sentences in English and French, with negative cases."""
from record_helpers import events


def place_of(found, *people):
    """The location of the meeting whose participants include ``people``."""
    hits = [e for e in found if e.type == "meeting" and set(people) <= set(e.participants)]
    assert hits, found
    return hits[0].location


# --- "also met": one more event of the programme, at the place of the one just reported ---

def test_also_met_takes_the_place_of_the_event_just_reported():
    found = events("President Tomas Varga met the Chilean ambassador, Ines Rojas, at the Grand Palace in Lisbon. "
                   "Varga also held talks with the Peruvian ambassador, Mario Quispe.")
    assert place_of(found, "Tomas Varga", "Mario Quispe") in {"Lisbon", "Grand Palace"}


def test_will_also_meet_takes_the_place_of_the_meeting_before():
    found = events("On Tuesday Minister Ana Lopes will travel to Dili, where she will meet President Jose Pereira. "
                   "She will also meet with Finance Minister Rui Gomes.")
    assert place_of(found, "Ana Lopes", "Rui Gomes") == "Dili"


def test_french_a_egalement_rencontre_takes_the_place_of_the_meeting_before():
    found = events("Le président Tomas Varga a rencontré lundi le Premier ministre Marc Dubois à Genève. "
                   "M. Varga devait également rencontrer le président du Sénat, Paul Girard.", lang="fr")
    assert place_of(found, "Tomas Varga", "Paul Girard") == "Geneva"


def test_without_also_a_later_meeting_takes_no_earlier_meeting_place():
    found = events("President Tomas Varga met the Chilean ambassador, Ines Rojas, at the Grand Palace in Lisbon. "
                   "In May, Varga held talks with the Peruvian ambassador, Mario Quispe.")
    assert place_of(found, "Tomas Varga", "Mario Quispe") is None


def test_also_met_at_a_place_of_its_own_is_not_at_the_venue_before():
    found = events("President Tomas Varga received Minister Ines Rojas at Bayan Palace. "
                   "Rojas also met Minister Mario Quispe at the headquarters of the Ministry of Finance.")
    assert place_of(found, "Ines Rojas", "Mario Quispe") != "Bayan Palace"


# --- a visit's stops: the destination of the journey, not a stop with no place or a venue ---

def test_a_stop_with_no_known_place_leaves_the_journey_s_destination():
    found = events("Le président Tomas Varga est arrivé à Paris le 12 mai 2023 pour une visite officielle. "
                   "Il se rendra ensuite au siège du parti pour y rencontrer son président Paul Girard.",
                   lang="fr")
    assert place_of(found, "Tomas Varga", "Paul Girard") == "Paris"


def test_a_venue_visited_for_one_meeting_is_not_the_place_of_the_next_ones():
    found = events("Minister Ana Lopes arrived in Madrid on 3 May 2023 for an official visit. "
                   "She went to the Moncloa for talks with Prime Minister Juan Ortiz. "
                   "In the afternoon, Lopes held talks with Mayor Carmen Ruiz.")
    assert place_of(found, "Ana Lopes", "Carmen Ruiz") == "Madrid"


def test_a_meeting_of_another_year_is_not_of_the_visit():
    found = events("Le président Tomas Varga a effectué une visite officielle au Pérou le 15 octobre 2019. "
                   "Cette visite faisait suite à celle de 2018, le 16 octobre 2018, au cours de laquelle il "
                   "avait rencontré le ministre Paul Girard.", lang="fr", date="2019-10-16")
    assert place_of(found, "Tomas Varga", "Paul Girard") != "Peru"


# --- a place in another clause: the reporter's, or past the object's comma ----------------

def test_a_place_in_the_reporter_s_clause_is_not_the_meeting_s():
    found = events("Minister Ana Lopes will hold talks with her counterpart Juan Ortiz, the foreign ministry "
                   "in Warsaw has said.")
    assert place_of(found, "Ana Lopes", "Juan Ortiz") != "Warsaw"


def test_a_place_after_the_object_and_before_no_reporter_is_the_meeting_s():
    found = events("Minister Ana Lopes held talks with her counterpart Juan Ortiz in Warsaw on Monday.")
    assert place_of(found, "Ana Lopes", "Juan Ortiz") == "Warsaw"


def test_a_region_in_a_participle_clause_after_a_comma_is_not_the_meeting_s():
    found = events("Minister Ana Lopes and her counterpart Juan Ortiz have begun their bilateral meeting, "
                   "both stressing their work together in the Pacific.")
    assert place_of(found, "Ana Lopes", "Juan Ortiz") != "Pacific"


def test_french_a_country_in_a_clause_after_a_comma_is_not_the_meeting_s():
    found = events("Le ministre Tomas Varga s'est entretenu avec son homologue Paul Girard, les deux hommes "
                   "soulignant leur engagement commun en Afrique.", lang="fr")
    assert place_of(found, "Tomas Varga", "Paul Girard") != "Africa"


def test_a_country_right_after_the_object_is_the_meeting_s():
    found = events("Minister Ana Lopes met her counterpart Juan Ortiz in Kenya.")
    assert place_of(found, "Ana Lopes", "Juan Ortiz") == "Kenya"


# --- a place between the subject and the trigger, or opening the sentence before the subject --

def test_a_place_between_the_subject_and_the_trigger_is_the_meeting_s():
    found = events("Prime Minister Tomas Varga on 12 April (local time) in Oslo met with President Ines Rojas.")
    assert place_of(found, "Tomas Varga", "Ines Rojas") == "Oslo"


def test_french_a_place_between_commas_after_the_subject_is_the_meeting_s():
    found = events("Le président Tomas Varga, à Dakar, a rencontré le ministre Paul Girard.", lang="fr")
    assert place_of(found, "Tomas Varga", "Paul Girard") == "Dakar"


def test_a_place_far_before_the_trigger_in_a_relative_clause_is_not_the_meeting_s():
    found = events("Prime Minister Tomas Varga, who studied in Oslo for many years as a young man, met with "
                   "President Ines Rojas.")
    assert place_of(found, "Tomas Varga", "Ines Rojas") != "Oslo"


def test_an_opening_place_right_before_the_subject_without_a_comma_is_the_meeting_s():
    found = events("On 7 May, in Brussels Minister Tomas Varga had a meeting with Ines Rojas.")
    assert place_of(found, "Tomas Varga", "Ines Rojas") == "Brussels"


def test_french_an_opening_place_right_before_the_subject_is_the_meeting_s():
    found = events("Le 7 mai, à Bruxelles le ministre Tomas Varga a eu un entretien avec Paul Girard.", lang="fr")
    assert place_of(found, "Tomas Varga", "Paul Girard") == "Brussels"


# --- a visit before or after the meeting ---------------------------------------------------

def test_a_meeting_before_the_guest_s_visit_elsewhere_is_not_at_its_destination():
    found = events("President Tomas Varga met Adviser Ines Rojas on Friday before her visit to Peru.")
    assert place_of(found, "Tomas Varga", "Ines Rojas") != "Peru"


def test_french_a_meeting_before_the_visit_is_not_at_its_destination():
    found = events("Le président Tomas Varga a rencontré vendredi la conseillère Ines Rojas, avant sa visite "
                   "d'Etat au Pérou le mois prochain.", lang="fr")
    assert place_of(found, "Tomas Varga", "Ines Rojas") != "Peru"


def test_a_meeting_during_the_visit_of_its_sentence_is_at_its_destination():
    found = events("President Tomas Varga met Adviser Ines Rojas, who is in Lima on an official visit.")
    assert place_of(found, "Tomas Varga", "Ines Rojas") == "Lima"


def test_a_meeting_takes_the_destination_of_the_visit_reported_just_after():
    found = events("Prime Minister Ana Lopes received Prime Minister Juan Ortiz on 20 March 2021. "
                   "Ortiz arrived in Dhaka on 19 March 2021 on a two-day visit.", date="2021-03-20")
    assert place_of(found, "Ana Lopes", "Juan Ortiz") == "Dhaka"


def test_french_a_meeting_takes_the_destination_of_the_visit_reported_just_after():
    found = events("La Première ministre Ana Lopes a reçu le Premier ministre Juan Ortiz le 20 mars 2021. "
                   "M. Ortiz est arrivé à Dakar le 19 mars 2021 pour une visite de deux jours.",
                   lang="fr", date="2021-03-20")
    assert place_of(found, "Ana Lopes", "Juan Ortiz") == "Dakar"


def test_a_visit_a_year_later_does_not_place_the_meeting():
    found = events("Prime Minister Ana Lopes received Prime Minister Juan Ortiz on 20 March 2020. "
                   "Ortiz arrived in Dhaka on 19 March 2021 on a two-day visit.", date="2021-03-20")
    assert place_of(found, "Ana Lopes", "Juan Ortiz") != "Dhaka"


# --- the dateline: "Oct 7, 2005 (ADDIS ABABA) —", "here" -----------------------------------

def test_a_date_first_dateline_s_bracketed_city_places_a_meeting_held_here():
    found = events("Talks in the capital\n\nMay 9, 2023 (NAIROBI) — President Tomas Varga held talks with "
                   "Minister Ines Rojas here on Tuesday.")
    assert place_of(found, "Tomas Varga", "Ines Rojas") == "Nairobi"


def test_french_a_date_first_dateline_s_bracketed_city_places_the_meeting():
    found = events("Entretien\n\n9 mai 2023 (DAKAR) — Le président Tomas Varga s'est entretenu mardi avec "
                   "le ministre Paul Girard.", lang="fr")
    assert place_of(found, "Tomas Varga", "Paul Girard") == "Dakar"


def test_a_bracketed_agency_after_an_opening_date_is_no_place():
    found = events("Talks\n\nMay 9, 2023 (AFP) — President Tomas Varga held talks with Minister Ines Rojas.")
    assert place_of(found, "Tomas Varga", "Ines Rojas") is None


def test_the_dateline_does_not_override_the_meeting_s_own_city():
    found = events("Talks\n\nMay 9, 2023 (NAIROBI) — President Tomas Varga held talks with Minister Ines Rojas "
                   "in Mombasa on Tuesday.")
    assert place_of(found, "Tomas Varga", "Ines Rojas") == "Mombasa"


# --- a visit's place: before "during the visit of", or past a second journey word ----------

def visit_places(found, person):
    return [e.location for e in found if e.type == "visit" and person in e.participants]


def test_a_city_right_before_during_the_visit_of_is_the_visit_s():
    found = events("Minister Ana Lopes is ready to meet the rebels in Tbilisi during the visit of President Juan Ortiz.")
    assert "Tbilisi" in visit_places(found, "Juan Ortiz")


def test_french_a_city_right_before_lors_de_la_visite_is_the_visit_s():
    found = events("Les élus seront reçus à Dakar lors de la visite du président Juan Ortiz.", lang="fr")
    assert "Dakar" in [e.location for e in found if e.type == "visit"]


def test_a_city_far_before_the_visit_in_another_clause_is_not_the_visit_s():
    found = events("Minister Ana Lopes lived in Tbilisi for years, and she welcomed the visit of President Juan Ortiz.")
    assert "Tbilisi" not in visit_places(found, "Juan Ortiz")


def test_french_a_journey_verb_then_a_visit_word_takes_the_country_after_both():
    found = events("Le Premier ministre Juan Ortiz a hâte de se rendre en visite en Russie l'année prochaine.",
                   lang="fr")
    assert "Russia" in visit_places(found, "Juan Ortiz")


def test_a_journey_verb_then_a_visit_word_takes_the_country_after_both():
    found = events("Prime Minister Juan Ortiz will travel on a visit to Russia next year.")
    assert "Russia" in visit_places(found, "Juan Ortiz")


# --- the lead's "said on Wednesday in Paris" places the day's news, as a dateline ------------

def test_a_town_after_a_date_in_the_first_sentence_places_a_later_meeting():
    found = events("Minister Ana Lopes stressed on Wednesday in Lisbon the close ties of the two countries. "
                   "She spoke to the press after a working lunch with her counterpart, Juan Ortiz.")
    assert place_of(found, "Ana Lopes", "Juan Ortiz") == "Lisbon"


def test_french_a_town_after_a_date_in_the_first_sentence_places_a_later_meeting():
    found = events("La ministre Ana Lopes a souligné, mercredi à Genève, les liens étroits des deux pays. "
                   "Elle s'est exprimée à l'issue d'un déjeuner de travail avec son homologue, Juan Ortiz.",
                   lang="fr")
    assert place_of(found, "Ana Lopes", "Juan Ortiz") == "Geneva"


def test_a_town_after_a_date_in_a_later_sentence_is_no_dateline():
    found = events("Minister Ana Lopes stressed the close ties of the two countries. She had been on Monday in "
                   "Lisbon for a conference. She spoke after a working lunch with her counterpart, Juan Ortiz.")
    assert place_of(found, "Ana Lopes", "Juan Ortiz") is None


# --- a named part of a venue: the venue ------------------------------------------------------

def test_a_named_part_of_a_venue_gives_the_venue():
    found = events("President Ines Rojas and Vice President Tomas Varga held a joint press conference in the "
                   "Camelias Patio of La Moneda Presidential Palace.")
    assert place_of(found, "Ines Rojas", "Tomas Varga") == "La Moneda Presidential Palace"


def test_french_a_named_part_of_a_venue_gives_the_venue():
    found = events("Le président Tomas Varga s'est entretenu avec le ministre Paul Girard dans le salon Murat "
                   "du palais de l'Élysée.", lang="fr")
    assert place_of(found, "Tomas Varga", "Paul Girard") is not None


def test_a_venue_after_of_without_a_place_preposition_is_no_place():
    found = events("President Ines Rojas held talks with Vice President Tomas Varga on the future of "
                   "La Moneda Presidential Palace.")
    assert place_of(found, "Ines Rojas", "Tomas Varga") is None


# --- the French exonym of a capital ------------------------------------------------------------

def test_the_french_exonym_tananarive_is_the_capital_of_madagascar():
    from kzeu_extract import extract
    record = extract("Le ministre Paul Girard a rencontré à Tananarive le président Tomas Varga.", lang="fr")
    assert ("Antananarivo", "MG") in {(p.name, p.country) for p in record.places}


def test_a_word_starting_like_tananarive_is_no_place():
    from kzeu_extract import extract
    record = extract("Le ministre Paul Girard a parlé des Tananarivesques.", lang="fr")
    assert "Antananarivo" not in {p.name for p in record.places}


# --- "visiting U.S. envoy X": a place in the visitor's title is no destination -------------------

def test_a_place_in_the_visitor_s_title_after_visiting_is_not_the_destination():
    found = events("CAIRO, May 9 (Xinhua) -- President Tomas Varga met Saturday the visiting U.S. Middle East "
                   "envoy Juan Ortiz at the presidential palace.")
    assert "United States" not in visit_places(found, "Juan Ortiz")


def test_a_direct_object_place_of_a_visit_is_its_destination():
    found = events("Minister Juan Ortiz will visit Kenya on Monday.")
    assert visit_places(found, "Juan Ortiz") == ["Kenya"]


def test_french_a_direct_object_place_of_a_visit_is_its_destination():
    found = events("Le ministre Juan Ortiz effectuera une visite au Kenya lundi.", lang="fr")
    assert visit_places(found, "Juan Ortiz") == ["Kenya"]
