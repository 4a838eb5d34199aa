"""KATOTTG entries placed on the map, on a small made-up oblast."""

from __future__ import annotations

import copy

import pytest

from sitrep.gazetteer.districts import Boundary
from sitrep.gazetteer.katottg import Unit
from sitrep.gazetteer.names import normalize
from sitrep.gazetteer.rows import (
    ALTERNATE,
    APPROXIMATE,
    OWN,
    UKRAINE_IDS,
    WITH_REGION_WORD,
    PlaceRow,
)
from sitrep.gazetteer.ukraine import add_ukraine
from sitrep.places.distance import distance_km

OB, RA = "UA14000000000000001", "UA14020000000000002"
H1, H2 = "UA14020010000000003", "UA14020030000000004"


def unit(code, parents, category, name, line):
    return Unit(code, parents, category, name, line)


UNITS = [
    unit(OB, (), "O", "Донецька", 1),
    unit(RA, (OB,), "P", "Бахмутський", 2),
    unit(H1, (OB, RA), "H", "Андріївська", 3),
    unit("UA14020010010000005", (OB, RA, H1), "C", "Андріївка", 4),  # in cities500
    unit("UA14020010020000006", (OB, RA, H1), "C", "Зелене", 5),  # has a council of its own
    unit("UA14020010030000007", (OB, RA, H1), "M", "Бахмут", 6),  # neither
    unit(H2, (OB, RA), "H", "Ромашківська", 7),  # no council of its name
    unit("UA14020030010000008", (OB, RA, H2), "C", "Ромашки", 8),  # in cities500
]
COUNCILS = [
    Boundary("Andriivska", 48.61, 38.01, "Ukraine", "Donetska oblast", 100),
    Boundary("Zelenenska", 48.65, 38.05, "Ukraine", "Donetska oblast", 101),
    Boundary("Andriivska", 50.50, 30.50, "Ukraine", "Kyivska oblast", 102),
]


def town(pid, name, lat, lon):
    return PlaceRow(pid, name, lat, lon, "UA", "Donetsk", None, "PPL", 900, "UA.05")


@pytest.fixture()
def built():
    places = {1: town(1, "Andriyivka", 48.60, 38.00), 2: town(2, "Romashky", 48.90, 37.90)}
    names = {("andriyivka", 1): OWN, ("romashky", 2): OWN}
    counts = add_ukraine(UNITS, COUNCILS, places, names)
    return places, names, counts


def test_a_settlement_in_cities500_is_that_town_with_its_national_and_cyrillic_names(built):
    places, names, _ = built
    assert names[("andriivka", 1)] == ALTERNATE
    assert names[(normalize("Андріївка"), 1)] == ALTERNATE
    assert UKRAINE_IDS - 4 not in places


def test_a_settlement_takes_the_centroid_of_the_council_named_after_it(built):
    places, names, _ = built
    zelene = places[UKRAINE_IDS - 5]
    assert (zelene.name, zelene.lat, zelene.lon) == ("Zelene", 48.65, 38.05)
    assert zelene.flags & APPROXIMATE and zelene.fcode == "PPL" and zelene.pop == 0
    assert (zelene.admin1, zelene.admin2, zelene.a1) == ("Donetsk", "Bakhmutskyi", "UA.05")
    assert names[("zelene", zelene.id)] == OWN


def test_otherwise_a_settlement_takes_its_communitys_point(built):
    places, _, counts = built
    bakhmut = places[UKRAINE_IDS - 6]
    assert (bakhmut.lat, bakhmut.lon) == (48.61, 38.01)  # the council of the community
    assert bakhmut.flags & APPROXIMATE
    assert counts["settlement_at_hromada"] == 1 and counts["settlement_at_council"] == 1


def test_a_community_takes_its_councils_centroid_in_its_own_oblast(built):
    places, names, _ = built
    hromada = places[UKRAINE_IDS - 3]
    assert (hromada.name, hromada.fcode, hromada.lat, hromada.lon) == ("Andriivska", "ADM3",
                                                                      48.61, 38.01)
    assert not hromada.flags & APPROXIMATE and hromada.admin2 == "Bakhmutskyi"
    assert names[("andriivka", hromada.id)] == WITH_REGION_WORD  # "Andriivka hromada"


def test_a_community_without_a_council_takes_the_middle_of_its_villages(built):
    places, _, counts = built
    hromada = places[UKRAINE_IDS - 7]
    assert (hromada.lat, hromada.lon) == (48.9, 37.9) and hromada.flags & APPROXIMATE
    assert counts["hromada_from_villages"] == 1


def test_a_raion_sits_among_its_communities_and_answers_to_its_centres_name(built):
    places, names, _ = built
    raion = places[UKRAINE_IDS - 2]
    assert raion.fcode == "ADM2" and raion.name == "Bakhmutskyi" and raion.flags & APPROXIMATE
    for hromada in (places[UKRAINE_IDS - 3], places[UKRAINE_IDS - 7]):
        assert distance_km(raion.lat, raion.lon, hromada.lat, hromada.lon) < 40
    assert names[("bakhmut", raion.id)] == WITH_REGION_WORD  # "Bakhmut raion"


def test_the_same_input_gives_the_same_index():
    def run():
        places = {1: town(1, "Andriyivka", 48.60, 38.00), 2: town(2, "Romashky", 48.9, 37.9)}
        names = {("andriyivka", 1): OWN, ("romashky", 2): OWN}
        add_ukraine(copy.deepcopy(UNITS), list(reversed(COUNCILS)), places, names)
        return sorted((p.id, p.name, p.lat, p.lon, p.flags) for p in places.values()), \
            sorted(names.items())

    assert run() == run()


def test_an_oblast_without_any_town_in_cities500_is_left_out():
    places: dict[int, PlaceRow] = {}
    counts = add_ukraine(UNITS, COUNCILS, places, {})
    assert places == {} and counts == {"oblast_without_admin1": 1}
