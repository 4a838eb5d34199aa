"""The public API is exactly ``__all__``, and importing it loads nothing heavy."""

from __future__ import annotations

import subprocess
import sys

import sitrep


def test_all_names_exist_and_nothing_public_is_missing():
    for name in sitrep.__all__:
        assert hasattr(sitrep, name), name
    public = {n for n in vars(sitrep) if not n.startswith("_")} - {"annotations"}
    modules = {n for n in public if type(getattr(sitrep, n)).__name__ == "module"}
    assert public - modules == set(sitrep.__all__) - {"__version__"}


def test_import_loads_no_model():
    code = "import sys, sitrep; print('spacy' in sys.modules, 'sqlite3' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_every_exception_derives_from_the_root():
    for name in ("ConfigError", "PipelineError", "InputError", "ArticleError",
                 "ResourceError", "StoreError"):
        exc = getattr(sitrep, name)
        assert issubclass(exc, sitrep.SitrepError)
        assert exc.code.startswith("E") and exc.code != sitrep.SitrepError.code
