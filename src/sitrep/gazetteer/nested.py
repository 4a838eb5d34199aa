"""A place named with the regions it lies in: "Nasko (Magama, Niger)", village (district, state).

ACLED descriptions, and many local reports, name a small place followed by its
district and its state or province. Read from the outermost name inwards, each name
is looked up inside the one after it, which settles namesakes ("Niger" is the
Nigerian state when "Magama" lies in it, not the country) and gives the most specific
place the index knows: the village, else its district, else the region.

    >>> class Index:  # a stand-in for the gazetteer
    ...     def lookup(self, name, *, country_codes=(), limit=10):
    ...         return [c for c in PLACES if c.name == name]
    >>> from sitrep.gazetteer.lookup import Candidate
    >>> PLACES = [Candidate(1, "Niger", 16.0, 8.0, "NE", "Niger", None, None, "PCLI", 0),
    ...           Candidate(2, "Niger", 9.9, 5.6, "NG", "Nigeria", "Niger", None, "ADM1", 0),
    ...           Candidate(3, "Magama", 10.4, 5.1, "NG", "Nigeria", "Niger", "Magama", "ADM2", 0)]
    >>> found = resolve_nested(Index(), ["Nasko", "Magama", "Niger"])
    >>> found.place.name, found.depth
    ('Magama', 1)
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import reference
from .names import strip_type_word

if TYPE_CHECKING:
    from .lookup import Candidate
    from .protocol import Places

__all__ = ["Nested", "bare_name", "inside", "resolve_nested", "unit_words"]

#: Feature codes that may hold other places.
_CONTAINERS = ("PCLI", "ADM1", "ADM2", "ADM3")
#: How far a place may lie from a district's point and still count as in it, when the
#: index gives it no district name to compare (km).
_DISTRICT_KM = 60.0
_CANDIDATES = 25
#: ... and of the outermost name, which may be a common region name ("Western").
_OUTER_CANDIDATES = 100


@dataclass(frozen=True, slots=True)
class Nested:
    """The most specific place of a nested name: ``depth`` is the index of its name in
    the list (0 the innermost, the place itself); ``matched`` how many of the names were
    found, each inside the next."""

    place: Candidate
    depth: int
    matched: int = 1
    skipped: int = 0  # names passed over on the way in

    def better(self, other: Nested, *, namesakes: bool = False) -> bool:
        """More names found, then a more specific place; between namesakes of the
        outermost name, the one that passes over fewer names first."""
        if namesakes and (self.matched, self.skipped) != (other.matched, other.skipped):
            return (-self.matched, self.skipped) < (-other.matched, other.skipped)
        return (-self.matched, self.depth) < (-other.matched, other.depth)


def _level(candidate: Candidate) -> int:
    code = candidate.feature_code
    if code == "PCLI":
        return 4
    if code == "ADM1":
        return 3
    if code == "ADM2":
        return 2
    if code == "ADM3":
        return 1
    return 0


def inside(inner: Candidate, outer: Candidate) -> bool:
    """Whether ``inner`` is a smaller place within ``outer``."""
    if inner.country_code != outer.country_code or _level(inner) >= _level(outer):
        return False
    level = _level(outer)
    if level == 4:
        return True
    if inner.admin1 != outer.admin1:
        return False
    if level == 3:
        return True
    if inner.admin2 and outer.admin2 and inner.admin2 == outer.admin2:
        return True
    from ..places.distance import distance_km

    return distance_km(inner.latitude, inner.longitude,
                       outer.latitude, outer.longitude) <= _DISTRICT_KM


@functools.cache
def unit_words() -> frozenset[str]:
    """Nouns of units and settlements that may follow a name ("Matupi Township")."""
    return reference.words("gazetteer/unit_words") | reference.words("places/local_units") | \
        reference.words("places/settlement_types") | reference.words("places/region_types")


def bare_name(name: str) -> str:
    """``name`` without the unit nouns after it: "Dan Musa LGA" -> "Dan Musa"."""
    words = name.split()
    while len(words) > 1 and words[-1].casefold() in unit_words():
        words.pop()
    if len(words) > 2 and " ".join(words[-2:]).casefold() in unit_words():
        words = words[:-2]
    return strip_type_word(" ".join(words))


def _names(name: str) -> list[str]:
    """The queries for one name: itself and without its unit nouns; each of its
    alternatives ("Luakpiny/Nasir county": Luakpiny, Nasir county)."""
    out: list[str] = []
    for alt in name.split("/") if "/" in name else [name]:
        alt = alt.strip()
        bare = bare_name(alt)
        out += [alt] if bare == alt or not bare else [alt, bare]
    return [n for n in out if n]


def _candidates(gazetteer: Places, name: str, codes: Sequence[str],
                limit: int = _CANDIDATES) -> list[Candidate]:
    seen: dict[int, Candidate] = {}
    for query in _names(name):
        for cand in gazetteer.lookup(query, country_codes=codes, limit=limit):
            seen.setdefault(cand.geonameid, cand)
    return list(seen.values())


def _deepest(gazetteer: Places, names: Sequence[str], outer: Candidate,
             depth: int, matched: int = 1, skipped: int = 0) -> Nested:
    """The most specific of ``names[:depth]`` inside ``outer`` (itself if none is); a name
    not found inside its outer one is passed over ("Tetchaung village (Paletwa Township,
    Mindat District, Chin State)" when the index puts Paletwa in another district)."""
    best = Nested(outer, depth, matched, skipped)
    if depth == 0 or _level(outer) == 0:
        return best
    codes = [outer.country_code] if outer.country_code else []
    for level in range(depth - 1, -1, -1):
        for cand in _candidates(gazetteer, names[level], codes):
            if inside(cand, outer):
                found = _deepest(gazetteer, names, cand, level, matched + 1,
                                 skipped + depth - 1 - level)
                if found.better(best):
                    best = found
    return best


def resolve_nested(gazetteer: Places, names: Sequence[str]) -> Nested | None:
    """The most specific place of ``names`` (innermost first, each inside the next), or
    None when the outermost name is no region or country the index knows; an outer
    name that holds more of the inner ones wins over a namesake."""
    if len(names) < 2:
        return None
    best: Nested | None = None
    for outer in _candidates(gazetteer, names[-1], (), _OUTER_CANDIDATES):
        if outer.feature_code not in _CONTAINERS:
            continue
        found = _deepest(gazetteer, names, outer, len(names) - 1)
        if best is None or found.better(best, namesakes=True):
            best = found
    return best
