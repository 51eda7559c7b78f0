"""The answer composer on the seed plans: one golden test per intent, abstention, and the citation property.

Questions here are written for the tests (not taken from the evaluation files), in the
wording a civil servant would use.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.answer.context import strip_marker
from assistant.answer.phrasing import article, phrase
from assistant.answer.types import LineStyle
from assistant.config import PROJECT_ROOT
from assistant.insights.plans import plan_cards
from assistant.text import normalise_space
from tests.conftest import seed_questions

ABSTAIN_TEXT = phrase("abstain")
HELDOUT = PROJECT_ROOT / "eval" / "heldout" / "heldout-seeds.jsonl"  # the independent held-out questions on the seeds


def cited_lines(answer):
    return [(line, answer.citations[line.citation - 1]) for block in answer.blocks for line in block.lines
            if line.citation]


# --------------------------------------------------------------------------- per intent

def test_list_question_returns_the_complete_list_under_its_label(assistant):
    answer = assistant.ask("Welke ambities noemt Doesburg voor digitale veiligheid?")
    assert answer.intent == "list" and not answer.abstained
    bullets = [normalise_space(line.text) for line, _ in cited_lines(answer) if line.style == "bullet"]
    assert bullets == [
        "We vergroten de weerbaarheid van inwoners, ondernemers & medewerkers op het gebied van digitale veiligheid;",
        "We hebben ons eigen huis op orde en hebben aandacht voor de informatieveiligheid daarbij sluiten wij aan bij "
        "landelijke ontwikkelingen.",
        "We hebben onze planvorming op orde en zijn getraind om goed te kunnen handelen op het moment dat er een "
        "cybercrisis-of incident plaatsvindt in Doesburg.",
    ]


def test_priorities_list_is_complete_with_its_lead_in(assistant):
    answer = assistant.ask("Noem de prioriteiten van Doesburg")
    texts = [normalise_space(line.text) for line, _ in cited_lines(answer)]
    assert texts[0].endswith("We richten ons de komende 4 jaar dan ook met name op deze thema’s:")
    assert texts[1:5] == ["Zorg en Veiligheid", "Jeugd en Veiligheid", "Ondermijning", "Digitale criminaliteit"]


def test_numbered_lists_keep_their_numbers(assistant):
    answer = assistant.ask("Welke regionale thema's pakt Dalfsen op?")
    items = [normalise_space(line.text) for line, _ in cited_lines(answer) if line.style == "item"]
    assert items == ["1. Ondernijning", "2. Cybercrime", "3. Personen met verward gedrag"]


def test_both_priority_lists_are_given(assistant):
    # the chosen speerpunten are the plan's priorities: the local list and the regional one, each under its lead-in
    answer = assistant.ask("Welke speerpunten heeft Dalfsen gekozen?")
    texts = [normalise_space(line.text) for line, _ in cited_lines(answer)]
    card = next(c for c in plan_cards(assistant.index) if c.municipality == "Dalfsen")
    assert {p.scope for p in card.priorities} == {"lokaal", "regionaal"}
    assert [t for t in texts if not t.endswith(":")] == [normalise_space(p.name) for p in card.priorities]
    assert sum(text.endswith(":") for text in texts) == 2  # the lead-in of each list


def test_definition_gives_the_defining_sentence_with_the_expansion(assistant):
    answer = assistant.ask("Wat is de taak van het RIEC?")
    assert answer.intent == "definition" and not answer.abstained
    text = answer.text
    assert "Regionaal Informatie en Expertise Centrum" in text
    assert "georganiseerde criminaliteit" in text


def test_definition_of_two_concepts_defines_each(assistant):
    answer = assistant.ask("Wat is het verschil tussen objectieve en subjectieve veiligheid?")
    text = answer.text
    assert "Objectieve veiligheid is gebaseerd op feiten" in text
    assert "Subjectieve veiligheid is het gevoel van veiligheid" in text


def test_how_a_word_is_described_is_answered_with_its_defining_sentence(assistant):
    answer = assistant.ask("Hoe wordt objectieve veiligheid omschreven?")
    assert answer.intent == "definition" and not answer.abstained
    assert answer.citations[0].quote.startswith("Objectieve veiligheid is gebaseerd op feiten")


def test_figure_question_reads_a_table_row_back_with_its_headers(assistant):
    answer = assistant.ask("Hoeveel woninginbraken registreerde de politie in Dalfsen in 2016?")
    rows = [(line, citation) for line, citation in cited_lines(answer) if line.style == "row"]
    assert rows, answer.text
    line, citation = next((l, c) for l, c in rows if l.text.startswith("Diefstal/ inbraak woning"))
    assert line.text == ("Diefstal/ inbraak woning — bron: Politie · 2014: 71 · 2015: 46 · 2016: 76 · 2017: 40 · "
                         "vergelijking 2013: 125 · vergelijking 2017: 40")
    assert citation.quote == "Diefstal/ inbraak woning\tPolitie\t71\t46\t76\t40\t125\t40"


def test_comparison_has_one_block_per_municipality_each_with_its_own_citations(assistant):
    answer = assistant.ask("Vergelijk de aanpak van ondermijning in Doesburg en Dalfsen")
    assert answer.intent == "comparison" and not answer.abstained
    assert {b.municipality for b in answer.blocks} == {"Doesburg", "Dalfsen"}
    for block in answer.blocks:
        for line in block.lines:
            assert answer.citations[line.citation - 1].municipality == block.municipality


def test_comparison_says_so_when_one_municipality_has_nothing(assistant):
    answer = assistant.ask("Hoe zetten Doesburg en Dalfsen Burgernet in?")
    assert not answer.abstained
    assert {b.municipality for b in answer.blocks} == {"Dalfsen"}
    assert "In de documenten van Doesburg vind ik hier niets over." in answer.notes
    # Dalfsen's cited evidence first, then the two plans in turn: Doesburg's best passage comes right after it
    index = assistant.index
    holding = {index.chunks[index.chunk_at(c.doc_id, c.start)].chunk_id for c in answer.citations}
    towns = [p.municipality for p in answer.passages]
    assert towns[0] == "Dalfsen" and towns.index("Doesburg") <= len(holding)
    assert "Dalfsen" in towns[towns.index("Doesburg"):]
    assert len({p.chunk.chunk_id for p in answer.passages}) == len(answer.passages)  # no passage twice


def test_general_question_is_answered_with_verbatim_sentences(assistant):
    answer = assistant.ask("Waar zit de politiepost in Doesburg?")
    assert "bij de brandweer" in answer.text
    heading = answer.blocks[0].heading
    assert heading.startswith("Volgens het Integraal veiligheidsbeleid gemeente Doesburg 2024-2027")


def test_passages_with_the_cited_evidence_come_first(assistant):
    answer = assistant.ask("Welke stappen doorloopt het RIEC om een lokaal ondermijningsbeeld te maken?")
    first = answer.passages[0]
    assert any(c.doc_id == first.doc_id and first.chunk.start <= c.start < first.chunk.end for c in answer.citations)


# --------------------------------------------------------------------------- abstention


def test_a_legal_basis_the_header_leaves_unknown_is_cited_as_such(assistant):
    answer = assistant.ask("Wat is de wettelijke grondslag van het veiligheidsbeleid van Doesburg?")
    assert not answer.abstained and [c.quote for c in answer.citations] == ["Onbekend"]


@pytest.mark.parametrize("question, note", [
    ("Wat zijn de prioriteiten van de gemeente Zwolle?", "Over gemeente Zwolle staan geen documenten"),
    ("Welke prioriteiten had Doesburg in 2016-2019?", "De collectie bevat voor Doesburg alleen het plan 2024-2027"),
])
def test_abstains_on_a_place_or_period_the_corpus_does_not_hold(assistant, question, note):
    answer = assistant.ask(question)
    assert answer.abstained
    assert answer.blocks[0].lines[0].text == ABSTAIN_TEXT
    assert any(note in n for n in answer.notes)


@pytest.mark.parametrize("question", ["Welke prioriteiten heeft Zutphen?", "Hoe laat vertrekt de trein naar Utrecht?"])
def test_abstains_on_a_municipality_without_a_plan_even_without_the_word_gemeente(assistant, question):
    answer = assistant.ask(question)
    assert answer.abstained
    assert any("staan geen documenten in de collectie" in n for n in answer.notes)


def test_a_place_mentioned_in_a_plan_is_still_answered_from_that_plan(assistant):
    answer = assistant.ask("Welke burgemeester van Zwolle zit in de BBG?")
    assert not answer.abstained and "Zwolle" in answer.text


def test_a_comparison_with_a_municipality_without_a_plan_says_so(assistant):
    answer = assistant.ask("Vergelijk Doesburg en Zwolle op ondermijning")
    assert not answer.abstained
    assert {c.municipality for c in answer.citations} == {"Doesburg"}
    assert "Van Zwolle staat geen beleidsplan in de collectie." in answer.notes


def test_abstains_on_an_off_topic_question(assistant):
    assert assistant.ask("Wat is de hoofdstad van Frankrijk?").abstained


def test_abstains_on_a_topic_the_plan_explicitly_leaves_out_and_shows_why(assistant):
    answer = assistant.ask("Wat doet Doesburg aan verkeersveiligheid?")
    assert answer.abstained and [r.rule for r in answer.reasons] == ["topic_left_out"]
    # the plan's own sentence that leaves the topic out is the reason, shown and cited (and nothing else is)
    assert len(answer.citations) == 1 and "buiten dit beleid vallen" in answer.citations[0].quote
    assert "verkeersveiligheid" in answer.citations[0].quote
    assert any("buiten dit beleid vallen" in c.quote for c in answer.related)
    assert_citations_exact(assistant, answer)


def test_abstains_on_an_amount_the_plans_never_state(assistant):
    assert assistant.ask("Hoeveel euro trekt Dalfsen uit voor Burgernet?").abstained


def test_abstains_on_an_abbreviation_the_corpus_never_spells_out(assistant):
    answer = assistant.ask("Waar staat Bibob voor?")
    assert answer.abstained
    assert answer.related  # the nearest passages are offered as "mogelijk relevant"


def test_does_not_abstain_on_an_answerable_paraphrase(assistant):
    answer = assistant.ask("Hoe wil Doesburg voorkomen dat jongeren op evenementen alcohol drinken?")
    assert not answer.abstained
    assert "polsbandjes" in answer.text


# --------------------------------------------------------------------------- citations

def _questions() -> list[str]:
    questions = seed_questions()
    if HELDOUT.exists():
        questions += [json.loads(line)["question"] for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line]
    return questions


def assert_citations_exact(assistant, answer) -> None:
    for citation in (*answer.citations, *answer.related):
        document = assistant.index.documents[citation.doc_id]
        assert document.text[citation.start:citation.end] == citation.quote
        assert citation.municipality == document.municipality
        assert citation.heading_path == document.structure.heading_path_at(citation.start)
    for block in answer.blocks:
        for line in block.lines:
            if line.citation is None:
                assert line.style == "note" or not line.text
                continue
            citation = answer.citations[line.citation - 1]
            if line.style != "row":  # rows are rendered with their headers; the quote is the raw row
                assert normalise_space(line.text) in normalise_space(citation.quote)


def test_every_citation_is_an_exact_span_over_all_evaluation_questions(assistant):
    questions = _questions()
    assert len(questions) >= 40
    for question in questions:
        assert_citations_exact(assistant, assistant.ask(question))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_every_citation_is_an_exact_span_for_generated_questions(assistant, data):
    vocabulary = sorted({w for d in assistant.index.documents.values() for w in d.text.split() if w.isalpha()})
    words = data.draw(st.lists(st.sampled_from(vocabulary), min_size=1, max_size=8))
    opener = data.draw(st.sampled_from(["Wat", "Welke", "Hoeveel", "Vergelijk", "Waarom", "Wie"]))
    assert_citations_exact(assistant, assistant.ask(f"{opener} {' '.join(words)}?"))


# --------------------------------------------------------------------------- small pure helpers

def test_strip_marker_removes_bullets_but_keeps_numbers():
    text = "  • Ondermijning\n1. Woninginbraken\n- a. Bewustwording"
    assert text[strip_marker(text, 2):].startswith("Ondermijning")
    start = text.index("1.")
    assert strip_marker(text, start) == start
    start = text.index("- a.")
    assert text[strip_marker(text, start):].startswith("a. Bewustwording")


@pytest.mark.parametrize("title, expected", [
    ("Integraal veiligheidsbeleid gemeente Doesburg 2024-2027", "het"),
    ("Beleidsplan Integrale Veiligheid 2019-2022", "het"),
    ("Kadernota Integrale Veiligheid 2023", "de"),
])
def test_article(title, expected):
    assert article(title) == expected


def test_next_to_plans_that_answer_a_plan_that_leaves_the_topic_out_says_so_with_its_sentence(teststad_assistant):
    answer = teststad_assistant.ask("Welke gemeenten zetten een buurtbemiddelaar in bij woonoverlast?")
    assert not answer.abstained
    quotes = [c.quote for c in answer.citations]
    assert any("buurtbemiddelaar" in q for q in quotes)
    assert "Woonoverlast valt buiten dit plan; daarvoor is er het Woonplan Testland." in quotes, answer.text
    assert "Testland" not in " ".join(answer.notes)  # it is not among the plans that say nothing
    cited = {(c.doc_id, c.start) for c in answer.citations}
    first = answer.passages[:len(cited)]
    assert all(any(p.doc_id == d and p.chunk.start <= s < p.chunk.end for p in first) for d, s in cited)


def test_a_comparison_table_shows_the_sentence_of_the_plan_that_leaves_the_topic_out(teststad_assistant):
    answer = teststad_assistant.ask("Vergelijk de aanpak van woonoverlast in Teststad en Testland.")
    assert answer.contrast is not None, answer.text
    column = answer.contrast.columns.index("Testland")
    cells = [row.cells[column] for row in answer.contrast.rows]
    assert any("Woonoverlast valt buiten dit plan" in t for cell in cells for t in cell.texts), answer.contrast



# --------------------------------------------------------------------------- a question of several parts

def test_each_part_of_a_question_that_joins_two_is_answered(teststad_assistant):
    answer = teststad_assistant.ask("Hoeveel verkeersongevallen waren er in Teststad in 2024, en wanneer wordt de "
                                    "Schoolstraat opnieuw ingericht?")
    assert not answer.abstained
    quoted = [c.quote for c in answer.citations]
    assert any("41 verkeersongevallen" in q for q in quoted)
    assert any("Schoolstraat in 2026" in q for q in quoted)
    assert all(q == c.quote for q, c in zip(quoted, answer.citations))


def test_a_part_adds_no_lines_that_are_not_about_it(teststad_assistant):
    answer = teststad_assistant.ask("Hoeveel sportclubs telt Teststad en wat kost het extra jongerenwerk?")
    text = normalise_space(answer.text)
    assert "20 sportclubs" in text and "€ 30.000 voor het extra jongerenwerk" in text
    assert "€ 900.000" not in text and "Verkeersveilige School" not in text


def test_a_refused_question_of_two_parts_answers_the_part_it_can_and_names_the_other(testdorp_assistant):
    answer = testdorp_assistant.ask("Wanneer is het Meldpunt Zorg en Woonoverlast in Testdorp ook op zaterdag "
                                    "bereikbaar en hoeveel meldingen komen er binnen?")
    assert not answer.abstained
    assert any("vanaf 2026 ook op zaterdag" in c.quote for c in answer.citations)
    notes = [line.text for block in answer.blocks for line in block.lines if line.style == LineStyle.NOTE]
    assert notes == [phrase("part_unanswered", part="hoeveel meldingen komen er binnen")]


def test_a_comparison_of_two_parts_is_not_split(assistant):
    answer = assistant.ask("Welke prioriteiten hebben Doesburg en Dalfsen, en hoe pakken ze ondermijning aan?")
    assert answer.intent == "comparison"
    assert not any(line.style == LineStyle.NOTE and "Op het deel" in line.text
                   for block in answer.blocks for line in block.lines)


def test_a_part_that_one_row_of_a_table_answers_brings_the_whole_table():
    """'… en hoe vaak komen die bijeen?': the part shares a term with one row only ('tweewekelijks' is no term it
    asks), yet the table's 'Frequentie' column answers it for every row; a sentence about something else stays out."""
    from assistant.answer.compose import _part_lines
    from assistant.answer.types import AnswerLine, LineStyle
    from assistant.ask.conversation import Part
    from assistant.text import term_set

    part = Part("hoe vaak komen die overleggen bijeen?", "Hoe vaak komen de overleggen van Proefdam bijeen?",
                frozenset(term_set("vaak overleggen bijeen")))
    lines = [AnswerLine("Lokale driehoek — Deelnemers: burgemeester, politie · Frequentie: 5x per jaar", 1, LineStyle.ROW),
             AnswerLine("Casusoverleg — Deelnemers: gemeente, zorg · Frequentie: elke twee weken bijeen", 2, LineStyle.ROW),
             AnswerLine("Het college stelt jaarlijks een uitvoeringsprogramma op.", 3)]
    kept = _part_lines(part, lines, {1: 4, 2: 5, 3: 6}, 3)
    assert [line.citation for line in kept] == [4, 5]
    assert _part_lines(part, lines[:1] + lines[2:], {1: 4, 3: 6}, 3) == ()  # no row about the part: none comes
