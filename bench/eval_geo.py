"""Toponym recognition and resolution of sitrep's places stage on GeoWebNews / GeoVirus.

Usage: .venv/bin/python bench/eval_geo.py [--corpus gwn|geovirus] [--limit N] [--errors N]

Runs the dateline, entities and places stages over each article and matches
the predicted places to the gold toponyms one-to-one by overlapping character
offsets (largest overlap first). Reports toponym precision, recall and F1,
and, for matched pairs where both sides have coordinates, the distance error
(median, mean, share within 161 km = 100 miles).

Gold toponyms: in GeoWebNews (GWN.xml), every annotation that carries
coordinates (literal and associative toponyms: Literal, Literal_Modifier,
Mixed, Coercion, Embedded_Literal, Metonymic, Non_Literal_Modifier,
Embedded_Non_Lit). Annotations without coordinates (Demonym, Non_Toponym,
Literal_Expression, ...) are not gold; a prediction overlapping one counts as
a false positive but is tallied apart. Recall is also given per type and for
the literal types alone, and the distance error per kind of predicted
place (country, admin region, town, other): the gold coordinates of a
country or region are one point chosen by the annotators, so a large error
there can be a different choice of centre rather than a wrong place.

In GeoVirus every <location> is gold; its offsets are one character too far
right, so each gold span is re-anchored on its name within a few characters.
"""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from common import (
    base_parser,
    best_pairs,
    build_stages,
    data_file,
    distance_stats,
    haversine_km,
    prf,
    progress,
    report,
)

CORPORA = {"gwn": "geoparsing/GWN.xml", "geovirus": "geoparsing/GeoVirus.xml"}
LITERAL = frozenset({"Literal", "Literal_Modifier", "Mixed", "Coercion", "Embedded_Literal"})


@dataclass(slots=True)
class Gold:
    name: str
    start: int
    end: int
    kind: str
    lat: float | None
    lon: float | None

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None


def _float(node: ET.Element, tag: str) -> float | None:
    child = node.find(tag)
    return float(child.text) if child is not None and child.text else None


def _anchor(text: str, name: str, start: int, end: int, slack: int = 3) -> tuple[int, int]:
    """The gold span moved onto ``name`` when the given offsets are a few characters off."""
    if text[start:end] == name:
        return start, end
    for shift in sorted(range(-slack, slack + 1), key=abs):
        if text[start + shift:start + shift + len(name)] == name:
            return start + shift, start + shift + len(name)
    return start, end


def read_gwn(path: Path) -> Iterator[tuple[str, list[Gold]]]:
    for art in ET.parse(path).getroot().iter("article"):
        text = art.findtext("text") or ""
        golds = []
        for top in art.iter("toponym"):
            name = top.findtext("extractedName") or ""
            start, end = _anchor(text, name, int(top.findtext("start")), int(top.findtext("end")))
            golds.append(Gold(name, start, end, top.findtext("type") or "",
                              _float(top, "latitude"), _float(top, "longitude")))
        yield text, golds


def read_geovirus(path: Path) -> Iterator[tuple[str, list[Gold]]]:
    for art in ET.parse(path).getroot().iter("article"):
        text = art.findtext("text") or ""
        golds = []
        for loc in art.iter("location"):
            name = loc.findtext("name") or ""
            start, end = _anchor(text, name, int(loc.findtext("start")), int(loc.findtext("end")))
            golds.append(Gold(name, start, end, "Location", _float(loc, "lat"), _float(loc, "lon")))
        yield text, golds


def match(preds: list[Any], golds: list[Gold]) -> list[tuple[Any, Gold]]:
    """One-to-one pairs of overlapping spans, the largest overlaps first."""
    pairs = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            overlap = min(p.end, g.end) - max(p.start, g.start)
            if overlap > 0:
                pairs.append((overlap, i, j))
    return best_pairs(pairs, preds, golds)


def evaluate(docs: list[tuple[str, list[Gold]]], *, quiet: bool) -> tuple[dict, dict]:
    from sitrep.records import Article

    pipe = build_stages("dateline", "entities", "places")
    articles = [Article(text=text) for text, _ in docs]
    started = time.perf_counter()
    done = list(progress(pipe.run(articles), total=len(articles), label="articles", quiet=quiet))
    elapsed = time.perf_counter() - started
    by_id = {a.id: a for a in done}

    tp = n_pred = n_gold = 0
    gold_types: Counter[str] = Counter()
    found_types: Counter[str] = Counter()
    fp_kinds: Counter[str] = Counter()
    errors: list[float] = []
    by_class: dict[str, list[float]] = {}
    ex: dict[str, Counter[str] | list] = {"missed": Counter(), "spurious": Counter(), "far": []}
    for article, (_, golds) in zip(articles, docs, strict=True):
        result = by_id.get(article.id)
        if result is None:  # the pipeline failed on it; count its gold as missed
            preds = []
        else:
            seen: dict[tuple[int, int], Any] = {}
            for place in result.places:
                seen.setdefault((place.start, place.end), place)
            preds = list(seen.values())
        located = [g for g in golds if g.located]
        others = [g for g in golds if not g.located]
        pairs = match(preds, located)
        matched_p = {id(p) for p, _ in pairs}
        matched_g = {id(g) for _, g in pairs}
        tp += len(pairs)
        n_pred += len(preds)
        n_gold += len(located)
        gold_types.update(g.kind for g in located)
        found_types.update(g.kind for _, g in pairs)
        for p, g in pairs:
            if p.latitude is None or p.longitude is None:
                continue
            km = haversine_km(p.latitude, p.longitude, g.lat, g.lon)
            errors.append(km)
            by_class.setdefault(_feature_class(p.feature_code), []).append(km)
            ex["far"].append((round(km), g.name, f"{p.name}, {p.country_code} ({p.feature_code})"))
        for g in located:
            if id(g) not in matched_g:
                ex["missed"][g.name] += 1
        for p in preds:
            if id(p) in matched_p:
                continue
            hit = [g.kind for g in others if min(p.end, g.end) > max(p.start, g.start)]
            fp_kinds[hit[0] if hit else "unannotated"] += 1
            ex["spurious"][f"{p.text} -> {p.name}, {p.country_code}"] += 1

    literal_gold = sum(v for k, v in gold_types.items() if k in LITERAL)
    literal_found = sum(v for k, v in found_types.items() if k in LITERAL)
    metrics: dict[str, Any] = {
        "articles": len(docs),
        "failed": len(docs) - len(done),
        "gold_toponyms": n_gold,
        "predicted": n_pred,
        "matched": tp,
        **prf(tp, n_pred, n_gold),
        "geocoding": distance_stats(errors),
        "geocoding_by_class": {
            k: "n={n} median={median_km} km acc@161={acc@161km}".format(**distance_stats(v))
            for k, v in sorted(by_class.items(), key=lambda kv: -len(kv[1]))
        },
        "articles_per_s": round(len(done) / elapsed, 2) if elapsed else None,
    }
    if literal_gold and len(gold_types) > 1:
        metrics["recall_literal"] = round(literal_found / literal_gold, 4)
        metrics["recall_by_type"] = {
            k: f"{found_types[k]}/{v} = {found_types[k] / v:.2f}"
            for k, v in gold_types.most_common()
        }
        metrics["false_positives_by_overlap"] = dict(fp_kinds.most_common())
    return metrics, ex


def _feature_class(code: str | None) -> str:
    """country (PCL*), admin (ADM*), town (PPL*) or other, from a GeoNames feature code."""
    code = code or ""
    for prefix, name in (("PCL", "country"), ("ADM", "admin"), ("PPL", "town")):
        if code.startswith(prefix):
            return name
    return "other"


def main() -> None:
    parser = base_parser(__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="gwn")
    parser.add_argument("--limit", type=int, default=0, help="first N articles only (0: all)")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="also list the N commonest misses, false hits and worst errors")
    args = parser.parse_args()

    path = data_file(args.data, CORPORA[args.corpus])
    if path is None:
        return
    reader = read_gwn if args.corpus == "gwn" else read_geovirus
    docs = list(reader(path))
    if args.limit:
        docs = docs[:args.limit]
    metrics, ex = evaluate(docs, quiet=args.quiet)
    if args.errors:
        n = args.errors
        metrics["examples"] = {
            "missed": [f"{k} ({v})" for k, v in ex["missed"].most_common(n)],
            "spurious": [f"{k} ({v})" for k, v in ex["spurious"].most_common(n)],
            "worst_km": [f"{g} -> {p}: {km} km" for km, g, p in sorted(ex["far"])[::-1][:n]],
        }
    report(f"geoparsing: {path.name}", metrics, as_json=args.json)


if __name__ == "__main__":
    main()
