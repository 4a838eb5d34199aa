"""War words as figures of speech report no event (own sentences).

"The fight against corruption", "a legal battle", "tariffs that targeted China", "hit
a record high", "pushes for a withdrawal", "charged with assault": each class has a
literal twin that must stay an event.
"""

from __future__ import annotations

import pytest

from sitrep.events.figurative import figurative
from sitrep.events.triggers import find_triggers, unreal

pytestmark = pytest.mark.model


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
