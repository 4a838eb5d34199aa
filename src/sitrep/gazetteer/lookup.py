"""Look place names up in the built index.

    >>> gaz = open_gazetteer()                      # doctest: +SKIP
    >>> gaz.lookup("Kiev")[0].name                  # doctest: +SKIP
    'Kyiv'
    >>> gaz.lookup("Kursk region")[0].feature_code  # doctest: +SKIP
    'ADM1'

Ranking, best first: a country, continent or world region (:mod:`.areas`) for
its name; then towns and admin1 regions by weight: population, capitals and
admin1 seats boosted, towns ACLED codes events at weighing as sizeable towns, a
match on an old or foreign name ("Salisbury" for Harare) weighing 1/200 as much as
one on the own name. An admin1 region goes right after a sizeable town of the same
name in its country ("Donetsk" is the city, "Donetsk region" the oblast; "Iowa" is
the state, not the village).
Admin2 regions come last. With a region word ("Kursk Oblast", "Sumy region",
"Kutum district") only regions match, if any does. Names in
:func:`~.names.not_places` ("West", "Hamas") match no town. A
``country_codes`` hint moves candidates in those countries ahead of the others
(countries and areas keep their place). Given countries, :meth:`Gazetteer.best`
takes a name the index lacks as a region or sizeable town there when the two
names have the same consonant outline and look alike ("Hodeidah" for Al
Hudaydah, :func:`~.names.skeleton`). A Ukrainian place the index lacks under the
name asked for is found by its loose key ("Starognativka", :func:`~.translit.loose_key`).
Ranking is in :mod:`.ranking`.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from ..errors import ResourceError
from ..records import Place
from .areas import AREA_CODES
from .demonyms import demonym_index
from .location import INDEX_VERSION, default_index_path, index_path
from .names import (
    canonical_articles,
    leading_articles,
    normalize,
    not_places,
    region_words,
    skeleton,
    skeleton_free,
    split_region_word,
    strip_possessive,
)
from .ranking import area_or_country, rank_plain
from .rows import ALTERNATE, APPROXIMATE, CITY_REGION, WITH_REGION_WORD
from .seats import SEATS_SQL
from .translit import loose_key

__all__ = ["Candidate", "CountryInfo", "Gazetteer", "open_gazetteer", "default_index_path",
           "index_path"]

log = logging.getLogger(__name__)

#: A place found only by the outline of its name must lie in the article's countries and be
#: a region (asked for with a region word), a capital, an admin1 seat or a town of this many
#: people ("Lindenwald" is no misspelt Lindenwold).
_OUTLINE_MIN_POPULATION = 100_000
#: ... and a name this like the one asked for, articles aside ("hodeidah" ~ "hudaydah").
_OUTLINE_MIN_LIKENESS = 0.6
_CACHE_SIZE = 50_000


@dataclass(frozen=True, slots=True)
class Candidate:
    """One place a name may stand for."""

    geonameid: int
    name: str
    latitude: float
    longitude: float
    country_code: str | None  # None for a continent, world region or sea
    country: str | None
    admin1: str | None  # ACLED-style name ("Kursk", "Kyiv City"), never a code
    admin2: str | None
    #: PPL/PPLA/PPLC (towns), ADM1/ADM2/ADM3 (regions, districts, communities), PCLI
    #: (country), CONT (continent), RGN (world or conflict region), OCN/SEA (waters)
    feature_code: str
    population: int  # 0 when unknown (the villages, districts and communities added to cities500)
    #: The point is derived, not the place's own: a village at its old council's or its
    #: community's centre, a town at its ward's. An event placed there has geo_precision 2.
    approximate: bool = False

    def to_place(self, text: str, start: int, end: int, stage: str) -> Place:
        """This candidate as the :class:`~sitrep.records.Place` found at ``text[start:end]``."""
        return Place(
            text=text, start=start, end=end, name=self.name,
            geonameid=self.geonameid if self.geonameid > 0 else None,
            latitude=self.latitude, longitude=self.longitude,
            country_code=self.country_code, country=self.country, admin1=self.admin1,
            admin2=self.admin2, feature_code=self.feature_code, population=self.population,
            stage=stage, approximate=self.approximate,
        )


@dataclass(frozen=True, slots=True)
class CountryInfo:
    code: str  # ISO 3166-1 alpha-2
    name: str  # ACLED-style ("Russia", "Democratic Republic of Congo")
    iso_numeric: int | None
    iso3: str | None


@dataclass(frozen=True, slots=True)
class _Hit:
    candidate: Candidate
    kind: int
    flags: int


_PLACE = "p.id, p.name, p.lat, p.lon, p.cc, p.admin1, p.admin2, p.fcode, p.pop, p.flags"
_COLUMNS = _PLACE + ", n.kind"


class Gazetteer:
    """Read-only access to a built index; safe to share between threads."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            uri = self.path.resolve().as_uri() + "?mode=ro&immutable=1"
            self._conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            meta = dict(self._conn.execute("SELECT key, value FROM meta"))
            rows = self._conn.execute("SELECT code, name, iso_numeric, iso3 FROM countries")
            self._countries = {r[0]: CountryInfo(*r) for r in rows}
        except sqlite3.Error as exc:
            raise ResourceError(
                f"the gazetteer index {self.path} cannot be read ({exc}); delete it and run "
                "`sitrep build-gazetteer` to rebuild it."
            ) from exc
        self.version = meta.get("version", "")
        self._lock = threading.Lock()
        self._cache: dict[tuple[str, tuple[str, ...], int], list[Candidate]] = {}
        self._country_names: dict[str, str | None] = {}
        self._demonyms = demonym_index()
        self._seats: dict[tuple[str, str], Candidate | None] = {}

    # -- public API ---------------------------------------------------------

    def lookup(
        self, name: str, *, country_codes: Sequence[str] = (), limit: int = 10
    ) -> list[Candidate]:
        """The places ``name`` may stand for, best first (see the module docstring)."""
        hints = tuple(c.upper() for c in country_codes if c)
        slot = (name, hints, limit)
        found = self._cache.get(slot)
        if found is None:
            found = self._lookup(name, hints, limit)
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            self._cache[slot] = found
        return list(found)

    def best(self, name: str, *, country_codes: Sequence[str] = ()) -> Candidate | None:
        """The one place ``name`` most likely is, given the countries in play.

        A candidate in ``country_codes`` is taken over the overall best unless that
        one is far more prominent: a country or area, or 50 times as populous and a city
        of 200,000 or more ("Paris" stays in France in a report on Ukraine). A country
        outside ``country_codes`` gives way to a region of the very same name inside
        them ("Georgia" in a report on the United States).
        """
        top = self.lookup(name, limit=1)
        if country_codes and (not top or split_region_word(name)[1] is not None
                              and not top[0].feature_code.startswith(("ADM", "PCLI"))):
            # "Hodeidah" for Al Hudaydah in a report on Yemen; "Hiran region" for Hiiraan
            near = self._outline(strip_possessive(name), tuple(c.upper() for c in country_codes))
            if near:
                return near[0].candidate
        if not top or not country_codes:
            return top[0] if top else None
        wanted = {c.upper() for c in country_codes if c}
        lead = top[0]
        inside = [c for c in self.lookup(name, country_codes=country_codes, limit=50)
                  if c.country_code in wanted and c.feature_code != "PCLI"]
        if not inside or inside[0] == lead or lead.country_code in wanted:
            return lead
        hinted = inside[0]
        if lead.feature_code == "PCLI" and hinted.feature_code == "ADM1":
            return hinted if normalize(hinted.name) == normalize(lead.name) else lead
        if lead.feature_code == "PCLI" or lead.feature_code in AREA_CODES or (
            lead.population >= 200_000 and lead.population >= 50 * max(hinted.population, 1)
        ):
            return lead
        return hinted

    def best_within(self, name: str, area: str) -> Candidate | None:
        """The place ``name`` inside the country or admin1 region ``area``, as in
        "Moscow, Idaho" or "Kharkiv, Ukraine"; None if ``area`` is neither or has none."""
        outer = self.lookup(area, limit=1)
        if not outer or outer[0].feature_code not in {"PCLI", "ADM1"}:
            return None
        region = outer[0]
        for candidate in self.lookup(name, country_codes=[region.country_code or ""], limit=50):
            if candidate.country_code != region.country_code or candidate == region:
                continue
            if region.feature_code == "PCLI" or candidate.admin1 == region.admin1:
                return candidate
        return None

    def is_place(self, name: str, *, min_population: int = 0) -> bool:
        """Whether ``name`` names a known place (a region or country always counts)."""
        return any(
            c.population >= min_population or c.feature_code in {"ADM1", "ADM2", "PCLI"}
            for c in self.lookup(name)
        )

    def country(self, code: str) -> Candidate | None:
        """The country with ISO alpha-2 ``code``, as a place."""
        rows = self._query(
            f"SELECT {_PLACE}, 0 FROM countries c JOIN places p ON p.id = c.place "
            "WHERE c.code = ?",
            (code.upper(),),
        )
        return rows[0].candidate if rows else None

    def seat(self, code: str, admin1: str) -> Candidate | None:
        """The main town of the region ``admin1`` of country ``code`` (:mod:`.seats`)."""
        if (code, admin1) not in self._seats:
            rows = self._query(SEATS_SQL, (code, admin1))
            self._seats[(code, admin1)] = rows[0].candidate if rows else None
        return self._seats[(code, admin1)]

    def country_for_demonym(self, word: str) -> str | None:
        """"Russian" -> "RU", "Ukrainians" -> "UA"; None for a word that is no demonym."""
        key = " ".join(word.replace("’", "'").split()).casefold()
        key = key.removeprefix("the ")
        return self._demonyms.get(key) or self._demonyms.get(key.removesuffix("'s"))

    def country_for_name(self, name: str) -> str | None:
        """"Ukraine" / "the US" / "Syria" -> the alpha-2 code; None if not a country's name."""
        if name in self._country_names:
            return self._country_names[name]
        if len(self._country_names) >= _CACHE_SIZE:
            self._country_names.clear()
        code = self._country_names[name] = self._country_code(name)
        return code

    def _country_code(self, name: str) -> str | None:
        rows = self._query(
            f"SELECT {_COLUMNS} FROM names n JOIN places p ON p.id = n.place "
            "WHERE n.key = ? AND p.fcode = 'PCLI' ORDER BY n.kind, p.pop DESC, p.id LIMIT 1",
            (normalize(strip_possessive(name)),),
        )
        return rows[0].candidate.country_code if rows else None

    def country_info(self, code: str) -> CountryInfo | None:
        """Name (ACLED-style), ISO numeric and alpha-3 codes of a country."""
        return self._countries.get(code.upper())

    # -- ranking ------------------------------------------------------------

    def _lookup(self, name: str, hints: tuple[str, ...], limit: int) -> list[Candidate]:
        hits = self._match(strip_possessive(name))  # "Kyiv's" -> "Kyiv"
        if not hits and strip_possessive(name) != name.strip():  # "St. John's"
            hits = self._match(name.strip())
        if hints:
            wanted = set(hints)
            hits.sort(key=lambda h: not area_or_country(h.candidate)
                      and h.candidate.country_code not in wanted)
        return [h.candidate for h in hits[:limit]]

    def _match(self, name: str) -> list[_Hit]:
        if not name:
            return []
        stem, word = split_region_word(name)
        hits: list[_Hit] = []
        if word is not None:  # "Kurdistan Region", "Sahel region": a named area first
            hits = [h for h in self._fetch(normalize(name))
                    if h.candidate.feature_code in AREA_CODES]
        if word is not None and not hits:
            hits = self._regions(normalize(name), normalize(stem), region_words()[word])
        if not hits:
            hits = self._plain(normalize(stem))
        return hits or (self._plain(normalize(name)) if word else [])  # a town "X region"?

    def _plain(self, key: str) -> list[_Hit]:
        if key in not_places():  # "Middle East" is the region, never the town in Maryland
            return [h for h in self._fetch(key) if area_or_country(h.candidate)]
        hits = [h for h in self._fetch(key) if h.kind != WITH_REGION_WORD]
        canon = canonical_articles(key)  # "Deir el-Zour" for "Dayr az Zawr"
        if canon != key:
            seen = {h.candidate.geonameid for h in hits}
            hits += [h for h in self._fetch(canon) if h.kind != WITH_REGION_WORD
                     and h.candidate.geonameid not in seen]
        if not hits and key.startswith(leading_articles()):  # "al-Fashir" vs "Fashir"
            key = key.split(" ", 1)[1]
            hits = [h for h in self._fetch(key) if h.kind != WITH_REGION_WORD]
        if not hits:  # "Starognativka" for Starohnativka, "Krymskoye" for Krymske
            hits = self._query(
                f"SELECT {_PLACE}, {ALTERNATE} FROM loose l JOIN places p ON p.id = l.place "
                "WHERE l.key = ? ORDER BY p.id", (loose_key(key),),
            )
        return rank_plain(hits, key)

    def _outline(self, name: str, hints: tuple[str, ...]) -> list[_Hit]:
        """Places in ``hints`` whose name has the outline of ``name`` (:func:`.skeleton`)
        and looks like it: regions after a region word, else major towns; largest first."""
        stem, word = split_region_word(name)
        key = normalize(stem)
        outline = skeleton(key)
        if key in not_places() or len(outline) < 3 or stem.isupper():  # "MSF": an acronym
            return []
        found = self._query(
            f"SELECT {_PLACE}, 1 FROM skeletons s JOIN places p ON p.id = s.place "
            "WHERE s.key = ? ORDER BY p.id", (outline,),
        )
        bare = skeleton_free(key)
        region = word is not None
        hits = [h for h in found if h.candidate.country_code in hints and (
            h.candidate.feature_code in ("ADM1", "ADM2") if region else (
                h.candidate.feature_code in ("PPLA", "PPLC") or h.candidate.feature_code == "PPL"
                and h.candidate.population >= _OUTLINE_MIN_POPULATION))
            and SequenceMatcher(None, bare, skeleton_free(normalize(h.candidate.name))).ratio()
            >= _OUTLINE_MIN_LIKENESS]
        return sorted(hits, key=lambda h: (-h.candidate.population, h.candidate.geonameid))

    def _regions(self, full: str, stem: str, level: int) -> list[_Hit]:
        seen: dict[int, _Hit] = {}
        for key in (full, stem):
            for hit in self._fetch(key):
                if hit.candidate.feature_code in {"ADM1", "ADM2", "ADM3"}:
                    seen.setdefault(hit.candidate.geonameid, hit)
        wanted = f"ADM{level}"
        return sorted(
            seen.values(),
            key=lambda h: (h.candidate.feature_code != wanted, bool(h.flags & CITY_REGION),
                           h.candidate.approximate, -h.candidate.population,
                           h.candidate.feature_code, h.candidate.geonameid),
        )

    def _fetch(self, key: str) -> list[_Hit]:
        if not key:
            return []
        return self._query(
            f"SELECT {_COLUMNS} FROM names n JOIN places p ON p.id = n.place WHERE n.key = ? "
            "ORDER BY n.kind, p.id",
            (key,),
        )

    def _query(self, sql: str, args: tuple[object, ...]) -> list[_Hit]:
        try:
            with self._lock:
                rows = self._conn.execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise ResourceError(
                f"the gazetteer index {self.path} is damaged ({exc}); delete it and run "
                "`sitrep build-gazetteer`."
            ) from exc
        out = []
        for pid, label, lat, lon, cc, admin1, admin2, fcode, pop, flags, kind in rows:
            info = self._countries.get(cc) if cc else None
            candidate = Candidate(
                geonameid=pid, name=label, latitude=lat, longitude=lon, country_code=cc or None,
                country=info.name if info else cc or None, admin1=admin1, admin2=admin2,
                feature_code=fcode, population=pop, approximate=bool(flags & APPROXIMATE),
            )
            out.append(_Hit(candidate, kind, flags))
        return out

    def __repr__(self) -> str:
        return f"<Gazetteer {self.path} v{self.version}>"


@functools.lru_cache(maxsize=4)
def open_gazetteer(path: str = "") -> Gazetteer:
    """The gazetteer at ``path`` (default: :func:`default_index_path`), built if missing."""
    target = index_path(path)
    if not target.exists():
        log.info("gazetteer index %s not found; building it once (about a minute)", target)
        _build(target)
    gazetteer = Gazetteer(target)
    if gazetteer.version != INDEX_VERSION:
        log.info("gazetteer index %s is version %r, not %r; rebuilding it", target,
                 gazetteer.version, INDEX_VERSION)
        _build(target)
        gazetteer = Gazetteer(target)
    return gazetteer


def _build(target: Path) -> None:
    from .build import build_index  # the builder is imported only when an index is built

    build_index(target)
