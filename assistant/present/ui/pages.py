"""The app's pages, created in one place so a page can link to another (``st.page_link``).

Page modules are imported lazily: ``render`` links to the reader, the reader
uses ``render``, and neither may import the other at load time through here.
"""

from __future__ import annotations

import logging

import streamlit as st

log = logging.getLogger(__name__)

# Pages offered by the insights module (issue 5), when it is installed: (function, title, icon, url path).
INSIGHT_PAGES = (
    ("render_themes_page", "Thema's", ":material/category:", "themas"),
    ("render_compare_page", "Vergelijken", ":material/compare_arrows:", "vergelijken"),
    ("render_plans_page", "Plannen in één oogopslag", ":material/summarize:", "plannen"),
    ("render_figures_page", "Cijfers", ":material/bar_chart:", "cijfers"),
    ("render_glossary_page", "Begrippen", ":material/menu_book:", "begrippen"),
)


def chat_page() -> st.Page:
    from assistant.present.ui.chat import render_chat_page

    return st.Page(render_chat_page, title="Vragen stellen", icon=":material/forum:", url_path="vragen", default=True)


def reader_page() -> st.Page:
    from assistant.present.ui.reader import render_reader_page

    return st.Page(render_reader_page, title="Document lezen", icon=":material/article:", url_path="document")


def upload_page() -> st.Page:
    from assistant.present.ui.upload import render_upload_page

    return st.Page(render_upload_page, title="Document toevoegen", icon=":material/upload_file:", url_path="toevoegen")


def insights_module():
    """``assistant.ui.insights`` if it is present and importable, else None."""
    try:
        from assistant.present.ui import insights
    except ImportError:
        return None
    return insights


def insight_pages() -> list[st.Page]:
    module = insights_module()
    if module is None:
        return []
    found = []
    for name, title, icon, url_path in INSIGHT_PAGES:
        function = getattr(module, name, None)
        if callable(function):
            found.append(st.Page(function, title=title, icon=icon, url_path=url_path))
    return found


def navigation() -> dict[str, list[st.Page]]:
    """The sections of the navigation menu."""
    sections = {"Zoeken": [chat_page(), reader_page()]}
    overviews = insight_pages()
    if overviews:
        sections["Overzichten"] = overviews
    sections["Beheer"] = [upload_page()]
    return sections
