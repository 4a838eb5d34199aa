"""War words as figures of speech report no event (own sentences).

"The fight against corruption", "a legal battle", "tariffs that targeted China", "hit
a record high", "pushes for a withdrawal", "charged with assault": each class has a
literal twin that must stay an event.
"""

from __future__ import annotations

import pytest

from sitrep.events.figurative import figurative
from sitrep.events.triggers import find_triggers, unreal
from sitrep.records import Article

pytestmark = [pytest.mark.model, pytest.mark.gazetteer]


def _token(nlp, text: str, word: str):
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Morocco has played a key role in the fight against terrorism.", "fight"),
        ("The company is fighting AIDS with a new campaign.", "fighting"),
        ("Residents are still engaged in a legal battle with the mining firm.", "battle"),
        ("The two carriers have set aside their competitive battles for now.", "battles"),
        ("The new tariffs targeted China and Mexico.", "targeted"),
        ("The law targets journalists who publish leaked files.", "targets"),
        ("Youth unemployment hit its highest level in 16 months in March.", "hit"),
        ("The minister pushes for a quick withdrawal from the talks.", "pushes"),
        ("The carmaker's chief shot down the rumours of a new engine.", "shot"),
    ],
)
def test_figures_of_speech_are_found(nlp, text, word):
    assert figurative(_token(nlp, text, word))


@pytest.mark.parametrize(
    "text, word",
    [
        ("Heavy fighting against the rebels continued near the border.", "fighting"),
        ("The army launched a fight against Boko Haram fighters in the forest.", "fight"),
        ("A fierce battle broke out in the town on Monday.", "battle"),
        ("Israeli jets targeted a Hezbollah depot near Tyre.", "targeted"),
        ("A missile hit a residential building in Kharkiv.", "hit"),
        ("Soldiers pushed the attackers to the river.", "pushed"),
        ("Air defences shot down two drones over the city.", "shot"),
    ],
)
def test_literal_uses_are_not_figures_of_speech(nlp, text, word):
    assert not figurative(_token(nlp, text, word))


def test_figures_of_speech_make_no_trigger(nlp):
    doc = nlp("Youth unemployment hit its highest level in 16 months in March.")
    assert [t for s in doc.sents for t in find_triggers(s) if t.family != "kill"] == []


@pytest.mark.parametrize(
    "text, word",
    [
        ("The fighter was arrested and charged with assault on Friday.", "assault"),
        ("He was convicted of kidnapping a businessman in 2019.", "kidnapping"),
    ],
)
def test_an_act_named_in_a_charge_or_verdict_is_not_asserted(nlp, text, word):
    assert unreal(_token(nlp, text, word)) == "hypothetical"


@pytest.mark.parametrize(
    "text",
    [
        "The parents withdrew the challenge after the latest tests.",
        "A case of fraud was opened and was later withdrawn in court.",
    ],
)
def test_words_of_withdrawal_with_no_one_leaving_make_no_row(pipeline, text):
    assert pipeline.process(Article(text=text, published="2024-05-06")).events == []


@pytest.mark.parametrize(
    "text",
    [
        "This was also demonstrated by our decision, which differs from most states.",
        "He once told a reporter, protesting that he could not be doing with it.",
    ],
)
def test_a_point_demonstrated_or_an_objection_said_is_no_protest(nlp, text):
    doc = nlp(text)
    assert [t.family for s in doc.sents for t in find_triggers(s)] == []


def test_workers_striking_make_a_protest_not_a_strike_from_the_air(pipeline):
    text = "The teachers striking in West Virginia won a pay rise on Tuesday."
    events = pipeline.process(Article(text=text, published="2024-05-06")).events
    assert {e.event_type for e in events} <= {"Protests"}


def test_a_company_deal_is_no_agreement_but_a_ceasefire_is(pipeline):
    deal = ("The aluminium producer has signed agreements with three insurers to transfer "
            "its pension obligations, the company said on Tuesday.")
    truce = ("The government and the rebels signed a ceasefire agreement in Juba on Tuesday, "
             "officials said.")
    kinds = [{e.sub_event_type for e in pipeline.process(Article(text=t, published="2024-05-06"
                                                                 )).events}
             for t in (deal, truce)]
    assert "Agreement" not in kinds[0]
    assert "Agreement" in kinds[1]


@pytest.mark.parametrize(
    "text, word",
    [
        ("The towns are enjoying a lull in the fighting since the deal.", "fighting"),
        ("He had a history of attacking police officers.", "attacking"),
    ],
)
def test_a_lull_or_a_history_holds_no_act(nlp, text, word):
    assert unreal(_token(nlp, text, word)) == "hypothetical"


def test_an_explosion_in_cases_is_growth_not_a_blast(nlp):
    assert figurative(_token(nlp, "Experts warned of an explosion in HIV cases in the "
                                  "country.", "explosion"))
    assert not figurative(_token(nlp, "An explosion in Kabul killed three people.",
                                 "explosion"))


def test_goods_seized_in_a_town_are_no_territory(pipeline):
    goods = ("Councillors said they have seized ice cream made from breast milk that had "
             "been placed on sale in a shop in London.")
    town = "Rebels seized the town of Kalemie on Sunday, residents said."
    kinds = [{e.sub_event_type for e in pipeline.process(Article(text=t, published="2024-05-06"
                                                                 )).events}
             for t in (goods, town)]
    assert not any("territory" in k for k in kinds[0])
    assert any("territory" in k for k in kinds[1])


@pytest.mark.parametrize(
    "text",
    [
        "The carmaker's chief immediately shot down rumours of a new engine.",
        "The most striking thing about the plan is its cost.",
        "It is classic populist fare, targeted to an audience that is wary of imports.",
    ],
)
def test_more_figures_of_speech_make_no_trigger(nlp, text):
    doc = nlp(text)
    assert [t.family for s in doc.sents for t in find_triggers(s)] == []


def test_a_demonstration_of_power_is_no_protest(nlp):
    assert figurative(_token(nlp, "A demonstration of military power is available.",
                             "demonstration"))
    assert not figurative(_token(nlp, "A demonstration of students marched to the palace.",
                                 "demonstration"))


def test_an_act_told_in_an_allegation_is_not_asserted(nlp):
    text = ("The allegations against the government of targeting civilians are false, the "
            "ministry said.")
    assert unreal(_token(nlp, text, "targeting")) == "hypothetical"


def test_an_airline_pulling_out_is_no_transfer_of_territory(pipeline):
    text = ("The airline introduced flights to the city a few years back and within nine "
            "months they pulled out for the same reasons, the minister said.")
    events = pipeline.process(Article(text=text, published="2024-05-06")).events
    assert "Non-violent transfer of territory" not in {e.sub_event_type for e in events}


@pytest.mark.parametrize(
    "text, word",
    [
        ("Russian warplanes struck a vegetable market in the town on Tuesday.", "struck"),
        ("Shelling hit the civilian population of the city overnight.", "hit"),
        ("Drones targeted the market and a power station.", "targeted"),
    ],
)
def test_strikes_on_markets_and_populations_are_literal(nlp, text, word):
    assert not figurative(_token(nlp, text, word))
