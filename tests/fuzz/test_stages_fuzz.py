"""Every stage takes any text: no stage fails, and every record points into the text.

The pipeline catches a stage that raises and reports it as a failure; here any
failure at all is a bug. Each example runs the real model and gazetteer, so the
example counts are small; ``bench/fuzz.py --stages N`` runs many more.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.invariants import problems
from sitrep.pipeline import Failure
from sitrep.records import Article

from .strategies import HOSTILE, NEWS, hostile_text

pytestmark = pytest.mark.model

STAGES = settings(max_examples=60, deadline=None,
                  suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
PUBLISHED = st.sampled_from([None, "2024-08-12", "1800-01-01", "2199-12-31", "0001-01-01",
                             "9999-12-31", "Dec 17, 2016", "2016-02-30", "soon"])


def run(pipeline: Any, articles: list[Article]) -> list[Article]:
    failures: list[Failure] = []
    out = list(pipeline.run(articles, on_failure=failures.append))
    assert [f"{f.stage}: {f.error}" for f in failures] == []
    assert len(out) == len(articles)
    for article in out:  # a published date given as junk stays as given: not a stage's doing
        assert [p for p in problems(article) if not p.startswith("published ")] == []
    return out


@STAGES
@given(text=hostile_text.filter(str.strip), published=PUBLISHED)
def test_every_stage_takes_hostile_text(pipeline: Any, text: str, published: str | None) -> None:
    run(pipeline, [Article(text=text, published=published)])


@STAGES
@given(sentences=st.lists(st.sampled_from(NEWS + HOSTILE), min_size=1, max_size=40),
       breaks=st.sampled_from([" ", "\n", "\r\n", "\n\n", "\u2028", ""]))
def test_every_stage_takes_news_words_in_any_order(
    pipeline: Any, sentences: list[str], breaks: str
) -> None:
    text = breaks.join(sentences)
    if text.strip():
        run(pipeline, [Article(text=text, published="2024-08-12")])


@pytest.mark.parametrize("text", [
    "Protesters hurt in clash, police say\n\norganisers deny throwing stones",
    "Nine killed in strike on bus, army says\n\ninsurgents deny",
])
def test_quotes_take_a_cue_that_closes_the_text(pipeline: Any, text: str) -> None:
    [article] = run(pipeline, [Article(text=text, published="2024-08-12")])
    assert all(q.content_end <= len(text) for q in article.quotes)


@pytest.mark.parametrize("text", [
    "x" * 20_000,  # one enormous word
    ("Shelling killed 3 in Kharkiv on Monday, officials said. " * 400).strip(),  # 22 kB line
    "1e309 ٣٠ 999999999999999999999 people were killed in Kharkiv on 31 February 2016.",
    "At least 999999999999999999999 civilians were killed on 9999-12-31 in Kyiv.",
    "\u202eKharkiv\u202c was shelled; " + "e\u0301" * 200 + " 👩‍👩‍👧‍👦 killed 2.",
])
def test_every_stage_takes_extremes(pipeline: Any, text: str) -> None:
    run(pipeline, [Article(text=text, published="2024-08-12")])
