"""How well events are merged across documents: pairwise precision and recall against gold
clusters (``kzeu evaluate --events-merge``).

A gold clusters file (``tests/merge_corpus/gold_clusters.json``) lists occasions, each with
the events that report it: ``{"document": file name, "type": event type, "anchor": words of
the sentence reporting it}`` and, where a sentence reports several events of the type,
``"with": a participant's name``. Each gold event is found among the predicted events of its
document (that type, the anchor in its evidence sentence). Over the gold events found, a pair
of them is merged when one merged event holds both: precision is the share of merged pairs
that gold puts in one cluster, recall the share of gold's pairs that are merged. Gold events
the extraction missed are counted apart: the score measures merging, not extraction.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any, Iterable, Optional

from ..errors import InputError, KzeuError
from .identity import fold
from .merging import merge_events
from .reports import _as_dict


@dataclass(frozen=True)
class GoldEvent:
    cluster: str
    document: str
    type: str
    anchor: str
    with_person: Optional[str] = None

    def label(self) -> str:
        return f"{self.document}: {self.type} \"{self.anchor}\""


@dataclass
class MergeScore:
    gold_events: int = 0
    found: int = 0
    missed: list[str] = field(default_factory=list)        # gold events the extraction did not give
    gold_pairs: int = 0
    merged_pairs: int = 0
    correct_pairs: int = 0
    wrongly_merged: list[tuple[str, str]] = field(default_factory=list)
    not_merged: list[tuple[str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct_pairs / self.merged_pairs if self.merged_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.correct_pairs / self.gold_pairs if self.gold_pairs else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def to_dict(self, errors: bool = False) -> dict[str, Any]:
        report = {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                  "gold_events": self.gold_events, "found_events": self.found, "gold_pairs": self.gold_pairs,
                  "merged_pairs": self.merged_pairs, "correct_pairs": self.correct_pairs,
                  "missed_events": self.missed}
        if errors:
            report["wrongly_merged"] = [list(pair) for pair in self.wrongly_merged]
            report["not_merged"] = [list(pair) for pair in self.not_merged]
        return report


def load_gold_clusters(path: str | Path) -> list[GoldEvent]:
    """The gold events of a clusters file; InputError naming the file for a bad one."""
    label = str(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        clusters = data["clusters"]
        ids = [str(cluster["id"]) for cluster in clusters]
        if not clusters or len(set(ids)) != len(ids) or not all(cluster["events"] for cluster in clusters):
            raise ValueError("clusters must be a list of clusters with distinct ids, each with its events")
        return [GoldEvent(str(cluster["id"]), str(event["document"]), str(event["type"]), str(event["anchor"]),
                          event.get("with"))
                for cluster in clusters for event in cluster["events"]]
    except OSError as exc:
        raise InputError(label, f"cannot be read ({exc.strerror or exc})") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(label, f"not a gold clusters file ({type(exc).__name__}: {exc}); see "
                                "tests/merge_corpus/README.md") from None


def score_merge(gold: list[GoldEvent], records: Iterable[Any]) -> MergeScore:
    """Merge the records' events and score the merge against the gold events."""
    records = [_as_dict(r) for r in records]
    merged_of = {source.event_id: event.id for event in merge_events(records) for source in event.sources}
    by_document = {_document_name(r): r for r in records}
    score = MergeScore(gold_events=len(gold))
    found: list[tuple[GoldEvent, str]] = []
    for item in gold:
        event_id = find_event(item, by_document.get(item.document))
        if event_id is None:
            score.missed.append(item.label())
        else:
            found.append((item, merged_of[event_id]))
    score.found = len(found)
    for (a, merged_a), (b, merged_b) in combinations(found, 2):
        same_gold, same_merged = a.cluster == b.cluster, merged_a == merged_b
        score.gold_pairs += same_gold
        score.merged_pairs += same_merged
        score.correct_pairs += same_gold and same_merged
        if same_merged and not same_gold:
            score.wrongly_merged.append((a.label(), b.label()))
        elif same_gold and not same_merged:
            score.not_merged.append((a.label(), b.label()))
    return score


def _document_name(record: dict) -> str:
    return ((record.get("source") or {}).get("path") or "").replace("\\", "/").rsplit("/", 1)[-1]


def find_event(item: GoldEvent, record: Optional[dict]) -> Optional[str]:
    """The id of the record's event the gold event names, None when there is none;
    KzeuError when several fit (the gold needs a "with")."""
    if record is None:
        return None
    hits = [e for e in record.get("events") or [] if e.get("type") == item.type and item.anchor in (e.get("text") or "")
            and (item.with_person is None or _has_participant(e, item.with_person))]
    if len(hits) > 1:
        raise KzeuError(f"gold event {item.label()}: {len(hits)} events of its document fit it; "
                        "add \"with\": a participant's name")
    return hits[0].get("id") if hits else None


def _has_participant(event: dict, name: str) -> bool:
    wanted = fold(name)
    return any(wanted in fold(p) for p in event.get("participants") or [])


def evaluate_merge(gold_path: str | Path, docs: str | Path | None = None, *, predictions: str | Path | None = None,
                   lang: str | None = None) -> MergeScore:
    """Score the merge of the documents in ``docs`` (default: ``docs/`` beside the gold file,
    else its folder), extracted now, or of the records in ``predictions``."""
    gold = load_gold_clusters(gold_path)
    if predictions is not None:
        from ..evaluate_files import load_predictions

        return score_merge(gold, load_predictions(predictions))
    folder = Path(docs) if docs is not None else _default_docs(Path(gold_path))
    files = sorted(p for p in folder.rglob("*.txt") if p.is_file()) if folder.is_dir() else []
    if not files:
        raise KzeuError(f"{folder}: no documents (*.txt) to extract; give --docs DIR")
    from ..api import Document, extract_many

    documents = (Document(p.read_text(encoding="utf-8"), str(p)) for p in files)
    return score_merge(gold, extract_many(documents, lang=lang))


def _default_docs(gold_path: Path) -> Path:
    beside = gold_path.parent / "docs"
    return beside if beside.is_dir() else gold_path.parent
