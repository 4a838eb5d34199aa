"""Kill-and-resume harness: `sitrep ingest` killed with SIGKILL, run again, checked.

Used by tests/store/test_durability.py (a few kills) and bench/durability.py
(many). A cheap generator writes short synthetic reports as JSONL; each run
goes through the real command line in a subprocess.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sitrep
from sitrep.store.backend import connect, is_postgres

PLACES = ("Kharkiv", "Sumy", "Kursk", "Donetsk", "Maiduguri", "Goma", "Aleppo", "Khartoum",
          "Bakhmut", "Mogadishu", "Zaporizhzhia", "Gao")
ACTORS = ("Russian forces", "Ukrainian troops", "Boko Haram fighters", "M23 rebels",
          "the army", "RSF fighters", "al-Shabaab militants", "gunmen")
DEEDS = ("shelled {p}, killing {n} civilians", "attacked a checkpoint near {p}, killing {n}",
         "clashed with police in {p}; {n} people were wounded",
         "fired rockets at {p}, killing {n} people and wounding {m}",
         "abducted {n} villagers near {p}")
DAYS = ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "yesterday")
TABLES = {  # table: ORDER BY; ingested_at differs between runs and is left out
    "articles": "id",
    "events": "event_id",
    "places": "article_id, role, seq",
    "counts": "article_id, seq",
    "quotes": "article_id, seq",
}


def write_corpus(path: Path, n: int, seed: int = 7) -> Path:
    """``n`` distinct short reports, one JSON object a line."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            deed = rng.choice(DEEDS).format(p=rng.choice(PLACES), n=rng.randint(1, 60),
                                            m=rng.randint(1, 90))
            text = (f"{rng.choice(ACTORS).capitalize()} {deed} {rng.choice(DAYS)}, "
                    f"officials said in bulletin {i}.")
            day = 1 + i % 28
            fh.write(json.dumps({"text": text, "published": f"2024-03-{day:02d}",
                                 "source": "Wire"}) + "\n")
    return path


def ingest_command(corpus: Path, db: str, config: Path) -> list[str]:
    return [sys.executable, "-m", "sitrep", "ingest", str(corpus), "--db", db,
            "--config", str(config)]


def environment() -> dict[str, str]:
    """This process's environment, with the sitrep being tested first on the path."""
    env = dict(os.environ)
    source = str(Path(sitrep.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join([source, env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


def write_config(path: Path, commit_every: int) -> Path:
    path.write_text(f"commit_every = {commit_every}\n", encoding="utf-8")
    return path


def run_ingest(corpus: Path, db: str, config: Path) -> float:
    """An uninterrupted ingest; its wall time in seconds."""
    started = time.monotonic()
    done = subprocess.run(ingest_command(corpus, db, config), env=environment(),
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise AssertionError(f"sitrep ingest failed ({done.returncode}): {done.stderr[-2000:]}")
    return time.monotonic() - started


def stored_articles(db: str) -> int:
    """How many articles the store holds now (0 before it exists)."""
    if not is_postgres(db) and not Path(db).exists():
        return 0
    try:
        conn = connect(db)
    except Exception:  # noqa: BLE001 - a store still being created counts as empty
        return 0
    try:
        return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except conn.errors:
        return 0
    finally:
        conn.close()


def killed_ingest(corpus: Path, db: str, config: Path, *, at: int, delay: float,
                  timeout: float = 300.0) -> int | None:
    """Start an ingest; once the store holds ``at`` articles, wait ``delay`` seconds (so
    the kill lands inside a batch) and SIGKILL it. The articles stored when it was
    killed, or None if it finished first."""
    proc = subprocess.Popen(ingest_command(corpus, db, config), env=environment(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    try:
        while proc.poll() is None and stored_articles(db) < at:
            if time.monotonic() > deadline:
                raise AssertionError(f"ingest reached no {at} articles in {timeout:.0f}s")
            time.sleep(0.05)
        time.sleep(delay)
        if proc.poll() is not None:
            return None
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return stored_articles(db)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def dump(db: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the store's tables, in a fixed order, without ingest times."""
    conn = connect(db)
    try:
        tables = {}
        for table, order in TABLES.items():
            rows = conn.execute(f"SELECT * FROM {table} ORDER BY {order}")
            names = [d[0] for d in rows.description]
            keep = [i for i, name in enumerate(names) if name != "ingested_at"]
            tables[table] = [tuple(row[i] for i in keep) for row in rows]
        return tables
    finally:
        conn.close()


def cluster_links(db: str) -> dict[str, str]:
    """``{event_id: cluster_id}``: which cluster each stored event was placed in."""
    conn = connect(db)
    try:
        return {str(r[0]): str(r[1]) for r in
                conn.execute("SELECT event_id, cluster_id FROM cluster_events ORDER BY event_id")}
    finally:
        conn.close()


def integrity(db: str) -> str:
    """SQLite's ``PRAGMA integrity_check`` (``"ok"``); PostgreSQL's is its own business."""
    if is_postgres(db):
        return "ok"
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


@dataclass
class Check:
    """What one look at a killed store found."""

    problems: list[str] = field(default_factory=list)
    articles: int = 0


def check_partial(db: str, reference: dict[str, list[tuple[Any, ...]]]) -> Check:
    """The store after a kill: intact, no duplicate, each stored article whole and as in
    the uninterrupted run."""
    found = Check()
    state = integrity(db)
    if state != "ok":
        found.problems.append(f"integrity_check: {state}")
        return found
    now = dump(db)
    found.articles = len(now["articles"])
    texts = [row[8] for row in now["articles"]]  # articles.text
    if len(set(texts)) != len(texts):
        found.problems.append("an article is stored twice")
    stored = {row[0] for row in now["articles"]}
    for table, column in (("events", 1), ("places", 0), ("counts", 0), ("quotes", 0)):
        mine = [row for row in reference[table] if row[column] in stored]
        if now[table] != mine:
            found.problems.append(f"{table}: rows differ from the uninterrupted run's "
                                  "for the stored articles")
    want = [row for row in reference["articles"] if row[0] in stored]
    if now["articles"] != want:
        found.problems.append("articles: rows differ from the uninterrupted run's")
    return found
