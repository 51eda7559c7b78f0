"""The app's frame: the static page table (every page, its section of the menu and its url path),
a Dutch page for unknown addresses, and Dutch for the texts of Streamlit's own controls.

A new page is one module in ``pages/`` and one line here. An address that is no page gets
a Dutch "page not found" page (``menu(requested=…)``) instead of Streamlit's English dialog.
Streamlit has no language setting; where a widget has an option for its text (placeholders,
``select_all``) the pages use it, and the few built-in texts left (the file uploader's button and
limit, "Press Enter to apply", "No results", "Skip to main content") are replaced by Dutch ones in
``chrome_css``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable
from urllib.parse import unquote, urlparse

import streamlit as st

from assistant.ingest.documents import supported_suffixes
from assistant.present.render_text import inline_text
from assistant.present.ui.pages import chat, compare, figures, glossary, manage, plans, reader, themes, upload
from assistant.present.ui.state import READER, page, register_pages

NOT_FOUND_SECTION = "Beheer"  # the (hidden) not-found page is added here, so it changes no section


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
    PageSpec(manage.render_manage_page, "Documenten beheren", ":material/folder_managed:", "beheren", "Beheer"),
)


def make_page(spec: PageSpec, default: bool | None = None) -> st.Page:
    return st.Page(spec.render, title=spec.title, icon=spec.icon, url_path=spec.url_path,
                   default=spec.default if default is None else default)


def requested_path() -> str | None:
    """The page path in the browser's address bar ("" for the start page); None outside a browser (tests)."""
    url = st.context.url
    if not url:
        return None
    path = unquote(urlparse(url).path).strip("/")
    base = str(st.get_option("server.baseUrlPath") or "").strip("/")
    if base and (path == base or path.startswith(base + "/")):
        path = path[len(base):].strip("/")
    return path


def unknown_path(requested: str | None, specs: tuple[PageSpec, ...] = PAGES) -> str | None:
    """The requested path when it is no page of the app (a url path Streamlit can serve), else None.

    >>> unknown_path("vragen"), unknown_path(""), unknown_path(None), unknown_path("bestaat-niet")
    (None, None, None, 'bestaat-niet')
    """
    if not requested or requested in {spec.url_path for spec in specs}:
        return None
    return requested.split("/")[0][:200] or None


def render_not_found() -> None:
    """The Dutch page for an address that is no page of the app."""
    st.title("Pagina niet gevonden", anchor=False)
    path = requested_path()
    st.markdown(inline_text(f"Het adres ‘/{path}’ bestaat niet in Beleidswijzer." if path else
                            "Deze pagina bestaat niet in Beleidswijzer.") + " Kies een pagina in het menu, of ga naar:")
    start = page(next(spec.url_path for spec in PAGES if spec.default))
    if start is not None:
        st.page_link(start, label="Vragen stellen", icon=":material/forum:")


def menu(specs: tuple[PageSpec, ...] = PAGES, default: str | None = None,
         requested: str | None = None) -> dict[str, list[st.Page]]:
    """The navigation menu by section (registered so that pages can link to each other).

    ``default`` makes another page the opening page (the tests open a page directly). ``requested``
    is the path in the address bar: when it is no page, a hidden page under that path says so in Dutch
    (Streamlit would otherwise show its own English "Page not found" dialog and open the start page).
    The start page lives at "/"; asked for by its own name ("/vragen") it is served there too.
    """
    start = default or next((spec.url_path for spec in specs if spec.default), specs[0].url_path)
    by_name = requested == start
    sections: dict[str, list[st.Page]] = {}
    registered: dict[str, st.Page] = {}
    for spec in specs:
        made = make_page(spec, False if by_name else spec.url_path == start)
        sections.setdefault(spec.section, []).append(made)
        registered[spec.url_path] = made
    register_pages(registered)
    hidden: list[st.Page] = []
    if by_name:  # Streamlit serves its default page only at "/": keep one, hidden, that nobody asks for now
        hidden.append(st.Page(render_not_found, title="Pagina niet gevonden", url_path="niet-gevonden",
                              default=True, visibility="hidden"))
    missing = unknown_path(requested, specs)
    if missing is not None:
        hidden.append(st.Page(render_not_found, title="Pagina niet gevonden", icon=":material/search_off:",
                              url_path=missing, visibility="hidden"))
    if hidden:
        sections.setdefault(NOT_FOUND_SECTION, []).extend(hidden)
    return sections


def _css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def _replace_text(selector: str, dutch: str, size: str) -> str:
    """CSS that hides an element's own (English) text and shows ``dutch`` in its place, at ``size``."""
    return (f"{selector} {{ font-size: 0 !important; }}\n"
            f"{selector}::after {{ content: {_css_string(dutch)}; font-size: {size}; }}\n")


def chrome_css(max_upload_mb: int, suffixes: list[str]) -> str:
    """The style sheet that puts Dutch in place of Streamlit's built-in English texts and hides the
    toolbars (download as CSV, fullscreen, show data) and the run indicator ("Running…", "Stop").

    >>> css = chrome_css(20, [".pdf", ".txt"])
    >>> "Maximaal 20 MB per bestand · PDF, TXT" in css and "Bestand kiezen" in css
    True
    """
    types = ", ".join(s.lstrip(".").upper() for s in suffixes)
    uploader = "[data-testid=stFileUploaderDropzone]"
    instructions = "[data-testid=InputInstructions] > span:first-child"
    return "".join([
        _replace_text("[data-testid=stSkipToContent]", "Naar de inhoud", "1rem"),
        _replace_text(f"{uploader} button [data-testid=stMarkdownContainer] p", "Bestand kiezen", "0.875rem"),
        _replace_text("[data-testid=stFileUploaderDropzoneInstructions] span",
                      f"Maximaal {max_upload_mb} MB per bestand · {types}", "0.875rem"),
        _replace_text(f"{uploader} > div:not([data-testid]) > span", "Zet het bestand hier neer", "0.875rem"),
        _replace_text(f"{instructions}:not([data-testid=stChatInput] *)", "Druk op Enter om toe te passen", "0.75rem"),
        _replace_text(f"[data-testid=stForm] {instructions}", "Druk op Enter om het formulier te versturen", "0.75rem"),
        _replace_text("[role=listbox][data-empty=true] [role=option] > span", "Geen resultaten", "0.875rem"),
        "[data-testid=stElementToolbar], [data-testid=stDataFrameColumnMenu], [data-testid=stStatusWidget]"
        " { display: none !important; }\n",
    ])


def render_chrome(settings) -> None:
    """Dutch for Streamlit's own controls on every page (a style sheet; it takes no space)."""
    st.html(f"<style>{chrome_css(settings.max_upload_mb, supported_suffixes())}</style>")


def spec(url_path: str) -> PageSpec:
    return next(s for s in PAGES if s.url_path == url_path)
