"""The entities stage fixes the small model's known mistakes on war reports."""

from __future__ import annotations

import pytest

from sitrep import Article, Place
from sitrep.stages.base import Work
from sitrep.stages.entities import EntitiesStage

pytestmark = [pytest.mark.model, pytest.mark.gazetteer]


@pytest.fixture(scope="module")
def stage(nlp, gazetteer):
    return EntitiesStage(nlp, gazetteer)


def run(stage, text, dateline=()):
    art = Article(text=text)
    art.dateline_places = [
        Place(n, -1, -1, n, None, None, None, cc, None, None, None, None, None)
        for n, cc in dateline
    ]
    work = Work(art)
    stage(work)
    return work


def label_of(work, text):
    found = [e.label for e in work.article.entities if e.text == text]
    assert found, f"{text!r} not an entity: {[(e.text, e.label) for e in work.article.entities]}"
    return found[0]


@pytest.mark.parametrize(
    "text, span, label",
    [
        ("Ukrainian units launched an offensive into the Kursk region on Tuesday.", "Kursk", "GPE"),
        ("Kyiv's forces have seized 28 towns.", "Kyiv", "GPE"),
        ("The governor of Belgorod said the authorities are evacuating parts of the region.",
         "Belgorod", "GPE"),
        ("Russian forces shelled the town of Orikhiv with artillery, the governor said.",
         "Orikhiv", "GPE"),
        ("The military ordered residents of eastern Khan Younis and Rafah to move.",
         "Rafah", "GPE"),
        ("Ukrainian troops pushed deeper into Russia on Thursday.", "Ukrainian", "NORP"),
        ("Vladimir Putin met Volodymyr Zelensky's envoy in Moscow.", "Vladimir Putin", "PERSON"),
    ],
)
def test_entity_labels_are_corrected_by_gazetteer_and_context(stage, text, span, label):
    assert label_of(run(stage, text), span) == label


def test_dates_next_to_place_prepositions_stay_dates(stage):
    work = run(stage, "Russia carried out strikes into the Sumy region over the summer.")
    assert label_of(work, "the summer") == "DATE"


def test_small_town_is_kept_when_the_article_is_about_its_country(stage):
    text = "Five soldiers were killed near Douentza, the army said."
    assert label_of(run(stage, text, dateline=[("Bamako", "ML")]), "Douentza") == "GPE"


def test_entities_carry_offsets_and_stage(stage):
    work = run(stage, "Shelling hit Kharkiv on Monday.")
    ent = next(e for e in work.article.entities if e.label == "GPE")
    assert work.article.text[ent.start:ent.end] == ent.text == "Kharkiv"
    assert ent.stage == "entities@2"
    assert work.doc is not None and [e.text for e in work.doc.ents if e.label_ == "GPE"] == [
        "Kharkiv"
    ]


def test_pipe_matches_one_by_one(stage):
    texts = ["Kyiv launched the attack last Tuesday.", "Protesters marched in Lahore."]
    piped = [w.article.entities for w in stage.pipe([Work(Article(text=t)) for t in texts])]
    single = [run(stage, t).article.entities for t in texts]
    assert piped == single


@pytest.mark.parametrize(
    "text, span, label",
    [
        ("Shelling was reported in Ukraine's Gorlovka on Monday.", "Gorlovka", "GPE"),
        ("Fighting in Trinidad and Tobago and Bosnia and Herzegovina ended.",
         "Trinidad and Tobago", "GPE"),
        ("Fighting in Trinidad and Tobago and Bosnia and Herzegovina ended.",
         "Bosnia and Herzegovina", "GPE"),
        ("A grenade blast in Jammu and Kashmir injured two people.", "Jammu and Kashmir", "GPE"),
    ],
)
def test_possessed_towns_and_split_country_names_become_places(stage, text, span, label):
    assert label_of(run(stage, text), span) == label


def test_a_person_after_a_country_possessive_stays_a_person(stage):
    work = run(stage, "Russia's Vladimir Putin spoke in Moscow.")
    assert label_of(work, "Vladimir Putin") == "PERSON"


@pytest.mark.parametrize(
    "text, span",
    [("Houthi forces shelled the city of Taizz on Friday.", "Taizz"),
     ("Gunmen attacked the town of Taizz again.", "Taizz")],
)
def test_a_place_the_model_tags_date_becomes_gpe_in_a_place_context(stage, text, span):
    assert label_of(run(stage, text), span) == "GPE"


@pytest.mark.parametrize("text, span", [("The talks resumed in March in Geneva.", "March")])
def test_months_stay_dates(stage, text, span):
    work = run(stage, text)
    assert all(e.label != "GPE" for e in work.article.entities if e.text == span)


def test_two_word_town_the_model_cut_short_is_completed(stage):
    text = "The governor ordered residents of the Krasnaya Yaruga district to leave."
    work = run(stage, text)
    assert "Krasnaya Yaruga" in [e.text for e in work.article.entities if e.label == "GPE"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Alexei Smirnov, the acting governor of the Kursk region, was quoted as saying by "
         "TASS that 12 civilians had been killed.", "Alexei Smirnov"),
    ],
)
def test_full_name_the_model_skipped_is_a_person_in_a_person_frame(stage, text, name):
    assert label_of(run(stage, text), name) == "PERSON"


def test_capitalised_runs_without_a_person_frame_stay_untagged(stage):
    work = run(stage, "Heavy Rain fell over the weekend in the capital.")
    assert not [e for e in work.article.entities if e.label == "PERSON"]
