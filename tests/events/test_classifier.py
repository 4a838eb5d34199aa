"""The shipped event model: it loads, its features are stable, its answers are valid ACLED."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from importlib import resources

import numpy as np
import pytest

from sitrep.events import classifier
from sitrep.events.features import NUMBER, PLACE, FeatureConfig, featurise, hashed, tokens

# ACLED's codebook, written out here independently of the model's own meta.
ACLED = {
    "Battles": {"Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack",
                                   "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
MODELS = resources.files("sitrep").joinpath("data", "models")
# Our own sentences, one of each kind, in news style and in ACLED-note style.
KINDS = [
    ("Several thousand teachers marched peacefully through the capital on Monday, "
     "carrying banners and demanding the payment of salary arrears.",
     "Protests", {"Peaceful protest"}, 6),
    ("Fighter jets bombed a rebel training camp in an air strike on Tuesday, "
     "killing at least a dozen fighters, the army said.",
     "Explosions/Remote violence", {"Air/drone strike"}, None),
    ("A roadside bomb exploded under a police vehicle on the highway, "
     "wounding four officers.",
     "Explosions/Remote violence", {"Remote explosive/landmine/IED"}, None),
    ("On 4 May 2021, unidentified gunmen kidnapped a village chief and his two sons from "
     "their home and took them to an unknown destination.",
     "Violence against civilians", {"Abduction/forced disappearance"}, None),
    ("Government troops and insurgents exchanged heavy gunfire for several hours near the "
     "border town, with casualties on both sides.",
     "Battles", {"Armed clash"}, None),
    ("Angry youths threw stones at police and burned tyres on the main road after a "
     "motorcyclist was knocked down, and officers fired tear gas.",
     "Riots", {"Violent demonstration", "Mob violence"}, 5),
]


@pytest.fixture(scope="module")
def model() -> classifier.EventModel:
    return classifier.default_model()


def test_artefact_loads_and_names_its_classes(model: classifier.EventModel) -> None:
    info = classifier.model_info()
    assert info["name"] == classifier.MODEL_NAME
    assert set(info["event_types"]) == set(ACLED)
    assert len(info["sub_event_types"]) == 24
    assert info["not_predicted"] == ["Chemical weapon"]
    assert "Chemical weapon" not in info["sub_event_types"]
    assert set(info["inter1"]) <= set(range(1, 9)) and set(info["inter2"]) <= set(range(0, 9))
    assert 0 in info["inter2"]
    assert classifier.default_model() is model  # loaded once per process


def test_artefact_is_at_most_20_mb() -> None:
    size = sum(len((MODELS / name).read_bytes())
               for name in ("event_model.npz", "event_model.json"))
    assert size <= 20 * 1024 * 1024
    assert classifier.model_info()["size_bytes"] == size


def _strings(node: object, key: str = "") -> list[tuple[str, str]]:
    if isinstance(node, dict):
        return [(key, str(k)) for k in node] + [
            s for k, v in node.items() for s in _strings(v, str(k))]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v, key)]
    return [(key, node)] if isinstance(node, str) else []


def test_meta_lists_no_text() -> None:
    meta = json.loads((MODELS / "event_model.json").read_text(encoding="utf-8"))
    prose = {"attribution", "not_predicted_note", "solver", "quantisation"}
    for key, value in _strings(meta):
        if key not in prose:
            assert len(value.split()) <= 6, f"{key}: {value!r} reads like text"
    for key in prose:
        assert key in {k for k, _ in _strings(meta)}
    # the archive holds numbers only: no vocabulary, no pickled objects
    with zipfile.ZipFile(MODELS.joinpath("event_model.npz").open("rb")) as archive:
        assert sorted(archive.namelist()) == ["bias.npy", "scales.npy", "weights.npy"]
    arrays = np.load(MODELS.joinpath("event_model.npz").open("rb"), allow_pickle=False)
    assert all(arrays[name].dtype.kind in "fi" for name in arrays.files)


def test_normalising_drops_dates_remarks_places_and_numbers() -> None:
    words = tokens("On 3 January 2022, 12 protesters marched in Port Harcourt "
                   "[coded as Rivers] against fuel prices.")
    assert words[:3] == [NUMBER, "protesters", "marched"]
    assert words[3:5] == ["in", PLACE]
    assert "january" not in words and "coded" not in words and "harcourt" not in words
    assert tokens("Clashes hit Tamale.", places=["Tamale"]) == ["clashes", "hit", PLACE]


def test_features_are_deterministic_and_unit_length() -> None:
    config = FeatureConfig()
    a = hashed(tokens("Soldiers clashed with rebels near the river."), config)
    b = hashed(tokens("Soldiers clashed with rebels near the river."), config)
    assert np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1])
    assert np.all(np.diff(a[0]) > 0) and a[0].max() < 1 << config.n_bits
    assert float(np.dot(a[1], a[1])) == pytest.approx(1.0, abs=1e-5)
    indptr, indices, values = featurise(["", "Riot."], config)
    assert indptr.tolist() == [0, 0, len(indices)] and len(values) == len(indices)


def test_features_do_not_depend_on_the_hash_seed() -> None:
    code = ("import json; from sitrep.events.features import FeatureConfig, hashed, tokens;"
            "i, v = hashed(tokens('Gunmen abducted two traders on the road.'), FeatureConfig());"
            "print(json.dumps([i.tolist(), [round(float(x), 6) for x in v]]))")
    outputs = set()
    for seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                             text=True, check=True)
        outputs.add(run.stdout.strip())
    assert len(outputs) == 1
    i, v = hashed(tokens("Gunmen abducted two traders on the road."), FeatureConfig())
    assert outputs.pop() == json.dumps([i.tolist(), [round(float(x), 6) for x in v]])


def test_predictions_are_valid_acled_pairs(model: classifier.EventModel) -> None:
    texts = [k[0] for k in KINDS] + ["", "!!!", "The weather was mild.", "x " * 500]
    for pred in model.predict(texts):
        assert pred.sub_event_type in ACLED[pred.event_type]
        assert all(sub in model.sub_types for sub, _ in pred.ranked)
        assert pred.inter1 in range(1, 9) and pred.inter2 in range(0, 9)


def test_probabilities_sum_sensibly(model: classifier.EventModel) -> None:
    texts = [k[0] for k in KINDS]
    probs = model.probabilities(texts)
    for head in ("sub_event_type", "event_type", "inter1", "inter2"):
        assert np.allclose(probs[head].sum(axis=1), 1.0, atol=1e-5), head
    for pred in model.predict(texts):
        assert 0.0 < pred.probability <= pred.event_type_probability + 1e-6 <= 1.0 + 1e-6
        assert pred.ranked[0] == (pred.sub_event_type, pred.probability)
        ranked = [p for _, p in pred.ranked]
        assert ranked == sorted(ranked, reverse=True) and len(ranked) == classifier.TOP
        assert 0.0 < pred.inter1_probability <= 1.0 and 0.0 < pred.inter2_probability <= 1.0


def test_batch_and_single_texts_agree(model: classifier.EventModel) -> None:
    texts = [k[0] for k in KINDS]
    batch = model.predict(texts)
    assert [model.predict([t])[0] for t in texts] == batch
    assert classifier.predict(texts) == batch
    with pytest.raises(TypeError):
        model.predict(texts[0])
    assert model.predict([]) == []


@pytest.mark.parametrize("text,event_type,sub_types,inter1", KINDS,
                         ids=["protest", "air", "ied", "abduction", "clash", "riot"])
def test_clear_kinds_get_sensible_classes(model: classifier.EventModel, text: str,
                                          event_type: str, sub_types: set[str],
                                          inter1: int | None) -> None:
    pred = model.predict([text])[0]
    assert pred.event_type == event_type, pred
    assert pred.sub_event_type in sub_types, pred
    if inter1 is not None:
        assert pred.inter1 == inter1, pred
