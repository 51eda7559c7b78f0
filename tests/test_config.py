"""Settings: one registry, defaults, environment and keyword overrides, validation, the README table."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from assistant.config import PROJECT_ROOT, SCHEMA_VERSION, SETTINGS, Settings, settings_table_markdown


def test_every_settings_field_is_declared_once_in_the_registry():
    names = [s.name for s in SETTINGS]
    assert len(names) == len(set(names))
    assert len({s.env for s in SETTINGS}) == len(SETTINGS)
    assert names == [f.name for f in dataclasses.fields(Settings)]
    for s in SETTINGS:
        assert s.env.startswith("BW_") and s.help.strip()


def test_defaults_without_environment(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    s = Settings.from_env(env={})
    assert s.corpus_dir == tmp_path / "corpus"  # relative defaults resolve against the working directory
    assert s.index_dir == tmp_path / "index"
    assert s.data_dir == tmp_path / "data"
    assert s.model == str(PROJECT_ROOT / "models" / "multilingual-e5-small")
    assert (s.query_prompt, s.passage_prompt) == ("query: ", "passage: ")
    assert (s.chunk_size, s.chunk_max, s.chunk_overlap) == (800, 1400, 150)
    assert (s.top_k, s.candidates, s.embed_batch_size) == (10, 60, 16)
    assert s.chroma_host == "" and s.chroma_port == 8000 and s.chroma_collection == "beleidswijzer"
    assert (s.max_question_chars, s.max_upload_mb, s.threads) == (1000, 20, 0)


def test_environment_variables_override_defaults_and_are_parsed(tmp_path):
    env = {"BW_CORPUS_DIR": str(tmp_path / "c"), "BW_CHUNK_SIZE": "500", "BW_TOP_K": "5",
           "BW_CHROMA_HOST": "chroma.local", "BW_CHROMA_PORT": "9000", "BW_QUERY_PROMPT": "vraag: "}
    s = Settings.from_env(env=env)
    assert s.corpus_dir == tmp_path / "c"
    assert s.chunk_size == 500 and isinstance(s.chunk_size, int)
    assert s.top_k == 5
    assert s.chroma_host == "chroma.local" and s.chroma_port == 9000
    assert s.query_prompt == "vraag: "


def test_an_empty_environment_variable_means_the_default():
    assert Settings.from_env(env={"BW_CHUNK_SIZE": ""}).chunk_size == 800


def test_home_relative_paths_are_expanded(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert Settings.from_env(env={"BW_INDEX_DIR": "~/idx"}).index_dir == tmp_path / "idx"


def test_keyword_overrides_beat_the_environment_and_none_is_ignored(tmp_path):
    env = {"BW_CHUNK_SIZE": "500", "BW_INDEX_DIR": str(tmp_path / "env-index")}
    s = Settings.from_env(env=env, chunk_size=600, index_dir=None, corpus_dir=tmp_path / "kw")
    assert s.chunk_size == 600
    assert s.index_dir == tmp_path / "env-index"
    assert s.corpus_dir == tmp_path / "kw" and isinstance(s.corpus_dir, Path)


def test_keyword_values_are_parsed_like_environment_values():
    assert Settings.from_env(env={}, top_k="7").top_k == 7


def test_unknown_keyword_is_an_error():
    with pytest.raises(TypeError, match="chunksize"):
        Settings.from_env(env={}, chunksize=500)


def test_non_numeric_environment_value_is_an_error():
    with pytest.raises(ValueError):
        Settings.from_env(env={"BW_TOP_K": "veel"})


@pytest.mark.parametrize("overrides", [
    {"chunk_size": 199},
    {"chunk_size": 900, "chunk_max": 800},
    {"chunk_overlap": -1},
    {"chunk_overlap": 800},  # must be smaller than chunk_size
    {"top_k": 0},
    {"top_k": 20, "candidates": 10},
])
def test_validation_rejects_inconsistent_values(overrides):
    with pytest.raises(ValueError):
        Settings.from_env(env={}, **overrides)


def test_validation_accepts_the_boundaries():
    s = Settings.from_env(env={}, chunk_size=200, chunk_max=200, chunk_overlap=199, top_k=1, candidates=1)
    assert (s.chunk_size, s.chunk_max, s.chunk_overlap, s.top_k, s.candidates) == (200, 200, 199, 1, 1)


def test_settings_are_frozen_and_replace_returns_a_copy():
    s = Settings.from_env(env={})
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.top_k = 3  # type: ignore[misc]
    t = s.replace(top_k=3)
    assert t.top_k == 3 and s.top_k == 10


def test_index_fingerprint_holds_exactly_what_changes_an_index():
    s = Settings.from_env(env={})
    fp = s.index_fingerprint()
    assert fp["schema_version"] == SCHEMA_VERSION
    assert fp == Settings.from_env(env={}, top_k=3, chroma_port=1234).index_fingerprint()  # query-time settings
    assert fp != Settings.from_env(env={}, chunk_size=700).index_fingerprint()
    assert fp != Settings.from_env(env={}, passage_prompt="tekst: ").index_fingerprint()
    assert fp != Settings.from_env(env={}, model="/elders/model").index_fingerprint()


def test_settings_table_lists_every_setting_with_its_variable():
    table = settings_table_markdown().splitlines()
    assert table[0].startswith("| Setting | Environment variable |")
    rows = table[2:]
    assert len(rows) == len(SETTINGS)
    for row, s in zip(rows, SETTINGS):
        assert f"`{s.name}`" in row and f"`{s.env}`" in row and s.help in row
    assert str(PROJECT_ROOT) not in "\n".join(table)  # no machine-specific default path


def test_readme_documents_every_setting():
    """The README's settings table is generated by ``settings_table_markdown()``; it must not drift."""
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    missing = [s.name for s in SETTINGS if f"`{s.name}`" not in readme or f"`{s.env}`" not in readme]
    assert not missing, f"README.md lacks these settings (paste settings_table_markdown()): {missing}"


def test_replace_validates_too():
    with pytest.raises(ValueError):
        Settings.from_env(env={}).replace(chunk_size=10)
