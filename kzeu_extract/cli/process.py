"""Start-up settings for a process that is the ``kzeu`` command's own (not a library user's)."""
from __future__ import annotations


def command_process() -> None:
    """Called by a command before it imports the pipeline."""
    from ..spacy_setup import defer_command_line

    defer_command_line()   # spaCy without its own command line (a third of its import)
    from ..pipeline import freeze_after_build

    freeze_after_build()   # the collector then skips the pipelines' objects
