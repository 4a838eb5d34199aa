"""Store insert rate on SQLite and PostgreSQL: processed articles written per second.

Synthetic processed articles (each with places, a figure and events, like the
pipeline's output on a short report) are written with ``Store.add_many``, a
transaction per ``--batch`` articles, into an empty store; the clock covers
the writes only. SQLite is a file in a temporary folder (WAL mode, default
``synchronous``); PostgreSQL comes from ``SITREP_TEST_PG_URL`` (a schema of its
own) or a throwaway local server with fsync on, and is skipped with a message
when neither is available.

    .venv/bin/python bench/store.py [--articles 5000] [--events 2] [--batch 500] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sitrep.errors import StoreError
from sitrep.records import Article, Claimant, Count, Entity, Event, Place, Plover
from sitrep.store import Store
from sitrep.store.pgtemp import TempCluster, create_schema, drop_schema

TOWNS = (("Kharkiv", "Ukraine", "UA", "Kharkiv", 49.99, 36.23),
         ("Kursk", "Russia", "RU", "Kursk", 51.73, 36.19),
         ("Goma", "Democratic Republic of Congo", "CD", "Nord-Kivu", -1.68, 29.22))


def synthetic(n: int, events: int, seed: int) -> list[Article]:
    """``n`` processed articles with ``events`` events each."""
    rng = random.Random(seed)
    articles = []
    for i in range(n):
        town, country, code, admin1, lat, lon = rng.choice(TOWNS)
        text = (f"Shelling hit {town} on Tuesday, killing {rng.randint(1, 40)} civilians, "
                f"the governor said in bulletin {i}.")
        art = Article(text=text, published="2024-05-01", source="Wire")
        start = text.index(town)
        art.places = [Place(town, start, start + len(town), town, 1000 + i, lat, lon, code,
                            country, admin1, None, "PPLA", 100000, "places@1")]
        art.entities = [Entity(town, start, start + len(town), "GPE", "entities@1")]
        art.counts = [Count("killing 5 civilians", 30, 50, 5, 5, None, "killed", "civilians",
                            Claimant("the governor", 60, 72), "counts@1")]
        art.events = [
            Event(event_id=f"ev-{i}-{k}", event_date="2024-04-30", time_precision=1,
                  disorder_type="Political violence", event_type="Explosions/Remote violence",
                  sub_event_type="Shelling/artillery/missile attack",
                  actor1="Military Forces of Russia (2000-)", actor2=f"Civilians ({country})",
                  inter1=8, inter2=7, interaction=87, iso=804, country=country, admin1=admin1,
                  location=town, latitude=lat, longitude=lon, geo_precision=1, source="Wire",
                  fatalities=rng.randint(0, 40), article_id=art.id,
                  plover=Plover("ATTACK", "shelling"),
                  evidence={"location": [[start, start + len(town)]], "fatalities": [[30, 50]]},
                  derived={"event_date": "relative"}, salience=0.8, stage="events@1")
            for k in range(events)
        ]
        articles.append(art)
    return articles


def measure(where: str, articles: list[Article], batch: int) -> dict[str, Any]:
    with Store.open(where) as store:
        started = time.perf_counter()
        result = store.add_many(articles, pipeline="bench", batch_size=batch)
        seconds = time.perf_counter() - started
        stats = store.stats()
    if result.added != len(articles):
        raise SystemExit(f"{where}: stored {result.added} of {len(articles)} articles")
    return {"seconds": round(seconds, 3), "articles_per_s": round(len(articles) / seconds),
            "events_per_s": round(stats["events"] / seconds)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--events", type=int, default=2, help="events per article")
    parser.add_argument("--batch", type=int, default=500, help="articles per transaction")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()
    articles = synthetic(args.articles, args.events, seed=1)
    results: dict[str, Any] = {"articles": args.articles, "events_per_article": args.events,
                               "batch": args.batch}
    with tempfile.TemporaryDirectory(prefix="sitrep-store-bench-") as tmp:
        results["sqlite"] = measure(str(Path(tmp) / "bench.db"), articles, args.batch)
    results["postgresql"] = _postgres(articles, args.batch)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"{args.articles} articles, {args.events} events each, "
          f"a transaction per {args.batch}")
    print("| backend | articles/s | events/s | seconds |")
    print("|---|---|---|---|")
    for name in ("sqlite", "postgresql"):
        r = results[name]
        if "skipped" in r:
            print(f"| {name} | skipped: {r['skipped']} | | |")
        else:
            print(f"| {name} | {r['articles_per_s']} | {r['events_per_s']} | {r['seconds']} |")
    return 0


def _postgres(articles: list[Article], batch: int) -> dict[str, Any]:
    base = os.environ.get("SITREP_TEST_PG_URL")
    cluster = None
    try:
        if not base:
            cluster = TempCluster(durable=True)
            cluster.start()
            base = cluster.create_database("sitrep_bench")
        schema = f"bench_{os.getpid()}"
        url = create_schema(base, schema)
        try:
            return measure(url, articles, batch)
        finally:
            drop_schema(base, schema)
    except (StoreError, ImportError) as exc:
        message = getattr(exc, "message", str(exc))
        print(f"postgresql skipped: {message}", file=sys.stderr)
        return {"skipped": message}
    finally:
        if cluster is not None:
            cluster.stop()


if __name__ == "__main__":
    sys.exit(main())
