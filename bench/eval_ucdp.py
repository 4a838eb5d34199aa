"""Events, fatalities and locations of the full pipeline on UCDP GED headlines (Ukraine 2014-21).

Usage: .venv/bin/python bench/eval_ucdp.py [--limit 500] [--min-words 4] [--errors N]

UCDP GED gives, for each event, the headlines of its source reports in
`source_headline`, joined with ";" when there are several. Rows sharing the
same `source_headline` are grouped, and each distinct value becomes one
article: its pieces, split on ";" and de-duplicated, are written one per
paragraph (a "." added where a piece has no final stop); `published` is the
first `source_date` (falling back to `date_start`). Many values are bare
village or person names ("Novokaterynivka") from which no event can be read;
a value is skipped unless one of its pieces has at least --min-words words
(0 keeps all). --limit N takes N of the remaining values evenly spaced over
the file (which runs 2014 to 2021); 0 (the default) takes all: the texts are
short, so all 1,161 take about 10 s on 2 cores.

Every UCDP event has at least one death. For each article, with E = the first
(most salient) event sitrep returns, and "any of its rows" meaning any UCDP
row with that headline, the script reports the share of articles:

- with_event: at least one event;
- fatalities_ok: E.fatalities within [low, high] (or equal to best) of any row;
- killed_count: a count of category "killed" was found;
- admin1_ok: E.admin1 equals a row's adm_1, names normalised ("Donetsk oblast"
  = "Donetsk", "Kiev Special Republican city" = "Kyiv City", Lugansk = Luhansk);
  only over articles whose rows give an adm_1;
- date_ok: E.event_date within [date_start, date_end] of any row;

and the distance from E to the nearest row's coordinates (median, mean, share
within 50 km), the event types of E, and articles/s of the full pipeline.
"""

from __future__ import annotations

import csv
import re
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from common import base_parser, data_file, distance_stats, haversine_km, progress, report, share

CSV = "ucdp-ged-ukraine-2014-2021/conflict_data_ukr.csv"
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: Old or Russian-style spellings UCDP uses, to the ones ACLED uses.
SPELLINGS = {"kiev": "kyiv", "lugansk": "luhansk", "odessa": "odesa", "kharkov": "kharkiv",
             "zaporozhye": "zaporizhia", "zaporizhzhia": "zaporizhia", "nikolaev": "mykolaiv"}
ADMIN_WORDS = re.compile(r"\b(oblast|region|province|special republican city|city|"
                         r"autonomous republic of|republic of)\b")


@dataclass(slots=True)
class Case:
    headline: str
    rows: list[dict[str, str]] = field(default_factory=list)

    def text(self) -> str:
        pieces = dict.fromkeys(p.strip() for p in self.headline.split(";") if p.strip())
        return "\n\n".join(p if p[-1] in ".!?\"”'" else p + "." for p in pieces)

    def published(self) -> str | None:
        first = self.rows[0]
        for value in (first["source_date"].split(";")[0], first["date_start"]):
            found = DATE.match(value.strip())
            if found:
                return found.group()
        return None

    def longest_piece(self) -> int:
        return max(len(p.split()) for p in self.headline.split(";"))


def read_cases(path: Path) -> list[Case]:
    """The distinct headlines, in file order, each with its UCDP rows."""
    cases: dict[str, Case] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if any(v.startswith("#") for v in row.values() if v):  # the HXL tag row
                continue
            headline = row["source_headline"].strip()
            if headline:
                cases.setdefault(headline, Case(headline)).rows.append(row)
    return list(cases.values())


def norm_admin(name: str | None) -> str:
    """A comparable admin1 name: lowercase, no accents, no "oblast"/"city"."""
    text = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    text = ADMIN_WORDS.sub(" ", text).replace("'", "")
    text = " ".join(text.split())
    return SPELLINGS.get(text, text)


def _int(value: str) -> int | None:
    return int(value) if value.strip().lstrip("-").isdigit() else None


def fatalities_ok(event: Any, rows: list[dict[str, str]]) -> bool:
    for row in rows:
        low, high, best = _int(row["low"]), _int(row["high"]), _int(row["best"])
        if event.fatalities == best or (low is not None and high is not None
                                        and low <= event.fatalities <= high):
            return True
    return False


def date_ok(event: Any, rows: list[dict[str, str]]) -> bool:
    day = event.event_date or ""
    return any(row["date_start"][:10] <= day <= row["date_end"][:10] for row in rows)


def select(cases: list[Case], limit: int, min_words: int) -> tuple[list[Case], int]:
    kept = [c for c in cases if c.longest_piece() >= min_words]
    skipped = len(cases) - len(kept)
    if limit and len(kept) > limit:
        step = len(kept) / limit
        kept = [kept[int(i * step)] for i in range(limit)]
    return kept, skipped


def evaluate(cases: list[Case], *, quiet: bool) -> tuple[dict[str, Any], dict[str, list[str]]]:
    from sitrep.pipeline import build_pipeline
    from sitrep.records import Article

    pipe = build_pipeline()
    articles = [Article(text=c.text(), published=c.published(), origin=f"ucdp:{c.rows[0]['id']}")
                for c in cases]
    started = time.perf_counter()
    done = list(progress(pipe.run(articles), total=len(articles), label="headlines", quiet=quiet))
    elapsed = time.perf_counter() - started
    by_id = {a.id: a for a in done}

    n: Counter[str] = Counter()
    types: Counter[str] = Counter()
    km: list[float] = []
    ex: dict[str, list[str]] = {"no_event": [], "fatalities": [], "admin1": [], "far": [],
                                 "date": []}
    for article, case in zip(articles, cases, strict=True):
        result = by_id.get(article.id)
        gold_admin = {norm_admin(r["adm_1"]) for r in case.rows if r["adm_1"].strip()}
        short = case.headline[:100]
        n["killed_count"] += bool(result) and any(c.category == "killed" for c in result.counts)
        if not result or not result.events:
            ex["no_event"].append(short)
            continue
        event = result.events[0]
        n["with_event"] += 1
        types[f"{event.event_type} / {event.sub_event_type}"] += 1
        if fatalities_ok(event, case.rows):
            n["fatalities_ok"] += 1
        else:
            gold = "/".join(sorted({f"{r['low']}-{r['high']}" for r in case.rows}))
            ex["fatalities"].append(f"{short!r}: got {event.fatalities}, UCDP {gold}")
        if date_ok(event, case.rows):
            n["date_ok"] += 1
        else:
            ex["date"].append(f"{short!r}: got {event.event_date} ({article.published}), UCDP "
                              f"{case.rows[0]['date_start'][:10]}..{case.rows[0]['date_end'][:10]}")
        if gold_admin:
            n["admin1_cases"] += 1
            if norm_admin(event.admin1) in gold_admin:
                n["admin1_ok"] += 1
            else:
                ex["admin1"].append(f"{short!r}: got {event.admin1!r} ({event.location!r}), "
                                    f"UCDP {sorted(gold_admin)}")
        if event.latitude is not None and event.longitude is not None:
            dists = [haversine_km(event.latitude, event.longitude, float(r["latitude"]),
                                  float(r["longitude"])) for r in case.rows if r["latitude"]]
            if dists:
                km.append(min(dists))
                if km[-1] > 50:
                    ex["far"].append(f"{short!r}: {event.location!r} {round(km[-1])} km "
                                     f"from {case.rows[0]['where_coordinates']!r}")

    total = len(cases)
    metrics: dict[str, Any] = {
        "headlines": total,
        "failed": total - len(done),
        "with_event": share(n["with_event"], total),
        "fatalities_ok": share(n["fatalities_ok"], total),
        "fatalities_ok_given_event": share(n["fatalities_ok"], n["with_event"]),
        "killed_count": share(n["killed_count"], total),
        "admin1_ok": share(n["admin1_ok"], n["admin1_cases"]),
        "date_ok_given_event": share(n["date_ok"], n["with_event"]),
        "distance": distance_stats(km, within=50.0),
        "event_types": {k: share(v, n["with_event"]) for k, v in types.most_common(6)},
        "articles_per_s": round(len(done) / elapsed, 2) if elapsed else None,
    }
    return metrics, ex


def main() -> None:
    parser = base_parser(__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0,
                        help="distinct headlines to run, evenly spaced (default 0: all)")
    parser.add_argument("--min-words", type=int, default=4,
                        help="skip headlines none of whose pieces has this many words (0: keep)")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="also list N examples of each kind of miss")
    args = parser.parse_args()

    path = data_file(args.data, CSV)
    if path is None:
        return
    cases, skipped = select(read_cases(path), args.limit, args.min_words)
    metrics, ex = evaluate(cases, quiet=args.quiet)
    metrics = {"skipped_bare_names": skipped, **metrics}
    if args.errors:
        metrics["examples"] = {k: v[:: max(1, len(v) // args.errors)][:args.errors]
                               for k, v in ex.items()}
    report("UCDP GED Ukraine headlines", metrics, as_json=args.json)


if __name__ == "__main__":
    main()
