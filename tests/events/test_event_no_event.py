"""Trigger words whose happening ACLED codes no event (own sentences, full pipeline).

A sexual assault or a mobilisation with no armed side, in a report of no conflict, is
crime or civic news; beside fighting it is an event.
"""

from __future__ import annotations

import pytest

from sitrep.records import Article

pytestmark = [pytest.mark.model, pytest.mark.gazetteer]

_FILLER = (" The court will sit again next month. Lawyers for the family said they would "
           "appeal. The school has since closed for the holidays. Parents met the head "
           "teacher on Friday.")


def rows(pipeline, text: str):
    return pipeline.process(Article(text=text, published="2024-05-06")).events


def test_an_assault_by_no_armed_side_in_a_report_of_no_conflict_is_no_event(pipeline):
    text = ("The mother of a nine-year-old child who was raped in Cape Town says the police "
            "have failed her." + _FILLER)
    assert rows(pipeline, text) == []


def test_an_assault_by_soldiers_is_an_event(pipeline):
    text = ("Soldiers raped two women in a village near Goma on Sunday, residents said."
            + _FILLER)
    assert "Sexual violence" in {e.sub_event_type for e in rows(pipeline, text)}


def test_a_mobilisation_of_no_forces_is_no_event_and_of_reservists_is_one(pipeline):
    civic = ("The new director mobilizes both ministries to confront the backlog in the "
             "civil service." + _FILLER)
    forces = ("The army mobilised 300 reservists in the border district on Monday, "
              "officials said." + _FILLER)
    assert rows(pipeline, civic) == []
    assert "Change to group/activity" in {e.sub_event_type for e in rows(pipeline, forces)}
