from __future__ import annotations

import pytest

from sitrep.events.actor_refs import ActorRef
from sitrep.events.actors import name_actor
from sitrep.events.reference import find_group, regime_years

SPLM_IO = "SPLM-In Opposition: Sudan People's Liberation Movement-In Opposition"


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
        ("KDF troops", "Military Forces of Kenya"),
        ("soldiers of the Uganda People's Defence Force", "Military Forces of Uganda"),
        ("FACA soldiers", "Military Forces of Central African Republic"),
        ("armed PNC officers", "Police Forces of Democratic Republic of Congo"),
        ("the SSPDF", "Military Forces of South Sudan"),
        ("fighters of the SPLA/M-IO", SPLM_IO),
        ("the SPLA - in Opposition", SPLM_IO),
        ("SPLA in-opposition forces", SPLM_IO),
        ("the SPLA", "SPLM/A: Sudan People's Liberation Movement/Army"),
    ],
)
def test_find_group_maps_reporters_names_to_acled_actors(phrase, name):
    group = find_group(phrase)
    assert group is not None and group.name == name


@pytest.mark.parametrize("phrase", ["an al-Qaeda-linked cell", "Russian forces", "KIA soldiers"])
def test_find_group_ignores_phrases_without_a_named_group(phrase):
    assert find_group(phrase) is None


@pytest.mark.parametrize("date, name, inter", [
    ("2009-05-01", "SPLM/A: Sudan People's Liberation Movement/Army", 2),
    ("2015-05-01", "Military Forces of South Sudan", 1),
])
def test_a_rebel_army_that_became_a_state_s_army_is_named_by_the_day(date, name, inter):
    group = find_group("SPLA soldiers")
    assert group is not None
    got, code = name_actor(ActorRef("group", group=group), date, "SS", None)
    assert got.startswith(name) and code == inter
