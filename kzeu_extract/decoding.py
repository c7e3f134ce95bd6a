"""Bytes -> text: UTF-8 first; a byte-order mark names its encoding; UTF-16 without one is
told by where its NUL bytes fall; otherwise a detector guesses, preferring cp1252 where it
cannot tell the Western European encodings apart. Real binary is refused."""
from __future__ import annotations

import codecs
import re

from .errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control characters no text file holds (tab, line feed, vertical tab, form feed and
# carriage return are text): what decodes as UTF-16 with one of them was binary.
_BINARY_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")

# UTF-16 of text in a Latin script: the high byte of nearly every code unit is NUL (ASCII
# letters, spaces, line breaks), the low byte almost never. Binary has NULs at both.
_UTF16_HIGH_NUL_SHARE = 0.25
_UTF16_LOW_NUL_SHARE = 0.01

# The legacy encoding of the Western European languages: chosen whenever the detector
# finds it reads the bytes with no more mess than its own best guess (for short French,
# the detector otherwise picks cp1250 as often as not: "Réunion ŕ Genčve").
_PREFERRED_LEGACY = "cp1252"


def decode(data: bytes, label: str) -> tuple[str, list[str]]:
    """The text of ``data`` and warnings saying how it was decoded when not as UTF-8.
    Raises InputError for empty or binary input."""
    if not data.strip():
        raise InputError(label, "empty file" if not data else "empty file (only white space)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(label, f"invalid {encoding} despite its byte-order mark ({exc.reason})") from None
            return _check_text(text, label), ([] if encoding == "utf-8-sig" else
                                              [f"decoded as {encoding} (byte-order mark)"])
    if b"\x00" in data:
        found = _utf16_without_bom(data)
        if found is None:
            raise InputError(label, "binary file (contains NUL bytes), not text")
        text, encoding = found
        return _check_text(text, label), [f"decoded as {encoding} (no byte-order mark; told by its NUL bytes)"]
    try:
        return _check_text(data.decode("utf-8"), label), []
    except UnicodeDecodeError:
        pass
    try:   # UTF-8 but for surrogates encoded one by one (as Python's surrogatepass or CESU-8
        # write them): still UTF-8; extraction replaces the lone surrogates by U+FFFD
        return (_check_text(data.decode("utf-8", "surrogatepass"), label),
                ["UTF-8 with surrogate code points encoded in it (not valid UTF-8)"])
    except UnicodeDecodeError:
        pass
    text, encoding = _detect_legacy(data, label)
    return _check_text(text, label), [f"not UTF-8: decoded as {encoding} (detected)"]


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) when ``data`` is UTF-16 text without a byte-order mark, else None."""
    if len(data) % 2:
        return None
    units = len(data) // 2
    for encoding, high, low in (("utf-16-le", data[1::2], data[0::2]), ("utf-16-be", data[0::2], data[1::2])):
        if high.count(0) >= _UTF16_HIGH_NUL_SHARE * units and low.count(0) <= _UTF16_LOW_NUL_SHARE * units:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:  # a lone surrogate: not UTF-16 after all
                return None
            return (None if _BINARY_CONTROL.search(text) else (text, encoding))
    return None


def _detect_legacy(data: bytes, label: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # only needed for the rare non-UTF-8 file

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise InputError(label, "not UTF-8 and no text encoding could be detected")
    # A match stands for every encoding that decodes the bytes to the same text.
    if any(_PREFERRED_LEGACY in match.could_be_from_charset for match in matches if match.chaos <= best.chaos):
        try:
            return data.decode(_PREFERRED_LEGACY), _PREFERRED_LEGACY
        except UnicodeDecodeError:
            pass
    return str(best), best.encoding


def _check_text(text: str, label: str) -> str:
    if not text.strip():
        raise InputError(label, "empty file (only white space)")
    return text
