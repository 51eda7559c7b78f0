"""Golden answers per format: a list question asked in the chat gets the complete list, in order, from a
plan in each format that writes lists its own way — an overheid.nl text export (a marker line "• a." with
the item text on the next, indented line), a Word document (list styles, no marker in the text) and a
municipal web page (``<ul>``). Small plans of our own, indexed once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.answer.types import LineStyle

FORMATS = Path(__file__).parent / "fixtures" / "formats"

CVDR_EXPORT = """Integraal veiligheidsbeleid Kleiwerd 2025-2028

Gemeenteblad van Kleiwerd

Besluit van de gemeenteraad van Kleiwerd

De raad van de gemeente Kleiwerd besluit:

• 1.

    het Integraal Veiligheidsbeleid 2025-2028 vast te stellen met de daarbij horende prioriteiten:

• a.

    de aanpak van ondermijnende criminaliteit;

• b.

    zorg en veiligheid;

• c.

    veilig uitgaan;

• 2.

    het college op te dragen jaarlijks een uitvoeringsprogramma vast te stellen.

Aldus besloten in de openbare vergadering van 3 maart 2025.
"""

# An overheid.nl export of a plan that has been withdrawn: its header remarks name the plan that replaced it.
CVDR_WITHDRAWN = """Oudweide

Veiligheidsbeleid Oudweide 2018-2021

Regeling vervallen per 01-01-2022

Geldend van 01-03-2018 t/m 31-12-2021

Wetstechnische informatie

Gegevens van de regeling
OrganisatieOudweide
OrganisatietypeGemeente
Officiële naam regelingVeiligheidsbeleid Oudweide 2018-2021
CiteertitelVeiligheidsbeleid Oudweide 2018-2021
Vastgesteld doorgemeenteraad

Opmerkingen met betrekking tot de regeling

Deze regeling is vervallen per 01-01-2022 en vervangen door het Veiligheidsbeleid Oudweide 2022-2025. Paragraaf 2 is gewijzigd bij raadsbesluit van 5 juli 2019.

Wettelijke grondslag(en) of bevoegdheid waarop de regeling is gebaseerd

artikel 38b van de Politiewet 2012

Tekst van de regeling

Veiligheidsbeleid Oudweide 2018-2021

1. Inleiding

Dit beleid beschrijft hoe Oudweide in de periode 2018-2021 werkt aan de veiligheid in de dorpen.

2. Woninginbraak

Wij geven buurtpreventieteams in alle dorpen een startbudget.

Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Oudweide, gehouden op 8 februari 2018.
"""

WEB_PAGE = """<!DOCTYPE html><html lang="nl"><head><title>Veiligheidsplan 2024-2027 | Gemeente Proefdam</title></head>
<body><header><a href="/">Gemeente Proefdam</a></header><main><article>
<h1>Veiligheidsplan Proefdam 2024-2027</h1>
<p>Het plan is op 1 maart 2024 vastgesteld door de gemeenteraad van Proefdam.</p>
<h2>1. Prioriteiten</h2>
<p>Proefdam kiest voor deze prioriteiten:</p>
<ul><li>Ondermijning op bedrijventerreinen</li><li>Jeugd &amp; veiligheid</li><li>Digitale weerbaarheid</li></ul>
<h2>2. Maatregelen tegen ondermijning</h2>
<p>De volgende maatregelen nemen wij tegen ondermijning:</p>
<ul><li>controles op bedrijventerreinen met politie en belastingdienst;</li>
<li>een meldpunt voor ondernemers;</li><li>de Bibob-toets bij elke nieuwe horecavergunning.</li></ul>
</article></main><footer>Postbus 1, Proefdam</footer></body></html>"""


@pytest.fixture(scope="module")
def formats_assistant(tmp_path_factory, seed_settings, embedder):
    from assistant.index.build import build_index
    from assistant.pipeline import Assistant

    root = tmp_path_factory.mktemp("list-formats")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "kleiwerd.txt").write_text(CVDR_EXPORT, encoding="utf-8")
    (corpus / "proefdam.html").write_text(WEB_PAGE, encoding="utf-8")
    (corpus / "oudweide.txt").write_text(CVDR_WITHDRAWN, encoding="utf-8")
    shutil.copy(FORMATS / "veenhoven.docx", corpus / "veenhoven.docx")
    shutil.copy(FORMATS / "kwelderoog.pdf", corpus / "kwelderoog.pdf")
    settings = seed_settings.replace(corpus_dir=corpus, index_dir=root / "index", data_dir=root / "data")
    build_index(settings, embedder)
    return Assistant.load(settings, embedder)


def listed(answer) -> list[str]:
    return [" ".join(line.text.split()) for block in answer.blocks for line in block.lines
            if line.style in (LineStyle.BULLET, LineStyle.ITEM)]


@pytest.mark.parametrize("question, items", [
    ("Wat zijn de prioriteiten van Kleiwerd?",  # overheid.nl: marker line, text on the next line
     ["a. de aanpak van ondermijnende criminaliteit;", "b. zorg en veiligheid;", "c. veilig uitgaan;"]),
    ("Wat zijn de prioriteiten van Veenhoven?",  # Word: a numbered list style
     ["Woninginbraak in het buitengebied", "Jeugd en veiligheid", "Verkeersveiligheid"]),
    ("Wat zijn de prioriteiten van Proefdam?",  # a web page: <ul>
     ["Ondermijning op bedrijventerreinen", "Jeugd & veiligheid", "Digitale weerbaarheid"]),
    ("Welke maatregelen neemt Proefdam tegen ondermijning?",
     ["controles op bedrijventerreinen met politie en belastingdienst;", "een meldpunt voor ondernemers;",
      "de Bibob-toets bij elke nieuwe horecavergunning."]),
])
def test_a_list_question_gets_the_complete_list_in_every_format(formats_assistant, question, items):
    answer = formats_assistant.ask(question)
    assert not answer.abstained
    assert [" ".join(i.split()) for i in listed(answer)][-len(items):] == items or listed(answer) == items
    for citation in answer.citations:  # every line quotes its document exactly
        assert formats_assistant.index.documents[citation.doc_id].text[citation.start:citation.end] == citation.quote


@pytest.mark.parametrize("question, says", [
    ("Wanneer heeft de gemeenteraad het veiligheidsplan van Proefdam vastgesteld?", "1 maart 2024"),
    ("Door wie is het veiligheidsplan van Veenhoven vastgesteld?", "gemeenteraad"),
    ("Wanneer is het veiligheidsplan van Veenhoven vastgesteld?", "12 februari 2026"),
    ("Wanneer is het integraal veiligheidsbeleid van Kleiwerd vastgesteld?", "3 maart 2025"),
])
def test_a_question_about_the_plan_itself_cites_where_the_plan_says_it(formats_assistant, question, says):
    answer = formats_assistant.ask(question)
    assert not answer.abstained and any(says in c.quote for c in answer.citations), answer.text


@pytest.mark.parametrize("question", ["Door welk beleid is het veiligheidsbeleid van Oudweide vervangen?",
                                      "Tot wanneer gold het veiligheidsbeleid van Oudweide?"])
def test_a_withdrawn_plan_says_when_it_ended_and_which_plan_replaced_it(formats_assistant, question):
    answer = formats_assistant.ask(question)
    remark = "Deze regeling is vervallen per 01-01-2022 en vervangen door het Veiligheidsbeleid Oudweide 2022-2025."
    assert not answer.abstained and remark in [c.quote for c in answer.citations], answer.text
    assert any("vervangen door Veiligheidsbeleid Oudweide 2022-2025" in c for c in answer.cautions)


def test_the_header_a_plan_fact_is_cited_from_is_the_first_passage_but_no_indexed_chunk(formats_assistant):
    answer = formats_assistant.ask("Door welk beleid is het veiligheidsbeleid van Oudweide vervangen?")
    first, cited = answer.passages[0], answer.citations[0]
    assert cited.quote.startswith("Deze regeling is vervallen per 01-01-2022")
    assert first.doc_id == "oudweide" and first.chunk.start <= cited.start < first.chunk.end
    assert "Wetstechnische informatie" in first.text and "Dit beleid beschrijft" not in first.text
    assert first.chunk.chunk_id not in {c.chunk_id for c in formats_assistant.index.chunks}
    ordinary = formats_assistant.ask("Wat doet Oudweide tegen woninginbraak?")
    assert all("Wetstechnische informatie" not in p.text for p in ordinary.passages)


def test_the_statement_of_more_of_the_asked_facts_is_cited_first(formats_assistant):
    answer = formats_assistant.ask("Wanneer en door wie is het veiligheidsbeleid van Oudweide vastgesteld?")
    quotes = [c.quote for c in answer.citations]
    assert quotes[0].startswith("Aldus vastgesteld in de openbare vergadering van de raad"), quotes
    assert "Vastgesteld doorgemeenteraad" in quotes[1:], quotes


def test_a_sentence_that_states_the_fact_is_cited_before_the_title_page_line(formats_assistant):
    answer = formats_assistant.ask("Wat is de looptijd van het veiligheidsbeleid van Oudweide?")
    quotes = [c.quote for c in answer.citations]
    assert quotes[0] == "Dit beleid beschrijft hoe Oudweide in de periode 2018-2021 werkt aan de veiligheid in de dorpen."
    assert "Veiligheidsbeleid Oudweide 2018-2021" in quotes[1:]


def test_the_adoption_of_another_document_is_no_fact_of_the_plan(formats_assistant):
    # the programme works out a kadernota: asked when the kadernota was adopted, the programme's own date is no answer
    answer = formats_assistant.ask("Wanneer is de kadernota van Kwelderoog vastgesteld?")
    assert "20 januari 2026" not in answer.text, answer.text
    own = formats_assistant.ask("Wanneer is het programma van Kwelderoog vastgesteld?")
    assert "Vastgesteld door het college op 20 januari 2026" in [c.quote for c in own.citations], own.text


def test_a_plan_of_one_year_is_named_by_its_year(formats_assistant):
    from datetime import date

    from assistant.answer.compose import expired_cautions
    from assistant.answer.lookup import lookups

    answer = formats_assistant.ask("Wat is de looptijd van het programma van Kwelderoog?")
    assert answer.lead is not None and answer.lead.text == "Kwelderoog: looptijd 2026.", answer.text
    assert [c.quote for c in answer.citations][:1] == ["Programma Veiligheid 2026"], answer.text  # not the kadernota's
    assert "Kwelderoog" not in {b.municipality for b in formats_assistant.ask("Welke plannen lopen tot en met 2027?").blocks}
    data = lookups(formats_assistant.index)
    assert expired_cautions(data, answer.citations, date(2027, 3, 1)) == ("Let op: dit plan gold in 2026.",)


def test_the_period_of_a_plan_leads_its_answer(formats_assistant):
    answer = formats_assistant.ask("Wat is de looptijd van het veiligheidsbeleid van Kleiwerd?")
    assert answer.lead is not None and answer.lead.text == "Kleiwerd: looptijd 2025 tot en met 2028."
    assert any("2025-2028" in c.quote for c in answer.citations)
