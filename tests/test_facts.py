"""Plan facts with their spans: the CVDR header, closing formulas, title pages and colophons, in every format.

The texts here are written for these tests (fictional municipalities), not taken from the evaluation files.
"""

from __future__ import annotations

import pytest

from assistant.citation import cite
from assistant.config import Settings
from assistant.ingest.chunking import Chunker
from assistant.ingest.documents import Document, load_bytes, load_document
from assistant.ingest.facts import FactField, FactOrigin, find_facts, iso_date
from assistant.ingest.metadata import infer_metadata
from tests.conftest import FIXTURES

CVDR = """Ziet u een fout in deze regeling? Meld het ons op regelgeving@overheid.nl!
Proefdam

Veiligheidsbeleid Proefdam 2024-2027

Geldend van 01-01-2024 t/m 31-12-2027

Regeling vervallen per 01-01-2028

Wetstechnische informatie

Gegevens van de regeling
OrganisatieProefdam
OrganisatietypeGemeente
Officiële naam regelingVeiligheidsbeleid Proefdam 2024-2027
CiteertitelVeiligheidsbeleid Proefdam 2024-2027
Vastgesteld doorgemeenteraad
Onderwerpopenbare orde en veiligheid

Opmerkingen met betrekking tot de regeling

Geen

Wettelijke grondslag(en) of bevoegdheid waarop de regeling is gebaseerd

artikel 38b van de Politiewet 2012

Overzicht van in de tekst verwerkte wijzigingen

Datum inwerkingtreding

Terugwerkende kracht tot en met

Datum uitwerkingtreding

Betreft

Datum ondertekening

Bron bekendmaking

Kenmerk voorstel

01-01-202431-12-2027nieuwe regeling

19-12-2023

gmb-2023-123456

RV 2023/77

Tekst van de regeling

Intitulé

Veiligheidsbeleid Proefdam 2024-2027

De raad van de gemeente Proefdam;

gelet op artikel 38b van de Politiewet 2012;

besluit:

1. Inleiding

Dit beleid beschrijft de aanpak van de veiligheid in Proefdam voor de periode 2024-2027.

Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Proefdam, gehouden op 19 december 2023.

De griffier,
"""


def facts_of(text):
    return {(str(f.field), f.value, text[f.start:f.end], str(f.origin)) for f in find_facts(text)}


def test_cvdr_header_facts_with_the_line_that_states_each():
    facts = facts_of(CVDR)
    assert ("organisation", "Proefdam", "OrganisatieProefdam", "header") in facts
    assert ("citation_title", "Veiligheidsbeleid Proefdam 2024-2027", "CiteertitelVeiligheidsbeleid Proefdam 2024-2027",
            "header") in facts
    assert ("adopted_by", "gemeenteraad", "Vastgesteld doorgemeenteraad", "header") in facts
    assert ("legal_basis", "artikel 38b van de Politiewet 2012", "artikel 38b van de Politiewet 2012", "header") in facts
    assert ("in_force_from", "2024-01-01", "01-01-202431-12-2027nieuwe regeling", "header") in facts
    assert ("valid_until", "2027-12-31", "01-01-202431-12-2027nieuwe regeling", "header") in facts
    assert ("signed_on", "2023-12-19", "19-12-2023", "header") in facts
    assert ("source", "gmb-2023-123456", "gmb-2023-123456", "header") in facts


def test_geldend_and_vervallen_lines_give_validity_and_expiry():
    facts = facts_of(CVDR)
    assert ("valid_until", "2027-12-31", "Geldend van 01-01-2024 t/m 31-12-2027", "statement") in facts
    assert ("expired_on", "2028-01-01", "Regeling vervallen per 01-01-2028", "statement") in facts


def test_closing_formula_gives_adoption_by_the_council():
    closing = {f for f in facts_of(CVDR) if f[3] == "closing"}
    sentence = "Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Proefdam, gehouden op 19 december 2023."
    assert closing == {("adopted_by", "gemeenteraad", sentence, "closing"), ("adopted_on", "2023-12-19", sentence, "closing")}


def test_header_facts_are_citable_while_the_header_stays_out_of_the_chunks():
    document = load_bytes(CVDR.encode(), "proefdam.txt")
    chunks = Chunker(Settings.from_env(env={})).chunk(document)
    assert not any("OrganisatieProefdam" in c.text or "gmb-2023-123456" in c.text for c in chunks)
    source = next(f for f in document.facts if f.field == FactField.SOURCE)
    citation = cite(document, source.start, source.end)
    assert citation.quote == "gmb-2023-123456"
    meta = document.metadata
    assert (meta.municipality, meta.title, meta.metadata_origin) == ("Proefdam", "Veiligheidsbeleid Proefdam 2024-2027", "header")
    assert (meta.adopted_by, meta.adopted_on, meta.in_force_from) == ("gemeenteraad", "2023-12-19", "2024-01-01")
    assert (meta.valid_until, meta.expired_on, meta.legal_basis) == ("2027-12-31", "2028-01-01", "artikel 38b van de Politiewet 2012")
    assert meta.source == "CVDR (overheid.nl), Gemeenteblad gmb-2023-123456"


@pytest.mark.parametrize("sentence, by, on", [
    ("Vastgesteld door de gemeenteraad op 27 maart 2025", "gemeenteraad", "2025-03-27"),
    ("Vastgesteld door de gemeenteraad van Proefdam in zijn openbare vergadering van 3 oktober 2024",
     "gemeenteraad", "2024-10-03"),
    ("De nota is vastgesteld door burgemeester en wethouders van Proefdam op 4 juni 2024.",
     "college van burgemeester en wethouders", "2024-06-04"),
    ("Het plan is op 24 februari 2022 vastgesteld door de gemeenteraad van Proefdam.", "gemeenteraad", "2022-02-24"),
    ("Vastgesteld in de openbare raadsvergadering van 11-11-2021.", "gemeenteraad", "2021-11-11"),
    ("Aldus besloten door de raad van de gemeente Proefdam in zijn openbare vergadering van 8 juli 2020.",
     "gemeenteraad", "2020-07-08"),
    ("Vastgesteld door: de gemeenteraad van Proefdam, op 26 september 2023", "gemeenteraad", "2023-09-26"),
    ("De gemeenteraad heeft het beleid op 26 september 2023 vastgesteld.", "gemeenteraad", "2023-09-26"),
])
def test_adoption_statements_on_title_pages_and_colophons(sentence, by, on):
    text = f"Veiligheidsplan Proefdam 2024-2027\n\n{sentence}\n\nDe tekst van het plan.\n"
    facts = facts_of(text)
    assert ("adopted_by", by, sentence) in {f[:3] for f in facts}
    assert ("adopted_on", on, sentence) in {f[:3] for f in facts}


def test_a_cover_table_names_the_adopting_body_and_the_date_in_fields_of_their_own():
    """A Word cover table: one row per field, label and value in cells (read as 'label<TAB>value')."""
    text = ("Integraal Veiligheidsplan 2025-2028\n\nGemeente\tProefdam\nVastgesteld door\tde gemeenteraad\n"
            "Datum vaststelling\t3 april 2025\nLooptijd\t1 januari 2025 tot en met 31 december 2028\n\nVoorwoord\n")
    facts = {f[:3] for f in facts_of(text)}
    assert ("adopted_by", "gemeenteraad", "Vastgesteld door\tde gemeenteraad") in facts
    assert ("adopted_on", "2025-04-03", "Datum vaststelling\t3 april 2025") in facts
    meta = infer_metadata(text, "plan.docx")
    assert (meta.adopted_by, meta.adopted_on, meta.period) == ("gemeenteraad", "2025-04-03", "2025-2028")


@pytest.mark.parametrize("sentence", [
    "Het vorige plan is vastgesteld door de gemeenteraad op 5 maart 2019.",
    "Het uitvoeringsprogramma wordt jaarlijks vastgesteld door het college.",
])
def test_statements_about_other_decisions_are_not_the_plans_adoption(sentence):
    text = f"Veiligheidsplan Proefdam 2024-2027\n\n{sentence}\n"
    assert not {f for f in facts_of(text) if f[0] in ("adopted_by", "adopted_on")}


@pytest.mark.parametrize("sentence, field, value", [
    ("Dit beleid treedt in werking op 1 januari 2025.", "in_force_from", "2025-01-01"),
    ("Het plan treedt met ingang van 1 maart 2024 in werking.", "in_force_from", "2024-03-01"),
    ("De raad van de gemeente Proefdam; gelet op artikel 38b van de Politiewet 2012;", "legal_basis",
     "artikel 38b van de Politiewet 2012"),
    ("Op grond van artikel 38b van de Politiewet 2012 stelt de raad de doelen vast.", "legal_basis",
     "artikel 38b van de Politiewet 2012"),
    ("Het is het plan bedoeld in artikel 38b van de Politiewet 2012.", "legal_basis", "artikel 38b van de Politiewet 2012"),
    ("De gemeenteraad stelt eens in de vier jaar de doelen voor de veiligheid vast (artikel 38b Politiewet 2012)[^1].",
     "legal_basis", "artikel 38b Politiewet 2012"),
    ("Het plan is vastgesteld (art. 38b Politiewet 2012) door de raad.", "legal_basis", "art. 38b Politiewet 2012"),
    ("Op grond van art. 38b van de Politiewet 2012 stelt de raad de doelen vast.", "legal_basis",
     "art. 38b van de Politiewet 2012"),
    ("Het besluit is bekendgemaakt in het Gemeenteblad 2024, nr. 12345.", "source", "Gemeenteblad 2024, nr. 12345"),
    ("Dit beleid wordt aangehaald als: Veiligheidsplan Proefdam 2024-2027.", "citation_title",
     "Veiligheidsplan Proefdam 2024-2027"),
    ("Dit plan geldt voor de periode 2024-2027.", "period", "2024-2027"),
    ("Dit plan loopt van 2022 tot en met 2025.", "period", "2022-2025"),
    ("Het plan is ondertekend op 2 april 2024.", "signed_on", "2024-04-02"),
    ("De regeling is ingetrokken per 1 juli 2026.", "expired_on", "2026-07-01"),
    ("Het beleid geldt tot en met 31 december 2027.", "valid_until", "2027-12-31"),
    ("Het plan geldt van 1 mei 2025 tot en met 31 december 2028.", "in_force_from", "2025-05-01"),
    ("Het plan geldt van 1 mei 2025 tot en met 31 december 2028.", "valid_until", "2028-12-31"),
    ("Het beleid is geldig vanaf 1 januari 2026.", "in_force_from", "2026-01-01"),
    ("Het plan gaat in op 1 maart 2025 en loopt vier jaar.", "in_force_from", "2025-03-01"),
    ("Dit plan wordt per 1 januari 2028 vervangen door het Veiligheidsplan Proefdam 2028-2031.", "replaced_by",
     "Veiligheidsplan Proefdam 2028-2031"),
])
def test_each_fact_kind_in_a_sentence_of_the_plan(sentence, field, value):
    _check_fact(sentence, field, value)


@pytest.mark.parametrize("text, budget, quote", [
    ("6. Financiën\n\nVoor de uitvoering van dit plan is structureel € 286.000 per jaar beschikbaar.\n", "€ 286.000",
     "Voor de uitvoering van dit plan is structureel € 286.000 per jaar beschikbaar."),
    ("Geld\n\nVoor de uitvoering is jaarlijks € 1,2 miljoen nodig, waarvan € 400.000 nieuw.\n", "€ 1,2 miljoen",
     "Voor de uitvoering is jaarlijks € 1,2 miljoen nodig, waarvan € 400.000 nieuw."),
    ("Financiën\n\nHet totale budget bedraagt € 198.000 per jaar: € 84.000 voor prioriteit 1.\n", "€ 198.000",
     "Het totale budget bedraagt € 198.000 per jaar: € 84.000 voor prioriteit 1."),
    ("Het plan in het kort\n\nLooptijd\t2026-2029\nBudget\t€ 348.000 per jaar\n", "€ 348.000", "Budget\t€ 348.000 per jaar"),
    ("Tabel 3. Budget per prioriteit\n\nPrioriteit\tBedrag\nJeugd\t€ 40.000\nTotaal\t€ 95.000\n", "€ 95.000",
     "Totaal\t€ 95.000"),
    ("| **Budget per jaar** | € 120.000 |\n", "€ 120.000", "| **Budget per jaar** | € 120.000 |"),
    ("FINANCIEN\n=========\n\nVoor de uitvoering van het plan is jaarlijks EUR 75.500 beschikbaar.\n", "EUR 75.500",
     "Voor de uitvoering van het plan is jaarlijks EUR 75.500 beschikbaar."),
    # the plan itself as what the money is for, and a sentence wrapped over lines (a PDF column)
    ("Geld en mensen\nVoor dit plan is jaarlijks € 318.000 beschikbaar. Bij de gemeente werken 1,4 fte.\n", "€ 318.000",
     "Voor dit plan is jaarlijks € 318.000 beschikbaar."),
    ("Financiën\n\nVoor de uitvoering van dit plan is jaarlijks\n€ 1.760.000 beschikbaar. Tabel 3 laat het zien.\n",
     "€ 1.760.000", "Voor de uitvoering van dit plan is jaarlijks\n€ 1.760.000 beschikbaar."),
])
def test_the_money_for_the_plan_as_a_whole_is_its_budget(text, budget, quote):
    plan = "Veiligheidsplan Proefdam 2026-2029\n\n" + "Tekst.\n\n" * 1200 + text  # finances stand late in a plan
    found = [f for f in find_facts(plan) if f.field == FactField.BUDGET]
    assert found and found[0].value == budget and plan[found[0].start:found[0].end] == quote


@pytest.mark.parametrize("sentence", [
    "Voor de uitvoering van de prioriteiten is daarnaast jaarlijks € 50.000 nodig.",  # money for a part
    "Het vorige plan had een totale budget van € 150.000 per jaar.",  # another plan's
    "Kern\tInwoners\nWolde\t9.870\nTotaal\t18.915",  # a total, no money
    "Overzicht\n\nActie\tBedrag\nCamera's\t€ 5.000\nTotaal\t€ 5.000",  # a total of no budget
])
def test_money_for_a_part_or_another_plan_is_no_budget_of_the_plan(sentence):
    assert not [f for f in find_facts(f"Veiligheidsplan Proefdam 2026-2029\n\n{sentence}\n") if f.field == FactField.BUDGET]


@pytest.mark.parametrize("sentence", [
    "De burgemeester kan een woning sluiten (artikel 13b Opiumwet) als daar drugs worden verkocht.",
    "Het college stelt jaarlijks het uitvoeringsprogramma vast (artikel 160 Gemeentewet).",
])
def test_an_article_in_brackets_elsewhere_is_no_legal_basis_of_the_plan(sentence):
    assert "legal_basis" not in {f[0] for f in facts_of(f"Gemeente Proefdam\n\nVeiligheidsplan\n\n{sentence}\n")}


@pytest.mark.parametrize("sentence", ["Het alcoholverbod geldt ook tijdens de kermis van 12 juli 2025.",
                                      "Het cameratoezicht geldt vanaf 1 januari 2026 ook in de wijk.",
                                      "Dit programma loopt sinds de raadsvergadering van 3 maart 2024."])
def test_a_date_from_which_something_else_holds_is_not_when_the_plan_took_effect(sentence):
    assert "in_force_from" not in {f[0] for f in facts_of(f"Gemeente Proefdam\n\nVeiligheidsplan\n\n{sentence}\n")}


def _check_fact(sentence, field, value):
    text = f"Gemeente Proefdam\n\nVeiligheidsplan\n\n{sentence}\n"
    found = {(f[0], f[1]) for f in facts_of(text)}
    assert (field, value) in found
    span = next(f[2] for f in facts_of(text) if f[:2] == (field, value))
    assert span == sentence


def test_the_header_remarks_name_the_expiry_and_the_plan_that_replaced_it():
    remark = "Deze regeling is vervallen per 01-01-2028 en vervangen door het Veiligheidsbeleid Proefdam 2028-2031."
    text = CVDR.replace("Opmerkingen met betrekking tot de regeling\n\nGeen", "Opmerkingen met betrekking tot de regeling"
                        f"\n\n{remark} Paragraaf 3 is gewijzigd bij raadsbesluit van 1 juli 2025.")  # cited: the sentence
    facts = facts_of(text)
    assert ("replaced_by", "Veiligheidsbeleid Proefdam 2028-2031", remark, "header") in facts
    assert ("expired_on", "2028-01-01", remark, "header") in facts
    assert load_bytes(text.encode(), "proefdam.txt").metadata.replaced_by == "Veiligheidsbeleid Proefdam 2028-2031"
    assert not any(f[0] == "replaced_by" for f in facts_of(CVDR))  # "Geen" remarks name no successor


@pytest.mark.parametrize("sentence", [
    "De oude camera's worden in 2026 vervangen door de nieuwe camera's.",  # not the plan that is replaced
    "Het vorige plan is vervangen door het Veiligheidsplan Proefdam 2024-2027.",  # another plan's fact
    "Dit plan wordt vervangen door de aanpak van de regio.",  # names no plan
    "Met dit beleid wordt het cameraplan vervangen door het nieuwe Cameraplan 2025.",  # this plan replaces one
])
def test_a_replacement_that_is_not_of_this_plan_by_another_plan_is_no_fact(sentence):
    text = f"Gemeente Proefdam\n\nVeiligheidsplan\n\n{sentence}\n"
    assert not any(f[0] == "replaced_by" for f in facts_of(text))


def test_a_remark_that_replaces_a_part_names_no_successor_and_a_title_ends_at_its_clause():
    text = CVDR.replace("Opmerkingen met betrekking tot de regeling\n\nGeen", "Opmerkingen met betrekking tot de regeling"
                        "\n\nHoofdstuk 4 is vervangen door het hoofdstuk Ondermijning uit het Uitvoeringsprogramma 2020.")
    assert not any(f[0] == "replaced_by" for f in facts_of(text))
    sentence = "Dit plan wordt vervangen door het Veiligheidsplan Proefdam 2028-2031, vastgesteld op 12 december 2027."
    found = {(f[0], f[1]) for f in facts_of(f"Gemeente Proefdam\n\nVeiligheidsplan\n\n{sentence}\n")}
    assert ("replaced_by", "Veiligheidsplan Proefdam 2028-2031") in found


def test_organisation_and_period_from_the_title_page():
    text = "Gemeente Proefdam – samen veilig\n\nIntegraal Veiligheidsplan 2025-2028\n\nTekst.\n"
    facts = facts_of(text)
    assert ("organisation", "Proefdam", "Gemeente Proefdam – samen veilig", "statement") in facts
    assert ("period", "2025-2028", "Integraal Veiligheidsplan 2025-2028", "statement") in facts


def test_a_frontmatter_table_with_several_adoptions():
    text = ("# Veiligheidsplan Regio Kempenveld 2025-2028\n\n| Gegeven | |\n|---|---|\n"
            "| Looptijd | 1 januari 2025 tot en met 31 december 2028 |\n"
            "| Vastgesteld | gemeenteraad Aardam 7 november 2024, gemeenteraad Beekrode 14 november 2024 |\n")
    facts = facts_of(text)
    assert {f[1] for f in facts if f[0] == "adopted_on"} == {"2024-11-07", "2024-11-14"}
    assert ("period", "2025-2028") in {f[:2] for f in facts}
    assert ("valid_until", "2028-12-31") in {f[:2] for f in facts}


def test_iso_dates():
    assert iso_date("14 december 2023") == "2023-12-14"
    assert iso_date("3 sept. 2021") == "2021-09-03"
    assert iso_date("1-1-2024") == iso_date("01.01.2024") == iso_date("2024-01-01") == "2024-01-01"
    assert iso_date("30 februari 2024") is None


@pytest.mark.parametrize("name", ["veenhoven.docx", "veenhoven.pdf"])
def test_facts_of_word_and_pdf_plans_point_into_their_text(name):
    document = load_document(FIXTURES / "formats" / name)
    adopted = next(f for f in document.facts if f.field == FactField.ADOPTED_ON)
    assert adopted.value == "2026-02-12" and adopted.origin == FactOrigin.STATEMENT
    assert document.text[adopted.start:adopted.end] == "Vastgesteld door de gemeenteraad op 12 februari 2026"
    basis = next(f for f in document.facts if f.field == FactField.LEGAL_BASIS)
    assert basis.value == "artikel 38b van de Politiewet 2012"
    assert (document.metadata.adopted_on, document.metadata.adopted_by) == ("2026-02-12", "gemeenteraad")
    if name.endswith(".pdf"):
        assert cite(document, adopted.start, adopted.end).page == 1


def test_facts_of_an_html_page():
    page = ("<html><body><main><h1>Veiligheidsplan Proefdam 2024-2027</h1><p>Het plan is op 1 maart 2024 vastgesteld "
            "door de gemeenteraad van <b>Proefdam</b>.</p><p>Het plan treedt in werking op 1 april 2024.</p></main></body></html>")
    document = load_bytes(page.encode(), "proefdam.html")
    assert (document.metadata.adopted_on, document.metadata.in_force_from) == ("2024-03-01", "2024-04-01")
    fact = next(f for f in document.facts if f.field == FactField.ADOPTED_ON)
    assert document.text[fact.start:fact.end] == "Het plan is op 1 maart 2024 vastgesteld door de gemeenteraad van Proefdam."


def test_facts_survive_the_index_record():
    document = load_bytes(CVDR.encode(), "proefdam.txt")
    again = Document.from_record(document.to_record())
    assert again.facts == document.facts


def test_a_header_that_leaves_the_legal_basis_unknown_is_cited_but_gives_no_value():
    text = CVDR.replace("artikel 38b van de Politiewet 2012\n", "Onbekend\n", 1)
    unknown = [f for f in find_facts(text) if f.field == FactField.LEGAL_BASIS and f.origin == FactOrigin.NOT_STATED]
    assert [(f.value, text[f.start:f.end]) for f in unknown] == [("Onbekend", "Onbekend")]
    # the plan's own "gelet op artikel 38b …" is the basis its card shows, never "Onbekend"
    assert load_bytes(text.encode(), "proefdam.txt").metadata.legal_basis == "artikel 38b van de Politiewet 2012"


def test_an_adoption_that_passes_the_plan_to_the_raad_gives_way_to_the_raads_own():
    """"Vastgesteld door het college … en aangeboden aan de gemeenteraad" is a step before the raad's adoption;
    "Aldus vastgesteld in de openbare vergadering" is the raad's (the college meets in private)."""
    colophon = ("Plan Proefdonk 2025-2028\n\nVastgesteld door het college van burgemeester en wethouders op 5 november "
                "2024 en aangeboden aan de gemeenteraad\n\nVastgesteld door de gemeenteraad van Proefdonk op 17 december "
                "2024\n")
    meta = load_bytes(colophon.encode(), "proefdonk.txt").metadata
    assert (meta.adopted_by, meta.adopted_on) == ("gemeenteraad", "2024-12-17")
    proposed = "Plan Proefdonk 2025-2028\n\nVastgesteld door het college op 5 november 2024 en aangeboden aan de raad\n"
    assert load_bytes(proposed.encode(), "proefdonk.txt").metadata.adopted_on == "2024-11-05"  # nothing else stated
    closing = "Plan Proefdonk 2025-2028\n\nAldus vastgesteld in de openbare vergadering van 2 oktober 2025.\n"
    assert load_bytes(closing.encode(), "proefdonk.txt").metadata.adopted_by == "gemeenteraad"


@pytest.mark.parametrize("text, predecessor", [
    ("Vorig plan: Integraal Veiligheidsplan 2021-2024 ‘Samen sterk’\n", "Integraal Veiligheidsplan 2021-2024 ‘Samen sterk’"),
    ("Het plan volgt het Integraal Veiligheidsplan ‘Proefdam Veilig’ 2021-2025 op.",
     "Integraal Veiligheidsplan ‘Proefdam Veilig’ 2021-2025"),
    ("Het beleid volgt op het Integraal Veiligheidsplan Proefdam 2019-2022.", "Integraal Veiligheidsplan Proefdam 2019-2022"),
    ("Het vorige plan, het Veiligheidsplan 2018-2021, had drie prioriteiten.", "Veiligheidsplan 2018-2021"),
    ("Het Integraal Veiligheidsplan 2019-2022 had vier prioriteiten: woninginbraak en jeugd.",
     "Integraal Veiligheidsplan 2019-2022"),
    ("De Veiligheidsagenda Proefdam 2022-2025 loopt af op 31 december 2025. Dit Integraal Veiligheidsplan 2026-2029 is "
     "de opvolger.", "Veiligheidsagenda Proefdam 2022-2025"),
    ("Het loopt van 1 januari 2026 tot en met 31 december 2029 en volgt het Veiligheidsplan Proefdam 2022-2025 op.",
     "Veiligheidsplan Proefdam 2022-2025"),
    ("Het beleid geldt tot en met 2027. Het vervangt het Veiligheidsbeleid Proefdam 2018-2021.",
     "Veiligheidsbeleid Proefdam 2018-2021"),
    # a plan named by its quoted title, with a clause after it
    ("Dit plan loopt tot en met 2028. Het volgt het plan 'Veilig Proefdam 2020-2023' op, dat de raad heeft verlengd.",
     "plan 'Veilig Proefdam 2020-2023'"),
])
def test_the_plan_a_plan_follows(text, predecessor):
    assert [f.value for f in find_facts(text) if f.field == FactField.PREDECESSOR] == [predecessor]


@pytest.mark.parametrize("text, number", [
    ("De gemeenteraad heeft dit Integraal Veiligheidsplan vastgesteld op 22 januari 2026 (raadsbesluit 2026-007).",
     "2026-007"),
    ("Het college heeft het ontwerp op 4 juli 2023 aan de raad aangeboden (raadsvoorstel nr. 2023/078).", "2023/078"),
    ("Datum: 11 december 2025\nKenmerk: RV-2025-064\n", "RV-2025-064"),
    ("Kenmerk voorstel\n2024/RV/113\n", "2024/RV/113"),
    ("Vastgesteld: door de gemeenteraad op 26 juni 2025 (raadsbesluit 2025-R-041)", "2025-R-041"),
    # a decision named by its date, a date, a column named 'Kenmerk': no number
    ("Het plan 2022-2025, vastgesteld bij raadsbesluit van 16 december 2021, wordt ingetrokken.", None),
    ("Bij raadsbesluit 12-12-2025 is het plan verlengd.", None),
    ("Kern\tInwoners\tKenmerk\nWolde\t9.870\tdorp\n", None),
    ("Documenten\n\nRaadsbesluit 2024-0318.pdf (80 kB)\n", "2024-0318"),  # a file's name: not its extension
])
def test_the_number_of_the_council_decision_or_proposal(text, number):
    assert [f.value for f in find_facts(text) if f.field == FactField.DECISION_NUMBER] == ([number] if number else [])


def test_a_plan_that_follows_no_plan_states_no_predecessor():
    for text in ("Het plan volgt de aanbevelingen van de rekenkamer.", "De wijkagent volgt het overleg op.",
                 "Het college volgt het Advies Jeugd op."):
        assert not [f for f in find_facts(text) if f.field == FactField.PREDECESSOR]


CVDR_PAGE = """<html><head><title>Veiligheidsplan Proefdam 2025-2028 | Lokale wet- en regelgeving</title></head><body>
<header><p>Ziet u een fout in deze regeling? Meld het ons op regelgeving@overheid.nl.</p></header><main>
<h1>Veiligheidsplan Proefdam 2025-2028</h1><p>Geldend van 01-01-2025 t/m heden</p>
<h2>Wetstechnische informatie</h2><table>
<tr><th>Officiële naam regeling</th><td>Veiligheidsplan Proefdam 2025-2028</td></tr>
<tr><th>Vastgesteld door</th><td>gemeenteraad</td></tr>
<tr><th>Organisatie</th><td>Proefdam</td></tr>
<tr><th>Datum vaststelling</th><td>11-12-2024</td></tr>
<tr><th>Datum inwerkingtreding</th><td>01-01-2025</td></tr>
<tr><th>Bron bekendmaking</th><td>Gemeenteblad 2024, 612345</td></tr>
<tr><th>Wettelijke grondslag</th><td><p>artikel 38b van de Politiewet 2012</p><p>artikel 108 van de Gemeentewet</p></td></tr>
<tr><th>Opmerkingen</th><td>Het Veiligheidsplan Proefdam 2020-2024 vervalt per 1 januari 2025.</td></tr>
</table>
<h2>Tekst van de regeling</h2><p>De raad van de gemeente Proefdam besluit het plan vast te stellen.</p>
<h3>1. Inleiding</h3><p>Dit plan beschrijft de veiligheidsdoelen van Proefdam.</p></main></body></html>"""


def test_the_header_of_overheid_nls_regulation_page_gives_its_facts_with_label_and_value_cited():
    document = load_bytes(CVDR_PAGE.encode(), "proefdam.html")
    facts = {(f.field, f.value, " ".join(document.text[f.start:f.end].split()), f.origin) for f in document.facts}
    assert ("adopted_on", "2024-12-11", "Datum vaststelling 11-12-2024", "header") in facts
    assert ("adopted_by", "gemeenteraad", "Vastgesteld door gemeenteraad", "header") in facts
    assert ("in_force_from", "2025-01-01", "Datum inwerkingtreding 01-01-2025", "header") in facts
    assert ("source", "Gemeenteblad 2024, 612345", "Bron bekendmaking Gemeenteblad 2024, 612345", "header") in facts
    assert {f.value for f in document.facts if f.field == FactField.LEGAL_BASIS} == {
        "artikel 38b van de Politiewet 2012", "artikel 108 van de Gemeentewet"}
    meta = document.metadata
    assert (meta.source, meta.expired_on, meta.period) == ("Gemeenteblad 2024, 612345", None, "2025-2028")
    chunks = Chunker(Settings.from_env(env={})).chunk(document)  # the header stays out of passage retrieval
    assert not any("612345" in c.text for c in chunks) and any("veiligheidsdoelen" in c.text for c in chunks)


@pytest.mark.parametrize("sentence, field", [
    ("Het Veiligheidsplan Proefdam 2020-2024 vervalt per 1 januari 2025.", "expired_on"),
    ("Het Integraal Veiligheidsplan 2019-2022 is vastgesteld door de gemeenteraad op 3 maart 2019.", "adopted_on"),
])
def test_a_fact_stated_of_a_plan_of_another_period_is_not_this_plans(sentence, field):
    text = f"Veiligheidsplan Proefdam 2025-2028\n\nGemeente Proefdam\n\n{sentence}\n"
    assert not any(f.field == field for f in find_facts(text))
    own = text.replace("2020-2024", "2025-2028").replace("2019-2022", "2025-2028")
    assert any(f.field == field for f in find_facts(own))


@pytest.mark.parametrize("fields, field, value", [
    # a web page's key-facts list: the label over its value on the next line
    ("Kerngegevens\n\nInwerkingtreding\n1 februari 2025\n\nVastgesteld op\n16 januari 2025", "in_force_from", "2025-02-01"),
    ("Kerngegevens\n\nInwerkingtreding\n1 februari 2025\n\nVastgesteld op\n16 januari 2025", "adopted_on", "2025-01-16"),
    ("Inwerkingtreding: 1 juli 2025", "in_force_from", "2025-07-01"),
    ("Ingangsdatum\t1-1-2026", "in_force_from", "2026-01-01"),
    ("Looptijd: 1 januari 2026 tot en met 31 december 2029", "in_force_from", "2026-01-01"),
    # a Markdown export's front matter field and its bold table label
    ("Vastgesteld: 2024-11-28", "adopted_on", "2024-11-28"),
    ("| **Vastgesteld door** | gemeenteraad van Proefdam, 28 november 2024 |", "adopted_on", "2024-11-28"),
])
def test_fields_of_a_cover_page_or_key_facts_list(fields, field, value):
    assert (field, value) in {f[:2] for f in facts_of(f"Gemeente Proefdam\n\nVeiligheidsplan\n\n{fields}\n")}


def test_a_looptijd_field_in_a_title_page_that_extraction_joined_into_one_line():
    text = ("Gemeente Proefdam\n\nIntegraal Veiligheidsplan Proefdam Afdeling Veiligheid Looptijd: 1 maart 2025 tot en met "
            "28 februari 2029 Versie 1.0\n\nTekst.\n")
    found = {f[:2] for f in facts_of(text)}
    assert ("period", "2025-2029") in found and ("in_force_from", "2025-03-01") in found


def test_a_word_like_inwerkingtreding_inside_a_sentence_is_no_field():
    text = "Gemeente Proefdam\n\nVeiligheidsplan\n\nNa de inwerkingtreding van de wet per 1 januari 2025 volgt een evaluatie.\n"
    assert "in_force_from" not in {f[0] for f in facts_of(text)}


PUBLICATION = ("Gegevens van de publicatie\n\nOrganisatie\tProefdam\nOrganisatietype\tGemeente\n"
               "Officiële naam regeling\tBesluit van de gemeenteraad van Proefdam tot vaststelling van het Integraal "
               "Veiligheidsplan Proefdam 2026-2028\nCiteertitel\tVeiligheidsplan Proefdam 2026-2028\n"
               "Vastgesteld door\tgemeenteraad\nDatum ondertekening\t30 september 2025\nPublicatiedatum\t8 oktober 2025\n"
               "Gemeenteblad\t2025, 418362\n\nGEMEENTEBLAD\n\nOfficiële uitgave van de gemeente Proefdam\n\n"
               "Besluit van de gemeenteraad van Proefdam tot vaststelling van het Integraal Veiligheidsplan Proefdam "
               "2026-2028\n\nDe raad van de gemeente Proefdam;\n\nbesluit vast te stellen het plan.\n")


def test_the_fields_over_an_officielebekendmakingen_publication_are_its_header():
    facts = {f[:2] + (f[3],) for f in facts_of(PUBLICATION)}
    assert ("organisation", "Proefdam", "header") in facts
    assert ("source", "Gemeenteblad 2025, 418362", "header") in facts
    assert ("signed_on", "2025-09-30", "header") in facts
    meta = load_bytes(PUBLICATION.encode(), "gemeenteblad.txt").metadata
    assert (meta.municipality, meta.source) == ("Proefdam", "Gemeenteblad 2025, 418362")


def test_a_fact_in_a_hard_wrapped_paragraph_is_cited_with_its_whole_sentence():
    text = ("Veiligheidsplan Proefdam 2025-2028\n\nHet plan geldt van 1 januari 2025 tot en met 31 december 2028. Het\n"
            "vervangt het Veiligheidsplan Proefdam 2020-2023, dat de raad in 2023 met\neen jaar heeft verlengd.\n\n"
            "Looptijd: 2025-2028\nbijgewerkt in 2026\n")
    predecessor = next(f for f in find_facts(text) if f.field == FactField.PREDECESSOR)
    assert " ".join(text[predecessor.start:predecessor.end].split()) == (
        "Het vervangt het Veiligheidsplan Proefdam 2020-2023, dat de raad in 2023 met een jaar heeft verlengd.")
    period = [f for f in find_facts(text) if f.field == FactField.PERIOD and "Looptijd" in text[f.start:f.end]]
    assert period and text[period[0].start:period[0].end] == "Looptijd: 2025-2028"  # a field ends its line
