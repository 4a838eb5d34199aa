"""Load time, per-text cost and checks of the event model (sitrep.events.classifier).

Usage: .venv/bin/python bench/classifier.py [--repeat N] [--realnews] [--rules N] [--data DIR]

Always: the model's load time in fresh processes (median of --repeat) and the
cost per text of ``predict`` on a batch and one text at a time.

--realnews: on each realnews-dev article with an event, the model's reading of
the first two sentences (split on ". " and line breaks) against the gold main
event's event type, sub-type and inter1.

--rules N: N held-apart ACLED rows (evenly spaced over the file; see
``sitrep.evaluation.split``) through both the full rule pipeline (first event)
and the model: accuracy of each by gold event type, and the model's accuracy
and coverage above probability thresholds, for deciding when the model should
override the rules.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from common import base_parser, data_file

from sitrep.evaluation.split import is_held_apart
from sitrep.events import classifier

SAMPLES = [
    "Hundreds of students rallied outside the parliament to demand lower fees.",
    "Police fired tear gas to disperse a crowd that had blocked the highway.",
    "Two soldiers were killed when their patrol came under fire from militants.",
    "A drone strike hit a vehicle carrying three fighters east of the town.",
    "Armed men abducted a priest from his parish on Sunday night.",
    "The rebels seized control of the district headquarters after a night of fighting.",
    "Villagers lynched a man accused of stealing a goat.",
    "The army defused an explosive device planted near the market.",
]
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def load_times(repeat: int) -> list[tuple[float, float]]:
    """(import seconds, load seconds) of fresh processes: the import of sitrep.events, then
    the model's first load."""
    code = ("import time; t = time.perf_counter(); from sitrep.events import classifier;"
            "u = time.perf_counter(); classifier.load(); v = time.perf_counter();"
            "print(u - t, v - u)")
    out = []
    for _ in range(repeat):
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             check=True)
        first, second = run.stdout.split()
        out.append((float(first), float(second)))
    return out


def per_text_cost(repeat: int) -> tuple[float, float]:
    model = classifier.default_model()
    texts = SAMPLES * 25
    start = time.perf_counter()
    for _ in range(repeat):
        model.predict(texts)
    batch = (time.perf_counter() - start) / (repeat * len(texts))
    start = time.perf_counter()
    for _ in range(repeat):
        for text in SAMPLES:
            model.predict([text])
    single = (time.perf_counter() - start) / (repeat * len(SAMPLES))
    return batch * 1000, single * 1000


def realnews(data: Path) -> None:
    articles = data_file(data, "realnews-dev/articles.jsonl")
    gold_file = data_file(data, "realnews-dev/gold.jsonl")
    if articles is None or gold_file is None:
        return
    texts = {a["id"]: a["text"] for a in map(json.loads, articles.open(encoding="utf-8"))}
    golds = [g for g in map(json.loads, gold_file.open(encoding="utf-8")) if g["events"]]
    leads = []
    for g in golds:
        sentences = [s for s in _SENTENCE.split(texts[g["id"]]) if s.strip()]
        leads.append(" ".join(sentences[:2]))
    preds = classifier.predict(leads)
    hits: Counter[str] = Counter()
    for g, p in zip(golds, preds, strict=True):
        first = g["events"][0]
        hits["event_type"] += p.event_type == first["event_type"]
        hits["sub_event_type"] += p.sub_event_type == first["sub_event_type"]
        hits["sub_in_top3"] += any(s == first["sub_event_type"] for s, _ in p.ranked)
        hits["inter1"] += p.inter1 == int(first["inter1"])
        print(f"  {g['id']}: gold {first['sub_event_type']} / {first['inter1']}; model "
              f"{p.sub_event_type} ({p.probability:.2f}) / {p.inter1}")
    n = len(golds)
    print(f"realnews-dev, first two sentences of {n} articles with events: "
          + ", ".join(f"{k} {v / n:.3f}" for k, v in hits.items()))


def rules(data: Path, n: int) -> None:
    path = data_file(data, "acled-train/acled-train.csv.gz")
    if path is None:
        return
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if is_held_apart(r["event_id_cnty"])]
    rows.sort(key=lambda r: r["event_id_cnty"])
    step = max(1, len(rows) // n)
    rows = rows[::step][:n]
    import sitrep

    pipe = sitrep.build_pipeline()
    arts = [sitrep.Article(text=r["notes"], published=r["event_date"]) for r in rows]
    done = {id(a) for a in pipe.run(arts)}  # articles are filled in place; failures skipped
    ruled = [a.events[0] if id(a) in done and a.events else None for a in arts]
    preds = classifier.predict([r["notes"] for r in rows])
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    for r, rule, p in zip(rows, ruled, preds, strict=True):
        c = by_type[r["event_type"]]
        c["n"] += 1
        c["rules"] += rule is not None and rule.event_type == r["event_type"]
        c["model"] += p.event_type == r["event_type"]
        c["rules_sub"] += rule is not None and rule.sub_event_type == r["sub_event_type"]
        c["model_sub"] += p.sub_event_type == r["sub_event_type"]
        c["rules_inter1"] += rule is not None and str(rule.inter1) == r["inter1"]
        c["model_inter1"] += str(p.inter1) == r["inter1"]
    print(f"held-apart ACLED rows: {len(rows)}; event type / sub-type / inter1 accuracy")
    print(f"  {'gold event type':30} {'n':>5} {'rules':>17} {'model':>17}")
    total: Counter[str] = Counter()
    for name, c in sorted(by_type.items()) + [("all", total)]:
        if name != "all":
            total.update(c)
        k = c["n"] or 1
        print(f"  {name:30} {c['n']:5} {c['rules'] / k:5.2f} {c['rules_sub'] / k:5.2f} "
              f"{c['rules_inter1'] / k:5.2f} {c['model'] / k:5.2f} {c['model_sub'] / k:5.2f} "
              f"{c['model_inter1'] / k:5.2f}")
    print("  model probability >= t: share of rows, model / rules event-type accuracy there")
    for t in THRESHOLDS:
        chosen = [(r, rule, p) for r, rule, p in zip(rows, ruled, preds, strict=True)
                  if p.event_type_probability >= t]
        k = len(chosen) or 1
        model_ok = sum(p.event_type == r["event_type"] for r, _, p in chosen)
        rules_ok = sum(rule is not None and rule.event_type == r["event_type"]
                       for r, rule, _ in chosen)
        print(f"  t={t:.1f}: {len(chosen) / len(rows):.2f} of rows, "
              f"{model_ok / k:.3f} / {rules_ok / k:.3f}")


def main() -> int:
    parser = base_parser(__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--realnews", action="store_true")
    parser.add_argument("--rules", type=int, default=0)
    args = parser.parse_args()
    times = load_times(args.repeat)
    loads = [t[1] for t in times]
    info = classifier.model_info()
    print(f"model {info['name']} v{info['version']}: {info['size_bytes'] / 1e6:.1f} MB; "
          f"load in a fresh process {statistics.median(loads):.3f} s "
          f"(median of {len(loads)}, max {max(loads):.3f} s), after importing "
          f"sitrep.events in {statistics.median(t[0] for t in times):.3f} s")
    batch, single = per_text_cost(args.repeat)
    print(f"predict: {batch:.3f} ms per text in a batch of {len(SAMPLES) * 25}, "
          f"{single:.3f} ms one at a time")
    if args.realnews:
        realnews(args.data)
    if args.rules:
        rules(args.data, args.rules)
    return 0


if __name__ == "__main__":
    sys.exit(main())
