"""Comparing municipalities: one column per municipality, cited passages, an explicit "niet genoemd"."""

from __future__ import annotations

import pytest

from assistant.insights.compare import NOT_MENTIONED_TEXT, compare, coverage, question_themes
from assistant.insights.matrix import DISCUSSED, NOT_MENTIONED, PRIORITY


def assert_cited(index, comparison) -> None:
    for column in comparison.columns:
        docs = {d.doc_id for d in index.documents_of(column.municipality)}
        citations = list(column.passages) + [p.citation for p in column.priorities] + [g.citation for g in column.goals]
        for c in citations:
            assert c.doc_id in docs
            assert index.documents[c.doc_id].text[c.start:c.end] == c.quote


def test_ondermijning_question_compares_both_plans_with_their_priority_and_goals(assistant):
    comparison = compare(assistant, "Wat doen de gemeenten aan ondermijning?", ["Doesburg", "Dalfsen"])
    assert comparison.themes == ("ondermijning",)
    assert [(c.municipality, c.status) for c in comparison.columns] == [("Doesburg", PRIORITY), ("Dalfsen", PRIORITY)]
    doesburg, dalfsen = comparison.columns
    assert [p.name for p in doesburg.priorities] == ["Ondermijning"]
    assert [p.short for p in dalfsen.priorities] == ["Ondernijning"]
    assert any(g.kind == "doelstelling" for g in doesburg.goals) and any(g.kind == "ambitie" for g in doesburg.goals)
    assert doesburg.passages and dalfsen.passages
    assert_cited(assistant.index, comparison)


def test_the_answer_has_one_block_per_municipality_and_every_line_cited(assistant):
    answer = compare(assistant, "Wat doen de gemeenten aan ondermijning?", ["Doesburg", "Dalfsen"]).to_answer()
    assert [b.municipality for b in answer.blocks] == ["Doesburg", "Dalfsen"]
    assert not answer.abstained
    for block in answer.blocks:
        for line in block.lines:
            citation = answer.citations[line.citation - 1]
            assert citation.municipality == block.municipality
            assert line.text == citation.quote


def test_a_theme_one_plan_does_not_mention_gets_an_explicit_note(assistant):
    comparison = compare(assistant, municipalities=["Doesburg", "Dalfsen"], theme="veilig toerisme")
    doesburg, dalfsen = comparison.columns
    assert (doesburg.status, doesburg.passages, doesburg.mentioned) == (NOT_MENTIONED, (), False)
    assert dalfsen.status == DISCUSSED and dalfsen.passages
    answer = comparison.to_answer()
    assert [line.text for line in answer.blocks[0].lines] == [NOT_MENTIONED_TEXT]
    assert answer.blocks[0].lines[0].citation is None
    assert comparison.to_dict()["columns"][0]["note"] == NOT_MENTIONED_TEXT


def test_a_free_question_about_something_no_plan_mentions(assistant):
    comparison = compare(assistant, "Wat doen de gemeenten aan cameratoezicht?", ["Doesburg", "Dalfsen"])
    assert comparison.themes == ()
    assert [c.status for c in comparison.columns] == [NOT_MENTIONED, NOT_MENTIONED]
    assert comparison.to_answer().abstained


def test_a_free_question_finds_the_passages_that_answer_it(assistant):
    comparison = compare(assistant, "Hoe werken de gemeenten samen met de politie?", ["Doesburg", "Dalfsen"])
    for column in comparison.columns:
        assert column.status == DISCUSSED
        assert all("politie" in c.quote.lower() for c in column.passages)
    assert_cited(assistant.index, comparison)


def test_unknown_input_is_refused(assistant):
    with pytest.raises(ValueError):
        compare(assistant, "Wat doet Atlantis?", ["Doesburg", "Atlantis"])
    with pytest.raises(ValueError):
        compare(assistant, "", ["Doesburg", "Dalfsen"], theme="begroting")
    with pytest.raises(ValueError):
        compare(assistant, "   ", ["Doesburg", "Dalfsen"])


def test_a_third_plan_in_the_comparison(three_plan_assistant):
    comparison = compare(three_plan_assistant, municipalities=["Brakkenveen", "Dalfsen", "Doesburg"],
                         theme="externe veiligheid")
    assert [c.status for c in comparison.columns] == [NOT_MENTIONED, DISCUSSED, NOT_MENTIONED]
    comparison = compare(three_plan_assistant, "Hoe pakken de gemeenten mensenhandel aan?",
                         ["Brakkenveen", "Doesburg"])
    brakkenveen = comparison.column("Brakkenveen")
    assert brakkenveen.status == PRIORITY and [p.name for p in brakkenveen.priorities] == ["Mensenhandel"]
    assert_cited(three_plan_assistant.index, comparison)


def test_coverage_and_question_themes():
    assert coverage(["politie", "samenwerk"], "Wij werken samen met de politie.") == 0.5
    assert coverage(["inbrak"], "Het aantal woninginbraken daalt.") == 1.0  # part of a compound
    assert coverage([], "tekst") == 0.0
    assert question_themes("Wat doen de gemeenten aan ondermijning?") == ("ondermijning",)
    assert question_themes("Hoe werken de gemeenten samen?") == ()
