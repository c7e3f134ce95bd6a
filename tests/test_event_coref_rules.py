"""One occasion reported several times in an article is one event, with the most specific date
and place (issue 14: re-mentions must not shadow the informative event); events whose dates or
places conflict stay apart. And the visitor of "X held talks with Y during an official visit to
Z" is X, not Y, whom "with" governs."""
import pytest

from kzeu_extract import extract


def _events(text, lang, kind):
    record = extract(text, lang=lang)
    for event in record.events:
        assert text[event.start:event.end] == event.text
    return [e for e in record.events if e.type == kind]


@pytest.mark.parametrize("text, lang, who, date, place", [
    ("Finnish minister to visit Nairobi\n\nFinnish Foreign Minister Liisa Rantanen will visit Nairobi "
     "on 12 May 2024 to hold talks with her Kenyan counterpart.", "en", "Liisa Rantanen", "2024-05-12", "Nairobi"),
    ("Visite de Jean Dupont au Sénégal\n\nLe ministre français des Affaires étrangères Jean Dupont se "
     "rendra à Dakar le 14 mars 2024 pour une visite de travail.", "fr", "Jean Dupont", "2024-03-14", "Dakar"),
])
def test_a_headline_is_the_visit_the_body_reports(text, lang, who, date, place):
    visits = _events(text, lang, "visit")
    assert [(e.participants, e.date, e.location, e.status) for e in visits] == [([who], date, place, "planned")]


@pytest.mark.parametrize("text, lang, who, place", [
    ("The agreement was signed only days after the visit of Senator Ana Costa.\n\nEarlier this month, "
     "Senator Ana Costa held talks with President John Mensah in Accra during an official visit to Ghana.",
     "en", "Ana Costa", "Ghana"),
    ("L'accord a été signé quelques jours après la visite de la sénatrice Marie Lenoir.\n\nEn début de mois, "
     "la sénatrice Marie Lenoir s'était entretenue avec le président Amadou Diallo à Bamako, lors d'une "
     "visite officielle au Mali.", "fr", "Marie Lenoir", "Mali"),
])
def test_a_re_mention_before_the_informative_report_is_one_visit_with_its_place(text, lang, who, place):
    visits = _events(text, lang, "visit")
    assert [(e.participants, e.location) for e in visits] == [([who], place)]


@pytest.mark.parametrize("text, lang", [
    ("Minister Ana Ruiz visited Kenya on 3 May 2024.\n\nMinister Ana Ruiz visited Uganda on 10 June 2024.", "en"),
    ("La ministre Claire Dubois s'est rendue au Kenya le 3 mai 2024.\n\nLa visite de Claire Dubois en "
     "Ouganda, le 10 juin 2024, a été saluée par la presse.", "fr"),
])
def test_visits_to_two_places_a_month_apart_stay_two(text, lang):
    visits = _events(text, lang, "visit")
    assert sorted(e.location for e in visits) == ["Kenya", "Uganda"]


def test_a_headline_naming_another_place_is_not_merged():
    text = ("Norwegian minister to visit Lima\n\nNorwegian Foreign Minister Erik Dahl visited Quito on "
            "2 March 2024, the ministry said.")
    assert sorted(e.location for e in _events(text, "en", "visit")) == ["Lima", "Quito"]


@pytest.mark.parametrize("text, lang", [
    ("Karl Berg hosts Anne Holm in Oslo\n\nPresident Karl Berg held talks with Prime Minister Anne Holm in "
     "Oslo on 4 March 2024. The two leaders agreed to meet again in Stockholm in June.", "en"),
    ("Karl Berg reçoit Anne Holm à Oslo\n\nLe président Karl Berg s'est entretenu avec la Première ministre "
     "Anne Holm à Oslo le 4 mars 2024. Les deux dirigeants sont convenus de se rencontrer à nouveau à Stockholm en juin.", "fr"),
])
def test_a_meeting_agreed_again_is_another_occasion(text, lang):
    meetings = _events(text, lang, "meeting")
    assert sorted(e.location for e in meetings) == ["Oslo", "Stockholm"]


@pytest.mark.parametrize("text, lang, visitor, place", [
    ("Senator Ines Marr held talks with President Omar Sall in Dakar during an official visit to Senegal.",
     "en", "Ines Marr", "Senegal"),
    ("Le député Luc Ferrand s'est entretenu avec le président Omar Sall à Dakar, à l'occasion d'une visite "
     "officielle au Sénégal.", "fr", "Luc Ferrand", "Senegal"),
])
def test_the_visitor_is_the_subject_not_the_person_governed_by_with(text, lang, visitor, place):
    visits = _events(text, lang, "visit")
    assert [(e.participants, e.location) for e in visits] == [([visitor], place)]


@pytest.mark.parametrize("text, lang, visitor", [
    # a relative clause is the governed person's own
    ("Prime Minister Tomas Berg met Defence Minister Li Wen, who is visiting Norway for the ceremony.",
     "en", "Li Wen"),
    # "of X's visit": X owns the visit
    ("The talks took place as part of President Ivan Petrov's working visit to Minsk.", "en", "Ivan Petrov"),
])
def test_a_governed_person_may_still_be_the_visitor(text, lang, visitor):
    visits = _events(text, lang, "visit")
    assert [e.participants for e in visits] == [[visitor]]


@pytest.mark.parametrize("text, lang, visitor", [
    ("President Tom Hale recalled the visit of Dr. Li Wu to Ghana.", "en", "Li Wu"),
    ("Le président Paul Martin a salué, à l'occasion de la visite de Mme Ana Lopes, la tenue d'un forum.",
     "fr", "Ana Lopes"),
    ("Le ministre Marc Leroy a préparé la visite de M. Kenji Tanaka au Japon.", "fr", "Kenji Tanaka"),
])
def test_the_person_after_visit_of_and_a_courtesy_title_is_the_visitor(text, lang, visitor):
    visits = _events(text, lang, "visit")
    assert [e.participants for e in visits] == [[visitor]]


def test_the_host_who_welcomes_a_visit_of_someone_is_no_visitor():
    text = "Le ministre Marc Leroy a salué la visite de Mme Ana Lopes au Chili."
    visits = _events(text, "fr", "visit")
    assert "Marc Leroy" not in [p for e in visits for p in e.participants]


@pytest.mark.parametrize("text, lang", [
    ("Dutch minister to visit Kenya, Uganda\n\nDutch Foreign Minister Anna de Vries is set to visit Kenya and "
     "Uganda to strengthen trade ties.", "en"),
    ("La ministre Claire Dubois en visite au Kenya et en Ouganda\n\nLa ministre française Claire Dubois se "
     "rendra au Kenya et en Ouganda pour renforcer les liens commerciaux.", "fr"),
])
def test_a_headline_tour_joins_the_body_stop_by_stop(text, lang):
    visits = _events(text, lang, "visit")
    assert sorted((e.location, e.status) for e in visits) == [("Kenya", "planned"), ("Uganda", "planned")]
