"""When a predicted event row is the gold one: the matching rules of the realnews scorer.

Rows are plain mappings with ACLED field names (``event_type``, ``event_date``,
``latitude`` …), as in sitrep's JSON output and in the gold files.

- **Event match** (event-level precision and recall): the same ``event_type``
  (case- and accent-insensitive); dates at most one day apart (or both missing);
  at most 50 km apart when both rows have coordinates, else the same ``admin1``.
- **Greedy one-to-one**: each predicted row, in output order, takes the closest
  gold row it matches that no earlier row took (closest = fewest km, then fewest
  days; a match on ``admin1`` alone counts as 50 km; ties go to the earlier gold row).
- **Field checks** compare a predicted row with a gold row field by field; a field
  missing from the prediction is wrong.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from ..gazetteer.names import normalize, strip_type_word
from ..places.distance import distance_km

__all__ = ["MATCH_KM", "MATCH_DAYS", "MAIN_FIELDS", "fold", "to_date", "to_int", "coords",
           "same_admin1", "event_match", "greedy_match", "field_checks"]

Row = Mapping[str, Any]
MATCH_KM = 50.0
MATCH_DAYS = 1
NEAR_KM = 25.0
#: The fields checked on the first (main) row, in report order.
MAIN_FIELDS = ("event_type", "sub_event_type", "inter1", "within_25km", "event_date",
               "fatalities")
_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")


def fold(value: Any) -> str:
    """Lower case, no diacritics, single spaces; None gives ""."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKD", str(value))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.split()).lower()


def same_text(a: Any, b: Any) -> bool:
    """Equal after :func:`fold`, and not empty."""
    return fold(a) != "" and fold(a) == fold(b)


def to_date(value: Any) -> date | None:
    """The date a ``YYYY-MM-DD…`` value starts with, or None."""
    match = _DATE.match(str(value)) if value is not None else None
    if match is None:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _to_float(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def to_int(value: Any) -> int | None:
    """An integer, or a number (or numeric string) with no fractional part; else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    number = _to_float(value)
    return int(number) if number is not None and number == int(number) else None


def coords(row: Row) -> tuple[float, float] | None:
    """(latitude, longitude) when both are valid numbers on the globe."""
    lat, lon = _to_float(row.get("latitude")), _to_float(row.get("longitude"))
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return lat, lon


def _admin_key(value: Any) -> str:
    if value is None:
        return ""
    return normalize(strip_type_word(str(value))).replace("-", " ").replace(" ", "")


def same_admin1(a: Any, b: Any) -> bool:
    """The same first-level region, type words aside ("Kursk Oblast" = "Kursk")."""
    key = _admin_key(a)
    return key != "" and key == _admin_key(b)


def distance(p: Row, g: Row) -> float | None:
    """Kilometres between two rows' coordinates, None when either has none."""
    cp, cg = coords(p), coords(g)
    return None if cp is None or cg is None else distance_km(*cp, *cg)


def event_match(pred: Row, gold: Row) -> tuple[float, int] | None:
    """(km, days) apart when ``pred`` matches ``gold`` (see the module notes), else None."""
    if not same_text(pred.get("event_type"), gold.get("event_type")):
        return None
    dp, dg = to_date(pred.get("event_date")), to_date(gold.get("event_date"))
    if dp is None and dg is None:
        days = 0
    elif dp is None or dg is None:
        return None
    else:
        days = abs((dp - dg).days)
        if days > MATCH_DAYS:
            return None
    km = distance(pred, gold)
    if km is None:
        if not same_admin1(pred.get("admin1"), gold.get("admin1")):
            return None
        km = MATCH_KM
    elif km > MATCH_KM:
        return None
    return km, days


def greedy_match(preds: Sequence[Row], golds: Sequence[Row]) -> list[tuple[int, int]]:
    """(prediction index, gold index) pairs, one-to-one, each prediction in turn."""
    taken: set[int] = set()
    pairs = []
    for pi, pred in enumerate(preds):
        best: tuple[tuple[float, int], int] | None = None
        for gi, gold in enumerate(golds):
            if gi in taken:
                continue
            key = event_match(pred, gold)
            if key is not None and (best is None or key < best[0]):
                best = (key, gi)
        if best is not None:
            taken.add(best[1])
            pairs.append((pi, best[1]))
    return pairs


def field_checks(pred: Row, gold: Row) -> dict[str, bool]:
    """Whether each field of :data:`MAIN_FIELDS` is right in ``pred``."""
    km = distance(pred, gold)
    inter1 = to_int(pred.get("inter1"))
    day = to_date(pred.get("event_date"))
    dead = to_int(pred.get("fatalities"))
    return {
        "event_type": same_text(pred.get("event_type"), gold.get("event_type")),
        "sub_event_type": same_text(pred.get("sub_event_type"), gold.get("sub_event_type")),
        "inter1": inter1 is not None and inter1 == to_int(gold.get("inter1")),
        "within_25km": km is not None and km <= NEAR_KM,
        "event_date": day is not None and day == to_date(gold.get("event_date")),
        "fatalities": dead is not None and dead == to_int(gold.get("fatalities")),
    }
