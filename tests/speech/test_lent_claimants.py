"""Claimants lent to counts by the quotes that hold them (no model needed)."""

from sitrep.records import Claimant, Count, Quote
from sitrep.speech.claims import claimant_at, lend_claimants

TEXT = 'Zelensky spoke. "We held," he said. "Twelve soldiers died." Fires burned.'


def _quote(start: int, end: int, speaker: str | None = "Zelensky") -> Quote:
    return Quote(speaker=speaker, speaker_start=27 if speaker else None,
                 speaker_end=29 if speaker else None, cue="said",
                 content=TEXT[start:end], content_start=start, content_end=end, direct=True,
                 via=None)


def _count(start: int, end: int, claimant: Claimant | None = None) -> Count:
    return Count(text=TEXT[start:end], start=start, end=end, value=12, low=12, high=None,
                 category="killed", subject="soldiers", claimant=claimant)


def test_count_inside_a_quote_gets_its_speaker_at_the_mention():
    counts = [_count(37, 52)]
    assert lend_claimants(counts, [_quote(17, 58)]) == 1
    assert counts[0].claimant == Claimant("Zelensky", 27, 29)
    assert TEXT[27:29] == "he"


def test_count_outside_every_quote_keeps_no_claimant():
    counts = [_count(60, 65)]
    assert lend_claimants(counts, [_quote(17, 58)]) == 0
    assert counts[0].claimant is None


def test_pronoun_claimant_takes_the_resolved_name_and_keeps_its_span():
    counts = [_count(37, 52, Claimant("he", 27, 29))]
    assert lend_claimants(counts, [_quote(17, 24)]) == 1
    assert counts[0].claimant == Claimant("Zelensky", 27, 29)


def test_narrowest_quote_wins_and_sourceless_quotes_lend_nothing():
    wide = Quote(speaker="Reuters", speaker_start=0, speaker_end=8, cue="reported",
                 content=TEXT, content_start=0, content_end=len(TEXT), direct=False, via=None)
    assert claimant_at([wide, _quote(37, 58)], 40, 45) == Claimant("Zelensky", 27, 29)
    assert claimant_at([wide, _quote(37, 58)], 60, 65) == Claimant("Reuters", 0, 8)
    assert claimant_at([_quote(17, 58, speaker=None)], 40, 45) is None


def test_stance_and_noun_cues_lend_no_claimant():
    blamed = Quote(speaker="Kyiv", speaker_start=0, speaker_end=4, cue="blamed",
                   content=TEXT, content_start=0, content_end=len(TEXT), direct=False, via=None)
    counts = [_count(37, 52)]
    assert lend_claimants(counts, [blamed]) == 0
    assert counts[0].claimant is None
