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
    answer = assistant.ask("Hoeveel fietsendiefstallen telde Dalfsen in 2015?")
    assert answer.passages
    assert {p.municipality for p in answer.passages} == {"Dalfsen"}


def test_comparison_represents_every_named_municipality_in_the_first_two(assistant):
    answer = assistant.ask("Hoe pakken Doesburg en Dalfsen cybercrime aan?")
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


# --------------------------------------------------------------------------- filters that never mislead

def test_a_question_naming_a_municipality_outside_the_filter_says_so_and_offers_to_search_there(assistant):
    answer = assistant.ask("Hoeveel woninginbraken telde Dalfsen in 2016?", municipalities=["Doesburg"])
    assert answer.abstained and [r.rule for r in answer.reasons] == ["outside_filter"]
    assert "Dalfsen" in answer.text and "Doesburg" in answer.text and not answer.citations
    [suggestion] = answer.suggestions
    assert suggestion.unfiltered and suggestion.question == "Hoeveel woninginbraken telde Dalfsen in 2016?"
    assert not assistant.ask(suggestion.question).abstained  # the one click answers it


def test_a_refusal_caused_by_the_filter_says_so(assistant):
    doesburg = [d for d, doc in assistant.index.documents.items() if doc.municipality == "Doesburg"]
    answer = assistant.ask("Hoeveel woninginbraken waren er in 2016?", doc_ids=doesburg)
    assert answer.abstained and "filter_excluded" in [r.rule for r in answer.reasons]
    assert "filters" in answer.text and any(s.unfiltered for s in answer.suggestions)
    # without the filter the same question is answered
    assert not assistant.ask("Hoeveel woninginbraken waren er in 2016?").abstained


def test_a_refusal_the_filter_did_not_cause_does_not_blame_it(assistant):
    answer = assistant.ask("Waar staat de Wet Bibob voor?", municipalities=["Doesburg"])
    assert answer.abstained and "filter_excluded" not in [r.rule for r in answer.reasons]


# --------------------------------------------------------------------------- follow-ups through the pipeline

def test_a_follow_up_is_answered_as_read_and_says_how(assistant):
    first = assistant.ask("Hoeveel woninginbraken telde Dalfsen in 2016?")
    context = assistant.follow(None, first)
    answer = assistant.ask("En in 2017?", context=context)
    assert answer.reading is not None and answer.reading.text == "Hoeveel woninginbraken telde Dalfsen in 2017?"
    assert answer.question == answer.reading.text and answer.lead is not None
    assert [p.text for p in answer.lead.parts if p.strong] == ["40"]  # "… t.o.v. 40 woninginbraken in 2017"
    assert assistant.ask("En in 2017?").reading is None  # without the conversation it is read as typed


def test_a_loaded_build_is_out_of_the_garbage_collectors_reach(seed_settings, seed_index, embedder):
    import gc

    from assistant.pipeline import Assistant

    gc.unfreeze()
    assistant = Assistant.load(seed_settings, embedder)
    try:
        assert gc.get_freeze_count() > len(assistant.index.chunks) + len(assistant.index.sentences)
    finally:
        gc.unfreeze()


def test_a_replaced_build_is_freed_and_the_new_one_frozen_once_it_is(fresh_settings, embedder):
    import gc
    import weakref

    from assistant.index.build import build_index
    from assistant.pipeline import Assistant
    from tests.conftest import copy_seeds

    copy_seeds(fresh_settings.corpus_dir, ("doesburg",))
    build_index(fresh_settings, embedder)
    assistant = Assistant.load(fresh_settings, embedder)
    try:
        in_flight = assistant.search("Wat doet Doesburg tegen ondermijning?")  # a question another session asks
        old = weakref.ref(assistant.index)
        copy_seeds(fresh_settings.corpus_dir, ("dalfsen",))
        build_index(fresh_settings, embedder)
        assert assistant.refresh()
        assert gc.get_freeze_count() == 0  # the old build is back in the collector's reach
        assert in_flight.index is old()
        del in_flight  # that question is answered
        gc.collect()
        assert old() is None  # ... and freed, although it holds cycles
        assistant.ask("Wat doet Dalfsen tegen ondermijning?")
        assert gc.get_freeze_count() > len(assistant.index.chunks)  # the new build frozen in its turn
    finally:
        gc.unfreeze()


def test_a_question_about_a_village_is_answered_from_its_municipalitys_plan_with_what_residents_can_do(
        teststad_assistant):
    """Oudebrug is one of the kernen Teststad's plan lists: the question is about Teststad, and asked what one can do
    oneself, the answer is the plan's section for residents, whole."""
    assert teststad_assistant.index.places.get("Oudebrug") == "Teststad"
    answer = teststad_assistant.ask("Ik woon sinds kort in Oudebrug. Wat kan ik zelf doen om mijn buurt veiliger te maken?")
    assert {p.doc_id for p in answer.passages} == {"teststad"}, [p.doc_id for p in answer.passages]
    assert answer.text.startswith("Wat inwoners zelf kunnen doen volgens Teststad"), answer.text
    assert "Burgernet" in answer.text and "ramen en deuren" in answer.text
