"""A user's overlay folder reaches the actor tables: new groups, corrected rows, new terms.

The tables (``events/armed_groups.csv``, ``events/regimes.csv``) are read on
first use after :func:`sitrep.reference.use_overlay`, so a pipeline built
with ``data_dir`` names the groups the user added.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep import build_pipeline, reference
from sitrep.events.reference import armed_groups, find_group, regime_years
from sitrep.records import Article
from sitrep.settings import Settings

NHLF = "NHLF: Northern Hills Liberation Front"
HEADER = "name,aliases,inter,country,state_from,kind\n"
REPORT = ("MAIDUGURI, Nigeria (Reuters) - Gunmen from the Northern Hills Liberation Front "
          "attacked the village of Kawuri in Borno state on Tuesday, killing five civilians, "
          "police said.\n\nThe NHLF said it carried out the raid.")


def _overlay(folder: Path, name: str, text: str) -> Path:
    path = folder / "events" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def overlay(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    """An overlay folder with one new armed group, in use until the test ends."""
    request.addfinalizer(lambda: reference.use_overlay(None))
    _overlay(tmp_path, "armed_groups.csv",
             HEADER + f"{NHLF},nhlf|northern hills liberation front,2,NG,,group\n")
    reference.use_overlay(tmp_path)
    return tmp_path


def test_an_added_group_is_found_after_the_package_groups(overlay: Path) -> None:
    group = find_group("NHLF fighters")
    assert group is not None and (group.name, group.inter, group.country) == (NHLF, 2, "NG")
    assert armed_groups()[-1] is group
    assert find_group("Hamas militants").name == "Hamas"  # the package's rows are kept


def test_the_group_is_gone_once_the_overlay_is_reset(overlay: Path) -> None:
    assert find_group("NHLF fighters") is not None
    reference.use_overlay(None)
    assert find_group("NHLF fighters") is None


def test_an_overlay_row_replaces_the_package_row_with_its_name(tmp_path: Path,
                                                               request: pytest.FixtureRequest
                                                               ) -> None:
    request.addfinalizer(lambda: reference.use_overlay(None))
    _overlay(tmp_path, "armed_groups.csv", HEADER + "Hamas,hamas,3,PS,,group\n")
    reference.use_overlay(tmp_path)
    assert find_group("Qassam Brigades fighters") is None  # the package's aliases are gone
    hamas = find_group("Hamas")
    assert hamas is not None and hamas.inter == 3
    assert [g.name for g in armed_groups()].count("Hamas") == 1


def test_an_overlay_term_changes_the_years_in_state_actor_names(tmp_path: Path,
                                                                request: pytest.FixtureRequest
                                                                ) -> None:
    request.addfinalizer(lambda: reference.use_overlay(None))
    assert regime_years("KE", "2024-01-01") == "2022-"
    _overlay(tmp_path, "regimes.csv", "country,terms\nKE,2013-04-09/2022-09-13|2022-09-13/\n"
             "GH,2025-01-07/\n")
    reference.use_overlay(tmp_path)
    assert regime_years("KE", "2020-01-01") == "2013-2022"
    assert regime_years("GH", "2025-06-01") == "2025-"


@pytest.mark.model
@pytest.mark.gazetteer
def test_the_pipeline_names_an_added_group_as_actor1(overlay: Path) -> None:
    pipeline = build_pipeline(Settings(data_dir=str(overlay)))
    article = pipeline.process(Article(text=REPORT, published="2024-03-14"))
    event = next(e for e in article.events if e.fatalities == 5)
    assert (event.actor1, event.inter1) == (NHLF, 2)
