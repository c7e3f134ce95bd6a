"""kzeu_agreements: named treaties, agreements, conventions, memoranda, declarations, roadmaps.

Found these ways, each compiled once per language pack from ``data/lang/<code>/agreements.json``
(the rule words) and the known instruments of ``data/kb/agreements.json`` (knowledge):
- by structure: a capitalised head word (Agreement, Treaty, Accord, Traité, ...) with
  capitalised modifiers before it (``Enhanced Partnership and Cooperation Agreement``) or a
  named complement after it (``Agreement on Enhanced Partnership and Cooperation``,
  ``Accord de partenariat et de coopération renforcé``); a lone or generic head
  (``the Agreement``, ``Memorandum of Understanding``) names nothing;
- by the knowledge base: canonical names, French names and aliases of well-known instruments;
- lower-case heads (``un mémorandum d'entente sur ...``, ``signed a memorandum of understanding
  on ...``) only after a determiner, with a complement, in a sentence reporting a status or use;
- a lower-case head with a Title Case complement (``signed Bilateral agreement on Defence and
  Security Partnership``) is a title; a lower-case name of generic words only (``an agreement on
  cooperation``) is none;
- resolutions by their number (``UN Security Council resolution 1701``, ``la résolution 1701``);
- a lower-case instrument named by its pair of parties (``the Armenia-European Union framework
  agreement``);
- weak heads (Plan, Strategy, Agenda, Deal, Consensus) with no complement need a telling
  modifier, a year (``2050 Strategy``) or a place (``Washington Consensus``).
A name never ends on a function word (``Memorandum of Under`` at a cut-off end names nothing),
and a French complement stops at a clause (``déclaration commune destinée à ...``) but keeps
the object of an infinitive (``déclaration d'intention d'établir un dialogue stratégique``).
A participle and its object name what an instrument does (``Agreement establishing a Joint
Commission``, ``accord-cadre ... instituant une Commission mixte``); named parties plus a purpose
name it too (``an agreement between Russia and Turkmenistan to expand cooperation in energy``);
plural heads before a list of subjects each led by the same preposition (``des accords et
mémorandums d'entente liés à X, à Y et à Z``) give one instrument per subject; a French pair of
compound adjectives (``traité de paix égypto-israélien``) names the parties and finds the known
treaty of the same two countries.
A between-phrase belongs to the name when a complement follows it (``accord entre le
gouvernement de A et le gouvernement de B sur ...``) or its parties are common nouns; a
protocol to another instrument is one name with it.

Mentions of one instrument merge (knowledge-base id, else the set of its content words, so
that ``X Agreement`` = ``Agreement on X``); an abbreviation in brackets after a name, or the
initials of a found name, link to it. Parties (``between X and Y``, ``«X – Y»``, ``X-Y``),
article numbers (``articles 2 and 4 of ...``) and status words with their dates are read
around the mentions.

The modules: ``schema`` (the pack file's shape), ``grammar`` (the pack compiled), ``words``
(small text helpers), ``structural`` (heads, modifiers), ``complements`` (what follows a head),
``phrases`` (participles, purposes, between-phrases), ``lists``, ``pairs`` (pairs of parties,
resolutions), ``records`` (merging and records) and ``component`` (the pipe).
"""
from __future__ import annotations

from spacy.language import Language

from ...knowledge import Knowledge
from .component import AgreementsComponent

__all__ = ["AgreementsComponent", "make_agreements"]


def make_agreements(nlp: Language, name: str, *, max_name_words: int = 14,
                    knowledge: Knowledge) -> AgreementsComponent:
    return AgreementsComponent(nlp, name, knowledge=knowledge, max_name_words=max_name_words)
