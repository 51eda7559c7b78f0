"""Embedding throughput of ingest: chunk texts and sentence texts per second, per configuration.

    .venv/bin/python benchmarks/embed_speed.py [--corpus corpus] [--chunks 96] [--sentences 384] [--repeat 2]

Embeds the texts an ingest of the corpus would embed (the same prefixed chunk texts and
sentence texts), nothing cached, and prints texts/s for each configuration together with the
largest difference to the vectors of the product's configuration (1e-7 is padding noise:
batches of other lengths are padded differently). Throughput is the best of ``--repeat`` runs,
since the machine is shared.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.config import Settings  # noqa: E402
from assistant.index.build import _sentence_spans  # noqa: E402
from assistant.index.embedding import Embedder  # noqa: E402
from assistant.index.store import indexed_texts  # noqa: E402
from assistant.ingest.chunking import Chunker, sentence_embedding_text  # noqa: E402
from assistant.ingest.documents import iter_corpus  # noqa: E402


def corpus_texts(settings: Settings) -> tuple[list[str], list[str]]:
    documents = list(iter_corpus(settings.corpus_dir))
    by_doc = {d.doc_id: d for d in documents}
    chunker = Chunker(settings)
    chunks = [c for d in documents for c in chunker.chunk(d)]
    structures = {d.doc_id: d.structure for d in documents}
    spans = _sentence_spans(chunks, structures)
    sentences = [sentence_embedding_text(by_doc[d].municipality, structures[d].heading_path_at(a), by_doc[d].text[a:b], c)
                 for d, a, b, _, _, c in spans]
    return indexed_texts(chunks, by_doc), sentences


def spread(texts: list[str], n: int) -> list[str]:
    """``n`` texts spread evenly over the corpus (short and long ones alike)."""
    if len(texts) <= n:
        return texts
    return [texts[round(i * (len(texts) - 1) / (n - 1))] for i in range(n)]


def timed(function, repeat: int) -> tuple[float, np.ndarray]:
    best, out = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        out = function()
        best = min(best, time.perf_counter() - started)
    return best, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="corpus")
    parser.add_argument("--chunks", type=int, default=96)
    parser.add_argument("--sentences", type=int, default=384)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--threads", default="1,2")
    parser.add_argument("--batches", default="8,16,32,64")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    settings = Settings.from_env(corpus_dir=args.corpus)
    chunk_texts, sentence_texts = corpus_texts(settings)
    sets = {"chunks": spread(chunk_texts, args.chunks), "sentences": spread(sentence_texts, args.sentences)}
    import torch

    embedder = Embedder.load(settings)
    reference = {name: embedder.passages(texts) for name, texts in sets.items()}
    print(f"corpus {args.corpus}: {len(chunk_texts)} chunk texts (mean {np.mean([len(t) for t in chunk_texts]):.0f} "
          f"chars), {len(sentence_texts)} sentence texts (mean {np.mean([len(t) for t in sentence_texts]):.0f} chars)")
    print(f"{'threads':>7} {'batch':>5}  {'chunks/s':>8}  {'sentences/s':>11}  max |Δ| to batch 16")
    for threads in [int(t) for t in args.threads.split(",")]:
        torch.set_num_threads(threads)
        for batch in [int(b) for b in args.batches.split(",")]:
            embedder.batch_size = batch
            row = []
            delta = 0.0
            for name, texts in sets.items():
                seconds, vectors = timed(lambda texts=texts: embedder.passages(texts), args.repeat)
                row.append(len(texts) / seconds)
                delta = max(delta, float(np.abs(vectors - reference[name]).max()))
            print(f"{threads:>7} {batch:>5}  {row[0]:8.1f}  {row[1]:11.1f}  {delta:.1e}")


if __name__ == "__main__":
    main()
