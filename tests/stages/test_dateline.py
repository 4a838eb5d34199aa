"""The dateline stage: header places resolved, wire datelines read from the body."""

from __future__ import annotations

import pytest

from sitrep.readers.wire import parse_wire_dateline, title_name
from sitrep.records import Article
from sitrep.stages.base import Work
from sitrep.stages.dateline import DatelineStage


@pytest.mark.parametrize(
    "text, places, where, agencies",
    [
        ("KYIV, Aug 12 (Reuters) - Russian drones hit Odesa.", ["KYIV"], None, ["Reuters"]),
        ("GAZA CITY (AP) — Israeli strikes hit Rafah.", ["GAZA CITY"], None, ["AP"]),
        ("Kharkiv, Ukraine — Shelling went on.", ["Kharkiv"], "Ukraine", []),
        ("LONDON/KYIV, Aug 12 (Reuters) - Talks began.", ["LONDON", "KYIV"], None, ["Reuters"]),
        ("KHARTOUM, Sudan, Aug. 12 (Xinhua) -- Fighting.", ["KHARTOUM"], "Sudan", ["Xinhua"]),
        ("By Jane Doe\nBEIRUT (AP/AFP) — Strikes.", ["BEIRUT"], None, ["AP", "AFP"]),
    ],
)
def test_parse_wire_dateline_reads_places_where_and_agencies(text, places, where, agencies):
    wire = parse_wire_dateline(text)
    assert wire is not None
    assert [name for name, _, _ in wire.places] == places
    assert all(text[start:end] == name for name, start, end in wire.places)
    assert (wire.where, wire.agencies) == (where, agencies)


@pytest.mark.parametrize(
    "text",
    ["Russian forces attacked Kharkiv on Monday.", "Ukraine — the war goes on.",
     "Ukrainian President Volodymyr Zelensky: we will win.", ""],
)
def test_parse_wire_dateline_ignores_ordinary_openings(text):
    assert parse_wire_dateline(text) is None


@pytest.mark.parametrize(
    "raw, titled",
    [("GAZA CITY", "Gaza City"), ("DEIR AL-BALAH", "Deir Al-Balah"), ("KYIV", "Kyiv"),
     ("Kharkiv", "Kharkiv")],
)
def test_title_name(raw, titled):
    assert title_name(raw) == titled


def run(gazetteer, art: Article) -> Article:
    DatelineStage(gazetteer)(Work(art))
    return art


@pytest.mark.gazetteer
def test_header_dateline_places_have_no_offsets(gazetteer):
    art = run(gazetteer, Article(text="The Russian president said...", dateline=["Moscow", "Kyiv"]))
    got = [(p.text, p.start, p.end, p.country_code, p.feature_code, p.stage)
           for p in art.dateline_places]
    assert got == [("Moscow", -1, -1, "RU", "PPLC", "dateline@1"),
                   ("Kyiv", -1, -1, "UA", "PPLC", "dateline@1")]
    assert art.dateline == ["Moscow", "Kyiv"]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text, dateline, agencies, countries, admin1",
    [
        ("KYIV, Aug 12 (Reuters) - Drones hit Odesa.", ["Kyiv"], ["Reuters"], ["UA"],
         ["Kyiv City"]),
        ("GAZA CITY (AP) — Strikes hit Rafah.", ["Gaza City"], ["AP"], ["PS"],
         ["Gaza Strip"]),
        ("Kharkiv, Ukraine — Shelling went on.", ["Kharkiv"], [], ["UA"], ["Kharkiv"]),
        ("LONDON/KYIV, Aug 12 (Reuters) - Talks.", ["London", "Kyiv"], ["Reuters"],
         ["GB", "UA"], ["England", "Kyiv City"]),
        ("PARIS, Texas (AP) — A storm hit.", ["Paris"], ["AP"], ["US"], ["Texas"]),
    ],
)
def test_wire_dateline_in_the_body_fills_dateline_agencies_and_places(
    gazetteer, text, dateline, agencies, countries, admin1
):
    art = run(gazetteer, Article(text=text))
    assert art.dateline == dateline
    assert art.agencies == agencies
    assert [p.country_code for p in art.dateline_places] == countries
    assert [p.admin1 for p in art.dateline_places] == admin1
    for place in art.dateline_places:
        assert text[place.start : place.end] == place.text


@pytest.mark.gazetteer
def test_known_agency_is_not_added_twice(gazetteer):
    art = run(gazetteer, Article(text="KYIV (Reuters) - Drones.", agencies=["reuters"]))
    assert art.agencies == ["reuters"]
    assert art.dateline == ["Kyiv"]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text", ["NOBODYKNOWSTHISPLACE (Reuters) - Talks.", "Russian forces attacked Kharkiv."]
)
def test_body_without_a_known_dateline_is_left_alone(gazetteer, text):
    art = run(gazetteer, Article(text=text))
    assert (art.dateline, art.agencies, art.dateline_places) == ([], [], [])
