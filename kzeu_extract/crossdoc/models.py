"""The merged event: one occasion however many reports tell of it (pydantic models).

Field names are a contract with users' tools, as the document record's are: add fields
freely, never rename or drop one without a new ``MERGED_SCHEMA_VERSION``.
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

MERGED_SCHEMA_VERSION = "1"
SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = "https://github.com/kzeu-extract/kzeu-extract/schemas/merged-event.schema.json"

Mode = Literal["in_person", "virtual", "phone"]
Status = Literal["held", "planned", "cancelled", "refused"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourceDocument(_Model):
    """The document a report was read from (the record's source)."""
    path: Optional[str] = Field(None, description="file path as given to the extraction, null for stdin")
    sha256: str = Field(description="sha256 of the document's text")


class EventSource(_Model):
    """One report of the occasion: an event of one document record, with its evidence."""
    document: SourceDocument = Field(description="the document the report is in")
    language: Optional[str] = Field(None, description="the document's language (en, fr)")
    document_date: Optional[str] = Field(None, description="the document's publication date, null when unknown")
    event_id: str = Field(description="the event's id in its record (events[].id)")
    text: str = Field(description="the evidence sentence of the event, as in the document")
    start: int = Field(ge=0, description="offset of text in the document (text == document[start:end])")
    end: int = Field(ge=0, description="end offset of text in the document")
    date: Optional[str] = Field(None, description="the date this report gives (ISO at its granularity), null if none")
    location: Optional[str] = Field(None, description="the place this report gives, null if none")
    status: Status = Field("held", description="the status this report gives")
    mode: Optional[Mode] = Field(None, description="the mode this report gives, null if none")
    initiator: Optional[str] = Field(None, description="the initiator this report gives, null if none")


class MergedParticipant(_Model):
    """A person taking part, known across documents by an identity key."""
    name: str = Field(description="the person's name (the knowledge base's canonical form where known)")
    kb_id: Optional[str] = Field(None, description="knowledge-base id of the person, null when unknown")
    country: Optional[str] = Field(None, description="ISO 3166-1 alpha-2 of the person's country, where known")
    key: str = Field(description="identity key across documents: kb:<kb_id>, else name:<folded name>")


class MergedParty(_Model):
    """A country or organization taking part."""
    name: str = Field(description="the party's name as the first report naming it gives it")
    kind: Literal["country", "organization"] = Field(description="country or organization")
    country: Optional[str] = Field(None, description="ISO 3166-1 alpha-2 of a country party")
    organization: Optional[str] = Field(None, description="knowledge-base id of an organization party, where known")
    key: str = Field(description="identity key: iso:<code>, org:<kb id> or orgname:<folded name>")


class ConflictValue(_Model):
    """One value the reports give for a field, and which reports give it."""
    value: Optional[str] = Field(description="the value as the reports give it")
    event_ids: list[str] = Field(description="the events (sources[].event_id) that give this value")


class Conflict(_Model):
    """A field on which the reports merged into this event disagree."""
    field: str = Field(description="the field: status or initiator")
    values: list[ConflictValue] = Field(description="each value given, with the reports giving it")


class Related(_Model):
    """A link to another merged event that is a different occasion but part of this one's story."""
    relation: Literal["during_visit", "has_meeting"] = Field(
        description="during_visit: this meeting took place during that visit; has_meeting: the reverse")
    id: str = Field(description="the other merged event's id")


class MergedEvent(_Model):
    """One diplomatic occasion, fused from every report of it (kzeu events)."""
    id: str = Field(description="stable id: m-<first 12 hex digits of the sha256 of the smallest source event id>; "
                                "the same reports give the same id whatever their order")
    type: str = Field(description="meeting, phone_call or visit (data/event_types.json)")
    mode: Optional[Mode] = Field(None, description="in_person, virtual or phone, where a report says it")
    status: Status = Field(description="held when any report says it was held; else cancelled/refused; else planned")
    date: Optional[str] = Field(None, description="the most specific date the reports give (day over month over "
                                                  "year), ISO; null when no report dates it")
    first_reported: Optional[str] = Field(None, description="the earliest publication date among the reports' "
                                                            "documents, null when none states one")
    location: Optional[str] = Field(None, description="the most specific place the reports give (a city over its "
                                                      "country); a visit's destination")
    location_country: Optional[str] = Field(None, description="ISO 3166-1 alpha-2 of the location's country")
    participants: list[MergedParticipant] = Field(default_factory=list, description="the people, once each")
    parties: list[MergedParty] = Field(default_factory=list, description="the countries and organizations, once each")
    initiator: Optional[str] = Field(None, description="who initiated it: what most reports say (see conflicts)")
    sources: list[EventSource] = Field(description="every report merged into this event, in document order")
    conflicts: list[Conflict] = Field(default_factory=list,
                                      description="fields on which the reports disagree, with what each says")
    possibly_same: list[str] = Field(
        default_factory=list, description="ids of merged events that may be the same occasion but were not merged "
                                          "for want of evidence (an undated report matching several, a date a day "
                                          "apart)")
    related: list[Related] = Field(default_factory=list, description="links to related occasions")

    def to_json(self, indent: int | None = None) -> str:
        return self.model_dump_json(indent=indent)


def events_json_schema() -> dict:
    """The JSON Schema of one merged event (``kzeu schema --events``)."""
    schema = MergedEvent.model_json_schema()
    return {"$schema": SCHEMA_DIALECT, "$id": SCHEMA_ID, **schema,
            "x-schema-version": MERGED_SCHEMA_VERSION}
