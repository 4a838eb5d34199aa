"""An event placed only in a region is coded at the region's main town, as ACLED does."""

from __future__ import annotations

from sitrep.places.distance import distance_km
from sitrep.records import Article


def test_a_region_only_event_sits_at_its_main_town(pipeline):
    article = pipeline.process(Article(
        text="Government forces clashed with rebels in Upper Nile state on Tuesday.",
        published="2024-03-14"))
    event = article.events[0]
    assert (event.location, event.admin1, event.geo_precision) == ("Malakal", "Upper Nile", 3)
    assert distance_km(event.latitude, event.longitude, 9.53, 31.66) < 15
    start = article.text.index("Upper Nile state")
    assert event.evidence["location"] == [[start, start + len("Upper Nile state")]]


def test_a_town_named_in_the_clause_is_kept(pipeline):
    article = pipeline.process(Article(
        text="Government forces clashed with bandits in Zaria, Kaduna state, on Tuesday.",
        published="2024-03-14"))
    event = article.events[0]
    assert (event.location, event.geo_precision) == ("Zaria", 1)


def test_a_region_takes_the_name_acled_gave_it_on_the_events_date(pipeline):
    text = "Army troops clashed with rebels in Lashio, Shan state, on Tuesday."
    later = pipeline.process(Article(text=text, published="2022-03-16")).events[0]
    earlier = pipeline.process(Article(text=text, published="2018-03-14")).events[0]
    assert (later.location, later.admin1) == ("Lashio", "Shan-North")
    assert (earlier.location, earlier.admin1) == ("Lashio", "Shan")
