"""What the app's pages share: heavy objects created once per server process, session keys, page links.

Every page gets the same ``Assistant`` (model, index, BM25 loaded once,
``st.cache_resource``). After an upload or an ingest by another process,
``current_assistant()`` reopens the index so new documents are searchable without
a restart. Pages never import each other: a page that links to another asks
``page(url_path)`` for the page that ``navigation`` registered.
"""

from __future__ import annotations

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

_PAGES: dict[str, st.Page] = {}


@st.cache_resource(show_spinner="Model en index laden…")
def get_settings() -> Settings:
    return Settings.from_env()


@st.cache_resource(show_spinner="Taalmodel laden…")
def get_embedder(model: str, query_prompt: str, passage_prompt: str, batch_size: int, threads: int) -> Embedder:
    """The embedding model, loaded once per process and per model setting (it outlives index reloads)."""
    settings = get_settings().replace(model=model, query_prompt=query_prompt, passage_prompt=passage_prompt,
                                      embed_batch_size=batch_size, threads=threads)
    return Embedder.load(settings)


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


def turns() -> list:
    return st.session_state.setdefault(TURNS, [])


def register_pages(pages: dict[str, st.Page]) -> None:
    """The app's pages by url path (``navigation`` registers them once per run)."""
    _PAGES.update(pages)


def page(url_path: str) -> st.Page | None:
    """The registered page for a url path, or None when the app runs without it (a page tested alone)."""
    return _PAGES.get(url_path)
