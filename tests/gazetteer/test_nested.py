"""A place named with its district and region is looked up inside them, outermost first."""

from __future__ import annotations

from sitrep.gazetteer.lookup import Candidate
from sitrep.gazetteer.nested import bare_name, inside, resolve_nested


def _cand(gid: int, name: str, cc: str, admin1: str | None, admin2: str | None, code: str,
          lat: float = 0.0, lon: float = 0.0) -> Candidate:
    return Candidate(gid, name, lat, lon, cc, cc, admin1, admin2, code, 0)


PLACES = [
    _cand(1, "Zarma", "AA", None, None, "PCLI", 5.0, 5.0),          # a country ...
    _cand(2, "Zarma", "BB", "Zarma", None, "ADM1", 10.0, 10.0),     # ... and a state abroad
    _cand(3, "Ombe", "BB", "Zarma", "Ombe", "ADM2", 10.2, 10.1),
    _cand(4, "Kilo", "BB", "Zarma", "Ombe", "PPL", 10.25, 10.15),
    _cand(5, "Kilo", "BB", "Tessa", "Rundi", "PPL", 14.0, 14.0),    # a namesake elsewhere
    _cand(6, "Pell", "AA", "North", None, "PPL", 5.1, 5.1),
    _cand(7, "Ombe Town", "BB", "Zarma", "Ombe", "PPLA", 10.21, 10.11),
]


class Index:
    def lookup(self, name, *, country_codes=(), limit=10):
        return [c for c in PLACES if c.name == name][:limit]


def test_the_village_is_found_inside_its_district_and_state():
    found = resolve_nested(Index(), ["Kilo", "Ombe", "Zarma"])
    assert found is not None and found.depth == 0
    assert found.place.geonameid == 4  # not the Kilo of another state


def test_an_unknown_village_falls_back_to_its_district():
    found = resolve_nested(Index(), ["Nowhere", "Ombe", "Zarma"])
    assert found is not None
    assert (found.place.geonameid, found.depth) == (3, 1)


def test_the_outer_namesake_that_holds_the_inner_names_wins():
    # "Zarma" is first a country, but only the state holds Ombe
    found = resolve_nested(Index(), ["Nowhere", "Ombe", "Zarma"])
    assert found is not None and found.place.country_code == "BB"
    in_country = resolve_nested(Index(), ["Pell", "Zarma"])
    assert in_country is not None and in_country.place.geonameid == 6


def test_a_village_outside_the_named_region_is_not_taken():
    found = resolve_nested(Index(), ["Kilo", "Zarma"])
    assert found is not None and found.place.geonameid == 4  # Kilo of Zarma state
    alone = resolve_nested(Index(), ["Pell", "Ombe", "Zarma"])
    # Pell lies in the country Zarma, but the state Zarma holds Ombe: two names found
    assert alone is not None and (alone.place.geonameid, alone.depth) == (3, 1)
    assert resolve_nested(Index(), ["Kilo"]) is None  # nothing to nest in


def test_inside_needs_the_same_region_and_a_smaller_place():
    state, district, village, other = PLACES[1], PLACES[2], PLACES[3], PLACES[4]
    assert inside(village, district) and inside(district, state) and inside(village, state)
    assert not inside(state, district) and not inside(other, state)


def test_unit_nouns_are_dropped_from_a_name():
    assert bare_name("Dan Musa LGA") == "Dan Musa"
    assert bare_name("Matupi Township") == "Matupi"
    assert bare_name("Parigi Moutong regency") == "Parigi Moutong"
    assert bare_name("Township") == "Township"


def test_a_name_not_inside_the_next_one_is_passed_over():
    # Kilo lies in the state but the index puts it in no district called "Elsewhere"
    PLACES.append(_cand(8, "Elsewhere", "BB", "Zarma", "Elsewhere", "ADM2", 12.0, 12.0))
    try:
        found = resolve_nested(Index(), ["Kilo", "Elsewhere", "Zarma"])
    finally:
        PLACES.pop()
    assert found is not None and (found.place.geonameid, found.depth) == (4, 0)


def test_a_name_with_alternatives_tries_each():
    found = resolve_nested(Index(), ["Nowhere", "Elsewhere/Ombe district", "Zarma"])
    assert found is not None and (found.place.geonameid, found.depth) == (3, 1)
