"""The numpy query encoder: the same token ids as ``tokenizers`` and the same vectors as sentence-transformers."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant.config import PROJECT_ROOT, Settings
from assistant.errors import IndexNotReady
from assistant.index.embedding import DEFAULT_MODEL_DIR, Embedder
from assistant.index.query_encoder import QueryEncoder, UnigramTokenizer
from tests.conftest import FIXTURES, SEED_CORPUS, seed_questions

# Text the tokenizer must treat exactly as sentence-transformers does: special tokens inside text
# (``<mask>`` also takes the spaces before it), control characters, Unicode whitespace (split on) and
# separators that are not whitespace to Rust (U+001C-U+001F, U+200B), characters that a normaliser would
# change (it has none: ligatures, full-width letters, a combining accent), characters no piece covers
# (fused into one unknown token), ``▁`` inside a word, runs of spaces, and nothing at all.
EDGE_CASES = ["", " ", "   ", "a  b", " voor  af ", "<s>", "x</s>y", "De <mask> van", "<unk><pad>", "\x01\x02",
              "stop\x7fwoord", "tab\tregel\nnieuw", "\u00a0nbsp\u2028lijn", "ﬁnanciën ＡＢＣ", "cafe\u0301",
              "\u200bzero\ufeffwidth", "▁al▁een", "emoji 😀😀 en 一丁", "Ĳssel en ĳs", "€ 1.250,- (2023)",
              "veld\x1cveld\x1f", "a\u3000b\u202fc\x85d", "a\x1c<mask>", "\x1f\xa0\t<mask>", " <pad> x <pad>"]


@pytest.fixture(scope="module")
def tokenizer() -> UnigramTokenizer:
    found = UnigramTokenizer.from_folder(DEFAULT_MODEL_DIR)
    assert found is not None
    return found


def _plan_lines() -> list[str]:
    lines = []
    for path in [*sorted(SEED_CORPUS.glob("*.txt")), *sorted((FIXTURES / "plans").glob("*.txt"))]:
        lines += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines


def test_token_ids_equal_sentence_transformers_on_plans_questions_and_edge_cases(tokenizer, embedder):
    reference = embedder.model.tokenizer
    limit = embedder.model.max_seq_length
    texts = [*_plan_lines(), *seed_questions(), *EDGE_CASES]
    assert len(texts) > 500
    differing = [t for t in texts for prefixed in (t, "query: " + t)
                 if tokenizer.encode(prefixed, limit)
                 != reference(prefixed, truncation=True, max_length=limit)["input_ids"]]
    assert differing == []


def test_long_text_is_truncated_as_sentence_transformers_truncates_it(tokenizer, embedder):
    long = "query: " + "Het college stelt het integraal veiligheidsplan vast. " * 200
    expected = embedder.model.tokenizer(long, truncation=True, max_length=embedder.model.max_seq_length)
    assert tokenizer.encode(long, embedder.model.max_seq_length) == expected["input_ids"]
    assert len(expected["input_ids"]) == 512


def test_question_vectors_equal_sentence_transformers_vectors(embedder):
    assert embedder.query_encoder is not None
    questions = [*seed_questions()[:40], *EDGE_CASES[1:], "Wat doet het <pad> RIEC?", "<pad><pad> veiligheid",
                 "a\x1c<mask> b", "woord " * 700]
    ours = np.stack([embedder.query_encoder.encode("query: " + q.strip()) for q in questions])
    theirs = embedder.model.encode([q.strip() for q in questions], prompt="query: ", batch_size=1,
                                   normalize_embeddings=True, convert_to_numpy=True)
    assert ours.dtype == np.float32 and ours.shape == (len(questions), 384)
    assert np.abs(ours - theirs).max() < 1e-5
    assert float(np.min(np.sum(ours * theirs, axis=1))) > 0.99999


def test_answering_alone_never_imports_torch(tmp_path):
    script = ("import sys\n"
              "from assistant.config import Settings\n"
              "from assistant.index.embedding import Embedder\n"
              "e = Embedder.load(Settings.from_env(env={}))\n"
              "assert e.query('Wat doet het RIEC?').shape == (384,) and e.dim == 384\n"
              "print('torch' in sys.modules, 'sentence_transformers' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=PROJECT_ROOT, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "False"]


def _model_copy(tmp_path: Path) -> Path:
    """The default model folder with its weights linked, not copied (470 MB), to be changed by a test."""
    folder = tmp_path / "model"
    shutil.copytree(DEFAULT_MODEL_DIR, folder, ignore=shutil.ignore_patterns("model.safetensors"))
    (folder / "model.safetensors").symlink_to(DEFAULT_MODEL_DIR / "model.safetensors")
    return folder


def test_another_kind_of_model_embeds_questions_with_sentence_transformers(tmp_path):
    folder = _model_copy(tmp_path)
    pooling = folder / "1_Pooling" / "config.json"
    config = json.loads(pooling.read_text(encoding="utf-8"))
    pooling.write_text(json.dumps({**config, "pooling_mode_mean_tokens": False, "pooling_mode_cls_token": True}),
                       encoding="utf-8")
    assert QueryEncoder.load(folder) is None
    embedder = Embedder.load(Settings.from_env(env={"BW_MODEL": str(folder)}))
    assert embedder.query_encoder is None and embedder._model is not None
    text = "Wat doet het RIEC?"
    direct = embedder.model.encode([text], prompt="query: ", normalize_embeddings=True)[0]
    assert np.allclose(embedder.query(text), direct, atol=1e-6)


@pytest.mark.parametrize("change", ["no layer_norm_eps", "do_lower_case", "other tensor names"])
def test_a_folder_the_encoder_does_not_reproduce_is_left_to_sentence_transformers(tmp_path, change):
    folder = _model_copy(tmp_path)
    if change == "no layer_norm_eps":
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        del config["layer_norm_eps"]
        (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")
    elif change == "do_lower_case":
        (folder / "sentence_bert_config.json").write_text(json.dumps({"max_seq_length": 512, "do_lower_case": True}),
                                                          encoding="utf-8")
    else:  # the same weights under a "roberta." prefix
        source = DEFAULT_MODEL_DIR / "model.safetensors"
        (folder / "model.safetensors").unlink()
        with source.open("rb") as handle:
            length = int.from_bytes(handle.read(8), "little")
            header = json.loads(handle.read(length))
            body = handle.read()
        renamed = json.dumps({(k if k == "__metadata__" else "roberta." + k): v for k, v in header.items()}).encode()
        (folder / "model.safetensors").write_bytes(len(renamed).to_bytes(8, "little") + renamed + body)
    assert QueryEncoder.load(folder) is None


@pytest.mark.parametrize("content", [b"", b"\x05\x00", (10**6).to_bytes(8, "little") + b"{}"])
def test_a_damaged_weights_file_is_a_clear_model_error(tmp_path, content):
    folder = _model_copy(tmp_path)
    (folder / "model.safetensors").unlink()
    (folder / "model.safetensors").write_bytes(content)
    with pytest.raises(IndexNotReady) as excinfo:
        Embedder.load(Settings.from_env(env={"BW_MODEL": str(folder)}))
    assert "Het embeddingmodel kan niet worden geladen" in excinfo.value.message_nl


def test_a_tokenizer_of_another_class_is_not_taken(tmp_path):
    folder = _model_copy(tmp_path)
    config = json.loads((folder / "tokenizer_config.json").read_text(encoding="utf-8"))
    (folder / "tokenizer_config.json").write_text(json.dumps({**config, "tokenizer_class": "BertTokenizer"}),
                                                  encoding="utf-8")
    assert UnigramTokenizer.from_folder(folder) is None
    assert QueryEncoder.load(folder) is None
