"""Which side a figure's dead belong to, so that figures of different sides add up.

ACLED codes one total per event, both sides' dead summed ("A policeman was killed.
Three civilians also died." is 4). Figures told in different sentences usually
restate one toll, and the smallest wins (:func:`sitrep.events.tolls.total`); but a
sentence whose dead are all of sides no other figure of the event names (state
forces, armed groups, civilians, from the lexicon's noun lists) counts different
people, and is added. Unnamed or generic victims ("people", "persons") may be anyone,
and never add.
"""

from __future__ import annotations

from collections.abc import Iterable

from .. import reference
from ..records import Count
from .lexicon import ARMED_NOUNS, CIVILIAN_NOUNS, MILITARY_NOUNS, MILITIA_NOUNS, POLICE_NOUNS

__all__ = ["side_of", "sides_of"]

_GENERIC = reference.words("events/generic_victims")
_SIDES = (
    ("state", MILITARY_NOUNS | POLICE_NOUNS | frozenset({"peacekeeper"})),
    ("armed", ARMED_NOUNS | MILITIA_NOUNS),
    ("civilian", CIVILIAN_NOUNS - _GENERIC),
)


def _singular(word: str) -> tuple[str, ...]:
    forms = [word]
    if word.endswith("men"):
        forms.append(word[:-3] + "man")
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    return tuple(forms)


def side_of(count: Count) -> str | None:
    """The side of the people a figure counts (by the last word of its subject), or None
    when the subject is missing, generic or of no listed side."""
    words = (count.subject or "").lower().replace("-", " ").split()
    if not words:
        return None
    forms = _singular(words[-1])
    if any(f in _GENERIC for f in forms):
        return None
    for side, nouns in _SIDES:
        if any(f in nouns for f in forms):
            return side
    return None


def sides_of(counts: Iterable[Count]) -> frozenset[str] | None:
    """The sides of a sentence's figures, or None when any of them has no known side."""
    found = [side_of(c) for c in counts]
    if not found or any(s is None for s in found):
        return None
    return frozenset(s for s in found if s is not None)
