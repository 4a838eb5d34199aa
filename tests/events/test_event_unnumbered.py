"""Deaths reported without a number take ACLED's default figures."""

from __future__ import annotations

import pytest

from sitrep.events.unnumbered import LARGE, LIMITED, unnumbered_deaths

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "sentence, figure, word",
    [
        ("Russian shelling killed civilians in Kherson on Monday.", LIMITED, "killed"),
        ("Soldiers died in clashes with rebels near Goma.", LIMITED, "died"),
        ("Gunmen massacred villagers in Borno on Monday.", LARGE, "massacred"),
    ],
)
def test_unnumbered_deaths_take_acled_defaults(nlp, sentence, figure, word):
    found = unnumbered_deaths(nlp(sentence).sents)
    assert found is not None
    value, (start, end) = found
    assert value == figure and sentence[start:end] == word


@pytest.mark.parametrize(
    "sentence",
    [
        "No one was killed when a drone hit a warehouse.",
        "Two civilians were killed in the strike.",  # a number: the counts stage's job
        "The strike did not kill anyone.",
        "Troops shelled the village on Monday.",
    ],
)
def test_no_default_when_deaths_are_numbered_negated_or_absent(nlp, sentence):
    assert unnumbered_deaths(nlp(sentence).sents) is None
