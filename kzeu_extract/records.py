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
from .linking import link_record
from .textkit.sentences import sentence_spans

SCHEMA_VERSION = "1"
# where RecordMaker notes the number of a chunk's first sentence on its Doc
_FIRST_SENTENCE_KEY = "kzeu:first_sentence"
# the sections of the record that components write, in record order
_SECTIONS = ("people", "offices", "organizations", "places", "dates", "figures", "agreements", "events", "quotes")

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


class DocumentRef(_Model):
    """Which document an item comes from (the record's source)."""
    path: Optional[str] = Field(None, description="file path as given, null for stdin")
    sha256: str = Field(description="sha256 of the document's text")


class EventEvidence(_Model):
    """The words behind each argument of an event (``text == document[start:end]``): the
    supporting mention nearest the event's sentence (in it, else in the sentence before,
    else the one after, else the closest earlier in the document, else the closest later)."""
    date: Optional[Mention] = Field(
        None, description="a date expression whose value is the event's date (else the document's date line when "
                          "that is the event's date); null when the text has none")
    location: Optional[Mention] = Field(
        None, description="a mention of the place named by location (its name or an alias); null when the text "
                          "has none")
    initiator: Optional[Mention] = Field(
        None, description="a mention of the person, body or place named by initiator, or a word naming that "
                          "country (\"the Kyrgyz side\"); null when the text has none")


class Sentence(Mention):
    """A sentence some event cites (``events[].sentence``), given once per record."""
    index: int = Field(ge=0, description="the sentence's number in the document, from 0")


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
    id: Optional[str] = Field(
        None, description="this person's id in this record: p-<first 12 hex digits of the document's sha256>-<offset "
                          "of the first mention>; stable across runs (kb_id and wikidata join documents)")
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
    kind: Literal["country", "organization"] = Field(description="country or organization")
    country: Optional[str] = Field(None, description="ISO 3166-1 alpha-2 of a country party")
    organization: Optional[str] = Field(None, description="knowledge-base id of an organization party, where known")
    side: Optional[Literal["host", "guest"]] = Field(None, description="host or guest, where the text says it")
    initiator: bool = Field(False, description="whether this party initiated the event")


class Event(Mention):
    id: Optional[str] = Field(
        None, description="this event's id: e-<first 12 hex digits of the document's sha256>-<start offset>-<n-th "
                          "event starting there, from 0>; the same text gives the same ids on every run")
    document: Optional[DocumentRef] = Field(None, description="the document the event was read from")
    sentence: Optional[int] = Field(
        None, description="number of the sentence that reports the event (its text): sentences[].index")
    evidence: EventEvidence = Field(
        default_factory=EventEvidence, description="the words behind the event's date, location and initiator")
    type: EventType = Field(description="meeting, phone_call or visit (data/event_types.json)")
    mode: Optional[Literal["in_person", "virtual", "phone"]] = Field(
        None, description="how it was held: in person, by video link, by telephone")
    status: Literal["held", "planned", "cancelled", "refused"] = Field(
        "held", description="held: reported as having happened; planned: announced, agreed, invited, expected or "
                            "postponed; cancelled: called off; refused: a party refused or declined it")
    date: Optional[str] = Field(None, description="ISO 8601 date of the event (day, month or year), null when unknown")
    participants: list[str] = Field(default_factory=list, description="the people taking part: people[].name values")
    participant_ids: list[Optional[str]] = Field(
        default_factory=list, description="people[].id of each participant, aligned with participants")
    initiator: Optional[str] = Field(
        None, description="who initiated it (caller, host, inviter, 'at the initiative of'): a person, country or body")
    initiator_id: Optional[str] = Field(None, description="people[].id of the initiator when it is a person")
    location: Optional[str] = Field(None, description="where it was held (a visit: its destination), a place's name")
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
    sentences: list[Sentence] = Field(
        default_factory=list, description="each sentence an event cites (events[].sentence), once, in text order")
    warnings: list[str] = Field(default_factory=list)

    def to_json(self, indent: int | None = None) -> str:
        return self.model_dump_json(indent=indent)


def source_of(text: str, path: str | None = None) -> dict:
    """The record's ``source`` for ``text`` read from ``path`` (None: stdin or a string); a
    file name's bytes that are not UTF-8 are written as backslash escapes (io.printable_path)."""
    return {"path": None if path is None else printable_path(path), "sha256": hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
            "characters": len(text)}


def doc_to_record(doc, first_sentence: int | None = None) -> DocumentRecord:
    """Assemble the record from what the components stored on the Doc: any Doc our
    components ran on (``api.extract``'s, ``build_pipeline(lang)(text)``'s or a user's own
    pipeline's); the source is computed from the text when ``api`` did not set it.
    ``first_sentence``: the number of the Doc's first sentence (a chunk's, in a long text;
    default: what ``RecordMaker`` noted on the Doc, else 0).
    Ids, sentences and argument evidence are added by ``linking.link_record``.

    The record is validated: pydantic's validator (compiled) builds these nested models
    about twice as fast as ``model_construct`` (a Python loop per model) would, measured
    on the bench corpus (0.5 against 1.1 ms a document)."""
    register_extensions()
    text = doc_text(doc)
    title = doc._.kzeu_title
    doc_date = doc._.kzeu_document_date
    data = dict(
        source=doc._.kzeu_source or source_of(text),
        language=doc._.kzeu_language or doc.lang_,
        title=title["text"] if title else None,
        document_date=doc_date["value"] if doc_date else None,
        **{section: items(doc, section) for section in _SECTIONS},
        warnings=list(doc._.kzeu_warnings or []),
    )
    if first_sentence is None:
        first_sentence = doc.user_data.get(_FIRST_SENTENCE_KEY, 0)
    link_record(data, text, sentence_spans(doc, text), first_sentence, doc_date)
    return DocumentRecord(**data)


class RecordMaker:
    """``doc_to_record`` for the Docs of one text read in chunks, in text order: each
    chunk's sentences are numbered on from the last chunk's, so numbers are the document's."""

    def __init__(self, to_record=None):
        self.to_record = to_record or doc_to_record    # Doc -> DocumentRecord
        self.sentences = 0

    def __call__(self, doc) -> DocumentRecord:
        doc.user_data[_FIRST_SENTENCE_KEY] = self.sentences
        record = self.to_record(doc)
        self.sentences += len(sentence_spans(doc, doc_text(doc)))
        return record


def json_schema() -> dict:
    return DocumentRecord.model_json_schema()
