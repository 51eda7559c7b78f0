"""The line an answer opens with (``assistant.answer.lead``): fixed phrases around values from the evidence."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.answer.compose import compose
from assistant.answer.lead import _asked_number, count_word
from assistant.answer.types import LineStyle
from assistant.ask.question import understand
from assistant.insights.plans import plan_cards


def test_count_words():
    assert [count_word(n) for n in (1, 4, 10, 13)] == ["één", "vier", "tien", "13"]


def test_local_priorities_lead_with_their_number_and_are_the_cards_local_priorities(assistant):
    answer = assistant.ask("Wat zijn de lokale prioriteiten van Dalfsen?")
    card = next(c for c in plan_cards(assistant.index) if c.municipality == "Dalfsen")
    local = [p.name for p in card.priorities if p.scope == "lokaal"]
    assert answer.lead is not None and answer.lead.text == f"Dalfsen noemt {count_word(len(local))} lokale prioriteiten:"
    bullets = [line.text for block in answer.blocks for line in block.lines if line.style == LineStyle.BULLET]
    assert bullets == local
    assert answer.text.startswith("Let op") or answer.text.startswith("Dalfsen noemt")


def test_a_figure_question_leads_with_the_asked_cell_emphasised(assistant):
    answer = assistant.ask("Hoeveel woninginbraken telde Dalfsen in 2016?")
    lead = answer.lead
    assert lead is not None and lead.text.startswith("In 2016: 76")
    assert [p.text for p in lead.parts if p.strong] == ["76"]
    row = next(line for block in answer.blocks for line in block.lines if line.style == LineStyle.ROW)
    asked = [c for c in row.cells if c.asked]
    assert [(c.header, c.value) for c in asked] == [("2016", "76")]
    # every value of the lead is in the row it cites
    cited = answer.citations[lead.citation - 1].quote
    assert "76" in cited and row.cells[0].value.split()[0] in cited


def test_an_abbreviation_leads_with_its_expansion_as_the_glossary_reads_it(assistant):
    answer = assistant.ask("Waar staat RIEC voor?")
    assert answer.lead is not None and answer.lead.text.startswith("RIEC staat voor ")
    expansion = answer.lead.text[len("RIEC staat voor "):-1]
    assert any(expansion in c.quote for c in answer.citations)


def test_partners_lead_with_the_cards_count(assistant):
    answer = assistant.ask("Met welke partners werkt Doesburg samen?")
    card = next(c for c in plan_cards(assistant.index) if c.municipality == "Doesburg")
    assert answer.lead is not None and answer.lead.text == f"Doesburg noemt {count_word(len(card.partners))} partners:"


def test_an_answer_from_an_expired_plan_says_so(assistant):
    question = understand("Wat zijn de lokale prioriteiten van Dalfsen?", assistant.index.municipalities)
    result = assistant.search(question)
    assert compose(result, today=date(2026, 12, 1)).cautions == ("Let op: dit plan gold van 2019 tot en met 2022.",)
    assert compose(result, today=date(2021, 6, 1)).cautions == ()


def test_goals_for_a_topic_are_the_cards_goals_under_that_heading(assistant):
    answer = assistant.ask("Welke doelstellingen heeft Doesburg voor ondermijning?")
    card = next(c for c in plan_cards(assistant.index) if c.municipality == "Doesburg")
    goals = [g.citation.quote for g in card.goals if g.topic == "Ondermijning" and g.kind == "doelstelling"]
    assert goals and len(answer.citations) == len(goals)
    assert all(c.quote.startswith(goal) for c, goal in zip(answer.citations, goals))  # the whole list item
    assert answer.lead.text == f"Doesburg noemt {count_word(len(goals))} doelstellingen onder ‘Ondermijning’:"


def test_a_number_in_a_sentence_is_quoted_with_its_magnitude_and_without_trailing_punctuation():
    question = understand("Hoeveel geld is er voor veiligheid beschikbaar?", ["Testdorp"])
    assert _asked_number("In de begroting is voor veiligheid € 2,5 miljoen beschikbaar.", question)[0] == "€ 2,5 miljoen"
    assert _asked_number("Hiervoor is € 80.000, waarvan de helft incidenteel.", question)[0] == "€ 80.000"


def test_the_words_after_a_number_do_not_end_in_per():
    question = understand("Hoeveel geld trekt Testdorp per jaar uit voor het veiligheidsplan?", ["Testdorp"])
    assert _asked_number("Voor de uitvoering is structureel € 265.000 per jaar beschikbaar.", question) == \
        ("€ 265.000", " per jaar")


@pytest.mark.parametrize("question", [
    "Welke vier prioriteiten heeft Doesburg voor de beleidsperiode gekozen?",  # a count, a plan fact, a verb: no topic
    "Op welke thema's legt Doesburg de nadruk?",  # what a plan stresses are its priorities
])
def test_priorities_asked_in_other_words_are_the_cards_priorities(assistant, question):
    answer = assistant.ask(question)
    card = next(c for c in plan_cards(assistant.index) if c.municipality == "Doesburg")
    assert answer.lead is not None and answer.lead.text == f"Doesburg noemt {count_word(len(card.priorities))} prioriteiten:"
    bullets = [line.text for block in answer.blocks for line in block.lines if line.style == LineStyle.BULLET]
    assert bullets == [p.name for p in card.priorities]


def test_asked_of_the_municipalities_each_plans_best_sentence_is_quoted_under_a_plural_lead(waterland_assistant):
    """"Wat schrijven de gemeenten over …": each plan answers for itself, and two municipalities "schrijven"."""
    answer = waterland_assistant.ask("Wat schrijven de gemeenten over het Stationsplein?")
    assert answer.text.startswith("Heideveld en Waterland schrijven hierover:")
    assert {c.doc_id for c in answer.citations} == {"heideveld", "waterland"}
