"""The static page table of the app: every page, its section of the menu and its url path.

A new page is one module in ``pages/`` and one line here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import streamlit as st

from assistant.present.ui.pages import chat, compare, figures, glossary, plans, reader, themes, upload
from assistant.present.ui.state import READER, register_pages


@dataclass(frozen=True)
class PageSpec:
    render: Callable[[], None]
    title: str
    icon: str
    url_path: str
    section: str
    default: bool = False


PAGES: tuple[PageSpec, ...] = (
    PageSpec(chat.render_chat_page, "Vragen stellen", ":material/forum:", "vragen", "Zoeken", default=True),
    PageSpec(reader.render_reader_page, "Document lezen", ":material/article:", READER, "Zoeken"),
    PageSpec(themes.render_themes_page, "Thema's", ":material/category:", "themas", "Overzichten"),
    PageSpec(compare.render_compare_page, "Vergelijken", ":material/compare_arrows:", "vergelijken", "Overzichten"),
    PageSpec(plans.render_plans_page, "Plannen in één oogopslag", ":material/summarize:", "plannen", "Overzichten"),
    PageSpec(figures.render_figures_page, "Cijfers", ":material/bar_chart:", "cijfers", "Overzichten"),
    PageSpec(glossary.render_glossary_page, "Begrippen", ":material/menu_book:", "begrippen", "Overzichten"),
    PageSpec(upload.render_upload_page, "Document toevoegen", ":material/upload_file:", "toevoegen", "Beheer"),
)


def make_page(spec: PageSpec, default: bool | None = None) -> st.Page:
    return st.Page(spec.render, title=spec.title, icon=spec.icon, url_path=spec.url_path,
                   default=spec.default if default is None else default)


def menu(specs: tuple[PageSpec, ...] = PAGES, default: str | None = None) -> dict[str, list[st.Page]]:
    """The navigation menu by section (registered so that pages can link to each other).

    ``default`` makes another page the opening page (the tests open a page directly).
    """
    sections: dict[str, list[st.Page]] = {}
    registered: dict[str, st.Page] = {}
    for spec in specs:
        made = make_page(spec, None if default is None else spec.url_path == default)
        sections.setdefault(spec.section, []).append(made)
        registered[spec.url_path] = made
    register_pages(registered)
    return sections


def spec(url_path: str) -> PageSpec:
    return next(s for s in PAGES if s.url_path == url_path)
