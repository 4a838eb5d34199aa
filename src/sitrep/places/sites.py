"""Named sites the gazetteer does not know, placed at the town the report is about.

A street, a building or a venue ("Frenchmen Street", "Carnegie Library",
"Meydan Racecourse") is a toponym, but a place index of towns and regions has no
entry for it. When an FAC, ORG or PERSON entity (the small model tags such names
all three ways) ends with a site word (``places/site_words``) or starts with one
that leads a name ("Rue", "Hotel": ``places/site_leads``), no place
already covers it, and the report has a home town (the town it names most, else
its dateline's), the site becomes a :class:`~sitrep.records.Place` at that town's
point: ``approximate`` is true, ``geonameid`` null, the other fields the town's,
and the role is ``"site"``, so that no event is placed by it alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .. import reference

if TYPE_CHECKING:
    from ..records import Entity, Place

__all__ = ["SITE", "site_places", "home_town"]

SITE = "site"
_HOSTS = frozenset({"FAC", "ORG", "PERSON"})


def home_town(places: Sequence[Place], dateline: Sequence[Place] = ()) -> Place | None:
    """The town a report is about: the one its places name most (the first on a tie), else
    its first dateline town; None when it names no town."""
    towns = [p for p in places if p.role in (None, "dateline") and p.latitude is not None
             and (p.feature_code or "").startswith("PPL")]
    if towns:
        counts = Counter(p.geonameid or p.name for p in towns)
        return max(towns, key=lambda p: counts[p.geonameid or p.name])
    return next((p for p in dateline if p.latitude is not None
                 and (p.feature_code or "").startswith("PPL")), None)


def _is_site(name: str) -> bool:
    words = name.casefold().replace("’", "'").split()
    if len(words) < 2:
        return False
    site_words = reference.words("places/site_words")
    return (words[-1] in site_words or " ".join(words[-2:]) in site_words
            or words[0] in reference.words("places/site_leads"))


def site_places(text: str, entities: Sequence[Entity], places: Sequence[Place],
                dateline: Sequence[Place], stage: str) -> Iterator[Place]:
    """The unknown named sites among ``entities``, placed at the report's home town."""
    town = home_town(places, dateline)
    if town is None:
        return
    for entity in entities:
        start, end = entity.start, entity.end
        if text[start:end].casefold().startswith("the "):
            start += 4
        name = text[start:end]
        if entity.label not in _HOSTS or not _is_site(name):
            continue
        if any(p.start < end and start < p.end for p in places):
            continue
        yield replace(town, text=name, start=start, end=end, name=name, geonameid=None,
                      stage=stage, approximate=True, role=SITE)
