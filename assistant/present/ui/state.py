"""What the app's pages share: heavy objects created once per server process, session keys, page links.

Every page gets the same ``Assistant`` (model, index, BM25 loaded once,
``st.cache_resource``); ``warm_up`` loads it when the server starts (``serve.py``).
After an upload or an ingest by another process, ``current_assistant()`` reopens the
index so new documents are searchable without a restart. The model answers questions
with one thread and builds the index with all cores (``writer_threads``). Pages never
import each other: a page that links to another asks ``page(url_path)`` for the page
that ``navigation`` registered.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from contextlib import contextmanager
from typing import Iterator

import streamlit as st

from assistant.config import Settings
from assistant.errors import IndexNotReady
from assistant.index.embedding import Embedder
from assistant.pipeline import Assistant
from assistant.present.feedback import FeedbackStore, feedback_path
from assistant.present.render_text import inline_text

TURNS = "turns"  # list[Turn]: the conversation of this browser tab
PENDING = "pending_question"  # a question chosen by clicking an example
READER = "document"  # url path of the document reader

WARM_UP_QUESTION = "Welke prioriteiten heeft de gemeente voor veiligheid?"  # asked once at server start
# The app embeds one short question at a time. With the server, the browser and other sessions on the
# same cores, one intra-op thread answers it fastest (two threads spin against each other: on the 2-core
# machine the pipeline's p50 went from 0.40 s to 0.09 s in the browser benchmark). ``BW_THREADS`` > 0
# overrides it; an index build started from the app uses every core (``writer_threads``). These are torch's
# threads: for the default model questions are embedded with numpy (``QueryEncoder``) and torch is only
# loaded when the app embeds passages.
QUERY_THREADS = 1

log = logging.getLogger(__name__)
_PAGES: dict[str, st.Page] = {}
_writers = 0  # index builds running in this process (they share the model's thread setting)
_writers_lock = threading.Lock()


@st.cache_resource(show_spinner=False)
def get_settings() -> Settings:
    return Settings.from_env()


def _torch_threads(count: int) -> None:
    """Torch's thread count, if torch is loaded: questions are embedded without it (``QueryEncoder``) for
    the default model, and it is only imported when passages are embedded."""
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(max(count, 1))


def query_threads(settings: Settings) -> int:
    return settings.threads or QUERY_THREADS


@st.cache_resource(show_spinner="Taalmodel laden…")
def get_embedder(model: str, query_prompt: str, passage_prompt: str, batch_size: int, threads: int) -> Embedder:
    """The embedding model, loaded once per process and per model setting (it outlives index reloads)."""
    settings = get_settings().replace(model=model, query_prompt=query_prompt, passage_prompt=passage_prompt,
                                      embed_batch_size=batch_size, threads=threads)
    embedder = Embedder.load(settings)
    _torch_threads(query_threads(settings))
    return embedder


@contextmanager
def writer_threads() -> Iterator[None]:
    """Every core for the model while the app builds the index (an upload, a correction), then back to
    ``QUERY_THREADS``. Nested and concurrent builds are counted, so the last one to finish switches back."""
    global _writers
    settings = get_settings()
    with _writers_lock:
        _writers += 1
        _torch_threads(settings.threads or os.cpu_count() or 1)
    try:
        yield
    finally:
        with _writers_lock:
            _writers -= 1
            if not _writers:
                _torch_threads(query_threads(settings))


@st.cache_resource(show_spinner="Model en index laden…")
def get_assistant() -> Assistant:
    """The shared assistant; raises ``IndexNotReady`` (with a Dutch message) when there is no index."""
    settings = get_settings()
    embedder = get_embedder(settings.model, settings.query_prompt, settings.passage_prompt,
                            settings.embed_batch_size, settings.threads)
    return Assistant.load(settings, embedder)


def current_assistant() -> Assistant:
    """The shared assistant, with its index reopened if a newer build has been switched in."""
    assistant = get_assistant()
    assistant.refresh()
    return assistant


@st.cache_resource(show_spinner=False)
def get_feedback_store() -> FeedbackStore:
    """The feedback database under the data folder (survives index rebuilds)."""
    return FeedbackStore(feedback_path(get_settings()))


def try_assistant() -> tuple[Assistant | None, str | None]:
    """``(assistant, None)``, or ``(None, Dutch message)`` when there is no usable index."""
    try:
        return current_assistant(), None
    except IndexNotReady as exc:
        return None, exc.message_nl


def assistant_or_stop() -> Assistant:
    """The shared assistant; without a usable index the page shows the Dutch message and stops here."""
    assistant, problem = try_assistant()
    if assistant is None:
        st.warning(inline_text(problem or ""), icon=":material/info:")
        st.stop()
    return assistant


def warm_up() -> None:
    """Load the model and the index and answer one question, so that the first visitor finds them ready.

    The server calls this once, in a background thread, when it starts (``serve.py``); it fills the same
    ``st.cache_resource`` entries that a page view would (a page view that comes earlier waits for it).
    """
    quiet = logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # "missing ScriptRunContext": expected outside a page view
    try:
        assistant, problem = try_assistant()
        if assistant is None:
            log.warning("no index to load at start-up: %s", problem)
            return
        assistant.ask(WARM_UP_QUESTION)
    except Exception:  # the first page view will show what is wrong
        log.exception("warming up failed")
    finally:
        quiet.setLevel(level)


def turns() -> list:
    return st.session_state.setdefault(TURNS, [])


def register_pages(pages: dict[str, st.Page]) -> None:
    """The app's pages by url path (``navigation`` registers them once per run)."""
    _PAGES.update(pages)


def page(url_path: str) -> st.Page | None:
    """The registered page for a url path, or None when the app runs without it (a page tested alone)."""
    return _PAGES.get(url_path)
