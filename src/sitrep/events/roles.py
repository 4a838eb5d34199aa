"""Who acts and who is acted on: the agent and patient noun heads of a trigger.

:func:`roles` reads the dependency parse around a trigger word. A verb's
subject acts and its object (or the object of "on", "at", "against") is acted
on; a passive verb's "by" phrase acts. An event noun takes its doer from a
possessive or a modifier that names one ("Russia's strikes", "a police raid",
"army shelling"), from "by X" ("shelling by Russian forces") and from the
first side of "between X and Y"; a noun that is the object of a verb takes
that verb's subject ("militants carried out an attack"), unless the verb only tells
or judges the event ("officials confirmed the abductions").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import reference
from ..nlp.parse import antecedent
from .lexicon import ARMED_NOUNS, MILITARY_NOUNS, MILITIA_NOUNS, POLICE_NOUNS
from .proxies import REBEL_NOUNS
from .reference import find_group
from .weapons import QUANTITY

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["roles"]

#: "officials confirmed the abductions": the subject did not abduct.
_OBSERVERS = reference.words("events/observer_verbs")


def _conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for child in tok.children:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON"):
            out.extend(_conjuncts(child))
    return out


def _verb_agents(verb: Token) -> list[Token]:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects:
        return [t for c in subjects for t in _conjuncts(antecedent(c))]
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"
                                     and _nominal_gerund(verb)):
            return [t for p in child.children if p.dep_ == "pobj" for t in _conjuncts(p)]
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        for other in _passive_partners(verb):
            found = [t for c in other.children if c.dep_ == "agent"
                     for p in c.children if p.dep_ == "pobj" for t in _conjuncts(p)]
            if found:
                return found
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        head = verb.head
        passive = [c for c in head.children if c.dep_ == "nsubjpass"]
        if verb.dep_ == "conj" and passive:  # "was stopped by X and detonated": she did
            return [t for c in passive for t in _conjuncts(c)]
        return _verb_agents(head)
    return []


def _nominal_gerund(verb: Token) -> bool:
    """A gerund used as a noun: "as a result of shelling by Russian troops", whose "by"
    phrase names the doer (in "killed them by shelling" the gerund is the means)."""
    return verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "pobj", "nsubj", "dobj") \
        and not any(c.dep_ in ("dobj", "aux") for c in verb.children)


def _passive_partners(verb: Token) -> list[Token]:
    """Verbs that share a passive verb's doer: its conjuncts ("was beaten and injured by
    soldiers") and a passive after a preposition ("were killed after being fired upon by
    gunmen")."""
    out = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    out.extend(p for c in verb.children if c.dep_ == "prep"
               for p in c.children if p.dep_ == "pcomp" and p.pos_ == "VERB")
    return out


def _verb_patients(verb: Token) -> list[Token]:
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "dative"):
            out.extend(_conjuncts(child))
            if child.dep_ == "dobj":  # "fired mortar rounds at Israeli troops"
                out.extend(_target_preps(child, ("on", "at", "against", "upon")))
    out.extend(_target_preps(verb, ("on", "at", "against", "with", "upon")))
    return out


def _target_preps(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    return [t for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj" for t in _conjuncts(p)]


#: Nouns that name the doer when they modify an event noun ("a police raid", "army
#: shelling", "a militia attack").
_DOER_NOUNS = POLICE_NOUNS | MILITARY_NOUNS | MILITIA_NOUNS | REBEL_NOUNS | ARMED_NOUNS


def _between(prep: Token, agents: list[Token], patients: list[Token]) -> None:
    """The sides of "between X and Y": X acts, Y is acted on."""
    for p in prep.children:
        if p.dep_ == "pobj":
            both = _conjuncts(p)
            agents.append(both[0])
            patients.extend(both[1:])


def _names_group(trigger: Token) -> bool:
    """The event noun's own modifiers name a listed group, though none of them alone is
    its head ("a Saudi-led coalition air raid": the parse hangs each word on "raid")."""
    left = [c.left_edge.i for c in trigger.children
            if c.i < trigger.i and c.dep_ in ("amod", "compound", "nmod", "npadvmod")]
    return bool(left) and find_group(trigger.doc[min(left):trigger.i].text) is not None


def roles(trigger: Token) -> tuple[list[Token], list[Token]]:
    """(agent heads, patient heads) of a trigger token."""
    if trigger.pos_ in ("VERB", "AUX"):
        return _verb_agents(trigger), _verb_patients(trigger)
    agents: list[Token] = []
    patients: list[Token] = []
    for child in trigger.children:
        if child.dep_ == "poss" or (child.dep_ in ("amod", "compound", "nmod")
                                    and child.i < trigger.i and (child.ent_type_ or (
                                        child.lemma_.lower() in _DOER_NOUNS))):
            agents.append(child)
        elif child.dep_ == "prep" and child.lower_ == "by":
            agents.extend(p for p in child.children if p.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ in ("on", "against", "at", "targeting"):
            patients.extend(t for p in child.children if p.dep_ == "pobj" for t in _conjuncts(p))
        elif child.dep_ == "prep" and child.lower_ == "between":
            _between(child, agents, patients)
    head = trigger.head
    if trigger.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and not agents:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "between"):
            _between(prep, agents, patients)  # "clashes broke out between X and Y"
    if trigger.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "NUM") \
            and head.head.lemma_.lower() in QUANTITY:  # "carried out dozens of strikes"
        trigger, head = head.head, head.head.head
    if trigger.dep_ == "pobj" and head.lower_ in ("in", "during") and head.head.pos_ == "VERB" \
            and any(c.dep_ == "dobj" for c in head.head.children):  # "killed 40 in an attack"
        if not agents:
            agents = _verb_agents(head.head)
        patients.extend(_verb_patients(head.head))
    elif trigger.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        if not agents and head.lemma_.lower() not in _OBSERVERS:
            agents = _verb_agents(head)
        patients.extend(p for p in _verb_patients(head) if p.i != trigger.i)
    elif trigger.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX"):
        patients.extend(_verb_patients(head))
    if not agents and _names_group(trigger):  # "a Saudi-led coalition air raid"
        agents.append(trigger)
    return agents, patients
