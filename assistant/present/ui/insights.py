"""Overview pages: theme matrix, comparison, plans at a glance, glossary and figures.

Layout and wiring only: the content comes from ``assistant.themes``,
``assistant.compare``, ``assistant.plans`` and ``assistant.glossary``. Every
item shown is a span of a document and is shown with its source; document text
only reaches the page escaped (``inline_text``/``plain_line``) or inside
``st.dataframe``, never as HTML.
"""

from __future__ import annotations

import json
from typing import Any, Sequence

import streamlit as st

from assistant.answer.compose import Answer
from assistant.citation import Citation
from assistant.index.build import Index
from assistant.present.render_text import inline_text, plain_line
from assistant.present.ui.state import assistant_or_stop

STATUS_LABELS = {"prioriteit": "Prioriteit", "besproken": "Besproken", "niet genoemd": "Niet genoemd"}
STATUS_COLOURS = {"prioriteit": "#f8d7da", "besproken": "#fff3cd", "niet genoemd": "#f1f3f5"}
SCOPE_LABELS = {"lokaal": "lokaal", "regionaal": "regionaal"}


# --------------------------------------------------------------------------- shared helpers

def _source(citation: Citation, index: Index, key: str) -> None:
    """The standard source expander (passage highlighted, link to the reader)."""
    from assistant.present.ui.render import render_citation

    render_citation(citation, index, None, key=key)


def _quoted(text: str, citation: Citation, index: Index, key: str, bullet: bool = False) -> None:
    st.markdown(("- " if bullet else "") + plain_line(" ".join(text.split())))
    _source(citation, index, key)


def _theme_labels(theme_ids: Sequence[str]) -> str:
    from assistant.ingest.themes import load_taxonomy

    taxonomy = load_taxonomy()
    return ", ".join(taxonomy.theme(t).label for t in theme_ids if t in {x.id for x in taxonomy.themes})


def _municipality_filter(index, key: str, minimum: int = 1) -> list[str]:
    known = index.municipalities
    chosen = st.multiselect("Gemeenten", known, default=known, key=key,
                            help="Kies de gemeenten die u naast elkaar wilt zien.")
    if len(chosen) < minimum:
        st.info(f"Kies ten minste {minimum} gemeenten.", icon=":material/info:")
        st.stop()
    return chosen


# --------------------------------------------------------------------------- theme matrix

def render_themes_page() -> None:
    """Municipalities × the 22 VNG themes: priority, discussed or not mentioned, each cell with its source."""
    import pandas as pd

    from assistant.ingest.themes import theme_matrix

    st.title("Thema's per gemeente", anchor=False)
    st.caption("De 22 veiligheidsthema's van de VNG-methode Kernbeleid Veiligheid. **Prioriteit**: het plan noemt "
               "het thema als prioriteit of speerpunt. **Besproken**: het plan gaat erop in. **Niet genoemd**: het "
               "plan zegt er niets over. Klik op een cel of kies hieronder een cel om de bron te zien.")
    index = assistant_or_stop().index
    chosen = _municipality_filter(index, "themes-municipalities")
    matrix = theme_matrix(index, chosen)
    frame = pd.DataFrame(matrix.rows())
    frame = frame.rename(columns={"nr": "Nr.", "veld": "Veiligheidsveld", "thema": "Thema"})
    styled = frame.style.map(lambda v: f"background-color: {STATUS_COLOURS[v]}" if v in STATUS_COLOURS else "",
                             subset=list(matrix.municipalities))
    event = st.dataframe(styled, hide_index=True, on_select="rerun", selection_mode="single-cell",
                         key="themes-matrix")
    st.download_button("Download als CSV", matrix.to_csv().encode("utf-8"), file_name="themas-per-gemeente.csv",
                       mime="text/csv", icon=":material/download:")

    selected = _selected_cell(event, frame, matrix.municipalities)
    themes = list(matrix.themes)
    labels = [f"{t.number} {t.label}" for t in themes]
    default_theme = next((i for i, t in enumerate(themes) if selected and t.label == selected[1]), 0)
    left, right = st.columns(2)
    municipality = left.selectbox("Gemeente", list(matrix.municipalities), key="themes-cell-municipality",
                                  index=list(matrix.municipalities).index(selected[0]) if selected else 0)
    theme_index = right.selectbox("Thema", range(len(themes)), format_func=lambda i: labels[i],
                                  key="themes-cell-theme", index=default_theme)
    cell = matrix.cell(municipality, themes[theme_index].id)
    st.markdown(f"**{inline_text(municipality)} · {inline_text(labels[theme_index])}: "
                f"{STATUS_LABELS[cell.status]}**")
    if cell.citation is None:
        st.caption("Dit plan noemt het thema niet.")
        return
    if cell.priority:
        st.markdown("Prioriteit in het plan: " + plain_line(cell.priority))
    else:
        st.markdown(plain_line(cell.citation.quote))
    _source(cell.citation, index, key="themes-cell-source")


def _selected_cell(event: Any, frame, municipalities: Sequence[str]) -> tuple[str, str] | None:
    """(municipality, theme label) of a clicked matrix cell, if any."""
    try:
        cells = event.selection.cells  # type: ignore[union-attr]
    except AttributeError:
        return None
    if not cells:
        return None
    row, column = cells[0][0], cells[0][1]
    if column not in municipalities:
        return None
    return str(column), str(frame.iloc[int(row)]["Thema"])


# --------------------------------------------------------------------------- compare

def render_compare_page() -> None:
    """Two or more municipalities side by side on a theme or a free question."""
    from assistant.insights.compare import NOT_MENTIONED_TEXT, compare
    from assistant.ingest.themes import load_taxonomy

    st.title("Gemeenten vergelijken", anchor=False)
    st.caption("Kies een thema of stel een vraag: per gemeente de beste passages, prioriteiten en doelstellingen, "
               "allemaal met bron. Staat er niets over in een plan, dan staat dat er expliciet bij.")
    assistant = assistant_or_stop()
    index = assistant.index
    chosen = _municipality_filter(index, "compare-municipalities", minimum=2)
    mode = st.radio("Vergelijk op", ["Thema", "Vraag"], horizontal=True, key="compare-mode")
    taxonomy = load_taxonomy()
    question, theme = "", None
    if mode == "Thema":
        themes = list(taxonomy.themes)
        choice = st.selectbox("Thema", range(len(themes)), format_func=lambda i: f"{themes[i].number} {themes[i].label}",
                              key="compare-theme")
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
        st.caption("Thema: " + inline_text(_theme_labels(comparison.themes)))
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
                    _quoted(p.name, p.citation, index, key=f"cmp-{n}-p{i}", bullet=True)
            if column.passages:
                st.markdown("**Passages**")
                for i, c in enumerate(column.passages):
                    _quoted(c.quote, c, index, key=f"cmp-{n}-s{i}")
            goals = [g for g in column.goals if g.kind == "doelstelling"]
            ambitions = [g for g in column.goals if g.kind == "ambitie"]
            for title, items, tag in (("Doelstellingen", goals, "g"), ("Ambities", ambitions, "a")):
                if items:
                    st.markdown(f"**{title}**")
                    for i, g in enumerate(items):
                        _quoted(g.text, g.citation, index, key=f"cmp-{n}-{tag}{i}", bullet=True)


# --------------------------------------------------------------------------- plans at a glance

def render_plans_page() -> None:
    """A card per plan: metadata, priorities, partners, goals and outline, every item with its source."""
    from assistant.insights.plans import plan_cards

    st.title("Plannen in één oogopslag", anchor=False)
    st.caption("Per plan wat het belangrijkste is om te weten, automatisch uit de tekst gehaald en steeds met bron.")
    index = assistant_or_stop().index
    cards = plan_cards(index)
    if not cards:
        st.info("Er zijn nog geen documenten.", icon=":material/info:")
        return
    choice = st.selectbox("Plan", range(len(cards)), key="plans-card",
                          format_func=lambda i: f"{cards[i].municipality} — {cards[i].title}")
    card = cards[choice]
    st.subheader(inline_text(card.title), anchor=False)
    facts = [("Gemeente", card.municipality), ("Periode", card.period), ("Vastgesteld door", card.adopted_by),
             ("Vastgesteld op", card.adopted_on), ("In werking", card.in_force_from), ("Bron", card.source)]
    st.dataframe([{"Gegeven": k, "Waarde": v} for k, v in facts if v], hide_index=True)
    st.download_button("Download als JSON", json.dumps(card.to_dict(), ensure_ascii=False, indent=2).encode("utf-8"),
                       file_name=f"plan-{card.doc_id}.json", mime="application/json", icon=":material/download:")

    st.markdown("#### Prioriteiten")
    if not card.priorities:
        st.caption("Geen prioriteitenlijst gevonden in dit plan.")
    for i, p in enumerate(card.priorities):
        scope = f" ({SCOPE_LABELS[p.scope]})" if p.scope in SCOPE_LABELS else ""
        theme = f" — thema: {_theme_labels(p.themes)}" if p.themes else ""
        st.markdown(f"- {plain_line(p.name)}{inline_text(scope)}{inline_text(theme)}")
        _source(p.citation, index, key=f"plan-{card.doc_id}-p{i}")

    st.markdown("#### Partners")
    if not card.partners:
        st.caption("Geen lijst van partners gevonden in dit plan.")
    else:
        st.dataframe([{"Partner": p.name, "Genoemd onder": p.group} for p in card.partners], hide_index=True)
        pick = st.selectbox("Bron van partner", range(len(card.partners)), key=f"plan-{card.doc_id}-partner",
                            format_func=lambda i: card.partners[i].name)
        _source(card.partners[pick].citation, index, key=f"plan-{card.doc_id}-partner-src")

    st.markdown("#### Meetbare doelen")
    measurable = card.measurable_goals
    if not measurable:
        st.caption("Dit plan noemt geen doelen met een getal of percentage.")
    for i, goal in enumerate(measurable):
        _quoted(goal.text, goal.citation, index, key=f"plan-{card.doc_id}-m{i}", bullet=True)
    others = [g for g in card.goals if g.kind == "doelstelling" and not g.measurable]
    ambitions = [g for g in card.goals if g.kind == "ambitie"]
    for title, items, tag in (("overige doelstellingen", others, "o"), ("ambities", ambitions, "a")):
        if items and st.toggle(f"Toon {title} ({len(items)})", key=f"plan-{card.doc_id}-{tag}"):
            for i, goal in enumerate(items):
                label = f"{goal.topic}: " if goal.topic else ""
                st.caption(inline_text(label.rstrip(": ")))
                _quoted(goal.text, goal.citation, index, key=f"plan-{card.doc_id}-{tag}{i}", bullet=True)

    st.markdown("#### Inhoud")
    lines = [("    " * (item.level - 1)) + f"- {plain_line(item.title)}" for item in card.outline]
    st.markdown("\n".join(lines) if lines else "*Geen hoofdstukindeling gevonden.*")


# --------------------------------------------------------------------------- glossary

def render_glossary_page() -> None:
    """Abbreviations and defined terms, searchable, each with its defining passage."""
    from assistant.answer.glossary import build_glossary, lookup

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
        _source(_entry_citation(entry, index), index, key=f"glossary-{i}")


def _entry_citation(entry, index: Index) -> Citation:
    from assistant.answer.compose import make_citation

    return make_citation(index, entry.doc_id, entry.start, entry.end)


# --------------------------------------------------------------------------- figures

def _table_frame(table):
    """A table as rows of verbatim cells under unique column names ("vergelijking 2017" after a break)."""
    import pandas as pd

    from assistant.ingest.tables import COMPARISON_LABEL

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


def _chart(points: list[dict[str, Any]], title: str) -> None:
    import altair as alt
    import pandas as pd

    frame = pd.DataFrame(points)
    chart = (alt.Chart(frame, title=title)
             .mark_line(point=True)
             .encode(x=alt.X("jaar:O", title="Jaar"), y=alt.Y("waarde:Q", title="Waarde"),
                     color=alt.Color("reeks:N", title="Reeks"),
                     tooltip=[alt.Tooltip("reeks:N", title="Reeks"), alt.Tooltip("jaar:O", title="Jaar"),
                              alt.Tooltip("cel:N", title="In de tabel")]))
    st.altair_chart(chart)


def render_figures_page() -> None:
    """The statistics tables of each plan, with a chart per row."""
    from assistant.insights.plans import chart_points, document_tables, row_source

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
                          format_func=lambda i: f"{docs[i].municipality} — {docs[i].title}")
    doc = docs[choice]
    for t, table in enumerate(document_tables(index, doc.doc_id)):
        st.subheader(inline_text(table.title), anchor=False)
        if table.heading_path:
            st.caption(inline_text(" › ".join(table.heading_path)))
        st.dataframe(_table_frame(table), hide_index=True)
        chartable = [r for r in table.rows if len(chart_points(table, r)) >= 2]
        if not chartable:
            continue
        pick = st.selectbox("Grafiek van regel", range(len(chartable)), key=f"figures-{doc.doc_id}-{t}",
                            format_func=lambda i, rows=chartable: rows[i].label)
        row = chartable[pick]
        _chart(chart_points(table, row), row.label)
        _source(row_source(doc, row), index, key=f"figures-{doc.doc_id}-{t}-src")


def render_figure_chart(answer: Answer, index: Index) -> bool:
    """A chart beside a figure answer that cites a table row; False when the answer cites none."""
    from assistant.insights.plans import chart_points, cited_table_rows

    rows = cited_table_rows(index, answer.citations)
    if not rows:
        return False
    for doc_id, table, row in rows[:2]:
        _chart(chart_points(table, row), f"{row.label} ({table.title})")
    return True
