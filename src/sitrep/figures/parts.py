"""Parts of a larger figure: "12 people, including 3 children", "among them four soldiers".

A part is kept as a figure of its own, with its marker word in its text
("including 3 children"), so that whoever adds figures up can leave it out:

- :func:`part_parent` and :func:`part_marker` read a part from the parse;
- :func:`is_part` tells a part from a whole figure, from the words that
  open it or stand just before it in its sentence ("the dead included 3
  children"); :mod:`sitrep.events` uses it not to add a part twice;
- :func:`more_parts` finds the parts no marker opens: the next items of a list
  that one opens ("including four policemen, one soldier and three militants"),
  and a figure's breakdown in brackets ("five peacekeepers (four Cambodians and
  one Moroccan)", "killed 31 civilians in A (killing 14), B (killing 8) …": the
  bracketed figures of its kind that follow it in its sentence, when they add up
  to no more than it); a description's stated coding ("(coded as five per day)") is
  never a part.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from .. import reference
from ..records import Count
from .coded import is_coded
from .numbers import parse_quantity

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["PART_MARKERS", "is_part", "more_parts", "part_marker", "part_parent"]

#: Words that open a part: "including 3 children".
PART_MARKERS = reference.words("figures/part_markers")
#: Also "among", before a pronoun: "among them three children".
_MARKERS_WITH_PRONOUN = PART_MARKERS | {"among"}
#: Words before a figure that make it a part: "among the dead were 3 children".
_PART_CUES = _MARKERS_WITH_PRONOUN | {"included"}
_LOOK_BACK = 40  # characters before a figure searched for a cue
_PARTITIVE_RE = re.compile(r"\b(?:of|among)\s+(?:them|whom|those|these)\b", re.IGNORECASE)


def is_partitive(text: str) -> bool:
    """True for a figure of people named before: "four of them", "among whom"."""
    return _PARTITIVE_RE.search(text) is not None


def is_part(count: Count, text: str, sentence_start: int) -> bool:
    """True for a figure that is part of one already counted: "…, including 10 children".

    ``text`` is the article's, ``sentence_start`` the offset of the figure's sentence:
    a cue among the four words before the figure counts too ("among the dead were 3").
    """
    words = count.text.lower().split()
    if words and words[0] in _PART_CUES:
        return True
    before = text[max(sentence_start, count.start - _LOOK_BACK) : count.start].lower().split()
    return any(w.strip(",;:") in _PART_CUES for w in before[-4:])


def part_parent(token: Token) -> Token | None:
    """The token a part hangs on: "[people], including 3 children" gives "people"."""
    if token.dep_ == "pobj" and token.head.lower_ in PART_MARKERS:
        return token.head.head
    for child in token.children:  # "..., among them three children"
        if child.dep_ == "prep" and child.lower_ in _MARKERS_WITH_PRONOUN:
            if any(g.dep_ == "pobj" and g.pos_ == "PRON" for g in child.children):
                return token.head if token.dep_ in ("appos", "conj") else None
    return None


def part_marker(token: Token) -> Token | None:
    """The marker word of the part at ``token``: "including", "among"."""
    if token.dep_ == "pobj" and token.head.lower_ in PART_MARKERS:
        return token.head
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in _MARKERS_WITH_PRONOUN:
            return child
    return None


_LIST_SEPARATORS = re.compile(r",|\band\b|\bas well as\b")
_ITEM_WORDS = 4  # words an item of a list of figures may have: "one soldier", "a JTF member"
_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)")


def _list_between(between: str) -> bool:
    """Whether ``between`` only separates items of a list of figures: ", one soldier and "."""
    if not _LIST_SEPARATORS.search(between):
        return False
    for piece in _LIST_SEPARATORS.split(between):
        words = piece.split()
        if words and (len(words) > _ITEM_WORDS or parse_quantity(words[0]) is None):
            return False
    return True


def _bracketed(text: str, start: int, after: int) -> bool:
    """Whether the offset ``start`` is inside brackets opened after offset ``after``."""
    opened = text.rfind("(", after, start)
    return opened >= 0 and text.rfind(")", opened, start) < 0


def more_parts(counts: Sequence[Count], text: str, parts: Collection[tuple[int, int]]
               ) -> set[tuple[int, int]]:
    """The (start, end) offsets of the figures that are parts though no marker opens them
    (see the module notes); ``parts`` are those of the parts already known."""
    ordered = sorted((c for c in counts if not is_coded(c)), key=lambda c: c.start)
    out: set[tuple[int, int]] = set()
    for prev, count in zip(ordered, ordered[1:], strict=False):
        if (_key(prev) in parts or _key(prev) in out) and count.category == prev.category \
                and _list_between(text[prev.end : count.start]):
            out.add(_key(count))
    for whole in ordered:
        if _key(whole) in parts or _key(whole) in out or not whole.value \
                or _bracketed(text, whole.start, 0):
            continue
        end = _SENTENCE_END.search(text, whole.end)
        stop = end.start() if end else len(text)
        inside = [c for c in ordered if whole.end <= c.start < stop
                  and c.category == whole.category and _bracketed(text, c.start, whole.end)]
        if inside and sum(c.value or c.low or 0 for c in inside) <= whole.value:
            out.update(_key(c) for c in inside)
    return out


def _key(count: Count) -> tuple[int, int]:
    return count.start, count.end
