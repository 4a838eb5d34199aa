"""Place names the small model cut short or split, made whole again.

- "Krasnaya" + "Yaruga" -> "Krasnaya Yaruga" when the longer name is a known place;
- "Trinidad" + "and" + "Tobago" -> "Trinidad and Tobago" when that is a country.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .place_context import PLACE_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from ..gazetteer.protocol import Places

__all__ = ["complete_names", "join_countries"]


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
    together they name a country."""
    from spacy.tokens import Span

    out: list[Span] = []
    for span in spans:
        last = out[-1] if out else None
        if (
            last is not None and span.start == last.end + 1
            and doc[last.end].lower_ in {"and", "&"} and span.label_ in PLACE_LABELS
            and gazetteer.country_for_name(doc[last.start : span.end].text)
        ):
            out[-1] = Span(doc, last.start, span.end, label="GPE")
        else:
            out.append(span)
    return out
