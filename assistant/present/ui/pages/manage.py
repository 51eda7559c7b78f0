"""'Documenten beheren': the plans of the collection; correct a plan's metadata, replace it, remove it.

Wiring only: every change is one function of ``assistant.index.intake`` (the single writer,
build-and-swap, the corpus restored when anything fails). While a change is indexed the
previous index keeps answering; afterwards every page reopens the new build.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Callable

import streamlit as st

from assistant.errors import UserError
from assistant.index.intake import (
    ChangeResult,
    DocumentDetails,
    PlanEntry,
    check_details,
    check_upload,
    collection,
    correct_metadata,
    remove_document,
    replace_document,
)
from assistant.ingest.documents import MetadataOrigin
from assistant.insights.plans import status_text
from assistant.present.render_text import inline_text
from assistant.present.ui.state import (
    READER,
    assistant_or_stop,
    current_assistant,
    get_settings,
    page,
    writer_threads,
)
from assistant.present.ui.widgets import progress_callback, show_error

log = logging.getLogger(__name__)

CHOICE = "manage_plan"
DONE = "manage_done"  # (doc_id or None, Dutch message) of the last change, shown after the rerun
GENERATION = "manage_generation"  # bumped after a change: fresh, empty forms and uploader
FAILED = "Wijziging mislukt; er is niets gewijzigd."


def _number(value: int | None) -> str:
    return str(value) if value else "onbekend"


def collection_rows(entries: list[PlanEntry], today: date) -> list[dict[str, str]]:
    """The table of the page: one row per plan, every value as text."""
    return [{"Gemeente": e.metadata.municipality, "Titel": e.metadata.title, "Formaat": e.format or "?",
             "Pagina's": _number(e.pages), "Passages": str(e.chunks), "Periode": e.metadata.period or "onbekend",
             "Status": status_text(e.metadata, today), "Bestand": e.file_name} for e in entries]


def run_change(label: str, change: Callable[..., ChangeResult]) -> ChangeResult | None:
    """Run one change with a progress bar; a failure shows a Dutch message (the corpus is already restored)."""
    with st.status(label, expanded=True) as status:
        bar = st.progress(0.0, text="Voorbereiden…")
        try:
            with writer_threads():
                result = change(progress=progress_callback(bar))
            current_assistant()  # reopen the new build for every page
        except UserError as exc:
            status.update(label=FAILED, state="error")
            show_error(exc.message_nl)
            return None
        except Exception:  # never a traceback in front of a user
            log.exception("change to the collection failed")
            status.update(label=FAILED, state="error")
            show_error("Er ging iets mis bij het bijwerken van de index. Er is niets gewijzigd; probeer het opnieuw.")
            return None
        status.update(label="Klaar", state="complete", expanded=False)
    return result


def _done(doc_id: str | None, message: str) -> None:
    st.session_state[DONE] = (doc_id, message)
    st.session_state[GENERATION] = st.session_state.get(GENERATION, 0) + 1
    st.rerun()


def render_done() -> None:
    done = st.session_state.pop(DONE, None)
    if not done:
        return
    doc_id, message = done
    st.success(inline_text(message), icon=":material/check_circle:")
    reader = page(READER)
    if doc_id and reader is not None:
        st.page_link(reader, label="Bekijk het document", icon=":material/article:", query_params={"doc": doc_id})


def _details_form(key: str, defaults: DocumentDetails, submit: str, icon: str) -> DocumentDetails | None:
    """Municipality, title and period; the details as typed once submitted, else None."""
    with st.form(key):
        municipality = st.text_input("Gemeente", value=defaults.municipality, max_chars=200)
        title = st.text_input("Titel", value=defaults.title, max_chars=200)
        left, right = st.columns(2)
        start = left.number_input("Begin van de periode (jaar)", min_value=1900, max_value=2100, step=1,
                                  value=defaults.period_start, placeholder="onbekend")
        end = right.number_input("Einde van de periode (jaar)", min_value=1900, max_value=2100, step=1,
                                 value=defaults.period_end, placeholder="onbekend")
        submitted = st.form_submit_button(submit, type="primary", icon=icon)
    return DocumentDetails(municipality, title, start, end) if submitted else None


def _checked(details: DocumentDetails, known: list[str]) -> DocumentDetails | None:
    try:
        return check_details(details, known)
    except UserError as exc:
        show_error(exc.message_nl)
        return None


def render_correct(entry: PlanEntry, known: list[str], generation: int) -> None:
    m = entry.metadata
    st.caption("De gegevens worden in het metadatabestand naast het document bewaard (‘.meta.toml’); "
               "daarna wordt de index bijgewerkt.")
    typed = _details_form(f"manage-correct-{entry.doc_id}-{generation}",
                          DocumentDetails(m.municipality, m.title, m.period_start, m.period_end),
                          "Gegevens opslaan", ":material/save:")
    details = _checked(typed, known) if typed is not None else None
    if details is None:
        return
    if details == DocumentDetails(m.municipality, m.title, m.period_start, m.period_end):
        st.info("Er is niets gewijzigd: de gegevens zijn dezelfde.", icon=":material/info:")
        return
    settings, embedder = get_settings(), current_assistant().embedder
    result = run_change("Gegevens opslaan en de index bijwerken…",
                        lambda progress: correct_metadata(settings, embedder, entry.doc_id, details, progress=progress))
    if result is not None:
        _done(entry.doc_id, result.message_nl)


def render_replace(entry: PlanEntry, known: list[str], generation: int) -> None:
    settings = get_settings()
    st.caption("Kies het bestand van een nieuwere versie van dit plan. Het oude bestand en zijn passages verdwijnen "
               "uit de index; tekst die niet is veranderd, hoeft niet opnieuw te worden verwerkt.")
    uploaded = st.file_uploader("Nieuwe versie kiezen", key=f"manage-replace-{entry.doc_id}-{generation}",
                                help="Het bestand krijgt de naam van het plan dat het vervangt.")
    if uploaded is None:
        return
    try:
        draft = check_upload(uploaded.name, uploaded.getvalue(), settings)
    except UserError as exc:
        show_error(exc.message_nl)
        return
    inferred, m = draft.defaults(), entry.metadata
    st.info(inline_text(f"‘{draft.original_name}’ is gelezen ({len(draft.document.text):,} tekens). Controleer de "
                        "gegevens van de nieuwe versie en vervang het plan.".replace(",", ".")),
            icon=":material/description:")
    # The new version's own title and period where its text states them; otherwise the plan's current ones.
    from_text = draft.document.metadata.metadata_origin != MetadataOrigin.FILENAME
    defaults = DocumentDetails(m.municipality, inferred.title if from_text else m.title,
                               inferred.period_start or m.period_start, inferred.period_end or m.period_end)
    typed = _details_form(f"manage-replace-form-{entry.doc_id}-{generation}", defaults, "Plan vervangen",
                          ":material/swap_horiz:")
    details = _checked(typed, known) if typed is not None else None
    if details is None:
        return
    embedder = current_assistant().embedder
    result = run_change("Plan vervangen en de index bijwerken…",
                        lambda progress: replace_document(settings, embedder, entry.doc_id, draft, details,
                                                          progress=progress))
    if result is not None:
        _done(entry.doc_id, result.message_nl)


def render_remove(entry: PlanEntry, count: int, generation: int) -> None:
    if count <= 1:
        st.info("Dit is het enige document in de collectie. Voeg eerst een ander document toe; een lege collectie "
                "kan niet worden doorzocht.", icon=":material/info:")
        return
    st.caption(inline_text(f"Het bestand ‘{entry.file_name}’ en zijn metadata worden uit de documentenmap "
                           "verwijderd en de index wordt zonder dit plan opnieuw opgebouwd."))
    sure = st.checkbox(inline_text(f"Ja, verwijder ‘{entry.metadata.title}’ ({entry.metadata.municipality})"),
                       key=f"manage-remove-sure-{entry.doc_id}-{generation}")
    if not st.button("Plan verwijderen", type="primary", icon=":material/delete:", disabled=not sure,
                     key=f"manage-remove-{entry.doc_id}-{generation}"):
        return
    settings, embedder = get_settings(), current_assistant().embedder
    result = run_change("Plan verwijderen en de index bijwerken…",
                        lambda progress: remove_document(settings, embedder, entry.doc_id, progress=progress))
    if result is not None:
        st.session_state.pop(CHOICE, None)
        _done(None, result.message_nl)


def render_manage_page() -> None:
    assistant = assistant_or_stop()
    index = assistant.index
    st.title("Documenten beheren", anchor=False)
    st.caption("Alle plannen in de collectie. Corrigeer de gegevens van een plan, vervang het door een nieuwere versie "
               "of verwijder het. Na elke wijziging wordt de index opnieuw opgebouwd; tot die klaar is, blijft de "
               "vorige index antwoorden.")
    render_done()
    entries = collection(index)
    st.table(collection_rows(entries, date.today()), hide_index=True)
    by_id = {e.doc_id: e for e in entries}
    if st.session_state.get(CHOICE) not in by_id:
        st.session_state.pop(CHOICE, None)
    doc_id = st.selectbox("Plan", list(by_id), key=CHOICE, placeholder="Kies een plan",
                          format_func=lambda d: f"{by_id[d].metadata.municipality} — {by_id[d].metadata.title}")
    entry = by_id[doc_id]
    generation = st.session_state.setdefault(GENERATION, 0)
    correct, replace, remove = st.tabs(["Gegevens corrigeren", "Nieuwe versie", "Verwijderen"])
    with correct:
        render_correct(entry, index.municipalities, generation)
    with replace:
        render_replace(entry, index.municipalities, generation)
    with remove:
        render_remove(entry, len(entries), generation)
