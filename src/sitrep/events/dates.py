"""When an event happened: the time expression nearest its trigger, and ACLED's precision.

The times stage has already resolved every expression against the published
date (``article.times``). Here the one closest to the trigger in the
dependency tree is chosen. A date after publication is ignored, and so is
one that dates a statement ("the ministry said on Sunday"), and so is a
publication stamp: a dated line of its own ("December 15, 2022", "Published:
18 Jun 2021 05:02 PM") that a scraped page runs into its headline. A night told
against the published day ("overnight") yields to a date the same sentence
spells out ("On 1 December, overnight, …"). A trigger
whose nearest time is vaguer than a season ("last year", "in recent years",
"recently"), or a week or month counted back from the telling with no day or
month named ("last week", "a month ago"), is background, not an event to code.
For a week or season ACLED codes the span's first day, with time_precision 2 or 3,
but a month its 15th (the middle of the month, as most of ACLED's month-precise
rows are dated; never after the publication day).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .. import reference
from ..records import TimeExpr
from ..speech.cues import TELLING
from .locate import tree_distance

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["choose_time", "time_precision", "is_vague", "is_stamp", "VAGUE", "days_between"]

VAGUE = "vague"
_MAX_SPAN_DAYS = 92
_VAGUE_PRECISIONS = frozenset({"year", "decade"})
#: A weekday, a relative day, a month (its first three letters start the word) or a digit.
_DAY_WORDS = re.compile(
    r"\b(?:" + "|".join(reference.ordered_words("common/weekdays")) + r")"
    r"|\b(?:yesterday|today|tonight|overnight)\b"
    r"|\b(?:" + "|".join(dict.fromkeys(m[:3] for m in reference.mapping("common/months")["months"]))
    + r")[a-z]*\b|\d", re.IGNORECASE)
_VAGUE_REACH = 3  # a vague time this close to the trigger makes it background
#: Periods counted back from the telling ("last week", "a month ago", "earlier this month").
_PAST_PERIODS = frozenset({"week", "month", "quarter", "season"})
_COUNTED_BACK = re.compile(r"\b(?:last|ago|earlier|previous|past)\b", re.IGNORECASE)
#: Words that may label a publication stamp on its line ("Updated:", "Published on").
_STAMP_LABELS = reference.words("time/stamp_labels")
_NIGHT = re.compile(r"(?:(?:early|late)\s+)?(?:overnight|last\s+night)", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_CLOCK_WORDS = frozenset({"am", "pm", "a", "p", "m", "hrs", "h"})
_WORD = re.compile(r"[^\W\d_]+")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _span_days(t: TimeExpr) -> int | None:
    if not t.start_date or not t.end_date:
        return None
    try:
        return (dt.date.fromisoformat(t.end_date) - dt.date.fromisoformat(t.start_date)).days
    except ValueError:
        return None


def days_between(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    try:
        return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def is_vague(t: TimeExpr) -> bool:
    """Too vague to date an event: "recently", "in recent years", "last year", "last week".

    A day the times stage could not place ("on Saturday" with no published
    date) is unknown, not vague; "now" is the report's own day.
    """
    if t.value == "PRESENT_REF":
        return False  # "now", "currently": happening as the report is written
    if t.value.endswith("_REF"):
        return not _DAY_WORDS.search(t.text)
    if t.precision in _VAGUE_PRECISIONS:
        return True
    if t.precision in _PAST_PERIODS and _COUNTED_BACK.search(t.text) \
            and not _DAY_WORDS.search(t.text):
        return True  # "last week": a past event told without a day, place or month of its own
    days = _span_days(t)
    return days is not None and days > _MAX_SPAN_DAYS


def choose_time(trigger: Token, sent: Span, times: list[TimeExpr], published: str | None
                ) -> TimeExpr | str | None:
    """The time of the event at ``trigger``: a TimeExpr, :data:`VAGUE`, or None if none is said."""
    doc = sent.doc
    ranked: list[tuple[int, int, TimeExpr, Token]] = []
    for t in times:
        if t.start < sent.start_char or t.end > sent.end_char:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if t.start_date and published and t.start_date > published:
            continue  # "on Wednesday" ahead of a meeting: not when the event happened
        if is_stamp(t, doc.text):
            continue  # "Published: 18 Jun 2021": when the page was, not the event
        if _dates_the_telling(span.root, trigger):
            continue  # "…, the ministry said on Sunday": when it was said, not done
        ranked.append((tree_distance(trigger, span.root), abs(t.start - trigger.idx), t, span.root))
    ranked.sort(key=lambda r: r[:2])
    root = sent.root
    vague = [(dist, t) for dist, _, t, time_root in ranked if is_vague(t) and (
        dist <= _VAGUE_REACH or tree_distance(root, time_root) <= 3)]
    usable = next(((dist, t) for dist, _, t, _ in ranked if not is_vague(t) and t.start_date),
                  None)
    if usable is not None and _NIGHT.fullmatch(usable[1].text.strip()):
        # "On 1 December, overnight, militants attacked": the night of the day named
        usable = next(((dist, t) for dist, _, t, _ in ranked if not is_vague(t)
                       and t.start_date and _DIGIT.search(t.text)), usable)
    if usable is not None and (not vague or usable[0] <= vague[0][0]):
        return _acled_day(usable[1], published)
    if vague:
        return VAGUE
    return None


def is_stamp(t: TimeExpr, text: str) -> bool:
    """A publication stamp: a day with its year, alone on its line but for stamp labels
    before it ("Updated:", after a "|" of a byline) and clock words after it."""
    if not _YEAR.search(t.text):
        return False
    line_start = text.rfind("\n", 0, t.start) + 1
    line_end = text.find("\n", t.end)
    before = text[line_start:t.start].rsplit("|", 1)[-1]
    after = text[t.end : line_end if line_end >= 0 else len(text)].split("|", 1)[0]
    if any(w.lower() not in _STAMP_LABELS for w in _WORD.findall(before)):
        return False
    return not any(w.islower() and w not in _STAMP_LABELS and w not in _CLOCK_WORDS
                   for w in _WORD.findall(after))


def _acled_day(t: TimeExpr, published: str | None = None) -> TimeExpr:
    """The time as ACLED dates it: a month ("in April") on its 15th, or on the
    publication day when that comes earlier ("this month"); anything else as is."""
    if t.precision != "month" or not t.start_date or not t.start_date.endswith("-01"):
        return t
    middle = t.start_date[:8] + "15"
    if published and published[:7] == middle[:7]:
        middle = min(middle, published[:10])
    return replace(t, start_date=middle)


def _dates_the_telling(time_root: Token, trigger: Token) -> bool:
    """True when the time's nearest verb is a verb of telling other than the trigger.

    "12 were killed in the fighting, the ministry said on Sunday" dates the
    statement. The event then takes the previous event's day or, failing
    that, the published date (marked as derived), never the day it was told.
    """
    head = time_root.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head.lemma_ in TELLING and head.i != trigger.i



def time_precision(t: TimeExpr) -> int:
    """ACLED time_precision: 1 a day, 2 a week or a few days, 3 a month or vaguer."""
    if t.precision == "day":
        return 1
    if t.precision == "week":
        return 2
    if t.precision in ("month", "quarter", "season", "year", "decade"):
        return 3
    days = _span_days(t)
    if days is None or days <= 0:
        return 1
    return 2 if days <= 7 else 3
