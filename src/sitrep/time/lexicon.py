"""The words and patterns of English time expressions.

Month and weekday names and number words are sitrep's shared lists
(``data/common``); the words only time expressions use (holidays, decades,
"yesterday", quarter ordinals, seasons) are in ``data/time``. They are read on
first use, through :func:`vocabulary`, so that a user overlay set up before
then reaches every rule.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .. import reference

__all__ = ["Vocabulary", "vocabulary", "DAY", "REL", "SEP", "TAIL", "PAST_RE", "FUTURE_RE"]


@dataclass(frozen=True)
class Vocabulary:
    """The time words, by what they mean, and regex alternations built from them."""

    months: dict[str, int]  # month names and abbreviations -> month number
    month_names: tuple[str, ...]  # the full names, January first
    month_abbreviations: tuple[str, ...]  # "jan", "sept", "sep", ...
    weekdays: dict[str, int]  # weekday name -> 0 (Monday) .. 6 (Sunday)
    numbers: dict[str, int]  # count words ("two", "a couple of") -> value
    decades: dict[str, int]  # "eighties" -> 8, the tens digit
    holidays: dict[str, tuple[int, int]]  # "christmas" -> (12, 25)
    present: frozenset[str]  # "currently", "so far": PRESENT_REF
    deictic: dict[str, int]  # "yesterday" -> -1, days from the published day
    ordinals: dict[str, int]  # "third" -> 3, quarter ordinals
    seasons: dict[str, str]  # "summer" -> "SU", TIMEX3 season codes
    day_parts: dict[str, str]  # "morning" -> "MO", TIMEX3 part-of-day codes
    month_group: str  # "(january|...|dec)": a month name as regex group, full names first
    weekday_group: str  # "(monday|...|sunday)"


@functools.cache
def vocabulary() -> Vocabulary:
    """The time words, read once from the reference data."""
    months = reference.mapping("common/months")
    units = reference.mapping("common/numbers")["units"]
    weekdays = reference.ordered_words("common/weekdays")
    count_words = reference.ordered_words("time/count_words")
    names, abbreviations = tuple(months["months"]), tuple(months["abbreviations"])
    return Vocabulary(
        months={**months["months"], **months["abbreviations"]},
        month_names=names,
        month_abbreviations=abbreviations,
        weekdays={name: i for i, name in enumerate(weekdays)},
        numbers={"a": 1, "an": 1, **{w: units[w] for w in count_words},
                 "a couple of": 2, "couple of": 2},
        decades=dict(reference.mapping("time/decades")["decades"]),
        holidays={name: (day[0], day[1])
                  for name, day in reference.mapping("time/holidays")["holidays"].items()},
        present=reference.words("time/present"),
        deictic=dict(reference.mapping("time/deictic")["days"]),
        ordinals=dict(reference.mapping("time/quarters")["ordinals"]),
        seasons=dict(reference.mapping("time/seasons")["codes"]),
        day_parts=dict(reference.mapping("time/day_parts")["codes"]),
        month_group="(" + "|".join(names + abbreviations) + ")",
        weekday_group="(" + "|".join(weekdays) + ")",
    )


DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
REL = r"(this|last|next|past|coming|previous)"
SEP = r"\s*(?:-|to|and|through|until|till|into)\s*"

PAST_RE = re.compile(
    r"recently|lately|(?:in )?the (?:recent |distant )?past|a while ago"
    r"|(?:in )?recent (?:days|weeks|months|years|decades)"
    r"|(?:the )?(?:past|last) (?:(?:few|several|couple of|\w+|\d+) )?"
    r"(?:days|weeks|months|years|decades)"
    r"|the (?:past|last) (?:24|48|72) hours"
    r"|(?:a few|several|some|many) (?:days|weeks|months|years) ago|(?:days|weeks|months) ago"
    r"|decades? ago|earlier this decade"
)
FUTURE_RE = re.compile(
    r"soon|(?:in )?the (?:near |distant |foreseeable )?future|(?:the )?days ahead"
    r"|the coming hours|(?:the )?(?:coming|next) (?:(?:few|several|couple of|\w+|\d+) )?"
    r"(?:days|weeks|months|years|decades)"
    r"|the coming (?:week|month|year)"
)
# A trailing part of day or clock time: "Tuesday morning", "Aug. 6 at 10 a.m."
TAIL = re.compile(r"\s+(?:morning|afternoon|evening|night|local time|(?:at )?(?:noon|midnight|"
                  r"dawn|dusk)|at \d.*|\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?)$")
