"""Writing batches, --replace, and resumable ingest, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from test_store import article

from sitrep.errors import StoreError
from sitrep.records import Article
from sitrep.store.database import AddResult, Store
from sitrep.store.ingest import ingest
from sitrep.store.writer import BatchResult, stored_pipelines, write_batch


@pytest.fixture
def store(db_url):
    with Store.open(db_url) as s:
        yield s


def ids(store: Store, table: str, column: str) -> list[str]:
    return [r[0] for r in store.conn.execute(f"SELECT {column} FROM {table} ORDER BY {column}")]


def test_replace_rewrites_an_article_stored_by_another_pipeline(store):
    old = article("Report one.", {"event_id": "e-old"}, {"event_id": "e-gone"})
    store.add(old, pipeline="events@1")
    new = article("Report one.", {"event_id": "e-new", "fatalities": 3})
    assert new.id == old.id
    assert store.add_many([new], pipeline="events@2") == AddResult(added=0, unchanged=1)
    assert ids(store, "events", "event_id") == ["e-gone", "e-old"]

    assert store.add_many([new], pipeline="events@2", replace=True) == AddResult(replaced=1)
    assert ids(store, "events", "event_id") == ["e-new"]
    assert [e.fatalities for e in store.events()] == [3]
    assert stored_pipelines(store.conn, [old.id]) == {old.id: "events@2"}
    assert store.stats()["places"] == 2  # the old places went, the new ones came
    assert store.article(old.id) == new


def test_replace_leaves_an_article_of_the_same_pipeline_alone(store):
    art = article("Report two.", {"event_id": "e1"})
    store.add(art, pipeline="events@2")
    other = article("Report two.", {"event_id": "e9"})
    assert store.add_many([other], pipeline="events@2", replace=True) == AddResult(unchanged=1)
    assert ids(store, "events", "event_id") == ["e1"]


def test_a_batch_with_one_bad_article_stores_nothing_and_replaces_nothing(store):
    kept = article("Kept.", {"event_id": "k1"})
    store.add(kept, pipeline="v1")
    bad = article("Bad.")
    bad.text = None  # type: ignore[assignment]  # violates NOT NULL
    with pytest.raises(StoreError, match="nothing from this batch was saved"):
        store.add_many([article("Kept.", {"event_id": "k2"}), bad], pipeline="v2", replace=True)
    assert ids(store, "events", "event_id") == ["k1"]
    assert stored_pipelines(store.conn, [kept.id]) == {kept.id: "v1"}


def test_write_batch_counts_repeats_within_the_batch(store):
    arts = [article("A.", {"event_id": "a"}), article("B.", {"event_id": "b"})]
    result = write_batch(store.conn, [arts[0], arts[1], arts[0]], pipeline="v1", replace=True)
    assert result == BatchResult(added=2, replaced=0, unchanged=1)


class Counting:
    """A stand-in pipeline that records which articles it was asked to process."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, articles):
        for art in articles:
            self.seen.append(art.id)
            yield art


def reports(n: int) -> list[Article]:
    return [article(f"Report {i}.", {"event_id": f"e{i:03d}"}) for i in range(n)]


def test_ingest_resumes_skipping_stored_articles_before_processing(store):
    arts = reports(7)
    store.add_many(arts[:4], pipeline="v1")
    process = Counting()
    result = ingest(store, reports(7), process, pipeline="v1", batch_size=2)
    assert result == AddResult(added=3, unchanged=4)
    assert process.seen == [a.id for a in arts[4:]]
    assert ids(store, "events", "event_id") == [f"e{i:03d}" for i in range(7)]


def test_ingest_with_replace_redoes_only_other_versions(store):
    arts = reports(5)
    store.add_many(arts[:2], pipeline="v1")
    store.add_many(arts[2:4], pipeline="v2")
    process = Counting()
    result = ingest(store, reports(5), process, pipeline="v2", replace=True)
    assert result == AddResult(added=1, unchanged=2, replaced=2)
    assert process.seen == [arts[0].id, arts[1].id, arts[4].id]
    versions = stored_pipelines(store.conn, [a.id for a in arts])
    assert sorted(versions.values()) == ["v2"] * 5
