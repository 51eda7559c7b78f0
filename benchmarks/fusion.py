"""Fusion benchmark: each retriever alone, equal-weight RRF, and the product's fusion, on a question file.

    .venv/bin/python benchmarks/fusion.py ../shared/eval/dev.jsonl [eval/heldout.jsonl …]

Ranks chunks per question (first stage only: no evidence re-ranking, no answer composition), restricted
and interleaved per municipality exactly as the product does, and prints recall@5, MRR@10 and how often a
retriever's confident hit survives fusion: of the gold chunks that the dense side (or BM25) ranks in its
top 3, the share that is still in the fused top 10.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.ask import ranking  # noqa: E402
from assistant.ask.question import for_municipality  # noqa: E402
from assistant.config import Settings  # noqa: E402
from assistant.pipeline import Assistant  # noqa: E402
from assistant.present.evaluation import first_recall_rank, is_hit, load_questions  # noqa: E402
from assistant.text import terms  # noqa: E402


def rrf(dense: dict[int, float], sentence: dict[int, float], lexical: dict[int, float]) -> dict[int, float]:
    """Equal-weight reciprocal rank fusion of chunk-dense and BM25 (the common baseline)."""
    d = {i: r for r, i in enumerate(ranking.order(dense), 1)}
    l = {i: r for r, i in enumerate(ranking.order(lexical), 1)}
    return {i: (1 / (60 + d[i]) if i in d else 0.0) + (1 / (60 + l[i]) if i in l else 0.0) for i in set(d) | set(l)}


METHODS = {
    "dense (chunks)": lambda d, s, l: dict(d),
    "dense (sentences)": lambda d, s, l: dict(s),
    "BM25": lambda d, s, l: dict(l),
    "RRF dense+BM25": rrf,
    "product fusion": ranking.fuse,
}


def main(paths: list[str]) -> None:
    logging.disable(logging.WARNING)
    assistant = Assistant.load(Settings.from_env())
    retriever, index = assistant.retriever, assistant.index
    for path in paths:
        questions = [q for q in load_questions(Path(path)) if q.answerable]
        rows = {name: {"r5": 0, "mrr": 0.0} for name in METHODS}
        kept = {"dense": [0, 0], "BM25": [0, 0]}
        for q in questions:
            understood = retriever.search(q.question, k=10).question
            scopes = ([[m] for m in (understood.municipalities if len(understood.municipalities) > 1
                                     else index.municipalities)]
                      if understood.per_municipality else [list(understood.municipalities) or None])
            signals = []
            for scope in scopes:
                text = for_municipality(understood, scope[0]) if understood.per_municipality else q.question
                vector = assistant.embedder.query(text)
                mask = index.chunk_mask(scope) if scope else np.ones(len(index.chunks), bool)
                signals.append((retriever.dense(vector, mask, retriever.candidates),
                                retriever.dense_sentences(retriever.sentence_similarities(vector), mask, retriever.candidates),
                                retriever.lexical(terms(q.question), mask, retriever.candidates)))
            fused_product = []
            for name, method in METHODS.items():
                orders = [ranking.order(method(*s)) for s in signals]
                order = ranking.interleave(orders, 10) if len(orders) > 1 else orders[0][:10]
                passages = [{"doc_id": index.chunks[i].doc_id, "text": index.chunks[i].text} for i in order]
                rank = first_recall_rank(q, passages, 10)
                rows[name]["r5"] += bool(rank and rank <= 5)
                rows[name]["mrr"] += 1 / rank if rank else 0.0
                if name == "product fusion":
                    fused_product = order
            for side, position in (("dense", 0), ("BM25", 2)):
                for s in signals:
                    for i in ranking.order(s[position])[:3]:
                        chunk = index.chunks[i]
                        if any(is_hit({"doc_id": chunk.doc_id, "text": chunk.text}, g) for g in q.gold):
                            kept[side][1] += 1
                            kept[side][0] += i in fused_product
        n = len(questions)
        print(f"\n{path} ({n} answerable questions; first stage only)")
        print(f"{'method':20s} recall@5  MRR@10")
        for name, row in rows.items():
            print(f"{name:20s} {row['r5'] / n:8.3f}  {row['mrr'] / n:6.3f}")
        for side, (ok, total) in kept.items():
            print(f"{side} top-3 gold hits kept in the fused top 10: {ok}/{total}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["../shared/eval/dev.jsonl"])
