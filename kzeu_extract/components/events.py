"""kzeu_events: diplomatic interactions (meetings, phone calls, visits) as event records.

Reads what earlier components stored (people with role mentions resolved, dates, places,
organizations, quotes) and, per sentence, turns each trigger phrase from data/events.json
into an event: who (the person before the trigger and the people it is "with"), how (mode
words near the trigger), when (the nearest date in the sentence, the visit it happened
during, or the document date for a lead in the present perfect), where, on whose
initiative, and whether it is announced rather than held. A trigger with no people of its
own ("The virtual meeting was held on the initiative of ...") adds to the event it refers
back to; later reports of the same interaction merge into the first one.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from .base import kzeu_factory
from ..spans import write_items
from ..data import load_data
from ..extensions import doc_text, items
from ..knowledge.geo import adjective_to_code, country_code, country_name
from ..normalize.text import fold, mention
from .events_support import Mention, Mentions, compile_any, inside, named_mentions, pattern, sentence_spans

# How sure a date is: from the sentence itself beats one inferred from context.
_DATE_NONE, _DATE_DOCUMENT, _DATE_CONTEXT, _DATE_SENTENCE = range(4)
_CHAIN_GAP = re.compile(r"^\s*(?:,|and|et|,\s*and|&)\s*$", re.I)
# "talks with X" needs a subject; "talks between X and Y" names everyone.
_BETWEEN = re.compile(r"(?<!\w)(?:between|entre)(?!\w)", re.I)
_WITH = re.compile(r"(?<!\w)(?:with|avec)(?!\w)", re.I)
# A full stop ends the object, but not the one of an honorific or initial ("M. Saidov", "Mr. Li").
_HARD_STOP = re.compile(r"[;!?]|(?<![\s(][A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMM)(?<!\bMrs)(?<!\bMme)\.")
_CLAUSE_PUNCT = re.compile(r"[,;:.!?()]")
# Where the place of a meeting can no longer follow: the clause or the sentence ends.
_HARD_PUNCT = re.compile(r"[:()]|(?:" + _HARD_STOP.pattern + r")(?=\s|$)")
_COORDINATION_BREAK = re.compile(r"[,;:.!?()]|(?<!\w)(?:while|whereas|after|before|then|tandis|apr\u00e8s|avant|puis)(?!\w)", re.I)
# Before a date that opens a sentence: nothing, or a preposition ("On 5 May,", "Le 18 juin,").
_SENTENCE_OPENING = re.compile(r"^\W*(?:(?:on|in|le|en|ce|this|dans la journ\u00e9e du|in the morning of)\s+)?$", re.I)
_WORDS_BEFORE_SUBJECT = re.compile(r"^\W*(?:[\w'\u2019-]+\W+){0,3}$")
# Only capitalised words and the small words of titles: "Deputy Prime Minister and Minister of
# Foreign Affairs of the Republic of Kazakhstan" before a name is its title, not a clause.
_TITLE_WORDS = re.compile(r"^\W*(?:(?:[A-Z\u00c0-\u00dd][\w'\u2019-]*|of|the|and|for|de|du|des|la|le|l['\u2019]|et|à|aux?)[\s,]+)*$")
# A dateline opening the first sentence: "Astana, le 10 juin 2024 – ", "ASTANA, June 10, 2024 – ".
_DATELINE_PREFIX = re.compile(
    r"^\W*[A-Z\u00c0-\u00dd][\w'\u2019-]*(?: [A-Z\u00c0-\u00dd][\w'\u2019-]*)*[.,]?\s*"
    r"(?:[A-Z]{2,}[.,]?\s*)?(?:(?:le\s+)?\d{1,2}(?:er)?\s+\w+\s+\d{4}|\w+\s+\d{1,2},?\s+\d{4})?,?\s*[\u2013\u2014-]\s*")
# Datelines: a line start (after white space and a "date YYYY-MM-DD" metadata line), a place
# name, then a dash, a bracket, an upper-case agency name, or a date within a few words.
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:date \d{4}-\d{2}(?:-\d{2})?[ \t]+)?")
_DATELINE_WORDS = re.compile(r"([A-Z\u00c0-\u00dd][\w'\u2019-]*(?: [A-Z\u00c0-\u00dd][\w'\u2019-]*){0,2})")
_DATELINE_FOLLOW = re.compile(
    r"\s*(?:,\s*[A-Z\u00c0-\u00dd][\w'\u2019-]*(?: [A-Z\u00c0-\u00dd][\w'\u2019-]*){0,2})?\s*[,.]?\s*"
    r"(?P<mark>[\u2013\u2014(\[]|-(?!\w)|[A-Z]{3,}\b(?!\s+[a-z]))?(?:le |on )?")
# A person governed by a preposition past a few lower-case title words: "au président X",
# "auprès de son homologue X", "to his counterpart X" (not "of"/"de": titles hold those).
_GOVERNED_TITLE = re.compile(
    r"(?<!\w)(?:with|to|by|for|from|avec|à|au|aux|par|pour|auprès d[eu]|auprès de la|chez)\s+"
    r"(?:(?:the|his|her|their|le|la|les|l['\u2019]|son|sa|ses|leur)\s*)?(?:[a-z\u00e0-\u00ff][\w'\u2019-]*\s+){1,3}$")
# Between "his visiting" and a name: only the title ("Australian counterpart, "), no place.
_NOT_AN_APPOSITION = re.compile(r"[.;:()]|(?<!\w)(?:to|in|at|on|for|with|and)(?!\w)", re.I)
_HOSTED_BY = re.compile(r"hosted\s+by", re.I)
_HOST_VERB = re.compile(r"(?:hosted|hosts|hosting|(?:a|ont|avait)\s+(?:\w+\s+)?accueilli)(?!\s+by)(?!\w)", re.I)
# Between two people sharing one act: "and" then at most a few title words ("A and Prime Minister B").
_JOINT_GAP = re.compile(r"^\s*(?:,\s*)?(?:and|et|&)\s+(?:[^\W\d_][\w'\u2019.-]*[\s,]+){0,8}$", re.I)
_PREPOSITION_BEFORE = re.compile(r"(?<!\w)(?:with|to|by|of|for|from|avec|à|au|de|du|d(?=['\u2019])|par|pour)\W*$", re.I)


class Trigger(NamedTuple):
    start: int
    end: int
    type: str
    mode: str | None
    generic: bool
    needs_person_after: bool
    attendance: bool = False
    caller_after: bool = False  # "received a phone call from X": X called, X initiated
    needs_place_after: bool = False  # "left for X", "arrived in X": a visit only with a place X
    speaker: str | None = None  # inside a quote: "I will meet X", said the speaker
    joint: bool = False  # "A and B signed ...", "held a joint press conference": a meeting of two or more named people


@dataclass
class Event:
    type: str
    participants: list[str]
    start: int
    end: int
    mode: str | None = None
    mode_explicit: bool = False
    status: str = "held"
    date: str | None = None
    date_rank: int = _DATE_NONE
    initiator: str | None = None
    location: str | None = None
    sentence: int = 0
    order: int = 0
    split: bool = False  # one of the per-counterpart meetings of a "bilateral talks with A, B" list

    def record(self, text: str) -> dict:
        mode = self.mode
        if mode is None:
            mode = "phone" if self.type == "phone_call" else "in_person"
        return {"type": self.type, "mode": mode, "status": self.status, "date": self.date,
                "participants": list(self.participants), "initiator": self.initiator,
                "location": self.location, **mention(text, self.start, self.end)}


@dataclass
class Candidate:
    """What one trigger says, before it becomes a new event or adds to an earlier one."""
    trigger: Trigger
    type: str
    subject: list[str]
    counterparts: list[str]
    with_object: bool
    pronoun: str | None
    other: bool
    pair: bool
    definite: bool
    planned: bool
    mode: str | None
    date: str | None
    date_rank: int
    date_near: bool
    location: str | None
    initiator: str | None
    bilateral: bool
    sentence: int
    span: tuple[int, int]
    single: bool = False
    group: bool = False
    each: bool = False
    again: bool = False
    titled_list: bool = False  # every counterpart has a title of its own ("President A and Minister B")
    joint: bool = False  # the list is one group ("the two women, A and B", "together with")
    participants: list[str] = field(default_factory=list)


def _dedupe(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))


def _date_compatible(a: str | None, b: str | None) -> bool:
    return not a or not b or a.startswith(b) or b.startswith(a)


class EventExtractor:
    def __init__(self, *, split_min_counterparts: int | None = None, max_date_distance: int = 150):
        cfg = load_data("events")
        # "..., Akorda's press secretary X said": a person whose name a speech verb follows,
        # after a comma, reports the event rather than takes part in it (verbs: data/quotes.json).
        reporting = [v for v in load_data("quotes")["speech_verbs"] if v not in ("according to", "selon")]
        self.reporter_after = re.compile(r"[ \t]+(?:" + "|".join(reporting) + r")(?!\w)", re.I)
        # "..., a indiqué le porte-parole X": the verb before the reporter's title and name.
        self.reporter_before = re.compile(r",\s*(?:" + "|".join(reporting) + r")(?!\w)[^,;.\n]*$", re.I)
        # One pass over the text: one named group per trigger entry. At one position the
        # first entry that matches wins, so the data lists phone calls, then visits, then
        # meetings, the specific wordings before the generic ones.
        self.trigger_kinds: dict[str, tuple[str, dict]] = {}
        alternatives = []
        for event_type, entries in cfg["triggers"].items():
            for entry in entries:
                group = f"t{len(alternatives)}"
                self.trigger_kinds[group] = (event_type, entry)
                alternatives.append(f"(?P<{group}>{pattern(entry['pattern'], bounded=False)})")
        self.trigger_rx = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.I)
        self.mode_words = {mode: compile_any(words) for mode, words in cfg["mode_words"].items()}
        self.mode_window = cfg["mode_window"]
        self.definite_before = re.compile(pattern(cfg["definite_before"], bounded=False), re.I)
        self.planned_cues = compile_any(cfg["planned_cues"])
        self.other_event = re.compile(r"(?<!\w)(?:" + "|".join(pattern(w, bounded=False) for w in cfg["other_event_words"])
                                      + r")\W+(?:\w+\W+)?$", re.I)
        self.planned_window = cfg["planned_window"]
        self.just_happened = compile_any(cfg["just_happened"])
        self.earlier_tense = re.compile(pattern(cfg["earlier_tense"]), re.I)
        self.lead_sentences = cfg["lead_sentences"]
        self.initiator_patterns = [re.compile(pattern(p, bounded=True), re.I) for p in cfg["initiator_patterns"]]
        # A cheap first test before the initiator patterns run on a sentence with no trigger.
        self.initiator_words = re.compile(r"initiati|request|invitation|initiated|proposed|hosted|organi[sz]|convened|"
                                          r"chaired|demande|propos|convoqu|présid", re.I)
        self.host_before = re.compile(pattern(cfg["host_before"], bounded=False), re.I)
        self.inviter_verb = re.compile(pattern(cfg["inviter_verb"]), re.I)
        self.side_patterns = [re.compile(pattern(p), re.I) for p in cfg["side_patterns"]]
        self.sides = {fold(k): v for k, v in cfg["sides"].items()}
        self.clause_stop = re.compile("|".join(pattern(p, bounded=False) for p in cfg["clause_stops"]), re.I)
        self.indefinite_before = re.compile(pattern(cfg["indefinite_before"], bounded=False), re.I)
        self.title_chain_before = re.compile(pattern(cfg["title_chain_before"], bounded=False), re.I)
        self.possessive_before = re.compile(pattern(cfg["possessive_before"], bounded=False), re.I)
        self.subject_resumes = re.compile(pattern(cfg["subject_resumes"]), re.I)
        self.visit_agent_before = re.compile(pattern(cfg["visit_agent_before"], bounded=False), re.I)
        self.held_at = re.compile(pattern(cfg["held_at"], bounded=False), re.I)
        self.visit_place_before = re.compile(pattern(cfg["visit_place_before"], bounded=False), re.I)
        self.location_preps = re.compile(r"(?<!\w)" + pattern(cfg["location_preps"], bounded=False), re.I)
        self.meeting_place_prep = re.compile(r"(?<!\w)" + pattern(cfg["meeting_place_preps"], bounded=False), re.I)
        self.bilateral = compile_any(cfg["bilateral_words"])
        self.single_occasion_before = re.compile(pattern(cfg["single_occasion_before"], bounded=False), re.I)
        self.pronouns = compile_any(cfg["pronouns"])
        self.pair_words = compile_any([cfg["pair_words"]])
        self.again_words = re.compile(pattern(cfg["again_words"], bounded=False), re.I)
        self.each_other = re.compile(pattern(cfg["each_other"]), re.I)
        self.group_subject = re.compile(pattern(cfg["group_subject"], bounded=False), re.I)
        self.not_a_guest = compile_any([cfg["not_a_guest"]])
        self.joint_list = re.compile(pattern(cfg["joint_list"]), re.I)
        self.first_person = re.compile(pattern(cfg["first_person_before"], bounded=False), re.I)
        self.visiting_adjective = re.compile(pattern(cfg["visiting_adjective_after"], bounded=False), re.I)
        self.subject_pronoun = compile_any(cfg["subject_pronouns"])
        self.relative_before = re.compile(pattern(cfg["relative_before"], bounded=False), re.I)
        self.split_min = split_min_counterparts or cfg["split_min_counterparts"]
        self.context_sentences = cfg["context_sentences"]
        self.max_date_distance = max_date_distance
        self.visit_location_window = cfg["visit_location_window"]
        self.near_date_distance = cfg["near_date_distance"]

    # --- reading the Doc ---------------------------------------------------------------

    def find_triggers(self, text: str, quotes: list[tuple[int, int]],
                      speakers: dict[tuple[int, int], str] | None = None) -> list[Trigger]:
        kept: list[Trigger] = []
        for m in self.trigger_rx.finditer(text):
            speaker = None
            if inside(quotes, m.start(), m.end()):
                # Inside a quote only the speaker's own "I will meet X" / "j'ai rencontré X" is an
                # event, the speaker's; anything else quoted is no report of ours.
                quote = quotes[bisect_right(quotes, (m.start(), 10**12)) - 1]
                speaker = (speakers or {}).get(quote)
                if not speaker or not self.first_person.search(text, max(quote[0], m.start() - 30), m.start()):
                    continue
            event_type, entry = self.trigger_kinds[m.lastgroup]
            kept.append(Trigger(m.start(), m.end(), event_type, entry.get("mode"),
                                bool(entry.get("generic")), bool(entry.get("needs_person_after")),
                                bool(entry.get("attendance")), bool(entry.get("caller_after")),
                                bool(entry.get("needs_place_after")), speaker, bool(entry.get("joint"))))
        return kept

    def people(self, doc: Doc, text: str) -> Mentions:
        """Person mentions, less those that are part of someone else's title
        ("Adviser to the President of the European Council, Simon Mordue")."""
        kept = []
        for m in named_mentions(items(doc, "people")):
            if self.title_chain_before.search(text[max(0, m.start - 60):m.start]):
                continue
            if self.indefinite_before.search(text[max(0, m.start - 8):m.start]):
                continue  # "d'un président français": any French president, not the one named
            kept.append(m)
        # Nested mentions of one stretch of text: keep the outermost.
        result: list[Mention] = []
        for m in sorted(kept, key=lambda m: (m.start, -m.end)):
            if result and m.start < result[-1].end:
                continue
            result.append(m)
        return Mentions(result)

    # --- per trigger ---------------------------------------------------------------------

    def candidate(self, ctx: "_DocContext", sentence: int, triggers: list[Trigger], index: int,
                  initiator: str | None) -> Candidate | None:
        text = ctx.text
        sent_start, sent_end = ctx.sentences[sentence]
        trig = triggers[index]
        before_start = triggers[index - 1].end if index else sent_start
        after_end = triggers[index + 1].start if index + 1 < len(triggers) else sent_end
        before_next = after_end  # the object list may end earlier; "..., held near X" does not
        stop = self.clause_stop.search(text, trig.end, after_end)
        if stop and stop.group() == ":" and not ctx.people.within(trig.end, stop.start()):
            # "with the Ministers of Foreign Affairs of Central Asia: X of Kazakhstan, Y of ...":
            # a colon after a role with no name yet introduces the list of those people.
            stop = self.clause_stop.search(text, stop.end(), after_end)
        while stop and stop.group() == ";" and self._list_goes_on(ctx, stop.end(), after_end):
            # "met with the President of Haiti, A; the President of Guyana, B; and ...": a
            # semicolon between titled names separates the items of one list, not two clauses.
            stop = self.clause_stop.search(text, stop.end(), after_end)
        if stop:
            after_end = stop.start()
        before = ctx.people.within(before_start, trig.start)
        after = [m for m in ctx.people.within(trig.end, after_end)
                 if not (self.reporter_after.match(text, m.end) and "," in text[trig.end:m.start])
                 and not self.reporter_before.search(text, max(trig.end, m.start - 80), m.start)]
        if trig.needs_person_after:
            if (not after or after[0].start - trig.end > 80 or _HARD_STOP.search(text, trig.end, after[0].start)
                    or self.not_a_guest.search(text, trig.end, after[0].start)):
                return None

        event_type = trig.type
        # Mode words stand next to the trigger or in its object ("talks with X via video link").
        window = text[max(sent_start, trig.start - self.mode_window):max(after_end, min(sent_end, trig.end + self.mode_window))]
        mode = trig.mode or self._mode(window)
        if mode == "phone":
            event_type = "phone_call"
        elif event_type == "phone_call":
            mode = "phone"

        subject: list[str] = []
        counterparts: list[str] = []
        with_object = False
        resolve_pronoun = False  # the visitor is "he"/"who": the one the sentence is about
        if event_type == "visit":
            gap = text[trig.end:after[0].start] if after else ""
            if after and self.visit_agent_before.search(gap):
                subject = [after[0].name]
            elif after and self.visiting_adjective.search(text, max(sent_start, trig.start - 12), trig.start) \
                    and text[trig.start:trig.end].lower() == "visiting" and len(gap) < 50 \
                    and not _NOT_AN_APPOSITION.search(gap):
                # "X and his visiting Australian counterpart, Y, met": Y is the visitor.
                subject = [after[0].name]
            elif before and self.subject_pronoun.search(text, before[-1].end, trig.start):
                # "X said he would talk with Y when he travels to Z": "he" is X, the sentence's
                # subject, not Y, the person named last.
                opener = ctx.sentence_subject(sent_start, before[-1].start)
                if opener:
                    subject = [opener.name]
                else:
                    resolve_pronoun = True
            elif not before and self.relative_before.search(text, max(sent_start, trig.start - 25), trig.start):
                # "The Chinese general, who arrived in Bangkok on Friday, attended ... with the King":
                # the visitor is the one the relative clause is about, not the person after it.
                resolve_pronoun = True
            elif before:
                # "accepted the invitation of X to visit", "was invited by X to visit": X invites.
                # "a déclaré X au président Y lors de sa visite": Y, governed by "au", is no visitor.
                free = [m for m in before if not _PREPOSITION_BEFORE.search(text[max(0, m.start - 12):m.start])
                        and not _GOVERNED_TITLE.search(text, max(sent_start, m.start - 50), m.start)]
                subject = self._chain(text, free or before)
                if (self.possessive_before.search(text, max(sent_start, trig.start - 30), trig.start)
                        and self.subject_resumes.search(text, before[-1].end, trig.start)):
                    # "The Head of State greeted President X and recalled his state visit to Y":
                    # after a second verb of the subject, "his" is the subject's, not X's
                    # (but "thanked X for his visit" is X's).
                    opener = ctx.sentence_subject(sent_start, before[-1].start)
                    if opener:
                        subject = [opener.name]
            elif after and not (initiator == after[0].name
                                and self.initiator_words.search(text, trig.end, after[0].start)):
                # not "une visite de travail, à l'invitation de son homologue, X": X invites
                subject = [after[0].name]
        elif after:
            if _BETWEEN.search(text, trig.end, after[0].start):
                before = []  # "X recalled the talks between A and B": A and B are everyone
            elif not before:
                # "X, who is on a visit to Y, held talks with Z": the subject opens the sentence.
                before = [m for m in ctx.people.within(sent_start, trig.start)[:1]
                          if not _PREPOSITION_BEFORE.search(text[max(sent_start, m.start - 12):m.start])]
            subject = self._chain(text, before) if before else []
            if not subject and index and not _BETWEEN.search(text, trig.end, after[0].start) \
                    and not _CLAUSE_PUNCT.search(text, triggers[index - 1].end, trig.start):
                # "He will go to the Assembly to meet its Speaker X": the subject of the journey
                # or event just before in the sentence, joined without a clause break, meets X.
                resolve_pronoun = True
            counterparts = [m.name for m in after]
            with_object = bool(_WITH.search(text, trig.end, after[0].start))
        else:
            counterparts = [m.name for m in before]
        if trig.joint:
            # A signing or a joint press conference is a meeting only of the people who share it:
            # "A and B signed", "A signed ... with B"; not "A signed a decree", nor "signed by A".
            if not after and before:
                subject, counterparts = self._joint_chain(text, before), []
            if not (len(subject) >= 2 or (subject and with_object)):
                return None

        if trig.speaker and not before and not subject:
            subject = [trig.speaker]  # "I will meet X," said Y: Y meets X
            if event_type == "visit":
                after = []
        pair = not before and not after and bool(self.pair_words.search(text, before_start, trig.start))
        pronoun = None
        if resolve_pronoun:
            pronoun = ""
        elif not before and not subject and self.pronouns.search(text, before_start, trig.start):
            # "he" is the person named earlier in the sentence, else the last sentence subject ("").
            antecedent = ctx.people.last_before(trig.start, floor=sent_start)
            pronoun = antecedent.name if antecedent else ""
        lead_in = text[max(sent_start, trig.start - 30):trig.start]
        # "the previous meeting" is another event, not a back reference to the one just reported.
        definite = bool(self.definite_before.search(lead_in)) and not self.other_event.search(lead_in)
        # "The leaders agreed to meet again": everyone of the last event, however many; not "the
        # ministers discussed the upcoming meeting of the Council" (an event named with its article).
        group_match = (None if before or after or pair
                       else self.group_subject.search(text, max(before_start, trig.start - 80), trig.start))
        determiner = self.definite_before.search(lead_in)
        group = bool(group_match) and (  # "Les dirigeants se rencontreront": the article is the group's
            not determiner or trig.start - len(lead_in) + determiner.start() <= group_match.start())
        planned = self._planned(text, max(sent_start, trig.start - self.planned_window), trig)
        date_mention, date_rank, date_distance = self._sentence_date(ctx, sent_start, sent_end, triggers, index)
        date = date_mention.name if date_mention else None
        if (planned and date and ctx.document_date and date_mention.kind == "relative" and len(date) == 7
                and date < ctx.document_date[:7]):
            # "will meet again in November" in an April article: a month with no year of its own
            # in an announcement is the next one of that name, not the last.
            date = f"{int(date[:4]) + 1}{date[4:]}"
        if date and ctx.document_date:
            past = date < ctx.document_date[:len(date)]
            future = date > ctx.document_date[:len(date)]
            planned = (planned and not past) or future
            if planned and date == ctx.document_date and event_type == "visit":
                planned = False  # "est attendu ce jour à Malabo", "arrives today": the visit starts on the day reported
        location = None
        if event_type == "visit":
            # The place follows the trigger or the visitor named after it ("visit of X to Brussels").
            from_ = after[0].end if after and subject == [after[0].name] else trig.end
            location = self._location(ctx, from_, min(after_end, from_ + self.visit_location_window),
                                      require_city=False)
            if location is None and from_ != trig.end:  # "Arrivé au Liban jeudi, X a rencontré"
                location = self._location(ctx, trig.end, min(after_end, trig.end + self.visit_location_window),
                                          require_city=False)
            if location is None:  # "who is in Astana on an official visit"
                place = ctx.places.last_before(trig.start, floor=max(sent_start, trig.start - 40))
                if place and self.visit_place_before.match(text, place.end, trig.start):
                    location = place.name
        elif mode in (None, "in_person"):
            location = self._location(ctx, trig.end, after_end, require_city=True)
            if location is None:  # "talks between A and B, held near Washington"
                for place in ctx.places.within(trig.end, before_next):
                    if self.held_at.search(text, max(trig.end, place.start - 30), place.start):
                        location = place.name
                        break
        if trig.needs_place_after and location is None:
            return None  # "left for good", "the time left for talks": no journey
        if trig.caller_after and after and not initiator:
            initiator = after[0].name
        if not initiator:
            initiator = self._host_or_inviter(ctx, sent_start, trig, lead_in, subject, planned)
        # "bilateral talks" (each counterpart met separately), not "talks on bilateral relations".
        bilateral = bool(self.bilateral.search(text, max(sent_start, trig.start - 20), trig.end))
        # "held a video conference with A, B and C": one occasion named in the singular is one
        # event for all of them, however long the list.
        single = bool(self.single_occasion_before.search(lead_in))
        return Candidate(trig, event_type, _dedupe(subject), _dedupe(counterparts), with_object, pronoun, self.other_event.search(lead_in) is not None, pair, definite,
                         planned, mode, date, date_rank, date_distance <= self.near_date_distance, location, initiator, bilateral, sentence,
                         (sent_start, sent_end), single, group,
                         each=bool(self.each_other.search(text, trig.end, after_end)),
                         again=bool(self.again_words.match(text, trig.end, min(sent_end, trig.end + 25))),
                         titled_list=len(after) > 1 and self._titled(ctx, trig.end, after),
                         joint=bool(after) and bool(self.joint_list.search(text, max(sent_start, trig.start - 40),
                                                                           after[0].start)))

    def _titled(self, ctx: "_DocContext", start: int, after: list[Mention]) -> bool:
        """Whether each person of the object list has a title or role of its own, before the
        name ("Prime Minister A") or as an apposition ("A, mayor of Paris"), not a bare name."""
        text = ctx.text
        previous = start
        for m in after:
            gap = text[previous:m.start]
            words = re.findall(r"[^\W\d_][\w'\u2019-]*", gap)
            small = {"and", "et", "with", "avec", "as", "well", "ainsi", "que", "also", "aussi", "the", "le",
                     "la", "les", "l", "his", "her", "their", "son", "sa", "ses", "leur", "of", "de", "du", "des",
                     "d", "to", "à", "au", "aux"}
            if not any(w.lower() not in small for w in words) and (ctx.text[m.start:m.start + 1].isupper()):
                # no title before the name: an apposition after it may still give one
                tail = text[m.end:m.end + 40]
                if not re.match(r"\s*,\s*(?:the |le |la |l['\u2019])?[a-z\u00e0-\u00ff][\w-]*", tail):
                    return False
            previous = m.end
        return True

    def _list_goes_on(self, ctx: "_DocContext", start: int, end: int) -> bool:
        """Whether the text after a semicolon is one more "title, Name" item of a list: a person
        named after nothing but title words ("and the Foreign Minister of Haiti, ")."""
        segment_end = ctx.text.find(";", start, end)
        segment_end = end if segment_end < 0 else segment_end
        people = ctx.people.within(start, segment_end)
        return bool(people) and bool(_TITLE_WORDS.match(ctx.text[start:people[0].start].replace(",", " ")))

    def _host_or_inviter(self, ctx: "_DocContext", sent_start: int, trig: Trigger, lead_in: str,
                         subject: list[str], planned: bool) -> str | None:
        """"X hosted a trilateral meeting": X; "X invited Y to pay a visit": X (planned only)."""
        if trig.type == "meeting" and subject and self.host_before.search(lead_in):
            return subject[0]
        if trig.type == "meeting" and subject and _HOST_VERB.match(ctx.text, trig.start):
            return subject[0]  # "A hosted B", "A a accueilli B": the host initiates
        if planned:
            invite = None
            for invite in self.inviter_verb.finditer(ctx.text, sent_start, trig.start):
                pass
            if invite:
                inviter = ctx.people.last_before(invite.start(), floor=sent_start)
                if inviter and inviter.name not in subject:
                    return inviter.name
        return None

    def _mode(self, window: str) -> str | None:
        for mode, regex in self.mode_words.items():
            if regex.search(window):
                return mode
        return None

    @staticmethod
    def _chain(text: str, before: list[Mention]) -> list[str]:
        """The person nearest before a trigger and those joined to it by "and" / ","; not one
        governed by a preposition ("At the invitation of X, Y arrived")."""
        chain = [before[-1]]
        for m in reversed(before[:-1]):
            if (not _CHAIN_GAP.match(text[m.end:chain[-1].start])
                    or _PREPOSITION_BEFORE.search(text[max(0, m.start - 12):m.start])):
                break
            chain.append(m)
        return [m.name for m in reversed(chain)]

    @staticmethod
    def _joint_chain(text: str, before: list[Mention]) -> list[str]:
        """"President A and Prime Minister B signed": the people joined by "and", titles between."""
        chain = [before[-1]]
        for m in reversed(before[:-1]):
            gap = text[m.end:chain[-1].start]
            if not (_CHAIN_GAP.match(gap) or _JOINT_GAP.match(gap)) \
                    or _PREPOSITION_BEFORE.search(text[max(0, m.start - 12):m.start]):
                break
            chain.append(m)
        return [m.name for m in reversed(chain)]

    def _planned(self, text: str, window_start: int, trig: Trigger) -> bool:
        for cue in self.planned_cues.finditer(text, window_start, trig.end):
            if cue.start() >= trig.start and cue.end() <= trig.end:
                continue  # the trigger itself ("rencontrera") is handled by its own cue check below
            if cue.start() < trig.start and not re.search(r"[,;.]", text[cue.end():trig.start]):
                return True
        return bool(self.planned_cues.search(text, trig.start, trig.end))  # "se rencontreront"

    def _sentence_date(self, ctx: "_DocContext", sent_start: int, sent_end: int, triggers: list[Trigger],
                       index: int):
        """The date nearest the trigger in its sentence, unless another trigger is nearer to it."""
        def gap(d: Mention, t: Trigger) -> int:
            return t.start - d.end if d.end <= t.start else max(0, d.start - t.end)

        def shared(d: Mention, a: Trigger, b: Trigger) -> bool:
            # "his state visit to Ankara in May 2022 and his talks with X": a date between two
            # triggers joined without a clause break is both's.
            first, second = (a, b) if a.start < b.start else (b, a)
            return (first.end <= d.start and d.end <= second.start
                    and not _COORDINATION_BREAK.search(ctx.text, first.end, second.start))

        trig = triggers[index]
        best, best_rank = None, None
        for d in ctx.dates.within(sent_start, sent_end):
            distance = gap(d, trig)
            nearer = [other for other in triggers if other is not trig and gap(d, other) < distance]
            if any(not shared(d, trig, other) for other in nearer):
                continue
            rank = (bool(nearer), distance)  # a date of its own before one shared with a nearer trigger
            if distance <= self.max_date_distance and (best_rank is None or rank < best_rank):
                best, best_rank = d, rank
        if best is None and index == 0:
            # "Le 18 juin, M. X, haut représentant ..., a achevé sa visite": a date opening the
            # sentence before a comma dates its first event, however long the subject.
            opening = ctx.dates.within(sent_start, min(sent_end, sent_start + 40))[:1]
            if (opening and opening[0].end <= trig.start
                    and _SENTENCE_OPENING.match(ctx.text[sent_start:opening[0].start])
                    and re.match(r"\s*,", ctx.text[opening[0].end:opening[0].end + 3])):
                return opening[0], _DATE_SENTENCE, 0
        return (best, _DATE_SENTENCE, best_rank[1]) if best else (None, _DATE_NONE, 10**9)

    def _location(self, ctx: "_DocContext", start: int, end: int, *, require_city: bool) -> str | None:
        """The place of an event named in ``[start, end)``. For a visit: the first place right
        after the trigger or after a preposition ("visit to Brussels"). For a meeting (``require_city``):
        a city or venue after "in"/"at"/"à" ("at State House, Nairobi", "à l'Élysée"), past the
        commas of the object list ("met X, the Ambassador, at State House"); a country only when
        no city or venue is named ("met X in Kenya"), and never one in a title ("ambassador to Kenya")."""
        text = ctx.text
        fallback = None
        for place in ctx.places.within(start, end):
            if ctx.people.covering(place.start, place.end):
                continue  # "the President of the Republic of Kazakhstan" names no location
            lead_in = text[start:place.start]
            if require_city:
                if _HARD_PUNCT.search(lead_in):
                    break
                if not self.meeting_place_prep.search(lead_in[-45:]):
                    continue
                if place.kind in ("city", "capital", "venue"):
                    return place.name
                if fallback is None and place.kind in ("country", "region"):
                    fallback = place.name
                continue
            if _CLAUSE_PUNCT.search(lead_in):
                break
            if self.location_preps.search(lead_in[-25:]) or not lead_in.strip():
                return place.name
        return fallback

    def initiator(self, ctx: "_DocContext", start: int, end: int) -> tuple[str | None, int]:
        """Who initiated an event of the sentence ``[start, end)``, and where that is said."""
        for regex in self.initiator_patterns:
            m = regex.search(ctx.text, start, end)
            if not m:
                continue
            who_start, who_end = m.span("who")
            people = ctx.people.covering(who_start, who_end)
            if people:
                return people[0].name, m.start()
            # "at the invitation of the Foreign Minister of X, A": the title, then its holder.
            apposed = ctx.people.within(who_end, min(end, who_end + 60))[:1]
            if apposed and re.fullmatch(r"\s*,\s*", ctx.text[who_end:apposed[0].start]):
                return apposed[0].name, m.start()
            who = m.group("who")
            for side in self.side_patterns:
                s = side.search(who)
                if s:
                    name = self._side_name(s.group("adj"))
                    if name:
                        return name, m.start()
            for mentions in (ctx.organizations, ctx.places):
                found = mentions.covering(who_start, who_end)
                if found:
                    return found[0].name, m.start()
        return None, -1

    def _side_name(self, adjective: str) -> str | None:
        key = fold(adjective)
        if key in self.sides:
            return self.sides[key]
        code = adjective_to_code(adjective) or country_code(adjective)
        return country_name(code) if code else None

    # --- the document --------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        ctx = _DocContext(doc, self)
        builder = _EventBuilder(self, ctx)
        for sentence, sent_triggers in ctx.triggers_by_sentence():
            if sent_triggers:
                start, end = ctx.sentences[sentence]
                initiator, said_at = self.initiator(ctx, start, end)
                # "The meeting followed talks between A and B, hosted by C": the initiator is that
                # of the trigger right before it, or of every trigger when it opens the sentence.
                owner = max((i for i, t in enumerate(sent_triggers) if t.start < said_at), default=None)
                for index in range(len(sent_triggers)):
                    mine = initiator if owner is None or index == owner else None
                    cand = self.candidate(ctx, sentence, sent_triggers, index, mine)
                    if cand:
                        builder.add(cand)
            else:
                start, end = ctx.sentences[sentence]
                if self.initiator_words.search(ctx.text, start, end):
                    initiator, _ = self.initiator(ctx, start, end)
                    if initiator:
                        builder.add_initiator(sentence, initiator)
            builder.update_protagonist(sentence)
        builder.finish()
        # An event with no named person ("the next meeting of the Cooperation Council in May") is
        # kept while reading, so later sentences can refer back to it, but is not reported: the
        # events we report involve at least one named person (shared/gold/README.md).
        write_items(doc, "events", [e.record(ctx.text) for e in builder.events if e.participants])
        return doc


class _DocContext:
    """Everything the extractor reads from one Doc, sorted once for range look-ups."""

    def __init__(self, doc: Doc, extractor: EventExtractor):
        self.text = doc_text(doc)
        # Blank lines between paragraphs are no sentences: they would stretch sentence distances.
        self.sentences = [span for span in sentence_spans(doc, self.text) if span[1] > span[0]]
        self._sentence_starts = [s for s, _ in self.sentences]
        self.people = extractor.people(doc, self.text)
        self.people_names = {m.name for m in self.people.items}
        self.dates = Mentions(Mention(d["start"], d["end"], d["value"], "relative" if d.get("relative") else None)
                              for d in items(doc, "dates") if d.get("value"))
        self.places = Mentions(named_mentions(items(doc, "places"), "kind"))
        # name -> (kind, ISO country): "Malabo" lies in "Equatorial Guinea".
        self.place_info = {p["name"]: (p.get("kind"), p.get("country")) for p in items(doc, "places") if p.get("name")}
        self.organizations = Mentions(named_mentions(items(doc, "organizations")))
        self.quotes = sorted((q["start"], q["end"]) for q in items(doc, "quotes"))
        self.speakers = {(q["start"], q["end"]): q["speaker"] for q in items(doc, "quotes") if q.get("speaker")}
        document_date = doc._.kzeu_document_date
        self.document_date = document_date.get("value") if document_date else None
        self.triggers = extractor.find_triggers(self.text, self.quotes, self.speakers)
        self.lead = self._lead(doc)
        self.dateline = self._dateline()

    def within_country(self, place: str | None, country: str | None) -> bool:
        """Whether ``place`` (a city or venue) lies in ``country`` (a country), both named in the text."""
        if not place or not country:
            return False
        kind, code = self.place_info.get(place, (None, None))
        country_kind, country_code_ = self.place_info.get(country, (None, None))
        return (country_kind == "country" and kind not in (None, "country", "region")
                and code is not None and code == country_code_)

    def sentence_subject(self, start: int, end: int) -> Mention | None:
        """The person opening the sentence ``[start, end)``, if it is its subject."""
        people = self.people.within(start, end)
        if people:
            lead_in = self.text[start:people[0].start]
            dateline = _DATELINE_PREFIX.match(lead_in)
            if dateline:
                lead_in = lead_in[dateline.end():]
            if ((_WORDS_BEFORE_SUBJECT.match(lead_in) or _TITLE_WORDS.match(lead_in))
                    and not _PREPOSITION_BEFORE.search(lead_in)):
                return people[0]
        return None

    def sentence_of(self, position: int) -> int:
        return max(0, bisect_right(self._sentence_starts, position) - 1)

    def triggers_by_sentence(self):
        by_sentence: dict[int, list[Trigger]] = {}
        for trig in self.triggers:
            found = by_sentence.setdefault(self.sentence_of(trig.start), [])
            if _HOSTED_BY.match(self.text, trig.start) and any(t.type != "visit" for t in found):
                continue  # "talks between A and B, held near X and hosted by C": C hosted those talks
            found.append(trig)
        for sentence in range(len(self.sentences)):
            yield sentence, by_sentence.get(sentence, [])

    def _lead(self, doc: Doc) -> set[int]:
        """The title's sentences and the first body sentences: where "has held" means today."""
        title = doc._.kzeu_title
        title_end = title["end"] if title else 0
        lead, body = set(), 0
        for i, (start, end) in enumerate(self.sentences):
            if start < title_end:
                lead.add(i)
            elif body < 2 and len(self.text[start:end].split()) >= 5:
                lead.add(i)
                body += 1
        return lead

    def _dateline(self) -> str | None:
        """The place of a dateline opening a line near the top: "BRUSSELS. KAZINFORM - ...",
        "SHANGHAI, China — ...", "Kathmandu, Jan 7 (PTI) ...", "Paris, 27 juin. 06 [AlterPresse]",
        "Berne, Communiqué de presse, 17.08.2015". Not a place inside a heading ("ACTIVITÉS ... EN
        SUISSE, LES 3 ...") nor the first word of a title ("UK, Nigeria sign agreements")."""
        names = {fold(p.name): p.name for p in self.places.items}
        for line in _LINE_START.finditer(self.text, 0, 1200):
            at = line.end()
            words = _DATELINE_WORDS.match(self.text, at)
            if not words:
                continue
            place = next((p for p in self.places.covering(at, words.end()) if p.start == at), None)
            name = place.name if place else names.get(fold(words.group(1)))
            if not name:
                continue
            country = place.kind in ("country", "region") if place else True
            after = self.text[place.end if place else words.end(1):min(len(self.text), at + 160)]
            follow = _DATELINE_FOLLOW.match(after)
            if not follow:
                continue
            rest_start = (place.end if place else words.end(1)) + follow.end()
            # A country or region before a dash heads a title ("Ouzbékistan – Entretien de ..."):
            # only with a date after it is it a dateline ("SWEDEN, October 15 -").
            if ((follow.group("mark") and not country)
                    or any(d.start - rest_start < 12 for d in self.dates.covering(rest_start, rest_start + 12))):
                return name
        return None


class _EventBuilder:
    """Turns candidates into events: new ones, repeats merged into earlier ones, references."""

    def __init__(self, extractor: EventExtractor, ctx: _DocContext):
        self.x = extractor
        self.ctx = ctx
        self.events: list[Event] = []
        self.protagonist: str | None = None
        self._counter = 0
        self._touched: tuple[int, Event] | None = None  # (sentence, event) last made or added to

    def update_protagonist(self, sentence: int) -> None:
        """A person opening a sentence ("In turn, Charles Michel ...") is who "he" now is."""
        start, end = self.ctx.sentences[sentence]
        opener = self.ctx.sentence_subject(start, end)
        if opener:
            self.protagonist = opener.name

    def finish(self) -> None:
        """"X received Y, who is in Astana on an official visit": the visit is read after the
        meeting of its sentence, so the meeting takes its place and date only now."""
        visits = [e for e in self.events if e.type == "visit" and (e.location or e.date)]
        if not visits:
            return
        for event in self.events:
            if event.type != "meeting" or event.status != "held" or event.mode not in (None, "in_person"):
                continue
            for visit in visits:
                if (visit.sentence == event.sentence and visit.status == "held"
                        and set(visit.participants) & set(event.participants)):
                    if event.location is None or event.location == self.ctx.dateline:
                        event.location = visit.location or event.location
                    if event.date is None:
                        event.date, event.date_rank = visit.date, _DATE_CONTEXT
                    break

    def add_initiator(self, sentence: int, initiator: str) -> None:
        """"The call took place at the initiative of the Kyrgyz side": a sentence with no trigger
        of its own tells who initiated the event reported in the sentence before."""
        if self._touched and sentence - self._touched[0] == 1 and not self._touched[1].initiator:
            self._touched[1].initiator = initiator

    def add(self, cand: Candidate) -> None:
        # A visit, or taking part in a summit, is an event of one named person (gold README:
        # events "that involve at least one named person").
        min_people = 1 if cand.type == "visit" or cand.trigger.attendance else 2
        if cand.pair or cand.group:  # "The two presidents also met in June": the two people of the last event
            size_ok = (lambda n: n == 2) if cand.pair else (lambda n: n >= 2)
            last = max((e for e in self.events if size_ok(len(e.participants)) and not e.split),
                       key=lambda e: e.order, default=None)
            if last:
                cand.counterparts = list(last.participants)
            elif cand.pair:  # "X arrived at the invitation of Y. The two presidents held talks": X and Y
                host = max((e for e in self.events if len(e.participants) == 1 and e.initiator in self.ctx.people_names
                            and e.initiator not in e.participants), key=lambda e: e.order, default=None)
                if host:
                    cand.counterparts = [host.initiator] + host.participants
        if cand.each and not cand.subject and len(cand.counterparts) == 1:
            cand.subject, cand.counterparts = cand.counterparts, []  # the one named before the trigger
        if cand.each and cand.subject and not cand.counterparts:
            # "Michel held separate bilateral talks with each leader": one meeting with each of
            # the others of the last event with several people.
            last = max((e for e in self.events if len(e.participants) > 2 and cand.subject[0] in e.participants),
                       key=lambda e: e.order, default=None)
            if last:
                cand.counterparts = [p for p in last.participants if p not in cand.subject]
                cand.bilateral = True
                if cand.location is None and cand.mode in (None, "in_person"):
                    cand.location = last.location
        if cand.pronoun is not None:  # "his first visit", "il s'est entretenu avec ..."
            antecedent = cand.pronoun or self._antecedent(cand)
            if antecedent and antecedent not in cand.counterparts:
                cand.subject = [antecedent]
        if cand.type == "visit":
            participants = cand.subject
        elif cand.subject:
            participants = _dedupe(cand.subject + cand.counterparts)
        else:
            participants = cand.counterparts
            if cand.counterparts and self._repeat(cand, participants):
                return
            if cand.with_object and self.protagonist and self.protagonist not in participants:
                participants = [self.protagonist] + participants
                cand.subject = [self.protagonist]
        if len(participants) < min_people:
            if cand.planned and cand.date_rank == _DATE_SENTENCE and not participants:
                # "agreed to hold the next meeting of the Cooperation Council in April": a dated
                # meeting of a body; one named person alone is a multilateral event, not ours.
                self._new(cand, participants)
            elif cand.definite or participants:
                self._refer_back(cand, participants)
            return
        counterparts = [p for p in participants if p not in cand.subject]
        # A visitor's programme lists the hosts met one by one: "during the visit, X met President
        # A and Prime Minister B" are two meetings, unless one occasion ("a dinner with") or one
        # group ("the two women, A and B", "together") is named.
        touring = (cand.titled_list and not cand.single and not cand.joint and not cand.trigger.generic
                   and self._visiting(cand, cand.subject[0] if cand.subject else None))
        if (cand.type == "meeting" and cand.subject and len(counterparts) > 1
                and (cand.bilateral or touring
                     or (len(counterparts) >= self.x.split_min and not cand.single))):
            groups = [_dedupe(cand.subject + [c]) for c in counterparts]
        else:
            groups = [participants]
        for group in groups:
            self._infer_date(cand, group)
            if not self._repeat(cand, group):
                self._new(cand, group)
                self.events[-1].split = len(groups) > 1
        if cand.subject and cand.type != "visit":
            self.protagonist = cand.subject[0]

    # --- context ---------------------------------------------------------------------------

    def _visiting(self, cand: Candidate, person: str | None) -> bool:
        """Whether ``person`` is on a visit reported shortly before (or in the same sentence)."""
        if person is None or cand.mode not in (None, "in_person"):
            return False
        return any(e.type == "visit" and person in e.participants
                   and 0 <= cand.sentence - e.sentence <= self.x.context_sentences for e in self.events)

    def _antecedent(self, cand: Candidate) -> str | None:
        """Who "he"/"his" is when the sentence names no one before it: the subject of an event
        reported earlier in the sentence, the last visitor for a visit, else the last subject."""
        if self._touched and self._touched[0] == cand.sentence and self._touched[1].participants:
            return self._touched[1].participants[0]
        if cand.type == "visit":
            for event in sorted(self.events, key=lambda e: -e.order):
                if cand.sentence - event.sentence > self.x.context_sentences:
                    break
                if event.type == "visit" and event.participants:
                    return event.participants[0]
        return self.protagonist

    def _during_visit(self, cand: Candidate, group: list[str]) -> Event | None:
        """The visit, reported shortly before, by one of the meeting's people: the meeting
        happened during it (an announced meeting during an announced visit)."""
        if cand.type != "meeting":
            return None
        for event in reversed(self.events):
            if cand.sentence - event.sentence > self.x.context_sentences:
                break
            # A held meeting is not one of an announced visit; an announced one may be of an
            # ongoing visit ("arrived in Tashkent; he is expected to be received by X").
            if (event.type == "visit" and (cand.planned or event.status == "held")
                    and set(event.participants) & set(group)):
                return event
        return None

    def _infer_date(self, cand: Candidate, group: list[str]) -> None:
        visit = self._during_visit(cand, group)
        if visit and cand.location is None and cand.mode in (None, "in_person"):
            cand.location = visit.location  # "arrived in Geneva ... then met X": in Geneva
        if cand.date_rank != _DATE_NONE:
            return
        if visit:
            if visit.date:
                cand.date, cand.date_rank = visit.date, _DATE_CONTEXT
            return
        if cand.sentence in self.ctx.lead and self.ctx.document_date and not cand.planned:
            # A dated press release reports the day's news in its lead. A meeting or call is one
            # occasion, so held in the lead it is the document's day whatever the tense
            # ("received", "had a telephone conversation", "has held"), unless a pluperfect
            # ("had met") or "previous"/"last" puts it earlier, or it happened during a visit
            # (above: it then shares the visit's date, even an unknown one). A visit lasts
            # days: "paid a working visit" leaves its first day open (seed 002, dated
            # 2022-01-19, gold date null), so only a present or present perfect verb, or an
            # ongoing stay ("who is in Astana on an official visit"), dates it to the document.
            start = max(cand.span[0], cand.trigger.start - 60)
            text = self.ctx.text
            if (not self.x.earlier_tense.search(text, start, cand.trigger.end)
                    and (self.x.just_happened.search(text, start, cand.trigger.end)
                         or (cand.type != "visit" and not cand.other))):
                cand.date, cand.date_rank = self.ctx.document_date, _DATE_DOCUMENT
                return
        if cand.sentence and not cand.definite:
            # "On 12 May the minister arrived in Lima. He met President X at the palace.": a date
            # of the sentence before, in the same paragraph, dates the event it leads into.
            start, _ = self.ctx.sentences[cand.sentence]
            prev_start, prev_end = self.ctx.sentences[cand.sentence - 1]
            dates = {d.name for d in self.ctx.dates.within(prev_start, prev_end)}
            if (len(dates) == 1 and len(next(iter(dates))) == 10 and "\n" not in self.ctx.text[prev_end:start]
                    and not self.x.earlier_tense.search(self.ctx.text, prev_start, cand.trigger.end)):
                date = dates.pop()
                doc_date = self.ctx.document_date
                if not doc_date or (date <= doc_date[:len(date)]) != cand.planned or date == doc_date:
                    cand.date, cand.date_rank = date, _DATE_CONTEXT

    def _compatible(self, event: Event, cand: Candidate) -> bool:
        if event.type != cand.type and not (cand.trigger.generic and event.type in ("meeting", "phone_call")):
            return False
        if event.status != ("planned" if cand.planned else "held"):
            return False
        if cand.other and not (event.date and cand.date):
            return False  # "his previous visit" is the same as an earlier one only by its date
        # Two known dates that differ make two events, unless one is only the document's date.
        if (_DATE_DOCUMENT not in (event.date_rank, cand.date_rank)
                and not _date_compatible(event.date, cand.date)):
            return False
        if event.mode_explicit and cand.mode and event.mode != cand.mode:
            return False
        if (event.type == "visit" and event.location and cand.location and event.location != cand.location
                and not self.ctx.within_country(event.location, cand.location)
                and not self.ctx.within_country(cand.location, event.location)):
            return False  # two places make two visits, unless one is a city of the other ("Malabo", "Equatorial Guinea")
        return True

    def _repeat(self, cand: Candidate, group: list[str]) -> bool:
        """Whether every person of ``group`` is in an earlier, compatible event with the others
        (a later report of the same call or talks); if so those events take the new details."""
        if cand.again:  # "agreed to meet again": another occasion, whatever its date
            return False
        wanted = set(group)
        need = 1 if cand.type == "visit" else min(2, len(wanted))
        # Bilateral talks are not a later report of a larger meeting of the same people.
        matches = [e for e in self.events
                   if len(wanted & set(e.participants)) >= need and self._compatible(e, cand)
                   and not (cand.bilateral and len(e.participants) > len(wanted))]
        covered = set().union(*(e.participants for e in matches)) if matches else set()
        if not matches or not wanted <= covered:
            return False
        for event in matches:
            self._enrich(event, cand)
        return True

    def _refer_back(self, cand: Candidate, participants: list[str]) -> None:
        """"The virtual meeting was held on the initiative of ...": details for the last event."""
        # "after the meeting": the whole meeting rather than one of its bilateral parts.
        for event in sorted(self.events, key=lambda e: (e.split, -e.order)):
            if self._compatible(event, cand) and set(participants) <= set(event.participants):
                if not cand.date_near or event.date:  # a date elsewhere in the sentence is not this event's
                    cand.date, cand.date_rank = None, _DATE_NONE
                self._enrich(event, cand)
                return

    def _enrich(self, event: Event, cand: Candidate) -> None:
        if cand.mode and not event.mode_explicit and event.type != "phone_call":
            event.mode, event.mode_explicit = cand.mode, True
        if cand.initiator and not event.initiator:
            event.initiator = cand.initiator
        if cand.date and cand.date_rank > event.date_rank:
            event.date, event.date_rank = cand.date, cand.date_rank
        if cand.location and (not event.location or self.ctx.within_country(cand.location, event.location)):
            event.location = cand.location  # the city says more than its country
        self._counter += 1
        event.order = self._counter
        self._touched = (cand.sentence, event)

    def _new(self, cand: Candidate, participants: list[str]) -> None:
        location = cand.location
        if (location is None and cand.mode in (None, "in_person") and cand.type != "phone_call"
                and not cand.planned):
            location = self.ctx.dateline
        self._counter += 1
        self.events.append(Event(
            type=cand.type, participants=list(participants), start=cand.span[0], end=cand.span[1],
            mode=cand.mode, mode_explicit=cand.mode is not None, status="planned" if cand.planned else "held",
            date=cand.date, date_rank=cand.date_rank, initiator=cand.initiator, location=location,
            sentence=cand.sentence, order=self._counter))
        self._touched = (cand.sentence, self.events[-1])


@kzeu_factory("kzeu_events", default_config={"split_min_counterparts": None},
              assigns=["doc.spans", "doc._.kzeu_events"],
              requires=["doc._.kzeu_people", "doc._.kzeu_dates", "doc._.kzeu_places", "doc._.kzeu_organizations", "doc._.kzeu_quotes"])
def make_events(nlp: Language, name: str, *, split_min_counterparts: int | None):
    return EventExtractor(split_min_counterparts=split_min_counterparts)
