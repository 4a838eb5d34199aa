"""Shared fixtures: the real model and pipeline are loaded once per session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    from sitrep.nlp.model import load_model

    return load_model()


@pytest.fixture(scope="session")
def gazetteer():
    from sitrep.gazetteer import open_gazetteer

    return open_gazetteer()


@pytest.fixture(scope="session")
def pipeline():
    from sitrep.pipeline import build_pipeline

    return build_pipeline()
