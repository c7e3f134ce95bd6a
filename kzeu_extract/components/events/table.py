"""The event-type table (data/event_types.json): every way one event type is read
differently from another is a column here, so no code branches on a type's name.

``event_type_names()`` is the tuple of type names the record contract allows."""
from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, ValidationError

from ...data import load_data
from ...errors import DataError
from ...langpacks import describe_validation_error

TABLE_FILE = "event_types"


class EventType(BaseModel):
    """One row of the table (the columns are described in the file's ``_doc``)."""
    model_config = ConfigDict(extra="forbid", frozen=True)

    subject_only: bool
    subject_travels: bool
    default_mode: str
    own_mode: str | None = None
    min_participants: int
    speaker_is_only_party: bool
    starts_on_report_day: bool
    place_is_destination: bool
    host_initiates: bool
    can_be_hosted: bool
    journey: bool
    during_journey: bool
    splits_per_counterpart: bool
    sets_protagonist: bool
    one_occasion: bool
    generic_reference: bool
    place_distinguishes: bool
    dateline_place: bool


class Windows(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    mode_window: int
    planned_window: int
    visit_location_window: int
    near_date_distance: int
    context_sentences: int
    split_min_counterparts: int
    lead_sentences: int
    max_date_distance: int
    role_object_window: int = 60


class Modes(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    all: list[str]
    remote: list[str]


class PlaceKinds(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    towns: list[str]
    countries: list[str]


class EventTypeTable(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    types: dict[str, EventType]
    modes: Modes
    place_kinds: PlaceKinds
    windows: Windows

    def on_site(self, mode: str | None) -> bool:
        """Whether an event of ``mode`` (None: not said) has a place: it is not held remotely."""
        return mode not in self.modes.remote

    def __getitem__(self, name: str) -> EventType:
        return self.types[name]

    def names(self) -> tuple[str, ...]:
        return tuple(self.types)

    def type_of_mode(self, mode: str | None) -> str | None:
        """The type whose own mode ``mode`` is ("phone" -> "phone_call")."""
        return next((name for name, row in self.types.items() if mode and row.own_mode == mode), None)


def validate_table(content: object, where: str = "data/event_types.json") -> EventTypeTable:
    try:
        table = EventTypeTable.model_validate(content)
    except ValidationError as exc:
        raise describe_validation_error(where, exc) from None
    for name, row in table.types.items():
        for column, mode in (("default_mode", row.default_mode), ("own_mode", row.own_mode)):
            if mode is not None and mode not in table.modes.all:
                raise DataError(where, f"at types.{name}.{column}: unknown mode; entry {mode!r} "
                                       f"(modes: {', '.join(table.modes.all)})")
    return table


@cache
def event_type_table() -> EventTypeTable:
    """The installed table, validated (a DataError names the file, key path and entry)."""
    return validate_table(load_data(TABLE_FILE))


def event_type_names() -> tuple[str, ...]:
    """The event types the record contract allows: ``Literal[event_type_names()]``."""
    return event_type_table().names()
