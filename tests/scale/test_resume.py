from __future__ import annotations

from pathlib import Path

from sitrep.records import Article
from sitrep.scale.estimate import estimate_articles
from sitrep.scale.resume import Unstored
from sitrep.store.database import Store


def test_only_articles_the_store_lacks_go_through_and_the_rest_are_counted() -> None:
    articles = [Article(text=f"Shelling hit Kharkiv, report {i}.") for i in range(7)]
    with Store.open(":memory:") as store:
        store.add_many([articles[1], articles[4]])
        unstored = Unstored(store, chunk=3)
        left = [a.id for a in unstored(articles)]
    assert left == [articles[i].id for i in (0, 2, 3, 5, 6)]
    assert unstored.already == 2


def test_the_progress_estimate_counts_files_and_jsonl_lines(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n', encoding="utf-8")
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    assert estimate_articles([str(tmp_path)]) == 4
    assert estimate_articles([str(tmp_path / "feed.jsonl"), str(tmp_path / "a.txt")]) == 3
    assert estimate_articles(["-"]) is None
