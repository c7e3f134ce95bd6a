"""Events: more place rules (issue 14, Place), on invented sentences in English and French,
with negative cases: a journey's destination may stand past a time phrase (the window bounds
where it starts), and a place that owns what follows it ends a journey's list of stops."""
from record_helpers import events


def visit_places(found, person):
    """The locations of the visits of ``person``, in order."""
    return [e.location for e in found if e.type == "visit" and person in e.participants]


# --- a journey's destination past a time phrase ---

def test_french_destination_past_a_time_phrase():
    found = events("Le ministre Marc Lefort a informé le président Henri Dubois qu'il se rendrait "
                   "dans quelques jours à Washington pour une réunion.", lang="fr")
    assert visit_places(found, "Marc Lefort") == ["Washington"]


def test_long_destination_name_starting_in_the_window():
    found = events("Foreign Minister Anna Berg will pay a visit to the Democratic Republic of the Congo next month.")
    assert visit_places(found, "Anna Berg") == ["Democratic Republic of the Congo"]


def test_destination_far_after_the_trigger_is_not_taken():
    found = events("Foreign Minister Anna Berg will visit, after long consultations with her partners "
                   "and the parliament, Nairobi.")
    assert "Nairobi" not in visit_places(found, "Anna Berg")


# --- a place that owns what follows it is no stop ---

def test_possessive_place_after_a_tour_is_no_stop():
    found = events("Foreign Minister Tomas Varga began on Monday a tour of Qatar and Oman, Hungary's "
                   "foreign ministry said.")
    places = visit_places(found, "Tomas Varga")
    assert "Hungary" not in places and "Qatar" in places


def test_a_third_stop_still_counts():
    found = events("Foreign Minister Tomas Varga began on Monday a tour of Qatar, Oman and Kuwait.")
    assert visit_places(found, "Tomas Varga") == ["Qatar", "Oman", "Kuwait"]


# --- a visit the sentence sets after or before another visit ---

def test_visit_after_the_visit_of_another_is_to_the_same_place():
    found = events("Foreign Minister Anton Petrov will visit Armenia on 9 November, days after the visit "
                   "of Speaker Irina Volkova.")
    assert visit_places(found, "Irina Volkova") == ["Armenia"]


def test_french_visit_after_the_visit_of_another_is_to_the_same_place():
    found = events("Le ministre Anton Petrov viendra en visite en Arménie le 9 novembre, quelques jours "
                   "après la visite de la présidente Irina Volkova.", lang="fr")
    assert visit_places(found, "Irina Volkova") == ["Armenia"]


def test_his_own_earlier_visit_is_not_to_the_same_place():
    found = events("Foreign Minister Anton Petrov will visit Armenia on 9 November, after his visit.")
    assert visit_places(found, "Anton Petrov") == ["Armenia"]


def test_a_visit_merely_coordinated_takes_no_place():
    found = events("Foreign Minister Anton Petrov will visit Armenia on 9 November, and the visit of "
                   "Speaker Irina Volkova is planned for December.")
    assert visit_places(found, "Irina Volkova") == [None]


def test_french_visit_before_another_visit_with_its_own_place_keeps_it():
    found = events("Le ministre Anton Petrov se rendra en Arménie le 9 novembre, avant la visite de la "
                   "présidente Irina Volkova en Géorgie.", lang="fr")
    assert visit_places(found, "Irina Volkova") == ["Georgia"]


# --- a meeting during a journey named past the commas of its object list ---

def test_french_meeting_during_an_official_visit_past_its_list():
    found = events("On se souvient que la présidente Irina Volkova s'était entretenue avec le président "
                   "Aram Petrosyan, le Premier ministre et le président de l'Assemblée, à l'occasion "
                   "d'une visite officielle en Arménie. Le ministre Paul Girard est à Erevan.", lang="fr")
    meeting = [e for e in found if e.type == "meeting" and "Irina Volkova" in e.participants]
    assert meeting and meeting[0].location == "Armenia"


# --- "visit the region", "visit to the country": the place just named ---

def test_visit_the_region_is_the_region_just_named():
    found = events("Tensions in the Middle East remain high. Envoy Anna Lind will visit the region in July.")
    assert visit_places(found, "Anna Lind") == ["Middle East"]


def test_french_visit_to_the_region_is_the_region_just_named():
    found = events("Les tensions restent vives au Moyen-Orient. L'envoyé Marc Lind se rendra dans la région "
                   "en juillet.", lang="fr")
    assert visit_places(found, "Marc Lind") == ["Middle East"]


def test_visit_to_the_country_is_the_country_just_named():
    found = events("Foreign Minister Wang Li arrived in Malaysia today. His sixth visit to the country will "
                   "strengthen ties, Foreign Minister Wang Li said.")
    assert set(visit_places(found, "Wang Li")) == {"Malaysia"}


def test_a_region_named_long_before_is_not_taken():
    found = events("Tensions in the Middle East remain high. Talks went on for days. Envoy Anna Lind will "
                   "visit the region in July.")
    assert visit_places(found, "Anna Lind") == [None]


def test_an_adjective_is_no_country_named():
    found = events("Foreign Minister Wang Li met Kenyan officials. Foreign Minister Wang Li will visit the "
                   "country in July.")
    assert visit_places(found, "Wang Li") == [None]


# --- a journey verb and its destination past a time phrase ---

def test_travel_next_week_to_a_city():
    found = events("Foreign Minister Lars Engel will travel next week to Addis Ababa.")
    assert visit_places(found, "Lars Engel") == ["Addis Ababa"]


def test_travel_next_week_to_do_something_is_no_visit():
    assert visit_places(events("Foreign Minister Lars Engel will travel next week to discuss the budget."),
                        "Lars Engel") == []


def test_travelled_to_a_country_to_attend_keeps_the_country():
    found = events("Foreign Minister Lars Engel travelled to Mexico to attend the summit.")
    assert visit_places(found, "Lars Engel") == ["Mexico"]


# --- near a town, and named venues ---

def test_french_visit_near_a_town_is_the_town():
    found = events("Le président Amadou Diallo a effectué une visite près de Lyon, dans l'est de la France.", lang="fr")
    assert visit_places(found, "Amadou Diallo") == ["Lyon"]


def test_visit_near_a_town_is_the_town():
    assert visit_places(events("President Amadou Diallo made a visit near Hebron on Monday."),
                        "Amadou Diallo") == ["Hebron"]


def test_meeting_at_a_named_palace_and_a_french_residence():
    found = events("President Amadou Diallo met King Hamad at the Sakhir Palace.")
    assert [e.location for e in found if e.type == "meeting"] == ["Sakhir Palace"]
    found = events("Le président Amadou Diallo a rencontré le roi Hamad à la résidence Sakhir.", lang="fr")
    assert [e.location for e in found if e.type == "meeting"] == ["résidence Sakhir"]


# --- nobody visits their own country ---

def test_french_adviser_does_not_visit_her_own_country():
    found = events("Le président chinois Wang Lei a rencontré vendredi la conseillère américaine à la sécurité "
                   "nationale Mary Stone, avant sa visite d'Etat aux Etats-Unis le mois prochain.", lang="fr")
    assert visit_places(found, "Wang Lei") == ["United States"]
    assert visit_places(found, "Mary Stone") == []


def test_adviser_does_not_visit_her_own_country():
    found = events("Chinese President Wang Lei met the American national security adviser Mary Stone on "
                   "Friday, ahead of his state visit to the United States next month.")
    assert visit_places(found, "Wang Lei") == ["United States"]


def test_a_visit_to_a_third_country_keeps_its_visitor():
    found = events("Chinese President Wang Lei met the American national security adviser Mary Stone on "
                   "Friday, ahead of her visit to Japan next month.")
    assert visit_places(found, "Mary Stone") == ["Japan"]


def test_two_nationals_of_the_destination_keep_the_visitor():
    found = events("The American envoy Mary Stone met the American senator John Hale on Friday, ahead of "
                   "her visit to the United States next month.")
    # both hold offices of the destination's country: the rule leaves the visit as it was read
    assert visit_places(found, "John Hale") == ["United States"]
    assert visit_places(found, "Mary Stone") == []


# --- a journey told in a relative clause in an earlier tense is another occasion ---

def _meeting_place(found, person):
    hits = [e for e in found if e.type == "meeting" and person in e.participants]
    assert hits, found
    return hits[0].location


def test_guest_who_had_earlier_visited_a_country_does_not_place_the_reception():
    found = events("Prime Minister Omar Sayed received Foreign Minister Lena Holm, who had earlier visited "
                   "Qatar, on Monday.")
    assert _meeting_place(found, "Lena Holm") is None


def test_french_guest_who_had_visited_before_does_not_place_the_reception():
    found = events("Le Premier ministre Omar Sayed a reçu lundi la ministre Lena Holm, qui avait "
                   "auparavant visité Doha.", lang="fr")
    assert _meeting_place(found, "Lena Holm") is None


def test_guest_who_is_visiting_a_country_places_the_reception():
    found = events("Prime Minister Omar Sayed received Foreign Minister Lena Holm, who is visiting Qatar, "
                   "on Monday.")
    assert _meeting_place(found, "Lena Holm") == "Qatar"
