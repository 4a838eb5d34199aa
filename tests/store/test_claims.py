"""Claims in the store: who gave each event, count and quote, and how far a figure reaches."""

from __future__ import annotations

import json
import sqlite3

import pytest

from sitrep.records import Article, Claimant, Count, Event, Quote
from sitrep.store.claims import count_bounds, event_bounds, event_claimant
from sitrep.store.database import Store
from sitrep.store.migrations import MIGRATIONS, migrate

BODY = ("Russian aircraft struck Kharkiv, killing at least 10 people, the governor said. "
        "\"We need air defence,\" the mayor told reporters.")


def _count(text: str, value: int | None, low: int | None = None, high: int | None = None,
           category: str = "killed", who: Claimant | None = None) -> Count:
    start = BODY.find(text) if text in BODY else 0
    return Count(text, start, start + len(text), value, low, high, category, "people", who)


def _article(article_id: str = "a1") -> Article:
    art = Article(text=BODY, id=article_id, published="2024-03-12", source="Desk")
    governor = Claimant("the governor", BODY.find("the governor"), BODY.find("the governor") + 12)
    art.counts = [_count("at least 10 people", 10, 10, None, who=governor)]
    mayor = BODY.find("the mayor")
    art.quotes = [
        Quote("the governor", governor.start, governor.end, "said", BODY[:59], 0, 59, False, None),
        Quote("the mayor", mayor, mayor + 9, "told", "We need air defence,", 1, 21, True, None),
    ]
    start = art.counts[0].start
    art.events = [Event(
        event_id="ev-" + article_id, event_date="2024-03-11", time_precision=1,
        disorder_type="Political violence", event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike", actor1="Military Forces of Russia (2000-)",
        fatalities=10, article_id=article_id, iso=804, country="Ukraine",
        evidence={"event_type": [[17, 23]], "fatalities": [[start, start + 18]]},
    )]  # fmt: skip
    return art


@pytest.fixture
def store(db_url):
    with Store.open(db_url) as s:
        yield s


@pytest.mark.parametrize(("count", "bounds"), [
    (_count("12 people", 12), (12, 12)),
    (_count("at least 10 people", 10, 10, None), (10, None)),
    (_count("up to 40 people", 40, None, 40), (0, 40)),
    (_count("between 15 and 20 people", 15, 15, 20), (15, 20)),
    (_count("about 20 people", 20), (16, 24)),
    (_count("some 50 people", 50), (40, 60)),
])  # fmt: skip
def test_a_count_states_bounds(count, bounds):
    assert count_bounds(count) == bounds


def test_an_event_takes_the_bounds_of_its_counts_without_a_suicide_attacker():
    art = _article()
    bomber = _count("suicide bomber", 1)
    art.counts.append(bomber)
    art.events[0].evidence["fatalities"].append([bomber.start, bomber.end])
    art.events[0].fatalities = 11
    assert event_bounds(art, art.events[0], "fatalities") == (10, None)


def test_a_default_or_unreported_figure_states_nothing():
    art = _article()
    art.events[0].derived["fatalities"] = "default"
    assert event_bounds(art, art.events[0], "fatalities") == (None, None)
    assert event_bounds(art, art.events[0], "injuries") == (None, None)


def test_an_event_takes_its_claimant_from_its_count_then_from_the_attribution():
    art = _article()
    assert event_claimant(art, art.events[0]).name == "the governor"
    art.counts[0].claimant = None
    assert event_claimant(art, art.events[0]).name == "the governor"  # the quote holding it
    art.quotes = []
    assert event_claimant(art, art.events[0]) is None


def test_stored_events_counts_and_quotes_keep_their_claimant_and_article(store):
    store.add(_article())
    row = store.conn.execute("SELECT claimant, claimant_start, fatalities_low, fatalities_high "
                             "FROM events").fetchone()
    assert tuple(row) == ("the governor", BODY.find("the governor"), 10, None)
    counts = store.conn.execute("SELECT article_id, text, claimant FROM counts").fetchall()
    assert [tuple(c) for c in counts] == [("a1", "at least 10 people", "the governor")]


def test_events_and_quotes_are_found_by_part_of_who_said_them(store):
    store.add(_article())
    assert [e.event_id for e in store.events(claimant="GOVERNOR")] == ["ev-a1"]
    assert store.events(claimant="mayor") == []
    assert store.events(claimant="100%") == []
    (quote,) = store.quotes(speaker="Mayor")
    assert (quote["article_id"], quote["content"], quote["direct"], quote["source"]) == (
        "a1", "We need air defence,", True, "Desk")
    assert len(store.quotes()) == 2
    assert store.quotes(limit=1)[0]["speaker"] == "the governor"


def test_migrating_an_older_store_fills_claims_from_its_records(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(str(path), isolation_level=None)
    migrate(conn, MIGRATIONS[:2])
    art = _article()
    conn.execute(
        "INSERT INTO articles (id, published, source, agencies, dateline, text, ingested_at, "
        "record, pipeline) VALUES (?, ?, ?, '[]', '[]', ?, '2024-03-12T00:00:00+00:00', ?, 'x')",
        (art.id, art.published, art.source, art.text, json.dumps(art.to_dict())),
    )
    conn.execute(
        "INSERT INTO events (event_id, article_id, event_date, disorder_type, event_type, "
        "sub_event_type, actor1, fatalities, evidence, derived) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
        "?, '{}')",
        ("ev-a1", "a1", "2024-03-11", "Political violence", "Explosions/Remote violence",
         "Air/drone strike", "Military Forces of Russia (2000-)", 10,
         json.dumps(art.events[0].evidence)),
    )
    conn.close()
    with Store.open(path) as store:
        assert [e.event_id for e in store.events(claimant="governor")] == ["ev-a1"]
        assert [q["speaker"] for q in store.quotes()] == ["the governor", "the mayor"]


def test_an_event_without_a_claimed_count_takes_the_narrowest_attribution_holding_it():
    text = ('According to the army, "Drones struck the depot at dawn," the commander said, '
            "and the governor blamed sabotage for the fire.")
    art = Article(text=text, id="a9", published="2024-03-12", source="Desk")
    army, commander = text.find("the army"), text.find("the commander")
    inner_start = text.find("Drones")
    inner_end = text.find(",\" the")
    trigger = text.find("struck")
    art.quotes = [
        Quote("the army", army, army + 8, "according to", text, 0, len(text), False, None),
        Quote("the commander", commander, commander + 13, "said",
              text[inner_start:inner_end], inner_start, inner_end, True, None),
    ]
    art.events = [Event(
        event_id="ev-a9", event_date="2024-03-12", time_precision=1,
        disorder_type="Political violence", event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike", actor1="", article_id="a9",
        evidence={"event_type": [[trigger, trigger + 6]]},
    )]  # fmt: skip
    assert event_claimant(art, art.events[0]).name == "the commander"
    art.quotes = art.quotes[:1]
    assert event_claimant(art, art.events[0]).name == "the army"
    blamed = text.find("the governor")
    art.quotes = [Quote("the governor", blamed, blamed + 12, "blamed", text, 0, len(text),
                        False, None)]
    assert event_claimant(art, art.events[0]) is None  # blaming vouches for nothing
