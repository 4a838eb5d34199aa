"""What a trigger's neighbours say: the weapon named around it, the noun a quantity stands for.

:func:`tiers_of` reads the weapon classes around a trigger token, nearest
first (its own words, then its doer and instrument, then its object);
:func:`object_noun` looks through a quantity ("dozens of rockets") to the
noun it counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, overload

from .. import reference
from ..nlp.parse import first_child
from .lexicon import WEAPONS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["object_noun", "tiers_of", "QUANTITY"]

_NOUN = frozenset({"NOUN", "PROPN"})
_NOT_WEAPON_HEADS = frozenset({"defence", "defense", "workshop", "factory", "plant", "depot"})
#: Quantities a noun may hide behind ("dozens of rockets", "a barrage of missiles").
QUANTITY = reference.words("events/quantity_nouns")


@overload
def object_noun(tok: Token) -> Token: ...
@overload
def object_noun(tok: None) -> None: ...
@overload
def object_noun(tok: Token | None) -> Token | None: ...
def object_noun(tok: Token | None) -> Token | None:
    """The noun a quantity stands for: "dozens of rockets", "a barrage of missiles"."""
    if tok is None:
        return None
    if tok.lemma_.lower() in QUANTITY or tok.pos_ == "NUM":
        of = first_child(tok, ("prep",), {"of"})
        pobj = first_child(of, ("pobj",)) if of is not None else None
        if pobj is not None:
            return object_noun(pobj)
    return tok


def _words(tokens: Iterable[Token]) -> set[str]:
    return {WEAPONS[w] for t in tokens for w in (t.lemma_.lower(), t.lower_) if w in WEAPONS
            and t.head.lemma_.lower() not in _NOT_WEAPON_HEADS}


def _subtrees(children: Iterable[Token]) -> list[Token]:
    return [t for c in children for t in c.subtree if t.dep_ != "relcl"]


def tiers_of(tok: Token) -> list[set[str]]:
    """Weapon classes around a trigger, nearest first: its own words, then its doer and
    instrument, then its object (the object of "fired missiles", not of "targeted drone
    workshops", names a weapon only when nothing closer does)."""
    own = _words([tok, *(c for c in tok.children if c.dep_ in ("compound", "amod", "prt"))])
    head = tok.head
    if head.lower_ == "of" and head.head.lemma_.lower() in QUANTITY:
        head = head.head.head  # "carried out dozens of strikes": the verb holds the doer
    holders = [tok] + ([head] if tok.pos_ in _NOUN and head.i != tok.i else [])
    doers, objects = [], []
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ("nsubj", "nsubjpass", "agent") or (
                child.dep_ == "prep" and child.lower_ in ("with", "by", "using", "from")
            ):
                doers.append(child)
            elif child.dep_ in ("dobj",) and child.i != tok.i:
                objects.append(child)
    inner = _subtrees([c for c in tok.children]) if tok.pos_ in _NOUN else []
    return [own, _words(_subtrees(doers)) | _words(inner), _words(_subtrees(objects))]
