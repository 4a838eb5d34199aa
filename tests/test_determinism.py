"""The same input gives byte-identical output, whatever the hash seed and batch size.

Python randomises ``str`` hashes per process, so any choice that follows the
iteration order of a set would differ between runs. Each run here is a fresh
process with its own ``PYTHONHASHSEED`` and ``SITREP_BATCH_SIZE``, over a
varied corpus (every demo report and test fixture), and all must agree.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[1]
INPUTS = [str(ROOT / "examples"), str(ROOT / "tests" / "fixtures")]
RUNS = [("0", "32"), ("1", "1"), ("12345", "7")]


def _extract(seed: str, batch: str) -> bytes:
    env = dict(os.environ, PYTHONHASHSEED=seed, SITREP_BATCH_SIZE=batch)
    done = subprocess.run(
        [sys.executable, "-m", "sitrep", "extract", *INPUTS],
        env=env, capture_output=True, timeout=600, check=False,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    return done.stdout


def test_output_does_not_depend_on_hash_seed_or_batch_size() -> None:
    outputs = [_extract(seed, batch) for seed, batch in RUNS]
    assert outputs[0].count(b"\n") >= 20  # every article came out
    for (seed, batch), out in zip(RUNS[1:], outputs[1:], strict=True):
        assert out == outputs[0], f"PYTHONHASHSEED={seed} SITREP_BATCH_SIZE={batch} differs"


@pytest.mark.parametrize("text", [
    "Militants fired a grenade launcher at an army post in Kunduz on Monday.",
    "Soldiers fired live bullets, stun grenades and tear gas canisters at the crowd in Yangon.",
])
def test_a_weapon_named_twice_gives_one_sub_type_under_every_hash_seed(text: str) -> None:
    seen = set()
    for seed in ("0", "1", "2", "3", "4", "5"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        done = subprocess.run(
            [sys.executable, "-m", "sitrep", "extract", "--text", text,
             "--published", "2024-05-07", "-f", "acled-csv"],
            env=env, capture_output=True, timeout=300, check=True,
        )
        seen.add(done.stdout)
    assert len(seen) == 1
