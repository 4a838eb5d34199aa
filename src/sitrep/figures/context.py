"""What a figure takes from the figures around it, once all of a Doc's are read.

- a part ("…, including 10 children") takes its parent's category, or
  ``killed_or_injured`` when it hangs on a "killed and injured" pair;
- a partitive ("four of them") or a running total ("bringing the total to
  50") takes the category of the figure before it in its sentence; a total of
  nothing the sentence names is dropped;
- a figure of one that tells whose another figure's people are ("3 members of
  one family") is dropped;
- a bare number or "others" takes the subject of the previous count of the
  sentence, so in "12 civilians were killed and 121 injured" the 121 are
  "civilians";
- every figure gets its claimant (:func:`~sitrep.figures.claimants.find_claimant`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .categories import TOTALS, category_of
from .claimants import find_claimant
from .parts import is_partitive
from .reading import KILLED_INJURED, Figure
from .subjects import apposed_subject, is_anaphor

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["settle"]


def settle(doc: Doc, found: list[Figure]) -> list[Figure]:
    """Give parts their parents' category, inherit subjects, find claimants.

    ``found`` is in text order; the figures kept are returned, in that order.
    """
    for item in found:
        if item.part_of is not None and item.cue is None:
            item.count.category = _parent_category(item, found)
    kept: list[Figure] = []
    for i, item in enumerate(found):
        count = item.count
        if _owner_of_another(item, found):
            continue  # "3 members of one family": whose the three are, no fourth victim
        if count.category == "other" and is_partitive(count.text):
            count.category = _inherited(item, found[:i], "category") or "other"
        if count.category == "other" and _is_total(item):
            # "Two more bodies were found, bringing the total to 50": a total of those
            inherited = _inherited(item, found[:i], "category")
            if inherited is None:
                continue  # a total of what, the sentence does not say
            count.category = inherited
        if count.subject is None and item.noun is not None and is_anaphor(item.noun):
            count.subject = apposed_subject(item.noun)  # "two of them children"
        tolled = item.cue is not None and item.cue.lemma_.lower() in TOTALS
        if count.subject is None and not tolled and (
            item.noun is None or is_anaphor(item.noun)
        ):
            count.subject = _inherited(item, found[:i], "subject")
        token = item.cue if item.cue is not None else item.noun or item.anchor
        span = doc.char_span(count.start, count.end, alignment_mode="expand")
        bounds = (span.start, span.end) if span is not None else None
        count.claimant = find_claimant(doc, token, exclude=bounds)
        kept.append(item)
    return kept


def _owner_of_another(item: Figure, found: list[Figure]) -> bool:
    """A figure "one …" that only tells whose the people of a larger figure are: "one
    family" in "3 members of one family" (not "a person" in "the relative of a person")."""
    noun = item.noun
    if item.count.value != 1 or not item.anchor.like_num or noun is None \
            or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    owner = noun.head.head
    return any(other is not item and owner in (other.noun, other.anchor)
               and (other.count.value or 0) > 1 for other in found)


def _is_total(item: Figure) -> bool:
    return item.cue is not None and item.cue.lemma_.lower() == "total"


def _parent_category(item: Figure, found: list[Figure]) -> str:
    """A part's category: its parent's, or killed_or_injured under "killed and injured"."""
    parent = item.part_of
    assert parent is not None
    cluster = {parent.i}
    if parent.dep_ == "conj":
        cluster.add(parent.head.i)
    cluster.update(c.i for c in parent.children if c.dep_ == "conj")
    categories = set()
    for other in found:
        if other is item or other.part_of is not None:
            continue
        touched = {t.i for t in (other.cue, other.noun, other.anchor) if t is not None}
        if touched & cluster:
            categories.add(other.count.category)
    if len(categories) == 1:
        return categories.pop()
    if categories and categories <= KILLED_INJURED:
        return "killed_or_injured"
    found_cat = category_of(parent) if parent.pos_ != "VERB" else None
    return found_cat[0] if found_cat else "other"


def _inherited(item: Figure, before: list[Figure], field: str) -> str | None:
    """``field`` of the nearest earlier whole count of the same sentence that has one."""
    sent = item.anchor.sent
    for other in reversed(before):
        if other.anchor.sent != sent:
            break
        value = getattr(other.count, field)
        if field == "subject" and value and "suicide" in value:
            continue  # "a suicide bomber …, killing five": the five are the bomber's victims
        if value and other.part_of is None and (field == "subject" or value != "other"):
            return value
    return None
