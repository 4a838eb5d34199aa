"""Evaluation results as Markdown tables (readable as plain text) or as JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .geoparse import MISS_CLASSES

__all__ = ["as_json", "table", "confusion_table", "render_realnews", "render_acled",
           "render_geoparse"]


class _Km(float):
    """A distance in km: shown with one decimal, whatever its size."""


def _km(value: float | None) -> _Km | None:
    return None if value is None else _Km(value)


def as_json(results: Any) -> str:
    return json.dumps(results, indent=2, ensure_ascii=False)


def _cell(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, _Km):
        return f"{value:,.1f}"
    if isinstance(value, float):
        return f"{value:.4f}" if abs(value) <= 1 else f"{value:,.1f}"
    return str(value).replace("|", "\\|")


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A Markdown table; numbers are right-aligned."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    numeric = [bool(rows) and all(isinstance(row[i], int | float) or row[i] is None
                                  for row in rows) for i in range(len(headers))]

    def line(values: Sequence[str]) -> str:
        padded = (v.rjust(w) if numeric[i] else v.ljust(w)
                  for i, (v, w) in enumerate(zip(values, widths, strict=True)))
        return "| " + " | ".join(padded) + " |"

    rule = "|" + "|".join(("-" * (w + 1) + ":") if numeric[i] else "-" * (w + 2)
                          for i, w in enumerate(widths)) + "|"
    return "\n".join([line(headers), rule] + [line(r) for r in cells])


def confusion_table(confusion: dict[str, Any], *, numbered: bool = False) -> str:
    """Gold labels as rows, predicted labels as columns; long labels numbered when asked."""
    gold, pred = confusion["gold"], confusion["predicted"]
    if not numbered:
        rows = [[g, *counts] for g, counts in zip(gold, confusion["rows"], strict=True)]
        return table(["gold \\ predicted", *pred], rows)
    labels = [x for x in dict.fromkeys([*gold, *pred]) if x != "none"]
    number = {label: str(i) for i, label in enumerate(labels, start=1)}
    number["none"] = "none"
    rows = [[f"{number[g]} {g}" if g != "none" else "none", *counts]
            for g, counts in zip(gold, confusion["rows"], strict=True)]
    text = table(["gold \\ predicted", *(number[p] for p in pred)], rows)
    extra = [p for p in pred if p not in gold and p != "none"]
    if extra:
        text += "\n\nPredicted only: " + "; ".join(f"{number[p]} {p}" for p in extra)
    return text


def _worst(rows: Sequence[dict[str, Any]]) -> str:
    return table(["gold", "predicted", "count", "share of gold"],
                 [[r["gold"], r["predicted"], r["count"], r["share"]] for r in rows])


def _run_line(run: dict[str, Any]) -> str:
    if "processed" not in run:
        return f"Scored a saved output in {run['seconds']} s."
    return (f"Run: {run['processed']} articles in {run['seconds']} s "
            f"({run['articles_per_s']} articles/s), {run['failed']} failed.")


def render_realnews(r: dict[str, Any]) -> str:
    ev, main = r["event_level"], r["main_event"]
    parts = [
        f"## realnews: {r['articles']} reports ({r['with_event']} with an event, "
        f"{r['negatives']} negatives)",
        "Event level (same event type, dates at most 1 day apart, at most 50 km apart or the "
        "same admin1; greedy one-to-one):",
        table(["precision", "recall", "F1", "matched", "predicted", "gold"],
              [[ev["precision"], ev["recall"], ev["f1"], ev["matched"], ev["predicted"],
                ev["gold"]]]),
        f"Main event (first row against the first gold row; {main['articles']} reports, "
        f"{main['without_prediction']} without any row):",
        table(["field", "accuracy"],
              [[k, v] for k, v in main.items() if k not in ("articles", "without_prediction")]),
        f"No event on negatives: {_cell(r['no_event_on_negatives'])}",
        "Recall by gold event type:",
        table(["event type", "gold", "found", "recall"],
              [[t, v["gold"], v["found"], v["recall"]]
               for t, v in r["recall_by_event_type"].items()]),
        "First-row event types, gold (rows) × predicted (columns):",
        confusion_table(r["event_type_confusion"]),
        "Worst confusions:",
        _worst(r["worst_confusions"]),
        _run_line(r["run"]),
    ]
    if r.get("unknown_ids"):
        parts.insert(-1, f"Predictions for unknown article ids: {', '.join(r['unknown_ids'])}")
    return "\n\n".join(parts)


def render_acled(r: dict[str, Any]) -> str:
    first = r["first_row"]
    parts = [
        f"## acled: {r['rows']} of {r['held_apart_rows']} held-apart ACLED descriptions",
        "First row against the ACLED row (no row = wrong on every field):",
        table(["field", "accuracy"], [[k, v] for k, v in first.items()]),
        table(["no event", "event type weighted F1", "sub-type weighted F1"],
              [[r["no_event"], r["event_type_weighted_f1"], r["sub_event_type_weighted_f1"]]]),
        "Sub-types (no event counts against recall):",
        table(["sub-type", "support", "predicted", "precision", "recall", "F1"],
              [[s["label"], s["support"], s["predicted"], s["precision"], s["recall"], s["f1"]]
               for s in r["sub_event_type_scores"]]),
        "Event types, gold (rows) × predicted (columns):",
        confusion_table(r["event_type_confusion"]),
        "Sub-types, gold (rows) × predicted (columns, numbered as the rows):",
        confusion_table(r["sub_event_type_confusion"], numbered=True),
        "Worst sub-type confusions:",
        _worst(r["worst_sub_event_type_confusions"]),
        "Worst event-type confusions:",
        _worst(r["worst_event_type_confusions"]),
        f"By country ({len(r['by_country'])} with the most rows):",
        table(["country", "rows", "event type", "sub-type", "within 25 km", "admin1", "no event"],
              [[c["country"], c["rows"], c["event_type"], c["sub_event_type"],
                c["within_25km"], c["admin1"], c["no_event"]] for c in r["by_country"]]),
        _run_line(r["run"]),
    ]
    return "\n\n".join(parts)


def render_geoparse(results: Sequence[dict[str, Any]]) -> str:
    parts = [
        "## geoparsing",
        "Toponyms (gold = those with coordinates; pairs by overlapping offsets) and resolution "
        "(acc@161 km over the found toponyms, and over all gold toponyms with every miss wrong):",
        table(["corpus", "articles", "gold", "P", "R", "F1", "acc@161 found",
               "acc@161 all gold", "median km", "mean km"],
              [[r["corpus"], r["articles"], r["gold_toponyms"], r["precision"], r["recall"],
                r["f1"], r["acc@161km_found"], r["acc@161km_all_gold"], _km(r["median_km"]),
                _km(r["mean_km"])] for r in results]),
        "Misses (gold toponyms not resolved within 161 km), count (share of gold):",
        table(["corpus", "misses", *MISS_CLASSES, "found, other span"],
              [[r["corpus"], r["misses"]["total"],
                *(f"{r['misses'][k]['count']} ({_cell(r['misses'][k]['share'])})"
                  for k in MISS_CLASSES), r["other_span"]] for r in results]),
    ]
    for r in results:
        parts.append(f"### {r['corpus']}")
        parts.append(table(["predicted place", "n", "median km", "mean km", "acc@161"],
                           [[k, v["n"], _km(v["median_km"]), _km(v["mean_km"]), v["acc@161km"]]
                            for k, v in r["geocoding_by_class"].items()]))
        if "recall_by_type" in r:
            parts.append(f"Recall over the literal types: {_cell(r['recall_literal'])}")
            parts.append(table(["gold type", "gold", "found", "recall"],
                               [[k, v["gold"], v["found"], v["recall"]]
                                for k, v in r["recall_by_type"].items()]))
            parts.append("False positives by what they overlap: " + "; ".join(
                f"{k} {v}" for k, v in r["false_positives_by_overlap"].items()))
        for kind, items in r.get("examples", {}).items():
            parts.append(f"{kind}: " + "; ".join(items))
        parts.append(_run_line(r["run"]))
    return "\n\n".join(parts)
