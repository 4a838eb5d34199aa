"""Events on real news reports against hand-coded gold rows (the ``realnews-dev`` folder).

The folder holds ``articles.jsonl`` (``{"id", "url", "published", "text"}``) and
``gold.jsonl`` (``{"id", "has_event", "events": [...]}``, the main event first).
Measured, with the rules of :mod:`~sitrep.evaluation.event_match`:

- **event level**: every predicted row against every gold row of its article,
  greedy one-to-one; precision, recall and F1 over all rows, recall per gold type
  (F1 is taken from the precision and recall rounded to four places, as the
  realnews scorer takes it, so that the figures are the same);
- **main event**: the first predicted row against the first gold row, on the
  articles that have an event; an article without a predicted row is wrong on
  every field;
- **no event on negatives**: the share of the articles without a gold event for
  which sitrep predicts none;
- **confusion** of the first rows' event types, gold × predicted, with ``none``
  for no row (so the negatives are the ``none`` gold row).
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .event_match import MAIN_FIELDS, field_checks, greedy_match
from .measures import Confusion, prf, ratio

__all__ = ["FOLDER", "Gold", "read_gold", "read_predictions", "score"]

log = logging.getLogger(__name__)

FOLDER = "realnews-dev"
Row = Mapping[str, Any]


@dataclass(slots=True)
class Gold:
    """One article's gold coding: whether it has an event, and its rows, main one first."""

    id: str
    has_event: bool
    events: list[dict[str, Any]]


def _json_lines(path: Path) -> Iterator[tuple[int, Any]]:
    """(line number, object) per non-blank line; bad lines are logged with file and line."""
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as exc:
                log.warning("%s:%d: not valid JSON (%s); line skipped", path, number, exc.msg)


def read_gold(path: Path) -> dict[str, Gold]:
    """The gold codings of ``gold.jsonl``, by article id, in file order."""
    gold: dict[str, Gold] = {}
    for number, row in _json_lines(path):
        if not isinstance(row, dict) or not isinstance(row.get("id"), str):
            log.warning("%s:%d: no string \"id\"; line skipped", path, number)
            continue
        events = [e for e in row.get("events") or [] if isinstance(e, dict)]
        gold[row["id"]] = Gold(row["id"], bool(row.get("has_event", bool(events))), events)
    return gold


def read_predictions(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Predicted rows by article id from sitrep's JSONL output (``article.id``, or ``id``)."""
    pred: dict[str, list[dict[str, Any]]] = {}
    for number, row in _json_lines(path):
        meta = row.get("article") if isinstance(row, dict) else None
        key = meta.get("id") if isinstance(meta, dict) else None
        if key is None and isinstance(row, dict):
            key = row.get("id")
        if not isinstance(key, str):
            log.warning("%s:%d: no article id; line skipped", path, number)
            continue
        rows = row.get("events") or []
        pred.setdefault(key, []).extend(e for e in rows if isinstance(e, dict))
    return pred


def score(ids: Sequence[str], gold: Mapping[str, Gold],
          pred: Mapping[str, Sequence[Row]], *, worst: int = 10) -> dict[str, Any]:
    """The realnews measures for the articles ``ids`` (see the module notes)."""
    ids = [i for i in ids if i in gold]
    positives = [i for i in ids if gold[i].has_event and gold[i].events]
    negatives = [i for i in ids if not gold[i].has_event]
    hits: Counter[str] = Counter()
    without = 0
    confusion = Confusion()
    for i in positives:
        rows = pred.get(i) or []
        confusion.add(gold[i].events[0].get("event_type") or "", _type(rows))
        if not rows:
            without += 1
            continue
        for name, ok in field_checks(rows[0], gold[i].events[0]).items():
            hits[name] += ok
    for i in negatives:
        confusion.add("", _type(pred.get(i) or []))

    matched = n_pred = n_gold = 0
    per_type: dict[str, list[int]] = {}
    for i in ids:
        golds, rows = gold[i].events, list(pred.get(i) or [])
        pairs = greedy_match(rows, golds)
        found = {gi for _, gi in pairs}
        matched += len(pairs)
        n_pred += len(rows)
        n_gold += len(golds)
        for gi, row in enumerate(golds):
            tally = per_type.setdefault(str(row.get("event_type")), [0, 0])
            tally[0] += 1
            tally[1] += gi in found
    event_level = prf(matched, n_pred, n_gold)
    p, r = event_level["precision"], event_level["recall"]
    if p and r:  # as the realnews scorer does: F1 of the precision and recall as rounded
        event_level["f1"] = round(2 * p * r / (p + r), 4)
    main: dict[str, Any] = {"articles": len(positives), "without_prediction": without}
    main.update({name: ratio(hits[name], len(positives)) for name in MAIN_FIELDS})
    return {
        "corpus": "realnews",
        "articles": len(ids),
        "with_event": len(positives),
        "negatives": len(negatives),
        "unknown_ids": sorted(set(pred) - set(gold)),
        "event_level": event_level,
        "main_event": main,
        "no_event_on_negatives": ratio(sum(not pred.get(i) for i in negatives), len(negatives)),
        "recall_by_event_type": {t: {"gold": n, "found": k, "recall": ratio(k, n)}
                                 for t, (n, k) in sorted(per_type.items())},
        "event_type_confusion": confusion.table(),
        "worst_confusions": confusion.worst(worst),
    }


def _type(rows: Sequence[Row]) -> str | None:
    return str(rows[0].get("event_type") or "") or None if rows else None
