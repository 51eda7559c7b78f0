"""The stores of builds: the Chroma server mode against a real `chroma run`, and a server that is down.

A Chroma server is started once for this module (the `chroma` binary ships with chromadb). The
seed corpus is ingested through it; its answers must equal the embedded store's exactly, and a
second process with an empty index folder must answer the same without embedding anything.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from assistant.config import PROJECT_ROOT, Settings
from assistant.errors import IndexNotReady, StoreUnavailable
from assistant.index.build import build_index, index_status
from assistant.index.store import Index, ServerStore
from assistant.pipeline import Assistant
from assistant.present.evaluation import answer_record
from tests.conftest import DEV_QUESTIONS, SEED_CORPUS

CHROMA = Path(sys.executable).parent / "chroma"
QUESTIONS = [json.loads(line)["question"] for line in DEV_QUESTIONS.read_text(encoding="utf-8").splitlines()[::5]] \
    if DEV_QUESTIONS.exists() else ["Welke prioriteiten heeft Doesburg?", "Wat doet het RIEC?"]
QUESTIONS += ["Welke prioriteiten hebben Doesburg en Dalfsen gekozen?", "Hoeveel woninginbraken waren er in 2017?"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    """A real Chroma server on a free loopback port, stopped after the module."""
    if not CHROMA.exists():
        pytest.skip(f"the chroma server binary is missing ({CHROMA}); it ships with the chromadb package")
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    log = (path / "server.log").open("wb")
    process = subprocess.Popen([str(CHROMA), "run", "--path", str(path / "data"), "--host", "127.0.0.1",
                                "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if process.poll() is not None:
                pytest.fail(f"chroma run exited: {(path / 'server.log').read_text(errors='replace')[-2000:]}")
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail("chroma run did not start within 60 s")
    yield port
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()


def server_settings(base: Settings, port: int, index_dir: Path, prefix: str = "bwtest") -> Settings:
    return base.replace(index_dir=index_dir, chroma_host="127.0.0.1", chroma_port=port, chroma_collection=prefix)


@pytest.fixture(scope="module")
def server_index(chroma_server, seed_settings, seed_index, embedder, tmp_path_factory):
    """The seed corpus ingested through the server (embedding cache copied: nothing is re-embedded)."""
    index_dir = tmp_path_factory.mktemp("server-index")
    shutil.copy(seed_settings.index_dir / "embeddings.sqlite", index_dir / "embeddings.sqlite")
    settings = server_settings(seed_settings, chroma_server, index_dir)
    report = build_index(settings, embedder)
    return settings, report


def test_server_mode_answers_exactly_as_the_embedded_store(server_index, assistant, embedder):
    settings, report = server_index
    assert report.built and report.embedded == 0
    served = Assistant.load(settings, embedder)
    assert served.index.manifest["chroma"]["mode"] == "server"
    assert served.index.build_id == report.build_id
    np.testing.assert_array_equal(served.index.chunk_vectors, assistant.index.chunk_vectors)
    np.testing.assert_array_equal(served.index.sentences.vectors, assistant.index.sentences.vectors)
    assert served.index.chunks == assistant.index.chunks
    assert served.index.sentences.texts == assistant.index.sentences.texts
    assert served.index.documents == assistant.index.documents
    for question in QUESTIONS:
        mine, theirs = served.ask(question), assistant.ask(question)
        assert [(p.chunk.chunk_id, p.score) for p in mine.passages] == \
            [(p.chunk.chunk_id, p.score) for p in theirs.passages], question
        assert answer_record("q", mine) == answer_record("q", theirs), question


def test_server_mode_keeps_nothing_needed_for_answering_in_the_index_folder(server_index):
    settings, report = server_index
    assert sorted(p.name for p in settings.index_dir.iterdir() if not p.name.startswith(".")) == ["embeddings.sqlite"]
    store = ServerStore(settings)
    assert store.current_id() == report.build_id
    names = {c.name for c in store.client.list_collections()}
    assert {f"bwtest-{report.build_id}-{part}" for part in ("chunks", "sentences", "documents")} <= names
    assert index_status(settings).ready


def test_a_second_process_with_an_empty_index_folder_answers_identically_without_embedding(
        server_index, assistant, tmp_path):
    settings, _ = server_index
    questions = tmp_path / "questions.jsonl"
    questions.write_text("".join(json.dumps({"id": f"q{n}", "question": q, "type": "fact", "gold": []},
                                            ensure_ascii=False) + "\n" for n, q in enumerate(QUESTIONS)),
                         encoding="utf-8")
    empty, out = tmp_path / "empty-index", tmp_path / "out.jsonl"
    empty.mkdir()
    # the second process may not embed a single passage, nor build anything
    script = ("import sys\n"
              "from assistant.index.embedding import Embedder\n"
              "def refuse(*args, **kwargs):\n"
              "    raise SystemExit('a passage was embedded')\n"
              "Embedder.passages = refuse\n"
              "from assistant.present.cli import main\n"
              "sys.exit(main(sys.argv[1:]))\n")
    env = {**os.environ, "BW_CHROMA_HOST": "127.0.0.1", "BW_CHROMA_PORT": str(settings.chroma_port),
           "BW_CHROMA_COLLECTION": settings.chroma_collection}
    for corpus in (settings.corpus_dir, tmp_path / "no-corpus"):  # the same corpus, and a replica without one
        done = subprocess.run([sys.executable, "-c", script, "eval", str(questions), "--out", str(out),
                               "--index", str(empty), "--corpus", str(corpus)],
                              cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr[-3000:]
        assert "building it first" not in done.stderr
        assert list(empty.iterdir()) == []
        records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        expected = [answer_record(f"q{n}", assistant.ask(q)) for n, q in enumerate(QUESTIONS)]
        # the eval adds the baseline's rank to each answer record; the answers themselves must be equal
        assert [{k: v for k, v in r.items() if k != "baseline_rank"} for r in records] == expected
        assert all("baseline_rank" in r for r in records)


def test_a_rebuild_through_the_server_switches_builds_and_removes_the_old_ones(server_index, embedder, tmp_path):
    settings, _ = server_index
    corpus = tmp_path / "corpus"
    shutil.copytree(settings.corpus_dir, corpus)
    own = settings.replace(corpus_dir=corpus, index_dir=tmp_path / "index", chroma_collection="bwswap")
    own.index_dir.mkdir()
    shutil.copy(settings.index_dir / "embeddings.sqlite", own.index_dir / "embeddings.sqlite")
    first = build_index(own, embedder)
    reader = Index.open(own)
    (corpus / "dalfsen.txt").unlink()
    for sidecar in corpus.glob("dalfsen.*"):
        sidecar.unlink()
    second = build_index(own, embedder)
    assert second.built and second.documents == 1
    assert not reader.is_current()
    assert Index.open(own).municipalities == ["Doesburg"]
    third = build_index(own, embedder, force=True)
    store = ServerStore(own)
    assert store.build_ids() == sorted([second.build_id, third.build_id])  # the previous build stays, older go
    assert store.manifest(first.build_id) is None
    assert [c.name for c in store.client.list_collections() if c.name.startswith("bwtest-")]  # other prefixes untouched


def test_an_incomplete_server_build_is_never_served_and_is_removed_by_the_next_writer(server_index, embedder,
                                                                                      monkeypatch):
    settings, _ = server_index
    own = settings.replace(chroma_collection="bwcrash")
    first = build_index(own, embedder)
    store = ServerStore(own)

    def crash(self, build_id, manifest):
        raise RuntimeError("stroomstoring")

    monkeypatch.setattr(ServerStore, "publish", crash)
    with pytest.raises(RuntimeError):
        build_index(own, embedder, force=True)
    assert len(store.build_ids()) == 2 and store.current_id() == first.build_id
    assert Index.open(own).build_id == first.build_id
    monkeypatch.undo()
    assert not build_index(own, embedder).built  # up to date; the half-written build is gone
    assert store.build_ids() == [first.build_id]


def test_a_reader_of_an_empty_server_is_told_to_ingest_and_creates_nothing(chroma_server, seed_settings, tmp_path):
    settings = server_settings(seed_settings, chroma_server, tmp_path / "index", prefix="bwempty")
    with pytest.raises(IndexNotReady) as excinfo:
        Index.open(settings)
    assert "no index on the Chroma server" in str(excinfo.value) and "make ingest" in excinfo.value.message_nl
    assert index_status(settings).state == "missing"
    assert not [c for c in ServerStore(settings).client.list_collections() if c.name.startswith("bwempty")]


# --------------------------------------------------------------------------- a server that is down

def down_settings(tmp_path: Path) -> Settings:
    return Settings.from_env(env={}, corpus_dir=SEED_CORPUS, index_dir=tmp_path / "index",
                             chroma_host="127.0.0.1", chroma_port=free_port())


def test_a_server_that_is_down_is_one_clear_error_with_what_to_start(tmp_path):
    settings = down_settings(tmp_path)
    with pytest.raises(StoreUnavailable) as excinfo:
        ServerStore(settings).check()
    message = str(excinfo.value)
    assert f"Chroma server at 127.0.0.1:{settings.chroma_port} is not reachable" in message
    assert f"chroma run --path chroma-data --host 127.0.0.1 --port {settings.chroma_port}" in message
    assert "niet bereikbaar" in excinfo.value.message_nl
    assert isinstance(excinfo.value, IndexNotReady)  # the app shows IndexNotReady's Dutch message
    assert index_status(settings).state == "unreachable"


def test_the_app_gets_a_dutch_message_when_the_server_is_down(tmp_path):
    with pytest.raises(IndexNotReady) as excinfo:
        Index.open(down_settings(tmp_path))
    assert "De Chroma-server op 127.0.0.1:" in excinfo.value.message_nl


def test_ingest_against_a_server_that_is_down_stops_before_any_work(tmp_path):
    settings = down_settings(tmp_path)
    env = {**os.environ, "BW_CHROMA_HOST": "127.0.0.1", "BW_CHROMA_PORT": str(settings.chroma_port)}
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "assistant", "ingest", "--corpus", str(SEED_CORPUS),
                           "--index", str(settings.index_dir)], cwd=PROJECT_ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 2
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert lines == [f"error: Chroma server at 127.0.0.1:{settings.chroma_port} is not reachable; start it with "
                     f"`.venv/bin/chroma run --path chroma-data --host 127.0.0.1 --port {settings.chroma_port}` "
                     "(or `make chroma-server`)"]
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert not (settings.index_dir / "embeddings.sqlite").exists()  # nothing was embedded
    assert time.monotonic() - started < 60


def test_a_place_that_the_plans_of_one_municipality_alone_write_is_that_municipalitys(waterland_assistant):
    index = waterland_assistant.index
    places = index.places_with(("Dijkhoek", "Havenplein", "Stationsplein", "Waterland", "Nergenshuizen"))
    # Stationsplein is in both plans, Waterland is a municipality itself, Nergenshuizen in no plan
    assert {p: places[p] for p in ("Dijkhoek", "Havenplein")} == {"Dijkhoek": "Waterland", "Havenplein": "Waterland"}
    assert not {"Stationsplein", "Waterland", "Nergenshuizen"} & set(places)
    # an abbreviation or a plan that only one plan names is no place: the question stays unscoped
    from assistant.ask.question import place_names

    assert place_names("Welke rol speelt de gemeente bij het RIEC en in het Integraal Veiligheidsplan?") == ()
