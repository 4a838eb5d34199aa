"""Measures shared by the evaluations: shares, precision/recall/F1, weighted F1, confusions.

Every function is pure and deterministic: labels are ordered by count, then by name,
never by set or dict iteration order.

>>> prf(8, 10, 16)["f1"]
0.6154
>>> confusion = Confusion()
>>> for gold, pred in [("Battles", "Battles"), ("Riots", "Protests"), ("Riots", None)]:
...     confusion.add(gold, pred)
>>> confusion.worst(1)[0]["predicted"], confusion.accuracy()
('Protests', 0.3333)
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

__all__ = ["NONE", "ratio", "prf", "class_scores", "weighted_f1", "Confusion", "distance_stats"]

#: The label of "no prediction" (no event, no place) in confusion tables.
NONE = "none"
DIGITS = 4


def ratio(part: float, whole: float) -> float | None:
    """``part / whole`` rounded to four places, None when ``whole`` is 0."""
    return round(part / whole, DIGITS) if whole else None


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    """Precision, recall and F1 (None when undefined; F1 is 0.0 when nothing matched)."""
    p = tp / n_pred if n_pred else None
    r = tp / n_gold if n_gold else None
    if p and r:
        f1: float | None = round(2 * p * r / (p + r), DIGITS)
    else:
        f1 = 0.0 if r is not None else None
    return {"precision": None if p is None else round(p, DIGITS),
            "recall": None if r is None else round(r, DIGITS), "f1": f1,
            "matched": tp, "predicted": n_pred, "gold": n_gold}


def class_scores(gold: Sequence[str], pred: Sequence[str | None]) -> list[dict[str, Any]]:
    """Per gold class: support, precision, recall and F1; a None prediction is wrong for all.

    Classes that only ever appear as predictions are listed too (support 0).
    """
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold labels but {len(pred)} predictions")
    support = Counter(gold)
    predicted = Counter(p for p in pred if p is not None)
    right = Counter(g for g, p in zip(gold, pred, strict=True) if g == p)
    labels = _ordered(support + predicted)
    rows = []
    for label in labels:
        p = right[label] / predicted[label] if predicted[label] else 0.0
        r = right[label] / support[label] if support[label] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        rows.append({"label": label, "support": support[label], "predicted": predicted[label],
                     "precision": round(p, DIGITS), "recall": round(r, DIGITS),
                     "f1": round(f1, DIGITS)})
    return rows


def weighted_f1(gold: Sequence[str], pred: Sequence[str | None]) -> float | None:
    """F1 per gold class, averaged with the class's share of the gold labels as weight.

    A missing prediction (None) counts against the recall of its gold class and the
    precision of no class; classes without gold support weigh nothing.
    """
    if not gold:
        return None
    support = Counter(gold)
    predicted = Counter(p for p in pred if p is not None)
    right = Counter(g for g, p in zip(gold, pred, strict=True) if g == p)
    total = 0.0
    for label, n in support.items():
        p = right[label] / predicted[label] if predicted[label] else 0.0
        r = right[label] / n
        total += n * (2 * p * r / (p + r) if p + r else 0.0)
    return round(total / len(gold), DIGITS)


class Confusion:
    """Counts of (gold label, predicted label) pairs; a missing prediction is :data:`NONE`."""

    def __init__(self) -> None:
        self.counts: Counter[tuple[str, str]] = Counter()

    def add(self, gold: str, predicted: str | None) -> None:
        self.counts[(gold or NONE, predicted or NONE)] += 1

    def update(self, pairs: Iterable[tuple[str, str | None]]) -> None:
        for gold, predicted in pairs:
            self.add(gold, predicted)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def accuracy(self) -> float | None:
        return ratio(sum(n for (g, p), n in self.counts.items() if g == p), self.total)

    def gold_labels(self) -> list[str]:
        """Gold labels, the most frequent first, :data:`NONE` last."""
        by_gold: Counter[str] = Counter()
        for (gold, _), n in self.counts.items():
            by_gold[gold] += n
        return _ordered(by_gold, last=NONE)

    def predicted_labels(self) -> list[str]:
        """Predicted labels, the gold labels' order first, then the others, :data:`NONE` last."""
        seen = self.gold_labels()
        extra: Counter[str] = Counter()
        for (_, pred), n in self.counts.items():
            if pred not in seen:
                extra[pred] += n
        labels = [x for x in seen + _ordered(extra) if x != NONE]
        return labels + [NONE] if NONE in extra or NONE in seen else labels

    def table(self) -> dict[str, Any]:
        """``{"gold": [...], "predicted": [...], "rows": [[n, ...], ...]}``: a row per gold."""
        gold, pred = self.gold_labels(), self.predicted_labels()
        return {"gold": gold, "predicted": pred,
                "rows": [[self.counts[(g, p)] for p in pred] for g in gold]}

    def worst(self, n: int) -> list[dict[str, Any]]:
        """The ``n`` commonest wrong pairs, with their share of the gold label's items."""
        by_gold: Counter[str] = Counter()
        for (gold, _), count in self.counts.items():
            by_gold[gold] += count
        wrong = sorted(((count, gold, pred) for (gold, pred), count in self.counts.items()
                        if gold != pred), key=lambda t: (-t[0], t[1], t[2]))
        return [{"gold": gold, "predicted": pred, "count": count,
                 "share": ratio(count, by_gold[gold])} for count, gold, pred in wrong[:n]]


def _ordered(counts: Counter[str], last: str | None = None) -> list[str]:
    """Labels by falling count, then name; ``last`` (if present) goes at the end."""
    labels = sorted(counts, key=lambda k: (-counts[k], k))
    if last is not None and last in counts:
        labels.remove(last)
        labels.append(last)
    return labels


def distance_stats(errors: Sequence[float], *, within: float = 161.0) -> dict[str, Any]:
    """Count, median, mean and share within ``within`` km of a list of distances."""
    key = f"acc@{within:g}km"
    if not errors:
        return {"n": 0, "median_km": None, "mean_km": None, key: None}
    return {"n": len(errors), "median_km": round(statistics.median(errors), 1),
            "mean_km": round(statistics.fmean(errors), 1),
            key: ratio(sum(e <= within for e in errors), len(errors))}
