"""Event triggers: the words that report that something happened, and whether it did.

:func:`find_triggers` walks one sentence of a parsed Doc and returns the
:class:`Trigger` words (verbs and nouns from :data:`~sitrep.events.lexicon.CUES`,
plus multi-word patterns such as "shot down", "opened fire", "set fire to",
"took control of", "ordered residents to leave"), each with the weapon its
context names. Whether a trigger reports something that happened is
:func:`sitrep.events.realis.unreal` (re-exported here).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import reference
from ..nlp.parse import first_child
from .cue_uses import accidental, is_labour, keep_cue, natural_subject
from .figurative import figurative
from .lexicon import (
    CROWD_CONTROL,
    CUES,
    DEPLOY_VERBS,
    IMPACT_VERBS,
    LEADER_NOUNS,
    MILITARY_NOUNS,
    PLACE_NOUNS,
    PROTESTER_NOUNS,
    WEAK_FAMILIES,
    WEAPON_NOUNS,
    WEAPON_OBJECTS,
    WEAPON_PRIORITY,
    WEAPONS,
    Cue,
    lemma_of,
)
from .realis import prior_clause, unreal
from .weapons import object_noun, tiers_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["Trigger", "find_triggers", "weapon_of", "is_place_object", "unreal", "prior_clause",
           "object_noun", "accidental"]

_SKIP_ENTS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "DATE", "TIME", "LAW"})
_NOUN = frozenset({"NOUN", "PROPN"})
_LABOUR = reference.words("events/labour_strike_words")
_DEAL = reference.words("events/deal_nouns")
_DWELLINGS = reference.words("events/dwelling_nouns")
_REFLEXIVE = frozenset({"herself", "himself", "themselves", "itself"})
_LEAVE = reference.words("events/leave_verbs")
_RIOT_OBJECTS = reference.words("events/thrown_objects")
_BLOCK = reference.words("events/block_verbs")
_CROWDS = reference.words("events/crowd_subjects")
_CROWD_ACTS = reference.words("events/crowd_violence_words")
_SYMBOLS = reference.words("events/symbolic_objects")
_RIOTERS = reference.words("events/rioter_nouns")
_NAME_LEADER = reference.words("events/appoint_verbs")
_ESTABLISH = reference.words("events/establish_verbs")
_BASES = reference.words("events/base_nouns")
_NOT_NEW = reference.words("events/civil_camp_words")
_INTERCEPT_OBJECTS = frozenset(WEAPON_NOUNS) | reference.words("events/intercepted_objects")


@dataclass(slots=True)
class Trigger:
    token: Token  # the head token of the cue
    start: int  # character span of the cue words in the text
    end: int
    family: str
    strength: float
    weapon: str | None = None  # weapon class read from the context
    needs_force: bool = False
    definite: bool = False  # "the strike": may point back at an event told already
    weapon_noun: bool = False  # "bombs fell": the weapon itself is the trigger
    deaths: bool = False  # deaths reported with no attack word (sitrep.events.deaths)

    @property
    def lemma(self) -> str:
        return lemma_of(self.token)


def _span(*tokens: Token) -> tuple[int, int]:
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return start, end


def _make(tok: Token, family: str, strength: float, *extra: Token, **kw: Any) -> Trigger:
    start, end = _span(tok, *extra)
    return Trigger(tok, start, end, family, strength, **kw)


def _pattern(tok: Token) -> Trigger | None:
    """Multi-word and context-dependent cues."""
    lemma = lemma_of(tok)
    if tok.pos_ == "VERB":
        if natural_subject(tok):
            return None
        prt = first_child(tok, ("prt",))
        if prt is None:  # "shot down 22 drones": the parser may call the particle an adverb
            prt = first_child(tok, ("advmod",), {"down", "up", "out", "back", "over"})
            prt = prt if prt is not None and prt.i == tok.i + 1 else None
        dobj = object_noun(first_child(tok, ("dobj",)))
        dlemma = dobj.lemma_.lower() if dobj is not None else ""
        if lemma == "shoot" and prt is not None and prt.lower_ == "down":
            return _make(tok, "intercept", 1.0, prt)
        if lemma == "down" and dobj is not None:
            return _make(tok, "intercept", 0.9)
        if lemma in ("destroy", "neutralise", "neutralize", "intercept", "defuse") and (
            dlemma in _INTERCEPT_OBJECTS or dlemma in WEAPON_NOUNS
        ):
            return _make(tok, "intercept", 0.9)
        if lemma == "gun" and prt is not None and prt.lower_ == "down":
            return _make(tok, "shoot", 1.0, prt, weapon="firearms")
        if lemma == "blow" and prt is not None and prt.lower_ == "up":
            if dlemma in _DWELLINGS:  # "blew up the family home of a prisoner": a demolition
                return _make(tok, "loot", 0.8, prt)
            weapon = "suicide" if dlemma in _REFLEXIVE else None
            return _make(tok, "remote", 1.0, prt, weapon=weapon)
        if lemma == "open" and dobj is not None and dlemma == "fire":
            return _make(tok, "shoot", 0.9, dobj, weapon="firearms")
        if lemma == "exchange" and dobj is not None and dlemma in ("fire", "gunfire", "shot"):
            return _make(tok, "clash", 1.0, dobj)
        if lemma == "set" and (dlemma == "fire" or first_child(tok, ("oprd", "advmod", "acomp"),
                                                         {"ablaze", "alight"})):
            return _make(tok, "loot", 0.9, *( [dobj] if dobj is not None else []))
        if lemma == "set" and any(c.dep_ == "prep" and c.lower_ == "on" and
                                  first_child(c, ("pobj",), {"fire"}) for c in tok.children):
            return _make(tok, "loot", 0.9)
        if lemma == "take" and dobj is not None and dlemma == "control":
            return _make(tok, "seize", 0.9, dobj)
        if lemma == "take" and dobj is not None and dlemma in ("hostage", "captive"):
            return _make(tok, "abduct", 1.0, dobj)
        if lemma == "take" and any(c.dep_ == "prep" and c.lower_ == "to" and
                                   first_child(c, ("pobj",), {"street"}) for c in tok.children):
            return _make(tok, "protest", 1.0)
        if lemma in ("throw", "hurl", "pelt") and (
            dlemma in _RIOT_OBJECTS or first_child(tok, ("prep",), {"with"}) is not None
        ):
            return _make(tok, "riot", 0.9)
        if lemma in ("order", "instruct", "direct") and first_child(tok, ("xcomp",), _LEAVE):
            return _make(tok, "evacuate", 0.9)
        if lemma == "hand" and prt is not None and prt.lower_ == "over":
            return _make(tok, "withdraw", 0.7, prt)
        if lemma == "pull" and prt is not None and prt.lower_ in ("out", "back"):
            return _make(tok, "withdraw", 0.7, prt)
        if lemma == "leave" and dobj is not None and _troops_leave(tok, dobj):
            return _make(tok, "withdraw", 0.7)
        if lemma == "fire":
            return _fire(tok, dobj)
        if lemma == "strike" and dobj is not None and dlemma in _DEAL:
            return _make(tok, "agree", 0.8)
        if lemma in _BLOCK and first_child(tok, ("nsubj",), PROTESTER_NOUNS | _CROWDS):
            return _make(tok, "protest", 0.8)  # "protesters blocked a highway"
        if lemma == "disperse" and dobj is not None and dlemma in PROTESTER_NOUNS | _CROWDS:
            return _make(tok, "protest", 0.9)  # "police dispersed protesters"
        if lemma in _CROWD_ACTS and _crowd_subject(tok):
            if dobj is not None and dlemma in _SYMBOLS:
                return _make(tok, "protest", 0.8)  # "demonstrators burned an effigy"
            return _make(tok, "riot", 0.8)  # "protesters burned tyres", "rioters looted"
        if lemma in _NAME_LEADER and dobj is not None and dlemma in LEADER_NOUNS and \
                first_child(dobj, ("amod",), {"new"}):
            return _make(tok, "change", 0.6)  # "announced a new commander"
        if lemma in _ESTABLISH and dobj is not None and dlemma in _BASES and \
                not first_child(dobj, ("amod",), _NOT_NEW):
            return _make(tok, "base", 0.8, *([prt] if prt is not None else []))
    if tok.lower_ == "sit" and tok.i + 2 < len(tok.doc) and tok.nbor(1).text == "-" and \
            tok.nbor(2).lower_ == "in":
        return _make(tok, "protest", 1.0, tok.nbor(2))
    if lemma in ("violence", "abuse", "assault") and \
            (sexual := first_child(tok, ("amod",), {"sexual"})) is not None:
        return _make(tok, "sexual", 0.9, sexual)
    if lemma == "assault" and first_child(tok, ("advmod",), {"sexually"}):
        return _make(tok, "sexual", 1.0)
    if lemma == "evacuation" and tok.dep_ == "compound" and tok.head.lemma_ == "order":
        return _make(tok, "evacuate", 0.9, tok.head)
    if lemma == "fire" and tok.pos_ == "NOUN":
        if tok.head.lemma_ == "exchange" or first_child(tok, ("compound", "amod"), set(WEAPONS)):
            weapon = _weapon_word(first_child(tok, ("compound", "amod"), set(WEAPONS)))
            family = "clash" if tok.head.lemma_ == "exchange" else "remote"
            return _make(tok, family, 0.9, weapon=weapon)
    return None


def _weapon_word(tok: Token | None) -> str | None:
    return WEAPONS.get(tok.lemma_.lower()) if tok is not None else None


def _fire(tok: Token, dobj: Token | None) -> Trigger | None:
    """"fired missiles at", "opened fire on", "fired on the village", not "fired tear gas"."""
    if dobj is not None:
        # the head noun first, then its modifiers in text order: a stable choice
        ordered = [dobj.lemma_.lower(), *(c.lemma_.lower() for c in dobj.children)]
        words = set(ordered)
        if words & CROWD_CONTROL:
            return None
        if dobj.lemma_.lower() in WEAPON_OBJECTS or words & set(WEAPONS):
            weapon = next((WEAPONS[w] for w in ordered if w in WEAPONS), None)
            return _make(tok, "remote", 0.9, weapon=weapon)
        return None
    preps = [c for c in tok.children if c.dep_ == "prep"]
    if any(p.lower_ in ("into", "in") and first_child(p, ("pobj",), {"air"}) for p in preps):
        return None  # warning shots
    if any(p.lower_ in ("on", "at", "upon", "towards", "toward") for p in preps):
        return _make(tok, "shoot", 0.8, weapon="firearms")
    return None


def _title_case(tok: Token) -> bool:
    """The token's sentence is a headline in title case: its longer words all capitalised."""
    words = [t for t in tok.sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and all(t.text[0].isupper() for t in words)


def _cue(tok: Token) -> Cue | None:
    cue = CUES.get(lemma_of(tok)) or CUES.get(tok.lower_)
    if cue is None:
        return None
    if cue.pos == "N" and tok.pos_ not in _NOUN:
        return None
    if cue.pos == "V" and tok.pos_ != "VERB" and not (tok.pos_ == "PROPN" and _title_case(tok)):
        return None  # (a headline in title case: "Israeli Forces Demolish … Home")
    if cue.pos == "NV" and tok.pos_ not in ("NOUN", "PROPN", "VERB", "ADJ"):
        return None
    return cue


def _crowd_subject(verb: Token) -> bool:
    """The verb's subject is a crowd: "protesters", "hundreds of protesters"."""
    subject = first_child(verb, ("nsubj",))
    if subject is None:
        return False
    of = first_child(subject, ("prep",), {"of"})
    heads = [subject, *(c for c in of.children if c.dep_ == "pobj")] if of is not None \
        else [subject]
    return any(h.lemma_.lower() in PROTESTER_NOUNS | _RIOTERS for h in heads)


#: A weapon stopped in flight: "the downed drone", "an intercepted missile".
_DOWNED = frozenset({"down", "downed", "intercept", "intercepted"})


def _weapon_trigger(tok: Token) -> Trigger | None:
    """A weapon noun that is used: "bombs fell on", "dropped grenades", "a shell hit"."""
    lemma = tok.lemma_.lower()
    if lemma not in WEAPON_NOUNS or tok.pos_ not in _NOUN or tok.dep_ == "compound":
        return None
    if lemma == "device" and \
            not first_child(tok, ("amod", "compound"), {"explosive", "improvised"}):
        return None
    if lemma == "round" and not first_child(tok, ("amod", "compound"), set(WEAPONS)):
        if tok.head.lemma_.lower() != "fire":
            return None
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and object_noun(tok.head.head).i == tok.i:
        tok_role = tok.head.head  # "dropped dozens of bombs": the quantity holds the role
    else:
        tok_role = tok
    head = tok_role.head
    used = (tok_role.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in IMPACT_VERBS) or (
        tok_role.dep_ == "dobj" and head.lemma_.lower() in DEPLOY_VERBS
    )
    if not used or (head.lemma_.lower() == "fall" and first_child(tok, ("amod",), _DOWNED)):
        return None  # "the downed drone fell in a field": the wreck of an interception
    return _make(tok, "remote", 0.6, weapon=WEAPON_NOUNS[lemma], weapon_noun=True)


def _troops_leave(tok: Token, dobj: Token) -> bool:
    """"French troops left the city", "forces are leaving their base": a withdrawal."""
    subject = first_child(tok, ("nsubj",))
    if subject is None or subject.lemma_.lower() not in MILITARY_NOUNS:
        return False
    return dobj.lemma_.lower() in PLACE_NOUNS or dobj.ent_type_ in ("GPE", "LOC", "FAC")


def find_triggers(sent: Span) -> list[Trigger]:
    """Every trigger in ``sent`` (a spaCy Span), in text order, with its weapon filled in."""
    found: list[Trigger] = []
    taken: set[int] = set()
    for tok in sent:
        if tok.i in taken:
            continue
        if tok.ent_type_ in _SKIP_ENTS and tok.lemma_.lower() not in ("strike", "attack"):
            continue
        trig = _pattern(tok)
        if trig is not None and figurative(tok):
            continue  # "shot down the rumours"
        if trig is None:
            cue = _cue(tok)
            if cue is None or not keep_cue(tok, cue):
                continue
            family = cue.family
            if tok.lemma_.lower() == "strike" and is_labour(tok):
                family = "labour"
            start, end = _span(tok)
            trig = Trigger(tok, start, end, family, cue.strength, cue.weapon,
                           cue.needs_force)
        trig.definite = _definite(tok)
        found.append(trig)
        taken.update(t.i for t in sent if trig.start <= t.idx < trig.end)
    weak = {t.token.i for t in found if t.family in WEAK_FAMILIES}
    for tok in sent:
        if tok.i in taken or (tok.head.i in taken and tok.head.i not in weak):
            continue  # "a landmine killed a boy": the mine, not the killing, is the event
        trig = _weapon_trigger(tok)
        if trig is not None:
            trig.definite = _definite(tok)
            found.append(trig)
    for trig in found:
        trig.weapon = weapon_of(trig)
    found.sort(key=lambda t: t.start)
    return found


def _definite(tok: Token) -> bool:
    if tok.pos_ == "VERB":  # "had fired the rounds": the shelling already told
        dobj = first_child(tok, ("dobj",))
        return dobj is not None and dobj.lemma_.lower() in WEAPON_OBJECTS and _definite(dobj)
    if tok.pos_ not in _NOUN:
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)


# -- weapons ----------------------------------------------------------------------------------


def weapon_of(trig: Trigger) -> str | None:
    """The most specific weapon class named around the trigger, else its own default.

    A chemical payload or a suicide attacker anywhere near the trigger decides;
    otherwise the nearest tier that names a weapon does.
    """
    tiers = tiers_of(trig.token)
    if trig.weapon_noun and tiers[0] - {trig.weapon}:
        tiers[0].discard(trig.weapon or "")  # "mortar bombs" are shells, "glide bombs" air
        tiers[0] -= {WEAPONS.get(trig.lemma, "")}
    elif trig.weapon:
        tiers[0].add(trig.weapon)
    every = set().union(*tiers)
    for overriding in ("suicide", "chemical"):
        if overriding in every:
            return overriding
    for tier in tiers:
        for weapon in WEAPON_PRIORITY:
            if weapon in tier:
                return weapon
    return None


def is_place_object(tok: Token, place_tokens: set[int]) -> bool:
    """Whether a seize verb's object is territory ("the town", "control", "Avdiivka")."""
    dobj = first_child(tok, ("dobj", "nsubjpass"))
    if tok.pos_ in _NOUN:
        of = first_child(tok, ("prep",), {"of"})
        dobj = first_child(of, ("pobj",)) if of is not None else None
    if tok.lemma_.lower() == "take":
        return True
    if dobj is None:
        return any(c.dep_ == "prep" and any(t.i in place_tokens for t in c.subtree)
                   for c in tok.children)
    phrase = _without_clauses(dobj)
    words = {t.lemma_.lower() for t in phrase}
    return bool(words & PLACE_NOUNS) or any(t.i in place_tokens for t in phrase) or \
        dobj.ent_type_ in ("GPE", "LOC", "FAC")


def _without_clauses(head: Token) -> list[Token]:
    """The phrase of ``head`` without its relative and participle clauses: "ice cream
    made from milk in a shop in London" is no place."""
    out = [head]
    for child in head.children:
        if child.dep_ not in ("acl", "relcl"):
            out.extend(_without_clauses(child))
    return out

