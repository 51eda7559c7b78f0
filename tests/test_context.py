"""A unit added to an answer with the context it needs (``assistant.answer.context``), on a small plan of its own
(``TESTDORP_PLAN`` in conftest)."""

from __future__ import annotations

import pytest

from assistant.answer.context import ANAPHOR
from assistant.text import normalise_space


@pytest.mark.parametrize("sentence, refers_back", [
    ("Het liep een jaar langer dan gebruikelijk, omdat de gemeente eerst de evaluatie wilde afronden.", True),
    ("Het vervangt het Integraal Veiligheidsplan 2019-2022.", True),
    ("Dat plan is in 2024 geëvalueerd.", True),
    ("Het plan loopt tot en met 2028.", False),  # "Het" as the article of its own subject
    ("Het liepje langs de Maas is verlicht.", False),
])
def test_a_sentence_whose_subject_is_a_pronoun_refers_back(sentence, refers_back):
    assert bool(ANAPHOR.match(sentence)) is refers_back


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


def test_asked_why_a_sentence_that_gives_no_reason_comes_with_the_next_one_of_its_paragraph(testdorp_assistant):
    """'Waarom …': the plan states the measure, then, without 'omdat', what caused it."""
    answer = testdorp_assistant.ask("Waarom lopen er rond de jaarwisseling extra boa's in Testdorp?")
    quotes = [normalise_space(c.quote) for c in answer.citations]
    assert "Rond de jaarwisseling lopen extra boa's door de straten van de oude kern." in quotes, answer.text
    assert "Vorig jaar brandden daar drie auto's uit." in quotes, answer.text
    plain = testdorp_assistant.ask("Wat gebeurt er rond de jaarwisseling in Testdorp?")  # not asked why: the one
    assert "Vorig jaar brandden daar drie auto's uit." not in [normalise_space(c.quote) for c in plain.citations]


def test_a_nested_item_is_found_and_shown_under_the_item_it_is_nested_in(testdorp_assistant):
    """'elke zes weken' says how often the Jeugdoverleg meets only under that item: it is read with it (its terms)
    and shown after it."""
    answer = testdorp_assistant.ask("Hoe vaak komt het jeugdoverleg in Testdorp bijeen?")
    quotes = [normalise_space(c.quote) for c in answer.citations]
    assert "komt elke zes weken bijeen" in quotes, answer.text
    assert quotes.index("Jeugdoverleg") == quotes.index("komt elke zes weken bijeen") - 1, answer.text
    assert "komt twee keer per jaar bijeen" not in quotes, answer.text
