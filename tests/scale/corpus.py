"""A varied corpus (every demo report and test fixture) and ways to compare runs over it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from sitrep.readers import ReadReport, read_inputs
from sitrep.records import Article

ROOT = Path(__file__).resolve().parents[2]
INPUTS = [str(ROOT / "examples"), str(ROOT / "tests" / "fixtures")]


def corpus() -> list[Article]:
    return list(read_inputs(INPUTS, report=ReadReport()))


def dumps(articles: list[Article]) -> list[str]:
    return [json.dumps(a.to_dict(), sort_keys=True) for a in articles]


def store_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every stored row, clusters included, in a fixed order, leaving out write times."""
    conn = sqlite3.connect(path)

    def columns(table: str) -> str:
        times = ("ingested_at", "created_at", "updated_at")
        return ", ".join(r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                         if r[1] not in times)

    try:
        return {
            "articles": conn.execute(f"SELECT {columns('articles')} FROM articles ORDER BY id"
                                     ).fetchall(),
            "cluster_events": conn.execute(
                f"SELECT {columns('cluster_events')} FROM cluster_events ORDER BY event_id"
            ).fetchall(),
            "clusters": conn.execute(
                f"SELECT {columns('clusters')} FROM clusters ORDER BY cluster_id").fetchall(),
            "contradictions": conn.execute(
                "SELECT * FROM contradictions ORDER BY cluster_id, field, event_id").fetchall(),
            "events": conn.execute("SELECT * FROM events ORDER BY event_id").fetchall(),
            "places": conn.execute("SELECT * FROM places ORDER BY article_id, role, seq"
                                   ).fetchall(),
        }
    finally:
        conn.close()
