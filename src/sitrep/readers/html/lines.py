"""Whole blocks of page furniture that markup does not mark: date stamps, bylines, stock lines.

A block is one paragraph of the extracted text. These are dropped:

- a date/time stamp: nothing but dates, clock times, weekdays and words like "Updated",
  "Published", "Posted on" ("Updated 6:04 PM GMT, June 2, 2024", "09:30"), optionally with
  a byline ("Posted on 2024-08-20 by staff");
- a byline: "By" and a few capitalised names ("By Anna Petrenko and John Miller");
- a stock line: "Advertisement", "Story continues below advertisement", "Read more: ...",
  "Also read: ...", "Skip to content", "Loading...".

A dateline ("KYIV, Aug 12 (Reuters) -", "12 Aug 2024 Moscow, Kyiv (Agency)") is kept: it
names places.

    >>> [is_furniture(b) for b in ("Updated 6:04 PM GMT, June 2, 2024", "By Anna Petrenko",
    ...                            "By Tuesday evening the fire was out.", "Advertisement")]
    [True, True, False, True]
"""

from __future__ import annotations

import re

from .dates import CLOCK, DATE, WEEKDAY

__all__ = ["is_furniture", "is_stamp"]

_MAX_BLOCK = 120
_FILLER = frozenset(
    "updated update published posted last modified first on at by and in of the staff "
    "reporter reporters correspondent correspondents writer editor desk team news photo "
    "photos credit time date".split()
)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_BYLINE = re.compile(r"^(?:by|written by|reporting by|words by)\s+(?=\S)", re.I)
_BY = re.compile(r"\bby\b", re.I)
_NAME_JOINERS = frozenset({"and", "in", "&", "de", "van", "von", "al", "el", "bin", "ibn", "da"})
_MAX_NAMES = 7
_STOCK = re.compile(
    r"^(?:advertisement|advertising|sponsored(?: content)?|ad|"
    r"(?:story|article) continues (?:below|after)\b.*|continue reading\b.*|"
    r"(?:read|see) (?:more|also)\s*[:\-\u2013\u2014|]?.*|also read\s*[:\-\u2013\u2014|].*|"
    r"related\s*[:\-\u2013\u2014|].*|recommended\s*[:\-\u2013\u2014|].*|"
    r"skip to (?:main )?content|loading\W*|share(?: this)?(?: article| story)?\W*|"
    r"click here to\b.*|follow us on\b.*|subscribe (?:now )?to (?:continue|keep) reading\b.*|"
    r"sign up (?:for|to) (?:our|the)\b.*newsletter\b.*)$",
    re.I,
)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def is_stamp(block: str) -> bool:
    """A block that is only a publication/update stamp, perhaps with a byline."""
    if len(block) > _MAX_BLOCK:
        return False
    has_time = bool(DATE.search(block) or CLOCK.search(block))
    rest = WEEKDAY.sub(" ", CLOCK.sub(" ", DATE.sub(" ", block)))
    words = [w for w in _words(rest) if w.lower().rstrip(".") not in _FILLER]
    leading = block.lower().lstrip().startswith(("updated", "published", "posted", "last updated"))
    if not (has_time or leading):
        return False
    if not words:
        return True
    # Names are a byline only after "by"; "12 Aug 2024 Moscow, Kyiv (Agency)" is a dateline.
    return bool(_BY.search(block)) and _is_names(words) and not block.rstrip().endswith(".")


def _is_names(words: list[str]) -> bool:
    names = [w for w in words if w.lower() not in _NAME_JOINERS]
    return 0 < len(names) <= _MAX_NAMES and all(w[0].isupper() for w in names)


def is_furniture(block: str) -> bool:
    """A block that is a stamp, a byline or a stock line, not article text."""
    if len(block) > _MAX_BLOCK:
        return False
    if _STOCK.match(block.strip()):
        return True
    if _BYLINE.match(block) and not block.rstrip().endswith((".", "?", "!", '"', "\u201d")):
        rest = _BYLINE.sub("", block, count=1)
        rest = WEEKDAY.sub(" ", CLOCK.sub(" ", DATE.sub(" ", rest)))
        words = [w for w in _words(rest) if w.lower() not in _FILLER]
        if _is_names(words):
            return True
    return is_stamp(block)
