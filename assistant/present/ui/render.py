"""Showing answers, citations and passages. Every document text and question goes through ``render_text``.

Nothing here searches or composes: it lays out an ``Answer`` that the
pipeline produced, and links each citation to the document reader.
"""

from __future__ import annotations

import logging
import re
from typing import Sequence

import streamlit as st

from assistant.answer.compose import Answer, AnswerBlock
from assistant.citation import Citation
from assistant.index.build import Index
from assistant.present.render_text import context_span, enclosing_span, highlight_markdown, inline_text, plain_line

log = logging.getLogger(__name__)

BULLET_STYLES = ("bullet", "row")
_LEADING_BULLET = re.compile(r"^[•·▪◦●○■□➢►✓\-–—*+]\s+")  # the list marker is drawn by Markdown instead
FIGURE_INTENTS = ("figure",)

_chunk_spans_cache: dict[str, dict[str, list[tuple[int, int]]]] = {}


def breadcrumb(municipality: str, heading_path: Sequence[str]) -> str:
    """'Doesburg › Ondermijning › Doelstellingen' (plain text; escape before showing)."""
    return " › ".join([municipality, *heading_path])


def chunk_spans(index: Index, doc_id: str) -> list[tuple[int, int]]:
    """The chunk spans of one document in this build (computed once per build)."""
    per_doc = _chunk_spans_cache.get(index.build_id)
    if per_doc is None:
        per_doc = {}
        for chunk in index.chunks:
            per_doc.setdefault(chunk.doc_id, []).append((chunk.start, chunk.end))
        _chunk_spans_cache.clear()  # only the serving build is worth keeping
        _chunk_spans_cache[index.build_id] = per_doc
    return per_doc.get(doc_id, [])


def heading_spans(index: Index, doc_id: str, start: int, end: int) -> list[tuple[int, int]]:
    structure = index.documents[doc_id].structure
    return [(b.start, b.end) for b in structure.blocks if b.kind == "heading" and b.end > start and b.start < end]


def passage_markdown(index: Index, citation: Citation, others: Sequence[Citation] = ()) -> str:
    """The passage a citation comes from (its chunk, else its paragraph), cited span highlighted."""
    document = index.documents.get(citation.doc_id)
    if document is None:
        return plain_line(citation.quote)
    text = document.text
    span = enclosing_span(chunk_spans(index, citation.doc_id), citation.start, citation.end)
    a, b = span if span else context_span(text, citation.start, citation.end)
    lead = "…" if not span and a > 0 and text[a - 1] not in "\n" else ""
    tail = "…" if not span and b < len(text) and text[b] not in "\n" else ""
    return highlight_markdown(text[a:b], [(citation.start, citation.end)], offset=a,
                              strong=heading_spans(index, citation.doc_id, a, b), lead=lead, tail=tail)


def show_error(message: str) -> None:
    """A user-facing error whose text may contain file names or questions: shown as text only."""
    st.error(inline_text(message), icon=":material/error:")


def show_warning(message: str) -> None:
    st.warning(inline_text(message), icon=":material/info:")


def _marker(number: int | None) -> str:
    return f" :blue-badge[{number}]" if number else ""


def block_markdown(block: AnswerBlock) -> str:
    """One block of an answer as Markdown: a bold heading, then sentences and bullets with source markers."""
    parts: list[str] = []
    if block.heading:
        parts.append(f"**{inline_text(block.heading)}**")
    bullets: list[str] = []
    for line in block.lines:
        shown = " ".join(line.text.split("\n")).strip()
        if line.style in BULLET_STYLES:
            bullets.append(f"- {plain_line(_LEADING_BULLET.sub('', shown))}{_marker(line.citation)}")
            continue
        text = plain_line(shown) + _marker(line.citation)
        if bullets:
            parts.append("\n".join(bullets))
            bullets = []
        parts.append(f"*{text}*" if line.style == "note" and not line.citation else text)
    if bullets:
        parts.append("\n".join(bullets))
    return "\n\n".join(parts)


def render_answer_text(answer: Answer) -> None:
    for block in answer.blocks:
        st.markdown(block_markdown(block))
    for note in answer.notes:
        st.caption(inline_text(note))


def render_citation(citation: Citation, index: Index, number: int | None, key: str, expanded: bool = False) -> None:
    """An expander: breadcrumb, the passage with the quote highlighted, and a link into the document reader."""
    from assistant.present.ui.pages import reader_page

    label = f"[{number}] " if number else ""
    label += breadcrumb(citation.municipality, citation.heading_path)
    with st.expander(inline_text(label), expanded=expanded, icon=":material/format_quote:"):
        st.caption(inline_text(f"{citation.title} · tekens {citation.start}–{citation.end}"))
        st.markdown(passage_markdown(index, citation))
        st.page_link(reader_page(), label="Bekijk in het document", icon=":material/open_in_new:",
                     query_params={"doc": citation.doc_id, "start": str(citation.start), "end": str(citation.end)},
                     help="Open het hele document op deze plek, met de geciteerde tekst gemarkeerd.")


def render_sources(answer: Answer, index: Index, key: str) -> None:
    if answer.citations:
        st.markdown("**Bronnen**")
        for number, citation in enumerate(answer.citations, 1):
            render_citation(citation, index, number, key=f"{key}-c{number}")
    if answer.related:
        st.markdown("**Mogelijk relevant**")
        st.caption("Deze passages gaan over een verwant onderwerp, maar beantwoorden de vraag niet met zekerheid.")
        for i, citation in enumerate(answer.related, 1):
            render_citation(citation, index, None, key=f"{key}-r{i}")


def render_figure_chart(answer: Answer, index: Index) -> None:
    """A chart under figure answers, when the insights module offers one (it decides whether it can)."""
    if answer.abstained or answer.intent not in FIGURE_INTENTS:
        return
    from assistant.present.ui.pages import insights_module

    module = insights_module()
    chart = getattr(module, "render_figure_chart", None) if module else None
    if chart is None:
        return
    try:
        chart(answer, index)
    except Exception:  # a chart is a bonus; the cited answer above stands on its own
        log.exception("figure chart failed")


def render_answer(answer: Answer, index: Index, key: str) -> None:
    """The whole answer: text with markers, an optional chart, then the numbered sources."""
    render_answer_text(answer)
    render_figure_chart(answer, index)
    render_sources(answer, index, key)
