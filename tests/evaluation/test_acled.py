import csv
import gzip
import itertools

from sitrep.evaluation.acled import GoldRow, read_held_apart, sample, score
from sitrep.evaluation.split import is_held_apart

COLUMNS = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "inter1", "inter2",
           "country", "admin1", "latitude", "longitude", "notes", "fatalities"]


def ids(held: bool, n: int, prefix: str = "XYZ") -> list[str]:
    found = (f"{prefix}{i}" for i in itertools.count())
    return list(itertools.islice((i for i in found if is_held_apart(i) == held), n))


def test_only_held_apart_rows_with_notes_are_read(tmp_path):
    kept, trained = ids(True, 3), ids(False, 2)
    path = tmp_path / "acled.csv.gz"
    with gzip.open(path, "wt", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        for i, key in enumerate(kept + trained):
            notes = "<NA>" if i == 1 else f"On 1 May 2020, an invented clash {i}."
            writer.writerow([key, "2020-05-01", "Battles", "Armed clash", "1", "0", "Freedonia",
                             "North", "1.0", "2.0", notes, "0"])
    rows = list(read_held_apart(path))
    assert [r.id for r in rows] == [kept[0], kept[2]]
    assert rows[0].coding["admin1"] == "North" and rows[0].notes.startswith("On 1 May")


def _gold(key, country="Freedonia", sub="Armed clash", **more):
    coding = {"event_type": "Battles", "sub_event_type": sub, "inter1": "1", "inter2": "0",
              "country": country, "admin1": "North", "latitude": "1.0", "longitude": "2.0",
              "event_date": "2020-05-01", "fatalities": "3", **more}
    return GoldRow(key, "invented", coding)


def test_sample_is_fixed_and_independent_of_order():
    rows = [_gold(k) for k in ids(True, 20)]
    first = [r.id for r in sample(rows, 5)]
    assert len(first) == 5
    assert [r.id for r in sample(list(reversed(rows)), 5)] == first
    assert len(sample(rows, 0)) == 20


def test_first_row_fields_and_no_event():
    gold = [_gold("a1"), _gold("a2"), _gold("a3", country="Ruritania")]
    good = {"event_type": "Battles", "sub_event_type": "Armed clash", "inter1": 1, "inter2": 0,
            "admin1": "NORTH", "latitude": 1.05, "longitude": 2.0, "event_date": "2020-05-01",
            "fatalities": 3}
    wrong = dict(good, sub_event_type="Attack", event_type="Violence against civilians",
                 inter2=7, admin1="South", latitude=3.0, fatalities=0)
    result = score(gold, {"a1": [good, wrong], "a2": [wrong]})
    first = result["first_row"]
    assert first["event_type"] == first["admin1"] == first["within_25km"] == 0.3333
    assert first["inter1"] == first["event_date"] == 0.6667
    assert first["inter2"] == first["fatalities"] == 0.3333
    assert result["no_event"] == 0.3333
    assert result["by_country"][0] == {"country": "Freedonia", "rows": 2, "event_type": 0.5,
                                       "sub_event_type": 0.5, "within_25km": 0.5,
                                       "admin1": 0.5, "no_event": 0.0}
    assert result["by_country"][1]["no_event"] == 1.0


def test_sub_type_weighted_f1_and_confusions():
    gold = [_gold("b1"), _gold("b2"), _gold("b3", sub="Attack",
                                             event_type="Violence against civilians")]
    pred = {"b1": [{"event_type": "Battles", "sub_event_type": "Armed clash"}],
            "b3": [{"event_type": "Battles", "sub_event_type": "Armed clash"}]}
    result = score(gold, pred, worst=5)
    # Armed clash: P 1/2, R 1/2 (weight 2); Attack: 0 (weight 1)
    assert result["sub_event_type_weighted_f1"] == round(2 * 0.5 / 3, 4)
    worst = result["worst_sub_event_type_confusions"]
    assert {(w["gold"], w["predicted"], w["count"]) for w in worst} == {
        ("Armed clash", "none", 1), ("Attack", "Armed clash", 1)}
    assert result["event_type_confusion"]["gold"] == ["Battles", "Violence against civilians"]
