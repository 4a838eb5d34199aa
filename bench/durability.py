"""Kill-and-resume, at length: `sitrep ingest` SIGKILLed 20 times per backend.

A corpus of short synthetic reports (default 2,000) is ingested once without
interruption into SQLite: the reference. Then, for SQLite and for PostgreSQL,
an empty store is ingested into again and again, each run killed with SIGKILL
once the store holds a random number of articles (plus a random fraction of a
second, so that most kills land inside a transaction). After each kill the
store must pass ``PRAGMA integrity_check`` (SQLite), hold no article twice,
and hold, for every stored article, exactly the rows of the reference. A last
uninterrupted run must then leave the store identical to the reference
(articles, events, places, counts, quotes; ingest times aside). Whether every
event also ended in the same cluster is reported beside it: clusters are
placed after each run, in stored order, so they are a property of the
clustering, not of the store's durability.

PostgreSQL comes from ``SITREP_TEST_PG_URL`` (a schema of its own is created
and dropped), or a throwaway local server; it is skipped with a message when
neither is available.

    .venv/bin/python bench/durability.py [--articles 2000] [--kills 20] [--json]
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

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "store"))

from killing import (  # noqa: E402
    check_partial,
    cluster_links,
    dump,
    killed_ingest,
    run_ingest,
    write_config,
    write_corpus,
)

from sitrep.errors import StoreError  # noqa: E402
from sitrep.store.pgtemp import TempCluster, create_schema, drop_schema  # noqa: E402


def kill_series(db: str, corpus: Path, config: Path, reference: dict[str, Any],
                reference_clusters: dict[str, str], kills: int, articles: int,
                commit_every: int, rng: random.Random) -> dict[str, Any]:
    """``kills`` killed runs into ``db``, then one to the end; what each check found.

    Kill points are drawn before the last batch, whose commit ends the run.
    """
    last = articles - commit_every
    targets = sorted(rng.sample(range(1, last), kills))
    passed, killed_at, problems = 0, [], []
    started = time.monotonic()
    stored = 0
    for number, wanted in enumerate(targets, 1):
        # past what is already stored, so that every run writes before it is killed
        target = min(max(wanted, stored + 1), last)
        left = killed_ingest(corpus, db, config, at=target, delay=rng.uniform(0.0, 0.5))
        found = check_partial(db, reference)
        killed_at.append(left)
        stored = found.articles
        if left is not None and not found.problems:
            passed += 1
        else:
            problems.append({"kill": number, "stored": left, "problems": found.problems
                             or ["the ingest finished before the kill"]})
        print(f"  kill {number:2d}/{kills}: at {left} articles stored, "
              f"{'ok' if not found.problems else '; '.join(found.problems)}", file=sys.stderr)
    run_ingest(corpus, db, config)
    identical = dump(db) == reference
    same_clusters = cluster_links(db) == reference_clusters
    return {"kills": kills, "passed": passed, "killed_at": killed_at, "problems": problems,
            "final_identical": identical, "same_clusters": same_clusters,
            "seconds": round(time.monotonic() - started, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--commit-every", type=int, default=100)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    results: dict[str, Any] = {"articles": args.articles, "commit_every": args.commit_every}
    with tempfile.TemporaryDirectory(prefix="sitrep-durability-") as tmp:
        folder = Path(tmp)
        corpus = write_corpus(folder / "reports.jsonl", args.articles, seed=args.seed)
        config = write_config(folder / "sitrep.toml", args.commit_every)
        print(f"reference: {args.articles} articles, uninterrupted …", file=sys.stderr)
        seconds = run_ingest(corpus, str(folder / "reference.db"), config)
        reference = dump(str(folder / "reference.db"))
        clusters = cluster_links(str(folder / "reference.db"))
        results["reference"] = {"seconds": round(seconds, 1),
                                "events": len(reference["events"])}
        if args.backend in ("sqlite", "both"):
            print("sqlite:", file=sys.stderr)
            results["sqlite"] = kill_series(str(folder / "killed.db"), corpus, config,
                                            reference, clusters, args.kills, args.articles,
                                            args.commit_every, rng)
        if args.backend in ("postgresql", "both"):
            results["postgresql"] = _postgres(corpus, config, reference, clusters, args, rng)
    _report(results, args.json)
    ok = all(r.get("passed") == r.get("kills") and r.get("final_identical")
             for k, r in results.items() if k in ("sqlite", "postgresql") and "kills" in r)
    return 0 if ok else 1


def _postgres(corpus: Path, config: Path, reference: dict[str, Any],
              clusters: dict[str, str], args: Any, rng: random.Random) -> dict[str, Any]:
    print("postgresql:", file=sys.stderr)
    base = os.environ.get("SITREP_TEST_PG_URL")
    cluster = None
    if not base:
        try:
            cluster = TempCluster(durable=True)
            cluster.start()
        except StoreError as exc:
            print(f"  skipped: {exc.message}", file=sys.stderr)
            return {"skipped": exc.message}
        base = cluster.create_database("sitrep_durability")
    schema = f"durability_{os.getpid()}"
    try:
        url = create_schema(base, schema)
        return kill_series(url, corpus, config, reference, clusters, args.kills, args.articles,
                                            args.commit_every, rng)
    finally:
        drop_schema(base, schema)
        if cluster is not None:
            cluster.stop()


def _report(results: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print(json.dumps(results, indent=2))
        return
    ref = results["reference"]
    print(f"{results['articles']} articles ({ref['events']} events), a transaction per "
          f"{results['commit_every']}; uninterrupted run {ref['seconds']} s")
    print("| backend | kills passed | final rows = uninterrupted run | same clusters | time |")
    print("|---|---|---|---|---|")
    for name in ("sqlite", "postgresql"):
        r = results.get(name)
        if r is None:
            continue
        if "skipped" in r:
            print(f"| {name} | skipped: {r['skipped']} | | | |")
            continue
        print(f"| {name} | {r['passed']}/{r['kills']} | {'yes' if r['final_identical'] else 'NO'}"
              f" | {'yes' if r['same_clusters'] else 'NO'} | {r['seconds']} s |")


if __name__ == "__main__":
    sys.exit(main())
