"""The embedding model: offline, prompts, normalised float32 vectors, the question cache, clear errors."""

from __future__ import annotations

import os

import numpy as np
import pytest

from assistant.config import Settings
from assistant.errors import IndexNotReady
from assistant.index.embedding import Embedder, cache_key, ensure_model, model_fingerprint


def test_hub_is_switched_off_once_the_model_is_loaded(embedder):
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    assert os.environ["TRANSFORMERS_OFFLINE"] == "1"


def test_vectors_are_normalised_float32_of_dimension_384(embedder):
    passages = embedder.passages(["De burgemeester is verantwoordelijk voor de openbare orde.", "Kort.",
                                  "Diefstal/ inbraak woning\tPolitie\t71\t46"])
    query = embedder.query("Wie is verantwoordelijk voor de openbare orde?")
    assert embedder.dim == 384
    assert passages.shape == (3, 384) and passages.dtype == np.float32
    assert query.shape == (384,) and query.dtype == np.float32
    assert np.allclose(np.linalg.norm(passages, axis=1), 1.0, atol=1e-5)
    assert np.isclose(np.linalg.norm(query), 1.0, atol=1e-5)


def test_passages_keep_their_input_order_although_batched_by_length(embedder):
    texts = ["Een veel langere tekst over woninginbraken in de gemeente Dalfsen en de aanpak daarvan.",
             "Jeugd.", "Ondermijning en drugs."]
    together = embedder.passages(texts)
    for i, text in enumerate(texts):
        assert np.allclose(together[i], embedder.passages([text])[0], atol=1e-5)


def test_query_and_passage_prompts_differ(embedder):
    text = "Wat doet het RIEC?"
    q, p = embedder.queries([text])[0], embedder.passages([text])[0]
    assert not np.allclose(q, p, atol=1e-3)
    direct = embedder.model.encode([text], prompt="query: ", normalize_embeddings=True)[0]
    assert np.allclose(q, direct, atol=1e-5)
    assert float(q @ p) > 0.8  # the same text, just another prompt


def test_relevant_passage_scores_higher_than_an_unrelated_one(embedder):
    q = embedder.query("Waar is de politiepost van Doesburg gevestigd?")
    good, bad = embedder.passages(["Daarnaast is er een ook politiepost in Doesburg gevestigd, bij de brandweer.",
                                   "Het aantal geweldsdelicten daalde van 38 naar 32."])
    assert float(q @ good) > float(q @ bad) + 0.05


def test_query_cache_returns_the_same_vector(embedder):
    first = embedder.query("  Hoeveel woninginbraken waren er in 2017?  ")
    second = embedder.query("Hoeveel woninginbraken waren er in 2017?")
    assert second is first
    assert "Hoeveel woninginbraken waren er in 2017?" in embedder._cache


def test_empty_input_gives_an_empty_matrix(embedder):
    assert embedder.passages([]).shape == (0, 384)
    assert embedder.queries([]).shape == (0, 384)


def test_fingerprint_and_cache_key_identify_model_prompt_and_text(embedder):
    assert embedder.fingerprint == model_fingerprint(ensure_model(embedder.model_id))
    assert len(embedder.fingerprint) == 16
    assert model_fingerprint("org/model-not-on-disk") == "org/model-not-on-disk"
    key = cache_key(embedder.fingerprint, "passage: ", "tekst")
    assert key == cache_key(embedder.fingerprint, "passage: ", "tekst")
    assert key != cache_key(embedder.fingerprint, "query: ", "tekst")
    assert key != cache_key("anders", "passage: ", "tekst")
    assert embedder.describe() == {"model": embedder.model_id, "fingerprint": embedder.fingerprint, "dim": 384}


@pytest.mark.parametrize("model", ["/bestaat/niet/model", "./models/bestaat-niet", "geen-model"])
def test_a_missing_model_raises_index_not_ready_with_a_dutch_message(tmp_path, model):
    with pytest.raises(IndexNotReady) as excinfo:
        Embedder.load(Settings.from_env(env={}, model=model))
    assert "niet gevonden" in excinfo.value.message_nl and model in excinfo.value.message_nl
    assert "not found" in str(excinfo.value)


def test_a_folder_that_is_no_model_raises_index_not_ready(tmp_path):
    (tmp_path / "config.json").write_text("{}", encoding="utf-8")
    with pytest.raises(IndexNotReady) as excinfo:
        Embedder.load(Settings.from_env(env={}, model=str(tmp_path)))
    assert "embeddingmodel" in excinfo.value.message_nl


def test_queries_are_cached_per_text_and_keep_their_order(embedder):
    texts = ["Wat doet het RIEC?", "Hoeveel woninginbraken waren er?", "Wat doet het RIEC?"]
    vectors = embedder.queries(texts)
    assert vectors.shape == (3, 384)
    assert np.array_equal(vectors[0], vectors[2])
    assert all(embedder._cache[t] is not None for t in texts)
    again = embedder.queries(list(reversed(texts)))
    assert np.array_equal(again[1], vectors[1]) and np.array_equal(again[0], vectors[2])
    assert embedder.query("Wat doet het RIEC?") is embedder._cache["Wat doet het RIEC?"]


def test_a_query_vector_does_not_depend_on_what_it_was_embedded_with(embedder):
    question = "Wat doet het RIEC?"
    embedder._cache.clear()
    together = embedder.queries([question, "Welke prioriteiten heeft de gemeente gekozen voor de periode van het "
                                           "integraal veiligheidsbeleid, en met welke partners werkt zij samen?"])[0]
    embedder._cache.clear()
    assert np.array_equal(embedder.query(question), together)
