"""The command line, end to end in a subprocess against the session's seed index (each run loads the model)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from assistant.config import PROJECT_ROOT
from assistant.ingest.documents import load_document
from tests.conftest import DEV_QUESTIONS

TIMEOUT = 600


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BW_")}
    return subprocess.run([sys.executable, "-m", "assistant", *args], cwd=PROJECT_ROOT, env=env, capture_output=True,
                          text=True, timeout=TIMEOUT)


def location(settings) -> list[str]:
    return ["--corpus", str(settings.corpus_dir), "--index", str(settings.index_dir)]


def test_ask_json_prints_ranked_passages_and_exact_citations(seed_settings, seed_index):
    done = run_cli("ask", "Waar is de politiepost in Doesburg gevestigd?", "--json", "--k", "5", *location(seed_settings))
    assert done.returncode == 0, done.stderr
    assert "building" not in done.stderr  # the session index is current: no rebuild
    record = json.loads(done.stdout)
    assert record["question"] == "Waar is de politiepost in Doesburg gevestigd?"
    passages = record["passages"]
    assert len(passages) == 5
    for p in passages:
        assert {"doc_id", "municipality", "text", "score"} <= set(p)
        assert p["doc_id"] == "doesburg" and p["municipality"] == "Doesburg"
    assert [p["score"] for p in passages] == sorted((p["score"] for p in passages), reverse=True)
    assert "politiepost in Doesburg gevestigd, bij de brandweer" in passages[0]["text"]
    assert isinstance(record["answer"], str) and record["answer"]
    assert record["abstained"] is False
    assert record["citations"]
    texts = {}
    for citation in record["citations"]:
        doc_id = citation["doc_id"]
        if doc_id not in texts:
            texts[doc_id] = load_document(seed_settings.corpus_dir / f"{doc_id}.txt").text
        assert texts[doc_id][citation["start"]:citation["end"]] == citation["quote"]
        assert citation["municipality"] == "Doesburg"


def three_questions(tmp_path):
    path = tmp_path / "drie.jsonl"
    if DEV_QUESTIONS.exists():
        lines = [line for line in DEV_QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()][:3]
    else:
        lines = [json.dumps({"id": f"t{i}", "question": q, "type": "fact", "gold": [], "must_mention": []})
                 for i, q in enumerate(["Wat doet het RIEC?", "Waar is de politiepost in Doesburg?",
                                        "Hoeveel woninginbraken waren er in Dalfsen in 2017?"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, [json.loads(line)["id"] for line in lines]


def test_eval_prints_the_figures_and_writes_the_results(seed_settings, seed_index, tmp_path):
    questions, ids = three_questions(tmp_path)
    out = tmp_path / "resultaten" / "uit.jsonl"
    done = run_cli("eval", str(questions), "--out", str(out), *location(seed_settings))
    assert done.returncode == 0, done.stderr
    assert "recall@5=" in done.stdout and "MRR@10=" in done.stdout
    assert "latency: p50=" in done.stdout and "p95=" in done.stdout
    assert "questions: 3" in done.stdout
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ids
    for record in records:
        assert {"id", "passages", "answer", "abstained"} <= set(record)
        assert isinstance(record["answer"], str) and isinstance(record["abstained"], bool)
        assert len(record["passages"]) >= 10  # eval asks for at least k=10 (MRR@10)
        for p in record["passages"]:
            assert {"doc_id", "municipality", "text", "score"} <= set(p)
            assert p["doc_id"] in {"doesburg", "dalfsen"} and isinstance(p["score"], float)


@pytest.mark.parametrize("content", ["dit is geen json\n", None])
def test_a_bad_question_file_gives_a_clean_error(tmp_path, content):
    path = tmp_path / "kapot.jsonl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    done = run_cli("eval", str(path), "--corpus", str(tmp_path / "corpus"), "--index", str(tmp_path / "index"))
    assert done.returncode == 2
    assert done.stderr.startswith("error: ") and str(path) in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "index").exists()  # refused before any model or index work


def test_list_prints_one_line_per_plan_and_json(seed_settings, seed_index):
    done = run_cli("list", *location(seed_settings))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert [line.split("\t")[0] for line in lines] == ["dalfsen", "doesburg"]
    assert "Beleidsplan Integrale Veiligheid 2019-2022" in lines[0] and "\ttxt\t" in lines[0]
    assert lines[0].endswith("\t2019-2022\texpired")  # its period ended before this year
    done = run_cli("list", "--json", *location(seed_settings))
    plans = {p["doc_id"]: p for p in json.loads(done.stdout)}
    assert plans["doesburg"]["municipality"] == "Doesburg" and plans["doesburg"]["format"] == "txt"
    assert plans["doesburg"]["chunks"] > 0 and plans["doesburg"]["period_end"] == 2027
    assert plans["dalfsen"]["status"] == "expired"


def test_remove_deletes_file_and_sidecar_and_rebuilds(tmp_path, seed_settings, seed_index):
    import shutil

    corpus, index = tmp_path / "corpus", tmp_path / "index"
    shutil.copytree(seed_settings.corpus_dir, corpus)
    shutil.copytree(seed_settings.index_dir, index, ignore=shutil.ignore_patterns(".lock"))
    where = ["--corpus", str(corpus), "--index", str(index)]
    done = run_cli("remove", "onbekend", *where)
    assert done.returncode == 2 and "no plan with id 'onbekend'" in done.stderr and "dalfsen, doesburg" in done.stderr
    assert "Traceback" not in done.stderr
    assert sorted(p.name for p in corpus.iterdir()) == sorted(p.name for p in seed_settings.corpus_dir.iterdir())
    done = run_cli("remove", "dalfsen", "--quiet", *where)
    assert done.returncode == 0, done.stderr
    assert "removed dalfsen.txt" in done.stdout and "1 documents" in done.stdout
    assert sorted(p.name for p in corpus.iterdir()) == ["doesburg.meta.toml", "doesburg.txt"]
    listed = run_cli("list", *where)
    assert [line.split("\t")[0] for line in listed.stdout.strip().splitlines()] == ["doesburg"]
    assert "building" not in listed.stderr  # the index was rebuilt by `remove`
