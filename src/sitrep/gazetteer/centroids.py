"""Country centres, written by hand in ``data/gazetteer/country_centres.csv``.

A country's position in the index is the usual reference point for it: the
approximate geographic centre as atlases and the CIA World Factbook give it
(the United States at Lebanon, Kansas; Russia at 60° N 100° E), rounded to
about a tenth of a degree. The median of a country's towns, used before, sits
in its populated part instead (Moscow's region for Russia, the east coast for
the United States), hundreds of kilometres from where maps put the country.

Keys are ISO 3166-1 alpha-2 codes, values ``(latitude, longitude)`` in degrees.
A country missing there, and every region, gets :func:`town_centre`.

    >>> country_centres()["UA"]
    (49.0, 32.0)
"""

from __future__ import annotations

import statistics

from .. import reference

__all__ = ["country_centres", "town_centre"]

#: Share of a region's towns left out on each side when its box is drawn (outliers).
_TRIM = 0.02

_COUNTRY_CENTRES = "gazetteer/country_centres"


def country_centres() -> dict[str, tuple[float, float]]:
    """Country centres ``(latitude, longitude)`` by ISO 3166-1 alpha-2 code."""
    return {row["code"]: (float(row["lat"]), float(row["lon"]))
            for row in reference.table(_COUNTRY_CENTRES)}


def town_centre(points: list[tuple[float, float]]) -> dict[str, float]:
    """The middle of the box around a region's towns, leaving out the outermost few.

    This lies near the region's geographic centre, where maps put it; the median town
    lies in its populated part. Across the date line the median is kept.
    """
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    cut = int(len(points) * _TRIM)
    lo, hi = cut, len(points) - 1 - cut
    if lons[hi] - lons[lo] > 180:
        return {"lat": round(statistics.median(lats), 5), "lon": round(statistics.median(lons), 5)}
    return {"lat": round((lats[lo] + lats[hi]) / 2, 5), "lon": round((lons[lo] + lons[hi]) / 2, 5)}
