"""Kill an ingest at a random point, run it again, and compare with an uninterrupted run.

Usage: .venv/bin/python bench/kill_resume.py [--articles 10000] [--workers 2] [--seed S]
                                             [--work DIR] [--json]

Writes ``--articles`` generated reports (bench/generate.py), ingests them into
a fresh SQLite store with ``--workers`` workers once without interruption,
then into a second store: that run gets SIGKILL (its whole process group,
workers included) at a random moment between 10% and 90% of the first run's
time, and is run again to the end. Both stores must hold the same rows
(every column but the ingest time). Prints the times, the articles stored at
the kill and the verdict; exits 1 if the stores differ.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "scale"))
import generate  # noqa: E402
from corpus import store_rows  # noqa: E402


def ingest(feed: Path, db: Path, workers: int, kill_after: float | None = None) -> float:
    command = [sys.executable, "-m", "sitrep", "ingest", str(feed), "--db", str(db),
               "--workers", str(workers)]
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        proc.wait(timeout=kill_after)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    elapsed = time.perf_counter() - started
    if kill_after is None and proc.returncode != 0:
        sys.exit(f"ingest failed ({proc.returncode}): {proc.stderr.read().decode()[-2000:]}")
    return elapsed


def rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(db)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    if check != "ok":
        sys.exit(f"{db}: integrity check failed: {check}")
    return store_rows(db)


def count(db: Path) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=None, help="For the kill moment.")
    parser.add_argument("--work", type=Path, default=None, help="Keep files here.")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    work = args.work or Path(tempfile.mkdtemp(prefix="sitrep-kill-"))
    work.mkdir(parents=True, exist_ok=True)
    feed = generate.write(args.articles, work / "feed.jsonl")
    plain, killed = work / "plain.db", work / "killed.db"
    for db in (plain, killed):
        for path in db.parent.glob(db.name + "*"):
            path.unlink()
    full = ingest(feed, plain, args.workers)
    kill_at = random.Random(args.seed).uniform(0.1, 0.9) * full
    ingest(feed, killed, args.workers, kill_after=kill_at)
    at_kill = count(killed)
    rerun = ingest(feed, killed, args.workers)
    a, b = rows(plain), rows(killed)
    same = a == b
    result = {
        "articles": args.articles, "workers": args.workers,
        "uninterrupted_s": round(full, 1), "killed_after_s": round(kill_at, 1),
        "stored_at_kill": at_kill, "rerun_s": round(rerun, 1),
        "rows": {k: len(v) for k, v in a.items()}, "identical": same,
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:16} {value}")
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
