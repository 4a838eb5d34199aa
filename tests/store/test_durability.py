"""`sitrep ingest` killed with SIGKILL part way and run again: never corrupt, no
duplicates, and in the end the same rows as an uninterrupted run, on both backends.

A few kills here; bench/durability.py runs twenty per backend on a larger corpus.
"""

from __future__ import annotations

import random

import pytest
from killing import check_partial, dump, killed_ingest, run_ingest, write_config, write_corpus

ARTICLES = 240
COMMIT_EVERY = 20
KILLS = 2

pytestmark = [pytest.mark.model, pytest.mark.gazetteer]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("durability")
    corpus = write_corpus(folder / "reports.jsonl", ARTICLES)
    config = write_config(folder / "sitrep.toml", COMMIT_EVERY)
    reference = str(folder / "reference.db")
    run_ingest(corpus, reference, config)
    return corpus, config, dump(reference)


def test_killed_ingests_resume_to_the_uninterrupted_rows(corpus, db_url):
    reports, config, reference = corpus
    assert len(reference["articles"]) == ARTICLES and len(reference["events"]) > ARTICLES // 2
    rng = random.Random(f"{db_url[:10]}-kills")
    stored = 0
    for kill in range(KILLS):
        target = rng.randint(stored + 1, stored + (ARTICLES - stored) // 2)
        left = killed_ingest(reports, db_url, config, at=target, delay=rng.uniform(0.0, 0.4))
        assert left is not None, f"kill {kill + 1}: the ingest finished before it was killed"
        found = check_partial(db_url, reference)
        assert found.problems == [], f"kill {kill + 1} at {left} articles"
        assert stored <= found.articles < ARTICLES
        stored = found.articles
    run_ingest(reports, db_url, config)
    assert dump(db_url) == reference
