"""'Thema's': municipalities × the 22 VNG themes, each cell with its source."""

from __future__ import annotations

from typing import Any, Sequence

import pandas as pd
import streamlit as st

from assistant.insights.matrix import theme_matrix
from assistant.present.render_text import inline_text, plain_line
from assistant.present.ui.state import assistant_or_stop
from assistant.present.ui.widgets import STATUS_COLOURS, STATUS_LABELS, municipality_filter, source


def render_themes_page() -> None:
    """Municipalities × the 22 VNG themes: priority, discussed or not mentioned, each cell with its source."""
    st.title("Thema's per gemeente", anchor=False)
    st.caption("De 22 veiligheidsthema's van de VNG-methode Kernbeleid Veiligheid. **Prioriteit**: het plan noemt "
               "het thema als prioriteit of speerpunt. **Besproken**: het plan gaat erop in. **Niet genoemd**: het "
               "plan zegt er niets over. Klik op een cel of kies hieronder een cel om de bron te zien.")
    index = assistant_or_stop().index
    chosen = municipality_filter(index, "themes-municipalities")
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
                                  index=list(matrix.municipalities).index(selected[0]) if selected else 0,
                                  placeholder="Kies een gemeente")
    theme_index = right.selectbox("Thema", range(len(themes)), format_func=lambda i: labels[i],
                                  key="themes-cell-theme", index=default_theme, placeholder="Kies een thema")
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
    source(cell.citation, index, key="themes-cell-source")


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
