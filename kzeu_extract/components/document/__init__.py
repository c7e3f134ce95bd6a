"""kzeu_document: the title, the publication date the text states, and the reference date.

The publication date is looked for in the head of the document: its first non-blank lines
(up to _SCAN_LINES), menus and site names included, down to the second body paragraph; a
date inside a body sentence (or a tweet quoted further down) is an event date. Every date
found there gets a rank, and the best rank wins (the earliest on a tie):

1. a leading ``date 2022-01-19`` label (source "date_line"); a month-only ``date 2017-12``
   label is no publication date, but a full date right after it is the date line, and its
   month completes year-less dates;
2. a date after a publication label on a date line ("Published: Apr 19, 2009 11:05 AM
   Updated: May 25, 2011", "Politique Publié le samedi 1 septembre 2012 | Nord-Sud");
3. a dateline with its year, opening a line: ``PLACE, date`` (or ``PLACE: date``) followed by
   the agency, a dash or nothing ("ASTANA, 12 March 2023 (Reuters) -", "Islamabad: August
   17, 2021", "Bruxelles, le 3 mars 2023"), the date first ("Oct 7, 2005 (ADDIS ABABA) —"), or
   a place and date in parentheses closing the title or a short line ("... (Paris, 12 mars
   2025)", "(23/10/2007)"): the article's own date, so it beats a site's date header;
4. a date line: a short line holding a full date and otherwise only names (agency, site,
   section, city), labels, times and time zones, separators ("January 10, 2022", "Xinhua |
   29.08.2015 09h37", "August 11, 2023 11:50 MYT", "Berne, Communiqué de presse, 17.08.2015",
   "Palais de l'Elysée - Paris le vendredi 26 janvier 2007.", "[Ministry of X] [Tuesday, Oct
   6, 2015]");
5. a year-less dateline ("NUR-SULTAN, April 2 /TASS/", "Paris, 27 juin. 06 [Agency]" with a
   two-digit year), dated only when a year can be found (the --date option, a full date
   ranked above, else the text's inferred reference);
6. a date after an update label ("Last Update : Friday, Oct 9, 2015"): only a revision;
7. "today" right beside a full date in the head ("has today 20 October 2010 concluded");
8. a credit line in parentheses among the last lines ("(Xinhua News Agency December 3, 2007)");
then source "option": the ``--date`` option (``doc._.kzeu_option_date``). Ranks 2-8 have
source "date_line" or "dateline" (datelines).

Reference date (what year-less and relative dates resolve against): the document date,
else the option date, else the day a deictic word beside an explicit date says the text was
written ("hier mercredi 21 octobre": the 22nd; kzeu_dates then resolves "aujourd'hui"), else
INFERRED as the latest full date (day, month and year) that the text states (seed-like texts
quote an old event, "2 février 1993", and a recent one, "2 février 2022"; the text cannot have
been written before the latest), or, without any full date, the latest month it states (or
the month of a ``date 2017-12`` label); bare years lend nothing ("depuis 1994 ... le 20
janvier" says nothing of the year of 20 January). An inferred reference only lends its year
to year-less dates ("le 7 février" -> 2022-02-07) and years ("this year"); deictic words such
as "yesterday" stay unresolved with it (see kzeu_dates). A warning says how it was inferred.

Title: the first line when it reads as a headline (short, its own line, no final full stop,
not a dateline), after stripping a leading ``date YYYY-MM-DD``; else None.

Modules: ``lines`` (the head's lines), ``head_words`` (labels and date lines, from the
``document.json`` and ``dates.json`` of every pack: a page's head may be in any of their
languages), ``publication`` (the ranks), ``component``; datelines are read by the one
recogniser, ``textkit.datelines``.
"""
from __future__ import annotations

from .component import DocumentComponent, make_document

__all__ = ["DocumentComponent", "make_document"]
