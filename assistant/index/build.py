"""Build and update the index: the single writer, build-and-swap behind a manifest.

A build always goes into a new folder (layout in ``assistant.index.store``) and is
switched in by rewriting ``CURRENT`` in one step; a build killed halfway leaves the
previous one serving. Re-ingesting an unchanged corpus is a no-op; a changed document
gets new chunk ids (they are content hashes) and only its new text is embedded; a
removed document's chunks are simply not in the next build. With a Chroma server
(``chroma_host``) each build is its own collection, switched the same way.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import time
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from enum import StrEnum
from pathlib import Path
from typing import Callable, Iterable

import bm25s
import numpy as np
from filelock import FileLock, Timeout

from assistant.config import SCHEMA_VERSION, Settings
from assistant.errors import UserError
from assistant.index.embedding import Embedder, cache_key, model_fingerprint
from assistant.index.store import (
    CURRENT,
    MANIFEST,
    SENTENCE_KINDS,
    chroma_client,
    collection_name,
    current_build,
    open_collection,
    read_json,
)
from assistant.ingest.chunking import Chunk, Chunker, embedding_text, sentence_embedding_text
from assistant.ingest.documents import CorpusProblem, Document, corpus_files, corpus_hash, iter_corpus
from assistant.ingest.structure import DocumentStructure
from assistant.ingest.themes import annotate_chunks
from assistant.text import terms

log = logging.getLogger(__name__)

Progress = Callable[[str, float], None]  # (Dutch status text, fraction done)

# --------------------------------------------------------------------------- status

class IndexState(StrEnum):
    MISSING = "missing"
    STALE = "stale"
    CURRENT = "current"


@dataclass(frozen=True)
class IndexStatus:
    state: IndexState
    reason: str
    reason_nl: str
    manifest: dict | None = None

    @property
    def ready(self) -> bool:
        return self.state == IndexState.CURRENT


def corpus_state(corpus_dir: Path) -> dict[str, str]:
    """File name -> content hash (with sidecar) for every candidate document."""
    return {path.name: corpus_hash(path) for path in corpus_files(corpus_dir)}


def index_status(settings: Settings, model_print: str | None = None) -> IndexStatus:
    """Whether the index matches the code, the settings, the model and the corpus."""
    build = current_build(settings.index_dir)
    if build is None:
        return IndexStatus(IndexState.MISSING, "no index has been built yet", "Er is nog geen index gebouwd.")
    manifest = read_json(build / MANIFEST) or {}
    if manifest.get("schema_version") != SCHEMA_VERSION:
        return IndexStatus(IndexState.STALE, f"index schema {manifest.get('schema_version')} != {SCHEMA_VERSION}",
                           "De index is met een oudere versie gebouwd.", manifest)
    if manifest.get("settings") != settings.index_fingerprint():
        return IndexStatus(IndexState.STALE, "index settings changed", "De instellingen van de index zijn gewijzigd.", manifest)
    if model_print is not None and manifest.get("model_fingerprint") != model_print:
        return IndexStatus(IndexState.STALE, "embedding model changed", "Het embeddingmodel is gewijzigd.", manifest)
    if manifest.get("corpus") != corpus_state(settings.corpus_dir):
        return IndexStatus(IndexState.STALE, "corpus changed since the last build", "De documenten zijn gewijzigd sinds de laatste bouw.", manifest)
    return IndexStatus(IndexState.CURRENT, "index is up to date", "De index is actueel.", manifest)


# --------------------------------------------------------------------------- embedding cache

class EmbeddingCache:
    """Vectors by content hash, shared by all builds (single writer under the lock)."""

    def __init__(self, path: Path):
        self.path = path
        self.db = sqlite3.connect(str(path))
        self.db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, dim INTEGER, vec BLOB)")

    def get_many(self, keys: list[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(keys), 500):
            batch = keys[start:start + 500]
            marks = ",".join("?" * len(batch))
            for key, dim, blob in self.db.execute(f"SELECT key, dim, vec FROM vectors WHERE key IN ({marks})", batch):
                found[key] = np.frombuffer(blob, dtype=np.float32, count=dim)
        return found

    def put_many(self, items: Iterable[tuple[str, np.ndarray]]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
                            [(k, int(v.shape[0]), np.asarray(v, np.float32).tobytes()) for k, v in items])
        self.db.commit()

    def close(self) -> None:
        self.db.close()


def embed_cached(embedder: Embedder, cache: EmbeddingCache, texts: list[str],
                 progress: Callable[[int, int], None] | None = None) -> tuple[np.ndarray, int]:
    """Passage vectors for ``texts``; only texts not in the cache are embedded. Returns (vectors, n_embedded)."""
    keys = [cache_key(embedder.fingerprint, embedder.passage_prompt, t) for t in texts]
    found = cache.get_many(list(dict.fromkeys(keys)))
    missing = list(dict.fromkeys(t for t, k in zip(texts, keys) if k not in found))
    if missing:
        vectors = embedder.passages(missing, progress=progress)
        new = {cache_key(embedder.fingerprint, embedder.passage_prompt, t): v for t, v in zip(missing, vectors)}
        cache.put_many(new.items())
        found.update(new)
    out = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    for i, key in enumerate(keys):
        out[i] = found[key]
    return out, len(missing)


# --------------------------------------------------------------------------- vector store

def chunk_metadata(chunk: Chunk, document: Document) -> dict:
    meta = document.metadata
    return {
        "doc_id": chunk.doc_id,
        "municipality": meta.municipality,
        "title": meta.title,
        "heading_path": " › ".join(chunk.heading_path),
        "start": chunk.start,
        "end": chunk.end,
        "period_start": meta.period_start or 0,
        "period_end": meta.period_end or 0,
        "themes": "|" + "|".join(chunk.themes) + "|",
    }


# --------------------------------------------------------------------------- build

@dataclass(frozen=True)
class BuildReport:
    built: bool
    build_id: str
    documents: int
    chunks: int
    sentences: int
    embedded: int
    seconds: float
    problems: tuple[CorpusProblem, ...] = ()
    message: str = ""
    message_nl: str = ""


ChunkAnnotator = Callable[[list[Document], dict[str, DocumentStructure], list[Chunk], np.ndarray, Embedder], list[Chunk]]
# Ingest-time chunk labelling, in order; a new annotator is added here.
ANNOTATORS: tuple[ChunkAnnotator, ...] = (annotate_chunks,)


def build_index(settings: Settings, embedder: Embedder, force: bool = False,
                progress: Progress | None = None, lock_timeout: float = 600.0) -> BuildReport:
    """Build the index from the corpus if it is missing or stale (or always with ``force``)."""
    started = time.perf_counter()
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    report = progress or (lambda text, fraction: None)
    lock = FileLock(str(settings.index_dir / ".lock"))
    try:
        lock.acquire(timeout=lock_timeout)
    except Timeout as exc:
        raise UserError("another process is building the index; try again later",
                        "Er wordt al een index gebouwd door een ander proces; probeer het later opnieuw.") from exc
    try:
        status = index_status(settings, embedder.fingerprint)
        if status.ready and not force:
            m = status.manifest or {}
            counts = m.get("counts", {})
            return BuildReport(False, m.get("build_id", ""), counts.get("documents", 0), counts.get("chunks", 0),
                               counts.get("sentences", 0), 0, time.perf_counter() - started,
                               message="index is up to date", message_nl="De index is actueel.")
        return _build(settings, embedder, report, started)
    finally:
        lock.release()


def _build(settings: Settings, embedder: Embedder, report: Progress, started: float) -> BuildReport:
    report("Documenten lezen…", 0.02)
    corpus = corpus_state(settings.corpus_dir)
    problems: list[CorpusProblem] = []
    documents = list(iter_corpus(settings.corpus_dir, problems, settings.max_document_mb))
    if not documents:
        raise UserError(f"no readable documents in {settings.corpus_dir}",
                        "Er staan geen leesbare documenten in de documentenmap.")
    chunker = Chunker(settings)
    structures: dict[str, DocumentStructure] = {}
    chunks: list[Chunk] = []
    for document in documents:
        structures[document.doc_id] = document.structure
        chunks.extend(chunker.chunk(document))
    by_doc = {d.doc_id: d for d in documents}

    cache = EmbeddingCache(settings.index_dir / "embeddings.sqlite")
    try:
        report("Passages embedden…", 0.1)
        texts = [embedding_text(c, by_doc[c.doc_id].municipality, by_doc[c.doc_id].title) for c in chunks]
        vectors, embedded = embed_cached(embedder, cache, texts,
                                         lambda done, total: report(f"Passages embedden ({done}/{total})…", 0.1 + 0.4 * done / total))
        for annotate in ANNOTATORS:
            chunks = annotate(documents, structures, chunks, vectors, embedder)

        report("Zinnen embedden…", 0.5)
        spans = _sentence_spans(chunks, structures)
        sentence_texts = [sentence_embedding_text(by_doc[d].municipality, structures[d].heading_path_at(a),
                                                  by_doc[d].text[a:b], context)
                          for d, a, b, _, _, context in spans]
        sentence_vectors, embedded_sentences = embed_cached(
            embedder, cache, sentence_texts,
            lambda done, total: report(f"Zinnen embedden ({done}/{total})…", 0.5 + 0.35 * done / total))
    finally:
        cache.close()

    report("Index schrijven…", 0.88)
    build_id = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    build_dir = settings.index_dir / "builds" / build_id
    build_dir.mkdir(parents=True)
    _write_jsonl(build_dir / "documents.jsonl", (d.to_record() for d in documents))
    _write_jsonl(build_dir / "chunks.jsonl", (asdict(c) for c in chunks))
    np.savez(build_dir / "sentences.npz",
             doc=np.array([s[0] for s in spans], dtype=str), start=np.array([s[1] for s in spans], dtype=np.int64),
             end=np.array([s[2] for s in spans], dtype=np.int64), kind=np.array([s[3] for s in spans], dtype=str),
             chunk=np.array([s[4] for s in spans], dtype=np.int64), context=np.array([s[5] for s in spans], dtype=str),
             vectors=sentence_vectors)
    _write_lexical(build_dir / "lexical", texts)
    collection = collection_name(settings, build_id)
    client = chroma_client(settings, build_dir)
    store = open_collection(client, collection, create=True)
    for begin in range(0, len(chunks), 1000):
        batch = chunks[begin:begin + 1000]
        store.add(ids=[c.chunk_id for c in batch], embeddings=vectors[begin:begin + len(batch)],
                  documents=[c.text for c in batch], metadatas=[chunk_metadata(c, by_doc[c.doc_id]) for c in batch])
    manifest = {
        "schema_version": SCHEMA_VERSION,
        "build_id": build_id,
        "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "settings": settings.index_fingerprint(),
        "model": embedder.model_id,
        "model_fingerprint": embedder.fingerprint,
        "corpus": corpus,
        "documents": {d.doc_id: {"path": Path(d.path).name, "sha256": d.sha256} for d in documents},
        "counts": {"documents": len(documents), "chunks": len(chunks), "sentences": len(spans)},
        "chroma": {"mode": "server" if settings.chroma_host else "embedded", "collection": collection},
        "problems": [asdict(p) for p in problems],
    }
    _write_json_atomic(build_dir / MANIFEST, manifest)
    previous = current_build(settings.index_dir)
    _write_text_atomic(settings.index_dir / CURRENT, build_id)
    _collect_garbage(settings, keep={build_id, previous.name if previous else ""}, client=client)
    report("Klaar.", 1.0)
    return BuildReport(True, build_id, len(documents), len(chunks), len(spans), embedded + embedded_sentences,
                       time.perf_counter() - started, tuple(problems),
                       message=f"built index {build_id}", message_nl="De index is bijgewerkt.")


def _sentence_spans(chunks: list[Chunk], structures: dict[str, DocumentStructure]) -> list[tuple[str, int, int, str, int, str]]:
    """(doc_id, start, end, kind, chunk index, context) of every answerable unit inside a chunk.

    The context is what a unit needs to be understood on its own: a table row's
    header row, a list item's lead-in line.
    """
    out = []
    by_doc: dict[str, list[int]] = {}
    for i, chunk in enumerate(chunks):
        by_doc.setdefault(chunk.doc_id, []).append(i)
    for doc_id, indices in by_doc.items():
        structure = structures[doc_id]
        groups = structure.groups()
        text = structure.text
        for i in indices:
            chunk = chunks[i]
            for span in structure.spans:
                if span.kind not in SENTENCE_KINDS or not (chunk.start <= span.start and span.end <= chunk.end):
                    continue
                block = structure.blocks[span.block]
                context = ""
                members = groups.get(block.group, [])
                if span.kind == "table_row" and members and members[0].kind == "table_row" and members[0] is not block:
                    context = text[members[0].start:members[0].end]
                elif span.kind == "list_item":
                    lead = next((b for b in members if b.lead_in), None)
                    if lead is not None:
                        context = text[lead.start:lead.end][-200:]
                out.append((doc_id, span.start, span.end, span.kind, i, context))
    return out


def _write_lexical(folder: Path, texts: list[str]) -> None:
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    retriever = bm25s.BM25(k1=BM25_K1, b=BM25_B)
    retriever.index([terms(t) or ["_"] for t in texts], show_progress=False)
    retriever.save(str(folder))


BM25_K1 = 1.2  # term-frequency saturation (Lucene default range 1.2-2.0; short chunks favour the low end)
BM25_B = 0.75  # length normalisation


def _write_jsonl(path: Path, records: Iterable[dict]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def _write_json_atomic(path: Path, value: dict) -> None:
    _write_text_atomic(path, json.dumps(value, ensure_ascii=False, indent=2))


def _write_text_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + f".tmp-{os.getpid()}")
    with tmp.open("w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def _collect_garbage(settings: Settings, keep: set[str], client) -> None:
    builds = settings.index_dir / "builds"
    for folder in builds.iterdir() if builds.exists() else []:
        if folder.name not in keep:
            shutil.rmtree(folder, ignore_errors=True)
    if settings.chroma_host:
        wanted = {collection_name(settings, b) for b in keep if b}
        prefix = settings.chroma_collection + "-"
        for col in client.list_collections():
            name = col if isinstance(col, str) else col.name
            if name.startswith(prefix) and name not in wanted:
                client.delete_collection(name)


def model_print_for(settings: Settings) -> str:
    """The fingerprint an index built now would record (without loading the model)."""
    return model_fingerprint(settings.model)
