"""Full names the small model cut short or skipped."""

from __future__ import annotations

import pytest

from sitrep.nlp.person_names import extend_person, missed_people

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, name",
    [
        ("Officials said Alexei Smirnov, the acting governor, was at the scene.",
         "Alexei Smirnov"),
        ("Yesterday Oleh Syniehubov told reporters that two people died.", "Oleh Syniehubov"),
    ],
)
def test_a_run_of_proper_nouns_in_a_person_frame_is_a_person(nlp, text, name):
    doc = nlp(text)
    found = missed_people(doc, taken=set())
    assert [s.text for s in found] == [name] and found[0].label_ == "PERSON"


def test_names_inside_entities_are_left_alone(nlp):
    doc = nlp("Officials said Alexei Smirnov, the acting governor, was at the scene.")
    taken = set(range(len(doc)))
    assert missed_people(doc, taken) == []


def test_without_a_person_frame_there_is_no_person(nlp):
    assert missed_people(nlp("Heavy Rain fell over the weekend in the capital."), set()) == []


def test_a_person_grows_over_given_names_before_it(nlp):
    doc = nlp("On Monday the region's head Alexei Smirnov spoke.")
    smirnov = doc[7:8]
    assert smirnov.text == "Smirnov"
    assert extend_person(doc, smirnov, taken=[]).text == "Alexei Smirnov"
    assert extend_person(doc, smirnov, taken=[doc[6:7]]).text == "Smirnov"
