"""Builders for cluster tests: members as clustering sees them, and stored articles."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitrep.clusters.match import Member
from sitrep.records import Article, Claimant, Count, Event

KHARKIV = (49.98, 36.25)


def make_member(**fields: Any) -> Member:
    values: dict[str, Any] = dict(
        event_id="ev1", article_id="a1", order="1", event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike", day=date(2024, 3, 11), time_precision=1,
        published_date=False, iso=804, country="Ukraine", admin1="Kharkiv", admin2="Kharkiv",
        location="Kharkiv", latitude=KHARKIV[0], longitude=KHARKIV[1], geo_precision=1,
        actor1="Military Forces of Russia (2000-)", actor2="Civilians (Ukraine)", fatalities=12,
        fatalities_stated=True, injuries=None,
        bounds={"fatalities": (12, 12), "injuries": (None, None)}, claimant="the governor",
        source="Desk", event_date="2024-03-11",
    )  # fmt: skip
    values.update(fields)
    if "day" in fields and "event_date" not in fields and fields["day"] is not None:
        values["event_date"] = fields["day"].isoformat()
    return Member(**values)


def make_article(article_id: str, *events: dict[str, Any], text: str = "A strike.",
                 counts: list[Count] | None = None) -> Article:
    art = Article(text=text, id=article_id, published="2024-03-12", source=f"Outlet {article_id}")
    art.counts = counts or []
    art.events = [make_event(article_id, **e) for e in events]
    return art


def make_event(article_id: str, **fields: Any) -> Event:
    values: dict[str, Any] = dict(
        event_id="ev-" + article_id, event_date="2024-03-11", time_precision=1,
        disorder_type="Political violence", event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike", actor1="Military Forces of Russia (2000-)",
        actor2="Civilians (Ukraine)", iso=804, country="Ukraine", admin1="Kharkiv",
        admin2="Kharkiv", location="Kharkiv", latitude=KHARKIV[0], longitude=KHARKIV[1],
        geo_precision=1, source=f"Outlet {article_id}", fatalities=0, article_id=article_id,
        evidence={}, derived={"fatalities": "default"},
    )  # fmt: skip
    values.update(fields)
    return Event(**values)


def killed(value: int, start: int = 0, low: int | None = None, high: int | None = None,
           who: str | None = None, text: str | None = None) -> Count:
    words = text or f"{value} people"
    return Count(words, start, start + len(words), value, low, high, "killed", "people",
                 Claimant(who, 0, len(who)) if who else None)


@pytest.fixture
def member():
    return make_member


@pytest.fixture
def stored_article():
    return make_article


@pytest.fixture
def killed_count():
    return killed
