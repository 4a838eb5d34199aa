"""The output keeps every field of the I/O contract, with the contract's types.

Outside tools score sitrep through this shape, so a renamed or dropped field
is a breaking change. Extra fields are allowed; missing ones are not.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.readers import ReadReport, read_inputs
from sitrep.records import ACLED_COLUMNS, COUNT_CATEGORIES, TIME_PRECISIONS

pytestmark = [pytest.mark.model, pytest.mark.gazetteer]

FIXTURES = Path(__file__).parent / "fixtures"

ARTICLE = {"id", "published", "source", "agencies", "dateline", "title", "language"}
ENTITY = {"text", "start", "end", "label"}
PLACE = {"text", "start", "end", "name", "geonameid", "latitude", "longitude", "country_code",
         "country", "admin1", "admin2", "feature_code", "population"}
TIME = {"text", "start", "end", "value", "start_date", "end_date", "precision"}
COUNT = {"text", "start", "end", "value", "low", "high", "category", "subject", "claimant"}
QUOTE = {"speaker", "speaker_start", "speaker_end", "cue", "content", "content_start",
         "content_end", "direct", "via"}
EVENT_EXTRAS = {"injuries", "displaced", "article_id", "plover", "evidence", "derived"}
EVIDENCE_FIELDS = {"event_type", "actor1", "actor2", "location", "event_date", "fatalities"}
SUB_EVENT_TYPES = {
    "Battles": {"Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack",
                                   "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}


@pytest.fixture(scope="module")
def rows(pipeline):
    articles = read_inputs([str(FIXTURES)], report=ReadReport())
    # through JSON, as an outside tool sees it
    return [json.loads(json.dumps(a.to_dict())) for a in pipeline.run(articles)]


def test_every_list_is_present_even_when_empty(rows):
    for row in rows:
        for key in ("entities", "places", "times", "counts", "quotes", "events"):
            assert isinstance(row[key], list)


@pytest.mark.parametrize(
    "key, fields",
    [("entities", ENTITY), ("places", PLACE), ("times", TIME), ("counts", COUNT),
     ("quotes", QUOTE)],
)
def test_records_keep_the_contract_fields(rows, key, fields):
    records = [r for row in rows for r in row[key]]
    assert records, f"the fixtures should give some {key}"
    for record in records:
        assert fields <= set(record), fields - set(record)


def test_article_fields_and_agencies_are_lists(rows):
    for row in rows:
        assert ARTICLE <= set(row["article"])
        assert isinstance(row["article"]["agencies"], list)
        assert isinstance(row["article"]["dateline"], list)


def test_record_values_use_the_contract_vocabularies(rows):
    for row in rows:
        for t in row["times"]:
            assert t["precision"] in TIME_PRECISIONS
        for c in row["counts"]:
            assert c["category"] in COUNT_CATEGORIES
            assert c["claimant"] is None or {"name", "start", "end"} <= set(c["claimant"])
        for q in row["quotes"]:
            assert isinstance(q["direct"], bool)
        for p in row["places"]:
            assert p["country_code"] is None or len(p["country_code"]) == 2


def test_events_carry_acled_columns_extras_and_evidence(rows):
    events = [e for row in rows for e in row["events"]]
    assert events
    for event in events:
        assert set(ACLED_COLUMNS) | EVENT_EXTRAS <= set(event)
        assert event["sub_event_type"] in SUB_EVENT_TYPES[event["event_type"]]
        assert event["time_precision"] in (1, 2, 3, None)
        assert event["geo_precision"] in (1, 2, 3, None)
        assert isinstance(event["fatalities"], int)
        low, high = sorted((event["inter1"], event["inter2"]))
        expected = int(f"{low}{high}") if low else event["inter1"] * 10 or event["inter2"] * 10
        assert event["interaction"] == expected
        assert {"event"} <= set(event["plover"]) and "mode" in event["plover"]
        for field in EVIDENCE_FIELDS:
            assert field in event["evidence"] or field in event["derived"] or not event.get(
                field), f"{field} has neither evidence nor a derivation"
