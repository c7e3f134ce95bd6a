"""Reliability of the batch's inputs and outputs (issue 11): nothing lost, nothing blocks,
no traceback. Each bad input or output gives one line naming the path, and an exit code.

The cases that need a real process (signals, /dev/full, a closed pipe, a FIFO that could
block) run `python -m kzeu_extract` in a subprocess with a generous timeout: a hang guard,
not a speed test."""
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzeu_extract import extract
from kzeu_extract.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()
as_root = os.geteuid() == 0

EN_TEXT = "The foreign minister met his Belgian counterpart in Astana on 4 May 2021.\n"
FR_TEXT = "Le ministre a reçu son homologue belge à Astana le 4 mai 2021.\n"


def run(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def kzeu(*args, timeout=120, **popen):
    """`kzeu` in its own process, this worktree's code."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "kzeu_extract", *map(str, args)], env=env,
                          timeout=timeout, capture_output="stdout" not in popen, **popen)


def one_error_line(stderr: str, *words: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr and lines[0].startswith("kzeu: error: ")
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def names(stdout: str) -> list[str]:
    return [Path(json.loads(line)["source"]["path"]).name for line in stdout.splitlines()]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(EN_TEXT, encoding="utf-8")
    (folder / "b.txt").write_text(FR_TEXT, encoding="utf-8")
    return folder


# --- output safety: never overwrite an input, never read our own output -------------------

def test_output_that_is_an_input_is_refused_and_the_input_kept(folder):
    source = folder / "a.txt"
    result = run("extract", source, "--output", source)
    assert result.exit_code == 2
    one_error_line(result.stderr, str(source), "also an input", "--force")
    assert source.read_text(encoding="utf-8") == EN_TEXT
    # the same file by another name (a symbolic link) is the same input
    link = folder.parent / "link.txt"
    link.symlink_to(source)
    assert run("extract", link, "--output", source).exit_code == 2
    assert source.read_text(encoding="utf-8") == EN_TEXT


def test_force_writes_over_an_input_after_reading_it(folder):
    source = folder / "a.txt"
    result = run("extract", source, "--output", source, "--force")
    assert result.exit_code == 0, result.stderr
    assert json.loads(source.read_text())["source"]["characters"] == len(EN_TEXT)


def test_output_inside_an_input_folder_matching_the_glob_is_refused(folder):
    out = folder / "records.txt"
    result = run("extract", folder, "--output", out)
    assert result.exit_code == 2
    one_error_line(result.stderr, "records.txt", "input folder", "--glob")
    assert not out.exists()
    # a name the glob does not take is fine
    result = run("extract", folder, "--output", folder / "records.jsonl")
    assert result.exit_code == 0, result.stderr
    # and so is a glob that does not take it: --glob 'sub/*.txt'
    (folder / "sub").mkdir()
    (folder / "sub" / "c.txt").write_text(EN_TEXT)
    result = run("extract", folder, "--glob", "sub/*.txt", "--output", folder / "records.txt")
    assert result.exit_code == 0, result.stderr


def test_with_force_a_folder_never_reads_its_own_output(folder):
    out = folder / "records.txt"
    for _ in range(2):
        result = run("extract", folder, "--output", out, "--force")
        assert result.exit_code == 0, result.stderr
        assert names(out.read_text()) == ["a.txt", "b.txt"]


def test_output_reached_from_a_folder_through_a_link_is_refused(folder, tmp_path):
    out = tmp_path / "records.jsonl"
    out.write_text("{}\n")
    (folder / "c.txt").symlink_to(out)
    result = run("extract", folder, "--output", out)
    assert result.exit_code == 2
    one_error_line(result.stderr, "also an input", "c.txt")
    assert out.read_text() == "{}\n"
    result = run("extract", folder, "--output", out, "--force")
    assert result.exit_code == 0, result.stderr
    assert names(out.read_text()) == ["a.txt", "b.txt"]


# --- output safety: what --output names -------------------------------------------------

def test_symlink_output_replaces_its_target_and_keeps_the_link(folder, tmp_path):
    target = tmp_path / "real.jsonl"
    target.write_text("old\n")
    target.chmod(0o640)
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    result = run("extract", folder / "a.txt", "--output", link)
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert names(target.read_text()) == ["a.txt"]
    assert target.stat().st_mode & 0o777 == 0o640  # the old file's permissions
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_fifo_output_is_written_through_not_replaced(folder, tmp_path):
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text()), daemon=True)
    reader.start()
    result = run("extract", folder, "--output", fifo)
    reader.join(60)
    assert result.exit_code == 0, result.stderr
    assert names(received[0]) == ["a.txt", "b.txt"]
    assert fifo.is_fifo()


def test_dev_null_output_stays_a_device(folder):
    result = run("extract", folder, "--output", os.devnull)
    assert result.exit_code == 0, result.stderr
    assert Path(os.devnull).is_char_device()


def test_socket_output_is_refused(folder, tmp_path):
    path = tmp_path / "s.sock"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        result = run("extract", folder, "--output", path)
    assert result.exit_code == 1
    one_error_line(result.stderr, "s.sock", "socket")


@pytest.mark.parametrize("make_output, words, code", [
    # a path whose folder is a file, as one whose folder is missing: a usage error, nothing read
    (lambda tmp: tmp / "afile" / "out.jsonl", ["afile is a file, not a folder"], 2),
    (lambda tmp: tmp / "afile" / "deeper" / "out.jsonl", ["afile", "does not exist"], 2),
    (lambda tmp: Path("/proc/kzeu-out.jsonl"), ["/proc/kzeu-out.jsonl", "cannot be written"], 1),
])
def test_output_that_cannot_be_written_is_one_line(folder, tmp_path, make_output, words, code):
    (tmp_path / "afile").write_text("x")
    result = run("extract", folder, "--output", make_output(tmp_path))
    assert result.exit_code == code
    one_error_line(result.stderr, *words)


@pytest.mark.skipif(as_root, reason="root writes anywhere")
def test_unwritable_output_folder(folder, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    result = run("extract", folder, "--output", locked / "out.jsonl")
    assert result.exit_code == 1
    one_error_line(result.stderr, "permission denied")


def test_full_disk_on_stdout(folder):
    with open("/dev/full", "w") as full:
        result = kzeu("extract", folder, stdout=full, stderr=subprocess.PIPE, text=True)
    assert result.returncode == 1
    one_error_line(result.stderr, "<stdout>", "No space left")


def test_stdout_closed_by_its_reader_ends_quietly(folder):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "kzeu_extract", "extract", str(folder)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    process.stdout.close()  # as `| head -0` would: the first record meets a closed pipe
    stderr = process.stderr.read()
    assert process.wait(120) == 0   # the reader had what it wanted (README: "Pipes and exit codes")
    assert stderr == ""


# --- signals: the temporary file goes, the earlier output stays ----------------------------

@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_signal_mid_batch_leaves_no_temporary_file(tmp_path, signum):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(200):
        (folder / f"d{i:03}.txt").write_text(EN_TEXT if i % 2 else FR_TEXT, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text('{"earlier": true}\n')
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "kzeu_extract", "extract", str(folder), "-o", str(out)],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not any(p.name.endswith(".tmp") and p.stat().st_size for p in tmp_path.iterdir()):
        assert process.poll() is None and time.monotonic() < deadline, "no record was ever written"
        time.sleep(0.05)
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 128 + signum
    one_error_line(stderr, "interrupted", signal.Signals(signum).name)
    assert out.read_text() == '{"earlier": true}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["many", "out.jsonl"]


def test_ctrl_c_exits_130_and_removes_the_temporary_file(folder, tmp_path, monkeypatch):
    import kzeu_extract.batch as batch

    def interrupted(*args, **kwargs):
        yield from ()
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "extract_many", interrupted)         # the table view's stream
    monkeypatch.setattr(batch, "extract_many_json", interrupted)    # the JSON formats'
    out = tmp_path / "out.jsonl"
    result = run("extract", folder, "--output", out)
    assert result.exit_code == 130
    one_error_line(result.stderr, "interrupted", "SIGINT")
    assert not out.exists() and not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


# --- file names that are not UTF-8 --------------------------------------------------------

def test_file_name_that_is_not_utf8_costs_nothing(folder):
    odd = os.path.join(os.fsencode(folder), b"caf\xe9.txt")
    with open(odd, "wb") as handle:
        handle.write(EN_TEXT.encode("utf-8"))
    with open(os.path.join(os.fsencode(folder), b"vide\xe9.txt"), "wb"):
        pass
    result = run("extract", folder)
    assert result.exit_code == 1  # the empty one
    paths = [json.loads(line)["source"]["path"] for line in result.stdout.splitlines()]
    assert [Path(p).name for p in paths] == ["a.txt", "b.txt", "caf\\xe9.txt"]
    one_error_line(result.stderr, "vide\\xe9.txt", "empty")


def test_api_source_with_surrogates_serializes():
    record = extract(EN_TEXT, source="caf\udce9.txt")
    assert json.loads(record.to_json())["source"]["path"] == "caf\\xe9.txt"


# --- inputs: nothing in a folder skipped without a word ---------------------------------

def test_every_path_a_folder_walk_passes_over_is_named(folder):
    (folder / "broken.txt").symlink_to(folder / "nowhere.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(folder)
    os.mkfifo(folder / "pipe.txt")
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(folder / "sock.txt"))
        (folder / "ignored.md").symlink_to(folder / "nowhere.md")  # not a match: no word
        result = run("extract", folder)
    assert result.exit_code == 1
    assert names(result.stdout) == ["a.txt", "b.txt"]
    lines = result.stderr.strip().splitlines()
    expected = {"broken.txt": "broken symbolic link", "loop.txt": "symbolic link loop",
                "up": "symbolic link loop", "pipe.txt": "named pipe", "sock.txt": "socket"}
    assert len(lines) == len(expected), result.stderr
    for name, words in expected.items():
        assert any(name in line and words in line for line in lines), (name, result.stderr)


def test_unreadable_subfolder_is_named(folder, monkeypatch):
    locked = folder / "locked"
    locked.mkdir()
    (locked / "c.txt").write_text(EN_TEXT)
    real_scandir = os.scandir

    def scandir(path):  # root reads every folder: the denial is simulated
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = run("extract", folder)
    assert result.exit_code == 1
    assert names(result.stdout) == ["a.txt", "b.txt"]
    one_error_line(result.stderr, "locked", "permission denied")


def test_fifo_and_devices_given_directly_are_refused_without_blocking(tmp_path):
    fifo = tmp_path / "in.fifo"
    os.mkfifo(fifo)
    result = kzeu("extract", fifo, "/dev/zero", text=True, timeout=60)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2 and "Traceback" not in result.stderr and "MemoryError" not in result.stderr
    assert "in.fifo: a named pipe" in lines[0] and "stdin as -" in lines[0]
    assert "/dev/zero: a character device" in lines[1]


def test_stdin_is_read_whatever_it_is():
    result = run("extract", "-", input=EN_TEXT)
    assert result.exit_code == 0, result.stderr


def test_max_bytes(folder):
    size = (folder / "a.txt").stat().st_size
    result = run("extract", folder, "--max-bytes", size - 1)
    assert result.exit_code == 1
    assert names(result.stdout) == ["b.txt"]
    one_error_line(result.stderr, f"a.txt: {size} bytes, over the --max-bytes limit of {size - 1}")
    result = run("extract", "-", "--max-bytes", 20, input=EN_TEXT)
    assert result.exit_code == 1
    one_error_line(result.stderr, "<stdin>", "over the --max-bytes limit of 20")
    assert run("extract", "-", "--max-bytes", len(EN_TEXT), input=EN_TEXT).exit_code == 0


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16-le", "utf-16-be"])
def test_western_and_utf16_texts_without_bom_are_decoded(tmp_path, encoding):
    text = "Réunion à Genève : le ministre français a reçu son homologue.\n"
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    result = run("extract", path, "--format", "json")
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["source"]["characters"] == len(text)
    assert record["source"]["sha256"] == extract(text).source.sha256
    assert record["warnings"]


@pytest.mark.parametrize("pattern, words", [
    ("/etc/*", "absolute pattern"),
    ("../*.txt", "'..'"),
    ("sub/../../*.txt", "'..'"),
    ("", "empty pattern"),
])
def test_glob_that_leaves_the_folder_is_a_usage_error(folder, pattern, words):
    result = run("extract", folder, "--glob", pattern)
    assert result.exit_code == 2
    one_error_line(result.stderr, "--glob", words)
    assert result.stdout == ""


def test_glob_with_folders_and_double_star(folder):
    (folder / "2022" / "may").mkdir(parents=True)
    (folder / "2022" / "may" / "c.txt").write_text(EN_TEXT)
    (folder / "2022" / "d.txt").write_text(EN_TEXT)
    assert names(run("extract", folder, "--glob", "2022/*.txt").stdout) == ["d.txt"]
    assert names(run("extract", folder, "--glob", "2022/**/*.txt").stdout) == ["d.txt", "c.txt"]  # path order
    assert names(run("extract", folder, "--glob", "**/may/*.txt").stdout) == ["c.txt"]


def test_help_lists_the_exit_codes():
    text = run("extract", "--help").stdout
    assert "Exit codes" in text
    for code in ("0", "1", "2", "130", "143"):
        assert f"{code} " in text or f"{code}," in text


def test_dev_stdout_as_output_on_a_pipe(folder):
    result = kzeu("extract", folder / "a.txt", "--output", "/dev/stdout", text=True)
    assert result.returncode == 0, result.stderr
    assert names(result.stdout) == ["a.txt"]


def test_output_through_a_file_descriptor_appends(folder, tmp_path):
    log = tmp_path / "log.jsonl"
    log.write_text('{"earlier": true}\n')
    with open(log, "a") as handle:  # as `>> log.jsonl` would, with -o /dev/stdout
        result = run("extract", folder / "a.txt", "--output", f"/proc/self/fd/{handle.fileno()}")
    assert result.exit_code == 0, result.stderr
    lines = log.read_text().splitlines()
    assert lines[0] == '{"earlier": true}' and names("\n".join(lines[1:])) == ["a.txt"]


@pytest.mark.parametrize("sentence,where", [
    ("Kofi Mensah met Sara Lind \ud800 in Accra on 9 June 2020.", 26),
    ("\udc41La ministre a reçu son homologue à Dakar le 2 mars 2019.", 0),
])
def test_utf8_with_encoded_surrogates_is_read_as_utf8_and_the_surrogate_replaced(tmp_path, sentence, where):
    from kzeu_extract.batch import run_extract

    path = tmp_path / "odd.txt"
    path.write_bytes(sentence.encode("utf-8", "surrogatepass"))
    out = tmp_path / "out.jsonl"
    assert run_extract([str(path)], output=out) == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    assert any("surrogate code points" in w for w in record["warnings"])
    assert any("U+FFFD" in w for w in record["warnings"])
    assert record["source"]["characters"] == len(sentence)
    for person in record["people"]:
        for m in person["mentions"]:
            assert sentence.replace(sentence[where], "\ufffd")[m["start"]:m["end"]] == m["text"]
