"""Schema check of the built world layer (the interface the loader reads)."""
from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

DATE = re.compile(r"^(\?|\d{4}(-\d{2}(-\d{2})?)?)$")


class Title(BaseModel):
    model_config = ConfigDict(extra="forbid")
    en: str
    fr: str


class Office(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    title: Title
    keys: list[str]
    country: str
    head_of_state: bool
    head_of_government: bool
    role: Literal["head_of_state", "head_of_government", "foreign_minister"]
    wikidata: str
    source: str

    @field_validator("id")
    @classmethod
    def id_form(cls, value: str) -> str:
        if not re.fullmatch(r"(hos|hog|fm):[A-Z]{2}", value):
            raise ValueError(f"bad office id {value!r}")
        return value


class Tenure(BaseModel):
    model_config = ConfigDict(extra="forbid")
    office: str
    start: str
    end: str | None
    source: str

    @field_validator("start", "end")
    @classmethod
    def date_form(cls, value: str | None) -> str | None:
        if value is not None and not DATE.match(value):
            raise ValueError(f"bad date {value!r}")
        return value


class Person(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    name: str
    wikidata: str
    country: str | None
    aliases: list[str]
    short: list[str]
    offices: list[Tenure]
    source: str


def validate(offices: list[dict], people: list[dict], hand_offices: dict) -> None:
    """Raise SystemExit naming the entry when something does not fit the schema."""
    known = {o["id"] for o in offices} | {o["id"] for o in hand_offices["offices"]}
    for kind, model, items in (("offices", Office, offices), ("people", Person, people)):
        ids = set()
        for index, item in enumerate(items):
            try:
                model.model_validate(item)
            except ValidationError as err:
                raise SystemExit(f"data/kb/world/{kind}.json [{index}] {item.get('id')}: {err}")
            if item["id"] in ids:
                raise SystemExit(f"data/kb/world/{kind}.json: duplicate id {item['id']}")
            ids.add(item["id"])
    for person in people:
        for tenure in person["offices"]:
            if tenure["office"] not in known:
                raise SystemExit(f"people {person['id']}: unknown office {tenure['office']}")
