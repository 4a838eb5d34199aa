"""ACLED's admin1 names where the index names a region otherwise."""

from __future__ import annotations

import pytest

from sitrep.places.acled_names import acled_admin1, acled_admin1_on, with_acled_names
from sitrep.records import Place


@pytest.mark.parametrize("cc, admin1, admin2, expected", [
    ("CD", "North Kivu", None, "Nord-Kivu"),
    ("ID", "Jawa Barat", "Kota Bandung", "West Java"),
    ("NP", "Madhesh", "Saptari", "East"),
    ("NP", "Madhesh", "Parsa", "Central"),
    ("UA", "Kharkiv", "Kharkiv", "Kharkiv"),  # the same name: unchanged
    (None, "Somewhere", None, "Somewhere"),
])
def test_admin1_names(cc, admin1, admin2, expected):
    assert acled_admin1(cc, admin1, admin2) == expected


def test_a_place_is_renamed_only_when_the_names_differ():
    goma = Place("Goma", 0, 4, "Goma", 1, -1.7, 29.2, "CD", "Democratic Republic of Congo",
                 "North Kivu", "Goma", "PPLA", 670_000)
    renamed = with_acled_names(goma)
    assert (renamed.admin1, goma.admin1) == ("Nord-Kivu", "North Kivu")
    kyiv = Place("Kyiv", 0, 4, "Kyiv", 2, 50.4, 30.5, "UA", "Ukraine", "Kyiv City", None,
                 "PPLC", 2_900_000)
    assert with_acled_names(kyiv) is kyiv


def test_an_overlay_row_adds_a_name(tmp_path):
    from sitrep import reference

    (tmp_path / "places").mkdir()
    (tmp_path / "places" / "acled_admin1.csv").write_text("key,acled\nXX|Old Name|,New Name\n")
    reference.use_overlay(tmp_path)
    try:
        assert acled_admin1("XX", "Old Name") == "New Name"
    finally:
        reference.use_overlay(None)
    assert acled_admin1("XX", "Old Name") == "Old Name"


@pytest.mark.parametrize("cc, admin1, admin2, date, expected", [
    ("MM", "Shan", "Lashio", "2021-05-02", "Shan-North"),  # split after the change
    ("MM", "Shan", "Lashio", "2018-05-02", "Shan"),
    ("MM", "Shan-South", "Taunggyi", "2017-09-10", "Shan"),  # one name before it
    ("MM", "Shan-South", "Taunggyi", "2022-09-10", "Shan-South"),
    ("NP", "Central", "Kathmandu", "2022-02-01", "Bagmati"),  # Nepal's provinces
    ("NP", "Central", "Kathmandu", "2019-02-01", "Central"),
    ("NP", "Far-Western", None, "2023-06-01", "Sudurpashchim"),
    ("NP", "Central", "Kathmandu", None, "Central"),  # no date: the table's own name
    ("CD", "Nord-Kivu", "Goma", "2022-01-01", "Nord-Kivu"),  # no change: unchanged
])
def test_admin1_names_by_the_events_date(cc, admin1, admin2, date, expected):
    assert acled_admin1_on(cc, admin1, admin2, date) == expected


def test_an_overlay_adds_a_change_of_names(tmp_path):
    from sitrep import reference

    (tmp_path / "places").mkdir()
    (tmp_path / "places" / "acled_admin1_changes.csv").write_text("country,date\nXX,2010-01-01\n")
    (tmp_path / "places" / "acled_admin1.csv").write_text("key,acled\nXX|New||before,Old\n")
    reference.use_overlay(tmp_path)
    try:
        assert acled_admin1_on("XX", "New", None, "2009-12-31") == "Old"
        assert acled_admin1_on("XX", "New", None, "2010-01-01") == "New"
    finally:
        reference.use_overlay(None)
    assert acled_admin1_on("XX", "New", None, "2009-12-31") == "New"
