"""A title phrase as found in a text, and the name it introduces."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass
class NameSpan:
    start: int
    end: int
    text: str


@dataclass
class TitlePhrase:
    start: int                      # title text start (after any article)
    end: int
    text: str                       # normalised title as written
    keys: set = field(default_factory=set)
    families: set = field(default_factory=set)
    complete: bool = False          # a full role by itself ("Head of State")
    article_start: Optional[int] = None
    organization: Optional[str] = None
    country: Optional[str] = None
    subject: Optional[str] = None   # "Central Asia", "Human Rights"
    qualified: bool = False         # has a country/organisation qualifier
    capitalised: bool = True
    name: Optional[NameSpan] = None
    name_after_comma: bool = False
    office: bool = True             # False: a relation ("counterpart") or a rank ("Prince"): never an office
    needs_full_name: bool = False   # a military rank counts only before a full name
    splits: list = field(default_factory=list)   # (end of one title, start of the next) in "A and B"
    post_nominal: bool = False      # "MP" after the name it belongs to

    @property
    def mention_start(self) -> int:
        return self.article_start if self.article_start is not None else self.start


def phrase_item(phrase: TitlePhrase) -> dict:
    """A title phrase as a plain ``kzeu_titles`` item (exact offsets, plain attributes)."""
    name = phrase.name
    return {"start": phrase.start, "end": phrase.end, "title": phrase.text,
            "keys": sorted(phrase.keys), "families": sorted(phrase.families), "complete": phrase.complete,
            "article_start": phrase.article_start, "organization": phrase.organization,
            "country": phrase.country, "subject": phrase.subject, "qualified": phrase.qualified,
            "capitalised": phrase.capitalised,
            "name": None if name is None else {"start": name.start, "end": name.end, "text": name.text},
            "name_after_comma": phrase.name_after_comma, "office": phrase.office,
            "needs_full_name": phrase.needs_full_name, "splits": [list(s) for s in phrase.splits],
            "post_nominal": phrase.post_nominal}


def phrase_from_item(item: dict) -> TitlePhrase:
    """The title phrase a ``kzeu_titles`` item stands for (a fresh object)."""
    name = item.get("name")
    return TitlePhrase(start=item["start"], end=item["end"], text=item["title"], keys=set(item["keys"]),
                       families=set(item["families"]), complete=item["complete"],
                       article_start=item["article_start"], organization=item["organization"],
                       country=item["country"], subject=item["subject"], qualified=item["qualified"],
                       capitalised=item["capitalised"],
                       name=None if name is None else NameSpan(name["start"], name["end"], name["text"]),
                       name_after_comma=item["name_after_comma"], office=item["office"],
                       needs_full_name=item["needs_full_name"], splits=[tuple(s) for s in item["splits"]],
                       post_nominal=item["post_nominal"])
