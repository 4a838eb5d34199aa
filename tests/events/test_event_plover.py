from __future__ import annotations

import pytest

from sitrep.events.plover import plover_for


@pytest.mark.parametrize(
    "event_type, sub_event_type, kw, expected",
    [
        ("Battles", "Armed clash", {}, ("ASSAULT", "firearms")),
        ("Battles", "Non-state actor overtakes territory", {}, ("COERCE", "seize")),
        ("Explosions/Remote violence", "Air/drone strike", {}, ("ASSAULT", "aerial")),
        ("Explosions/Remote violence", "Air/drone strike", {"weapon": "drone"},
         ("ASSAULT", "drone")),
        ("Explosions/Remote violence", "Shelling/artillery/missile attack", {},
         ("ASSAULT", "heavy-weapons")),
        ("Explosions/Remote violence", "Suicide bomb", {}, ("ASSAULT", "suicide-attack")),
        ("Violence against civilians", "Abduction/forced disappearance", {},
         ("ASSAULT", "abduct")),
        ("Violence against civilians", "Sexual violence", {}, ("ASSAULT", "sexual")),
        ("Protests", "Peaceful protest", {}, ("PROTEST", "demo")),
        ("Protests", "Peaceful protest", {"family": "labour"}, ("PROTEST", "strike")),
        ("Riots", "Violent demonstration", {}, ("PROTEST", "riot")),
        ("Strategic developments", "Arrests", {}, ("COERCE", "arrest")),
        ("Strategic developments", "Agreement", {}, ("AGREE", None)),
        ("Strategic developments", "Non-violent transfer of territory", {},
         ("RETREAT", "withdraw")),
        ("Strategic developments", "Change to group/activity", {"family": "evacuate"},
         ("AID", "humanitarian")),
        ("Strategic developments", "Looting/property destruction", {"lemma": "loot"},
         ("COERCE", "confiscate")),
        ("Strategic developments", "Looting/property destruction", {"lemma": "set"},
         ("ASSAULT", "destroy")),
    ],
)
def test_plover_for_maps_acled_types(event_type, sub_event_type, kw, expected):
    plover = plover_for(event_type, sub_event_type, **kw)
    assert (plover.event, plover.mode) == expected
