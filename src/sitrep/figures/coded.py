"""Figures a description states as its own coding: "Fatalities coded as 10".

ACLED-style event descriptions say which figure they code when the sources
give none or several: "Unknown fatalities coded as 10", "heavy losses, coded
as 10", "8 fatalities split across 2 events, coded as 4". :func:`read_coded`
reads each such statement as a ``killed`` count whose text is the "coded as N"
phrase; :func:`is_coded` tells such a count, which stands for the event's whole
toll (:func:`sitrep.events.tolls.total` takes it alone). "Coded as 8 events"
codes events, not deaths, and gives nothing.
"""

from __future__ import annotations

import re

from ..records import Count

__all__ = ["read_coded", "is_coded"]

_CODED = re.compile(
    r"\b(?:fatalit(?:y|ies)|deaths|casualties|losses|dead)\b[^.;()\[\]]{0,40}?"
    r"\b(?P<phrase>coded\s+as\s+(?P<value>\d{1,4}))\b(?!\s*(?:separate\s+)?(?:events?|days?|"
    r"locations?)\b)",
    re.IGNORECASE,
)
_OPENER = "coded as"


def read_coded(text: str, stage: str) -> list[Count]:
    """The "… coded as N" statements of ``text``, as ``killed`` counts."""
    out = []
    for m in _CODED.finditer(text):
        value = int(m.group("value"))
        start, end = m.span("phrase")
        out.append(Count(text=text[start:end], start=start, end=end, value=value, low=value,
                         high=value, category="killed", subject=None, claimant=None,
                         stage=stage))
    return out


def is_coded(count: Count) -> bool:
    """True for a count :func:`read_coded` read: the figure a description codes."""
    return count.category == "killed" and " ".join(count.text.lower().split()).startswith(
        _OPENER)
