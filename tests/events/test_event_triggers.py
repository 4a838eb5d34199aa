"""Trigger words, their weapons, and whether what they report happened (real model)."""

from __future__ import annotations

import pytest

from sitrep.events.draft import _select
from sitrep.events.triggers import find_triggers, unreal

pytestmark = pytest.mark.model


def triggers(nlp, text: str) -> list[tuple[str, str, str | None]]:
    doc = nlp(text)
    return [(text[t.start:t.end], t.family, t.weapon) for s in doc.sents
            for t in find_triggers(s)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russian forces shelled the town of Orikhiv.", [("shelled", "remote", "shelling")]),
        ("An Israeli air strike hit a school.",
         [("strike", "remote", "air"), ("hit", "attack", "air")]),
        ("Mortar bombs fell on a camp.", [("bombs", "remote", "shelling")]),
        ("A female suicide bomber blew herself up at a market.",
         [("blew herself up", "remote", "suicide")]),
        ("Drones dropped grenades filled with chloropicrin on the trenches.",
         [("grenades", "remote", "chemical")]),
        ("Air defences shot down two drones.", [("shot down", "intercept", "drone")]),
        ("The navy intercepted a missile over the strait.",
         [("intercepted", "intercept", "shelling")]),
        ("Government forces and rebels exchanged fire near the town.",
         [("exchanged fire", "clash", None)]),
        ("Angry residents set fire to a police station.", [("set fire", "loot", None)]),
        ("Soldiers demolished the family home of a prisoner.", [("demolished", "loot", None)]),
        ("The governor ordered residents to leave.", [("ordered", "evacuate", None)]),
        ("Traders held a peaceful sit-in outside the offices.", [("sit-in", "protest", None)]),
        ("Teachers went on strike over unpaid wages.", [("strike", "labour", None)]),
        ("The rebels took control of the town.", [("took control", "seize", None)]),
        ("Both sides agreed to a 14-day truce.", [("agreed", "agree", None)]),
        ("The army withdrew from the border town under the deal.",
         [("withdrew", "withdraw", None)]),
        ("French troops left the city of Timbuktu.", [("left", "withdraw", None)]),
        ("The UN received reports of sexual violence against women.",
         [("sexual violence", "sexual", None)]),
    ],
)
def test_find_triggers_reads_cue_words_and_their_weapons(nlp, text, expected):
    assert triggers(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Wheat prices rose by 4 dollars a tonne last week.",
        "The company will cut 300 jobs in the spring.",
        "Police fired tear gas at the crowd.",
        "Both sides agreed to hold talks on Wednesday.",
        "An attack helicopter flew over the city.",
        "The militants were intercepted on the main road.",
        "The minister left the city on Tuesday.",
        "Police teams were mobilised after the landslides buried houses.",
        "Residents were evacuated as the flood waters rose.",
        "Rangers intercepted three gunmen at the border.",
        "The troops withdrew from the town under heavy fire.",
        "After suffering heavy losses, the rebels retreated to the hills.",
    ],
)
def test_find_triggers_ignores_words_that_report_no_event(nlp, text):
    assert [t for t in triggers(nlp, text) if t[1] not in ("kill",)] == []


@pytest.mark.parametrize(
    "text, word, happened",
    [
        ("Russian forces did not attack the village.", "attack", False),
        ("The rebels threatened to attack the town.", "attack", False),
        ("Russia may launch a new offensive in the spring.", "offensive", False),
        ("The president ordered the army to expel the invaders.", "expel", False),
        ("The RSF denied targeting civilians.", "targeting", False),
        ("No group claimed the attack.", "attack", False),
        ("Kharkiv has been struck almost daily.", "struck", False),
        ("Russian artillery fired on the region almost every day.", "fired", False),
        ("Nine civilians have been killed since the incursion began.", "incursion", False),
        ("The SBU detained two men ahead of missile strikes.", "strikes", False),
        ("The rebels entered the town without a fight.", "fight", False),
        ("The governor said Russian forces shelled the town.", "shelled", True),
        ("Kyiv launched the attack last Tuesday.", "attack", True),
        ("Protesters tried to march to the assembly.", "march", True),
        ("It was the largest attack since Moscow began its invasion.", "attack", True),
        ("Gunmen attacked a checkpoint in Gao, no injuries were reported.", "attacked", True),
        ("Fighting broke out near Gao, no casualties reported.", "broke", True),
        ("Officials did not report that gunmen attacked the checkpoint.", "attacked", False),
        ("Nobody said that gunmen attacked the checkpoint.", "attacked", False),
    ],
)
def test_unreal_tells_facts_from_negated_hypothetical_and_background_mentions(
        nlp, text, word, happened):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert (unreal(tok) is None) is happened, unreal(tok)


@pytest.mark.parametrize(
    "text, reason",
    [
        ("However, the attacks have grown more frequent.", "generic"),
        ("Both countries are fighting a wave of deadly jihadist attacks.", "generic"),
        ("The group said it is facing a rising number of attacks by the army.", "generic"),
        ("Most of the attacks have happened in and around the district.", "generic"),
        # plural events that happened: a number, a verb of their own, "occurred"
        ("The attacks killed 12 people in Kano on Monday.", None),
        ("Three attacks hit the city overnight.", None),
        ("On 21 January, clashes between the army and the rebels occurred near the town.",
         None),
        ("Seven people were killed in a series of airstrikes on Friday.", None),
        ("On 2 May, warplanes conducted a number of airstrikes near Gao.", None),
        ("The army faces a mounting number of attacks near Gao.", "generic"),
    ],
)
def test_plural_events_told_as_a_trend_are_generic(nlp, text, reason):
    doc = nlp(text)
    tok = next(t for t in doc if t.lemma_.lower() in ("attack", "clash", "airstrike"))
    assert unreal(tok) == reason


@pytest.mark.parametrize(
    "text, word, reason",
    [
        ("About 100 people gathered outside the church to protest against the war.",
         "protest", None),
        ("Hundreds took to the streets to demonstrate against fuel prices.", "demonstrate",
         None),
        # only a protest is done by gathering for it
        ("The militants gathered in the forest to attack the village.", "attack",
         "infinitive"),
    ],
)
def test_a_crowd_that_gathered_to_protest_protested(nlp, text, word, reason):
    tok = next(t for t in nlp(text) if t.lemma_.lower() == word)
    assert unreal(tok) == reason


def test_a_protest_verb_the_parser_hangs_on_a_verbless_root_is_a_trigger(nlp):
    doc = nlp("On 29 July, in Oicha, an unspecified number of residents protested against "
              "insecurity in the area.")
    assert ("protested", "protest") in [(doc.text[t.start:t.end], t.family)
                                        for s in doc.sents for t in find_triggers(s)]


@pytest.mark.parametrize("text, word, family", [
    ("Unknown men assassinated a local councillor outside his home.", "assassinated", "kill"),
    ("The assassination of the mayor shocked the town.", "assassination", "kill"),
    ("Bandits murdered two herders near the river.", "murdered", "kill"),
    ("A trader was stabbed near the bus station.", "stabbed", "attack"),
    ("Detainees said guards tortured them at the camp.", "tortured", "attack"),
])
def test_killings_and_assaults_named_by_their_own_verb_are_triggers(nlp, text, word, family):
    assert (word, family, None) in triggers(nlp, text)


@pytest.mark.parametrize(
    "text, word, reason",
    [
        # a perfect infinitive reports what was done
        ("The police claimed to have arrested four suspects in the raid.", "arrest", None),
        ("The militants are said to have attacked the convoy at dawn.", "attack", None),
        # a plain infinitive is still only an aim
        ("The police plan to arrest the suspects next week.", "arrest", "infinitive"),
        ("The army was ordered to attack the town.", "attack", "infinitive"),
    ],
)
def test_a_perfect_infinitive_tells_a_past_fact(nlp, text, word, reason):
    tok = next(t for t in nlp(text) if t.lemma_.lower() == word)
    assert unreal(tok) == reason


@pytest.mark.parametrize(
    "text, expected",
    [
        # bomb disposal and a bomb merely planted are no explosion
        ("The device was later destroyed in a controlled explosion.", []),
        ("Militants planted an IED on the highway.", []),
        # an explosion that hurt no one is still one
        ("An IED exploded on the highway.", [("exploded", "remote", "ied")]),
        ("Two guards died in an explosion at the depot.", [("explosion", "remote", None)]),
    ],
)
def test_bombs_disposed_of_or_only_planted_are_no_explosion(nlp, text, expected):
    assert [t for t in triggers(nlp, text) if t[1] == "remote"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Investigators work at the site where the downed drone fell in a field.", []),
        ("An intercepted missile fell near the airport.", []),
        ("Two missiles fell on the airport.", [("missiles", "remote", "shelling")]),
    ],
)
def test_the_wreck_of_a_downed_weapon_is_no_strike(nlp, text, expected):
    assert [t for t in triggers(nlp, text) if t[1] == "remote"] == expected


def test_a_blast_parsed_as_its_devices_apposition_is_a_trigger(nlp):
    found = triggers(nlp, "Police charged the men who carried out an improvised explosive "
                          "device (IED) blast in the market on Friday.")
    assert ("blast", "remote", None) in [(w, f, None) for w, f, _ in found]
    # an apposition that names an event otherwise is still no new event
    assert "attack" not in [w for w, _, _ in triggers(
        nlp, "Officials called the shelling of the market a deliberate attack.")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # forces blowing up a home demolish it; the raid and the explosives are the means
        ("Soldiers blew up the family home of a prisoner.", [("blew up", "loot", None)]),
        ("Soldiers raided the area and demolished a home using explosives.",
         [("demolished", "loot", None)]),
        ("Militants blew up a bridge on the highway.", [("blew up", "remote", None)]),
        # "occupied" before a name is an adjective
        ("Soldiers demolished a home in the occupied West Bank.",
         [("demolished", "loot", None)]),
    ],
)
def test_a_demolition_is_property_destruction_whatever_it_was_done_with(nlp, text, expected):
    doc = nlp(text)
    found = _select([t for s in doc.sents for t in find_triggers(s)])
    assert [(text[t.start:t.end], t.family, t.weapon) for t in found] == expected



@pytest.mark.parametrize(
    "text, word, reason",
    [
        ("He is accused of carrying out an attack that killed a teenager.", "kill",
         "hypothetical"),
        ("The attack that killed a teenager hit the market on Monday.", "kill", None),
        # a relative clause on a person is as real as it says
        ("Police plan to question the man who attacked the guard.", "attack", None),
    ],
)
def test_a_relative_clause_on_an_event_is_as_real_as_the_event(nlp, text, word, reason):
    tok = next(t for t in nlp(text) if t.lemma_.lower() == word)
    assert unreal(tok) == reason


def test_a_verb_in_a_title_case_headline_is_a_trigger(nlp):
    found = triggers(nlp, "Israeli Forces Demolish Palestinian Prisoner's Home")
    assert ("Demolish", "loot", None) in found
    # in ordinary case the parser's reading stands
    assert triggers(nlp, "The Demolish Group opened a new office in town.") == []
