"""Running totals: figures that add up many events and belong to none of them.

"Over 200 people killed since the beginning of the year", "five killed over
the past week", "the death toll from the war rose to 13,000", "a conflict that has
left more than 3,000 dead" report a tally,
not the toll of one event. :func:`running_totals` finds such counts from the
clause that governs them; they stay in ``article.counts`` but are never an
event's fatalities, injuries or displaced, and a sentence whose only deaths are
a running total reports no event of its own (see :mod:`sitrep.events.deaths`).
A figure a description states as its coding ("Fatalities coded as 32 in total") is
the event's toll, never a running total.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .. import reference
from ..figures.coded import is_coded
from ..records import Count

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["running_totals", "is_running_total", "TOTAL_CUES"]

_PERIOD = r"(?:days|weeks?|months?|years?|fortnight|decade)"
#: Phrases that make a figure a tally over a span.
TOTAL_CUES = re.compile(
    r"\b(?:since|so far|thus far|to date|in total|a total|total of|altogether|cumulative|"
    r"this (?:year|month)|(?:over|in|during|for|within|throughout) (?:the )?(?:past|last) "
    r"(?:\w+ )?" + _PERIOD + r"|in (?:the )?(?:course of )?(?:one|a|the) (?:week|month|year)"
    r"(?! of\b)|"  # (but "in the week of 25 February" names a week)
    r"over (?:a|one) "
    r"(?:week|month|year)|(?:death )?toll (?:\w+ ){0,2}(?:from|of|in) (?:the )?"
    r"(?:\w+ )?(?:war|conflict|fighting|invasion|hostilities))\b", re.I)


#: Nouns of a long struggle: "a conflict that has killed 3,000" is a tally.
_TALLY_NOUNS = reference.words("events/tally_nouns")


def _of_a_struggle(root: Token) -> bool:
    """Whether the figure is told in a relative clause of a war or conflict noun ("a
    two-year conflict that has left more than 3,000 dead")."""
    cur = root
    while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
        cur = cur.head
    return cur.dep_ == "relcl" and cur.head.lemma_.lower() in _TALLY_NOUNS


def _clause(root: Token) -> list[Token]:
    """The tokens of the clause that governs ``root``: its nearest verb's (or the sentence
    root's) subtree, without the relative and adverbial clauses of other verbs."""
    cur = root
    while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ in ("acl", "amod") and cur.head.i != cur.i:
        cur = cur.head  # "200 people killed …": the headline's noun phrase
    cut = {t.i for c in cur.children if c.dep_ in ("relcl", "advcl") and root not in c.subtree
           for t in c.subtree}
    return [t for t in cur.subtree if t.i not in cut]


def is_running_total(doc: Doc, count: Count) -> bool:
    """Whether ``count`` is a tally over a span ("since…", "so far", "over the past week")."""
    span = doc.char_span(count.start, count.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    if _of_a_struggle(span.root):
        return True
    tokens = _clause(span.root)
    text = " ".join(t.text for t in tokens)
    return TOTAL_CUES.search(text) is not None


def running_totals(doc: Doc, counts: Sequence[Count]) -> set[int]:
    """Start offsets of the counts that are running totals."""
    return {c.start for c in counts if c.category in ("killed", "injured", "killed_or_injured",
                                                      "displaced", "evacuated")
            and not is_coded(c) and is_running_total(doc, c)}
