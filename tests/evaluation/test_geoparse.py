from dataclasses import dataclass

from sitrep.evaluation.geo_corpora import Toponym, anchor, read_corpus
from sitrep.evaluation.geoparse import (
    DocumentResult,
    Recognised,
    feature_class,
    pair_spans,
    score_documents,
)


@dataclass
class Place:
    start: int
    end: int
    latitude: float | None = 0.0
    longitude: float | None = 0.0
    text: str = "x"
    name: str = "x"
    country_code: str | None = "XX"
    feature_code: str | None = "PPL"


def top(start, end, lat=0.0, lon=0.0, kind="Literal", name="x"):
    return Toponym(name, start, end, kind, lat, lon)


def test_pairs_are_one_to_one_largest_overlap_first():
    preds = [Place(0, 10), Place(20, 25)]
    golds = [top(0, 4), top(2, 10), top(30, 35)]
    assert pair_spans(preds, golds) == [(0, 1)]
    assert pair_spans([Place(0, 4), Place(0, 4)], [top(0, 4)]) == [(0, 0)]
    assert pair_spans([Place(4, 8)], [top(0, 4)]) == []  # touching is not overlapping


def test_precision_recall_and_acc161_over_found_and_all_gold():
    doc = DocumentResult(
        toponyms=[top(0, 5), top(10, 15), top(20, 25), top(30, 35), top(40, 45, None, None)],
        places=[Place(0, 5), Place(10, 14, latitude=0.0, longitude=3.0), Place(50, 55)],
    )
    result = score_documents([doc])
    assert result["gold_toponyms"] == 4  # the toponym without coordinates is not gold
    assert (result["precision"], result["recall"]) == (0.6667, 0.5)
    assert result["acc@161km_found"] == 0.5  # one of the two found is ~334 km off
    assert result["acc@161km_all_gold"] == 0.25
    assert result["other_span"] == 1
    assert result["misses"]["total"] == 3
    assert result["misses"]["resolved_far"]["count"] == 1


def test_each_miss_is_classed():
    doc = DocumentResult(
        toponyms=[top(0, 5), top(6, 11), top(20, 25), top(30, 35), top(40, 45)],
        places=[Place(0, 11), Place(40, 45, latitude=None, longitude=None)],
        recognised=[Recognised(20, 25, candidates=False), Recognised(30, 35, candidates=True)],
    )
    misses = score_documents([doc])["misses"]
    counts = {k: v["count"] for k, v in misses.items() if k != "total"}
    assert counts == {"not_recognised": 0, "no_candidate": 1, "candidate_rejected": 1,
                      "span_mismatch": 1, "resolved_far": 0, "no_coordinates": 1}
    assert misses["total"] == 4
    failed = score_documents([DocumentResult([top(0, 5)], failed=True)])
    assert failed["failed"] == 1 and failed["misses"]["not_recognised"]["count"] == 1


def test_false_positives_on_non_gold_annotations_are_tallied_by_type():
    doc = DocumentResult(
        toponyms=[top(0, 5), top(6, 11, kind="Metonymic"), top(20, 28, None, None, "Demonym")],
        places=[Place(0, 5), Place(20, 28), Place(40, 44, feature_code="PCLI")],
    )
    result = score_documents([doc], examples=2)
    assert result["false_positives_by_overlap"] == {"Demonym": 1, "unannotated": 1}
    assert result["recall_by_type"]["Metonymic"] == {"gold": 1, "found": 0, "recall": 0.0}
    assert result["recall_literal"] == 1.0
    assert result["examples"]["spurious"] == ["x -> x, XX (2)"]
    assert result["examples"]["missed"] == ["x (1)"]


def test_feature_classes():
    assert [feature_class(c) for c in ("PCLI", "ADM1", "PPLC", "MT", None)] == [
        "country", "admin", "town", "other", "other"]


def test_anchor_moves_offsets_onto_the_name():
    text = "Rain fell on Tarnow and Zell."
    assert anchor(text, "Tarnow", 14, 20) == (13, 19)
    assert anchor(text, "Zell", 24, 28) == (24, 28)
    assert anchor(text, "Nowhere", 2, 9) == (2, 9)


GWN = """<?xml version="1.0" ?>
<articles><article file="0"><title>t</title><text>Floods hit Tarnow, said Zellish officials.</text>
<toponyms>
<toponym><start>11</start><end>17</end><extractedName>Tarnow</extractedName>
<type>Literal</type><latitude>50.0</latitude><longitude>21.0</longitude></toponym>
<toponym><start>23</start><end>30</end><extractedName>Zellish</extractedName>
<type>Demonym</type></toponym>
</toponyms></article></articles>"""

GEOVIRUS = """<articles><article><source>s</source>
<text>Cases rose in Tarnow.</text><locations><location><name>Tarnow</name>
<start>15</start><end>21</end><lat>50.0</lat><lon>21.0</lon></location></locations>
</article></articles>"""


def test_reading_both_corpora(tmp_path):
    (tmp_path / "g.xml").write_text(GWN, encoding="utf-8")
    (tmp_path / "v.xml").write_text(GEOVIRUS, encoding="utf-8")
    [gwn] = read_corpus("gwn", tmp_path / "g.xml")
    assert [(t.name, t.kind, t.located) for t in gwn.toponyms] == [
        ("Tarnow", "Literal", True), ("Zellish", "Demonym", False)]
    [virus] = read_corpus("geovirus", tmp_path / "v.xml")
    toponym = virus.toponyms[0]
    assert virus.text[toponym.start:toponym.end] == "Tarnow"  # one character off, re-anchored
    assert (toponym.lat, toponym.lon, toponym.kind) == (50.0, 21.0, "Location")
