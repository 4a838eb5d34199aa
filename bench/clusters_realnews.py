"""Do real reports of one happening share a cluster? Measured on realnews-dev.

Usage: .venv/bin/python bench/clusters_realnews.py [--data DIR] [--json] [--quiet]

Extracts every article of ``realnews-dev`` (in ``../shared/data``), stores it
in a throwaway store, and clusters it as ``sitrep ingest`` does. Gold: the
``happening`` label that the set gives to reports of one happening by several
outlets; every other article is its own happening. Prints, over the articles'
main (most salient) events, the pairwise precision, recall and F1, and for
each labelled happening whether its reports share a cluster; then every
cluster that joins reports of different gold happenings.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from common import base_parser, data_file, report

from sitrep.clusters import cluster_new
from sitrep.evaluation.clusters import pairwise
from sitrep.readers import ReadReport, read_inputs
from sitrep.runner import Run
from sitrep.store.database import Store


def main() -> None:
    args = base_parser(__doc__.splitlines()[0]).parse_args()
    articles_path = data_file(args.data, "realnews-dev/articles.jsonl")
    if articles_path is None:
        return
    gold_path = data_file(args.data, "realnews-dev/gold.jsonl")
    if gold_path is None:
        return
    gold: dict[str, str] = {}
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        gold[row["id"]] = row.get("happening") or row["id"]
    run = Run()
    articles = list(run.process(read_inputs([str(articles_path)], report=ReadReport()),
                                progress=not args.quiet))
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "r.db") as store:
        store.add_many(articles)
        cluster_new(store.conn)
        links = dict(store.conn.execute("SELECT event_id, cluster_id FROM cluster_events"))
    main_cluster = {a.id: links[a.events[0].event_id] for a in articles if a.events}
    scores = pairwise(main_cluster, gold)
    labelled: dict[str, list[str]] = {}
    for article_id, happening in sorted(gold.items()):
        if happening != article_id:
            labelled.setdefault(happening, []).append(article_id)
    metrics: dict[str, Any] = {"pairwise": {k: round(v, 4) if isinstance(v, float) else v
                                            for k, v in scores.items()}}
    metrics["happenings"] = {
        h: {"reports": ids, "shared": len({main_cluster.get(i) for i in ids}) == 1
            and all(i in main_cluster for i in ids),
            "clusters": [main_cluster.get(i) for i in ids]}
        for h, ids in labelled.items()
    }  # fmt: skip
    by_cluster: dict[str, set[str]] = {}
    for article_id, cluster in main_cluster.items():
        by_cluster.setdefault(cluster, set()).add(gold[article_id])
    metrics["mixed_clusters"] = sorted(
        [sorted(h) for h in by_cluster.values() if len(h) > 1])
    report("clusters on realnews-dev (main events)", metrics, as_json=args.json)
    print(f"{len(articles)} articles, {len(main_cluster)} with an event", file=sys.stderr)


if __name__ == "__main__":
    main()
