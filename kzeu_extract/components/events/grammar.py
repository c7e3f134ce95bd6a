"""One language pack's events vocabulary compiled into the regexes the stages use.

Only structure (punctuation, anchors, letter classes) is written here; every word comes
from the pack (``events.json``, and the speech verbs of ``quotes.json``)."""
from __future__ import annotations

import re

from ...errors import DataError
from ...langpacks import LanguagePack, pack_concern
from ...textkit import (
    LOWER_LETTER,
    UPPER_LETTER,
    compile_vocabulary,
    fold,
    vocabulary_pattern,
)
from ...textkit.datelines import DatelineGrammar, dateline_grammar, datelines_of
from ...textkit.first_chars import character_class, first_characters
from ...textkit.unicode_classes import compile_pattern
from ..quotes import QuotesVocabulary
from .table import EventTypeTable
from .vocabulary import CONCERN, EventsVocabulary, TriggerEntry

_NEVER = r"(?!x)x"
_NAME_WORD = rf"{UPPER_LETTER}[\w'\u2019-]*"


def _fragment(text: str) -> str:
    return vocabulary_pattern(text, bounded=False)


def _one_of(words: list[str]) -> str:
    """``w1|w2|...`` in the data's order (a never-matching pattern for no words)."""
    return "|".join(_fragment(w) for w in words) or _NEVER


def _rx(text: str | None, *, bounded: bool = False) -> re.Pattern:
    """A pack fragment as a case-insensitive regex (None: a wording the language lacks)."""
    return re.compile(_NEVER if text is None else vocabulary_pattern(text, bounded=bounded), re.IGNORECASE)


def _check_names(v: EventsVocabulary, table: EventTypeTable, where: str) -> None:
    """Event types and modes named in the pack must be the table's."""
    unknown = [f"triggers.{name}" for name in v.triggers if name not in table.types]
    if unknown:
        raise DataError(where, f"at {unknown[0]}: no such event type in data/event_types.json "
                               f"(types: {', '.join(table.names())})")
    unknown = [f"mode_words.{mode}" for mode in v.mode_words if mode not in table.modes.all]
    unknown += [f"triggers.{name}.{i}.mode" for name, entries in v.triggers.items()
                for i, entry in enumerate(entries) if entry.mode and entry.mode not in table.modes.all]
    if unknown:
        raise DataError(where, f"at {unknown[0]}: no such mode in data/event_types.json "
                               f"(modes: {', '.join(table.modes.all)})")


class Grammar:
    """The compiled vocabulary of one pack (see vocabulary.py and the pack's ``_doc``)."""

    def __init__(self, vocabulary: EventsVocabulary, quotes: QuotesVocabulary, table: EventTypeTable,
                 where: str = CONCERN, datelines: DatelineGrammar | None = None):
        self.vocabulary = vocabulary
        # the one dateline recogniser (textkit.datelines), with the pack's date prepositions
        self.datelines = datelines or dateline_grammar(())
        _check_names(vocabulary, table, where)
        self._triggers(vocabulary, table)
        self._reporting(vocabulary, quotes)
        self._mode_and_status(vocabulary)
        self._references(vocabulary)
        self._parties(vocabulary, quotes)
        self._initiator(vocabulary)
        self._place_and_date(vocabulary)
        self._sides_and_status(vocabulary)
        self._date_bounds(vocabulary)

    def _triggers(self, v: EventsVocabulary, table: EventTypeTable) -> None:
        # One pass over the text: one named group per trigger entry. At one position the first
        # entry that matches wins, so the data lists the specific wordings before the generic ones.
        # Each entry opens with a look-ahead of the characters it can start with, and the
        # whole with their union: a word no entry can start is passed over at once.
        self.trigger_kinds: dict[str, tuple[str, TriggerEntry]] = {}
        alternatives, starts = [], []
        for event_type, entries in v.triggers.items():
            table[event_type]
            for entry in entries:
                group = f"t{len(alternatives)}"
                self.trigger_kinds[group] = (event_type, entry)
                fragment = _fragment(entry.pattern)
                first = first_characters(fragment, re.IGNORECASE)
                starts = None if first is None or starts is None else starts + first
                ahead = f"(?={character_class(first)})" if first else ""
                alternatives.append(f"(?P<{group}>{ahead}{fragment})")
        ahead = f"(?={character_class(starts)})" if starts else ""
        self.trigger_rx = re.compile(r"(?<!\w)" + ahead + "(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)
        self.first_person = _rx(v.first_person_before)
        # A quote whose words before a trigger have none of these reports a third person's event
        # (a quoted communiqué: «Le président X a eu un entretien avec Y»).
        self.first_person_word = _rx(v.first_person_words, bounded=True)

    def _reporting(self, v: EventsVocabulary, quotes: QuotesVocabulary) -> None:
        # "..., Akorda's press secretary X said": a person whose name a speech verb follows,
        # after a comma, reports the event rather than takes part in it.
        reporting = [verb for verb in quotes.speech_verbs if verb not in v.not_reporting_verbs]
        # (?<![ \t]): a match starts only where a run of blanks does, so scanning a long run
        # of spaces (finditer) is linear, not one backtracking attempt per space.
        self.reporter_after = re.compile(r"(?<![ \t])[ \t]+(?:" + "|".join(reporting) + r")(?!\w)", re.IGNORECASE)
        # "..., a indiqué le porte-parole X": the verb before the reporter's title and name.
        self.reporter_before = re.compile(r",\s*(?:" + "|".join(reporting) + r")(?!\w)[^,;.\n]*$", re.IGNORECASE)
        # Where the object of a trigger ends inside its sentence (the sentence's end is the index's).
        self.hard_stop = compile_pattern(r"[;!?]")
        # Where the place of a meeting can no longer follow inside its sentence: the clause ends.
        self.hard_punct = compile_pattern(r"[:()]|[;!?](?=\s|$)")

    def _mode_and_status(self, v: EventsVocabulary) -> None:
        self.mode_words = {mode: compile_vocabulary(words) for mode, words in v.mode_words.items()}
        self.planned_cues = compile_vocabulary(v.planned_cues)
        self.just_happened = compile_vocabulary(v.just_happened)
        self.earlier_tense = _rx(v.earlier_tense, bounded=True)

    def _references(self, v: EventsVocabulary) -> None:
        self.definite_before = _rx(v.definite_before)
        # "X and Y attended the meeting": X and Y join the event already reported.
        self.attending_before = _rx(v.attending_before)
        self.other_event = re.compile(r"(?<!\w)(?:" + _one_of(v.other_event_words) + r")\W+(?:\w+\W+)?$", re.IGNORECASE)
        self.pronouns = compile_vocabulary(v.pronouns)
        self.subject_pronoun = compile_vocabulary(v.subject_pronouns)
        self.relative_before = _rx(v.relative_before)
        self.pair_words = compile_vocabulary([v.pair_words])
        self.group_subject = _rx(v.group_subject)
        self.again_words = _rx(v.again_words)
        self.each_other = _rx(v.each_other, bounded=True)
        self.bilateral = compile_vocabulary(v.bilateral_words)
        self.single_occasion_before = _rx(v.single_occasion_before)
        self.joint_list = _rx(v.joint_list, bounded=True)

    def _parties(self, v: EventsVocabulary, quotes: QuotesVocabulary) -> None:
        self.not_a_guest = compile_vocabulary([v.not_a_guest])
        # "called on X to release ...": an appeal to X, not a call on X.
        self.appeal_trigger = re.compile(r"(?:" + _one_of(v.appeal_triggers) + r")", re.IGNORECASE)
        self.appeal_after = _rx(v.appeal_after)
        # "accompanied by X", "en compagnie de X": X travels with the visitor, is never the visitor.
        self.companion_cue = _rx(v.companion_cue, bounded=True)
        # "the invitation to X to visit": X, governed by "to", is the visitor, not the inviter.
        self.invitee_before = re.compile(r"(?:" + (v.invitee_before and vocabulary_pattern(v.invitee_before, bounded=False) or _NEVER)
                                         + r")\s*$", re.IGNORECASE)
        # "a eu, à son initiative, un entretien avec Y": the subject initiated it.
        self.own_initiative = _rx(v.own_initiative, bounded=True)
        # "X was received by Y": Y, the host, initiated the meeting.
        self.received_by = _rx(v.received_by, bounded=True)
        # "common features in both these visits": events already reported, no new one.
        self.plural_reference = re.compile(r"(?<!\w)(?:" + (v.plural_reference_before and vocabulary_pattern(
            v.plural_reference_before, bounded=False) or _NEVER) + r")\s*$", re.IGNORECASE)
        self.conjunction = re.compile(r"(?<!\w)(?:" + _one_of(v.conjunctions) + r")(?!\w)", re.IGNORECASE)
        self.indefinite_before = _rx(v.indefinite_before)
        self.title_chain_before = _rx(v.title_chain_before)
        self.visit_agent_before = _rx(v.visit_agent_before)
        self.visiting_adjective = _rx(v.visiting_adjective_after)
        self.possessive_before = _rx(v.possessive_before)
        self.subject_resumes = _rx(v.subject_resumes, bounded=True)
        self.between = compile_vocabulary(v.between_words)
        self.with_ = compile_vocabulary(v.with_words)
        # Between a meeting trigger and an office it meets: no preposition but "with"
        # (not "failed to meet a pledge made to the Minister").
        # A preposition before a capitalised word is part of a title ("le président du Sénat").
        self.object_preposition = compile_pattern(
            r"(?<!\w)(?:" + _one_of([w for w in v.preposition_before if w not in v.with_words])
            + rf")(?!\w)(?!\s+(?-i:{UPPER_LETTER}))", re.IGNORECASE)
        self.chain_gap = re.compile(r"^\s*(?:" + _fragment(v.chain_gap) + r")\s*$", re.IGNORECASE)
        # Between two people sharing one act: "and" then at most a few title words ("A and Prime Minister B").
        self.joint_gap = re.compile(r"^\s*(?:,\s*)?(?:" + _one_of(v.conjunctions) + r"|&)\s+"
                                    r"(?:[^\W\d_][\w'\u2019.-]*[\s,]+){0,8}$", re.IGNORECASE)
        self.preposition_before = re.compile(r"(?<!\w)(?:" + _one_of(v.preposition_before) + r")\W*$", re.IGNORECASE)
        # A person governed by a preposition past a few lower-case title words: "to his counterpart X".
        self.governed_title = compile_pattern(
            r"(?<!\w)(?:" + _one_of(v.governed_prepositions) + r")\s+(?:(?:" + _one_of(v.governed_determiners)
            + rf")\s*)?(?:{LOWER_LETTER}[\w'\u2019-]*\s+){{1,3}}$")
        # A preposition and a determiner before an office before a name: "avec le Président X".
        self.governed_role = re.compile(r"(?<!\w)(?:" + _one_of(v.governed_prepositions) + r")\s+(?:(?:"
                                        + _one_of(v.governed_determiners) + r")\s*)?$", re.IGNORECASE)
        # Between "his visiting" and a name: only the title ("Australian counterpart, "), no place.
        self.not_an_apposition = re.compile(r"[.;:()]|(?<!\w)(?:" + _one_of(v.not_an_apposition) + r")(?!\w)", re.IGNORECASE)
        # Only capitalised words and the small words of titles before a name: its title, not a clause.
        self.title_words = compile_pattern(rf"^\W*(?:(?:{_NAME_WORD}|" + _one_of(v.title_small_words) + r")[\s,]+)*$")
        self.list_fillers = frozenset(v.list_filler_words)
        self.apposition = compile_pattern(r"\s*,\s*(?:" + _fragment(v.apposition_article) + rf")?{LOWER_LETTER}[\w-]*")
        self.clause_stop = re.compile("|".join(_fragment(p) for p in v.clause_stops), re.IGNORECASE)
        self.coordination_break = re.compile(r"[,;:.!?()]|(?<!\w)(?:" + _one_of(v.coordination_breaks) + r")(?!\w)", re.IGNORECASE)

    def _initiator(self, v: EventsVocabulary) -> None:
        self.initiator_patterns = [_rx(p, bounded=True) for p in v.initiator_patterns]
        # A cheap first test before the initiator patterns run on a sentence with no trigger.
        self.initiator_cue = re.compile(v.initiator_cue, re.IGNORECASE)
        self.host_before = _rx(v.host_before)
        self.host_verb = _rx(v.host_verb)
        self.hosted_by = _rx(v.hosted_by)
        self.inviter_verb = _rx(v.inviter_verb, bounded=True)
        self.side_patterns = [_rx(p, bounded=True) for p in v.side_patterns]
        self.sides = {fold(k): name for k, name in v.sides.items()}

    def _place_and_date(self, v: EventsVocabulary) -> None:
        self.location_preps = re.compile(r"(?<!\w)" + _fragment(v.location_preps), re.IGNORECASE)
        self.meeting_place_prep = re.compile(r"(?<!\w)" + _fragment(v.meeting_place_preps), re.IGNORECASE)
        self.held_at = _rx(v.held_at)
        self.visit_place_before = _rx(v.visit_place_before)
        # Before a date that opens a sentence: nothing, or a preposition ("On 5 May,").
        self.sentence_opening = re.compile(r"^\W*(?:(?:" + _one_of(v.sentence_opening) + r")\s+)?$", re.IGNORECASE)
        self.dateline_words = compile_pattern(rf"({_NAME_WORD}(?: {_NAME_WORD}){{0,2}})")
        self.same_occasion = re.compile(r"(?<!\w)(?:" + _one_of(v.same_occasion_words) + r")(?!\w)", re.IGNORECASE)
        self.other_occasion_before = _rx(v.other_occasion_before)
        self.part_of_venue = _rx(v.part_of_venue)
        self.destination_joiner = None if v.destination_joiner is None else re.compile(
            _fragment(v.destination_joiner), re.IGNORECASE)
        self.relative_word = re.compile(r"(?<!\w)(?:" + _one_of(v.relative_words) + r")(?!\w)", re.IGNORECASE)
        # "X, who is currently in Beijing": a person's present stay, right after the mention
        self.presence_after = None if v.presence_after is None else re.compile(
            r"\s*,?\s*(?:" + _fragment(v.presence_after) + r")\s+", re.IGNORECASE)
        # "have met before, including in Rome": the trigger's earlier occasions
        self.earlier_occasions_after = _rx(v.earlier_occasions_after)
        # "met A, B and C, during an official visit to Z": the meeting is of that journey
        self.during_journey_before = _rx(v.during_journey_before)
        # "will visit the region": (phrase right after a journey trigger, kind of the place it stands for)
        self.place_anaphora = [(re.compile(r"\s*" + _fragment(k) + r"(?!\w)", re.IGNORECASE), kind)
                               for k, kind in v.place_anaphora.items()]

    def _date_bounds(self, v: EventsVocabulary) -> None:
        # "stay in Riyadh until 25 March", "depuis son élection le 6 mai": the cue, then up to
        # the date no clause break; the date bounds a stay or a state, it is not the event's.
        self.date_bound = (None if v.date_bound_before is None else re.compile(
            r"(?<!\w)(?:" + _fragment(v.date_bound_before) + r")(?!\w)[^,;:.!?()]{0,80}$", re.IGNORECASE))
        # "on the second day of his visit": a day counted from the visit's first.
        self.visit_day = _rx(v.visit_day, bounded=True)
        self.visit_day_numbers = {fold(k): n for k, n in v.visit_day_numbers.items()}
        # "au terme d'une visite ..., a quitté Niamey le 23": the date is the journey's last day.
        self.visit_end_before = _rx(v.visit_end_before)
        self.arrival = _rx(v.arrival_words, bounded=True)


    def _sides_and_status(self, v: EventsVocabulary) -> None:
        """The words of sides.py (parties) and status.py (cancelled, refused, postponed)."""
        self.party_nouns = [_rx(p, bounded=True) for p in v.party_noun_patterns]
        self.party_blockers = re.compile(r"(?<!\w)(?:" + _one_of(v.party_blockers) + r")(?!\w)", re.IGNORECASE)
        self.party_reopeners = re.compile(r"(?<!\w)(?:" + _one_of(v.with_words + v.between_words) + r")(?!\w)",
                                          re.IGNORECASE)
        self.party_joiner = re.compile(r",|&|(?<!\w)(?:" + _one_of(v.conjunctions) + r")(?!\w)", re.IGNORECASE)
        self.reception_verb = _rx(v.reception_verb)
        self.status_before = {s: [re.compile(r"(?<!\w)" + _fragment(p), re.IGNORECASE) for p in ps]
                              for s, ps in v.status_before.items()}
        self.status_after = {s: [re.compile(r"(?<!\w)" + _fragment(p) + r"(?!\w)", re.IGNORECASE) for p in ps]
                             for s, ps in v.status_after.items()}
        self.status_negation = _rx(v.status_negation)


def compile_grammar(pack: LanguagePack, table: EventTypeTable) -> Grammar:
    """The grammar of ``pack`` (compiled once per pack and table)."""
    where = str(pack.folder / f"{CONCERN}.json") if pack.folder else f"lang/{pack.code}/{CONCERN}.json"
    return pack_concern(pack, CONCERN, lambda vocabulary: Grammar(vocabulary, pack.concern("quotes"), table, where,
                                                                   datelines_of([pack])))
