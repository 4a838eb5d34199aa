"""Deaths and arrests in reports of no conflict are no events (own sentences, full pipeline).

- A death whose sentence names an illness, a leak or an infection as its cause is no
  attack, whatever else the report says; one with a named killer still is.
- A report whose only rows are deaths told with no word of conflict ("he died at his
  home") has no event; a description of a killing keeps it.
- An arrest in a report of no conflict, of no one political, is no event (a short
  description is read by the event model instead: :mod:`sitrep.events.described`).
"""

from __future__ import annotations

import pytest

from sitrep.events.death_causes import nonviolent_cause
from sitrep.records import Article

pytestmark = [pytest.mark.model, pytest.mark.gazetteer]


def rows(pipeline, text: str, published: str = "2024-05-06"):
    return pipeline.process(Article(text=text, published=published)).events


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Four children in the camp died of malaria last week.", "died", True),
        ("Her suspected bird flu infection killed her on January 17.", "killed", True),
        ("A new strain of bacteria that has killed 12 patients was found.", "killed", True),
        ("A carbon monoxide leak killed both men in the house.", "killed", True),
        ("The region has recorded 899 deaths from the swine flu.", "deaths", True),
        ("Gunmen killed two Ebola health workers in Beni on Sunday.", "killed", False),
        ("The soldier later died of his wounds in hospital.", "died", False),
        ("Two civilians were killed by a landmine near the border.", "killed", False),
        ("Three people died on Tuesday.", "died", False),
        ("The sleeping sickness epidemics in Angola, Congo and Uganda caused tens of "
         "thousands of deaths.", "thousands", True),
        ("The shelling of the town caused thousands of deaths.", "thousands", False),
    ],
)
def test_the_named_cause_of_a_death_decides_whether_it_was_violence(nlp, text, word, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert nonviolent_cause(tok) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Health officials said four people died of typhoid in the district on Monday. "
        "Soldiers were deployed to help distribute clean water.",
        "The army said the outbreak had reached three camps. At least 208 people died out "
        "of 8,454 suspected cholera cases, the ministry said.",
    ],
)
def test_deaths_from_illness_are_no_event_even_beside_soldiers(pipeline, text):
    assert rows(pipeline, text) == []


def test_gunmen_who_killed_health_workers_still_make_an_attack(pipeline):
    found = rows(pipeline, "Gunmen killed two Ebola health workers in Beni on Sunday, "
                           "the army said.")
    assert found and found[0].event_type == "Violence against civilians"
    assert found[0].fatalities == 2


def test_a_death_told_with_no_word_of_conflict_is_no_event(pipeline):
    text = ("A man who was about to be charged in a fraud case died on Tuesday at his home "
            "in Frederick. His lawyer said he had denied the charges for two years. He had "
            "served in the war in Vietnam before he opened a car dealership. The dealership "
            "closed last year. Prosecutors said the case would now be dropped.")
    assert rows(pipeline, text) == []


def test_a_short_description_of_a_killing_keeps_its_row(pipeline):
    text = ("3 Luo were killed to avenge the murder of 6 Kikuyu earlier in the day. The "
            "violence was a reaction to the disputed election.")
    found = rows(pipeline, text, "2008-01-02")
    assert found and found[0].fatalities == 3


def test_an_arrest_for_a_crime_in_a_report_of_no_conflict_is_no_event(pipeline):
    text = ("Local police arrested four vendors at the central market on Monday and "
            "seized 3,000 kilos of rotten pork, the city health office said. The meat had "
            "been brought in from farms outside the city. Inspectors will visit the other "
            "markets this week. The office urged buyers to check for the stamp of the "
            "meat inspection service. Sales of pork have fallen by a tenth since March.")
    assert rows(pipeline, text) == []


def test_an_arrest_in_a_report_of_conflict_is_an_event(pipeline):
    text = ("Police arrested four men at the central market on Monday after gunmen "
            "attacked a checkpoint nearby, the army said.")
    told = {text[a:b] for e in rows(pipeline, text) for a, b in e.evidence["event_type"]}
    assert "arrested" in told


def test_deaths_counted_beside_cases_of_illness_are_no_event(pipeline):
    text = ("As of yesterday, 205 cases had been identified in the province, with at least "
            "180 fatalities. The army has set up a field hospital in the capital. Officials "
            "said more doctors were on their way. Schools remain closed. Markets are open.")
    assert rows(pipeline, text) == []


@pytest.mark.parametrize(
    "text, accident",
    [
        ("Two soldiers died in an exchange of fire with rebels near the town.", False),
        ("Gunmen opened fire on the bus, and two passengers died.", False),
        ("Two people died when a fire swept through the market.", True),
    ],
)
def test_gunfire_is_no_accident_but_a_blaze_is(nlp, text, accident):
    from sitrep.events.deaths import no_accident

    assert no_accident(next(nlp(text).sents)) is not accident
