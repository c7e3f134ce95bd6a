"""The document record (the JSON contract in the spec) as pydantic models, and Doc -> record.

Field names are the contract with users' tools: add fields freely, never rename or drop one
without a new SCHEMA_VERSION.
"""
from __future__ import annotations

import hashlib
from typing import Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

from .components.events.table import event_type_names
from .extensions import doc_text, items, register_extensions
from .io import printable_path

SCHEMA_VERSION = "1"

Number = Union[int, float]

# The kinds of place the places component tells apart.
PlaceKind = Literal["country", "city", "region", "venue"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Mention(_Model):
    """Evidence: ``text == document[start:end]`` always holds."""
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Source(_Model):
    path: Optional[str] = Field(None, description="file path as given, null for stdin")
    sha256: str
    characters: int


class HeldOffice(_Model):
    """An office the knowledge base says a person held on the document's date."""
    office: str = Field(description="knowledge-base office id")
    title: str = Field(description="the office's name in the document's language")
    start: Optional[str] = Field(None, description="first day of the tenure (YYYY-MM-DD, YYYY-MM or YYYY)")
    end: Optional[str] = Field(None, description="last day of the tenure; null while in office")
    wikidata: Optional[str] = Field(None, description="Wikidata QID of the position")


class Person(_Model):
    name: str = Field(description="fullest form; the knowledge base's canonical form where known")
    aliases: list[str] = Field(default_factory=list)
    offices: list[str] = Field(default_factory=list, description="titles the text gives this person")
    country: Optional[str] = Field(None, description="ISO 3166-1 alpha-2")
    kb_id: Optional[str] = Field(None, description="knowledge-base id where the person is known")
    wikidata: Optional[str] = Field(None, description="Wikidata QID where the person is known")
    held_offices: list[HeldOffice] = Field(
        default_factory=list, description="offices the knowledge base says the person held on the document date")
    mentions: list[Mention] = Field(default_factory=list)


class Office(_Model):
    title: str
    holder: Optional[str] = None
    organization: Optional[str] = None
    country: Optional[str] = None
    kb_id: Optional[str] = Field(None, description="knowledge-base office id where the title names one office")
    wikidata: Optional[str] = Field(None, description="Wikidata QID of the position")
    holder_kb_id: Optional[str] = Field(None, description="knowledge-base id of the holder")
    holder_wikidata: Optional[str] = Field(None, description="Wikidata QID of the holder")
    mentions: list[Mention] = Field(default_factory=list)


class Organization(_Model):
    name: str
    aliases: list[str] = Field(default_factory=list)
    kb_id: Optional[str] = None
    wikidata: Optional[str] = Field(None, description="Wikidata QID of a known body, null when unknown")
    mentions: list[Mention] = Field(default_factory=list)


class Place(_Model):
    name: str
    aliases: list[str] = Field(default_factory=list)
    country: Optional[str] = None
    kind: Optional[PlaceKind] = Field(None, description="what kind of place it is")
    geonames_id: Optional[int] = Field(None, description="GeoNames id of a city or country, null when unknown")
    latitude: Optional[float] = Field(None, description="WGS84 latitude of a city (GeoNames) or a country's centre, null when unknown")
    longitude: Optional[float] = Field(None, description="WGS84 longitude of a city (GeoNames) or a country's centre, null when unknown")
    wikidata: Optional[str] = Field(None, description="Wikidata QID of a country, null when unknown")
    mentions: list[Mention] = Field(default_factory=list)


class DateItem(Mention):
    value: Optional[str] = Field(None, description="YYYY-MM-DD, YYYY-MM or YYYY; null if unresolved")
    granularity: Optional[Literal["day", "month", "year"]] = None
    relative: bool = False


class Figure(Mention):
    kind: Literal["count", "money", "percent", "duration", "quantity"]
    value: Optional[Number] = None
    min: Optional[Number] = None
    max: Optional[Number] = None
    unit: Optional[str] = None
    currency: Optional[str] = None
    approximate: bool = False
    qualifier: Optional[str] = None


class Agreement(_Model):
    name: str
    aliases: list[str] = Field(default_factory=list)
    parties: list[str] = Field(default_factory=list)
    articles: list[str] = Field(default_factory=list)
    status: list[dict] = Field(default_factory=list,
                               description='status words nearby: {"status": "signed"|"ratified"|'
                                           '"entered_into_force", "date": ISO or null}')
    kb_id: Optional[str] = None
    mentions: list[Mention] = Field(default_factory=list)


# The event types are the rows of the event-type table (data/event_types.json).
EventType = Literal[event_type_names()]


class EventParty(Mention):
    """A country or organization taking part in an event; the evidence is the words that name it."""
    name: str = Field(description="the place or organization record's name")
    kind: Literal["country", "organization"]
    country: Optional[str] = Field(None, description="ISO 3166-1 alpha-2 of a country party")
    organization: Optional[str] = Field(None, description="knowledge-base id of an organization party, where known")
    side: Optional[Literal["host", "guest"]] = Field(None, description="host or guest, where the text says it")
    initiator: bool = Field(False, description="whether this party initiated the event")


class Event(Mention):
    type: EventType
    mode: Optional[Literal["in_person", "virtual", "phone"]] = None
    status: Literal["held", "planned", "cancelled", "refused"] = "held"
    date: Optional[str] = None
    participants: list[str] = Field(default_factory=list)
    initiator: Optional[str] = None
    location: Optional[str] = None
    parties: list[EventParty] = Field(
        default_factory=list, description="the countries and organizations taking part (participants are the people)")


class Quote(Mention):
    speaker: Optional[str] = None


class DocumentRecord(_Model):
    schema_version: str = SCHEMA_VERSION
    source: Source
    language: str
    title: Optional[str] = None
    document_date: Optional[str] = None
    people: list[Person] = Field(default_factory=list)
    offices: list[Office] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    dates: list[DateItem] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def to_json(self, indent: int | None = None) -> str:
        return self.model_dump_json(indent=indent)


def source_of(text: str, path: str | None = None) -> dict:
    """The record's ``source`` for ``text`` read from ``path`` (None: stdin or a string); a
    file name's bytes that are not UTF-8 are written as backslash escapes (io.printable_path)."""
    return {"path": None if path is None else printable_path(path), "sha256": hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
            "characters": len(text)}


def doc_to_record(doc) -> DocumentRecord:
    """Assemble the record from what the components stored on the Doc: any Doc our
    components ran on (``api.extract``'s, ``build_pipeline(lang)(text)``'s or a user's own
    pipeline's); the source is computed from the text when ``api`` did not set it.

    The record is validated: pydantic's validator (compiled) builds these nested models
    about twice as fast as ``model_construct`` (a Python loop per model) would, measured
    on the bench corpus (0.5 against 1.1 ms a document)."""
    register_extensions()
    title = doc._.kzeu_title
    doc_date = doc._.kzeu_document_date
    return DocumentRecord(
        source=Source(**(doc._.kzeu_source or source_of(doc_text(doc)))),
        language=doc._.kzeu_language or doc.lang_,
        title=title["text"] if title else None,
        document_date=doc_date["value"] if doc_date else None,
        people=items(doc, "people"),
        offices=items(doc, "offices"),
        organizations=items(doc, "organizations"),
        places=items(doc, "places"),
        dates=items(doc, "dates"),
        figures=items(doc, "figures"),
        agreements=items(doc, "agreements"),
        events=items(doc, "events"),
        quotes=items(doc, "quotes"),
        warnings=list(doc._.kzeu_warnings or []),
    )


def json_schema() -> dict:
    return DocumentRecord.model_json_schema()
