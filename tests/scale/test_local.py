"""N worker processes give exactly what one process gives, in the same order."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sitrep.scale import BatchResult, run_local
from sitrep.settings import load_settings

from .corpus import INPUTS, ROOT, corpus, dumps, store_rows

pytestmark = pytest.mark.model


def test_two_workers_with_small_batches_match_one_process(pipeline) -> None:
    alone = dumps(list(pipeline.run(corpus())))
    seen: list[BatchResult] = []
    settings = load_settings(batch_size=3)
    together = dumps(list(run_local(corpus(), workers=2, settings=settings,
                                    on_batch=seen.append)))
    assert len(alone) >= 20
    assert together == alone
    assert len({result.pid for result in seen}) == 2  # both workers took a share
    assert all(result.peak_rss_mb > 0 for result in seen)


def _ingest(db: Path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "sitrep", "ingest", *args, "--db", str(db)],
        capture_output=True, text=True, timeout=600, check=False, cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stderr


def test_ingest_with_workers_resumes_and_ends_with_the_rows_of_one_plain_run(
    tmp_path: Path,
) -> None:
    plain = tmp_path / "plain.db"
    _ingest(plain, *INPUTS)
    resumed = tmp_path / "resumed.db"
    first = sorted(Path(INPUTS[0]).glob("0*.txt"))  # an ingest that stopped part-way
    _ingest(resumed, *map(str, first))
    said = _ingest(resumed, *INPUTS, "--workers", "2")
    assert f"{len(first)} already stored" in said
    assert store_rows(resumed) == store_rows(plain)
    assert len(store_rows(plain)["events"]) >= 20
