"""The team-written corpus: 50 short reports, 13 happenings told by 2-4 outlets each and
6 reports of other happenings nearby in place or time, through the real pipeline.

Gold is kept beside the reports: ``happenings.csv`` (which happening each report
tells) and ``contradictions.csv`` (the disagreements written into them).
"""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from sitrep.clusters import cluster_new, list_clusters, list_contradictions, rebuild
from sitrep.evaluation.clusters import pairwise
from sitrep.readers import ReadReport, read_inputs
from sitrep.records import Article
from sitrep.runner import Run
from sitrep.store.database import Store

pytestmark = [pytest.mark.model, pytest.mark.gazetteer]

CORPUS = Path(__file__).parent / "corpus"


def _table(name: str) -> list[dict[str, str]]:
    with open(CORPUS / name, encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


GOLD = {row["report"]: row["happening"] for row in _table("happenings.csv")}
PLANTED = {(row["happening"], row["field"]) for row in _table("contradictions.csv")}


@pytest.fixture(scope="module")
def articles(pipeline) -> list[Article]:
    paths = sorted(str(p) for p in (CORPUS / "reports").glob("*.txt"))
    found = list(Run(pipeline=pipeline).process(read_inputs(paths, report=ReadReport())))
    assert len(found) == len(paths) == len(GOLD)
    return found


def _report(article: Article) -> str:
    return Path(article.origin or "").stem


def _stored(path: Path, batches: list[list[Article]]) -> Store:
    store = Store.open(path)
    for batch in batches:
        store.add_many(batch)
        cluster_new(store.conn)
    return store


def _main_clusters(conn: sqlite3.Connection, articles: list[Article]) -> dict[str, str]:
    """Each report's main (most salient) event's cluster."""
    found = {}
    for article in articles:
        if article.events:
            main = article.events[0].event_id
            row = conn.execute("SELECT cluster_id FROM cluster_events WHERE event_id = ?",
                               (main,)).fetchone()
            found[_report(article)] = row[0]
    return found


def _ids(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT event_id, cluster_id FROM cluster_events").fetchall())


def test_the_corpus_has_the_shape_the_task_asks_for():
    sizes: dict[str, int] = {}
    for happening in GOLD.values():
        sizes[happening] = sizes.get(happening, 0) + 1
    told = [n for n in sizes.values() if n > 1]
    assert len(GOLD) >= 40 and len(told) >= 12
    assert all(2 <= n <= 5 for n in told)
    assert {h for h, _ in PLANTED} <= set(sizes)


def test_reports_of_one_happening_share_a_cluster(articles, tmp_path):
    with _stored(tmp_path / "c.db", [articles]) as store:
        predicted = _main_clusters(store.conn, articles)
    assert len(predicted) == len(articles)  # every report gives an event
    scores = pairwise(predicted, GOLD)
    assert scores["f1"] >= 0.9, scores


def test_every_planted_contradiction_is_found_and_no_other(articles, tmp_path):
    with _stored(tmp_path / "c.db", [articles]) as store:
        happening = {}
        for cluster in list_clusters(store.conn):
            told = sorted({GOLD[_report(a)] for a in articles if a.id in cluster["articles"]})
            happening[cluster["cluster_id"]] = told[0] if len(told) == 1 else "/".join(told)
        found = {(happening[c["cluster_id"]], c["field"]) for c in list_contradictions(store.conn)}
    assert found >= PLANTED, f"missed: {sorted(PLANTED - found)}"
    assert found <= PLANTED, f"not planted: {sorted(found - PLANTED)}"


def test_a_contradiction_names_each_value_its_claimant_and_article(articles, tmp_path):
    with _stored(tmp_path / "c.db", [articles]) as store:
        rows = list_contradictions(store.conn)
    by_report = {a.id: _report(a) for a in articles}
    odesa = [r for r in rows if r["field"] == "fatalities"
             and {by_report[v["article_id"]] for v in r["values"]} >= {"odesa-missile-pravda"}]
    assert len(odesa) == 1
    values = {by_report[v["article_id"]]: (v["value"], v["claimant"]) for v in odesa[0]["values"]}
    assert values["odesa-missile-pravda"] == ("14", "Odesa regional governor Oleh Kiper")
    assert values["odesa-missile-aljazeera"] == ("20", "Ukraine's State Emergency Service")


def test_ingesting_in_parts_or_rebuilding_gives_the_same_clusters_and_ids(articles, tmp_path):
    with _stored(tmp_path / "whole.db", [articles]) as whole:
        expected = _ids(whole.conn)
    half = len(articles) // 2
    with _stored(tmp_path / "parts.db", [articles[:half], articles[half:]]) as parts:
        assert _ids(parts.conn) == expected
        parts.add_many(articles)  # re-ingesting everything adds nothing
        assert cluster_new(parts.conn).events == 0
        assert _ids(parts.conn) == expected
        rebuild(parts.conn)
        assert _ids(parts.conn) == expected


def test_unrelated_reports_change_no_cluster_id(articles, tmp_path):
    related = [a for a in articles if list(GOLD.values()).count(GOLD[_report(a)]) > 1]
    alone = [a for a in articles if a not in related]
    with _stored(tmp_path / "a.db", [related]) as store:
        before = _ids(store.conn)
        store.add_many(alone)
        cluster_new(store.conn)
        after = _ids(store.conn)
    assert {k: after[k] for k in before} == before
    assert len(set(after.values())) == len(set(before.values())) + len(alone)


def test_a_cluster_takes_the_lowest_stated_toll_and_lists_every_source(articles, tmp_path):
    with _stored(tmp_path / "c.db", [articles]) as store:
        clusters = list_clusters(store.conn, min_articles=2)
    by_report = {a.id: _report(a) for a in articles}
    gwoza = next(c for c in clusters
                 if {by_report[a] for a in c["articles"]} >= {"gwoza-bombing-dailytrust"})
    assert gwoza["fatalities"] == 18
    assert gwoza["sources"] == ["BBC", "Daily Trust", "Premium Times", "Reuters"]
    assert len(gwoza["claimants"]) >= 3
