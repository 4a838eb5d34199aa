"""Exporters: JSONL, ACLED-style CSV and GeoJSON from hand-built articles and events."""

from __future__ import annotations

import csv
import io
import json

import pytest

from sitrep.errors import ConfigError
from sitrep.output.exporters import (
    CSV_COLUMNS,
    EXPORTERS,
    format_for_path,
    write,
    write_acled_csv,
    write_geojson,
    write_jsonl,
)
from sitrep.records import ACLED_COLUMNS, Article, Entity, Event, Plover

TEXT = "Kyiv's forces have seized 28 towns in the Kursk region; 12 civilians were killed."


def battle(**overrides: object) -> Event:
    values: dict = dict(
        event_id="e1",
        event_date="2024-08-06",
        time_precision=1,
        disorder_type="Political violence",
        event_type="Battles",
        sub_event_type="Non-state actor overtakes territory",
        actor1="Military Forces of Ukraine (2019-)",
        inter1=8,
        actor2="Military Forces of Russia (2000-)",
        inter2=1,
        interaction=18,
        iso=643,
        country="Russia",
        admin1="Kursk",
        location="Kursk",
        latitude=51.7373,
        longitude=36.1874,
        geo_precision=2,
        source="Al-Ittihad",
        notes='Ukrainian forces seized 28 towns, "the governor" said.',
        fatalities=12,
        injuries=121,
        displaced=120000,
        plover=Plover("ASSAULT", "firearms"),
        evidence={"event_type": [[20, 26]], "location": [[42, 47]]},
        derived={"event_date": "published-date"},
    )
    values.update(overrides)
    return Event(**values)


def article(*events: Event, id: str = "a1") -> Article:
    art = Article(text=TEXT, id=id, published="2024-08-12", source="Al-Ittihad")
    art.entities = [Entity("Kursk", 42, 47, "GPE", "entities@1")]
    art.events = list(events)
    return art


# -- JSONL ---------------------------------------------------------------------


def test_jsonl_writes_one_contract_object_per_article_in_order() -> None:
    out = io.StringIO()
    assert write_jsonl([article(battle(), id="a1"), article(id="a2")], out) == 2
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    first, second = map(json.loads, lines)
    assert (first["article"]["id"], second["article"]["id"]) == ("a1", "a2")
    assert first["entities"] == [
        {"text": "Kursk", "start": 42, "end": 47, "label": "GPE", "stage": "entities@1"}
    ]
    assert first["events"][0]["plover"] == {"event": "ASSAULT", "mode": "firearms"}
    assert second["events"] == [] and second["places"] == []
    assert "text" not in first["article"]


def test_jsonl_can_include_the_body_text() -> None:
    out = io.StringIO()
    write_jsonl([article()], out, include_text=True)
    assert json.loads(out.getvalue())["article"]["text"] == TEXT


def test_jsonl_writes_non_ascii_unescaped() -> None:
    out = io.StringIO()
    write_jsonl([Article(text="Обстріл Харкова.", id="u1", title="Харків")], out)
    assert '"title": "Харків"' in out.getvalue()


def test_jsonl_streams_an_article_at_a_time() -> None:
    out = io.StringIO()

    def articles():
        yield article(id="a1")
        assert out.getvalue().count("\n") == 1  # the first line is out before the second is made
        yield article(id="a2")

    assert write_jsonl(articles(), out) == 2


# -- ACLED CSV -----------------------------------------------------------------


def test_csv_columns_are_acled_order_then_extras() -> None:
    assert CSV_COLUMNS[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert CSV_COLUMNS[len(ACLED_COLUMNS) :] == (
        "injuries",
        "displaced",
        "article_id",
        "plover_event",
        "plover_mode",
    )
    assert CSV_COLUMNS[:6] == (
        "event_id",
        "event_date",
        "time_precision",
        "disorder_type",
        "event_type",
        "sub_event_type",
    )


def test_csv_writes_header_and_one_row_per_event() -> None:
    out = io.StringIO()
    shelling = battle(
        event_id="e2",
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        plover=Plover("ATTACK"),
        latitude=None,
        longitude=None,
        injuries=None,
    )
    rows = write_acled_csv([article(battle(), shelling), article(id="a2")], out)
    assert rows == 2
    assert out.getvalue().count("\r") == 0
    reader = csv.reader(io.StringIO(out.getvalue()))
    header, first, second = list(reader)
    assert tuple(header) == CSV_COLUMNS
    row = dict(zip(header, first, strict=True))
    assert row["event_id"] == "e1" and row["event_date"] == "2024-08-06"
    assert row["event_type"] == "Battles"
    assert row["actor1"] == "Military Forces of Ukraine (2019-)"
    assert row["interaction"] == "18" and row["iso"] == "643"
    assert (row["latitude"], row["longitude"]) == ("51.7373", "36.1874")
    assert row["notes"] == 'Ukrainian forces seized 28 towns, "the governor" said.'
    assert (row["fatalities"], row["injuries"], row["displaced"]) == ("12", "121", "120000")
    assert (row["article_id"], row["plover_event"], row["plover_mode"]) == (
        "a1",
        "ASSAULT",
        "firearms",
    )
    other = dict(zip(header, second, strict=True))
    assert other["sub_event_type"] == "Shelling/artillery/missile attack"
    assert (other["latitude"], other["injuries"], other["plover_mode"]) == ("", "", "")
    assert (other["admin2"], other["admin3"]) == ("", "")


def test_csv_keeps_events_own_article_id() -> None:
    out = io.StringIO()
    write_acled_csv([article(battle(article_id="other"))], out)
    assert list(csv.DictReader(io.StringIO(out.getvalue())))[0]["article_id"] == "other"


def test_csv_with_no_events_is_just_the_header() -> None:
    out = io.StringIO()
    assert write_acled_csv([article()], out) == 0
    assert out.getvalue() == ",".join(CSV_COLUMNS) + "\n"


# -- GeoJSON -------------------------------------------------------------------


def test_geojson_point_is_longitude_then_latitude_and_properties_are_the_event() -> None:
    out = io.StringIO()
    assert write_geojson([article(battle())], out) == 1
    data = json.loads(out.getvalue())
    assert data["type"] == "FeatureCollection"
    [feature] = data["features"]
    assert feature["type"] == "Feature" and feature["id"] == "e1"
    assert feature["geometry"] == {"type": "Point", "coordinates": [36.1874, 51.7373]}
    props = feature["properties"]
    assert props["event_type"] == "Battles" and props["fatalities"] == 12
    assert props["evidence"] == {"event_type": [[20, 26]], "location": [[42, 47]]}
    assert props["derived"] == {"event_date": "published-date"}
    assert props["plover"] == {"event": "ASSAULT", "mode": "firearms"}
    assert props["article_id"] == "a1"
    assert set(ACLED_COLUMNS) <= set(props)


@pytest.mark.parametrize(("lat", "lon"), [(None, None), (51.7, None), (None, 36.2)])
def test_geojson_unknown_location_has_null_geometry(lat: float | None, lon: float | None) -> None:
    out = io.StringIO()
    write_geojson([article(battle(latitude=lat, longitude=lon))], out)
    assert json.loads(out.getvalue())["features"][0]["geometry"] is None


@pytest.mark.parametrize("count", [0, 1, 3])
def test_geojson_is_valid_json_for_any_number_of_events(count: int) -> None:
    out = io.StringIO()
    events = [battle(event_id=f"e{i}") for i in range(count)]
    assert write_geojson([article(*events), article()], out) == count
    features = json.loads(out.getvalue())["features"]
    assert [f["id"] for f in features] == [f"e{i}" for i in range(count)]


# -- registry ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "first_chars"),
    [("jsonl", '{"article"'), ("acled-csv", "event_id,"), ("geojson", '{"type": "Feature')],
)
def test_write_dispatches_by_format_name(name: str, first_chars: str) -> None:
    out = io.StringIO()
    write(name, [article(battle())], out)
    assert out.getvalue().startswith(first_chars)


def test_unknown_format_raises_config_error_listing_known_formats() -> None:
    with pytest.raises(ConfigError, match="use one of: jsonl, acled-csv, geojson"):
        write("xlsx", [], io.StringIO())
    assert set(EXPORTERS) == {"jsonl", "acled-csv", "geojson"}


@pytest.mark.parametrize(
    ("path", "fmt"),
    [("out.csv", "acled-csv"), ("x/out.GeoJSON", "geojson"), ("o.jsonl", "jsonl"), ("o.txt", None)],
)
def test_format_for_path_follows_the_suffix(path: str, fmt: str | None) -> None:
    assert format_for_path(path) == fmt
