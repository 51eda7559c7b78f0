"""The Streamlit app, driven by ``streamlit.testing.v1.AppTest`` against a private copy of the seed index.

The model is loaded once (``state.get_embedder`` stays cached across tests);
settings and the assistant are re-created per test so every test sees its own
corpus, index and feedback folders.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.answer.glossary import build_glossary
from assistant.config import PROJECT_ROOT
from assistant.present.export import conversation_markdown
from assistant.present.feedback import FeedbackStore, feedback_path
from assistant.present.ui import state
from assistant.present.ui.pages.chat import example_questions
from assistant.present.ui.pages.reader import Target, document_parts, parse_target
from assistant.present.ui.sidebar import Scope, overlaps, scope_for

APP = str(PROJECT_ROOT / "app.py")
TIMEOUT = 180  # the first run loads the embedding model (~15 s; more on a busy machine)

AppTest = pytest.importorskip("streamlit.testing.v1").AppTest


@pytest.fixture()
def app_settings(tmp_path, seed_settings, seed_index, monkeypatch):
    """Environment pointing the app at a copy of the seed corpus and index (never the real corpus/)."""
    corpus, index, data = tmp_path / "corpus", tmp_path / "index", tmp_path / "data"
    shutil.copytree(seed_settings.corpus_dir, corpus)
    shutil.copytree(seed_settings.index_dir, index, ignore=shutil.ignore_patterns(".lock"))
    monkeypatch.setenv("BW_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("BW_INDEX_DIR", str(index))
    monkeypatch.setenv("BW_DATA_DIR", str(data))
    fresh_app_state()
    yield seed_settings.replace(corpus_dir=corpus, index_dir=index, data_dir=data)
    fresh_app_state()


def fresh_app_state() -> None:
    state.get_settings.clear()
    state.get_assistant.clear()
    state.get_feedback_store.clear()


def run_app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, at.exception
    return at


def ask(at: AppTest, question: str) -> AppTest:
    at.chat_input(key="question").set_value(question).run()
    assert not at.exception, at.exception
    return at


def last_turn(at: AppTest):
    return at.session_state["turns"][-1]


def corpus_names(settings) -> list[str]:
    return sorted(p.name for p in Path(settings.corpus_dir).iterdir())


# --------------------------------------------------------------------------- chat

def test_first_open_shows_an_introduction_and_example_questions(app_settings):
    at = run_app()
    assert any("Welkom bij Beleidswijzer" in m.value for m in at.markdown)
    labels = [b.label for b in at.button if b.key and b.key.startswith("example-")]
    assert len(labels) >= 4
    assert at.metric[0].label == "Documenten" and at.metric[0].value == "2"


def test_a_question_gets_an_answer_with_numbered_citations_and_highlighted_passages(app_settings):
    at = ask(run_app(), "Wat doet het RIEC?")
    answer = last_turn(at).answer
    assert answer is not None and answer.citations
    # one source box per passage, its label naming the numbers of the citations inside it, each number once
    boxes = [e.label for e in at.expander if e.label.startswith("\\[")]
    assert boxes[0].startswith("\\[1\\] ") or boxes[0].startswith("\\[1–")
    assert sorted(n for label in boxes for n in source_numbers(label)) == list(range(1, len(answer.citations) + 1))
    highlighted = [m.value for m in at.markdown if ":orange-background[" in m.value]
    assert len(highlighted) >= len(boxes)
    assert len(at.page_link) >= len(boxes)
    assert not any("tekens" in e.label for e in at.expander)
    assert not any("Welkom bij Beleidswijzer" in m.value for m in at.markdown)


def source_numbers(label: str) -> list[int]:
    """The citation numbers a source box's label names: '\\[1–3\\] …' -> [1, 2, 3], '\\[1, 4\\] …' -> [1, 4]."""
    inside = label[2:label.index("\\]")]
    numbers: list[int] = []
    for part in inside.split(","):
        first, _, last = part.strip().partition("–")
        numbers += list(range(int(first), int(last or first) + 1))
    return numbers


def test_clicking_an_example_question_answers_it(app_settings):
    at = run_app()
    button = next(b for b in at.button if b.key == "example-2")
    button.click().run()
    assert not at.exception
    turn = last_turn(at)
    assert turn.question == button.label.replace("\\", "") and turn.question.startswith("Waar staat")
    assert turn.answer.citations and turn.answer.lead is not None and "staat voor" in turn.answer.lead.text


def test_every_example_question_is_answered_with_sources(assistant):
    questions = example_questions(assistant.index)
    spelled = {e.term for e in build_glossary(assistant.index) if e.expansion}
    assert any(q.startswith("Waar staat ") and q[len("Waar staat "):-len(" voor?")] in spelled for q in questions)
    assert any(q.startswith("Welke prioriteiten heeft Doesburg") for q in questions)
    assert any(q.startswith("Vergelijk") for q in questions)
    assert "Hoeveel woninginbraken waren er in Dalfsen in 2017?" in questions
    for question in questions:
        answer = assistant.ask(question)
        assert answer.citations, question


@pytest.mark.parametrize("question", [
    "Hoe pakt de gemeente ondermijning aan?",
    "Welke maatregelen zijn er tegen woninginbraken?",
    "Wat doet het RIEC?",
])
def test_filter_to_one_municipality_shows_only_its_citations(app_settings, question):
    at = run_app()
    at.multiselect(key="filter_municipalities").set_value(["Doesburg"]).run()
    ask(at, question)
    answer = last_turn(at).answer
    assert answer.citations
    assert {c.municipality for c in answer.citations} == {"Doesburg"}
    assert all(e.label.startswith("\\[") and "Doesburg" in e.label for e in at.expander if e.label.startswith("\\["))


def test_period_filter_keeps_municipalities_whose_plan_overlaps(app_settings):
    at = run_app()
    at.slider(key="filter_period").set_value((2023, 2027)).run()
    ask(at, "Hoe pakt de gemeente ondermijning aan?")
    turn = last_turn(at)
    assert turn.municipalities == ("Doesburg",)
    assert {c.municipality for c in turn.answer.citations} == {"Doesburg"}


def test_overlong_question_is_refused_politely(app_settings):
    at = ask(run_app(), "Wat " * 300)
    turn = last_turn(at)
    assert turn.answer is None and "te lang" in turn.message
    assert any("te lang" in w.value for w in at.warning)


def test_export_contains_the_citations(app_settings):
    at = ask(ask(run_app(), "Wat doet het RIEC?"), "Welke prioriteiten heeft Doesburg voor 2024-2027?")
    download = at.get("download_button")[0]
    assert not download.proto.disabled
    turns = at.session_state["turns"]
    text = conversation_markdown(turns)
    assert "## Vraag 1: Wat doet het RIEC?" in text and "## Vraag 2: Welke prioriteiten heeft Doesburg" in text
    for turn in turns:
        for citation in turn.answer.citations:
            assert f"**{citation.municipality}** — {citation.title}" in text
            assert " › ".join(citation.heading_path) in text
            first_line = citation.quote.split("\n")[0].strip()
            assert first_line.replace("*", "\\*").replace("_", "\\_").replace("[", "\\[").replace("]", "\\]") in text


def test_feedback_is_stored_with_question_answer_and_citations(app_settings):
    at = ask(run_app(), "Wat doet het RIEC?")
    at.feedback[0].set_value(0).run()  # 👎
    assert not at.exception
    entries = FeedbackStore(feedback_path(app_settings)).entries(only_negative=True)
    assert [e.question for e in entries] == ["Wat doet het RIEC?"]
    assert entries[0].citations and entries[0].citations[0]["quote"] and "[1]" in entries[0].answer
    at.feedback[0].set_value(1).run()  # changed to 👍
    store = FeedbackStore(feedback_path(app_settings))
    assert store.counts() == {"positive": 1, "negative": 0}


def test_missing_index_gives_a_dutch_message_not_a_traceback(tmp_path, monkeypatch):
    monkeypatch.setenv("BW_INDEX_DIR", str(tmp_path / "leeg"))
    monkeypatch.setenv("BW_DATA_DIR", str(tmp_path / "data"))
    fresh_app_state()
    try:
        at = run_app()
        assert "Er is nog geen index" in at.error[0].value and "make ingest" in at.error[0].value
    finally:
        fresh_app_state()


# --------------------------------------------------------------------------- pages other than the chat

def upload_app():
    """The app with 'Document toevoegen' as its opening page (AppTest cannot click the navigation)."""
    import streamlit as st

    from assistant.present.ui import navigation, sidebar
    from assistant.present.ui.state import try_assistant

    menu = st.navigation(navigation.menu(default="toevoegen"))
    assistant, _ = try_assistant()
    sidebar.render_sidebar(assistant.index)
    menu.run()


def reader_app():
    import streamlit as st

    from assistant.present.ui import navigation, sidebar
    from assistant.present.ui.state import try_assistant

    menu = st.navigation(navigation.menu(default="document"))
    assistant, _ = try_assistant()
    sidebar.render_sidebar(assistant.index)
    menu.run()


def test_unsupported_upload_shows_the_error_and_changes_nothing(app_settings):
    before = corpus_names(app_settings)
    at = AppTest.from_function(upload_app, default_timeout=TIMEOUT).run()
    assert at.metric[0].value == "2"
    at.file_uploader[0].set_value(("plan.exe", b"MZ\x90\x00 binary", "application/octet-stream")).run()
    assert not at.exception
    assert any("niet ondersteund" in e.value for e in at.error)
    assert at.metric[0].value == "2"
    assert corpus_names(app_settings) == before


def test_empty_upload_shows_the_error_and_changes_nothing(app_settings):
    before = corpus_names(app_settings)
    at = AppTest.from_function(upload_app, default_timeout=TIMEOUT).run()
    at.file_uploader[0].set_value(("leeg.txt", b"", "text/plain")).run()
    assert any("is leeg" in e.value for e in at.error)
    assert corpus_names(app_settings) == before and at.metric[0].value == "2"


def test_upload_adds_a_searchable_document(app_settings):
    at = AppTest.from_function(upload_app, default_timeout=TIMEOUT).run()
    plan = ("Veiligheidsplan gemeente Zutphen 2025-2028\n\nWoninginbraken\n\n"
            "De gemeente Zutphen wil het aantal woninginbraken met een kwart verminderen door buurtpreventie.\n")
    at.file_uploader[0].set_value(("../Zutphen plan.txt", plan.encode(), "text/plain")).run()
    assert not at.error
    assert at.text_input[0].value == "Zutphen"
    submit = next(b for b in at.button if "Toevoegen" in b.label)
    submit.click().run()
    assert not at.exception, at.exception
    assert any("is toegevoegd" in s.value for s in at.success)
    assert at.metric[0].value == "3"
    assert "zutphen-plan.txt" in corpus_names(app_settings) and "zutphen-plan.meta.toml" in corpus_names(app_settings)
    answer = state.current_assistant().ask("Wat wil Zutphen met woninginbraken?")
    assert answer.citations and answer.citations[0].doc_id == "zutphen-plan"


def test_reader_opens_a_citation_with_the_quote_highlighted(app_settings, assistant):
    citation = assistant.ask("Wat doet het RIEC?").citations[0]
    at = AppTest.from_function(reader_app, default_timeout=TIMEOUT)
    at.query_params.update({"doc": citation.doc_id, "start": str(citation.start), "end": str(citation.end)})
    at.run()
    assert not at.exception, at.exception
    markdown = [m.value for m in at.markdown]
    assert "**Geciteerde passage**" in markdown
    focus = markdown[markdown.index("**Geciteerde passage**") + 1]
    first_word = citation.quote.split()[0]
    assert f":orange-background[{first_word}" in focus
    opened = [e for e in at.expander if e.proto.expanded]
    assert len(opened) == 1
    assert at.selectbox(key="reader_choice").value == citation.doc_id


# --------------------------------------------------------------------------- Documenten beheren

def manage_app():
    import streamlit as st

    from assistant.present.ui import navigation, sidebar
    from assistant.present.ui.state import try_assistant

    menu = st.navigation(navigation.menu(default="beheren"))
    assistant, _ = try_assistant()
    sidebar.render_sidebar(assistant.index)
    menu.run()


def open_manage(plan: str | None = None) -> AppTest:
    at = AppTest.from_function(manage_app, default_timeout=TIMEOUT).run()
    assert not at.exception, at.exception
    if plan is not None:
        at.selectbox(key="manage_plan").set_value(plan).run()
    return at


def submit(at: AppTest, label: str) -> AppTest:
    next(b for b in at.button if b.label == label).click().run()
    assert not at.exception, at.exception
    return at


def test_manage_lists_every_plan_with_format_chunks_period_and_status(app_settings):
    at = open_manage()
    rows = at.table[0].value
    assert list(rows["Gemeente"]) == ["Dalfsen", "Doesburg"]
    assert list(rows["Formaat"]) == ["txt", "txt"] and list(rows["Bestand"]) == ["dalfsen.txt", "doesburg.txt"]
    assert list(rows["Periode"]) == ["2019-2022", "2024-2027"]
    assert list(rows["Status"]) == ["verlopen (liep tot en met 2022)", "actueel"]
    assert all(int(n) > 0 for n in rows["Passages"])
    assert [t.label for t in at.tabs] == ["Gegevens corrigeren", "Nieuwe versie", "Verwijderen"]


def test_manage_corrects_metadata_in_the_sidecar_and_reindexes(app_settings):
    at = open_manage("dalfsen")
    at.text_input[1].set_value("Integraal veiligheidsplan Dalfsen 2019-2023")
    at.number_input[1].set_value(2023)
    submit(at, "Gegevens opslaan")
    assert any("gecorrigeerd" in s.value for s in at.success), [e.value for e in at.error]
    sidecar = (Path(app_settings.corpus_dir) / "dalfsen.meta.toml").read_text(encoding="utf-8")
    assert 'title = "Integraal veiligheidsplan Dalfsen 2019-2023"' in sidecar and "period_end = 2023" in sidecar
    assert 'adopted_by = "gemeenteraad"' in sidecar  # fields the form does not show are kept
    document = state.current_assistant().index.documents["dalfsen"]
    assert (document.title, document.metadata.period_end) == ("Integraal veiligheidsplan Dalfsen 2019-2023", 2023)
    assert "Integraal veiligheidsplan Dalfsen 2019-2023" in list(at.table[0].value["Titel"])


def test_manage_refuses_an_empty_title_and_changes_nothing(app_settings):
    before = (Path(app_settings.corpus_dir) / "dalfsen.meta.toml").read_bytes()
    at = open_manage("dalfsen")
    at.text_input[1].set_value("  ")
    submit(at, "Gegevens opslaan")
    assert any("Vul de titel" in e.value for e in at.error)
    assert (Path(app_settings.corpus_dir) / "dalfsen.meta.toml").read_bytes() == before


def test_manage_removes_a_plan(app_settings):
    at = open_manage("doesburg")
    button = next(b for b in at.button if b.label == "Plan verwijderen")
    assert button.proto.disabled  # not before the confirmation is ticked
    next(c for c in at.checkbox if c.key.startswith("manage-remove-sure-doesburg")).check().run()
    submit(at, "Plan verwijderen")
    assert any("verwijderd" in s.value for s in at.success), [e.value for e in at.error]
    assert corpus_names(app_settings) == ["dalfsen.meta.toml", "dalfsen.txt"]
    assert at.metric[0].value == "1" and list(at.table[0].value["Gemeente"]) == ["Dalfsen"]
    assert list(state.current_assistant().index.documents) == ["dalfsen"]


def test_manage_replaces_a_plan_by_a_newer_version(app_settings):
    old = (Path(app_settings.corpus_dir) / "doesburg.txt").read_text(encoding="utf-8")
    new = old.replace("bij de brandweer.", "sinds 2025 in het stadhuis.", 1)
    assert new != old
    at = open_manage("doesburg")
    at.file_uploader[0].set_value(("IVB Doesburg 2025.md", new.encode("utf-8"), "text/markdown")).run()
    assert not at.error, [e.value for e in at.error]
    submit(at, "Plan vervangen")
    assert any("is vervangen" in s.value for s in at.success), [e.value for e in at.error]
    assert corpus_names(app_settings) == ["dalfsen.meta.toml", "dalfsen.txt", "doesburg.md", "doesburg.meta.toml"]
    assistant = state.current_assistant()
    assert assistant.index.documents["doesburg"].text == new
    answer = assistant.ask("Waar is de politiepost in Doesburg gevestigd?")
    assert any("stadhuis" in c.quote for c in answer.citations)


# --------------------------------------------------------------------------- server start

def test_make_run_serves_the_app_with_a_start_up_hook():
    from streamlit.web.server.app_discovery import discover_asgi_app

    found = discover_asgi_app(PROJECT_ROOT / "serve.py")
    assert found.is_asgi_app and found.app_name == "app"
    assert "serve.py" in (PROJECT_ROOT / "Makefile").read_text(encoding="utf-8")


def test_warm_up_loads_the_assistant_and_answers_once(app_settings):
    state.warm_up()
    assistant = state.get_assistant()  # cached by the warm-up: the same object every page view gets
    assert state.WARM_UP_QUESTION.strip() in assistant.embedder._cache
    assert run_app().metric[0].value == "2"


def test_warm_up_without_an_index_does_not_raise(tmp_path, monkeypatch):
    monkeypatch.setenv("BW_INDEX_DIR", str(tmp_path / "leeg"))
    fresh_app_state()
    try:
        state.warm_up()
    finally:
        fresh_app_state()


def test_builds_from_the_app_use_every_core_and_questions_one_thread(app_settings):
    import os

    import torch

    state.get_assistant()
    before = torch.get_num_threads()
    try:
        with state.writer_threads():
            with state.writer_threads():
                assert torch.get_num_threads() == (os.cpu_count() or 1)
            assert torch.get_num_threads() == (os.cpu_count() or 1)  # the outer build is still running
        assert torch.get_num_threads() == state.QUERY_THREADS
    finally:
        torch.set_num_threads(before)


# --------------------------------------------------------------------------- pure helpers of the pages

def test_scope_for_filters_by_municipality_and_overlapping_period():
    documents = [("doesburg", "Doesburg", 2024, 2027), ("dalfsen", "Dalfsen", 2019, 2022),
                 ("dalfsen-2015", "Dalfsen", 2015, 2018), ("zutphen", "Zutphen", None, None)]
    assert scope_for(documents) == Scope()
    assert scope_for(documents, period=(2015, 2027), bounds=(2015, 2027)) == Scope()
    assert scope_for(documents, ["Dalfsen"]).municipalities == ("Dalfsen",)
    assert scope_for(documents, ["Dalfsen"]).doc_ids is None  # no period filter: all of Dalfsen's plans
    recent = scope_for(documents, period=(2023, 2027), bounds=(2015, 2027))
    assert recent.municipalities == ("Doesburg", "Zutphen") and recent.doc_ids == ("doesburg", "zutphen")
    old = scope_for(documents, ["Dalfsen"], (2016, 2017), (2015, 2027))  # per plan, not per municipality
    assert old.municipalities == ("Dalfsen",) and old.doc_ids == ("dalfsen-2015",)
    assert scope_for(documents, ["Dalfsen"], (2023, 2027), (2015, 2027)).empty
    assert overlaps((2019, None), (2019, 2019)) and not overlaps((2019, 2022), (2023, 2024))


def test_parse_target_ignores_bad_parameters(assistant):
    documents = assistant.index.documents
    assert parse_target({"doc": "nope"}, documents) is None
    assert parse_target({"doc": "doesburg", "start": "x", "end": "5"}, documents) == Target("doesburg")
    assert parse_target({"doc": "doesburg", "start": "10", "end": "5"}, documents) == Target("doesburg")
    length = len(documents["doesburg"].text)
    assert parse_target({"doc": "doesburg", "start": "-4", "end": "999999999"}, documents) == Target("doesburg", 0, length)
    assert parse_target({"doc": "doesburg", "section": "9921"}, documents).offset == 9921


def test_document_parts_cover_the_whole_text(assistant):
    for document in assistant.index.documents.values():
        parts = document_parts(document.structure)
        assert parts[0].start == 0 and parts[-1].end == len(document.text)
        assert all(a.end == b.start for a, b in zip(parts, parts[1:]))
        section = document.structure.section_at(parts[-1].start)
        assert section is not None and section.start == parts[-1].start


# --------------------------------------------------------------------------- conversation

def test_a_follow_up_is_read_in_context_shown_and_can_be_undone(app_settings):
    at = ask(ask(run_app(), "Hoeveel woninginbraken telde Dalfsen in 2016?"), "En in Doesburg?")
    turn = last_turn(at)
    assert turn.question == "En in Doesburg?"
    assert turn.answer.reading.text == "Hoeveel woninginbraken telde Doesburg in 2016?"
    assert any("Gelezen als: Hoeveel woninginbraken telde Doesburg in 2016" in c.value.replace("\\", "")
               for c in at.caption)
    at.button(key=f"literal-{turn.turn_id}").click().run()
    assert not at.exception
    undone = last_turn(at)
    assert len(at.session_state["turns"]) == 2 and undone.question == "En in Doesburg?"
    assert undone.answer.reading is None and undone.answer.question == "En in Doesburg?"


def test_a_question_outside_the_filter_says_so_and_one_click_searches_there(app_settings):
    at = run_app()
    at.multiselect(key="filter_municipalities").set_value(["Doesburg"]).run()
    ask(at, "Hoeveel woninginbraken telde Dalfsen in 2016?")
    turn = last_turn(at)
    assert [r.rule for r in turn.answer.reasons] == ["outside_filter"]
    assert any("filters in de zijbalk staan op Doesburg" in m.value.replace("\\", "") for m in at.markdown)
    at.button(key=f"suggest-{turn.turn_id}-0").click().run()
    assert not at.exception
    searched = last_turn(at)
    assert searched.municipalities == () and not searched.answer.abstained
    assert {c.municipality for c in searched.answer.citations} == {"Dalfsen"}


def test_a_refusal_names_its_reason_and_an_expired_plan_is_flagged(app_settings):
    at = ask(run_app(), "Is de doelstelling voor woninginbraken in Dalfsen inmiddels gehaald?")
    assert any("geen resultaten" in m.value for m in at.markdown)
    ask(at, "Wat zijn de lokale prioriteiten van Dalfsen?")
    assert any("Let op: dit plan gold van 2019 tot en met 2022" in w.value.replace("\\", "") for w in at.warning)
    assert any("Dalfsen noemt vier lokale prioriteiten" in m.value for m in at.markdown)


def test_a_figure_row_is_shown_as_a_table_with_the_asked_cell_bold(app_settings):
    at = ask(run_app(), "Hoeveel woninginbraken telde Dalfsen in 2016?")
    tables = [m.value for m in at.markdown if "\n|---|" in m.value]
    assert tables and "**76**" in tables[0] and "| 2016 |" in tables[0]
    assert not any("<i>" in m.value or "tekens" in m.value for m in at.markdown)


def test_a_comparison_is_shown_as_a_contrast_table_with_every_cell_cited(app_settings):
    at = ask(run_app(), "Wat doen Doesburg en Dalfsen aan woninginbraken?")
    answer = last_turn(at).answer
    table = answer.contrast
    assert table is not None and set(table.columns) == {"Doesburg", "Dalfsen"}
    cited = {(c.doc_id, c.start, c.end) for c in answer.citations}
    for row in table.rows:
        for column, cell in zip(table.columns, row.cells):
            for text, number in zip(cell.texts, cell.citations):
                citation = answer.citations[number - 1]
                assert citation.municipality == column and " ".join(citation.quote.split()) == text
                assert (citation.doc_id, citation.start, citation.end) in cited
    priority = next(r for r in table.rows if r.aspect == "Prioriteit")
    doesburg, dalfsen = (priority.cells[table.columns.index(m)] for m in ("Doesburg", "Dalfsen"))
    assert doesburg.silent and dalfsen.texts == ("Woninginbraken",)  # Dalfsen's card: a local priority
    shown = next(m.value for m in at.markdown if m.value.startswith("| |"))
    assert "niet genoemd" in shown and "Woninginbraken" in shown
