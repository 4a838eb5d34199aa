"""The rule that derives gazetteer/acled_places from ACLED's locations (train/acled_places.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from sitrep import reference

SCRIPT = Path(__file__).resolve().parents[2] / "train" / "acled_places.py"


@pytest.fixture(scope="module")
def rule():
    if str(SCRIPT.parent) not in sys.path:  # the script imports its sibling acled_tables
        sys.path.insert(0, str(SCRIPT.parent))
    spec = importlib.util.spec_from_file_location("acled_places_rule", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_location_takes_its_commonest_point_and_regions(rule):
    found = {("BF", "Wondo"): [(13.9, -1.2, "Sahel", "Soum"), (13.9, -1.2, "Sahel", "Soum"),
                               (13.95, -1.21, "Sahel", "Oudalan")]}
    rows, left = rule.derive(found)
    assert rows == [["BF|Wondo", "13.900", "-1.200", "Sahel", "Soum", "3"]]
    assert not left


def test_a_name_used_for_places_far_apart_is_left_out(rule):
    found = {("KE", "Kona"): [(0.1, 37.0, "Meru", ""), (-3.5, 39.8, "Kilifi", "")]}
    rows, left = rule.derive(found)
    assert rows == [] and left == {"rows far apart": 1}


def test_numbered_parts_of_cities_are_left_out(rule):
    found = {("AF", "Kabul - PD 5"): [(34.5, 69.1, "Kabul", "Kabul")],
             ("SO", "Mogadishu-Hodan"): [(2.03, 45.3, "Banadir", "Banadir")]}
    rows, left = rule.derive(found)
    assert rows == [["SO|Mogadishu-Hodan", "2.030", "45.300", "Banadir", "Banadir", "1"]]
    assert left == {"numbered part of a city": 1}


def test_the_written_table_is_sorted_and_reads_back(rule):
    text = rule.render([["AA|A", "1.000", "2.000", "X", "", "1"]])
    body = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert body == ["key,lat,lon,admin1,admin2,rows", "AA|A,1.000,2.000,X,,1"]
    reference.use_overlay(None)
    rows = reference.table("gazetteer/acled_places")
    assert rows and set(rows[0]) == {"key", "lat", "lon", "admin1", "admin2", "rows"}
