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


# -- store backends ------------------------------------------------------------
# `db_url` gives each test an empty store on each backend: a SQLite file, and a
# fresh schema in PostgreSQL. PostgreSQL comes from SITREP_TEST_PG_URL (CI sets
# it); otherwise a throwaway local server is started once per session, and the
# PostgreSQL cases skip, saying why, when PostgreSQL is not installed.

BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def pg_url():
    """The URL of a PostgreSQL database for tests, or skip."""
    import os

    given = os.environ.get("SITREP_TEST_PG_URL")
    if given:
        yield given
        return
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install -e '.[postgres]')")
    from sitrep.errors import StoreError
    from sitrep.store.pgtemp import TempCluster

    try:
        cluster = TempCluster()
        cluster.start()
    except StoreError as exc:
        pytest.skip(f"no PostgreSQL to test against: {exc.message}; or set SITREP_TEST_PG_URL")
    try:
        yield cluster.create_database("sitrep_test")
    finally:
        cluster.stop()


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    """An empty store's path (SQLite) or URL (PostgreSQL, a schema of its own)."""
    if request.param == "sqlite":
        yield str(tmp_path / "sitrep.db")
        return
    import uuid

    from sitrep.store.pgtemp import create_schema, drop_schema

    base = request.getfixturevalue("pg_url")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    yield create_schema(base, schema)
    drop_schema(base, schema)
