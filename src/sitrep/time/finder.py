"""Finding candidate time expressions in text with regexes.

The scan covers forms the small spaCy model misses ("last night", "over the
summer", "mid-July", "2024-08-06"). It offers overlapping candidates; which
of them are times is decided later, by resolving them in context.

Example:

    >>> text = "Kyiv launched the attack last Tuesday."
    >>> sorted(text[s:e] for s, e in scan(text))
    ['Tuesday', 'last Tuesday']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .. import reference
from .lexicon import vocabulary

__all__ = ["ORDINAL_DAY", "scan", "strip_span"]


def _names(words: Iterable[str]) -> str:
    """An alternation of ``words`` in title case or all capitals (never lower case: "may")."""
    return "(?:" + "|".join(f"{w.title()}|{w.upper()}" for w in words) + ")"


#: A day of the month: not the first digits of a number ("25 Sep. 20,000 guns").
_DAYN = r"\d{1,2}(?:st|nd|rd|th)?(?!\d|,\d{3}(?!\d))"
_YEAR = r"(?:1[89]|20)\d{2}(?![\d,.]\d)"
_DAYS_RANGE = rf"(?:\s*[-–—]\s*{_DAYN}|\s+(?:to|and|or|through)\s+{_DAYN}(?!\s+[a-z]))"
_PART = r"(?i:\s+(?:morning|afternoon|evening|night))"
_PRE = (r"(?i:(?:very\s+)?(?:early|late|mid|middle)\s*-?\s*"
        r"|(?:the\s+)?(?:end|start|beginning|middle|turn|first\s+half|second\s+half|"
        r"(?:early|small)\s+hours|night|morning|afternoon|evening|"
        r"(?:first|second|third|last|final)\s+week)\s+of\s+"
        r"|(?:the\s+)?night\s+(?:from|between)\s+|overnight\s+(?:on\s+|into\s+|to\s+)?)?")
_SEASON_YEAR = r"(?:\s+(?:of\s+)?(?:(?:1[89]|20)\d{2}(?:[-/]\d{2,4})?|(?:this|last|next)\s+year))"
_WORD_START = re.compile(r"(?<![\w'’])\w")
#: A day named by its ordinal alone after a word that takes a day: "on the 15th", "by the
#: 20th of this month"; not "on the 15th floor", "since the 19th century", "he was 13th".
ORDINAL_DAY = re.compile(r"(?i:\b(?:on|by|until|till|since|from|before|after)\s+)"
                         r"(?P<t>the\s+\d{1,2}(?:st|nd|rd|th)(?:\s+of\s+(?:this|last|next)"
                         r"\s+month)?)(?=\s*[,.;:)]|\s*$|\s+(?:in|at|when|as|and|after|before)\b)")


@dataclass(frozen=True)
class _Patterns:
    """The scan's regexes: plain ones, and ones tried only near a trigger word."""

    plain: list[re.Pattern[str]]
    triggered: list[tuple[re.Pattern[str], re.Pattern[str]]]


@functools.cache
def _patterns() -> _Patterns:
    words = vocabulary()
    wd = _names(words.weekdays)
    month_full = _names(words.month_names)
    month_abbr = _names(words.month_abbreviations)
    month = rf"(?:{month_full}|{month_abbr}\.?(?=\s*\d|-\d))"
    month_after_day = rf"(?:{month_full}|{month_abbr}\b)"  # "25 Sep.": its day comes first
    counts = "|".join(reference.ordered_words("time/count_words"))
    numw = rf"(?:\d+|a|an|{counts}|a\s+couple\s+of|(?:a\s+)?few|several)"
    season = "(?:" + "|".join(words.seasons) + ")"
    ordinals = "|".join(words.ordinals)
    # The date and weekday patterns are tried only near a month or weekday name (a trigger),
    # which is several times faster than scanning every position of the text.
    month_trigger = re.compile(_names(dict.fromkeys(m[:3] for m in words.month_names)))
    triggered = [
        # dates and months: "6 August 2024", "Tuesday, Aug. 6", "mid-July", "February 2022"
        (month_trigger, re.compile(
            rf"{_PRE}(?:{wd},?\s+)?(?:the\s+)?(?:(?i:last|next|this|past)\s+)?"
            rf"(?:{_DAYN}{_DAYS_RANGE}?\s+(?:of\s+)?{month_after_day}|{_DAYN}-{month}(?=-\d)"
            rf"|{month}\s+{_DAYN}{_DAYS_RANGE}?"
            rf"|{month_full})(?:\s*(?:-|–|to|and|through|until)\s*(?:{_DAYN}\s+(?:of\s+)?"
            rf"{month}|{month}\s+{_DAYN}{_DAYS_RANGE}?|{month_full}))?"
            rf"(?:,?\s+(?:of\s+)?{_YEAR}|-{_YEAR}|(?i:\s+(?:of\s+)?(?:this|last|next)\s+year))?\b")),
        # weekdays: "last Tuesday", "Tuesday night", "overnight Sunday into Monday"
        (re.compile(wd), re.compile(
            rf"{_PRE}(?:(?i:last|next|this|past|coming|early|late|earlier|later)\s+)?"
            rf"{wd}(?:'s|’s)?{_PART}?(?:\s*(?:-|–|to|into|and|through)\s*{wd}{_PART}?)?"
            rf"(?i:\s+(?:of\s+)?(?:this|last|next)\s+week)?\b")),
    ]
    plain = [
        # deictic and relative words
        re.compile(
            rf"(?i)\b(?:(?:(?:early|late|earlier|later)\s+)?(?:today|tonight|yesterday|tomorrow)"
            rf"{_PART}?|(?:the\s+)?day\s+(?:before\s+yesterday|after\s+tomorrow)"
            rf"|(?:(?:early|late|earlier|later)\s+)?this\s+(?:morning|afternoon|evening)"
            rf"|(?:(?:early|late)\s+)?last\s+night|overnight|this\s+past\s+weekend"
            rf"|(?:(?:early|late|earlier|later)\s+(?:in\s+)?)?(?:this|last|next)\s+"
            rf"(?:week|weekend|month|year|quarter)"
            rf"|(?:the\s+)?(?:week|year)\s+before\s+last|the\s+weekend"
            rf"|(?:the\s+)?(?:end|beginning|start|middle|rest|remainder|(?:first|second)\s+half)"
            rf"\s+of\s+"
            rf"(?:the|this|last|next|current)\s+(?:week|month|year)"
            rf"|(?:the\s+)?current\s+(?:week|month|year)"
            rf"|(?:the\s+)?(?:past|last|coming|next)\s+(?:{numw}\s+)?(?:days|weeks|months|years"
            rf"|decades)"
            rf"|the\s+(?:past|last|coming)\s+(?:week|month|year)"
            rf"|(?:in\s+)?recent\s+(?:days|weeks|months|years)|recently|lately"
            rf"|(?:right\s+)?now(?!-)|currently|at\s+present|nowadays|at\s+the\s+moment"
            rf"|(?:(?:in|for|into|of)\s+)the\s+future|the\s+(?:near|distant|foreseeable)\s+future"
            rf"|(?:(?:in|of|into|from)\s+)the\s+past(?!\s+(?:\w+\s+)?(?:days?|weeks?"
            rf"|months?|years?|decades?|hours?|fortnight|quarter|season)\b)"
            rf"|the\s+(?:recent|distant)\s+past"
            rf"|these\s+days|a\s+while\s+ago|the\s+coming\s+hours"
            rf"|{numw}\s+(?:hours?|days?|weeks?|months?|years?|decades?)\s+(?:ago|from\s+now)"
            rf"|in\s+{numw}\s+(?:days?|weeks?|months?|years?)['’]?s?\s+time)\b"),
        # seasons: "over the summer", "last winter", "summer 2023", "early spring"
        re.compile(rf"(?i)\b(?:(?:(?:early|late|mid)[\s-]+|(?:the\s+)?(?:end|start|beginning"
                   rf"|middle)\s+of\s+)?(?:this|last|next|past|coming|the)\s+{season}"
                   rf"{_SEASON_YEAR}?|(?:early|late|mid)[\s-]+{season}{_SEASON_YEAR}?"
                   rf"|{season}(?:\s+of)?\s+(?:1[89]|20)\d{{2}})\b"),
        # quarters
        re.compile(rf"(?i:\b(?:(?:(?:this|last|next)\s+year|(?:1[89]|20)\d{{2}})['’]s\s+)?"
                   rf"(?:the\s+)?(?:fiscal\s+)?(?:{ordinals})"
                   r"[\s-]+quarter(?:\s+of\s+(?:(?:1[89]|20)\d{2}|(?:this|last|next|the)\s+year))?\b"
                   r"|\b(?:the\s+)?(?:latest|most\s+recent|previous)\s+(?:fiscal\s+)?quarter\b)"
                   r"|\bQ[1-4](?:\s+(?:1[89]|20)\d{2})?\b|\b(?:1[89]|20)\d{2}\s+Q[1-4]\b"),
        # years after a signal word, year ranges and decades
        re.compile(rf"(?i:\b(?:in|since|by|until|till|from|during|before|after|through|throughout"
                   rf"|between|into|early|late|mid"
                   rf"|(?:the\s+)?(?:end|start|beginning|(?:first|second)\s+half)\s+of"
                   rf"|the\s+year)[\s-]+)"
                   rf"{_YEAR}(?:\s*[-–/]\s*(?:(?:1[89]|20)\d{{2}}|\d{{2}}))?(?![\d,.]\d)"
                   rf"(?:(?:\s*,\s*|,?\s+(?:and|or|to)\s+){_YEAR})*"),
        # a year that modifies a noun after a determiner ("the 1992 murder"): the year alone
        re.compile(rf"\b(?:[Tt]he|an?|its|their|his|her)\s(?P<t>{_YEAR})(?=\s+[a-z])"),
        # fiscal years
        re.compile(rf"(?i:\bfiscal(?:\s+year)?\s+{_YEAR}(?:[-/]\d{{2,4}})?"
                   rf"|\b(?:the\s+)?(?:this|current|last|past|previous|next|coming|{_YEAR}"
                   r"(?:[-/]\d{2,4})?)\s+(?:fiscal|financial)\s+year)\b"
                   rf"|\bFY\s?(?:{_YEAR}|\d{{2}})(?:[-/]\d{{2,4}})?\b"
                   # halves of a year: "H1 2024", "2024 H2"
                   rf"|\bH[12]\s+{_YEAR}\b|\b{_YEAR}\s+H[12]\b"),
        # durations: "three hours", "a two-year term"
        re.compile(rf"(?i)\b(?:an?\s+)?{numw}[\s-](?:minutes?|hours?|days?|weeks?|months?|years?"
                   rf"|decades?)\b(?!-old|\s+old\b)"),
        re.compile(r"(?i)\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:1[89]|20)\d0'?s\b"
                   r"|\bthe\s+(?:(?:early|mid|late)[\s-]+)?'?\d0'?s\b"
                   r"|\bthe\s+(?:sixties|seventies|eighties|nineties)\b"),
        ORDINAL_DAY,
        # numeric dates and fixed holidays
        re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}\b"),
        re.compile(r"\b(?:Orthodox\s+)?Christmas\s+(?:Day|Eve)\b"
                   r"|\bNew\s+Year(?:'s|’s)\s+(?:Day|Eve)\b"
                   r"|(?i:\b(?:at|on|over|before|after|since|until|by)\s+)(?:Orthodox\s+)?Christmas\b"),
    ]
    return _Patterns(plain, triggered)


def scan(text: str) -> set[tuple[int, int]]:
    """Character spans of every regex candidate in ``text`` (they may overlap)."""
    patterns = _patterns()
    spans = {m.span("t" if "t" in pattern.groupindex else 0)
             for pattern in patterns.plain for m in pattern.finditer(text)}
    for trigger, pattern in patterns.triggered:
        for hit in trigger.finditer(text):
            k = hit.start()  # try from each of the words just before the trigger
            for word in [*_WORD_START.finditer(text, max(0, k - 50), k), hit]:
                m = pattern.match(text, word.start())
                if m and m.end() > k:
                    spans.add(m.span())
    return spans


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces and punctuation, a trailing "'s" and a dangling "and"."""
    while start < end and text[start] in " \t\n,;:(\"'“‘":
        start += 1
    while True:
        piece = text[start:end]
        if m := re.search(r"(?:\s+(?:and|or|but)|['’]s|[\s,;:)\"'”’]|(?<=\d)\.)$", piece):
            end -= len(m[0])
        else:
            return start, end
