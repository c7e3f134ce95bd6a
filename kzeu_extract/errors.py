"""Errors a user can cause. The CLI turns each into one line on stderr, never a traceback."""
from __future__ import annotations


class KzeuError(Exception):
    """Base class: a problem with the user's input or settings, with a readable message."""


class UsageError(KzeuError):
    """A request that cannot be carried out as given (options that contradict each other, a
    --glob that would leave its folder, an output that is also an input): nothing is done."""


class UnsupportedLanguage(UsageError):
    """A language no language pack supports (``extract(text, lang="de")``, ``--lang de``)."""


class InputError(KzeuError):
    """A document could not be read: missing, empty, binary, undecodable, unreadable."""

    def __init__(self, path: str, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class OutputError(KzeuError):
    """The records could not be written: names the output (a path, or <stdout>) and why."""

    def __init__(self, path: str, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class OutputClosed(OutputError):
    """Whoever read our stdout went away (``kzeu extract dir | head -1``): not an error
    worth a message, the run just stops."""


class DataError(KzeuError):
    """A file in data/ is malformed; names the file and the bad key."""

    def __init__(self, file: str, reason: str):
        super().__init__(f"data file {file}: {reason}")
