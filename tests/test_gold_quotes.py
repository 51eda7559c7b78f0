"""Every gold quote of both development sets is still inside some chunk of its own document.

The evaluation counts a hit only when a chunk of the gold document contains the quote
(whitespace-normalised), so a loader or chunker that drops, reorders or rewrites text loses
answers without any other test noticing. This reads the real corpora (every format) and
chunks them; no model is needed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.ingest.chunking import Chunker
from assistant.ingest.documents import iter_corpus
from assistant.text import normalise_space
from tests.conftest import DEV_QUESTIONS, SEED_CORPUS

MULTI_QUESTIONS = DEV_QUESTIONS.parent / "multi.jsonl"
MULTI_CORPUS = DEV_QUESTIONS.parent / "corpus"


@pytest.mark.parametrize("questions, corpus", [(DEV_QUESTIONS, SEED_CORPUS), (MULTI_QUESTIONS, MULTI_CORPUS)],
                         ids=["dev", "multi"])
def test_every_gold_quote_is_inside_a_chunk_of_its_document(questions: Path, corpus: Path):
    if not questions.exists() or not corpus.is_dir():
        pytest.skip(f"{questions} is not available")
    problems = []
    documents = {d.doc_id: d for d in iter_corpus(corpus, problems)}
    assert not problems
    chunker = Chunker(Settings.from_env(env={}))
    chunks = {doc_id: [normalise_space(c.text) for c in chunker.chunk(d)] for doc_id, d in documents.items()}
    missing = []
    for line in questions.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        question = json.loads(line)
        for gold in question["gold"]:
            quote = normalise_space(gold["quote"])
            if not any(quote in chunk for chunk in chunks[gold["doc"]]):
                missing.append((question["id"], gold["doc"], quote[:80]))
    assert not missing
