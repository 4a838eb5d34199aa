"""The small model's named entities with its known errors fixed.

The small English model tags "Kursk" PRODUCT, "Kyiv" PERSON and "Belgorod"
NORP or ORG, finds only "Smirnov" of "Alexei Smirnov", and misses some towns
outright. :func:`correct_entities` fixes them with the offline gazetteer and
the words around them:

- a span the gazetteer knows as a place becomes GPE when its context says
  "place": "the X region", "in/into/from/near X", or when the model's label
  cannot be right for a well-known place (PRODUCT, WORK_OF_ART…);
- a PERSON that is a capital or a city of over a million and is used like one
  ("Kyiv's forces", "Kyiv launched") becomes GPE;
- a standard abbreviation ("W.Va.", "U.S.", "Columbia, Mo.") the model skipped
  becomes GPE (:mod:`~sitrep.places.abbreviations`);
- a capitalised token the model skipped becomes GPE after a place preposition,
  before a region or local-unit word ("Igabi LGA"), or as the qualifier of a
  place ("Sucre (Chuquisaca)", "Shiroro LGA, Niger"), if the gazetteer knows it;
- a name after a country's possessive ("Ukraine's Gorlovka") becomes GPE when
  the gazetteer finds a town of some size of that name in that country;
- a PERSON is extended left over capitalised given names the model dropped;
- a lone proper noun tagged DATE or CARDINAL ("the city of Taizz") becomes GPE in a place
  context when the gazetteer knows it;
- a demonym the model tagged GPE ("Ukrainian troops") becomes NORP;
- a country name the model split ("Trinidad" and "Tobago") is joined again;
- a "Place, Region" the model merged ("Robe, Bale", "Thruxton, Hampshire") is
  cut in two places;
- a well-known place that starts an organisation's or office's name ("the
  Karnataka Assembly", "Butler County Coroner") or ends a byline in capitals
  ("Associated Press WASHINGTON") becomes a GPE of its own
  (:mod:`~sitrep.nlp.embedded_places`).

The rules live in :mod:`~sitrep.nlp.place_labels`, :mod:`~sitrep.nlp.place_spans`,
:mod:`~sitrep.nlp.embedded_places` and :mod:`~sitrep.nlp.person_names`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .embedded_places import split_embedded
from .person_names import extend_person, missed_people
from .place_labels import (
    MISLABELS,
    WORDLESS,
    is_abbreviated_place,
    is_dated_place,
    is_demonym,
    is_missed_place,
    is_place_use,
    named_countries,
)
from .place_spans import complete_names, join_countries, split_qualified

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from ..gazetteer.protocol import Places

__all__ = ["correct_entities"]

#: Only these labels can turn into GPE; dates, numbers and places themselves never do.
_RELABELLABLE = MISLABELS | {"PERSON"}


def correct_entities(doc: Doc, gazetteer: Places, *,
                     countries: Iterable[str] = ()) -> list[Span]:
    """Return ``doc.ents`` with the small model's known errors fixed, in text order.

    ``countries`` (ISO alpha-2) are the article's countries as far as they
    are known (the dateline); the countries and demonyms named in the text
    are added to them.
    """
    from spacy.tokens import Span

    known = set(countries) | named_countries(gazetteer, doc)
    spans: list[Span] = []
    for ent in doc.ents:
        label = ent.label_
        if label in _RELABELLABLE and is_place_use(gazetteer, ent, known, spans):
            label = "GPE"
        elif label in WORDLESS and is_dated_place(gazetteer, ent, known, spans):
            label = "GPE"  # "the city of Taizz" tagged DATE or CARDINAL
        elif label == "GPE" and is_demonym(gazetteer, ent.text):
            label = "NORP"  # the model calls "Ukrainian" a GPE at times
        elif label == "PERSON":
            ent = extend_person(doc, ent, taken=spans)
        spans.append(Span(doc, ent.start, ent.end, label=label))
    taken = {i for s in spans for i in range(s.start, s.end)}
    for tok in doc:
        if tok.i in taken:
            continue
        before = [s for s in spans if s.end <= tok.i]
        if not (is_abbreviated_place(tok, before[-2:])
                or is_missed_place(gazetteer, tok, known, before[-2:])):
            continue
        spans.append(Span(doc, tok.i, tok.i + 1, label="GPE"))
        spans.sort(key=lambda s: s.start)
        taken.add(tok.i)
    spans.extend(missed_people(doc, taken))
    spans.sort(key=lambda s: s.start)
    spans = split_embedded(gazetteer, doc, split_qualified(gazetteer, doc, spans))
    return join_countries(gazetteer, doc, complete_names(gazetteer, doc, spans))
