"""Events on ACLED's own descriptions: the held-apart rows of the ACLED training file.

Each held-apart row (:func:`~sitrep.evaluation.split.is_held_apart`) is one article:
its ``notes`` are the text and its ``event_date`` the published date. sitrep's first
row is compared with the ACLED row:

- **field accuracy** over all scored rows (no predicted row = wrong on every field):
  event type, sub-type, inter1, inter2, within 25 km, admin1 (case-insensitive),
  event date, fatalities;
- **no event**: the share of rows for which sitrep codes nothing;
- **weighted F1** of the sub-type (and of the event type): F1 per ACLED class,
  weighted by the class's share of the rows; no event is a wrong prediction;
- **confusions**, gold × predicted, for event types and sub-types, and the commonest
  wrong pairs;
- the same accuracies **per country** for the countries with the most rows.

``--limit N`` scores a sample of N held-apart rows: the N with the lowest SHA-1 of
``"sample:" + event_id_cnty``, the same rows in every run and on every machine.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import logging
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .event_match import field_checks, to_int
from .measures import Confusion, class_scores, ratio, weighted_f1
from .split import is_held_apart

__all__ = ["FILE", "FIELDS", "GoldRow", "read_held_apart", "sample", "score"]

log = logging.getLogger(__name__)

FILE = "acled-train/acled-train.csv.gz"
#: The first-row fields checked, in report order.
FIELDS = ("event_type", "sub_event_type", "inter1", "inter2", "within_25km", "admin1",
          "event_date", "fatalities")
_COUNTRY_FIELDS = ("event_type", "sub_event_type", "within_25km", "admin1")
_MISSING = frozenset({"", "<NA>", "NA", "nan"})
Row = Mapping[str, Any]


@dataclass(slots=True)
class GoldRow:
    """One ACLED row: its id, text, date and coding (the ACLED columns, missing = None)."""

    id: str
    notes: str
    coding: dict[str, Any]

    @property
    def country(self) -> str:
        return str(self.coding.get("country") or "?")


def read_held_apart(path: Path) -> Iterator[GoldRow]:
    """The held-apart rows of the gzip-compressed ACLED CSV; rows without notes are skipped."""
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        for row in reader:
            key = (row.get("event_id_cnty") or "").strip()
            if not key or not is_held_apart(key):
                continue
            notes = (row.get("notes") or "").strip()
            if notes in _MISSING:
                log.warning("%s:%d: %s has no notes; row skipped", path, reader.line_num, key)
                continue
            coding = {k: (None if (v or "").strip() in _MISSING else v.strip())
                      for k, v in row.items() if k is not None}
            yield GoldRow(key, notes, coding)


def _sample_key(row: GoldRow) -> str:
    return hashlib.sha1(f"sample:{row.id}".encode()).hexdigest()


def sample(rows: Sequence[GoldRow], limit: int) -> list[GoldRow]:
    """``limit`` rows chosen by a fixed hash of their id (all of them when ``limit`` is 0)."""
    ordered = sorted(rows, key=lambda r: (_sample_key(r), r.id))
    return ordered[:limit] if limit > 0 else ordered


def checks(pred: Row | None, gold: Row) -> dict[str, bool]:
    """Whether each of :data:`FIELDS` is right in the first predicted row (None: all wrong)."""
    if pred is None:
        return dict.fromkeys(FIELDS, False)
    found = field_checks(pred, gold)
    inter2 = to_int(pred.get("inter2"))
    admin = str(pred.get("admin1") or "").strip().casefold()
    found["inter2"] = inter2 is not None and inter2 == to_int(gold.get("inter2"))
    found["admin1"] = admin != "" and admin == str(gold.get("admin1") or "").strip().casefold()
    return {name: found[name] for name in FIELDS}


def score(rows: Sequence[GoldRow], pred: Mapping[str, Sequence[Row]], *,
          worst: int = 10, countries: int = 10) -> dict[str, Any]:
    """The ACLED measures over ``rows`` (see the module notes)."""
    hits: Counter[str] = Counter()
    by_country: dict[str, Counter[str]] = {}
    size: Counter[str] = Counter()
    none = 0
    types, subtypes = Confusion(), Confusion()
    gold_sub: list[str] = []
    pred_sub: list[str | None] = []
    gold_type: list[str] = []
    pred_type: list[str | None] = []
    for row in rows:
        rows_out = pred.get(row.id) or ()
        first = rows_out[0] if rows_out else None
        found = checks(first, row.coding)
        hits.update(name for name, ok in found.items() if ok)
        tally = by_country.setdefault(row.country, Counter())
        tally.update(name for name in _COUNTRY_FIELDS if found[name])
        tally["no_event"] += first is None
        size[row.country] += 1
        none += first is None
        gold_type.append(str(row.coding.get("event_type") or ""))
        gold_sub.append(str(row.coding.get("sub_event_type") or ""))
        pred_type.append(str(first.get("event_type") or "") or None if first else None)
        pred_sub.append(str(first.get("sub_event_type") or "") or None if first else None)
        types.add(gold_type[-1], pred_type[-1])
        subtypes.add(gold_sub[-1], pred_sub[-1])
    n = len(rows)
    biggest = sorted(size, key=lambda c: (-size[c], c))[:countries]
    return {
        "corpus": "acled",
        "rows": n,
        "first_row": {name: ratio(hits[name], n) for name in FIELDS},
        "no_event": ratio(none, n),
        "event_type_weighted_f1": weighted_f1(gold_type, pred_type),
        "sub_event_type_weighted_f1": weighted_f1(gold_sub, pred_sub),
        "sub_event_type_scores": class_scores(gold_sub, pred_sub),
        "event_type_confusion": types.table(),
        "sub_event_type_confusion": subtypes.table(),
        "worst_event_type_confusions": types.worst(worst),
        "worst_sub_event_type_confusions": subtypes.worst(worst),
        "by_country": [
            {"country": c, "rows": size[c],
             **{name: ratio(by_country[c][name], size[c]) for name in _COUNTRY_FIELDS},
             "no_event": ratio(by_country[c]["no_event"], size[c])}
            for c in biggest
        ],
    }
