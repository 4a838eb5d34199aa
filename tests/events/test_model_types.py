"""The rules' type and the model's: who decides, and the actors a new type needs."""

from __future__ import annotations

import pytest

from sitrep.events import classifier, model_types
from sitrep.events.assemble import Row
from sitrep.events.classifier import TypePrediction


class Sent:
    def __init__(self, text: str) -> None:
        self.text = text


def _row(etype: str, sub: str, actor1: str = "Unidentified Armed Group (Kenya)",
         inter1: int = 3, actor2: str = "Civilians (Kenya)", inter2: int = 7) -> Row:
    return Row(event_type=etype, sub_event_type=sub, actor1=actor1, inter1=inter1,
               actor2=actor2, inter2=inter2, assoc_actor_1="", place=None, geo_precision=None,
               event_date="2024-05-06", time_precision=1, family="attack", lemma="attack",
               weapon=None, strength=1.0, sentences={0}, anchors=[(0, 5)],
               evidence={"actor1": [[0, 5]], "actor2": [[10, 15]]}, country_code="KE")


def _pred(etype: str, sub: str, p_type: float, p_sub: float) -> TypePrediction:
    return TypePrediction(sub, etype, p_sub, p_type, ((sub, p_sub),), 5, 0.9, 0, 0.9)


@pytest.fixture
def model(monkeypatch):
    said: list[TypePrediction] = []
    def predict(texts):
        out = said[: len(texts)]
        del said[: len(texts)]
        return out

    monkeypatch.setattr(classifier, "predict", predict)
    return said


def _retype(row: Row, snippet: bool = False) -> Row:
    model_types.retype_rows([row], [Sent("Youths burned tyres in Kisumu.")], snippet,
                            {"KE": "Kenya"})
    return row


def _retype_later(model: list[TypePrediction], row: Row, pred: TypePrediction) -> Row:
    """``row`` as the second row of a description whose sentences and whole text the model
    reads as ``pred``."""
    model.extend([pred] * 3)  # the first row's sentences, the row's, the whole description
    model_types.retype_rows([_row("Battles", "Armed clash"), row],
                            [Sent("Youths burned tyres in Kisumu.")], True, {"KE": "Kenya"})
    return row


def test_a_sure_model_overrides_the_rules_and_brings_the_actors_its_type_needs(model):
    model.append(_pred("Riots", "Violent demonstration", 0.9, 0.8))
    row = _retype(_row("Violence against civilians", "Attack"))
    assert (row.event_type, row.sub_event_type) == ("Riots", "Violent demonstration")
    assert (row.actor1, row.inter1) == ("Rioters (Kenya)", 5)
    assert row.derived["event_type"] == "model" and "actor1" not in row.evidence


def test_an_unsure_model_leaves_news_to_the_rules_but_decides_a_short_description(model):
    model.extend([_pred("Battles", "Armed clash", 0.6, 0.6)] * 2)
    news = _retype(_row("Violence against civilians", "Attack"))
    assert news.event_type == "Violence against civilians"
    assert news.derived["event_type"] == "rules"
    snippet = _retype(_row("Violence against civilians", "Attack"), snippet=True)
    assert (snippet.event_type, snippet.actor2, snippet.inter2) == ("Battles", "", 0)


def test_on_an_agreed_type_the_model_picks_the_sub_type_when_sure(model):
    model.extend([_pred("Protests", "Protest with intervention", 0.9, 0.7),
                  _pred("Protests", "Protest with intervention", 0.9, 0.4)])
    sure = _retype(_row("Protests", "Peaceful protest", "Protesters (Kenya)", 6, "", 0))
    assert sure.sub_event_type == "Protest with intervention"
    assert sure.derived["event_type"] == "rules+model"
    unsure = _retype(_row("Protests", "Peaceful protest", "Protesters (Kenya)", 6, "", 0))
    assert unsure.sub_event_type == "Peaceful protest"


def test_a_chemical_attack_stays_a_chemical_attack(model):
    model.append(_pred("Violence against civilians", "Attack", 0.99, 0.99))
    row = _retype(_row("Explosions/Remote violence", "Chemical weapon"))
    assert row.sub_event_type == "Chemical weapon" and row.derived["event_type"] == "rules"


@pytest.mark.parametrize("text, sentences, snippet", [
    ("On 3 May, gunmen killed two farmers in Guma.", 1, True),
    ("Short line. " * 5, 5, False),
    ("A long report. " * 80, 40, False),
])
def test_a_short_text_reads_as_an_event_description(text, sentences, snippet):
    assert model_types.is_snippet(text, sentences) is snippet


def _battle(actor1: str, inter1: int, actor2: str, inter2: int, read: bool) -> Row:
    row = _row("Battles", "Armed clash", actor1, inter1, actor2, inter2)
    if not read:
        row.evidence.pop("actor1")
        row.derived["actor1"] = "default"
    return row


def _inter(pred: TypePrediction, inter1: int) -> TypePrediction:
    return TypePrediction(pred.sub_event_type, pred.event_type, pred.probability,
                          pred.event_type_probability, pred.ranked, inter1, 0.9, 0, 0.9)


def test_on_a_description_the_model_puts_the_side_it_expects_first_when_no_doer_was_read(model):
    model.append(_inter(_pred("Battles", "Armed clash", 0.9, 0.9), 1))
    row = _retype(_battle("Unidentified Armed Group (Kenya)", 3, "Military Forces of Kenya", 1,
                          read=False), snippet=True)
    assert (row.actor1, row.inter1, row.actor2, row.inter2) == (
        "Military Forces of Kenya", 1, "Unidentified Armed Group (Kenya)", 3)
    assert row.evidence["actor1"] == [[10, 15]] and "actor2" not in row.evidence
    assert row.derived["actor2"] == "default" and row.derived["actor1"] == "model"


def test_the_sides_stay_on_news(model):
    model.append(_inter(_pred("Battles", "Armed clash", 0.9, 0.9), 1))
    row = _retype(_battle("Unidentified Armed Group (Kenya)", 3, "Military Forces of Kenya", 1,
                          read=False), snippet=False)
    assert (row.actor1, row.inter1) == ("Unidentified Armed Group (Kenya)", 3)


@pytest.mark.parametrize("inter2, swapped", [(3, True), (1, False)])
def test_a_doer_the_text_named_swaps_only_when_the_model_tells_two_kinds_of_side(
        model, inter2, swapped):
    said = _inter(_pred("Battles", "Armed clash", 0.9, 0.9), 1)
    model.append(TypePrediction(said.sub_event_type, said.event_type, said.probability,
                                said.event_type_probability, said.ranked, 1, 0.9, inter2, 0.9))
    row = _retype(_battle("Unidentified Armed Group (Kenya)", 3, "Military Forces of Kenya", 1,
                          read=True), snippet=True)
    assert (row.inter1 == 1) is swapped
    assert (row.actor1 == "Military Forces of Kenya") is swapped


def test_an_unnamed_group_the_wording_shows_communal_becomes_a_communal_militia(model):
    model.append(_inter(_pred("Violence against civilians", "Attack", 0.9, 0.9), 4))
    row = _retype(_row("Violence against civilians", "Attack"), snippet=True)
    assert (row.actor1, row.inter1) == ("Unidentified Communal Militia (Kenya)", 4)
    assert row.derived["actor1"] == "model"


def test_on_a_description_a_gun_names_no_kind_but_the_civilians_it_was_fired_at_do(model):
    battle = _row("Battles", "Armed clash", actor2="Military Forces of Kenya", inter2=1)
    battle.weapon = "firearms"
    said = _pred("Violence against civilians", "Attack", 0.75, 0.75)
    assert _retype_later(model, battle, said).event_type == "Violence against civilians"
    shot = _row("Violence against civilians", "Attack")
    shot.weapon = "firearms"
    said = _pred("Battles", "Armed clash", 0.75, 0.75)
    assert _retype_later(model, shot, said).event_type == "Violence against civilians"
    shelled = _row("Explosions/Remote violence", "Shelling/artillery/missile attack")
    shelled.weapon = "shelling"
    assert _retype_later(model, shelled, said).event_type == "Explosions/Remote violence"


@pytest.mark.parametrize("p_type, etype", [
    (model_types.SNIPPET_TYPE + 0.05, "Violence against civilians"),
    (model_types.SNIPPET_TYPE - 0.05, "Battles"),
])
def test_the_first_row_of_a_description_takes_the_model_reading_of_the_whole_text(
        model, p_type, etype):
    first = _row("Battles", "Armed clash", actor2="Military Forces of Kenya", inter2=1)
    later = _row("Battles", "Armed clash", actor2="Military Forces of Kenya", inter2=1)
    own = _pred("Battles", "Armed clash", 0.9, 0.9)
    model.extend([own, own, _pred("Violence against civilians", "Attack", p_type, p_type)])
    model_types.retype_rows([first, later], [Sent("Gunmen raided Garissa.")], True,
                            {"KE": "Kenya"})
    assert first.event_type == etype
    assert later.event_type == "Battles"  # its own sentence, read as a battle


@pytest.mark.parametrize("sure, etype", [(0.95, "Riots"), (0.75, "Protests")])
def test_a_protest_turns_into_a_riot_only_when_the_model_is_very_sure(model, sure, etype):
    row = _row("Protests", "Peaceful protest", "Protesters (Kenya)", 6, "", 0)
    row.family = "protest"
    said = _pred("Riots", "Violent demonstration", sure, sure)
    assert _retype_later(model, row, said).event_type == etype


@pytest.mark.parametrize("p_type, snippet, battle", [
    (model_types.DESCRIPTION_TYPE + 0.05, True, True),
    (model_types.DESCRIPTION_TYPE - 0.05, True, False),
    (model_types.DESCRIPTION_TYPE + 0.05, False, False),
])
def test_a_sure_reading_of_a_whole_description_overrides_a_weapon(model, p_type, snippet,
                                                                  battle):
    shelled = _row("Explosions/Remote violence", "Shelling/artillery/missile attack",
                   actor2="Military Forces of Kenya", inter2=1)
    shelled.weapon = "shelling"
    said = _pred("Battles", "Armed clash", p_type, p_type)
    if snippet:  # a later row of a description: the first takes any sure reading
        row = _retype_later(model, shelled, said)
    else:
        model.append(said)
        row = _retype(shelled)
    assert (row.event_type == "Battles") is battle
    assert (row.sub_event_type == "Armed clash") is battle


def test_a_sure_reading_of_a_description_leaves_a_crowd_its_own_words(model):
    protest = _row("Protests", "Peaceful protest", "Protesters (Kenya)", 6, "", 0)
    protest.family = "protest"
    said = _pred("Riots", "Violent demonstration", 0.85, 0.85)
    assert _retype_later(model, protest, said).event_type == "Protests"


@pytest.mark.parametrize("p_type, seized", [
    (model_types.DESCRIPTION_TYPE + 0.05, False),
    (model_types.DESCRIPTION_TYPE - 0.05, True),
])
def test_a_sure_reading_of_a_whole_description_overrides_ground_taken(model, p_type, seized):
    taken = _row("Battles", "Government regains territory", "Military Forces of Kenya", 1,
                 "", 0)
    taken.family = "seize"
    said = _pred("Strategic developments", "Disrupted weapons use", p_type, p_type)
    row = _retype_later(model, taken, said)
    assert (row.sub_event_type == "Government regains territory") is seized


def test_a_weapon_of_remote_violence_never_makes_violence_against_civilians(model):
    shelled = _row("Explosions/Remote violence", "Shelling/artillery/missile attack")
    shelled.weapon = "shelling"
    model.append(_pred("Violence against civilians", "Attack", 0.95, 0.95))
    assert _retype(shelled, snippet=True).event_type == "Explosions/Remote violence"


@pytest.mark.parametrize("text, etype", [
    ("Students marched in Kisumu and burned tyres.", "Riots"),
    ("Students marched in Kisumu and burned an effigy of the governor.", "Protests"),
])
def test_a_description_the_model_reads_as_a_riot_is_one_unless_a_symbol_burned(
        model, text, etype):
    protest = _row("Protests", "Peaceful protest", "Protesters (Kenya)", 6, "", 0)
    protest.family = "protest"
    model.extend([_pred("Riots", "Violent demonstration", 0.7, 0.7)] * 2)
    model_types.retype_rows([protest], [Sent(text)], True, {"KE": "Kenya"})
    assert protest.event_type == etype


@pytest.mark.parametrize("p_type, lead", [
    (model_types.SNIPPET_TYPE + 0.05, "Riots"),
    (model_types.SNIPPET_TYPE - 0.05, None),
])
def test_a_description_is_led_by_the_row_of_the_type_the_model_reads_in_it(
        model, p_type, lead):
    protest = _row("Protests", "Peaceful protest", "Protesters (Kenya)", 6, "", 0)
    protest.family = "protest"
    riot = _row("Riots", "Violent demonstration", "Rioters (Kenya)", 5, "", 0)
    riot.family = "riot"
    own = _pred("Protests", "Peaceful protest", 0.9, 0.9)
    model.extend([own, own, _pred("Riots", "Violent demonstration", p_type, p_type)])
    found = model_types.retype_rows([protest, riot], [Sent("Students protested in Kisumu.")],
                                    True, {"KE": "Kenya"})
    assert found == lead


def test_a_news_report_has_no_lead_type(model):
    row = _row("Protests", "Peaceful protest", "Protesters (Kenya)", 6, "", 0)
    model.append(_pred("Protests", "Peaceful protest", 0.95, 0.95))
    assert model_types.retype_rows([row], [Sent("Students protested in Kisumu.")], False,
                                   {"KE": "Kenya"}) is None


@pytest.mark.model
@pytest.mark.parametrize("p_type, first", [
    (0.7, "Violence against civilians"),
    (model_types.SNIPPET_TYPE - 0.05, "Explosions/Remote violence"),
])
def test_the_row_of_the_type_a_description_is_read_as_comes_first(pipeline, monkeypatch,
                                                                   p_type, first):
    from sitrep.records import Article

    said = _pred("Violence against civilians", "Attack", p_type, p_type)
    monkeypatch.setattr(classifier, "predict", lambda texts: [said] * len(texts))
    text = "On 3 March 2023, soldiers shelled Kalemie. Gunmen then killed two traders in Kalemie."
    events = pipeline.process(Article(text=text, published="2023-03-06")).events
    assert [e.event_type for e in events] == [first, *(
        t for t in ("Explosions/Remote violence", "Violence against civilians") if t != first)]


@pytest.mark.parametrize("inferred, etype", [(True, "Violence against civilians"),
                                             (False, "Battles")])
def test_a_battle_with_no_second_side_named_yields_to_a_less_sure_model(model, inferred, etype):
    row = _row("Battles", "Armed clash", actor2="Military Forces of Kenya", inter2=1)
    if inferred:
        row.evidence.pop("actor2")
        row.derived["actor2"] = "inferred"
    p = (model_types.LONE_BATTLE + model_types.SNIPPET_TYPE) / 2
    model.extend([_pred("Violence against civilians", "Attack", p, p)] * 2)
    assert _retype(row, snippet=True).event_type == etype
