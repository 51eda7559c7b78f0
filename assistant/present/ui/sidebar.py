"""The sidebar: filters (municipalities, plan period) and the state of the index.

The filters narrow the search to municipalities and, with the period filter, to the
plans whose period overlaps the chosen years (plans without a known period always
count). That is what ``Assistant.ask`` can
filter on, and the sidebar says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterable, Sequence

import streamlit as st

from assistant.index.build import index_status
from assistant.index.store import Index
from assistant.present.render_text import inline_text
from assistant.present.ui.state import get_settings

MUNICIPALITIES = "filter_municipalities"
PERIOD = "filter_period"
SCOPE = "filter_scope"


@dataclass(frozen=True)
class Scope:
    """What the filters allow: ``municipalities`` None means everything."""

    municipalities: tuple[str, ...] | None = None
    period: tuple[int, int] | None = None
    chosen: tuple[str, ...] = ()
    doc_ids: tuple[str, ...] | None = None  # the plans whose period overlaps (None: no period filter)

    @property
    def empty(self) -> bool:
        return self.municipalities == ()

    @property
    def active(self) -> bool:
        return self.municipalities is not None


def period_bounds(periods: Iterable[tuple[int | None, int | None]]) -> tuple[int, int] | None:
    years = [y for pair in periods for y in pair if y]
    return (min(years), max(years)) if years else None


def overlaps(period: tuple[int | None, int | None], wanted: tuple[int, int]) -> bool:
    start, end = period
    if not start and not end:
        return True  # unknown period: never filtered away
    start, end = start or end, end or start
    return start <= wanted[1] and end >= wanted[0]


def scope_for(documents: Sequence[tuple[str, str, int | None, int | None]], chosen: Sequence[str] = (),
              period: tuple[int, int] | None = None, bounds: tuple[int, int] | None = None) -> Scope:
    """What the filters leave; pure (documents are (doc_id, municipality, period_start, period_end)).

    The period filter works per plan: a municipality with an old and a new plan keeps only the plan
    whose period overlaps the chosen years.
    """
    period_active = period is not None and bounds is not None and tuple(period) != tuple(bounds)
    if not chosen and not period_active:
        return Scope(None, None, ())
    kept = [(d, m) for d, m, a, b in documents
            if (not chosen or m in chosen) and (not period_active or overlaps((a, b), period))]
    return Scope(tuple(sorted({m for _, m in kept})), tuple(period) if period_active else None, tuple(chosen),
                 tuple(sorted(d for d, _ in kept)) if period_active else None)


def document_periods(index: Index) -> list[tuple[str, str, int | None, int | None]]:
    return [(d.doc_id, d.municipality, d.metadata.period_start, d.metadata.period_end) for d in index.documents.values()]


def current_scope() -> Scope:
    return st.session_state.get(SCOPE, Scope())


@st.cache_data(ttl=30, show_spinner=False)
def _status(index_dir: str, build_id: str) -> tuple[str, str]:
    status = index_status(get_settings())
    return status.state, status.reason_nl


def _built_at(value: str | None) -> str:
    if not value:
        return "onbekend"
    try:
        return datetime.fromisoformat(value).astimezone().strftime("%d-%m-%Y %H:%M")
    except ValueError:
        return value


def render_index_status(index: Index) -> None:
    info = index.describe()
    st.markdown("**Index**")
    left, right = st.columns(2)
    left.metric("Documenten", info["documents"])
    right.metric("Passages", info["chunks"])
    model = Path(str(info.get("model") or "onbekend")).name
    st.caption(inline_text(f"Model: {model}") + "  \n" + inline_text(f"Gebouwd: {_built_at(info.get('built_at'))}")
               + "  \n" + inline_text(f"Build: {info['build_id']}"))
    state, reason = _status(str(index.settings.index_dir), index.build_id)
    if state != "current":
        st.warning(inline_text(f"{reason} Voer ‘make ingest’ uit om de index bij te werken."), icon=":material/sync_problem:")
    for problem in info.get("problems") or []:
        name = Path(str(problem.get("path", ""))).name
        st.caption(inline_text(f"Niet gelezen: {name} — {problem.get('message_nl', '')}"))


def render_filters(index: Index) -> Scope:
    municipalities = index.municipalities
    st.markdown("**Filters**")
    # A municipality that disappeared from the index must not break the widget.
    if MUNICIPALITIES in st.session_state:
        st.session_state[MUNICIPALITIES] = [m for m in st.session_state[MUNICIPALITIES] if m in municipalities]
    chosen = st.multiselect("Gemeenten", municipalities, key=MUNICIPALITIES, placeholder="Alle gemeenten",
                            help="Zoek alleen in de plannen van deze gemeenten.", select_all=False)
    documents = document_periods(index)
    bounds = period_bounds((a, b) for _, _, a, b in documents)
    period = None
    if bounds and bounds[0] < bounds[1]:
        current = st.session_state.get(PERIOD)
        if not current or current[0] < bounds[0] or current[1] > bounds[1]:
            st.session_state[PERIOD] = bounds
        period = st.slider("Periode van het plan", bounds[0], bounds[1], key=PERIOD, step=1,
                           help="Alleen plannen waarvan de looptijd deze jaren raakt. "
                                "Plannen zonder bekende periode tellen altijd mee.")
    scope = scope_for(documents, chosen, period, bounds)
    if scope.empty:
        st.warning("Geen enkel document past bij deze filters.", icon=":material/filter_alt_off:")
    elif scope.active:
        st.caption(inline_text("Zoekt in: " + ", ".join(scope.municipalities or ())))
    st.session_state[SCOPE] = scope
    return scope


def render_sidebar(index: Index) -> Scope:
    with st.sidebar:
        scope = render_filters(index)
        st.divider()
        render_index_status(index)
    return scope
