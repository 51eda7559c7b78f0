"""'Begrippen': abbreviations and defined terms, searchable, each with its defining passage."""

from __future__ import annotations

import streamlit as st

from assistant.answer.glossary import GlossaryEntry, build_glossary, lookup
from assistant.citation import Citation, cite
from assistant.index.store import Index
from assistant.present.render_text import plain_line
from assistant.present.ui.state import assistant_or_stop
from assistant.present.ui.widgets import source


def render_glossary_page() -> None:
    """Abbreviations and defined terms, searchable, each with its defining passage."""
    st.title("Begrippen en afkortingen", anchor=False)
    st.caption("Afkortingen en begrippen zoals de plannen ze zelf uitleggen. Staat er geen betekenis bij, dan "
               "gebruikt het plan de afkorting zonder haar uit te schrijven.")
    index = assistant_or_stop().index
    entries = build_glossary(index)
    query = st.text_input("Zoek een begrip of afkorting", key="glossary-query", placeholder="Bijvoorbeeld: RIEC")
    if query.strip():
        found = lookup(entries, query)
        needle = query.strip().lower()
        found += [e for e in entries if e not in found and (needle in e.term.lower() or needle in e.expansion.lower())]
    else:
        found = sorted(entries, key=lambda e: (e.term.lower(), e.municipality))
    if not found:
        st.info("Geen begrip gevonden. Probeer een andere schrijfwijze.", icon=":material/search_off:")
        return
    st.dataframe([{"Begrip": e.term, "Betekenis": e.expansion or "—", "Gemeente": e.municipality} for e in found],
                 hide_index=True)
    for i, entry in enumerate(found[:50]):
        expansion = f" — {entry.expansion}" if entry.expansion else ""
        st.markdown(f"**{plain_line(entry.term)}**{plain_line(expansion)}")
        source(_entry_citation(entry, index), index, key=f"glossary-{i}")


def _entry_citation(entry: GlossaryEntry, index: Index) -> Citation:
    return cite(index.documents[entry.doc_id], entry.start, entry.end)
