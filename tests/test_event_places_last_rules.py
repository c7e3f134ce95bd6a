"""Events: the last place rules (issue 14, Place), on invented sentences in English and French,
with negative cases: a meeting with no place of its own, dated to a day, is in the town where
one of its people held another event that very day."""
from record_helpers import events


def place_of(found, *people):
    """The location of the meeting whose participants include ``people``."""
    hits = [e for e in found if e.type == "meeting" and set(people) <= set(e.participants)]
    assert hits, found
    return hits[0].location


# --- the town of the same day ---

def test_a_meeting_earlier_that_day_is_in_the_town_of_the_day():
    found = events("Foreign Minister Lena Holm met her counterpart Ivo Marek in Prague on 3 March 2021. "
                   "The two ministers discussed trade and energy. "
                   "Earlier on 3 March 2021, President Jan Kral received Lena Holm.")
    assert place_of(found, "Jan Kral", "Lena Holm") == "Prague"


def test_french_reception_the_same_day_is_in_the_town_of_the_day():
    found = events("Le ministre Paul Renaud a rencontré son homologue Omar Diallo à Dakar le 5 mai 2023. "
                   "Les deux ministres ont évoqué la sécurité régionale. "
                   "Le 5 mai 2023, le président Ali Sow a reçu Paul Renaud.", lang="fr")
    assert place_of(found, "Ali Sow", "Paul Renaud") == "Dakar"


def test_another_day_gives_no_place():
    found = events("Foreign Minister Lena Holm met her counterpart Ivo Marek in Prague on 3 March 2021. "
                   "The two ministers discussed trade and energy. "
                   "On 9 March 2021, President Jan Kral received Lena Holm.")
    assert place_of(found, "Jan Kral", "Lena Holm") is None


def test_french_two_towns_that_day_give_no_place():
    found = events("Le ministre Paul Renaud a rencontré Omar Diallo à Dakar le 5 mai 2023. "
                   "Le ministre Paul Renaud a rencontré Awa Ndiaye à Thiès le 5 mai 2023. "
                   "Le 5 mai 2023, le président Ali Sow a reçu Paul Renaud.", lang="fr")
    assert place_of(found, "Ali Sow", "Paul Renaud") is None


def test_other_people_that_day_give_no_place():
    found = events("Foreign Minister Lena Holm met her counterpart Ivo Marek in Prague on 3 March 2021. "
                   "The two ministers discussed trade and energy. "
                   "On 3 March 2021, President Jan Kral received Piotr Zielinski.")
    assert place_of(found, "Jan Kral", "Piotr Zielinski") is None


# --- where one of its people is now ---

def test_a_meeting_is_where_its_guest_is_said_to_be_now():
    found = events("President Amir Kazemi met the Canadian envoy Laura Finch on Friday. "
                   "They discussed the coming summit. "
                   "Finch, who is currently in Tehran to prepare the summit, said the talks were useful.")
    assert place_of(found, "Amir Kazemi", "Laura Finch") == "Tehran"


def test_french_meeting_is_where_its_guest_is_said_to_be_now():
    found = events("Le président Jorge Salas a rencontré vendredi l'émissaire Hélène Vidal. "
                   "Ils ont évoqué le prochain sommet. "
                   "Mme Vidal, qui est actuellement à Lima pour préparer le sommet, a salué ces échanges.", lang="fr")
    assert place_of(found, "Jorge Salas", "Hélène Vidal") == "Lima"


def test_a_past_stay_gives_no_place():
    found = events("President Amir Kazemi met the Canadian envoy Laura Finch on Friday. "
                   "They discussed the coming summit. "
                   "Finch, who studied in Montreal, said the talks were useful.")
    assert place_of(found, "Amir Kazemi", "Laura Finch") is None


def test_french_someone_else_now_there_gives_no_place():
    found = events("Le président Jorge Salas a rencontré vendredi l'émissaire Hélène Vidal. "
                   "Ils ont évoqué le prochain sommet. "
                   "Le ministre Pablo Ruiz, qui est actuellement à Lima, a salué ces échanges.", lang="fr")
    assert place_of(found, "Jorge Salas", "Hélène Vidal") is None


# --- a call is where its subject is, when its clause says so ---

def call_place(found, *people):
    hits = [e for e in found if e.type == "phone_call" and set(people) <= set(e.participants)]
    assert hits, found
    return hits[0].location


def test_a_call_taken_in_a_town_is_there():
    found = events("President Luis Ortega on Monday left a rally in Quito to take a phone call from "
                   "Chancellor Anna Weber, who congratulated him.")
    assert call_place(found, "Luis Ortega", "Anna Weber") == "Quito"


def test_french_call_from_a_town_named_in_the_subject_clause():
    found = events("Le président Idriss Kaboré, à Accra, s'est entretenu par téléphone avec "
                   "le chancelier Karl Vogt.", lang="fr")
    assert call_place(found, "Idriss Kaboré", "Karl Vogt") == "Accra"


def test_a_call_names_no_place_of_its_own_by_default():
    found = events("President Luis Ortega held a phone call with Chancellor Anna Weber on Monday about trade in Quito.")
    assert call_place(found, "Luis Ortega", "Anna Weber") is None


def test_french_call_with_a_place_in_a_relative_clause_has_none():
    found = events("Le président Idriss Kaboré, qui a étudié à Dakar, s'est entretenu par téléphone avec "
                   "le chancelier Karl Vogt.", lang="fr")
    assert call_place(found, "Idriss Kaboré", "Karl Vogt") is None


# --- "have met before, including at X": other occasions ---

def test_earlier_occasions_give_no_place_to_the_meeting_reported():
    found = events("President Anton Berg held talks with President Maria Costa on Monday. "
                   "The two leaders have met before, including at the G20 summit in Rome and in Tokyo.")
    assert place_of(found, "Anton Berg", "Maria Costa") is None


def test_earlier_occasions_first_then_the_meeting_with_its_place():
    found = events("Prime Minister Sara Lind and Chancellor Otto Brandt have met several times, including in Vilnius. "
                   "On Monday Lind held talks with Brandt in Oslo.")
    assert place_of(found, "Sara Lind", "Otto Brandt") == "Oslo"


def test_french_earlier_occasions_give_no_place():
    found = events("Le président Anton Berg et la présidente Maria Costa se sont rencontrés à plusieurs reprises, "
                   "notamment à Rome.", lang="fr")
    assert all(e.location is None for e in found if e.type == "meeting")


def test_before_a_noun_is_a_time_not_other_occasions():
    found = events("President Anton Berg met President Maria Costa before the summit in Vilnius.")
    assert place_of(found, "Anton Berg", "Maria Costa") == "Vilnius"


def test_french_a_meeting_with_its_place_keeps_it():
    found = events("Le président Anton Berg a rencontré lundi la présidente Maria Costa à Rome.", lang="fr")
    assert place_of(found, "Anton Berg", "Maria Costa") == "Rome"


# --- the sentence's journey over the dateline opening it ---

def test_a_visit_in_the_sentence_places_the_meeting_before_the_dateline():
    found = events("Brussels: During his visit to Rwanda, President Anton Berg met President Maria Costa.")
    assert place_of(found, "Anton Berg", "Maria Costa") == "Rwanda"


def test_french_visit_in_the_sentence_places_the_meeting_before_the_dateline():
    found = events("Genève : Lors de sa visite au Sénégal, le ministre Paul Renaud a rencontré "
                   "le président Ali Sow.", lang="fr")
    assert place_of(found, "Paul Renaud", "Ali Sow") == "Senegal"


def test_the_dateline_holds_without_a_journey():
    found = events("Nairobi: President Anton Berg met President Maria Costa on Friday.")
    assert place_of(found, "Anton Berg", "Maria Costa") == "Nairobi"


def test_french_the_dateline_holds_before_another_occasion():
    found = events("Dakar : Le ministre Paul Renaud a rencontré le président Ali Sow avant sa visite au Mali.", lang="fr")
    assert place_of(found, "Paul Renaud", "Ali Sow") == "Dakar"


def test_a_visitor_said_to_be_in_a_town_places_the_visit_and_its_meeting():
    found = events("Prime Minister Sara Lind is in Tokyo for a three-day visit. "
                   "On Friday she held talks with Prime Minister Kenji Sato.")
    assert [e.location for e in found if e.type == "visit"] == ["Tokyo"]
    assert place_of(found, "Sara Lind", "Kenji Sato") == "Tokyo"


def test_french_a_visitor_said_to_be_in_a_town_places_the_meeting():
    found = events("Le ministre Paul Renaud se trouve à Lomé depuis mardi. "
                   "Mercredi, il s'est entretenu avec le président Ali Sow.", lang="fr")
    assert place_of(found, "Paul Renaud", "Ali Sow") == "Lomé"


def test_being_in_no_place_gives_none():
    found = events("Prime Minister Sara Lind is in favour of closer ties. "
                   "On Friday she held talks with Prime Minister Kenji Sato.")
    assert place_of(found, "Sara Lind", "Kenji Sato") is None
