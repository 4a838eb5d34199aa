"""The whole pipeline, real model and gazetteer, on team-written wire reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.places.distance import distance_km
from sitrep.readers import ReadReport, read_inputs

pytestmark = [pytest.mark.model, pytest.mark.gazetteer]

FIXTURES = Path(__file__).parent / "fixtures"


km = distance_km


@pytest.fixture(scope="module")
def kursk(pipeline):
    [article] = read_inputs([str(FIXTURES / "kursk.txt")], report=ReadReport())
    return pipeline.process(article)


def test_header_gives_published_date_and_source(kursk):
    assert kursk.published == "2024-08-12"
    assert kursk.source == "Al-Ittihad"
    assert kursk.dateline == ["Moscow", "Kyiv"]


@pytest.mark.parametrize(
    "phrase, value",
    [("Tuesday ordered", "2024-08-06"), ("last Tuesday", "2024-08-06"),
     ("yesterday", "2024-08-11"), ("February 2022", "2022-02"), ("summer", "2024-SU")],
)
def test_times_resolve_against_the_published_date(kursk, phrase, value):
    at = kursk.text.index(phrase)
    found = [t for t in kursk.times if t.start <= at < t.end or at <= t.start < at + len(phrase)]
    assert found, f"no time at {phrase!r}: {[(t.text, t.value) for t in kursk.times]}"
    assert found[0].value == value


@pytest.mark.parametrize(
    "name, lat, lon, cc",
    [("Kursk", 51.6, 36.1, "RU"), ("Sumy", 50.9, 34.4, "UA"), ("Belgorod", 50.7, 37.4, "RU")],
)
def test_places_land_near_their_real_centres(kursk, name, lat, lon, cc):
    found = [p for p in kursk.places if p.text.startswith(name)]
    assert found, f"{name} not placed: {[p.text for p in kursk.places]}"
    place = found[0]
    assert place.country_code == cc
    assert km(place.latitude, place.longitude, lat, lon) < 50


@pytest.mark.parametrize(
    "category, value", [("killed", 12), ("injured", 121), ("displaced", 120_000)]
)
def test_counts_with_the_governor_as_claimant(kursk, category, value):
    found = [c for c in kursk.counts if c.category == category and c.value == value]
    assert found, [(c.text, c.category, c.value) for c in kursk.counts]
    if category != "displaced":
        assert found[0].claimant is not None and "governor" in found[0].claimant.name


def test_battle_in_kursk_between_ukraine_and_russia(kursk):
    battles = [e for e in kursk.events if e.event_type == "Battles"]
    assert battles, [(e.event_type, e.location) for e in kursk.events]
    battle = battles[0]
    assert battle.actor1 == "Military Forces of Ukraine (2019-)"
    assert battle.actor2 == "Military Forces of Russia (2000-)"
    assert battle.admin1 == "Kursk" and battle.country == "Russia"
    assert battle.fatalities == 12
    assert battle.evidence["fatalities"], "fatalities must point at their text"


def test_every_span_points_at_its_text(kursk):
    for record in [*kursk.entities, *kursk.places, *kursk.times, *kursk.counts]:
        assert kursk.text[record.start:record.end] == record.text
    for event in kursk.events:
        for spans in event.evidence.values():
            for start, end in spans:
                assert 0 <= start < end <= len(kursk.text)


def test_second_report_shelling_with_casualties_and_quote(pipeline):
    [article] = read_inputs([str(FIXTURES / "kharkiv.txt")], report=ReadReport())
    article = pipeline.process(article)
    shelling = [e for e in article.events if e.event_type == "Explosions/Remote violence"]
    assert shelling and shelling[0].location == "Kharkiv"
    assert shelling[0].event_date == "2023-03-15"
    assert shelling[0].fatalities == 3 and shelling[0].injuries == 14
    assert shelling[0].actor1 == "Military Forces of Russia (2000-)"
    assert any(q.direct and q.via == "Reuters" for q in article.quotes)


def test_the_day_a_toll_was_announced_is_not_the_day_of_the_fighting(pipeline):
    from sitrep import Article

    text = (
        "Russian troops stormed Ukrainian positions near Avdiivka on Saturday, the general "
        "staff said. At least 15 Ukrainian soldiers were killed and 40 wounded in the "
        "fighting, the defence ministry said on Sunday."
    )
    article = pipeline.process(Article(text=text, published="2023-11-20"))
    battles = [e for e in article.events if e.event_type == "Battles"]
    assert len(battles) == 1, [(e.event_date, e.actor1, e.fatalities) for e in battles]
    assert battles[0].event_date == "2023-11-18"
    assert (battles[0].fatalities, battles[0].injuries) == (15, 40)
    assert battles[0].actor1 == "Military Forces of Russia (2000-)"


@pytest.mark.parametrize(
    "text, location, admin1",
    [
        ("Ukrainian forces recaptured the village of Blahodatne in the Donetsk region on "
         "Sunday, the deputy defence minister said.", "Blahodatne", "Donetsk"),
        ("Two civilians were wounded when Russian artillery shelled Kherson on Monday, the "
         "regional governor wrote on Telegram.", "Kherson", "Kherson"),
    ],
)
def test_events_are_coded_to_the_most_specific_town(pipeline, text, location, admin1):
    from sitrep import Article

    article = pipeline.process(Article(text=text, published="2023-06-09"))
    assert article.events, [(p.text, p.feature_code) for p in article.places]
    event = article.events[0]
    assert (event.location, event.admin1, event.geo_precision) == (location, admin1, 1)


def test_claimant_is_read_from_a_trailing_attribution_the_parse_misses(pipeline):
    from sitrep import Article

    text = ("Two civilians were wounded when Russian artillery shelled Kherson yesterday, the "
            "regional governor wrote on Telegram. In Moscow, police detained 15 people at a "
            "protest on Saturday, a rights group said.")
    article = pipeline.process(Article(text=text, published="2023-06-09"))
    wounded = next(c for c in article.counts if c.category == "injured")
    assert wounded.claimant is not None and wounded.claimant.name == "the regional governor"


def test_seizing_a_crossing_in_a_relative_clause_is_a_battle_with_no_phantom_army(pipeline):
    from sitrep import Article

    text = ("The prime minister on Sunday ordered the army to expand its offensive in Rafah, "
            "where Israeli troops have seized the border crossing.")
    article = pipeline.process(Article(text=text, published="2024-05-13"))
    battles = [e for e in article.events if e.event_type == "Battles"]
    assert battles and battles[0].location == "Rafah"
    assert battles[0].actor1 == "Military Forces of Israel (2022-)"
    assert "Military Forces of Palestine" not in battles[0].actor2
