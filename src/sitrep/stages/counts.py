"""Casualty, displacement and arrest figures, with who was counted and who said so.

For every figure phrase in the text (:func:`sitrep.figures.numbers.find_quantities`,
plus any CARDINAL entity those miss, plus "a"/"an"/"another" before a person
noun, plus a bare singular person noun in headline style, "Soldier killed")
the stage finds:

- the counted noun: the one the number modifies ("At least 12 *civilians*")
  or its "of" phrase ("dozens of *people*");
- the category, from the predicate (:func:`sitrep.figures.categories.category_of`),
  from a casualty noun ("15 deaths"), or from the word right after the
  figure when the parse of a headline does not link them ("Five dead in
  fighting");
- the subject: the counted noun as written, lowercased; a bare number or
  "others" inherits it from the previous count of the sentence, so in "12
  civilians were killed and 121 injured" the 121 are "civilians";
- the claimant (:func:`sitrep.figures.claimants.find_claimant`).

A figure of people with no category is kept as ``"other"`` ("deployed 10,000
troops"); a figure of things ("28 towns", "2,000 strikes"), a year or an age
is dropped.

A part of another figure ("…, including 10 children") is kept, with its
marker word in ``text`` ("including 10 children") so :func:`is_subcount`
tells it apart and the events stage does not add it twice. Its category is
its parent's, or ``killed_or_injured`` when it hangs on a "killed and
injured" pair.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from ..figures.categories import (
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
from ..figures.claimants import find_claimant, headline_credit, share_claimants
from ..figures.numbers import QuantityMatch, find_quantities, parse_quantity
from ..figures.subjects import (
    anchor_of,
    apposed_subject,
    bare_singular,
    counted_noun,
    counts_things,
    is_anaphor,
    is_spaced_dash,
    loose_singular,
    phrase_start,
    subject_of,
)
from ..nlp.model import doc_text
from ..records import Count
from .base import Stage, Work

__all__ = ["CountsStage", "is_subcount", "SUBCOUNT_MARKERS"]

log = logging.getLogger(__name__)

#: Words that open a part of a larger figure: "including 10 children".
SUBCOUNT_MARKERS = ("including", "among them", "among whom", "among", "incl.", "incl")
_SUB_PREPS = frozenset({"including", "among", "incl", "incl."})
_PART_PREPS = frozenset({"including", "incl", "incl."})  # "among" only in "among them"
_PARTITIVE_RE = re.compile(r"\b(?:of|among)\s+(?:them|whom|those|these)\b", re.IGNORECASE)
_NOT_COUNT_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})
_KILLED_INJURED = frozenset({"killed", "injured", "killed_or_injured"})
#: Roles in which a figure is some verb's object, so it shares no cue with what follows.
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "attr", "oprd"})


def is_subcount(count: Count) -> bool:
    """True for a figure that is part of another ("including 10 children", "four of them")."""
    text = count.text.lower()
    return text.startswith(SUBCOUNT_MARKERS) or _PARTITIVE_RE.search(text) is not None


@dataclass(slots=True)
class _Found:
    count: Count
    anchor: Any  # the number token
    noun: Any | None  # the counted noun
    cue: Any | None  # the token that gave the category
    sub_of: Any | None  # for a part: the token its marker hangs on


class CountsStage(Stage):
    name = "counts"
    version = 1
    requires = ("doc", "entities")
    assigns = ("counts",)

    def __call__(self, work: Work) -> None:
        doc = work.doc
        if doc is None:
            log.debug("%s: no parsed doc; counts skipped", work.article.id)
            return
        found: list[_Found] = []
        for match in self._matches(doc):
            item = self._read(doc, match)
            if item is not None:
                found.append(item)
        found.extend(self._singulars(doc, [f.count for f in found]))
        found.sort(key=lambda f: f.count.start)
        counts = [f.count for f in self._finish(doc, found)]
        share_claimants(doc, counts)
        work.article.counts.extend(counts)

    # -------------------------------------------------------------- candidates

    def _matches(self, doc: Any) -> list[QuantityMatch]:
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

    def _read(self, doc: Any, match: QuantityMatch) -> _Found | None:
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
        if found is not None and found[0] in _KILLED_INJURED:
            found = joint_category(found[1], found[0]), found[1]
        category, cue = found if found else (None, None)
        person = noun is not None and is_person_noun(noun)
        if noun is None and counts_things(anchor):
            return None
        adjacent = cue is not None and noun is None and cue.i >= span.end and all(
            t.lower_ in BRIDGE_WORDS for t in doc[span.end : cue.i]
        )
        tolled = cue is not None and cue.lemma_.lower() in TOTALS  # NER may call it a DATE
        if not _plausible(span, match, noun, person, category, adjacent or tolled):
            return None
        counted = noun if noun is not None else role
        sub_of = _subcount_parent(counted)
        if category is None and sub_of is None:
            if not person or match.quantity.value in (None, 0, 1):
                return None
            category = "other"
        start = match.start
        if sub_of is not None:
            marker = _marker(counted)
            if marker is not None and marker.idx < start:
                start = marker.idx
        end = match.end
        if noun is not None and noun.i >= anchor.i:
            end = max(end, noun.idx + len(noun.text))
        q = match.quantity
        count = Count(
            text=doc_text(doc)[start:end], start=start, end=end, value=q.value, low=q.low,
            high=q.high, category=category or "other", subject=subject_of(noun), claimant=None,
            stage=self.tag,
        )  # fmt: skip
        return _Found(count, anchor, noun, cue, sub_of)

    def _singulars(self, doc: Any, counts: list[Count]) -> list[_Found]:
        """ "a civilian was killed", "another soldier was wounded": a count of one."""
        out: list[_Found] = []
        for tok in doc:
            if bare_singular(tok):  # headline style: "Ukrainian soldier killed"
                noun, tok = tok, phrase_start(tok)
            elif loose_singular(tok):  # misparsed: "shelling kills civilian", "Civilian dies"
                noun, tok = tok, phrase_start(tok, surface=True)
            elif tok.lower_ in ("a", "an", "another") and tok.dep_ == "det":
                noun = tok.head
                if noun.i <= tok.i or noun.tag_ not in ("NN", "NNP"):
                    continue
                if not is_person_noun(noun):
                    continue
            else:
                continue
            if any(c.start <= tok.idx < c.end or c.start <= noun.idx < c.end for c in counts):
                continue
            if any(f.noun is not None and f.noun.i == noun.i for f in out):
                continue
            credit = headline_credit(noun.sent)
            if credit is not None and credit.start <= noun.idx < credit.end:
                continue  # the source a headline credits: "… - army spokesman"
            if any(is_spaced_dash(t) for t in doc[tok.i : noun.i]):
                tok = noun  # "… wounded - interior minister"
            found = (category_of(noun) or cue_after(doc, noun.i + 1, join=False)
                     or cue_before(tok))
            sub_of = _subcount_parent(noun)
            if found is None and sub_of is None:
                continue
            start, end = tok.idx, noun.idx + len(noun.text)
            marker = _marker(noun) if sub_of is not None else None
            if marker is not None and marker.idx < start:
                start = marker.idx
            count = Count(
                text=doc_text(doc)[start:end], start=start, end=end, value=1, low=None, high=None,
                category=found[0] if found else "other", subject=subject_of(noun), claimant=None,
                stage=self.tag,
            )  # fmt: skip
            out.append(_Found(count, tok, noun, found[1] if found else None, sub_of))
        return out

    # -------------------------------------------------------------- second pass

    def _finish(self, doc: Any, found: list[_Found]) -> list[_Found]:
        """Give parts their parents' category, inherit subjects, find claimants."""
        for item in found:
            if item.sub_of is not None and item.cue is None:
                item.count.category = _parent_category(item, found)
        kept: list[_Found] = []
        for i, item in enumerate(found):
            count = item.count
            if count.category == "other" and _PARTITIVE_RE.search(count.text):
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


# ------------------------------------------------------------------ helpers

def _is_total(item: _Found) -> bool:
    return item.cue is not None and item.cue.lemma_.lower() == "total"


def _noun_category(noun: Any) -> tuple[str, Any] | None:
    cat = word_category(noun)
    if cat:
        return cat, noun
    for child in noun.children:  # "12 civilian deaths" is on "deaths"; "12 war dead"
        if child.dep_ in ("amod", "compound") and word_category(child) and child.i > noun.i:
            return word_category(child) or "", child
    return None


def _plausible(
    span: Any, match: QuantityMatch, noun: Any, person: bool, category: Any, adjacent: bool
) -> bool:
    """False for years, dates, money and the like, unless people are plainly counted.

    ``adjacent``: a casualty word follows the bare figure ("Forty killed"), which
    the model may still have tagged as a date.
    """
    text = match.text.strip()
    year = text.isdigit() and len(text) == 4 and 1800 <= int(text) <= 2100
    if year and any(t.ent_type_ == "DATE" for t in span):
        return False  # "In 2014 people fled"
    if adjacent and not year and not any(t.ent_type_ in ("MONEY", "PERCENT") for t in span):
        return True
    if person or (noun is not None and (word_category(noun) or cue_at(noun))):
        return True  # "12 civilians", "15 deaths", "Two shot dead"
    if noun is not None and noun.lemma_.lower() == "life":
        return category is not None  # "claimed 9 lives"
    if any(t.ent_type_ in _NOT_COUNT_LABELS for t in span):
        return False
    if year:
        return False
    if noun is not None and noun.pos_ in ("NOUN", "PROPN") and not person:
        return False  # "28 towns", "2,000 strikes"
    return category is not None


def _subcount_parent(token: Any) -> Any | None:
    """The token a part hangs on: "[people], including 3 children" gives "people"."""
    if token.dep_ == "pobj" and token.head.lower_ in _PART_PREPS:
        return token.head.head
    for child in token.children:  # "..., among them three children"
        if child.dep_ == "prep" and child.lower_ in _SUB_PREPS:
            if any(g.dep_ == "pobj" and g.pos_ == "PRON" for g in child.children):
                return token.head if token.dep_ in ("appos", "conj") else None
    return None


def _marker(token: Any) -> Any | None:
    if token.dep_ == "pobj" and token.head.lower_ in _PART_PREPS:
        return token.head
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in _SUB_PREPS:
            return child
    return None


def _parent_category(item: _Found, found: list[_Found]) -> str:
    """A part's category: its parent's, or killed_or_injured under "killed and injured"."""
    parent = item.sub_of
    cluster = {parent.i}
    if parent.dep_ == "conj":
        cluster.add(parent.head.i)
    cluster.update(c.i for c in parent.children if c.dep_ == "conj")
    categories = set()
    for other in found:
        if other is item or other.sub_of is not None:
            continue
        touched = {t.i for t in (other.cue, other.noun, other.anchor) if t is not None}
        if touched & cluster:
            categories.add(other.count.category)
    if len(categories) == 1:
        return categories.pop()
    if categories and categories <= _KILLED_INJURED:
        return "killed_or_injured"
    found_cat = category_of(parent) if parent.pos_ != "VERB" else None
    return found_cat[0] if found_cat else "other"


def _inherited(item: _Found, before: list[_Found], field: str) -> str | None:
    """``field`` of the nearest earlier whole count of the same sentence that has one."""
    sent = item.anchor.sent
    for other in reversed(before):
        if other.anchor.sent != sent:
            break
        value = getattr(other.count, field)
        if value and other.sub_of is None and (field == "subject" or value != "other"):
            return value
    return None
