"""The overview pages in ``AppTest``: each renders against the seed index without an exception."""

from __future__ import annotations

import pytest

from assistant.present.ui import state

AppTest = pytest.importorskip("streamlit.testing.v1").AppTest
TIMEOUT = 180  # the first run may load the embedding model


@pytest.fixture()
def seed_app(seed_settings, seed_index, monkeypatch):
    """The pages read the session's seed index (read-only) through ``assistant.present.ui.state``."""
    monkeypatch.setenv("BW_CORPUS_DIR", str(seed_settings.corpus_dir))
    monkeypatch.setenv("BW_INDEX_DIR", str(seed_settings.index_dir))
    monkeypatch.setenv("BW_DATA_DIR", str(seed_settings.data_dir))
    state.get_settings.clear()
    state.get_assistant.clear()
    yield
    state.get_settings.clear()
    state.get_assistant.clear()


def run(page) -> AppTest:
    at = AppTest.from_function(page, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, at.exception
    return at


def themes_page():
    from assistant.present.ui.pages.themes import render_themes_page

    render_themes_page()


def compare_page():
    from assistant.present.ui.pages.compare import render_compare_page

    render_compare_page()


def plans_page():
    from assistant.present.ui.pages.plans import render_plans_page

    render_plans_page()


def glossary_page():
    from assistant.present.ui.pages.glossary import render_glossary_page

    render_glossary_page()


def figures_page():
    from assistant.present.ui.pages.figures import render_figures_page

    render_figures_page()


def figure_chart_script():
    import streamlit as st

    from assistant.answer.types import Answer
    from assistant.citation import cite
    from assistant.insights.plans import document_tables
    from assistant.present.ui.state import current_assistant
    from assistant.present.ui.widgets import render_figure_chart

    index = current_assistant().index
    table = document_tables(index, "dalfsen")[1]
    row = next(r for r in table.rows if r.label == "Diefstal/ inbraak woning")
    cited = Answer("Hoe ontwikkelde het aantal woninginbraken in Dalfsen zich?", "figure", (),
                   (cite(index.documents["dalfsen"], row.start, row.end),), False)
    plain = Answer("Wat doet het RIEC?", "definition", (), (cite(index.documents["doesburg"], 900, 950),), False)
    st.session_state["shown"] = (render_figure_chart(cited, index), render_figure_chart(plain, index))


def test_theme_matrix_page_shows_the_matrix_and_the_source_of_a_cell(seed_app):
    at = run(themes_page)
    assert len(at.dataframe) == 1
    assert at.dataframe[0].value.shape == (22, 5)  # nr, veld, thema + two municipalities
    at.selectbox(key="themes-cell-municipality").set_value("Dalfsen")
    at.selectbox(key="themes-cell-theme").set_value(18).run()  # 5.2 ondermijning
    assert not at.exception
    text = " ".join(m.value for m in at.markdown)
    assert "Prioriteit" in text and "Ondernijning" in text
    assert at.get("download_button")


def test_compare_page_shows_a_column_per_municipality_and_says_niet_genoemd(seed_app):
    at = run(compare_page)
    at.selectbox(key="compare-theme").set_value(8).run()  # 2.5 veilig toerisme
    assert not at.exception
    assert sorted(h.value for h in at.subheader) == ["Dalfsen", "Doesburg"]
    assert any("Niet genoemd in dit plan." in i.value for i in at.info)
    at.radio(key="compare-mode").set_value("Vraag").run()
    at.text_input(key="compare-question").input("Wat doen de gemeenten aan ondermijning?").run()
    assert not at.exception
    assert any("Prioriteit" in m.value for m in at.markdown)


def test_plans_page_shows_a_card_with_priorities_partners_and_goals(seed_app):
    at = run(plans_page)
    at.selectbox(key="plans-card").set_value(0).run()  # Dalfsen
    assert not at.exception
    text = " ".join(m.value for m in at.markdown)
    assert "Woninginbraken" in text and "Ondernijning" in text
    assert "Het aantal woninginbraken is in 2022 gedaald met 50" in text
    assert any("Partner" in df.value.columns for df in at.dataframe)


def test_glossary_page_searches(seed_app):
    at = run(glossary_page)
    assert len(at.dataframe[0].value) >= 25
    at.text_input(key="glossary-query").input("RIEC's").run()
    assert not at.exception
    table = at.dataframe[0].value
    assert table.iloc[0]["Begrip"] == "RIEC" and table.iloc[0]["Betekenis"] == "Regionaal Informatie en Expertise Centrum"


def test_figures_page_lists_the_tables_and_draws_a_chart(seed_app):
    at = run(figures_page)
    at.selectbox(key="figures-doc").set_value(0).run()
    assert not at.exception
    from assistant.present.render_text import inline_text

    assert inline_text("Tabel 2: Statistieken veilige leef- en woonomgeving") in [h.value for h in at.subheader]
    assert len(at.dataframe) == 6
    assert at.get("vega_lite_chart")


def test_render_figure_chart_draws_only_for_a_cited_table_row(seed_app):
    at = run(figure_chart_script)
    assert at.session_state["shown"] == (True, False)
    assert len(at.get("vega_lite_chart")) == 1


def test_compare_page_shows_the_chats_contrast_table(seed_app, assistant):
    at = run(compare_page)
    at.radio(key="compare-mode").set_value("Vraag").run()
    at.text_input(key="compare-question").input("Wat doen Doesburg en Dalfsen aan woninginbraken?").run()
    assert not at.exception
    shown = next(m.value for m in at.markdown if m.value.startswith("| |"))
    chat = assistant.ask("Wat doen Doesburg en Dalfsen aan woninginbraken?", municipalities=["Dalfsen", "Doesburg"])
    assert chat.contrast is not None
    for row in chat.contrast.rows:
        assert row.aspect in shown
        for cell in row.cells:
            assert all(text.split()[0] in shown for text in cell.texts)


def chat_page():
    from assistant.present.ui.pages.chat import render_chat_page

    render_chat_page()


def test_the_chat_and_the_plan_card_give_the_same_priorities(seed_app):
    chat = run(chat_page)
    chat.chat_input(key="question").set_value("Wat zijn de lokale prioriteiten van Dalfsen?").run()
    assert not chat.exception
    answer = chat.session_state["turns"][-1].answer
    bullets = [line.text for block in answer.blocks for line in block.lines if line.style == "bullet"]
    card = run(plans_page)
    card.selectbox(key="plans-card").set_value(0).run()  # Dalfsen
    shown = " ".join(m.value for m in card.markdown)
    assert len(bullets) == 4 and all(name in shown for name in bullets)
    assert any("Dalfsen noemt vier lokale prioriteiten" in m.value for m in chat.markdown)
