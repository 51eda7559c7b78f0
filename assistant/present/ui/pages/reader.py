"""The document reader: a whole plan with its outline, opened at a citation or a section.

The place to show comes from the URL (``?doc=doesburg&start=120&end=260`` from
a citation, ``?doc=doesburg&section=9921`` from the outline), so a citation
link works in one click and can be shared. The cited span is highlighted twice:
at the top of the page within its paragraph ("Geciteerde passage", visible
without scrolling), and in the full text below, where its section is opened.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Mapping

import streamlit as st

from assistant.index.store import Index
from assistant.ingest.documents import Document
from assistant.ingest.structure import BlockKind, DocumentStructure, Section
from assistant.insights.plans import status_text
from assistant.present.render_text import context_span, highlight_markdown, inline_text
from assistant.present.ui.state import assistant_or_stop
from assistant.present.ui.widgets import breadcrumb, show_warning

FOCUS_MAX_CHARS = 3000  # a section shown at the top is cut here; the full text follows below
CONTEXT_CHARS = 600  # text shown before and after a cited span, within its section
OUTLINE_TITLE_CHARS = 70
CHOICE = "reader_choice"
OUTLINE = "reader_outline"


@dataclass(frozen=True)
class Target:
    """Where to open a document: a cited span, a section start, or just the top."""

    doc_id: str
    start: int | None = None
    end: int | None = None
    section: int | None = None

    @property
    def is_citation(self) -> bool:
        return self.start is not None and self.end is not None

    @property
    def offset(self) -> int | None:
        return self.start if self.is_citation else self.section


@dataclass(frozen=True)
class Part:
    """A top-level stretch of a document, shown as one expander."""

    title: str
    start: int
    end: int


def parse_target(params: Mapping[str, str], documents: Mapping[str, Document]) -> Target | None:
    """The reader target from URL parameters; anything malformed is ignored, offsets are clamped to the text."""
    doc_id = params.get("doc")
    if not doc_id or doc_id not in documents:
        return None
    length = len(documents[doc_id].text)

    def number(key: str) -> int | None:
        try:
            value = int(str(params.get(key, "")).strip())
        except ValueError:
            return None
        return min(max(value, 0), length)

    start, end, section = number("start"), number("end"), number("section")
    if start is None or end is None or end <= start:
        start = end = None
    return Target(doc_id, start, end, section)


def document_parts(structure: DocumentStructure) -> list[Part]:
    """The preamble and the top-level sections, together covering the whole text."""
    text = structure.text
    sections = structure.sections
    if not sections:
        return [Part("Tekst", 0, len(text))]
    top = min(s.level for s in sections)
    tops = [s for s in sections if s.level == top]
    parts = []
    if text[: tops[0].start].strip():
        parts.append(Part("Begin van het document", 0, tops[0].start))
    for i, section in enumerate(tops):
        start = section.start if parts or i else 0  # leading blank lines belong to the first section
        end = tops[i + 1].start if i + 1 < len(tops) else len(text)
        parts.append(Part(section.title, start, end))
    return parts


def _open(doc_id: str, section: int | None = None) -> None:
    params = {"doc": doc_id}
    if section is not None:
        params["section"] = str(section)
    st.query_params.from_dict(params)


def _choose_document() -> None:
    _open(st.session_state[CHOICE])


def _document_label(document: Document) -> str:
    period = f" ({document.metadata.period})" if document.metadata.period else ""
    return f"{document.municipality} — {document.title}{period}"


def _metadata_line(document: Document) -> str:
    m = document.metadata
    parts = [m.municipality]
    if m.period:
        parts.append(f"periode {m.period}")
    if m.adopted_by or m.adopted_on:
        parts.append("vastgesteld" + (f" door {m.adopted_by}" if m.adopted_by else "") + (f" op {m.adopted_on}" if m.adopted_on else ""))
    if m.source:
        parts.append(f"bron: {m.source}")
    parts.append(status_text(m, date.today()))
    return " · ".join(parts)


def _outline_label(section: Section) -> str:
    title = section.title if len(section.title) <= OUTLINE_TITLE_CHARS else section.title[:OUTLINE_TITLE_CHARS] + "…"
    return "\u2003" * (section.level - 1) + inline_text(title)


def _choose_section(doc_id: str) -> None:
    chosen = st.session_state.get(OUTLINE)
    sections = st.session_state.get(OUTLINE + "-starts", [])
    if chosen is not None and 0 <= chosen < len(sections):
        _open(doc_id, sections[chosen])


def render_outline(document: Document, focus: Section | None) -> None:
    """The section outline; choosing a section opens it (and shows it at the top)."""
    sections = document.structure.sections
    if not sections:
        return
    st.session_state[OUTLINE + "-starts"] = [s.start for s in sections]
    st.session_state[OUTLINE] = sections.index(focus) if focus in sections else None
    with st.container(height=640, border=False):
        st.radio("Inhoud", list(range(len(sections))), key=OUTLINE, format_func=lambda i: _outline_label(sections[i]),
                 on_change=_choose_section, args=(document.doc_id,))


def render_focus(document: Document, target: Target, focus: Section | None) -> None:
    """What the user jumped to, at the top of the page: the cited passage, or the chosen section."""
    text = document.text
    if target.is_citation:
        bounds = (focus.start, focus.end) if focus is not None else None
        a, b = context_span(text, target.start, target.end, before=CONTEXT_CHARS, after=CONTEXT_CHARS, bounds=bounds)
        path = document.structure.heading_path_at(target.start)
        with st.container(border=True, key="reader-focus"):
            st.markdown("**Geciteerde passage**")
            st.caption(inline_text(breadcrumb(document.municipality, path)))
            lead = "…" if bounds is None and a > 0 or bounds is not None and a > bounds[0] else ""
            tail = "…" if bounds is None and b < len(text) or bounds is not None and b < bounds[1] else ""
            st.markdown(highlight_markdown(text[a:b], [(target.start, target.end)], offset=a,
                                           strong=heading_spans_of(document, a, b), lead=lead, tail=tail))
    elif focus is not None:
        a, b = focus.start, min(focus.end, focus.start + FOCUS_MAX_CHARS)
        with st.container(border=True, key="reader-focus"):
            st.caption(inline_text(breadcrumb(document.municipality, focus.heading_path)))
            st.markdown(highlight_markdown(text[a:b], (), offset=a, strong=heading_spans_of(document, a, b),
                                           tail="…" if b < focus.end else ""))


def heading_spans_of(document: Document, start: int, end: int) -> list[tuple[int, int]]:
    return [(b.start, b.end) for b in document.structure.blocks if b.kind == BlockKind.HEADING and b.end > start and b.start < end]


def render_document_text(document: Document, target: Target) -> None:
    text = document.text
    highlights = [(target.start, target.end)] if target.is_citation else []
    offset = target.offset
    for part in document_parts(document.structure):
        inside = offset is not None and part.start <= offset < part.end
        with st.expander(inline_text(part.title), expanded=inside):
            st.markdown(highlight_markdown(text[part.start:part.end], highlights, offset=part.start,
                                           strong=heading_spans_of(document, part.start, part.end)))


def render_reader(index: Index, target: Target | None) -> None:
    documents = sorted(index.documents.values(), key=lambda d: (d.municipality, d.title))
    if target is None:
        chosen = st.session_state.get(CHOICE)
        target = Target(chosen if chosen in index.documents else documents[0].doc_id)
    document = index.documents[target.doc_id]
    st.session_state[CHOICE] = document.doc_id
    st.selectbox("Document", [d.doc_id for d in documents], key=CHOICE, on_change=_choose_document,
                 format_func=lambda doc_id: _document_label(index.documents[doc_id]), placeholder="Kies een document")
    st.subheader(inline_text(document.title), anchor=False)
    st.caption(inline_text(_metadata_line(document)))
    focus = document.structure.section_at(target.offset) if target.offset is not None else None
    outline, body = st.columns([2, 5], gap="medium")
    with outline:
        render_outline(document, focus)
    with body:
        render_focus(document, target, focus)
        st.markdown("**Volledige tekst**")
        render_document_text(document, target)


def render_reader_page() -> None:
    assistant = assistant_or_stop()
    index = assistant.index
    target = parse_target(st.query_params, index.documents)
    if st.query_params.get("doc") and target is None:
        show_warning("Dit document staat niet (meer) in de index. Kies hieronder een document.")
    render_reader(index, target)
