"""Build and update the index: the single writer, build-and-swap behind a manifest.

A build is always written as a new build of the store (a folder, or collections in a
Chroma server: ``assistant.index.store``) and switched in by replacing the pointer to the
serving build in one step; a build killed halfway leaves the previous one serving, and the
next writer removes what it left. Re-ingesting an unchanged corpus is a no-op; a changed
document gets new chunk ids (they are content hashes) and only its new text is embedded; a
removed document's chunks are simply not in the next build. Embedded vectors are cached by
content hash and committed a batch at a time, so a killed ingest loses at most one batch.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
import uuid
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from enum import StrEnum
from pathlib import Path
from typing import Callable, Iterable, Iterator

import numpy as np
from filelock import FileLock, Timeout

from assistant.config import SCHEMA_VERSION, Settings
from assistant.errors import StoreUnavailable, UserError
from assistant.index.embedding import Embedder, cache_key, model_fingerprint
from assistant.index.store import (
    SENTENCE_KINDS,
    BuildData,
    SentenceTable,
    Store,
    indexed_texts,
    lexical_index,
    open_store,
    write_text_atomic,
)
from assistant.ingest.chunking import Chunk, Chunker, sentence_embedding_text
from assistant.ingest.documents import CorpusProblem, Document, corpus_files, corpus_hash, iter_corpus
from assistant.ingest.structure import DocumentStructure
from assistant.ingest.tables import header_line
from assistant.ingest.themes import annotate_chunks

log = logging.getLogger(__name__)

Progress = Callable[[str, float], None]  # (Dutch status text, fraction done)

# --------------------------------------------------------------------------- status

class IndexState(StrEnum):
    MISSING = "missing"
    STALE = "stale"
    CURRENT = "current"
    UNREACHABLE = "unreachable"  # the Chroma server does not answer


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


def index_status(settings: Settings, model_print: str | None = None, check_corpus: bool = True) -> IndexStatus:
    """Whether the index matches the code, the settings, the model and (``check_corpus``) the corpus."""
    store = open_store(settings)
    try:
        build_id = store.current_id()
        manifest = (store.manifest(build_id) or {}) if build_id else {}
    except StoreUnavailable as exc:
        return IndexStatus(IndexState.UNREACHABLE, str(exc), exc.message_nl)
    if build_id is None:
        return IndexStatus(IndexState.MISSING, "no index has been built yet", "Er is nog geen index gebouwd.")
    if manifest.get("schema_version") != SCHEMA_VERSION:
        return IndexStatus(IndexState.STALE, f"index schema {manifest.get('schema_version')} != {SCHEMA_VERSION}",
                           "De index is met een oudere versie gebouwd.", manifest)
    if manifest.get("settings") != settings.index_fingerprint():
        return IndexStatus(IndexState.STALE, "index settings changed", "De instellingen van de index zijn gewijzigd.", manifest)
    if model_print is not None and manifest.get("model_fingerprint") != model_print:
        return IndexStatus(IndexState.STALE, "embedding model changed", "Het embeddingmodel is gewijzigd.", manifest)
    if check_corpus and manifest.get("corpus") != corpus_state(settings.corpus_dir):
        return IndexStatus(IndexState.STALE, "corpus changed since the last build", "De documenten zijn gewijzigd sinds de laatste bouw.", manifest)
    return IndexStatus(IndexState.CURRENT, "index is up to date", "De index is actueel.", manifest)


def build_problems(manifest: dict | None) -> tuple[CorpusProblem, ...]:
    """The documents a build could not read, as its manifest records them."""
    return tuple(CorpusProblem(**p) for p in (manifest or {}).get("problems", []))


# --------------------------------------------------------------------------- embedding cache

class EmbeddingCache:
    """Vectors by content hash, shared by all builds (single writer under the lock).

    Written a batch at a time and committed each time (write-ahead log), so an ingest that is
    killed keeps every batch it finished and the next one embeds only the rest.
    """

    def __init__(self, path: Path):
        self.path = path
        self.db = sqlite3.connect(str(path), timeout=30)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
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

    def __len__(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM vectors").fetchone()[0])

    def close(self) -> None:
        self.db.close()


COMMIT_EVERY = 128  # texts embedded between two commits of the cache (a multiple of the embedder's 4 × 16 step)


def embed_cached(embedder: Embedder, cache: EmbeddingCache, texts: list[str],
                 progress: Callable[[int, int], None] | None = None) -> tuple[np.ndarray, int]:
    """Passage vectors for ``texts``; only texts not in the cache are embedded, stored as they are done.

    The missing texts are embedded shortest first (as ``Embedder.passages`` orders them) and
    committed every ``COMMIT_EVERY`` texts. Returns (vectors, n_embedded).
    """
    keys = [cache_key(embedder.fingerprint, embedder.passage_prompt, t) for t in texts]
    found = cache.get_many(list(dict.fromkeys(keys)))
    missing = sorted(dict.fromkeys(t for t, k in zip(texts, keys) if k not in found), key=len)
    for begin in range(0, len(missing), COMMIT_EVERY):
        batch = missing[begin:begin + COMMIT_EVERY]
        new = {cache_key(embedder.fingerprint, embedder.passage_prompt, t): v
               for t, v in zip(batch, embedder.passages(batch))}
        cache.put_many(new.items())
        found.update(new)
        if progress:
            progress(begin + len(batch), len(missing))
    out = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    for i, key in enumerate(keys):
        out[i] = found[key]
    return out, len(missing)


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


LOCK_TIMEOUT = 600.0  # seconds a second writer waits for the first before giving up


def build_index(settings: Settings, embedder: Embedder, force: bool = False,
                progress: Progress | None = None, lock_timeout: float = LOCK_TIMEOUT) -> BuildReport:
    """Build the index from the corpus if it is missing or stale (or always with ``force``).

    The store is checked first (a Chroma server that is down fails here, before any work).
    One writer at a time: a second one waits up to ``lock_timeout`` seconds, saying so, then
    refuses; when it gets the lock it finds the index the first one built and builds only if
    that is still stale.
    """
    started = time.perf_counter()
    store = open_store(settings)
    store.check()
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    report = progress or (lambda text, fraction: None)
    with single_writer(settings.index_dir, lock_timeout, report):
        _remove_incomplete_builds(store)
        status = index_status(settings, embedder.fingerprint)
        if status.ready and not force:
            m = status.manifest or {}
            counts = m.get("counts", {})
            return BuildReport(False, m.get("build_id", ""), counts.get("documents", 0), counts.get("chunks", 0),
                               counts.get("sentences", 0), 0, time.perf_counter() - started, build_problems(m),
                               message="index is up to date", message_nl="De index is actueel.")
        return _build(settings, store, embedder, report, started)


WRITER = ".writer"  # who holds the lock: pid and start time, for the message a waiting writer gets


@contextmanager
def single_writer(index_dir: Path, timeout: float, report: Progress) -> Iterator[None]:
    """The index folder's write lock (released by the OS if the holder dies, even by ``kill -9``)."""
    lock = FileLock(str(index_dir / ".lock"))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        holder = _read_text(index_dir / WRITER)
        who = f" ({holder})" if holder else ""
        log.warning("another process%s is building the index in %s; waiting up to %.0f s for it to finish",
                    who, index_dir, timeout)
        report("Wachten: een ander proces bouwt de index…", 0.0)
        try:
            lock.acquire(timeout=timeout)
        except Timeout as exc:
            raise UserError(f"another process{who} is building the index in {index_dir}; try again later",
                            "Er wordt al een index gebouwd door een ander proces; probeer het later opnieuw.") from exc
    try:
        write_text_atomic(index_dir / WRITER, f"pid {os.getpid()}, since {datetime.now().isoformat(timespec='seconds')}")
        yield
    finally:
        try:
            (index_dir / WRITER).unlink()
        except OSError:
            pass
        lock.release()


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def _remove_incomplete_builds(store: Store) -> None:
    """Builds without a manifest were interrupted (a crash, ``kill -9``); only the writer gets here."""
    for build_id in store.build_ids():
        if store.manifest(build_id) is None:
            log.info("removing the incomplete build %s", build_id)
            store.drop(build_id)


def _build(settings: Settings, store: Store, embedder: Embedder, report: Progress, started: float) -> BuildReport:
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
        texts = indexed_texts(chunks, by_doc)
        vectors, embedded = embed_cached(embedder, cache, texts,
                                         lambda done, total: report(f"Passages embedden ({done}/{total})…", 0.1 + 0.4 * done / total))
        for annotate in ANNOTATORS:
            chunks = annotate(documents, structures, chunks, vectors, embedder)

        report("Zinnen embedden…", 0.5)
        spans = _sentence_spans(chunks, structures)
        sentence_texts = [sentence_embedding_text(by_doc[d].metadata.indexed_name, structures[d].heading_path_at(a),
                                                  by_doc[d].text[a:b], context)
                          for d, a, b, _, _, context in spans]
        sentence_vectors, embedded_sentences = embed_cached(
            embedder, cache, sentence_texts,
            lambda done, total: report(f"Zinnen embedden ({done}/{total})…", 0.5 + 0.35 * done / total))
    finally:
        cache.close()

    report("Index schrijven…", 0.88)
    build_id = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    data = BuildData(build_id, by_doc, chunks, vectors, SentenceTable.from_rows(spans, sentence_vectors, by_doc),
                     lexical_index(texts))
    store.write(data)
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
        "chroma": {"mode": store.mode, "collection": store.chunk_collection(build_id)},
        "problems": [asdict(p) for p in problems],
    }
    previous = store.current_id()
    store.publish(build_id, manifest)
    for old in store.build_ids():  # the previous build stays: a reader may still be opening it
        if old not in {build_id, previous}:
            store.drop(old)
    report("Klaar.", 1.0)
    return BuildReport(True, build_id, len(documents), len(chunks), len(spans), embedded + embedded_sentences,
                       time.perf_counter() - started, tuple(problems),
                       message=f"built index {build_id}", message_nl="De index is bijgewerkt.")


def read_manifest(settings: Settings, build_id: str) -> dict | None:
    """The manifest of one build, wherever the settings keep builds."""
    return open_store(settings).manifest(build_id)


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
                rows = [b for b in members if b.kind == "table_row"]  # a caption may come first (HTML <caption>)
                if span.kind == "table_row" and rows and rows[0] is not block:
                    context = header_line(text, rows)
                elif span.kind == "list_item":
                    lead = next((b for b in members if b.lead_in), None)
                    if lead is not None:
                        context = text[lead.start:lead.end][-200:]
                out.append((doc_id, span.start, span.end, span.kind, i, context))
    return out


def model_print_for(settings: Settings) -> str:
    """The fingerprint an index built now would record (without loading the model)."""
    return model_fingerprint(settings.model)
