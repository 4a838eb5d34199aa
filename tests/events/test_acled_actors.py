"""ACLED's named non-state actors: the table's lookup and the script that builds it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from sitrep.events.acled_actors import acled_group
from sitrep.events.reference import find_group

SCRIPT = Path(__file__).resolve().parents[2] / "train" / "acled_actors.py"


def _script():
    spec = importlib.util.spec_from_file_location("acled_actors_script", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _row(actor1: str, inter1: str, country: str = "Kenya") -> dict[str, str]:
    return {"actor1": actor1, "inter1": inter1, "actor2": "", "inter2": "", "country": country}


def test_aliases_of_an_acronym_a_people_a_faction_and_a_country_name():
    build = _script().build
    rows = ([_row("ZLF/ZLA: Zed Liberation Front/Zed Liberation Army", "2")] * 3
            + [_row("Qorro Ethnic Militia (Kenya)", "4")] * 3
            + [_row("Banda Banda Militia (Kivumu)", "3")] * 3
            + [_row("Holy Front (Kenya)", "2")] * 3
            + [_row("Unidentified Armed Group (Kenya)", "3")] * 9
            + [_row("Kisumu Communal Militia (Kenya)", "4")] * 9
            + [_row("Rare Front", "2")] * 2)
    table = {(alias, acronym): (name, inter)
             for alias, name, inter, acronym, _countries in build(rows, 3)}
    zlf = ("ZLF/ZLA: Zed Liberation Front/Zed Liberation Army", 2)
    assert table[("ZLF", 1)] == table[("ZLA", 1)] == table[("zed liberation army", 0)] == zlf
    assert table[("qorro", 0)] == ("Qorro Ethnic Militia ({country})", 4)
    assert table[("banda banda kivumu", 0)] == ("Banda Banda Militia (Kivumu)", 3)
    assert table[("holy front", 0)] == ("Holy Front ({country})", 2)
    names = {name for name, _ in table.values()}
    assert not any(n.startswith(("Unidentified", "Kisumu")) for n in names)
    assert "Rare Front" not in names  # named in fewer rows than the minimum


def test_other_forces_are_kept_but_armies_are_not():
    build = _script().build
    rows = ([_row("ZPM: Zed Peace Mission (2010-)", "8")] * 3
            + [_row("Private Security Forces (Kenya)", "8")] * 3
            + [_row("Military Forces of Zedland (2015-)", "8")] * 9
            + [_row("Government of Zedland (2015-)", "1")] * 9)
    table = {(alias, acronym): (name, inter)
             for alias, name, inter, acronym, _countries in build(rows, 3)}
    assert table[("ZPM", 1)] == ("ZPM: Zed Peace Mission (2010-)", 8)
    assert table[("private security forces", 0)] == ("Private Security Forces ({country})", 8)
    assert not any(n.startswith(("Military", "Government")) for n, _ in table.values())


@pytest.mark.parametrize("phrase, name", [
    ("QSD fighters", "QSD: Syrian Democratic Forces"),
    ("qsd fighters", None),  # acronyms match by case
    ("a Mayi Mayi militia", "Mayi Mayi Militia"),
    ("Pokot raiders", "Pokot Ethnic Militia ({country})"),
    ("AP reporters", None),  # the stoplist: a news agency, not a group
    ("Somali soldiers", None),  # the stoplist: a nation's name, not its militia
    ("Anti-Balakas", "Anti-Balaka"),  # a plural
])
def test_the_shipped_table_names_what_reporters_write(phrase, name):
    group = acled_group(phrase)
    assert (group.name if group else None) == name


def test_an_acronym_parsed_as_a_verb_still_names_its_group(pipeline):
    from sitrep.records import Article
    text = "On Monday, IS militants attacked a police checkpoint in Kirkuk, killing three."
    [event] = pipeline.process(Article(text=text, published="2024-05-07")).events
    assert event.actor1 == "Islamic State (Iraq)" and event.inter1 == 2


def test_a_group_named_before_forces_is_that_group(pipeline):
    from sitrep.records import Article
    text = "On Monday, Anti-Balaka forces exchanged fire with soldiers in Bangassou."
    [event] = pipeline.process(Article(text=text, published="2024-05-07")).events
    assert "Anti-Balaka" in (event.actor1, event.actor2)


@pytest.fixture
def own_table(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """A few made-up groups added to the shipped table through an overlay."""
    from sitrep import reference

    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "acled_actors.csv").write_text(
        "alias,name,inter,acronym\n"
        "zorvan front,Zorvan Front,2,0\n"
        "zorvan front youth,Zorvan Front Youth Wing,3,0\n"
        "qelt brigade,Qelt Brigade,2,0\n"
        "ZFY,Zorvan Front Youth Wing,3,1\n"
        "Ëlmar guard,Elmar Guard,3,0\n", encoding="utf-8")
    request.addfinalizer(lambda: reference.use_overlay(None))
    reference.use_overlay(tmp_path)


@pytest.mark.parametrize("phrase, name", [
    ("Qelt Brigade and Zorvan Front fighters", "Qelt Brigade"),  # the leftmost alias
    ("Zorvan Front fighters and Qelt Brigade", "Zorvan Front"),
    ("ZORVAN FRONT YOUTH members", "Zorvan Front Youth Wing"),  # the longest at a place
    ("the Zorvan Fronts", "Zorvan Front"),  # a plural
    ("Zorvan Frontier guards", None),  # whole words only
    ("pro-Zorvan Front men", None),  # nor after a hyphen
    ("zfy gunmen", None),  # an acronym matches by case
    ("two ZFY gunmen", "Zorvan Front Youth Wing"),
    ("ZFY gunmen and qelt brigade", "Qelt Brigade"),  # of an acronym and an alias, the longer
    ("ëlmar guard units", "Elmar Guard"),  # a non-ASCII first letter, in any case
    ("the Qelt brigade in Ḥalab", "Qelt Brigade"),  # a non-ASCII text
])
def test_aliases_match_leftmost_then_longest_as_whole_words(own_table, phrase, name):
    group = acled_group(phrase)
    assert (group.name if group else None) == name
    assert acled_group(phrase) is group  # asked again, the same answer


def test_a_new_table_is_used_at_once_even_for_a_phrase_answered_before(own_table, tmp_path):
    from sitrep import reference

    assert acled_group("Qelt Brigade gunmen").name == "Qelt Brigade"
    reference.use_overlay(None)
    assert acled_group("Qelt Brigade gunmen") is None


def test_an_acronym_keeps_the_countries_its_group_was_coded_in():
    build = _script().build
    rows = ([_row("ZLF: Zed Liberation Front", "2", "Kenya")] * 2
            + [_row("ZLF: Zed Liberation Front", "2", "Uganda")] * 2)
    table = {(alias, acronym): countries for alias, _n, _i, acronym, countries in build(rows, 3)}
    assert table[("ZLF", 1)] == "Kenya|Uganda"
    assert table[("zed liberation front", 0)] == ""  # a full name names it anywhere


@pytest.mark.parametrize("country, name, inter", [
    ("MM", "SNA: Shanni Nationalities Army", 2),
    ("SO", "Military Forces of Somalia", 1),
    (None, "SNA: Shanni Nationalities Army", 2),
])
def test_an_acronym_names_its_group_only_where_the_group_acts(country, name, inter):
    from sitrep.events.actor_names import name_actor
    from sitrep.events.actor_refs import ActorRef

    ref = ActorRef("group", None, acled_group("SNA forces"), unlisted="military")
    found, code = name_actor(ref, None, country, None)
    assert found.startswith(name) and code == inter


@pytest.mark.parametrize("phrase, name", [
    ("a Saudi-led coalition air raid", "Operation Restoring Hope"),
    ("the global coalition", "Global Coalition Against Daesh"),
    ("a coalition of civic groups", None),
])
def test_a_coalition_is_named_only_by_its_own_words(phrase, name):
    from sitrep.events.reference import find_group

    group = find_group(phrase)
    assert (group.name if group else None) == name


@pytest.mark.parametrize("text, actor1, inter1", [
    # an acronym spaCy parsed as a preposition still names its group
    ("On Tuesday, AS fighters attacked a police post in Afgoye, killing two officers.",
     "Al Shabaab", 2),
    # the armed wing's acronym names the front
    ("On Tuesday, the ONLA attacked Ethiopian troops near Degehabur, killing four soldiers.",
     "ONLF: Ogaden National Liberation Front", 2),
])
def test_a_group_named_by_its_short_name(pipeline, text, actor1, inter1):
    from sitrep.records import Article
    event = pipeline.process(Article(text=text, published="2024-05-07")).events[0]
    assert (event.actor1, event.inter1) == (actor1, inter1)


@pytest.mark.parametrize("phrase, named", [
    ("AS militants", True),
    ("as militants", False),  # the word, not the acronym
    ("As fighters", False),
    ("AS Roma fans", False),  # only before a word for fighters
])
def test_al_shabaabs_acronym_needs_its_case_and_its_fighters(phrase, named):
    group = find_group(phrase)
    assert (group is not None and group.name == "Al Shabaab") is named
