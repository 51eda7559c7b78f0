"""End to end in a real browser: `streamlit run app.py` driven by Debian's Chromium through Playwright.

Playwright's own browser download cannot work offline, so the test launches
the system Chromium (``/usr/bin/chromium``) through ``executable_path``; without
it the test is skipped with instructions. The server gets a private copy of
the seed corpus and index on a free loopback port; the browser may only reach
127.0.0.1. Screenshots land in ``test-artifacts/``; with
``BW_UPDATE_SCREENSHOTS=1`` they also replace the README's ``docs/*.png``.

    apt-get install -y chromium chromium-driver      # once (.ci/run does this)
    .venv/bin/python -m pytest -q tests/test_browser.py
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest

from assistant.config import PROJECT_ROOT

pytestmark = pytest.mark.browser

CHROMIUM = Path(os.environ.get("BW_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = PROJECT_ROOT / "test-artifacts"
DOCS = PROJECT_ROOT / "docs"
VIEWPORT = {"width": 1280, "height": 900}
QUESTION = "Welke prioriteiten heeft Doesburg voor 2024-2027?"
SERVER_START_S = 120
FIRST_PAGE_S = 240  # the first session loads the embedding model
ANSWER_S = 60
HIGHLIGHT = "[data-testid=stMarkdownContainer] span[style*='background']"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@pytest.fixture(scope="module")
def playwright_api():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found: install Debian's Chromium (`apt-get install -y chromium chromium-driver`, "
                    "as .ci/run does) to run the real-browser test")
    return pytest.importorskip("playwright.sync_api", reason="Playwright is not installed (`pip install -e .[dev]`)")


@pytest.fixture(scope="module")
def server(playwright_api, tmp_path_factory, seed_settings, seed_index):
    """`streamlit run app.py` on a free loopback port, against a copy of the seed index."""
    root = tmp_path_factory.mktemp("browser")
    shutil.copytree(seed_settings.corpus_dir, root / "corpus")
    shutil.copytree(seed_settings.index_dir, root / "index", ignore=shutil.ignore_patterns(".lock"))
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = dict(os.environ, BW_CORPUS_DIR=str(root / "corpus"), BW_INDEX_DIR=str(root / "index"),
               BW_DATA_DIR=str(root / "data"))
    log = (root / "streamlit.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(PROJECT_ROOT / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none"],
        cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + SERVER_START_S
        while not _healthy(url):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"streamlit did not start:\n{(root / 'streamlit.log').read_text(errors='replace')[-3000:]}")
            time.sleep(0.5)
        yield url
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        log.close()


@pytest.fixture()
def page(playwright_api, tmp_path):
    with playwright_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
            viewport=VIEWPORT, locale="nl-NL")

        def loopback_only(route):
            if urlparse(route.request.url).hostname in ("127.0.0.1", "localhost"):
                route.continue_()
            else:
                route.abort()

        context.route("**/*", loopback_only)
        try:
            yield context.pages[0] if context.pages else context.new_page()
        finally:
            context.close()


def _highlighted_text(scope) -> str:
    spans = scope.locator(HIGHLIGHT)
    return " ".join(" ".join(spans.nth(i).inner_text().split()) for i in range(spans.count()))


def _scroll_to_top_of(element) -> None:
    """Scroll the app's scrolling container so ``element`` is at the top (Streamlit keeps chats scrolled down)."""
    element.evaluate("""e => {
        let box = e.parentElement;
        while (box && !(box.scrollHeight > box.clientHeight && /(auto|scroll)/.test(getComputedStyle(box).overflowY)))
            box = box.parentElement;
        (box || document.scrollingElement).scrollTop += e.getBoundingClientRect().top - 16;
    }""")


def _screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path))
    if os.environ.get("BW_UPDATE_SCREENSHOTS"):
        DOCS.mkdir(exist_ok=True)
        shutil.copy(path, DOCS / name)
    return path


def test_ask_open_a_citation_and_check_it_in_the_document(server, page):
    page.goto(server)
    chat_input = page.get_by_test_id("stChatInput").locator("textarea")
    chat_input.wait_for(timeout=FIRST_PAGE_S * 1000)
    page.get_by_text("Welkom bij Beleidswijzer").wait_for()

    started = time.monotonic()
    chat_input.fill(QUESTION)
    chat_input.press("Enter")
    first_source = page.get_by_test_id("stExpander").filter(has_text="[1]").first
    first_source.wait_for(timeout=ANSWER_S * 1000)
    answer_seconds = time.monotonic() - started
    assert page.get_by_test_id("stChatMessage").count() == 2
    assert "Zorg en Veiligheid" in page.get_by_test_id("stChatMessage").nth(1).inner_text()

    # Open citation [1]: its passage shows with the cited sentence highlighted.
    first_source.locator("summary").click()
    highlight = first_source.locator(HIGHLIGHT).first
    highlight.wait_for(state="visible", timeout=10_000)
    cited = _highlighted_text(first_source)
    assert len(cited) > 10
    page.wait_for_timeout(800)
    _scroll_to_top_of(page.get_by_test_id("stChatMessage").first)
    page.wait_for_timeout(500)
    _screenshot(page, "screenshot-chat.png")

    # One click from the citation to the document reader, the same sentence highlighted in context.
    first_source.get_by_role("link", name="Bekijk in het document").click()
    page.get_by_text("Geciteerde passage").wait_for(timeout=30_000)
    assert "/document?" in page.url and "doc=doesburg" in page.url
    focus = page.locator(".st-key-reader-focus")
    focus.locator(HIGHLIGHT).first.wait_for(state="visible", timeout=10_000)
    assert _highlighted_text(focus) == cited
    page.get_by_test_id("stRadio").first.wait_for(timeout=30_000)  # the outline
    assert page.get_by_test_id("stExpander").locator(HIGHLIGHT).first.is_visible()  # its section, opened
    page.wait_for_timeout(500)
    _screenshot(page, "screenshot-reader.png")

    assert "Traceback" not in page.content()
    print(f"answer shown {answer_seconds:.2f} s after Enter (includes rendering)")
