"""The words and patterns of English time expressions, and the text normaliser."""

from __future__ import annotations

import re

__all__ = ["normalise"]

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {n: i for i, n in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "a couple of": 2, "couple of": 2,
}
TENS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
        "seventies": 7, "eighties": 8, "nineties": 9}
HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "orthodox christmas": (1, 7), "new year's day": (1, 1), "new year's eve": (12, 31),
    "new year": (1, 1), "new years day": (1, 1), "new years eve": (12, 31),
}
PRESENT = {"now", "right now", "currently", "present", "presently", "the moment",
           "nowadays", "to date", "so far", "this time"}
PAST_RE = re.compile(
    r"recently|lately|in the past|(?:in )?recent (?:days|weeks|months|years)"
    r"|(?:the )?(?:past|last) (?:(?:few|several|couple of|\w+|\d+) )?(?:days|weeks|months|years)"
    r"|the (?:past|last) (?:week|month|year|(?:24|48|72) hours)"
    r"|(?:a few|several|some|many) (?:days|weeks|months|years) ago|(?:days|weeks|months) ago"
    r"|decades? ago|earlier this decade"
)
FUTURE_RE = re.compile(
    r"soon|in the future|in the near future|(?:the )?days ahead"
    r"|(?:the )?(?:coming|next) (?:(?:few|several|couple of|\w+|\d+) )?(?:days|weeks|months|years)"
    r"|the coming (?:week|month|year)"
)

MON = (r"(january|february|march|april|may|june|july|august|september|october|november"
       r"|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)")
WD = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
REL = r"(this|last|next|past|coming|previous)"
SEP = r"\s*(?:-|to|and|through|until|till|into)\s*"

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
    r"(?:first|second|third|fourth|last|final) (?:week|weeks|days|few days)|first days) of "
    r"|(?:very |the )?(?:early|late|mid|middle|earlier|later)(?:\s*-\s*|\s+)(?=\w))"
)
NIGHT = re.compile(r"^(?:(?:the )?night (?:of|from|between)|overnight(?: on| into| to| from)?)\s+")
# A trailing part of day or clock time: "Tuesday morning", "Aug. 6 at 10 a.m."
TAIL = re.compile(r"\s+(?:morning|afternoon|evening|night|local time|(?:at )?(?:noon|midnight|"
                  r"dawn|dusk)|at \d.*|\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?)$")
# A "the" that adds nothing: "the 6th of August", "the Tuesday"
THE = re.compile(rf"the (?:\d|(?:{MON}|{WD})\b)")


def normalise(text: str) -> tuple[str, bool, bool]:
    """Lower-cased core text, whether a night signal was seen, whether a modifier was."""
    s = text.replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"[\u2010-\u2015]", "-", s)
    # "may"/"march" in lower case are a modal and a verb/noun, never a month
    s = re.sub(r"\b(may|march)\b", "\x00", s)
    s = re.sub(r"\s+", " ", s.replace(",", " ")).strip().lower()
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"^[\s,;:(\"']+|[\s,;:)\"'.!?]+$", "", s)
    s = re.sub(r"\s+(?:and|or|but)$", "", s)
    night = modded = False
    while True:
        before = s
        if m := NIGHT.match(s):
            night, s = True, s[m.end():]
        elif m := LEAD.match(s):
            s = s[m.end():]
        elif m := MOD.match(s):
            modded, s = True, s[m.end():]
        elif THE.match(s):
            s = s[4:]
        if s == before:
            return s, night, modded
