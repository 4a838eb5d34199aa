"""Claimants from quotes: whoever's attributed clause a span lies in.

The counts stage finds most claimants from the figure's own sentence. A
figure can also sit in an attribution the sentence parse does not show: the
second sentence of a quote (``"…," he said. "Twelve died."``) or a long
reported clause. :func:`lend_claimants` gives such a count the speaker of the
direct quote, or of the quote reported by a verb of saying or "according to",
whose content holds it, and gives a count whose claimant is a pronoun
("he said 12 died") the name the quote resolved it to; the claimant's
``start``/``end`` stay on the mention, as a quote's speaker offsets do.

    >>> claimant_at(quotes, 120, 128)  # doctest: +SKIP
    Claimant(name='Volodymyr Zelensky', start=96, end=98)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..records import Claimant, Count, Quote

__all__ = ["claimant_at", "lend_claimants"]

#: Cues of reported speech that vouch for every figure in their content; stance,
#: belief and noun cues ("blamed", "wants", "allegations of") do not.
_REPORTING = frozenset({"according to", "said", "says", "told", "reported", "added",
                        "announced", "stated", "confirmed", "quoted as saying"})


def claimant_at(quotes: Sequence[Quote], start: int, end: int) -> Claimant | None:
    """The speaker of the narrowest quote whose content holds ``start:end``, or None."""
    holding = [q for q in quotes if q.content_start <= start and end <= q.content_end
               and (q.direct or q.cue in _REPORTING) and q.speaker is not None
               and q.speaker_start is not None and q.speaker_end is not None]
    if not holding:
        return None
    best = min(holding, key=lambda q: (q.content_end - q.content_start, q.content_start))
    assert best.speaker is not None and best.speaker_start is not None
    assert best.speaker_end is not None
    return Claimant(best.speaker, best.speaker_start, best.speaker_end)


def lend_claimants(counts: list[Count], quotes: Sequence[Quote]) -> int:
    """Fill or name the claimants of ``counts`` from ``quotes``; the number changed."""
    names = {(q.speaker_start, q.speaker_end): q.speaker for q in quotes
             if q.speaker is not None and q.speaker_start is not None}
    changed = 0
    for i, count in enumerate(counts):
        claimant = count.claimant
        if claimant is None:
            found = claimant_at(quotes, count.start, count.end)
            if found is not None:
                counts[i] = replace(count, claimant=found)
                changed += 1
        elif (name := names.get((claimant.start, claimant.end))) and name != claimant.name:
            counts[i] = replace(count, claimant=replace(claimant, name=name))
            changed += 1
    return changed
