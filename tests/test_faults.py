"""Faults a batch survives: unreadable files, a killed ingest, two ingests at once, concurrent
questions, no network. Nothing already indexed is lost, the message is clear, the batch goes on.

Ingest processes are real subprocesses. Where a test must catch one at a given moment (halfway
through embedding, while it holds the lock), the process runs the real CLI with the model's
``passages`` (or the build's sentence-table write) wrapped so it stops at that point until the
test lets it go or kills it: the timing is exact instead of hoped for.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from filelock import FileLock

import assistant.present.cli as cli
from assistant.config import PROJECT_ROOT, Settings
from assistant.index.build import build_index
from assistant.index.embedding import Embedder
from assistant.index.store import CURRENT, MANIFEST, Index, current_build
from assistant.pipeline import Assistant
from assistant.present.evaluation import answer_record
from tests.conftest import seed_questions

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
"""

WIJKEN = ("Noord", "Zuid", "Oost", "West", "Centrum", "Haven", "Dijk", "Veld")


def novel_plan(sections: int = 12, per_section: int = 14) -> str:
    """A plan whose every sentence is new to the embedding cache (so an ingest of it must embed)."""
    lines = ["Integraal veiligheidsplan gemeente Gammastad 2025-2028", ""]
    for s in range(sections):
        lines += [f"{s + 1}. Wijk {WIJKEN[s % len(WIJKEN)]} {s + 1}", ""]
        sentences = [f"In buurt {s + 1}.{n + 1} zet Gammastad {n % 7 + 2} handhavers en {(s + n) % 5 + 1} "
                     f"jongerenwerkers in tegen overlast op {n % 3 + 1} pleinen." for n in range(per_section)]
        lines += [" ".join(sentences[:per_section // 2]), "", " ".join(sentences[per_section // 2:]), ""]
    return "\n".join(lines)


def write_corpus(corpus: Path) -> None:
    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / "alfa.txt").write_text(ALFA, encoding="utf-8")
    (corpus / "beta.txt").write_text(BETA, encoding="utf-8")


@pytest.fixture(scope="module")
def warm_cache(tmp_path_factory, embedder) -> Path:
    root = tmp_path_factory.mktemp("warm-faults")
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


def location(settings: Settings) -> list[str]:
    return ["--corpus", str(settings.corpus_dir), "--index", str(settings.index_dir)]


def cache_rows(settings: Settings) -> int:
    with sqlite3.connect(settings.index_dir / "embeddings.sqlite", timeout=30) as db:
        return db.execute("SELECT COUNT(*) FROM vectors").fetchone()[0]


# --------------------------------------------------------------------------- unreadable files: exit 1 and a summary

@pytest.fixture()
def cli_embedder(monkeypatch, embedder):
    """``main()`` in this process with the session's model (loading it again per command costs seconds)."""
    monkeypatch.setattr(cli.Embedder, "load", classmethod(lambda cls, settings: embedder))


def test_ingest_exits_1_with_a_line_per_unreadable_file_and_indexes_the_rest(tiny, cli_embedder, capsys):
    (tiny.corpus_dir / "leeg.txt").write_bytes(b"")
    (tiny.corpus_dir / "willekeurig.pdf").write_bytes(os.urandom(4096))
    (tiny.corpus_dir / "binair.txt").write_bytes(b"\x00\x01\x02" * 100)
    assert cli.main(["ingest", "--quiet", *location(tiny)]) == 1
    out, err = capsys.readouterr()
    assert "2 documents" in out.splitlines()[0]
    lines = err.strip().splitlines()
    assert lines[0] == "2 documents indexed, 3 skipped:"
    assert sorted(line.split(":")[0].strip() for line in lines[1:]) == ["binair.txt", "leeg.txt", "willekeurig.pdf"]
    assert all(len(line.split(": ", 1)[1]) > 5 for line in lines[1:])  # each with its reason
    assert sorted(d.doc_id for d in Index.open(tiny).documents.values()) == ["alfa", "beta"]

    # the index is up to date, but the files are still unreadable: still exit 1, same summary
    assert cli.main(["ingest", "--quiet", *location(tiny)]) == 1
    out, err = capsys.readouterr()
    assert out.startswith("index is up to date") and err.strip().splitlines() == lines

    for name in ("leeg.txt", "willekeurig.pdf", "binair.txt"):
        (tiny.corpus_dir / name).unlink()
    assert cli.main(["ingest", "--quiet", *location(tiny)]) == 0
    out, err = capsys.readouterr()
    assert "skipped" not in err


def test_ingest_exits_0_when_every_document_was_read(tiny, cli_embedder, capsys):
    assert cli.main(["ingest", "--quiet", *location(tiny)]) == 0
    assert cli.main(["ingest", "--quiet", *location(tiny)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("index is up to date")


def test_an_incomplete_build_folder_is_removed_by_the_next_ingest_even_when_nothing_changed(tiny, embedder):
    first = build_index(tiny, embedder)
    half = tiny.index_dir / "builds" / "20200101T000000-dead00"
    shutil.copytree(current_build(tiny.index_dir), half)
    (half / MANIFEST).unlink()
    assert not build_index(tiny, embedder).built
    assert [p.name for p in (tiny.index_dir / "builds").iterdir()] == [first.build_id]


# --------------------------------------------------------------------------- processes stopped at a known moment

GATED_INGEST = """
import os, sys, time
from pathlib import Path
import assistant.index.store as store
from assistant.index.embedding import Embedder

free = int(os.environ["FREE_CALLS"])  # passages() calls that run before the gate
gate, stopped = Path(os.environ["GATE"]), Path(os.environ["STOPPED"])
calls = [0]

def wait_at_gate():
    stopped.write_text(str(os.getpid()))
    while not gate.exists():
        time.sleep(0.05)

embed = Embedder.passages
def passages(self, texts, progress=None):
    calls[0] += 1
    if calls[0] > free:
        wait_at_gate()
    return embed(self, texts, progress)
Embedder.passages = passages

if os.environ.get("STOP_WRITING"):
    save = store.SentenceTable.save
    def stop_then_save(self, path):
        wait_at_gate()
        return save(self, path)
    store.SentenceTable.save = stop_then_save

from assistant.present.cli import main
sys.exit(main(sys.argv[1:]))
"""


class Ingest:
    """A real ``ingest`` process that stops at the gate (see ``GATED_INGEST``) until released or killed."""

    def __init__(self, settings: Settings, folder: Path, *args: str, free_calls: int = 0, stop_writing: bool = False):
        self.gate, self.stopped = folder / "gate", folder / "stopped"
        env = {k: v for k, v in os.environ.items() if not k.startswith("BW_")}
        env.update(FREE_CALLS=str(free_calls), GATE=str(self.gate), STOPPED=str(self.stopped),
                   STOP_WRITING="1" if stop_writing else "")
        self.stderr: list[str] = []
        self.process = subprocess.Popen([sys.executable, "-c", GATED_INGEST, "ingest", "--quiet", *args,
                                         *location(settings)], cwd=PROJECT_ROOT, env=env, text=True,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self._reader = threading.Thread(target=lambda: self.stderr.extend(self.process.stderr), daemon=True)
        self._reader.start()

    def wait_until_stopped(self, timeout: float = 300) -> None:
        deadline = time.monotonic() + timeout
        while not self.stopped.exists():
            assert self.process.poll() is None, f"ingest ended early: {''.join(self.stderr)[-2000:]}"
            assert time.monotonic() < deadline, "ingest never reached the gate"
            time.sleep(0.05)

    def release(self) -> None:
        self.gate.write_text("go")

    def finish(self, timeout: float = 300) -> tuple[int, str, str]:
        out = self.process.stdout.read()
        code = self.process.wait(timeout=timeout)
        self._reader.join(timeout=10)
        return code, out, "".join(self.stderr)


def wait_for(condition, timeout: float = 300, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


@pytest.mark.parametrize("phase", ["embedding", "writing"])
def test_kill_9_halfway_leaves_the_previous_index_answering_and_the_next_ingest_completes(
        tiny, embedder, tmp_path, phase):
    first = build_index(tiny, embedder)
    (tiny.corpus_dir / "gamma.txt").write_text(novel_plan(sections=4), encoding="utf-8")
    before = cache_rows(tiny)
    # "embedding": killed while embedding the sentences, the chunk vectors done and committed;
    # "writing": killed after all embedding, with the new build folder half written
    ingest = Ingest(tiny, tmp_path, free_calls=1 if phase == "embedding" else 1000, stop_writing=phase == "writing")
    ingest.wait_until_stopped()
    os.kill(ingest.process.pid, signal.SIGKILL)
    ingest.process.wait(timeout=60)

    assert (tiny.index_dir / CURRENT).read_text().strip() == first.build_id
    assistant = Assistant.load(tiny, embedder)  # the previous index still answers
    assert assistant.index.build_id == first.build_id and "gamma" not in assistant.index.documents
    assert assistant.ask("Wie pakt ondermijning in Alfadorp aan?").citations
    assert FileLock(str(tiny.index_dir / ".lock")).acquire(timeout=0)  # the OS released the killed writer's lock
    with sqlite3.connect(tiny.index_dir / "embeddings.sqlite") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    kept = cache_rows(tiny) - before
    assert kept > 0  # the finished batches survived the kill
    if phase == "writing":
        assert len(list((tiny.index_dir / "builds").iterdir())) == 2  # the half-written build

    report = build_index(tiny, embedder)
    assert report.built and "gamma" in Index.open(tiny).documents
    assert report.embedded == cache_rows(tiny) - before - kept  # only what the killed run had not embedded
    if phase == "writing":
        assert report.embedded == 0
    assert {p.name for p in (tiny.index_dir / "builds").iterdir()} == {first.build_id, report.build_id}


def test_two_ingests_at_once_one_waits_saying_so_one_refuses_and_the_index_stays_whole(tiny, embedder, tmp_path):
    first = build_index(tiny, embedder)
    (tiny.corpus_dir / "gamma.txt").write_text(novel_plan(sections=2), encoding="utf-8")
    (tmp_path / "a").mkdir()
    a = Ingest(tiny, tmp_path / "a")
    a.wait_until_stopped()  # A holds the lock, halfway through embedding

    (tmp_path / "b").mkdir()
    b = Ingest(tiny, tmp_path / "b", free_calls=1000)  # started together with the one that refuses
    refused = subprocess.run([sys.executable, "-m", "assistant", "ingest", "--quiet", "--wait", "0", *location(tiny)],
                             cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300,
                             env={k: v for k, v in os.environ.items() if not k.startswith("BW_")})
    assert refused.returncode == 2
    assert f"another process (pid {a.process.pid}, since " in refused.stderr
    assert "is building the index" in refused.stderr and "try again later" in refused.stderr
    assert "Traceback" not in refused.stderr

    wait_for(lambda: any("waiting up to 600 s" in line for line in b.stderr), what="the waiting message")
    assert b.process.poll() is None
    a.release()
    code_a, out_a, err_a = a.finish()
    code_b, out_b, err_b = b.finish()
    assert code_a == 0, err_a[-2000:]
    assert code_b == 0, err_b[-2000:]
    built = out_a.split()[1].rstrip(":")
    assert out_b.startswith("index is up to date")  # B found A's build and did not build again
    assert (tiny.index_dir / CURRENT).read_text().strip() == built
    assert {p.name for p in (tiny.index_dir / "builds").iterdir()} == {first.build_id, built}
    index = Index.open(tiny)
    assert "gamma" in index.documents and index.collection.count() == len(index.chunks)


# --------------------------------------------------------------------------- concurrent questions

def test_twenty_concurrent_questions_get_exactly_the_sequential_answers(seed_settings, seed_index, embedder):
    questions = seed_questions()[:20]
    assert len(questions) == 20
    sequential = Assistant.load(seed_settings, embedder)
    expected = [sequential.ask(q) for q in questions]

    embedder._cache.clear()  # the threads embed their questions themselves, at the same time
    shared = Assistant.load(seed_settings, embedder)  # fresh: per-build data is computed under contention too
    start = threading.Barrier(len(questions))

    def ask(question: str):
        start.wait()
        return shared.ask(question)

    with ThreadPoolExecutor(max_workers=len(questions)) as pool:
        answers = list(pool.map(ask, questions))
    for question, mine, theirs in zip(questions, answers, expected):
        assert [(p.chunk.chunk_id, p.score) for p in mine.passages] == \
            [(p.chunk.chunk_id, p.score) for p in theirs.passages], question
        assert answer_record("q", mine) == answer_record("q", theirs), question


# --------------------------------------------------------------------------- no network

def test_ingest_and_ask_run_without_any_network(tiny, monkeypatch):
    attempts: list[tuple] = []
    connect, connect_ex = socket.socket.connect, socket.socket.connect_ex

    def refuse(address):
        attempts.append(address)
        raise OSError(f"network disabled in this test: {address}")

    def guarded(original):
        def call(self, address, *args):
            if self.family in (socket.AF_INET, socket.AF_INET6):
                refuse(address)
            return original(self, address, *args)
        return call

    monkeypatch.setattr(socket.socket, "connect", guarded(connect))
    monkeypatch.setattr(socket.socket, "connect_ex", guarded(connect_ex))
    monkeypatch.setattr(socket, "create_connection", lambda address, *a, **k: refuse(address))
    monkeypatch.setattr(socket, "getaddrinfo", lambda host, *a, **k: refuse(host))

    embedder = Embedder.load(tiny)  # the model is loaded from its folder, never from a hub
    (tiny.corpus_dir / "gamma.txt").write_text(novel_plan(sections=1, per_section=4), encoding="utf-8")
    report = build_index(tiny, embedder)
    assert report.built and report.embedded > 0
    answer = Assistant.load(tiny, embedder).ask("Wie pakt ondermijning in Alfadorp aan?")
    assert answer.citations and not answer.abstained
    assert attempts == []
