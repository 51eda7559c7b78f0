"""'Cijfers': the statistics tables of each plan, cell by cell, with a chart per row."""

from __future__ import annotations

import streamlit as st

from assistant.insights.plans import chart_points, document_tables, row_source
from assistant.present.render_text import inline_text
from assistant.present.ui.state import assistant_or_stop
from assistant.present.ui.widgets import chart, source, table_frame


def render_figures_page() -> None:
    """The statistics tables of each plan, with a chart per row."""
    st.title("Cijfers", anchor=False)
    st.caption("De tabellen uit de plannen, cel voor cel zoals ze in het document staan. Kies een regel voor een "
               "grafiek. Kolommen na een breuk in de jaartallen (bijvoorbeeld de Veiligheidsmonitor 2013 en 2017) "
               "heten ‘vergelijking’.")
    index = assistant_or_stop().index
    docs = [d for d in sorted(index.documents.values(), key=lambda d: (d.municipality, d.title))
            if document_tables(index, d.doc_id)]
    if not docs:
        st.info("De plannen bevatten geen tabellen met cijfers.", icon=":material/info:")
        return
    choice = st.selectbox("Plan", range(len(docs)), key="figures-doc",
                          format_func=lambda i: f"{docs[i].municipality} — {docs[i].title}",
                          placeholder="Kies een plan")
    doc = docs[choice]
    for t, table in enumerate(document_tables(index, doc.doc_id)):
        st.subheader(inline_text(table.title), anchor=False)
        if table.heading_path:
            st.caption(inline_text(" › ".join(table.heading_path)))
        st.dataframe(table_frame(table), hide_index=True)
        chartable = [r for r in table.rows if len(chart_points(table, r)) >= 2]
        if not chartable:
            continue
        pick = st.selectbox("Grafiek van regel", range(len(chartable)), key=f"figures-{doc.doc_id}-{t}",
                            format_func=lambda i, rows=chartable: rows[i].label, placeholder="Kies een regel")
        row = chartable[pick]
        chart(chart_points(table, row), row.label)
        source(row_source(doc, row), index, key=f"figures-{doc.doc_id}-{t}-src")
