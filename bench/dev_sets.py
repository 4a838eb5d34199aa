"""Run the full pipeline over every development set of news and count stage failures.

Every news text in the gold-data folder becomes one article, exactly as the
evaluation scripts read it: realnews-dev (scraped pages), GeoWebNews and
GeoVirus, the PolNeAR dev split, the TimeML silver documents, UCDP GED source
headlines, a fixed sample of ACLED event descriptions (held-apart rows, spread
evenly) and the PLOVER sentences. Nothing is scored here; the script reports,
per set, how many articles went in, came out, failed in a stage (with the
stage and error) or were skipped by a limit, and exits 1 if any stage failed.

    .venv/bin/python bench/dev_sets.py [--sets realnews,ucdp,...] [--acled N]

Skips with a message when the data folder is absent.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from common import base_parser, data_file, progress

from sitrep.evaluation.split import is_held_apart
from sitrep.records import Article

_TAG = re.compile(r"<[^>]+>")
_DCT = re.compile(r'<DCT>.*?value="(\d{4}-\d{2}-\d{2})', re.S)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def realnews(data: Path) -> Iterator[Article]:
    path = data_file(data, "realnews-dev/articles.jsonl")
    for number, line in enumerate(path.open(encoding="utf-8") if path else [], 1):
        row = json.loads(line)
        yield Article(text=row["text"], published=row.get("published"), origin=f"realnews:{number}")


def _geo_xml(data: Path, name: str, label: str) -> Iterator[Article]:
    path = data_file(data, f"geoparsing/{name}")
    if path is None:
        return
    for number, node in enumerate(ET.parse(path).getroot().iter("article"), 1):
        text = node.findtext("text") or ""
        if text.strip():
            yield Article(text=text, origin=f"{label}:{number}")


def gwn(data: Path) -> Iterator[Article]:
    return _geo_xml(data, "GWN.xml", "gwn")


def geovirus(data: Path) -> Iterator[Article]:
    return _geo_xml(data, "GeoVirus.xml", "geovirus")


def polnear(data: Path) -> Iterator[Article]:
    folder = data_file(data, "polnear-dev/text")
    for path in sorted(folder.glob("*.txt")) if folder else []:
        found = _DAY.search(path.name.replace("_", " "))
        yield Article(text=path.read_text(encoding="utf-8"), origin=f"polnear:{path.name}",
                      published=found.group() if found else None)


def timeml(data: Path) -> Iterator[Article]:
    folder = data_file(data, "timeml-silver")
    for path in sorted(folder.glob("*.tml")) if folder else []:
        raw = path.read_text(encoding="utf-8")
        body = _TEXT.search(raw)
        dct = _DCT.search(raw)
        if body:
            yield Article(text=_TAG.sub("", body.group(1)), origin=f"timeml:{path.name}",
                          published=dct.group(1) if dct else None)


def ucdp(data: Path) -> Iterator[Article]:
    path = data_file(data, "ucdp-ged-ukraine-2014-2021/conflict_data_ukr.csv")
    seen: dict[str, None] = {}
    with path.open(encoding="utf-8", newline="") if path else open("/dev/null") as fh:
        for row in csv.DictReader(fh) if path else []:
            headline = (row.get("source_headline") or "").strip()
            if not headline or headline.startswith("#") or headline in seen:
                continue
            seen[headline] = None
            pieces = dict.fromkeys(p.strip() for p in headline.split(";") if p.strip())
            day = _DAY.match(row.get("source_date", "")) or _DAY.match(row.get("date_start", ""))
            yield Article(text="\n\n".join(pieces), published=day.group() if day else None,
                          origin=f"ucdp:{len(seen)}")


def acled(data: Path, limit: int) -> Iterator[Article]:
    path = data_file(data, "acled-train/acled-train.csv.gz")
    if path is None:
        return
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if is_held_apart(r["event_id_cnty"])]
    step = max(len(rows) / limit, 1.0) if limit else 1.0
    picked = [rows[int(i * step)] for i in range(min(limit or len(rows), len(rows)))]
    for row in picked:
        yield Article(text=row["notes"], published=row["event_date"][:10] or None,
                      origin=f"acled:{row['event_id_cnty']}")


def plover(data: Path) -> Iterator[Article]:
    path = data_file(data, "plover-gsr/PLOVER_GSR_CAMEO.txt")
    for record in json.loads(path.read_text(encoding="utf-8")) if path else []:
        text = record.get("text") or ""
        day = _DAY.fullmatch(record.get("date") or "")
        yield Article(text=text, published=day.group() if day else None,
                      origin=f"plover:{record['id']}")


def main() -> int:
    parser = base_parser(__doc__.splitlines()[0])
    parser.add_argument("--sets", default="realnews,gwn,geovirus,polnear,timeml,ucdp,acled,plover",
                        help="comma-separated sets to run (default: all)")
    parser.add_argument("--acled", type=int, default=3000,
                        help="how many held-apart ACLED descriptions (default 3000; 0 = all)")
    parser.add_argument("--output", type=Path,
                        help="also write every processed article here (contract JSONL), e.g. to "
                             "compare runs under different PYTHONHASHSEED or SITREP_BATCH_SIZE")
    args = parser.parse_args()
    if data_file(args.data, ".") is None:
        return 0
    from sitrep.runner import Run

    readers: dict[str, Callable[[Path], Iterator[Article]]] = {
        "realnews": realnews, "gwn": gwn, "geovirus": geovirus, "polnear": polnear,
        "timeml": timeml, "ucdp": ucdp, "acled": lambda d: acled(d, args.acled), "plover": plover,
    }
    from sitrep.output.exporters import write_jsonl

    run = Run()
    sink = args.output.open("w", encoding="utf-8") if args.output else None
    totals: dict[str, dict[str, int]] = {}
    classes: Counter[str] = Counter()
    failed_before = 0
    for name in [s.strip() for s in args.sets.split(",") if s.strip()]:
        articles = [a for a in readers[name](args.data) if a.text.strip()]
        done = list(run.process(progress(articles, label=name, quiet=args.quiet)))
        out = len(done)
        if sink is not None:
            write_jsonl(done, sink)
        failures = run.stats.failures[failed_before:]
        failed_before = len(run.stats.failures)
        for failure in failures:
            classes[f"{failure.stage}: {failure.error.split(':')[0]}"] += 1
            print(f"{failure.article.origin}: {failure.stage}: {failure.error}", file=sys.stderr)
        limited = sum(f.limit for f in failures)
        totals[name] = {"in": len(articles), "out": out, "failed": len(failures) - limited,
                        "over_limit": limited}
    if sink is not None:
        sink.close()
    if args.json:
        print(json.dumps({"sets": totals, "failure_classes": dict(sorted(classes.items()))}))
    else:
        for name, row in totals.items():
            print(f"{name:10} in {row['in']:6}  out {row['out']:6}  failed {row['failed']}  "
                  f"over a limit {row['over_limit']}")
        for what, count in sorted(classes.items()):
            print(f"  {count:5}  {what}")
    return 1 if any(row["failed"] or row["in"] != row["out"] for row in totals.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
