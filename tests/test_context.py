"""A unit added to an answer with the context it needs (``assistant.answer.context``), on a small plan of its own
(``TESTDORP_PLAN`` in conftest)."""

from __future__ import annotations

from assistant.text import normalise_space


def test_a_sentence_before_a_closing_lead_in_gets_the_lead_in_and_its_list(testdorp_assistant):
    answer = testdorp_assistant.ask("Wat doet Testdorp met de taken die goed lopen?")
    text = normalise_space(answer.text)
    assert not answer.abstained
    assert "die zetten wij ongewijzigd voort" in text and "Het gaat om:" in text
    for item in ("evenementenvergunningen", "vuurwerkverbod", "tijdelijk huisverbod"):
        assert item in text
    quotes = [normalise_space(c.quote) for c in answer.citations]
    assert "Het gaat om:" in quotes and any("vuurwerkverbod" in q for q in quotes)


def test_a_next_sentence_that_builds_on_this_one_comes_with_it(testdorp_assistant):
    answer = testdorp_assistant.ask("Welk team heeft elke wijk van Testdorp?")
    quotes = [normalise_space(c.quote) for c in answer.citations]
    assert "Elke wijk van Testdorp heeft een eigen wijkteam." in quotes
    assert "Daaraan nemen de wijkagent en de jongerenwerker deel." in quotes  # "daaraan": the wijkteam
