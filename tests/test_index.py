"""The index lifecycle: build, skip, update, remove, rebuild on mismatch, crash safety, single writer, Chroma."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import bm25s
import numpy as np
import pytest
from filelock import FileLock

from assistant.config import SCHEMA_VERSION, Settings
from assistant.errors import IndexNotReady, UserError
from assistant.index.build import build_index, corpus_state, index_status
from assistant.index.store import CURRENT, MANIFEST, Index, current_build

ALFA = """Veiligheidsplan gemeente Alfadorp 2024-2027

1. Inleiding

De gemeente Alfadorp wil een veilige gemeente zijn. De burgemeester is verantwoordelijk voor de openbare orde.

2. Prioriteiten

De gemeenteraad heeft voor deze periode de volgende prioriteiten gekozen:

  • Ondermijning
  • Woninginbraken
  • Jeugdoverlast

3. Ondermijning

Ondermijnende criminaliteit pakken we samen met het RIEC aan. We houden integrale controles op bedrijventerreinen.
"""

BETA = """Beleidsplan Integrale Veiligheid gemeente Betastad 2020-2023

Samenvatting

De gemeente Betastad richt zich op verkeersveiligheid en zelfredzaamheid. Te hard rijden blijft een probleem.

Cijfers

Indicator\tbron\t2016\t2017
Woninginbraak\tPolitie\t12\t9
"""


def write_corpus(corpus: Path) -> None:
    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / "alfa.txt").write_text(ALFA, encoding="utf-8")
    (corpus / "beta.txt").write_text(BETA, encoding="utf-8")


@pytest.fixture(scope="module")
def warm_cache(tmp_path_factory, embedder) -> Path:
    """An embedding cache holding the tiny corpus, so every test's build embeds (almost) nothing."""
    root = tmp_path_factory.mktemp("warm")
    write_corpus(root / "corpus")
    settings = Settings.from_env(env={}, corpus_dir=root / "corpus", index_dir=root / "index", data_dir=root / "data")
    build_index(settings, embedder)
    return root / "index" / "embeddings.sqlite"


@pytest.fixture()
def tiny(tmp_path, warm_cache) -> Settings:
    write_corpus(tmp_path / "corpus")
    (tmp_path / "index").mkdir()
    shutil.copy(warm_cache, tmp_path / "index" / "embeddings.sqlite")
    return Settings.from_env(env={}, corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index",
                             data_dir=tmp_path / "data")


def chunk_ids(settings: Settings, doc_id: str | None = None) -> set[str]:
    return {c.chunk_id for c in Index.open(settings).chunks if doc_id is None or c.doc_id == doc_id}


# --------------------------------------------------------------------------- build and manifest

def test_build_writes_a_complete_manifest(tiny, embedder):
    report = build_index(tiny, embedder)
    assert report.built and report.documents == 2 and report.embedded == 0  # all from the shared cache
    build = current_build(tiny.index_dir)
    assert (tiny.index_dir / CURRENT).read_text().strip() == report.build_id == build.name
    manifest = json.loads((build / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["schema_version"] == SCHEMA_VERSION
    assert manifest["build_id"] == report.build_id
    assert manifest["settings"] == tiny.index_fingerprint()
    assert manifest["model"] == embedder.model_id
    assert manifest["model_fingerprint"] == embedder.fingerprint
    assert manifest["corpus"] == corpus_state(tiny.corpus_dir)
    assert set(manifest["corpus"]) == {"alfa.txt", "beta.txt"}
    assert all(len(h) == 64 for h in manifest["corpus"].values())
    assert manifest["documents"]["alfa"]["path"] == "alfa.txt"
    assert manifest["counts"] == {"documents": 2, "chunks": report.chunks, "sentences": report.sentences}
    assert manifest["chroma"]["mode"] == "embedded"
    assert manifest["problems"] == []
    for name in ("documents.jsonl", "chunks.jsonl", "sentences.npz", "lexical", "chroma"):
        assert (build / name).exists()


def test_the_built_index_reads_back_what_was_built(tiny, embedder):
    report = build_index(tiny, embedder)
    index = Index.open(tiny)
    assert index.build_id == report.build_id
    assert index.municipalities == ["Alfadorp", "Betastad"]
    assert len(index.chunks) == report.chunks and len(index.sentences) == report.sentences
    assert index.collection.count() == report.chunks
    for chunk in index.chunks:
        assert index.documents[chunk.doc_id].text[chunk.start:chunk.end] == chunk.text
    for row in range(len(index.sentences)):
        chunk = index.chunks[int(index.sentences.chunk[row])]
        assert chunk.doc_id == index.sentences.doc[row]
        assert chunk.start <= index.sentences.start[row] < index.sentences.end[row] <= chunk.end
    assert index.sentences.vectors.shape == (report.sentences, 384)
    assert np.allclose(np.linalg.norm(index.sentences.vectors, axis=1), 1.0, atol=1e-5)
    mask = index.chunk_mask(["Betastad"])
    assert {index.chunks[i].doc_id for i in np.flatnonzero(mask)} == {"beta"}
    assert index.is_current()


def test_reingesting_an_unchanged_corpus_is_a_no_op(tiny, embedder):
    first = build_index(tiny, embedder)
    ids = chunk_ids(tiny)
    again = build_index(tiny, embedder)
    assert not again.built
    assert again.build_id == first.build_id and again.embedded == 0
    assert (again.documents, again.chunks) == (first.documents, first.chunks)
    assert chunk_ids(tiny) == ids
    assert [p.name for p in (tiny.index_dir / "builds").iterdir()] == [first.build_id]


def test_a_forced_rebuild_gives_identical_chunk_ids(tiny, embedder):
    first = build_index(tiny, embedder)
    ids = chunk_ids(tiny)
    old_index = Index.open(tiny)
    forced = build_index(tiny, embedder, force=True)
    assert forced.built and forced.build_id != first.build_id
    assert forced.embedded == 0
    assert chunk_ids(tiny) == ids
    assert not old_index.is_current()


def test_a_changed_document_replaces_its_chunks_and_only_new_text_is_embedded(tiny, embedder):
    build_index(tiny, embedder)
    alfa, beta = chunk_ids(tiny, "alfa"), chunk_ids(tiny, "beta")
    path = tiny.corpus_dir / "alfa.txt"
    path.write_text(ALFA.replace("integrale controles op bedrijventerreinen", "integrale controles in de horeca"),
                    encoding="utf-8")
    assert index_status(tiny, embedder.fingerprint).state == "stale"
    report = build_index(tiny, embedder)
    assert report.built
    new_alfa = chunk_ids(tiny, "alfa")
    assert len(alfa - new_alfa) == 1 and len(new_alfa - alfa) == 1  # one chunk replaced, the others kept
    assert chunk_ids(tiny, "beta") == beta
    assert 1 <= report.embedded <= 3  # the new chunk and its changed sentence(s), nothing else
    index = Index.open(tiny)
    assert any("in de horeca" in c.text for c in index.chunks)
    assert not any("bedrijventerreinen" in c.text for c in index.chunks)
    assert index.collection.get(ids=sorted(alfa - new_alfa))["ids"] == []


def test_a_removed_document_loses_its_chunks(tiny, embedder):
    build_index(tiny, embedder)
    alfa = chunk_ids(tiny, "alfa")
    (tiny.corpus_dir / "beta.txt").unlink()
    report = build_index(tiny, embedder)
    assert report.built and report.documents == 1
    index = Index.open(tiny)
    assert set(index.documents) == {"alfa"}
    assert {c.doc_id for c in index.chunks} == {"alfa"} and chunk_ids(tiny) == alfa
    assert index.collection.get(where={"municipality": "Betastad"})["ids"] == []
    assert set(np.unique(index.sentences.doc)) == {"alfa"}


def test_a_changed_setting_makes_the_index_stale_and_triggers_a_rebuild(tiny, embedder):
    first = build_index(tiny, embedder)
    smaller = tiny.replace(chunk_size=200, chunk_overlap=50)
    status = index_status(smaller, embedder.fingerprint)
    assert status.state == "stale" and not status.ready
    assert status.reason_nl == "De instellingen van de index zijn gewijzigd."
    assert index_status(tiny.replace(top_k=3), embedder.fingerprint).ready  # query-time settings do not matter
    report = build_index(smaller, embedder)
    assert report.built and report.build_id != first.build_id
    assert Index.open(smaller).manifest["settings"]["chunk_size"] == 200
    assert index_status(smaller, embedder.fingerprint).ready


def test_another_model_makes_the_index_stale(tiny, embedder):
    build_index(tiny, embedder)
    assert index_status(tiny, "0123456789abcdef").state == "stale"
    assert index_status(tiny, embedder.fingerprint).ready


def test_an_unreadable_document_is_reported_and_the_rest_is_indexed(tiny, embedder):
    (tiny.corpus_dir / "kapot.pdf").write_bytes(b"%PDF-1.4 kapot")
    report = build_index(tiny, embedder)
    assert report.built and report.documents == 2
    assert [Path(p.path).name for p in report.problems] == ["kapot.pdf"]
    assert report.problems[0].message_nl
    assert Index.open(tiny).describe()["problems"][0]["path"].endswith("kapot.pdf")
    assert not build_index(tiny, embedder).built  # a known problem file does not force rebuilds


def test_an_empty_corpus_is_a_user_error(tiny, embedder):
    for path in tiny.corpus_dir.iterdir():
        path.unlink()
    with pytest.raises(UserError) as excinfo:
        build_index(tiny, embedder)
    assert excinfo.value.message_nl


# --------------------------------------------------------------------------- crash safety and the lock

def test_a_build_that_crashes_halfway_leaves_the_previous_index_serving(tiny, embedder, monkeypatch):
    first = build_index(tiny, embedder)
    (tiny.corpus_dir / "alfa.txt").write_text(ALFA.replace("Alfadorp wil", "Alfadorp wil graag"), encoding="utf-8")

    def crash(*args, **kwargs):
        raise RuntimeError("stroomstoring")

    monkeypatch.setattr(bm25s.BM25, "save", crash)  # the build folder is half written when this runs
    with pytest.raises(RuntimeError, match="stroomstoring"):
        build_index(tiny, embedder)
    builds = {p.name for p in (tiny.index_dir / "builds").iterdir()}
    assert len(builds) == 2  # the half-written build exists ...
    assert (tiny.index_dir / CURRENT).read_text().strip() == first.build_id  # ... but does not serve
    index = Index.open(tiny)
    assert index.build_id == first.build_id
    assert not any("graag" in d.text for d in index.documents.values())
    assert not (tiny.index_dir / ".lock").exists() or FileLock(str(tiny.index_dir / ".lock")).acquire(timeout=0)

    monkeypatch.undo()
    report = build_index(tiny, embedder)
    assert report.built
    assert {p.name for p in (tiny.index_dir / "builds").iterdir()} == {first.build_id, report.build_id}


def test_a_second_writer_is_refused_while_the_lock_is_held(tiny, embedder):
    lock = FileLock(str(tiny.index_dir / ".lock"))
    with lock.acquire(timeout=1):
        with pytest.raises(UserError) as excinfo:
            build_index(tiny, embedder, lock_timeout=0.1)
    assert "probeer het later opnieuw" in excinfo.value.message_nl
    assert "another process" in str(excinfo.value)
    assert current_build(tiny.index_dir) is None
    assert build_index(tiny, embedder).built  # released: the next writer proceeds


# --------------------------------------------------------------------------- Chroma

def test_chroma_uses_cosine_space_and_no_embedding_function(tiny, embedder):
    build_index(tiny, embedder)
    collection = Index.open(tiny).collection
    configuration = collection.configuration
    assert configuration["hnsw"]["space"] == "cosine"
    assert configuration.get("embedding_function") is None
    assert collection._embedding_function is None


def test_chromas_default_embedding_function_never_runs(tiny, embedder, monkeypatch):
    from chromadb.api.types import DefaultEmbeddingFunction
    from chromadb.utils.embedding_functions.onnx_mini_lm_l6_v2 import ONNXMiniLM_L6_V2

    def forbidden(self, input):
        raise AssertionError("Chroma tried to embed text itself")

    monkeypatch.setattr(DefaultEmbeddingFunction, "__call__", forbidden)
    monkeypatch.setattr(ONNXMiniLM_L6_V2, "__call__", forbidden)
    build_index(tiny, embedder, force=True)
    index = Index.open(tiny)
    vector = embedder.query("Wie pakt ondermijning aan?")
    result = index.collection.query(query_embeddings=[vector.tolist()], n_results=2, include=["distances", "documents"])
    assert len(result["ids"][0]) == 2
    assert "RIEC" in result["documents"][0][0]


def test_chroma_telemetry_is_disabled(tiny, embedder):
    build_index(tiny, embedder)
    client = Index.open(tiny).collection._client
    assert client.get_settings().anonymized_telemetry is False


# --------------------------------------------------------------------------- opening

def test_opening_a_missing_index_raises_index_not_ready_in_dutch(tmp_path):
    settings = Settings.from_env(env={}, corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index")
    with pytest.raises(IndexNotReady) as excinfo:
        Index.open(settings)
    assert "Er is nog geen index" in excinfo.value.message_nl
    assert index_status(settings).state == "missing"


def test_an_index_of_an_older_schema_is_not_opened_and_is_rebuilt(tiny, embedder):
    first = build_index(tiny, embedder)
    manifest_path = current_build(tiny.index_dir) / MANIFEST
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["schema_version"] = SCHEMA_VERSION - 1
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(IndexNotReady) as excinfo:
        Index.open(tiny)
    assert "andere versie" in excinfo.value.message_nl
    status = index_status(tiny, embedder.fingerprint)
    assert status.state == "stale" and status.reason_nl == "De index is met een oudere versie gebouwd."
    report = build_index(tiny, embedder)
    assert report.built and report.build_id != first.build_id
    assert Index.open(tiny).manifest["schema_version"] == SCHEMA_VERSION


def test_a_damaged_build_raises_index_not_ready(tiny, embedder):
    build_index(tiny, embedder)
    (current_build(tiny.index_dir) / "chunks.jsonl").unlink()
    with pytest.raises(IndexNotReady) as excinfo:
        Index.open(tiny)
    assert "beschadigd" in excinfo.value.message_nl


def test_current_pointing_at_a_build_without_manifest_counts_as_missing(tiny, embedder):
    build_index(tiny, embedder)
    (tiny.index_dir / CURRENT).write_text("bestaat-niet", encoding="utf-8")
    assert current_build(tiny.index_dir) is None
    assert index_status(tiny).state == "missing"


def test_chunk_masks_select_the_chunks_of_the_wanted_municipalities_and_documents(tiny, embedder):
    build_index(tiny, embedder)
    index = Index.open(tiny)
    doc_of = np.array([c.doc_id for c in index.chunks])
    assert index.chunk_mask().all()
    assert (index.chunk_mask(["Alfadorp"]) == (doc_of == "alfa")).all()
    assert (index.chunk_mask(["Alfadorp", "Betastad"]) == np.ones(len(doc_of), bool)).all()
    assert not index.chunk_mask(["Nergenshuizen"]).any() and not index.chunk_mask([]).any()
    assert (index.chunk_mask(doc_ids=["beta", "onbekend"]) == (doc_of == "beta")).all()
    assert not index.chunk_mask(["Alfadorp"], doc_ids=["beta"]).any()


def test_a_table_row_is_read_with_its_header_row_also_when_a_caption_comes_first():
    from assistant.index.build import _sentence_spans
    from assistant.ingest.chunking import Chunker
    from assistant.ingest.documents import load_bytes
    from assistant.ingest.structure import parse

    html = ("<html><body><h1>Veiligheidsplan Testdorp 2024-2027</h1><h2>Cijfers</h2><table>"
            "<caption>Kerncijfers veiligheid Testdorp</caption>"
            "<thead><tr><th>Indicator</th><th>2022</th><th>2023</th></tr></thead>"
            "<tbody><tr><td>Integrale controles op vakantieparken</td><td>4</td><td>6</td></tr></tbody>"
            "</table></body></html>").encode()
    doc = load_bytes(html, "testdorp.html")
    spans = _sentence_spans(Chunker(Settings.from_env(env={})).chunk(doc), {doc.doc_id: parse(doc)})
    rows = {doc.text[a:b]: context for _, a, b, kind, _, context in spans if kind == "table_row"}
    assert rows["Integrale controles op vakantieparken\t4\t6"] == "Indicator\t2022\t2023"
