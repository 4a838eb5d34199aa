"""The time expressions of a text: candidates found, checked and resolved, overlaps settled.

Candidates come from the model's DATE and TIME entities and from the regex
scan (:mod:`.finder`). Each is resolved against the published date, in the
tense of its clause; where hits overlap, the longest wins. A list or a range
told in words is then cut into its members (:mod:`.lists`), and times told
from another time ("the next day", "a year earlier") are resolved against
the latest time before them (:mod:`.anaphora`). A day told in words with its date in
brackets right after it ("last Sunday [25 April]") takes the date's value.

Spans: leading signal words ("on", "in", "since", "over", ...) and "the" are
left out when the value does not depend on them ("on Tuesday" -> "Tuesday",
"over the summer" -> "summer", but "the last week" and "the next few days" keep
their "the"), and so is a trailing "'s".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from . import units as u
from .anaphora import PATTERN as ANAPHOR
from .anaphora import resolve_anaphor
from .context import end_before_counted_number, is_plausible
from .finder import scan, strip_span
from .lists import members
from .normalise import normalise
from .rules import order_ends, resolve
from .tense import clause_tense, signal_tense
from .units import Resolved

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Found", "find_times"]

_KEEPS_THE = re.compile(r"(?i)(?:past|last|next|coming)\s|\d{1,2}(?:st|nd|rd|th)\b")
# "the past week", "the next few days", "the 15th" are one expression
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
    found = [(hit, e - s) for s, e in spans
             for hit in _resolve_candidate(text, doc, published, s, e)]
    # the longest first; of one span, the member of the longest candidate ("July 2" of
    # "July 2 or 3, 2019" over "July 2" alone: it has its year)
    found.sort(key=lambda f: (f[0].start - f[0].end, -f[1], f[0].start))
    taken: list[Found] = []
    for hit, _ in found:
        if all(hit.end <= t.start or hit.start >= t.end for t in taken):
            taken.append(hit)
    taken = [part for hit in sorted(taken, key=lambda h: h.start)
             for part in _split(text, doc, published, hit)]
    return _anaphora(text, _glossed(text, taken))


_GLOSS_OPEN = re.compile(r"\s*[(\[]\s*")
_GLOSS_CLOSE = re.compile(r"\s*[)\]]")
_GLOSS_DAYS = 14  # how far a day in words may lie from the date that glosses it


def _glossed(text: str, taken: list[Found]) -> list[Found]:
    """``taken`` with a day told in words and glossed by its date in brackets right after
    it ("last Sunday [25 April]", "on Tuesday (February 26th)") given the date's value: the
    writer says which day it was."""
    out = list(taken)
    for i, (hit, gloss) in enumerate(zip(taken, taken[1:], strict=False)):
        own, said = hit.resolved, gloss.resolved
        if (own.precision == said.precision == "day" and own.start_date and said.start_date
                and not re.search(r"\d", text[hit.start:hit.end])
                and re.search(r"\d", text[gloss.start:gloss.end])
                and _GLOSS_OPEN.fullmatch(text, hit.end, gloss.start)
                and _GLOSS_CLOSE.match(text, gloss.end)
                and abs((date.fromisoformat(own.start_date)
                         - date.fromisoformat(said.start_date)).days) <= _GLOSS_DAYS):
            out[i] = hit._replace(resolved=said)
    return out


def _split(text: str, doc: Doc | None, published: date | None, hit: Found) -> list[Found]:
    """The members of a coordinated hit ("Sunday and Monday"), or the hit itself."""
    parts = members(text[hit.start:hit.end])
    if parts is None:
        return [hit]
    out: list[Found] = []
    for start, end, says in parts:
        start, end = strip_span(text, hit.start + start, hit.start + end)
        tense = _tense(text, doc, start, end)
        res = resolve(says, published, tense=tense) if end > start else None
        if res is None or res.start_date is None:
            return [hit]
        prev = out[-1].resolved.start_date if out else None
        if (prev and published and res.start_date < prev and len(out) == 1
                and not re.search(r"\d{4}", says + parts[0][2])):
            # "between July and October" said in September: October follows July;
            # "between January and October" said in November: January comes first
            left, res = order_ends(out[0].resolved, res, _from(parts[0][2], "past"),
                                   _from(says, "future"), published)
            out[0] = out[0]._replace(resolved=left)
        elif prev and res.start_date and res.start_date < prev and not re.search(r"\d{4}", says):
            later = resolve(says, date.fromisoformat(prev), tense="future")
            res = later if later is not None and later.start_date else res
        out.append(Found(start, end, res))
    return out


def _from(says: str, tense: str) -> Callable[[date], Resolved | None]:
    """``says`` resolved from a given date in ``tense``."""
    return lambda d: resolve(says, d, tense=tense)


def _anaphora(text: str, taken: list[Found]) -> list[Found]:
    """``taken`` with the times told from the latest time before them, in text order."""
    out: list[Found] = []
    pending = sorted(taken, key=lambda h: h.start)
    for m in ANAPHOR.finditer(text):
        start, end = strip_span(text, *m.span())
        inside = [t for t in taken if start < t.end and t.start < end]
        if any(not (t.resolved.value.startswith("P") and start <= t.start and t.end <= end)
               for t in inside):
            continue  # a length inside it ("a year" of "a year earlier") gives way
        while pending and pending[0].start < start:
            out.append(pending.pop(0))
        ref = next((h.resolved for h in reversed(out) if h.resolved.start_date), None)
        res = resolve_anaphor(normalise(text[start:end])[0], ref)
        if res is not None:
            out.append(Found(start, end, res))
            pending = [t for t in pending if t not in inside]
            out = [t for t in out if t not in inside]
    return sorted(out + pending, key=lambda h: h.start)


def _tense(text: str, doc: Doc | None, start: int, end: int) -> str | None:
    """The tense that directs ``text[start:end]``: a forward-looking word just before it
    ("ahead of"), else its clause's."""
    return signal_tense(text, start) or (clause_tense(doc, start, end) if doc is not None
                                         else None)


def _resolve_candidate(
    text: str, doc: Doc | None, published: date | None, start: int, end: int
) -> list[Found]:
    """The candidate ``text[start:end]`` trimmed and resolved (a list's members when it is
    one only as a list: "in 1994, 1995 and 1997"), or nothing if it is no time."""
    start, end = strip_span(text, start, end)
    if start >= end or not is_plausible(text, doc, published, start, end):
        return []
    tense = _tense(text, doc, start, end)
    res = resolve(text[start:end], published, tense=tense)
    if res is not None and (cut := end_before_counted_number(text, doc, start, end)) is not None:
        end = cut  # "In May 10 people died": the 10 counts people, not days
        res = resolve(text[start:end], published, tense=tense) if end > start else None
    if res is None:
        whole = Found(start, end, u.ref("PAST"))
        parts = _split(text, doc, published, whole)
        return [] if parts == [whole] else parts
    while (m := _LEADING.match(text, start)) and m.end() < end:
        if resolve(text[m.end():end], published, tense=tense) != res or (
                m[0].lower().startswith("the") and _KEEPS_THE.match(text, m.end())):
            break
        start = m.end()
    return [Found(start, end, res)]
