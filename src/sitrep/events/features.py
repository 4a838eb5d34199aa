"""Hashed text features for the event model, shared by its training script and its inference.

A text is first normalised so that the model learns the wording of an event, not
the places or dates of the descriptions it was trained on:

- bracketed coder remarks (``[coded as ...]``, ``[size=no report]``) are dropped;
- dates with a month name and a number (``On 3 January 2022,``, ``On Oct 19th``)
  are dropped, with a leading "on"/"between"/"from";
- a run of capitalised words after a locative preposition (``in Maiduguri``,
  ``near Bunia Town``), or alone in brackets (``(Jos South LGA, Plateau)``),
  becomes one place token, and so does any exact place
  name passed in (the training script passes the row's own location and
  admin names);
- every number becomes one number token;
- words are lowercased.

The features are word unigrams and bigrams and, optionally, the character
n-grams of each word, each hashed with CRC-32 (stable across processes and
machines, unlike Python's ``hash``) into ``2 ** n_bits`` signed buckets. A
text's vector holds the signed counts of its hashed features, scaled to unit
length. No vocabulary is kept: a bucket cannot be turned back into a word.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

__all__ = ["FeatureConfig", "normalise", "tokens", "hashed", "featurise", "PLACE", "NUMBER"]

PLACE = "xxplace"
NUMBER = "xxnum"

_BRACKETS = re.compile(r"\[[^\]]*\]")
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = re.compile(
    rf"(?i)\b(?:(?:on|between|from|since)\s+)?(?:(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}"
    rf"|{_MONTH}\s+{_DAY}\b)(?:\s*(?:-|and|to)\s*{_DAY})?(?:,?\s+\d{{4}})?\s*,?")
_LOCATIVE = re.compile(
    r"\b(?:[Ii]n|[Nn]ear|[Aa]t|[Oo]utside|[Aa]round|[Ff]rom|[Ii]nto|[Tt]owards?|[Aa]cross"
    r"|[Ii]nside|[Ww]ithin)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
_PLACE_LIST = re.compile(r"\(\s*[A-Z][a-z][\w'’-]*(?:[\s,/]+[A-Z][\w'’-]*)*\s*\)")
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+(?:[.,:/]\d+)*")


@dataclass(frozen=True, slots=True)
class FeatureConfig:
    """How texts become vectors; saved with the model so that both sides agree."""

    n_bits: int = 18
    word_ngrams: int = 2
    char_min: int = 0  # 0: no character n-grams
    char_max: int = 0
    char_weight: float = 0.5
    version: int = 1

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FeatureConfig:
        return cls(**{key: data[key] for key in cls.__slots__ if key in data})


def _place_pattern(places: Iterable[str]) -> re.Pattern[str] | None:
    names = sorted({p.strip() for p in places if len(p.strip()) >= 3}, key=lambda p: (-len(p), p))
    if not names:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


def normalise(text: str, places: Iterable[str] = ()) -> str:
    """``text`` with coder remarks, dates, places and numbers replaced (see the module doc)."""
    text = _BRACKETS.sub(" ", text)
    pattern = _place_pattern(places)
    if pattern is not None:
        text = pattern.sub(f" {PLACE} ", text)
    text = _DATE.sub(" ", text)
    text = _LOCATIVE.sub(lambda m: m.group(0).split(None, 1)[0] + f" {PLACE} ", text)
    text = _PLACE_LIST.sub(f" {PLACE} ", text)
    return text


def tokens(text: str, places: Iterable[str] = ()) -> list[str]:
    """The lowercased word tokens of the normalised text; numbers become one token."""
    out = []
    for match in _TOKEN.finditer(normalise(text, places)):
        word = match.group(0)
        out.append(NUMBER if word[0].isdigit() else word.lower())
    # a place name of several words, or places side by side, make one token
    return [t for i, t in enumerate(out) if not (t == PLACE and i and out[i - 1] == PLACE)]


def _bucket(feature: str, mask: int) -> tuple[int, float]:
    code = zlib.crc32(feature.encode("utf-8"))
    return code & mask, (1.0 if code & 0x80000000 else -1.0)


def hashed(words: Sequence[str], config: FeatureConfig) -> tuple[np.ndarray, np.ndarray]:
    """Sorted bucket indices (int32) and unit-length values (float32) of one token list."""
    mask = (1 << config.n_bits) - 1
    counts: dict[int, float] = {}

    def add(feature: str, weight: float) -> None:
        index, sign = _bucket(feature, mask)
        counts[index] = counts.get(index, 0.0) + sign * weight

    for n in range(1, config.word_ngrams + 1):
        for i in range(len(words) - n + 1):
            add("w" + " ".join(words[i:i + n]), 1.0)
    if config.char_min:
        for word in words:
            if word in (PLACE, NUMBER):
                continue
            padded = f" {word} "
            for n in range(config.char_min, config.char_max + 1):
                for i in range(len(padded) - n + 1):
                    add("c" + padded[i:i + n], config.char_weight)
    indices = np.array(sorted(counts), dtype=np.int32)
    values = np.array([counts[i] for i in indices.tolist()], dtype=np.float32)
    norm = float(np.sqrt(np.dot(values, values)))
    if norm > 0:
        values /= norm
    return indices, values


def featurise(texts: Sequence[str], config: FeatureConfig,
              places: Sequence[Iterable[str]] | None = None
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """CSR arrays ``(indptr, indices, values)`` of ``texts``, one row each.

    ``places``, when given, holds for each text the exact place names to mask
    (training only: the inference side knows no places beforehand).
    """
    rows = [hashed(tokens(t, places[i] if places is not None else ()), config)
            for i, t in enumerate(texts)]
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    if rows:
        indptr[1:] = np.cumsum([len(r[0]) for r in rows])
        indices = np.concatenate([r[0] for r in rows])
        values = np.concatenate([r[1] for r in rows])
    else:
        indices, values = np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32)
    return indptr, indices, values
