"""End to end: the seed plans ingested into a temporary index, questions answered through ``Assistant``."""

from __future__ import annotations

import pytest

from assistant.errors import QuestionError
from assistant.text import normalise_space


def test_priorities_question_retrieves_the_doesburg_priorities_passage_first(assistant):
    answer = assistant.ask("Welke prioriteiten heeft Doesburg voor 2024-2027?")
    top = answer.passages[0]
    assert top.doc_id == "doesburg"
    assert "Zorg en Veiligheid • Jeugd en Veiligheid • Ondermijning • Digitale criminaliteit" in normalise_space(top.text)


def test_named_municipality_restricts_the_passages(assistant):
    answer = assistant.ask("Hoeveel woninginbraken waren er in Dalfsen in 2017?")
    assert answer.passages
    assert {p.municipality for p in answer.passages} == {"Dalfsen"}


def test_comparison_represents_every_named_municipality_in_the_first_two(assistant):
    answer = assistant.ask("Wat doen Doesburg en Dalfsen aan de veiligheid van evenementen?")
    assert {p.municipality for p in answer.passages[:2]} == {"Doesburg", "Dalfsen"}


@pytest.mark.parametrize("question", ["", "   ", "?" * 3, "x" * 1001])
def test_empty_or_overlong_questions_are_refused_with_a_dutch_message(assistant, question):
    with pytest.raises(QuestionError) as excinfo:
        assistant.ask(question)
    assert excinfo.value.message_nl


def test_every_citation_quotes_its_document_exactly(assistant):
    answer = assistant.ask("Wat doet het RIEC?")
    assert answer.citations
    for citation in answer.citations:
        assert assistant.index.documents[citation.doc_id].text[citation.start:citation.end] == citation.quote


def test_document_filter_restricts_passages_and_citations(assistant):
    answer = assistant.ask("Wat doet het RIEC?", doc_ids=["dalfsen"])
    assert {p.doc_id for p in answer.passages} == {"dalfsen"}
    assert {c.doc_id for c in answer.citations} == {"dalfsen"}
