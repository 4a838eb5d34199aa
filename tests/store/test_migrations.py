"""Schema migrations, on SQLite and PostgreSQL: named, recorded, ordered, atomic, and
refusing newer databases."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest

from sitrep.errors import StoreError
from sitrep.store.backend import Connection, connect
from sitrep.store.database import Store
from sitrep.store.migrations import (
    MIGRATIONS,
    SCHEMA_VERSION,
    Migration,
    applied,
    migrate,
    schema_version,
)


def version(url) -> int:
    conn = connect(url)
    try:
        return schema_version(conn)
    finally:
        conn.close()


def make_newer(conn: Connection) -> None:
    """Mark the database as written by a sitrep one schema version ahead."""
    if conn.dialect == "sqlite":
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    else:
        conn.execute("INSERT INTO _migrations VALUES ('9999_future', '2099-01-01T00:00:00+00:00')")


def test_migrations_are_numbered_in_order_with_unique_names():
    names = [m.name for m in MIGRATIONS]
    assert names[:2] == ["0001_initial", "0002_event_country_code"]
    assert all(re.fullmatch(rf"{i:04d}_[a-z0-9_]+", n) for i, n in enumerate(names, start=1))
    assert SCHEMA_VERSION == len(names)


def test_migrate_applies_each_once_and_records_it(db_url):
    conn = connect(db_url)
    assert migrate(conn) == [m.name for m in MIGRATIONS]
    assert migrate(conn) == []
    rows = applied(conn)
    assert [name for name, _ in rows] == [m.name for m in MIGRATIONS]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", at) for _, at in rows)
    assert schema_version(conn) == SCHEMA_VERSION
    conn.close()


def test_a_bare_sqlite3_connection_is_migrated_too(tmp_path):
    conn = sqlite3.connect(str(tmp_path / "bare.db"), isolation_level=None)
    assert migrate(conn) == [m.name for m in MIGRATIONS]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def _insert_v1_rows(conn: Connection) -> None:
    """An article, a place and an event written by a sitrep at schema version 1."""
    record = {
        "article": {"id": "a1", "published": "2024-08-12", "source": "Al-Ittihad",
                    "agencies": [], "dateline": [], "title": None, "language": "en", "url": None,
                    "dateline_places": [], "warnings": []},
        "entities": [], "places": [], "times": [], "counts": [], "quotes": [], "events": [],
    }  # fmt: skip
    conn.execute(
        "INSERT INTO articles VALUES ('a1', '2024-08-12', 'Al-Ittihad', '[]', '[]', NULL, NULL,"
        " 'en', 'Fighting in Kursk.', 'old.txt', '2024-08-13T00:00:00+00:00', ?, 'old')",
        (json.dumps(record),),
    )
    conn.execute(
        "INSERT INTO places (article_id, role, seq, name, country_code, country)"
        " VALUES ('a1', 'body', 0, 'Kursk', 'RU', 'Russia')"
    )
    conn.execute(
        "INSERT INTO events (event_id, article_id, event_date, time_precision, disorder_type,"
        " event_type, sub_event_type, actor1, assoc_actor_1, inter1, actor2, assoc_actor_2,"
        " inter2, interaction, civilian_targeting, iso, country, admin1, source_scale, notes,"
        " fatalities, tags, plover_event, evidence, derived, salience, stage)"
        " VALUES ('e1', 'a1', '2024-08-06', 1, 'Political violence', 'Battles', 'Armed clash',"
        " 'Military Forces of Ukraine (2019-)', '', 1, 'Military Forces of Russia (2000-)', '',"
        " 1, 11, '', 643, 'Russia', 'Kursk', '', '', 12, '', 'ASSAULT', '{}', '{}', 0.5, 'e@1')"
    )


def test_a_version_1_database_is_upgraded_keeping_its_rows(db_url):
    path = db_url
    conn = connect(path)
    assert migrate(conn, MIGRATIONS[:1]) == ["0001_initial"]
    _insert_v1_rows(conn)
    conn.close()
    assert version(path) == 1

    with Store.open(path) as store:
        assert store.stats() == {
            "articles": 1, "events": 1, "places": 1, "schema_version": SCHEMA_VERSION,
        }  # fmt: skip
        (event,) = store.events(country="ru")  # country_code was backfilled by 0002
        assert (event.event_id, event.actor1, event.fatalities) == (
            "e1", "Military Forces of Ukraine (2019-)", 12,
        )  # fmt: skip
        old = store.article("a1")
        assert (old.text, old.origin, old.published) == (
            "Fighting in Kursk.",
            "old.txt",
            "2024-08-12",
        )
        assert [name for name, _ in applied(store.conn)] == [m.name for m in MIGRATIONS]


def test_a_newer_database_is_refused_and_left_alone(db_url):
    Store.open(db_url).close()
    conn = connect(db_url)
    make_newer(conn)
    conn.close()
    with pytest.raises(StoreError, match="upgrade sitrep") as info:
        Store.open(db_url)
    assert f"schema version {SCHEMA_VERSION + 1}" in str(info.value)
    assert version(db_url) == SCHEMA_VERSION + 1


def test_a_failed_migration_rolls_back_whole_and_raises(db_url):
    path = db_url
    conn = connect(path)
    broken = Migration(
        "0099_broken",
        ("CREATE TABLE half_done (x INTEGER)", "INSERT INTO no_such_table VALUES (1)"),
    )
    migrate(conn)
    with pytest.raises(StoreError, match="migration 0099_broken failed") as info:
        migrate(conn, (*MIGRATIONS, broken), where=str(path))
    assert f"still at schema version {SCHEMA_VERSION}" in str(info.value)
    assert str(path) in str(info.value)
    assert "half_done" not in conn.tables()
    assert [name for name, _ in applied(conn)] == [m.name for m in MIGRATIONS]
    assert schema_version(conn) == SCHEMA_VERSION
    conn.close()


def test_a_failed_first_migration_leaves_a_new_database_empty(db_url):
    conn = connect(db_url)
    bad = Migration("0001_bad", ("CREATE TABLE t (x INTEGER)", "CREATE TABLE t (y INTEGER)"))
    with pytest.raises(StoreError, match="still at schema version 0"):
        migrate(conn, (bad,))
    assert "t" not in conn.tables()
    assert schema_version(conn) == 0
    conn.close()
