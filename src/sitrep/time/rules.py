"""The rules that turn a normalised expression into a value (see the package docstring)."""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta

from . import lexicon as lx
from . import units as u
from .lexicon import vocabulary
from .normalise import normalise
from .published import parse_published
from .units import Resolved

__all__ = ["resolve"]

Tense = str  # "past" | "present" | "future"
_SINCE = re.compile(r"\s*(?:ever\s+)?since\b", re.IGNORECASE)
_FORWARD = re.compile(r"\b(?:next|coming|tomorrow|from now)\b")


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
    future = tense == "future"
    res = _resolve_core(s, p, future, modded) or _resolve_range(s, p, future)
    if (p is not None and res is not None and res.start_date and _calendar().search(s)
            and not _FORWARD.search(s) and (tense == "past" or _SINCE.match(text))
            and date.fromisoformat(res.start_date) > p + timedelta(days=1)):
        # a plainly past date ("has struck since Oct. 7") is not weeks ahead: a year back
        early = p - timedelta(days=29)
        res = _resolve_core(s, early, False, modded) or _resolve_range(s, early, False) or res
    if night and res and res.start_date and res.end_date and res.start_date != res.end_date:
        last = date.fromisoformat(res.end_date)  # "the night of 5-6 August": the 6th
        if (last - date.fromisoformat(res.start_date)).days == 1:
            return u.day(last)
    return res


@functools.cache
def _calendar() -> re.Pattern[str]:
    """A calendar date or month without a year ("Oct. 7", "at Christmas")."""
    months = vocabulary().month_group[1:-1]
    return re.compile(rf"^(?!.*\d{{4}}).*\b(?:{months}|christmas|new year)\b")


def _resolve_core(s: str, p: date | None, future: bool, modded: bool) -> Resolved | None:
    res = _resolve_rules(s, p, future, modded)
    if res is None and (m := lx.TAIL.search(s)) and s[: m.start()] not in ("this", "last", "the"):
        res = _resolve_rules(s[: m.start()], p, future, modded)  # "Tuesday morning"
    return res


def _resolve_rules(s: str, p: date | None, future: bool, modded: bool) -> Resolved | None:
    for rule in (_refs, _numeric, _deictic, _ago, _relative_unit, _weekend, _weekday, _month_forms,
                 _quarter_forms, _season_forms, _year_forms, _holiday):
        res = rule(s, p, future)
        if res is not None:
            return res
    if modded and (m := re.fullmatch(r"the (week|month|year)", s)):
        return _relative_unit(f"this {m[1]}", p, future)
    return None


def _resolve_range(s: str, p: date | None, future: bool) -> Resolved | None:
    """Two resolvable ends joined by "-", "to", "and"...: "Monday to Wednesday"."""
    for sep in re.finditer(lx.SEP, s):
        left, right = s[: sep.start()], s[sep.end():]
        if not left or not right:
            continue
        b = _resolve_core(normalise(right)[0], p, future, False)
        a = _resolve_core(normalise(left)[0], p, future, False)
        if a is None or b is None or a.start_date is None or b.end_date is None:
            continue
        year = re.search(r"\b(\d{4})$", right)
        first, last = a.start_date, b.end_date
        if first > last and year and not re.search(r"\d{4}", left):
            a = _resolve_core(normalise(f"{left} {year[1]}")[0], p, future, False) or a
        elif first > last and not year:  # "July to September" said in August:
            b = _resolve_core(  # the right end is the first such after the left one
                normalise(right)[0], date.fromisoformat(first), True, False) or b
        start, end = a.start_date, b.end_date
        if start is None or end is None or start > end:
            continue
        return u.containing(date.fromisoformat(start), date.fromisoformat(end))
    return None


def _refs(s: str, p: date | None, future: bool) -> Resolved | None:
    if s in vocabulary().present:
        return u.ref("PRESENT")
    if lx.PAST_RE.fullmatch(s):
        return u.ref("PAST")
    if lx.FUTURE_RE.fullmatch(s):
        return u.ref("FUTURE")
    return None


def _numeric(s: str, p: date | None, future: bool) -> Resolved | None:
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


def _deictic(s: str, p: date | None, future: bool) -> Resolved | None:
    offset = vocabulary().deictic.get(s)
    if offset is None:
        return None
    if p is None:
        return u.ref("PRESENT" if offset == 0 else "PAST" if offset < 0 else "FUTURE")
    return u.day(p + timedelta(days=offset))


def _ago(s: str, p: date | None, future: bool) -> Resolved | None:
    m = re.fullmatch(r"(\d+|[a-z]+(?: couple of)?|couple of) (hour|day|week|month|year)s? "
                     r"(ago|from now)", s)
    numbers = vocabulary().numbers
    if not m or (m[1] not in numbers and not m[1].isdigit()):
        return None
    n = int(m[1]) if m[1].isdigit() else numbers[m[1]]
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
    return u.year(p.year + sign * n)


def _rel_year(word: str, p: date | None) -> int | None:
    """The year named by "2022", "this year", "last year", "next year" (None if unknown)."""
    if word.isdigit():
        return int(word)
    if p is None:
        return None
    return p.year + {"this": 0, "last": -1, "next": 1, "the": 0}[word.split()[0]]


def _direction(rel: str | None, future: bool) -> str:
    if rel in ("last", "past", "previous"):
        return "PAST"
    if rel in ("next", "coming"):
        return "FUTURE"
    if rel == "this":
        return "PRESENT"
    return "FUTURE" if future else "PAST"


def _relative_unit(s: str, p: date | None, future: bool) -> Resolved | None:
    """ "last week", "this month", "next year", "last quarter", "the year before last"."""
    m = re.fullmatch(r"(?:the )?(?:(this|last|next) (week|weekend|month|year|quarter)"
                     r"|(week|year) before last)", s)
    if not m:
        return None
    rel, unit = (m[1], m[2]) if m[1] else ("before last", m[3])
    if s.startswith("the ") and rel in ("last", "next"):
        return None  # "the last week" is a duration, not last week
    if p is None:
        return u.ref(_direction("last" if rel == "before last" else rel, future))
    step = {"this": 0, "last": -1, "next": 1, "before last": -2}[rel]
    if unit == "week":
        return u.week(p + timedelta(days=7 * step))
    if unit == "weekend":
        return _weekend_rel(p, rel, future)
    if unit == "month":
        total = p.year * 12 + p.month - 1 + step
        return u.month(total // 12, total % 12 + 1)
    if unit == "quarter":
        total = p.year * 4 + (p.month - 1) // 3 + step
        return u.quarter(total // 4, total % 4 + 1)
    return u.year(p.year + step)


def _weekend_rel(p: date, rel: str | None, future: bool) -> Resolved:
    """Past: the latest weekend begun by ``p``; future/"next": the first not yet over."""
    last_sat = p - timedelta(days=(p.weekday() - 5) % 7)
    if rel == "last" and p.weekday() >= 5:
        return u.weekend(last_sat - timedelta(days=7))
    if rel == "next" or (rel in (None, "this") and future):
        return u.weekend(last_sat + timedelta(days=7) if p.weekday() < 5 or rel == "next"
                        else last_sat)
    return u.weekend(last_sat)


def _weekend(s: str, p: date | None, future: bool) -> Resolved | None:
    m = re.fullmatch(r"(?:(the|this|last|next) )?weekend", s)
    if not m:
        return None
    rel = None if m[1] in (None, "the") else m[1]
    return u.ref(_direction(rel, future)) if p is None else _weekend_rel(p, rel, future)


def _weekday(s: str, p: date | None, future: bool) -> Resolved | None:
    """Past: the latest such day on or before ``p``; future or "next": the first on or after."""
    words = vocabulary()
    wd_re = words.weekday_group
    m = re.fullmatch(rf"(?:{lx.REL} )?{wd_re}(?: (?:of )?(this|last|next) week)?", s)
    if not m:
        return None
    rel, wd, week = m[1], words.weekdays[m[2]], m[3]
    if p is None:
        return u.ref(_direction(week or rel, future))
    if week:  # "Tuesday of last week"
        monday = p - timedelta(days=p.weekday() - 7 * {"this": 0, "last": -1, "next": 1}[week])
        return u.day(monday + timedelta(days=wd))
    if rel in ("next", "coming") or (rel in (None, "this") and future):
        ahead = (wd - p.weekday()) % 7
        return u.day(p + timedelta(days=ahead or (7 if rel == "next" else 0)))
    back = (p.weekday() - wd) % 7
    return u.day(p - timedelta(days=back or (7 if rel in ("last", "past", "previous") else 0)))


def _day_month(m: int, d: int, y: int | None, p: date | None, future: bool) -> Resolved | None:
    """A date; without a year, the published year moved to within 30 days of ``p``."""
    if y is not None:
        found = u.safe_date(y, m, d)
        return u.day(found) if found else None
    if p is None:
        return u.ref(_direction(None, future)) if u.safe_date(2000, m, d) else None
    for year in ((p.year, p.year + 1, p.year - 1) if future else (p.year, p.year - 1)):
        found = u.safe_date(year, m, d)
        if found is None:
            continue
        if future and found >= p - timedelta(days=30):
            return u.day(found)
        if not future and found <= p + timedelta(days=30):
            return u.day(found)
    return None


def _bare_month(m: int, rel: str | None, p: date | None, future: bool) -> Resolved:
    """The most recent such month not after ``p`` (the next one for future tense)."""
    if p is None:
        return u.ref(_direction(rel, future))
    y = p.year
    if rel in ("next", "coming") or (rel is None and future):
        y += m < p.month or (rel is not None and m == p.month)
    elif rel in ("last", "past", "previous"):
        y -= m >= p.month
    elif rel is None:
        y -= m > p.month
    return u.month(y, m)


def _month_forms(s: str, p: date | None, future: bool) -> Resolved | None:
    words = vocabulary()
    mon = words.month_group  # the month-name regex group
    # "Tuesday, Aug. 6" -> "aug 6"
    s = re.sub(r"^" + words.weekday_group + r" ", "", s.replace(".", ""))
    yr = r"(?: (?:of )?(\d{4}|(?:this|last|next) year))?"
    if m := re.fullmatch(rf"{mon} {lx.DAY}{yr}", s):
        name, day, y = m[1], m[2], m[3]
    elif m := re.fullmatch(rf"{lx.DAY} (?:of )?{mon}{yr}", s):
        day, name, y = m[1], m[2], m[3]
    elif m := re.fullmatch(rf"(?:{lx.REL} )?{mon}{yr}", s):
        if m[3] is None:
            return _bare_month(words.months[m[2]], m[1], p, future)
        if m[1]:
            return None
        year = _rel_year(m[3], p)
        return u.month(year, words.months[m[2]]) if year else u.ref(_direction(m[3][:4], future))
    elif m := re.fullmatch(rf"{mon} {lx.DAY}{lx.SEP}{lx.DAY}{yr}", s) or re.fullmatch(
            rf"{lx.DAY}{lx.SEP}{lx.DAY} (?:of )?{mon}{yr}", s):
        first_mon = m.re.pattern.startswith(mon)
        name = m[1] if first_mon else m[3]
        d1, d2 = (m[2], m[3]) if first_mon else (m[1], m[2])
        a = _month_forms(f"{name} {d1} {m[4] or ''}".strip(), p, future)
        b = _month_forms(f"{name} {d2} {m[4] or ''}".strip(), p, future)
        if a and b and a.start_date and b.end_date and a.start_date < b.end_date:
            return u.containing(date.fromisoformat(a.start_date), date.fromisoformat(b.end_date))
        return None
    else:
        return None
    year = _rel_year(y, p) if y else None
    if y and year is None:
        return u.ref(_direction(y[:4], future))
    return _day_month(words.months[name], int(day), year, p, future)


def _quarter_forms(s: str, p: date | None, future: bool) -> Resolved | None:
    ordinals = vocabulary().ordinals
    m = re.fullmatch(rf"(?:the )?({'|'.join(ordinals)}) quarter"
                     r"(?: of (\d{4}|(?:this|last|next|the) year))?", s)
    if m:
        q, y = ordinals[m[1]], m[2]
        if m[1] == "last" and not y and not s.startswith("the"):
            return None  # "last quarter" is the previous quarter (handled as a unit)
    elif m := re.fullmatch(r"q([1-4])(?: (\d{4}))?|(\d{4}) q([1-4])", s):
        q, y = int(m[1] or m[4]), m[2] or m[3]
    else:
        return None
    if y:
        year = _rel_year(y, p)
        return u.quarter(year, q) if year else u.ref(_direction(y[:4], future))
    if p is None:
        return u.ref(_direction(None, future))
    now = (p.month - 1) // 3 + 1
    return u.quarter(p.year + (1 if future and q < now else -1 if not future and q > now else 0), q)


def _season_forms(s: str, p: date | None, future: bool) -> Resolved | None:
    seasons = vocabulary().seasons
    m = re.fullmatch(r"(?:the )?(?:(this|last|next|past|coming) )?"
                     rf"({'|'.join(seasons)})"
                     r"(?: (?:of )?(\d{4}|(?:this|last|next) year)(?:[-/]\d{2,4})?)?", s)
    if not m or (m[2] == "fall" and not (m[1] or m[3])):
        return None  # a bare "fall" is a noun ("the fall of Bakhmut")
    rel, code = m[1], seasons[m[2]]
    if m[3]:
        year = _rel_year(m[3], p)
        return u.season(year, code) if year else u.ref(_direction(m[3][:4], future))
    if p is None:
        return u.ref(_direction(rel, future))
    if rel == "this":  # the instance whose middle is nearest to p

        def distance(y: int) -> int:
            a, b = u.season_bounds(y, code)
            return abs((a + (b - a) / 2 - p).days)

        return u.season(min((p.year - 1, p.year, p.year + 1), key=distance), code)
    if rel in ("last", "past"):  # the latest one over by p: "last autumn" in January
        y = p.year
        while u.season_bounds(y, code)[1] >= p:
            y -= 1
        return u.season(y, code)
    if rel == "next":  # the first one not begun by p: "next winter" in August
        y = p.year - 1
        while u.season_bounds(y, code)[0] <= p:
            y += 1
        return u.season(y, code)
    if rel == "coming" or future:  # the current one, or the next to begin
        y = p.year - 1
        while u.season_bounds(y, code)[1] < p:
            y += 1
        return u.season(y, code)
    y = p.year  # the current one, or the last to begin
    while u.season_bounds(y, code)[0] > p:
        y -= 1
    return u.season(y, code)


def _year_forms(s: str, p: date | None, future: bool) -> Resolved | None:
    if m := re.fullmatch(r"(?:the year )?(\d{4})", s):
        return u.year(int(m[1])) if 1000 <= int(m[1]) <= 2999 else None
    if m := re.fullmatch(r"(\d{4})\s*[-/]\s*(\d{2}|\d{4})", s):
        a = int(m[1])
        b = int(m[2]) if len(m[2]) == 4 else a // 100 * 100 + int(m[2])
        return u.containing(date(a, 1, 1), date(b, 12, 31)) if a < b <= a + 10 else None
    if m := re.fullmatch(r"(?:the )?(\d{3})0'?s", s):
        return u.decade(int(m[1]))
    decades = vocabulary().decades
    if m := re.fullmatch(rf"(?:the )?(?:'?(\d)0'?s|({'|'.join(decades)}))", s):
        tens = int(m[1]) if m[1] else decades[m[2]]
        recent = p.year % 100 // 10 if p else 2
        return u.decade((200 if tens <= recent else 190) + tens)
    return None


def _holiday(s: str, p: date | None, future: bool) -> Resolved | None:
    m = re.fullmatch(r"(.+?)(?: (\d{4}))?", s)
    holidays = vocabulary().holidays
    if not m or m[1] not in holidays:
        return None
    month, day = holidays[m[1]]
    return _day_month(month, day, int(m[2]) if m[2] else None, p, future)
