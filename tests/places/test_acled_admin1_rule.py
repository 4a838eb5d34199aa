"""The rule that derives places/acled_admin1 from ACLED's coded points (train/acled_admin1.py)."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

from sitrep import reference

SCRIPT = Path(__file__).resolve().parents[2] / "train" / "acled_admin1.py"


@pytest.fixture(scope="module")
def rule():
    if str(SCRIPT.parent) not in sys.path:  # the script imports its sibling acled_tables
        sys.path.insert(0, str(SCRIPT.parent))
    spec = importlib.util.spec_from_file_location("acled_admin1_rule", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_region_takes_the_name_most_of_its_points_carry(rule):
    by1 = {("CD", "North Kivu"): Counter({"Nord-Kivu": 8, "Ituri": 1}),
           ("UA", "Kharkiv"): Counter({"Kharkiv": 9}),
           ("XX", "Split"): Counter({"A": 5, "B": 5})}
    assert rule.derive(by1, {}) == {"CD|North Kivu|": "Nord-Kivu"}


def test_too_few_points_change_nothing(rule):
    assert rule.derive({("CD", "North Kivu"): Counter({"Nord-Kivu": 2})}, {}) == {}


def test_a_district_gets_a_row_only_where_it_differs_from_its_region(rule):
    by1 = {("MM", "Shan"): Counter({"Shan": 10, "Shan-South": 6})}
    by2 = {("MM", "Shan", "Taunggyi"): Counter({"Shan-South": 6, "Shan": 1}),
           ("MM", "Shan", "Lashio"): Counter({"Shan": 9})}
    assert rule.derive(by1, by2) == {"MM|Shan|Taunggyi": "Shan-South"}


def test_the_written_table_is_sorted_and_reads_back(rule, tmp_path):
    text = rule.render({"ZZ|B|": "Bee", "AA|A|x": "Ay"})
    body = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert body == ["key,acled", "AA|A|x,Ay", "ZZ|B|,Bee"]
    reference.use_overlay(None)
    rows = reference.table("places/acled_admin1")
    assert all(set(row) == {"key", "acled"} for row in rows)
    assert any(row["key"].endswith("|since") for row in rows)


def test_without_the_training_file_it_skips(rule, tmp_path, capsys):
    assert rule.main(["--data", str(tmp_path / "absent.csv.gz"), "--check"]) == 0
    assert "skipped" in capsys.readouterr().err


def test_the_rows_of_each_era_vote_apart(rule):
    table = {"MM|Shan|Taunggyi": "Shan-South"}
    by_era = {("MM", "Shan", "Lashio", "since"): Counter({"Shan-North": 7}),
              ("MM", "Shan", "Muse", "since"): Counter({"Shan-North": 4, "Shan": 1}),
              ("MM", "Shan", "Tachileik", "since"): Counter({"Shan-East": 4}),
              ("MM", "Shan", "Lashio", "before"): Counter({"Shan": 9}),
              ("MM", "Shan", "Taunggyi", "before"): Counter({"Shan": 5}),
              ("MM", "Shan", "Taunggyi", "since"): Counter({"Shan-South": 5})}
    assert rule.derive_eras(table, by_era) == {
        "MM|Shan||since": "Shan-North",  # the region's majority since the date
        "MM|Shan|Tachileik|since": "Shan-East",  # a district that differs from it
        "MM|Shan-South||before": "Shan",  # the table's district name, before the date
    }


def test_an_era_with_too_few_rows_changes_nothing(rule):
    by_era = {("NP", "Koshi", "Morang", "since"): Counter({"Province 1": 2})}
    assert rule.derive_eras({"NP|Koshi|": "East"}, by_era) == {}
