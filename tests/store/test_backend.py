"""The backend layer: one SQL text for both databases, and SQLite's WAL concurrency."""

from __future__ import annotations

import sqlite3

import pytest

from sitrep.errors import StoreError
from sitrep.store.backend import connect, is_postgres, pg_sql, shown
from sitrep.store.database import Store


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT * FROM t WHERE a = ? AND b = ?", "SELECT * FROM t WHERE a = %s AND b = %s"),
        ("SELECT :name, :other_1", "SELECT %(name)s, %(other_1)s"),
        ("SELECT x::text FROM t WHERE y LIKE '%a?' ", "SELECT x::text FROM t WHERE y LIKE '%%a?' "),
        ("SELECT 'it''s ?' , ?", "SELECT 'it''s ?' , %s"),
        ('SELECT "odd?col" FROM t -- why?\nWHERE z = ?',
         'SELECT "odd?col" FROM t -- why?\nWHERE z = %s'),
        ("SELECT 5 % 2", "SELECT 5 %% 2"),
    ],
)
def test_placeholders_are_spelled_for_psycopg_outside_quotes(sql, expected):
    assert pg_sql(sql) == expected


def test_urls_are_recognised_and_printed_without_their_password():
    assert is_postgres("postgresql://u:pw@db/sitrep") and is_postgres("POSTGRES://db/x")
    assert not is_postgres("postgresql.db") and not is_postgres("/data/sitrep.db")
    assert shown("postgresql://ana:s3cret@db:5432/sitrep") == "postgresql://ana:***@db:5432/sitrep"
    assert shown("postgresql://ana@db/sitrep") == "postgresql://ana@db/sitrep"
    assert shown("events.db") == "events.db"


def test_a_connection_failure_names_the_url_without_its_password():
    with pytest.raises(StoreError, match="cannot connect to the store") as info:
        connect("postgresql://ana:s3cret@127.0.0.1:1/nowhere", timeout=1)
    assert "s3cret" not in str(info.value)
    assert "postgresql://ana:***@127.0.0.1:1/nowhere" in str(info.value)


def test_rows_index_by_position_and_name(db_url):
    conn = connect(db_url)
    conn.execute("CREATE TABLE t (k TEXT PRIMARY KEY, n INTEGER)")
    assert conn.executemany("INSERT INTO t VALUES (?, ?) ON CONFLICT (k) DO NOTHING",
                            [("a", 1), ("a", 2), ("b", 3)]) == 2
    row = conn.execute("SELECT k, n FROM t WHERE k = :k", {"k": "b"}).fetchone()
    assert (row[0], row["n"], tuple(row)) == ("b", 3, ("b", 3))
    conn.close()


def test_a_transaction_is_all_or_nothing(db_url):
    conn = connect(db_url)
    conn.execute("CREATE TABLE t (k TEXT PRIMARY KEY)")
    with pytest.raises(conn.errors):
        with conn.transaction():
            conn.execute("INSERT INTO t VALUES (?)", ("a",))
            conn.execute("INSERT INTO t VALUES (?)", ("a",))
    assert not conn.in_transaction
    assert conn.execute("SELECT COUNT(*) FROM t").fetchone()[0] == 0
    conn.close()


def test_migration_types_are_64_bit_and_double_on_both(db_url):
    conn = connect(db_url)
    conn.raw.execute(conn.ddl("CREATE TABLE t (id {autoid}, big INTEGER, x REAL)"))
    conn.execute("INSERT INTO t (big, x) VALUES (?, ?)", (2**62, 51.73))
    conn.execute("INSERT INTO t (big, x) VALUES (?, ?)", (-(2**62), 0.1))
    rows = [tuple(r) for r in conn.execute("SELECT id, big, x FROM t ORDER BY id")]
    assert rows == [(1, 2**62, 51.73), (2, -(2**62), 0.1)]
    conn.close()


def test_sqlite_store_is_in_wal_mode_with_a_busy_timeout(tmp_path):
    with Store.open(tmp_path / "w.db") as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 10000


def test_an_open_reader_does_not_block_the_writer_nor_see_half_a_batch(tmp_path):
    from sitrep.records import Article

    path = tmp_path / "wal.db"
    with Store.open(path) as writer:
        writer.add(Article(text="First report."))
        reader = sqlite3.connect(str(path), isolation_level=None)
        reader.execute("BEGIN")
        assert reader.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1
        # the writer commits a batch while the reader's snapshot is still open
        added = writer.add_many([Article(text=f"Report {i}.") for i in range(3)])
        assert added.added == 3
        assert reader.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1
        reader.execute("COMMIT")
        assert reader.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 4
        reader.close()
