"""Reference data and the user overlay: lists add and remove lines, tables replace by key."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep import reference
from sitrep.errors import ConfigError


@pytest.fixture
def overlay(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    """An empty overlay folder, in use until the test ends."""
    request.addfinalizer(lambda: reference.use_overlay(None))
    (tmp_path / "events").mkdir()
    reference.use_overlay(tmp_path)
    return tmp_path


def test_package_lists_are_read_without_an_overlay() -> None:
    reference.use_overlay(None)
    assert "monday" in reference.words("common/weekdays")
    assert reference.ordered_words("common/weekdays")[0] == "monday"


def test_an_overlay_line_adds_a_word_and_a_minus_line_removes_one(overlay: Path) -> None:
    assert {"mob", "crowd"} <= reference.words("events/crowd_nouns")
    (overlay / "events" / "crowd_nouns.txt").write_text("# mine\nthrong\n-mob\n")
    reference.use_overlay(overlay)  # lists already read are read again
    words = reference.words("events/crowd_nouns")
    assert "throng" in words and "mob" not in words and "crowd" in words
    assert reference.ordered_words("events/crowd_nouns")[-1] == "throng"


def test_an_overlay_row_replaces_the_package_row_by_key_and_adds_new_ones(overlay: Path
                                                                          ) -> None:
    (overlay / "events" / "regimes.csv").write_text(
        "country,terms\nRU,1999-12-31/\nGH,2025-01-07/\n")
    reference.use_overlay(overlay)
    rows = {row["country"]: row for row in reference.table("events/regimes")}
    assert rows["RU"]["terms"] == "1999-12-31/"
    assert rows["GH"]["terms"] == "2025-01-07/"
    assert rows["UA"]["terms"].startswith("2014-06-07/")  # untouched rows stay
    countries = [row["country"] for row in reference.table("events/regimes")]
    assert countries.count("RU") == 1 and countries[-1] == "GH"


def test_an_overlay_table_must_share_the_package_key(overlay: Path) -> None:
    (overlay / "events" / "regimes.csv").write_text("code,terms\nRU,1999-12-31/\n")
    reference.use_overlay(overlay)
    with pytest.raises(ConfigError, match="first column"):
        reference.table("events/regimes")


@pytest.mark.parametrize("row", ["RU", "RU,1999-12-31/,extra"])
def test_an_overlay_row_with_another_number_of_columns_is_refused(overlay: Path, row: str
                                                                   ) -> None:
    (overlay / "events" / "regimes.csv").write_text(f"country,terms\nGH,2025-01-07/\n{row}\n")
    reference.use_overlay(overlay)
    with pytest.raises(ConfigError, match="2 columns"):
        reference.table("events/regimes")


def test_table_cells_are_stripped_and_quoted_commas_kept(overlay: Path) -> None:
    (overlay / "events" / "regimes.csv").write_text(
        'country,terms\n# a comment line\n  GH ,"2025-01-07/, later"\n')
    reference.use_overlay(overlay)
    rows = {row["country"]: row for row in reference.table("events/regimes")}
    assert rows["GH"] == {"country": "GH", "terms": "2025-01-07/, later"}


def test_an_overlay_folder_must_exist(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not a folder"):
        reference.use_overlay(tmp_path / "missing")
