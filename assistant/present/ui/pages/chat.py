"""The chat page: onboarding, the conversation of this browser tab, feedback and export."""

from __future__ import annotations

import logging
import re
import time
import uuid
from datetime import datetime

import streamlit as st

from assistant.answer.lookup import lookups
from assistant.ask.conversation import Context
from assistant.errors import QuestionError
from assistant.index.store import Index
from assistant.present.export import Turn, answer_copy_text, conversation_markdown, export_file_name
from assistant.present.feedback import citation_records
from assistant.present.render_text import inline_text
from assistant.present.ui.sidebar import Scope, current_scope
from assistant.present.ui.state import PENDING, TURNS, assistant_or_stop, get_feedback_store, try_assistant, turns
from assistant.present.ui.widgets import render_answer, show_warning

log = logging.getLogger(__name__)

DRAWN = "chat_drawn"  # turns the last full run drew (the conversation fragment draws the rest)
UNFILTERED = "pending_unfiltered"  # the pending question is asked without the sidebar's filters
REDRAW = "chat_redraw"  # a drawn turn was replaced (read literally): the whole page is drawn again

# "… 40 woninginbraken in 2017 …": a figure the plans state, turned into an example question.
_FIGURE = re.compile(r"\b(\d{1,6})\s+([a-zà-ÿ]{6,}en)\s+in\s+((?:19|20)\d\d)\b")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{2,7}$")


def example_questions(index: Index, limit: int = 5) -> list[str]:
    """Example questions that work on this corpus: priorities per municipality, a definition, a comparison, a figure
    (made once per build: the intro shows them on every new conversation)."""
    return index.derived("example_questions", _example_questions)[:limit]


def _example_questions(index: Index) -> list[str]:
    documents = sorted(index.documents.values(), key=lambda d: (d.municipality, d.title))
    municipalities = index.municipalities
    questions: list[str] = []
    for municipality in municipalities[:2]:
        plan = next(d for d in documents if d.municipality == municipality)
        period = f" voor {plan.metadata.period}" if plan.metadata.period_end else ""
        questions.append(f"Welke prioriteiten heeft {municipality}{period}?")
    # an abbreviation the plans spell out, from the glossary (the same entry the glossary page shows)
    # (the one the plans use most: the abbreviation a new colleague meets first)
    spelled = sorted({e.term for e in lookups(index).glossary if e.expansion and _ACRONYM.match(e.term)})
    if spelled:
        used = {term: sum(len(re.findall(rf"\b{re.escape(term)}\b", d.text)) for d in documents) for term in spelled}
        questions.append(f"Waar staat {max(spelled, key=lambda t: (used[t], t))} voor?")
    if len(municipalities) >= 2:
        a, b = municipalities[0], municipalities[1]
        questions.append(f"Vergelijk de aanpak van ondermijning in {a} en {b}")
    for document in documents:
        match = _FIGURE.search(document.text)
        if match:
            questions.append(f"Hoeveel {match.group(2)} waren er in {document.municipality} in {match.group(3)}?")
            break
    return questions


def _ask_example(question: str, unfiltered: bool = False) -> None:
    st.session_state[PENDING] = question
    st.session_state[UNFILTERED] = unfiltered


def _last_context(history: list[Turn]) -> Context | None:
    """The context the next question is read in: that of the last answered turn."""
    return next((t.context for t in reversed(history) if t.answer is not None), None)


def _read_literally(turn_id: str) -> None:
    """Undo a follow-up's reading: the question is asked again as typed, and replaces its turn."""
    history = turns()
    at = next((i for i, t in enumerate(history) if t.turn_id == turn_id), None)
    assistant, _ = try_assistant()
    if at is None or assistant is None:
        return
    old = history[at]
    history[at] = ask(assistant, old.question, current_scope(), None)
    st.session_state[REDRAW] = True


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


def ask(assistant, question: str, scope: Scope, context: Context | None = None) -> Turn:
    """Wiring: one question through ``Assistant.ask`` into a ``Turn`` (a refusal becomes a Dutch message);
    ``context`` is the conversation the question is read in."""
    turn_id = uuid.uuid4().hex
    asked_at = datetime.now().isoformat(timespec="seconds")
    municipalities = tuple(scope.municipalities or ())
    if scope.empty:
        return Turn(turn_id, question, None, "Geen enkel document past bij de filters in de zijbalk. "
                    "Pas de filters aan en stel de vraag opnieuw.", municipalities, scope.period, asked_at,
                    context=context)
    started = time.perf_counter()
    try:
        answer = assistant.ask(question, municipalities=list(municipalities) or None,
                               doc_ids=list(scope.doc_ids) if scope.doc_ids is not None else None, context=context)
    except QuestionError as exc:
        return Turn(turn_id, question, None, exc.message_nl, municipalities, scope.period, asked_at, context=context)
    except Exception:  # never a traceback in front of a user
        log.exception("answering failed")
        return Turn(turn_id, question, None, "Er ging iets mis bij het zoeken. Probeer het opnieuw of stel de vraag anders.",
                    municipalities, scope.period, asked_at, context=context)
    return Turn(turn_id, question, answer, "", municipalities, scope.period, asked_at, time.perf_counter() - started,
                assistant.follow(context, answer))


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


def render_reading(turn: Turn) -> None:
    """'Gelezen als: …' for a follow-up read in the light of the conversation, with the way to undo it."""
    reading = turn.answer.reading if turn.answer is not None else None
    if reading is None:
        return
    left, right = st.columns([4, 1], vertical_alignment="center")
    left.caption(inline_text(f"Gelezen als: {reading.text}"))
    right.button("Letterlijk vragen", key=f"literal-{turn.turn_id}", on_click=_read_literally, args=(turn.turn_id,),
                 help="Stel de vraag opnieuw zoals u hem typte, zonder het eerdere gesprek.", type="tertiary")


def render_suggestions(turn: Turn) -> None:
    """The next questions offered under an answer, one click each."""
    suggestions = turn.answer.suggestions if turn.answer is not None else ()
    if not suggestions:
        return
    with st.container(horizontal=True):  # the buttons wrap as their labels need, none cut off
        for i, suggestion in enumerate(suggestions):
            st.button(inline_text(suggestion.label), key=f"suggest-{turn.turn_id}-{i}", on_click=_ask_example,
                      args=(suggestion.question, suggestion.unfiltered), icon=":material/arrow_forward:",
                      help=inline_text(suggestion.question))


def render_reply(turn: Turn, index: Index) -> None:
    if turn.answer is None:
        show_warning(turn.message)
        return
    render_reading(turn)
    render_answer(turn.answer, index, key=turn.turn_id)
    render_suggestions(turn)
    sources = len(turn.answer.citations)
    info = f"{sources} {'bron' if sources == 1 else 'bronnen'} · {turn.seconds:.2f} s".replace(".", ",")
    if turn.municipalities:
        info += " · gefilterd op " + ", ".join(turn.municipalities)
    left, middle, right = st.columns([3, 1, 1], vertical_alignment="center")
    left.caption(inline_text(info))
    with middle.popover("Kopiëren", icon=":material/content_copy:"):
        st.caption("Het antwoord met de bronnen; klik op het kopieersymbool rechtsboven.")
        st.code(answer_copy_text(turn.answer), language="markdown", wrap_lines=True)
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
    unfiltered = bool(st.session_state.pop(UNFILTERED, False)) and not typed
    history = turns()
    drawn = st.session_state.get(DRAWN, 0)
    if len(history) < drawn or st.session_state.pop(REDRAW, False):
        st.rerun()  # a new conversation, or a turn read again: what the full run drew must go
    if not history and not question:
        render_intro(index)
    for turn in history[drawn:]:
        render_turn(turn, index)
    if question:
        with st.chat_message("user"):
            st.markdown(inline_text(question))
        with st.chat_message("assistant"):
            with st.spinner("Ik zoek in de beleidsplannen…"):
                scope = Scope() if unfiltered else current_scope()
                turn = ask(assistant, question, scope, _last_context(history))
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
