from __future__ import annotations

import pytest

from sitrep.events.actors import ActorRef
from sitrep.events.classify import Scene, classify, disorder_type, territory_subtype

MIL = ActorRef("military", "RU")
REBELS = ActorRef("group", "CD")
CIV = ActorRef("civilians")
POLICE = ActorRef("police", "KE")
MOB = ActorRef("rioters")
PROTESTERS = ActorRef("protesters")


@pytest.mark.parametrize(
    "family, lemma, agent, patient, scene, expected",
    [
        ("remote", "shell", MIL, None, Scene(weapon="shelling"),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
        ("attack", "hit", MIL, CIV, Scene(weapon="drone"),
         ("Explosions/Remote violence", "Air/drone strike")),
        ("remote", "blow", None, None, Scene(weapon="suicide"),
         ("Explosions/Remote violence", "Suicide bomb")),
        ("remote", "explosion", None, None, Scene(),
         ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        ("attack", "storm", REBELS, ActorRef("civsite"), Scene(),
         ("Violence against civilians", "Attack")),
        ("attack", "attack", REBELS, MIL, Scene(), ("Battles", "Armed clash")),
        ("clash", "clash", MIL, ActorRef("military", "UA"), Scene(), ("Battles", "Armed clash")),
        ("clash", "clash", PROTESTERS, POLICE, Scene(crowd=True),
         ("Riots", "Violent demonstration")),
        ("abduct", "abduct", None, CIV, Scene(),
         ("Violence against civilians", "Abduction/forced disappearance")),
        ("protest", "protest", None, None, Scene(crowd=True), ("Protests", "Peaceful protest")),
        ("protest", "march", None, None, Scene(crowd=True, intervention=True),
         ("Protests", "Protest with intervention")),
        ("protest", "protest", None, None, Scene(crowd=True, intervention=True, lethal=True),
         ("Protests", "Excessive force against protesters")),
        ("shoot", "shoot", POLICE, PROTESTERS, Scene(crowd=True, lethal=True),
         ("Protests", "Excessive force against protesters")),
        ("attack", "beat", MOB, CIV, Scene(), ("Riots", "Mob violence")),
        ("arrest", "detain", POLICE, CIV, Scene(), ("Strategic developments", "Arrests")),
        ("arrest", "detain", POLICE, PROTESTERS, Scene(crowd=True),
         ("Protests", "Protest with intervention")),
        ("agree", "agree", MIL, REBELS, Scene(), ("Strategic developments", "Agreement")),
        ("evacuate", "evacuate", None, None, Scene(),
         ("Strategic developments", "Change to group/activity")),
        ("intercept", "shoot", MIL, None, Scene(),
         ("Strategic developments", "Disrupted weapons use")),
        ("withdraw", "withdraw", MIL, None, Scene(),
         ("Strategic developments", "Non-violent transfer of territory")),
        ("loot", "loot", REBELS, None, Scene(),
         ("Strategic developments", "Looting/property destruction")),
        ("loot", "set", ActorRef("civilians", collective=True), None, Scene(),
         ("Riots", "Violent demonstration")),
    ],
)
def test_classify_follows_acleds_rules(family, lemma, agent, patient, scene, expected):
    assert classify(family, lemma, agent, patient, scene) == expected


def test_seizing_people_is_a_clash_and_seizing_nothing_armed_is_no_event():
    fighters = ActorRef("group", "SD")
    assert classify("seize", "capture", MIL, fighters, Scene()) == ("Battles", "Armed clash")
    assert classify("seize", "seize", MIL, None, Scene()) is None


def test_a_bare_death_with_no_one_named_is_no_event():
    assert classify("kill", "die", None, None, Scene()) is None


@pytest.mark.parametrize(
    "family, state, actor_cc, place_cc, subtype",
    [
        ("seize", True, "UA", "RU", "Non-state actor overtakes territory"),  # an incursion
        ("seize", False, "CD", "CD", "Non-state actor overtakes territory"),  # rebels
        ("retake", True, "SD", "SD", "Government regains territory"),
        ("seize", True, "SD", "SD", "Government regains territory"),
    ],
)
def test_territory_subtype_depends_on_who_takes_ground_where(family, state, actor_cc,
                                                             place_cc, subtype):
    assert territory_subtype(family, state, actor_cc, place_cc) == subtype


@pytest.mark.parametrize(
    "event_type, sub_event_type, disorder",
    [
        ("Battles", "Armed clash", "Political violence"),
        ("Protests", "Peaceful protest", "Demonstrations"),
        ("Protests", "Excessive force against protesters", "Political violence; Demonstrations"),
        ("Riots", "Mob violence", "Political violence"),
        ("Riots", "Violent demonstration", "Demonstrations"),
        ("Strategic developments", "Agreement", "Strategic developments"),
    ],
)
def test_disorder_type_matches_acled(event_type, sub_event_type, disorder):
    assert disorder_type(event_type, sub_event_type) == disorder
