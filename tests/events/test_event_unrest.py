"""The violence of a crowd folds into its demonstration; armed groups' battles stay apart."""

from __future__ import annotations

import pytest

from sitrep.events.assemble import Row
from sitrep.events.unrest import NEAR_KM, fold_unrest
from sitrep.places.distance import distance_km
from sitrep.records import Place

LAGOS = Place("Lagos", 40, 45, "Lagos", 1, 6.45, 3.39, "NG", "Nigeria", "Lagos", "Lagos Island",
              "PPLA", 9_000_000)
LAGOS_STATE = Place("Lagos State", 90, 101, "Lagos", 2, 6.55, 3.57, "NG", "Nigeria", "Lagos",
                    None, "ADM1", 12_000_000)
IKEJA = Place("Ikeja", 120, 125, "Ikeja", 3, 6.55, 3.36, "NG", "Nigeria", "Lagos", "Ikeja",
              "PPLA2", 300_000)
KANO = Place("Kano", 150, 154, "Kano", 4, 12.00, 8.52, "NG", "Nigeria", "Kano", "Kano",
             "PPLA", 3_600_000)


def _row(etype: str, sub: str, place: Place | None, *, actor1: str, inter1: int,
         actor2: str = "", inter2: int = 0, day: str = "2024-10-20",
         derived: dict[str, str] | None = None, anchor: int = 0) -> Row:
    return Row(event_type=etype, sub_event_type=sub, actor1=actor1, inter1=inter1,
               actor2=actor2, inter2=inter2, assoc_actor_1="", place=place, geo_precision=1,
               event_date=day, time_precision=1, family="x", lemma="x", weapon=None,
               strength=1.0, sentences={anchor}, anchors=[(anchor, anchor + 4)],
               evidence={"event_type": [[anchor, anchor + 4]]}, derived=dict(derived or {}),
               country_code="NG")


def _riot(place: Place = LAGOS, day: str = "2024-10-20") -> Row:
    return _row("Riots", "Violent demonstration", place, actor1="Rioters (Nigeria)", inter1=5,
                day=day)


def _police_fire(place: Place | None = LAGOS, day: str = "2024-10-20", **kw: object) -> Row:
    defaults: dict[str, object] = {"actor1": "Police Forces of Nigeria (2023-)", "inter1": 1,
                                   "actor2": "Rioters (Nigeria)", "inter2": 5, "anchor": 30}
    defaults.update(kw)
    return _row("Battles", "Armed clash", place, day=day, **defaults)  # type: ignore[arg-type]


def test_police_clashing_with_rioters_is_the_riot() -> None:
    riot, clash = _riot(), _police_fire()
    folded = fold_unrest([riot, clash])
    assert folded == [riot]
    assert riot.event_type == "Riots" and riot.sentences == {0, 30}
    assert [30, 34] in riot.evidence["event_type"]


def test_a_shooting_of_protesters_nearby_folds_into_the_riot() -> None:
    assert distance_km(6.55, 3.36, 6.45, 3.39) < NEAR_KM
    shooting = _row("Violence against civilians", "Attack", IKEJA,
                    actor1="Police Forces of Nigeria (2023-)", inter1=1,
                    actor2="Protesters (Nigeria)", inter2=6, anchor=50)
    assert len(fold_unrest([_riot(), shooting])) == 1


def test_a_clash_told_only_at_the_region_folds_into_the_town_riot() -> None:
    clash = _police_fire(LAGOS_STATE, actor2="", inter2=0, derived={"actor2": "inferred"})
    assert len(fold_unrest([_riot(), clash])) == 1


@pytest.mark.parametrize("clash", [
    _police_fire(actor2="Boko Haram", inter2=2),  # an armed group fights its own battle
    _police_fire(actor2="Unidentified Armed Group (Nigeria)", inter2=3),  # gunmen, not a crowd
    _police_fire(KANO),  # another city
    _police_fire(day="2024-10-23"),  # another day
])
def test_violence_of_armed_groups_elsewhere_or_another_day_stays_apart(clash: Row) -> None:
    assert len(fold_unrest([_riot(), clash])) == 2


def test_without_a_demonstration_nothing_folds() -> None:
    rows = [_police_fire(), _police_fire(KANO)]
    assert fold_unrest(rows) == rows


def test_demonstrations_are_not_folded_into_each_other() -> None:
    march = _row("Protests", "Peaceful protest", LAGOS, actor1="Protesters (Nigeria)",
                 inter1=6, anchor=70)
    assert len(fold_unrest([_riot(), march])) == 2


def test_the_violence_folds_into_the_riot_rather_than_the_peaceful_protest() -> None:
    march = _row("Protests", "Peaceful protest", LAGOS, actor1="Protesters (Nigeria)",
                 inter1=6, anchor=70)
    riot = _riot()
    folded = fold_unrest([march, riot, _police_fire()])
    assert folded == [march, riot]
    assert 30 in riot.sentences and 30 not in march.sentences
