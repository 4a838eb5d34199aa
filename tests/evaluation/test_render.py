from sitrep.evaluation.geo_corpora import Toponym
from sitrep.evaluation.geoparse import DocumentResult, score_documents
from sitrep.evaluation.render import confusion_table, render_geoparse, table


def test_table_aligns_numbers_right_and_shows_missing_values():
    text = table(["name", "share"], [["a", 0.5], ["bb", None]]).splitlines()
    assert text[0] == "| name |  share |"
    assert text[1] == "|------|-------:|"
    assert text[2] == "| a    | 0.5000 |"
    assert text[3] == "| bb   |      – |"


def test_numbered_confusion_lists_predicted_only_labels():
    confusion = {"gold": ["Armed clash", "none"], "predicted": ["Armed clash", "Attack", "none"],
                 "rows": [[3, 1, 0], [0, 0, 2]]}
    text = confusion_table(confusion, numbered=True)
    lines = text.splitlines()
    assert [c.strip() for c in lines[0].split("|")][2:5] == ["1", "2", "none"]
    assert lines[2].startswith("| 1 Armed clash")
    assert text.endswith("Predicted only: 2 Attack")


def test_geoparse_report_shows_distances_in_km():
    toponyms = [Toponym("A", 0, 1, "Location", 0.0, 0.0)]

    class Place:
        start, end, latitude, longitude = 0, 1, 0.0, 0.001
        text = name = "A"
        country_code, feature_code = "XX", "PPL"

    result = score_documents([DocumentResult(toponyms, [Place()])])
    result.update(corpus="tiny", run={"processed": 1, "failed": 0, "seconds": 0.1,
                                      "articles_per_s": 10.0})
    text = render_geoparse([result])
    row = next(line for line in text.splitlines() if line.startswith("| tiny "))
    cells = [c.strip() for c in row.split("|")]
    assert cells[7:11] == ["1.0000", "1.0000", "0.1", "0.1"]
