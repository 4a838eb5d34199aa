"""A Doc's entities and the entity over each token, read once per Doc.

spaCy builds ``doc.ents`` anew from every token's entity tags on each access, so a
rule that asks "which entity covers this token?" for every noun phrase walks the
whole document every time. :func:`entities` and :func:`entity_at` read the
entities once and keep them in ``doc.user_data``. Code that sets ``doc.ents``
after they were read calls :func:`forget` so that the next question reads them
again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["entities", "entity_at", "entity_bounds", "forget"]

_KEY = "sitrep_entity_bounds"


def _read(doc: Doc) -> tuple[tuple[Span, ...], list[Span | None]]:
    cached = doc.user_data.get(_KEY)
    if cached is None:
        ents = tuple(doc.ents)
        at: list[Span | None] = [None] * len(doc)
        for ent in ents:
            for i in range(ent.start, ent.end):
                at[i] = ent
        cached = doc.user_data[_KEY] = (ents, at)
    return cached


def entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, read once."""
    return _read(doc)[0]


def entity_at(doc: Doc, i: int) -> Span | None:
    """The entity that covers token ``i`` of ``doc``, or None."""
    return _read(doc)[1][i]


def entity_bounds(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    """Token bounds ``[lo, hi)`` widened to take in every entity they overlap."""
    if hi <= lo:
        return lo, hi
    at = _read(doc)[1]
    first, last = at[lo], at[hi - 1]  # entities are disjoint: only the ends can stick out
    return (min(lo, first.start) if first is not None else lo,
            max(hi, last.end) if last is not None else hi)


def forget(doc: Doc) -> None:
    """Drop what was read of ``doc``'s entities (call after setting ``doc.ents``)."""
    doc.user_data.pop(_KEY, None)
