"""An event known only by its admin1 region is coded at the region's main town, as ACLED does.

The town is the region's seat, else the capital (:mod:`sitrep.gazetteer.seats`); the
place keeps its admin1 name and its span and stays a region (geo_precision 3).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..gazetteer.protocol import Places
    from ..records import Place

__all__ = ["at_seat"]


def at_seat(gazetteer: Places, place: Place | None) -> Place | None:
    """An admin1 region as ACLED codes it: at its main town, named after the town; any
    other place as it is."""
    seat = getattr(gazetteer, "seat", None)
    if place is None or place.feature_code != "ADM1" or seat is None or \
            not place.country_code:
        return place
    admin1 = place.admin1 or place.name
    town = seat(place.country_code, place.name) or seat(place.country_code, admin1)
    if town is None:
        return place
    return replace(place, name=town.name, latitude=town.latitude,
                   longitude=town.longitude, admin1=admin1, admin2=town.admin2)
