import pytest

from sitrep.evaluation.measures import (
    NONE,
    Confusion,
    class_scores,
    distance_stats,
    prf,
    ratio,
    weighted_f1,
)


def test_prf_from_counts():
    scores = prf(6, 8, 12)
    assert scores["precision"] == 0.75
    assert scores["recall"] == 0.5
    assert scores["f1"] == 0.6
    assert (scores["matched"], scores["predicted"], scores["gold"]) == (6, 8, 12)


def test_prf_without_predictions_or_matches():
    assert prf(0, 0, 5) == {"precision": None, "recall": 0.0, "f1": 0.0,
                            "matched": 0, "predicted": 0, "gold": 5}
    assert prf(0, 3, 0)["f1"] is None
    assert prf(0, 3, 4)["f1"] == 0.0


def test_ratio_rounds_and_guards_zero():
    assert ratio(1, 3) == 0.3333
    assert ratio(2, 0) is None


def test_weighted_f1_weighs_each_class_by_its_gold_share():
    gold = ["A", "A", "A", "B"]
    pred = ["A", "A", "B", "B"]
    # A: P 1, R 2/3, F1 0.8 (weight 3); B: P 1/2, R 1, F1 2/3 (weight 1)
    assert weighted_f1(gold, pred) == round((3 * 0.8 + 2 / 3) / 4, 4)


def test_a_missing_prediction_is_wrong_but_no_class_is_blamed():
    gold = ["A", "B"]
    assert weighted_f1(gold, ["A", None]) == 0.5  # A perfect, B recall 0
    assert weighted_f1(gold, ["A", "A"]) == round((2 / 3) / 2, 4)  # A's precision falls too
    assert weighted_f1([], []) is None


def test_class_scores_list_predicted_only_classes():
    rows = class_scores(["A", "A", "B"], ["A", "C", None])
    by_label = {r["label"]: r for r in rows}
    assert [r["label"] for r in rows] == ["A", "B", "C"]
    assert by_label["A"]["recall"] == 0.5 and by_label["A"]["precision"] == 1.0
    assert by_label["B"]["f1"] == 0.0 and by_label["B"]["predicted"] == 0
    assert by_label["C"]["support"] == 0 and by_label["C"]["predicted"] == 1
    with pytest.raises(ValueError):
        class_scores(["A"], [])


def _confusion(pairs):
    confusion = Confusion()
    confusion.update(pairs)
    return confusion


def test_confusion_table_rows_are_gold_columns_are_predicted_with_none_last():
    confusion = _confusion([("Riots", "Protests"), ("Riots", "Riots"), ("Protests", None),
                            ("Protests", "Protests"), ("Protests", "Protests"), ("", "Battles")])
    table = confusion.table()
    assert table["gold"] == ["Protests", "Riots", NONE]
    assert table["predicted"] == ["Protests", "Riots", "Battles", NONE]
    assert table["rows"] == [[2, 0, 0, 1], [1, 1, 0, 0], [0, 0, 1, 0]]
    assert confusion.total == 6
    assert confusion.accuracy() == 0.5


def test_worst_confusions_by_count_then_name_with_share_of_gold():
    confusion = _confusion([("A", "B"), ("A", "B"), ("A", "A"), ("C", "B"), ("C", None),
                            ("D", "D")])
    worst = confusion.worst(2)
    assert worst == [{"gold": "A", "predicted": "B", "count": 2, "share": 0.6667},
                     {"gold": "C", "predicted": "B", "count": 1, "share": 0.5}]
    assert [w["predicted"] for w in confusion.worst(10)] == ["B", "B", NONE]


def test_distance_stats():
    stats = distance_stats([0.0, 10.0, 200.0, 1000.0])
    assert stats == {"n": 4, "median_km": 105.0, "mean_km": 302.5, "acc@161km": 0.5}
    assert distance_stats([], within=25)["acc@25km"] is None
