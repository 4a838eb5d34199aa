"""The scale benchmark: throughput against the bare model, workers, stages, memory, start-up, store.

Usage: .venv/bin/python bench/scale.py [--articles 400] [--repeat 2] [--pg-url URL]
                                       [--json PATH] [--markdown PATH]

Generates ``--articles`` reports (bench/generate.py, team-written templates)
and measures, in one run:

- whole-process time of a bare ``nlp.pipe`` of the same model over the same
  texts, and of ``sitrep extract`` with 1 and 2 workers (the ratio to the bare
  model is the headline; each is the best of ``--repeat`` runs);
- the time of each stage, in this process;
- peak RSS per worker (``sitrep -v`` reports it);
- cold start of ``sitrep extract --text …`` (best and median of 5);
- next to each whole-process time, the CPU seconds the process and its children
  used: on a machine other jobs keep busy, they move far less than wall time;
- the store's insert rate on SQLite (PostgreSQL when the store supports it and
  ``--pg-url`` is given).

Prints a Markdown table; ``--json`` and ``--markdown`` also write them to files.
Other jobs on the machine slow every figure; repeat when the machine is quiet.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import generate  # noqa: E402

BARE = """
import json, sys, spacy
nlp = spacy.load(sys.argv[2])
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
for _ in nlp.pipe(texts, batch_size=int(sys.argv[3])):
    pass
"""
SITREP = [sys.executable, "-m", "sitrep"]


def _cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _bytecode() -> bool:
    """True when sitrep starts from .pyc files: written as it runs, or compiled at install."""
    if not os.environ.get("PYTHONDONTWRITEBYTECODE"):
        return True
    import importlib.util

    import sitrep

    return Path(importlib.util.cache_from_source(sitrep.__file__)).exists()


def timed(command: list[str]) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds (the process and its children) and stderr of ``command``."""
    cpu = _cpu()
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed: {done.stderr[-2000:]}")
    return elapsed, _cpu() - cpu, done.stderr


def best(command: list[str], repeat: int) -> tuple[float, float, str]:
    """The fastest of ``repeat`` runs, with the least CPU time of any of them."""
    runs = [timed(command) for _ in range(repeat)]
    fastest = min(runs, key=lambda r: r[0])
    return fastest[0], min(r[1] for r in runs), fastest[2]


def rss(stderr: str) -> list[float]:
    found = re.search(r"peak memory per worker: ([\d., ]+) MB", stderr)
    return [float(x) for x in found.group(1).split(",")] if found else []


def stage_times(feed: Path) -> tuple[dict[str, float], list[Any]]:
    """Seconds spent in each stage over the corpus, in this process."""
    from sitrep.pipeline import build_pipeline
    from sitrep.readers import ReadReport, read_inputs
    from sitrep.scale.ordered import batches
    from sitrep.stages.base import Work

    pipeline = build_pipeline()
    list(pipeline.run(list(read_inputs([str(feed)], report=ReadReport()))[:4]))  # warm up
    articles = list(read_inputs([str(feed)], report=ReadReport()))
    spent = dict.fromkeys(pipeline.names, 0.0)
    for batch in batches(articles, pipeline.batch_size):
        works = [Work(a) for a in batch]
        for stage in pipeline.stages:
            started = time.perf_counter()
            works = list(stage.pipe(works))
            spent[stage.name] += time.perf_counter() - started
    return spent, articles


def insert_rate(articles: list[Any]) -> float:
    from sitrep.store.database import Store

    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "bench.db") as store:
        started = time.perf_counter()
        store.add_many(articles)
        return len(articles) / (time.perf_counter() - started)


def measure(args: argparse.Namespace) -> dict[str, Any]:
    from sitrep.settings import load_settings

    settings = load_settings()
    work = Path(tempfile.mkdtemp(prefix="sitrep-scale-"))
    feed = generate.write(args.articles, work / "feed.jsonl")
    n = args.articles
    bare_s, bare_cpu, _ = best([sys.executable, "-c", BARE, str(feed), settings.model,
                                str(settings.batch_size)], args.repeat)
    result: dict[str, Any] = {"articles": n, "bare_nlp_pipe_s": round(bare_s, 2),
                              "bare_cpu_s": round(bare_cpu, 2),
                              "bare_articles_per_s": round(n / bare_s, 1),
                              "pyc_written": _bytecode()}
    for workers in (1, 2):
        seconds, cpu, err = best([*SITREP, "-v", "extract", str(feed), "-o",
                                  str(work / "out.jsonl"), "--workers", str(workers)],
                                 args.repeat)
        result[f"workers_{workers}"] = {
            "seconds": round(seconds, 2), "articles_per_s": round(n / seconds, 1),
            "x_bare": round(seconds / bare_s, 2), "cpu_s": round(cpu, 2),
            "x_bare_cpu": round(cpu / bare_cpu, 2), "peak_rss_mb": rss(err),
        }
    result["speedup_2_over_1"] = round(result["workers_1"]["seconds"]
                                       / result["workers_2"]["seconds"], 2)
    cold = [timed([*SITREP, "extract", "--text", "Shelling killed 3 in Kharkiv on Monday.",
                   "--published", "2024-05-07"]) for _ in range(5)]
    result["cold_start_s"] = {"best": round(min(c[0] for c in cold), 2),
                              "median": round(statistics.median(c[0] for c in cold), 2),
                              "cpu_best": round(min(c[1] for c in cold), 2)}
    spent, articles = stage_times(feed)
    total = sum(spent.values())
    result["stages_s"] = {k: round(v, 2) for k, v in spent.items()}
    result["stages_share"] = {k: round(v / total, 3) for k, v in spent.items()}
    result["sqlite_inserts_per_s"] = round(insert_rate(articles), 1)
    if args.pg_url:
        result["postgres_inserts_per_s"] = None
        result["postgres_note"] = "the store has no PostgreSQL backend in this version"
    return result


def markdown(r: dict[str, Any]) -> str:
    rows = [
        ("articles", r["articles"]),
        ("bare nlp.pipe (whole process)", f"{r['bare_nlp_pipe_s']} s, "
                                          f"{r['bare_articles_per_s']} articles/s; "
                                          f"{r['bare_cpu_s']} s CPU"),
    ]
    for w in (1, 2):
        m = r[f"workers_{w}"]
        rows.append((f"sitrep extract, {w} worker(s)",
                     f"{m['seconds']} s, {m['articles_per_s']} articles/s, "
                     f"{m['x_bare']}x bare; {m['cpu_s']} s CPU, {m['x_bare_cpu']}x bare"))
        rows.append((f"peak RSS per worker, {w} worker(s)",
                     ", ".join(f"{x:.0f} MB" for x in m["peak_rss_mb"]) or "n/a"))
    rows.append(("2 workers over 1", f"{r['speedup_2_over_1']}x"))
    cold = r["cold_start_s"]
    no_pyc = " (PYTHONDONTWRITEBYTECODE, no .pyc: compiled at every start)"
    rows.append(("cold start of extract --text" + ("" if r["pyc_written"] else no_pyc),
                 f"{cold['best']} s best, {cold['median']} s median; {cold['cpu_best']} s CPU"))
    rows += [(f"stage {k}" + (" (runs the spaCy model)" if k == "entities" else ""),
              f"{v} s ({r['stages_share'][k]:.0%})") for k, v in r["stages_s"].items()]
    rows.append(("SQLite store inserts", f"{r['sqlite_inserts_per_s']} articles/s"))
    if "postgres_note" in r:
        rows.append(("PostgreSQL store inserts", r["postgres_note"]))
    lines = ["| measure | value |", "|---|---|"] + [f"| {k} | {v} |" for k, v in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--pg-url", default=None)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--markdown", type=Path, default=None)
    args = parser.parse_args()
    result = measure(args)
    table = markdown(result)
    print(table)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    if args.markdown:
        args.markdown.write_text(table + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
