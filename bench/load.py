"""Loopback load: read the API from several clients while an ingest writes to the same store.

Usage: .venv/bin/python bench/load.py [--articles 200] [--ingest 1000] [--clients 4]
                                      [--seconds 60] [--db PATH|URL] [--postgres]
                                      [--json] [--markdown PATH]

Writes ``--articles`` generated reports (bench/generate.py) and ingests them
with ``sitrep ingest`` into a fresh store (SQLite by default; ``--db URL`` a
PostgreSQL store; ``--postgres`` a throwaway PostgreSQL server from
``sitrep.store.pgtemp``). Then starts ``sitrep serve`` on 127.0.0.1 on a free
port, starts a second ``sitrep ingest`` of ``--ingest`` further reports into
the same store, and meanwhile ``--clients`` threads read the API in a fixed
rotation: ``/api/events`` with filters, ``/api/events.geojson``,
``/api/stats`` and ``/api/events/{id}``. The reading stops when the ingest
ends or after ``--seconds`` (at most 60), whichever comes first; an ingest
still running then is stopped. Only 127.0.0.1 is ever contacted.

Reports requests/s held, p50 and p99 latency and the errors (any non-2xx
answer or exception), in total and per endpoint, as a Markdown table and JSON;
exits 1 when there was any error.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).parent))
import generate  # noqa: E402

MAX_SECONDS = 60.0
HOST = "127.0.0.1"
# (endpoint label, path); {id} is replaced by a stored event id in rotation.
REQUESTS = [
    ("events", "/api/events?limit=50"),
    ("events", "/api/events?country=Ukraine&sort=-date&limit=20"),
    ("events", "/api/events?type=Battles&since=2024-03-01&until=2024-10-31"),
    ("events", "/api/events?q=village&sort=fatalities&limit=20&offset=10"),
    ("geojson", "/api/events.geojson?since=2024-06-01&until=2024-06-30"),
    ("geojson", "/api/events.geojson?country=Sudan"),
    ("stats", "/api/stats?by=week"),
    ("stats", "/api/stats?country=Nigeria&by=month"),
    ("event", "/api/events/{id}"),
    ("event", "/api/events/{id}"),
]


def _port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _sitrep(*args: str) -> list[str]:
    return [sys.executable, "-m", "sitrep", *args]


def ingest(feed: Path, db: str, log: Path) -> subprocess.Popen[bytes]:
    """Start ``sitrep ingest`` of ``feed`` into ``db`` (its own process group)."""
    with log.open("ab") as fh:
        return subprocess.Popen(_sitrep("ingest", str(feed), "--db", db),
                                stdout=subprocess.DEVNULL, stderr=fh, start_new_session=True)


def _fail(message: str, log: Path) -> SystemExit:
    tail = log.read_text(encoding="utf-8", errors="replace")[-2000:] if log.exists() else ""
    return SystemExit(f"{message}\n{tail}")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@contextmanager
def serve(db: str, log: Path) -> Iterator[str]:
    """Run ``sitrep serve`` over ``db`` on 127.0.0.1; yields its base URL once it answers."""
    port = _port()
    with log.open("ab") as fh:
        proc = subprocess.Popen(_sitrep("serve", "--db", db, "--host", HOST, "--port", str(port)),
                                stdout=fh, stderr=fh, start_new_session=True)
    base = f"http://{HOST}:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise _fail(f"sitrep serve exited ({proc.returncode})", log)
            try:
                if httpx.get(base + "/api/stats", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise _fail("sitrep serve did not answer within 60 s", log)
            time.sleep(0.2)
        yield base
    finally:
        _stop(proc)


class Tally:
    """Latencies and errors per endpoint, shared by the client threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.times: dict[str, list[float]] = {label: [] for label, _ in REQUESTS}
        self.errors: dict[str, int] = {label: 0 for label, _ in REQUESTS}
        self.samples: list[str] = []

    def add(self, label: str, seconds: float, error: str | None) -> None:
        with self.lock:
            self.times[label].append(seconds)
            if error is not None:
                self.errors[label] += 1
                if len(self.samples) < 10:
                    self.samples.append(error)


def client(base: str, ids: list[str], start: int, stop: threading.Event, tally: Tally) -> None:
    """Send the rotation of requests, from position ``start``, until ``stop`` is set."""
    i = start
    with httpx.Client(base_url=base, timeout=30) as http:
        while not stop.is_set():
            label, path = REQUESTS[i % len(REQUESTS)]
            path = path.replace("{id}", ids[i % len(ids)] if ids else "none")
            i += 1
            error = None
            started = time.perf_counter()
            try:
                response = http.get(path)
                if not 200 <= response.status_code < 300:
                    error = f"{path}: HTTP {response.status_code} {response.text[:200]}"
            except httpx.HTTPError as exc:
                error = f"{path}: {type(exc).__name__}: {exc}"
            tally.add(label, time.perf_counter() - started, error)


def _percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _row(times: list[float], errors: int, seconds: float) -> dict[str, Any]:
    return {"requests": len(times), "requests_per_s": round(len(times) / seconds, 1),
            "p50_ms": round(1000 * statistics.median(times), 1) if times else 0.0,
            "p99_ms": round(1000 * _percentile(times, 0.99), 1), "errors": errors}


def _events_total(base: str) -> int:
    return int(httpx.get(base + "/api/events?limit=0", timeout=30).json()["total"])


def run(db: str, work: Path, articles: int, more: int, clients: int,
        seconds: float) -> dict[str, Any]:
    """Fill ``db``, then read it over HTTP while a second ingest runs; the figures."""
    seconds = min(seconds, MAX_SECONDS)
    log = work / "log.txt"
    first = generate.write(articles, work / "first.jsonl", seed=21)
    second = generate.write(more, work / "second.jsonl", seed=22)
    started = time.perf_counter()
    filling = ingest(first, db, log)
    if filling.wait() != 0:
        raise _fail(f"the first ingest failed ({filling.returncode})", log)
    fill_seconds = time.perf_counter() - started
    with serve(db, log) as base:
        page = httpx.get(base + "/api/events?limit=200", timeout=30).json()
        ids = [event["event_id"] for event in page["events"]]
        before = int(page["total"])
        tally, stop = Tally(), threading.Event()
        writer = ingest(second, db, log)
        threads = [threading.Thread(target=client, args=(base, ids, k * 3, stop, tally))
                   for k in range(clients)]
        began = time.perf_counter()
        for thread in threads:
            thread.start()
        try:
            writer.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            pass
        stop.set()
        for thread in threads:
            thread.join()
        held = time.perf_counter() - began
        finished = writer.poll() is not None
        _stop(writer)
        after = _events_total(base)
    every = [t for times in tally.times.values() for t in times]
    return {
        "backend": "postgresql" if db.startswith("postgres") else "sqlite",
        "clients": clients, "seconds": round(held, 1), "fill_seconds": round(fill_seconds, 1),
        "events_before": before, "events_after": after, "ingest_finished": finished,
        "ingest_returncode": writer.returncode if finished else None,
        "total": _row(every, sum(tally.errors.values()), held),
        "endpoints": {label: _row(tally.times[label], tally.errors[label], held)
                      for label in sorted(tally.times)},
        "error_samples": tally.samples,
    }


def markdown(result: dict[str, Any]) -> str:
    lines = [
        f"{result['backend']}: {result['clients']} clients for {result['seconds']} s while "
        f"an ingest took the store from {result['events_before']} to "
        f"{result['events_after']} events (ingest finished: {result['ingest_finished']})",
        "",
        "| endpoint | requests | requests/s | p50 ms | p99 ms | errors |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    rows = [*result["endpoints"].items(), ("all", result["total"])]
    for label, row in rows:
        lines.append(f"| {label} | {row['requests']} | {row['requests_per_s']} | "
                     f"{row['p50_ms']} | {row['p99_ms']} | {row['errors']} |")
    lines.extend(f"- error: {sample}" for sample in result["error_samples"])
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200, help="reports stored first")
    parser.add_argument("--ingest", type=int, default=1000, help="reports ingested meanwhile")
    parser.add_argument("--clients", type=int, default=4, help="reading threads")
    parser.add_argument("--seconds", type=float, default=MAX_SECONDS, help="at most 60")
    parser.add_argument("--db", help="an empty store: a SQLite path or a PostgreSQL URL")
    parser.add_argument("--postgres", action="store_true",
                        help="use a throwaway PostgreSQL server (sitrep.store.pgtemp)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--markdown", type=Path, help="also write the table to this file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sitrep-load-") as tmp:
        work = Path(tmp)
        if args.postgres:
            from sitrep.store.pgtemp import TempCluster

            with TempCluster(durable=True) as cluster:
                db = cluster.create_database("sitrep_load")
                result = run(db, work, args.articles, args.ingest, args.clients, args.seconds)
        else:
            db = args.db or str(work / "load.db")
            result = run(db, work, args.articles, args.ingest, args.clients, args.seconds)
    table = markdown(result)
    if args.markdown:
        args.markdown.write_text(table + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2) if args.json else table)
    return 1 if result["total"]["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
