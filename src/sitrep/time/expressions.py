"""The time expressions of a text: candidates found, checked and resolved, overlaps settled.

Candidates come from the model's DATE and TIME entities and from the regex
scan (:mod:`.finder`). Each is resolved against the published date, in the
tense of its clause; where hits overlap, the longest wins.

Spans: leading signal words ("on", "in", "since", "over", ...) and "the" are
left out when the value does not depend on them ("on Tuesday" -> "Tuesday",
"over the summer" -> "summer", but "the last week" keeps its "the"), and so
is a trailing "'s".
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from .context import end_before_counted_number, is_plausible
from .finder import scan, strip_span
from .rules import resolve
from .tense import clause_tense
from .units import Resolved

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Found", "find_times"]

_LEADING = re.compile(r"(?i)(?:on|in|at|since|during|over|by|until|till|from|before|after|"
                      r"through|throughout|between|around|about|as\s+of|of|for|within|the)\s+")


class Found(NamedTuple):
    """A resolved expression at ``text[start:end]``."""

    start: int
    end: int
    resolved: Resolved


def find_times(text: str, doc: Doc | None, published: date | None) -> list[Found]:
    """The time expressions of ``text`` (parsed as ``doc``, if given), in text order."""
    spans = scan(text)
    if doc is not None:
        spans.update((e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME"))
    found = [hit for s, e in spans if (hit := _resolve_candidate(text, doc, published, s, e))]
    found.sort(key=lambda h: (h.start - h.end, h.start))
    taken: list[Found] = []
    for hit in found:
        if all(hit.end <= t.start or hit.start >= t.end for t in taken):
            taken.append(hit)
    return sorted(taken, key=lambda h: h.start)


def _resolve_candidate(
    text: str, doc: Doc | None, published: date | None, start: int, end: int
) -> Found | None:
    """The candidate ``text[start:end]`` trimmed and resolved, or None if it is no time."""
    start, end = strip_span(text, start, end)
    if start >= end or not is_plausible(text, doc, published, start, end):
        return None
    tense = clause_tense(doc, start, end) if doc is not None else None
    res = resolve(text[start:end], published, tense=tense)
    if res is not None and (cut := end_before_counted_number(text, doc, start, end)) is not None:
        end = cut  # "In May 10 people died": the 10 counts people, not days
        res = resolve(text[start:end], published, tense=tense) if end > start else None
    if res is None:
        return None
    while (m := _LEADING.match(text, start)) and m.end() < end:
        if resolve(text[m.end():end], published, tense=tense) != res:
            break
        start = m.end()
    return Found(start, end, res)
