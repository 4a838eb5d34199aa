"""`sitrep cluster`, `clusters`, `contradictions` and `quotes` on a store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.cli import main
from sitrep.store.database import Store


def sitrep(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        main(list(argv))
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path, stored_article, killed_count):
    path = tmp_path / "c.db"
    text = "12 people 20 people"
    stated = {"derived": {}, "fatalities": 12, "evidence": {"fatalities": [[0, 9]]}}
    other = {"derived": {}, "fatalities": 20, "evidence": {"fatalities": [[10, 19]]}}
    with Store.open(path) as store:
        store.add_many([
            stored_article("a1", {"event_id": "ev-1", **stated}, text=text,
                         counts=[killed_count(12, 0, who="the governor")]),
            stored_article("a2", {"event_id": "ev-2", **other}, text=text,
                         counts=[killed_count(20, 10, who="the ministry")]),
            stored_article("a3", {"event_id": "ev-3", "event_date": "2024-05-01"}),
        ])  # fmt: skip
    return str(path)


def test_cluster_then_clusters_lists_one_line_per_cluster(capsys, db):
    code, _, err = sitrep(capsys, "cluster", "--db", db)
    assert code == 0 and "3 event(s) in 2 cluster(s)" in err
    code, out, _ = sitrep(capsys, "clusters", "--db", db, "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [len(r["events"]) for r in rows] == [2, 1]
    first = rows[0]
    assert set(first) >= {"cluster_id", "events", "articles", "event_type", "event_date",
                          "location", "country", "fatalities", "sources", "contradictions"}
    assert (first["fatalities"], first["contradictions"]) == (12, ["fatalities"])
    assert first["claimants"] == ["the governor", "the ministry"]
    code, out, _ = sitrep(capsys, "clusters", "--db", db, "--min-articles", "2")
    assert code == 0 and len(out.splitlines()) == 3  # header, rule, one cluster


def test_contradictions_lists_each_value_with_claimant_and_article(capsys, db):
    sitrep(capsys, "cluster", "--db", db)
    code, out, _ = sitrep(capsys, "contradictions", "--db", db, "--format", "jsonl")
    (row,) = [json.loads(line) for line in out.splitlines()]
    assert row["field"] == "fatalities"
    assert [(v["value"], v["claimant"], v["article_id"]) for v in row["values"]] == [
        ("12", "the governor", "a1"), ("20", "the ministry", "a2")]
    code, out, _ = sitrep(capsys, "contradictions", "--db", db)
    assert code == 0 and "the ministry" in out


def test_the_commands_say_when_there_is_no_store(capsys, tmp_path):
    for command in ("clusters", "contradictions", "quotes", "cluster"):
        code, _, err = sitrep(capsys, command, "--db", str(tmp_path / "none.db"))
        assert code == 3 and "sitrep ingest" in err
        assert not (tmp_path / "none.db").exists()


def test_events_by_claimant_and_quotes_by_speaker(capsys, db):
    code, out, _ = sitrep(capsys, "events", "--db", db, "--claimant", "GOVERNOR", "-f", "jsonl")
    assert code == 0
    assert [json.loads(line)["event_id"] for line in out.splitlines()] == ["ev-1"]
    code, out, _ = sitrep(capsys, "quotes", "--db", db, "--speaker", "nobody", "-f", "jsonl")
    assert (code, out) == (0, "")


@pytest.mark.model
@pytest.mark.gazetteer
def test_ingest_clusters_the_new_events(capsys, tmp_path):
    reports = Path(__file__).parent / "corpus" / "reports"
    db = str(tmp_path / "i.db")
    first, *others = sorted(str(p) for p in reports.glob("belgorod-shelling-*.txt"))
    code, _, err = sitrep(capsys, "ingest", first, "--db", db)
    assert code == 0 and "0 new event(s) joined a cluster, 1 founded one" in err
    code, _, err = sitrep(capsys, "ingest", *others, "--db", db)
    # One report published the same day sorts before the first stored one and founds the
    # cluster: the first is placed again, into it.
    assert code == 0 and "1 new event(s) joined a cluster, 1 founded one" in err
    assert "1 clustered event(s) placed again after them, 1 of them moved" in err
    code, out, _ = sitrep(capsys, "clusters", "--db", db, "--format", "jsonl")
    (cluster,) = [json.loads(line) for line in out.splitlines()]
    assert len(cluster["articles"]) == 3 and cluster["fatalities"] == 2


def test_clusters_says_when_stored_events_wait_for_clustering(capsys, db):
    code, out, err = sitrep(capsys, "clusters", "--db", db)
    assert code == 0 and "3 stored event(s) are in no cluster yet" in err
    sitrep(capsys, "cluster", "--db", db)
    code, out, err = sitrep(capsys, "clusters", "--db", db)
    assert "no cluster yet" not in err
