"""The scale benchmark's code path at a tiny size (the real run, 1k-50k chunks, is never part of the suite)."""

from __future__ import annotations

import random

import numpy as np

from assistant.index.store import Index
from assistant.present.bench import (
    RecombinedEmbedder,
    SourcePool,
    bench_questions,
    invented_names,
    report_markdown,
    run_bench,
    synthetic_plan,
)
from tests.conftest import SEED_CORPUS


def test_synthetic_plans_recombine_real_sentences_under_an_invented_name(assistant):
    pool = SourcePool.from_index(assistant.index)
    plan = synthetic_plan(pool, pool.documents[0], "Hoogveen", random.Random(1))
    assert plan.startswith("Integraal veiligheidsbeleid gemeente Hoogveen ")
    assert not any(name in plan for name in pool.municipalities)
    sentences = [s for s in pool.sentences if not any(m in s for m in pool.municipalities)]
    assert sum(s in plan for s in sentences) > 20  # paragraphs rebuilt from real sentences


def test_invented_names_are_unique_and_not_taken():
    names = invented_names(500, {"hoogveen"})
    assert len(set(names)) == 500 and "Hoogveen" not in names


def test_recombined_vectors_are_real_vectors_of_the_source_sentences(assistant, embedder):
    pool = SourcePool.from_index(assistant.index)
    recombined = RecombinedEmbedder(embedder, pool)
    one, two = pool.sentences[3], pool.sentences[7]
    vectors = recombined.passages([one, f"Hoogveen — Inleiding\n{one} {two}", "iets dat nergens staat"])
    np.testing.assert_allclose(vectors[0], pool.unit_vectors[one], atol=1e-6)
    mean = pool.unit_vectors[one] + pool.unit_vectors[two]
    np.testing.assert_allclose(vectors[1], mean / np.linalg.norm(mean), atol=1e-6)
    assert np.isclose(np.linalg.norm(vectors[2]), 1.0) and recombined.fingerprint != embedder.fingerprint


def test_bench_questions_name_invented_municipalities_only():
    asked = bench_questions(("Doesburg", "Dalfsen"), ["Hoogveen", "Laagdorp"], 10)
    assert len(asked) == 10
    assert not any("Doesburg" in q or "Dalfsen" in q or "{m}" in q for q in asked)


def test_the_bench_runs_end_to_end_at_a_tiny_size(tmp_path, seed_settings, seed_index):
    rates, results = run_bench([80], tmp_path / "bench", [SEED_CORPUS], questions=3, sample=(2, 4),
                               cache=seed_settings.index_dir / "embeddings.sqlite", log=lambda text: None,
                               separate=False)
    (result,) = results
    assert result.chunks >= 80 and result.sentences > result.chunks and result.documents >= 2
    assert result.questions == 3 and 0 < result.p50_ms <= result.p95_ms <= result.max_ms
    assert result.index_mb > 0 and result.answer_peak_rss_mb > 100 and rates["chunks"] > 0
    assert Index.open(seed_settings.replace(corpus_dir=tmp_path / "bench" / "corpus-80",
                                            index_dir=tmp_path / "bench" / "index-80")).municipalities
    table = report_markdown(rates, results)
    assert "| chunks |" in table and f"| {result.chunks:,} |" in table
