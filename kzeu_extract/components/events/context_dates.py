"""Stage 3, dates from context: the date of an event whose sentence gives none, from the visit
it is part of, the day of the lead, the sentence before, or a visitor's programme day by day.
A mixin of EventAssembler (assembly.py): it reads the assembler's events and context."""
from __future__ import annotations

from ...textkit import fold
from .model import (
    DATE_CONTEXT,
    DATE_DOCUMENT,
    DATE_NONE,
    DATE_SENTENCE,
    Candidate,
    Event,
    shift_day,
)


class DateInference:
    """The date methods of EventAssembler (self.ctx, self.events, self.table, self.windows)."""
    def _infer_date(self, cand: Candidate, group: list[str]) -> None:
        visit, placed = self._during_visit(cand, group), cand.location is not None
        if cand.location is None and self.table.on_site(cand.mode):
            cand.location = self._place_in_context(cand, group, visit)  # "arrived in Geneva ... then met X"
        if cand.date_rank != DATE_NONE:
            return
        if visit:
            if visit.date:
                cand.date, cand.date_rank = self._visit_day(cand, visit, group), DATE_CONTEXT
            return
        if self._dated_by_lead(cand):
            cand.date, cand.date_rank = self.ctx.document_date, DATE_DOCUMENT
            return
        if cand.sentence and not cand.definite and not (not placed and self._journey_again(cand, group)):
            self._date_from_sentence_before(cand)

    def _journey_again(self, cand: Candidate, group: list[str]) -> bool:
        """"X arrived in Lima on 20 May. ... On 21 May X met Y. Y went with him on all his visits":
        an undated journey with no place of its own and no indefinite article, of a visitor whose journey was reported
        shortly before, is that journey again, not one of the day the sentence before names."""
        text, start = self.ctx.text, cand.trigger.start
        if not self.table[cand.type].journey or self.ctx.grammar.indefinite_before.search(text[max(0, start - 8):start]):
            return False  # "a visit near Verdun": another journey
        status = "planned" if cand.planned else "held"
        return any(e.type == cand.type and e.status == status and set(e.participants) & set(group)
                   and 0 <= cand.sentence - e.sentence <= self.windows.context_sentences for e in self.events)

    def _visit_day(self, cand: Candidate, visit: Event, group: list[str]) -> str:
        """The day of a visit a meeting during it is on: "on the second day of his visit" counts
        from the visit's first day; otherwise a visitor's programme goes on from the last day
        the text named since the visit (within a week of it: "La veille, ... En marge du sommet,
        X a rencontré Y") or the day of the last dated event reported during it ("On Tuesday he
        met A. He then met B")."""
        grammar, text, ctx = self.ctx.grammar, self.ctx.text, self.ctx
        nth = grammar.visit_day.search(text, *cand.span)
        number = grammar.visit_day_numbers.get(fold(nth.group("n"))) if nth else None
        if len(visit.date) != 10:
            return visit.date
        if number:
            return shift_day(visit.date, number - 1)
        week = (shift_day(visit.date, -7), shift_day(visit.date, 7))
        days = [(e.start, e.date) for e in self.events if e is not visit and e.sentence >= visit.sentence
                and e.status == visit.status and e.date and len(e.date) == 10 and e.date > visit.date
                and set(e.participants) & set(group) and cand.sentence - e.sentence <= self.windows.context_sentences]
        named = ctx.dates.within(ctx.sentences[visit.sentence][0], cand.span[0])
        days += [(d.start, d.name) for d in named if len(d.name) == 10 and week[0] <= d.name <= week[1]
                 and not self._bounds(d, ctx.sentences[ctx.sentence_of(d.start)][0])]
        return max(days, default=(0, visit.date))[1]

    def _date_undated(self) -> None:
        """A news article reports one day's events: a held event of its body with no date of its
        own, nor one from the visit it happened during, is of the day the lead reports ("Issue
        14": an undated body meeting inherits the lead's date). Not one reported as earlier
        ("had met", "his previous visit"), nor one of the lead itself (whose dating the lead rule
        decided)."""
        earlier = self.ctx.grammar.earlier_tense
        undated = [e for e in self.events if e.date is None and e.status == "held" and id(e) not in self.earlier
                   and id(e) not in self.undated_stops
                   and not earlier.search(self.ctx.text, e.start, e.end)]
        for event in undated:
            visit = self._visit_of(event)
            if visit is not None and visit.date:
                event.date, event.date_rank = visit.date, DATE_CONTEXT  # "during the visit", dated later on
        undated = [e for e in undated if e.date is None and e.sentence not in self.ctx.lead]
        day = self._news_day() if undated else None
        for event in undated if day else ():
            event.date, event.date_rank = day, DATE_CONTEXT

    def _visit_of(self, event: Event) -> Event | None:
        """The held visit, reported shortly before, an event of one of its visitors happened during."""
        if not self.table[event.type].during_journey or not self.table.on_site(event.mode):
            return None
        return next((j for j in reversed(self.events)
                     if self.table[j.type].journey and j.status == "held" and j.date
                     and 0 <= event.sentence - j.sentence <= self.windows.context_sentences
                     and set(j.participants) & set(event.participants)), None)

    def _news_day(self) -> str | None:
        """The day the lead reports: that of its first event dated by its own words, else the
        first other day it names (within a week before the document's date, when there is one:
        not a caption's older photo), else the document's date."""
        ctx, doc_date = self.ctx, self.ctx.document_date
        doc_day = doc_date if doc_date and len(doc_date) == 10 else None
        week_before = shift_day(doc_day, -7) if doc_day else ""
        in_week = (lambda day: len(day) == 10 and (not doc_day or week_before <= day <= doc_day))
        stated = next((e.date for e in sorted(self.events, key=lambda e: e.start) if e.sentence in ctx.lead
                       and e.status == "held" and e.date_rank == DATE_SENTENCE and in_week(e.date)), None)
        if stated:
            return stated
        lead = sorted(ctx.lead)
        for d in ctx.dates.within(ctx.sentences[lead[0]][0], ctx.sentences[lead[-1]][1]) if lead else ():
            if not in_week(d.name) or d.name == doc_day:
                continue
            start, end = ctx.sentences[ctx.sentence_of(d.start)]
            if not ctx.grammar.earlier_tense.search(ctx.text, start, end) and not self._bounds(d, start):
                return d.name
        return doc_day

    def _bounds(self, d, sentence_start: int) -> bool:
        bound = self.ctx.grammar.date_bound
        return bool(bound and bound.search(self.ctx.text, max(sentence_start, d.start - 100), d.start))

    def _dated_by_lead(self, cand: Candidate) -> bool:
        """A dated press release reports the day's news in its lead. A meeting or call is one
        occasion, so held in the lead it is the document's day whatever the tense ("received",
        "had a telephone conversation", "has held"), unless a pluperfect ("had met") or
        "previous"/"last" puts it earlier, or it happened during a visit (it then shares the
        visit's date, even an unknown one). A visit lasts days: "paid a working visit" leaves
        its first day open (seed 002, dated 2022-01-19, gold date null), so only a present or
        present perfect verb, or an ongoing stay ("who is in Astana on an official visit"),
        dates it to the document."""
        if cand.sentence not in self.ctx.lead or not self.ctx.document_date or cand.planned:
            return False
        start = max(cand.span[0], cand.trigger.start - 60)
        grammar, text = self.ctx.grammar, self.ctx.text
        return (not grammar.earlier_tense.search(text, start, cand.trigger.end)
                and (bool(grammar.just_happened.search(text, start, cand.trigger.end))
                     or (self.table[cand.type].one_occasion and not cand.other)))

    def _date_from_sentence_before(self, cand: Candidate) -> None:
        """"On 12 May the minister arrived in Lima. He met President X at the palace.": a date
        of the sentence before, in the same paragraph, dates the event it leads into."""
        start, _ = self.ctx.sentences[cand.sentence]
        prev_start, prev_end = self.ctx.sentences[cand.sentence - 1]
        dates = {d.name for d in self.ctx.dates.within(prev_start, prev_end)}
        if (len(dates) == 1 and len(next(iter(dates))) == 10 and "\n" not in self.ctx.text[prev_end:start]
                and not self.ctx.grammar.earlier_tense.search(self.ctx.text, prev_start, cand.trigger.end)):
            date = dates.pop()
            doc_date = self.ctx.document_date
            if not doc_date or (date <= doc_date[:len(date)]) != cand.planned or date == doc_date:
                cand.date, cand.date_rank = date, DATE_CONTEXT

    # --- merging ---------------------------------------------------------------------------
