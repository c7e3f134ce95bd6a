"""The kzeu_events component: the three stages over one Doc."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...knowledge import Knowledge, load_knowledge
from ...langpacks import LanguagePack
from ...spans import write_items
from ..base import PackComponent
from .assembly import EventAssembler
from .candidate import make_candidate
from .document import DocContext
from .grammar import Grammar, compile_grammar
from .initiator import InitiatorFinder
from .model import Candidate, Event
from .remention import merge_re_mentions
from .scope import Scope, scope_of
from .sides import PartyReader, add_party_event, merge_parties, party_event, reported_elsewhere
from .status import PLANNED, status_cue
from .table import event_type_table
from .vocabulary import CONCERN


class EventExtractor(PackComponent):
    # (dates.json and document.json: the words of the dateline recogniser, textkit.datelines)
    concerns = (CONCERN, "quotes", "dates", "document")

    def __init__(self, nlp: Language, name: str = "kzeu_events", *, split_min_counterparts: int | None = None,
                 knowledge: Knowledge | None = None, pack: str | None = None):
        self.table = event_type_table()
        self.knowledge = knowledge or load_knowledge()
        self.split_min = split_min_counterparts or self.table.windows.split_min_counterparts
        self.initiators = InitiatorFinder(self.knowledge, self.table)
        super().__init__(nlp, name, pack)

    def compile(self, pack: LanguagePack) -> None:
        self.grammar: Grammar = compile_grammar(pack, self.table)

    def __call__(self, doc: Doc) -> Doc:
        ctx = DocContext(doc, self.grammar, self.table)
        assembler = EventAssembler(ctx, self.table, self.split_min)
        reader = PartyReader(ctx, doc, self.knowledge.geo)
        party_events: list[Event] = []
        for sentence, triggers in ctx.triggers_by_sentence():
            if triggers:
                self._sentence_events(ctx, assembler, sentence, triggers, reader, party_events)
            else:
                self._sentence_initiator(ctx, assembler, sentence)
            assembler.update_protagonist(sentence)
        assembler.finish()
        # An event with no named person nor party ("the next meeting of the Cooperation Council
        # in May") is kept while reading, so later sentences can refer back to it, but is not
        # reported. Events of parties alone ("Egypt and Jordan held consultations") are.
        events = merge_re_mentions(ctx, self.table, [e for e in assembler.events if e.participants],
                                   assembler.earlier)
        events += [e for e in party_events if not reported_elsewhere(e, events)]
        events.sort(key=lambda e: e.sentence)  # stable: the assembler's order within a sentence
        write_items(doc, "events", [e.record(ctx.text, self.table) for e in events])
        return doc

    def _sentence_events(self, ctx: DocContext, assembler: EventAssembler, sentence: int, triggers,
                         reader: PartyReader, party_events: list[Event]) -> None:
        start, end = ctx.sentences[sentence]
        initiator, said_at = self.initiators.in_sentence(ctx, start, end)
        # "The meeting followed talks between A and B, hosted by C": the initiator is that
        # of the trigger right before it, or of every trigger when it opens the sentence.
        owner = max((i for i, t in enumerate(triggers) if t.start < said_at), default=None)
        for index in range(len(triggers)):
            mine = initiator if owner is None or index == owner else None
            scope = scope_of(ctx, sentence, triggers, index)
            cand = make_candidate(scope, self.table, self.initiators, mine) if scope else None
            if cand:
                self._add(assembler, cand, scope, reader, party_events)

    def _add(self, assembler: EventAssembler, cand: Candidate, scope: Scope,
             reader: PartyReader, party_events: list[Event]) -> None:
        """One candidate to the assembler, with its status cue and its parties; a candidate the
        assembler keeps no event for may still be an event of its parties alone."""
        status = status_cue(scope)
        if status:
            cand.planned = True  # not held: a cancelled, refused or postponed event never took place
        row = self.table[cand.type]
        parties = reader.of_candidate(scope, cand, row.journey, self.table.on_site(cand.mode or row.default_mode))
        last = max((e.order for e in assembler.events), default=0)
        known = {id(e) for e in assembler.events}
        people = len(set(cand.subject + cand.counterparts))
        assembler.add(cand)
        touched = [e for e in assembler.events if e.order > last]
        for event in touched:
            if status and status != PLANNED:
                event.status = status
            if id(event) not in known or people >= row.min_participants:
                # (not a reference back: "X also held conversations with counterparts from A and B",
                # "X and Y discussed ... ahead of the upcoming Forum Leaders Meeting")
                merge_parties(event.parties, [p for p in parties if p.person is None or p.person in event.participants])
        if status and status != PLANNED and cand.definite and not any(e.participants for e in touched):
            # "The visit was cancelled": the last event of its kind reported, with its people.
            earlier = max((e for e in assembler.events if e.type == cand.type and e.participants),
                          key=lambda e: e.order, default=None)
            if earlier:
                earlier.status = status
        if not touched and parties:
            event = party_event(cand, parties, row.journey, last)
            if event:
                if status and status != PLANNED:
                    event.status = status
                add_party_event(party_events, event)

    def _sentence_initiator(self, ctx: DocContext, assembler: EventAssembler, sentence: int) -> None:
        """"The call took place at the initiative of the Kyrgyz side": for the event before."""
        start, end = ctx.sentences[sentence]
        if ctx.grammar.initiator_cue.search(ctx.text, start, end):
            initiator, _ = self.initiators.in_sentence(ctx, start, end)
            if initiator:
                assembler.add_initiator(sentence, initiator)


def make_events(nlp: Language, name: str, *, split_min_counterparts: int | None, knowledge: Knowledge):
    return EventExtractor(nlp, name, split_min_counterparts=split_min_counterparts, knowledge=knowledge)
