"""Reading the source tables: every stored version of a CSV file in a git checkout.

A source repository is read with git (a clone or a bare mirror): the history of a file is
itself data here, since each version lists the office holders at the time it was made."""
from __future__ import annotations

import csv
import io
import subprocess
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Version:
    commit: str
    date: str  # YYYY-MM-DD of the commit
    header: str
    lines: list[str]  # raw lines, lines[0] is the header (file line 1)


@dataclass
class Row:
    """One source row, with where it was read."""

    repo: str
    path: str
    commit: str
    line: int
    raw: str
    header: str
    values: dict[str, str]
    version: int  # index of its version in the file's history (0 = oldest)
    newest: bool = field(default=False)  # read from the newest version of the file

    @property
    def cite(self) -> str:
        return f"{self.repo}@{self.commit}:{self.path}#L{self.line}"


def git(gitdir: Path, *args: str) -> str:
    out = subprocess.run(["git", f"--git-dir={gitdir}", *args], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def resolve_gitdir(path: Path) -> Path:
    """A clone's .git, a bare mirror, or a folder holding one of them."""
    for candidate in (path / ".git", path, path / "repo", path / "repo" / ".git"):
        if (candidate / "HEAD").is_file() and (candidate / "objects").is_dir():
            return candidate
    raise SystemExit(f"no git directory at {path}")


def head_commit(gitdir: Path) -> str:
    return git(gitdir, "rev-parse", "HEAD").strip()


def file_versions(gitdir: Path, path: str) -> list[Version]:
    """Every version of `path` on HEAD's history, oldest first."""
    log = git(gitdir, "log", "--reverse", "--format=%H %cs", "HEAD", "--", path).split("\n")
    versions = []
    for entry in filter(None, log):
        commit, date = entry.split()
        try:
            text = git(gitdir, "show", f"{commit}:{path}")
        except subprocess.CalledProcessError:  # the commit deleted the file
            continue
        lines = text.splitlines()
        if lines:
            versions.append(Version(commit, date, lines[0], lines))
    return versions


def parse_version(repo: str, path: str, version: Version, index: int, newest: bool) -> list[Row]:
    """The rows of one version; a quoted field with a line break keeps the first line's number."""
    rows = []
    text = "\n".join(version.lines)
    reader = csv.reader(io.StringIO(text))
    header = next(reader)
    line_of_row = 2
    for record in reader:
        raw_start = line_of_row
        line_of_row = reader.line_num + 1
        raw = "\n".join(version.lines[raw_start - 1:reader.line_num])
        if not record or len(record) != len(header):
            continue
        rows.append(Row(repo, path, version.commit, raw_start, raw, version.header,
                        dict(zip(header, record)), index, newest))
    return rows


def read_history(gitdir: Path, repo: str, path: str) -> tuple[list[Row], list[Version]]:
    versions = file_versions(gitdir, path)
    rows: list[Row] = []
    for index, version in enumerate(versions):
        rows.extend(parse_version(repo, path, version, index, index == len(versions) - 1))
    return rows, versions


def show(gitdir: Path, path: str, commit: str = "HEAD") -> str:
    return git(gitdir, "show", f"{commit}:{path}")
