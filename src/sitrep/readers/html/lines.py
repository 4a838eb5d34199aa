"""Whole blocks of page furniture that markup does not mark: date stamps, bylines, stock lines.

A block is one paragraph of the extracted text. These are dropped:

- a date/time stamp: nothing but dates, clock times, weekdays and words like "Updated",
  "Published", "Posted on" ("Updated 6:04 PM GMT, June 2, 2024", "09:30"), optionally with
  a byline ("Posted on 2024-08-20 by staff");
- a byline: "By" and a few capitalised names ("By Anna Petrenko and John Miller");
- a stock line: "Advertisement", "Story continues below advertisement", "Read more: ...",
  "Also read: ...", "Skip to content", "Loading...".

The stock lines, the words that open or join a byline and the words a stamp may hold are
reference data (``readers/stock_lines``, ``byline_leads``, ``byline_joiners``, ``stamp_words``).

A dateline ("KYIV, Aug 12 (Reuters) -", "12 Aug 2024 Moscow, Kyiv (Agency)") is kept: it
names places.

    >>> [is_furniture(b) for b in ("Updated 6:04 PM GMT, June 2, 2024", "By Anna Petrenko",
    ...                            "By Tuesday evening the fire was out.", "Advertisement")]
    [True, True, False, True]
"""

from __future__ import annotations

import functools
import re

from ... import reference
from .dates import CLOCK, date_pattern, weekday_pattern

__all__ = ["is_furniture", "is_stamp"]

_MAX_BLOCK = 120
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_BY = re.compile(r"\bby\b", re.I)
_MAX_NAMES = 7


@functools.cache
def _stock_line() -> re.Pattern[str]:
    """A whole block that is a stock line (``readers/stock_lines``)."""
    patterns = reference.ordered_words("readers/stock_lines")
    return re.compile("^(?:" + "|".join(patterns) + ")$", re.I)


@functools.cache
def _byline_lead() -> re.Pattern[str]:
    """The words that open a byline (``readers/byline_leads``), and the space after them."""
    leads = reference.ordered_words("readers/byline_leads")
    return re.compile("^(?:" + "|".join(map(re.escape, leads)) + r")\s+(?=\S)", re.I)


def _filler() -> frozenset[str]:
    return reference.words("readers/stamp_words")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def is_stamp(block: str) -> bool:
    """A block that is only a publication/update stamp, perhaps with a byline."""
    if len(block) > _MAX_BLOCK:
        return False
    has_time = bool(date_pattern().search(block) or CLOCK.search(block))
    rest = weekday_pattern().sub(" ", CLOCK.sub(" ", date_pattern().sub(" ", block)))
    filler = _filler()
    words = [w for w in _words(rest) if w.lower().rstrip(".") not in filler]
    leading = block.lower().lstrip().startswith(("updated", "published", "posted", "last updated"))
    if not (has_time or leading):
        return False
    if not words:
        return True
    # Names are a byline only after "by"; "12 Aug 2024 Moscow, Kyiv (Agency)" is a dateline.
    return bool(_BY.search(block)) and _is_names(words) and not block.rstrip().endswith(".")


def _is_names(words: list[str]) -> bool:
    joiners = reference.words("readers/byline_joiners")
    names = [w for w in words if w.lower() not in joiners]
    return 0 < len(names) <= _MAX_NAMES and all(w[0].isupper() for w in names)


def is_furniture(block: str) -> bool:
    """A block that is a stamp, a byline or a stock line, not article text."""
    if len(block) > _MAX_BLOCK:
        return False
    if _stock_line().match(block.strip()):
        return True
    byline = _byline_lead()
    if byline.match(block) and not block.rstrip().endswith((".", "?", "!", '"', "\u201d")):
        rest = byline.sub("", block, count=1)
        rest = weekday_pattern().sub(" ", CLOCK.sub(" ", date_pattern().sub(" ", rest)))
        filler = _filler()
        words = [w for w in _words(rest) if w.lower() not in filler]
        if _is_names(words):
            return True
    return is_stamp(block)
