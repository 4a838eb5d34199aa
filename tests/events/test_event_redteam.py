"""Error classes found by red-teaming the event coding across theatres (own sentences).

Each test covers one class of error with a general rule behind it: trigger
words the lexicon or the parse missed, quantities in front of weapons and
attacks, natural disasters and accidents read as attacks, who acts in a
nominal attack, allied forces as associated actors, police sites, armed gangs,
settlements raided, named groups, and protests told over two sentences.
"""

from __future__ import annotations

import pytest

from sitrep.events import extract_events
from sitrep.events.reference import find_group
from sitrep.events.triggers import find_triggers, unreal
from sitrep.records import Article

pytestmark = pytest.mark.model


def triggers(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(text[t.start:t.end], t.family) for s in doc.sents for t in find_triggers(s)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the parser calls "down" an adverb when a quantity follows
        ("Air defences shot down 22 of 25 drones overnight.", ("shot down", "intercept")),
        # a quantity between the verb and its weapon
        ("The militia fired dozens of rockets at the border town.", ("fired", "remote")),
        ("Warplanes dropped hundreds of bombs on the city.", ("bombs", "remote")),
        # the small model lemmatises "raped" to "rap"
        ("Witnesses said the soldiers raped several women in the camp.", ("raped", "sexual")),
        ("The army said it had established a new base in the town.", ("established", "base")),
        ("The rebel group announced a new commander on Friday.", ("announced", "change")),
        ("Hundreds of protesters blocked a highway to the port.", ("blocked", "protest")),
        # a mine that killed someone is the event, not the killing
        ("A landmine planted on a road near Mekelle killed a 12-year-old boy.",
         ("landmine", "remote")),
    ],
)
def test_missed_trigger_classes_are_found(nlp, text, expected):
    assert expected in triggers(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A 7.8-magnitude earthquake struck the south of the country on Monday.",
        "Floods hit three provinces after a week of heavy rain.",
        "A tanker explosion killed dozens of people who had gathered to collect fuel.",
        "A gas cylinder exploded in a restaurant kitchen.",
        "6.1 Magnitude Quake Hits Northern Chile, No Reports of Casualties",
    ],
)
def test_disasters_and_accidents_are_no_attack(nlp, text):
    assert [f for _, f in triggers(nlp, text) if f != "kill"] == []


def test_a_finite_verb_joined_to_an_infinitive_is_real(nlp):
    doc = nlp("Police used batons to disperse them and detained more than 100 people.")
    tok = next(t for t in doc if t.text == "detained")
    assert unreal(tok) is None


@pytest.mark.parametrize(
    "phrase, name",
    [
        ("ELN rebels", "ELN: National Liberation Army"),
        ("Karen National Liberation Army", "KNLA: Karen National Liberation Army"),
        ("Kataib Hezbollah", "Kataib Hezbollah"),
        ("Hezbollah fighters", "Hezbollah"),
        ("the Pakistani Taliban", "TTP: Tehreek-i-Taliban Pakistan"),
        ("HTS-led rebels", "HTS: Hayat Tahrir al Sham"),
        ("CJNG gunmen", "CJNG: Jalisco New Generation Cartel"),
        ("let them go", None),
    ],
)
def test_named_groups(phrase, name):
    group = find_group(phrase)
    assert (group.name if group else None) == name


def events(nlp, gaz, text: str, published: str = "2024-05-06"):
    art = Article(text=text, published=published)
    return extract_events(art, nlp(text), gaz)


def one(found, event_type: str):
    hits = [e for e in found if e.event_type == event_type]
    assert len(hits) == 1, [(e.event_type, e.sub_event_type, e.actor1) for e in found]
    return hits[0]


@pytest.mark.parametrize(
    "text, etype, subtype, actor1, actor2",
    [
        # a nominal attack inside "killed … in an attack" takes the verb's doer
        ("RSF fighters killed 40 villagers in an attack on the village on Wednesday.",
         "Violence against civilians", "Attack", "Rapid Support Forces", "Civilians"),
        # "dozens of strikes": the quantity holds the doer and the weapon
        ("Israeli warplanes carried out dozens of strikes on army depots on Monday.",
         "Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel (2022-)",
         ""),
        # a weapon's firer, told in a "fired by" phrase, is the attacker
        ("A missile fired by the Houthis struck a cargo ship on Monday.",
         "Explosions/Remote violence", "Shelling/artillery/missile attack", "Ansar Allah", ""),
        # a police post is the police
        ("A grenade attack on a Pakistani police post killed two policemen on Sunday.",
         "Explosions/Remote violence", "Grenade", "Unidentified Armed Group",
         "Police Forces of Pakistan (2024-)"),
        # armed gangs are armed actors even where no war is mentioned
        ("Gang members killed 12 people in the neighbourhood on Tuesday.",
         "Violence against civilians", "Attack", "Unidentified Armed Group", "Civilians"),
        # politicians shot by gunmen are civilians, not an opposing army
        ("Gunmen shot dead a mayoral candidate on Friday.",
         "Violence against civilians", "Attack", "Unidentified Armed Group", "Civilians"),
        # a village raided with no defenders named
        ("Boko Haram fighters raided the village of Kukawa on Friday.",
         "Violence against civilians", "Attack",
         "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Civilians"),
        # retaken "from" someone: the loser is the other side
        ("The Sudanese army recaptured the town of Wad Madani from the Rapid Support Forces.",
         "Battles", "Government regains territory", "Military Forces of Sudan (2019-)",
         "Rapid Support Forces"),
        # the leader of a gang is the gang
        ("Police arrested a gang leader on Monday.",
         "Strategic developments", "Arrests", "Police Forces", "Unidentified Armed Group"),
    ],
)
def test_event_type_and_actors(nlp, gaz, text, etype, subtype, actor1, actor2):
    event = one(events(nlp, gaz, text), etype)
    assert (event.sub_event_type, event.actor1, event.actor2) == (subtype, actor1, actor2)


@pytest.mark.parametrize(
    "text, actor1, actor2, assoc",
    [
        ("Malian soldiers and Wagner fighters clashed with JNIM militants on Friday.",
         "Military Forces of Mali (2021-)", "JNIM: Group for Support of Islam and Muslims",
         "Wagner Group"),
        ("US and British warplanes struck Houthi targets on Friday.",
         "Military Forces of United States (2021-2025)", "Ansar Allah",
         "Military Forces of United Kingdom"),
        ("Russian and Ukrainian troops clashed on Friday.",
         "Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)", ""),
    ],
)
def test_allied_forces_are_associated_and_opponents_are_actor2(nlp, gaz, text, actor1, actor2,
                                                                assoc):
    [event] = [e for e in events(nlp, gaz, text) if e.event_type != "Strategic developments"]
    assert (event.actor1, event.actor2, event.assoc_actor_1) == (actor1, actor2, assoc)
    if assoc:
        start, end = event.evidence["assoc_actor_1"][0]
        assert text[start:end].endswith(("fighters", "warplanes"))


def test_arrests_made_in_raids_are_one_arrest_event(nlp, gaz):
    text = "Security forces arrested 14 suspected TTP militants in raids across the province."
    found = events(nlp, gaz, text)
    assert [(e.event_type, e.sub_event_type) for e in found] == [
        ("Strategic developments", "Arrests")]


def test_a_protest_and_the_police_response_next_sentence_are_one_event(nlp, gaz):
    text = ("Thousands of protesters marched on Tuesday against the finance bill. Police fired "
            "tear gas and arrested dozens of demonstrators.")
    found = events(nlp, gaz, text, "2024-07-18")
    assert [(e.event_type, e.sub_event_type) for e in found] == [
        ("Protests", "Protest with intervention")]
    assert found[0].actor2 == "Police Forces"


def test_a_foreign_named_site_hit_in_a_war_names_no_foreign_civilians(nlp, gaz):
    text = "The RSF shelled the Saudi hospital on Sunday, killing nine patients."
    event = one(events(nlp, gaz, text), "Explosions/Remote violence")
    assert event.actor2 == "Civilians"
    assert text[slice(*event.evidence["actor2"][0])] == "the Saudi hospital"


def test_a_landmine_is_not_laid_by_the_side_named_just_before(nlp, gaz):
    text = ("Ethiopian forces and Fano militiamen clashed on Sunday. A landmine planted on a "
            "road near Mekelle killed a 12-year-old boy.")
    mine = one(events(nlp, gaz, text), "Explosions/Remote violence")
    assert mine.sub_event_type == "Remote explosive/landmine/IED"
    assert mine.actor1 == "Unidentified Armed Group"
