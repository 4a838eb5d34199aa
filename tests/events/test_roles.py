"""Agents and patients of a trigger in the parse."""

from __future__ import annotations

import pytest

from sitrep.events.roles import roles


@pytest.mark.parametrize("text, verb, agent", [
    ("A farmer was beaten and injured by army soldiers near the market.", "beaten", "soldiers"),
    ("Two traders were killed after being fired upon by bandits on the road.", "killed",
     "bandits"),
    ("The shop was looted and burned by rioters at night.", "looted", "rioters"),
])
def test_a_passive_verb_takes_the_doer_of_the_verb_it_shares_it_with(nlp, text, verb, agent):
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == verb)
    agents, _ = roles(trigger)
    assert [t.text for t in agents] == [agent]


def test_a_passive_verb_with_no_doer_anywhere_has_none(nlp):
    doc = nlp("A farmer was beaten and robbed near the market.")
    agents, patients = roles(next(t for t in doc if t.text == "beaten"))
    assert agents == [] and [t.text for t in patients] == ["farmer"]


@pytest.mark.parametrize("text, trigger, agents", [
    ("As a result of shelling by Russian troops in the city, 11 people were killed.",
     "shelling", ["troops"]),
    ("Residents fled the heavy shelling by government forces.", "shelling", ["forces"]),
])
def test_a_gerund_used_as_a_noun_takes_its_doer_from_by(nlp, text, trigger, agents):
    doc = nlp(text)
    found, _ = roles(next(t for t in doc if t.text == trigger))
    assert [t.text for t in found] == agents


@pytest.mark.parametrize("text, trigger, agents", [
    ("Local officials who confirmed the abductions said the army searched the area.",
     "abductions", []),
    ("The president condemned the attack on the market.", "attack", []),
    ("Militants carried out an attack on the market.", "attack", ["Militants"]),
    ("The group claimed the attack on the market.", "attack", ["group"]),
])
def test_who_tells_or_judges_an_event_did_not_do_it(nlp, text, trigger, agents):
    doc = nlp(text)
    found, _ = roles(next(t for t in doc if t.text == trigger))
    assert [t.text for t in found] == agents


@pytest.mark.parametrize("text, agents", [
    # the modifiers name a listed group though the parse hangs each word on the noun
    ("On Sunday, a Saudi-led coalition air raid hit a market in Hajjah.", ["raid"]),
    # a doer the verb names comes first: "soldiers repelled … an attack"
    ("On Sunday, soldiers repelled a Saudi-led coalition air raid near Hajjah.", ["soldiers"]),
    ("On Sunday, a night air raid hit a market in Hajjah.", []),  # no group named
])
def test_an_event_noun_whose_modifiers_name_a_group_is_that_groups(nlp, text, agents):
    doc = nlp(text)
    found, _ = roles(next(t for t in doc if t.text == "raid"))
    assert [t.text for t in found] == agents
