"""The read API over ASGI (no server, no model): events, filters, one event, stats, GeoJSON."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sitrep.service.app import create_app
from sitrep.store import Store


@pytest.fixture(scope="module")
def client(small_db: Path | str) -> TestClient:
    with TestClient(create_app(str(small_db))) as test_client:
        yield test_client


def ids(response) -> list[str]:  # noqa: ANN001
    assert response.status_code == 200, response.text
    return [e["event_id"] for e in response.json()["events"]]


def test_events_come_with_their_evidence_in_date_order(client: TestClient, small_db: Path) -> None:
    body = client.get("/api/events").json()
    with Store.open(small_db) as store:
        stored = store.events()
    assert body["total"] == len(stored) == 4
    assert [e["event_id"] for e in body["events"]] == [e.event_id for e in stored]
    assert all(e["evidence"] and "event_type" in e["evidence"] for e in body["events"])
    dates = [e["event_date"] for e in body["events"]]
    assert dates == sorted(dates)


@pytest.mark.parametrize("country", ["Ukraine", "ukraine", "UA", "ua", "804"])
def test_country_matches_name_code_or_number(client: TestClient, country: str) -> None:
    events = client.get("/api/events", params={"country": country}).json()["events"]
    assert [e["location"] for e in events] == ["Kharkiv"]


@pytest.mark.parametrize(
    ("params", "locations"),
    [
        ({"type": "protests"}, ["Khartoum"]),
        ({"type": "Shelling/artillery/missile attack"}, ["Belgorod"]),
        ({"since": "2024-08-13"}, ["Belgorod", "Dikwa"]),
        ({"since": "2024-08-01", "until": "2024-08-12"}, ["Kharkiv"]),
        ({"actor": "russia"}, ["Kharkiv"]),
        ({"admin1": "belgorod"}, ["Belgorod"]),
        ({"q": "khart"}, ["Khartoum"]),
        ({"bbox": "30,45,40,55"}, ["Kharkiv", "Belgorod"]),
        ({"bbox": "30,45,40,55", "country": "RU"}, ["Belgorod"]),
        ({"claimant": "GOVERNOR"}, ["Kharkiv"]),
    ],
)
def test_filters_narrow_the_events(client: TestClient, params: dict[str, str],
                                   locations: list[str]) -> None:
    events = client.get("/api/events", params=params).json()["events"]
    assert [e["location"].split(" <")[0] for e in events] == locations


def test_pages_join_into_the_whole_list(client: TestClient) -> None:
    whole = ids(client.get("/api/events", params={"sort": "-date"}))
    pages = [ids(client.get("/api/events", params={"sort": "-date", "limit": 1, "offset": k}))
             for k in range(5)]
    assert [i for page in pages for i in page] == whole
    assert client.get("/api/events", params={"limit": 1}).json()["total"] == 4


def test_sorting_by_fatalities(client: TestClient) -> None:
    events = client.get("/api/events", params={"sort": "-fatalities"}).json()["events"]
    assert [e["fatalities"] for e in events] == [5, 3, 0, 0]


@pytest.mark.parametrize(
    "params",
    [{"sort": "event_date; DROP TABLE events"}, {"bbox": "1,2,3"}, {"bbox": "0,60,10,50"},
     {"since": "last week"}, {"limit": "-1"}, {"limit": "100000"}],
)
def test_bad_parameters_are_refused_with_a_reason(client: TestClient,
                                                  params: dict[str, str]) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code in (400, 422)
    assert response.json()["detail"]


@pytest.mark.parametrize(
    "hostile",
    ["x' OR '1'='1", "Ukraine' --", "%", "_", "\\", "'; DROP TABLE events; --",
     "1) OR (1=1", "\" OR \"\"=\""],
)
@pytest.mark.parametrize("name", ["country", "admin1", "type", "actor", "claimant", "q"])
def test_injection_strings_are_only_values(client: TestClient, small_db: Path,
                                           name: str, hostile: str) -> None:
    response = client.get("/api/events", params={name: hostile})
    assert response.status_code == 200
    with Store.open(small_db) as store:
        stored = store.events()
    # A part-of-a-name filter finds the string only where it literally is.
    literal = {"actor": ("actor1", "actor2"), "q": ("notes", "location")}.get(name, ())
    expected = [e.event_id for e in stored
                if any(hostile.lower() in (getattr(e, f) or "").lower() for f in literal)]
    assert ids(response) == expected
    with Store.open(small_db) as store:
        assert store.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 4


def test_one_event_has_its_spans_and_source_text(client: TestClient) -> None:
    event = client.get("/api/events", params={"q": "kharkiv"}).json()["events"][0]
    detail = client.get(f"/api/events/{event['event_id']}").json()
    text = detail["article"]["text"]
    assert detail["event"] == event
    by_field = {(s["field"], s["start"], s["end"]) for s in detail["spans"]}
    for field, spans in event["evidence"].items():
        assert {(field, a, b) for a, b in spans} <= by_field
    claimant = [s for s in detail["spans"] if s["field"] == "claimant"]
    assert [s["text"] for s in claimant] == ["the regional governor"]
    assert all(text[s["start"]:s["end"]] == s["text"] for s in detail["spans"])
    kinds = {s["field"]: s["kind"] for s in detail["spans"]}
    assert kinds["fatalities"] == "figure" and kinds["actor1"] == "actor"


def test_unknown_ids_are_404(client: TestClient) -> None:
    assert client.get("/api/events/ev-nope").status_code == 404
    assert client.get("/api/articles/a-nope").status_code == 404


def test_article_has_all_its_records_and_text(client: TestClient, hostile_text: str) -> None:
    event = client.get("/api/events", params={"country": "Nigeria"}).json()["events"][0]
    body = client.get(f"/api/articles/{event['article_id']}").json()
    assert body["text"] == hostile_text
    assert [e["event_id"] for e in body["events"]] == [event["event_id"]]
    assert body["article"]["source"] == "<b>Bold</b> Times"


def test_geojson_is_the_filtered_feature_collection(client: TestClient) -> None:
    body = client.get("/api/events.geojson", params={"bbox": "30,45,40,55"}).json()
    listed = client.get("/api/events", params={"bbox": "30,45,40,55"}).json()["events"]
    assert body["type"] == "FeatureCollection"
    assert [f["id"] for f in body["features"]] == [e["event_id"] for e in listed]
    for feature, event in zip(body["features"], listed, strict=True):
        assert feature["geometry"] == {"type": "Point",
                                       "coordinates": [event["longitude"], event["latitude"]]}
        assert feature["properties"]["evidence"] == event["evidence"]


def test_stats_add_up_by_every_grouping(client: TestClient) -> None:
    day = client.get("/api/stats").json()
    assert day["events"] == 4 and day["fatalities"] == 8
    assert sum(p["events"] for p in day["timeline"]) == 4
    assert {b["key"]: b["events"] for b in day["by_country"]} == {
        "Ukraine": 1, "Russia": 1, "Sudan": 1, "Nigeria": 1}
    assert day["by_type"][0] == {"key": "Explosions/Remote violence", "events": 2,
                                 "fatalities": 3}
    month = client.get("/api/stats", params={"by": "month"}).json()["timeline"]
    assert [p["period"] for p in month] == ["2024-03", "2024-08", "2024-09"]
    week = client.get("/api/stats", params={"by": "week"}).json()["timeline"]
    assert [p["period"] for p in week] == ["2024-02-26", "2024-08-12", "2024-09-02"]
    assert [p["events"] for p in week] == [1, 2, 1]
    assert client.get("/api/stats", params={"by": "year"}).status_code == 400


def test_stats_take_the_same_filters(client: TestClient) -> None:
    body = client.get("/api/stats", params={"country": "UA", "by": "day"}).json()
    assert body["events"] == 1 and body["timeline"] == [
        {"period": "2024-08-12", "events": 1, "fatalities": 3}]


def test_clusters_and_contradictions_are_empty_with_a_note(client: TestClient) -> None:
    for path in ("/api/clusters", "/api/contradictions"):
        body = client.get(path).json()
        assert body["items"] == [] and body["available"] is True
        assert "sitrep cluster" in body["note"]


def test_clusters_and_contradictions_are_listed_once_linked(db_url: str, make_store) -> None:
    from sitrep.cli_clusters import cluster_store
    from sitrep.store import Store

    db = make_store(db_url)
    with Store.open(db) as store:
        cluster_store(store)
        conn = store.conn
        cluster_id = conn.execute("SELECT cluster_id FROM clusters ORDER BY cluster_id "
                                  "LIMIT 1").fetchone()[0]
        event_id = conn.execute("SELECT event_id FROM cluster_events WHERE cluster_id = ?",
                                (cluster_id,)).fetchone()[0]
        article_id = conn.execute("SELECT article_id FROM events WHERE event_id = ?",
                                  (event_id,)).fetchone()[0]
        conn.execute("INSERT INTO contradictions (cluster_id, field, event_id, article_id, value, "
                     "claimant, source) VALUES (?, 'fatalities', ?, ?, '<b>12</b>', 'a medic', "
                     "'Wire')", (cluster_id, event_id, article_id))
        clusters_stored = conn.execute("SELECT COUNT(*) FROM clusters").fetchone()[0]
    with TestClient(create_app(str(db))) as client:
        listed = client.get("/api/clusters").json()
        paged = client.get("/api/clusters", params={"limit": 1, "offset": 1}).json()
        found = client.get("/api/contradictions").json()
    assert listed["available"] is True and len(listed["items"]) == clusters_stored > 1
    assert paged["items"] == listed["items"][1:2]
    assert all(item["events"] and item["articles"] for item in listed["items"])
    assert found["items"] == [{"cluster_id": cluster_id, "field": "fatalities", "values": [
        {"value": "<b>12</b>", "claimant": "a medic", "source": "Wire",
         "article_id": article_id, "event_id": event_id}]}]


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/events/{event_id}", "/api/articles/{article_id}",
                 "/api/stats", "/api/events.geojson", "/api/clusters", "/api/contradictions"):
        assert "get" in paths[path]
    assert "post" in paths["/api/articles"]
    assert client.get("/docs").status_code == 200
