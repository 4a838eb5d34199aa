"""Hard stops: an article over the size limit or a stage over its time budget is skipped
and reported with the setting to change, never cut short; the rest of the batch carries on."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from sitrep import Article, Entity, Pipeline
from sitrep.cli import main
from sitrep.errors import LimitError
from sitrep.limits import time_budget, too_large
from sitrep.pipeline import Failure
from sitrep.runner import Run
from sitrep.stages.base import Stage, Work


class Slow(Stage):
    """Takes (up to 30 s, in small steps) on any article that says "slow"."""

    name = "slow"
    requires = ("text",)
    assigns = ("entities",)

    def __call__(self, work: Work) -> None:
        if "slow" in work.article.text:
            until = time.monotonic() + 30
            while time.monotonic() < until:
                time.sleep(0.01)
        work.article.entities.append(Entity("x", 0, 1, "GPE", stage=self.tag))


def test_stage_over_its_budget_skips_that_article_only() -> None:
    failures: list[Failure] = []
    pipe = Pipeline([Slow()], batch_size=4, article_seconds=0.2)
    articles = [Article(text=t) for t in ("fast one", "a slow one", "fast two")]
    out = list(pipe.run(articles, on_failure=failures.append))
    assert [a.text for a in out] == ["fast one", "fast two"]
    assert [len(a.entities) for a in out] == [1, 1]  # the batch run was undone, then redone
    stopped = [(f.article.text, f.stage, f.limit) for f in failures]
    assert stopped == [("a slow one", "slow@1", True)]
    assert failures[0].error == "the article took over 0.2 s (article_seconds); skipped"


def test_article_over_the_size_limit_is_skipped_before_any_stage() -> None:
    run = Run(Pipeline([Slow()], max_article_bytes=10))
    out = list(run.process([Article(text="short"), Article(text="Kharkiv " * 3)]))
    assert [a.text for a in out] == ["short"]
    stats = run.stats
    assert (stats.articles, stats.over_limit, stats.failed, stats.given) == (1, 1, 0, 2)
    assert run.stats.failures[0].error == (
        "the article is 24 bytes, over the limit of 10 bytes (max_article_bytes); skipped")


def test_size_counts_utf8_bytes_not_characters() -> None:
    assert too_large("é" * 5, 10) is None
    assert too_large("é" * 6, 10) == (
        "the article is 12 bytes, over the limit of 10 bytes (max_article_bytes); skipped")


def test_no_budget_means_none() -> None:
    with time_budget(0):
        time.sleep(0.01)


def test_budget_raises_inside_the_block() -> None:
    with pytest.raises(LimitError, match="took over 0.05 s"), time_budget(0.05):
        time.sleep(5)


@pytest.mark.model
@pytest.mark.gazetteer
def test_cli_limits_are_reported_counted_and_exit_1(capsys: pytest.CaptureFixture[str],
                                                     tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Shelling killed 3 in Kharkiv on Monday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Protesters rallied in Lahore. " * 10, encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["extract", str(tmp_path), "--max-article-bytes", "100", "--batch-size", "1"])
    out, err = capsys.readouterr()
    assert exit_.value.code == 1 and len(out.splitlines()) == 1
    assert f"{tmp_path / 'b.txt'}: the file is 300 bytes, over the limit of 100 bytes" in err
    assert "1 input(s) skipped" in err


def test_single_article_over_budget_is_skipped_without_a_second_run() -> None:
    runs: list[str] = []

    class Counting(Slow):
        def __call__(self, work: Work) -> None:
            runs.append(work.article.text)
            super().__call__(work)

    failures: list[Failure] = []
    pipe = Pipeline([Counting()], batch_size=1, article_seconds=0.1)
    out = list(pipe.run([Article(text="slow"), Article(text="fast")], on_failure=failures.append))
    assert [a.text for a in out] == ["fast"] and runs == ["slow", "fast"]
    assert [f.error for f in failures] == ["the article took over 0.1 s (article_seconds); skipped"]
