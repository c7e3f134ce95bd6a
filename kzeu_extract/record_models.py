"""The document record's pydantic models: the JSON contract (schema version 2).

Every field carries a description (``kzeu schema --fields`` lists them). Field names are the
contract with users' tools: add fields freely, never rename or drop one without a new
SCHEMA_VERSION (README, "Record version 2", says what changed from version 1).
Knowledge-base ids follow one scheme, ``<kind>:<slug>`` (knowledge/ids.py); the ids of a
record's own people and events are ``p-...`` and ``e-...`` (linking.py).
"""
from __future__ import annotations

from typing import Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

from .components.events.table import event_type_names

SCHEMA_VERSION = "2"

Number = Union[int, float]

# The kinds of place the places component tells apart.
PlaceKind = Literal["country", "city", "region", "venue"]

_KB_ID = "knowledge-base id (<kind>:<slug>, lowercase ASCII, see the README's id scheme)"


def _kb(kind: str, what: str) -> str:
    return f"{what}: {_KB_ID.replace('<kind>', kind)}; null when the knowledge base does not know it"


def _aliases(of: str) -> str:
    return f"the other forms the text writes {of} in (abbreviations, spellings, translations)"


def _mentions(of: str) -> str:
    return f"every mention of {of} in the text, in text order (left out by --compact)"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Mention(_Model):
    """Evidence: ``text == document[start:end]`` always holds."""
    text: str = Field(description="the words as written: document[start:end]")
    start: int = Field(ge=0, description="offset of the first character in the document text (as decoded)")
    end: int = Field(ge=0, description="offset just past the last character")


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
    """The document the record was read from."""
    path: Optional[str] = Field(None, description="file path as given, null for stdin")
    sha256: str = Field(description="sha256 of the document's text (UTF-8): joins records of the same text")
    characters: int = Field(description="length of the document text in characters")


class HeldOffice(_Model):
    """An office the knowledge base says a person held on the document's date."""
    office: str = Field(description=f"the office's {_KB_ID.replace('<kind>', 'office')}")
    title: str = Field(description="the office's name in the document's language")
    start: Optional[str] = Field(None, description="first day of the tenure (YYYY-MM-DD, YYYY-MM or YYYY)")
    end: Optional[str] = Field(None, description="last day of the tenure; null while in office")
    wikidata: Optional[str] = Field(None, description="Wikidata QID of the position")


class Person(_Model):
    """A person the text names, once, with every mention (names, and titles resolved to them)."""
    id: Optional[str] = Field(
        None, description="this person's id in this record: p-<first 12 hex digits of the document's sha256>-<offset "
                          "of the first mention>; stable across runs (kb_id and wikidata join documents)")
    name: str = Field(description="fullest form; the knowledge base's canonical form where known")
    aliases: list[str] = Field(default_factory=list, description=_aliases("the person's name"))
    offices: list[str] = Field(default_factory=list, description="titles the text gives this person, each once "
                                                                 "(case variants folded: the first wording)")
    country: Optional[str] = Field(None, description="nationality, ISO 3166-1 alpha-2, where known")
    kb_id: Optional[str] = Field(None, description=_kb("person", "the person's id"))
    wikidata: Optional[str] = Field(None, description="Wikidata QID where the person is known")
    held_offices: list[HeldOffice] = Field(
        default_factory=list, description="offices the knowledge base says the person held on the document date")
    mentions: list[Mention] = Field(default_factory=list, description=_mentions("the person"))


class Office(_Model):
    """A title the text gives someone (or names alone), once per holder and folded wording."""
    title: str = Field(description="the title as the text first writes it (other wordings: in mentions)")
    holder: Optional[str] = Field(None, description="people[].name of the person holding it, null when unknown")
    organization: Optional[str] = Field(None, description="the body the office belongs to, where named")
    country: Optional[str] = Field(None, description="ISO 3166-1 alpha-2 of the state the office belongs to")
    kb_id: Optional[str] = Field(None, description=_kb("office", "the office's id where the title names one office"))
    wikidata: Optional[str] = Field(None, description="Wikidata QID of the position")
    holder_kb_id: Optional[str] = Field(None, description=_kb("person", "the holder's id"))
    holder_wikidata: Optional[str] = Field(None, description="Wikidata QID of the holder")
    mentions: list[Mention] = Field(default_factory=list,
                                    description=_mentions("the title") + "; each keeps its own wording")


class Organization(_Model):
    """A body the text names (an institution, ministry, agency), once, with its mentions."""
    name: str = Field(description="canonical name where the knowledge base knows the body, else the fullest form")
    aliases: list[str] = Field(default_factory=list, description=_aliases("the body's name"))
    kb_id: Optional[str] = Field(None, description=_kb("organization", "the body's id"))
    wikidata: Optional[str] = Field(None, description="Wikidata QID of a known body, null when unknown")
    mentions: list[Mention] = Field(default_factory=list, description=_mentions("the body"))


class Place(_Model):
    """A country, city, region or venue the text names, once, with its mentions."""
    name: str = Field(description="canonical name (the gazetteer's English name where known)")
    aliases: list[str] = Field(default_factory=list, description=_aliases("the place's name"))
    country: Optional[str] = Field(None, description="ISO 3166-1 alpha-2 of the country (or of the place itself)")
    kind: Optional[PlaceKind] = Field(None, description="what kind of place it is")
    kb_id: Optional[str] = Field(
        None, description="place id: place:<iso2> for a country, place:<iso2>-<slug of the name> for a city, "
                          "region or venue the gazetteer knows; null otherwise")
    geonames_id: Optional[int] = Field(None, description="GeoNames id of a city or country, null when unknown")
    latitude: Optional[float] = Field(None, description="WGS84 latitude of a city (GeoNames) or a country's centre, null when unknown")
    longitude: Optional[float] = Field(None, description="WGS84 longitude of a city (GeoNames) or a country's centre, null when unknown")
    wikidata: Optional[str] = Field(None, description="Wikidata QID of a country, null when unknown")
    mentions: list[Mention] = Field(default_factory=list, description=_mentions("the place"))


class DateItem(Mention):
    """A date expression of the text and the date it names."""
    value: Optional[str] = Field(None, description="YYYY-MM-DD, YYYY-MM or YYYY; null if unresolved")
    granularity: Optional[Literal["day", "month", "year"]] = Field(
        None, description="how precise value is; null for an expression with no ISO form (a week)")
    relative: bool = Field(False, description="relative to another date (the publication date): yesterday, "
                                              "last week, on Thursday, hier, la semaine dernière, last January")
    year_inferred: bool = Field(False, description="an absolute date written without its year (7 février, "
                                                   "March 3): the year was completed from the publication date")


class Figure(Mention):
    """A number the text reports: a count, an amount of money, a percentage, a duration or a quantity.
    An exact or approximate number is value; a bound ("more than 100", "up to 500") or a range
    ("between 10 and 20") is min and/or max, value null."""
    kind: Literal["count", "money", "percent", "duration", "quantity"] = Field(description="what the number measures")
    value: Optional[Number] = Field(None, description="the number, scaled (2bn: 2000000000); null for a bound or a range")
    min: Optional[Number] = Field(None, description="lower bound: more than, at least, plus de, au moins, or a "
                                                    "range's first number; null when there is none")
    max: Optional[Number] = Field(None, description="upper bound: up to, less than, jusqu'à, moins de, or a "
                                                    "range's last number; null when there is none")
    min_inclusive: Optional[bool] = Field(None, description="whether min itself is included (at least: true, "
                                                            "more than: false); null without min")
    max_inclusive: Optional[bool] = Field(None, description="whether max itself is included (up to: true, less "
                                                            "than: false); null without max")
    unit: Optional[str] = Field(None, description="what is counted or measured (businesses, tonnes, years)")
    currency: Optional[str] = Field(None, description="ISO 4217 code of a money figure, null when unknown")
    approximate: bool = Field(False, description="not an exact value: qualified (about, nearly, more than, up to)")
    qualifier: Optional[str] = Field(None, description="the qualifying words as written (about, more than, plus de)")


class AgreementStatus(_Model):
    """A status word found near an agreement's mention."""
    status: str = Field(description="what happened to it: signed, ratified, entered_into_force (the language "
                                    "packs' status_words classes)")
    date: Optional[str] = Field(None, description="ISO date of that step where the text gives one")


class Agreement(_Model):
    """A treaty, agreement, memorandum or other instrument the text names, once, with its mentions."""
    name: str = Field(description="canonical name where the knowledge base knows it, else the fullest form")
    aliases: list[str] = Field(default_factory=list, description=_aliases("the instrument's name"))
    parties: list[str] = Field(default_factory=list, description="the countries or bodies bound by it, where known")
    articles: list[str] = Field(default_factory=list, description="article numbers the text cites (\"2\", \"4.1\")")
    status: list[AgreementStatus] = Field(default_factory=list, description="status words nearby, in text order")
    kb_id: Optional[str] = Field(None, description=_kb("agreement", "the instrument's id"))
    mentions: list[Mention] = Field(default_factory=list, description=_mentions("the instrument"))


# The event types are the rows of the event-type table (data/event_types.json).
EventType = Literal[event_type_names()]


class EventParty(Mention):
    """A country or organization taking part in an event; the evidence is the words that name it."""
    name: str = Field(description="the place or organization record's name")
    kind: Literal["country", "organization"] = Field(description="country or organization")
    country: Optional[str] = Field(None, description="ISO 3166-1 alpha-2 of a country party")
    organization: Optional[str] = Field(None, description=_kb("organization", "an organization party's id"))
    side: Optional[Literal["host", "guest"]] = Field(None, description="host or guest, where the text says it")
    initiator: bool = Field(False, description="whether this party initiated the event")


class Event(Mention):
    """A meeting, phone call or visit the text reports; text/start/end is the sentence that reports it."""
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
    """Words the text quotes, and who said them."""
    speaker: Optional[str] = Field(None, description="people[].name of the speaker, null when not told")


class DocumentRecord(_Model):
    """What kzeu-extract reads in one document: its entities, dates, figures, agreements,
    events and quotes, each with the evidence behind it."""
    schema_version: str = Field(SCHEMA_VERSION, description="version of this record's shape: \"2\"")
    source: Source = Field(description="the document the record was read from")
    language: str = Field(description="language of the text (ISO 639-1: en, fr), given or detected")
    title: Optional[str] = Field(None, description="the document's headline, null when none is found")
    document_date: Optional[str] = Field(None, description="publication date (YYYY-MM-DD) the text states or "
                                                           "--date gave; relative dates resolve against it")
    people: list[Person] = Field(default_factory=list, description="the people named, each once")
    offices: list[Office] = Field(default_factory=list, description="the titles given, each once per holder")
    organizations: list[Organization] = Field(default_factory=list, description="the bodies named, each once")
    places: list[Place] = Field(default_factory=list, description="the places named, each once")
    dates: list[DateItem] = Field(default_factory=list, description="the date expressions, in text order")
    figures: list[Figure] = Field(default_factory=list, description="the figures, in text order")
    agreements: list[Agreement] = Field(default_factory=list, description="the instruments named, each once")
    events: list[Event] = Field(default_factory=list, description="the meetings, calls and visits reported")
    quotes: list[Quote] = Field(default_factory=list, description="the quotations, in text order")
    sentences: list[Sentence] = Field(
        default_factory=list, description="each sentence an event cites (events[].sentence), once, in text order")
    warnings: list[str] = Field(default_factory=list, description="what could not be done well (e.g. relative "
                                                                  "dates left unresolved without a date)")

    def to_json(self, indent: int | None = None, compact: bool = False) -> str:
        """The record as JSON text; ``compact``: the facts only (see ``compact``)."""
        if compact:
            return self.model_dump_json(indent=indent, exclude=_COMPACT_EXCLUDE, exclude_none=True)
        return self.model_dump_json(indent=indent)

    def compact(self) -> dict:
        """The facts only, as a dict: no mention lists (people, offices, organizations, places,
        agreements), no events' evidence and document (the record's source), no sentences,
        and no null fields. Still a valid record: read back, what is left out is null or empty."""
        return self.model_dump(mode="json", exclude=_COMPACT_EXCLUDE, exclude_none=True)


# What --compact leaves out besides nulls: every mention list and the evidence behind events.
_COMPACT_EXCLUDE = {
    **{section: {"__all__": {"mentions"}} for section in ("people", "offices", "organizations", "places", "agreements")},
    "events": {"__all__": {"evidence", "document"}},
    "sentences": True,
}
