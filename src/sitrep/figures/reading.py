"""Reading one figure phrase of a parsed Doc: whom it counts, what happened to them.

For a figure phrase (:func:`figure_phrases`: those of
:func:`~sitrep.figures.numbers.find_quantities`, plus any CARDINAL entity
they miss) :func:`read_figure` finds:

- the counted noun: the one the number modifies ("At least 12 *civilians*")
  or its "of" phrase ("dozens of *people*");
- the category, from the predicate (:func:`~sitrep.figures.categories.category_of`),
  from a casualty noun ("15 deaths"), or from the word right after the
  figure when the parse of a headline does not link them ("Five dead in
  fighting");
- the subject: the counted noun as written, lowercased.

A figure of people with no category is kept as ``"other"`` ("deployed 10,000
troops"); a figure of things ("28 towns", "2,000 strikes"), a year or an age
is dropped. A part of another figure ("…, including 10 children") starts at
its marker word.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..nlp.model import doc_text
from ..records import Count
from .categories import (
    BRIDGE_WORDS,
    TOTALS,
    category_of,
    cue_after,
    cue_at,
    cue_before,
    is_person_noun,
    joint_category,
    word_category,
)
from .numbers import QuantityMatch, find_quantities, parse_quantity
from .parts import part_marker, part_parent
from .realis import realis
from .subjects import anchor_of, counted_noun, counts_things, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Figure", "KILLED_INJURED", "figure_phrases", "read_figure"]

_NOT_COUNT_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})
#: Categories that pair up as "killed and injured".
KILLED_INJURED = frozenset({"killed", "injured", "killed_or_injured"})
#: What a figure of a group's members may say happened to them.
_HARMED = frozenset({"killed", "injured", "killed_or_injured", "abducted", "captured"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "MONEY"})
#: Roles in which a figure is some verb's object, so it shares no cue with what follows.
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "attr", "oprd"})


@dataclass(slots=True)
class Figure:
    """A count read from the Doc, with the tokens it was read from."""

    count: Count
    anchor: Token  # the number token
    noun: Token | None  # the counted noun
    cue: Token | None  # the token that gave the category
    part_of: Token | None  # for a part: the token its marker hangs on


def figure_phrases(doc: Doc) -> list[QuantityMatch]:
    """The figure phrases of ``doc``, then the CARDINAL entities that none overlaps."""
    matches = find_quantities(doc_text(doc))
    taken = [(m.start, m.end) for m in matches]
    for ent in doc.ents:
        if ent.label_ != "CARDINAL":
            continue
        if any(s < ent.end_char and ent.start_char < e for s, e in taken):
            continue
        quantity = parse_quantity(ent.text)
        if quantity is not None:
            matches.append(QuantityMatch(ent.text, ent.start_char, ent.end_char, quantity))
    return matches


def read_figure(doc: Doc, match: QuantityMatch, stage: str) -> Figure | None:
    """The count that figure phrase ``match`` gives, or None when it counts no people."""
    span = doc.char_span(match.start, match.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    anchor = anchor_of(span)
    noun, role = counted_noun(span, anchor)
    found = category_of(role)
    last = noun.i if noun is not None and noun.i >= span.end else span.end - 1
    after = cue_after(doc, last + 1, join=role.dep_ not in _OBJECT_DEPS)
    if found is None and noun is not None:
        found = _noun_category(noun)
    if found is None:
        found = after
    elif after is not None and after[1].i == last + 1 and found[1].i < anchor.i:
        found = after  # "Civilian wounded, two militiamen killed": the nearer cue wins
    if found is None and (noun is None or is_person_noun(noun)):
        found = cue_before(span[0])  # "kills at least one", "killing two"
    if found is not None and found[0] in KILLED_INJURED:
        found = joint_category(found[1], found[0]), found[1]
    if found is not None and not realis(found[1]):
        found = None  # "threatened to kill 20 hostages"
    category, cue = found if found else (None, None)
    if noun is not None and category in (None, "other") and _suicide(noun):
        category, cue = "killed", noun  # "two suicide bombers": they died in the attack
    person = noun is not None and (is_person_noun(noun) or _suicide(noun))
    if noun is None and counts_things(anchor):
        return None
    adjacent = cue is not None and noun is None and cue.i >= span.end and all(
        t.lower_ in BRIDGE_WORDS for t in doc[span.end : cue.i]
    )
    tolled = cue is not None and cue.lemma_.lower() in TOTALS  # NER may call it a DATE
    if not _plausible(span, match, noun, person, category, adjacent or tolled):
        return None
    counted = noun if noun is not None else role
    part_of = part_parent(counted)
    if category is None and part_of is None:
        if not person or match.quantity.value in (None, 0, 1):
            return None
        category = "other"
    start = match.start
    if part_of is not None:
        marker = part_marker(counted)
        if marker is not None and marker.idx < start:
            start = marker.idx
    end = match.end
    if noun is not None and noun.i >= anchor.i:
        end = max(end, noun.idx + len(noun.text))
    q = match.quantity
    count = Count(
        text=doc_text(doc)[start:end], start=start, end=end, value=q.value, low=q.low,
        high=q.high, category=category or "other", subject=_subject(noun), claimant=None,
        stage=stage,
    )  # fmt: skip
    return Figure(count, anchor, noun, cue, part_of)


def _subject(noun: Token | None) -> str | None:
    if noun is not None and _suicide(noun):
        return "suicide " + noun.lower_
    return subject_of(noun)


def _suicide(noun: Token) -> bool:
    return noun.lemma_.lower() in ("bomber", "attacker") and any(
        c.lower_ == "suicide" for c in noun.children)


def _noun_category(noun: Token) -> tuple[str, Token] | None:
    cat = word_category(noun)
    if cat:
        return cat, noun
    for child in noun.children:  # "12 civilian deaths" is on "deaths"; "12 war dead"
        if child.dep_ in ("amod", "compound") and word_category(child) and child.i > noun.i:
            return word_category(child) or "", child
    return None


def _plausible(
    span: Span, match: QuantityMatch, noun: Token | None, person: bool, category: str | None,
    adjacent: bool,
) -> bool:
    """False for years, dates, money and the like, unless people are plainly counted.

    ``adjacent``: a casualty word follows the bare figure ("Forty killed"), which
    the model may still have tagged as a date.
    """
    text = match.text.strip()
    year = text.isdecimal() and len(text) == 4 and 1800 <= int(text) <= 2100
    if year and any(t.ent_type_ == "DATE" for t in span):
        return False  # "In 2014 people fled"
    if adjacent and not year and not any(t.ent_type_ in ("MONEY", "PERCENT") for t in span):
        return True
    if person or (noun is not None and (word_category(noun) or cue_at(noun))):
        return True  # "12 civilians", "15 deaths", "Two shot dead"
    named = noun is not None and (noun.pos_ == "PROPN" or noun.is_upper and len(noun) > 1)
    if noun is not None and named and category in _HARMED and (
        noun.ent_type_ not in _PLACE_LABELS
    ):
        return True  # an armed group's name: "Three Mayi Mayi were killed", "8 ADF killed"
    if noun is not None and noun.lemma_.lower() == "life":
        return category is not None  # "claimed 9 lives"
    if any(t.ent_type_ in _NOT_COUNT_LABELS for t in span):
        return False
    if year:
        return False
    if noun is not None and noun.pos_ in ("NOUN", "PROPN") and not person:
        return False  # "28 towns", "2,000 strikes"
    return category is not None
