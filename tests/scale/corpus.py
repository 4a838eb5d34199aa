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
    """Every stored row, in a fixed order, leaving out the ingest time."""
    conn = sqlite3.connect(path)
    try:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(articles)")
                   if r[1] != "ingested_at"]
        return {
            "articles": conn.execute(f"SELECT {', '.join(columns)} FROM articles ORDER BY id"
                                     ).fetchall(),
            "events": conn.execute("SELECT * FROM events ORDER BY event_id").fetchall(),
            "places": conn.execute("SELECT * FROM places ORDER BY article_id, role, seq"
                                   ).fetchall(),
        }
    finally:
        conn.close()
