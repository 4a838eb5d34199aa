import json
import logging

from sitrep.evaluation.realnews import Gold, read_gold, read_predictions, score

# Invented events at invented coordinates.
A = {"event_type": "Battles", "sub_event_type": "Armed clash", "inter1": 1,
     "event_date": "2022-05-01", "latitude": 5.0, "longitude": 5.0, "fatalities": 2}
B = {"event_type": "Riots", "sub_event_type": "Mob violence", "inter1": 5,
     "event_date": "2022-05-02", "latitude": 6.0, "longitude": 6.0, "fatalities": 0}
C = {"event_type": "Protests", "sub_event_type": "Peaceful protest", "inter1": 6,
     "event_date": "2022-05-03", "latitude": 7.0, "longitude": 7.0, "fatalities": 0}

GOLD = {
    "x1": Gold("x1", True, [A, B]),
    "x2": Gold("x2", True, [C]),
    "x3": Gold("x3", False, []),
    "x4": Gold("x4", False, []),
}


def test_event_level_precision_recall_f1():
    pred = {"x1": [B, dict(A, fatalities=5)], "x2": [dict(C, event_type="Riots")], "x3": [A]}
    result = score(list(GOLD), GOLD, pred)
    level = result["event_level"]
    assert (level["matched"], level["predicted"], level["gold"]) == (2, 4, 3)
    assert level["precision"] == 0.5 and level["recall"] == 0.6667
    assert level["f1"] == round(2 * 0.5 * 0.6667 / (0.5 + 0.6667), 4)
    assert result["recall_by_event_type"]["Protests"] == {"gold": 1, "found": 0, "recall": 0.0}
    assert result["recall_by_event_type"]["Battles"]["recall"] == 1.0


def test_main_event_compares_first_rows_only():
    pred = {"x1": [B, A], "x2": [dict(C, fatalities=1)]}
    main = score(list(GOLD), GOLD, pred)["main_event"]
    assert main["articles"] == 2 and main["without_prediction"] == 0
    assert main["event_type"] == 0.5  # x1's first row is the Riots event
    assert main["fatalities"] == 0.0
    assert main["within_25km"] == 0.5


def test_articles_without_rows_are_wrong_and_negatives_scored():
    result = score(list(GOLD), GOLD, {"x4": [C]})
    assert result["main_event"]["without_prediction"] == 2
    assert result["main_event"]["event_type"] == 0.0
    assert result["no_event_on_negatives"] == 0.5
    assert result["event_level"]["recall"] == 0.0 and result["event_level"]["f1"] == 0.0


def test_confusion_of_first_rows_with_none():
    pred = {"x1": [C], "x3": [A]}
    result = score(list(GOLD), GOLD, pred)
    table = result["event_type_confusion"]
    assert table["gold"] == ["Battles", "Protests", "none"]
    cells = {(g, p): n for g, row in zip(table["gold"], table["rows"], strict=True)
             for p, n in zip(table["predicted"], row, strict=True)}
    assert cells[("Battles", "Protests")] == 1
    assert cells[("Protests", "none")] == 1
    assert cells[("none", "Battles")] == 1 and cells[("none", "none")] == 1
    assert {(w["gold"], w["predicted"]) for w in result["worst_confusions"]} == {
        ("Battles", "Protests"), ("Protests", "none"), ("none", "Battles")}


def test_reading_gold_and_predictions(tmp_path, caplog):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "x1", "has_event": True, "events": [A]}) + "\n\n"
                    + "{broken\n"
                    + json.dumps({"id": "x2", "has_event": False, "events": []}) + "\n",
                    encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"article": {"id": "x1"}, "events": [B]}) + "\n"
                    + json.dumps({"id": "x2", "events": [A, "junk"]}) + "\n"
                    + json.dumps({"events": []}) + "\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="sitrep"):
        read = read_gold(gold)
        predicted = read_predictions(pred)
    assert list(read) == ["x1", "x2"] and read["x1"].events == [A] and not read["x2"].has_event
    assert predicted == {"x1": [B], "x2": [A]}
    assert f"{gold}:3" in caplog.text and f"{pred}:3" in caplog.text


def test_unknown_prediction_ids_are_reported():
    assert score(list(GOLD), GOLD, {"zz": [A]})["unknown_ids"] == ["zz"]
