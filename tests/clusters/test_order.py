"""Clusters depend on the set of stored events only: not on the order or batches they came in."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

import pytest

from sitrep.clusters import cluster_id_for, cluster_new, rebuild
from sitrep.records import Article
from sitrep.store.database import Store

PLACES = [  # (admin2, latitude, longitude): two towns 9 km apart, one 60 km off
    ("Kharkiv", 49.98, 36.25), ("Kharkiv", 50.06, 36.25), ("Chuhuiv", 49.84, 36.69),
]
ACTORS = ["Military Forces of Russia (2000-)", "Unidentified Armed Group (Ukraine)",
          "Military Forces of Ukraine (1991-)"]


def _articles(seed: int, count: int, make: Any) -> list[Article]:
    """Reports crowded into a few days and places, so that most have several candidate
    clusters and complete linkage has to choose: what the order could change."""
    rng = random.Random(seed)
    found = []
    for number in range(count):
        admin2, lat, lon = rng.choice(PLACES)
        day = date(2024, 3, 10) + timedelta(days=rng.randrange(4))
        events = []
        for part in range(rng.choice([1, 1, 2])):
            events.append({
                "event_id": f"ev-{number:03d}-{part}",
                "event_date": (day - timedelta(days=part * 2)).isoformat(),
                "time_precision": rng.choice([1, 1, 1, 2]),
                "admin2": admin2, "location": admin2,
                "latitude": round(lat + rng.uniform(-0.02, 0.02), 4), "longitude": lon,
                "actor1": rng.choice(ACTORS),
                "sub_event_type": rng.choice(["Air/drone strike",
                                              "Shelling/artillery/missile attack"]),
            })  # fmt: skip
        article = make(f"r{rng.randrange(10**6):06d}-{number}", *events)
        article.published = (day + timedelta(days=rng.randrange(3))).isoformat()
        found.append(article)
    return found


def _state(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every cluster row as clustering writes it, but its write times."""
    def rows(sql: str) -> list[tuple[Any, ...]]:
        return sorted(tuple(row) for row in store.conn.execute(sql))

    return {
        "links": rows("SELECT event_id, cluster_id, article_id, score FROM cluster_events"),
        "clusters": rows(
            "SELECT cluster_id, n_events, n_articles, founder, founded, fatalities, event_date, "
            "sources, n_contradictions FROM clusters"),
        "contradictions": rows("SELECT cluster_id, field, event_id, value FROM contradictions"),
    }


def _ingest_in_batches(db: str, articles: list[Article], sizes: list[int]) -> tuple[
        dict[str, list[tuple[Any, ...]]], int]:
    """Store and cluster ``articles`` a batch at a time; the final state and how many
    clustered events the batches placed again."""
    again = 0
    with Store.open(db) as store:
        start = 0
        for size in sizes:
            store.add_many(articles[start:start + size])
            again += cluster_new(store.conn).again
            start += size
        return _state(store), again


def _rebuilt(db: str) -> dict[str, list[tuple[Any, ...]]]:
    with Store.open(db) as store:
        rebuild(store.conn)
        return _state(store)


def test_shuffled_orders_and_batches_give_the_same_clusters_and_ids(db_url, stored_article):
    articles = _articles(3, 36, stored_article)
    expected, _ = _ingest_in_batches(db_url, articles, [len(articles)])
    assert expected == _rebuilt(db_url)
    assert any(n_events > 1 for _, n_events, *_ in expected["clusters"])
    assert len(expected["clusters"]) > 4  # not everything in one heap either
    total_again = 0
    for seed in range(3):
        shuffled = list(articles)
        random.Random(seed).shuffle(shuffled)
        with Store.open(db_url) as store:  # the same store, emptied
            for table in ("contradictions", "clusters", "cluster_events", "events", "places",
                          "counts", "quotes", "articles"):
                store.conn.execute(f"DELETE FROM {table}")
        state, again = _ingest_in_batches(db_url, shuffled, [5, 1, 12, 7, 11])
        assert state == expected
        total_again += again
    # Later batches held reports published before clustered ones: those were placed again.
    assert total_again > 0


def test_incremental_clustering_ends_where_a_rebuild_does(db_url, stored_article):
    articles = sorted(_articles(11, 30, stored_article), key=lambda a: a.published or "",
                      reverse=True)  # the newest first: every batch reaches back in time
    incremental, again = _ingest_in_batches(db_url, articles, [6] * 5)
    assert again > 0
    assert incremental == _rebuilt(db_url)


def test_an_earlier_published_report_stored_later_becomes_the_founder(store, stored_article):
    late = stored_article("a-late", {"event_id": "ev-late"})
    late.published = "2024-03-13"
    store.add(late)
    cluster_new(store.conn)
    early = stored_article("a-early", {"event_id": "ev-early"})
    early.published = "2024-03-11"
    store.add(early)
    result = cluster_new(store.conn)
    assert (result.founded, result.again, result.moved) == (1, 1, 1)
    links = {r[0]: r[1] for r in store.conn.execute(
        "SELECT event_id, cluster_id FROM cluster_events")}
    assert links == {"ev-early": cluster_id_for("ev-early"), "ev-late": cluster_id_for("ev-early")}
    ids = [r[0] for r in store.conn.execute("SELECT cluster_id FROM clusters")]
    assert ids == [cluster_id_for("ev-early")]  # the old id is gone


def test_a_later_published_report_keeps_every_id(store, stored_article):
    first = stored_article("a-z", {"event_id": "ev-z"})
    first.published = "2024-03-11"
    store.add(first)
    cluster_new(store.conn)
    later = stored_article("a-a", {"event_id": "ev-a"})  # sorts first by id, published later
    later.published = "2024-03-12"
    store.add(later)
    result = cluster_new(store.conn)
    assert (result.joined, result.moved) == (1, 0)
    ids = {r[0] for r in store.conn.execute("SELECT cluster_id FROM cluster_events")}
    assert ids == {cluster_id_for("ev-z")}


def test_replacing_an_article_keeps_ids_and_matches_a_rebuild(db_url, stored_article):
    articles = _articles(5, 24, stored_article)
    with Store.open(db_url) as store:
        store.add_many(articles, pipeline="v1")
        cluster_new(store.conn)
        before = _state(store)
        # The same records from a newer pipeline: the clusters come back as they were.
        assert store.add_many(articles[:8], pipeline="v2", replace=True).replaced == 8
        assert cluster_new(store.conn).events > 0
        assert _state(store) == before
        # A record whose event moved elsewhere: placed as a rebuild would place it.
        moved = articles[3]
        for event in moved.events:
            event.latitude, event.longitude, event.admin2 = 50.9, 34.8, "Sumy"
            event.admin1 = "Sumy"
        store.add_many([moved], pipeline="v3", replace=True)
        cluster_new(store.conn)
        after = _state(store)
        assert after != before
    assert after == _rebuilt(db_url)


@pytest.fixture
def store(db_url):
    with Store.open(db_url) as s:
        yield s
