"""Where a build lives, and the read-only view of one build (``Index``).

Layout under ``settings.index_dir``::

    CURRENT                 name of the build that serves (replaced atomically)
    .lock                   held by the one process that writes
    embeddings.sqlite       vectors by (model, prompt, text) hash: unchanged text is never re-embedded
    builds/<id>/
        documents.jsonl     document text and metadata, as indexed
        chunks.jsonl        chunks with offsets, heading paths and theme labels
        sentences.npz       the sentence table: sentence/list-item/table-row spans and their vectors
        lexical/            BM25 (bm25s) over the prefixed chunk texts
        chroma/             the Chroma collection (embedded mode)
        manifest.json       written last: schema, model, settings, corpus hashes, counts

``Index`` is one build, opened once per process and never changed. Everything that
is computed from a build and reused across questions (term tables, list labels,
plan cards, the glossary, the theme matrix) is computed once through
``Index.derived`` and lives as long as the build is served.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Callable, Hashable, Iterable, TypeVar

import bm25s
import numpy as np

from assistant.config import SCHEMA_VERSION, Settings
from assistant.errors import IndexNotReady
from assistant.ingest.chunking import Chunk
from assistant.ingest.documents import Document
from assistant.ingest.structure import UnitKind
from assistant.ingest.tables import Table, parse_tables

MANIFEST = "manifest.json"
CURRENT = "CURRENT"
SENTENCE_KINDS = (UnitKind.SENTENCE, UnitKind.LIST_ITEM, UnitKind.TABLE_ROW)
READ_BATCH = 1000  # ids per request when the chunk vectors are read back from the store

T = TypeVar("T")


def read_json(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def read_jsonl(path: Path) -> Iterable[dict]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def current_build(index_dir: Path) -> Path | None:
    try:
        name = (index_dir / CURRENT).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    build = index_dir / "builds" / name
    return build if (build / MANIFEST).exists() else None


# --------------------------------------------------------------------------- vector store

def chroma_client(settings: Settings, build_dir: Path):
    import chromadb  # heavy: loaded only when a build is opened or written
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_host:
        return chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings)
    return chromadb.PersistentClient(path=str(build_dir / "chroma"), settings=chroma_settings)


def collection_name(settings: Settings, build_id: str) -> str:
    return f"{settings.chroma_collection}-{build_id}" if settings.chroma_host else settings.chroma_collection


def open_collection(client, name: str, create: bool = False):
    """The collection, cosine space set explicitly, no embedding function (vectors always passed in)."""
    if create:
        return client.create_collection(name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}})
    return client.get_collection(name, embedding_function=None)


def read_vectors(collection, ids: list[str]) -> np.ndarray:
    """The stored vectors of ``ids``, in that order (float32, one row per id).

    Dense search runs exactly over these in memory: Chroma's approximate (HNSW) search
    with a metadata filter returned different candidates for the same query depending on
    what the process had asked before, and at the sizes this product serves an exact
    matrix product is as fast (50,000 chunks × 384 dimensions: a few milliseconds).
    """
    found: dict[str, np.ndarray] = {}
    for begin in range(0, len(ids), READ_BATCH):
        batch = collection.get(ids=ids[begin:begin + READ_BATCH], include=["embeddings"])
        found.update(zip(batch["ids"], np.asarray(batch["embeddings"], dtype=np.float32)))
    missing = [i for i in ids if i not in found]
    if missing:
        raise ValueError(f"{len(missing)} chunk vectors missing from the store")
    if not ids:
        return np.zeros((0, 0), dtype=np.float32)
    return np.stack([found[i] for i in ids])


# --------------------------------------------------------------------------- the sentence table

@dataclass(frozen=True)
class SentenceTable:
    """Every answer unit of a build (sentence, list item, table row) with its span, chunk and vector.

    Row ``r`` is the unit ``texts[r] == documents[doc[r]].text[start[r]:end[r]]``; ``context[r]`` is
    what it needs to be read alone (a table row's header row, a list item's lead-in).
    """

    doc: np.ndarray  # doc_id per row
    start: np.ndarray
    end: np.ndarray
    kind: np.ndarray  # UnitKind value per row
    chunk: np.ndarray  # index into Index.chunks
    context: np.ndarray
    vectors: np.ndarray  # (rows, dim), L2-normalised
    texts: tuple[str, ...] = field(repr=False)

    @classmethod
    def load(cls, path: Path, documents: dict[str, Document]) -> "SentenceTable":
        data = np.load(path)
        doc, start, end = data["doc"], data["start"], data["end"]
        texts = tuple(documents[str(doc[r])].text[int(start[r]):int(end[r])] for r in range(len(start)))
        return cls(doc, start, end, data["kind"], data["chunk"].astype(np.int64), data["context"], data["vectors"],
                   texts)

    def __len__(self) -> int:
        return len(self.start)

    def span(self, row: int) -> tuple[str, int, int]:
        """(doc_id, start, end) of a row."""
        return str(self.doc[row]), int(self.start[row]), int(self.end[row])

    @cached_property
    def rows_of_chunk(self) -> dict[int, list[int]]:
        """Chunk index -> its rows, in document order."""
        out: dict[int, list[int]] = {}
        for row, chunk_i in enumerate(self.chunk):
            out.setdefault(int(chunk_i), []).append(row)
        return out

    @cached_property
    def row_at(self) -> dict[tuple[str, int], int]:
        """(doc_id, start) -> row."""
        return {(str(self.doc[r]), int(self.start[r])): r for r in range(len(self))}


# --------------------------------------------------------------------------- the index

class Index:
    """A read-only view of one build: documents, chunks, the sentence table, vectors, lexical index."""

    def __init__(self, settings: Settings, build_dir: Path):
        self.settings = settings
        self.build_dir = build_dir
        self.manifest = read_json(build_dir / MANIFEST) or {}
        self.build_id = self.manifest.get("build_id", build_dir.name)
        self.documents: dict[str, Document] = {}
        for record in read_jsonl(build_dir / "documents.jsonl"):
            document = Document.from_record(record)
            self.documents[document.doc_id] = document
        self.chunks: list[Chunk] = []
        for record in read_jsonl(build_dir / "chunks.jsonl"):
            record["heading_path"] = tuple(record["heading_path"])
            record["kinds"] = tuple(record["kinds"])
            record["themes"] = tuple(record.get("themes", ()))
            self.chunks.append(Chunk(**record))
        self.chunk_index = {c.chunk_id: i for i, c in enumerate(self.chunks)}
        self.sentences = SentenceTable.load(build_dir / "sentences.npz", self.documents)
        self.bm25 = bm25s.BM25.load(str(build_dir / "lexical"))
        self.vocabulary = dict(self.bm25.vocab_dict)
        client = chroma_client(settings, build_dir)
        self.collection = open_collection(client, self.manifest["chroma"]["collection"])
        self.chunk_vectors = read_vectors(self.collection, [c.chunk_id for c in self.chunks])
        self.chunk_doc = np.array([c.doc_id for c in self.chunks], dtype=object)
        self._derived: dict[Hashable, Any] = {}
        self._derived_lock = threading.RLock()
        for document in self.documents.values():
            _ = document.structure  # parsed now, at start-up, not during someone's first question

    @classmethod
    def open(cls, settings: Settings) -> "Index":
        build = current_build(settings.index_dir)
        if build is None:
            raise IndexNotReady(f"no index in {settings.index_dir}; run `python -m assistant ingest` first",
                                "Er is nog geen index. Voer eerst `make ingest` uit.")
        manifest = read_json(build / MANIFEST) or {}
        if manifest.get("schema_version") != SCHEMA_VERSION:
            raise IndexNotReady(f"the index in {settings.index_dir} was built by another version; run `python -m assistant ingest`",
                                "De index is met een andere versie gebouwd. Voer `make ingest` uit om hem opnieuw te bouwen.")
        try:
            return cls(settings, build)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise IndexNotReady(f"the index in {build} cannot be read ({exc}); run `python -m assistant ingest --force`",
                                "De index is beschadigd. Voer `make ingest` uit om hem opnieuw te bouwen.") from exc

    def derived(self, key: Hashable, compute: Callable[["Index"], T]) -> T:
        """``compute(self)``, once per build and key: the one place for data computed from a build.

        Thread-safe (two app sessions asking at once compute it once); ``compute`` may itself
        ask for other derived data.
        """
        with self._derived_lock:
            if key not in self._derived:
                self._derived[key] = compute(self)
            return self._derived[key]

    def is_current(self) -> bool:
        """False once another process has switched in a newer build (the reader should reopen)."""
        build = current_build(self.settings.index_dir)
        return build is not None and build.name == self.build_dir.name

    @property
    def municipalities(self) -> list[str]:
        return sorted({d.municipality for d in self.documents.values()})

    def documents_of(self, municipality: str) -> list[Document]:
        return [d for d in self.documents.values() if d.municipality == municipality]

    def chunk_mask(self, municipalities: Iterable[str] | None = None, doc_ids: Iterable[str] | None = None) -> np.ndarray:
        """Boolean mask over chunks for a municipality / document filter (None = everything)."""
        mask = np.ones(len(self.chunks), dtype=bool)
        if municipalities is not None:
            wanted = {d.doc_id for d in self.documents.values() if d.municipality in set(municipalities)}
            mask &= np.isin(self.chunk_doc, list(wanted))
        if doc_ids is not None:
            mask &= np.isin(self.chunk_doc, list(doc_ids))
        return mask

    def chunk_spans(self, doc_id: str) -> list[tuple[int, int]]:
        """The (start, end) of every chunk of one document, in order."""
        def compute(index: "Index") -> dict[str, list[tuple[int, int]]]:
            per_doc: dict[str, list[tuple[int, int]]] = {}
            for chunk in index.chunks:
                per_doc.setdefault(chunk.doc_id, []).append((chunk.start, chunk.end))
            return per_doc

        return self.derived("chunk_spans", compute).get(doc_id, [])

    def chunk_at(self, doc_id: str, offset: int) -> int | None:
        """The index of the chunk of ``doc_id`` that holds ``offset`` (the first, where chunks overlap)."""
        def compute(index: "Index") -> dict[str, list[tuple[int, int, int]]]:
            per_doc: dict[str, list[tuple[int, int, int]]] = {}
            for i, chunk in enumerate(index.chunks):
                per_doc.setdefault(chunk.doc_id, []).append((chunk.start, chunk.end, i))
            return {d: sorted(spans) for d, spans in per_doc.items()}

        for start, end, i in self.derived("chunks_by_offset", compute).get(doc_id, []):
            if start <= offset < end:
                return i
        return None

    def tables(self, doc_id: str) -> list[Table]:
        """The statistics tables of one document (tables of contents excluded), parsed once per build."""
        return self.derived(("tables", doc_id), lambda index: parse_tables(index.documents[doc_id].structure))

    def describe(self) -> dict:
        counts = self.manifest.get("counts", {})
        return {"build_id": self.build_id, "built_at": self.manifest.get("built_at"), "model": self.manifest.get("model"),
                "documents": counts.get("documents", len(self.documents)), "chunks": counts.get("chunks", len(self.chunks)),
                "problems": self.manifest.get("problems", [])}
