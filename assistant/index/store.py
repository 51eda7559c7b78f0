"""Where a build lives, how it is written and found, and the read-only view of one build (``Index``).

Two stores hold builds; the settings choose one (``open_store``):

``FolderStore`` (default: embedded Chroma), everything under ``settings.index_dir``::

    CURRENT                 name of the build that serves (replaced atomically)
    .lock                   held by the one process that writes
    embeddings.sqlite       vectors by (model, prompt, text) hash: unchanged text is never re-embedded
    builds/<id>/
        documents.jsonl     document records (``Document.to_record``), as indexed
        chunks.jsonl        chunks with offsets, heading paths and theme labels
        sentences.npz       the sentence table: sentence/list-item/table-row spans and their vectors
        lexical/            BM25 (bm25s) over the indexed chunk texts
        chroma/             the chunk collection (embedded PersistentClient)
        manifest.json       written last: schema, model, settings, corpus hashes, counts

``ServerStore`` (``chroma_host`` set): everything an app process needs to answer lives in the
Chroma server, so any number of app processes, each with an empty index folder, serve the same
build without building anything::

    <prefix>-builds              registry: a record per build holding its manifest, and the record
                                 ``current`` naming the build that serves (replaced in one write)
    <prefix>-<id>-chunks         chunk vectors (cosine); chunk text as document; offsets, heading
                                 path and theme labels as metadata
    <prefix>-<id>-sentences      sentence-table vectors (inner-product space: stored bit for bit,
                                 a cosine collection renormalises them); the spans as metadata
    <prefix>-<id>-documents      a record per document: ``Document.to_record()`` as JSON

  BM25 is rebuilt from the stored chunk texts when a build is opened (the same texts in the same
  order give the same index). The index folder keeps only what the writer needs: the lock and the
  embedding cache. Two deployments sharing one server need different prefixes
  (``chroma_collection``): a build removes the other builds' collections under its prefix.

Both are build-and-swap: a build is written completely, its manifest last, then the pointer to
the serving build is replaced in one step; the previous build is kept, older ones are removed.

``Index`` is one build, opened once per process and never changed. Everything that is computed
from a build and reused across questions (term tables, list labels, plan cards, the glossary,
the theme matrix) is computed once through ``Index.derived`` and lives as long as the build is
served. What is computed per sentence or per plan, and read for a question's candidates only,
is a ``LazyMap`` instead: computed on first use, a bounded number of the latest kept, so that a
collection of a thousand plans does not hold it for every sentence.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import re
import shutil
import threading
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Callable, Generic, Hashable, Iterable, Sequence, TypeVar

import bm25s
import numpy as np

from assistant.config import SCHEMA_VERSION, Settings
from assistant.errors import IndexNotReady, StoreUnavailable
from assistant.ingest.chunking import Chunk, embedding_text
from assistant.ingest.documents import Document
from assistant.ingest.structure import UnitKind
from assistant.ingest.tables import Table, parse_tables
from assistant.text import terms

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"
CURRENT = "CURRENT"
SENTENCE_KINDS = (UnitKind.SENTENCE, UnitKind.LIST_ITEM, UnitKind.TABLE_ROW)
READ_BATCH = 1000  # records per request when a build is read back from Chroma
WRITE_BATCH = 1000  # records per request when a build is written (Chroma's own maximum is ~5,000)
BUILD_PARTS = ("chunks", "sentences", "documents")  # a server build's collections: <prefix>-<id>-<part>
POINTER = "current"  # registry record naming the serving build
SERVER_COMMAND = ".venv/bin/chroma run --path chroma-data --host {host} --port {port}"

BM25_K1 = 1.2  # term-frequency saturation (Lucene default range 1.2-2.0; short chunks favour the low end)
BM25_B = 0.75  # length normalisation

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)


class LazyMap(Generic[K, T]):
    """``compute(key)`` per key on first use; at most ``bound`` values kept, the oldest half dropped when full.

    Reading a value that is held takes no lock (a dict read is atomic), so a question that reads a
    quarter of a million values pays no more than a dict lookup for each; thread-safe.

    >>> squares = LazyMap(lambda n: n * n, bound=2)
    >>> squares[3], squares[4], squares[3], len(squares)
    (9, 16, 9, 2)
    >>> squares[5], len(squares)  # full: the oldest half goes
    (25, 1)
    """

    def __init__(self, compute: Callable[[K], T], bound: int):
        self._compute = compute
        self._bound = max(1, bound)
        self._values: dict[K, T] = {}
        self._lock = threading.Lock()

    def __getitem__(self, key: K) -> T:
        value = self._values.get(key, _MISSING)
        if value is not _MISSING:
            return value
        value = self._compute(key)
        with self._lock:
            value = self._values.setdefault(key, value)  # a thread that was first wins
            if len(self._values) > self._bound:
                for old in list(itertools.islice(self._values, len(self._values) - self._bound // 2)):
                    if old != key:
                        del self._values[old]
        return value

    def __len__(self) -> int:
        """The values held now (not the keys there are)."""
        return len(self._values)


_MISSING = object()


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
    """The folder of the build that serves in embedded mode (None if there is none, or it is incomplete)."""
    try:
        name = (index_dir / CURRENT).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    build = index_dir / "builds" / name
    return build if (build / MANIFEST).exists() else None


def indexed_texts(chunks: Sequence[Chunk], documents: dict[str, Document]) -> list[str]:
    """The text of each chunk as embedded and as indexed for BM25 (municipality and title in front)."""
    return [embedding_text(c, documents[c.doc_id].metadata.indexed_name, documents[c.doc_id].title) for c in chunks]


def lexical_index(texts: Sequence[str]) -> bm25s.BM25:
    """BM25 over Dutch stems of the indexed chunk texts, one row per chunk in build order."""
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    retriever = bm25s.BM25(k1=BM25_K1, b=BM25_B)
    retriever.index([terms(t) or ["_"] for t in texts], show_progress=False)
    return retriever


def chunk_metadata(chunk: Chunk, document: Document, position: int) -> dict:
    """A chunk's metadata in Chroma: filterable fields, its position in the build and its full record."""
    meta = document.metadata
    record = asdict(chunk)
    del record["chunk_id"], record["text"]  # the record id and the stored document
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
        "position": position,
        "record": json.dumps(record, ensure_ascii=False),
    }


def chunk_from_record(record: dict) -> Chunk:
    record = dict(record)
    record["heading_path"] = tuple(record["heading_path"])
    record["kinds"] = tuple(record["kinds"])
    record["themes"] = tuple(record.get("themes", ()))
    return Chunk(**record)


def open_collection(client, name: str, create: bool = False, space: str = "cosine"):
    """A collection with its distance space set explicitly and no embedding function (vectors always passed in)."""
    if create:
        return client.create_collection(name, embedding_function=None, configuration={"hnsw": {"space": space}})
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


def _write_chunks(collection, chunks: Sequence[Chunk], vectors: np.ndarray, documents: dict[str, Document]) -> None:
    for begin in range(0, len(chunks), WRITE_BATCH):
        batch = chunks[begin:begin + WRITE_BATCH]
        collection.add(ids=[c.chunk_id for c in batch], embeddings=vectors[begin:begin + len(batch)],
                       documents=[c.text for c in batch],
                       metadatas=[chunk_metadata(c, documents[c.doc_id], begin + n) for n, c in enumerate(batch)])


# --------------------------------------------------------------------------- the sentence table

@dataclass(frozen=True)
class SentenceTable:
    """Every answer unit of a build (sentence, list item, table row) with its span, chunk and vector.

    Row ``r`` is the unit ``texts[r] == documents[doc[r]].text[start[r]:end[r]]``; ``context[r]`` is
    what it needs to be read alone (a table row's header row, a list item's lead-in).
    """

    doc: np.ndarray  # doc_id per row (object array of str)
    start: np.ndarray
    end: np.ndarray
    kind: np.ndarray  # UnitKind value per row (object array of str)
    chunk: np.ndarray  # index into Index.chunks
    context: np.ndarray  # object array of str, "" when a unit needs none
    vectors: np.ndarray  # (rows, dim), L2-normalised
    texts: tuple[str, ...] = field(repr=False)

    COLUMNS = ("doc", "start", "end", "kind", "chunk", "context")

    @classmethod
    def from_columns(cls, columns: dict[str, Sequence], vectors: np.ndarray,
                     documents: dict[str, Document]) -> "SentenceTable":
        """The table from its columns (as stored); the texts are cut from the documents."""
        doc, start, end = _shared_strings(columns["doc"]), np.array(columns["start"], dtype=np.int64), \
            np.array(columns["end"], dtype=np.int64)
        texts = tuple(documents[doc[r]].text[int(start[r]):int(end[r])] for r in range(len(start)))
        return cls(doc, start, end, _shared_strings(columns["kind"]), np.array(columns["chunk"], dtype=np.int64),
                   _shared_strings(columns["context"]), np.asarray(vectors, dtype=np.float32), texts)

    @classmethod
    def from_rows(cls, rows: Sequence[tuple[str, int, int, str, int, str]], vectors: np.ndarray,
                  documents: dict[str, Document]) -> "SentenceTable":
        """The table from ``(doc_id, start, end, kind, chunk index, context)`` rows, as a build finds them."""
        columns = {name: [row[n] for row in rows] for n, name in enumerate(cls.COLUMNS)}
        return cls.from_columns(columns, vectors, documents)

    @classmethod
    def load(cls, path: Path, documents: dict[str, Document]) -> "SentenceTable":
        data = np.load(path)
        columns = {name: data[name] for name in cls.COLUMNS if name != "context"}
        columns["context"] = data["context_values"][data["context_index"]]
        return cls.from_columns(columns, data["vectors"], documents)

    def save(self, path: Path) -> None:
        """The columns as arrays; each distinct context once (a fixed-width string column would pad every
        row to the longest context: 35 MB of 107 at 10,000 chunks)."""
        codes: dict[str, int] = {}
        context_index = np.array([codes.setdefault(c, len(codes)) for c in self.context], dtype=np.int64)
        np.savez(path, doc=np.array(self.doc, dtype=str), start=self.start, end=self.end,
                 kind=np.array(self.kind, dtype=str), chunk=self.chunk, context_values=np.array(list(codes), dtype=str),
                 context_index=context_index, vectors=self.vectors)

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
    def rows_of_doc(self) -> dict[str, np.ndarray]:
        """Document id -> its rows, in order."""
        out: dict[str, list[int]] = {}
        for row, doc_id in enumerate(self.doc):
            out.setdefault(str(doc_id), []).append(row)
        return {doc_id: np.array(rows, dtype=np.int64) for doc_id, rows in out.items()}

    @cached_property
    def row_at(self) -> dict[tuple[str, int], int]:
        """(doc_id, start) -> row."""
        return {(str(self.doc[r]), int(self.start[r])): r for r in range(len(self))}


def _shared_strings(values: Iterable) -> np.ndarray:
    """An object array of ``values`` as ``str``, equal strings one object (contexts and doc ids repeat a lot)."""
    seen: dict[str, str] = {}
    out = np.empty(len(values), dtype=object)
    for row, value in enumerate(values):
        text = str(value)
        out[row] = seen.setdefault(text, text)
    return out


# --------------------------------------------------------------------------- stores

@dataclass(frozen=True)
class BuildData:
    """Everything one build holds: what a build writes and what ``Index`` reads back."""

    build_id: str
    documents: dict[str, Document]
    chunks: list[Chunk]
    chunk_vectors: np.ndarray  # (chunks, dim), row i is chunks[i]
    sentences: SentenceTable
    lexical: bm25s.BM25 = field(repr=False)
    collection: Any = field(default=None, repr=False)  # the chunk collection (None while being written)


class FolderStore:
    """Builds as folders under the index folder; the chunk vectors in an embedded Chroma inside each."""

    mode = "embedded"

    def __init__(self, settings: Settings):
        self.settings = settings
        self.root = settings.index_dir / "builds"

    def describe(self) -> str:
        return f"index folder {self.settings.index_dir}"

    def check(self) -> None:
        """Nothing to reach: the folder is created when a build is written."""

    def current_id(self) -> str | None:
        build = current_build(self.settings.index_dir)
        return build.name if build else None

    def manifest(self, build_id: str) -> dict | None:
        return read_json(self.root / build_id / MANIFEST)

    def build_ids(self) -> list[str]:
        """Every build present, complete or not."""
        return sorted(p.name for p in self.root.iterdir() if p.is_dir()) if self.root.is_dir() else []

    def _client(self, build_id: str):
        import chromadb  # heavy: loaded only when a build is opened or written
        from chromadb.config import Settings as ChromaSettings

        return chromadb.PersistentClient(path=str(self.root / build_id / "chroma"),
                                         settings=ChromaSettings(anonymized_telemetry=False))

    def chunk_collection(self, build_id: str) -> str:
        return self.settings.chroma_collection

    def write(self, data: BuildData) -> None:
        folder = self.root / data.build_id
        folder.mkdir(parents=True)
        _write_jsonl(folder / "documents.jsonl", (d.to_record() for d in data.documents.values()))
        _write_jsonl(folder / "chunks.jsonl", (asdict(c) for c in data.chunks))
        data.sentences.save(folder / "sentences.npz")
        data.lexical.save(str(folder / "lexical"))
        collection = open_collection(self._client(data.build_id), self.chunk_collection(data.build_id), create=True)
        _write_chunks(collection, data.chunks, data.chunk_vectors, data.documents)

    def publish(self, build_id: str, manifest: dict) -> None:
        """Write the manifest (the build is complete), then make it the build that serves."""
        write_json_atomic(self.root / build_id / MANIFEST, manifest)
        write_text_atomic(self.settings.index_dir / CURRENT, build_id)

    def read(self, build_id: str) -> BuildData:
        folder = self.root / build_id
        manifest = self.manifest(build_id) or {}
        documents: dict[str, Document] = {}
        for record in read_jsonl(folder / "documents.jsonl"):
            document = Document.from_record(record)
            documents[document.doc_id] = document
        chunks = [chunk_from_record(r) for r in read_jsonl(folder / "chunks.jsonl")]
        sentences = SentenceTable.load(folder / "sentences.npz", documents)
        lexical = bm25s.BM25.load(str(folder / "lexical"))
        collection = open_collection(self._client(build_id), manifest["chroma"]["collection"])
        vectors = read_vectors(collection, [c.chunk_id for c in chunks])
        return BuildData(build_id, documents, chunks, vectors, sentences, lexical, collection)

    def drop(self, build_id: str) -> None:
        shutil.rmtree(self.root / build_id, ignore_errors=True)


_CLIENTS: dict[tuple[str, int], Any] = {}
_CLIENTS_LOCK = threading.Lock()


def _unreachable(settings: Settings) -> StoreUnavailable:
    where = f"{settings.chroma_host}:{settings.chroma_port}"
    command = SERVER_COMMAND.format(host=settings.chroma_host, port=settings.chroma_port)
    return StoreUnavailable(
        f"Chroma server at {where} is not reachable; start it with `{command}` (or `make chroma-server`)",
        f"De Chroma-server op {where} is niet bereikbaar. Start de server (`make chroma-server`) "
        "of vraag de beheerder dat te doen, en laad de pagina daarna opnieuw.")


def _damaged_errors() -> tuple[type[BaseException], ...]:
    """What reading an incomplete or damaged build raises."""
    from chromadb.errors import ChromaError

    return (OSError, ValueError, KeyError, TypeError, ChromaError)


def _transport_errors() -> tuple[type[BaseException], ...]:
    import httpx  # comes with chromadb

    return (httpx.TransportError, ConnectionError)


class ServerStore:
    """Builds as collections in a Chroma server, with a registry collection naming the serving build."""

    mode = "server"

    def __init__(self, settings: Settings):
        self.settings = settings
        self.prefix = settings.chroma_collection

    def describe(self) -> str:
        return f"Chroma server at {self.settings.chroma_host}:{self.settings.chroma_port}"

    @property
    def client(self):
        key = (self.settings.chroma_host, self.settings.chroma_port)
        with _CLIENTS_LOCK:
            if key not in _CLIENTS:
                import chromadb  # heavy: loaded only when a store is used
                from chromadb.config import Settings as ChromaSettings

                try:
                    _CLIENTS[key] = chromadb.HttpClient(host=key[0], port=key[1],
                                                        settings=ChromaSettings(anonymized_telemetry=False))
                except (ValueError, *_transport_errors()) as exc:  # ValueError: "Could not connect to a Chroma server"
                    raise _unreachable(self.settings) from exc
            return _CLIENTS[key]

    def check(self) -> None:
        """Raise ``StoreUnavailable`` (with what to start) unless the server answers."""
        try:
            self.client.heartbeat()
        except _transport_errors() as exc:
            raise _unreachable(self.settings) from exc

    def _call(self, function: Callable[[], T]) -> T:
        try:
            return function()
        except _transport_errors() as exc:
            raise _unreachable(self.settings) from exc

    def name(self, build_id: str, part: str) -> str:
        return f"{self.prefix}-{build_id}-{part}"

    def _registry(self, create: bool = True):
        """The registry collection; None when it does not exist and ``create`` is off (readers create nothing)."""
        name = f"{self.prefix}-builds"
        if create:
            return self.client.get_or_create_collection(name, embedding_function=None,
                                                        configuration={"hnsw": {"space": "l2"}})
        from chromadb.errors import NotFoundError

        try:
            return self.client.get_collection(name, embedding_function=None)
        except (NotFoundError, ValueError):
            return None

    def _registry_text(self, record_id: str) -> str | None:
        registry = self._call(lambda: self._registry(create=False))
        if registry is None:
            return None
        found = self._call(lambda: registry.get(ids=[record_id], include=["documents"]))
        return found["documents"][0] if found["ids"] else None

    def current_id(self) -> str | None:
        build_id = self._registry_text(POINTER)
        return build_id if build_id and self.manifest(build_id) is not None else None

    def manifest(self, build_id: str) -> dict | None:
        text = self._registry_text(build_id)
        try:
            return json.loads(text) if text else None
        except ValueError:
            return None

    def build_ids(self) -> list[str]:
        """Every build with a collection in the server, complete or not."""
        builds = set()
        for collection in self._call(self.client.list_collections):
            name = collection if isinstance(collection, str) else collection.name
            build_id, part = _split_name(name, self.prefix)
            if part in BUILD_PARTS:
                builds.add(build_id)
        return sorted(builds)

    def chunk_collection(self, build_id: str) -> str:
        return self.name(build_id, "chunks")

    def write(self, data: BuildData) -> None:
        """The three collections of a build (BM25 is not stored: it is rebuilt from the chunk texts)."""
        self._call(lambda: self._write(data))

    def _write(self, data: BuildData) -> None:
        client = self.client
        chunks = open_collection(client, self.chunk_collection(data.build_id), create=True)
        _write_chunks(chunks, data.chunks, data.chunk_vectors, data.documents)
        sentences = open_collection(client, self.name(data.build_id, "sentences"), create=True, space="ip")
        table = data.sentences
        for begin in range(0, len(table), WRITE_BATCH):
            rows = range(begin, min(begin + WRITE_BATCH, len(table)))
            sentences.add(ids=[_row_id(r) for r in rows], embeddings=table.vectors[begin:rows.stop],
                          metadatas=[{"doc": str(table.doc[r]), "start": int(table.start[r]), "end": int(table.end[r]),
                                      "kind": str(table.kind[r]), "chunk": int(table.chunk[r]),
                                      "context": str(table.context[r])} for r in rows])
        documents = open_collection(client, self.name(data.build_id, "documents"), create=True, space="l2")
        for position, document in enumerate(data.documents.values()):  # one request each: texts can be long
            documents.add(ids=[document.doc_id], embeddings=[[0.0]], metadatas=[{"position": position}],
                          documents=[json.dumps(document.to_record(), ensure_ascii=False)])

    def publish(self, build_id: str, manifest: dict) -> None:
        """Register the build's manifest (the build is complete), then point ``current`` at it."""
        registry = self._call(self._registry)
        self._call(lambda: registry.upsert(ids=[build_id], embeddings=[[0.0]],
                                           documents=[json.dumps(manifest, ensure_ascii=False)]))
        self._call(lambda: registry.upsert(ids=[POINTER], embeddings=[[0.0]], documents=[build_id]))

    def read(self, build_id: str) -> BuildData:
        return self._call(lambda: self._read(build_id))

    def _read(self, build_id: str) -> BuildData:
        manifest = self.manifest(build_id) or {}
        counts = manifest["counts"]
        client = self.client
        stored = open_collection(client, self.name(build_id, "documents"))
        records = _get_all(stored, list(manifest["documents"]), ["documents", "metadatas"])
        records.sort(key=lambda r: r["metadata"]["position"])
        documents = {}
        for record in records:
            document = Document.from_record(json.loads(record["document"]))
            documents[document.doc_id] = document

        collection = open_collection(client, self.chunk_collection(build_id))
        rows = _get_range(collection, counts["chunks"], ["documents", "metadatas", "embeddings"])
        chunks = [chunk_from_record({"chunk_id": r["id"], "text": r["document"], **json.loads(r["metadata"]["record"])})
                  for r in rows]
        vectors = np.array([r["embedding"] for r in rows], dtype=np.float32)

        table = open_collection(client, self.name(build_id, "sentences"))
        found = _get_all(table, [_row_id(r) for r in range(counts["sentences"])], ["metadatas", "embeddings"])
        found.sort(key=lambda r: r["id"])
        columns = {name: [r["metadata"][name] for r in found] for name in SentenceTable.COLUMNS}
        sentence_vectors = (np.array([r["embedding"] for r in found], dtype=np.float32) if found
                            else np.zeros((0, vectors.shape[1]), dtype=np.float32))
        sentences = SentenceTable.from_columns(columns, sentence_vectors, documents)
        return BuildData(build_id, documents, chunks, vectors, sentences,
                         lexical_index(indexed_texts(chunks, documents)), collection)

    def drop(self, build_id: str) -> None:
        self._call(lambda: self._drop(build_id))

    def _drop(self, build_id: str) -> None:
        existing = {c if isinstance(c, str) else c.name for c in self.client.list_collections()}
        for part in BUILD_PARTS:
            if self.name(build_id, part) in existing:
                self.client.delete_collection(self.name(build_id, part))
        registry = self._registry(create=False)
        if registry is not None:
            registry.delete(ids=[build_id])


def _split_name(name: str, prefix: str) -> tuple[str, str]:
    """``<prefix>-<build id>-<part>`` -> (build id, part); ("", "") for any other collection."""
    if not name.startswith(prefix + "-"):
        return "", ""
    build_id, _, part = name[len(prefix) + 1:].rpartition("-")
    return (build_id, part) if build_id else ("", "")


def _row_id(row: int) -> str:
    return f"{row:09d}"  # zero-padded: sorting the ids sorts the rows


def _records(batch: dict, include: list[str]) -> list[dict]:
    keys = {"documents": "document", "metadatas": "metadata", "embeddings": "embedding"}
    columns = {keys[name]: batch[name] for name in include}
    return [{"id": record_id, **{key: values[n] for key, values in columns.items()}}
            for n, record_id in enumerate(batch["ids"])]


def _get_all(collection, ids: list[str], include: list[str]) -> list[dict]:
    """The records of ``ids`` (any order); a missing one means the build is damaged."""
    out: list[dict] = []
    for begin in range(0, len(ids), READ_BATCH):
        out.extend(_records(collection.get(ids=ids[begin:begin + READ_BATCH], include=include), include))
    if len(out) != len(ids):
        raise ValueError(f"{len(ids) - len(out)} records missing from {collection.name}")
    return out


def _get_range(collection, count: int, include: list[str]) -> list[dict]:
    """Records with metadata ``position`` 0 … count-1, in that order."""
    out: list[dict] = []
    for begin in range(0, count, READ_BATCH):
        where = {"$and": [{"position": {"$gte": begin}}, {"position": {"$lt": begin + READ_BATCH}}]}
        out.extend(_records(collection.get(where=where, include=include), include))
    out.sort(key=lambda r: r["metadata"]["position"])
    if [r["metadata"]["position"] for r in out] != list(range(count)):
        raise ValueError(f"{collection.name} does not hold positions 0-{count - 1}")
    return out


Store = FolderStore | ServerStore


def open_store(settings: Settings) -> Store:
    """The store the settings ask for: a Chroma server when ``chroma_host`` is set, else the index folder."""
    return ServerStore(settings) if settings.chroma_host else FolderStore(settings)


def _write_jsonl(path: Path, records: Iterable[dict]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def write_json_atomic(path: Path, value: dict) -> None:
    write_text_atomic(path, json.dumps(value, ensure_ascii=False, indent=2))


def write_text_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + f".tmp-{os.getpid()}")
    with tmp.open("w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


# --------------------------------------------------------------------------- the index

class Index:
    """A read-only view of one build: documents, chunks, the sentence table, vectors, lexical index."""

    def __init__(self, settings: Settings, store: Store, data: BuildData, manifest: dict):
        self.settings = settings
        self.store = store
        self.manifest = manifest
        self.build_id = data.build_id
        self.documents = data.documents
        self.chunks = data.chunks
        self.chunk_index = {c.chunk_id: i for i, c in enumerate(self.chunks)}
        self.sentences = data.sentences
        self.bm25 = data.lexical
        self.vocabulary = dict(self.bm25.vocab_dict)
        self.collection = data.collection
        self.chunk_vectors = data.chunk_vectors
        self.chunk_doc = np.array([c.doc_id for c in self.chunks], dtype=object)
        self._derived: dict[Hashable, Any] = {}
        self._derived_lock = threading.RLock()
        for document in self.documents.values():
            _ = document.structure  # parsed now, at start-up, not during someone's first question

    @classmethod
    def open(cls, settings: Settings) -> "Index":
        store = open_store(settings)
        build_id = store.current_id()
        if build_id is None:
            where = f"on the {store.describe()}" if store.mode == "server" else f"in {settings.index_dir}"
            raise IndexNotReady(f"no index {where}; run `python -m assistant ingest` first",
                                "Er is nog geen index. Voer eerst `make ingest` uit.")
        manifest = store.manifest(build_id) or {}
        if manifest.get("schema_version") != SCHEMA_VERSION:
            raise IndexNotReady(f"the index in {store.describe()} was built by another version; run `python -m assistant ingest`",
                                "De index is met een andere versie gebouwd. Voer `make ingest` uit om hem opnieuw te bouwen.")
        try:
            return cls(settings, store, store.read(build_id), manifest)
        except StoreUnavailable:
            raise
        except _damaged_errors() as exc:
            log.debug("cannot read build %s", build_id, exc_info=True)
            raise IndexNotReady(f"the index build {build_id} in {store.describe()} cannot be read ({exc}); "
                                "run `python -m assistant ingest --force`",
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
        """False once another process has switched in a newer build (the reader should reopen).

        A server that cannot be reached right now changes nothing: this build keeps serving.
        """
        try:
            current = self.store.current_id()
        except StoreUnavailable:
            log.warning("%s not reachable; serving build %s", self.store.describe(), self.build_id)
            return True
        return current == self.build_id

    @property
    def municipalities(self) -> list[str]:
        """Every municipality the collection has a plan of: the name a plan goes by, and the members of a
        joint plan ("Lindewaarde", and "Aarlebeek", "Dommelrode", "Heesveld")."""
        return self.derived("municipalities", lambda index: sorted(
            {name for d in index.documents.values() for name in (d.municipality, *d.metadata.members)}))

    @property
    def places(self) -> dict[str, str]:
        """The kernen the plans list, each with the one municipality it belongs to: a place that is itself a
        municipality of the collection, or that plans of two municipalities list, stands for none."""
        def compute(index: "Index") -> dict[str, str]:
            owners: dict[str, set[str]] = {}
            for d in index.documents.values():
                for place in d.metadata.places:
                    owners.setdefault(place, set()).add(d.municipality)
            known = set(index.municipalities)
            return {p: next(iter(o)) for p, o in sorted(owners.items()) if len(o) == 1 and p not in known}

        return self.derived("places", compute)

    def places_with(self, names: Iterable[str]) -> dict[str, str]:
        """``places``, and each of ``names`` (the places a question names: "bij Oeverhoek", "op de Heukelplas")
        that the plans of one municipality alone write, with that municipality: a village a plan names without
        listing it as a kern, a square, a business park or a lake is that municipality's. A name that is a
        municipality of the collection, or that plans of two municipalities write, stands for none."""
        places = self.places
        extra = {}
        for name in names:
            if name in places or name in self.municipalities:
                continue
            owner = _sole_owner(self, name)
            if owner is not None:
                extra[name] = owner
        return {**places, **extra} if extra else places

    @property
    def name_owners(self) -> dict[str, frozenset[str]]:
        """Per capitalised word of the documents, the municipalities whose documents write it (once per build)."""
        def compute(index: "Index") -> dict[str, frozenset[str]]:
            owners: dict[str, set[str]] = {}
            for d in index.documents.values():
                for word in set(_CAPITALISED.findall(d.text)):
                    owners.setdefault(word, set()).add(d.municipality)
            return {word: frozenset(o) for word, o in owners.items()}

        return self.derived("name_owners", compute)

    def documents_of(self, municipality: str) -> list[Document]:
        """The plans about a municipality: its own, and the joint plans it is a member of."""
        return [d for d in self.documents.values() if d.metadata.covers(municipality)]

    def chunk_mask(self, municipalities: Iterable[str] | None = None, doc_ids: Iterable[str] | None = None) -> np.ndarray:
        """Boolean mask over chunks for a municipality / document filter (None = everything).

        A lookup of each chunk's document number in a table of the wanted documents: a question
        asked of every municipality builds one mask per municipality, so this stays O(chunks)
        without Python work per chunk.
        """
        mask = np.ones(len(self.chunks), dtype=bool)
        if municipalities is not None:
            wanted = set(municipalities)
            mask &= self._documents_wanted(d for d, doc in self.documents.items()
                                           if doc.municipality in wanted or wanted & set(doc.metadata.municipalities))
        if doc_ids is not None:
            mask &= self._documents_wanted(doc_ids)
        return mask

    @cached_property
    def _document_numbers(self) -> tuple[dict[str, int], np.ndarray]:
        """(doc_id -> number, the document number of every chunk)."""
        numbers = {doc_id: n for n, doc_id in enumerate(dict.fromkeys([*self.documents, *self.chunk_doc]))}
        return numbers, np.array([numbers[c.doc_id] for c in self.chunks], dtype=np.int64)

    def _documents_wanted(self, doc_ids: Iterable[str]) -> np.ndarray:
        numbers, of_chunk = self._document_numbers
        table = np.zeros(len(numbers) + 1, dtype=bool)
        table[[numbers[d] for d in doc_ids if d in numbers]] = True
        return table[of_chunk]

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


_CAPITALISED = re.compile(r"(?<![\w-])[A-Z][\w'’-]*")


def _sole_owner(index: Index, name: str) -> str | None:
    """The one municipality whose documents write ``name`` as a word of its own, or None: the municipalities that
    write each of its capitalised words (``name_owners``), then, of a name of more words, whose documents write it
    whole."""
    owners = index.name_owners
    words = _CAPITALISED.findall(name)
    candidates = frozenset.intersection(*(owners.get(w, frozenset()) for w in words)) if words else frozenset()
    if " " in name and candidates:
        pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
        candidates = frozenset(d.municipality for d in index.documents.values()
                               if d.municipality in candidates and pattern.search(d.text))
    return next(iter(candidates)) if len(candidates) == 1 else None
