"""Pairwise scores of a clustering against gold happenings.

Every pair of reports is a decision: put together or kept apart. A pair is a
true positive when the reports share a predicted cluster and a gold
happening; precision, recall and F1 are over the pairs put together.

Example:

    >>> scores = pairwise({"a": "x", "b": "x", "c": "y"}, {"a": "h1", "b": "h1", "c": "h1"})
    >>> scores["precision"], round(scores["recall"], 3)
    (1.0, 0.333)
"""

from __future__ import annotations

from collections import Counter
from typing import Any

__all__ = ["pairwise"]


def pairwise(predicted: dict[str, str], gold: dict[str, str]) -> dict[str, Any]:
    """Pairwise precision, recall and F1 of ``predicted`` (report -> cluster) against
    ``gold`` (report -> happening), over the reports in both, with the pair counts."""
    reports = sorted(set(predicted) & set(gold))

    def pairs(groups: Counter[Any]) -> int:
        return sum(n * (n - 1) // 2 for n in groups.values())

    together = pairs(Counter(predicted[r] for r in reports))
    same = pairs(Counter(gold[r] for r in reports))
    both = pairs(Counter((predicted[r], gold[r]) for r in reports))
    precision = both / together if together else 1.0
    recall = both / same if same else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"reports": len(reports), "pairs_predicted": together, "pairs_gold": same,
            "pairs_correct": both, "precision": precision, "recall": recall, "f1": f1}
