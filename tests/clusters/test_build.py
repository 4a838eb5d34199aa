"""Placing stored events into clusters: incremental, stable ids, source rows untouched."""

from __future__ import annotations

import pytest

from sitrep.clusters import cluster_id_for, cluster_new, list_clusters, rebuild
from sitrep.store.database import Store


@pytest.fixture
def store(db_url):
    with Store.open(db_url) as s:
        yield s


def _links(store: Store) -> dict[str, str]:
    return dict(store.conn.execute("SELECT event_id, cluster_id FROM cluster_events").fetchall())


def test_two_reports_of_one_strike_share_a_cluster_named_after_the_first_stored(
        store, stored_article):
    store.add_many([stored_article("a2", {"event_id": "ev-b"}),
                    stored_article("a1", {"event_id": "ev-z"})])
    result = cluster_new(store.conn)
    assert (result.events, result.joined, result.founded) == (2, 1, 1)
    assert _links(store) == {"ev-z": cluster_id_for("ev-z"), "ev-b": cluster_id_for("ev-z")}


def test_a_later_report_joins_without_changing_the_id(store, stored_article):
    store.add(stored_article("a1", {"event_id": "ev-m"}))
    cluster_new(store.conn)
    store.add(stored_article("a2", {"event_id": "ev-a"}))  # sorts before the founder
    assert cluster_new(store.conn).joined == 1
    assert set(_links(store).values()) == {cluster_id_for("ev-m")}


def test_events_of_one_article_never_share_a_cluster(store, stored_article):
    store.add(stored_article("a1", {"event_id": "ev-1"}, {"event_id": "ev-2"}))
    cluster_new(store.conn)
    assert len(set(_links(store).values())) == 2


def test_far_apart_or_days_apart_events_stay_apart(store, stored_article):
    store.add_many([
        stored_article("a1", {"event_id": "ev-1"}),
        stored_article("a2", {"event_id": "ev-2", "latitude": 50.6, "admin2": "Chuhuiv",
                              "location": "Elsewhere"}),
        stored_article("a3", {"event_id": "ev-3", "event_date": "2024-03-14"}),
        stored_article("a4", {"event_id": "ev-4", "event_type": "Battles",
                              "sub_event_type": "Armed clash"}),
    ])  # fmt: skip
    cluster_new(store.conn)
    assert len(set(_links(store).values())) == 4


@pytest.mark.parametrize("fields", [
    {"latitude": 50.12, "admin2": "Dergachi"},  # 16 km away, another district
    {"latitude": 50.5, "longitude": 36.9},  # 75 km away, the same district
    {"latitude": 49.4, "longitude": 37.0, "admin2": None, "geo_precision": 3},  # the region
    {"event_date": "2024-03-01", "time_precision": 3},  # "in March"
])  # fmt: skip
def test_the_indexed_lookup_finds_matches_by_box_district_region_and_window(
        store, stored_article, fields):
    store.add_many([stored_article("a1", {"event_id": "ev-1"}),
                    stored_article("a2", {"event_id": "ev-2", **fields})])
    cluster_new(store.conn)
    assert set(_links(store).values()) == {cluster_id_for("ev-1")}


def test_every_member_of_a_cluster_matches_every_other(store, stored_article):
    store.add_many([
        stored_article("a1", {"event_id": "ev-1"}),
        stored_article("a2", {"event_id": "ev-2", "latitude": 50.12, "admin2": "Dergachi"}),
        stored_article("a3", {"event_id": "ev-3", "latitude": 50.5, "longitude": 36.9}),
    ])  # fmt: skip
    cluster_new(store.conn)
    links = _links(store)
    assert links["ev-1"] == links["ev-2"] != links["ev-3"]


def test_clustering_changes_no_stored_event(store, stored_article):
    store.add_many([stored_article("a1", {"event_id": "ev-1"}),
                    stored_article("a2", {"event_id": "ev-2"})])
    before = [tuple(r) for r in store.conn.execute("SELECT * FROM events ORDER BY event_id")]
    cluster_new(store.conn)
    rebuild(store.conn)
    after = [tuple(r) for r in store.conn.execute("SELECT * FROM events ORDER BY event_id")]
    assert after == before


def test_a_second_run_places_nothing_and_a_rebuild_gives_the_same_ids(store, stored_article):
    store.add_many([stored_article(f"a{i}", {"event_id": f"ev-{i}"}) for i in range(4)])
    cluster_new(store.conn)
    first = _links(store)
    assert cluster_new(store.conn).events == 0
    assert rebuild(store.conn).events == 4
    assert _links(store) == first


def test_an_event_without_date_or_country_is_a_cluster_of_its_own(store, stored_article):
    store.add_many([stored_article("a1", {"event_id": "ev-1", "event_date": None}),
                    stored_article("a2", {"event_id": "ev-2", "event_date": None})])
    cluster_new(store.conn)
    assert len(set(_links(store).values())) == 2


def test_listing_filters_by_the_number_of_articles(store, stored_article):
    store.add_many([stored_article("a1", {"event_id": "ev-1"}),
                    stored_article("a2", {"event_id": "ev-2"}),
                    stored_article("a3", {"event_id": "ev-3", "event_date": "2024-03-20"})])
    cluster_new(store.conn)
    assert len(list_clusters(store.conn)) == 2
    (both,) = list_clusters(store.conn, min_articles=2)
    assert both["events"] == ["ev-1", "ev-2"] and both["articles"] == ["a1", "a2"]
    assert both["sources"] == ["Outlet a1", "Outlet a2"]
    assert list_clusters(store.conn, limit=1)[0]["event_date"] == "2024-03-11"


def test_a_locked_store_gives_a_store_error_and_changes_nothing(tmp_path, stored_article):
    import sqlite3

    from sitrep.errors import StoreError

    path = tmp_path / "locked.db"
    with Store.open(path) as store:
        store.add_many([stored_article("a1", {"event_id": "ev-1"})])
        other = sqlite3.connect(str(path), timeout=0.1, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        store.conn.execute("PRAGMA busy_timeout = 100")
        with pytest.raises(StoreError, match="sitrep cluster"):
            cluster_new(store.conn)
        other.execute("ROLLBACK")
        other.close()
        assert _links(store) == {}
        assert cluster_new(store.conn).events == 1
