"""The model multiplies through numpy's OpenBLAS in one thread, with blis's results."""

from __future__ import annotations

import numpy
import pytest

from sitrep.nlp.matrix_products import thread_setter, use_numpy_products

SENTENCES = [
    "Russian forces shelled Kharkiv on Monday, killing three civilians, the governor said.",
    "Gunmen abducted 20 villagers in Katsina state; police said a rescue was under way.",
    "Protesters marched to the parliament in Nairobi demanding the release of detainees.",
    "An Israeli airstrike hit a school sheltering displaced families in Gaza City overnight.",
]

needs_openblas = pytest.mark.skipif(thread_setter() is None,
                                    reason="numpy's OpenBLAS is not found here")


def _annotations(nlp, texts):
    return [[(t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_) for t in doc]
            for doc in nlp.pipe(texts)]


def _layers(nlp):
    return [layer for _, c in nlp.pipeline if getattr(c, "model", None) is not None
            for layer in c.model.walk()]


@needs_openblas
def test_every_layer_of_the_model_has_the_one_thread_ops(nlp):
    layers = _layers(nlp)
    assert layers and all(type(layer.ops).__name__ == "OneThreadOps" for layer in layers)
    assert all(not layer.ops.use_blis for layer in layers)


@needs_openblas
def test_a_product_is_blis_s_and_leaves_the_thread_count_as_it_was(nlp):
    from thinc.api import NumpyOps

    ops = _layers(nlp)[0].ops
    rng = numpy.random.default_rng(7)
    x = rng.standard_normal((50, 288), dtype=numpy.float32)
    w = rng.standard_normal((96, 288), dtype=numpy.float32)
    get, set_ = thread_setter()
    before = get()
    set_(2)
    try:
        ours = ops.gemm(x, w, trans2=True)
        assert get() == 2
    finally:
        set_(before)
    numpy.testing.assert_allclose(ours, NumpyOps().gemm(x, w, trans2=True), rtol=1e-5, atol=1e-4)
    assert ours.shape == (50, 96) and ours.dtype == numpy.float32


@needs_openblas
def test_same_tags_parses_and_entities_as_with_blis(nlp):
    from thinc.api import NumpyOps

    ours = _annotations(nlp, SENTENCES)
    layers = _layers(nlp)
    kept = [layer.ops for layer in layers]
    for layer in layers:
        layer.ops = NumpyOps()
    try:
        theirs = _annotations(nlp, SENTENCES)
    finally:
        for layer, ops in zip(layers, kept, strict=True):
            layer.ops = ops
    assert ours == theirs
    assert any(e == "GPE" for doc in ours for *_, e in doc)


def test_without_openblas_the_model_keeps_blis(monkeypatch):
    from sitrep.nlp import matrix_products

    class Component:
        def __init__(self):
            from thinc.api import Linear

            self.model = Linear(2, 2)

    class Pipeline:
        pipeline = [("tagger", Component())]

    nlp = Pipeline()
    monkeypatch.setattr(matrix_products, "thread_setter", lambda: None)
    assert use_numpy_products(nlp) is False
    assert nlp.pipeline[0][1].model.ops.use_blis
