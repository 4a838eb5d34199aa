"""Parquet parts: written in order, refused twice, read back whole by `sitrep load`."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.cli import main
from sitrep.errors import InputError
from sitrep.records import Article, Event
from sitrep.store.database import Store

pytest.importorskip("pyarrow", reason="pyarrow is not installed (pip install 'sitrep[ray]')")

from sitrep.scale.parquet import read_articles, write_parquet  # noqa: E402


def _articles() -> list[Article]:
    out = []
    for i in range(5):
        art = Article(text=f"Shelling killed {i + 2} people in Kharkiv.", published="2024-05-01",
                      origin=f"feed.jsonl:{i + 1}")
        art.events = [Event(event_id=f"ev{i}", event_date=f"2024-04-2{i}", time_precision=1,
                            disorder_type="Political violence",
                            event_type="Explosions/Remote violence",
                            sub_event_type="Shelling/artillery/missile attack",
                            actor1="Military Forces of Russia (2000-)", fatalities=i + 2,
                            country="Ukraine", article_id=art.id)]
        out.append(art)
    return out


def test_parts_keep_the_order_and_load_gives_the_stored_rows(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "out"
    passed = list(write_parquet(_articles(), folder, rows_per_part=2))
    assert [a.origin for a in passed] == [f"feed.jsonl:{i}" for i in range(1, 6)]
    assert sorted(p.name for p in (folder / "articles").iterdir()) == [
        "part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    back = list(read_articles(folder))
    assert [a.to_dict() for a in back] == [a.to_dict() for a in _articles()]
    assert [a.origin for a in back] == [a.origin for a in passed]

    with pytest.raises(InputError, match="already holds Parquet parts"):
        list(write_parquet(_articles(), folder))

    db = tmp_path / "loaded.db"
    main(["load", str(folder), "--db", str(db)])  # exits only on failure
    assert "5 new article(s)" in capsys.readouterr().err
    with Store.open(db) as store:
        assert store.stats()["events"] == 5
        assert [e.fatalities for e in store.events()] == [2, 3, 4, 5, 6]


def test_a_folder_without_parts_is_named_in_the_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no articles/part"):
        list(read_articles(tmp_path))
