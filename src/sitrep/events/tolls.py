"""Fatalities, injuries and displacement: which counts belong to which event.

The counts stage has read every figure (``article.counts``) with ACLED's
conservative value. A figure belongs to the event whose trigger shares its
sentence (the nearest one), or, in a sentence that reports no event of its
own ("At least 12 civilians were killed, the governor said"), to the event
told just before it in the same paragraph, or else just after it. Figures in
background sentences ("since the war began", a date far from the event's)
belong to no event (a sentence that names the event's own day as well as a far one
still tells the event).

A count with no value but a floor ("several": 3) adds its floor. Per event,
the figures of one sentence add up (different victims), except a
subset introduced by "including"/"among them", the rest of its list or a breakdown
in brackets (:func:`sitrep.figures.parts.more_parts`), and a repeat of the same figure
(a headline run into its lede); across sentences the smallest
total wins, because sources that disagree are resolved conservatively, and a
sentence that carries the event's trigger is preferred to one that does not; a
sentence whose dead are all of sides the chosen one does not name is added to it
(both sides' dead: :mod:`sitrep.events.victim_sides`), and so is one that tells its
dead as more victims ("A woman and four children were also killed").
A suicide attacker's own death ("a suicide bomber blew himself up") is added
once to the victims' toll, as ACLED counts it. A figure the text states as its
coding ("Unknown fatalities coded as 10") is the toll, whatever else is said, of the
event its sentence tells, else of the first event told before it in its paragraph.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..figures.coded import is_coded
from ..figures.numbers import is_vague_figure
from ..figures.parts import is_part, more_parts
from ..records import Count
from .causes import cause_span
from .dates import days_between
from .victim_sides import sides_of

__all__ = ["Toll", "assign_counts", "total", "figure", "CATEGORY_FIELDS"]

#: Event field -> count categories that feed it.
CATEGORY_FIELDS = {
    "fatalities": ("killed",),
    "injuries": ("injured",),
    "displaced": ("displaced", "evacuated"),
}
_MAX_BACK = 2  # sentences a figure may reach back to find its event
_BACKGROUND_DAYS = 31  # a figure dated further from its event belongs to another
_REPEAT_GAP = 60  # characters between two figures beyond which the same one is a repeat


@dataclass(slots=True)
class Toll:
    """What :func:`assign_counts` needs to know about one event."""

    sentences: set[int]
    anchors: list[int]  # character offsets of its triggers
    date: str | None
    counts: list[Count] = field(default_factory=list)
    #: sentences with no event of their own whose figures reach back to this event
    reached: set[int] = field(default_factory=set)


def assign_counts(counts: Sequence[Count], tolls: list[Toll], sentences: list[tuple[int, int]],
                  paragraphs: list[int], event_sentences: set[int],
                  background: dict[int, list[str]], text: str,
                  clauses: dict[int, tuple[int, int]] | None = None) -> None:
    """Append each count to the ``counts`` of the event it belongs to (in place).

    ``sentences`` are (start, end) character bounds, ``paragraphs`` the paragraph
    of each sentence, ``event_sentences`` the sentences that hold a trigger, and
    ``background`` maps a sentence to the dates it mentions when it is background
    (an empty list: background whatever the event's date). ``clauses`` maps the
    start of a count inside an "after…"/"since…" clause to that clause's span: such
    a count ("after a driver died in custody") belongs to no trigger outside it, nor
    does one told as the cause of another happening ("protested the killing of two
    students": :func:`sitrep.events.causes.cause_span`).
    """
    clauses = clauses or {}
    wanted = {c for cats in CATEGORY_FIELDS.values() for c in cats}
    _reach(tolls, len(sentences), paragraphs, event_sentences, background)
    parts = _parts(counts, sentences, text)
    for count in counts:
        if count.category not in wanted or figure(count) is None:
            continue
        s = _sentence_of(count.start, sentences)
        if s is None or (count.start, count.end) in parts:
            continue
        target = _target(count, s, tolls, paragraphs, event_sentences)
        if target is None:
            continue
        clause = clauses.get(count.start) or cause_span(count, text, sentences[s][0])
        if clause is not None and not any(clause[0] <= a < clause[1] for a in target.anchors):
            continue
        dates = background.get(s)
        if dates is not None and s not in target.sentences:
            if not dates or not _near_date(dates, target.date):
                continue
        target.counts.append(count)


def _parts(counts: Sequence[Count], sentences: list[tuple[int, int]], text: str
           ) -> set[tuple[int, int]]:
    """The (start, end) offsets of the counts that are parts of another figure."""
    marked = set()
    for count in counts:
        s = _sentence_of(count.start, sentences)
        if s is not None and is_part(count, text, sentences[s][0]):
            marked.add((count.start, count.end))
    return marked | more_parts(counts, text, marked)


def _reach(tolls: list[Toll], n: int, paragraphs: list[int], event_sentences: set[int],
           background: dict[int, list[str]]) -> None:
    """Fill each toll's ``reached``: the sentences with no event of their own whose
    figures would go to it (not background, nor dated a month away from it)."""
    owned = {x for t in tolls for x in t.sentences} | event_sentences
    for i in range(n):
        dates = background.get(i)
        if i in owned or (dates is not None and not dates):
            continue
        near = _target(None, i, tolls, paragraphs, event_sentences)
        if near is not None and (not dates or _near_date(dates, near.date)):
            near.reached.add(i)


def _near_date(dates: list[str], date: str | None) -> bool:
    """Whether a background sentence names a day within a month of the event's: "(30
    fatalities coded for Oct 10, 30 for Oct 11 …)" tells the event's own days, even
    when one of them is read a year off."""
    return any((days_between(d, date) or 0) <= _BACKGROUND_DAYS for d in dates)


def _sentence_of(offset: int, sentences: list[tuple[int, int]]) -> int | None:
    for i, (start, end) in enumerate(sentences):
        if start <= offset < end:
            return i
    return None


def _target(count: Count | None, s: int, tolls: list[Toll], paragraphs: list[int],
            event_sentences: set[int]) -> Toll | None:
    """The event a figure in sentence ``s`` belongs to. A sentence whose own mention was
    folded into the event before it ("A shot hit and killed a driver" after the fight
    that fired it) gives its figures to that event, as a sentence with no trigger does."""
    same = [t for t in tolls if s in t.sentences]
    if same and count is not None:
        return min(same, key=lambda t: min(abs(a - count.start) for a in t.anchors))
    if not same and count is not None and is_coded(count):
        # "… Unknown fatalities coded as 10.": the toll of the event the description tells
        # first in its paragraph, not of a side remark told just before the coding
        told = [t for t in tolls if any(x < s and paragraphs[x] == paragraphs[s]
                                        for x in t.sentences)]
        if told:
            return min(told, key=lambda t: min(t.sentences))
    before = [t for t in tolls
              if any(s - _MAX_BACK <= x < s and paragraphs[x] == paragraphs[s]
                     for x in t.sentences)]
    if before:
        return max(before, key=lambda t: max(x for x in t.sentences if x < s))
    after = [t for t in tolls if s + 1 in t.sentences and paragraphs[s + 1] == paragraphs[s]]
    return after[0] if after else None


def total(counts: list[Count], categories: tuple[str, ...], own_sentences: set[int],
          sentences: list[tuple[int, int]], text: str = "") -> tuple[int | None, list[Count]]:
    """(the event's figure for ``categories``, the counts it was read from); ``text``, the
    article's, tells figures of more victims ("… were also killed")."""
    by_sentence: dict[int, list[Count]] = defaultdict(list)
    seen: set[tuple[int, int]] = set()
    for c in counts:
        if c.category not in categories or (c.start, c.end) in seen:
            continue
        seen.add((c.start, c.end))
        s = _sentence_of(c.start, sentences)
        by_sentence[s if s is not None else -1].append(c)
    if not by_sentence:
        return None, []
    by_sentence = {s: _unrepeated(cs) for s, cs in by_sentence.items()}
    attackers = {s: [c for c in cs if _attacker(c)] for s, cs in by_sentence.items()}
    victims = {s: [c for c in cs if not _attacker(c)] for s, cs in by_sentence.items()}
    victims = {s: cs for s, cs in victims.items() if cs}
    used: list[Count] = []
    coded = [c for cs in victims.values() for c in cs if is_coded(c)]
    if coded:  # "Fatalities coded as 10": the description's own figure for the event
        return figure(coded[0]) or 0, coded[:1]
    if victims:
        # below a floor the event's own sentences state ("at least 12 were killed") a
        # figure tells a part of the toll ("a young woman was among them"), not all of it
        floor = max((figure(c) or 0 for s, cs in victims.items() if s in own_sentences
                     for c in cs if _floor(c)), default=0)
        credible = [s for s in victims if _sum(victims[s]) >= floor] or list(victims)
        preferred = [s for s in credible if s in own_sentences] or credible
        more = {s for s in victims if s >= 0 and _more_victims(victims[s], sentences[s], text)}
        # more victims are added to another sentence's toll, even one with no trigger
        preferred = ([s for s in preferred if s not in more]
                     or [s for s in credible if s not in more] or preferred)
        # the lowest credible figure is a number, when one is given, not "dozens" as 12
        best = min(preferred, key=lambda s: (all(is_vague_figure(c.text) for c in victims[s]),
                                             sum(figure(c) or 0 for c in victims[s]), s))
        used = list(victims[best])
        used += _other_sides(best, preferred, victims)
        used += [c for s in sorted(more - {best}) for c in victims[s] if c not in used]
    told = [s for s in attackers if attackers[s]]
    if told:  # the attacker's own death adds to the victims', once
        most = max(told, key=lambda s: (sum(figure(c) or 0 for c in attackers[s]), -s))
        used = sorted(used + attackers[most], key=lambda c: c.start)
    return sum(figure(c) or 0 for c in used), used


def _other_sides(best: int, candidates: list[int], victims: dict[int, list[Count]]
                 ) -> list[Count]:
    """The figures of other sentences whose dead are of sides the chosen one does not
    name ("A policeman was killed. Three civilians also died."): different people."""
    taken = sides_of(victims[best])
    if taken is None:
        return []
    out: list[Count] = []
    for s in sorted(candidates):
        sides = sides_of(victims[s]) if s != best else None
        if sides is not None and not sides & taken:
            out.extend(victims[s])
            taken = taken | sides
    return out


#: "also" right after a figure, at most one word between: "four children were also killed".
_ALSO = re.compile(r"\s*(?:\w+\s+)?also\b", re.IGNORECASE)


def _more_victims(counts: list[Count], bounds: tuple[int, int], text: str) -> bool:
    """Whether a sentence tells its dead as more victims: "A woman and four children were
    also killed" (not "The army also said 5 people were killed", another source, nor
    "killed one officer during an exchange and also shot a student")."""
    return bool(text) and any(_ALSO.match(text[:bounds[1]], c.end) for c in counts)


def _sum(counts: list[Count]) -> int:
    return sum(figure(c) or 0 for c in counts)


def _floor(count: Count) -> bool:
    """A figure told as a floor with a number: "at least 12", "more than 80 people" (not
    "dozens", whose floor is only ACLED's reading of a vague word)."""
    return count.low is not None and count.value is not None and count.low == count.value \
        and not is_vague_figure(count.text)


def _unrepeated(counts: list[Count]) -> list[Count]:
    """The counts of one sentence less repeats: a headline run into its lede ("One dead as
    police fire on protesters … police shot dead a man") tells the same toll twice. A
    figure of the same value whose people are the same, or unnamed on either side, is
    a repeat, unless the two stand close ("the chairman and the chief were killed");
"two soldiers and two civilians" are no repeat either."""
    kept: list[Count] = []
    for c in counts:
        if not any(figure(k) == figure(c) and c.start - k.end > _REPEAT_GAP and (
                k.subject == c.subject or not k.subject or not c.subject) for k in kept):
            kept.append(c)
    return kept


def _attacker(count: Count) -> bool:
    """A suicide attacker's own death ("a suicide bomber"): ACLED adds it to the toll."""
    subject = count.subject or ""
    return "suicide" in subject and count.category == "killed"


def figure(count: Count) -> int | None:
    """The number a count adds to an event: its value, else its floor.

    "Several soldiers were killed" has no value but a floor of 3, which is
    also ACLED's figure for deaths in a limited attack when none is given.
    """
    return count.value if count.value is not None else count.low


def counts_by_sentence(counts: Sequence[Any], sentences: list[tuple[int, int]]
                       ) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = defaultdict(list)
    for c in counts:
        s = _sentence_of(c.start, sentences)
        if s is not None:
            out[s].append(c)
    return out
