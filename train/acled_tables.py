"""The command line the scripts share that derive a reference table from the ACLED rows.

``train/acled_admin1.py`` and ``train/acled_places.py`` take the same options
(``--data``, ``--index``, ``--out``, ``--check``), skip when the training file is
absent, need the place index, and either write the table or say whether the
committed one is reproduced.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from sitrep.gazetteer.lookup import default_index_path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "acled-train" / "acled-train.csv.gz"
DATA_ENV = "SITREP_ACLED_TRAIN"


def run(description: str, default_out: Path, derive: Callable[[Path, Path], str],
        argv: list[str] | None = None) -> int:
    """Parse the options, then write (or ``--check``) the table ``derive(data, index)``
    renders; 0 when written, reproduced or skipped, 1 when the committed table differs."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--data", type=Path,
                        default=Path(os.environ.get(DATA_ENV) or DEFAULT_DATA))
    parser.add_argument("--index", type=Path, default=None,
                        help="place index (default: the current one in the cache)")
    parser.add_argument("--out", type=Path, default=default_out)
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if the committed table differs")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"skipped: no ACLED training file at {args.data}", file=sys.stderr)
        return 0
    index = args.index or default_index_path()
    if not index.is_file():
        sys.exit(f"{index}: no place index; run `sitrep build-gazetteer` first")
    text = derive(args.data, index)
    rows = sum(1 for line in text.splitlines() if line and not line.startswith("#")) - 1
    if args.check:
        same = args.out.is_file() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'reproduced' if same else 'differs from the data'} ({rows} rows)")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {rows} rows to {args.out}")
    return 0
