"""Reference data: word lists and tables kept as files that users can extend.

Every word list and reference table sitrep uses lives in ``sitrep/data/``,
one file per concept, grouped in folders by subsystem:

- **word lists** (``*.txt``): one entry per line, lowercased by the file's
  author where matching is case-insensitive; ``#`` starts a comment;
- **tables** (``*.csv``): a header row, then one row per entry;
- **mappings** (``*.toml``): nested keys and values.

A **user overlay folder** extends or overrides any of them without editing
the package. It is named by the ``data_dir`` setting or ``SITREP_DATA_DIR``
and mirrors the package layout (``events/armed_groups.csv``, …):

- a word list's lines are added to the package's; a line ``-word`` removes
  ``word``;
- a table's rows are added; a row whose key (its first column) is already
  there replaces that row;
- a mapping's keys are merged in, the overlay's values winning.

Lists are read once per process, on first use, lazily: :func:`use_overlay`
(called by :func:`sitrep.build_pipeline` with the ``data_dir`` setting) must
run before the first list is read for the overlay to reach every rule.
Tables read through :func:`table` are re-read after it.

Example:

    >>> from sitrep import reference
    >>> "monday" in reference.words("common/weekdays")
    True
"""

from __future__ import annotations

import csv
import functools
import io
import os
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError, ResourceError

__all__ = [
    "DATA_ENV",
    "active_overlay",
    "mapping",
    "ordered_words",
    "table",
    "use_overlay",
    "words",
]

DATA_ENV = "SITREP_DATA_DIR"

_overlay: Path | None = None
_overlay_set = False


def use_overlay(folder: str | os.PathLike[str] | None) -> None:
    """Take reference-data additions from ``folder``; None means no overlay.

    Without a call, the first read takes ``$SITREP_DATA_DIR`` (the settings
    read that variable into ``data_dir`` too).
    """
    global _overlay, _overlay_set
    path = Path(folder) if folder else None
    if path is not None and not path.is_dir():
        raise ConfigError(f"data_dir {path} is not a folder; create it or fix the setting.")
    _overlay, _overlay_set = path, True
    _clear()


def active_overlay() -> Path | None:
    """The overlay folder in use, if any."""
    if not _overlay_set:
        env = os.environ.get(DATA_ENV)
        if env:
            use_overlay(env)
    return _overlay


def _clear() -> None:
    for cached in (_text, ordered_words, words, table, mapping):
        cached.cache_clear()


@functools.cache
def _text(name: str) -> tuple[str | None, str | None]:
    """The package's and the overlay's text of data file ``name`` (with suffix)."""
    node = resources.files("sitrep").joinpath("data", *name.split("/"))
    base = node.read_text(encoding="utf-8") if node.is_file() else None
    extra = None
    overlay = active_overlay()
    if overlay is not None:
        path = overlay.joinpath(*name.split("/"))
        if path.is_file():
            try:
                extra = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise ConfigError(f"{path}: cannot read it as UTF-8 text ({exc}).") from exc
    if base is None and extra is None:
        raise ResourceError(f"reference data {name!r} is missing from the sitrep package; "
                            "reinstall sitrep.")
    return base, extra


def _lines(text: str | None) -> list[str]:
    out = []
    for line in (text or "").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(" ".join(line.split()))
    return out


@functools.cache
def ordered_words(name: str) -> tuple[str, ...]:
    """The entries of word list ``name`` (``"events/weapons"``), in file order, overlay last."""
    base, extra = _text(name + ".txt")
    entries = _lines(base)
    removed = set()
    for line in _lines(extra):
        if line.startswith("-") and len(line) > 1:
            removed.add(line[1:].strip())
        elif line not in entries:
            entries.append(line)
    return tuple(e for e in entries if e not in removed)


@functools.cache
def words(name: str) -> frozenset[str]:
    """Word list ``name`` as a set."""
    return frozenset(ordered_words(name))


def _rows(text: str | None, name: str) -> tuple[list[str], list[dict[str, str]]]:
    if not text:
        return [], []
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.reader(io.StringIO("\n".join(lines)))
    header = next(reader, [])
    rows = []
    for row in reader:
        if not row:
            continue
        if len(row) != len(header):
            raise ConfigError(f"{name}: row {row!r} does not have the header's "
                              f"{len(header)} columns.")
        rows.append(dict(zip(header, map(str.strip, row), strict=True)))
    return header, rows


@functools.cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """Table ``name`` (``"events/armed_groups"``) as rows; overlay rows add or replace by key."""
    base, extra = _text(name + ".csv")
    header, rows = _rows(base, name + ".csv")
    extra_header, extra_rows = _rows(extra, f"{active_overlay()}/{name}.csv")
    if extra_rows:
        if header and extra_header[:1] != header[:1]:
            raise ConfigError(f"{active_overlay()}/{name}.csv: its first column must be "
                              f"{header[0]!r}, as in sitrep's own table.")
        key = (header or extra_header)[0]
        index = {row[key]: i for i, row in enumerate(rows)}
        for row in extra_rows:
            full = {col: row.get(col, "") for col in header or extra_header}
            if row[key] in index:
                rows[index[row[key]]] = full
            else:
                index[row[key]] = len(rows)
                rows.append(full)
    return tuple(rows)


def _merge(into: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = value
    return into


@functools.cache
def mapping(name: str) -> dict[str, Any]:
    """Mapping ``name`` (``"common/numbers"``) from TOML; overlay keys merged in.

    The returned dict is shared: do not change it.
    """
    base, extra = _text(name + ".toml")
    try:
        data = tomllib.loads(base or "")
        if extra:
            _merge(data, tomllib.loads(extra))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{name}.toml: not valid TOML ({exc}).") from exc
    return data
