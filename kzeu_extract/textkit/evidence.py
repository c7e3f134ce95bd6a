"""Evidence dicts and URL spans (where no name is a mention)."""
from __future__ import annotations

import re


def evidence(text: str, start: int, end: int) -> dict:
    """The evidence dict for ``text[start:end]``, trimmed of surrounding white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return {"text": text[start:end], "start": start, "end": end}


# Top-level domains seen in news URLs (not words of any language).
_URL = re.compile(r"(?:https?://|www\.)|[\w-]\.(?:com|org|net|kz|eu|int|gov|ru|fr|be|uk|info|io)(?:/|$)")
_SPACE = re.compile(r"\s")


def url_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs ("pic.twitter.com/xyz", "https://...", "www.gov.kz"). Only words holding
    "/" or "www." are looked at, which keeps this cheap."""
    spans = []
    for marker in ("/", "www."):
        i = text.find(marker)
        while i != -1:
            start = max(text.rfind(c, 0, i) for c in " \n\t") + 1
            space = _SPACE.search(text, i)
            end = space.start() if space else len(text)
            if _URL.search(text, start, end):
                spans.append((start, end))
            i = text.find(marker, end)
    return spans
