"""Figures a description states as its own coding: "Fatalities coded as 10".

ACLED-style event descriptions say which figure they code when the sources
give none or several: "Unknown fatalities coded as 10", "heavy losses, coded
as 10", "8 fatalities split across 2 events, coded as 4". :func:`read_coded`
reads each such statement as a ``killed`` count whose text is the "coded as N"
phrase. "Fatalities split across 3 events" codes this event's share: the toll
told just before it (in its sentence, else the sentence before) divided by the
number of events, rounded down (:func:`read_split`; the count's text is the
"split across 3 events" phrase). A toll spread over days codes the first day's
share ("14 fatalities coded for May 21, …", "(coded as five per day)", "(recorded
as one fatality per day)"), a parenthesised sum states the total ("(total of 5
fatalities)"), and "total fatalities of 28 coded across 3 events" this event's share.
:func:`is_coded` tells such a count, which stands for the event's whole toll
(:func:`sitrep.events.tolls.total` takes it alone). "Coded as 8 events" codes events,
not deaths, and gives nothing.
"""

from __future__ import annotations

import re

from ..records import Count

__all__ = ["read_coded", "read_split", "is_coded"]

#: "fatalities" and the ways it is misspelt ("fataities", "fatalties").
_FATALITIES = r"fata\w{0,5}?(?:y|ies)"
_CODED = re.compile(
    r"\b(?:" + _FATALITIES + r"|deaths|casualties|losses|dead)\b[^.;()\[\]]{0,40}?"
    r"\b(?P<phrase>coded\s+as\s+(?P<value>\d{1,4}))\b(?!\s*(?:separate\s+)?(?:events?|days?|"
    r"locations?)\b)",
    re.IGNORECASE,
)
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10}
_SPLIT = re.compile(
    r"\b(?:fatalit(?:y|ies)|deaths|casualties)\s+(?:were\s+|are\s+|is\s+)?"
    r"(?P<phrase>(?:split|spilt|spread|distributed|disaggregated|divided)\s+(?:evenly\s+)?"
    r"(?:across|between|among|over|into)\s+(?P<n>\d{1,2}|" + "|".join(_SMALL) + r")\s+"
    r"(?:separate\s+|different\s+)?(?:events|days|locations))\b",
    re.IGNORECASE,
)
_NUMBER = r"\d{1,4}|" + "|".join(_SMALL)
#: A day's share, a parenthesised total: the groups ``phrase`` and ``value``.
_SHARES = (
    re.compile(r"(?P<phrase>(?P<value>\d{1,4})\s+" + _FATALITIES + r"\s+(?:were\s+|are\s+)?"
               r"coded\s+(?:for|on)\b)", re.IGNORECASE),
    re.compile(r"\(\s*(?P<phrase>(?:coded|recorded|disaggregated)\s+as\s+(?P<value>" + _NUMBER
               + r")\s+(?:" + _FATALITIES + r"\s+|deaths?\s+)?(?:per|each|a)\s+day)\b",
               re.IGNORECASE),
    re.compile(r"\(\s*(?P<phrase>(?:a\s+|in\s+)?total(?:\s+of)?\s+(?P<value>\d{1,4})\s+"
               r"(?:" + _FATALITIES + r"|deaths|dead))\s*\)", re.IGNORECASE),
    re.compile(r"(?P<phrase>(?:total\s+)?" + _FATALITIES + r"\s+of\s+(?P<value>\d{1,4})\s+"
               r"(?:were\s+)?coded\s+(?:across|over|between)\s+(?P<n>" + _NUMBER
               + r")\s+(?:separate\s+)?(?:events|days|locations))\b", re.IGNORECASE),
)
_NEAR = 40  # characters after a split within which a stated coding overrides it
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
_OPENERS = re.compile(r"(?:coded as|split|spilt|spread|distributed|disaggregated|divided|"
                      r"recorded as|(?:a |in )?total|\d+ \w+ (?:were |are )?coded|"
                      r"fata\w* of \d+ (?:were )?coded)\b")


def read_coded(text: str, stage: str) -> list[Count]:
    """The "… coded as N" statements of ``text``, as ``killed`` counts."""
    out = []
    for m in _CODED.finditer(text):
        value = int(m.group("value"))
        start, end = m.span("phrase")
        out.append(Count(text=text[start:end], start=start, end=end, value=value, low=value,
                         high=value, category="killed", subject=None, claimant=None,
                         stage=stage))
    for pattern in _SHARES:
        for m in pattern.finditer(text):
            value = _number(m.group("value"))
            if "n" in pattern.groupindex:  # "total fatalities of 28 coded across 3 events"
                value //= max(_number(m.group("n")), 1)
            start, end = m.span("phrase")
            out.append(Count(text=text[start:end], start=start, end=end, value=value,
                             low=value, high=value, category="killed", subject=None,
                             claimant=None, stage=stage))
    return sorted(out, key=lambda c: c.start)


def _number(raw: str) -> int:
    return _SMALL.get(raw.lower()) or int(raw)


def read_split(text: str, counts: list[Count], stage: str) -> list[Count]:
    """The "fatalities split across N events" statements of ``text``, each as a ``killed``
    count of the toll told just before it divided by N (none when no toll is told)."""
    out = []
    for m in _SPLIT.finditer(text):
        if any(m.start() <= c.start < m.end() + _NEAR for c in counts if is_coded(c)):
            continue  # "… split across 2 events, coded as 4" says its own figure
        n = _SMALL.get(m.group("n").lower()) or int(m.group("n"))
        ends = [e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())]
        here = ends[-1] if ends else 0
        before = ends[-2] if len(ends) > 1 else 0
        told = [c for c in counts if c.category == "killed" and c.value and not is_coded(c)
                and here <= c.start < m.start()] or [
            c for c in counts if c.category == "killed" and c.value and not is_coded(c)
            and before <= c.start < here]
        if not told or n < 2:
            continue
        value = (told[0].value or 0) // n
        start, end = m.span("phrase")
        out.append(Count(text=text[start:end], start=start, end=end, value=value, low=value,
                         high=value, category="killed", subject=None, claimant=None,
                         stage=stage))
    return out


def is_coded(count: Count) -> bool:
    """True for a count :func:`read_coded` or :func:`read_split` read: the figure a
    description codes."""
    return count.category == "killed" and _OPENERS.match(
        " ".join(count.text.lower().split())) is not None
