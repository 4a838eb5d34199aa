"""Tests for the attribution helpers: cue lexicons, source nouns, content arguments."""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.speech.attribution import find_attributions
from sitrep.speech.cues import content_args, is_source


@pytest.fixture(scope="session")
def nlp() -> Any:
    from sitrep.nlp.model import load_model

    return load_model()


def _token(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "head", "expected"),
    [
        ("The officials argued that it was over.", "officials", True),
        ("The ministry argued that it was over.", "ministry", True),
        ("A new poll shows that Kyiv leads.", "poll", True),
        ("Smirnov argued that it was over.", "Smirnov", True),
        ("The analysts argued that it was over.", "analysts", True),
        ("The haven suggests that it was over.", "haven", False),
        ("The move suggests that it was over.", "move", False),
    ],
)
def test_is_source_accepts_people_organisations_documents(
    nlp: Any, text: str, head: str, expected: bool
) -> None:
    assert is_source(_token(nlp(text), head)) is expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("Zelensky criticised Russia for the strike.", "criticised", ["Russia", "for"]),
        ("Hamas vowed to fight.", "vowed", ["fight"]),
        ("Blinken urged Israel to stop.", "urged", ["Israel", "stop"]),
        ("The army called for calm.", "called", ["for"]),
        ("Smirnov called his mother.", "called", []),
        ("Smirnov knows the city.", "knows", []),
    ],
)
def test_content_args_take_objects_infinitives_and_prepositions(
    nlp: Any, text: str, cue: str, expected: list[str]
) -> None:
    assert [t.text for t in content_args(_token(nlp(text), cue))] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor said the town was calm.", [("said", "The governor")]),
        ("Analysts believe the war will go on.", [("believe", "Analysts")]),
        ("The move suggests the war will go on.", []),
        ("The haven, saying it was safe, closed.", []),
    ],
)
def test_find_attributions_require_a_source_for_wide_cues(
    nlp: Any, text: str, expected: list[tuple[str, str]]
) -> None:
    doc = nlp(text)
    found = [(a.cue, a.speaker_text(doc)) for a in find_attributions(doc)]
    assert [f for f in found if f[1] is not None] == expected
