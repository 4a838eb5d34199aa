"""Which place index to open: its version and where its file lives.

Kept apart from :mod:`.build` so that opening the index does not import the builder.
"""

from __future__ import annotations

from pathlib import Path

from ..settings import default_cache_dir

__all__ = ["INDEX_VERSION", "INDEX_FILE", "default_index_path", "index_path"]

#: Bumped whenever the schema or the derivation rules change; a stale index is rebuilt.
INDEX_VERSION = "3.5"
#: The index file: versioned, so that a new version is built next to the old one.
INDEX_FILE = f"gazetteer-v{INDEX_VERSION}.sqlite"


def default_index_path() -> Path:
    """``<cache dir>/gazetteer-v<INDEX_VERSION>.sqlite``; the cache dir is ``$SITREP_HOME``
    or ~/.cache/sitrep."""
    return default_cache_dir() / INDEX_FILE


def index_path(path: str = "") -> Path:
    """The index file at ``path``, or :func:`default_index_path` when it is empty."""
    return Path(path) if path else default_index_path()
