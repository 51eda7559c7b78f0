"""The chat's priorities and partners answers come from the plan cards' extraction (``answer.intents``):
asked in the chat and read from the card, they agree — on the seeds and on plans written by others
(``../shared/eval/corpus``: a joint plan, a DOCX kadernota, a Word PDF, an HTML page, an older plan)."""

from __future__ import annotations

import shutil

import pytest

from assistant.answer.lead import count_word
from assistant.answer.types import LineStyle
from assistant.ask.question import Aspect, Measure, understand
from assistant.config import PROJECT_ROOT
from assistant.insights.plans import plan_cards

SHARED_CORPUS = PROJECT_ROOT.parent / "shared" / "eval" / "corpus"


@pytest.fixture(scope="module")
def shared_assistant(tmp_path_factory, seed_settings, embedder):
    """The plans of the shared evaluation corpus, indexed once (about 40 s of embedding on two cores)."""
    if not SHARED_CORPUS.is_dir():
        pytest.skip(f"{SHARED_CORPUS} is not here")
    from assistant.index.build import build_index
    from assistant.pipeline import Assistant

    root = tmp_path_factory.mktemp("shared-plans")
    shutil.copytree(SHARED_CORPUS, root / "corpus")
    settings = seed_settings.replace(corpus_dir=root / "corpus", index_dir=root / "index", data_dir=root / "data")
    build_index(settings, embedder)
    return Assistant.load(settings, embedder)


def _agree(assistant) -> list[str]:
    """Every municipality whose chat answer disagrees with its card, and how (empty: they all agree)."""
    cards = plan_cards(assistant.index)
    wrong = []
    for municipality in assistant.index.municipalities:
        own = [c for c in cards if assistant.index.documents[c.doc_id].metadata.covers(municipality)]
        # asked of a member of a joint plan: the shared priorities and its own; of the region: all, each member's
        # priority with the member as the plan names it ("Aarlebeek: jeugdoverlast")
        members = {m for c in own for m in assistant.index.documents[c.doc_id].metadata.municipalities}
        card = [f"{p.member}: {p.name}" if p.member else p.name for c in own for p in c.priorities
                if not p.member or p.member == municipality or municipality not in members]
        if not card:
            continue
        answer = assistant.ask(f"Wat zijn de prioriteiten van {municipality}?")
        chat = [line.text for block in answer.blocks for line in block.lines if line.style == LineStyle.BULLET]
        lead = answer.lead.text if answer.lead else ""
        if chat != card or lead != f"{municipality} noemt {count_word(len(card))} prioriteiten:":
            wrong.append(f"{municipality}: card {card}, chat {chat}, lead {lead!r}")
        partners = sum(len(c.partners) for c in own)
        if partners:
            answer = assistant.ask(f"Met welke partners werkt {municipality} samen?")
            lead = answer.lead.text if answer.lead else ""
            if lead != f"{municipality} noemt {count_word(partners)} partners:":
                wrong.append(f"{municipality}: card {partners} partners, chat lead {lead!r}")
    return wrong


def test_chat_and_plan_cards_agree_on_the_seeds(assistant):
    assert _agree(assistant) == []


def test_chat_and_plan_cards_agree_on_plans_written_by_others(shared_assistant):
    assert len(shared_assistant.index.municipalities) >= 6
    assert _agree(shared_assistant) == []


def test_the_rows_naming_a_subject_are_those_a_search_of_every_row_finds(three_plan_assistant):
    from assistant.answer.glossary import build_glossary
    from assistant.answer.intents import rows_naming, subject_pattern
    from assistant.answer.lookup import lookups

    data = lookups(three_plan_assistant.index)
    sentences = data.index.sentences
    everything = set(data.index.documents)
    subjects = {e.term for e in build_glossary(data.index)} | {"keet", "boa", "bus", "aanpak", "persoonsgerichte aanpak",
                                                                "ondermijning", "veiligheid", "zzz", "de", "het RIEC"}
    named = 0
    for subject in sorted(subjects):
        pattern = subject_pattern(subject)
        for scope in (everything, {"doesburg"}):
            expected = [r for r in range(len(sentences))
                        if str(sentences.doc[r]) in scope and pattern.search(sentences.texts[r])]
            assert rows_naming(data, subject, scope) == expected, (subject, scope)
            named += bool(expected)
    assert named > len(subjects)  # most subjects are named somewhere: the comparison is not of empty lists


def test_a_part_of_an_amount_answers_for_the_year_of_the_amount_it_is_part_of(teststad_assistant):
    # the part names what is asked, the total before it the year: "… daarvan, € 600.000, …"
    answer = teststad_assistant.ask("Hoeveel van het veiligheidsbudget in de begroting 2025 gaat in Teststad naar de "
                                    "veiligheidsregio?")
    assert not answer.abstained and "€ 600.000" in answer.text, answer.text


def test_a_list_under_a_heading_that_names_the_topic_answers_what_it_enumerates(teststad_assistant):
    # "onderwerpen" is asked, the lead-in "Het gaat om:" names nothing; the heading "8. Basisveiligheid" names the topic
    answer = teststad_assistant.ask("Welke onderwerpen rekent Teststad tot de basisveiligheid?")
    items = [line.text for block in answer.blocks for line in block.lines if line.style in (LineStyle.BULLET, LineStyle.ITEM)]
    assert [i.rstrip(";.") for i in items] == ["de jaarwisseling", "de kermis", "de brandveiligheid van zorgcentra"], answer.text



def test_the_plans_abbreviation_names_no_topic_of_its_priorities(assistant):
    answer = assistant.ask("Wat zijn de prioriteiten in het IVB van Doesburg?")
    assert not answer.abstained and answer.lead is not None and "prioriteiten" in answer.lead.text, answer.text


def test_the_plan_a_plan_follows_is_answered_with_what_the_plan_says_about_it(testdorp_assistant):
    answer = testdorp_assistant.ask("Welk plan ging vooraf aan het veiligheidsplan van Testdorp?")
    assert not answer.abstained and answer.citations, answer.text
    assert " ".join(answer.citations[0].quote.split()) == ("Het plan volgt op het Veiligheidsplan Testdorp 2021-2024. Dat "
                                                           "plan is in 2024 met de partners geëvalueerd."), answer.text


def test_how_often_is_answered_by_a_frequency_in_words_about_the_topic(testdorp_assistant):
    answer = testdorp_assistant.ask("Hoe vaak komt het wijkteam in Testdorp bijeen?")
    assert [c.quote for c in answer.citations][:1] == ["Het wijkteam komt elke maand bijeen."]


def test_the_money_a_municipality_spends_on_its_plan_is_the_amount_for_the_plan_not_a_yearly_contribution(
        testdorp_assistant):
    """'jaarlijks' says how often and 'gemeente' who: neither makes '… een jaarlijkse bijdrage van € 9.000 aan de
    Veiligheidsregio' the plan's money; the sentence about this plan's amount answers, also asked which spends most."""
    answer = testdorp_assistant.ask("Hoeveel geld trekt Testdorp jaarlijks uit voor het veiligheidsplan?")
    assert "€ 40.000" in answer.text and "€ 9.000" not in answer.text, answer.text
    most = understand("Welke gemeente trekt jaarlijks het meeste geld uit voor haar veiligheidsplan: A of B?", ["A", "B"])
    assert (most.aspect, most.measure, most.asks_number) == (Aspect.FIGURE, Measure.MONEY, True)


def test_the_plans_budget_is_answered_from_the_plan_whatever_words_the_question_uses(testdorp_assistant):
    for question in ("Wat kost het veiligheidsplan van Testdorp per jaar?",
                     "Hoe groot is het totale veiligheidsbudget van Testdorp?"):
        answer = testdorp_assistant.ask(question)
        assert not answer.abstained and answer.citations, (question, answer.text)
        assert answer.citations[0].quote.startswith("Voor de uitvoering van dit plan is structureel € 40.000 per jaar"), \
            (question, answer.text)
        assert "€ 12.000" not in answer.text and "€ 9.000" not in answer.text, (question, answer.text)


def test_the_cost_of_a_post_is_an_amount_that_names_the_post(testdorp_assistant):
    """'Wat kost de coördinator …?' asks the post's cost: the plan's budget is no answer, and the plan gives none."""
    assert understand("Wat kost de coördinator wijkveiligheid van Testdorp per jaar?", ["Testdorp"]).priced == ("coordinator",)
    answer = testdorp_assistant.ask("Wat kost de coördinator wijkveiligheid van Testdorp per jaar?")
    assert answer.abstained and "no_figure" in [r.rule for r in answer.reasons], answer.text


def test_a_figure_of_a_village_is_one_stated_with_its_name_and_the_municipalitys_own_figure_does_not_answer_it(
        testdorp_assistant):
    """The plan describes its villages in sentences of their own ('Molenhoek is het kleinste dorp, met 1.900
    inwoners. Zandberg is van oudsher een boerendorp.'): a village's figure is the one given with its name; for a
    village without one the answer is that the plan gives none, not the municipality's 12.400."""
    molenhoek = testdorp_assistant.ask("Hoeveel inwoners heeft Molenhoek?")
    assert not molenhoek.abstained and "1.900" in molenhoek.citations[0].quote, molenhoek.text
    zandberg = testdorp_assistant.ask("Hoeveel inwoners heeft Zandberg?")
    assert zandberg.abstained and "12.400" not in zandberg.text, zandberg.text
    lives = testdorp_assistant.ask("Ik woon in Zandberg. Hoeveel inwoners heeft de gemeente?")
    assert not lives.abstained and "12.400" in lives.citations[0].quote, lives.text
    # "wonen er in" counts who live in the village: a figure of the village, not where the asker lives
    counted = testdorp_assistant.ask("Hoeveel gezinnen wonen er in Zandberg?")
    assert counted.abstained and "12.400" not in counted.text, counted.text


def test_a_term_on_a_line_of_its_own_over_its_description_defines_it(testdorp_assistant):
    """'Buurtschouw' over 'een wandeling van bewoners, …' (a definition list or a text export's glossary) is the
    definition; 'Elk voorjaar houdt het wijkteam … een buurtschouw' only names it."""
    answer = testdorp_assistant.ask("Wat is een buurtschouw?")
    assert not answer.abstained and answer.citations, answer.text
    assert answer.citations[0].quote.startswith("Buurtschouw"), answer.text


def test_asked_for_the_pijlers_of_a_plan_that_calls_its_priorities_so_the_answer_is_its_priorities(waterland_assistant):
    answer = waterland_assistant.ask("Wat zijn de pijlers van Heideveld?")
    assert answer.text.startswith("Heideveld noemt drie prioriteiten")
    assert all(name in answer.text for name in ("woninginbraak", "drugsoverlast", "jeugd"))
    # its ambities are not its pijlers: asked for those, the priorities are not the answer
    assert not waterland_assistant.ask("Welke ambities heeft Heideveld?").text.startswith("Heideveld noemt drie "
                                                                                         "prioriteiten")


def test_asked_of_the_municipalities_the_best_unit_of_each_plan_joins_the_general_answer(waterland_assistant):
    """Scored 0.9 below the best (beyond the margin for more of one plan's sentences), another plan's best sentence
    still joins an answer to "Wat schrijven de gemeenten …": each plan answers for itself."""
    import numpy as np

    from assistant.answer.intents import Material, general_answer
    from assistant.answer.lookup import lookups
    from assistant.answer.types import Unit

    index = waterland_assistant.index
    data = lookups(index)
    texts = index.sentences.texts

    def unit(text, score):
        row = next(r for r, t in enumerate(texts) if t.startswith(text))
        doc_id, start, end = index.sentences.span(row)
        return Unit(row, doc_id, start, end, "sentence", int(index.sentences.chunk[row]), 0.0, 0.5, 0.5, 0.0, score)

    units = (unit("Bij het Stationsplein komt", 2.0), unit("Bij het Stationsplein is het", 1.1))
    for text, shown in (("Wat schrijven de gemeenten over het Stationsplein?", {"heideveld", "waterland"}),
                        ("Wat gebeurt er bij het Stationsplein?", {"heideveld"})):
        question = understand(text, index.municipalities)
        material = Material(question, (), units, np.zeros(len(texts)), data.tables.weights(question.key_terms), None)
        assert {line.doc_id for line in general_answer(data, material).lines} == shown, text
