"""Where the gold data lives: ``--data DIR``, else ``$SITREP_EVAL_DATA``, else ``../shared/data``.

The default is the folder ``shared/data`` beside the repository (``../shared/data``
seen from its root). The gold data is never copied into the repository: when it is
absent an evaluation says ``skipped: no gold data at …`` and succeeds, so a fresh
clone can run every evaluation command harmlessly.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["DEFAULT_DATA", "ENV_VAR", "data_root", "gold_file", "skip_message"]

ENV_VAR = "SITREP_EVAL_DATA"
#: src/sitrep/evaluation/gold_data.py -> the repository root is three folders up.
DEFAULT_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data"


def data_root(option: str | os.PathLike[str] | None = None) -> Path:
    """The gold-data folder: the option, else the environment variable, else the default."""
    if option:
        return Path(option)
    env = os.environ.get(ENV_VAR, "").strip()
    return Path(env) if env else DEFAULT_DATA


def gold_file(root: Path, relative: str) -> Path | None:
    """``root/relative`` when it exists, else None."""
    path = root / relative
    return path if path.exists() else None


def skip_message(root: Path, relative: str = "") -> str:
    """The line an evaluation prints when its gold data is missing."""
    missing = root / relative if relative and root.is_dir() else root
    shown = "../shared/data" if missing == DEFAULT_DATA else str(missing)
    return (f"skipped: no gold data at {shown} (pass --data DIR or set {ENV_VAR} "
            "to score against it).")
