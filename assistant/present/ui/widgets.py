"""Shared widgets of the app's pages: answers, citations, passages, sources, tables and charts.

Every document text and question goes through ``render_text`` (escaped, never HTML).
Nothing here searches or composes: it lays out what the pipeline produced, and links
each citation to the document reader.
"""

from __future__ import annotations

import logging
import re
from typing import Any, Sequence

import altair as alt
import pandas as pd
import streamlit as st

from assistant.answer.types import Answer, AnswerBlock, AnswerLine, Lead, LineStyle
from assistant.ask.question import Intent
from assistant.citation import Citation
from assistant.index.store import Index
from assistant.ingest.tables import COMPARISON_LABEL
from assistant.ingest.themes import load_taxonomy
from assistant.insights.plans import chart_points, cited_table_rows
from assistant.present.render_text import context_span, enclosing_span, highlight_markdown, inline_text, plain_line
from assistant.present.ui.state import READER, page

log = logging.getLogger(__name__)

BULLET_STYLES = (LineStyle.BULLET, LineStyle.ROW)
LEAD_VALUE = "blue-background"  # the asked value in an answer's opening line
_LEADING_BULLET = re.compile(r"^[•·▪◦●○■□➢►✓\-–—*+]\s+")  # the list marker is drawn by Markdown instead
FIGURE_INTENTS = (Intent.FIGURE,)
MAX_CHARTS = 2  # charts under one figure answer
STATUS_LABELS = {"prioriteit": "Prioriteit", "besproken": "Besproken", "niet genoemd": "Niet genoemd"}
STATUS_COLOURS = {"prioriteit": "#f8d7da", "besproken": "#fff3cd", "niet genoemd": "#f1f3f5"}
SCOPE_LABELS = {"lokaal": "lokaal", "regionaal": "regionaal"}

def breadcrumb(municipality: str, heading_path: Sequence[str]) -> str:
    """'Doesburg › Ondermijning › Doelstellingen' (plain text; escape before showing)."""
    return " › ".join([municipality, *heading_path])


def heading_spans(index: Index, doc_id: str, start: int, end: int) -> list[tuple[int, int]]:
    structure = index.documents[doc_id].structure
    return [(b.start, b.end) for b in structure.blocks if b.kind == "heading" and b.end > start and b.start < end]


def passage_markdown(index: Index, citation: Citation, others: Sequence[Citation] = ()) -> str:
    """The passage a citation comes from (its chunk, else its paragraph), cited span highlighted."""
    document = index.documents.get(citation.doc_id)
    if document is None:
        return plain_line(citation.quote)
    text = document.text
    span = enclosing_span(index.chunk_spans(citation.doc_id), citation.start, citation.end)
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


def lead_markdown(lead: Lead) -> str:
    """The answer's opening line, the asked value bold, with its source marker."""
    # the line is a heading (bold already): the asked value stands out by its background
    text = "".join(f":{LEAD_VALUE}[{plain_line(p.text.strip())}]" if p.strong and p.text.strip() else plain_line(p.text)
                   for p in lead.parts)
    return f"##### {text}{_marker(lead.citation)}"


def row_table_markdown(line: AnswerLine) -> str:
    """A quoted table row as a small Markdown table under its column headers, the asked cell bold."""
    headers = [plain_line(c.header.strip()) or " " for c in line.cells]
    values = [f"**{plain_line(c.value.strip())}**" if c.asked else plain_line(c.value.strip()) for c in line.cells]
    values[-1] += _marker(line.citation)
    return "\n".join(["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers), "| " + " | ".join(values) + " |"])


def block_markdown(block: AnswerBlock) -> str:
    """One block of an answer as Markdown: its lead, a bold heading, then sentences, bullets and table rows
    with source markers."""
    parts: list[str] = []
    if block.lead is not None:
        parts.append(lead_markdown(block.lead))
    if block.heading:
        parts.append(f"**{inline_text(block.heading)}**")
    bullets: list[str] = []
    for line in block.lines:
        shown = " ".join(line.text.split("\n")).strip()
        if line.style == LineStyle.ROW and line.cells:
            if bullets:
                parts.append("\n".join(bullets))
                bullets = []
            parts.append(row_table_markdown(line))
            continue
        if line.style in BULLET_STYLES:
            bullets.append(f"- {plain_line(_LEADING_BULLET.sub('', shown))}{_marker(line.citation)}")
            continue
        text = plain_line(shown) + _marker(line.citation)
        if bullets:
            parts.append("\n".join(bullets))
            bullets = []
        parts.append(f"*{text}*" if line.style == LineStyle.NOTE and not line.citation else text)
    if bullets:
        parts.append("\n".join(bullets))
    return "\n\n".join(parts)


def contrast_markdown(answer: Answer) -> str:
    """A comparison side by side: a column per municipality, a row per aspect, every cell with its markers
    ("niet genoemd" where a plan is silent)."""
    table = answer.contrast
    if table is None:
        return ""
    lines = ["| | " + " | ".join(f"**{inline_text(c)}**" for c in table.columns) + " |",
             "|---|" + "---|" * len(table.columns)]
    for row in table.rows:
        cells = []
        for cell in row.cells:
            if cell.silent:
                cells.append(f"*{plain_line(table.silent_text)}*")
            else:
                cells.append(" · ".join(f"{plain_line(' '.join(t.split()))}{_marker(n)}"
                                         for t, n in zip(cell.texts, cell.citations)))
        lines.append(f"| **{inline_text(row.aspect)}** | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def render_answer_text(answer: Answer) -> None:
    for caution in answer.cautions:
        st.warning(inline_text(caution), icon=":material/event_busy:")
    if answer.contrast is not None:
        st.markdown(contrast_markdown(answer))
    for block in answer.blocks:
        st.markdown(block_markdown(block))
    for note in answer.notes:
        st.caption(inline_text(note))


def render_citation(citation: Citation, index: Index, number: int | None, key: str, expanded: bool = False) -> None:
    """An expander: breadcrumb, the passage with the quote highlighted, and a link into the document reader."""
    label = f"[{number}] " if number else ""
    label += breadcrumb(citation.municipality, citation.heading_path) + citation.page_label()
    with st.expander(inline_text(label), expanded=expanded, icon=":material/format_quote:"):
        st.caption(inline_text(citation.title + citation.page_label()))
        st.markdown(passage_markdown(index, citation))
        reader_link(citation.doc_id, citation.start, citation.end)


def reader_link(doc_id: str, start: int, end: int) -> None:
    """'Bekijk in het document': the reader opened at ``start``-``end``, highlighted."""
    reader = page(READER)
    if reader is not None:  # a page rendered on its own (tests) has no reader to link to
        st.page_link(reader, label="Bekijk in het document", icon=":material/open_in_new:",
                     query_params={"doc": doc_id, "start": str(start), "end": str(end)},
                     help="Open het hele document op deze plek, met de geciteerde tekst gemarkeerd.")


def progress_callback(bar):
    """A build's ``progress(text, fraction)`` shown on a Streamlit progress bar."""
    def update(text: str, fraction: float) -> None:
        bar.progress(min(max(float(fraction), 0.0), 1.0), text=inline_text(text))
    return update


def source_groups(index: Index, citations: Sequence[Citation]) -> list[list[tuple[int, Citation]]]:
    """The numbered citations grouped per passage (the chunk they fall in), in order of first number:
    a four-item list is one source box, not four."""
    groups: dict[tuple, list[tuple[int, Citation]]] = {}
    for number, citation in enumerate(citations, 1):
        span = enclosing_span(index.chunk_spans(citation.doc_id), citation.start, citation.end) \
            if citation.doc_id in index.documents else None
        key = (citation.doc_id, span) if span else (citation.doc_id, citation.start, citation.end)
        groups.setdefault(key, []).append((number, citation))
    return list(groups.values())


def _numbers(numbers: Sequence[int]) -> str:
    """'1', '1–4', '1, 3'."""
    if len(numbers) > 1 and numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"{numbers[0]}–{numbers[-1]}"
    return ", ".join(str(n) for n in numbers)


def render_source_group(group: Sequence[tuple[int, Citation]], index: Index) -> None:
    """One box per passage: its breadcrumb and page, the passage with every cited line highlighted, and the
    link into the reader at the first of them."""
    numbers = [n for n, _ in group]
    first = group[0][1]
    if len(group) == 1:
        render_citation(first, index, numbers[0], key=f"c{numbers[0]}")
        return
    label = f"[{_numbers(numbers)}] " + breadcrumb(first.municipality, first.heading_path) + first.page_label()
    with st.expander(inline_text(label), icon=":material/format_quote:"):
        st.caption(inline_text(first.title + first.page_label()))
        document = index.documents.get(first.doc_id)
        span = enclosing_span(index.chunk_spans(first.doc_id), first.start, first.end) if document else None
        if document is None or span is None:
            for _, citation in group:
                st.markdown(plain_line(citation.quote))
        else:
            a, b = span
            st.markdown(highlight_markdown(document.text[a:b], [(c.start, c.end) for _, c in group], offset=a,
                                           strong=heading_spans(index, first.doc_id, a, b), numbers=numbers))
        reader_link(first.doc_id, first.start, group[-1][1].end)


def render_sources(answer: Answer, index: Index, key: str) -> None:
    if answer.citations:
        st.markdown("**Bronnen**")
        for group in source_groups(index, answer.citations):
            render_source_group(group, index)
    shown = {(c.doc_id, c.start, c.end) for c in answer.citations}
    related = [c for c in answer.related if (c.doc_id, c.start, c.end) not in shown]
    if related:
        st.markdown("**Mogelijk relevant**")
        st.caption("Deze passages gaan over een verwant onderwerp, maar beantwoorden de vraag niet met zekerheid.")
        for i, citation in enumerate(related, 1):
            render_citation(citation, index, None, key=f"{key}-r{i}")


def render_figure_chart(answer: Answer, index: Index) -> bool:
    """A chart under a figure answer that cites a table row with at least two numbers; False when none is drawn."""
    if answer.abstained or answer.intent not in FIGURE_INTENTS:
        return False
    try:
        rows = cited_table_rows(index, answer.citations)[:MAX_CHARTS]
        for doc_id, table, row in rows:
            chart(chart_points(table, row), f"{row.label} ({table.title})")
    except Exception:  # a chart is a bonus; the cited answer above stands on its own
        log.exception("figure chart failed")
        return False
    return bool(rows)


def render_answer(answer: Answer, index: Index, key: str) -> None:
    """The whole answer: text with markers, an optional chart, then the numbered sources."""
    render_answer_text(answer)
    render_figure_chart(answer, index)
    render_sources(answer, index, key)


# --------------------------------------------------------------------------- overview helpers

def source(citation: Citation, index: Index, key: str) -> None:
    """The standard source expander (passage highlighted, link to the reader)."""
    render_citation(citation, index, None, key=key)


def quoted(text: str, citation: Citation, index: Index, key: str, bullet: bool = False) -> None:
    st.markdown(("- " if bullet else "") + plain_line(" ".join(text.split())))
    source(citation, index, key)


def theme_labels(theme_ids: Sequence[str]) -> str:
    taxonomy = load_taxonomy()
    return ", ".join(taxonomy.theme(t).label for t in theme_ids if t in {x.id for x in taxonomy.themes})


def municipality_filter(index: Index, key: str, minimum: int = 1) -> list[str]:
    known = index.municipalities
    chosen = st.multiselect("Gemeenten", known, default=known, key=key, placeholder="Kies gemeenten",
                            help="Kies de gemeenten die u naast elkaar wilt zien.", select_all=False)
    if len(chosen) < minimum:
        st.info(f"Kies ten minste {minimum} gemeenten.", icon=":material/info:")
        st.stop()
    return chosen


def table_frame(table):
    """A table as rows of verbatim cells under unique column names ("vergelijking 2017" after a break)."""
    names: list[str] = []
    for column in table.columns:
        name = column.header or f"kolom {column.index + 1}"
        if column.year is not None and column.series > 0:
            name = f"{COMPARISON_LABEL} {name}"
        while name in names:
            name += " "
        names.append(name)
    rows = []
    for row in table.rows:
        cells = list(row.cells) + [""] * (len(names) - len(row.cells))
        rows.append(dict(zip(names, [row.label] + cells[1:len(names)])))
    return pd.DataFrame(rows, columns=names)


def chart(points: list[dict[str, Any]], title: str) -> None:
    frame = pd.DataFrame(points)
    spec = (alt.Chart(frame, title=title)
             .mark_line(point=True)
             .encode(x=alt.X("jaar:O", title="Jaar"), y=alt.Y("waarde:Q", title="Waarde"),
                     color=alt.Color("reeks:N", title="Reeks"),
                     tooltip=[alt.Tooltip("reeks:N", title="Reeks"), alt.Tooltip("jaar:O", title="Jaar"),
                              alt.Tooltip("cel:N", title="In de tabel")]))
    st.altair_chart(spec)
