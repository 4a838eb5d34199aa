"""Clustering speed on a large generated store, and its pairwise F1 on the generated truth.

Usage: .venv/bin/python bench/clusters.py [--events N] [--new N] [--db FILE] [--json]

Generates a store of about N stored events (default 100,000): happenings in 15
countries over two years, each told by 1 to 4 articles whose events differ as
real reports do (a few km apart, a day apart or only the published date, a
week or month precision now and then, the same or a coarser place, differing
tolls). Rows are written straight into the store's tables; nothing is
extracted. Then it times:

- ``rebuild``: clustering every stored event from nothing;
- ``incremental``: adding ``--new`` more articles (default 1,000), dated
  anywhere in the two years, and placing their events, as ``sitrep ingest``
  does (with the clustered events they may displace, placed again).

It prints events, clusters, seconds (wall clock, and this process's CPU time,
which a busy machine inflates less), events/s, the events placed again and
moved, and the pairwise precision, recall and F1 of the clusters against the
generated happenings.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sitrep.clusters import cluster_new, rebuild
from sitrep.evaluation.clusters import pairwise
from sitrep.store.claims import CLAIM_COLUMNS
from sitrep.store.database import Store
from sitrep.store.rows import EVENT_COLUMNS

# (iso, country, admin1 stem, lat, lon) of a box centre; places are drawn within ±3 degrees.
COUNTRIES = [
    (804, "Ukraine", "UA", 49.0, 32.0), (643, "Russia", "RU", 52.0, 38.0),
    (729, "Sudan", "SD", 14.0, 30.0), (566, "Nigeria", "NG", 10.0, 8.0),
    (760, "Syria", "SY", 35.0, 38.0), (275, "Palestine", "PS", 31.4, 34.4),
    (404, "Kenya", "KE", 0.0, 37.0), (586, "Pakistan", "PK", 30.0, 69.0),
    (180, "Democratic Republic of Congo", "CD", -1.0, 28.0), (466, "Mali", "ML", 15.0, -3.0),
    (104, "Myanmar", "MM", 21.0, 96.0), (887, "Yemen", "YE", 15.0, 46.0),
    (706, "Somalia", "SO", 4.0, 45.0), (4, "Afghanistan", "AF", 34.0, 66.0),
    (332, "Haiti", "HT", 18.9, -72.5),
]  # fmt: skip
TYPES = [
    ("Explosions/Remote violence", "Air/drone strike", "Shelling/artillery/missile attack"),
    ("Battles", "Armed clash", "Armed clash"),
    ("Violence against civilians", "Attack", "Attack"),
    ("Protests", "Peaceful protest", "Protest with intervention"),
]
ACTORS = ["Military Forces of {c}", "Rebels of {c}", "Militia of {c}", "Police Forces of {c}"]
START = date(2023, 1, 1)


def _happening(rng: random.Random, number: int) -> dict[str, Any]:
    iso, country, code, lat, lon = rng.choice(COUNTRIES)
    lat, lon = lat + rng.uniform(-3, 3), lon + rng.uniform(-3, 3)
    event_type, *subs = rng.choice(TYPES)
    return {
        "id": number, "iso": iso, "country": country, "code": code, "lat": lat, "lon": lon,
        "admin1": f"{code}-{int(lat)}-{int(lon)}", "admin2": f"{code}-{lat:.1f}-{lon:.1f}",
        "day": START + timedelta(days=rng.randrange(730)), "event_type": event_type,
        "subs": subs, "actor1": rng.choice(ACTORS).format(c=country),
        "actor2": f"Civilians ({country})", "toll": rng.choice([0, 0, 1, 2, 3, 5, 8, 12, 20, 40]),
    }


def _report(rng: random.Random, h: dict[str, Any], article: str, event: str) -> dict[str, Any]:
    kind = rng.random()
    day, precision, derived, geo = h["day"], 1, {}, 1
    lat, lon, admin2 = h["lat"] + rng.gauss(0, 0.03), h["lon"] + rng.gauss(0, 0.03), h["admin2"]
    if kind < 0.15:
        day, derived = day + timedelta(days=rng.choice([0, 1])), {"event_date": "published-date"}
    elif kind < 0.22:
        precision = rng.choice([2, 3])
    elif kind < 0.3:
        geo, admin2 = 3, None
        lat, lon = lat + rng.uniform(-0.8, 0.8), lon + rng.uniform(-0.8, 0.8)
    toll = max(0, h["toll"] + rng.choice([0, 0, 0, 1, -1, 3]))
    unknown = f"Unidentified Armed Group ({h['country']})"
    return {
        "event_id": event, "article_id": article, "event_date": day.isoformat(),
        "time_precision": precision, "disorder_type": "Political violence",
        "event_type": h["event_type"], "sub_event_type": rng.choice(h["subs"]),
        "actor1": h["actor1"] if rng.random() < 0.8 else unknown,
        "actor2": h["actor2"], "iso": h["iso"], "country": h["country"], "admin1": h["admin1"],
        "admin2": admin2, "location": admin2 or h["admin1"], "latitude": round(lat, 5),
        "longitude": round(lon, 5), "geo_precision": geo, "source": f"Outlet {rng.randrange(40)}",
        "fatalities": toll, "evidence": json.dumps({"fatalities": [[0, 2]]} if toll else {}),
        "derived": json.dumps(derived), "claimant": f"Official {rng.randrange(200)}",
        "fatalities_low": toll or None, "fatalities_high": toll or None,
    }


def generate(store: Store, events: int, rng: random.Random, first: int = 0
             ) -> dict[str, int]:
    """Write about ``events`` events; returns event id -> happening number."""
    columns = (*EVENT_COLUMNS, *CLAIM_COLUMNS)
    insert_event = (f"INSERT INTO events ({', '.join(columns)}) "
                    f"VALUES ({', '.join('?' * len(columns))})")
    insert_article = (
        "INSERT INTO articles (id, published, source, agencies, dateline, text, ingested_at, "
        "record, pipeline) VALUES (?, ?, ?, '[]', '[]', '', ?, '{}', 'bench')"
    )
    truth: dict[str, int] = {}
    number = first
    conn = store.conn
    conn.execute("BEGIN")
    while len(truth) < events:
        happening = _happening(rng, number)
        for outlet in range(rng.choice([1, 1, 2, 2, 3, 4])):
            article = f"b{number:07d}-{outlet}"
            event = f"ev{number:07d}{outlet}"
            row = _report(rng, happening, article, event)
            conn.execute(insert_article, (article, row["event_date"], row["source"],
                                          f"2025-01-01T00:00:00+00:00-{number:07d}"))
            conn.execute(insert_event, tuple(row.get(c) for c in columns))
            truth[event] = number
        number += 1
    conn.execute("COMMIT")
    return truth


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--new", type=int, default=1_000, help="events added incrementally")
    parser.add_argument("--db", help="store to write (default: a temporary file)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(args.db or Path(folder) / "bench.db")
        path.unlink(missing_ok=True)
        with Store.open(path) as store:
            print(f"generating {args.events:,} events…", file=sys.stderr)
            truth = generate(store, args.events, rng)
            started, cpu = time.perf_counter(), time.process_time()
            whole = rebuild(store.conn)
            rebuild_s = time.perf_counter() - started
            rebuild_cpu = time.process_time() - cpu
            more = generate(store, args.new, rng, first=len(truth) * 10)
            started, cpu = time.perf_counter(), time.process_time()
            added = cluster_new(store.conn)
            incremental_s = time.perf_counter() - started
            incremental_cpu = time.process_time() - cpu
            truth.update(more)
            links = dict(store.conn.execute(
                "SELECT event_id, cluster_id FROM cluster_events").fetchall())
            clusters = len(set(links.values()))
    scores = pairwise(links, {k: str(v) for k, v in truth.items()})
    result = {
        "events": whole.events, "rebuild_seconds": round(rebuild_s, 2),
        "rebuild_cpu_seconds": round(rebuild_cpu, 2),
        "rebuild_events_per_second": round(whole.events / rebuild_s),
        "new_events": added.events, "incremental_seconds": round(incremental_s, 2),
        "incremental_cpu_seconds": round(incremental_cpu, 2),
        "placed_again": added.again, "moved": added.moved,
        "clusters": clusters, "happenings": len(set(truth.values())),
        "precision": round(scores["precision"], 4), "recall": round(scores["recall"], 4),
        "f1": round(scores["f1"], 4),
    }  # fmt: skip
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:28} {value}")


if __name__ == "__main__":
    main()
