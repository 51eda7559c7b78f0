"""'Document toevoegen': upload a plan, confirm its municipality and title, index it.

Wiring only: the checks, the safe file name, the writing and the rollback live
in ``assistant.intake``. A file that cannot be used gets a Dutch message and
changes nothing.
"""

from __future__ import annotations

import logging

import streamlit as st

from assistant.errors import UserError
from assistant.index.intake import DocumentDetails, add_document, check_details, check_upload
from assistant.ingest.documents import supported_suffixes
from assistant.present.render_text import highlight_markdown, inline_text
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

GENERATION = "upload_generation"  # bumped after a successful upload: a fresh, empty uploader
DONE = "upload_done"
PREVIEW_CHARS = 1500


def render_done() -> None:
    done = st.session_state.pop(DONE, None)
    if not done:
        return
    doc_id, title, municipality, documents = done
    st.success(inline_text(f"‘{title}’ ({municipality}) is toegevoegd. De index bevat nu {documents} documenten; "
                           "het document is direct doorzoekbaar."), icon=":material/check_circle:")
    reader = page(READER)
    if reader is not None:
        st.page_link(reader, label="Bekijk het document", icon=":material/article:", query_params={"doc": doc_id})


def render_upload_page() -> None:
    assistant = assistant_or_stop()
    settings = get_settings()
    st.title("Document toevoegen", anchor=False)
    st.markdown(inline_text(f"Voeg een beleidsplan toe aan de collectie. Toegestaan: {', '.join(supported_suffixes())}; "
                            f"maximaal {settings.max_upload_mb} MB.")
                + " Na het toevoegen is het document meteen doorzoekbaar.")
    render_done()
    generation = st.session_state.setdefault(GENERATION, 0)
    uploaded = st.file_uploader("Kies een bestand", key=f"upload-{generation}",
                                help="Het bestand wordt onder een veilige naam in de documentenmap opgeslagen.")
    if uploaded is None:
        return
    try:
        draft = check_upload(uploaded.name, uploaded.getvalue(), settings)
    except UserError as exc:
        show_error(exc.message_nl)
        return
    defaults = draft.defaults()
    st.info(inline_text(f"‘{draft.original_name}’ is gelezen ({len(draft.document.text):,} tekens). "
                        "Controleer de gegevens en voeg het document toe.".replace(",", ".")), icon=":material/description:")
    with st.form(f"details-{generation}"):
        municipality = st.text_input("Gemeente", value=defaults.municipality, max_chars=200,
                                     help="Afgeleid uit de tekst; pas aan als het niet klopt.")
        title = st.text_input("Titel", value=defaults.title, max_chars=200)
        left, right = st.columns(2)
        start = left.number_input("Begin van de periode (jaar)", min_value=1900, max_value=2100, step=1,
                                  value=defaults.period_start, placeholder="onbekend")
        end = right.number_input("Einde van de periode (jaar)", min_value=1900, max_value=2100, step=1,
                                 value=defaults.period_end, placeholder="onbekend")
        with st.expander("Begin van de tekst"):
            text = draft.document.text
            st.markdown(highlight_markdown(text[:PREVIEW_CHARS], tail="…" if len(text) > PREVIEW_CHARS else ""))
        submitted = st.form_submit_button("Toevoegen aan de collectie", type="primary", icon=":material/add:")
    if not submitted:
        return
    try:
        details = check_details(DocumentDetails(municipality, title, start, end), assistant.index.municipalities)
    except UserError as exc:
        show_error(exc.message_nl)
        return
    with st.status("Document toevoegen…", expanded=True) as status:
        bar = st.progress(0.0, text="Bestand opslaan…")
        try:
            with writer_threads():
                result = add_document(settings, assistant.embedder, draft, details, progress=progress_callback(bar))
            refreshed = current_assistant()
        except UserError as exc:
            status.update(label="Toevoegen mislukt; er is niets gewijzigd.", state="error")
            show_error(exc.message_nl)
            return
        except Exception:  # never a traceback in front of a user
            log.exception("upload failed")
            status.update(label="Toevoegen mislukt; er is niets gewijzigd.", state="error")
            show_error("Er ging iets mis bij het toevoegen. Het document is niet toegevoegd; probeer het opnieuw.")
            return
        status.update(label="Document toegevoegd", state="complete", expanded=False)
    st.session_state[DONE] = (result.doc_id, details.title, details.municipality, len(refreshed.index.documents))
    st.session_state[GENERATION] = generation + 1
    st.rerun()
