"""Follow-up questions read in the light of the conversation (``assistant.ask.conversation``)."""

from __future__ import annotations

import pytest

from assistant.ask.conversation import (
    Carried,
    Context,
    asked_of,
    part_question,
    read,
    remember,
    standalone_parts,
    topic_of,
)

KNOWN = ["Dalfsen", "Doesburg", "Zwolle"]


def converse(*questions: str) -> list[str]:
    """Every question as it is answered, each read in the context the ones before it left."""
    context, out = None, []
    for question in questions:
        reading = read(question, context, KNOWN)
        context = remember(context, reading, KNOWN)
        out.append(reading.text)
    return out


def test_a_first_question_is_read_as_typed():
    reading = read("En in Doesburg?", None, KNOWN)
    assert reading.text == "En in Doesburg?" and not reading.rewritten and reading.carried == ()


def test_another_municipality_asks_the_last_question_there():
    texts = converse("Hoeveel woninginbraken waren er in Dalfsen in 2016?", "En in Doesburg?", "Hoe zit dat bij Zwolle?")
    assert texts[1:] == ["Hoeveel woninginbraken waren er in Doesburg in 2016?",
                         "Hoeveel woninginbraken waren er in Zwolle in 2016?"]


def test_another_year_asks_the_last_question_for_that_year():
    texts = converse("Hoeveel woninginbraken waren er in Dalfsen in 2016?", "En in 2017?")
    assert texts[1] == "Hoeveel woninginbraken waren er in Dalfsen in 2017?"


def test_compared_with_asks_both_municipalities():
    texts = converse("Wat doet Doesburg aan ondermijning?", "En vergeleken met Dalfsen?")
    assert "Doesburg" in texts[1] and "Dalfsen" in texts[1] and "ondermijning" in texts[1]


def test_a_reference_back_takes_the_topic_and_the_municipality():
    context = remember(None, read("Hoeveel woninginbraken waren er in Dalfsen in 2016?", None, KNOWN), KNOWN)
    reading = read("Wat is daar de doelstelling van?", context, KNOWN)
    assert reading.text == "Wat is de doelstelling van Dalfsen voor woninginbraken?"
    assert set(reading.carried) == {Carried.TOPIC, Carried.MUNICIPALITY}


@pytest.mark.parametrize("follow_up, expected", [
    ("En de partners?", "Wat zijn de partners van Doesburg voor jeugdoverlast?"),
    ("Welke partners zijn daarbij betrokken?", "Welke partners zijn bij jeugdoverlast betrokken in Doesburg?"),
    ("Wat zijn hun prioriteiten?", "Wat zijn de prioriteiten van Doesburg?"),
])
def test_bare_nouns_and_pronouns_are_filled_in(follow_up, expected):
    context = Context(("Doesburg",), "jeugdoverlast", "Wat doet Doesburg tegen jeugdoverlast?")
    assert read(follow_up, context, KNOWN).text == expected


def test_a_question_that_names_its_own_municipality_and_topic_is_a_new_question():
    context = Context(("Doesburg",), "jeugdoverlast", "Wat doet Doesburg tegen jeugdoverlast?")
    reading = read("Welke prioriteiten heeft Dalfsen voor 2019-2022?", context, KNOWN)
    assert not reading.rewritten


def test_the_context_follows_the_conversation():
    first = read("Hoe wil Dalfsen personen met verward gedrag helpen?", None, KNOWN)
    context = remember(None, first, KNOWN)
    assert context.municipalities == ("Dalfsen",) and context.topic == "personen met verward gedrag"
    moved = remember(context, read("En in Doesburg?", context, KNOWN), KNOWN)
    assert moved.municipalities == ("Doesburg",) and moved.topic == "personen met verward gedrag"


@pytest.mark.parametrize("question, topic", [
    ("Hoeveel woninginbraken waren er in Dalfsen in 2016?", "woninginbraken"),
    ("Wat doet Doesburg aan ondermijning?", "ondermijning"),
    ("Welke prioriteiten heeft Dalfsen?", ""),
])
def test_topic_of_a_question(question, topic):
    assert topic_of(question, KNOWN) == topic


def test_asked_of_swaps_the_municipality():
    assert asked_of("Wat doet Doesburg aan ondermijning?", ["Doesburg"], ["Dalfsen"]) == "Wat doet Dalfsen aan ondermijning?"
    assert asked_of("Welke prioriteiten zijn er?", [], ["Dalfsen"]) == "Welke prioriteiten zijn er in Dalfsen?"


def test_asked_of_two_municipalities_the_verb_agrees():
    assert asked_of("Hoe pakt Doesburg ondermijning aan?", ["Doesburg"], ["Doesburg", "Dalfsen"]) == \
        "Hoe pakken Doesburg en Dalfsen ondermijning aan?"
    assert asked_of("Wat is het beleid van Doesburg?", ["Doesburg"], ["Doesburg", "Dalfsen"]) == \
        "Wat is het beleid van Doesburg en Dalfsen?"  # "is" agrees with "het beleid"
    texts = converse("Welke prioriteiten heeft Doesburg?", "En vergeleken met Dalfsen?")
    assert texts[1] == "Welke prioriteiten hebben Doesburg en Dalfsen?"


def test_a_later_part_of_a_question_is_asked_of_the_first_parts_place_and_topic():
    parts = standalone_parts("Hoe vaak komt het Havenoverleg in Teststad bijeen, en wie zitten er aan tafel?",
                             ["Teststad", "Testdorp"])
    assert [p.typed for p in parts] == ["Hoe vaak komt het Havenoverleg in Teststad bijeen?", "wie zitten er aan tafel?"]
    assert parts[0].text == parts[0].typed
    second = parts[1].text
    assert "Teststad" in second and "Havenoverleg" in second and second.startswith("Wie zitten er aan tafel")
    # what a part asks about itself: not the place, not the words that only ask, not the first part's topic
    assert parts[1].terms == {"tafel"}
    assert "havenoverleg" in parts[0].terms and "teststad" not in parts[0].terms


def test_a_part_that_only_changes_the_year_is_the_first_part_for_that_year():
    assert part_question("Hoeveel explosies waren er in Teststad in 2022?", "hoeveel in 2019?", ["Teststad"]) \
        == "Hoeveel explosies waren er in Teststad in 2019?"


def test_a_bare_question_word_asks_the_first_part_again_with_it():
    asked = part_question("Welke prioriteit kiest Teststad voor de jeugd?", "waarom?", ["Teststad"])
    assert asked.startswith("waarom") and "prioriteit kiest Teststad voor de jeugd" in asked


def test_a_first_part_without_the_place_the_question_names_gets_it():
    parts = standalone_parts("Wanneer gaat het fietspunt open en hoeveel plekken heeft het in Teststad?", ["Teststad"])
    assert all("Teststad" in p.text for p in parts)


def test_a_single_question_has_no_parts():
    assert standalone_parts("Door wie en op welke datum is het plan van Teststad vastgesteld?", ["Teststad"]) == ()
