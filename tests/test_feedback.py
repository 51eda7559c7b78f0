"""Feedback storage: one row per answer, kept under the data folder, listed by the CLI."""

from __future__ import annotations

import json
import sqlite3

import pytest

from assistant.citation import Citation
from assistant.config import Settings
from assistant.present import cli
from assistant.present.feedback import MIGRATIONS, FeedbackStore, feedback_path, format_entries

CITATION = Citation("doesburg", "Doesburg", "Plan", ("Ondermijning", "Doelstellingen"), 10, 20, "Een zin.")


@pytest.fixture()
def store(tmp_path):
    return FeedbackStore(tmp_path / "data" / "feedback.sqlite")


def test_record_update_and_remove(store):
    store.record("t1", 1, "Wat doet het RIEC?", "Het RIEC ondersteunt. [1]", [CITATION], ["Doesburg"], "b1")
    store.record("t2", -1, "Hoeveel inbraken?", "Geen antwoord.", [], build_id="b1")
    assert [e.turn_id for e in store.entries(only_negative=True)] == ["t2"]
    assert store.counts() == {"positive": 1, "negative": 1}
    entry = store.record("t1", -1, "Wat doet het RIEC?", "Het RIEC ondersteunt. [1]", [CITATION], ["Doesburg"], "b1")
    assert entry.rating == -1 and entry.citations[0]["quote"] == "Een zin." and entry.municipalities == ["Doesburg"]
    assert len(store.entries()) == 2
    assert store.remove("t2") and not store.remove("t2")
    assert [e.turn_id for e in store.entries()] == ["t1"]


def test_rating_must_be_thumbs(store):
    with pytest.raises(ValueError):
        store.record("t", 0, "q", "a", [])


def test_schema_is_versioned_and_reopening_keeps_data(tmp_path):
    path = tmp_path / "f.sqlite"
    FeedbackStore(path).record("t", 1, "q", "a", [CITATION])
    again = FeedbackStore(path)
    assert len(again.entries()) == 1
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


def test_feedback_lives_in_the_data_folder_not_the_index():
    settings = Settings.from_env(env={}, data_dir="/tmp/bw-data", index_dir="/tmp/bw-index")
    assert feedback_path(settings).parent == settings.data_dir


def test_cli_lists_feedback(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BW_DATA_DIR", str(tmp_path))
    store = FeedbackStore(tmp_path / "feedback.sqlite")
    store.record("t1", 1, "Goede vraag", "Goed antwoord", [CITATION])
    store.record("t2", -1, "Slechte vraag", "Slecht antwoord", [CITATION])
    assert cli.main(["feedback", "--only-negative"]) == 0
    out = capsys.readouterr().out
    assert "Slechte vraag" in out and "Goede vraag" not in out and "Doesburg · Plan › Ondermijning › Doelstellingen" in out
    assert cli.main(["feedback", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert {r["question"] for r in records} == {"Goede vraag", "Slechte vraag"}


def test_format_entries_without_feedback():
    assert format_entries([]) == "no feedback recorded"
