"""ACLED-style admin1, admin2 and country names, and their tables (no index needed)."""

from __future__ import annotations

import pytest

from sitrep import reference
from sitrep.events.reference import COUNTRY_NAMES
from sitrep.gazetteer.admin import (
    acled_admin1_names,
    acled_country_names,
    admin1_name,
    admin2_name,
    nested_admin1_countries,
    same_place_name,
)


@pytest.fixture
def overlay(tmp_path):
    """A user overlay folder, in use for the test; its gazetteer/ subfolder is returned."""
    folder = tmp_path / "gazetteer"
    folder.mkdir()
    reference.use_overlay(tmp_path)
    yield folder
    reference.use_overlay(None)


@pytest.mark.parametrize(
    "code, name, aliases, towns, expected",
    [
        ("RU.41", "Kurskaya oblast'", ["Kursk vilayəti"], [("Kursk", 448733)], "Kursk"),
        ("XX.01", "Belgorodskaya oblast'", [], [("Stary Oskol", 1), ("Belgorod", 2)],
         "Belgorod"),
        ("XX.02", "Ḩalab", ["Aleppo", "Aleppo Governorate"], [("Aleppo", 1)], "Aleppo"),
        ("XX.03", "Bayrūt", ["Beirut"], [("Ra's Bayrut", 1)], "Beirut"),
        ("XX.04", "North Darfur", ["North Darfur State"], [("El Fasher", 1)], "North Darfur"),
        ("XX.05", "Kandahār", ["Qandahor viloyati"], [("Kandahar", 1)], "Kandahar"),
        ("UA.12", "Kyiv", ["Kyiv City"], [("Kyiv", 1)], "Kyiv City"),
        ("UA.26", "Zaporizka oblast", ["Zaporizhzhia Oblast"], [], "Zaporizhia"),
    ],
)
def test_admin1_name_is_acled_style(code, name, aliases, towns, expected):
    assert admin1_name(code, name, aliases, towns) == expected


def test_admin2_name_drops_the_type_word():
    assert admin2_name("Sumskyi Raion") == "Sumskyi"
    assert admin2_name("Kutum District") == "Kutum"


@pytest.mark.parametrize(
    "a, b, same",
    [("Zaporizhzhya", "Zaporizhia", True), ("Mykolayiv", "Mykolaiv", True),
     ("Kursk", "Kurchatov", False), ("Sumy", "Sumy", True)],
)
def test_same_place_name_accepts_spelling_variants_only(a, b, same):
    assert same_place_name(a, b) is same


def test_acled_admin1_names_are_keyed_by_geonames_code():
    names = acled_admin1_names()
    assert names["UA.21"] == "Sumy"
    assert names["SY.08"] == "Rural Damascus"


def test_an_overlay_row_adds_or_replaces_an_admin1_name(overlay):
    (overlay / "acled_admin1.csv").write_text(
        "code,name\nXX.07,Upper Testland\nUA.21,Sumska\n", encoding="utf-8")
    assert admin1_name("XX.07", "Testlandskaya oblast'", [], [("Testburg", 1)]) == (
        "Upper Testland")
    assert admin1_name("UA.21", "Sumska oblast", [], [("Sumy", 1)]) == "Sumska"
    assert acled_admin1_names()["UA.26"] == "Zaporizhia"


def test_acled_country_names_override_geonames():
    names = acled_country_names()
    assert names["CD"] == "Democratic Republic of Congo"
    assert names["CI"] == "Ivory Coast"


def test_actor_fallback_names_are_the_marked_rows():
    fallback = acled_country_names(actor_fallback=True)
    assert fallback == COUNTRY_NAMES
    assert fallback.items() < acled_country_names().items()
    assert fallback["GB"] == "United Kingdom" and "CI" not in fallback


def test_palestine_nests_its_governorates():
    assert nested_admin1_countries() == frozenset({"PS"})
