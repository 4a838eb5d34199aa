"""API latency at scale: a filtered events page and one country-month of GeoJSON.

Generates N synthetic stored events (default 100,000; 4 per article, 20
countries, 6 event types, three years, seeded so every run stores the same
rows), serves them with uvicorn on 127.0.0.1 and times real HTTP requests
with one keep-alive client:

- ``page``: ``/api/events?country=...&type=Battles&since=...&limit=100``, the
  country and the start date rotating over the requests;
- ``geojson``: ``/api/events.geojson?country=...&since=<month>&until=<month end>``,
  rotating over countries and months.

Each is timed ``--repeat`` times after two warm-up requests; the median and
p95 are printed (targets: page <= 100 ms, GeoJSON <= 300 ms median).

    .venv/bin/python bench/api.py [--events 100000] [--repeat 40] [--db PATH|URL]
        [--backend sqlite|postgresql|both] [--json]

Both backends run by default. PostgreSQL is ``--db`` when it is a URL, else
``SITREP_PG_URL``, else a throwaway local server (``sitrep.store.pgtemp``,
stopped at the end); without PostgreSQL that run says "skipped" and why.
``--db`` keeps the generated store of its backend; a store that already holds
the generated events is reused.
"""

from __future__ import annotations

import argparse
import calendar
import contextlib
import json
import os
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import httpx
import uvicorn

from sitrep.records import Article, Event, content_id
from sitrep.service.app import create_app
from sitrep.store import Store

# name, ISO numeric, alpha-2, (lat, lon) centre: the synthetic events' countries.
COUNTRIES = [
    ("Ukraine", 804, "UA", 48.4, 31.2), ("Russia", 643, "RU", 52.0, 38.0),
    ("Sudan", 729, "SD", 15.0, 30.0), ("Syria", 760, "SY", 35.0, 38.5),
    ("Nigeria", 566, "NG", 9.1, 8.7), ("Myanmar", 104, "MM", 21.0, 96.0),
    ("Somalia", 706, "SO", 5.2, 46.2), ("Mali", 466, "ML", 17.6, -4.0),
    ("Burkina Faso", 854, "BF", 12.2, -1.6), ("Yemen", 887, "YE", 15.6, 48.5),
    ("Afghanistan", 4, "AF", 33.9, 67.7), ("Pakistan", 586, "PK", 30.4, 69.3),
    ("Iraq", 368, "IQ", 33.2, 43.7), ("Ethiopia", 231, "ET", 9.1, 40.5),
    ("Colombia", 170, "CO", 4.6, -74.3), ("Mexico", 484, "MX", 23.6, -102.5),
    ("Democratic Republic of Congo", 180, "CD", -2.9, 23.6), ("Kenya", 404, "KE", 0.0, 37.9),
    ("Palestine", 275, "PS", 31.9, 35.2), ("Lebanon", 422, "LB", 33.9, 35.9),
]
TYPES = [
    ("Battles", "Political violence", ["Armed clash", "Government regains territory"]),
    ("Explosions/Remote violence", "Political violence",
     ["Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"]),
    ("Violence against civilians", "Political violence", ["Attack", "Abduction/forced "
                                                           "disappearance"]),
    ("Protests", "Demonstrations", ["Peaceful protest", "Protest with intervention"]),
    ("Riots", "Demonstrations", ["Violent demonstration", "Mob violence"]),
    ("Strategic developments", "Strategic developments", ["Arrests", "Agreement"]),
]
START = date(2022, 1, 1)
DAYS = 3 * 365
PER_ARTICLE = 4


def synthetic_articles(n_events: int, seed: int = 12) -> list[Article]:
    """``n_events`` events in ``n_events / 4`` articles, the same for the same seed."""
    rng = random.Random(seed)
    articles = []
    for a in range(0, n_events, PER_ARTICLE):
        country, iso, code, lat, lon = COUNTRIES[rng.randrange(len(COUNTRIES))]
        day = START + timedelta(days=rng.randrange(DAYS))
        text = f"Report {a} from {country} on {day.isoformat()}: fighting and protests."
        article = Article(text=text, id=f"a{a:07d}", published=day.isoformat(),
                          source="Synthetic Wire")
        for k in range(min(PER_ARTICLE, n_events - a)):
            kind, disorder, subs = TYPES[rng.randrange(len(TYPES))]
            when = day - timedelta(days=rng.randrange(3))
            article.events.append(Event(
                event_id=content_id(article.id, str(k), prefix="ev"),
                event_date=when.isoformat(), time_precision=1, disorder_type=disorder,
                event_type=kind, sub_event_type=subs[rng.randrange(len(subs))],
                actor1=f"Military Forces of {country}", actor2=f"Civilians ({country})",
                iso=iso, country=country, admin1=f"Region {rng.randrange(12)}",
                location=f"Town {rng.randrange(400)}", latitude=lat + rng.uniform(-3, 3),
                longitude=lon + rng.uniform(-3, 3), geo_precision=1, source="Synthetic Wire",
                notes=f"Synthetic event {k} of report {a}.",
                fatalities=rng.choice([0, 0, 1, 3, 12]), article_id=article.id,
                evidence={"event_type": [[0, 6]], "location": [[len(text) - 8, len(text) - 1]]},
                derived={"event_type": "rules"}))
        articles.append(article)
    return articles


def fill(db: str, n_events: int) -> None:
    with Store.open(db) as store:
        if store.stats()["events"] >= n_events:
            print(f"reusing {db}: {store.stats()['events']} events", file=sys.stderr)
            return
        started = time.perf_counter()
        store.add_many(synthetic_articles(n_events), batch_size=2000)
        print(f"stored {n_events} events in {time.perf_counter() - started:.1f}s",
              file=sys.stderr)


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _requests(kind: str, repeat: int) -> list[str]:
    rng = random.Random(7)
    out = []
    for _ in range(repeat + 2):
        country = COUNTRIES[rng.randrange(len(COUNTRIES))][0]
        if kind == "page":
            since = START + timedelta(days=rng.randrange(DAYS // 2))
            out.append(f"/api/events?country={country}&type=Battles&since={since}&limit=100")
        else:
            year, month = 2022 + rng.randrange(3), 1 + rng.randrange(12)
            last = calendar.monthrange(year, month)[1]
            out.append(f"/api/events.geojson?country={country}&since={year}-{month:02d}-01"
                       f"&until={year}-{month:02d}-{last}")
    return out


def measure(db: str, repeat: int) -> dict[str, dict[str, float]]:
    port = _port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    results: dict[str, dict[str, float]] = {}
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            for kind in ("page", "geojson"):
                times, sizes = [], []
                for i, url in enumerate(_requests(kind, repeat)):
                    started = time.perf_counter()
                    response = client.get(url)
                    elapsed = time.perf_counter() - started
                    response.raise_for_status()
                    body = response.json()
                    if i >= 2:
                        times.append(elapsed * 1000)
                        sizes.append(len(body["events" if kind == "page" else "features"]))
                times.sort()
                results[kind] = {
                    "median_ms": round(statistics.median(times), 1),
                    "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1),
                    "mean_items": round(statistics.mean(sizes), 1),
                }
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    return results


def _throwaway_postgres(stack: contextlib.ExitStack) -> str | None:
    """A database on a temporary local PostgreSQL server (stopped on exit), or None."""
    from sitrep.errors import StoreError
    from sitrep.store.pgtemp import TempCluster

    try:
        cluster = stack.enter_context(TempCluster())
        return cluster.create_database("sitrep_bench")
    except StoreError as exc:
        print(f"postgresql: skipped ({exc.message}; or set SITREP_PG_URL)", file=sys.stderr)
        return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--db", help="keep the store here (path or URL)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    args = parser.parse_args()
    kept = args.db or ""
    report = {}
    with contextlib.ExitStack() as stack:
        targets = []
        if args.backend != "postgresql":
            targets.append(kept if kept and "://" not in kept else
                           str(Path(tempfile.mkdtemp(prefix="sitrep-api-")) / "api.db"))
        if args.backend != "sqlite":
            url = (kept if "://" in kept else os.environ.get("SITREP_PG_URL")
                   or _throwaway_postgres(stack))
            if url:
                targets.append(url)
        for db in targets:
            backend = "postgresql" if "://" in db else "sqlite"
            try:
                fill(db, args.events)
            except Exception as exc:  # noqa: BLE001 - a backend this store cannot open
                print(f"{backend}: skipped ({exc})", file=sys.stderr)
                continue
            report[backend] = measure(db, args.repeat)
    if args.json:
        print(json.dumps({"events": args.events, **report}))
        return 0
    print(f"{args.events} events, {args.repeat} requests each (median / p95 ms, items):")
    for backend, kinds in report.items():
        for kind, r in kinds.items():
            print(f"  {backend:10} {kind:8} {r['median_ms']:7.1f} {r['p95_ms']:7.1f}"
                  f"  {r['mean_items']:7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
