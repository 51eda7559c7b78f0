"""Beleidswijzer — the Streamlit app. Layout and wiring only.

    make run        # builds the index if needed, then: streamlit run serve.py

Streamlit runs this script for every page view; ``serve.py`` is the server around it, which
loads the model and the index when the server starts. The model, index and BM25 are loaded
once per server process (``assistant.present.ui.state``, ``st.cache_resource``); the pages
live in ``assistant.present.ui.pages`` and all logic below them in the ``assistant`` package.
"""

import streamlit as st

from assistant.present.ui import navigation, sidebar
from assistant.present.ui.state import get_settings, try_assistant

st.set_page_config(page_title="Beleidswijzer", page_icon=":material/policy:", layout="wide",
                   initial_sidebar_state="expanded")

navigation.render_chrome(get_settings())
menu = st.navigation(navigation.menu(requested=navigation.requested_path()), position="sidebar")
assistant, problem = try_assistant()
if assistant is None:
    st.title("Beleidswijzer", anchor=False)
    st.error(problem or "Er is nog geen index. Voer `make ingest` uit.", icon=":material/database:")
    st.stop()
sidebar.render_sidebar(assistant.index)
menu.run()
