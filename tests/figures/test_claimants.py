"""The claimant of a figure is the speaker of the reporting clause above it."""

from __future__ import annotations

import pytest

from sitrep.figures.claimants import find_claimant, headline_credit


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


@pytest.mark.model
@pytest.mark.parametrize(
    ("headline", "credit"),
    [
        ("Three soldiers killed in shelling - army command.", "army command"),
        ("Shelling kills two civilians: regional police.", "regional police"),
        ("Two soldiers killed in the east \u2014 Reuters.", "Reuters"),
        ("Soldier dead after shelling, DPR reports.", "DPR"),
        ("Three soldiers killed in the east, says defence ministry.", "defence ministry"),
        ("One KIA, two WIA in the east - JFO HQ.", "JFO HQ"),
        ("Casualties: 12 killed and 30 wounded.", None),
        ("Fighting continues near the airport.", None),
        ("The army said it would respond - and it did.", None),
        ("Talks resume, officials hope for progress.", None),
    ],
)
def test_headline_credit_reads_the_source_after_a_dash_or_colon(nlp, headline, credit):
    doc = nlp(headline)
    found = headline_credit(next(iter(doc.sents)))
    assert (found.name if found else None) == credit
    if found:
        assert headline[found.start : found.end] == credit


@pytest.mark.model
def test_find_claimant_skips_a_hedge_on_the_figure(nlp):
    doc = nlp("Five troops, civilian reported killed in the east.")
    assert find_claimant(doc, _token(doc, "killed")) is None
