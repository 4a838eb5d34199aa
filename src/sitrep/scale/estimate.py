"""How many articles a set of inputs holds, roughly, for the progress bar's time left.

Counts files by suffix and the non-blank lines of JSONL files, without
parsing anything; stdin and ``--text`` give no estimate. Skipped inputs make
it an overestimate, which only makes the time left cautious.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from ..readers import SUFFIX_FORMATS

__all__ = ["estimate_articles"]


def estimate_articles(inputs: Sequence[str], input_format: str | None = None) -> int | None:
    """The number of articles ``inputs`` probably hold, or None if it cannot be known."""
    total = 0
    for item in inputs:
        if item == "-":
            return None
        path = Path(item)
        files = sorted(_walk(path)) if path.is_dir() else [path] if path.is_file() else []
        for file in files:
            total += _count(file, input_format)
    return total


def _walk(folder: Path) -> list[Path]:
    found: list[Path] = []
    for top, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(top, f) for f in files if not f.startswith("."))
    return found


def _count(file: Path, input_format: str | None) -> int:
    kind = input_format or SUFFIX_FORMATS.get(file.suffix.lower())
    if kind != "jsonl":
        return 1 if kind else 0
    try:
        with file.open("rb") as fh:
            return sum(1 for line in fh if line.strip())
    except OSError:
        return 0
