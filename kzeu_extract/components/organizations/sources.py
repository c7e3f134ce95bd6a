"""Where a text names its source ("(PTI)", "By Wam", "- BERNAMA", "according to AP"), the
bracketed source of a dateline, a site's domain named as its source; and the page parts
whose names are no mentions (headings in capitals, menus of bulleted links)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...textkit import UPPER_LETTER
from ...textkit.datelines import dateline_sources as bracketed_sources
from ...textkit.unicode_classes import compile_pattern
from .candidates import SOURCE_NAME, Candidate, covered
from .grammar import Grammar

_LINE_START = compile_pattern(rf"(?:^|\n)[ \t>*•–—-]*(?:{UPPER_LETTER}[\w.]*(?:[ \t]+{UPPER_LETTER}[\w.]*)*,[ \t]*)?$")
_LINE_END = compile_pattern(r"[ \t]*(?:$|\n|[-–—:,]|\d)")
_DASH_BEFORE = compile_pattern(r"[-–—][ \t]*$")
_PART = compile_pattern(r"[^/]+")
_MENU_LINE = compile_pattern(r"^[ \t]*(?:[-–>•*+|][ \t]*)(?:\S+[ \t]+){0,5}\S+[ \t]*$", re.MULTILINE)
_LETTER_WORD = compile_pattern(r"[^\W\d_]{2,}")


def source_position(g: Grammar, text: str, start: int, end: int) -> bool:
    """The name stands where a text names its source."""
    before = text[max(0, start - 30):start]
    if g.source_before.search(before):
        return True
    if g.source_after.match(text, end) and (before.rstrip()[-1:] in ("(", "[", "/")
                                            or g.source_verbs.search(text[end:end + 15])):
        return True
    line_end = _LINE_END.match(text, end)
    # "NAN" alone on a line, "Ankara, IRNA -", "... - BERNAMA"
    return bool(line_end and (_LINE_START.search(text, max(0, start - 40), start) or _DASH_BEFORE.search(before)))


def in_capitals_line(text: str, start: int, end: int, cache: dict) -> bool:
    """The mention stands in a line of three or more words written in capitals (a heading);
    ``cache`` keeps the answer per line, so each line is read once."""
    a = text.rfind("\n", 0, start) + 1
    if a not in cache:
        b = text.find("\n", end)
        words = _LETTER_WORD.findall(text[a:b if b != -1 else len(text)])
        cache[a] = len(words) >= 3 and sum(w.isupper() for w in words) >= 0.8 * len(words)
    return cache[a]


def menu_spans(text: str) -> list[tuple[int, int]]:
    """Runs of three or more short bulleted lines ("- Foreign Ministry", "> Iran Nuclear
    Issue"): a site's menu or link list, whose names are no mentions."""
    spans, run = [], []
    for match in _MENU_LINE.finditer(text):
        if run and text[run[-1][1]:match.start()].strip("\n") != "":
            if len(run) >= 3:
                spans.append((run[0][0], run[-1][1]))
            run = []
        if match.group().rstrip()[-1:] in ".!?;:":
            continue
        run.append(match.span())
    if len(run) >= 3:
        spans.append((run[0][0], run[-1][1]))
    return spans


@lru_cache(maxsize=8)
def _domain_pattern(suffixes: tuple[str, ...]) -> re.Pattern:
    suffix = "|".join(re.escape(s) for s in suffixes) or r"(?!x)x"
    return compile_pattern(rf"(?<![\w@/.-])([A-Za-z][A-Za-z0-9-]{{2,}}\.(?:{suffix}))(?![\w/.-]|\.\w)")


def source_domains(g: Grammar, geo, store, text: str, candidates) -> list[Candidate]:
    """A site's domain named as the source: "Staff Correspondent, bdnews24.com", "Bonaberi.com" alone."""
    taken = covered(candidates)
    found = []
    for match in _domain_pattern(store.source_domain_suffixes).finditer(text):
        start, end = match.span(1)
        if not taken.covers(start, end) and source_position(g, text, start, end):
            found.append(Candidate(start, end, SOURCE_NAME, geo.name_key(match.group(1)), match.group(1), None))
    return found


def dateline_sources(geo, text: str, candidates, place_spans) -> list[Candidate]:
    """The bracketed source of a dateline ("Kathmandu, Jan 7 (PTI) -"): a news organization,
    unless it is a place ("(ADDIS ABABA) -") or already known."""
    found = []
    taken = covered(candidates, place_spans)
    for start, end in bracketed_sources(text):
        name = text[start:end]
        if taken.covers(start, end) or any(s < end and start < e for s, e in place_spans):
            continue
        if " " in name and name.isupper() or geo.country_code(name):
            continue  # "(ADDIS ABABA)": a place in capitals
        for part in _PART.finditer(name):
            a, b = start + part.start(), start + part.end()
            if not taken.covers(a, b):
                found.append(Candidate(a, b, SOURCE_NAME, geo.name_key(part.group()), part.group(), None))
    return found

