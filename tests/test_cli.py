"""The command line: formats, the store, and exit codes that mean something."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from sitrep.cli import main

pytestmark = [pytest.mark.model, pytest.mark.gazetteer]

FIXTURES = Path(__file__).parent / "fixtures"


def sitrep(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        main(list(argv))
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_writes_one_contract_object_per_article(capsys):
    code, out, err = sitrep(capsys, "extract", str(FIXTURES / "kursk.txt"),
                            str(FIXTURES / "kharkiv.txt"))
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["article"]["source"] for r in rows] == ["Al-Ittihad", "Northern Ledger"]
    for row in rows:
        assert set(row) == {"article", "entities", "places", "times", "counts", "quotes", "events"}
    assert "articles/s" in err


def test_extract_text_with_published_date(capsys):
    code, out, _ = sitrep(capsys, "extract", "--text",
                          "Russian shelling killed two civilians in Kherson on Sunday.",
                          "--published", "2024-06-11", "--source", "Desk")
    assert code == 0
    row = json.loads(out)
    assert row["article"]["published"] == "2024-06-11"
    event = row["events"][0]
    assert (event["event_date"], event["location"], event["fatalities"]) == (
        "2024-06-09", "Kherson", 2)


def test_acled_csv_has_acled_columns_first(capsys):
    code, out, _ = sitrep(capsys, "extract", str(FIXTURES / "kharkiv.txt"), "-f", "acled-csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and list(rows[0])[:3] == ["event_id", "event_date", "time_precision"]
    assert {r["country"] for r in rows} == {"Ukraine"}


def test_geojson_points_are_lon_lat(capsys):
    code, out, _ = sitrep(capsys, "extract", str(FIXTURES / "kharkiv.txt"), "-f", "geojson")
    assert code == 0
    collection = json.loads(out)
    lon, lat = collection["features"][0]["geometry"]["coordinates"]
    assert 49 < lat < 51 and 35 < lon < 38  # Kharkiv and Bakhmut are both here


def test_bad_input_is_reported_skipped_and_counted(capsys, tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"text": "Protesters rallied in Lahore on Friday."}) + "\n"
                    + "{not json\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, out, err = sitrep(capsys, "extract", str(tmp_path))
    assert code == 1
    assert len(out.splitlines()) == 1
    assert "good.jsonl:2" in err and "bad.txt" in err
    assert "2 input(s) skipped" in err


def test_ingest_twice_adds_nothing_and_events_filter(capsys, tmp_path):
    db = str(tmp_path / "t.db")
    code, _, err = sitrep(capsys, "ingest", str(FIXTURES), "--db", db)
    assert code == 0 and "3 new article(s)" in err
    code, _, err = sitrep(capsys, "ingest", str(FIXTURES), "--db", db)
    assert code == 0 and "0 new article(s), 3 already stored" in err
    code, out, _ = sitrep(capsys, "events", "--db", db, "--country", "Russia",
                          "--format", "jsonl")
    assert code == 0
    events = [json.loads(line) for line in out.splitlines()]
    assert events and {e["country"] for e in events} == {"Russia"}
    code, out, _ = sitrep(capsys, "events", "--db", db, "--admin1", "Kharkiv")
    assert code == 0 and "Kharkiv" in out and "actor1" in out.splitlines()[0]


def test_events_without_a_store_says_what_to_do(capsys, tmp_path):
    code, _, err = sitrep(capsys, "events", "--db", str(tmp_path / "none.db"))
    assert code == 3 and "sitrep ingest" in err


def test_serve_without_a_store_says_what_to_do(capsys, tmp_path):
    code, _, err = sitrep(capsys, "serve", "--db", str(tmp_path / "none.db"), "--port", "0")
    assert code == 3 and "sitrep ingest" in err


def test_usage_error_without_inputs(capsys):
    code, _, err = sitrep(capsys, "extract")
    assert code == 2 and "--text" in err


def test_html_main_text_is_extracted_and_offsets_index_it(capsys):
    code, out, _ = sitrep(capsys, "extract", str(FIXTURES / "report.html"), "--include-text")
    assert code == 0
    row = json.loads(out)
    body = row["article"]["text"]
    assert "Subscribe" not in body and "Sport" not in body and "Ten things" not in body
    assert row["article"]["published"] == "2024-09-03"
    for place in row["places"]:
        assert body[place["start"]:place["end"]] == place["text"]
    event = row["events"][0]
    assert (event["location"], event["event_date"], event["fatalities"]) == (
        "Odesa", "2024-09-02", 2)


def test_ingest_replace_redoes_articles_of_another_pipeline_version(capsys, db_url):
    from sitrep.store.backend import connect

    code, _, err = sitrep(capsys, "ingest", str(FIXTURES), "--db", db_url)
    assert code == 0 and "3 new article(s)" in err
    conn = connect(db_url)
    (current,) = {r[0] for r in conn.execute("SELECT pipeline FROM articles")}
    assert current.startswith("dateline@") and "events@" in current
    conn.execute("UPDATE articles SET pipeline = 'old@0' WHERE id IN "
                 "(SELECT id FROM articles ORDER BY id LIMIT 2)")
    for table in ("cluster_events", "contradictions", "events"):  # children first
        conn.execute(f"DELETE FROM {table}")
    code, _, err = sitrep(capsys, "ingest", str(FIXTURES), "--db", db_url)
    assert code == 0 and "0 new article(s), 3 already stored" in err
    assert conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 0
    code, _, err = sitrep(capsys, "ingest", str(FIXTURES), "--db", db_url, "--replace")
    assert code == 0 and "0 new article(s), 2 replaced, 1 already stored" in err
    assert {r[0] for r in conn.execute("SELECT pipeline FROM articles")} == {current}
    assert conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] > 0
    conn.close()
    code, out, _ = sitrep(capsys, "events", "--db", db_url, "--format", "jsonl")
    assert code == 0 and out.strip()
