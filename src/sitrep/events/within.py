"""A smaller place inside the country or region an event is placed in, as ACLED codes it.

When the place a sentence gives an event is a whole country, or a province or
district, and the article names a smaller place inside it, ACLED codes the event
there: "clashes in Lanao del Sur province … the fighting in Bubong" is coded to
Bubong. :func:`smaller_place` picks it: the previous event's place when it lies
inside, else the nearest such place in the text (in the event's paragraph first).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..places.distance import distance_km

if TYPE_CHECKING:
    from ..records import Place

__all__ = ["level", "inside", "smaller_place"]

#: A place may lie this far from a district's point and still count as inside it when
#: the index names their admin1 regions differently (km).
_DISTRICT_KM = 60.0


def level(place: Place) -> int:
    """How large a place is: 0 a town, 1-3 an admin3/admin2/admin1 region, 4 a country,
    5 anything else (a sea, a world region)."""
    code = place.feature_code or ""
    if code.startswith("PPL"):
        return 0
    if code.startswith("PCL"):
        return 4
    return {"ADM3": 1, "ADM2": 2, "ADM1": 3}.get(code, 5)


def inside(inner: Place, outer: Place) -> bool:
    """Whether ``inner`` is a smaller place within the country or region ``outer``."""
    if inner.country_code != outer.country_code or inner.latitude is None:
        return False
    if level(outer) == 4:
        return level(inner) != 4  # a town, a region or a named area of the country
    if level(outer) == 5 or level(inner) >= level(outer):
        return False
    if level(outer) == 3:
        return inner.admin1 == outer.admin1
    if inner.admin1 == outer.admin1 and inner.admin2 and inner.admin2 == outer.admin2:
        return True
    return outer.latitude is not None and outer.longitude is not None and \
        inner.longitude is not None and \
        distance_km(inner.latitude, inner.longitude, outer.latitude, outer.longitude) <= \
        _DISTRICT_KM


def smaller_place(outer: Place, previous: Sequence[Place], places: Sequence[Place],
                  text: str, anchor: int) -> Place | None:
    """A place inside ``outer``: the latest of ``previous`` (the earlier events' places)
    that is, else the one of ``places`` nearest ``anchor`` (fewest line breaks between,
    then fewest characters). Inside a province or district only a place of the anchor's
    paragraph counts, and not the region's namesake town ("Kursk" for "the Kursk
    region" is its main town, where ACLED codes the region anyway)."""
    for where in reversed(previous):
        if inside(where, outer):
            return where
    found = [p for p in places if inside(p, outer)]
    if level(outer) < 4:
        found = [p for p in found if not _namesake(p, outer) and
                 "\n" not in text[min(p.start, anchor):max(p.start, anchor)]]
    if not found:
        return None

    def key(p: Place) -> tuple[int, int]:
        lo, hi = sorted((p.start, anchor))
        return text.count("\n", lo, hi), abs(p.start - anchor)

    return min(found, key=key)


def _namesake(place: Place, region: Place) -> bool:
    names = {region.name.casefold(), (region.admin1 or "").casefold(),
             (region.admin2 or "").casefold() if level(region) == 2 else ""}
    return place.name.casefold() in names
