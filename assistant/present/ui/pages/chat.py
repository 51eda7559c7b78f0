"""The chat page: onboarding, the conversation of this browser tab, feedback and export."""

from __future__ import annotations

import logging
import re
import time
import uuid
from datetime import datetime

import streamlit as st

from assistant.errors import QuestionError
from assistant.index.store import Index
from assistant.present.export import Turn, conversation_markdown, export_file_name
from assistant.present.feedback import citation_records
from assistant.present.render_text import inline_text
from assistant.present.ui.sidebar import Scope, current_scope
from assistant.present.ui.state import PENDING, TURNS, assistant_or_stop, get_feedback_store, try_assistant, turns
from assistant.present.ui.widgets import render_answer, show_warning

log = logging.getLogger(__name__)

DRAWN = "chat_drawn"  # turns the last full run drew (the conversation fragment draws the rest)

# "… 40 woninginbraken in 2017 …": a figure the seed plans state, turned into an example question.
_FIGURE = re.compile(r"\b(\d{1,6})\s+([a-zà-ÿ]{6,}en)\s+in\s+((?:19|20)\d\d)\b")
_DEFINITION_TERMS = (("RIEC", "Wat doet het RIEC?"), ("Veiligheidshuis", "Wat doet het Zorg- en Veiligheidshuis?"),
                     ("Bibob", "Wat is de Wet Bibob?"))


def example_questions(index: Index, limit: int = 5) -> list[str]:
    """Example questions that work on this corpus: priorities per municipality, a definition, a comparison, a figure."""
    documents = sorted(index.documents.values(), key=lambda d: (d.municipality, d.title))
    municipalities = index.municipalities
    questions: list[str] = []
    for municipality in municipalities[:2]:
        plan = next(d for d in documents if d.municipality == municipality)
        period = f" voor {plan.metadata.period_start}-{plan.metadata.period_end}" if (
            plan.metadata.period_start and plan.metadata.period_end) else ""
        questions.append(f"Welke prioriteiten heeft {municipality}{period}?")
    texts = [d.text for d in documents]
    for term, question in _DEFINITION_TERMS:
        if any(term in text for text in texts):
            questions.append(question)
            break
    if len(municipalities) >= 2:
        a, b = municipalities[0], municipalities[1]
        questions.append(f"Vergelijk de aanpak van ondermijning in {a} en {b}")
    for document in documents:
        match = _FIGURE.search(document.text)
        if match:
            questions.append(f"Hoeveel {match.group(2)} waren er in {document.municipality} in {match.group(3)}?")
            break
    return questions[:limit]


def _ask_example(question: str) -> None:
    st.session_state[PENDING] = question


def _new_conversation() -> None:
    st.session_state[TURNS] = []


def render_intro(index: Index) -> None:
    names = ", ".join(index.municipalities)
    st.markdown("#### Welkom bij Beleidswijzer")
    st.markdown(
        "Stel een vraag over het integrale veiligheidsbeleid van gemeenten. Beleidswijzer zoekt het antwoord in de "
        f"beleidsplannen ({inline_text(names)}) en laat alleen zinnen zien die **letterlijk** in die plannen staan, "
        "elk met een genummerde bron. Klik op een bron om de passage te lezen, of open het document precies op die plek.")
    st.markdown("Probeer bijvoorbeeld:")
    for i, question in enumerate(example_questions(index)):
        st.button(inline_text(question), key=f"example-{i}", on_click=_ask_example, args=(question,),
                  icon=":material/help:")
    st.caption("Met de filters in de zijbalk beperkt u het zoeken tot gemeenten of een planperiode. "
               "Nieuwe plannen voegt u toe via ‘Document toevoegen’.")


def ask(assistant, question: str, scope: Scope) -> Turn:
    """Wiring: one question through ``Assistant.ask`` into a ``Turn`` (a refusal becomes a Dutch message)."""
    turn_id = uuid.uuid4().hex
    asked_at = datetime.now().isoformat(timespec="seconds")
    municipalities = tuple(scope.municipalities or ())
    if scope.empty:
        return Turn(turn_id, question, None, "Geen enkel document past bij de filters in de zijbalk. "
                    "Pas de filters aan en stel de vraag opnieuw.", municipalities, scope.period, asked_at)
    started = time.perf_counter()
    try:
        answer = assistant.ask(question, municipalities=list(municipalities) or None,
                               doc_ids=list(scope.doc_ids) if scope.doc_ids is not None else None)
    except QuestionError as exc:
        return Turn(turn_id, question, None, exc.message_nl, municipalities, scope.period, asked_at)
    except Exception:  # never a traceback in front of a user
        log.exception("answering failed")
        return Turn(turn_id, question, None, "Er ging iets mis bij het zoeken. Probeer het opnieuw of stel de vraag anders.",
                    municipalities, scope.period, asked_at)
    return Turn(turn_id, question, answer, "", municipalities, scope.period, asked_at, time.perf_counter() - started)


def _on_feedback(turn_id: str) -> None:
    value = st.session_state.get(f"feedback-{turn_id}")
    turn = next((t for t in turns() if t.turn_id == turn_id), None)
    if turn is None or turn.answer is None:
        return
    store = get_feedback_store()
    if value is None:
        store.remove(turn_id)
        return
    assistant, _ = try_assistant()
    build_id = assistant.index.build_id if assistant else ""
    store.record(turn_id, 1 if value == 1 else -1, turn.question, turn.answer.text, citation_records(turn.answer.citations),
                 turn.municipalities, build_id)
    st.toast("Bedankt! Uw beoordeling is opgeslagen." if value == 1 else
             "Bedankt! Dit antwoord wordt bekeken om Beleidswijzer te verbeteren.", icon=":material/check:")


def render_turn(turn: Turn, index: Index) -> None:
    with st.chat_message("user"):
        st.markdown(inline_text(turn.question))
    with st.chat_message("assistant"):
        render_reply(turn, index)


def render_reply(turn: Turn, index: Index) -> None:
    if turn.answer is None:
        show_warning(turn.message)
        return
    render_answer(turn.answer, index, key=turn.turn_id)
    sources = len(turn.answer.citations)
    info = f"{sources} {'bron' if sources == 1 else 'bronnen'} · {turn.seconds:.2f} s".replace(".", ",")
    if turn.municipalities:
        info += " · gefilterd op " + ", ".join(turn.municipalities)
    left, right = st.columns([3, 1], vertical_alignment="center")
    left.caption(inline_text(info))
    with right:
        st.feedback("thumbs", key=f"feedback-{turn.turn_id}", on_change=_on_feedback, args=(turn.turn_id,))


def render_conversation_tools(history: list[Turn]) -> None:
    with st.sidebar:
        st.divider()
        st.markdown("**Gesprek**")
        now = datetime.now()
        # The export is written when it is clicked, not on every question.
        st.download_button("Gesprek downloaden (Markdown)", data=lambda: conversation_markdown(history, datetime.now()),
                           file_name=export_file_name(now), mime="text/markdown", icon=":material/download:",
                           disabled=not history, on_click="ignore", key="export")
        st.button("Nieuw gesprek", on_click=_new_conversation, disabled=not history, icon=":material/restart_alt:",
                  key="new-conversation")


@st.fragment
def render_conversation(assistant) -> None:
    """The question box, the turns the full run did not draw, the new question and its answer.

    A fragment: asking a question reruns only this, so the turns already on screen are not sent
    to the browser again (that grew with every question). The full run draws the conversation so
    far (``DRAWN``); this draws what came after it.
    """
    index = assistant.index
    with st.bottom:
        typed = st.chat_input("Stel een vraag over het veiligheidsbeleid…", key="question")
    question = typed or st.session_state.pop(PENDING, None)
    history = turns()
    drawn = st.session_state.get(DRAWN, 0)
    if len(history) < drawn:  # a new conversation: the turns drawn outside this fragment must go
        st.rerun()
    if not history and not question:
        render_intro(index)
    for turn in history[drawn:]:
        render_turn(turn, index)
    if question:
        with st.chat_message("user"):
            st.markdown(inline_text(question))
        with st.chat_message("assistant"):
            with st.spinner("Ik zoek in de beleidsplannen…"):
                turn = ask(assistant, question, current_scope())
            history.append(turn)
            render_reply(turn, index)
    render_conversation_tools(history)


def render_chat_page() -> None:
    assistant = assistant_or_stop()
    index = assistant.index
    history = turns()
    st.title("Beleidswijzer", anchor=False)
    st.caption("Antwoorden uit gemeentelijke veiligheidsplannen — letterlijk geciteerd, met bronnen.")
    st.session_state[DRAWN] = len(history)
    for turn in history:
        render_turn(turn, index)
    render_conversation(assistant)
