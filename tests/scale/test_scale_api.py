from __future__ import annotations

import subprocess
import sys

import pytest

import sitrep.scale


def test_the_scale_api_is_its_all_and_importing_it_loads_neither_model_nor_ray() -> None:
    for name in sitrep.scale.__all__:
        assert callable(getattr(sitrep.scale, name)), name
    with pytest.raises(AttributeError):
        _ = sitrep.scale.run_everywhere  # type: ignore[attr-defined]
    code = ("import sys, sitrep.scale; "
            "print('spacy' in sys.modules, 'ray' in sys.modules, 'pyarrow' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False", "False"]
