"""A short event description no trigger word reads: the event model's row (own sentences)."""

from __future__ import annotations

import pytest

from sitrep.events import classifier, described
from sitrep.events.classifier import TypePrediction
from sitrep.nlp.model import load_model
from sitrep.records import Article

pytestmark = pytest.mark.model


def rows(pipeline, text: str, published: str = "2023-03-06"):
    return pipeline.process(Article(text=text, published=published)).events


def _pred(etype: str, sub: str, p_type: float) -> TypePrediction:
    return TypePrediction(sub, etype, p_type, p_type, ((sub, p_type),), 1, 0.9, 0, 0.9)


@pytest.fixture
def says(monkeypatch):
    """What the model reads, whatever the text."""
    said: list[TypePrediction] = []
    monkeypatch.setattr(classifier, "predict", lambda texts: said[:1] * len(texts))
    return said


DESCRIPTION = ("On 3 March 2023, a column of Congolese soldiers arrived at Kalemie village and "
               "were stationed in the village for two days.")


def test_the_model_makes_the_one_row_of_a_description_the_rules_cannot_read(pipeline):
    [event] = rows(pipeline, DESCRIPTION)
    assert event.derived["event_type"] == "model"
    assert event.location == "Kalemie" and event.event_date == "2023-03-03"
    assert event.evidence["event_type"] == [[DESCRIPTION.index("arrived"),
                                             DESCRIPTION.index("arrived") + len("arrived")]]


def test_its_type_and_the_actors_that_type_needs_are_the_models(pipeline, says):
    says.append(_pred("Protests", "Peaceful protest", 0.8))
    [event] = rows(pipeline, "On 3 March 2023, some 200 dismissed workers gathered outside "
                             "the city hall in Kalemie demanding their jobs back.")
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")
    assert event.actor1.startswith("Protesters") and event.inter1 == 6


@pytest.mark.parametrize("text", [
    "On 3 March 2023, the militia threatened to attack Kalemie.",
    "On 3 March 2023, police did not detain anyone in Kalemie.",
])
def test_no_row_where_the_text_says_it_did_not_happen(pipeline, says, text):
    says.append(_pred("Battles", "Armed clash", 0.95))
    assert [e for e in rows(pipeline, text) if e.derived.get("event_type") == "model"] == []


def test_no_row_when_the_model_is_unsure(pipeline, says):
    says.append(_pred("Strategic developments", "Other", described.DESCRIBED - 0.05))
    assert rows(pipeline, DESCRIPTION) == []


KILLING = "On 3 March 2023, a man killed a police officer in Kalemie."


def test_a_trigger_word_the_rules_left_lets_a_less_sure_model_code_it(pipeline, says):
    says.append(_pred("Battles", "Armed clash", described.DESCRIBED - 0.05))
    [event] = rows(pipeline, KILLING)
    assert event.event_type == "Battles" and event.derived["event_type"] == "model"
    assert event.location == "Kalemie"


def test_even_a_trigger_word_needs_the_model_fairly_sure(pipeline, says):
    says.append(_pred("Battles", "Armed clash", described.DESCRIBED_CUED - 0.05))
    assert rows(pipeline, KILLING) == []


def test_a_news_report_gets_no_row_from_the_model(pipeline, says):
    says.append(_pred("Battles", "Armed clash", 0.99))
    report = " ".join([DESCRIPTION] + [
        f"Residents of Kalemie said market day number {n} went ahead as usual." for n in range(5)])
    assert rows(pipeline, report) == []


@pytest.mark.parametrize("text, made", [
    ("On 3 March 2023, a man caught stealing in Kalemie was killed by residents.", True),
    ("On 3 March 2023, three people died in Kalemie, officials said.", False),
    ("On 3 March 2023, three people were killed in a car crash in Kalemie.", False),
    ("On 3 March 2023, a man was killed and his body was found in a sack in Kalemie.", True),
    ("On 3 March 2023, a trader was found dead in his shop in Kalemie.", False),
])
def test_deaths_with_no_attack_word_need_a_killing_and_no_accident(pipeline, says, text,
                                                                          made):
    says.append(_pred("Violence against civilians", "Attack", 0.9))
    found = [e for e in rows(pipeline, text) if e.derived.get("event_type") == "model"]
    assert bool(found) is made


def test_a_verb_that_can_govern_a_threat_reports_the_event_when_it_governs_none(pipeline, says):
    says.append(_pred("Protests", "Peaceful protest", 0.9))
    text = "On 3 March 2023, dozens of teachers in Kalemie demanded the payment of their wages."
    [event] = rows(pipeline, text)
    assert event.event_type == "Protests" and event.derived["event_type"] == "model"


def test_a_headline_with_no_verb_is_cued_by_its_head_noun(pipeline, says):
    says.append(_pred("Battles", "Armed clash", 0.9))
    text = "Police battle cattle raiders."
    [event] = rows(pipeline, text)
    assert event.event_type == "Battles" and event.derived["event_type"] == "model"
    start, end = event.evidence["event_type"][0]
    assert text[start:end] == "raiders"


def test_a_negated_report_gives_way_to_the_clause_it_tells():
    nlp = load_model()
    sent = next(nlp("A brief firefight broke out in Kalemie, no casualties reported.").sents)
    verb = described._main_verb(sent)
    assert verb is not None and verb.text == "broke"
    sent = next(nlp("Police said they arrested two men in Kalemie.").sents)
    assert described._main_verb(sent).text == "said"


@pytest.mark.parametrize("etype, sub, text, made", [
    # a word of another kind told as a demand does not veto the row
    ("Protests", "Peaceful protest", "On 3 March 2023, there was a rally staged by traders in "
     "Kalemie, demanding the mayor's arrest.", True),
    # a word of the model's kind told as unreal still does
    ("Battles", "Armed clash",
     "On 3 March 2023, the militia leaders in Kalemie denied attacking the army.", False),
    # a killing told in the passive has a killer
    ("Violence against civilians", "Attack", "On 3 March 2023, in Kalemie, a man was killed "
     "and his body was found wrapped in a blanket.", True),
])
def test_only_a_word_of_the_models_kind_told_as_unreal_vetoes_the_row(pipeline, says, etype,
                                                                      sub, text, made):
    says.append(_pred(etype, sub, 0.9))
    found = [e.event_type for e in rows(pipeline, text) if e.derived.get("event_type") == "model"]
    assert found == ([etype] if made else [])


@pytest.mark.parametrize("text", [
    DESCRIPTION,
    "On 3 March 2023, wheat prices rose in Kalemie, and farmers expect a smaller harvest.",
])
def test_a_less_sure_model_needs_a_word_of_an_event(pipeline, says, text):
    p = (described.DESCRIBED_CUED + described.DESCRIBED) / 2
    says.append(_pred("Violence against civilians", "Attack", p))
    assert rows(pipeline, text) == []


def test_a_trial_for_a_deed_gets_no_row(pipeline, says):
    says.append(_pred("Violence against civilians", "Attack", 0.9))
    text = ("Kalemie man convicted of shooting his neighbour\n\nA Kalemie court on Friday "
            "convicted a 40-year-old man of murder.")
    assert [e for e in rows(pipeline, text) if e.derived.get("event_type") == "model"] == []


def test_a_sentence_with_no_verb_is_cued_by_its_first_common_noun(pipeline, says):
    says.append(_pred("Protests", "Peaceful protest", 0.9))
    text = "On 3 March 2023, in Kalemie, a protest of several hundred traders against taxes."
    [event] = rows(pipeline, text)
    assert event.event_type == "Protests" and event.location == "Kalemie"
    start, end = event.evidence["event_type"][0]
    assert text[start:end] == "protest"


def test_a_verb_in_brackets_read_as_the_root_gives_way_to_its_cued_subject():
    nlp = load_model()
    sent = next(nlp("Clashes between military and Olonyi (recently renamed Agwelek Forces) "
                    "SPLA/M-IO in Akoke.").sents)
    assert sent.root.text == "renamed"  # the misreading this guards against
    clashes = sent[0]
    assert described._main_verb(sent, {clashes.i}).i == clashes.i
    assert described._main_verb(sent).text == "renamed"


def test_one_trigger_word_that_did_not_happen_leaves_the_others_to_the_model(pipeline, says):
    says.append(_pred("Riots", "Violent demonstration", 0.9))
    text = ("On 3 March 2023, police used tear gas to disperse traders who blocked roads in "
            "Kalemie ahead of a planned strike to protest new market taxes.")
    [event] = rows(pipeline, text)
    assert event.event_type == "Riots" and event.location == "Kalemie"
