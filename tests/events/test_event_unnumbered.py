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
        ("Bandits raided the market and many were killed.", LIMITED, "killed"),
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
        "Some of the 12 hostages were killed.",  # a part of a numbered group
        "Mourners held signs saying 'Stop killing our sons'.",  # not told as a fact
    ],
)
def test_no_default_when_deaths_are_numbered_negated_or_absent(nlp, sentence):
    assert unnumbered_deaths(nlp(sentence).sents) is None


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("An unspecified number of militants were killed in the strike.", "killed"),
        ("Iraqi airstrikes hit IS hideouts, killing a number of the militants.", "killing"),
    ],
)
def test_an_unknown_number_of_deaths_takes_the_limited_default(nlp, sentence, word):
    found = unnumbered_deaths(nlp(sentence).sents)
    assert found is not None
    value, (start, end) = found
    assert value == LIMITED and sentence[start:end] == word


def test_killed_or_injured_with_a_number_gives_no_default(nlp):
    sentence = "Turkish forces killed or injured 2 PKK militants in airstrikes."
    assert unnumbered_deaths(nlp(sentence).sents) is None
