"""Which happenings become rows, and which row comes first (own sentences, full pipeline).

- A battle needs an armed side named in the text, unless the report speaks of a
  clash or an offensive.
- A group no table lists is named as the report names it, not "Unidentified".
- One strike told with its weapon and again as "the attack" is one row, of the
  weapon's type.
- The headline and lede's event comes first, even when a later sentence gives a
  bigger, older toll.
"""

from __future__ import annotations

import pytest

from sitrep.records import Article

pytestmark = [pytest.mark.model, pytest.mark.gazetteer]


def rows(pipeline, text: str, published: str = "2024-05-06"):
    return pipeline.process(Article(text=text, published=published)).events


def test_an_attack_with_no_side_named_is_no_battle(pipeline):
    found = rows(pipeline, "However, the attacks have grown more frequent in the north.")
    assert [e.event_type for e in found if e.event_type == "Battles"] == []


def test_a_clash_keeps_its_row_even_when_neither_side_is_known(pipeline):
    found = rows(pipeline, "Heavy clashes broke out in Kalemie on Sunday, residents said.")
    assert len(found) == 1 and found[0].event_type in ("Battles", "Riots")


def test_a_group_no_table_lists_is_named_as_written(pipeline):
    text = ("On Sunday, the KDLF attacked an army post in Kalemie, killing two soldiers, "
            "local officials said.")
    found = rows(pipeline, text)
    assert found and found[0].event_type == "Battles"
    names = {found[0].actor1, found[0].actor2}
    assert "KDLF" in names and "Unidentified Armed Group (Democratic Republic of Congo)" \
        not in names


def test_an_acronym_spelled_out_as_a_police_force_is_no_armed_group(pipeline):
    text = ("Officers of the Kalemie Metropolitan Police (KMP) clashed with protesters in "
            "Kalemie on Sunday. The KMP attacked the crowd near the market.")
    assert all("KMP" not in (e.actor1, e.actor2) for e in rows(pipeline, text))
    named = rows(pipeline, "On Sunday, the KDLF attacked an army post in Kalemie.")
    assert any("KDLF" in (e.actor1, e.actor2) for e in named)


def test_an_outlet_is_never_an_armed_group(pipeline):
    text = "Reuters was attacked by rebels in Goma on Sunday, police said."
    assert all("Reuters" not in (e.actor1, e.actor2) for e in rows(pipeline, text))


def test_one_strike_told_twice_is_one_row_of_the_weapons_type(pipeline):
    text = ("A suicide bomber blew himself up in a mosque in Peshawar on Monday. "
            "The attack in Peshawar on Monday killed 20 worshippers, police said.")
    found = rows(pipeline, text, "2024-05-07")
    assert [e.sub_event_type for e in found] == ["Suicide bomb"]
    assert found[0].fatalities == 21  # the 20 worshippers and the bomber, as ACLED counts


def test_the_ledes_event_comes_before_an_older_bigger_toll(pipeline):
    text = ("Gunmen abducted 12 students from a school in Kaduna on Friday, police said.\n\n"
            "In 2021, an attack on a market in Zamfara killed 60 people.")
    found = rows(pipeline, text, "2024-03-09")
    assert found and found[0].sub_event_type == "Abduction/forced disappearance"


def test_a_photo_caption_is_no_event(pipeline):
    text = ("Police dispersed a march in Nairobi on Tuesday.\n"
            "In this file photo, soldiers take cover during shelling in Mandera.")
    found = rows(pipeline, text, "2024-05-08")
    assert [e.event_type for e in found] == ["Protests"]


def test_an_event_dated_years_before_publication_is_history(pipeline):
    text = ("Gunmen killed four farmers in Guma on Monday, police said.\n\n"
            "In March 2015, gunmen killed 30 villagers in Agatu.")
    found = rows(pipeline, text, "2024-03-06")
    assert found and all(e.event_date >= "2023-03-06" for e in found)
    assert len(found) == 1


def test_a_newspaper_named_like_an_organisation_is_no_armed_group(pipeline):
    text = ("Deutsche Welle reported that rebels attacked an army base in Yei on Sunday, "
            "killing four soldiers.")
    found = rows(pipeline, text)
    assert found and all("Deutsche Welle" not in (e.actor1, e.actor2) for e in found)


def test_looting_in_an_attack_is_part_of_the_attack(pipeline):
    text = ("Gunmen attacked the village of Kalli near Damboa on Thursday, killing three "
            "farmers, officials said.\n\nResidents said the attackers looted food and "
            "livestock in Kalli on Thursday.")
    found = rows(pipeline, text, "2024-03-09")
    assert [e.sub_event_type for e in found] == ["Attack"]


@pytest.mark.parametrize(
    "text, etype",
    [
        ("Hundreds of protesters burned tyres and blocked the main road in Kisumu on "
         "Monday over fuel prices.", "Riots"),
        ("Students violently protested in Mbandaka on Monday over unpaid grants.", "Riots"),
        # a symbol burned, or the police's violence, leaves the protest a protest
        ("Demonstrators burned an effigy of the governor in Kano on Monday.", "Protests"),
        ("Police violently dispersed protesters demanding water in Goma on Monday.",
         "Protests"),
    ],
)
def test_a_crowd_that_burns_or_smashes_riots(pipeline, text, etype):
    found = rows(pipeline, text)
    assert found and found[0].event_type == etype, [(e.event_type, e.sub_event_type)
                                                    for e in found]


@pytest.mark.parametrize("text", [
    "On Monday, heavy clashes erupted between the army and RSF fighters in Omdurman.",
    "Clashes were reported between the army and RSF fighters in Omdurman on Monday.",
])
def test_the_sides_of_clashes_between_two_forces_are_read(pipeline, text):
    [event] = [e for e in rows(pipeline, text) if e.event_type == "Battles"]
    assert {event.actor1, event.actor2} == {"Military Forces of Sudan (2019-)",
                                            "Rapid Support Forces"}
    assert "actor1" in event.evidence and "actor2" in event.evidence


def test_a_noun_naming_the_doer_before_an_event_noun_is_its_actor(pipeline):
    found = rows(pipeline, "A drug suspect was killed during a police raid in Kalemie on Monday.")
    assert found and found[0].actor1.startswith("Police Forces of Democratic Republic of Congo")
    assert "actor1" in found[0].evidence


@pytest.mark.parametrize("crowd, expected", [
    ("a stone-throwing protester", ("Riots", "Violent demonstration")),
    ("a protester", ("Protests", "Excessive force against protesters")),
])
def test_force_against_a_crowd_throwing_stones_is_a_riot(pipeline, crowd, expected):
    report = (f"Police shot dead {crowd} in Kisumu on Monday. The opposition had called "
              "for rallies over the cost of living. Schools stayed shut across the region. "
              "Traders said business had slowed in recent weeks. The government has "
              "promised to review fuel prices next month.")  # a news report, not a snippet
    found = rows(pipeline, report)
    assert [(e.event_type, e.sub_event_type) for e in found] == [expected]


@pytest.mark.parametrize("text, sub, actor2", [
    ("Hundreds of nurses protested against the government in Nairobi on Monday over unpaid "
     "salaries.", "Peaceful protest", ""),
    ("Police fired tear gas at nurses protesting over unpaid salaries in Nairobi on Monday.",
     "Protest with intervention", "Police Forces of Kenya"),
])
def test_a_peaceful_protest_has_no_second_side_but_an_intervention_does(pipeline, text, sub,
                                                                       actor2):
    [row] = [r for r in rows(pipeline, text) if r.event_type == "Protests"]
    assert row.sub_event_type == sub
    assert row.actor2.startswith(actor2) and bool(row.actor2) is bool(actor2)


def test_a_row_placed_only_in_a_country_gives_way_to_rows_placed_in_towns(pipeline):
    both = rows(pipeline, "Gunmen killed five villagers in Damboa on Monday. Clashes between "
                          "soldiers and militants were also reported in Cameroon on Monday.")
    alone = rows(pipeline, "Clashes between soldiers and militants were reported in Cameroon "
                           "on Monday.")
    assert [e.location for e in both] == ["Damboa"]
    assert [e.location for e in alone] == ["Cameroon"]


def test_a_credited_and_dated_photo_caption_reports_no_event(pipeline):
    story = "Gunmen attacked a police post in Damboa on Monday, killing two officers."
    caption = ("Soldiers patrol after an attack on a market in Maiduguri, Nigeria, March 10, "
               "2023. (Reuters)")
    found = rows(pipeline, f"{story}\n\n{caption}")
    assert [e.location for e in found] == ["Damboa"]
    uncredited = rows(pipeline, f"{story}\n\nGunmen attacked a market in Maiduguri, "
                                "Nigeria, on Monday, killing three traders.")
    assert "Maiduguri" in {e.location for e in uncredited}


@pytest.mark.parametrize("caption", [
    "FILE - In this March 8, 2019, file photo, an envoy speaks in Washington. Jets began "
    "bombing Maiduguri after the raid to root out the militants.",
    "In this image taken from video, soldiers stand guard. Jets bombed Maiduguri last week.",
    "Soldiers patrol in Damboa, March 10, 2023. Jets had bombed Maiduguri the day before. "
    "AP Photo/Jane Doe",
])
def test_every_sentence_of_a_caption_line_is_the_caption(pipeline, caption):
    story = "Gunmen attacked a police post in Damboa on Monday, killing two officers."
    found = rows(pipeline, f"{caption}\n\n{story}")
    assert [e.location for e in found] == ["Damboa"]
    told = rows(pipeline, f"{story}\n\nJets bombed Maiduguri on Monday, killing three traders.")
    assert "Maiduguri" in {e.location for e in told}


def test_a_place_handed_over_is_coded_with_the_side_that_gains_it(pipeline):
    text = ("French forces have left the city of Timbuktu. The French lowered their flag and "
            "handed over the keys of the base to Mali's army on Monday. The move ends nine "
            "years of French presence in the north. Residents gathered to watch the "
            "ceremony, and officials said the city was calm. United Nations peacekeepers "
            "remain in the city.")
    found = rows(pipeline, text, published="2024-05-06")
    assert [(e.sub_event_type, e.actor1.split(" (")[0], e.actor2.split(" (")[0])
            for e in found] == [("Non-violent transfer of territory",
                                 "Military Forces of Mali", "Military Forces of France")]
    left = rows(pipeline, "French forces left the city of Timbuktu on Monday. The move "
                          "ends nine years of French presence.", published="2024-05-06")
    assert [e.actor1.split(" (")[0] for e in left] == ["Military Forces of France"]


@pytest.mark.parametrize("text, types", [
    ("Soldiers encountered 15 armed rebels near Bubong on Wednesday.", ["Battles"]),
    ("The delegation encountered difficulties near Bubong on Wednesday.", []),
])
def test_an_encounter_with_armed_men_is_a_clash(pipeline, text, types):
    assert [e.event_type for e in rows(pipeline, text)] == types


@pytest.mark.parametrize("text, types", [
    ("Soldiers raided a home in Hebron on Monday and took photographs of the house.", []),
    ("Soldiers raided a home in Hebron on Monday, injuring two residents.",
     ["Violence against civilians"]),
    ("Gunmen raided a village near Kano on Monday.", ["Violence against civilians"]),
])
def test_a_security_raid_that_hurt_or_took_no_one_is_no_event(pipeline, text, types):
    assert [e.event_type for e in rows(pipeline, text)] == types


def test_an_operation_that_killed_some_and_arrested_others_is_one_battle(pipeline):
    text = ("Police raided a hideout near Quetta on Sunday after a tip-off. Three militants "
            "were killed and two were arrested in the operation near Quetta on Sunday, "
            "officials said.")
    found = rows(pipeline, text)
    assert [(e.event_type, e.fatalities) for e in found] == [("Battles", 3)]


def test_a_raid_that_made_arrests_is_the_arrest(pipeline):
    text = "Rangers raided a house in Karachi on Sunday and arrested three militants."
    assert [e.sub_event_type for e in rows(pipeline, text)] == ["Arrests"]


def test_a_truce_is_one_agreement_with_no_toll_of_its_own(pipeline):
    text = ("The government and the rebels agreed on Monday to cease hostilities in a war that "
            "has killed 5,000 people. Delegates from both sides signed the agreement in Nairobi "
            "on Monday.")
    found = rows(pipeline, text)
    assert [(e.sub_event_type, e.fatalities) for e in found] == [("Agreement", 0)]
    assert "fatalities" not in found[0].evidence


def test_a_line_with_a_photo_credit_is_a_caption(pipeline):
    story = "Gunmen attacked a police post in Damboa on Monday, killing two officers."
    caption = "Soldiers burned homes in Maiduguri as a punishment. (Photo: Jane Doe)"
    assert [e.location for e in rows(pipeline, f"{caption}\n\n{story}")] == ["Damboa"]


@pytest.mark.parametrize("text", [
    "On Sunday, members of the Oboro community attacked Ikpe village in Benue, killing three "
    "residents.",
    "On Sunday, herdsmen attacked farmers in Agatu, Benue, killing five.",
])
def test_a_community_that_attacks_is_a_communal_militia(pipeline, text):
    event = rows(pipeline, text)[0]
    assert (event.event_type, event.inter1, event.inter2) == ("Violence against civilians", 4, 7)


def test_a_community_attacked_stays_civilians(pipeline):
    event = rows(pipeline, "On Sunday, gunmen attacked the Oboro community in Benue, killing "
                           "three residents.")[0]
    assert (event.inter1, event.inter2) == (3, 7)


def test_herders_fighting_soldiers_are_a_communal_militia(pipeline):
    event = rows(pipeline, "On Sunday, soldiers clashed with herders near Lafia, leaving three "
                           "dead.")[0]
    assert (event.event_type, event.inter1, event.inter2) == ("Battles", 1, 4)


def test_an_air_strike_nobody_is_named_for_is_a_states(pipeline):
    event = rows(pipeline, "An air strike hit a market in Idlib on Sunday, killing six "
                           "civilians.")[0]
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1.startswith("Military Forces of") and event.inter1 in (1, 8)
