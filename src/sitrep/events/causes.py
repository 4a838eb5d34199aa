"""Deaths told as the cause of another happening: no toll of that happening.

"Students rioted after the death of a classmate", "residents protested the
killing of two farmers", "a vigil for three men killed last week": the dead
are why people gathered, not victims of the gathering. :func:`cause_span`
finds such a figure from the words just before it in its sentence (an opener
from ``events/cause_openers`` and a death noun from ``events/death_nouns``, with
perhaps a name between them and the figure, "following the death of Nepal
Electricity Authority (NEA) employee", or a memorial word from
``events/memorial_words``) and gives the span of the phrase.
:mod:`sitrep.events.tolls` then gives the figure to no event whose
trigger lies outside that phrase: an event told by the death noun itself
("the killing of two farmers" read as a killing) keeps it.
"""

from __future__ import annotations

import re

from .. import reference
from ..records import Count

__all__ = ["cause_span"]

_LOOK_BACK = 80  # characters before a figure searched for the phrase
_DET = r"(?:(?:the|a|an|their|his|her|its|our)\s+)?"
_OPENERS = "|".join(sorted(reference.words("events/cause_openers"), key=len, reverse=True))
_DEATHS = "|".join(sorted(reference.words("events/death_nouns"), key=len, reverse=True))
_MEMORIALS = "|".join(sorted(reference.words("events/memorial_words"), key=len, reverse=True))
#: Names that may qualify the dead before the figure: "the death of Nepal Electricity
#: Authority (NEA) employee".
_QUALIFIERS = r"(?-i:[A-Z][\w.'-]*\s+|\([A-Z][\w.-]*\)\s+){0,5}"
_CAUSE = re.compile(
    rf"\b(?:{_OPENERS})\s+(?P<death>{_DET}(?:[\w-]+\s+)?(?:{_DEATHS})\s+of\s+{_DET}"
    rf"{_QUALIFIERS})$"
    rf"|\b(?:{_MEMORIALS})(?:\s+[\w-]+){{0,2}}\s+(?P<held>(?:for|to|of|honou?ring)\s+{_DET})$",
    re.IGNORECASE,
)


def cause_span(count: Count, text: str, sentence_start: int) -> tuple[int, int] | None:
    """(start, end) of the phrase that tells the figure's deaths as a cause ("the killing
    of two farmers", without the opener, which may be the trigger of the happening), or
    None."""
    start = max(sentence_start, count.start - _LOOK_BACK)
    match = _CAUSE.search(text[start : count.start])
    if match is None:
        return None
    return start + match.start(match.lastgroup or 0), count.end
