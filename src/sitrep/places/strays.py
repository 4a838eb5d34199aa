"""Drop small namesakes far from everything else a report is about.

GeoNames lacks many villages, so a village named in a report can resolve to a
namesake elsewhere: "the village of Martynovka" in a report on the Kursk
region resolves to a Martynovka in Crimea. When every other town or region
the report places (capitals and countries aside) lies far from such a small
place, the match is dropped rather than mapped hundreds of kilometres away;
events then fall back to the places the report does establish. One other
village far away does not make a village a stray: either may be the namesake
("in Alibo … Oromo protests").
"""

from __future__ import annotations

from ..records import Place
from .distance import distance_km

__all__ = ["drop_strays", "km_between", "STRAY_KM", "STRAY_MAX_POPULATION"]

#: A place this far from every other anchor of the report is a stray.
STRAY_KM = 300.0
#: Only places this small can be strays; towns larger than this are rarely mistaken.
STRAY_MAX_POPULATION = 10_000
_ANCHOR_CODES = ("PPL", "ADM")  # towns and regions anchor a report; capitals do not


def km_between(a: Place, b: Place) -> float:
    """Great-circle distance between two placed places, in kilometres."""
    assert a.latitude is not None and a.longitude is not None
    assert b.latitude is not None and b.longitude is not None
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude)


def _anchor(place: Place) -> bool:
    code = place.feature_code or ""
    return code.startswith(_ANCHOR_CODES) and code != "PPLC" and place.latitude is not None


def _small(place: Place) -> bool:
    code = place.feature_code or ""
    return code.startswith("PPL") and code not in ("PPLC", "PPLA") and (
        place.population or 0) < STRAY_MAX_POPULATION


def drop_strays(places: list[Place]) -> list[Place]:
    """``places`` without small places far from all the report's other anchors."""
    kept = []
    for place in places:
        if _small(place) and place.latitude is not None:
            others = [p for p in places if _anchor(p) and p.name != place.name]
            if _outvoted(place, others) and all(km_between(place, o) > STRAY_KM
                                                for o in others):
                continue
        kept.append(place)
    return kept


def _outvoted(place: Place, others: list[Place]) -> bool:
    """Whether ``others`` can make ``place`` a stray: a region or a larger town, or at
    least two villages (one other village far away says no more than it does)."""
    return any(not _small(o) for o in others) or len(others) >= 2
