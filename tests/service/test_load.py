"""A small run of bench/load.py: the API answers every read while an ingest writes.

``sitrep serve`` and two ``sitrep ingest`` runs are real subprocesses on
127.0.0.1, on each backend; bench/load.py runs the same for up to 60 s on a
larger corpus and reports the rates and latencies.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytestmark = [pytest.mark.model, pytest.mark.gazetteer]

BENCH = Path(__file__).resolve().parents[2] / "bench" / "load.py"


def _load_module():
    spec = importlib.util.spec_from_file_location("sitrep_bench_load", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reads_during_an_ingest_all_succeed(db_url, tmp_path):
    load = _load_module()
    result = load.run(db_url, tmp_path, articles=12, more=30, clients=3, seconds=45)
    assert result["ingest_finished"] and result["ingest_returncode"] == 0
    assert result["events_after"] > result["events_before"] > 0
    assert result["total"]["errors"] == 0, result["error_samples"]
    for label, row in result["endpoints"].items():
        assert row["requests"] > 0, f"no {label} request was made"
    assert "| all |" in load.markdown(result)
