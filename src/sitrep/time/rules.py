"""The rules that turn a normalised expression into a value (see the package docstring)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import date, timedelta

from . import lexicon as lx
from . import units as u
from .durations import anchored_duration, duration
from .lexicon import vocabulary
from .months import direction, holiday, month_forms, ordinal_day
from .normalise import normalise
from .periods import fiscal_forms, quarter_forms, season_forms, year_forms
from .published import parse_published
from .units import Resolved

__all__ = ["resolve", "order_ends"]

Tense = str  # "past" | "present" | "future"
_SINCE = re.compile(r"\s*(?:ever\s+)?since\b", re.IGNORECASE)
_FORWARD = re.compile(r"\b(?:next|coming|tomorrow|from now)\b")
#: How far ahead of publication a day told in the past may lie and still be this year's:
#: two days (a report filed across time zones, or as the days it lists still run: "clashes
#: on Oct 10, Oct 11 and Oct. 12" filed on the 10th), one after "since".
_PAST_AHEAD = {False: timedelta(days=2), True: timedelta(days=1)}
_HALF = re.compile(r"(?i)\s*(?:\w+\s+)?(?:the\s+)?(first|1st|second|2nd|latter)\s+half\s+of\s")


def resolve(
    text: str, published: date | str | None = None, *, tense: Tense | None = None
) -> Resolved | None:
    """Resolve ``text`` against ``published``; ``None`` when it is not a point or period.

    ``tense`` is the clause's tense ("past", "present" or "future"); it only
    decides the direction of bare weekdays, months, seasons and dates without a
    year. None means past, the usual case in news.
    """
    p = parse_published(published)
    s, night, modded = normalise(text)
    if not s or "\x00" in s:  # a lower-case "may"/"march" is not a month
        return None
    res = _resolve_core(s, p, tense, modded) or _resolve_range(s, p, tense)
    if (p is not None and res is not None and res.start_date and _calendar().search(s)
            and not _FORWARD.search(s) and (tense == "past" or _SINCE.match(text))
            and date.fromisoformat(res.start_date) > p + _PAST_AHEAD[bool(_SINCE.match(text))]):
        # a plainly past date ("has struck since Oct. 7") is not weeks ahead: a year back
        early = p - timedelta(days=29)
        res = _resolve_core(s, early, "past", modded) or _resolve_range(s, early, "past") or res
    if (res is not None and res.precision == "year" and res.start_date and modded
            and (half := _HALF.match(text))):  # "the second half of 1989": 1989-H2
        res = u.half(int(res.start_date[:4]), 1 if half[1].lower() in ("first", "1st") else 2)
    if res is not None and res.precision == "day" and not night and res.value[:1].isdigit():
        res = _with_day_part(text, res)  # "Tuesday morning": 2024-08-06TMO
    if night and res and res.start_date and res.end_date and res.start_date != res.end_date:
        last = date.fromisoformat(res.end_date)  # "the night of 5-6 August": the 6th
        if (last - date.fromisoformat(res.start_date)).days == 1:
            return u.day(last)
    return res


def _with_day_part(text: str, res: Resolved) -> Resolved:
    """``res`` with the TIMEX3 code of a part of the day the text names ("this morning",
    "last night", "Tuesday evening"); a night told as a span ("the night of 5-6 August")
    is not passed here."""
    parts = vocabulary().day_parts
    m = re.search(rf"(?i)\b({'|'.join(parts)})\b", text)
    return res._replace(value=f"{res.value}T{parts[m[1].lower()]}") if m else res


@functools.cache
def _calendar() -> re.Pattern[str]:
    """A calendar date or month without a year ("Oct. 7", "at Christmas")."""
    months = vocabulary().month_group[1:-1]
    return re.compile(rf"^(?!.*\d{{4}}).*\b(?:{months}|christmas|new year)\b")


def _resolve_core(s: str, p: date | None, tense: str | None, modded: bool) -> Resolved | None:
    res = _resolve_rules(s, p, tense, modded)
    if res is None and (m := lx.TAIL.search(s)) and s[: m.start()] not in ("this", "last", "the"):
        res = _resolve_rules(s[: m.start()], p, tense, modded)  # "Tuesday morning"
    return res


def _resolve_rules(s: str, p: date | None, tense: str | None, modded: bool) -> Resolved | None:
    for rule in (_lengths, _refs, _numeric, _deictic, _ago, _relative_unit, _weekend, _weekday,
                 month_forms, ordinal_day, quarter_forms, fiscal_forms, season_forms, year_forms,
                 holiday):
        res = rule(s, p, tense)
        if res is not None:
            return res
    if modded and (m := re.fullmatch(r"the (week|month|year)", s)):
        return _relative_unit(f"this {m[1]}", p, tense)
    return None if modded else duration(s)


def _resolve_range(s: str, p: date | None, tense: str | None) -> Resolved | None:
    """Two resolvable ends joined by "-", "to", "and"...: "Monday to Wednesday"."""
    for sep in re.finditer(lx.SEP, s):
        left, right = s[: sep.start()], s[sep.end():]
        if not left or not right:
            continue
        b = _resolve_core(normalise(right, lowered=True)[0], p, tense, False)
        a = _resolve_core(normalise(left, lowered=True)[0], p, tense, False)
        if a is None or b is None or a.start_date is None or b.end_date is None:
            continue
        year = re.search(r"\b(\d{4})$", right)
        first, last = a.start_date, b.end_date
        if year and not re.search(r"\d{4}", left):  # "March-May 2005": March 2005,
            for y in (int(year[1]), int(year[1]) - 1):  # "December-February 2005": 2004
                same = _resolve_core(normalise(f"{left} {y}", lowered=True)[0], p, tense, False)
                if same is not None and same.start_date and same.start_date <= last:
                    a = same
                    break
        elif first > last and not year and p is not None:  # "Friday to Monday", "January to
            a, b = order_ends(  # October": forward from the left end or back from the right one
                a, b, _from(left, "past"), _from(right, "future"), p)
        start, end = a.start_date, b.end_date
        if start is None or end is None or start > end:
            continue
        return u.containing(date.fromisoformat(start), date.fromisoformat(end))
    return None


def _from(s: str, tense: str) -> Callable[[date], Resolved | None]:
    """``s`` resolved from a given date in ``tense``."""
    return lambda d: _resolve_core(normalise(s, lowered=True)[0], d, tense, False)


def order_ends(a: Resolved, b: Resolved, left_before: Callable[[date], Resolved | None],
               right_after: Callable[[date], Resolved | None], p: date
               ) -> tuple[Resolved, Resolved]:
    """The ends of a range whose right end ``b`` came out before its left end ``a``.

    Either the right end moves forward to the first one after ``a`` ("Friday to
    Monday" said on Sunday: the coming Monday) or the left end back to the latest
    one before ``b`` ("between January and October" said in November: this
    January); of the two, the range with an end nearest to ``p``, the earlier on a tie.
    """
    options = []
    if a.start_date and (later := right_after(date.fromisoformat(a.start_date))) is not None:
        options.append((a, later))
    if b.start_date and (earlier := left_before(date.fromisoformat(b.start_date))) is not None:
        options.append((earlier, b))
    options = [(x, y) for x, y in options if x.start_date and y.end_date
               and x.start_date <= y.end_date]
    if not options:
        return a, b
    return min(options, key=lambda o: (_gap(o[0], p, o[1]), o[0].start_date or ""))


def _gap(a: Resolved, p: date, b: Resolved) -> int:
    """Days from ``p`` to the range from ``a`` to ``b`` (0 when it holds ``p``)."""
    first = date.fromisoformat(a.start_date or "")
    last = date.fromisoformat(b.end_date or "")
    return max((first - p).days, (p - last).days, 0)


def _lengths(s: str, p: date | None, tense: str | None) -> Resolved | None:
    return anchored_duration(s)  # "the past three months": P3M


def _refs(s: str, p: date | None, tense: str | None) -> Resolved | None:
    if s in vocabulary().present:
        return u.ref("PRESENT")
    if lx.PAST_RE.fullmatch(s):
        return u.ref("PAST")
    if lx.FUTURE_RE.fullmatch(s):
        return u.ref("FUTURE")
    return None


def _numeric(s: str, p: date | None, tense: str | None) -> Resolved | None:
    if m := re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", s):
        d = u.safe_date(int(m[1]), int(m[2]), int(m[3]))
        return u.day(d) if d else None
    if m := re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", s):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        day, month = (b, a) if b > 12 else (a, b)  # day first unless impossible
        d = u.safe_date(y, month, day)
        return u.day(d) if d else None
    if m := re.fullmatch(r"(\d{4})-(\d{2})", s):
        y, tail = int(m[1]), int(m[2])
        if 1 <= tail <= 12 and tail != (y + 1) % 100:
            return u.month(y, tail)
    return None


def _deictic(s: str, p: date | None, tense: str | None) -> Resolved | None:
    offset = vocabulary().deictic.get(s)
    if offset is None:
        return None
    if p is None:
        return u.ref("PRESENT" if offset == 0 else "PAST" if offset < 0 else "FUTURE")
    return u.day(p + timedelta(days=offset))


def _ago(s: str, p: date | None, tense: str | None) -> Resolved | None:
    m = re.fullmatch(r"(\d+|[a-z]+(?: couple of)?|couple of) (hour|day|week|month|year|decade)s?"
                     r"'? (ago|from now|time)", s)  # "in two weeks' time" is from now
    numbers = vocabulary().numbers
    if not m or (m[1] not in numbers and not m[1].isdecimal()):
        return None
    n = int(m[1]) if m[1].isdecimal() else numbers[m[1]]
    sign = -1 if m[3] == "ago" else 1
    if p is None:
        return u.ref("PAST" if sign < 0 else "FUTURE")
    unit = m[2]
    if unit == "hour":
        return u.day(p) if n < 24 else None
    if unit == "day":
        return u.day(p + timedelta(days=sign * n))
    if unit == "week":
        return u.week(p + timedelta(days=sign * 7 * n))
    if unit == "month":
        total = p.year * 12 + p.month - 1 + sign * n
        return u.month(total // 12, total % 12 + 1)
    if unit == "decade":  # "two decades ago": the decade, as that is the grain it tells
        return u.decade(p.year // 10 + sign * n)
    return u.year(p.year + sign * n)


def _relative_unit(s: str, p: date | None, tense: str | None) -> Resolved | None:
    """ "last week", "this month", "next year", "last quarter", "the year before last"."""
    m = re.fullmatch(r"(?:the )?(?:(this|last|next|current|past) "
                     r"(week|weekend|month|year|quarter)|(week|year) before last)", s)
    if not m:
        return None
    rel, unit = (m[1], m[2]) if m[1] else ("before last", m[3])
    if s.startswith("the ") and rel == "next":
        return None  # "the next year" is told from another time (:mod:`.anaphora`)
    # "the current year" is this one; "the past week", "the last month" the one before
    # (TimeML dates them so)
    rel = {"current": "this", "past": "last"}.get(rel, rel)
    if p is None:
        return u.ref(direction("last" if rel == "before last" else rel, tense))
    step = {"this": 0, "last": -1, "next": 1, "before last": -2}[rel]
    if unit == "week":
        return u.week(p + timedelta(days=7 * step))
    if unit == "weekend":
        return _weekend_rel(p, rel, tense)
    if unit == "month":
        total = p.year * 12 + p.month - 1 + step
        return u.month(total // 12, total % 12 + 1)
    if unit == "quarter":
        total = p.year * 4 + (p.month - 1) // 3 + step
        return u.quarter(total // 4, total % 4 + 1)
    return u.year(p.year + step)


def _weekend_rel(p: date, rel: str | None, tense: str | None) -> Resolved:
    """Past: the latest weekend begun by ``p``; future/"next": the first not yet over."""
    last_sat = p - timedelta(days=(p.weekday() - 5) % 7)
    if rel == "last" and p.weekday() >= 5:
        return u.weekend(last_sat - timedelta(days=7))
    if rel == "next" or (rel in (None, "this") and tense == "future"):
        return u.weekend(last_sat + timedelta(days=7) if p.weekday() < 5 or rel == "next"
                        else last_sat)
    return u.weekend(last_sat)


def _weekend(s: str, p: date | None, tense: str | None) -> Resolved | None:
    m = re.fullmatch(r"(?:(the|this|last|next) )?weekend", s)
    if not m:
        return None
    rel = None if m[1] in (None, "the") else m[1]
    return u.ref(direction(rel, tense)) if p is None else _weekend_rel(p, rel, tense)


def _weekday(s: str, p: date | None, tense: str | None) -> Resolved | None:
    """Past: the latest such day on or before ``p``; future or "next": the first on or after."""
    words = vocabulary()
    wd_re = words.weekday_group
    m = re.fullmatch(rf"(?:{lx.REL} )?{wd_re}(?: (?:of )?(this|last|next) week)?", s)
    if not m:
        return None
    rel, wd, week = m[1], words.weekdays[m[2]], m[3]
    if p is None:
        return u.ref(direction(week or rel, tense))
    if week:  # "Tuesday of last week"
        monday = p - timedelta(days=p.weekday() - 7 * {"this": 0, "last": -1, "next": 1}[week])
        return u.day(monday + timedelta(days=wd))
    ahead = (wd - p.weekday()) % 7
    if rel is None and tense == "present" and ahead <= 2:
        return u.day(p + timedelta(days=ahead))  # "the trial opens on Wednesday": the nearest
    if rel in ("next", "coming") or (rel in (None, "this") and tense == "future"):
        return u.day(p + timedelta(days=ahead or (7 if rel == "next" else 0)))
    back = (p.weekday() - wd) % 7
    return u.day(p - timedelta(days=back or (7 if rel in ("last", "past", "previous") else 0)))


