"""``sitrep eval`` wiring, on invented gold data written by the tests."""

import json

import pytest
from click.testing import CliRunner

from sitrep.cli import cli
from sitrep.evaluation.gold_data import DEFAULT_DATA, ENV_VAR, data_root, skip_message

EVENT = {"event_type": "Battles", "sub_event_type": "Armed clash", "inter1": 2,
         "event_date": "2023-02-01", "latitude": 3.0, "longitude": 4.0, "fatalities": 1}


def invoke(*args, env=None):
    return CliRunner().invoke(cli, ["eval", *args], env=env or {}, catch_exceptions=False)


def test_data_root_order(monkeypatch, tmp_path):
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert data_root() == DEFAULT_DATA
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    assert data_root() == tmp_path
    assert data_root(tmp_path / "x") == tmp_path / "x"
    assert "../shared/data" in skip_message(DEFAULT_DATA)


@pytest.mark.parametrize("command", ["events", "geoparse", "quotes"])
def test_missing_gold_data_is_skipped_with_exit_0(tmp_path, command):
    missing = tmp_path / "absent"
    result = invoke(command, "--data", str(missing))
    assert result.exit_code == 0
    assert f"skipped: no gold data at {missing}" in result.stderr
    assert result.stdout == ""


def test_environment_variable_names_the_data(tmp_path):
    result = invoke("events", "--corpus", "acled", env={ENV_VAR: str(tmp_path)})
    assert result.exit_code == 0
    assert f"skipped: no gold data at {tmp_path / 'acled-train'}" in result.stderr


def _realnews(tmp_path):
    folder = tmp_path / "realnews-dev"
    folder.mkdir()
    articles = [{"id": "r1", "published": "2023-02-02", "text": "An invented report."},
                {"id": "r2", "published": "2023-02-02", "text": "Another invented report."}]
    gold = [{"id": "r1", "has_event": True, "events": [EVENT]},
            {"id": "r2", "has_event": False, "events": []}]
    for name, rows in (("articles.jsonl", articles), ("gold.jsonl", gold)):
        (folder / name).write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"article": {"id": "r1"}, "events": [EVENT]}) + "\n"
                    + json.dumps({"article": {"id": "r2"}, "events": [EVENT]}) + "\n", "utf-8")
    return pred


def test_events_scores_a_saved_output_as_json(tmp_path):
    pred = _realnews(tmp_path)
    out = tmp_path / "report.json"
    result = invoke("events", "--corpus", "realnews", "--data", str(tmp_path),
                    "--predictions", str(pred), "--format", "json", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    report = json.loads(out.read_text("utf-8"))["realnews"]
    assert report["event_level"]["precision"] == 0.5
    assert report["event_level"]["recall"] == 1.0
    assert report["main_event"]["sub_event_type"] == 1.0
    assert report["no_event_on_negatives"] == 0.0
    assert "eval finished in" in result.stderr


def test_events_table_names_the_figures(tmp_path):
    pred = _realnews(tmp_path)
    result = invoke("events", "--corpus", "realnews", "--data", str(tmp_path),
                    "--predictions", str(pred))
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    assert "## realnews: 2 reports (1 with an event, 1 negatives)" in text
    header = text.splitlines().index("| precision | recall |     F1 | matched | predicted | gold |")
    assert text.splitlines()[header + 2].split() == [
        "|", "0.5000", "|", "1.0000", "|", "0.6667", "|", "1", "|", "2", "|", "1", "|"]
    assert "No event on negatives: 0.0000" in text
    assert "Worst confusions:" in text and "| none " in text


def test_bad_options_are_usage_errors():
    assert invoke("events", "--corpus", "ucdp").exit_code == 2
    assert invoke("events", "--limit", "-1").exit_code == 2


GWN = """<articles><article><text>Shelling hit Tarnow on Monday.</text><toponyms>
<toponym><start>13</start><end>19</end><extractedName>Tarnow</extractedName>
<type>Literal</type><latitude>50.01</latitude><longitude>20.99</longitude></toponym>
</toponyms></article></articles>"""


@pytest.mark.model
@pytest.mark.gazetteer
def test_geoparse_runs_the_places_stages(tmp_path):
    (tmp_path / "geoparsing").mkdir()
    (tmp_path / "geoparsing" / "GWN.xml").write_text(GWN, encoding="utf-8")
    result = invoke("geoparse", "--data", str(tmp_path), "--format", "json", "--quiet")
    assert result.exit_code == 0, result.stderr
    assert "skipped: no gold data at" in result.stderr  # GeoVirus is absent
    report = json.loads(result.stdout)
    assert list(report) == ["gwn"]
    gwn = report["gwn"]
    assert gwn["gold_toponyms"] == 1 and gwn["articles"] == 1
    assert gwn["misses"]["total"] + round(gwn["acc@161km_all_gold"]) == 1
    assert gwn["run"]["processed"] == 1
