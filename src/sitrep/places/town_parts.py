"""A town told by one of its parts: "Rutshuru Centre", "Kale Town", "Matupi Township".

News and reports often name a town with a word for its centre or its area after
it. When the whole name is not in the gazetteer but the name before that word is
a populated place in one of the article's countries, the mention is that town
(with its own coordinates), not an unknown site.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from .. import reference

if TYPE_CHECKING:
    from ..gazetteer.protocol import Places
    from ..records import Entity, Place

__all__ = ["town_part_places"]

_HOSTS = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON"})


def town_part_places(text: str, entities: Sequence[Entity], places: Sequence[Place],
                     gazetteer: Places, countries: Sequence[str], stage: str
                     ) -> Iterator[Place]:
    """The mentions of a town by one of its parts that no place covers yet."""
    if not countries:
        return
    parts = reference.words("places/town_part_words")
    for entity in entities:
        if entity.label not in _HOSTS:
            continue
        name = text[entity.start:entity.end]
        head, _, last = name.rpartition(" ")
        if not head or last.casefold() not in parts:
            continue
        if any(p.start < entity.end and entity.start < p.end for p in places):
            continue
        if gazetteer.best(name, country_codes=countries) is not None:
            continue  # the whole name is known ("Cape Town", "Kuwait City")
        best = gazetteer.best(head, country_codes=countries)
        if best is None or best.country_code not in countries or \
                not (best.feature_code or "").startswith("PPL") or \
                best.name.casefold() != head.casefold():
            continue
        yield best.to_place(name, entity.start, entity.end, stage)
