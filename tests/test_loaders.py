"""Loaders per format: text encodings, HTML content, Word styles and tables, PDF pages, headers, lines and lists.

The Word and PDF fixtures (``tests/fixtures/formats``) are a small fictional plan and a one-year programme
made once with python-docx and LibreOffice (``make_fixtures.py`` remakes them).
"""

from __future__ import annotations

import pytest

from assistant.citation import cite
from assistant.config import Settings
from assistant.ingest.chunking import Chunker
from assistant.ingest.documents import load_bytes, load_document
from assistant.ingest.loaders import decode_text, load_html, load_text
from assistant.ingest.pdf import _squeezed, _table_rows, join_lines
from assistant.ingest.structure import BlockKind
from assistant.ingest.tables import parse_tables, render_row
from tests.conftest import FIXTURES

FORMATS = FIXTURES / "formats"


def blocks(document, kind):
    return [document.text[b.start:b.end] for b in document.structure.blocks if b.kind == kind]


# --------------------------------------------------------------------------- text

def test_cp1252_text_is_decoded_and_utf8_lines_stay_utf8():
    data = "Coördinatie met de ‘wijkagent’ – € 150\n".encode("cp1252") + "Ook een regel in UTF-8: één ‘zin’.\n".encode()
    assert decode_text(data, "plan.txt") == "Coördinatie met de ‘wijkagent’ – € 150\nOok een regel in UTF-8: één ‘zin’.\n"


def test_utf16_with_byte_order_mark_is_text_not_binary():
    assert load_text("\ufeffVeiligheidsplan Greidlân\r\n".encode("utf-16"), "plan.txt").text == "Veiligheidsplan Greidlân\n"


@pytest.mark.parametrize("data", [bytes(range(256)) * 8, b"\x00\x01\x02binair" * 50])
def test_random_bytes_named_txt_are_refused_as_binary(data):
    with pytest.raises(Exception) as excinfo:
        load_bytes(data, "plan.txt")
    assert "binair" in excinfo.value.message_nl


def test_frisian_and_english_passages_load_and_chunk():
    text = ("Feilich Greidlân 2015-2018\n\nFoarwurd\n\nFeiligens giet ús allegearre oan. Yn ús trettich doarpen kenne "
            "de minsken inoar noch.\n\nSummary\n\nThis plan sets out how the municipality keeps its villages safe.\n\n"
            "1. Inleiding\n\nDit plan beschrijft de aanpak van woninginbraak.\n")
    document = load_bytes(text.encode("cp1252"), "greidlan.txt")
    assert document.text == text
    chunks = Chunker(Settings.from_env(env={})).chunk(document)
    joined = " ".join(c.text for c in chunks)
    for phrase in ("Feiligens giet ús allegearre oan.", "This plan sets out", "Dit plan beschrijft"):
        assert phrase in joined


EXPORT = (
    "  VEILIGHEIDSPLAN PROEFDAM 2025-2028\n\n  1. INLEIDING\n\n  1.1 Waarom dit plan?\n"
    "  De raad stelt eens in de vier jaar de doelen vast. Proefdam valt onder het basisteam\n"
    "\n                                                      Pagina 1\n"
    "\fGemeente Proefdam                    Veiligheidsplan 2025-2028\n\n"
    "  Rivierland van de politie-eenheid Oost.\n\n  Tabel 1  Meldingen\n\n"
    "  Soort                         2022     2023\n  ------------------------------------------\n"
    "  Woninginbraak                   61       54\n  Jeugdoverlast                  164      152\n\n"
    "  Wat willen we bereiken?\n\n    • minder overlast in de kernen;\n    • minder inbraken, vooral in\n"
    "      het centrum.\n  Wat gaan we doen?\n\n  1) We houden controles.\n  2) We starten buurtpreventie.\n"
    "\n                                                      Pagina 2\n"
    "\fGemeente Proefdam                    Veiligheidsplan 2025-2028\n\n"
    "  2. FINANCIËN\n    • Voor dit plan is jaarlijks € 90.000 beschikbaar.\n"
    "\n                                                      Pagina 3\n")


def test_a_hard_wrapped_text_export_reads_as_its_sections_without_its_page_furniture_and_offsets_kept():
    document = load_bytes(EXPORT.encode(), "proefdam.txt")
    text = document.text
    assert len(text) == len(EXPORT) and "Pagina" not in text and "Gemeente Proefdam" not in text
    # the sentence the page break cut runs on; its running header and page number are gone
    sentence = next(text[b.start:b.end] for b in document.structure.blocks if "basisteam" in text[b.start:b.end])
    assert " ".join(sentence.split()).endswith("Proefdam valt onder het basisteam Rivierland van de politie-eenheid Oost.")
    structure = document.structure
    assert structure.heading_path_at(text.index("De raad stelt")) == ("1. INLEIDING", "1.1 Waarom dit plan?")
    assert structure.heading_path_at(text.index("We houden")) == ("1. INLEIDING", "1.1 Waarom dit plan?", "Wat gaan we doen?")
    assert structure.heading_path_at(text.index("Voor dit plan")) == ("2. FINANCIËN",)
    assert " ".join(blocks(document, BlockKind.LIST_ITEM)[1].split()) == "• minder inbraken, vooral in het centrum."
    table = parse_tables(structure)[0]
    assert [r.cells for r in table.rows] == [("Woninginbraak", "61", "54"), ("Jeugdoverlast", "164", "152")]


WIKI_EXPORT = """---
title: "Integraal Veiligheidsplan Proefdam 2025-2028"
gemeente: Proefdam
vastgesteld_door: gemeenteraad
looptijd: 2025-2028
tags: [veiligheid, ivp]
---

[[_TOC_]]

# Integraal Veiligheidsplan Proefdam 2025-2028

## 1. Inleiding

De raad stelt dit plan vast.
"""


def test_markdown_front_matter_declares_the_title_and_reads_as_field_lines():
    document = load_bytes(WIKI_EXPORT.encode(), "proefdam.md")
    assert document.metadata.title == "Integraal Veiligheidsplan Proefdam 2025-2028"
    assert document.metadata.municipality == "Proefdam" and document.metadata.adopted_by == "gemeenteraad"
    assert (document.metadata.period_start, document.metadata.period_end) == (2025, 2028)
    # the title line, then a paragraph per field
    head = document.text.split("\n\n")[:5]
    assert head == ["Integraal Veiligheidsplan Proefdam 2025-2028", "Gemeente: Proefdam", "Vastgesteld door: gemeenteraad",
                    "Looptijd: 2025-2028", "Tags: veiligheid, ivp"]
    # a thematic break is no front matter
    assert load_text(b"---\nGewoon een zin.\n---\nTekst.\n", "x.md").text.startswith("---")


def test_a_form_feed_starts_a_page_without_moving_offsets():
    loaded = load_text("Eerste pagina van het plan.\fTweede pagina van het plan.\n".encode(), "plan.txt")
    assert loaded.text == "Eerste pagina van het plan.\nTweede pagina van het plan.\n"
    assert loaded.pages == (0, 28)


# --------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html><html lang="nl"><head><title>Veiligheidsplan 2024-2027 | Gemeente Proefdam</title>
<script>var tracking = 1;</script><style>.x {}</style></head><body>
<a class="visually-hidden" href="#main">Direct naar de inhoud</a>
<div id="cookie-banner" class="cookie-banner"><p>Wij gebruiken cookies.</p><button>Akkoord</button></div>
<header class="site-header"><a href="/">Gemeente Proefdam</a><nav><ul><li>Home</li><li>Inwoners</li></ul></nav></header>
<nav class="breadcrumb"><ol><li>Home</li><li>Beleid</li></ol></nav>
<main><article>
  <h1>Veiligheidsplan Proefdam 2024-2027</h1>
  <p>Het plan is op 1 maart 2024 vastgesteld door de gemeenteraad van <strong>Proefdam</strong>.</p>
  <h2>1. Prioriteiten</h2>
  <p>Wij kiezen voor:</p>
  <ul><li>Ondermijning<ul><li>op bedrijventerreinen</li><li>in het buitengebied</li></ul></li>
      <li>Jeugd &amp; veiligheid</li></ul>
  <h3>Cijfers</h3>
  <table><caption>Kerncijfers Proefdam</caption>
    <thead><tr><th>Indicator</th><th>2022</th><th>2023</th></tr></thead>
    <tbody><tr><td>Woninginbraken</td><td>42</td><td>35</td></tr></tbody></table>
  <aside class="related"><h2>Zie ook</h2><ul><li>Burgernet</li></ul></aside>
</article></main>
<aside><h2>Gerelateerd</h2><ul><li>Overlast melden</li></ul></aside>
<footer class="site-footer"><h2>Contact</h2><p>Postbus 1, Proefdam</p></footer>
</body></html>"""


def test_html_keeps_only_the_article_with_headings_lists_and_tables():
    loaded = load_html(PAGE.encode(), "plan.html")
    assert loaded.text == (
        "Veiligheidsplan Proefdam 2024-2027\n\n"
        "Het plan is op 1 maart 2024 vastgesteld door de gemeenteraad van Proefdam.\n\n"
        "1. Prioriteiten\n\nWij kiezen voor:\n\n"
        "Ondermijning\nop bedrijventerreinen\nin het buitengebied\nJeugd & veiligheid\n\n"
        "Cijfers\n\nKerncijfers Proefdam\n\n"
        "Indicator\t2022\t2023\nWoninginbraken\t42\t35\n")
    for furniture in ("cookies", "Direct naar", "Home", "Inwoners", "Zie ook", "Gerelateerd", "Postbus", "tracking"):
        assert furniture not in loaded.text
    assert loaded.title == "Veiligheidsplan 2024-2027 | Gemeente Proefdam"


def test_html_headings_get_levels_from_their_tags_and_list_items_their_depth():
    document = load_bytes(PAGE.encode(), "proefdam.html")
    headings = [(b.level, document.text[b.start:b.end]) for b in document.structure.blocks if b.kind == BlockKind.HEADING]
    assert headings == [(1, "Veiligheidsplan Proefdam 2024-2027"), (1, "1. Prioriteiten"), (2, "Cijfers")]
    items = [(b.level, document.text[b.start:b.end]) for b in document.structure.blocks if b.kind == BlockKind.LIST_ITEM]
    assert items == [(1, "Ondermijning"), (2, "op bedrijventerreinen"), (2, "in het buitengebied"), (1, "Jeugd & veiligheid")]
    lead = next(b for b in document.structure.blocks if document.text[b.start:b.end] == "Wij kiezen voor:")
    assert lead.lead_in and {b.group for b in document.structure.blocks if b.kind == BlockKind.LIST_ITEM} == {lead.group}
    assert blocks(document, BlockKind.TABLE_ROW) == ["Indicator\t2022\t2023", "Woninginbraken\t42\t35"]
    assert parse_tables(document.structure)[0].caption == "Kerncijfers Proefdam"  # the <caption> belongs to its table


def test_html_short_question_paragraph_labels_the_text_below_it_but_a_numbered_one_stays_a_paragraph():
    page = ("<html><body><main><h1>Veiligheidsplan Proefdam</h1><h2>4.2 Jeugd</h2>"
            "<p>Het aantal meldingen van jeugdoverlast steeg. Wat willen we bereiken? Minder overlast.</p>"
            "<p>Wat gaan we doen?</p><p>Het jongerenwerk krijgt 1,2 fte extra.</p>"
            "<p>1. Wat vinden inwoners?</p><p>Inwoners noemen vooral verkeer.</p></main></body></html>")
    document = load_bytes(page.encode(), "proefdam.html")
    doing = document.text.index("Het jongerenwerk")
    assert document.structure.heading_path_at(doing) == ("4.2 Jeugd", "Wat gaan we doen?")
    assert document.structure.heading_path_at(document.text.index("Het aantal")) == ("4.2 Jeugd",)
    assert document.structure.heading_path_at(document.text.index("Inwoners noemen"))[-1] != "1. Wat vinden inwoners?"


def test_html_without_article_or_main_drops_the_site_furniture():
    page = ("<html><body><header><p>Gemeente Proefdam</p></header><nav><a>Menu</a></nav>"
            "<div class='content'><h1>Veiligheidsplan 2024</h1><p>De tekst van het veiligheidsplan.</p></div>"
            "<footer>Contact en privacy</footer></body></html>")
    assert load_html(page.encode(), "p.html").text == "Veiligheidsplan 2024\n\nDe tekst van het veiligheidsplan.\n"


ACCORDIONS = """<html><body><main><h1>Veiligheidsplan Proefdam 2025-2028</h1>
<h2>3. Prioriteiten</h2><p>Wij kiezen twee prioriteiten.</p>
<details open><summary>Prioriteit 1: Ondermijning</summary>
<h3>Wat gaan we doen?</h3><ul><li>controles op bedrijventerreinen</li></ul><h4>Met wie?</h4><p>Politie en RIEC.</p>
</details>
<details><summary>Prioriteit 2: Jeugd</summary><h3>Wat gaan we doen?</h3><p>Meer jongerenwerk.</p></details>
<details><summary>Lees de toelichting</summary><p>De raad koos in 2024.</p></details>
<details><summary>Leeg</summary></details>
<h2>4. Begrippen</h2>
<dl><dt>Cuckooing</dt><dd>Het overnemen van een woning door criminelen.</dd>
<div><dt>Gebiedsverbod:</dt><dd><p>Een verbod van de burgemeester</p><p>om in een gebied te komen.</p></dd></div></dl>
<dl><dt>Bibob</dt><dd><ul><li>een wet</li><li>een toets</li></ul></dd></dl>
</main></body></html>"""


def test_html_accordion_summary_heads_its_content_and_the_headings_inside_stand_below_it():
    document = load_bytes(ACCORDIONS.encode(), "proefdam.html")
    headings = [(b.level, document.text[b.start:b.end]) for b in document.structure.blocks if b.kind == BlockKind.HEADING]
    assert headings == [(1, "Veiligheidsplan Proefdam 2025-2028"), (1, "3. Prioriteiten"), (2, "Prioriteit 1: Ondermijning"),
                        (3, "Wat gaan we doen?"), (4, "Met wie?"), (2, "Prioriteit 2: Jeugd"), (3, "Wat gaan we doen?"),
                        (2, "Lees de toelichting"), (1, "4. Begrippen")]
    doing = document.text.index("Meer jongerenwerk")
    assert document.structure.heading_path_at(doing) == ("3. Prioriteiten", "Prioriteit 2: Jeugd", "Wat gaan we doen?")
    assert "Leeg" in document.text and "Leeg" not in [h for _, h in headings]  # a summary over nothing heads nothing


def test_html_accordion_of_buttons_keeps_its_closed_panels_and_the_button_text_as_heading():
    """A CMS accordion: the header is a button inside a heading, and the closed panels carry ``hidden`` (the button
    names them in aria-controls). Closed panels are content; a hidden cookie notice stays out."""
    page = """<html><head><title>Veiligheidsbeleid | Gemeente Proefdam</title></head><body><main>
    <h1>Veiligheidsbeleid Proefdam 2025-2028</h1><h2>4. Prioriteiten</h2><p>We kiezen twee prioriteiten.</p>
    <div class="accordion">
      <h3><button aria-expanded="true" aria-controls="p1">4.1 Drugsoverlast</button></h3>
      <div id="p1" role="region"><p>We plaatsen camera's bij het station.</p></div>
      <h3><button aria-expanded="false" aria-controls="p2">4.2 Woninginbraak</button></h3>
      <div id="p2" hidden><p>We werven deelnemers voor Burgernet.</p></div>
    </div>
    <div class="notice" hidden><p>Deze site gebruikt cookies.</p></div>
    </main></body></html>"""
    document = load_bytes(page.encode(), "proefdam.html")
    headings = [document.text[b.start:b.end] for b in document.structure.blocks if b.kind == BlockKind.HEADING]
    assert headings[-2:] == ["4.1 Drugsoverlast", "4.2 Woninginbraak"]
    assert "We werven deelnemers voor Burgernet." in document.text and "cookies" not in document.text
    burgernet = document.text.index("Burgernet")
    assert document.structure.heading_path_at(burgernet)[-1] == "4.2 Woninginbraak"


def test_html_definition_list_gives_one_paragraph_per_term_and_a_glossary_entry():
    """Each term over its description, as the browser shows it: the page's own words, nothing added between them."""
    document = load_bytes(ACCORDIONS.encode(), "proefdam.html")
    paragraphs = blocks(document, BlockKind.PARAGRAPH)
    assert "Cuckooing\nHet overnemen van een woning door criminelen." in paragraphs
    assert "Gebiedsverbod\nEen verbod van de burgemeester om in een gebied te komen." in paragraphs
    assert blocks(document, BlockKind.LIST_ITEM)[-2:] == ["een wet", "een toets"]  # a description with a list keeps it
    from assistant.answer.glossary import extract_entries
    entries = {e.term: e.quote for e in extract_entries(document)}
    assert entries["Cuckooing"] == "Cuckooing\nHet overnemen van een woning door criminelen."
    assert "Gebiedsverbod" in entries


def test_html_in_windows_1252_is_decoded_by_its_declared_charset():
    page = '<html><head><meta charset="windows-1252"></head><body><p>Coördinatie en één aanpak</p></body></html>'
    assert load_html(page.encode("cp1252"), "p.html").text == "Coördinatie en één aanpak\n"


# Word's "Opslaan als webpagina, gefilterd": style classes, contents lines, sub-headings in bold only, merged cells.
WORD_PAGE = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta name=Generator content="Microsoft Word 15 (filtered)"><title>Veiligheidsbeleid Proefwold 2024-2027</title></head>
<body lang=NL><div class=WordSection1>
<p class=MsoTitle>Veiligheidsbeleid Proefwold 2024-2027</p>
<p class=MsoTocHeading>Inhoud</p>
<p class=MsoToc1><a href="#_Toc1">1.<span>&nbsp;&nbsp; </span>Prioriteiten<span style='display:none'>2</span></a></p>
<p class=MsoToc2><a href="#_Toc2">1.1<span>&nbsp; </span>Jeugd<span style='display:none'>2</span></a></p>
<h1><a name="_Toc1">1.<span>&nbsp;&nbsp; </span>Prioriteiten</a></h1>
<h2><a name="_Toc2">1.1<span>&nbsp; </span>Jeugd</a></h2>
<p class=MsoNormal><b>Wat gaan we doen?</b></p>
<p class=MsoListParagraphCxSpFirst>·<span>&nbsp;&nbsp; </span>Meer jongerenwerk in de
avonduren.</p>
<p class=MsoNormal><b>Let op:</b> de aanpak loopt tot 2027.</p>
<p class=MsoNormal><b>Wie doet wat?</b></p>
<p class=MsoNormal>De gemeente voert de regie.</p>
<table class=MsoTableGrid><tr><td rowspan=2><p class=MsoNormal>Indicator</p></td>
<td colspan=2><p class=MsoNormal>Meldingen</p></td></tr>
<tr><td><p class=MsoNormal>2022</p></td><td><p class=MsoNormal>2023</p></td></tr>
<tr><td><p class=MsoNormal>Jeugdoverlast</p></td><td><p class=MsoNormal>312</p></td><td><p class=MsoNormal>298</p></td></tr>
</table></div></body></html>"""


def test_a_word_web_page_gives_contents_lines_bold_sub_headings_and_merged_columns():
    document = load_bytes(WORD_PAGE.encode(), "proefwold.htm")
    assert [" ".join(t.split()) for t in blocks(document, BlockKind.TOC)] == ["1. Prioriteiten", "1.1 Jeugd"]  # MsoToc
    headings = [(b.level, document.text[b.start:b.end]) for b in document.structure.blocks if b.kind == BlockKind.HEADING]
    # a paragraph in bold only is a heading below the one before it, each at that level; "Let op: …" is no heading
    jeugd = next(level for level, text in headings if text.endswith("Jeugd"))
    assert headings[-2:] == [(jeugd + 1, "Wat gaan we doen?"), (jeugd + 1, "Wie doet wat?")]
    doing = document.text.index("Meer jongerenwerk")
    assert document.structure.heading_path_at(doing)[-1] == "Wat gaan we doen?"
    assert "Let op: de aanpak loopt tot 2027." in blocks(document, BlockKind.PARAGRAPH)
    table = parse_tables(document.structure)[0]  # "Meldingen" over two year columns: a header of two rows
    assert render_row(table, table.rows[0]) == "Jeugdoverlast — Meldingen 2022: 312 · Meldingen 2023: 298"
    assert [c.year for c in table.columns] == [None, 2022, 2023]


# --------------------------------------------------------------------------- Word

@pytest.fixture(scope="module")
def word():
    return load_document(FORMATS / "veenhoven.docx")


def test_docx_headings_come_from_their_styles_with_their_levels(word):
    headings = [(b.level, word.text[b.start:b.end]) for b in word.structure.blocks if b.kind == BlockKind.HEADING]
    assert (1, "Integraal Veiligheidsplan Veenhoven 2026-2029") in headings  # the Title style
    assert (1, "3. Prioriteiten") in headings and (2, "3.2 Jeugd en veiligheid") in headings
    assert (2, "3.1 Woninginbraak in het buitengebied") in headings  # a style named "Kop 2"
    assert (3, "Wat willen we bereiken") in headings  # a bold paragraph below a level-2 heading


def test_docx_lists_keep_their_nesting_and_no_marker_is_added(word):
    items = [(b.level, word.text[b.start:b.end]) for b in word.structure.blocks if b.kind == BlockKind.LIST_ITEM]
    assert items[:3] == [(1, "Woninginbraak in het buitengebied"), (1, "Jeugd en veiligheid"), (1, "Verkeersveiligheid")]
    assert (2, "de kernen Oosterveen en Hulsdijk;") in items and (2, "het buitengebied van Veenhoven.") in items
    intro = next(b for b in word.structure.blocks if word.text[b.start:b.end].startswith("Meer inwoners doen mee"))
    assert intro.lead_in and [word.text[b.start:b.end] for b in word.structure.items_under(intro)] == [
        "de kernen Oosterveen en Hulsdijk;", "het buitengebied van Veenhoven."]


def test_docx_tables_are_rows_of_cells_read_back_with_their_header(word):
    table = parse_tables(word.structure)[0]
    assert table.header.cells == ("Indicator", "2022", "2023", "2024")
    assert render_row(table, table.rows[1]) == "Meldingen jeugdoverlast — 2022: 140 · 2023: 152 · 2024: 171"


def test_docx_running_header_and_footer_are_not_text(word):
    assert word.text.count("Integraal Veiligheidsplan Veenhoven 2026-2029") == 1
    assert "Pagina" not in word.text
    assert word.metadata.title == "Integraal Veiligheidsplan Veenhoven 2026-2029"
    assert (word.municipality, word.metadata.period, word.metadata.kind) == ("Veenhoven", "2026-2029", "beleidsplan")


def test_docx_table_of_contents_lines_are_kept_out_of_the_chunks(word):
    assert word.structure.contents[:2] == (("1. Inleiding", 3), ("2. Veenhoven in beeld", 3))
    chunks = Chunker(Settings.from_env(env={})).chunk(word)
    assert not any("Veenhoven in beeld\t3" in c.text for c in chunks)


# --------------------------------------------------------------------------- PDF

@pytest.fixture(scope="module")
def pdf():
    return load_document(FORMATS / "veenhoven.pdf")


def test_pdf_pages_start_where_their_text_starts(pdf):
    assert len(pdf.pages) == 4 and pdf.pages[0] == 0 and list(pdf.pages) == sorted(pdf.pages)
    assert pdf.page_at(pdf.text.index("Vastgesteld door de gemeenteraad")) == 1
    assert pdf.page_at(pdf.text.index("Inhoudsopgave")) == 2
    assert pdf.page_at(pdf.text.index("1. Inleiding\n")) == 3
    assert pdf.page_at(pdf.text.index("Voor de uitvoering van dit plan")) == 4


def test_a_citation_of_a_pdf_carries_its_page(pdf):
    start = pdf.text.index("Voor de uitvoering van dit plan")
    assert cite(pdf, start, start + 20).page == 4


def test_pdf_running_header_footer_and_page_numbers_are_removed(pdf):
    assert pdf.text.count("Integraal Veiligheidsplan Veenhoven 2026-2029") == 1  # the title page only
    assert "Pagina" not in pdf.text


def test_pdf_lines_are_joined_into_whole_paragraphs_also_across_a_page_break(pdf):
    paragraphs = blocks(pdf, BlockKind.PARAGRAPH)
    assert all("\n" not in p for p in paragraphs)
    inside = [p for p in pdf.pages[1:] if not any(b.start == p for b in pdf.structure.blocks)]
    assert inside, "a page that starts inside a paragraph"
    block = pdf.structure.block_at(inside[0])
    assert block.kind == BlockKind.PARAGRAPH and pdf.text[block.end - 1] == "."


def test_pdf_hyphens_at_a_line_end_join_carefully(pdf):
    assert "de e-bikecursus voor ouderen" in pdf.text
    assert "het hang- en sluitwerk van 200 huurwoningen" in pdf.text
    assert "interne- en externe partners" in pdf.text


def test_join_lines_drops_a_hyphen_only_where_the_document_writes_the_word_whole():
    assert join_lines("de veilig-", "heid van", {"veiligheid"}) == "de veiligheid van"
    assert join_lines("de e-", "bike", {"ebike", "e-bike"}) == "de e-bike"
    assert join_lines("zorg-", "of veiligheidspartners", set()) == "zorg- of veiligheidspartners"
    assert join_lines("woon\u00ad", "overlast", set()) == "woonoverlast"


def test_pdf_headings_lists_and_table_rows(pdf):
    headings = blocks(pdf, BlockKind.HEADING)
    assert {"1. Inleiding", "3.1 Woninginbraak in het buitengebied", "3.2 Jeugd en veiligheid", "Wat willen we bereiken"} <= set(headings)
    items = [(b.level, pdf.text[b.start:b.end]) for b in pdf.structure.blocks if b.kind == BlockKind.LIST_ITEM]
    assert (1, "• Het aantal woninginbraken daalt naar minder dan 40 per jaar.") in items  # a Symbol glyph becomes •
    assert (2, "• de kernen Oosterveen en Hulsdijk;") in items
    assert "\uf0b7" not in pdf.text
    assert blocks(pdf, BlockKind.TABLE_ROW) == ["Indicator\t2022\t2023\t2024", "Woninginbraken\t61\t55\t48",
                                                "Meldingen jeugdoverlast\t140\t152\t171", "Verkeersongevallen\t37\t41\t39"]


def test_pdf_table_of_contents_is_read_for_the_outline_and_kept_out_of_chunks(pdf):
    assert pdf.structure.contents == (("1. Inleiding", 3), ("2. Veenhoven in beeld", 3), ("3. Prioriteiten", 4),
                                      ("4. Financiën", 5))
    chunks = Chunker(Settings.from_env(env={})).chunk(pdf)
    assert not any("Prioriteiten\t4" in c.text for c in chunks)
    assert pdf.metadata.title == "Integraal Veiligheidsplan Veenhoven 2026-2029" and pdf.municipality == "Veenhoven"


def test_pdf_running_header_of_two_cells_starts_no_table_and_a_title_keeps_its_year():
    """A header line "Programma Veiligheid 2026 – Gemeente Kwelderoog<tab>pagina 2 van 3" (two cells in pypdf's
    layout text) read the text below it as the wrapped cells of a table; the year set below the title on the
    title page stayed out of it; lines of a hand-lettered item that wrap to the margin became a paragraph."""
    programme = load_document(FORMATS / "kwelderoog.pdf")
    assert blocks(programme, BlockKind.TABLE_ROW) == [] and "pagina" not in programme.text
    assert blocks(programme, BlockKind.HEADING) == ["Programma Veiligheid 2026", "1. Terugblik", "2. Acties", "3. Financiën"]
    assert (programme.metadata.title, programme.metadata.period) == ("Programma Veiligheid 2026", "2026")
    items = blocks(programme, BlockKind.LIST_ITEM)
    assert items[0] == ("a) de inzet van extra zomeragenten en seizoensboa's in juli en augustus werkte goed, vooral in "
                        "de drukke weekenden rond de haven en de camping;")
    assert [i[:3] for i in items] == ["a) ", "b) ", "c) "]


def test_a_numbered_pdf_item_that_wraps_to_the_margin_keeps_its_rest_and_a_short_item_ends_at_its_line():
    """Word's numbering prints "a)" as a marker of its own; an item without a hanging indent wraps to the margin:
    the line after a full line that breaks off mid-sentence is the item's rest, a line after a short item is not."""
    from assistant.ingest.pdf import PdfLine, _Assembler, _Style

    def line(y, text, marker=""):
        return PdfLine(0, text, 71.0, y, 11.0, False, marker, marker)

    lines = [line(700, "De volgende onderwerpen vallen buiten dit plan:"),
             line(680, "a) brandveiligheid, rampenbestrijding en crisisbeheersing: die worden geregeld in het", "a)"),
             line(665, "beleidsplan van de Veiligheidsregio;"),
             line(645, "b) evenementenveiligheid.", "b)"),
             line(630, "Het college stelt het evenementenbeleid vast en de raad wordt daarover ingelicht.")]
    loaded = _Assembler([lines], _Style(body_size=11.0, spacing=15.0, full_line=84), set()).run()
    items = [loaded.text[m.start:m.end] for m in loaded.marks if m.kind == BlockKind.LIST_ITEM]
    assert items == ["a) brandveiligheid, rampenbestrijding en crisisbeheersing: die worden geregeld in het "
                     "beleidsplan van de Veiligheidsregio;", "b) evenementenveiligheid."]


def test_a_line_of_two_cells_over_lines_of_text_is_no_table():
    text = ["Kwelderoog is een eiland met 4.900 inwoners. Op drukke zomerdagen is de bevolking",
            "van het eiland vijf keer zo groot en de hulpdiensten zijn klein.", "Kenmerk Z/25/018412"]
    header = "Programma Veiligheid 2026 – Gemeente Kwelderoog" + " " * 40 + "pagina 2 van 3"
    plain = "".join(_squeezed(t) for t in [header, *text])
    assert _table_rows("\n".join([header, *text]), plain) == []
    assert _table_rows("\n".join([header, *text]), plain, {_squeezed(header)}) == []
    table = "Actie" + " " * 20 + "Trekker\nCamera's Havenplein" + " " * 6 + "Team OOV\n"
    assert len(_table_rows(table, "ActieTrekkerCamera'sHavenpleinTeamOOV")[0]) == 2


def test_pdf_and_docx_of_one_plan_carry_the_same_words(pdf, word):
    """What the Word file says, its PDF says (apart from the page furniture and hyphenated line ends)."""
    def words(document):
        return {w for w in document.text.replace("•", " ").split() if not w.isdigit()}
    assert words(word) - words(pdf) == {"e-", "bikecursus"}  # the Word file breaks the line by hand
    assert words(pdf) - words(word) == {"e-bikecursus"}


def test_docx_merged_header_cells_keep_their_columns_and_a_second_header_row_names_them():
    """A header cell merged over three year columns (the row below names the years) and cells merged down: the text
    once, the columns it spans empty, and the rows read back with both header rows."""
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("Cijfers per kern")
    table = document.add_table(rows=3, cols=4)
    header = table.rows[0].cells
    header[0].text, header[1].text = "Kern", "Meldingen woonoverlast"
    header[1].merge(header[3])
    table.cell(0, 0).merge(table.cell(1, 0))
    for cell, text in zip(table.rows[1].cells[1:], ("2021", "2022", "2023")):
        cell.text = text
    for cell, text in zip(table.rows[2].cells, ("Ruigendam", "31", "38", "47")):
        cell.text = text
    data = io.BytesIO()
    document.save(data)
    loaded = load_bytes(data.getvalue(), "proefdonk.docx")
    rows = blocks(loaded, BlockKind.TABLE_ROW)
    assert rows[0] == "Kern\tMeldingen woonoverlast" and rows[-1] == "Ruigendam\t31\t38\t47"
    table = parse_tables(loaded.structure)[0]
    assert render_row(table, table.rows[0]) == ("Ruigendam — Meldingen woonoverlast 2021: 31 · Meldingen woonoverlast "
                                                "2022: 38 · Meldingen woonoverlast 2023: 47")


def test_pdf_header_row_centred_over_numbers_set_right_heads_the_table():
    def line(*placed):  # (column, text) pairs, as pypdf's layout text sets them
        out = ""
        for column, text in placed:
            out += " " * (column - len(out)) + text
        return out

    header = line((0, "Indicator"), (30, "2020"), (44, "2024"), (58, "Bron"))  # centred over the numbers
    rows = [line((0, "Geweldsmisdrijven"), (36, "356"), (50, "402"), (57, "Politie")),
            line((0, "Drugsdelicten"), (37, "48"), (51, "92"), (57, "Politie"))]
    layout = "\n".join([header, *rows])
    table = _table_rows(layout, _squeezed(layout))[0]
    assert [t for _, _, t in table[0].cells] == ["Indicator", "2020", "2024", "Bron"] and len(table) == 3
    words = line((0, "Tot slot"), (14, "zie"), (40, "het"), (47, "plan"))  # no header: its cells stand apart
    assert len(_table_rows("\n".join([words, *rows]), _squeezed(words + "".join(rows)))[0]) == 2


def test_docx_numbering_levels_indent_further_than_the_list_style_that_indents_them_all_alike():
    """Dutch Word's 'Lijstalinea' style indents every list paragraph alike; the numbering level of each (ilvl)
    indents it further, and Word lets the numbering win: the second level is nested under the first."""
    import io

    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Twips

    document = docx.Document()
    style = document.styles["List Paragraph"]
    style.paragraph_format.left_indent = Twips(720)
    numbering = document.part.numbering_part.element
    levels = "".join(f'<w:lvl w:ilvl="{i}"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/>'
                     f'<w:pPr><w:ind w:left="{720 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>' for i in range(3))
    numbering.append(parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="41">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="41"><w:abstractNumId w:val="41"/></w:num>'))
    for level, text in [(0, "We voeren jaarlijks zes controles uit:"), (1, "vier op het bedrijventerrein;"),
                        (1, "twee in het buitengebied."), (0, "We passen het beleid aan.")]:
        paragraph = document.add_paragraph(text, style="List Paragraph")
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="41"/></w:numPr>'))
    data = io.BytesIO()
    document.save(data)
    loaded = load_bytes(data.getvalue(), "proefdonk.docx")
    items = [(b.level, loaded.text[b.start:b.end]) for b in loaded.structure.blocks if b.kind == BlockKind.LIST_ITEM]
    assert items == [(1, "We voeren jaarlijks zes controles uit:"), (2, "vier op het bedrijventerrein;"),
                     (2, "twee in het buitengebied."), (1, "We passen het beleid aan.")]


def _one_page_pdf(content: bytes) -> bytes:
    """A PDF page that prints ``content`` (a content stream) in Helvetica."""
    import io

    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})})
    stream = DecodedStreamObject()
    stream.set_data(content)
    page[NameObject("/Contents")] = writer._add_object(stream)
    data = io.BytesIO()
    writer.write(data)
    return data.getvalue()


def test_pdf_footnote_marks_leave_the_number_they_follow_and_justified_gaps_are_one_space():
    """A raised small '2' after 'Veiligheidsmonitor 2023' is a note mark, not part of the year; the stretched gaps
    of justified text read as single spaces. A number in the body's own size stays."""
    pdf = _one_page_pdf(b"BT /F1 10 Tf 72 700 Td (Uit de Veiligheidsmonitor 2023) Tj /F1 6 Tf 0 4 Td (2) Tj "
                        b"/F1 10 Tf 0 -4 Td ( blijkt  dat  22   procent zich veilig voelt.) Tj ET "
                        b"BT /F1 10 Tf 72 600 Td (Er waren er in 2024) Tj ( 12.) Tj ET")
    text = load_bytes(pdf, "proefdonk.pdf").text
    assert "Uit de Veiligheidsmonitor 2023 blijkt dat 22 procent zich veilig voelt." in text
    assert "Er waren er in 2024 12." in text


def test_an_aria_table_of_divs_is_a_table_of_rows_and_an_aria_layout_grid_is_blocks():
    page = ("<html><body><main><h1>Veiligheidsbeleid Proefdam</h1><h2>Cijfers</h2>"
            '<div class="grid" role="table" aria-label="Cijfers">'
            '<div role="row"><div role="columnheader">Onderwerp</div><div role="columnheader">2023</div>'
            '<div role="columnheader">2024</div></div>'
            '<div role="row"><div role="rowheader">Opgerolde hennepkwekerijen</div><div role="cell">14</div>'
            '<div role="cell">21</div></div></div>'
            '<div role="grid"><div role="row"><div role="gridcell"><h3>Ondermijning</h3><p>Wij pakken kassen aan.</p>'
            "</div></div></div></main></body></html>")
    document = load_bytes(page.encode(), "proefdam.html")
    assert blocks(document, BlockKind.TABLE_ROW) == ["Onderwerp\t2023\t2024", "Opgerolde hennepkwekerijen\t14\t21"]
    assert "Wij pakken kassen aan." in blocks(document, BlockKind.PARAGRAPH)
    assert "Ondermijning" in blocks(document, BlockKind.HEADING)


# --------------------------------------------------------------------------- text boxes, footnotes, group labels

_W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
         'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
         'xmlns:v="urn:schemas-microsoft-com:vml" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def _p(text: str, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p><w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _docx(body: str, footnotes: str = "") -> bytes:
    """A .docx written as Word writes one, part by part: a body, and footnotes if given."""
    import io
    import zipfile

    notes_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as z:
        z.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/>'
            + (f'<Override PartName="/word/footnotes.xml" ContentType="{notes_type}"/>' if footnotes else "")
            + "</Types>"))
        z.writestr("_rels/.rels", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>'))
        z.writestr("word/_rels/document.xml.rels", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + ('<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
               'footnotes" Target="footnotes.xml"/>' if footnotes else "")
            + "</Relationships>"))
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                        f'<w:document {_W_NS}><w:body>{body}</w:body></w:document>')
        if footnotes:
            z.writestr("word/footnotes.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                             f'<w:footnotes {_W_NS}>{footnotes}</w:footnotes>')
    return data.getvalue()


def test_a_word_text_box_is_read_once_after_its_anchor_and_its_bold_title_heads_nothing():
    box = _p("Wat kunt u doen?", bold=True) + _p("Bel de politie via 0900-8844.")
    anchor = ('<w:p><w:r><w:t xml:space="preserve">Drugslabs in het buitengebied nemen toe.</w:t></w:r><w:r>'
              '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>'
              f'<w:txbxContent>{box}</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>'
              f'<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{box}</w:txbxContent></v:textbox>'
              '</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')
    body = _p("Ondermijning", bold=True) + anchor + _p("Wij houden controles met de politie.")
    document = load_bytes(_docx(body), "proefdam.docx")
    assert document.text.count("Bel de politie") == 1
    assert blocks(document, BlockKind.PARAGRAPH) == ["Drugslabs in het buitengebied nemen toe.", "Wat kunt u doen?",
                                                     "Bel de politie via 0900-8844.",
                                                     "Wij houden controles met de politie."]
    assert document.structure.heading_path_at(document.text.index("Wij houden")) == ("Ondermijning",)


def test_a_word_footnote_follows_the_paragraph_or_the_list_that_refers_to_it():
    def noted(text, note):
        return (f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r>'
                f'<w:r><w:footnoteReference w:id="{note}"/></w:r></w:p>')

    def item(text, note=None):
        reference = f'<w:r><w:footnoteReference w:id="{note}"/></w:r>' if note else ""
        return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
                f'<w:r><w:t>{text}</w:t></w:r>{reference}</w:p>')

    heading = '<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>Jeugd</w:t></w:r></w:p>'
    body = (noted("De burgemeester kan een drugspand sluiten.", 2) + item("controles", 3) + item("voorlichting")
            + _p("Daarna volgt de evaluatie.") + item("schoolagent", 4) + heading + item("jongerenwerk", 5))
    notes = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Artikel 13b van de '
             'Opiumwet.</w:t></w:r></w:p></w:footnote>'
             '<w:footnote w:id="3"><w:p><w:r><w:t>Samen met de politie.</w:t></w:r></w:p></w:footnote>'
             '<w:footnote w:id="4"><w:p><w:r><w:t>Op alle middelbare scholen.</w:t></w:r></w:p></w:footnote>'
             '<w:footnote w:id="5"><w:p><w:r><w:t>Ook in de weekenden.</w:t></w:r></w:p></w:footnote>')
    document = load_bytes(_docx(body, notes), "proefdam.docx")
    paragraphs = [p.strip() for p in blocks(document, BlockKind.PARAGRAPH)]
    # a list's notes follow the list, before the heading after it; those of the list that ends the document, at its end
    assert paragraphs == ["De burgemeester kan een drugspand sluiten.", "Artikel 13b van de Opiumwet.",
                          "Samen met de politie.", "Daarna volgt de evaluatie.", "Op alle middelbare scholen.",
                          "Ook in de weekenden."]
    assert blocks(document, BlockKind.LIST_ITEM)[:2] == ["controles", "voorlichting"]  # the list stays whole
    assert document.structure.heading_path_at(document.text.index("Op alle")) == ()


def test_a_word_cell_merged_down_in_the_body_labels_each_of_its_rows_but_a_header_cell_only_once():
    def cell(text, merge=None):
        props = f'<w:tcPr><w:vMerge{"" if merge is None else f" w:val={chr(34)}{merge}{chr(34)}"}/></w:tcPr>' \
            if merge is not False else ""
        return f"<w:tc>{props}{_p(text) if text else '<w:p/>'}</w:tc>"

    rows = [[cell("Soort", "restart"), cell("Indicator"), cell("2023")],
            [cell("", None), cell(""), cell("")],
            [cell("Overlast", "restart"), cell("Meldingen jeugdoverlast", False), cell("198", False)],
            [cell("", None), cell("Meldingen verward gedrag", False), cell("189", False)]]
    body = "<w:tbl>" + "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in rows) + "</w:tbl>"
    document = load_bytes(_docx(body), "proefdam.docx")
    assert blocks(document, BlockKind.TABLE_ROW)[-2:] == ["Overlast\tMeldingen jeugdoverlast\t198",
                                                          "Overlast\tMeldingen verward gedrag\t189"]
    assert "Soort" not in blocks(document, BlockKind.TABLE_ROW)[1]


def test_an_html_info_box_in_the_text_is_read_and_its_title_heads_nothing_a_box_of_links_is_furniture():
    page = ("<html><body><main><h1>Veiligheidsplan Proefdam</h1><h2>Veilig uitgaan</h2>"
            "<p>Het aantal incidenten in de uitgaansnachten daalt.</p>"
            "<aside class='infobox' role='complementary'><h4>Drugs in je drankje?</h4><p>Zeg het tegen de portier. Bel bij gevaar 112.</p>"
            "</aside><p>Wij vernieuwen het keurmerk.</p>"
            "<aside><h4>Meer informatie</h4><ul><li><a href='/a'>Keurmerk Veilig Uitgaan</a></li>"
            "<li><a href='/b'>Uitgaan in Proefdam</a></li></ul></aside></main></body></html>")
    document = load_bytes(page.encode(), "proefdam.html")
    assert "Zeg het tegen de portier." in document.text and "Meer informatie" not in document.text
    assert document.structure.heading_path_at(document.text.index("Wij vernieuwen"))[-1] == "Veilig uitgaan"


LAYOUT_EXPORT = (
    "7.3   Financiën\n\n"
    "Voor de uitvoering van dit plan is structureel € 845.000 per jaar beschikbaar.\n\n"
    "Ambitie                                      Budget      Formatie\n\n"
    "1 Een weerbare haven                        € 215.000    1,5 fte\n"
    "2 Veilig wonen in de wijk                   € 330.000    2,5 fte\n\n"
    "8     Wat niet in dit plan staat\n\n"
    "Een aantal onderwerpen is elders geregeld. De verkeersveiligheid is  onderdeel\n"
    "van  het  Mobiliteitsplan  Lorenzhaven  2040.  De   crisisbeheersing  en  de\n"
    "brandweerzorg  zijn  geregeld  in  het  regionaal  beleidsplan  van  de\n"
    "Veiligheidsregio.\n")


def test_a_layout_export_reads_a_header_row_set_apart_with_its_table_and_justified_prose_as_prose():
    document = load_bytes(LAYOUT_EXPORT.encode(), "proefdam.txt")
    table = parse_tables(document.structure)[0]
    assert [c.header for c in table.columns] == ["Ambitie", "Budget", "Formatie"]
    assert [r.label for r in table.rows] == ["1 Een weerbare haven", "2 Veilig wonen in de wijk"]
    prose = next(b for b in blocks(document, BlockKind.PARAGRAPH) if "Mobiliteitsplan" in b)
    assert "brandweerzorg" in prose and len(parse_tables(document.structure)) == 1
