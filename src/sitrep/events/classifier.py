"""A small trained classifier for ACLED sub-event types and actor inter codes.

The model (``sitrep/data/models/event_model.npz`` and its ``event_model.json``
meta) is four linear heads over the hashed features of
:mod:`sitrep.events.features`: sub-event type, event type, inter1 and inter2.
It is trained by ``train/event_model.py`` (``make model``) on ACLED event
descriptions; see ``docs/event-model.md``. Only NumPy runs here. The shipped
model's arrays are inflated once and kept in the cache folder
(:mod:`sitrep.events.array_cache`), so later processes start faster.

The event type is the sub-type head's summed probabilities averaged with the
event-type head; a sub-type's probability is its event type's probability
times its share within that event type, so the predicted pair is always a
valid ACLED pair. The model was trained without *Chemical weapon* rows and
never predicts it.

Example:

    >>> from sitrep.events import classifier
    >>> best = classifier.predict(["Soldiers fought the rebels near the border."])[0]
    >>> best.event_type
    'Battles'
"""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ResourceError
from .array_cache import inflate_npz, read_npz
from .features import FeatureConfig, featurise

__all__ = ["TypePrediction", "EventModel", "MODEL_NAME", "load", "default_model", "predict",
           "model_info"]

MODEL_NAME = "event_model"
TOP = 3


@dataclass(frozen=True, slots=True)
class TypePrediction:
    """The model's reading of one text."""

    sub_event_type: str
    event_type: str
    probability: float  # of the sub-event type
    event_type_probability: float
    ranked: tuple[tuple[str, float], ...]  # the best few sub-event types, most likely first
    inter1: int
    inter1_probability: float
    inter2: int  # 0: no second actor
    inter2_probability: float


def _softmax(scores: np.ndarray) -> np.ndarray:
    shifted = scores - scores.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


class EventModel:
    """The loaded weights and classes; :meth:`predict` classifies a batch of texts."""

    def __init__(self, meta: dict[str, Any], weights: np.ndarray, scales: np.ndarray,
                 bias: np.ndarray, size_bytes: int) -> None:
        self.meta = meta
        self.config = FeatureConfig.from_dict(meta["features"])
        heads = meta["heads"]
        self.sub_types: list[str] = list(heads["sub_event_type"])
        self.event_types: list[str] = list(heads["event_type"])
        self.inter1: list[int] = [int(c) for c in heads["inter1"]]
        self.inter2: list[int] = [int(c) for c in heads["inter2"]]
        parent = meta["event_type_of"]
        self._parent = np.array([self.event_types.index(parent[s]) for s in self.sub_types])
        sizes = [len(self.sub_types), len(self.event_types), len(self.inter1), len(self.inter2)]
        self._cuts = np.cumsum([0, *sizes])
        if weights.shape != (1 << self.config.n_bits, int(self._cuts[-1])):
            raise ResourceError(f"{MODEL_NAME}.npz: weights of shape {weights.shape} do not "
                                "match its meta; rebuild the model with `make model`.")
        self._weights = weights
        self._scales = scales.astype(np.float32)
        self._bias = bias.astype(np.float32)
        self.size_bytes = size_bytes

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        """The raw linear scores of every head, one row per text."""
        indptr, indices, values = featurise(list(texts), self.config)
        out = np.zeros((len(texts), self._weights.shape[1]), dtype=np.float32)
        if len(indices):
            rows = self._weights[indices].astype(np.float32) * values[:, None]
            filled = np.flatnonzero(np.diff(indptr) > 0)
            out[filled] = np.add.reduceat(rows, indptr[filled], axis=0)
        return out * self._scales + self._bias

    def probabilities(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """Per head, the class probabilities (columns in the order of ``meta["heads"]``)."""
        raw = self.scores(texts)
        heads = [_softmax(raw[:, a:b]) for a, b in zip(self._cuts[:-1], self._cuts[1:],
                                                        strict=True)]
        sub, event_head, inter1, inter2 = heads
        summed = np.zeros_like(event_head)
        np.add.at(summed.T, self._parent, sub.T)
        event = (summed + event_head) / 2.0
        share = sub / np.maximum(summed[:, self._parent], 1e-12)
        return {"sub_event_type": event[:, self._parent] * share, "event_type": event,
                "inter1": inter1, "inter2": inter2}

    def predict(self, texts: Sequence[str]) -> list[TypePrediction]:
        """One :class:`TypePrediction` per text, in order."""
        if isinstance(texts, str):
            raise TypeError("predict() takes a sequence of texts, not one string")
        if not len(texts):
            return []
        probs = self.probabilities(texts)
        out = []
        for i in range(len(texts)):
            sub = probs["sub_event_type"][i]
            # stable order: most likely first, then the meta's class order
            order = sorted(range(len(sub)), key=lambda k: (-float(sub[k]), k))
            best = order[0]
            event = int(self._parent[best])
            i1 = int(np.argmax(probs["inter1"][i]))
            i2 = int(np.argmax(probs["inter2"][i]))
            out.append(TypePrediction(
                sub_event_type=self.sub_types[best],
                event_type=self.event_types[event],
                probability=float(sub[best]),
                event_type_probability=float(probs["event_type"][i][event]),
                ranked=tuple((self.sub_types[k], float(sub[k])) for k in order[:TOP]),
                inter1=self.inter1[i1], inter1_probability=float(probs["inter1"][i][i1]),
                inter2=self.inter2[i2], inter2_probability=float(probs["inter2"][i][i2]),
            ))
        return out

    def info(self) -> dict[str, Any]:
        """Version, size and classes of the model, and its held-apart scores."""
        return {"name": MODEL_NAME, "version": self.meta["version"],
                "size_bytes": self.size_bytes, "sub_event_types": list(self.sub_types),
                "event_types": list(self.event_types), "inter1": list(self.inter1),
                "inter2": list(self.inter2), "not_predicted": list(self.meta["not_predicted"]),
                "scores": dict(self.meta.get("scores", {})), "features": self.config.to_dict()}


def load(folder: str | Path | None = None) -> EventModel:
    """The model in ``folder`` (default: the one shipped in ``sitrep/data/models``)."""
    if folder is None:
        base = resources.files("sitrep").joinpath("data", "models")
        meta_node, npz_node = base / f"{MODEL_NAME}.json", base / f"{MODEL_NAME}.npz"
    else:
        meta_node = Path(folder) / f"{MODEL_NAME}.json"
        npz_node = Path(folder) / f"{MODEL_NAME}.npz"
    if not (meta_node.is_file() and npz_node.is_file()):
        raise ResourceError(f"the event model ({MODEL_NAME}.npz and .json) is missing from "
                            f"{folder or 'the sitrep package'}; run `make model` or reinstall.")
    meta = json.loads(meta_node.read_text(encoding="utf-8"))
    raw = npz_node.read_bytes()
    arrays = read_npz(raw) if folder is None else inflate_npz(raw)
    size = len(raw) + len(meta_node.read_bytes())
    return EventModel(meta, arrays["weights"], arrays["scales"], arrays["bias"], size)


_lock = threading.Lock()


@functools.cache
def _default() -> EventModel:
    return load()


def default_model() -> EventModel:
    """The shipped model, loaded once per process on first use."""
    with _lock:
        return _default()


def predict(texts: Sequence[str]) -> list[TypePrediction]:
    """Classify ``texts`` (sentences, paragraphs or ACLED-style notes) with the shipped model."""
    return default_model().predict(texts)


def model_info() -> dict[str, Any]:
    """Version, size in bytes, classes and held-apart scores of the shipped model."""
    return default_model().info()
