"""ACLED's counting rules in the counts stage: single victims, chained verbs, armed
groups' names, tried killings and suicide attackers."""

from __future__ import annotations

import pytest

from sitrep.figures.singulars import BOMBER
from sitrep.records import Article, Count
from sitrep.stages.base import Work
from sitrep.stages.counts import CountsStage

pytestmark = pytest.mark.model


def run(nlp, text: str) -> list[Count]:
    article = Article(text=text)
    CountsStage()(Work(article, nlp(text)))
    return article.counts


def killed(counts: list[Count]) -> list[tuple[str, int | None]]:
    return [(c.text, c.value) for c in counts if c.category == "killed"]


@pytest.mark.parametrize(
    "sentence, text, value",
    [
        ("A man was shot and killed in Erasmuskloof on Monday.", "A man", 1),
        ("Three citizens were reportedly shot and killed by gunmen.", "Three citizens", 3),
        ("A man was beaten to death by residents in Riandu village.", "A man", 1),
        ("The village head was shot dead by unidentified assailants.", "The village head", 1),
        ("Gunmen killed the traditional ruler of Mgbe community.", "the traditional ruler", 1),
        ("AQIM attacked the National Guard in Gourmas killing at least 10 and injuring 1.",
         "at least 10", 10),
        ("Three Mayi Mayi were killed and two were captured.", "Three Mayi Mayi", 3),
        ("Troops killed 8 ADF near Beni.", "8 ADF", 8),
    ],
)
def test_counts_reads_chained_verbs_single_victims_and_group_names(nlp, sentence, text, value):
    assert (text, value) in killed(run(nlp, sentence))


def test_counts_reads_a_later_death_of_the_wounded(nlp):
    counts = run(nlp, "He was wounded in the attack and later died in hospital.")
    assert killed(counts) == [("He", 1)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents attempted to lynch a man over the death of his son.",
        "The attackers were seeking to kill a local administrator.",
        "The blast killed one day after the truce began.",
        "Militants burned five homes and killed many buffalo in the village.",
        "The army executed a swift operation against the rebels.",
        "Gunmen attacked a school killing three teachers.",
    ],
)
def test_counts_finds_no_victim_in_tried_killings_things_or_agents(nlp, sentence):
    assert all(c.value != 1 for c in run(nlp, sentence) if c.category == "killed")


def test_counts_adds_the_suicide_attackers_own_death(nlp):
    counts = run(nlp, "A suicide bomber blew himself up in Kismayo, killing five.")
    bombers = [c for c in counts if c.subject == BOMBER]
    assert [(c.text, c.value, c.category) for c in bombers] == [("suicide bomber", 1, "killed")]
    five = next(c for c in counts if c.value == 5)
    assert five.subject != BOMBER  # the victims are not the bomber


def test_counts_reads_plural_suicide_attackers_as_dead(nlp):
    counts = run(nlp, "Two suicide bombers struck a market in Maiduguri.")
    assert [(c.value, c.category, c.subject) for c in counts] == [
        (2, "killed", "suicide bombers")]


def test_counts_takes_no_attacker_from_a_protest_against_a_suicide_attack(nlp):
    counts = run(nlp, "Clerics held a protest in Peshawar against the suicide attack.")
    assert not [c for c in counts if c.category == "killed"]


@pytest.mark.parametrize(
    "sentence, text, value",
    [
        ("Villagers caught and killed 4 robbers near the market.", "4 robbers", 4),
        ("Two of the raiders were killed in the exchange of fire.", "Two of the raiders", 2),
        ("Police shot dead three kidnappers in the forest.", "three kidnappers", 3),
        ("Vigilantes killed six cattle rustlers on Friday.", "six cattle rustlers", 6),
        ("Gunmen killed two prosecution investigators at a checkpoint.",
         "two prosecution investigators", 2),
    ],
)
def test_counts_reads_criminals_and_officials_as_counted_people(nlp, sentence, text, value):
    assert (text, value) in killed(run(nlp, sentence))


def test_a_figure_of_criminals_with_no_harm_is_no_death(nlp):
    assert killed(run(nlp, "Police arrested 5 robbers after a chase.")) == []


@pytest.mark.parametrize(
    "sentence, text, value",
    [
        ("Rebels raided the camp. Two reported fatalities.", "Two reported fatalities", 2),
        ("Gunmen attacked a bus. One confirmed death.", "One confirmed death", 1),
    ],
)
def test_counts_reads_a_toll_with_a_participle_before_its_noun(nlp, sentence, text, value):
    assert (text, value) in killed(run(nlp, sentence))


def test_a_figure_that_reports_is_no_toll(nlp):
    assert killed(run(nlp, "Two reported that the soldiers fled.")) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("3 members of one family were killed by armed raiders near Molo.",
         [("3 members", 3)]),
        ("Soldiers shot dead a leader of the militia and two of his guards.",
         [("a leader", 1), ("two of his guards", 2)]),
        ("Tamboura Oumarou, a village councilman, was murdered by gunmen.",
         [("Tamboura Oumarou", 1)]),
        ("The relative of a person found dead in the street reacts after the shooting.",
         [("a person", 1)]),
    ],
)
def test_counts_reads_whose_the_dead_are_as_no_more_victims(nlp, sentence, expected):
    assert killed(run(nlp, sentence)) == expected


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("On 13 Sept 2019, in Tuao town area, Cagayan, a village head was shot dead by "
         "unidentified assailants.", "a village head"),
        ("On 14 Aug 2019, in Barangay Fermin, Cauayan City, Isabela, a chairman of the Youth "
         "Council was stabbed dead by unknown assailants.", "a chairman"),
    ],
)
def test_counts_reads_a_victim_the_parse_hangs_on_the_place_before_it(nlp, sentence, text):
    assert killed(run(nlp, sentence)) == [(text, 1)]
