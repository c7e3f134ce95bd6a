"""Errors a user can cause. The CLI turns each into one line on stderr, never a traceback."""
from __future__ import annotations


class KzeuError(Exception):
    """Base class: a problem with the user's input or settings, with a readable message."""


class InputError(KzeuError):
    """A document could not be read: missing, empty, binary, undecodable, unreadable."""

    def __init__(self, path: str, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class DataError(KzeuError):
    """A file in data/ is malformed; names the file and the bad key."""

    def __init__(self, file: str, reason: str):
        super().__init__(f"data file {file}: {reason}")
