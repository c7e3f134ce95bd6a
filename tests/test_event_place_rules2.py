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
                   "dans quelques jours à Berlin pour une réunion.", lang="fr")
    assert visit_places(found, "Marc Lefort") == ["Berlin"]


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
