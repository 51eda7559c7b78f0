"""Beleidswijzer — the Streamlit app. Layout and wiring only.

    make run        # builds the index if needed, then: streamlit run app.py

The model, index and BM25 are loaded once per server process
(``assistant.present.ui.state``, ``st.cache_resource``); the pages live in
``assistant.present.ui.pages`` and all logic below them in the ``assistant`` package.
"""

import streamlit as st

from assistant.present.ui import navigation, sidebar
from assistant.present.ui.state import try_assistant

st.set_page_config(page_title="Beleidswijzer", page_icon=":material/policy:", layout="wide",
                   initial_sidebar_state="expanded")

menu = st.navigation(navigation.menu(), position="sidebar")
assistant, problem = try_assistant()
if assistant is None:
    st.title("Beleidswijzer", anchor=False)
    st.error(problem or "Er is nog geen index. Voer `make ingest` uit.", icon=":material/database:")
    st.stop()
sidebar.render_sidebar(assistant.index)
menu.run()
