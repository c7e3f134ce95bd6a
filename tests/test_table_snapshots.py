"""The table view as a real terminal shows it, at 60, 80 and 160 columns.

`kzeu extract` and `kzeu events` run, without --width, in tmux sessions of those widths (so
the width is the terminal's own), and the screens, captured with `tmux capture-pane`, must
equal tests/snapshots/table_<width>.txt.

After a deliberate change of the view, regenerate the snapshots and read them (git diff)
before committing them:

    KZEU_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_table_snapshots.py

Skipped without tmux (`make install` installs it with apt-get when run as root).
"""
from __future__ import annotations

import difflib
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "table_view"
SNAPSHOTS = ROOT / "tests" / "snapshots"
WIDTHS = (60, 80, 160)
COMMANDS = ("extract texts/tashkent_visit.txt", "events texts/")
TIMEOUT = 180  # seconds for all the sessions' commands (each loads the pipeline)


def _script(folder: Path, socket: Path, channel: str) -> str:
    """What a session runs: each command after a prompt-like line, then a signal to the test,
    then a pause that keeps the pane (the test ends the session)."""
    kzeu = (f"env -u COLUMNS -u LINES PYTHONPATH={shlex.quote(str(ROOT))} "
            f"KZEU_CACHE_DIR={shlex.quote(os.environ.get('KZEU_CACHE_DIR', ''))} "
            f"{shlex.quote(sys.executable)} -m kzeu_extract")
    steps = [f"cd {shlex.quote(str(folder))}"]
    for command in COMMANDS:
        steps += [f"echo {shlex.quote('$ kzeu ' + command)}", f"{kzeu} {command}"]
    steps += [f"tmux -S {shlex.quote(str(socket))} wait-for -S {channel}", "sleep 600"]
    return "; ".join(steps)


def _capture(tmux: list[str], session: str) -> str:
    screen = subprocess.run([*tmux, "capture-pane", "-p", "-t", session, "-S", "-", "-E", "-"],
                            capture_output=True, text=True, check=True, timeout=30).stdout
    return "\n".join(line.rstrip() for line in screen.splitlines()).strip("\n") + "\n"


def test_the_table_view_in_a_terminal_60_80_and_160_columns_wide(tmp_path: Path):
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed (make install installs it as root): no terminal to capture")
    (tmp_path / "texts").mkdir()
    for text in FIXTURES.glob("*.txt"):
        shutil.copy(text, tmp_path / "texts" / text.name)
    socket = tmp_path / "tmux.sock"
    tmux = ["tmux", "-S", str(socket), "-f", os.devnull]
    screens = {}
    try:
        for width in WIDTHS:  # side by side, each session its own width
            subprocess.run([*tmux, "new-session", "-d", "-s", f"w{width}", "-x", str(width), "-y", "50",
                            _script(tmp_path, socket, f"done{width}")], check=True, timeout=30)
        for width in WIDTHS:
            subprocess.run([*tmux, "wait-for", f"done{width}"], check=True, timeout=TIMEOUT)
            screens[width] = _capture(tmux, f"w{width}")
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True, timeout=30, check=False)
    update = os.environ.get("KZEU_UPDATE_SNAPSHOTS") == "1"
    differences = []
    for width, screen in screens.items():
        snapshot = SNAPSHOTS / f"table_{width}.txt"
        assert max(len(line) for line in screen.splitlines()) <= width
        if update:
            snapshot.parent.mkdir(exist_ok=True)
            snapshot.write_text(screen, encoding="utf-8")
        elif not snapshot.is_file() or snapshot.read_text(encoding="utf-8") != screen:
            expected = snapshot.read_text(encoding="utf-8") if snapshot.is_file() else ""
            differences.append("".join(difflib.unified_diff(
                expected.splitlines(True), screen.splitlines(True), str(snapshot), f"screen at {width} columns")))
    assert not differences, "\n".join(differences) + "\n(KZEU_UPDATE_SNAPSHOTS=1 regenerates the snapshots)"
