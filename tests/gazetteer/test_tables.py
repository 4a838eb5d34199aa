"""The gazetteer's data tables: readable, and each key given once."""

from __future__ import annotations

from importlib import resources

import pytest

from sitrep import reference

TABLES = sorted(p.name.removesuffix(".csv") for p in
                resources.files("sitrep").joinpath("data", "gazetteer").iterdir()
                if p.name.endswith(".csv"))


@pytest.mark.parametrize("name", TABLES)
def test_table_gives_each_key_once(name):
    rows = reference.table(f"gazetteer/{name}")
    keys = [next(iter(row.values())) for row in rows]
    assert rows and all(keys)
    assert len(keys) == len(set(keys)), f"gazetteer/{name}.csv repeats a key"
