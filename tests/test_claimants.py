"""The claimant of a figure is the speaker of the reporting clause above it."""

from __future__ import annotations

import pytest

from sitrep.claimants import find_claimant


def _token(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "word", "claimant"),
    [
        ("At least 12 civilians were killed, the region's acting governor said.", "killed",
         "the region's acting governor"),
        ("According to the UN, 40 people were injured.", "injured", "the UN"),
        ("Officials said the fire was put out.", "put", "Officials"),
        ("Twelve people were killed in the strike.", "killed", None),
    ],
)  # fmt: skip
def test_find_claimant_reads_the_reporting_clause(nlp, sentence, word, claimant):
    doc = nlp(sentence)
    found = find_claimant(doc, _token(doc, word))
    assert (found.name if found else None) == claimant
    if found:
        assert sentence[found.start : found.end] == claimant


@pytest.mark.model
def test_find_claimant_resolves_he_to_the_person_named_before(nlp):
    doc = nlp("Vyacheslav Gladkov spoke on Monday. He said 40 people had been detained.")
    found = find_claimant(doc, _token(doc, "detained"))
    assert found is not None and found.name == doc.ents[0].text
    assert found.name.endswith("Gladkov")
