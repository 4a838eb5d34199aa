"""Why sitrep's first event row misses ACLED's coded location, by class of miss.

Usage: .venv/bin/python bench/acled_locations.py [--limit 1000] [--examples N] [--json]

Runs the full pipeline over the fixed sample of held-apart ACLED rows that
``sitrep eval events --corpus acled --limit N`` scores, and sorts each first row
that is not within 25 km of the coded point into one class (the first that fits):

- ``no_event``: sitrep codes no event at all;
- ``no_coordinates``: the first row has no point and the places stage resolved no place
  in the text; ``no_coordinates_unused`` when it did resolve one;
- ``coder_note``: the text says where the coder put it ("coded as X", "coded to X");
- ``not_in_index``: no place of the coded location's name lies within 25 km of the
  coded point in the place index (lookup in the gold country);
- ``wrong_namesake``: the row is placed at a place of the coded location's name, but
  the wrong one of its namesakes;
- ``region_centre``: the row is placed at a region's or country's centre (geo_precision
  3, or the country's own point) while the coded point is a town in it;
- ``other_place_named``: the coded location is named in the text, another place was
  chosen;
- ``unnamed_place``: the coded location is not named in the text (the coder knew more).

The admin1 misses are sorted too: ``no_event``, ``no_coordinates``, ``naming`` (within
25 km but the admin1 name differs: a naming table is missing), ``wrong_place``; the
commonest (gold, predicted) admin1 pairs of the naming misses are listed.
Figures are shares of all sampled rows.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from typing import Any

from common import base_parser, data_file, haversine_km, report, share

from sitrep.evaluation import acled
from sitrep.evaluation.event_match import NEAR_KM
from sitrep.gazetteer import open_gazetteer
from sitrep.gazetteer.admin import same_place_name
from sitrep.records import Article
from sitrep.runner import Run

CODER_NOTE = re.compile(r"\bcoded\s+(?:as|to|at)\b", re.IGNORECASE)


def _float(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _named(location: str, notes: str) -> bool:
    """Whether the coded location (or its first part, "Bunia-Mudzipela") is in the text."""
    low = notes.casefold()
    parts = [location, *re.split(r"[-/(),]", location)[:1]]
    return any(len(p.strip()) > 2 and p.strip().casefold() in low for p in parts)


class Classifier:
    def __init__(self) -> None:
        self.gazetteer = open_gazetteer()

    def country_code(self, gold: dict[str, Any]) -> str | None:
        return self.gazetteer.country_for_name(str(gold.get("country") or ""))

    def in_index(self, gold: dict[str, Any], lat: float, lon: float) -> bool:
        code = self.country_code(gold)
        name = str(gold.get("location") or "")
        for query in {name, re.split(r"[-/(,]", name)[0].strip()}:
            if not query:
                continue
            for cand in self.gazetteer.lookup(query, country_codes=[code] if code else [],
                                              limit=50):
                if haversine_km(lat, lon, cand.latitude, cand.longitude) <= NEAR_KM:
                    return True
        return False

    def at_centre(self, pred: dict[str, Any], gold: dict[str, Any]) -> bool:
        if (pred.get("geo_precision") or 0) >= 3:
            return True
        country = str(pred.get("country") or "")
        return bool(country) and str(pred.get("location") or "") == country

    def location_miss(self, row: acled.GoldRow, pred: dict[str, Any] | None,
                      resolved: int) -> str | None:
        gold = row.coding
        glat, glon = _float(gold.get("latitude")), _float(gold.get("longitude"))
        if pred is None:
            return "no_event"
        plat, plon = _float(pred.get("latitude")), _float(pred.get("longitude"))
        if plat is None or plon is None:
            return "no_coordinates_unused" if resolved else "no_coordinates"
        if glat is None or glon is None:
            return None
        if haversine_km(plat, plon, glat, glon) <= NEAR_KM:
            return None
        location = str(gold.get("location") or "")
        if CODER_NOTE.search(row.notes):
            return "coder_note"
        if not self.in_index(gold, glat, glon):
            return "not_in_index"
        if same_place_name(str(pred.get("location") or ""), location):
            return "wrong_namesake"
        if self.at_centre(pred, gold):
            return "region_centre"
        if _named(location, row.notes):
            return "other_place_named"
        return "unnamed_place"

    @staticmethod
    def admin1_miss(row: acled.GoldRow, pred: dict[str, Any] | None) -> str | None:
        gold = row.coding
        if pred is None:
            return "no_event"
        mine = str(pred.get("admin1") or "").strip().casefold()
        if mine and mine == str(gold.get("admin1") or "").strip().casefold():
            return None
        plat, plon = _float(pred.get("latitude")), _float(pred.get("longitude"))
        glat, glon = _float(gold.get("latitude")), _float(gold.get("longitude"))
        if plat is None or plon is None:
            return "no_coordinates"
        if glat is not None and glon is not None and \
                haversine_km(plat, plon, glat, glon) <= NEAR_KM:
            return "naming"
        return "wrong_place"


def main() -> None:
    parser = base_parser(__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=1000,
                        help="the fixed ACLED sample of N held-apart rows (0: all)")
    parser.add_argument("--examples", type=int, default=0, metavar="N",
                        help="also print N examples of each location-miss class")
    parser.add_argument("--pairs", type=int, default=15,
                        help="how many admin1 naming pairs to list")
    args = parser.parse_args()

    path = data_file(args.data, acled.FILE)
    if path is None:
        return
    rows = acled.sample(list(acled.read_held_apart(path)), args.limit)
    articles = [Article(text=r.notes, id=r.id, published=r.coding.get("event_date"))
                for r in rows]
    run = Run(settings=None)
    firsts: dict[str, dict[str, Any]] = {}
    resolved: Counter[str] = Counter()
    for article in run.process(articles):
        resolved[article.id] = sum(p.latitude is not None for p in article.places)
        if article.events:
            firsts[article.id] = dataclasses.asdict(article.events[0])
    classifier = Classifier()
    location: Counter[str] = Counter()
    admin: Counter[str] = Counter()
    pairs: Counter[tuple[str, str, str]] = Counter()
    examples: dict[str, list[str]] = {}
    for row in rows:
        pred = firsts.get(row.id)
        miss = classifier.location_miss(row, pred, resolved[row.id])
        if miss is not None:
            location[miss] += 1
            if len(examples.setdefault(miss, [])) < args.examples:
                got = (pred or {}).get("location"), (pred or {}).get("admin1")
                examples[miss].append(
                    f"{row.coding.get('location')} ({row.coding.get('admin1')}, "
                    f"{row.country}) <- {got}: {row.notes[:200]}")
        wrong = classifier.admin1_miss(row, pred)
        if wrong is not None:
            admin[wrong] += 1
            if wrong == "naming" and pred is not None:
                pairs[(row.country, str(row.coding.get("admin1")), str(pred.get("admin1")))] += 1
    n = len(rows)
    metrics: dict[str, Any] = {
        "rows": n,
        "within_25km": share(n - sum(location.values()), n),
        "location_misses": {k: share(v, n) for k, v in location.most_common()},
        "admin1": share(n - sum(admin.values()), n),
        "admin1_misses": {k: share(v, n) for k, v in admin.most_common()},
        "admin1_naming_pairs": {f"{c}: {g} <- {p}": k
                                for (c, g, p), k in pairs.most_common(args.pairs)},
    }
    report(f"ACLED location misses ({n} rows)", metrics, as_json=args.json)
    for name, lines in examples.items():
        print(f"\n== {name}")
        for line in lines:
            print("  " + line.replace("\n", " "))


if __name__ == "__main__":
    main()
