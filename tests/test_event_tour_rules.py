"""Events: tours (issue 14, Place), on invented sentences in English and French, with negative
cases: a journey with several stops is one visit per stop, each with its own place and the date
the text ties to it; a place and its country is one stop; an earlier stop ("coming from B"), and
a visit told as an earlier occasion ("who had earlier visited B"), are visits of their own."""
from record_helpers import events


def visits(found, person):
    """(location, date) of each visit of ``person``, in the record's order."""
    return [(e.location, e.date) for e in found if e.type == "visit" and person in e.participants]


def places(found, person):
    return [place for place, _ in visits(found, person)]


# --- tour lists ---

def test_a_trip_which_has_taken_him_to_a_list_is_one_visit_per_stop():
    found = events("President Omar Sidi's visit to Egypt is part of a regional trip which has taken him "
                   "to Morocco, Algeria and Tunisia.")
    assert places(found, "Omar Sidi") == ["Egypt", "Morocco", "Algeria", "Tunisia"]
    # the stops are given no day, and none is inferred for them: a tour spans days
    assert [d for _, d in visits(found, "Omar Sidi")][1:] == [None, None, None]


def test_french_une_tournee_qui_l_a_mene_en_a_b_et_c():
    found = events("La visite du président Omar Sidi en Égypte s'inscrit dans une tournée qui l'a mené "
                   "au Maroc, en Algérie et en Tunisie.", lang="fr")
    assert places(found, "Omar Sidi") == ["Egypt", "Morocco", "Algeria", "Tunisia"]
    assert all(d is None for _, d in visits(found, "Omar Sidi"))


def test_french_se_rendra_au_mali_au_niger_et_au_tchad():
    found = events("Le ministre Paul Renaud se rendra au Mali, au Niger et au Tchad.", lang="fr")
    assert places(found, "Paul Renaud") == ["Mali", "Niger", "Chad"]


def test_each_stop_keeps_the_date_the_text_ties_to_it():
    found = events("Prime Minister Lena Holm will visit Kenya on 12 June 2023 and Uganda on 14 June 2023.")
    assert visits(found, "Lena Holm") == [("Kenya", "2023-06-12"), ("Uganda", "2023-06-14")]


def test_french_each_stop_keeps_its_date():
    found = events("La ministre Lena Holm se rendra au Kenya le 12 juin 2023 puis en Ouganda le 14 juin 2023.",
                   lang="fr")
    assert visits(found, "Lena Holm") == [("Kenya", "2023-06-12"), ("Uganda", "2023-06-14")]


def test_a_city_and_its_country_is_one_stop():
    found = events("Prime Minister Lena Holm will visit Nairobi, Kenya on 12 June 2023.")
    assert places(found, "Lena Holm") == ["Nairobi"]


def test_french_a_city_and_its_country_is_one_stop():
    found = events("La ministre Lena Holm se rendra à Dakar, au Sénégal, le 12 juin 2023.", lang="fr")
    assert places(found, "Lena Holm") == ["Dakar"]


def test_a_trip_with_no_traveller_named_gives_no_visit():
    found = events("The annual trip which took them to Spain and Portugal was cancelled.")
    assert [e for e in found if e.type == "visit"] == []


# --- earlier stops ---

def test_coming_from_a_place_is_an_earlier_stop():
    found = events("President Omar Sidi arrived in Paris on 2 May 2023, coming from Brussels.")
    assert visits(found, "Omar Sidi") == [("Brussels", None), ("Paris", "2023-05-02")]


def test_french_venant_de_is_an_earlier_stop():
    found = events("Le président Omar Sidi est arrivé à Paris le 2 mai 2023, venant de Bruxelles.", lang="fr")
    assert visits(found, "Omar Sidi") == [("Brussels", None), ("Paris", "2023-05-02")]


def test_a_meeting_after_an_earlier_stop_is_of_the_journey_of_the_day():
    found = events("President Omar Sidi arrived in Paris on 2 May 2023, coming from Brussels. "
                   "He then met Prime Minister Anne Roche.")
    meeting = next(e for e in found if e.type == "meeting")
    assert (meeting.location, meeting.date) == ("Paris", "2023-05-02")


def test_a_place_one_comes_from_without_a_journey_is_no_visit():
    found = events("Minister Ivo Marek, who comes from Brussels, met Anne Roche in Paris on 2 May 2023.")
    assert visits(found, "Ivo Marek") == []


# --- earlier occasions ---

def test_who_had_earlier_visited_is_a_visit_of_its_own_without_the_day_of_the_later_one():
    found = events("Prime Minister Anne Roche met President Ali Sow in Dakar on 2 May 2023. "
                   "Roche, who had earlier visited Ghana, is in Senegal as part of her tour of West Africa. "
                   "During the visit on 2 May 2023, the two leaders signed an accord.")
    assert ("Ghana", None) in visits(found, "Anne Roche")


def test_french_qui_avait_auparavant_visite():
    found = events("La Première ministre Anne Roche a rencontré le président Ali Sow à Dakar le 2 mai 2023. "
                   "Anne Roche, qui avait auparavant visité Madagascar, est au Sénégal dans le cadre de sa tournée. "
                   "Lors de la visite, le 2 mai 2023, les deux dirigeants ont signé un accord.", lang="fr")
    assert ("Madagascar", None) in visits(found, "Anne Roche")


# --- sequenced stops ---

def test_stay_until_a_date_then_visit_a_list_is_one_visit_per_stop_all_announced():
    found = events("Foreign Minister Ivo Marek is scheduled to stay in Lisbon until 25 May 2023, "
                   "then visit Morocco, Senegal and Ghana.")
    assert places(found, "Ivo Marek") == ["Lisbon", "Morocco", "Senegal", "Ghana"]
    assert {e.status for e in found if e.type == "visit"} == {"planned"}
    # the stops after "then" are later than the stay's end: no day of their own
    assert [d for _, d in visits(found, "Ivo Marek")][1:] == [None, None, None]


def test_french_sejourner_puis_se_rendre():
    found = events("Le ministre Ivo Marek se rendra au Portugal le 20 mai 2023, puis visitera le Maroc.", lang="fr")
    assert [p for p in places(found, "Ivo Marek")][:1] == ["Portugal"]
    assert {e.status for e in found if e.type == "visit"} == {"planned"}


def test_stay_in_power_is_no_visit():
    found = events("President Ali Sow wants to stay in power until 2030.")
    assert [e for e in found if e.type == "visit"] == []


# --- role subjects ---

def test_a_role_subject_of_a_travel_verb_is_the_traveller_named_before():
    found = events("Foreign Minister Lena Holm will visit Kenya on 12 June 2023 to meet President Ali Sow.\n\n"
                   "On 14 June 2023, Sweden's top diplomat will travel to Uganda.")
    assert ("Uganda", "2023-06-14") in visits(found, "Lena Holm")


def test_french_le_chef_de_la_diplomatie_se_rendra():
    found = events("La ministre Lena Holm se rendra au Kenya le 12 juin 2023.\n\n"
                   "Le 14 juin 2023, le chef de la diplomatie suédoise se rendra en Ouganda.", lang="fr")
    assert ("Uganda", "2023-06-14") in visits(found, "Lena Holm")


def test_the_diplomats_tour_is_that_of_the_sentence_subject_not_of_the_counterpart():
    found = events("Foreign Minister Ivo Marek and his counterpart Ali Sow agreed on Wednesday to boost trade "
                   "on the first day of the diplomat's tour of Senegal.")
    assert [e.participants for e in found if e.type == "visit"] == [["Ivo Marek"]]


def test_an_apposition_role_is_the_person_it_follows():
    found = events("Ivo Marek, the foreign minister, will travel to Ghana on 12 June 2023.")
    assert visits(found, "Ivo Marek") == [("Ghana", "2023-06-12")]


# --- a later report that names no stop ---

def test_a_later_undated_report_with_no_place_joins_no_stop_of_a_listed_tour():
    found = events("President Omar Sidi's visit to Egypt is part of a trip which has taken him to Morocco, "
                   "Algeria and Tunisia.\n\nHe was warmly welcomed when he visited the country on 3 May 2023.")
    stops = dict(visits(found, "Omar Sidi"))
    assert stops["Morocco"] is None and stops["Algeria"] is None and stops["Tunisia"] is None


def test_french_a_later_report_joins_no_stop_of_a_listed_tour():
    found = events("La visite du président Omar Sidi en Égypte s'inscrit dans une tournée qui l'a mené au Maroc, "
                   "en Algérie et en Tunisie.\n\nIl s'est rendu dans le pays le 3 mai 2023.", lang="fr")
    stops = dict(visits(found, "Omar Sidi"))
    assert stops["Morocco"] is None and stops["Algeria"] is None and stops["Tunisia"] is None


def test_a_later_report_still_joins_a_single_journey():
    found = events("President Omar Sidi arrived in Rabat on 2 May 2023, coming from Algiers.\n\n"
                   "During the visit, on 3 May 2023, he met King Idriss Amal.")
    meeting = next(e for e in found if e.type == "meeting")
    assert meeting.location == "Rabat"


# --- an occasion at a stop ---

def test_an_occasion_in_a_town_listed_among_destinations_is_a_stop():
    found = events("Secretary-General Omar Sidi will travel to Ghana, Togo and the African Union summit in Addis Ababa.")
    assert places(found, "Omar Sidi") == ["Ghana", "Togo", "Addis Ababa"]


def test_french_un_sommet_dans_une_ville_de_la_liste_est_une_etape():
    found = events("Le président Omar Sidi se rendra au Ghana, au Togo et au sommet de l'Union africaine à Addis-Abeba.",
                   lang="fr")
    assert places(found, "Omar Sidi") == ["Ghana", "Togo", "Addis Ababa"]


def test_a_venue_in_the_town_of_the_stop_is_no_other_stop():
    found = events("President Omar Sidi will visit Ghana and the new conference hall in Accra.")
    assert places(found, "Omar Sidi") == ["Ghana"]


def test_an_occasion_after_a_clause_break_is_no_stop():
    found = events("President Omar Sidi will visit Ghana; the summit in Lomé was postponed.")
    assert places(found, "Omar Sidi") == ["Ghana"]


def test_a_four_nation_tour_that_will_take_her_to_a_list():
    found = events("Prime Minister Lena Holm began a four-nation tour that will take her to Kenya, Uganda, "
                   "Rwanda and Burundi.")
    assert places(found, "Lena Holm") == ["Kenya", "Uganda", "Rwanda", "Burundi"]


def test_french_une_tournee_africaine_qui_la_conduira_est_annoncee():
    found = events("La Première ministre Lena Holm entame une tournée africaine qui la conduira au Mali, "
                   "au Niger et au Tchad.", lang="fr")
    assert places(found, "Lena Holm") == ["Mali", "Niger", "Chad"]
    assert {e.status for e in found if e.type == "visit"} == {"planned"}


def test_a_journey_after_another_ones_visit_is_no_next_stop():
    found = events("Foreign Minister Ivo Marek will visit Ghana on 20 June 2023, a few days after "
                   "the visit of Prime Minister Lena Holm, who visited Ghana on 2 May 2023.")
    assert ("Ghana", "2023-05-02") in visits(found, "Lena Holm")
    assert [e.status for e in found if e.type == "visit" and "Lena Holm" in e.participants] == ["held"]


def test_french_une_visite_apres_celle_d_une_autre_n_est_pas_une_etape():
    found = events("Le ministre Ivo Marek se rendra au Ghana le 20 juin 2023, quelques jours après la visite "
                   "de la Première ministre Lena Holm, qui s'est rendue au Ghana le 2 mai 2023.", lang="fr")
    assert [e.status for e in found if e.type == "visit" and "Lena Holm" in e.participants] == ["held"]
