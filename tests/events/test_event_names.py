from __future__ import annotations

import pytest

from sitrep.events.reference import find_group, regime_years


@pytest.mark.parametrize(
    "code, date, years",
    [
        ("RU", "2024-08-06", "2000-"),
        ("UA", "2024-08-06", "2019-"),
        ("UA", "2018-03-01", "2014-2019"),
        ("IL", "2024-07-01", "2022-"),
        ("SY", "2024-10-08", "2000-2024"),
        ("SY", "2025-01-10", "2024-"),
        ("US", "2023-05-01", "2021-2025"),
        ("RU", None, "2000-"),
        ("TD", "1990-01-01", None),  # before every listed government
        ("ZZ", "2024-01-01", None),  # a country with no table entry
    ],
)
def test_regime_years_pick_the_government_in_power_on_the_day(code, date, years):
    assert regime_years(code, date) == years


@pytest.mark.parametrize(
    "phrase, name",
    [
        ("Houthi rebels", "Ansar Allah"),
        ("fighters from the paramilitary Rapid Support Forces", "Rapid Support Forces"),
        ("the RSF", "Rapid Support Forces"),
        ("M23 rebels", "M23: March 23 Movement"),
        ("The al-Qaeda-linked group JNIM", "JNIM: Group for Support of Islam and Muslims"),
        ("Islamic State West Africa Province", "Islamic State West Africa Province (ISWAP)"),
        ("Hezbollah fighters", "Hezbollah"),
        ("suspected ISGS gunmen", "Islamic State (Greater Sahara)"),
        ("fighters of the Islamic State in the Greater Sahara", "Islamic State (Greater Sahara)"),
    ],
)
def test_find_group_maps_reporters_names_to_acled_actors(phrase, name):
    group = find_group(phrase)
    assert group is not None and group.name == name


@pytest.mark.parametrize("phrase", ["an al-Qaeda-linked cell", "Russian forces", "KIA soldiers"])
def test_find_group_ignores_phrases_without_a_named_group(phrase):
    assert find_group(phrase) is None
