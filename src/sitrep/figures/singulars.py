"""Counts of one that no figure phrase gives: "a civilian was killed", "Soldier killed".

A person noun after "a"/"an"/"another", or a bare singular one in headline
style ("Ukrainian soldier killed", "shelling kills civilian"), counts one
person, when something says what happened to them or the noun is part of a
larger figure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.model import doc_text
from ..records import Count
from .categories import category_of, cue_after, cue_before, is_person_noun
from .claimants import headline_credit
from .parts import part_marker, part_parent
from .reading import Figure
from .subjects import bare_singular, is_spaced_dash, loose_singular, phrase_start, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["read_singulars"]

_ONE = frozenset({"a", "an", "another"})


def read_singulars(doc: Doc, counts: list[Count], stage: str) -> list[Figure]:
    """The counts of one in ``doc`` that none of ``counts`` covers already."""
    out: list[Figure] = []
    for tok in doc:
        if bare_singular(tok):  # headline style: "Ukrainian soldier killed"
            noun, tok = tok, phrase_start(tok)
        elif loose_singular(tok):  # misparsed: "shelling kills civilian", "Civilian dies"
            noun, tok = tok, phrase_start(tok, surface=True)
        elif tok.lower_ in _ONE and tok.dep_ == "det":
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
        part_of = part_parent(noun)
        if found is None and part_of is None:
            continue
        start, end = tok.idx, noun.idx + len(noun.text)
        marker = part_marker(noun) if part_of is not None else None
        if marker is not None and marker.idx < start:
            start = marker.idx
        count = Count(
            text=doc_text(doc)[start:end], start=start, end=end, value=1, low=None, high=None,
            category=found[0] if found else "other", subject=subject_of(noun), claimant=None,
            stage=stage,
        )  # fmt: skip
        out.append(Figure(count, tok, noun, found[1] if found else None, part_of))
    return out
