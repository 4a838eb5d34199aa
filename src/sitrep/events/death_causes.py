"""What a death told without an attack word says killed: "died of malaria" was no attack.

A report of deaths with no attack word ("two children died", "the strain has killed
12 patients") is an event only in a conflict setting (:mod:`sitrep.events.deaths`). When
the sentence names what killed them as something no one wields, it is no event, whatever
the setting. The cause is read from:

- the killer of an active "kill" ("the strain has killed 12"), the agent of a passive
  one ("killed by the infection");
- the word after "of" or "from" ("died of malaria", "deaths from the swine flu");
- the subject of a verb that caused the deaths ("the epidemics caused tens of thousands of
  deaths", "the outbreak left 91 dead").

Such causes are the words of ``data/events/non_conflict_deaths.txt`` (accidents,
disasters, illness), ``natural_causes.txt`` and ``nonviolent_causes.txt`` (a leak, a
strain, complications), on the cause or on a word that modifies it ("a carbon monoxide
leak", "the H5N1 infection"). A cause that is someone, a weapon or an act of violence
("gunmen killed two Ebola health workers", "died of his wounds") leaves the decision to
the setting; so does a sentence that names no cause, unless it speaks of illness ("208
died out of 8,454 suspected cholera cases", "205 cases, with at least 180 fatalities").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import reference
from ..nlp.parse import antecedent, first_child
from .lexicon import NATURAL_CAUSES

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["nonviolent_cause"]

_NONVIOLENT = (reference.words("events/non_conflict_deaths") | NATURAL_CAUSES
               | reference.words("events/nonviolent_causes"))
#: Words that tell deaths, whose "of"/"from" names the cause ("died of", "deaths from");
#: a count's "of" names what is counted ("thousands of deaths").
_DEATH_WORDS = frozenset({"die", "dead", "death", "fatality", "casualty", "perish",
                          "succumb"})
_CAUSE_PREPS = frozenset({"of", "from"})
_CAUSING_VERBS = frozenset({"cause", "leave", "claim"})


def _named_cause(tok: Token) -> Token | None:
    """The word that names what killed: the subject or agent of "kill", the object of
    "of"/"from", the subject of "caused … deaths"."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "kill":
        if first_child(tok, ("nsubjpass", "auxpass")) is not None:
            agent = first_child(tok, ("agent",))
            return first_child(agent, ("pobj",)) if agent is not None else None
        return first_child(tok, ("nsubj",))
    for c in tok.children if tok.lemma_.lower() in _DEATH_WORDS else ():
        if c.dep_ == "prep" and c.lower_ in _CAUSE_PREPS:
            obj = first_child(c, ("pobj",))
            if obj is not None:
                return obj
    cur = tok
    for _ in range(3):  # "caused tens of thousands of deaths", "left 1,600 people dead"
        if cur.dep_ not in ("dobj", "oprd", "ccomp", "pobj", "prep", "nummod", "amod"):
            break
        cur = cur.head
        if cur.pos_ == "VERB" and cur.lemma_.lower() in _CAUSING_VERBS:
            # the whole subject side: "the sleeping sickness epidemics in four countries
            # caused …", which the parser may hang on the last country
            before = [t for c in cur.lefts for t in c.subtree]
            return next((t for t in before if _nonviolent(t)), first_child(cur, ("nsubj",)))
    return None


def _nonviolent(word: Token) -> bool:
    return word.lemma_.lower() in _NONVIOLENT or word.lower_ in _NONVIOLENT


def _counted_cases(tok: Token) -> bool:
    """"205 cases", "3,546 cases": the cases of an illness, counted."""
    return tok.lemma_.lower() == "case" and tok.pos_ == "NOUN" and any(
        c.dep_ == "nummod" for c in tok.children)


def nonviolent_cause(tok: Token) -> bool:
    """Whether the sentence names something no one wields as what caused the deaths at
    ``tok`` ("died of malaria", "a gas leak killed both"), or tells of illness and names
    no cause at all ("208 people died out of 8,454 suspected cholera cases")."""
    cause = _named_cause(tok)
    if cause is None:
        return any(_nonviolent(t) or _counted_cases(t) for t in tok.sent)
    cause = antecedent(cause)  # "a bacteria that has killed 12"
    return _nonviolent(cause) or any(
        c.dep_ in ("compound", "amod", "nmod") and _nonviolent(c) for c in cause.children)
