"""Place names the small model cut short, split or merged, set right.

- "Krasnaya" + "Yaruga" -> "Krasnaya Yaruga" when the longer name is a known place;
- "Trinidad" + "and" + "Tobago" -> "Trinidad and Tobago" when that is a country,
  "Jammu" + "and" + "Kashmir" when that is a first-level region;
- "Robe, Bale" (one PERSON), "Thruxton, Hampshire" (one GPE), "Owerri (Owerri
  Municipal, Imo" (one ORG) -> a place and the regions it lies in;
- "Donetsk - Kyiv" (one ORG, a headline and its credited source) -> two places.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .place_context import PLACE_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..gazetteer.protocol import Places

__all__ = ["complete_names", "join_countries", "split_qualified"]

#: The labels a merged "Place, Region" may carry.
_MERGED = frozenset({"GPE", "LOC", "FAC", "PERSON", "ORG"})
#: A region after the comma must be a region, a country or a town this large.
_QUALIFIER_MIN_POPULATION = 10_000


def complete_names(gazetteer: Places, doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` (in order) with each place grown over up to two more capitalised proper
    nouns when the longer name is a known place: the small model often stops a two-word
    town name after its first word."""
    from spacy.tokens import Span

    out: list[Span] = []
    for i, span in enumerate(spans):
        limit = spans[i + 1].start if i + 1 < len(spans) else len(doc)
        end = span.end
        if span.label_ in PLACE_LABELS:
            for extra in (1, 2):
                stop = span.end + extra
                if stop > limit or not all(
                    t.is_title and t.pos_ == "PROPN" for t in doc[span.end:stop]
                ):
                    break
                if gazetteer.lookup(doc[span.start:stop].text, limit=1):
                    end = stop
        out.append(Span(doc, span.start, end, label=span.label_) if end != span.end
                   else span)
    return out


def join_countries(gazetteer: Places, doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` (in order) with two places joined by "and" or "&" made one GPE when
    together they name a country or a first-level region ("Jammu and Kashmir")."""
    from spacy.tokens import Span

    out: list[Span] = []
    for span in spans:
        last = out[-1] if out else None
        if (
            last is not None and span.start == last.end + 1
            and doc[last.end].lower_ in {"and", "&"} and span.label_ in PLACE_LABELS
            and _joint_name(gazetteer, doc[last.start : span.end].text)
        ):
            out[-1] = Span(doc, last.start, span.end, label="GPE")
        else:
            out.append(span)
    return out


def _joint_name(gazetteer: Places, text: str) -> bool:
    if gazetteer.country_for_name(text):
        return True
    best = gazetteer.best(text)
    return best is not None and best.feature_code == "ADM1" and \
        best.name.casefold() == text.casefold()


def split_qualified(gazetteer: Places, doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` (in order) with each "Place, Region" or "Place (Region" the model merged
    into one entity cut at its commas and brackets: each known part becomes a GPE of its
    own; an unknown first part keeps the label of a facility ("Donington Park,
    Leicestershire") and is dropped from a person or organisation."""
    from spacy.tokens import Span

    out: list[Span] = []
    for span in spans:
        cuts = [t.i for t in span if _cut(t) and span.start < t.i < span.end - 1]
        if span.label_ not in _MERGED or not cuts:
            out.append(span)
            continue
        bounds = [span.start, *cuts, span.end]
        parts = [(a + (a != span.start), b) for a, b in zip(bounds, bounds[1:], strict=False)]
        parts = [(a, b) for a, b in parts if a < b]
        rest = parts[1:]
        if not rest or not all(_titled(doc[a:b]) and _region(gazetteer, doc[a:b].text)
                                for a, b in rest):
            out.append(span)
            continue
        first = doc[parts[0][0]:parts[0][1]]
        known = bool(gazetteer.lookup(first.text, limit=1))
        if known:
            out.append(Span(doc, first.start, first.end, label="GPE"))
        elif span.label_ in {"PERSON", "ORG"}:
            out.append(span)  # "Smith, Texas": a person's name before a place is no place
            continue
        else:
            out.append(Span(doc, first.start, first.end, label=span.label_))
        out.extend(Span(doc, a, b, label="GPE") for a, b in rest)
    return out


def _titled(part: Span) -> bool:
    return all(t.is_title or t.is_upper for t in part if t.is_alpha)


def _cut(tok: Token) -> bool:
    """A comma, or a dash standing apart ("Donetsk - Kyiv", a headline's credited source)."""
    return tok.text in {",", "(", "—", "–"} or (tok.text == "-" and bool(tok.whitespace_))


def _region(gazetteer: Places, name: str) -> bool:
    found = gazetteer.lookup(name, limit=3)
    return any(c.feature_code in {"ADM1", "ADM2", "PCLI"}
               or c.population >= _QUALIFIER_MIN_POPULATION for c in found)
