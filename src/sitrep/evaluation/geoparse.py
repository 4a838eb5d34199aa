"""Scoring toponym recognition and resolution against gold toponyms with coordinates.

Predicted places and gold toponyms (:mod:`~sitrep.evaluation.geo_corpora`) are paired
one-to-one by overlapping character offsets, the largest overlaps first. Measured:

- toponym **precision, recall, F1** over the gold toponyms that carry coordinates;
- the **geocoding error** of the pairs whose place has coordinates (median, mean and
  acc@161 km over the found toponyms: the long-standing figures), and **acc@161 km
  over all gold toponyms**, where a toponym not found or not resolved is a miss;
- each **miss** (a gold toponym not resolved within 161 km) in one class:
  ``not_recognised`` (no place mention overlaps it: not read as a place at all),
  ``no_candidate`` (a mention, but the gazetteer has no place of that name),
  ``candidate_rejected`` (the gazetteer has places of that name, but none was kept),
  ``span_mismatch`` (a place overlaps it but was paired with another gold toponym:
  one span covering two names), ``resolved_far`` (resolved more than 161 km away:
  a wrong namesake, or for a country or a large region often another choice of
  centre), ``no_coordinates`` (resolved to a place without coordinates);
- ``other_span`` counts the found toponyms whose span differs from the gold one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..places.distance import distance_km
from .geo_corpora import LITERAL, Toponym
from .measures import distance_stats, prf, ratio

__all__ = ["FAR_KM", "MISS_CLASSES", "Recognised", "Predicted", "DocumentResult",
           "pair_spans", "score_documents"]

FAR_KM = 161.0  # 100 miles, the customary geoparsing threshold
MISS_CLASSES = ("not_recognised", "no_candidate", "candidate_rejected", "span_mismatch",
                "resolved_far", "no_coordinates")


class Predicted(Protocol):
    """What scoring needs of a predicted place (a :class:`sitrep.records.Place` fits)."""

    text: str
    start: int
    end: int
    name: str
    latitude: float | None
    longitude: float | None
    country_code: str | None
    feature_code: str | None


@dataclass(frozen=True, slots=True)
class Recognised:
    """A span read as a place name, and whether the gazetteer has any place of that name."""

    start: int
    end: int
    candidates: bool


@dataclass(slots=True)
class DocumentResult:
    """One document: its gold toponyms, the places predicted and the spans read as places."""

    toponyms: Sequence[Toponym]
    places: Sequence[Predicted] = ()
    recognised: Sequence[Recognised] = ()
    failed: bool = False


def _overlap(a: Any, b: Any) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def pair_spans(preds: Sequence[Any], golds: Sequence[Any]) -> list[tuple[int, int]]:
    """(prediction, gold) index pairs, one-to-one, overlapping, the largest overlaps first.

    Equal overlaps go to the earlier prediction, then the earlier gold toponym.
    """
    scored = [(_overlap(p, g), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds)]
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for size, i, j in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        if size > 0 and i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def feature_class(code: str | None) -> str:
    """country (PCL*), admin (ADM*), town (PPL*) or other, from a GeoNames feature code."""
    code = code or ""
    for prefix, name in (("PCL", "country"), ("ADM", "admin"), ("PPL", "town")):
        if code.startswith(prefix):
            return name
    return "other"


@dataclass
class _Tally:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0
    hits: int = 0
    other_span: int = 0
    errors: list[float] = field(default_factory=list)
    by_class: dict[str, list[float]] = field(default_factory=dict)
    misses: Counter[str] = field(default_factory=Counter)
    gold_types: Counter[str] = field(default_factory=Counter)
    found_types: Counter[str] = field(default_factory=Counter)
    fp_kinds: Counter[str] = field(default_factory=Counter)
    missed: Counter[str] = field(default_factory=Counter)
    spurious: Counter[str] = field(default_factory=Counter)
    far: list[tuple[float, str, str]] = field(default_factory=list)


def _miss_class(gold: Toponym, preds: Sequence[Predicted],
                recognised: Sequence[Recognised]) -> str:
    if any(_overlap(p, gold) > 0 for p in preds):
        return "span_mismatch"
    spans = [r for r in recognised if _overlap(r, gold) > 0]
    if not spans:
        return "not_recognised"
    return "candidate_rejected" if any(r.candidates for r in spans) else "no_candidate"


def _score_one(doc: DocumentResult, t: _Tally) -> None:
    seen: dict[tuple[int, int], Predicted] = {}
    for place in doc.places:
        seen.setdefault((place.start, place.end), place)
    preds = list(seen.values())
    located = [g for g in doc.toponyms if g.located]
    others = [g for g in doc.toponyms if not g.located]
    pairs = pair_spans(preds, located)
    t.tp += len(pairs)
    t.n_pred += len(preds)
    t.n_gold += len(located)
    t.gold_types.update(g.kind for g in located)
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    for i, j in pairs:
        p, g = preds[i], located[j]
        t.found_types[g.kind] += 1
        t.other_span += (p.start, p.end) != (g.start, g.end)
        if p.latitude is None or p.longitude is None or g.lat is None or g.lon is None:
            t.misses["no_coordinates"] += 1
            continue
        km = distance_km(p.latitude, p.longitude, g.lat, g.lon)
        t.errors.append(km)
        t.by_class.setdefault(feature_class(p.feature_code), []).append(km)
        t.far.append((km, g.name, f"{p.name}, {p.country_code} ({p.feature_code})"))
        if km <= FAR_KM:
            t.hits += 1
        else:
            t.misses["resolved_far"] += 1
    for j, g in enumerate(located):
        if j not in matched_g:
            t.missed[g.name] += 1
            t.misses[_miss_class(g, preds, doc.recognised)] += 1
    for i, p in enumerate(preds):
        if i not in matched_p:
            kinds = [g.kind for g in others if _overlap(p, g) > 0]
            t.fp_kinds[kinds[0] if kinds else "unannotated"] += 1
            t.spurious[f"{p.text} -> {p.name}, {p.country_code}"] += 1


def score_documents(docs: Sequence[DocumentResult], *, examples: int = 0) -> dict[str, Any]:
    """The geoparsing measures over ``docs`` (see the module notes)."""
    t = _Tally()
    for doc in docs:
        _score_one(doc, t)
    found = distance_stats(t.errors, within=FAR_KM)
    total_misses = t.n_gold - t.hits
    metrics: dict[str, Any] = {
        "articles": len(docs),
        "failed": sum(d.failed for d in docs),
        "gold_toponyms": t.n_gold,
        **prf(t.tp, t.n_pred, t.n_gold),
        "acc@161km_found": found["acc@161km"],
        "acc@161km_all_gold": ratio(t.hits, t.n_gold),
        "median_km": found["median_km"],
        "mean_km": found["mean_km"],
        "resolved_with_coordinates": found["n"],
        "other_span": t.other_span,
        "misses": {"total": total_misses,
                   **{name: {"count": t.misses[name], "share": ratio(t.misses[name], t.n_gold)}
                      for name in MISS_CLASSES}},
        "geocoding_by_class": {
            name: distance_stats(values, within=FAR_KM)
            for name, values in sorted(t.by_class.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        },
    }
    literal_gold = sum(v for k, v in t.gold_types.items() if k in LITERAL)
    if literal_gold and len(t.gold_types) > 1:
        literal_found = sum(v for k, v in t.found_types.items() if k in LITERAL)
        metrics["recall_literal"] = ratio(literal_found, literal_gold)
        metrics["recall_by_type"] = {
            k: {"gold": v, "found": t.found_types[k], "recall": ratio(t.found_types[k], v)}
            for k, v in sorted(t.gold_types.items(), key=lambda kv: (-kv[1], kv[0]))
        }
        metrics["false_positives_by_overlap"] = dict(
            sorted(t.fp_kinds.items(), key=lambda kv: (-kv[1], kv[0])))
    if examples:
        worst = sorted(t.far, key=lambda f: (-f[0], f[1], f[2]))[:examples]
        metrics["examples"] = {
            "missed": _commonest(t.missed, examples),
            "spurious": _commonest(t.spurious, examples),
            "worst_km": [f"{g} -> {p}: {round(km)} km" for km, g, p in worst],
        }
    return metrics


def _commonest(counts: Counter[str], n: int) -> list[str]:
    return [f"{k} ({v})" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]
