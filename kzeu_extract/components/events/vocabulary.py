"""The shape of a language pack's ``events.json``: the words and phrases events are read
with (regex fragments: a space matches any white space, an apostrophe either apostrophe).
The file's ``_doc`` says what each entry does."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from ...langpacks import register_schema

CONCERN = "events"


class TriggerEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    pattern: str
    mode: str | None = None
    generic: bool = False
    needs_person_after: bool = False
    attendance: bool = False
    caller_after: bool = False
    needs_place_after: bool = False
    joint: bool = False


class EventsVocabulary(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    source: str | None = Field(None, alias="_source")
    doc: str | None = Field(None, alias="_doc")
    # stage 1: triggers, per event type of data/event_types.json, in reading order
    triggers: dict[str, list[TriggerEntry]]
    first_person_before: str
    first_person_words: str | None = None
    # mode and status
    mode_words: dict[str, list[str]]
    planned_cues: list[str]
    just_happened: list[str]
    earlier_tense: str
    # references to events already reported
    definite_before: str
    attending_before: str | None = None
    other_event_words: list[str]
    pronouns: list[str]
    subject_pronouns: list[str]
    relative_before: str
    pair_words: str
    group_subject: str
    again_words: str
    each_other: str
    # who takes part
    not_a_guest: str
    appeal_triggers: list[str] = []
    appeal_after: str | None = None
    companion_cue: str | None = None
    plural_reference_before: str | None = None
    invitee_before: str | None = None
    indefinite_before: str
    title_chain_before: str
    visit_agent_before: str
    visiting_adjective_after: str | None = None
    visiting_word: str | None = None
    possessive_before: str
    subject_resumes: str
    between_words: list[str]
    with_words: list[str]
    chain_gap: str
    conjunctions: list[str]
    preposition_before: list[str]
    governed_prepositions: list[str]
    governed_determiners: list[str]
    not_an_apposition: list[str]
    title_small_words: list[str]
    list_filler_words: list[str]
    apposition_article: str
    not_reporting_verbs: list[str]
    clause_stops: list[str]
    coordination_breaks: list[str]
    joint_list: str
    bilateral_words: list[str]
    single_occasion_before: str
    # initiator
    initiator_patterns: list[str]
    initiator_cue: str
    own_initiative: str | None = None
    received_by: str | None = None
    host_before: str
    host_verb: str
    hosted_by: str | None = None
    inviter_verb: str
    side_patterns: list[str]
    sides: dict[str, str]
    # place and date
    location_preps: str
    meeting_place_preps: str
    held_at: str
    visit_place_before: str
    sentence_opening: list[str]
    # parties (countries and bodies taking part) and cancelled/refused status: sides.py, status.py
    party_noun_patterns: list[str] = []
    party_blockers: list[str] = []
    reception_verb: str | None = None
    status_before: dict[str, list[str]] = {}
    status_after: dict[str, list[str]] = {}
    status_negation: str | None = None
    # dates that are not the event's, and a visit's running day (optional: null or absent
    # leaves the rule off)
    date_bound_before: str | None = None
    visit_day: str | None = None
    visit_day_numbers: dict[str, int] = Field(default_factory=dict)
    # visit_end_before: the words right before a journey trigger
    # that say the journey ends on the sentence's date ("at the end of his visit", "au terme
    # d'une visite", "termine sa visite"); arrival_words: the words of an arrival ("arrived",
    # "arrivé"). A journey dated by its end is of its arrival day when a sentence next to it
    # names an arrival a few days before (absent: the rule is off).
    visit_end_before: str | None = None
    arrival_words: str | None = None
    # place: "X also met Y" is of the programme of X's event just reported, at its place
    same_occasion_words: list[str] = []
    # place: "met X before his visit to Y": a journey after these words is another occasion
    other_occasion_before: str | None = None
    # place: relative pronouns; "X, who studied in Lima, met Y": a place after one is not the event's
    relative_words: list[str] = []
    # place: "in the Camelias Patio of La Moneda Palace": a named part of a venue, before the venue
    part_of_venue: str | None = None
    # place: "will visit Qatar, the UAE and India", "se rendra au Congo, en RDC puis en Ethiopie":
    # what may stand between two destinations of one journey (dates taken out), matched whole;
    # each destination is a visit of its own (absent: the rule is off)
    destination_joiner: str | None = None
    # place: earlier_stop_before: right before a place, where a traveller comes from ("arriving
    # in Paris, coming from Brussels", "venant de Bruxelles"): that place is an earlier stop of
    # the journey, a visit of its own with no date (absent: the rule is off)
    earlier_stop_before: str | None = None
    # who: role_subject_before: right before a journey trigger, an office or role standing for
    # a person named elsewhere ("Australia's top diplomat will travel to", "the diplomat's tour
    # of", "le chef de la diplomatie se rendra"): the traveller is the visitor of the journey
    # reported shortly before, else the one the text is about (absent: the rule is off)
    role_subject_before: str | None = None
    # place: stop_occasion: in a list of destinations, after the joiner, an occasion held at the
    # next place ("Ghana, Togo and the African Union summit in Addis Ababa", "et au sommet de l'UA
    # à Addis-Abeba"): that place is a stop of the journey too (absent: the rule is off)
    stop_occasion: str | None = None
    # place: next_stop_words: between two journey triggers of one sentence, the words that make the
    # second a next stop of the same traveller ("stay in A until 25 March, then visit B", "se rendra
    # à A, puis visitera B"); it is announced when the first is (empty: the rule is off)
    next_stop_words: list[str] = []
    # place: presence_after: right after a person mention, a stay in the
    # present ("X, who is currently in Beijing", "X is in Tokyo", "X se trouve à Pékin"): the place
    # after it is where X is now, the place of X's recent held meeting that names none (absent: off)
    presence_after: str | None = None
    # place: earlier_occasions_after: matched right after a trigger, in its
    # clause ("have met before, including in Rome", "se sont vus à plusieurs reprises, notamment
    # à Rome"): the trigger tells of earlier occasions, whose places are not the event's (absent: off)
    earlier_occasions_after: str | None = None
    # coreference: re_mention_before: matched against the words right before a trigger ("the",
    # "his", "their", "during the", "la", "sa", "leur rencontre"): the trigger names an event
    # reported elsewhere in the article, which it is merged into when nothing conflicts (absent: off)
    re_mention_before: str | None = None
    # parties: possessor_after: matched against all the text between a person and a trigger
    # ("X's working visit"): the person owns the event named, its visitor (absent: off)
    possessor_after: str | None = None
    # place: during_journey_before: right before a journey trigger after a meeting, past the
    # commas of its object list ("met A, B and C, during an official visit to Z", "lors de sa
    # visite"): the meeting is of that journey, at its destination (absent: the rule is off)
    during_journey_before: str | None = None
    # place: place_anaphora: right after a journey trigger, a phrase standing for a place named
    # just before -> the kind of that place ("will visit the region", "his visit to the country",
    # "se rendra dans le pays"): the journey is to the last place of that kind in its sentence
    # or the one before
    place_anaphora: dict[str, str] = Field(default_factory=dict)


register_schema(CONCERN, EventsVocabulary)
