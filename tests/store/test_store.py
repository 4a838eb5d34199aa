"""The store, on SQLite and PostgreSQL: idempotent ingest, round trips and event queries."""

from __future__ import annotations

import logging
from datetime import date

import pytest

from sitrep.errors import InputError, StoreError
from sitrep.records import Article, Claimant, Count, Entity, Event, Place, Plover, TimeExpr
from sitrep.store.database import AddResult, Store
from sitrep.store.migrations import SCHEMA_VERSION

BODY = (
    "Ukrainian forces seized 28 towns in the Kursk region, where 12 civilians were killed, "
    "the acting governor said."
)


def place(name: str, country: str, code: str, admin1: str, start: int = 0) -> Place:
    return Place(
        text=name, start=start, end=start + len(name), name=name, geonameid=1, latitude=51.7,
        longitude=36.2, country_code=code, country=country, admin1=admin1, admin2=None,
        feature_code="ADM1", population=None, stage="places@1",
    )  # fmt: skip


def event(event_id: str, in_article: str, **fields: object) -> Event:
    values: dict[str, object] = dict(
        event_id=event_id, event_date="2024-08-06", time_precision=1,
        disorder_type="Political violence", event_type="Battles", sub_event_type="Armed clash",
        actor1="Military Forces of Ukraine (2019-)", actor2="Military Forces of Russia (2000-)",
        inter1=1, inter2=1, interaction=11, iso=643, country="Russia", admin1="Kursk",
        location="Kursk", latitude=51.73, longitude=36.19, geo_precision=2, source="Al-Ittihad",
        fatalities=12, injuries=121, displaced=120000, article_id=in_article,
        plover=Plover("ASSAULT", "beat"), evidence={"actor1": [[0, 18]], "fatalities": [[70, 72]]},
        derived={"event_date": "published-date"}, salience=0.9, stage="events@1",
    )  # fmt: skip
    values.update(fields)
    return Event(**values)  # type: ignore[arg-type]


def article(text: str = BODY, *events: dict[str, object], **meta: object) -> Article:
    art = Article(text=text, published="2024-08-12", source="Al-Ittihad", **meta)  # type: ignore[arg-type]
    art.agencies = ["agencies"]
    art.dateline = ["Moscow", "Kyiv"]
    art.origin = "report.txt"
    art.entities = [Entity("Ukrainian", 0, 9, "NORP", "entities@1")]
    art.places = [place("Kursk", "Russia", "RU", "Kursk", start=48)]
    art.dateline_places = [place("Moscow", "Russia", "RU", "Moscow City")]
    art.times = [TimeExpr("on Tuesday", 0, 10, "2024-08-06", "2024-08-06", "2024-08-06", "day")]
    art.counts = [
        Count("12 civilians were killed", 63, 87, 12, 12, None, "killed", "civilians",
              Claimant("the acting governor", 89, 108), "counts@1"),
    ]  # fmt: skip
    art.events = [event(e.pop("event_id"), art.id, **e) for e in events]  # type: ignore[arg-type]
    return art


@pytest.fixture
def store(db_url):
    with Store.open(db_url) as s:
        yield s


def test_open_creates_the_file_at_the_latest_schema(tmp_path):
    path = tmp_path / "sub" / "events.db"
    with Store.open(path) as store:
        assert store.stats() == {
            "articles": 0, "events": 0, "places": 0, "schema_version": SCHEMA_VERSION,
        }  # fmt: skip
    assert path.exists()


def test_adding_the_same_article_twice_changes_nothing(store):
    art = article(BODY, {"event_id": "e1"})
    assert store.add(art) is True
    before = store.stats()
    assert store.add(article(BODY, {"event_id": "e1"})) is False
    assert store.stats() == before == {
        "articles": 1, "events": 1, "places": 2, "schema_version": SCHEMA_VERSION,
    }  # fmt: skip


def test_an_article_with_a_known_id_keeps_its_first_version(store):
    store.add(article(BODY, {"event_id": "e1"}, id="given-1", title="First"))
    assert (
        store.add(article("Other text.", {"event_id": "e2"}, id="given-1", title="Second")) is False
    )
    kept = store.article("given-1")
    assert (kept.title, kept.text, [e.event_id for e in kept.events]) == ("First", BODY, ["e1"])
    assert [e.event_id for e in store.events()] == ["e1"]


def test_add_many_counts_new_and_unchanged_across_batches(store):
    arts = [article(f"Report {i}.", {"event_id": f"e{i}"}) for i in range(3)]
    assert store.add_many([arts[0], arts[1], arts[0]], batch_size=2) == AddResult(2, 1)
    assert store.add_many(arts) == AddResult(added=1, unchanged=2)
    assert store.stats()["events"] == 3


def test_a_failed_batch_saves_nothing_from_it(store):
    good = article("Good report.", {"event_id": "g1"})
    bad = article("Bad report.")
    bad.text = None  # type: ignore[assignment]  # violates NOT NULL
    with pytest.raises(StoreError, match="nothing from this batch was saved"):
        store.add_many([good, bad])
    assert store.stats()["articles"] == 0
    assert store.add(good) is True


def test_article_round_trips_every_record(store):
    art = article(BODY, {"event_id": "e1"}, {"event_id": "e2", "event_type": "Protests"})
    store.add(art)
    assert store.article(art.id) == art
    assert store.article("a-missing") is None


def test_events_round_trip_with_plover_evidence_and_derived(store):
    art = article(BODY, {"event_id": "e1", "plover": Plover("PROTEST", None), "iso": None})
    store.add(art)
    (got,) = store.events()
    assert got == art.events[0]
    assert got.plover == Plover("PROTEST", None)
    assert got.evidence == {"actor1": [[0, 18]], "fatalities": [[70, 72]]}
    assert got.derived == {"event_date": "published-date"}


def test_events_take_the_article_id_of_the_article_they_were_stored_with(store):
    art = article(BODY, {"event_id": "e1", "article_id": ""})
    store.add(art)
    assert store.events()[0].article_id == art.id


@pytest.fixture
def filled(store):
    store.add(article("One.", {"event_id": "kursk-battle"}))
    store.add(article(
        "Two.",
        {"event_id": "sumy-shelling", "event_date": "2024-08-10", "event_type":
         "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack",
         "actor1": "Military Forces of Russia (2000-)", "actor2": "Civilians (Ukraine)",
         "assoc_actor_2": "Farmers (Ukraine)", "iso": 804, "country": "Ukraine",
         "admin1": "Sumy", "location": "Sumy"},
        {"event_id": "kyiv-protest", "event_date": "2024-07-30", "event_type": "Protests",
         "sub_event_type": "Peaceful protest", "actor1": "Protesters (Ukraine)", "actor2": "",
         "iso": 804, "country": "Ukraine", "admin1": "Kyiv City", "location": "Kyiv"},
    ))  # fmt: skip
    store.add(article(
        "Three.",
        {"event_id": "undated", "event_date": None, "event_type": "Strategic developments",
         "sub_event_type": "Other", "country": "Türkiye", "iso": 792,
         "admin1": "İstanbul", "actor1": "Unidentified Armed Group (Türkiye)", "actor2": ""},
    ))  # fmt: skip
    return store


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["kyiv-protest", "kursk-battle", "sumy-shelling", "undated"]),
        ({"country": "ukraine"}, ["kyiv-protest", "sumy-shelling"]),
        ({"country": "RUSSIA"}, ["kursk-battle"]),
        ({"country": "ru"}, ["kursk-battle"]),
        ({"country": "804"}, ["kyiv-protest", "sumy-shelling"]),
        ({"country": "TÜRKIYE"}, ["undated"]),
        ({"admin1": "kyiv city"}, ["kyiv-protest"]),
        ({"admin1": "Kyiv"}, []),
        ({"since": "2024-08-06"}, ["kursk-battle", "sumy-shelling"]),
        ({"until": "2024-08-06"}, ["kyiv-protest", "kursk-battle"]),
        ({"since": date(2024, 8, 1), "until": "2024-08-09"}, ["kursk-battle"]),
        ({"event_type": "battles"}, ["kursk-battle"]),
        ({"event_type": "peaceful PROTEST"}, ["kyiv-protest"]),
        ({"actor": "forces of russia"}, ["kursk-battle", "sumy-shelling"]),
        ({"actor": "farmers"}, ["sumy-shelling"]),
        ({"actor": "(türkiye)"}, ["undated"]),
        ({"actor": "%"}, []),
        ({"country": "Ukraine", "event_type": "Protests", "actor": "protesters"}, ["kyiv-protest"]),
        ({"limit": 2}, ["kyiv-protest", "kursk-battle"]),
    ],
)
def test_events_filters(filled, filters, expected):
    assert [e.event_id for e in filled.events(**filters)] == expected


def test_events_reject_a_date_that_is_not_iso(filled):
    with pytest.raises(InputError, match="since must be a date as YYYY-MM-DD"):
        filled.events(since="12/08/2024")


def test_country_code_comes_from_the_articles_own_places(store):
    art = article(BODY, {"event_id": "e1"}, {"event_id": "e2", "country": "Ukraine", "iso": 804})
    store.add(art)
    rows = store.conn.execute("SELECT event_id, country_code FROM events ORDER BY event_id")
    assert [tuple(r) for r in rows] == [("e1", "RU"), ("e2", None)]


def test_pipeline_defaults_to_the_stage_tags_on_the_records(store):
    plain = article(BODY, {"event_id": "e1"})
    named = article("Other.", {"event_id": "e2"})
    store.add(plain)
    store.add(named, pipeline="sitrep 0.1.0")
    rows = dict(store.conn.execute("SELECT id, pipeline FROM articles").fetchall())
    assert rows[plain.id] == "counts@1 entities@1 events@1 places@1"
    assert rows[named.id] == "sitrep 0.1.0"


def test_an_event_id_already_stored_for_another_article_is_skipped(store, caplog):
    store.add(article("One.", {"event_id": "same"}))
    with caplog.at_level(logging.WARNING, logger="sitrep.store.database"):
        assert store.add(article("Two.", {"event_id": "same", "fatalities": 99})) is True
    assert [e.fatalities for e in store.events()] == [12]
    assert "1 event id(s) already stored" in caplog.text


def test_a_file_that_is_not_a_database_gives_store_error_naming_it(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database\n" * 200)
    with pytest.raises(StoreError, match="notes.db is not a usable SQLite database") as info:
        Store.open(path)
    assert str(path) in str(info.value)
    assert info.value.code == "E006"


def test_a_closed_store_says_to_reopen(tmp_path):
    store = Store.open(tmp_path / "x.db")
    store.close()
    store.close()
    with pytest.raises(StoreError, match="is closed; open it again"):
        store.stats()


def test_a_second_connection_sees_committed_rows(db_url):
    with Store.open(db_url) as writer, Store.open(db_url) as reader:
        writer.add(article(BODY, {"event_id": "e1"}))
        assert [e.event_id for e in reader.events()] == ["e1"]
