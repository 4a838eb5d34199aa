"""The tense of a time expression's clause, read from the spaCy parse."""

from __future__ import annotations

import pytest

from sitrep.time.tense import clause_tense, signal_tense


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The talks will resume on Tuesday.", "future"),
    ("The ministers plan to meet on Wednesday.", "future"),
    ("The ministers met on Wednesday.", "past"),
    ("Ukraine may have struck the bridge on Sunday.", "past"),
    ("The harvest will be smaller after a late frost in May.", None),
    ("The delegates are to vote on Thursday.", "future"),
    ("The judge, who is to rule on Thursday", "future"),
    ("The trial opens on Wednesday.", "present"),
    ("The army says it withdrew, in a statement on Monday.", None),
])
def test_clause_tense(nlp, text, expected):
    piece = text.split()[-1].rstrip(".")
    start = text.index(piece)
    assert clause_tense(nlp(text), start, start + len(piece)) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "piece", "expected"), [
    ("The summit on Friday will open new talks.", "Friday", "future"),
    ("The summit on Friday and Saturday will open new talks.", "Saturday", "future"),
    ("Rebels in March seized the town.", "March", "past"),
    ("The army says on Monday that it has withdrawn.", "Monday", "past"),
])
def test_a_date_on_the_subject_or_a_saying_verb(nlp, text, piece, expected):
    assert _tense_of(nlp, text, piece) == expected


def _tense_of(nlp, text: str, piece: str) -> str | None:
    start = text.index(piece)
    return clause_tense(nlp(text), start, start + len(piece))


@pytest.mark.model
@pytest.mark.parametrize(("text", "piece", "expected"), [
    # an infinitive's date is its governor's time: ahead after a verb that looks ahead
    ("The militia vowed on Friday to retake the town by Monday.", "Monday", "future"),
    ("The rebels planned to attack the convoy on Friday.", "Friday", "future"),
    # else the governor's tense, but a deadline given in the past may still lie ahead
    ("The president asked the cabinet to resign on Monday.", "Monday", "past"),
    ("The army ordered the militia to withdraw by Friday.", "Friday", "present"),
    ("The truce was to last until June 30.", "June 30", "present"),
    # "is to be elected" looks ahead like "is to elect"
    ("The speaker, who is to be elected by parliament on Tuesday, spoke.", "Tuesday", "future"),
    # a participle that schedules: "slated" is lemmatised "slat" by the small model
    ("Delegates arrived for the summit slated for Dec. 1-15.", "Dec. 1-15", "future"),
])
def test_an_infinitive_or_a_scheduling_participle_takes_its_governors_time(
        nlp, text, piece, expected):
    assert _tense_of(nlp, text, piece) == expected


@pytest.mark.parametrize(("text", "piece", "expected"), [
    ("Voters queued ahead of Thursday's referendum.", "Thursday", "future"),
    ("Crowds gathered for the upcoming May 1 parade.", "May 1", "future"),
    ("Crowds gathered in the run-up to the March vote.", "March", "future"),
    ("Crowds gathered on Thursday.", "Thursday", None),
    ("Troops moved ahead, on Thursday.", "Thursday", None),
    ("The talks were adjourned until Monday.", "Monday", "future"),
    ("The court postponed the hearing to March.", "March", "future"),
    ("The curfew was extended until Sunday.", "Sunday", "future"),
    ("The curfew lasted until Sunday.", "Sunday", None),
    ("Fighting went on from Friday to Sunday.", "Sunday", None),
    # what follows "since" is gone by, whatever the clause
    ("Prices saw the sharpest rise since May.", "May", "past"),
    ("The town has been under siege ever since Tuesday.", "Tuesday", "past"),
])
def test_a_word_that_looks_ahead_points_forward(text, piece, expected):
    assert signal_tense(text, text.index(piece)) == expected
