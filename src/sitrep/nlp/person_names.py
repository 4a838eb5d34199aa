"""People's names the small model cut short or skipped.

It finds only "Smirnov" of "Alexei Smirnov", and misses some full names
outright. A PERSON is extended left over the capitalised given names before
it; a run of capitalised proper nouns outside every entity is a person when
the words around it say so: a title in apposition (reference data
``common/titles``) or a verb of telling.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import reference
from ..speech.cues import TELLING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["extend_person", "missed_people"]


def extend_person(doc: Doc, ent: Span, *, taken: list[Span]) -> Span:
    """``ent`` grown left over capitalised proper nouns, up to the last span of ``taken``."""
    start = ent.start
    last_end = taken[-1].end if taken else 0
    while start - 1 >= last_end:
        prev = doc[start - 1]
        if not (prev.is_title and prev.pos_ == "PROPN" and not prev.is_sent_start):
            break
        start -= 1
    return doc[start : ent.end] if start != ent.start else ent


def missed_people(doc: Doc, taken: set[int]) -> list[Span]:
    """Full names the model skipped: "Alexei Smirnov, the acting governor, said…".

    A run of two or three capitalised proper nouns outside any entity (token
    indices in ``taken``, which grows by the names found) is a person when a
    title follows it in apposition, or when it is the subject of a verb of telling.
    """
    from spacy.tokens import Span

    found = []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and j - i < 3 and j not in taken and doc[j].is_title \
                and doc[j].pos_ == "PROPN":
            j += 1
        if j - i >= 2 and _person_frame(doc, i, j):
            found.append(Span(doc, i, j, label="PERSON"))
            taken.update(range(i, j))
        i = max(j, i + 1)
    return found


def _person_frame(doc: Doc, start: int, end: int) -> bool:
    root = doc[start:end].root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in TELLING:
        return True
    if end < len(doc) and doc[end].text == ",":
        for tok in doc[end + 1:min(end + 6, len(doc))]:
            if tok.text in {",", "."}:
                break
            if tok.lemma_.lower() in reference.words("common/titles"):
                return True
    return False
