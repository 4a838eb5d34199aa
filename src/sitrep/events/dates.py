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
An event its own sentence does not date, with no dated event before it, takes the
first day the next few sentences spell out for it ("Gunmen razed three villages …
The attack came on Sunday": a sentence that tells the event again by its word or
by "the attack", "the incident"), when that day is no later than publication, at
most three days before it and no "since …" (:func:`day_told_after`), before the
published date.
A description that opens with its date as a sentence of its own, run into the text
("22 June. Militias attacked Faru on June 17 and Bachiri on June 22."; "26 May (or
around). At the weekend …"), or as its first words before a comma ("On 9 November
2019, in Rathedaung, a man who went missing on November 1 was killed"), as ACLED's
notes do, is coded on that date: it dates its events (with the opening day before a
comma, only the first event: :func:`opening_date`) over any other day they tell
within two weeks of it (:func:`coder_date`).
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
from ..nlp.model import doc_text
from ..records import TimeExpr
from ..speech.cues import TELLING
from .locate import tree_distance

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["choose_time", "time_precision", "is_vague", "is_stamp", "VAGUE", "days_between",
           "day_told_after", "coder_date", "opening_date", "overrides"]

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
#: A blank line: what lies beyond it is another paragraph, whatever the parser joined.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
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
        if is_stamp(t, doc_text(doc)):
            continue  # "Published: 18 Jun 2021": when the page was, not the event
        if _dates_the_telling(span.root, trigger):
            continue  # "…, the ministry said on Sunday": when it was said, not done
        if _BLANK_LINE.search(doc_text(doc), min(t.start, trigger.idx),
                              max(t.end, trigger.idx)):
            continue  # a headline and the caption under it parsed as one sentence
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


_AHEAD = 3  # sentences after an undated event searched for its day
_RECENT_DAYS = 3  # how many days before publication a day told later may lie


def day_told_after(trigger: Token, sents: list[Span], sent_i: int, times: list[TimeExpr],
                   published: str | None) -> TimeExpr | None:
    """The first day told in the ``_AHEAD`` sentences after ``sent_i`` that may date the
    undated event at ``trigger``: a day (not a week, a month or a vague time) at most
    three days before ``published``, neither a publication stamp nor the day of a statement
    ("…, the army said on Thursday"). None when there is no published date."""
    if not published or sent_i + 1 >= len(sents):
        return None
    first, last = sents[sent_i + 1], sents[min(sent_i + _AHEAD, len(sents) - 1)]
    doc = first.doc
    for t in sorted(times, key=lambda x: x.start):
        if t.start < first.start_char or t.end > last.end_char:
            continue
        if t.precision != "day" or not t.start_date or is_vague(t):
            continue
        if t.start_date > published or (days_between(t.start_date, published) or 0) > \
                _RECENT_DAYS:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or len(span) == 0 or is_stamp(t, doc.text):
            continue
        if _dates_the_telling(span.root, trigger) or _since(span.root):
            continue
        if _tells_the_event(span.sent, trigger):
            return t
    return None


#: Nouns that, with "the"/"this", point back at an event: "the attack", "the incident".
_ANAPHORS = reference.words("events/event_anaphors")
_ANAPHORIC_DETS = reference.words("events/anaphoric_dets")


def _tells_the_event(sent: Span, trigger: Token) -> bool:
    """Whether ``sent`` tells the event at ``trigger`` again: by the trigger's own word
    ("signed a peace agreement on Wednesday") or a noun pointing back ("The incident
    took place on Friday"), not by another happening of the same day."""
    lemma = trigger.lemma_.lower()
    for tok in sent:
        if tok.lemma_.lower() == lemma:
            return True
        if tok.lemma_.lower() in _ANAPHORS and any(
                c.dep_ == "det" and c.lower_ in _ANAPHORIC_DETS for c in tok.children):
            return True
    return False


def _since(time_root: Token) -> bool:
    """A day in a "since …" clause: when a run of events began, not one event."""
    return any(t.lower_ == "since" for t in time_root.ancestors) or any(
        t.lower_ == "since" for t in time_root.head.children) or time_root.head.lower_ == "since"


#: What may stand beside the date in a description's opening sentence: "(or around)".
_OPENER_WORDS = frozenset({"on", "or", "around", "about"})
_CODER_REACH = 14  # days from the opening date within which it overrides an event's own


#: How a description's opening date may be introduced: "On 9 November 2019, in …".
_OPENING = re.compile(r"\s*(?:(?:on|around|about)\s+|(?:on\s+)?or\s+(?:around|about)\s+)?$",
                      re.IGNORECASE)
_OPENING_END = re.compile(r"\s*(?:\((?:as\s+reported|or\s+around)\)\s*)?,")


def coder_date(sents: list[Span], times: list[TimeExpr]) -> TimeExpr | None:
    """The date a description opens with as a sentence of its own, followed by its text
    on the same line ("03 November 2019. Cult militias clashed …"), or None. A date on
    a line of its own is a page's stamp or dateline, not this."""
    if len(sents) < 2:
        return None
    first = sents[0]
    text = first.doc.text
    inside = [t for t in times if first.start_char <= t.start and t.end <= first.end_char]
    if len(inside) != 1 or inside[0].precision != "day" or not inside[0].start_date:
        return None
    t = inside[0]
    rest = text[first.start_char : t.start] + " " + text[t.end : first.end_char]
    if any(w.lower() not in _OPENER_WORDS for w in _WORD.findall(rest)):
        return None
    if not first.text.rstrip().endswith(".") or "\n" in text[t.end : sents[1].start_char]:
        return None
    return t


def opening_date(sents: list[Span], times: list[TimeExpr]) -> TimeExpr | None:
    """The day a description opens with before a comma ("On 9 November 2019, in
    Rathedaung, a man …"; "Around 9 January 2022 (as reported), …"), written with a
    digit, or None. It dates the description's first event only: later events keep the
    days the text gives them ("… to protest the death of a man shot on 7 February")."""
    if not sents:
        return None
    text = sents[0].doc.text
    first = min((t for t in times if t.end <= sents[0].end_char), key=lambda t: t.start,
                default=None)
    if first is None or first.precision != "day" or not first.start_date \
            or not _DIGIT.search(first.text) or not _OPENING.fullmatch(text[: first.start]):
        return None
    return first if _OPENING_END.match(text, first.end) else None


def overrides(opener: TimeExpr, own: TimeExpr) -> bool:
    """Whether a description's opening date replaces an event's own day, two weeks apart
    at most ("between 1 and 6 November" under "03 November 2019.")."""
    return (days_between(opener.start_date, own.start_date) or 0) <= _CODER_REACH


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
