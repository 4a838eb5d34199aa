"""The events stage on real spaCy parses, with places, times and counts made by hand.

The other stages' records are written out here so these tests check only the
event rules; tests/test_end_to_end.py runs the whole pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from sitrep.records import Article, Count, Place, TimeExpr
from sitrep.stages.base import Work
from sitrep.stages.events import EventsStage

pytestmark = pytest.mark.model


@dataclass(frozen=True)
class Info:
    code: str
    name: str
    iso_numeric: int


class Gazetteer:
    """Just enough gazetteer for actor names: demonyms, countries and two capitals."""

    COUNTRIES = {"RU": ("Russia", 643), "UA": ("Ukraine", 804), "PK": ("Pakistan", 586),
                 "NG": ("Nigeria", 566)}
    DEMONYMS = {"russian": "RU", "ukrainian": "UA", "pakistani": "PK", "nigerian": "NG"}

    def country_for_demonym(self, word):
        return self.DEMONYMS.get(word.lower())

    def country_for_name(self, name):
        return next((c for c, (n, _) in self.COUNTRIES.items() if n == name), None)

    def lookup(self, name, *, country_codes=(), limit=10):
        @dataclass
        class Cand:
            country_code: str
            feature_code: str = "PPLC"
        code = {"kyiv": "UA", "moscow": "RU"}.get(name.lower())
        return [Cand(code)] if code else []

    def country_info(self, code):
        found = self.COUNTRIES.get(code)
        return Info(code, *found) if found else None


def at(body: str, text: str, nth: int = 0) -> int:
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return start


def place(body, text, name, fc, cc, admin1, lat, lon, nth=0) -> Place:
    start = at(body, text, nth)
    return Place(text, start, start + len(text), name, sum(map(ord, name)), lat, lon, cc, None,
                 admin1, None, fc, 1000)


def time(body, text, value, start_date, end_date, precision, nth=0) -> TimeExpr:
    start = at(body, text, nth)
    return TimeExpr(text, start, start + len(text), value, start_date, end_date, precision)


def count(body, text, value, category, subject=None) -> Count:
    start = at(body, text)
    return Count(text, start, start + len(text), value, value, None, category, subject, None)


@pytest.fixture(scope="module")
def stage():
    return EventsStage(Gazetteer())


def run(stage, nlp, article: Article):
    work = Work(article, doc=nlp(article.text))
    stage(work)
    return article.events


KURSK = (
    "The Russian president on Tuesday ordered the army to expel Ukrainian units that launched "
    "an offensive into the Kursk region, where Kyiv's forces have seized 28 towns and 120,000 "
    "civilians have fled. At least 12 civilians were killed and 121 injured, including 10 "
    "children, the region's acting governor said yesterday.\n\nKyiv launched the attack last "
    "Tuesday. The president of Ukraine said Russia had carried out about 2,000 cross-border "
    "strikes from Kursk into the Sumy region over the summer. The governor of Belgorod said "
    "the authorities are evacuating parts of the region."
)


@pytest.fixture(scope="module")
def kursk(stage, nlp):
    body = KURSK
    art = Article(text=body, id="kursk", published="2024-08-12", source="Al-Ittihad",
                  agencies=["agencies"])
    art.places = [
        place(body, "Kursk region", "Kursk", "ADM1", "RU", "Kursk", 51.7, 36.2),
        place(body, "Kyiv", "Kyiv", "PPLC", "UA", "Kyiv City", 50.45, 30.52),
        place(body, "Kyiv", "Kyiv", "PPLC", "UA", "Kyiv City", 50.45, 30.52, nth=1),
        place(body, "Ukraine", "Ukraine", "PCLI", "UA", None, 49.0, 32.0),
        place(body, "Russia", "Russia", "PCLI", "RU", None, 60.0, 100.0, nth=1),
        place(body, "Kursk", "Kursk", "PPLA", "RU", "Kursk", 51.73, 36.19, nth=1),
        place(body, "Sumy region", "Sumy", "ADM1", "UA", "Sumy", 50.9, 34.8),
        place(body, "Belgorod", "Belgorod", "ADM1", "RU", "Belgorod", 50.7, 37.4),
    ]
    art.times = [
        time(body, "Tuesday", "2024-08-06", "2024-08-06", "2024-08-06", "day"),
        time(body, "yesterday", "2024-08-11", "2024-08-11", "2024-08-11", "day"),
        time(body, "last Tuesday", "2024-08-06", "2024-08-06", "2024-08-06", "day"),
        time(body, "summer", "2024-SU", "2024-06-01", "2024-08-31", "season"),
    ]
    art.counts = [
        count(body, "120,000 civilians", 120_000, "displaced", "civilians"),
        count(body, "At least 12 civilians", 12, "killed", "civilians"),
        count(body, "121", 121, "injured", "civilians"),
        count(body, "including 10 children", 10, "killed_or_injured", "children"),
    ]
    run(stage, nlp, art)
    return art


def by_type(article: Article, event_type: str):
    found = [e for e in article.events if e.event_type == event_type]
    assert found, [(e.event_type, e.location) for e in article.events]
    return found[0]


def test_kursk_incursion_is_a_battle_between_the_two_armies(kursk):
    battle = by_type(kursk, "Battles")
    assert kursk.events[0] is battle  # the deadliest and first-told event leads
    assert battle.actor1 == "Military Forces of Ukraine (2019-)"
    assert battle.actor2 == "Military Forces of Russia (2000-)"
    # an army inside another country is external (inter 8): the event's country decides
    assert (battle.inter1, battle.inter2, battle.interaction) == (8, 1, 18)
    assert battle.sub_event_type == "Non-state actor overtakes territory"
    assert (battle.location, battle.admin1, battle.country, battle.iso) == (
        "Kursk", "Kursk", "Russia", 643)
    assert (battle.event_date, battle.time_precision, battle.geo_precision) == (
        "2024-08-06", 1, 3)
    assert (battle.plover.event, battle.plover.mode) == ("COERCE", "seize")


def test_kursk_battle_takes_the_governors_toll_from_the_next_sentence(kursk):
    battle = by_type(kursk, "Battles")
    assert (battle.fatalities, battle.injuries, battle.displaced) == (12, 121, 120_000)
    [[start, end]] = battle.evidence["fatalities"]
    assert kursk.text[start:end] == "At least 12 civilians"
    assert battle.civilian_targeting == ""


def test_strikes_into_sumy_are_russian_shelling_dated_to_the_start_of_summer(kursk):
    strikes = by_type(kursk, "Explosions/Remote violence")
    assert strikes.actor1 == "Military Forces of Russia (2000-)"
    assert strikes.sub_event_type == "Shelling/artillery/missile attack"
    assert (strikes.location, strikes.country) == ("Sumy", "Ukraine")
    assert (strikes.event_date, strikes.time_precision) == ("2024-06-01", 3)
    assert (strikes.actor2, strikes.interaction) == ("", 80)  # external forces: inter 8


def test_evacuation_is_a_strategic_development_on_the_published_date(kursk):
    evac = by_type(kursk, "Strategic developments")
    assert evac.sub_event_type == "Change to group/activity"
    assert evac.actor1 == "Government of Russia (2000-)"
    assert evac.location == "Belgorod"
    assert evac.event_date == "2024-08-12" and evac.derived["event_date"] == "published-date"
    assert "event_date" not in evac.evidence
    assert (evac.plover.event, evac.plover.mode) == ("AID", "humanitarian")


def test_every_evidence_span_points_into_the_text_and_names_its_value(kursk):
    for event in kursk.events:
        for spans in event.evidence.values():
            for start, end in spans:
                assert 0 <= start < end <= len(kursk.text)
        [[start, end], *_] = event.evidence["event_type"]
        assert kursk.text[start:end] in {"offensive", "seized", "attack", "strikes",
                                         "evacuating"}


def test_event_rows_carry_source_article_stage_and_a_stable_id(stage, nlp, kursk):
    battle = by_type(kursk, "Battles")
    assert battle.source == "Al-Ittihad" and battle.article_id == "kursk"
    assert battle.stage == "events@5" and battle.event_id.startswith("ev")
    again = Article(text=kursk.text, id="kursk", published="2024-08-12")
    again.places, again.times, again.counts = kursk.places, kursk.times, kursk.counts
    assert [e.event_id for e in run(stage, nlp, again)] == [e.event_id for e in kursk.events]
    assert len({e.event_id for e in kursk.events}) == len(kursk.events)


@pytest.mark.parametrize(
    "text",
    [
        "Russia threatened to launch a new offensive. Officials said Ukraine may strike the "
        "bridge, but the army denied attacking the city.",
        "Wheat prices rose by 4 dollars a tonne last week, and farmers in the south expect a "
        "smaller harvest this year.",
    ],
)
def test_texts_without_a_real_event_yield_no_events(stage, nlp, text):
    assert run(stage, nlp, Article(text=text, published="2024-05-01")) == []


def test_tear_gas_and_detentions_make_a_protest_with_intervention(stage, nlp):
    body = "Police fired tear gas and detained dozens of protesters in Lahore on Sunday."
    art = Article(text=body, published="2024-05-13")
    art.places = [place(body, "Lahore", "Lahore", "PPLA", "PK", "Punjab", 31.5, 74.3)]
    art.times = [time(body, "Sunday", "2024-05-12", "2024-05-12", "2024-05-12", "day")]
    [event] = run(stage, nlp, art)
    assert (event.event_type, event.sub_event_type) == ("Protests", "Protest with intervention")
    assert event.actor1 == "Protesters (Pakistan)"
    assert event.actor2 == "Police Forces of Pakistan (2024-)"
    assert (event.interaction, event.disorder_type) == (16, "Demonstrations")
    assert event.fatalities == 0 and event.plover.event == "PROTEST"


def test_an_abduction_by_gunmen_targets_civilians(stage, nlp):
    body = "Gunmen abducted 20 villagers in Katsina on Monday, residents said."
    art = Article(text=body, published="2024-02-20")
    art.places = [place(body, "Katsina", "Katsina", "ADM1", "NG", "Katsina", 12.5, 7.6)]
    art.times = [time(body, "Monday", "2024-02-19", "2024-02-19", "2024-02-19", "day")]
    art.counts = [count(body, "20 villagers", 20, "abducted", "villagers")]
    [event] = run(stage, nlp, art)
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.actor1 == "Unidentified Armed Group (Nigeria)"
    assert event.actor2 == "Civilians (Nigeria)"
    assert (event.interaction, event.civilian_targeting) == (37, "Civilian targeting")
    assert body[slice(*event.evidence["actor1"][0])] == "Gunmen"


def test_shelling_of_three_villages_is_three_events(stage, nlp):
    body = "Russian forces shelled Vovchansk, Lyptsi and Hlyboke on Monday."
    art = Article(text=body, published="2024-05-21")
    art.places = [place(body, name, name, "PPL", "UA", "Kharkiv", 50.2 + i / 10, 36.9)
                  for i, name in enumerate(("Vovchansk", "Lyptsi", "Hlyboke"))]
    art.times = [time(body, "Monday", "2024-05-20", "2024-05-20", "2024-05-20", "day")]
    events = run(stage, nlp, art)
    assert sorted(e.location for e in events) == ["Hlyboke", "Lyptsi", "Vovchansk"]
    assert {e.sub_event_type for e in events} == {"Shelling/artillery/missile attack"}
    assert {e.geo_precision for e in events} == {1}


def test_near_a_town_is_geo_precision_two(stage, nlp):
    body = "Ukrainian troops clashed with Russian units near Bakhmut on Monday."
    art = Article(text=body, published="2023-03-16")
    art.places = [place(body, "Bakhmut", "Bakhmut", "PPL", "UA", "Donetsk", 48.6, 38.0)]
    art.times = [time(body, "Monday", "2023-03-13", "2023-03-13", "2023-03-13", "day")]
    [event] = run(stage, nlp, art)
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.actor1 == "Military Forces of Ukraine (2019-)"
    assert event.actor2 == "Military Forces of Russia (2000-)"
    assert (event.geo_precision, event.admin1) == (2, "Donetsk")
    assert event.derived == {"event_type": "rules"}  # every value read, the type by the rules


# -- headlines: deaths with no attack word, actors' places, running totals -----------------


def _headline(body: str, places=(), counts=(), published="2017-06-10") -> Article:
    art = Article(text=body, published=published)
    art.places = [place(body, *p) for p in places]
    art.counts = [count(body, *c) for c in counts]
    return art


UA = ("Ukraine", "Ukraine", "PCLI", "UA", None, 49.0, 32.0)


@pytest.mark.parametrize(
    "body, counts, expected",
    [
        ("22 civilians, 3 children killed in southeastern Ukraine.",
         [("22 civilians", 22, "killed", "civilians"), ("3 children", 3, "killed", "children")],
         ("Violence against civilians", "Attack", "Unidentified Armed Group (Ukraine)",
          "Civilians (Ukraine)", 25)),
        ("Five Ukrainian soldiers, two rebels killed in separatist Ukraine.",
         [("Five Ukrainian soldiers", 5, "killed", "soldiers"),
          ("two rebels", 2, "killed", "rebels")],
         ("Battles", "Armed clash", "Military Forces of Ukraine (2014-2019)",
          "NAF: Novorossiya Armed Forces", 7)),
        ("Two Ukrainian soldiers killed in fighting in east Ukraine.",
         [("Two Ukrainian soldiers", 2, "killed", "soldiers")],
         ("Battles", "Armed clash", "Military Forces of Ukraine (2014-2019)", None, 2)),
        ("Six killed ahead of planned Ukraine peace talks.", [("Six", 6, "killed", None)],
         ("Battles", "Armed clash", "Unidentified Armed Group (Ukraine)",
          "Military Forces of Ukraine (2014-2019)", 6)),
        ("Three civilians killed by mortar fire in Ukraine.",
         [("Three civilians", 3, "killed", "civilians")],
         ("Explosions/Remote violence", "Shelling/artillery/missile attack",
          "Unidentified Armed Group (Ukraine)", "Civilians (Ukraine)", 3)),
    ],
)
def test_deaths_with_no_attack_word_are_an_event(stage, nlp, body, counts, expected):
    art = _headline(body, [(w, *UA[1:]) for w in ("Ukraine",) if w in body], counts)
    events = run(stage, nlp, art)
    assert events, body
    e = events[0]
    etype, sub, actor1, actor2, fatalities = expected
    assert (e.event_type, e.sub_event_type, e.actor1, e.fatalities) == (etype, sub, actor1,
                                                                        fatalities)
    if actor2 is not None:
        assert e.actor2 == actor2


@pytest.mark.parametrize(
    "body, counts",
    [
        ("72 Ukrainian soldiers killed in Russia's war this year.",
         [("72 Ukrainian soldiers", 72, "killed", "soldiers")]),
        ("Over 13,000 people have been killed in the conflict since 2014.",
         [("Over 13,000 people", 13_000, "killed", "people")]),
        ("Three killed in a car crash in Ukraine.", [("Three", 3, "killed", None)]),
        ("Three people died in Ukraine, officials said.",
         [("Three people", 3, "killed", "people")]),
    ],
)
def test_running_tolls_accidents_and_deaths_out_of_conflict_are_no_event(stage, nlp, body,
                                                                          counts):
    art = _headline(body, [UA] if "Ukraine" in body else [], counts)
    assert run(stage, nlp, art) == []


@pytest.mark.parametrize(
    "body, figure, value",
    [
        ("Over 200 people killed in shelling by Ukrainian troops in Donetsk since year "
         "beginning.", "Over 200 people", 200),
        ("Ukrainian shelling killed five militiamen in Donetsk over the past week.",
         "five militiamen", 5),
    ],
)
def test_running_totals_are_no_events_fatalities(stage, nlp, body, figure, value):
    art = _headline(body, [("Donetsk", "Donetsk", "PPLA", "UA", "Donetsk", 48.0, 37.8)],
                    [(figure, value, "killed", None)])
    events = run(stage, nlp, art)
    assert events and events[0].fatalities == 0
    assert events[0].location == "Donetsk"


@pytest.mark.parametrize(
    "body",
    [
        "Kiev forces shelled Horlivka on Monday, killing two.",
        "Two militiamen killed as Kiev troops shelled Horlivka.",
        "Kyiv's forces shelled Horlivka, killing two.",
        "Ten Kiev military were killed in an attack on Horlivka.",
    ],
)
def test_a_place_naming_the_forces_is_not_where_they_fought(stage, nlp, body):
    # the counts stage reads "Ten Kiev military" as soldiers killed: the battle's named side
    dead = [("Ten Kiev military", 10, "killed", "soldiers")] if body.startswith("Ten") else []
    art = _headline(body, [("Kiev" if "Kiev" in body else "Kyiv", "Kyiv", "PPLC", "UA",
                            "Kyiv City", 50.45, 30.52),
                           ("Horlivka", "Horlivka", "PPL", "UA", "Donetsk", 48.3, 38.05)], dead)
    events = run(stage, nlp, art)
    assert events and {e.location for e in events} == {"Horlivka"}


@pytest.mark.parametrize(
    "body, town, fc, precision",
    [
        ("Two soldiers were killed in fighting in Ukraine.\n\nStanytsia Luhanska.",
         "Stanytsia Luhanska", "PPL", 2),
        ("Fighting flared in Luhansk region overnight.\n\nRebels shelled positions in Ukraine, "
         "killing two soldiers.", "Luhansk region", "ADM1", 3),
    ],
)
def test_a_country_gives_way_to_a_smaller_place_in_the_article(stage, nlp, body, town, fc,
                                                                precision):
    art = _headline(body, [UA, (town, town.split(" region")[0], fc, "UA", "Luhansk", 48.6,
                                39.3)])
    events = run(stage, nlp, art)
    inferred = [e for e in events if e.derived.get("location") == "inferred"]
    assert inferred, [(e.event_type, e.location, e.derived) for e in events]
    assert inferred[0].location == town.split(" region")[0]
    assert inferred[0].geo_precision == precision
    assert inferred[0].admin1 == "Luhansk"


def test_russia_led_forces_are_separatists_and_russia_is_not_the_place(stage, nlp):
    body = "Russia-led forces shelled Avdiivka on Monday, killing a soldier."
    art = _headline(body, [("Russia", "Russia", "PCLI", "RU", None, 60.0, 100.0),
                           ("Avdiivka", "Avdiivka", "PPL", "UA", "Donetsk", 48.14, 37.74)],
                    [("a soldier", 1, "killed", "soldier")], published="2019-06-10")
    e = run(stage, nlp, art)[0]
    assert (e.actor1, e.inter1, e.location, e.country) == (
        "NAF: Novorossiya Armed Forces", 2, "Avdiivka", "Ukraine")


def test_a_descriptions_opening_day_dates_its_first_event_not_the_later_ones(stage, nlp):
    body = ("On 18 May 2023, in Kano, gunmen killed a trader on 16 May 2023. Police "
            "arrested two suspects in Kano on 12 May 2023.")
    days = [time(body, t, d, d, d, "day") for t, d in (("18 May 2023", "2023-05-18"),
                                                        ("16 May 2023", "2023-05-16"),
                                                        ("12 May 2023", "2023-05-12"))]
    art = Article(text=body, id="opening", published="2023-05-18", times=days,
                  places=[place(body, "Kano", "Kano", "PPLA", "NG", "Kano", 12.0, 8.5)],
                  counts=[count(body, "a trader", 1, "killed", "trader"),
                          count(body, "two suspects", 2, "arrested", "suspects")])
    events = run(stage, nlp, art)
    dates = {e.event_type: e.event_date for e in events}
    assert dates == {"Violence against civilians": "2023-05-18",
                     "Strategic developments": "2023-05-12"}
