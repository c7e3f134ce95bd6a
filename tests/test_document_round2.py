"""Publication dates and dates, generalisation round: agency-first datelines, a time before a
dateline, month-first numeric dates a dateline confirms, navigation menus in the head,
year-first date lines (CJK, Mongolian), weekdays in announcements, "ce jour", weekdays closed
by a week phrase, and days counted from the date named before ("la veille", "the next day").
Invented texts, through the public API."""
from __future__ import annotations

import pytest

from kzeu_extract import extract

BODY = ("The two ministers discussed trade, transport links and regional security, and agreed to "
        "meet again before the end of the year to review the progress of their joint projects.\n")
CORPS = ("Les deux ministres ont évoqué le commerce, les transports et la sécurité régionale, et sont "
         "convenus de se revoir avant la fin de l'année pour faire le point sur leurs projets communs.\n")


def record(text: str, **kwargs):
    rec = extract(text, **kwargs)
    for item in rec.dates:
        assert text[item.start:item.end] == item.text
    return rec


def values(rec):
    return [(d.text, d.value) for d in rec.dates]


@pytest.mark.parametrize("text, expected", [
    # an agency in capitals, a full stop, then the date
    ("Ministers of Chile and Peru meet\nNOTIMEX-PRESS. March 14, 2011. The talks were held in Lima "
     "and lasted four hours, the two delegations said after the meeting ended.\n" + BODY, "2011-03-14"),
    ("Les ministres se rencontrent\nAGENCE APS. 3 mai 2016. Les entretiens se sont déroulés à Alger "
     "en présence des deux délégations et ont duré plusieurs heures selon les deux parties.\n" + CORPS,
     "2016-05-03"),
    # a year-less dateline after a time and a separator, its year from the --date option
    ("Envoy in Quito\n\n08:15 | Quito, Sept. 3.\n\n" + BODY, "2014-09-03"),
    ("Le ministre à Dakar\n\n10h05 - Dakar, 4 févr. (APS) -\n\n" + CORPS, "2014-02-04"),
])
def test_agency_first_and_timed_datelines(text, expected):
    assert record(text, reference_date="2014-06-01").document_date == expected


def test_without_capitals_a_name_and_a_full_stop_is_no_agency_dateline():
    text = ("Ministers meet\n\nToday. March 14, 2011 was the day the talks began in Quito, the two delegations "
            "said after the meeting had ended late in the evening.\n" + BODY)
    assert record(text).document_date is None


@pytest.mark.parametrize("text, expected_doc, expected_numeric", [
    # the dateline names 6 July: the numeric 7/6/2013 is month first
    ("Envoy in Bogota\n\nBogota, Jul. 6.\n\nThe envoy met the minister.\n\nPosted: 7/6/2013\n",
     "2013-07-06", "2013-07-06"),
    # without a dateline the European reading stays
    ("Envoy in Bogota\n\nPosted: 7/6/2013\n\n" + BODY, "2013-06-07", "2013-06-07"),
    # a date of the text with a day above 12 tells the order of the others
    ("Envoy in Bogota\n\nPosted: 7/6/2013\n\nThe accord of 11/23/2012 was renewed.\n",
     "2013-07-06", "2013-07-06"),
])
def test_the_order_of_numeric_dates(text, expected_doc, expected_numeric):
    rec = record(text)
    assert rec.document_date == expected_doc
    assert dict(values(rec))["7/6/2013"] == expected_numeric


def test_a_long_menu_does_not_push_the_date_line_out_of_the_head():
    menu = "".join(f"  • District {name}\n" for name in
                   "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike "
                   "November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey Xray Yankee Zulu".split())
    menu += "".join(f"Section {n}\n" for n in ("Home", "World", "Sport", "Culture", "Science", "Weather"))
    text = menu + "\nLeaders meet at the summit\n\nMarch 5, 2012 10:15 AM GMT+3\n\n" + BODY
    assert record(text).document_date == "2012-03-05"
    # twenty-five lines of prose before it are still the end of the head
    prose = "".join(f"Line {n}, with a clause.\n" for n in range(30))
    assert record(prose + "\nMarch 5, 2012 10:15 AM GMT+3\n\n" + BODY).document_date is None


@pytest.mark.parametrize("line, expected", [
    ("2018 оны 9 сарын 3", "2018-09-03"),
    ("2018年9月3日", "2018-09-03"),
    ("2018년 9월 3일", "2018-09-03"),
])
def test_a_year_first_date_line(line, expected):
    text = f"Minister meets envoy\n\n{line}\n\nYesterday (2nd September), the minister met the envoy.\n"
    rec = record(text)
    assert rec.document_date == expected
    assert ("Yesterday", "2018-09-02") in values(rec)


@pytest.mark.parametrize("text, lang, expected", [
    # an announcement: its bare weekdays are ahead, but in a past sentence
    ("Danish minister to visit Rome\n\nMadrid, 10.03.2021\n\nThe Danish Foreign Minister will travel to Rome "
     "this week to hold talks with his Italian counterpart, the ministry said.\n\nThe talks in the Italian "
     "capital on Friday are the third this year. The two ministers last met on Monday in Brussels.\n", "en",
     [("Friday", "2021-03-12"), ("Monday", "2021-03-08")]),
    ("Le ministre attendu à Rome\n\nMadrid, 10.03.2021\n\nLe ministre danois des Affaires étrangères est "
     "attendu à Rome cette semaine pour des entretiens avec son homologue italien, a indiqué le ministère.\n\n"
     "La rencontre de vendredi portera sur le commerce. Le ministre a reçu lundi son homologue belge.\n", "fr",
     [("vendredi", "2021-03-12"), ("lundi", "2021-03-08")]),
    # not an announcement: a bare weekday is the past one
    ("Danish minister in Rome\n\nMadrid, 10.03.2021\n\nThe Danish Foreign Minister travelled to Rome to hold "
     "talks with his Italian counterpart, the ministry said in a statement.\n\nThe talks on Friday covered "
     "trade.\n", "en", [("Friday", "2021-03-05")]),
    # a future verb right after the weekday
    ("Talks\n\nMadrid, 10.03.2021\n\nThe ministers met last year. The meeting on Friday will be their third "
     "one.\n", "en", [("Friday", "2021-03-12")]),
    # a schedule phrase
    ("Talks\n\nMadrid, 10.03.2021\n\nThe session is slated for Friday.\n", "en", [("Friday", "2021-03-12")]),
])
def test_weekdays_in_announcements(text, lang, expected):
    found = [(t, v) for t, v in values(record(text, lang=lang)) if t.lower() in {e[0].lower() for e in expected}]
    assert found == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Le ministre a reçu ce jour l'ambassadeur de Norvège.", "fr", [("ce jour", "2019-05-08")]),
    ("À ce jour, aucun accord n'a été signé. Ce jour-là, il pleuvait.", "fr", []),
    ("The envoy will arrive on Tuesday next week and leave on Friday this week.", "en",
     [("Tuesday next week", "2019-05-14"), ("Friday this week", "2019-05-10")]),
    ("Le ministre arrivera mardi la semaine prochaine.", "fr", [("mardi la semaine prochaine", "2019-05-14")]),
    ("The talks take place this week.", "en", [("this week", None)]),
])
def test_today_and_week_phrases(text, lang, expected):
    assert values(record(text, lang=lang, reference_date="2019-05-08")) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("On 4 June 2015 the envoy reached Oslo. The next day he met the Prime Minister; the day before, "
     "he had been in Bergen.", "en",
     [("4 June 2015", "2015-06-04"), ("The next day", "2015-06-05"), ("the day before", "2015-06-03")]),
    ("Le 9 octobre 2017, la ministre est arrivée à Berne. La veille, elle avait rencontré le président; "
     "le lendemain, elle est repartie.", "fr",
     [("9 octobre 2017", "2017-10-09"), ("La veille", "2017-10-08"), ("le lendemain", "2017-10-10")]),
    # the eve of a named thing, and no date named before: no date
    ("The day before the vote, the envoy left. The next day he came back.", "en", []),
    ("La veille du sommet, le ministre est arrivé.", "fr", []),
])
def test_days_counted_from_the_date_named_before(text, lang, expected):
    assert values(record(text, lang=lang)) == expected
