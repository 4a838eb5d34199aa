"""The model's inter codes recast the sides of a description only where the rules guessed."""

from __future__ import annotations

import pytest

from sitrep.events.actor_names import is_generic
from sitrep.events.assemble import Row
from sitrep.events.classifier import TypePrediction
from sitrep.events.model_actors import (
    GUESSED_INTER,
    HOME_ABROAD,
    INTER,
    NEWS_INTER,
    NOT_STATE,
    generic_actor,
    recast_actors,
    recast_default_doer,
)


def _row(etype: str, actor1: str, inter1: int, actor2: str, inter2: int, *,
         read1: bool = True, read2: bool = True) -> Row:
    evidence = {"event_type": [[0, 4]]}
    if read1:
        evidence["actor1"] = [[0, 5]]
    if read2 and actor2:
        evidence["actor2"] = [[10, 15]]
    derived = {} if read1 else {"actor1": "default"}
    if actor2 and not read2:
        derived["actor2"] = "default"
    return Row(event_type=etype, sub_event_type="x", actor1=actor1, inter1=inter1,
               actor2=actor2, inter2=inter2, assoc_actor_1="", place=None, geo_precision=None,
               event_date="2024-05-06", time_precision=1, family="attack", lemma="attack",
               weapon=None, strength=1.0, sentences={0}, anchors=[(0, 4)],
               evidence=evidence, derived=derived, country_code="KE")


def _said(inter1: int, inter2: int, p1: float = 0.9, p2: float = 0.9) -> TypePrediction:
    return TypePrediction("Attack", "Violence against civilians", 0.9, 0.9, (("Attack", 0.9),),
                          inter1, p1, inter2, p2)


def test_an_unnamed_doer_takes_the_kind_the_model_is_sure_of():
    row = _row("Violence against civilians", "Unidentified Armed Group (Kenya)", 3,
               "Civilians (Kenya)", 7, read1=False)
    recast_actors(row, _said(1, 7), "Kenya")
    assert row.inter1 == 1 and row.actor1.startswith("Military Forces of Kenya")
    assert row.derived["actor1"] == "model"
    assert (row.actor2, row.inter2) == ("Civilians (Kenya)", 7)


def test_an_unsure_model_changes_nothing():
    row = _row("Violence against civilians", "Unidentified Armed Group (Kenya)", 3,
               "Civilians (Kenya)", 7, read1=False)
    recast_actors(row, _said(1, 0, p1=GUESSED_INTER - 0.05, p2=INTER - 0.05), "Kenya")
    assert (row.actor1, row.inter1) == ("Unidentified Armed Group (Kenya)", 3)
    assert (row.actor2, row.inter2) == ("Civilians (Kenya)", 7)


@pytest.mark.parametrize("read1, recast", [(False, True), (True, False)])
def test_a_guessed_doer_takes_a_less_sure_reading_than_one_the_text_named(read1, recast):
    row = _row("Violence against civilians", "Unidentified Armed Group (Kenya)", 3,
               "Civilians (Kenya)", 7, read1=read1)
    recast_actors(row, _said(4, 7, p1=(GUESSED_INTER + INTER) / 2), "Kenya")
    assert (row.inter1 == 4) is recast
    assert row.actor1.startswith("Unidentified Communal Militia") is recast


@pytest.mark.parametrize("actor1, inter1, p1", [
    ("Al-Shabaab", 2, 0.99),
    ("Military Forces of Kenya (2013-)", 1, (INTER + NOT_STATE) / 2),
])
def test_a_group_or_an_army_the_text_named_keeps_its_name(actor1, inter1, p1):
    row = _row("Violence against civilians", actor1, inter1, "Civilians (Kenya)", 7)
    recast_actors(row, _said(3, 7, p1=p1), "Kenya")
    assert (row.actor1, row.inter1) == (actor1, inter1)
    assert "actor1" not in row.derived


def test_an_army_read_as_the_doer_gives_way_only_to_a_sure_non_state_kind_not_the_other_side():
    row = _row("Violence against civilians", "Military Forces of Kenya (2013-)", 1,
               "Civilians (Kenya)", 7)
    recast_actors(row, _said(3, 7, p1=NOT_STATE + 0.05), "Kenya")
    assert (row.actor1, row.inter1) == ("Unidentified Armed Group (Kenya)", 3)
    assert row.derived["actor1"] == "model"
    battle = _row("Battles", "Military Forces of Kenya (2013-)", 1, "Al-Shabaab", 2)
    recast_actors(battle, _said(2, 2, p1=0.99), "Kenya")
    assert (battle.actor1, battle.inter1) == ("Military Forces of Kenya (2013-)", 1)


@pytest.mark.parametrize("country, p1, inter", [
    (None, INTER + 0.05, 8),
    ("KE", INTER + 0.05, 1),
    ("KE", HOME_ABROAD + 0.05, 8),
])
def test_an_army_the_model_reads_abroad_takes_inter_8_where_no_country_tells_or_it_is_sure(
        country, p1, inter):
    row = _row("Explosions/Remote violence", "Military Forces of Kenya (2013-)", 1,
               "Civilians", 7)
    row.country_code = country
    recast_actors(row, _said(8, 7, p1=p1), "")
    assert (row.actor1, row.inter1) == ("Military Forces of Kenya (2013-)", inter)


def test_on_news_an_army_keeps_the_inter_code_its_country_gives():
    row = _row("Explosions/Remote violence", "Military Forces of Kenya (2013-)", 8,
               "Civilians", 7, read1=False)
    recast_default_doer(row, _said(1, 7, p1=0.99), "Kenya")
    assert row.inter1 == 8


@pytest.mark.parametrize("sub, swapped", [
    ("Excessive force against protesters", True),
    ("Protest with intervention", False),
])
def test_force_used_on_protesters_puts_the_state_s_forces_first(sub, swapped):
    row = _row("Protests", "Protesters (Kenya)", 6, "Police Forces of Kenya (2022-)", 1,
               read1=False)
    row.sub_event_type = sub
    recast_actors(row, _said(1, 6), "Kenya")
    assert (row.inter1, row.inter2) == ((1, 6) if swapped else (6, 1))
    assert (row.actor1 == "Police Forces of Kenya (2022-)") is swapped


def test_a_generic_doer_the_text_named_still_takes_the_model_kind():
    row = _row("Violence against civilians", "Unidentified Armed Group (Kenya)", 3,
               "Civilians (Kenya)", 7)
    recast_actors(row, _said(4, 7), "Kenya")
    assert (row.actor1, row.inter1) == ("Unidentified Communal Militia (Kenya)", 4)


def test_a_missing_second_side_is_named_after_the_event_type():
    battle = _row("Battles", "Al-Shabaab", 2, "", 0)
    recast_actors(battle, _said(2, 1), "Kenya")
    assert battle.inter2 == 1 and battle.actor2.startswith("Military Forces of Kenya")
    protest = _row("Protests", "Protesters (Kenya)", 6, "", 0)
    recast_actors(protest, _said(6, 1), "Kenya")
    assert protest.inter2 == 1 and protest.actor2.startswith("Police Forces of Kenya")
    assert protest.derived["actor2"] == "model"


def test_the_event_type_wins_over_the_model():
    attack = _row("Violence against civilians", "Al-Shabaab", 2, "Civilians (Kenya)", 7,
                  read2=False)
    recast_actors(attack, _said(2, 1), "Kenya")
    assert (attack.actor2, attack.inter2) == ("Civilians (Kenya)", 7)
    protest = _row("Protests", "Protesters (Kenya)", 6, "", 0, read1=False)
    recast_actors(protest, _said(5, 0), "Kenya")
    assert (protest.actor1, protest.inter1) == ("Protesters (Kenya)", 6)
    battle = _row("Battles", "Unidentified Armed Group (Kenya)", 3, "Al-Shabaab", 2,
                  read1=False)
    recast_actors(battle, _said(7, 2), "Kenya")
    assert battle.inter1 == 3


def test_a_guessed_second_side_is_dropped_when_the_model_reads_none_but_a_named_one_stays():
    guessed = _row("Strategic developments", "Al-Shabaab", 2, "Civilians (Kenya)", 7,
                   read2=False)
    recast_actors(guessed, _said(2, 0), "Kenya")
    assert (guessed.actor2, guessed.inter2) == ("", 0)
    named = _row("Strategic developments", "Al-Shabaab", 2, "Civilians (Kenya)", 7)
    recast_actors(named, _said(2, 0), "Kenya")
    assert (named.actor2, named.inter2) == ("Civilians (Kenya)", 7)


def test_generic_actors_and_their_names():
    assert generic_actor(4, "Battles", "KE", "Kenya", "2024-01-01") == (
        "Unidentified Communal Militia (Kenya)", 4)
    assert generic_actor(6, "Protests", "KE", "Kenya", "2024-01-01") == ("Protesters (Kenya)", 6)
    name, inter = generic_actor(2, "Battles", None, "", "2024-01-01") or ("", 0)
    assert inter == 2 and name
    assert generic_actor(8, "Battles", "KE", "Kenya", "2024-01-01") is None
    assert all(is_generic(n) for n in ("Civilians (Kenya)", "Protesters",
                                       "Military Forces of Kenya (2013-)"))
    assert not any(is_generic(n) for n in ("Al-Shabaab", "Military Forces Command",
                                           "Civilians' Union"))


@pytest.mark.parametrize("read, p1, recast", [(False, NEWS_INTER + 0.05, True),
                                              (False, NEWS_INTER - 0.05, False),
                                              (True, 0.99, False)])
def test_on_news_only_a_doer_the_text_did_not_name_takes_the_model_kind(read, p1, recast):
    row = _row("Explosions/Remote violence", "Unidentified Armed Group (Kenya)", 3,
               "Civilians (Kenya)", 7, read1=read)
    recast_default_doer(row, _said(2, 1, p1=p1), "Kenya")
    assert (row.inter1 == 2) is recast
    assert (row.actor2, row.inter2) == ("Civilians (Kenya)", 7)


@pytest.mark.parametrize("p1, inter", [(INTER + 0.05, 1), (INTER - 0.05, 8)])
def test_an_army_a_place_puts_abroad_comes_home_when_the_model_reads_it_so(p1, inter):
    row = _row("Battles", "Military Forces of Kenya (2013-)", 8, "Al Shabaab", 2)
    recast_actors(row, _said(1, 2, p1=p1), "Kenya")
    assert (row.actor1, row.inter1) == ("Military Forces of Kenya (2013-)", inter)


def test_a_second_side_put_abroad_comes_home_too():
    row = _row("Battles", "Al Shabaab", 2, "Military Forces of Kenya (2013-)", 8)
    recast_actors(row, _said(2, 1, p2=INTER + 0.05), "Kenya")
    assert (row.actor2, row.inter2) == ("Military Forces of Kenya (2013-)", 1)


@pytest.mark.parametrize("etype, inter", [("Strategic developments", 7),
                                          ("Violence against civilians", 1)])
def test_civilians_act_only_in_a_strategic_development(etype, inter):
    row = _row(etype, "Government of Kenya (2022-)", 1, "", 0, read1=False)
    recast_actors(row, _said(7, 0), "Kenya")
    assert row.inter1 == inter
    assert row.actor1.startswith("Civilians") is (inter == 7)


def test_a_less_sure_reading_of_a_guessed_doer_never_swaps_the_sides():
    row = _row("Explosions/Remote violence", "Unidentified Armed Group (Kenya)", 3,
               "Police Forces of Kenya (2022-)", 1, read1=False)
    recast_actors(row, _said(1, 1, p1=(GUESSED_INTER + INTER) / 2, p2=0.5), "Kenya")
    assert (row.actor2, row.inter2) == ("Police Forces of Kenya (2022-)", 1)
    assert row.inter1 == 3
