"""The server that `make run` starts: the app (``app.py``), with the model and the index loaded at start.

    streamlit run serve.py      # what `make run` does
    streamlit run app.py        # the same app; the model then loads on the first page view

Streamlit runs ``app.py`` for every page view. The lifespan below runs once, when the server
starts, and loads the shared objects (``st.cache_resource``: model, index, lexical index) in a
background thread, so the server answers health checks at once and the first visitor finds the
model ready instead of waiting behind a spinner.
"""

import contextlib
import threading

import streamlit as st

from assistant.present.ui.state import warm_up


@contextlib.asynccontextmanager
async def lifespan(app):
    threading.Thread(target=warm_up, name="beleidswijzer-warm-up", daemon=True).start()
    yield


app = st.App("app.py", lifespan=lifespan)
