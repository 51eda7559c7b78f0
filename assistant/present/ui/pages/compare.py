"""'Vergelijken': two or more municipalities side by side on a theme or a free question."""

from __future__ import annotations

import streamlit as st

from assistant.answer.compose import MAX_CONTRAST_COLUMNS
from assistant.ask.conversation import asked_of
from assistant.ask.question import find_municipalities
from assistant.ingest.plan_items import GoalKind
from assistant.ingest.themes import load_taxonomy
from assistant.insights.compare import NOT_MENTIONED_TEXT, compare
from assistant.present.render_text import inline_text
from assistant.present.ui.state import assistant_or_stop
from assistant.present.ui.widgets import (
    STATUS_LABELS,
    contrast_markdown,
    municipality_filter,
    quoted,
    render_sources,
    theme_labels,
)

THEME_QUESTION = "Wat doen de gemeenten aan {theme}?"  # the chat's question behind a theme comparison


def render_contrast(assistant, question: str, chosen: list[str]) -> None:
    """The chat's own contrast of the comparison (the same answer the chat gives), with its sources."""
    named = find_municipalities(question, assistant.index.municipalities)
    asked = question if len(named) >= 2 else asked_of(question, [], chosen)
    answer = assistant.ask(asked, municipalities=chosen)
    if answer.contrast is None:
        return
    st.markdown("**Naast elkaar**")
    st.markdown(contrast_markdown(answer))
    with st.expander("Bronnen van de tabel", icon=":material/format_quote:"):
        render_sources(answer, assistant.index, key="cmp-contrast")


def render_compare_page() -> None:
    """Two or more municipalities side by side on a theme or a free question."""
    st.title("Gemeenten vergelijken", anchor=False)
    st.caption("Kies een thema of stel een vraag: per gemeente de beste passages, prioriteiten en doelstellingen, "
               "allemaal met bron. Staat er niets over in een plan, dan staat dat er expliciet bij.")
    assistant = assistant_or_stop()
    index = assistant.index
    chosen = municipality_filter(index, "compare-municipalities", minimum=2)
    mode = st.radio("Vergelijk op", ["Thema", "Vraag"], horizontal=True, key="compare-mode")
    taxonomy = load_taxonomy()
    question, theme = "", None
    if mode == "Thema":
        themes = list(taxonomy.themes)
        choice = st.selectbox("Thema", range(len(themes)), format_func=lambda i: f"{themes[i].number} {themes[i].label}",
                              key="compare-theme", placeholder="Kies een thema")
        theme = themes[choice].id
    else:
        question = st.text_input("Vraag", key="compare-question",
                                 placeholder="Bijvoorbeeld: Wat doen de gemeenten aan ondermijning?")
        if not question.strip():
            st.info("Typ een vraag om te vergelijken.", icon=":material/info:")
            return
    try:
        with st.spinner("Vergelijken…"):
            comparison = compare(assistant, question, chosen, theme=theme)
    except ValueError:
        st.warning("Deze vergelijking kan niet worden gemaakt. Kies een thema of stel een vraag.")
        return
    if comparison.themes and mode == "Vraag":
        st.caption("Thema: " + inline_text(theme_labels(comparison.themes)))
    if len(chosen) <= MAX_CONTRAST_COLUMNS:
        theme_label = next((t.label for t in taxonomy.themes if t.id == theme), "")
        render_contrast(assistant, question or THEME_QUESTION.format(theme=theme_label.lower()), chosen)
    columns = st.columns(len(comparison.columns))
    for n, (slot, column) in enumerate(zip(columns, comparison.columns)):
        with slot:
            st.subheader(inline_text(column.municipality), anchor=False)
            st.markdown(f"**{STATUS_LABELS.get(column.status, column.status)}**")
            if not column.mentioned:
                st.info(NOT_MENTIONED_TEXT, icon=":material/block:")
                continue
            if column.priorities:
                st.markdown("**Prioriteit in het plan**")
                for i, p in enumerate(column.priorities):
                    quoted(p.name, p.citation, index, key=f"cmp-{n}-p{i}", bullet=True)
            if column.passages:
                st.markdown("**Passages**")
                for i, c in enumerate(column.passages):
                    quoted(c.quote, c, index, key=f"cmp-{n}-s{i}")
            goals = [g for g in column.goals if g.kind == GoalKind.GOAL]
            ambitions = [g for g in column.goals if g.kind == GoalKind.AMBITION]
            for title, items, tag in (("Doelstellingen", goals, "g"), ("Ambities", ambitions, "a")):
                if items:
                    st.markdown(f"**{title}**")
                    for i, g in enumerate(items):
                        quoted(g.text, g.citation, index, key=f"cmp-{n}-{tag}{i}", bullet=True)
