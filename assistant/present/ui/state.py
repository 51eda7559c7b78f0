"""Heavy objects for the Streamlit app, created once per server process (``st.cache_resource``).

Every page gets the same ``Assistant`` (model, index, BM25 loaded once). After an
upload or an ingest by another process, ``current_assistant()`` reopens the
index so new documents are searchable without a restart.
"""

from __future__ import annotations

import streamlit as st

from assistant.config import Settings
from assistant.pipeline import Assistant


@st.cache_resource(show_spinner="Model en index laden…")
def get_settings() -> Settings:
    return Settings.from_env()


@st.cache_resource(show_spinner="Taalmodel laden…")
def get_embedder(model: str, query_prompt: str, passage_prompt: str, batch_size: int, threads: int):
    """The embedding model, loaded once per process and per model setting (it outlives index reloads)."""
    from assistant.index.embedding import Embedder

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


# --------------------------------------------------------------------------- app additions (issue 4)

@st.cache_resource(show_spinner=False)
def get_feedback_store():
    """The feedback database under the data folder (survives index rebuilds)."""
    from assistant.present.feedback import FeedbackStore, feedback_path

    return FeedbackStore(feedback_path(get_settings()))


def try_assistant():
    """``(assistant, None)``, or ``(None, Dutch message)`` when there is no usable index."""
    from assistant.errors import IndexNotReady

    try:
        return current_assistant(), None
    except IndexNotReady as exc:
        return None, exc.message_nl


def assistant_or_stop() -> Assistant:
    """The shared assistant; without a usable index the page shows the Dutch message and stops here."""
    from assistant.present.ui.render import show_warning

    assistant, problem = try_assistant()
    if assistant is None:
        show_warning(problem or "")
        st.stop()
    return assistant


TURNS = "turns"  # list[Turn]: the conversation of this browser tab
PENDING = "pending_question"  # a question chosen by clicking an example


def turns() -> list:
    return st.session_state.setdefault(TURNS, [])
