"""The rich console the commands print their tables with (kzeu kb, kzeu evaluate).

rich answers a closed stdout (``kzeu kb stats | head -1``) with exit code 1; here, as in
every command, the reader that closed the pipe had what it wanted: exit 0, quietly
(README: "Pipes and exit codes")."""
from __future__ import annotations

import typer


def stdout_console(**options):
    from rich.console import Console

    from ..batch import EXIT_PIPE_CLOSED, _quiet_stdout

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            _quiet_stdout()
            raise typer.Exit(EXIT_PIPE_CLOSED)

    return _Console(**options)
