"""Code points a text may hold that cannot be encoded: lone surrogates (U+D800-U+DFFF),
which text from the web and from JSON decoding can contain. spaCy's string store and the
JSON output encode every string as UTF-8, and a lone surrogate has no UTF-8 form; each is
replaced by U+FFFD, one character for one, so every offset stays what it was."""
from __future__ import annotations

import re

REPLACEMENT = "\ufffd"
_UNENCODABLE = re.compile("[\ud800-\udfff]")


def replace_unencodable(text: str) -> tuple[str, int]:
    """(``text`` with each lone surrogate replaced by U+FFFD, how many were replaced); the
    text itself, at the cost of one search, when it holds none."""
    if _UNENCODABLE.search(text) is None:
        return text, 0
    return _UNENCODABLE.subn(REPLACEMENT, text)


def unencodable_warning(count: int) -> str:
    return f"{count} unencodable code point(s) (lone surrogates) replaced by U+FFFD"


def printable_path(path: str) -> str:
    """``path`` in a form JSON and terminals take. Python carries file-name bytes that are not
    UTF-8 as lone surrogates (PEP 383), which no JSON encoder takes: they are written as
    backslash escapes of the bytes, b'caf\\xe9.txt' (read as 'caf\\udce9.txt') becoming
    'caf\\\\xe9.txt'."""
    return _UNENCODABLE.sub(_escape_surrogate, path)


def _escape_surrogate(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"
