"""Browser speed: from Enter to the rendered answer, in a real browser, warm.

    .venv/bin/python benchmarks/browser.py [--index DIR] [--corpus DIR] [--rounds 1] [--json OUT]
    .venv/bin/python benchmarks/browser.py --entry app.py     # the app without the start-up hook

Starts the app the way ``make run`` does (``serve.py``), on a free loopback port, against a private
copy of the seed corpus and its index (built first, from the embedding cache, if none is given), and
drives Debian's Chromium through Playwright. After two warm-up questions it asks the 20 questions
below (a mix of every kind, written for this benchmark) in one conversation and measures, in the
browser's own clock, from the Enter key to the frame in which the new answer is complete: the answer
text and its sources (expanders; for a refusal its message) visible and nothing of the page left
stale. Per question it also prints when the question showed up on screen, when the answer and its
first source did, and the pipeline's own time as the answer's caption states it; at the start, how
long after the server was started the first answer came.

This is a benchmark, not a test: the figures depend on the machine and its load (``uptime``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.config import PROJECT_ROOT, Settings  # noqa: E402

CHROMIUM = Path(os.environ.get("BW_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
ENTRY = "serve.py"  # what `make run` starts
WARM_UP = ["Wat doet de gemeente tegen overlast van jongeren?", "Welke prioriteiten heeft Dalfsen?"]
QUESTIONS = [
    # priorities and lists
    "Welke speerpunten kiest Doesburg?",
    "Wat zijn de lokale prioriteiten van Dalfsen?",
    "Met welke organisaties werkt Dalfsen samen?",
    "Welke maatregelen noemt Doesburg tegen ondermijning?",
    # definitions
    "Wat is een Bibob-toets?",
    "Wat houdt de Wet Damocles in?",
    "Wat doet het Zorg- en Veiligheidshuis?",
    # figures
    "Hoeveel woninginbraken telde Dalfsen in 2016?",
    "Hoeveel fietsendiefstallen waren er in Dalfsen in 2015?",
    "Welk percentage inwoners van Dalfsen voelt zich weleens onveilig?",
    # facts and paraphrases
    "Wie is in Doesburg verantwoordelijk voor de openbare orde?",
    "Hoe wil Doesburg inwoners bewuster maken van digitale criminaliteit?",
    "Wat doet Dalfsen aan brandveiligheid bij ouderen?",
    "Hoe gaat Doesburg om met jongeren die drugs gebruiken?",
    # comparisons and all municipalities
    "Vergelijk de aanpak van woninginbraken in Doesburg en Dalfsen",
    "Hoe verschillen Doesburg en Dalfsen in hun aanpak van verward gedrag?",
    "Welke gemeenten noemen mensenhandel?",
    # what the plans do not answer
    "Wat doet Zwolle aan veiligheid?",
    "Hoeveel woninginbraken waren er in Doesburg in 2030?",
    "Welke maatregelen neemt Dalfsen tegen zwerfafval?",
]
SERVER_START_S = 180
FIRST_PAGE_S = 240
ANSWER_S = 60

# Installed before each question: from the Enter key on, every frame checks how far the n-th chat
# message (1-based: the new answer) has come and records the first frame of each stage in the browser's
# clock: the question shown, the answer shown (its text and its sources, or for a refusal its message),
# and done (nothing of the page still showing the previous run).
TRACE_JS = """
([n, question]) => {
    const trace = window.__trace = {enter: null, question: null, answer: null, done: null, pipeline: null};
    const visible = e => e && e.getBoundingClientRect().height > 0;
    const box = document.querySelector('[data-testid=stChatInput] textarea');
    box.addEventListener('keydown', e => { if (e.key === 'Enter') trace.enter = performance.now(); },
                         {once: true, capture: true});
    const frame = (now) => {
        const messages = document.querySelectorAll('[data-testid=stChatMessage]');
        if (trace.enter !== null && messages.length >= n && messages[n - 2].innerText.includes(question)) {
            trace.question = trace.question || now;
            const answer = messages[n - 1];
            const text = answer.querySelector('[data-testid=stMarkdownContainer]');
            const sources = answer.querySelector('[data-testid=stExpander], [data-testid=stAlert]');
            if (visible(text) && visible(sources)) {
                trace.answer = trace.answer || now;
                if (!document.querySelector('[data-stale=true]')) {
                    trace.done = now;
                    const seconds = answer.innerText.match(/(\\d+,\\d+) s\\b/);
                    trace.pipeline = seconds ? parseFloat(seconds[1].replace(',', '.')) : null;
                    return;
                }
            }
        }
        requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
}
"""


@dataclass(frozen=True)
class Timing:
    question: str
    seconds: float  # Enter to the complete answer
    shown: float  # Enter to the question on screen (the rerun has reached the new turn)
    answer: float  # Enter to the answer and its sources on screen
    pipeline: float | None  # the pipeline's own time, as the answer's caption reports it


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def prepare(root: Path, corpus: Path, index: Path | None) -> Settings:
    """A private corpus and index (copied, or built from the corpus with the shared embedding cache)."""
    shutil.copytree(corpus, root / "corpus")
    settings = Settings.from_env(env={}, corpus_dir=root / "corpus", index_dir=root / "index", data_dir=root / "data")
    if index is not None and (index / "CURRENT").exists():
        shutil.copytree(index, root / "index", ignore=shutil.ignore_patterns(".lock"))
        return settings
    from assistant.index.build import build_index
    from assistant.index.embedding import Embedder

    (root / "index").mkdir()
    cache = (index or PROJECT_ROOT / "index") / "embeddings.sqlite"
    if cache.exists():
        shutil.copy(cache, root / "index" / "embeddings.sqlite")
    build_index(settings, Embedder.load(settings))
    return settings


def start_server(settings: Settings, entry: str, log: Path) -> tuple[subprocess.Popen, str, float]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = dict(os.environ, BW_CORPUS_DIR=str(settings.corpus_dir), BW_INDEX_DIR=str(settings.index_dir),
               BW_DATA_DIR=str(settings.data_dir))
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(PROJECT_ROOT / entry), "--server.port", str(port),
         "--server.address", "127.0.0.1"],
        cwd=PROJECT_ROOT, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT, start_new_session=True)
    deadline = started + SERVER_START_S
    while not healthy(url):
        if process.poll() is not None or time.monotonic() > deadline:
            stop(process)
            raise SystemExit(f"streamlit did not start:\n{log.read_text(errors='replace')[-3000:]}")
        time.sleep(0.2)
    return process, url, time.monotonic() - started


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def ask(page, question: str, n: int) -> Timing:
    """Type a question and press Enter; the stages of its answer (see ``TRACE_JS``)."""
    box = page.get_by_test_id("stChatInput").locator("textarea")
    box.fill(question)
    page.evaluate(TRACE_JS, [n, question])
    box.press("Enter")
    page.wait_for_function("window.__trace.done !== null", timeout=ANSWER_S * 1000)
    t = page.evaluate("window.__trace")
    return Timing(question, (t["done"] - t["enter"]) / 1000, (t["question"] - t["enter"]) / 1000,
                  (t["answer"] - t["enter"]) / 1000, t["pipeline"])


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def summary(values: list[float]) -> dict[str, float]:
    if not values:
        return {"p50_s": None, "p95_s": None, "max_s": None}
    return {"p50_s": round(statistics.median(values), 3), "p95_s": round(percentile(values, 0.95), 3),
            "max_s": round(max(values), 3)}


def run(url: str, rounds: int, started_at: float, open_after: float = 0.0) -> dict:
    from playwright.sync_api import sync_playwright

    timings: list[Timing] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
        context.route("**/*", lambda route: route.continue_() if urlparse(route.request.url).hostname in
                      ("127.0.0.1", "localhost") else route.abort())
        page = context.new_page()
        time.sleep(max(0.0, open_after - (time.monotonic() - started_at)))
        opened = time.monotonic() - started_at
        page.goto(url)
        page.get_by_test_id("stChatInput").locator("textarea").wait_for(timeout=FIRST_PAGE_S * 1000)
        shown = time.monotonic() - started_at
        print(f"page opened {opened:.1f} s after the server was started, chat page shown at {shown:.1f} s "
              f"({shown - opened:.1f} s after opening)")
        n = 0
        first = None
        for question in WARM_UP:
            n += 2
            timing = ask(page, question, n)
            if first is None:
                first = time.monotonic() - started_at
                print(f"first answer {first:.1f} s after the server was started ({timing.seconds:.2f} s after Enter)")
        print(f"{'total':>7} {'shown':>7} {'answer':>7} {'pipeline':>8}")
        for _ in range(rounds):
            for question in QUESTIONS:
                n += 2
                t = ask(page, question, n)
                timings.append(t)
                pipeline = f"{t.pipeline:8.2f}" if t.pipeline is not None else f"{'?':>8}"
                print(f"{t.seconds:7.3f} {t.shown:7.3f} {t.answer:7.3f} {pipeline}  {question}")
        browser.close()
    result = {"questions": len(timings), **summary([t.seconds for t in timings]),
              "shown": summary([t.shown for t in timings]), "answer": summary([t.answer for t in timings]),
              "first_answer_after_start_s": round(first, 1) if first is not None else None,
              "page_shown_after_opening_s": round(shown - opened, 1),
              "timings": [asdict(t) for t in timings]}
    pipelines = [t.pipeline for t in timings if t.pipeline is not None]
    if pipelines:
        result["pipeline"] = summary(pipelines)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=PROJECT_ROOT / "corpus")
    parser.add_argument("--index", type=Path, default=None, help="an index of that corpus (default: built from it)")
    parser.add_argument("--entry", default=ENTRY, help="the script `streamlit run` starts")
    parser.add_argument("--rounds", type=int, default=1, help="times the 20 questions are asked")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--open-after", type=float, default=0.0,
                        help="open the page this many seconds after starting the server (a user who comes later)")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        raise SystemExit(f"{CHROMIUM} not found (apt-get install -y chromium)")
    with tempfile.TemporaryDirectory(prefix="bw-browser-") as tmp:
        root = Path(tmp)
        settings = prepare(root, args.corpus, args.index)
        started_at = time.monotonic()
        process, url, start_s = start_server(settings, args.entry, root / "streamlit.log")
        print(f"server healthy after {start_s:.1f} s")
        try:
            result = run(url, args.rounds, started_at, args.open_after)
        finally:
            stop(process)
    result["server_start_s"] = start_s
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    if not result["questions"]:
        return
    print(f"\n{result['questions']} questions: p50 {result['p50_s']:.3f} s, p95 {result['p95_s']:.3f} s, "
          f"max {result['max_s']:.3f} s (Enter to rendered answer, warm)")
    for stage in ("shown", "answer", "pipeline"):
        if stage in result:
            print(f"  {stage:8}: p50 {result[stage]['p50_s']:.3f} s, p95 {result[stage]['p95_s']:.3f} s")


if __name__ == "__main__":
    main()
