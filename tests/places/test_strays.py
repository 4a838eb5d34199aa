"""Small namesakes far from the rest of a report are dropped."""

from __future__ import annotations

import pytest

from sitrep.places.strays import drop_strays, km_between
from sitrep.records import Place


def place(name, lat, lon, code="PPL", population=2_000):
    return Place(name, 0, len(name), name, 1, lat, lon, "UA", "Ukraine", None, None, code,
                 population)


KURSK_REGION = place("Kursk", 51.6, 36.1, "ADM1", 1_000_000)
SUDZHA = place("Sudzha", 51.19, 35.27, "PPL", 5_000)
KYIV = place("Kyiv", 50.45, 30.52, "PPLC", 3_000_000)


def test_km_between_two_known_towns():
    assert km_between(KYIV, SUDZHA) == pytest.approx(340, abs=15)


def test_village_far_from_every_anchor_is_dropped():
    crimea_namesake = place("Martynovka", 45.3, 34.0)
    kept = drop_strays([KURSK_REGION, SUDZHA, crimea_namesake])
    assert [p.name for p in kept] == ["Kursk", "Sudzha"]


def test_village_near_an_anchor_is_kept():
    nearby = place("Martynovka", 51.3, 35.5)
    assert len(drop_strays([KURSK_REGION, nearby])) == 2


@pytest.mark.parametrize(
    "others",
    [[KYIV], []],  # a capital anchors nothing; a report with no other place keeps it
)
def test_village_without_anchors_is_kept(others):
    far = place("Yaremche", 48.45, 24.55)
    assert drop_strays([*others, far])[-1].name == "Yaremche"


def test_larger_towns_are_never_strays():
    town = place("Simferopol", 44.95, 34.1, "PPLA", 340_000)
    assert len(drop_strays([KURSK_REGION, town])) == 2


def test_one_other_village_far_away_makes_no_stray():
    a, b = place("Alibo", 9.88, 37.05), place("Oromo", 11.87, 39.73)
    assert [p.name for p in drop_strays([a, b])] == ["Alibo", "Oromo"]


def test_two_villages_together_far_from_a_third_make_it_a_stray():
    far = place("Martynovka", 45.3, 34.0)
    near = place("Oleshnia", 51.2, 35.4)
    assert [p.name for p in drop_strays([SUDZHA, near, far])] == ["Sudzha", "Oleshnia"]
