"""Which uses of a cue word report an event: not "a quake hit", "attack helicopter",
"a tanker explosion", "demonstrated that", "agreed to go" (:func:`keep_cue`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import reference
from ..nlp.parse import first_child
from .figurative import figurative
from .lexicon import (
    ACCIDENT_SOURCES,
    AGREEMENT_NOUNS,
    AGREEMENT_VERBS,
    ARMED_NOUNS,
    CIVILIAN_NOUNS,
    LEADER_NOUNS,
    MILITARY_NOUNS,
    MILITIA_NOUNS,
    NATURAL_CAUSES,
    POLICE_NOUNS,
    PROTESTER_NOUNS,
    WEAPON_NOUNS,
    Cue,
    lemma_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["keep_cue", "accidental", "is_labour", "natural_subject"]

_NOUN = frozenset({"NOUN", "PROPN"})
_LABOUR = reference.words("events/labour_strike_words")
#: People and forces: stopping them is a clash or an arrest, not a weapon disrupted.
_PEOPLE = ARMED_NOUNS | MILITIA_NOUNS | CIVILIAN_NOUNS | PROTESTER_NOUNS | MILITARY_NOUNS \
    | POLICE_NOUNS
_PEOPLE_ENTS = frozenset({"PERSON", "NORP"})
_FIGHTING = reference.words("events/fighting_context")
_BLASTS = frozenset({"explosion", "blast", "detonation"})
_CEASE = frozenset({"cease", "end", "halt", "stop"})
_HOSTILITIES = frozenset({"hostility", "hostilities", "fighting", "fire"})
#: "a controlled explosion": bomb disposal, not an attack.
_CONTROLLED = frozenset({"control", "controlled"})


def accidental(tok: Token) -> bool:
    """An explosion whose source is an accident's: a tanker, a gas cylinder, a boiler."""
    near = [c for c in tok.children if c.dep_ in ("compound", "amod", "nsubj", "prep")]
    words = {t.lemma_.lower() for c in near for t in c.subtree}
    return bool(words & ACCIDENT_SOURCES)


def natural_subject(tok: Token) -> bool:
    """"An earthquake struck", "floods hit", a headline's "Quake Hits China" (parsed as a
    compound before the verb): no one attacked."""
    return any(c.dep_ == "nsubj" or (c.dep_ == "compound" and c.i < tok.i)
               for c in tok.children if c.lemma_.lower() in NATURAL_CAUSES
               or c.lower_ in NATURAL_CAUSES)


def _before_name(tok: Token) -> bool:
    """A participle between a determiner or adjective and a name: "the occupied West
    Bank", "Russian-occupied Kherson" (not "rebels occupied Goma")."""
    doc = tok.doc
    if tok.i == 0 or tok.i + 1 >= len(doc) or doc[tok.i + 1].pos_ != "PROPN":
        return False
    before = doc[tok.i - 1]
    return before.pos_ in ("DET", "ADJ") or before.text in ("-", "–")


def keep_cue(tok: Token, cue: Cue) -> bool:
    """Drop the uses of a cue word that report no event."""
    lemma = lemma_of(tok)
    if tok.pos_ == "VERB" and natural_subject(tok):
        return False  # "a quake hit the region"
    if figurative(tok):
        return False  # "the fight against corruption", "a legal battle"
    if lemma in ("explosion", "blast", "explode", "fire") and accidental(tok):
        return False  # "a tanker explosion", "a gas cylinder exploded"
    if lemma in _BLASTS and first_child(tok, ("amod", "compound"), _CONTROLLED) is not None:
        return False  # "destroyed in a controlled explosion": a bomb disposed of
    if lemma == "occupy" and _before_name(tok):
        return False  # "the southern occupied West Bank": an adjective the parser made a verb
    if tok.dep_ == "amod" and lemma != "dead":
        return False  # "occupied territories", "armed men"
    if tok.dep_ == "compound" and tok.head.pos_ in _NOUN and tok.head.lemma_.lower() != lemma \
            and cue.pos != "V":  # (a verb misread in a title-case headline is no modifier)
        return False  # "attack helicopter", "protest leader", "ceasefire talks"
    if tok.dep_ in ("attr", "oprd", "appos") and not (
            tok.dep_ == "appos" and lemma_of(tok.head) in WEAPON_NOUNS):
        return False  # "called the strike a deliberate attack", "its biggest push"
    # (but "carried out an improvised explosive device (IED) blast" parses "blast" as
    # the device's apposition)
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.sent.root.pos_ in ("VERB", "AUX"):
        return False  # "those detained", "drones launched towards": a description
    # (with no verb at the root, "residents protested against …" is the sentence's predicate)
    dobj = first_child(tok, ("dobj", "ccomp"))
    if lemma in ("march", "rally", "demonstrate") and tok.pos_ == "VERB" and dobj is not None:
        return False  # "marching their captives", "demonstrated that"
    if lemma == "demonstrate" and first_child(tok, ("auxpass",)) is not None:
        return False  # "as was demonstrated by our decision"
    if lemma == "protest" and tok.pos_ == "VERB" and first_child(tok, ("ccomp",)) is not None:
        return False  # "protesting that he could not": an objection said, not a protest
    if lemma == "agree" or lemma == "sign":
        return _agreed_on(tok)
    if cue.family == "agree":
        return tok.head.lemma_.lower() in AGREEMENT_VERBS or tok.dep_ in ("nsubj", "ROOT")
    if lemma == "appoint":
        return dobj is not None and dobj.lemma_.lower() in LEADER_NOUNS
    if cue.family == "intercept" and tok.pos_ == "VERB":
        stopped = first_child(tok, ("dobj", "nsubjpass"))
        if stopped is not None and (lemma_of(stopped) in _PEOPLE
                                    or stopped.ent_type_ in _PEOPLE_ENTS):
            return False  # "the militants were intercepted": who, not a weapon, was stopped
    if cue.family in ("change", "evacuate") and any(lemma_of(t) in NATURAL_CAUSES
                                                    for t in tok.sent):
        return False  # "police mobilised after the landslides": relief, not conflict
    if cue.family == "withdraw" and any(lemma_of(t) in _FIGHTING for t in tok.sent):
        return False  # "withdrew under fire", "retreated after heavy losses": a battle's end
    if lemma == "capture" and tok.pos_ in _NOUN:
        return first_child(tok, ("prep",), {"of"}) is not None
    return True


def _agreed_on(tok: Token) -> bool:
    """"agreed to a truce", "signed a deal", "agreed to sign an accord"; not "agreed to go"."""
    for child in tok.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in AGREEMENT_NOUNS:
            return True
        if child.dep_ == "prep" and child.lower_ in ("to", "on", "upon", "over"):
            if first_child(child, ("pobj",), AGREEMENT_NOUNS) is not None:
                return True
        if child.dep_ == "xcomp" and first_child(child, ("dobj",), AGREEMENT_NOUNS) is not None:
            return True
        if child.dep_ == "xcomp" and child.lemma_.lower() in _CEASE and first_child(
                child, ("dobj",), _HOSTILITIES) is not None:
            return True  # "agreed to cease hostilities": a truce
    return False


def is_labour(tok: Token) -> bool:
    """A strike of workers ("went on strike", "a general strike", "teachers striking"), not
    an attack."""
    words = {c.lemma_.lower() for c in tok.children}
    words |= {c.lemma_.lower() for c in tok.head.children} if tok.dep_ == "pobj" else set()
    if tok.dep_ in ("acl", "relcl") and tok.pos_ == "VERB":
        words.add(tok.head.lemma_.lower())  # "teachers striking in West Virginia"
    if tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.lemma_ == "go":
        return True
    return bool(words & _LABOUR)
