"""Quality measurement: score extraction against gold annotations.

A gold folder holds one JSON file per document (format: ``tests/gold/README.md``): the people, offices, dates, figures, agreements, events,
organizations and places a careful analyst expects. :func:`evaluate` extracts each document
a gold file names and scores the records; :func:`score` scores records (or record dicts read
from JSON) that already exist.

The matching rules are those of the reference scorer the gold ships with (``score.py``), and
the numbers agree with it to the third decimal:

- names, titles and places compare after folding case, accents, quotes, hyphens, dots,
  commas and a leading article (``The European Council`` = ``european council``);
- a predicted person matches a gold person when its name or an alias is one of the gold
  person's spellings; offices are (person, title) pairs;
- dates compare as sets of normalised values; figures by bounds and currency or counted
  unit (singular/plural folded, "police cars" matches "cars");
- agreements with names of five words or more match at 80 % shared words;
- an event counts only with a known person among its participants and matches a gold
  event of the same type whose participants it includes; date, mode, location and
  initiator are then accuracies over matched events.

Precision is over predicted items, recall over gold items, both summed over documents.
"""
from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

from .errors import InputError, KzeuError
from .evaluate_files import (
    _document_folders,
    document_key,
    find_document,
    load_gold,
    load_predictions,
)

__all__ = ["CATEGORIES", "CORE_CATEGORIES", "EVENT_ATTRIBUTES", "Counts", "Evaluation", "document_errors",
           "document_key", "evaluate", "find_document", "load_gold", "load_predictions", "match_key",
           "score", "score_document"]

CORE_CATEGORIES = ("people", "offices", "dates", "figures", "agreements", "events")
CATEGORIES = CORE_CATEGORIES + ("organizations", "places")
EVENT_ATTRIBUTES = ("date", "mode", "location", "initiator")

# Event type synonyms a prediction may use, mapped to the gold vocabulary.
_EVENT_TYPES = {"meeting": "meeting", "talks": "meeting", "phone_call": "phone_call", "call": "phone_call",
                "visit": "visit"}
_LEADING_ARTICLES = ("the", "le", "la", "les", "l'")
_PUNCTUATION = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2014": "-"})
# Agreement names of at least this many distinct words may differ a little in their cut.
_LONG_NAME_WORDS = 5
_LONG_NAME_OVERLAP = 0.8

Record = Mapping[str, Any]


# --- normalisation -------------------------------------------------------------------------

def match_key(text: str | None) -> str:
    """The form names and titles are compared in: no case, accents, curly quotes, hyphens,
    dots, commas or leading article ("The Euro-Asian Council" -> "euro asian council")."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(_PUNCTUATION).casefold().replace("-", " ").replace(".", " ")
    words = text.replace(",", " ").split()
    while words and words[0] in _LEADING_ARTICLES:
        words = words[1:]
    return " ".join(words)


def _wordings(entry: Any) -> set[str]:
    """The match keys of a gold entry: a string, a list of wordings, or a person dict."""
    if entry is None:
        return set()
    if isinstance(entry, str):
        return {match_key(entry)}
    if isinstance(entry, dict):
        names = [entry.get("name"), *(entry.get("also") or [])]
        return {match_key(n) for n in names if n}
    return {match_key(x) for x in entry if x}


def _singular(word: str) -> str:
    word = match_key(word)
    for suffix, replacement in (("ies", "y"), ("ses", "s"), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + replacement
    return word


def _unit_key(unit: str | None) -> str:
    return " ".join(_singular(w) for w in match_key(unit).split())


def _same_number(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False


def _name_of(value: Any) -> Any:
    """A participant, location or initiator given as a string or as a ``{"name": ...}`` dict."""
    return value.get("name") if isinstance(value, dict) else value


# --- counts --------------------------------------------------------------------------------

@dataclass
class Counts:
    """Matches of one category: predicted items that match some gold item (``tp_pred``),
    gold items matched by some prediction (``tp_gold``), and the totals."""
    tp_pred: int = 0
    tp_gold: int = 0
    predicted: int = 0
    gold: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp_pred + other.tp_pred, self.tp_gold + other.tp_gold,
                      self.predicted + other.predicted, self.gold + other.gold)

    @property
    def precision(self) -> float:
        if self.predicted:
            return self.tp_pred / self.predicted
        return 1.0 if self.gold == 0 else 0.0

    @property
    def recall(self) -> float:
        if self.gold:
            return self.tp_gold / self.gold
        return 1.0 if self.predicted == 0 else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _count_matches(predicted: list, gold: list, matches) -> Counts:
    tp_pred = sum(1 for p in predicted if any(matches(p, g) for g in gold))
    tp_gold = sum(1 for g in gold if any(matches(p, g) for p in predicted))
    return Counts(tp_pred, tp_gold, len(predicted), len(gold))


def _overlaps(a: set[str], b: set[str]) -> bool:
    return bool(a & b)


# --- per-category scoring ------------------------------------------------------------------

class _GoldPeople:
    """Maps every spelling of a gold person to that person's canonical (gold) key, so a
    prediction's "Tokayev" and "Kassym-Jomart Tokaïev" count as the same person."""

    def __init__(self, gold_people: Iterable[dict]):
        self.keys = {match_key(p["name"]) for p in gold_people}
        self._by_form = {form: match_key(p["name"]) for p in gold_people for form in _wordings(p)}

    def resolve(self, name: str | None) -> str:
        key = match_key(name)
        return self._by_form.get(key, key)


def _people_items(pred: Record, gold: Record, people: _GoldPeople):
    predicted = [{people.resolve(p.get("name"))} | {people.resolve(a) for a in p.get("aliases") or []}
                 for p in pred.get("people") or []]
    golden = [{match_key(g["name"])} for g in gold.get("people", [])]
    return predicted, golden, _overlaps


def _office_items(pred: Record, gold: Record, people: _GoldPeople):
    predicted = {(people.resolve(p.get("name")), match_key(_title(office)))
                 for p in pred.get("people") or [] for office in p.get("offices") or []}
    golden = [(match_key(g["name"]), _wordings(office))
              for g in gold.get("people", []) for office in g.get("offices", [])]
    return sorted(predicted), golden, lambda p, g: p[0] == g[0] and p[1] in g[1]


def _title(office: Any) -> Any:
    return office.get("title") if isinstance(office, dict) else office


def _similar_names(a: str, b: str) -> bool:
    """Equal, or long names sharing at least 80 % of their words."""
    words_a, words_b = set(a.split()), set(b.split())
    union = words_a | words_b
    return a == b or (len(union) >= _LONG_NAME_WORDS and len(words_a & words_b) / len(union) >= _LONG_NAME_OVERLAP)


def _named_items(pred: Record, gold: Record, category: str):
    predicted = [{match_key(item.get("name"))} | {match_key(a) for a in item.get("aliases") or []}
                 for item in pred.get(category) or []]
    golden = [_wordings(g) for g in gold.get(category, [])]
    if category != "agreements":
        return predicted, golden, _overlaps
    return predicted, golden, lambda p, g: any(_similar_names(x, y) for x in p for y in g)


def _score_dates(pred: Record, gold: Record) -> Counts:
    predicted, golden = _date_values(pred, gold)
    hits = len(predicted & golden)
    return Counts(hits, hits, len(predicted), len(golden))


def _date_values(pred: Record, gold: Record) -> tuple[set, set]:
    return {d.get("value") for d in pred.get("dates") or [] if d.get("value")}, set(gold.get("dates", []))


def _figure_bounds(figure: Record) -> tuple[Any, Any]:
    low, high = figure.get("min"), figure.get("max")
    if low is None and high is None:
        return figure.get("value"), figure.get("value")
    return (high if low is None else low), (low if high is None else high)


def _figure_matches(pred: Record, gold: Record) -> bool:
    """Same bounds, and the same currency or the same counted unit (one may be a
    qualified form of the other: "police cars" ~ "cars")."""
    pred_low, pred_high = _figure_bounds(pred)
    gold_low, gold_high = _figure_bounds(gold)
    if not (_same_number(pred_low, gold_low) and _same_number(pred_high, gold_high)):
        return False
    if gold.get("currency"):
        return match_key(pred.get("currency")) == match_key(gold["currency"])
    gold_unit, pred_unit = _unit_key(gold.get("unit")), _unit_key(pred.get("unit"))
    if not gold_unit:
        return False
    return (gold_unit == pred_unit or pred_unit.endswith(" " + gold_unit)
            or (bool(pred_unit) and gold_unit.endswith(" " + pred_unit)))


def _figure_items(pred: Record, gold: Record):
    return list(pred.get("figures") or []), list(gold.get("figures", [])), _figure_matches


def _event_items(pred: Record, gold: Record, people: _GoldPeople):
    """(type, participant keys, event) of the predicted events with a known person, and of
    the gold events; a prediction matches a gold event of its type whose people it includes."""
    known = people.keys | {people.resolve(p.get("name")) for p in pred.get("people") or []}
    predicted = []
    for event in pred.get("events") or []:
        who = {people.resolve(_name_of(x)) for x in event.get("participants") or []} & known
        if who:
            predicted.append((_EVENT_TYPES.get(event.get("type"), event.get("type")), who, event))
    golden = [(g["type"], {match_key(x) for x in g["participants"]}, g) for g in gold.get("events", [])]
    return predicted, golden, lambda p, g: p[0] == g[0] and g[1] <= p[1]


def _score_events(pred: Record, gold: Record, people: _GoldPeople,
                  attributes: dict[str, list[bool]]) -> Counts:
    """Counts events and appends, for each matched gold event, whether each attribute the
    gold states is right in the closest matching prediction."""
    predicted, golden, matches = _event_items(pred, gold, people)
    counts = _count_matches(predicted, golden, matches)
    for g in golden:
        hits = [p for p in predicted if matches(p, g)]
        if not hits:
            continue
        for name, right in _attribute_checks(g[2], hits).items():
            attributes[name].append(right)
    return counts


def _closest(gold_event: Record, hits: list) -> Record:
    """Several events of one type and people (two visits, say): the one to judge."""
    return min(hits, key=lambda p: (p[2].get("date") != gold_event.get("date"),
                                    p[2].get("mode") != gold_event.get("mode"), len(p[1])))[2]


def _attribute_checks(gold_event: Record, hits: list) -> dict[str, bool]:
    """Whether each attribute the gold event states is right in the closest prediction."""
    best = _closest(gold_event, hits)
    checks = {}
    for name in ("date", "mode"):
        if gold_event.get(name):
            checks[name] = best.get(name) == gold_event[name]
    for name in ("location", "initiator"):
        if gold_event.get(name):
            checks[name] = match_key(_name_of(best.get(name))) in _wordings(gold_event[name])
    return checks


def score_document(pred: Record, gold: Record, attributes: dict[str, list[bool]]) -> dict[str, Counts]:
    """Counts per category for one document (``pred`` may be ``{}``: nothing predicted)."""
    people = _GoldPeople(gold.get("people", []))
    counts = {category: _count_matches(*items) for category, items in _matchable_items(pred, gold, people).items()}
    counts["dates"] = _score_dates(pred, gold)
    counts["events"] = _score_events(pred, gold, people, attributes)
    return {category: counts[category] for category in CATEGORIES}


def _matchable_items(pred: Record, gold: Record, people: _GoldPeople) -> dict[str, tuple]:
    """(predicted items, gold items, match function) of the categories matched item by item."""
    return {
        "people": _people_items(pred, gold, people),
        "offices": _office_items(pred, gold, people),
        "figures": _figure_items(pred, gold),
        "agreements": _named_items(pred, gold, "agreements"),
        "organizations": _named_items(pred, gold, "organizations"),
        "places": _named_items(pred, gold, "places"),
    }


def document_errors(pred: Record, gold: Record) -> dict[str, dict[str, list[str]]]:
    """What one document's prediction got wrong, per category: ``missed`` gold items no
    prediction matches and ``spurious`` predictions that match no gold item, each shown as
    a short string (for ``kzeu evaluate --errors``)."""
    people = _GoldPeople(gold.get("people", []))
    items = _matchable_items(pred, gold, people)
    items["events"] = _event_items(pred, gold, people)
    errors: dict[str, dict[str, list[str]]] = {}
    for category in CATEGORIES:
        if category == "dates":
            predicted, golden = _date_values(pred, gold)
            missed, spurious = sorted(golden - predicted), sorted(predicted - golden)
        else:
            predicted, golden, matches = items[category]
            spurious = [_shown(category, p) for p in predicted if not any(matches(p, g) for g in golden)]
            missed = [_shown(category, g) for g in golden if not any(matches(p, g) for p in predicted)]
        if missed or spurious:
            errors[category] = {"missed": missed, "spurious": spurious}
    predicted, golden, matches = items["events"]
    wrong = []
    for g in golden:
        hits = [p for p in predicted if matches(p, g)]
        for name, right in (_attribute_checks(g[2], hits) if hits else {}).items():
            if not right:
                got = _name_of(_closest(g[2], hits).get(name))
                wrong.append(f"{g[0]} {sorted(g[1])}: {name} {got!r}, gold {g[2][name]!r}")
    if wrong:
        errors["event attributes"] = {"missed": [], "spurious": wrong}
    return errors


def _shown(category: str, item: Any) -> str:
    if category == "offices":
        person, title = item
        return f"{person}: {title if isinstance(title, str) else ' | '.join(sorted(title))}"
    if category == "figures":
        bounds = _figure_bounds(item)
        number = bounds[0] if bounds[0] == bounds[1] else f"{bounds[0]}-{bounds[1]}"
        return f"{number} {item.get('currency') or item.get('unit') or ''} ({item.get('text', '')})".strip()
    if category == "events":
        kind, who, event = item
        return f"{kind} {sorted(who)} date={event.get('date')} location={_name_of(event.get('location'))}"
    return " | ".join(sorted(item))


# --- the result ----------------------------------------------------------------------------

@dataclass
class Evaluation:
    """Scores over a gold set. ``to_dict()`` has the layout of the reference scorer's
    ``--json`` output (values rounded to 3 decimals)."""
    documents: int
    predicted_documents: int
    categories: dict[str, Counts]
    event_attributes: dict[str, list[bool]]
    document_date: list[bool]
    language: list[bool]
    per_document: dict[str, dict[str, Counts]] = field(default_factory=dict)
    errors: dict[str, dict[str, dict[str, list[str]]]] = field(default_factory=dict)

    @property
    def core_f1(self) -> float:
        # The mean of the F1 values as reported (3 decimals), as the reference scorer does.
        return round(sum(round(self.categories[c].f1, 3) for c in CORE_CATEGORIES) / len(CORE_CATEGORIES), 3)

    @property
    def document_date_accuracy(self) -> float | None:
        return _accuracy(self.document_date)

    @property
    def language_accuracy(self) -> float | None:
        return _accuracy(self.language)

    def to_dict(self, per_doc: bool = False, errors: bool = False) -> dict[str, Any]:
        result: dict[str, Any] = {
            "documents": self.documents,
            "predicted_documents": self.predicted_documents,
            "categories": {c: {"precision": round(n.precision, 3), "recall": round(n.recall, 3),
                               "f1": round(n.f1, 3), "predicted": n.predicted, "gold": n.gold,
                               # what precision and recall divide: P = correct / predicted, R = found / gold
                               "correct": n.tp_pred, "found": n.tp_gold}
                           for c, n in self.categories.items()},
            "event_attributes": {a: [_accuracy(v), len(v)] for a, v in self.event_attributes.items()},
            "document_date_accuracy": self.document_date_accuracy,
            "language_accuracy": self.language_accuracy,
            "core_f1": self.core_f1,
        }
        if per_doc:
            result["per_document"] = {d: {c: round(n.f1, 2) for c, n in cats.items()}
                                      for d, cats in self.per_document.items()}
        if errors:
            result["errors"] = self.errors
        return result


def _accuracy(values: list[bool]) -> float | None:
    return round(sum(values) / len(values), 3) if values else None


def score(golds: Iterable[Record], predictions: Iterable[Record | Any]) -> Evaluation:
    """Score predictions (``DocumentRecord`` objects or record dicts) against gold entries.
    A gold document without a prediction counts as all missed; predictions for documents
    no gold file names are ignored."""
    gold_by_key = {document_key(g["document"]): g for g in golds}
    pred_by_key: dict[str, Record] = {}
    for record in predictions:
        data = record if isinstance(record, Mapping) else record.model_dump(mode="json")
        source = data.get("source") or {}
        pred_by_key[document_key(source.get("path") if isinstance(source, Mapping) else source)] = data

    totals = {c: Counts() for c in CATEGORIES}
    attributes: dict[str, list[bool]] = {a: [] for a in EVENT_ATTRIBUTES}
    per_document: dict[str, dict[str, Counts]] = {}
    errors: dict[str, dict] = {}
    document_date, language = [], []
    for key, gold in gold_by_key.items():
        pred = pred_by_key.get(key, {})
        per_document[key] = score_document(pred, gold, attributes)
        for category, counts in per_document[key].items():
            totals[category] = totals[category] + counts
        predicted_date = pred.get("document_date")
        if isinstance(predicted_date, Mapping):
            predicted_date = predicted_date.get("value")
        document_date.append(predicted_date == gold.get("document_date"))
        language.append(pred.get("language") == gold.get("language"))
        errors[key] = document_errors(pred, gold)
        if predicted_date != gold.get("document_date"):
            errors[key]["document_date"] = {"missed": [str(gold.get("document_date"))],
                                            "spurious": [str(predicted_date)]}
    return Evaluation(documents=len(gold_by_key), predicted_documents=sum(1 for k in gold_by_key if k in pred_by_key),
                      categories=totals, event_attributes=attributes, document_date=document_date,
                      language=language, per_document=per_document, errors=errors)


def evaluate(gold_dir: str | Path, docs_dir: str | Path | None = None, *, predictions: str | Path | None = None,
             lang: str | None = None, model: str | None = None) -> Evaluation:
    """Extract every document the gold files in ``gold_dir`` name and score the records.

    docs_dir: where the documents are; default: beside the gold files, in a ``docs/``
        folder beside them, or the ``seeds/`` folder above them (the bundled seed gold).
    predictions: score these records (file or folder, see :func:`load_predictions`)
        instead of extracting the documents.
    lang, model: passed to :func:`kzeu_extract.extract_many`.
    Raises KzeuError when the gold folder or a document cannot be found or read.
    """
    gold_folder = Path(gold_dir)
    golds = load_gold(gold_folder)
    if predictions is not None:
        return score(golds, load_predictions(predictions))

    from .api import (  # the pipeline is heavy: load it only when needed
        Document,
        extract_many,
    )
    from .io import decode

    folders = _document_folders(gold_folder, Path(docs_dir) if docs_dir is not None else None)
    documents = []
    missing = []
    for gold in golds:
        path = find_document(gold["document"], folders)
        if path is None:
            missing.append(gold["document"])
            continue
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(str(path), f"cannot be read ({exc.strerror or exc})") from None
        text, warnings = decode(data, str(path))
        documents.append(Document(text, str(path), tuple(warnings)))
    if missing:
        where = ", ".join(str(f) for f in folders) or "(no folder)"
        shown = ", ".join(missing[:3]) + (f" and {len(missing) - 3} more" if len(missing) > 3 else "")
        raise KzeuError(f"documents named by the gold files not found: {shown} (looked in {where}; "
                        f"give the folder with --docs)")
    return score(golds, extract_many(documents, lang=lang, model=model))
