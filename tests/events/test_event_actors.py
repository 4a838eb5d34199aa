from __future__ import annotations

import pytest

from sitrep.events.actors import ActorRef, name_actor, settle_kind
from sitrep.events.reference import find_group


@pytest.mark.parametrize(
    "ref, date, fallback, expected",
    [
        (ActorRef("military", "RU"), "2024-08-06", None, ("Military Forces of Russia (2000-)", 1)),
        # forces abroad are external (8): the event's country decides, not the nationality
        (ActorRef("military", "UA"), "2024-08-06", "RU", ("Military Forces of Ukraine (2019-)", 8)),
        (ActorRef("military", "UA"), "2024-08-06", "UA", ("Military Forces of Ukraine (2019-)", 1)),
        (ActorRef("police", "IL"), "2024-08-06", "PS", ("Police Forces of Israel (2022-)", 8)),
        (ActorRef("police", "PK"), "2024-05-12", None, ("Police Forces of Pakistan (2024-)", 1)),
        (ActorRef("government", "RU"), "2024-08-12", None, ("Government of Russia (2000-)", 1)),
        (ActorRef("civilians"), "2024-08-12", "UA", ("Civilians (Ukraine)", 7)),
        (ActorRef("protesters"), "2024-05-12", "PK", ("Protesters (Pakistan)", 6)),
        (ActorRef("rioters"), "2024-12-03", "KE", ("Rioters (Kenya)", 5)),
        (ActorRef("crowd"), "2024-12-03", "KE", ("Rioters (Kenya)", 5)),
        (ActorRef("unidentified"), "2024-03-13", "NG", ("Unidentified Armed Group (Nigeria)", 3)),
        (ActorRef("military", "ML"), "2024-05-06", None, ("Military Forces of Mali (2021-)", 1)),
    ],
)
def test_name_actor_writes_acled_names_and_inter_codes(gaz, ref, date, fallback, expected):
    assert name_actor(ref, date, fallback, gaz) == expected


def test_name_actor_leaves_out_years_for_a_country_without_a_government_table(gaz):
    name, inter = name_actor(ActorRef("military", "PS"), "2024-07-01", None, gaz)
    assert (name, inter) == ("Military Forces of Palestine", 1)


def test_name_actor_fills_the_country_into_islamic_state(gaz):
    group = find_group("Islamic State")
    name, inter = name_actor(ActorRef("group", None, group), "2024-01-01", "SY", gaz)
    assert (name, inter) == ("Islamic State (Syria)", 2)


@pytest.mark.parametrize(
    "date, expected",
    [("2019-06-01", ("Taliban", 2)), ("2023-06-01", ("Military Forces of Afghanistan (2021-)", 1))],
)
def test_taliban_become_afghanistans_state_forces_after_august_2021(gaz, date, expected):
    group = find_group("Taliban fighters")
    assert name_actor(ActorRef("group", "AF", group), date, None, gaz) == expected


@pytest.mark.parametrize(
    "kind, family, settled",
    [
        ("state", "remote", "military"),  # "Russia carried out strikes"
        ("state", "agree", "government"),  # "Russia and Ukraine agreed"
        ("state", "arrest", "police"),
        ("weapon", "remote", "military"),  # "Russian drones"
        ("government", "remote", "military"),  # "Syrian government (warplanes) struck"
        ("government", "evacuate", "government"),
        ("civsite", "remote", "civilians"),  # "hit a school"
    ],
)
def test_settle_kind_picks_the_branch_that_acts(kind, family, settled):
    assert settle_kind(ActorRef(kind, "RU"), family).kind == settled


@pytest.mark.model
@pytest.mark.parametrize(
    "text, head, kind, country, group",
    [
        ("Ukrainian units launched an offensive.", "units", "military", "UA", None),
        ("Kyiv's forces have seized 28 towns.", "forces", "military", "UA", None),
        ("Russia carried out strikes.", "Russia", "state", "RU", None),
        ("The Russian defence ministry said so.", "ministry", "military", "RU", None),
        ("Police in Kyiv arrested three men.", "Police", "police", "UA", None),
        ("M23 rebels seized the town.", "rebels", "group", "CD", "M23: March 23 Movement"),
        ("Gunmen abducted villagers.", "Gunmen", "unidentified", None, None),
        ("Two members of a local vigilante group were shot.", "members", "militia", None, None),
        ("The authorities are evacuating the region.", "authorities", "government", None, None),
        ("Dozens of protesters marched.", "protesters", "protesters", None, None),
        # "Sudan" in "South Sudan" names another country
        ("Military Forces of South Sudan attacked.", "Forces", "military", "SS", None),
        ("South Sudan troops attacked.", "troops", "military", "SS", None),
    ],
)
def test_actor_of_reads_kind_country_and_group_from_the_phrase(nlp, gaz, text, head, kind,
                                                                country, group):
    from sitrep.events.actors import actor_of

    tok = next(t for t in nlp(text) if t.text == head)
    ref = actor_of(tok, gaz)
    assert ref is not None
    assert (ref.kind, ref.country, ref.group.name if ref.group else None) == (kind, country,
                                                                             group)


@pytest.mark.model
def test_actor_of_marks_a_possessive_pronoun_for_the_discourse_to_resolve(nlp, gaz):
    from sitrep.events.actors import actor_of

    tok = next(t for t in nlp("It said its forces repelled the attack.") if t.text == "forces")
    ref = actor_of(tok, gaz)
    assert ref is not None and (ref.kind, ref.pronoun, ref.country) == ("military", True, None)


def test_the_home_countries_of_the_groups_a_report_names_in_order():
    from sitrep.events.reference import home_countries

    text = ("FARDC soldiers clashed with ADF rebels near the village; "
            "Boko Haram was not involved.")
    assert home_countries(text) == ("CD", "NG")  # FARDC and the ADF are both Congo's
    assert home_countries("Unidentified gunmen attacked a bus.") == ()
