"""End to end in a real browser: `streamlit run serve.py` driven by Debian's Chromium through Playwright.

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
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

from assistant.config import PROJECT_ROOT
from benchmarks.browser import free_port, healthy

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
ENGLISH_SETTLE_S = 10  # how long a built-in English text may show before the Dutch style sheet applies
HIGHLIGHT = "[data-testid=stMarkdownContainer] span[style*='background']"


@pytest.fixture(scope="module")
def playwright_api():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found: install Debian's Chromium (`apt-get install -y chromium chromium-driver`, "
                    "as .ci/run does) to run the real-browser test")
    return pytest.importorskip("playwright.sync_api", reason="Playwright is not installed (`pip install -e .[dev]`)")


@pytest.fixture(scope="module")
def server(playwright_api, tmp_path_factory, seed_settings, seed_index):
    """`streamlit run serve.py` (what `make run` starts) on a free loopback port, against a copy of the seed index."""
    root = tmp_path_factory.mktemp("browser")
    shutil.copytree(seed_settings.corpus_dir, root / "corpus")
    shutil.copytree(seed_settings.index_dir, root / "index", ignore=shutil.ignore_patterns(".lock"))
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = dict(os.environ, BW_CORPUS_DIR=str(root / "corpus"), BW_INDEX_DIR=str(root / "index"),
               BW_DATA_DIR=str(root / "data"))
    log = (root / "streamlit.log").open("wb")
    process = subprocess.Popen(  # as `make run` starts it; the rest of its settings from .streamlit/config.toml
        [sys.executable, "-m", "streamlit", "run", str(PROJECT_ROOT / "serve.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1"],
        cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + SERVER_START_S
        while not healthy(url):
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


FOLLOW_UP = "En de partners?"  # read as "Wat zijn de partners van Doesburg?"
COMPARISON = "Wat doen Doesburg en Dalfsen aan woninginbraken?"
FIRST_SOURCE = re.compile(r"\[1[\]–,]")  # the source box holding citation [1] ("[1]", "[1–4]")


def _ask(page, chat_input, question: str, turns: int):
    """Type a question, press Enter, wait until its answer is drawn; the answer's chat message."""
    chat_input.fill(question)
    chat_input.press("Enter")
    messages = page.get_by_test_id("stChatMessage")
    page.wait_for_function(f"document.querySelectorAll('[data-testid=stChatMessage]').length >= {2 * turns}",
                           timeout=ANSWER_S * 1000)
    answer = messages.nth(2 * turns - 1)
    answer.get_by_test_id("stExpander").first.wait_for(timeout=ANSWER_S * 1000)
    return answer


def test_a_conversation_with_a_follow_up_a_comparison_and_a_citation_into_the_reader(server, page):
    page.goto(server)
    chat_input = page.get_by_test_id("stChatInput").locator("textarea")
    chat_input.wait_for(timeout=FIRST_PAGE_S * 1000)
    page.get_by_text("Welkom bij Beleidswijzer").wait_for()

    started = time.monotonic()
    first = _ask(page, chat_input, QUESTION, 1)
    answer_seconds = time.monotonic() - started
    assert "Zorg en Veiligheid" in first.inner_text() and "Doesburg noemt vier prioriteiten" in first.inner_text()
    first_source = first.get_by_test_id("stExpander").filter(has=page.locator("summary", has_text=FIRST_SOURCE)).first

    # A follow-up that leaves out the municipality: read in context, and it says how.
    second = _ask(page, chat_input, FOLLOW_UP, 2)
    assert "Gelezen als: Wat zijn de partners van Doesburg" in second.inner_text()
    assert "Letterlijk vragen" in second.inner_text() and "partners" in second.inner_text()

    # A comparison: a table, a column per municipality, "niet genoemd" where a plan is silent.
    third = _ask(page, chat_input, COMPARISON, 3)
    table = third.locator("table").first
    table.wait_for(timeout=10_000)
    header = table.locator("th").all_inner_texts()
    assert "Doesburg" in header and "Dalfsen" in header and "niet genoemd" in table.inner_text()
    page.wait_for_timeout(800)
    _scroll_to_top_of(third)
    page.wait_for_timeout(500)
    _screenshot(page, "screenshot-comparison.png")

    # Open citation [1] of the first answer: its passage shows with the cited lines highlighted.
    first_source.locator("summary").click()
    highlight = first_source.locator(HIGHLIGHT).first
    highlight.wait_for(state="visible", timeout=10_000)
    cited = _highlighted_text(first_source)
    assert len(cited) > 10
    page.wait_for_timeout(800)
    _scroll_to_top_of(page.get_by_test_id("stChatMessage").first)
    page.wait_for_timeout(500)
    _screenshot(page, "screenshot-chat.png")

    # One click from the citation to the document reader, the same text highlighted in context.
    first_source.get_by_role("link", name="Bekijk in het document").click()
    page.get_by_text("Geciteerde passage").wait_for(timeout=30_000)
    assert "/document?" in page.url and "doc=doesburg" in page.url
    focus = page.locator(".st-key-reader-focus")
    focus.locator(HIGHLIGHT).first.wait_for(state="visible", timeout=10_000)
    assert all(part in _highlighted_text(focus) for part in cited.split(" ")[:5])
    page.get_by_test_id("stRadio").first.wait_for(timeout=30_000)  # the outline
    assert page.get_by_test_id("stExpander").locator(HIGHLIGHT).first.is_visible()  # its section, opened
    page.wait_for_timeout(500)
    _screenshot(page, "screenshot-reader.png")

    assert "Traceback" not in page.content()
    print(f"answer shown {answer_seconds:.2f} s after Enter (includes rendering)")


# --------------------------------------------------------------------------- Dutch everywhere

# Streamlit's built-in English texts (from its frontend) that a user could see.
STREAMLIT_ENGLISH = ("Upload", "per file", "Drag and drop", "Browse files", "Choose an option", "Choose options",
                     "Select all", "No results", "options available", "Download as", "Fullscreen", "Show data",
                     "Page not found", "You have requested", "Running...", "Deploy", "Press Enter", "Press ⌘",
                     "Skip to main content", "Clear all", "Add files", "Show/hide columns", "Sort ascending",
                     "Please wait", "Rerun")
ENGLISH = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in STREAMLIT_ENGLISH) + r")(?![\w-])")
# Every text a user can see: text nodes that take space on screen (not icon ligatures, not text only a screen
# reader gets), placeholders, tooltips (title) and CSS-generated content.
SEEN_TEXT_JS = """() => {
    const hidden = e => {
        for (let a = e; a && a !== document.body; a = a.parentElement) {
            const s = getComputedStyle(a);
            if (s.clip.startsWith('rect(0') || s.clipPath.startsWith('inset(50%')) return true;
        }
        return !e.checkVisibility({checkOpacity: true, checkVisibilityCSS: true});
    };
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
        const node = walker.currentNode, e = node.parentElement;
        if (!node.textContent.trim() || !e || e.closest('script, style, noscript')) continue;
        if (getComputedStyle(e).fontFamily.includes('Material')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const r = range.getBoundingClientRect();
        if (r.width > 1 && r.height > 1 && !hidden(e)) out.push(node.textContent.trim());
    }
    for (const e of document.querySelectorAll('*')) {
        if (hidden(e)) continue;
        if (e.getAttribute('title')) out.push(e.getAttribute('title'));
        if (e.getAttribute('placeholder') && !e.value) out.push(e.getAttribute('placeholder'));  // shown while empty
        for (const p of ['::before', '::after']) {
            const c = getComputedStyle(e, p).content;
            if (c && c.startsWith('"')) out.push(c.slice(1, -1));
        }
    }
    return out;
}"""


def _settled(page) -> None:
    """Wait until the script run is over and nothing of the previous run is left on screen."""
    page.wait_for_function("document.querySelector('[data-testid=stApp]')?.dataset.testScriptState === 'notRunning' "
                           "&& !document.querySelector('[data-stale=true]')", timeout=60_000)


def _english(page) -> list[str]:
    """The English texts still on screen once the page has settled.

    Streamlit loads some element renderers lazily, the style sheet with the Dutch texts among them: on a slow
    machine a built-in English text can show for a moment before that sheet applies. A text counts when it is
    still there after ``ENGLISH_SETTLE_S``; one that stays (a selector that no longer matches) fails the test."""
    _settled(page)
    deadline = time.monotonic() + ENGLISH_SETTLE_S
    while True:
        page.wait_for_timeout(500)
        english = sorted({t for t in page.evaluate(SEEN_TEXT_JS) if ENGLISH.search(t)})
        if not english or time.monotonic() > deadline:
            return english


def test_no_english_streamlit_text_on_any_page(server, page, tmp_path):
    from assistant.present.ui.navigation import PAGES

    found: dict[str, list[str]] = {}

    def check(where: str) -> None:
        english = _english(page)
        if english:
            found[where] = english

    page.goto(server)
    chat_input = page.get_by_test_id("stChatInput").locator("textarea")
    chat_input.wait_for(timeout=FIRST_PAGE_S * 1000)
    check("start")
    page.keyboard.press("Tab")  # the skip link shows on keyboard focus
    check("start, keyboard focus")
    chat_input.fill("Wat doet het RIEC?")
    chat_input.press("Enter")
    page.get_by_test_id("stExpander").filter(has_text=FIRST_SOURCE).first.wait_for(timeout=ANSWER_S * 1000)
    check("answer")
    municipalities = page.get_by_test_id("stMultiSelect").first
    municipalities.click()
    check("municipality filter opened")
    municipalities.locator("input").fill("xyz")
    check("municipality filter without a match")
    page.keyboard.press("Escape")

    for spec in PAGES:
        page.goto(f"{server}/{'' if spec.default else spec.url_path}")
        page.get_by_test_id("stSidebar").wait_for()
        check(spec.url_path)
        for kind in ("stDataFrame", "stVegaLiteChart"):
            element = page.get_by_test_id(kind).first
            if element.count():
                element.hover()
                check(f"{spec.url_path}, {kind} hovered")
        if spec.url_path == "toevoegen":
            plan = tmp_path / "zutphen.txt"
            plan.write_text("Veiligheidsplan gemeente Zutphen 2025-2028\n\nDe gemeente Zutphen pakt woninginbraken "
                            "aan met buurtpreventie.\n", encoding="utf-8")
            page.get_by_test_id("stFileUploaderDropzoneInput").first.set_input_files(str(plan))
            page.get_by_text("Toevoegen aan de collectie").wait_for(timeout=30_000)
            page.get_by_test_id("stTextInput").first.locator("input").fill("Zutphen ")
            check("toevoegen, a file chosen and a field being typed")
        if spec.url_path == "beheren":
            for tab in ("Nieuwe versie", "Verwijderen"):
                page.get_by_role("tab", name=tab).click()
                check(f"beheren, {tab}")

    for wrong in ("bestaat-niet", "vragen-stellen"):
        page.goto(f"{server}/{wrong}")
        page.get_by_text("Pagina niet gevonden").first.wait_for(timeout=30_000)
        check(f"/{wrong}")
    page.goto(f"{server}/vragen")  # the start page by its own name
    page.get_by_text("Welkom bij Beleidswijzer").wait_for(timeout=30_000)
    check("/vragen")
    assert not found, found


def test_questions_export_and_a_new_conversation(server, page):
    """A question reruns only the conversation; the export and "Nieuw gesprek" still see every turn."""
    page.goto(server)
    chat_input = page.get_by_test_id("stChatInput").locator("textarea")
    chat_input.wait_for(timeout=FIRST_PAGE_S * 1000)
    messages = page.get_by_test_id("stChatMessage")
    for n, question in enumerate(("Wat doet het RIEC?", "Welke prioriteiten heeft Dalfsen?"), 1):
        chat_input.fill(question)
        chat_input.press("Enter")
        messages.nth(2 * n - 1).get_by_test_id("stExpander").first.wait_for(timeout=ANSWER_S * 1000)
        _settled(page)
    assert messages.count() == 4
    with page.expect_download() as download:
        page.get_by_role("button", name="Gesprek downloaden (Markdown)").click()
    exported = Path(download.value.path()).read_text(encoding="utf-8")
    assert "## Vraag 1: Wat doet het RIEC?" in exported and "## Vraag 2: Welke prioriteiten heeft Dalfsen?" in exported
    page.get_by_test_id("stMultiSelect").first.click()  # a filter reruns the whole page: the turns are redrawn
    page.get_by_role("option", name="Doesburg").click()
    page.keyboard.press("Escape")
    page.wait_for_timeout(1500)  # the filter's rerun starts when the list closes; _settled would pass before it
    _settled(page)
    assert messages.count() == 4
    page.get_by_role("button", name="Nieuw gesprek").click()
    page.get_by_text("Welkom bij Beleidswijzer").wait_for(timeout=30_000)
    _settled(page)
    assert messages.count() == 0
