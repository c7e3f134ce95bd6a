"""kzeu_figures: numeric facts - counts with the counted thing, money with ISO currency,
percentages, durations and physical quantities - with qualifiers and ranges.

Every number written in digits (or spelt out, parsed by text2num) is looked at in its
context with precompiled, anchored regexes: what stands before it (qualifier, currency
symbol, range opener) and after it (range, scale word, %, currency, unit). Numbers that
are references (``articles 2 and 4``), dates, years, times, phone numbers, parts of names
(``COVID-19``, ``G20``, ``5G``) or of URLs/hashtags are not figures. A bare number with
nothing counted is left out: a figure is only useful with what it measures.

The modules: ``schema`` (the data files' shapes), ``grammar`` (one pack compiled),
``context`` (what surrounds a number), ``reading`` (one number to one figure), ``nouns``
(what a count counts), ``written`` (spelt-out numbers), ``currencies`` (which dollar),
``component`` (the spaCy component and its factory).
"""
from .component import FiguresComponent, make_figures

__all__ = ["FiguresComponent", "make_figures"]
