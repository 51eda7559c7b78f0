"""Scale check: ingest time and answer latency on a corpus of more municipalities.

    .venv/bin/python benchmarks/scale.py [COPIES]

Builds a temporary corpus from the seed plans, the fictional test plan (tests/fixtures/plans) and
COPIES renamed copies of each seed plan (another municipality's name throughout the text and the
sidecar; default 2), ingests it from scratch, and answers questions of every kind, including
questions asked of all municipalities at once. Prints ingest time, latency p50/p95 and, for the
"welke gemeenten …" questions, which municipalities the answer covers. The copies share their
content with the seeds, so this measures speed and behaviour, not retrieval quality.
"""

from __future__ import annotations

import logging
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.config import PROJECT_ROOT, Settings  # noqa: E402
from assistant.index.build import build_index  # noqa: E402
from assistant.index.embedding import Embedder  # noqa: E402
from assistant.pipeline import Assistant  # noqa: E402

NAMES = ["Zwartewaterland", "Staphorst", "Olst-Wijhe", "Hattem", "Heerde", "Epe", "Oldebroek", "Elburg"]
QUESTIONS = [
    "Welke gemeenten noemen cybercrime als prioriteit?",
    "Welke gemeenten hebben woninginbraken als speerpunt?",
    "Wat doet het RIEC?",
    "Welke prioriteiten heeft Doesburg?",
    "Hoeveel woninginbraken waren er in Dalfsen in 2017?",
    "Vergelijk de aanpak van ondermijning in Doesburg en Dalfsen",
    "Hoe gaan de gemeenten om met personen met verward gedrag?",
    "Wat is de hoofddoelstelling van het integrale veiligheidsbeleid van Dalfsen?",
]


def make_corpus(folder: Path, copies: int) -> None:
    for path in (PROJECT_ROOT / "corpus").iterdir():
        shutil.copy(path, folder / path.name)
    for path in (PROJECT_ROOT / "tests" / "fixtures" / "plans").iterdir():
        shutil.copy(path, folder / path.name)
    names = iter(NAMES)
    for seed in ("doesburg", "dalfsen"):
        original = seed.capitalize()
        for _ in range(copies):
            name = next(names)
            slug = re.sub(r"[^a-z0-9]+", "-", name.lower())
            for suffix in (".txt", ".meta.toml"):
                text = (PROJECT_ROOT / "corpus" / f"{seed}{suffix}").read_text(encoding="utf-8")
                (folder / f"{slug}{suffix}").write_text(text.replace(original, name), encoding="utf-8")


def main(copies: int) -> None:
    logging.disable(logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        corpus, index = Path(tmp) / "corpus", Path(tmp) / "index"
        corpus.mkdir()
        make_corpus(corpus, copies)
        settings = Settings.from_env(corpus_dir=corpus, index_dir=index)
        started = time.perf_counter()
        embedder = Embedder.load(settings)
        loaded = time.perf_counter()
        report = build_index(settings, embedder)
        built = time.perf_counter()
        print(f"{report.documents} documents, {report.chunks} chunks, {report.sentences} sentences; "
              f"model load {loaded - started:.1f} s, build {built - loaded:.1f} s")
        assistant = Assistant.load(settings, embedder)
        assistant.ask("Wat is integrale veiligheid?")
        latencies = []
        for question in QUESTIONS * 2:
            t = time.perf_counter()
            answer = assistant.ask(question)
            latencies.append((time.perf_counter() - t) * 1000)
            if question.startswith("Welke gemeenten") and len(latencies) <= len(QUESTIONS):
                print(f"  {question} -> {[b.municipality for b in answer.blocks]} notes={list(answer.notes)}")
        latencies.sort()
        print(f"latency over {len(latencies)} answers: p50={statistics.median(latencies):.0f} ms "
              f"p95={latencies[int(0.95 * (len(latencies) - 1))]:.0f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
