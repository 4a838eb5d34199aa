"""How the places that share a name are ordered, best first (see :mod:`.lookup`).

Countries and areas come first; then towns and admin1 regions by weight:
population, capitals and admin1 seats boosted, towns ACLED codes events at weighing
as sizeable towns, a match on an old or foreign
name ("Salisbury" for Harare) weighing 1/200 as much as one on the own name. An
admin1 region goes right after a sizeable town of the same name in its country
("Donetsk" the city, then the oblast), or after the town that is its seat, even
when the data know the seat under a longer name ("Nabatieh" for Nabatiye et
Tahta) if it holds a third of the region's people (not "Oklahoma" City).
Other admin2 regions, then admin3 units (districts, communities), go last.

A place whose point is derived (``approximate``: a village placed at its
council's or community's centre) goes after every real point of its group,
whatever the populations. Ties go to the lower id, so the order never depends
on the order rows come from the index.

A hit is any object with ``candidate`` (a :class:`~.lookup.Candidate`) and
``kind`` (:data:`~.rows.OWN` for the place's own name).
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any

from .names import normalize
from .rows import ACLED_PLACE, OWN

__all__ = ["rank_plain", "area_or_country"]

_BOOST = {"PPLC": 3.0, "PPLA": 1.5}
#: How much a match weighs by the kind of name matched: a place matched by its own name
#: outweighs one matched by a spelling of it ("Kiev") and far outweighs one matched by an
#: unrelated old or foreign name ("Salisbury" for Harare; "Pokrovsk" is the Ukrainian town
#: before Engels, once called Pokrovsk).
_OWN_NAME, _SPELLING, _OTHER_NAME = 1.0, 0.5, 0.005
#: An admin1 region goes after the town of its name in its country when the town has this
#: many people and a tenth of the region's ("Donetsk"; not "Iowa", Louisiana).
_SEAT_MIN_POPULATION = 100_000
#: A seat known by the query only as another of its names ("Nabatieh" for Nabatiye et
#: Tahta; not "Oklahoma" for Oklahoma City) must hold this share of its region's people.
_SEAT_SHARE = 3
#: A town ACLED codes events at (:data:`~.rows.ACLED_PLACE`) weighs as if it had
#: :data:`_ACLED_WEIGHT` times its people, and at least :data:`_ACLED_FLOOR`: a war
#: report's "Beni" is the Congolese town, not Bolivia's department, its "Madou" the
#: Burkinabe village, not Taiwan's town; but "Victoria" is still the Australian state
#: of six million, not the Canadian city of 290,000.
_ACLED_FLOOR = 100_000
_ACLED_WEIGHT = 10


def area_or_country(candidate: Any) -> bool:
    """A country, or a continent, world region or sea (which has no country)."""
    return candidate.feature_code == "PCLI" or candidate.country_code is None


def _name_weight(hit: Any, key: str) -> float:
    if hit.kind == OWN:
        return _OWN_NAME
    name = normalize(hit.candidate.name)
    if name.count(" ") == key.count(" ") and SequenceMatcher(None, name, key).ratio() >= 0.6:
        return _SPELLING  # "Kiev" for Kyiv, "Gorlovka" for Horlivka; not "Oklahoma" for the city
    return _OTHER_NAME


def _score(hit: Any, key: str) -> float:
    c = hit.candidate
    people = c.population
    if getattr(hit, "flags", 0) & ACLED_PLACE:
        people = max(people * _ACLED_WEIGHT, _ACLED_FLOOR)
    return people * _BOOST.get(c.feature_code, 1.0) * _name_weight(hit, key)


def rank_plain(hits: list[Any], query: str) -> list[Any]:
    """``hits`` for a name without a region word, best first (see the module docstring)."""
    towns: dict[str | None, tuple[float, int]] = {}  # country -> (score, people) of the
    seats: dict[tuple[str | None, str | None], tuple[float, int, bool]] = {}
    for hit in hits:
        c = hit.candidate
        if not c.feature_code.startswith("PPL"):
            continue
        if _name_weight(hit, query) >= _SPELLING:
            towns[c.country_code] = max(towns.get(c.country_code, (0.0, 0)),
                                        (_score(hit, query), c.population))
        if c.feature_code in ("PPLA", "PPLC"):  # the seat of its own region
            slot = (c.country_code, c.admin1)
            strong = _name_weight(hit, query) >= _SPELLING
            held = seats.get(slot, (0.0, 0, False))
            seats[slot] = max(held, (_score(hit, query), c.population, strong))

    def order(hit: Any) -> tuple[int, bool, float, int, int]:
        c = hit.candidate
        derived = bool(getattr(c, "approximate", False))
        if area_or_country(c):
            return (0, derived, -float(c.population), 0, c.geonameid)
        if c.feature_code.startswith("PPL"):
            return (1, derived, -_score(hit, query), 0, c.geonameid)
        town = towns.get(c.country_code)
        if c.feature_code in ("ADM2", "ADM3"):
            level = 2 if c.feature_code == "ADM2" else 3
            if town:
                return (1, derived, -town[0], level, c.geonameid)
            return (2, derived, -float(c.population), level, c.geonameid)
        if town and town[1] >= max(_SEAT_MIN_POPULATION, c.population / 10):
            return (1, derived, -town[0], 1, c.geonameid)  # "Donetsk": the city, then the region
        seat = seats.get((c.country_code, c.admin1))
        if seat is not None and (seat[2] or seat[1] * _SEAT_SHARE >= c.population):
            return (1, derived, -seat[0], 1, c.geonameid)  # "Kherson": the city, then its region
        return (1, derived, -_score(hit, query), 0, c.geonameid)

    return sorted(hits, key=order)
