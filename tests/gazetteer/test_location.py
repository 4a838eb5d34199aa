"""Opening the index needs its version and file, never the builder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import sitrep.gazetteer as gazetteer
from sitrep.gazetteer import build, location


def test_reading_the_index_does_not_import_the_builder():
    code = ("import sys, sitrep.gazetteer, sitrep.gazetteer.lookup\n"
            "print('sitrep.gazetteer.build' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_the_builder_is_still_reachable_from_the_package():
    assert gazetteer.build_index is build.build_index
    assert build.INDEX_VERSION == location.INDEX_VERSION


def test_the_index_file_carries_the_version(monkeypatch, tmp_path):
    monkeypatch.setenv("SITREP_HOME", str(tmp_path))
    path = location.default_index_path()
    assert path.parent == tmp_path
    assert location.INDEX_VERSION in path.name
    assert location.index_path("") == path
    assert location.index_path("elsewhere.sqlite") == Path("elsewhere.sqlite")
