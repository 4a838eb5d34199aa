"""Distances on the globe, shared by the stages, the tests and the benchmarks."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..records import Place

__all__ = ["distance_km", "places_km", "EARTH_RADIUS_KM"]

EARTH_RADIUS_KM = 6371.0088  # mean radius


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance between two points, in kilometres.

    >>> round(distance_km(50.45, 30.52, 55.75, 37.62))  # Kyiv to Moscow
    756
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def places_km(a: Place, b: Place) -> float | None:
    """Great-circle distance between two places, or None when either has no point."""
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude)
