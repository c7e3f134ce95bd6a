"""What the title and people stages read from upstream: organisation and place mentions,
and page menus (navigation lines) where nobody is named."""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from ...extensions import doc_text
from ...spans import read_items

BULLET_LINE = re.compile(r"^[ \t]*[\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2043\u25ba\u25b8*\u2013-][ \t\u00a0]*(\S[^\n]*)?$", re.MULTILINE)
NAVIGATION_RUN = 3        # consecutive short bullet lines that make a menu
NAVIGATION_WORDS = 4      # at most this many words on a menu line
# the kinds of upstream mentions
ORG = "org"
PLACE = "place"


def upstream_mentions(doc: Doc) -> tuple[dict[int, tuple[int, str, str]], list[tuple[int, int]]]:
    """Organisation/place mentions (start -> (end, kind, name)) and the sorted intervals no
    person or title is found in (those mentions and page menus)."""
    spans, blocked = {}, []
    for section, kind in (("organizations", ORG), ("places", PLACE)):
        for item in read_items(doc, section):
            for m in item.get("mentions", []):
                spans[m["start"]] = (m["end"], kind, item.get("name"))
                blocked.append((m["start"], m["end"]))
    blocked.extend(navigation_lines(doc_text(doc)))
    blocked.sort()
    return spans, blocked


def inside(intervals: list[tuple[int, int]], start: int, end: int, strictly: bool = False) -> bool:
    """Does [start, end) overlap (or, strictly, lie within a larger) interval of the sorted list?"""
    i = bisect.bisect_right(intervals, (start, float("inf")))
    for s, e in intervals[max(0, i - 8):i + 1]:
        if strictly:
            if s <= start and end <= e and (e - s) > (end - start):
                return True
        elif s < end and start < e:
            return True
    return False



def navigation_lines(text: str) -> list[tuple[int, int]]:
    """Page menus: runs of several consecutive short bullet lines ("• An Giang", "• Politics",
    "- Contact us"), blank lines between them allowed. Their words are navigation, not text:
    no person is named there."""
    found, run, last_end = [], [], -1
    for m in BULLET_LINE.finditer(text):
        short = m.group(1) is not None and len(m.group(1).split()) <= NAVIGATION_WORDS
        if short and run and text[last_end:m.start()].strip() == "":
            run.append((m.start(), m.end()))
        else:
            if len(run) >= NAVIGATION_RUN:
                found.extend(run)
            run = [(m.start(), m.end())] if short else []
        last_end = m.end()
    if len(run) >= NAVIGATION_RUN:
        found.extend(run)
    return found


def hashtag(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] in "#@"

