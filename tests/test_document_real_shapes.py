"""kzeu_document on the head shapes of real web pages (menus, site names, agency lines,
labels, datelines in other layouts), through the public API. The texts are invented; each
shape is one family seen in real news pages."""
from __future__ import annotations

import pytest

from kzeu_extract import extract

BODY = ("The two ministers discussed trade, transport links and regional security, and agreed to "
        "meet again before the end of the year to review the progress of their joint projects.\n")


def publication(text: str, **kwargs):
    record = extract(text, **kwargs)
    date = record.document_date
    for item in record.dates:
        assert text[item.start:item.end] == item.text
    return date, record


@pytest.mark.parametrize("text, expected", [
    # menus, site names and language menus push the date line far below the first lines
    ("Home | World | Politics | Business\nSearch\nEnglish | Français | Español\nLatest news\n"
     "Archived Articles\nMinisters discuss the rail link\nArchived Articles 14 Mar 2019  NWR\n" + BODY,
     "2019-03-14"),
    ("Menu\nClose\nNo announcement yet.\nFilter\nTime\nShow\nClear All\nnew posts\n"
     "Envoy ready to meet rebel leader in the capital\nRiverside Courier, Ruritania\n    June 3 2004\n" + BODY,
     "2004-06-03"),
    # labelled lines: the published date, not the update
    ("Envoys meet on the peace plan\nPublished: Mar 2, 2016 9:15 AM Updated: Jun 30, 2018 3:02 PM\n" + BODY,
     "2016-03-02"),
    ("Télécharger l'application\nPUBLICITÉ\nÉconomie Publié le mardi 4 mars 2014 | L'Observateur\n"
     "Le ministre reçoit son homologue\n" + BODY, "2014-03-04"),
    # an update label is weaker than another stated date
    ("Skip to the content.\n\nLast Update : Monday, Jun 6, 2016\n\nGovernment Weekly\n\n"
     "[Ministry of Trade of Ruritania] [Thursday, Jun 2, 2016]\n\nTrade talks\n\n" + BODY, "2016-06-02"),
    ("Le ministre en visite\nDernière mise à jour : 5 avril 2017\n" + BODY, "2017-04-05"),
    # agency-and-date lines, with a time and a time zone
    ("Page d'accueil>>Monde\nLes ministres se rencontrent\nAnadolu | 12.04.2018 14h05\n" + BODY, "2018-04-12"),
    ("Minister on a two-day visit\n\nKyodo\nMarch 5, 2020 09:30 JST\n" + BODY, "2020-03-05"),
    ("Ministers meet in Accra\nJane Doe • 7 July 2021 16:45\n" + BODY, "2021-07-07"),
    # a date alone in parentheses on its line
    ("Rechercher\nNewsletter\nAccueil > News\nLe chef de l'Etat à Rome\n(14/02/2011)\n" + BODY, "2011-02-14"),
    # datelines: with a colon, with a press-release label, with a venue, the date first
    ("PR No.45\nMINISTER RECEIVES CALL\nDhaka: March 9, 2019\n\n" + BODY, "2019-03-09"),
    ("Conference of ambassadors\n\nGeneva, Press release, 03.11.2016\n\n" + BODY, "2016-11-03"),
    ("Conférence des ambassadeurs\n\nGenève, Communiqué de presse, 03.11.2016\n\n" + BODY, "2016-11-03"),
    ("Compte rendu du Porte-parole\n\n\nHôtel Matignon - Paris le mardi 6 mars 2012.\n\n" + BODY, "2012-03-06"),
    ("Saturday, March 2, 2024\n\nThe Daily Star\n\nNews for all\n\nPresident holds talks\n\n"
     "May 3, 2006 (NAIROBI) — The President met the visiting envoy on Wednesday 3 May.\n", "2006-05-03"),
    # a year-less dateline with a two-digit year
    ("Lyon, 14 mars. 09 [Agence Sud] --- Le ministre a reçu son homologue.\n", "2009-03-14"),
    # "today" beside a full date in the first sentence
    ("Minister concludes visit\n\nThe Minister has today 14 May 2013 concluded a working visit to Lima.\n"
     + BODY, "2013-05-14"),
    # a credit line closing the article, before the page footer
    ("Envoy meets minister\n\nThe envoy met the minister on Tuesday.\n\n(Kyodo News Service March 4, 2011)\n\n"
     "Tools: Save | Print\nRelated >>\n- Other news\n- More news\n", "2011-03-04"),
    # a date line in the site's own language (Spanish, Portuguese, Italian, German)
    ("14 DE MARZO DE 2016\n\n[ARCHIVE] President meets the envoy\n\n" + BODY, "2016-03-14"),
    ("Ministers meet\nquinta-feira, 9 de junho de 2022\n" + BODY, "2022-06-09"),
    ("Ministers meet\nDienstag, 3. Mai 2022\n" + BODY, "2022-05-03"),
    ("Ministers meet\n21 settembre 2018\n" + BODY, "2018-09-21"),
    # a month-only date label, then the date line
    (" date 2019-06 lundi 3 juin 2019 Le ministre est attendu à Dakar pour une visite de travail.\n", "2019-06-03"),
])
def test_publication_date_shapes(text, expected):
    assert publication(text)[0] == expected


@pytest.mark.parametrize("text", [
    # a historical date in parentheses closing a body paragraph is no publication date
    "Leaders recall the treaty\n\nThe leaders recalled the importance of the border treaty that the two "
    "countries signed after long negotiations, which ended a dispute of several decades over the river "
    "(12 June 1995).\n",
    # an embedded post's signature
    "Le ministre a rencontré son homologue.\n— L'Ambassade de Ruritanie (@AmbRuritanie) 3 mars 2022\n",
    # a date in another language inside a sentence is not read
    "Ministers meet\nThe talks of 14 de marzo de 2016 went well, the spokesman said.\n",
    # a month-only label alone: a month, no publication date
    " date 2018-04 Le ministre est arrivé jeudi 12 avril à Dakar.\n",
])
def test_no_publication_date(text):
    assert publication(text)[0] is None


def test_site_date_header_loses_to_the_article_dateline():
    text = ("Monday, January 8, 2024\n\nThe Courier\n\nIndependent news\n\nMinisters hold talks\n\n"
            "Feb 10, 2009 (LUSAKA) — The minister held talks with the envoy here on Tuesday 10 February.\n")
    date, record = publication(text)
    assert date == "2009-02-10"
    assert "2009-02-10" in {d.value for d in record.dates}


def test_labelled_publication_date_anchors_a_yearless_dateline():
    text = ("Envoy meets President\nPublished: Mar 2, 2016 9:15 AM Updated: Jun 30, 2018\n\n"
            "LIMA, March 1 (Agency) -- The President met the envoy on Tuesday.\n")
    date, record = publication(text)
    assert date == "2016-03-02"
    values = {d.text: d.value for d in record.dates}
    assert values["March 1"] == "2016-03-01" and values["Tuesday"] == "2016-03-01"


def test_month_label_lends_its_year_and_month():
    date, record = publication(" date 2018-04 Le ministre est arrivé jeudi 12 avril à Dakar.\n")
    assert date is None
    assert {d.value for d in record.dates} == {"2018-04", "2018-04-12"}


def test_deictic_word_beside_a_date_says_when_the_text_was_written():
    text = ("Le président a eu hier jeudi 12 mars 2015 un entretien avec son homologue. "
            "Il parle aujourd'hui devant le parlement.\n")
    date, record = publication(text)
    assert date is None
    values = {d.text: d.value for d in record.dates}
    assert values["hier"] == "2015-03-12" and values["aujourd'hui"] == "2015-03-13"
    assert any("beside an explicit date" in w for w in record.warnings)


def test_a_publication_date_in_another_language_is_one_of_the_dates():
    text = "14 DE MARZO DE 2016\n\nPresident meets the envoy\n\nThe President met the envoy on Monday.\n"
    date, record = publication(text)
    assert date == "2016-03-14"
    assert [(d.text, d.value) for d in record.dates] == [("14 DE MARZO DE 2016", "2016-03-14"),
                                                         ("Monday", "2016-03-14")]
