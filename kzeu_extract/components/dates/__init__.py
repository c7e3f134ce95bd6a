"""kzeu_dates: date expressions, normalised to ISO.

``DateFinder`` (``finder``) holds the regexes compiled from a language pack's
``data/lang/<code>/dates.json`` (``grammar``; once per pack, shared with kzeu_document) and
returns non-overlapping date mentions (``items.Candidate``); every value then comes from the
one helper ``normalize.dates.resolve_date``. Forms found (the examples in English and French,
the packs' languages; the words are the pack's):

- full dates: "January 10, 2022", "Jan. 10, 2022", "10 January 2022", "1er mars 2021",
  "Thursday, 12 January 2023", "2022-01-19", "10.01.2022" / "10/01/2022" (day first by
  default: the sources are European/Kazakh and French; ``dayfirst=False`` for US texts);
- a year as an adjective ("the 1991 Almaty Declaration", "the 2019 decree"), a half-year or
  quarter ("first half of 2024", "Q1 2024", "premier semestre 2024"), resolved to the year;
- month + year ("March 2020", "décembre 1993"), year-less day + month ("le 7 février",
  "April 2" in a dateline), a bare month after a context word ("in January", "les
  événements de janvier"; English months must be capitalised, so "may"/"march" the verbs
  never match), a bare year after a context word ("in 1993", "since 2019", "en 1993");
- ranges, each end a date: "10-12 January 2022", "du 10 au 12 juin", "January-September 2023";
- weekdays ("on Thursday", "last Thursday", "jeudi dernier"; a bare one is the last such day
  on or before the reference date, or the next one in a future-tense sentence) and relative
  words ("yesterday", "hier", "next month", "la semaine dernière").

Also: a month-only date label ("date 2017-12"); a day and month with a direction ("le 3
novembre dernier": the past one); a year-less date closed by a year phrase ("1 October this
year", "in April next year": one date in that year, the phrase is no date of its own); a bare
month after "since"/"depuis"/"earlier in" is the past one. A weekday opening its sentence
("On Friday, the envoy will travel") is a future one when a future verb follows. A week
("this week", "la semaine dernière") is a date item without value; the month its week lies
in, when one, is stored apart (``doc.user_data["kzeu:week_months"]``) for events dated by it.

Not dates: decades ("the 1990s", "les années 1990"), durations ("30 years"), figures
("1,300 businesses", "plus de 2000 personnes"), a bare month named like a person of the text
("Theresa May" ... "after May arrived"), a future year naming a plan ("the 2050 Strategy",
"the 2030 Agenda"; a past one, "the 1991 Almaty Declaration", stays a date).

Reference: the document date or the --date option anchors deictic words; without them, a
deictic word beside an explicit date says when the text was written ("hier mercredi 21
octobre": "aujourd'hui" is the 22nd); else the inferred reference only completes years. A
publication date that kzeu_document read and the finder does not ("17 DE AGOSTO DE 2017" on a
date line) is added to the dates.

The public seam (kzeu_document uses it): ``Candidate``, ``date_finder(pack)`` (its ``find``,
``candidates(doc)``, ``deictic_anchor``), ``date_item`` and ``numeric_order``.
"""
from __future__ import annotations

from .component import DatesComponent, make_dates
from .finder import DateFinder, date_finder
from .items import Candidate, date_item, numeric_order

__all__ = ["Candidate", "DateFinder", "DatesComponent", "date_finder", "date_item", "make_dates", "numeric_order"]
