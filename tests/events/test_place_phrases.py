"""Where a text says the event is: "X (district, state)", the coder's note, a town named
in the region the event's sentence gives."""

from __future__ import annotations

from sitrep.places.distance import distance_km
from sitrep.records import Article


def _first(pipeline, text):
    article = pipeline.process(Article(text=text, published="2024-03-14"))
    assert article.events, text
    return article, article.events[0]


def test_an_unknown_village_is_coded_near_its_district(pipeline):
    text = "On 3 March, gunmen attacked Zibbiwa (Magama, Niger) and abducted four farmers."
    article, event = _first(pipeline, text)
    assert (event.country, event.admin1) == ("Nigeria", "Niger")  # the state, not the country
    assert event.geo_precision == 2
    assert event.admin2 and "magama" in event.admin2.lower()
    start = text.index("Zibbiwa")
    assert event.evidence["location"] == [[start, start + len("Zibbiwa")]]


def test_a_known_village_is_found_inside_its_district_and_state(pipeline):
    _, event = _first(pipeline, "On 3 March, bandits killed two farmers in Runka "
                                "(Safana, Katsina).")
    assert (event.location, event.admin1, event.geo_precision) == ("Runka", "Katsina", 1)


def test_the_district_wins_over_the_state_capital(pipeline):
    _, event = _first(pipeline, "On 3 March, soldiers clashed with bandits in Zibbiwa "
                                "(Jema'a, Kaduna).")
    state_capital = (10.53, 7.44)
    assert event.admin1 == "Kaduna"
    assert distance_km(event.latitude, event.longitude, *state_capital) > 50


def test_the_coders_note_places_the_event(pipeline):
    _, event = _first(pipeline, "On 3 March, gunmen attacked a farm between two villages "
                                "(coded as Zaria) in Kaduna state, killing two farmers.")
    assert (event.location, event.admin1) == ("Zaria", "Kaduna")
    assert event.geo_precision == 1


def test_a_plain_report_keeps_its_place(pipeline):
    _, event = _first(pipeline, "Gunmen killed two farmers in Zaria (Kaduna state) on Monday.")
    assert (event.location, event.admin1) == ("Zaria", "Kaduna")


def test_a_province_gives_way_to_a_town_named_inside_it(pipeline):
    text = ("Gunmen killed two police officers in Kaduna state on Monday. The officers "
            "were stationed in Zaria, a police spokesman said.")
    _, event = _first(pipeline, text)
    assert (event.location, event.admin1, event.geo_precision) == ("Zaria", "Kaduna", 2)
    assert event.derived.get("location") == "inferred"
    _, alone = _first(pipeline, "Gunmen killed two police officers in Kaduna state on Monday.")
    assert (alone.admin1, alone.geo_precision) == ("Kaduna", 3)  # no town named: the region


def test_a_preposition_splits_two_names_before_the_regions(pipeline):
    _, event = _first(pipeline, "On 3 March, bandits killed four farmers at Zibbiwa in "
                                "Dan Sadau (Maru, Zamfara).")
    assert (event.location, event.admin1, event.geo_precision) == ("Dan Sadau", "Zamfara", 1)


def test_a_note_coding_no_place_is_passed_over(pipeline):
    _, event = _first(pipeline, "On 3 March, soldiers (coded as SSPDF) clashed with bandits "
                                "near Zibbiwa village in Kaduna state. Coded as Zaria.")
    assert (event.location, event.admin1) == ("Zaria", "Kaduna")


def test_a_comma_chain_with_unit_nouns_nests_but_a_list_does_not(pipeline):
    _, event = _first(pipeline, "On 3 March, bandits killed two farmers in Zibbiwa village, "
                                "Magama LGA, Niger state.")
    assert (event.country, event.admin1, event.geo_precision) == ("Nigeria", "Niger", 2)
    assert event.admin2 and "magama" in event.admin2.lower()
    _, listed = _first(pipeline, "Protesters marched in Kaduna, Zaria and Kano on Monday.")
    assert listed.location in ("Kaduna", "Zaria", "Kano")
