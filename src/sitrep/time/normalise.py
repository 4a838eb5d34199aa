"""The text normaliser: an expression's core, without signal words and modifiers."""

from __future__ import annotations

import functools
import re

from .lexicon import vocabulary

__all__ = ["normalise"]

# Words that introduce an expression without changing it (signals, in TIMEX3 terms).
LEAD = re.compile(
    r"^(?:on|in|at|(?:ever )?since|during|over|by|until|till|from|before|after|through|throughout|"
    r"between|around|about|circa|as of|of|for|within|as early as|as late as|no later than|"
    r"sometime|some time|(?:at )?(?:dawn|dusk|noon|midnight)(?: on)?|"
    r"\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?(?: local time)?(?: on)?|\d{1,2}:\d{2}(?: on)?)\s+"
)
# Modifiers that narrow within a unit; the unit is kept (TIMEX3 would put them in mod).
MOD = re.compile(
    r"^(?:(?:the )?(?:end|start|beginning|middle|turn|first half|second half|latter half|"
    r"first part|latter part|early part|(?:early|small|late) hours|morning|afternoon|evening|"
    r"rest|remainder|(?:first|early|last|final|closing) (?:months|weeks)|"
    r"(?:first|second|third|fourth|last|final) (?:week|weeks|days|few days)|first days) of "
    r"|(?:very |the )?(?:early|late|mid|middle|earlier|later)(?:\s*-\s*|\s+)(?=\w))"
)
NIGHT = re.compile(r"^(?:(?:the )?night (?:of|from|between)|overnight(?: on| into| to| from)?)\s+")


@functools.cache
def _needless_the() -> re.Pattern[str]:
    """A "the" that adds nothing: "the 6th of August", "the Tuesday"."""
    words = vocabulary()
    return re.compile(rf"the (?:\d|(?:{words.month_group}|{words.weekday_group})\b)")


def normalise(text: str, *, lowered: bool = False) -> tuple[str, bool, bool]:
    """Lower-cased core text, whether a night signal was seen, whether a modifier was.

    ``lowered`` says ``text`` is a piece of text normalised already, so that its
    "may" and "march" were months when it was first read ("January-March").
    """
    s = text.replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"[\u2010-\u2015]", "-", s)
    if not lowered:  # "may"/"march" in lower case are a modal and a verb/noun, never a month
        s = re.sub(r"\b(may|march)\b", "\x00", s)
    s = re.sub(r"\s+", " ", s.replace(",", " ")).strip().lower()
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"^[\s,;:(\"']+|[\s,;:)\"'.!?]+$", "", s)
    s = re.sub(r"\s+(?:and|or|but)$", "", s)
    s = re.sub(r"^this past (?=\w)", "last ", s)  # "this past weekend"
    night = modded = False
    needless_the = _needless_the()
    while True:
        before = s
        if m := NIGHT.match(s):
            night, s = True, s[m.end():]
        elif m := LEAD.match(s):
            s = s[m.end():]
        elif m := MOD.match(s):
            modded, s = True, s[m.end():]
        elif needless_the.match(s):
            s = s[4:]
        if s == before:
            return s, night, modded
