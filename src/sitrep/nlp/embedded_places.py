"""Places named inside an organisation's or an office's name.

The small model tags "the Karnataka Assembly", "Belfast Magistrate's Court" and
"Butler County Coroner" as one ORG or PERSON, and a byline's "Associated Press
WASHINGTON" as one ORG. The place at the start of such a name, or in capitals at
its end, is a place of its own when the gazetteer knows it well: a country,
an admin region, a capital or admin seat, or a town of some size, or a name
followed by a region word ("Butler County"). The rest of the name keeps its
label. Only names ending in an office or body word (``nlp/org_heads``) are cut
at the start, so "Paris Hilton" stays a person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import reference
from .place_context import is_never_a_place, is_place_noun

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from ..gazetteer.protocol import Places

__all__ = ["split_embedded"]

_HOSTS = frozenset({"ORG", "PERSON", "FAC"})
#: A town this large, named at the start of an organisation's name, is a place of its own.
_MIN_POPULATION = 50_000
_WELL_KNOWN = frozenset({"PCLI", "ADM1", "ADM2", "PPLC", "PPLA"})
_LONGEST = 3  # words of a place name looked for


def split_embedded(gazetteer: Places, doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` (in order) with a well-known place at the start or, in capitals, at the
    end of an organisation's or office's name made a GPE of its own."""
    from spacy.tokens import Span

    out: list[Span] = []
    for span in spans:
        if span.label_ not in _HOSTS or len(span) < 2:
            out.append(span)
            continue
        lead = _leading_place(gazetteer, span)
        tail = _trailing_caps(gazetteer, span) if lead is None else None
        if lead is not None:  # "the" before the place is left out of both
            out.append(Span(doc, lead[0], lead[1], label="GPE"))
            out.append(Span(doc, lead[1], span.end, label=span.label_))
        elif tail is not None:
            out.append(Span(doc, span.start, tail, label=span.label_))
            out.append(Span(doc, tail, span.end, label="GPE"))
        else:
            out.append(span)
    return out


def _heads() -> frozenset[str]:
    return reference.words("nlp/org_heads")


def _leading_place(gazetteer: Places, span: Span) -> tuple[int, int] | None:
    """The start and end of a well-known place that starts ``span``, if the span ends in
    an office or body word ("the Karnataka Assembly"); None otherwise."""
    words = [t for t in span if not t.is_punct]
    last = words[-1].lower_ if words else ""
    two = " ".join(t.lower_ for t in words[-2:])
    if last not in _heads() and two not in _heads():
        return None
    start = span.start + (1 if span[0].lower_ == "the" else 0)
    for size in range(min(_LONGEST, span.end - start - 1), 0, -1):
        part = span.doc[start:start + size]
        if not all(t.is_title or t.is_upper for t in part) or is_never_a_place(part.text):
            continue
        end = start + size
        after = span.doc[end]
        if after.text in {"'s", "’s"}:
            continue  # "Belfast's court" is no name of the court
        region_word = is_place_noun(after.lower_)
        if region_word and end + 1 < span.end:
            end += 1  # "Butler County Coroner": the place is "Butler County"
        if _well_known(gazetteer, span.doc[start:end].text, region_word):
            return start, end
    return None


def _trailing_caps(gazetteer: Places, span: Span) -> int | None:
    """The start of a place in capitals ending an ORG ("Associated Press WASHINGTON")."""
    if span.label_ != "ORG":
        return None
    for size in range(min(_LONGEST, len(span) - 1), 0, -1):
        part = span.doc[span.end - size:span.end]
        if all(t.is_upper and t.is_alpha and len(t) > 2 for t in part) and not all(
                t.is_upper for t in span) and _well_known(gazetteer, part.text.title(), False):
            return span.end - size
    return None


def _well_known(gazetteer: Places, name: str, region_word: bool) -> bool:
    found = gazetteer.lookup(name, limit=1)
    if not found:
        return False
    best = found[0]
    return region_word or best.feature_code in _WELL_KNOWN or best.population >= _MIN_POPULATION
