"""Rows that retell one happening fold into one; distinct happenings stay apart."""

from __future__ import annotations

import pytest

from sitrep.events.assemble import Row
from sitrep.events.happenings import fold_happenings
from sitrep.records import Place

SRINAGAR = Place("Srinagar", 60, 68, "Srinagar", 1, 34.08, 74.80, "IN", "India",
                 "Jammu and Kashmir", "Srinagar", "PPLA", 975_857)
KASHMIR = Place("Jammu and Kashmir", 30, 47, "Jammu and Kashmir", 2, 33.5, 75.0, "IN", "India",
                "Jammu and Kashmir", None, "ADM1", 12_000_000)
SHOPIAN = Place("Shopian", 200, 207, "Shopian", 3, 33.72, 74.83, "IN", "India",
                "Jammu and Kashmir", "Shopian", "PPLA2", 15_000)


def _row(place: Place, day: str, *, etype: str = "Explosions/Remote violence",
         sub: str = "Grenade", actor1: str = "Unidentified Armed Group (India)",
         derived: dict[str, str] | None = None, sentences: set[int] | None = None,
         anchor: int = 0) -> Row:
    return Row(event_type=etype, sub_event_type=sub, actor1=actor1, inter1=3, actor2="",
               inter2=0, assoc_actor_1="", place=place, geo_precision=3 if place is KASHMIR
               else 1, event_date=day, time_precision=1, family="remote", lemma="grenade",
               weapon="grenade", strength=1.0, sentences=sentences or {0},
               anchors=[(anchor, anchor + 5)], evidence={"event_type": [[anchor, anchor + 5]]},
               derived=dict(derived or {}), country_code="IN")


def test_a_retelling_at_region_level_folds_into_the_town_row() -> None:
    headline = _row(KASHMIR, "2022-08-22", derived={"event_date": "published-date"})
    lede = _row(SRINAGAR, "2022-08-21", sentences={1}, anchor=60)
    folded = fold_happenings([headline, lede])
    assert len(folded) == 1
    assert folded[0].place is SRINAGAR and folded[0].event_date == "2022-08-21"
    assert folded[0].sentences == {0, 1}
    assert [0, 5] in folded[0].evidence["event_type"]


@pytest.mark.parametrize("other", [
    _row(SRINAGAR, "2022-08-20", sentences={2}, anchor=120),  # another read day
    _row(SHOPIAN, "2022-08-21", sentences={2}, anchor=200),  # another town
    _row(KASHMIR, "2022-08-10", sentences={2}, derived={"event_date": "published-date"}),
])
def test_other_days_and_towns_stay_apart(other: Row) -> None:
    lede = _row(SRINAGAR, "2022-08-21", sentences={1}, anchor=60)
    assert len(fold_happenings([lede, other])) == 2


def test_a_clash_without_named_sides_in_a_strike_sentence_is_the_strike() -> None:
    strike = _row(SRINAGAR, "2022-08-21", sub="Air/drone strike", sentences={1})
    clash = _row(SRINAGAR, "2022-08-21", etype="Battles", sub="Armed clash", sentences={1},
                 derived={"actor1": "default"})
    folded = fold_happenings([clash, strike])
    assert [r.sub_event_type for r in folded] == ["Air/drone strike"]


def test_an_actor_takes_evidence_only_from_mentions_of_that_actor() -> None:
    from sitrep.events.assemble import merge_rows

    police = _row(SRINAGAR, "2022-08-21", anchor=0)
    police.actor2, police.inter2, police.evidence["actor2"] = "Police Forces of India", 1, [[9, 15]]
    civilians = _row(SRINAGAR, "2022-08-21", sentences={1}, anchor=60)
    civilians.actor2, civilians.inter2 = "Civilians (India)", 7
    civilians.evidence["actor2"] = [[70, 79]]
    merged = merge_rows([police, civilians])
    assert len(merged) == 1
    assert merged[0].actor2 == "Police Forces of India"
    assert merged[0].evidence["actor2"] == [[9, 15]]
    assert [60, 65] in merged[0].evidence["event_type"]


def test_the_same_two_sides_told_from_the_other_end_fold_into_one_battle() -> None:
    lede = _row(SRINAGAR, "2022-08-21", etype="Battles", sub="Armed clash",
                actor1="Taliban")
    lede.actor2 = "Police Forces of India"
    headline = _row(SRINAGAR, "2022-08-21", etype="Battles", sub="Armed clash",
                    actor1="Police Forces of India", derived={"actor2": "default"},
                    sentences={0}, anchor=0)
    headline.actor2 = "Unidentified Armed Group (India)"
    folded = fold_happenings([headline, lede])
    assert len(folded) == 1 and folded[0].actor1 == "Taliban"


def test_two_different_battles_at_one_place_stay_apart() -> None:
    one = _row(SRINAGAR, "2022-08-21", etype="Battles", sub="Armed clash", actor1="Taliban")
    one.actor2 = "Police Forces of India"
    other = _row(SRINAGAR, "2022-08-21", etype="Battles", sub="Armed clash",
                 actor1="Lashkar-e-Taiba", sentences={3}, anchor=300)
    other.actor2 = "Military Forces of India"
    assert len(fold_happenings([one, other])) == 2


def test_a_battle_with_one_named_side_at_the_strike_place_is_the_strike() -> None:
    strike = _row(SRINAGAR, "2022-08-21", sub="Air/drone strike", sentences={1})
    fighting = _row(SRINAGAR, "2022-08-21", etype="Battles", sub="Armed clash",
                    sentences={4}, anchor=300)  # told in another sentence, no second side
    folded = fold_happenings([strike, fighting])
    assert [r.event_type for r in folded] == ["Explosions/Remote violence"]
    assert 4 in folded[0].sentences


def test_a_battle_between_two_named_sides_stays_beside_the_strike() -> None:
    strike = _row(SRINAGAR, "2022-08-21", sub="Air/drone strike", sentences={1})
    battle = _row(SRINAGAR, "2022-08-21", etype="Battles", sub="Armed clash",
                  sentences={4}, anchor=300)
    battle.actor2, battle.inter2 = "Military Forces of India (2014-)", 1
    elsewhere = _row(SHOPIAN, "2022-08-21", etype="Battles", sub="Armed clash",
                     sentences={5}, anchor=400)
    assert len(fold_happenings([strike, battle, elsewhere])) == 3


def test_the_army_and_the_government_of_one_state_are_one_side_of_a_happening() -> None:
    army = _row(SRINAGAR, "2022-08-21", actor1="Military Forces of India (2014-)",
                sentences={1}, anchor=60)
    government = _row(SRINAGAR, "2022-08-21", actor1="Government of India (2014-)",
                      sentences={3}, anchor=200)
    other_state = _row(SRINAGAR, "2022-08-21", actor1="Military Forces of Pakistan (2018-)",
                       sentences={5}, anchor=400)
    folded = fold_happenings([army, government, other_state])
    assert [r.actor1 for r in folded] == ["Military Forces of India (2014-)",
                                          "Military Forces of Pakistan (2018-)"]


def test_a_region_row_and_a_town_row_inside_it_fold_at_the_town() -> None:
    region = _row(KASHMIR, "2022-08-21", sentences={0}, anchor=0)
    region.geo_precision = 1  # as specific a telling, so the region row is kept first
    region.evidence["location"] = [[30, 47]]
    town = _row(SHOPIAN, "2022-08-21", sentences={2}, anchor=200)
    town.evidence["location"] = [[200, 207]]
    folded = fold_happenings([region, town])
    assert len(folded) == 1
    assert folded[0].place is SHOPIAN and folded[0].evidence["location"] == [[200, 207]]


def test_a_derived_day_gives_way_to_the_day_a_retelling_of_one_type_read() -> None:
    headline = _row(SRINAGAR, "2022-08-22", derived={"event_date": "published-date"})
    lede = _row(SRINAGAR, "2022-08-21", sentences={1}, anchor=60)
    lede.evidence["event_date"] = [[70, 78]]
    folded = fold_happenings([headline, lede])
    assert len(folded) == 1
    assert folded[0].event_date == "2022-08-21"
    assert "event_date" not in folded[0].derived
    assert folded[0].evidence["event_date"] == [[70, 78]]


def test_a_retelling_of_another_type_lends_no_day() -> None:
    strike = _row(SRINAGAR, "2022-08-22", derived={"event_date": "published-date"})
    killing = _row(SRINAGAR, "2022-08-21", etype="Violence against civilians", sub="Attack",
                   sentences={1}, anchor=60)
    folded = fold_happenings([strike, killing])
    assert [r.event_date for r in folded if r.event_type == strike.event_type] == ["2022-08-22"]


def test_a_strike_near_a_town_and_its_generic_telling_close_by_are_one_strike() -> None:
    near_srinagar = _row(SRINAGAR, "2022-08-21", sub="Air/drone strike", sentences={0})
    near_srinagar.geo_precision = 2
    nearby = Place("Ganderbal", 300, 309, "Ganderbal", 4, 34.22, 74.77, "IN", "India",
                   "Jammu and Kashmir", "Ganderbal", "PPLA2", 30_000)  # 16 km away
    killing = _row(nearby, "2022-08-21", etype="Violence against civilians", sub="Attack",
                   sentences={2}, anchor=300)
    killing.weapon, killing.family = None, "attack"
    far = _row(SHOPIAN, "2022-08-21", etype="Violence against civilians", sub="Attack",
               sentences={4}, anchor=400)  # 40 km away: another attack
    far.weapon, far.family = None, "attack"
    folded = fold_happenings([near_srinagar, killing, far])
    assert sorted(r.sub_event_type for r in folded) == ["Air/drone strike", "Attack"]
    assert [r.place for r in folded if r.sub_event_type == "Attack"] == [SHOPIAN]


def _sided(actor1: str, actor2: str, *, derived: dict[str, str] | None = None,
           sentences: set[int] | None = None, anchor: int = 0) -> Row:
    row = _row(SHOPIAN, "2022-08-21", etype="Battles", sub="Armed clash", actor1=actor1,
               derived=derived, sentences=sentences, anchor=anchor)
    row.actor2, row.inter2 = actor2, 1 if "Forces" in actor2 else 2
    row.inter1 = 1 if "Forces" in actor1 else 2
    return row


def test_one_states_police_and_army_are_one_side_told_from_either_end() -> None:
    # the headline read the victims as the actor and guessed the attacker
    headline = _sided("Police Forces of India (2014-)", "Unidentified Armed Group (India)",
                      derived={"actor2": "default"})
    lede = _sided("Lashkar-e-Taiba", "Military Forces of India (2014-)", sentences={1},
                  anchor=60)
    folded = fold_happenings([headline, lede])
    assert len(folded) == 1
    # the telling that names both sides orients the row
    assert (folded[0].actor1, folded[0].actor2) == ("Lashkar-e-Taiba",
                                                    "Military Forces of India (2014-)")
    assert folded[0].inter1 == 2


def test_other_sides_stay_apart() -> None:
    one = _sided("Lashkar-e-Taiba", "Military Forces of India (2014-)")
    other = _sided("Hizbul Mujahideen", "Military Forces of Pakistan (2014-)", sentences={1},
                   anchor=60)
    assert len(fold_happenings([one, other])) == 2


def test_a_telling_that_names_one_of_the_two_sides_is_the_same_battle() -> None:
    both = _sided("Military Forces of India (2014-)", "Lashkar-e-Taiba")
    one = _sided("Lashkar-e-Taiba", "", sentences={2}, anchor=90)
    other = _sided("Hizbul Mujahideen", "", sentences={3}, anchor=120)
    folded = fold_happenings([both, one, other])
    assert [r.actor1 for r in folded] == ["Military Forces of India (2014-)",
                                          "Hizbul Mujahideen"]


def test_a_battle_told_by_its_dead_names_the_states_forces_first(nlp, gazetteer) -> None:
    from sitrep.events.actors import ActorRef
    from sitrep.events.deaths import death_sides

    sent = next(nlp("Three rebels and two soldiers were killed near the town.").sents)
    rebels = ActorRef("rebels", "IN")
    soldiers = ActorRef("military", "IN")
    a1, a2 = death_sides([rebels, soldiers], sent, "IN", gazetteer)
    assert (a1.kind, a2.kind) == ("military", "rebels")


def test_a_description_tells_one_event_of_each_type_whoever_tells_it() -> None:
    from sitrep.events.happenings import fold_description
    clash = _row(SRINAGAR, "2022-08-21", etype="Battles", sub="Armed clash",
                 actor1="Military Forces of India (2014-)", anchor=40)
    deaths = _row(SHOPIAN, "2022-08-21", etype="Battles", sub="Armed clash",
                  actor1="Unidentified Armed Group (India)", sentences={2}, anchor=200,
                  derived={"location": "inferred"})
    arrests = _row(SHOPIAN, "2022-08-21", etype="Strategic developments", sub="Arrests",
                   sentences={3}, anchor=260)
    folded = fold_description([deaths, arrests, clash])
    assert [r.event_type for r in folded] == ["Strategic developments", "Battles"]
    kept = folded[1]
    assert kept is clash and kept.place is SRINAGAR and kept.sentences == {0, 2}
    assert kept.actor1 == "Military Forces of India (2014-)"


@pytest.mark.parametrize("other", [
    _row(SRINAGAR, "2022-08-12", sentences={1}, anchor=80),  # another day
    _row(SHOPIAN, "2022-08-21", sentences={1}, anchor=80),  # a town of its own
])
def test_a_description_keeps_another_day_or_town_apart(other: Row) -> None:
    from sitrep.events.happenings import fold_description
    one = _row(SRINAGAR, "2022-08-21", anchor=10)
    assert len(fold_description([one, other])) == 2
