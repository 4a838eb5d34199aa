"""When two events from different reports may be one happening."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from sitrep.clusters.match import compatible, date_window, known_actors, score


def test_the_same_strike_from_two_articles_matches(member):
    assert compatible(member(), member(event_id="ev2", article_id="a2"))


def test_two_events_of_one_article_never_match(member):
    assert not compatible(member(), member(event_id="ev2"))


@pytest.mark.parametrize(("sub_type", "event_type", "expected"), [
    ("Shelling/artillery/missile attack", "Explosions/Remote violence", True),
    ("Chemical weapon", "Explosions/Remote violence", False),
    ("Air/drone strike", "Battles", False),
])  # fmt: skip
def test_types_must_agree_and_sub_types_be_of_one_group(member, sub_type, event_type, expected):
    other = member(event_id="ev2", article_id="a2", sub_event_type=sub_type, event_type=event_type)
    assert compatible(member(), other) is expected


@pytest.mark.parametrize(("days", "precision", "expected"), [
    (1, 1, True), (2, 1, False), (6, 2, True), (9, 2, False), (25, 3, True), (40, 3, False),
])  # fmt: skip
def test_dates_may_differ_by_the_wider_precision_window(member, days, precision, expected):
    other = member(event_id="ev2", article_id="a2", day=date(2024, 3, 11) + timedelta(days),
                   time_precision=precision)
    assert date_window(other) == {1: 1, 2: 7, 3: 31}[precision]
    assert compatible(member(), other) is expected
    assert compatible(other, member()) is expected


def test_a_published_date_reaches_two_days_back(member):
    other = member(event_id="ev2", article_id="a2", day=date(2024, 3, 13), published_date=True)
    assert compatible(member(), other)
    assert not compatible(member(), member(event_id="ev3", article_id="a3",
                                           day=date(2024, 3, 13)))


def test_places_within_25_km_match_and_farther_ones_do_not(member):
    near = member(event_id="ev2", article_id="a2", latitude=50.1, admin2="Other", location="X")
    far = member(event_id="ev3", article_id="a3", latitude=50.5, admin2="Other", location="Y")
    assert compatible(member(), near)
    assert not compatible(member(), far)


def test_the_same_admin2_matches_at_any_distance(member):
    other = member(event_id="ev2", article_id="a2", latitude=50.5)
    assert compatible(member(), other)


def test_a_region_level_event_matches_a_town_in_its_region(member):
    coarse = member(event_id="ev2", article_id="a2", latitude=49.0, longitude=37.0,
                    admin2=None, geo_precision=3)
    assert compatible(member(), coarse)
    precise = member(event_id="ev3", article_id="a3", latitude=49.0, longitude=37.0,
                     admin2="Izium")
    assert not compatible(member(), precise)


def test_events_in_different_countries_never_match(member):
    assert not compatible(member(), member(event_id="ev2", article_id="a2", iso=643))


def test_known_actors_must_share_one_whatever_its_side(member):
    swapped = member(event_id="ev2", article_id="a2", actor1="Civilians (Ukraine)",
                     actor2="Military Forces of Russia (2000-) Air Force")
    stranger = member(event_id="ev4", article_id="a4", actor1="Military Forces of Ukraine (2019-)",
                      actor2="Civilians (Russia)")
    assert compatible(member(), swapped)
    assert not compatible(member(), stranger)
    assert compatible(member(), replace(stranger, actor2="Civilians (Ukraine)"))


def test_unidentified_actors_contradict_nobody(member):
    unknown = member(event_id="ev2", article_id="a2", actor1="Unidentified Armed Group (Ukraine)",
                     actor2="")
    assert known_actors(unknown) == set()
    assert compatible(member(), unknown)


def test_the_closer_event_scores_higher(member):
    same = member(event_id="ev2", article_id="a2")
    later = member(event_id="ev3", article_id="a3", day=date(2024, 3, 12), location="Other")
    assert score(member(), same) > score(member(), later)


def test_tolls_of_one_size_score_higher(member):
    near = member(event_id="ev2", article_id="a2", fatalities=10)
    far = member(event_id="ev3", article_id="a3", fatalities=1)
    unstated = member(event_id="ev4", article_id="a4", fatalities=0, fatalities_stated=False)
    assert score(member(), near) > score(member(), unstated) >= score(member(), far)
