"""Scoring attributions against PolNeAR-style BRAT files, on invented texts."""

import pytest
from click.testing import CliRunner

from sitrep.cli import cli
from sitrep.evaluation.quotes import Document, Gold, Predicted, read_ann, read_corpus, score

TEXT = "The mayor said the bridge fell. Police believe it was old. Nobody knows why."
#       0         1         2         3         4         5         6
#       0123456789012345678901234567890123456789012345678901234567890123456789012345

ANN = (
    "T1\tSource 0 9\tThe mayor\n"
    "T2\tCue 10 14\tsaid\n"
    "T3\tContent 15 30\tthe bridge fell\n"
    "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
    "T4\tSource 32 38\tPolice\n"
    "T5\tCue 39 46\tbelieve\n"
    "T6\tContent 47 57\tit was old\n"
    "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4\n"
    "T7\tContent 59 75\tNobody knows why\n"
    "E3\tAttribution:T7 Content:T7\n"
    "T8\tbroken line without offsets\n"
)


def _golds(tmp_path):
    path = tmp_path / "doc_ab12.ann"
    path.write_text(ANN, encoding="utf-8")
    return read_ann(path)


def test_read_ann_joins_spans_and_counts_bad_lines(tmp_path):
    golds, bad = _golds(tmp_path)
    assert bad == 1
    assert [g.content for g in golds] == [[(15, 30)], [(47, 57)], [(59, 75)]]
    assert [g.source for g in golds] == [[(0, 9)], [(32, 38)], []]
    assert golds[1].cue == [(39, 46)]


def test_read_corpus_pairs_texts_with_the_first_annotator(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "doc.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "text" / "other.txt").write_text("No file for me.", encoding="utf-8")
    (tmp_path / "attributions" / "doc_ab12.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "attributions" / "doc_ff00.ann").write_text("", encoding="utf-8")
    docs, bad = read_corpus(tmp_path)
    assert [d.name for d in docs] == ["doc"]
    assert len(docs[0].gold) == 3 and bad == 1


@pytest.mark.parametrize(("pred", "content", "both"), [
    pytest.param(Predicted((15, 30), (0, 9), "The mayor"), 1, 1, id="both-right"),
    pytest.param(Predicted((19, 25), (4, 9), "mayor"), 1, 1, id="partial-overlaps-count"),
    pytest.param(Predicted((15, 30), (32, 38), "Police"), 1, 0, id="wrong-speaker"),
    pytest.param(Predicted((15, 30), None, None), 1, 0, id="missing-speaker"),
    pytest.param(Predicted((59, 75), None, None), 1, 1, id="sourceless-both-absent"),
    pytest.param(Predicted((0, 9), (0, 9), "The mayor"), 0, 0, id="content-outside-gold"),
])
def test_score_content_and_speaker(tmp_path, pred, content, both):
    golds, _ = _golds(tmp_path)
    result = score([Document("doc", TEXT, golds)], [[pred]])
    assert result["content"]["matched"] == content
    assert result["content_speaker"]["matched"] == both
    assert result["content"]["gold"] == 3 and result["content"]["predicted"] == 1


def test_resolved_name_counts_when_it_is_in_the_gold_source():
    text = "Ivanova came. She said it fell."
    gold = Gold(content=[(23, 30)], source=[(0, 7)])
    pred = Predicted((23, 30), (14, 17), "Olga Ivanova")
    result = score([Document("d", text, [gold])], [[pred]])
    assert result["content_speaker"]["matched"] == 1
    assert result["speaker"]["matched"] == 0  # the mention itself is elsewhere


def test_one_prediction_matches_one_gold(tmp_path):
    golds, _ = _golds(tmp_path)
    wide = Predicted((15, 57), (0, 9), "The mayor")
    result = score([Document("doc", TEXT, golds)], [[wide]])
    assert result["content"]["matched"] == 1
    assert result["recall_by_class"]["no source"] == {"gold": 1, "found": 0, "recall": 0.0}
    assert result["missed_cues"][0]["missed"] == 1


def test_eval_quotes_skips_without_data(tmp_path):
    result = CliRunner().invoke(cli, ["eval", "quotes", "--data", str(tmp_path)],
                                catch_exceptions=False)
    assert result.exit_code == 0
    assert "skipped: no gold data at" in result.stderr and "polnear-dev" in result.stderr
