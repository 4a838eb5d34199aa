"""The index file's tables, and how the builder's rows are written to them.

``names`` maps a normalised name to a place; ``skeletons`` maps the consonant
outline of a name (:func:`~.names.skeleton`) to a sizeable place, for spellings
the data lack ("Hodeidah" for Al Hudaydah). A name with an Arabic article gets
a second key with the article written "al" (:func:`~.names.canonical_articles`),
so "Deir el-Zour" finds Dayr az Zawr. ``loose`` maps the loose key of a Ukrainian
place's name (:func:`~.translit.loose_key`) to the place, for the spellings other
romanisations give ("Starognativka" for Starohnativka); it is asked only when no
name matches.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .names import canonical_articles, skeleton
from .seats import main_towns

__all__ = ["SCHEMA", "add_name", "write_index", "SKELETON_MIN_POPULATION"]

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
    cc TEXT, admin1 TEXT, admin2 TEXT, fcode TEXT NOT NULL, pop INTEGER NOT NULL,
    a1 TEXT, flags INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE names (
    key TEXT NOT NULL, place INTEGER NOT NULL, kind INTEGER NOT NULL,
    PRIMARY KEY (key, place)
) WITHOUT ROWID;
CREATE TABLE skeletons (
    key TEXT NOT NULL, place INTEGER NOT NULL, PRIMARY KEY (key, place)
) WITHOUT ROWID;
CREATE TABLE loose (
    key TEXT NOT NULL, place INTEGER NOT NULL, PRIMARY KEY (key, place)
) WITHOUT ROWID;
CREATE TABLE seats (
    cc TEXT NOT NULL, admin1 TEXT NOT NULL, place INTEGER NOT NULL, PRIMARY KEY (cc, admin1)
) WITHOUT ROWID;
CREATE TABLE countries (
    code TEXT PRIMARY KEY, name TEXT NOT NULL, iso_numeric INTEGER, iso3 TEXT, place INTEGER
);
"""
#: Only towns this large, and admin1 regions, are found by their outline.
SKELETON_MIN_POPULATION = 10_000
_ALTERNATE = 1
_SKELETON_MIN_LENGTH = 3


def add_name(names: dict[tuple[str, int], int], key: str, place: int, kind: int) -> None:
    """Record ``key`` as a name of ``place``, keeping the strongest kind (lowest)."""
    slot = (key, place)
    if names.get(slot, 9) > kind:
        names[slot] = kind


def _with_canonical_articles(names: dict[tuple[str, int], int]) -> None:
    for (key, place), kind in list(names.items()):
        canon = canonical_articles(key)
        if canon != key:
            add_name(names, canon, place, max(kind, _ALTERNATE))


def _skeletons(places: dict[int, Any], names: dict[tuple[str, int], int]) -> set[tuple[str, int]]:
    out = set()
    for key, place in names:
        row = places.get(place)
        if row is None or not row.cc or not (
            row.fcode == "ADM1" or row.pop >= SKELETON_MIN_POPULATION
        ):
            continue
        outline = skeleton(key)
        if len(outline) >= _SKELETON_MIN_LENGTH:
            out.add((outline, place))
    return out


def write_index(
    tmp: Path,
    places: dict[int, Any],
    names: dict[tuple[str, int], int],
    countries: Iterable[tuple[str, str, int | None, str | None, int | None]],
    version: str,
    sources: str,
    loose: Iterable[tuple[str, int]] = (),
) -> None:
    """Write a fresh index file at ``tmp`` (replaced if present)."""
    _with_canonical_articles(names)
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    try:
        conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        rows: list[tuple[Any, ...]] = sorted(
            ((p.id, p.name, p.lat, p.lon, p.cc, p.admin1, p.admin2, p.fcode, p.pop, p.a1, p.flags)
             for p in places.values()), key=lambda r: r[0]
        )
        conn.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
        conn.executemany(
            "INSERT INTO names VALUES (?,?,?)",
            sorted((key, place, kind) for (key, place), kind in names.items()),
        )
        conn.executemany("INSERT INTO skeletons VALUES (?,?)", sorted(_skeletons(places, names)))
        conn.executemany("INSERT INTO loose VALUES (?,?)", sorted(set(loose)))
        conn.executemany("INSERT INTO seats VALUES (?,?,?)", main_towns(places.values()))
        conn.executemany("INSERT INTO countries VALUES (?,?,?,?,?)", countries)
        conn.executemany(
            "INSERT INTO meta VALUES (?,?)",
            [("version", version), ("built", time.strftime("%Y-%m-%dT%H:%M:%S")),
             ("sources", sources)],
        )
        conn.commit()
    finally:
        conn.close()
