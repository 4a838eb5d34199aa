"""Train the event model (ACLED sub-event type, event type, inter1, inter2) on ACLED notes.

Usage: .venv/bin/python train/event_model.py [--data CSV_GZ] [--out DIR] [--max-iter N]

Reads the ACLED training descriptions (default ``../shared/data/acled-train/
acled-train.csv.gz`` beside the repository, or ``$SITREP_ACLED_TRAIN``); when
the file is absent it says so and exits 0 ("skipped"). Rows held apart by
:func:`sitrep.evaluation.split.is_held_apart` are never trained on: they are
scored at the end, through the written artefact and the inference module.

Four multinomial logistic regressions (scikit-learn, lbfgs, fixed settings,
square-root balanced class weights) share the hashed word uni- and bigram
features of :mod:`sitrep.events.features`; each training row's own location,
admin and country names are masked as places first. Weights are quantised to
int8 with one scale per class and written with the bias as
``event_model.npz`` (fixed zip timestamps: the same bytes on every run), next
to ``event_model.json`` (classes, feature settings, training-data summary,
held-apart scores). No text, word or n-gram is stored.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import os
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402

from sitrep.evaluation.split import is_held_apart  # noqa: E402
from sitrep.events import classifier  # noqa: E402
from sitrep.events.features import FeatureConfig, featurise  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "acled-train" / "acled-train.csv.gz"
DEFAULT_OUT = ROOT / "src" / "sitrep" / "data" / "models"
DATA_ENV = "SITREP_ACLED_TRAIN"
HEADS = ("sub_event_type", "event_type", "inter1", "inter2")
PLACE_COLUMNS = ("location", "admin1", "admin2", "admin3", "country")
REQUIRED = ("event_id_cnty", "event_type", "sub_event_type", "inter1", "inter2", "notes")
CONFIG = FeatureConfig(n_bits=18, word_ngrams=2)
C = 10.0
WEIGHT_POWER = 0.5  # class weight = (n / (k * n_class)) ** power: between none and balanced
VERSION = "1"
ALL_SUB_TYPES = 25  # ACLED's sub-event types; the data has no Chemical weapon row


def read_rows(path: Path) -> tuple[list[dict[str, str]], Counter[str]]:
    """The usable rows, sorted by event id, and the count of skipped rows by reason."""
    rows, skipped = [], Counter[str]()
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            sys.exit(f"{path}: no column {', '.join(missing)}; is it the ACLED training CSV?")
        for row in reader:
            line = reader.line_num
            reason = ""
            if not row["notes"].strip():
                reason = "empty notes"
            elif not (row["inter1"].isdigit() and row["inter2"].isdigit()):
                reason = "inter code not a number"
            elif not row["sub_event_type"] or not row["event_type"]:
                reason = "no event type"
            if reason:
                print(f"{path}:{line}: {reason}; row skipped", file=sys.stderr)
                skipped[reason] += 1
                continue
            rows.append(row)
    rows.sort(key=lambda r: r["event_id_cnty"])
    return rows, skipped


def class_weights(labels: list[str]) -> np.ndarray:
    counts = Counter(labels)
    n, k = len(labels), len(counts)
    weight = {c: (n / (k * m)) ** WEIGHT_POWER for c, m in counts.items()}
    return np.array([weight[c] for c in labels])


def fit_head(x, labels: list[str], max_iter: int) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Classes (sorted), weights (n_features x classes) and bias of one head."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=C, max_iter=max_iter, solver="lbfgs", tol=1e-4)
    model.fit(x, labels, sample_weight=class_weights(labels))
    coef = np.asarray(model.coef_, dtype=np.float64)
    bias = np.asarray(model.intercept_, dtype=np.float64)
    if coef.shape[0] == 1:  # two classes: scikit-learn keeps one row
        coef, bias = np.vstack([-coef / 2, coef / 2]), np.array([-bias[0] / 2, bias[0] / 2])
    return [str(c) for c in model.classes_], coef.T, bias


def quantise(weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 weights and the per-column scale that restores them."""
    scale = np.abs(weights).max(axis=0) / 127.0
    scale[scale == 0] = 1.0
    return np.round(weights / scale).astype(np.int8), scale.astype(np.float32)


def write_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """An .npz numpy can load, byte-identical for identical arrays (fixed zip timestamps)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(arrays):
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, np.ascontiguousarray(arrays[name]),
                                      allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, buffer.getvalue(), compresslevel=9)


def f1_weighted(gold: list[str], pred: list[str]) -> float:
    total, score = len(gold), 0.0
    for label, support in sorted(Counter(gold).items()):
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == p == label)
        predicted = sum(1 for p in pred if p == label)
        if tp:
            precision, recall = tp / predicted, tp / support
            score += support / total * 2 * precision * recall / (precision + recall)
    return score


def accuracy(gold: list[str], pred: list[str]) -> float:
    return sum(g == p for g, p in zip(gold, pred, strict=True)) / max(len(gold), 1)


def score(out: Path, rows: list[dict[str, str]]) -> dict[str, object]:
    """Held-apart scores of the written artefact, through the inference module."""
    model = classifier.load(out)
    preds = model.predict([r["notes"] for r in rows])
    gold = {h: [r[h] for r in rows] for h in HEADS}
    got = {"sub_event_type": [p.sub_event_type for p in preds],
           "event_type": [p.event_type for p in preds],
           "inter1": [str(p.inter1) for p in preds], "inter2": [str(p.inter2) for p in preds]}
    per_class = {}
    for label in sorted(set(gold["sub_event_type"])):
        hits = [p == label for g, p in zip(gold["sub_event_type"], got["sub_event_type"],
                                           strict=True) if g == label]
        per_class[label] = {"n": len(hits), "recall": round(sum(hits) / len(hits), 4)}
    return {"rows": len(rows),
            "sub_event_type_accuracy": round(accuracy(gold["sub_event_type"],
                                                      got["sub_event_type"]), 4),
            "sub_event_type_weighted_f1": round(f1_weighted(gold["sub_event_type"],
                                                            got["sub_event_type"]), 4),
            "event_type_accuracy": round(accuracy(gold["event_type"], got["event_type"]), 4),
            "inter1_accuracy": round(accuracy(gold["inter1"], got["inter1"]), 4),
            "inter2_accuracy": round(accuracy(gold["inter2"], got["inter2"]), 4),
            "sub_event_type_recall": per_class}


def summary(path: Path, rows: list[dict[str, str]], train: list[dict[str, str]],
            held: list[dict[str, str]], skipped: Counter[str]) -> dict[str, object]:
    dates = sorted(r.get("event_date", "") for r in rows if r.get("event_date"))
    return {"file": path.name, "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
            "rows": len(rows), "skipped": dict(sorted(skipped.items())),
            "train_rows": len(train), "held_apart_rows": len(held),
            "countries": len({r.get("country", "") for r in rows}),
            "date_range": [dates[0], dates[-1]] if dates else [],
            "train_sub_event_types": dict(sorted(Counter(r["sub_event_type"]
                                                         for r in train).items()))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path,
                        default=Path(os.environ.get(DATA_ENV) or DEFAULT_DATA))
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--max-iter", type=int, default=300)
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"skipped: no ACLED training data at {args.data} (set --data or ${DATA_ENV})")
        return 0
    start = time.perf_counter()
    rows, skipped = read_rows(args.data)
    train = [r for r in rows if not is_held_apart(r["event_id_cnty"])]
    held = [r for r in rows if is_held_apart(r["event_id_cnty"])]
    print(f"{len(rows)} rows: {len(train)} to train on, {len(held)} held apart", flush=True)

    from scipy import sparse

    indptr, indices, values = featurise([r["notes"] for r in train], CONFIG,
                                        [[r.get(c, "") for c in PLACE_COLUMNS] for r in train])
    x = sparse.csr_matrix((values, indices, indptr), shape=(len(train), 1 << CONFIG.n_bits))
    classes, blocks, biases = {}, [], []
    for head in HEADS:
        names, weights, bias = fit_head(x, [r[head] for r in train], args.max_iter)
        classes[head] = names
        blocks.append(weights)
        biases.append(bias)
        print(f"  {head}: {len(names)} classes ({time.perf_counter() - start:.0f} s)",
              flush=True)
    weights, scales = quantise(np.hstack(blocks))
    args.out.mkdir(parents=True, exist_ok=True)
    write_npz(args.out / f"{classifier.MODEL_NAME}.npz",
              {"weights": weights, "scales": scales,
               "bias": np.concatenate(biases).astype(np.float32)})
    parents = sorted({(r["sub_event_type"], r["event_type"]) for r in rows})
    meta: dict[str, object] = {
        "name": classifier.MODEL_NAME, "version": VERSION,
        "features": CONFIG.to_dict(),
        "heads": {h: classes[h] for h in HEADS},
        "event_type_of": dict(parents),
        "not_predicted": ["Chemical weapon"] if len(parents) < ALL_SUB_TYPES else [],
        "not_predicted_note": "no training row has these sub-event types: "
                              "the model cannot predict them; rules must",
        "training": {"solver": "scikit-learn LogisticRegression (lbfgs, multinomial)",
                     "C": C, "class_weight_power": WEIGHT_POWER, "max_iter": args.max_iter,
                     "quantisation": "int8, one scale per class",
                     "data": summary(args.data, rows, train, held, skipped)},
        "attribution": "Trained on event descriptions from ACLED (Armed Conflict Location & "
                       "Event Data Project, acleddata.com), non-commercial research use.",
    }
    meta_path = args.out / f"{classifier.MODEL_NAME}.json"
    meta_path.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    scores = score(args.out, held)
    meta["scores"] = {"held_apart": scores}
    meta_path.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    size = sum((args.out / f"{classifier.MODEL_NAME}.{s}").stat().st_size for s in ("npz", "json"))
    print(f"wrote {args.out} ({size / 1e6:.1f} MB) in {time.perf_counter() - start:.0f} s")
    print(f"held apart ({scores['rows']} rows): "
          f"sub-type accuracy {scores['sub_event_type_accuracy']:.3f}, "
          f"weighted F1 {scores['sub_event_type_weighted_f1']:.3f}; "
          f"event type {scores['event_type_accuracy']:.3f}; "
          f"inter1 {scores['inter1_accuracy']:.3f}; inter2 {scores['inter2_accuracy']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
