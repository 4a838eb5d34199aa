from sitrep.evaluation.event_match import (
    event_match,
    field_checks,
    greedy_match,
    same_admin1,
    to_date,
    to_int,
)

# Two invented points about 11 km apart (0.1 degree of latitude), and one about 111 km away.
HERE = {"latitude": 10.0, "longitude": 20.0}
NEAR = {"latitude": 10.1, "longitude": 20.0}
FAR = {"latitude": 11.0, "longitude": 20.0}


def row(event_type="Battles", date="2021-03-04", where=HERE, **more):
    return {"event_type": event_type, "event_date": date, **where, **more}


def test_same_type_day_and_place_match():
    key = event_match(row(where=NEAR), row())
    assert key is not None
    km, days = key
    assert 10 < km < 12 and days == 0


def test_type_is_compared_without_case_or_accents():
    assert event_match(row("battles"), row("Battles")) is not None
    assert event_match(row("Riots"), row("Battles")) is None
    assert event_match(row(""), row("")) is None


def test_dates_may_differ_by_one_day():
    assert event_match(row(date="2021-03-05"), row())[1] == 1
    assert event_match(row(date="2021-03-06"), row()) is None
    assert event_match(row(date=None), row()) is None
    assert event_match(row(date=None), row(date=None)) is not None


def test_places_must_be_within_50_km_or_share_admin1_without_coordinates():
    assert event_match(row(where=FAR), row()) is None
    bare = {"latitude": None, "longitude": None}
    assert event_match(row(where=bare, admin1="Kursk Oblast"), row(admin1="Kursk")) == (50.0, 0)
    assert event_match(row(where=bare, admin1="Belgorod"), row(admin1="Kursk")) is None
    assert event_match(row(where=bare), row()) is None  # no admin1 on either side


def test_greedy_match_is_one_to_one_and_takes_the_closest_gold():
    golds = [row(where=NEAR), row()]
    preds = [row(), row(), row()]
    assert greedy_match(preds, golds) == [(0, 1), (1, 0)]
    assert greedy_match([], golds) == []
    assert greedy_match([row("Riots")], golds) == []


def test_field_checks_on_the_main_row():
    gold = row(sub_event_type="Armed clash", inter1=1, fatalities=3)
    good = row(where=NEAR, sub_event_type="Armed clash", inter1="1", fatalities=3.0)
    assert all(field_checks(good, gold).values())
    bad = row(where=FAR, date="2021-03-05", sub_event_type="Attack", inter1=2, fatalities=4)
    checks = field_checks(bad, gold)
    assert checks["event_type"]
    assert not any(v for k, v in checks.items() if k != "event_type")


def test_missing_prediction_fields_are_wrong():
    gold = row(inter1=0, fatalities=0)
    checks = field_checks({"event_type": "Battles"}, gold)
    assert checks == {"event_type": True, "sub_event_type": False, "inter1": False,
                      "within_25km": False, "event_date": False, "fatalities": False}


def test_value_parsing():
    assert to_date("2021-03-04T10:00") == to_date("2021-03-04")
    assert to_date("2021-02-30") is None and to_date("soon") is None
    assert to_int(True) is None and to_int("7") == 7 and to_int(2.5) is None
    assert same_admin1("Sumy Oblast", "sumy") and not same_admin1("", "")
