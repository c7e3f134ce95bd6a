"""The shape of the code, as the architecture asks: small functions and modules, bounded
complexity, and no language wired into components (languages live in data/lang/<code>/)."""
from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import typing
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kzeu_extract"
MAX_FUNCTION_LINES = 60
MAX_MODULE_LINES = 500
# Modules that run the pipeline or make up components: no language is named in them.
LANGUAGE_NEUTRAL = sorted([*(PACKAGE / "components").rglob("*.py"), PACKAGE / "pipeline.py"])


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _functions(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node


def test_no_module_is_over_the_line_limit():
    long = [f"{p.relative_to(ROOT)}: {n} lines" for p in _modules()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES]
    assert not long, f"modules over {MAX_MODULE_LINES} lines:\n" + "\n".join(long)


def test_no_function_is_over_the_line_limit():
    long = []
    for path in _modules():
        for fn in _functions(ast.parse(path.read_text(encoding="utf-8"))):
            lines = fn.end_lineno - fn.lineno + 1
            if lines > MAX_FUNCTION_LINES:
                long.append(f"{path.relative_to(ROOT)}:{fn.lineno} {fn.name}: {lines} lines")
    assert not long, f"functions over {MAX_FUNCTION_LINES} lines:\n" + "\n".join(long)


def test_no_function_is_over_the_complexity_limit():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--select", "C901",
                             "--output-format", "concise", str(PACKAGE)],
                            capture_output=True, text=True, cwd=ROOT)
    if "No module named ruff" in result.stderr:
        pytest.fail("ruff is not installed: `make test` installs it with the test extras")
    assert result.returncode == 0, result.stdout + result.stderr


def _language_codes() -> set[str]:
    return {p.name for p in (ROOT / "data" / "lang").iterdir() if (p / "pack.json").is_file()}


_MESSAGE_CALLS = {"DataError", "KzeuError", "InputError", "add_warning", "warn", "print_error"}


def _string_constants(path: Path, *, text_like: bool = False):
    """(line, value) of every string constant that is not a docstring. ``text_like``: only
    those that can match a text: regex-looking strings (and pieces of f-string patterns) and
    members of literal collections of strings; messages (raised errors, warnings) and names
    (keys, attributes, file paths) are not text."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {id(child): node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = getattr(node, "body", [])
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            if not text_like or _can_match_text(node, parents):
                yield node.lineno, node.value


_IDENTIFIER = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$")


def _can_match_text(node: ast.Constant, parents: dict) -> bool:
    parent = parents.get(id(node))
    ancestor = parent
    while ancestor is not None:
        if isinstance(ancestor, ast.Raise):
            return False
        if isinstance(ancestor, ast.Call):
            name = getattr(ancestor.func, "id", None) or getattr(ancestor.func, "attr", None)
            if name in _MESSAGE_CALLS:
                return False
        ancestor = parents.get(id(ancestor))
    if _IDENTIFIER.match(node.value):
        return False   # a name in code ("head_of_state", "date_item"): no text holds "_"
    if re.search(r"[|\\()\[\]?*+]", node.value) or isinstance(parent, ast.JoinedStr):
        return True
    if isinstance(parent, (ast.Set, ast.List, ast.Tuple)):
        owner = parents.get(id(parent))
        if isinstance(owner, ast.Assign) and any(getattr(t, "id", "") == "__all__" for t in owner.targets):
            return False   # names a module exports
        return sum(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in parent.elts) >= 2
    return False


def test_no_component_names_a_language_code():
    codes = _language_codes()
    found = [f"{p.relative_to(ROOT)}:{line} {value!r}" for p in LANGUAGE_NEUTRAL
             for line, value in _string_constants(p) if value in codes]
    assert not found, "language codes in language-neutral modules:\n" + "\n".join(found)


_WORD = re.compile(r"[^\W\d_]{3,}")
_REGEX_SYNTAX = re.compile(r"\(\?P<\w+>|\(\?P=\w+\)|\\[pP]\{\w+\}|\\[a-zA-Z]")


def _pack_words() -> set[str]:
    words: set[str] = set()

    def walk(value):
        if isinstance(value, dict):
            for key, item in value.items():   # keys are the schema's names, read as attributes
                if not key.startswith("_"):
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str):
            words.update(w.casefold() for w in _WORD.findall(_REGEX_SYNTAX.sub(" ", value)))

    for path in (ROOT / "data" / "lang").glob("*/*.json"):
        if path.name != "pack.json":
            walk(json.loads(path.read_text(encoding="utf-8")))
    return words


def _contract_words() -> set[str]:
    """Names of the record contract (field names, literal values) and of the data files'
    keys: identifiers the code must use, whatever language the text is in."""
    from kzeu_extract import records

    words: set[str] = set()
    for model in vars(records).values():
        if isinstance(model, type) and issubclass(model, records.BaseModel):
            for name, field in model.model_fields.items():
                words.update(w.casefold() for w in _WORD.findall(name))
                for arg in typing.get_args(field.annotation):
                    for literal in typing.get_args(arg) or [arg]:
                        if isinstance(literal, str):
                            words.add(literal.casefold())
                for literal in typing.get_args(field.annotation) if typing.get_origin(field.annotation) is typing.Literal else ():
                    words.add(str(literal).casefold())
    return words


def test_no_component_holds_words_of_a_language():
    """A word that a language pack lists must not also be written into a component."""
    vocabulary = _pack_words() - _contract_words()
    found = []
    for path in LANGUAGE_NEUTRAL:
        for line, value in _string_constants(path, text_like=True):
            words = {w.casefold() for w in _WORD.findall(_REGEX_SYNTAX.sub(" ", value))} & vocabulary
            if words:
                found.append(f"{path.relative_to(ROOT)}:{line} {sorted(words)} in {value[:60]!r}")
    assert not found, "language words in components (move them to data/lang/<code>/):\n" + "\n".join(found)
