"""The section tree: headings and their levels, labels, lists, tables, tables of contents, sentences."""

from __future__ import annotations

import pytest

from assistant.ingest.documents import Document, DocumentMetadata, load_document
from assistant.ingest.structure import DocumentStructure, Mark, parse, split_sentences
from tests.conftest import SEED_CORPUS


def structure_of(text: str) -> DocumentStructure:
    return parse(Document("x", text, DocumentMetadata("Testdorp", "Plan")))


def blocks_of(structure: DocumentStructure) -> list[tuple[str, str]]:
    return [(b.kind, structure.text[b.start:b.end]) for b in structure.blocks]


def block_starting(structure: DocumentStructure, prefix: str, kind: str | None = None, nth: int = 0):
    found = [b for b in structure.blocks
             if structure.text[b.start:b.end].startswith(prefix) and (kind is None or b.kind == kind)]
    assert len(found) > nth, f"no {kind or 'block'} starting with {prefix!r}"
    return found[nth]


@pytest.fixture(scope="module")
def doesburg():
    return parse(load_document(SEED_CORPUS / "doesburg.txt"))


@pytest.fixture(scope="module")
def dalfsen():
    return parse(load_document(SEED_CORPUS / "dalfsen.txt"))


# --------------------------------------------------------------------------- headings

NUMBERED = """Veiligheidsplan gemeente Testdorp 2024-2027

2. Huidige situatie

2.1 Veiligheidsanalyse

2.1.3 Jeugd en veiligheid

De jeugd in Testdorp veroorzaakt weinig overlast.

Politiepost

De politiepost is gevestigd bij de brandweer.

3. Aanpak

Tekst over de aanpak.
"""


def test_numbered_headings_get_their_depth_as_level():
    s = structure_of(NUMBERED)
    levels = {s.text[b.start:b.end]: b.level for b in s.blocks if b.kind == "heading"}
    assert levels["2. Huidige situatie"] == 1
    assert levels["2.1 Veiligheidsanalyse"] == 2
    assert levels["2.1.3 Jeugd en veiligheid"] == 3
    assert levels["3. Aanpak"] == 1
    paragraph = block_starting(s, "De jeugd")
    assert paragraph.heading_path == ("2. Huidige situatie", "2.1 Veiligheidsanalyse", "2.1.3 Jeugd en veiligheid")
    assert block_starting(s, "Tekst over").heading_path == ("3. Aanpak",)


def test_bare_heading_nests_below_the_deepest_numbered_heading():
    s = structure_of(NUMBERED)
    heading = block_starting(s, "Politiepost", "heading")
    assert heading.level == 4
    assert block_starting(s, "De politiepost").heading_path[-2:] == ("2.1.3 Jeugd en veiligheid", "Politiepost")


def test_sections_span_until_the_next_heading_of_the_same_or_higher_level():
    s = structure_of(NUMBERED)
    section = next(x for x in s.sections if x.title == "2.1 Veiligheidsanalyse")
    assert section.level == 2
    assert s.text[section.start:section.end].startswith("2.1 Veiligheidsanalyse")
    assert s.text[section.end:].startswith("3. Aanpak")


def test_heading_path_at_an_offset():
    s = structure_of(NUMBERED)
    offset = NUMBERED.index("brandweer")
    assert s.heading_path_at(offset)[-1] == "Politiepost"
    assert s.block_at(offset).kind == "paragraph"
    assert s.heading_path_at(0) == ("Veiligheidsplan gemeente Testdorp 2024-2027",)


def test_sentences_and_list_items_are_not_headings():
    s = structure_of("Inleiding\n\nDit is een zin. Nog een zin.\n\nMet een komma eindigt geen kop,\n\nTekst.\n")
    assert blocks_of(s) == [("heading", "Inleiding"), ("paragraph", "Dit is een zin. Nog een zin."),
                            ("paragraph", "Met een komma eindigt geen kop,"), ("paragraph", "Tekst.")]


def test_markdown_headings():
    s = structure_of("# Veiligheidsplan\n\n## Ondermijning\n\nTekst over ondermijning.\n\n### Ambities\n\n- Minder drugs\n")
    item = block_starting(s, "- Minder")
    assert item.kind == "list_item"
    assert item.heading_path == ("Veiligheidsplan", "Ondermijning", "Ambities")
    assert [b.level for b in s.blocks if b.kind == "heading"] == [1, 2, 3]


def test_a_title_like_line_in_markdown_is_a_label_under_the_latest_markdown_heading():
    # a signature under the foreword and bold sub-headings: Markdown marks its headings with '#', so neither
    # may rise above them (the signature once became the top heading of every later section)
    s = structure_of("# Veiligheidsplan\n\n## Voorwoord\n\nWij danken iedereen.\n\n*De burgemeesters van Noordstad"
                     " en Zuiddorp*\n\n---\n\n## 1. Ondermijning\n\n**Wat zien we?**\n\nMeer drugslabs.\n\n"
                     "**Wat gaan we doen?**\n\n- Meer controles\n")
    # (the titles read without the bold or italic marks around them; the blocks keep the text as written)
    assert block_starting(s, "*De burgemeesters", "heading").heading_path == (
        "Veiligheidsplan", "Voorwoord", "De burgemeesters van Noordstad en Zuiddorp")
    assert block_starting(s, "Meer drugslabs").heading_path == ("Veiligheidsplan", "1. Ondermijning", "Wat zien we?")
    assert block_starting(s, "- Meer controles").heading_path == (
        "Veiligheidsplan", "1. Ondermijning", "Wat gaan we doen?")


def test_a_markdown_heading_in_italics_reads_without_its_marks():
    s = structure_of("# *Samen veilig*\n\nTekst.\n\n## 1. *Ondermijning* en drugs\n\nMeer drugslabs.\n")
    assert block_starting(s, "Tekst.").heading_path == ("Samen veilig",)
    assert block_starting(s, "Meer drugslabs").heading_path == ("Samen veilig", "1. *Ondermijning* en drugs")


def test_label_headings_nest_under_the_section_in_the_doesburg_seed(doesburg):
    item = block_starting(doesburg, "• We willen criminele samenwerkingsverbanden")
    assert item.kind == "list_item"
    assert item.heading_path == ("Ondermijning", "Doelstellingen")
    ambitie = block_starting(doesburg, "• Informatiepositie verbeteren")
    assert ambitie.heading_path == ("Ondermijning", "Ambities")
    doen = block_starting(doesburg, "• We geven presentaties aan burgers")
    assert doen.heading_path == ("Ondermijning", "Wat gaan we dan bijvoorbeeld doen?")
    label = block_starting(doesburg, "Doelstellingen:", "heading", nth=2)
    assert label.heading_path == ("Ondermijning", "Doelstellingen")
    assert label.level == block_starting(doesburg, "Ondermijning", "heading").level + 1


def test_a_label_replaces_the_previous_label():
    s = structure_of("Ondermijning\n\nAmbities:\n\n- Minder drugs\n\nDoelstellingen:\n\n- Tien controles\n")
    assert block_starting(s, "- Tien").heading_path == ("Ondermijning", "Doelstellingen")


def test_local_numbered_headings_under_dalfsen_4_1(dalfsen):
    heading = block_starting(dalfsen, "1. Woninginbraken", "heading")
    assert heading.heading_path == ("4. Focus beleidsperiode 2019-2022", "4.1 Lokale prioriteiten", "1. Woninginbraken")
    assert heading.level == 3
    assert block_starting(dalfsen, "2. Te hard rijden", "heading").heading_path[-2:] == (
        "4.1 Lokale prioriteiten", "2. Te hard rijden")
    # the next real chapter is a chapter again
    assert block_starting(dalfsen, "5. Overige veiligheidsthema's", "heading").level == 1


def test_numbered_run_in_the_dalfsen_summary_is_a_list_with_its_lead_in(dalfsen):
    first = block_starting(dalfsen, "1. Woninginbraken")  # the first occurrence is in the summary
    assert first.kind == "list_item"
    assert first.heading_path == ("Samenvatting",)
    members = dalfsen.groups()[first.group]
    texts = [dalfsen.text[b.start:b.end] for b in members]
    assert texts[0].startswith("De onderstaande veiligheidsthema's zijn als speerpunt benoemd")
    assert members[0].lead_in and members[0].kind == "paragraph"
    assert texts[1:] == ["1. Woninginbraken", "2. Te hard rijden", "3. Woonoverlast",
                         "4. Zelfredzaamheid en Risicocommunicatie"]


# --------------------------------------------------------------------------- lists and tables

LIST = """Maatregelen

De gemeente neemt de volgende maatregelen:

- Cameratoezicht in het centrum,
  met een vervolg op de volgende regel.
- Extra handhaving

    met een ingesprongen vervolg na een lege regel.
- Derde punt.

Losse alinea na de lijst.
"""


def test_list_items_keep_their_continuation_lines_and_share_the_lead_in_group():
    s = structure_of(LIST)
    assert blocks_of(s) == [
        ("heading", "Maatregelen"),
        ("paragraph", "De gemeente neemt de volgende maatregelen:"),
        ("list_item", "- Cameratoezicht in het centrum,\n  met een vervolg op de volgende regel."),
        ("list_item", "- Extra handhaving\n\n    met een ingesprongen vervolg na een lege regel."),
        ("list_item", "- Derde punt."),
        ("paragraph", "Losse alinea na de lijst."),
    ]
    lead, *items, after = s.blocks[1:]
    assert lead.lead_in and not any(b.lead_in for b in items)
    assert {b.group for b in items} == {lead.group} and lead.group >= 0
    assert after.group == -1


def test_two_lists_with_different_markers_are_two_groups():
    s = structure_of("Punten\n\n- een punt\n- nog een punt\n\n1. Genummerd\n2. Nog een\n")
    groups = [b.group for b in s.blocks if b.kind == "list_item"]
    assert groups[0] == groups[1] != groups[2] == groups[3]


TABLE = """Cijfers

De cijfers staan in deze tabel:

Indicator\t2016\t2017

Inbraak\t7\t15

Diefstal\t3\t4
Tabel 1: Cijfers van de politie

Inhoud

1 Inleiding\t5
1.1 Veiligheid\t5
2. Analyse\t9

1. Inleiding

Tekst.
"""


def test_table_with_blank_lines_inside_is_one_group_with_its_lead_in_and_caption():
    s = structure_of(TABLE)
    lead = block_starting(s, "De cijfers")
    members = s.groups()[lead.group]
    assert [(b.kind, s.text[b.start:b.end]) for b in members] == [
        ("paragraph", "De cijfers staan in deze tabel:"),
        ("table_row", "Indicator\t2016\t2017"),
        ("table_row", "Inbraak\t7\t15"),
        ("table_row", "Diefstal\t3\t4"),
        ("caption", "Tabel 1: Cijfers van de politie"),
    ]


def test_table_of_contents_is_kind_toc():
    s = structure_of(TABLE)
    assert [s.text[b.start:b.end] for b in s.blocks if b.kind == "toc"] == ["1 Inleiding\t5", "1.1 Veiligheid\t5", "2. Analyse\t9"]
    assert block_starting(s, "1. Inleiding", "heading").level == 1


def test_a_statistics_table_ending_in_small_numbers_is_not_a_table_of_contents():
    s = structure_of("Cijfers\n\nIndicator\tbron\t2016\t2017\nInbraak\tPolitie\t7\t15\nDiefstal\tPolitie\t3\t4\n"
                     "\nRanglijst\n\nWoninginbraak\t12\nDiefstal\t7\nVernieling\t3\n")
    assert [b.kind for b in s.blocks if b.kind not in ("heading",)] == ["table_row"] * 6


def test_dalfsen_table_of_contents_and_statistics_tables(dalfsen):
    toc = [dalfsen.text[b.start:b.end] for b in dalfsen.blocks if b.kind == "toc"]
    contents = dalfsen.text[dalfsen.text.index("1 Inleiding\t5"):dalfsen.text.index("7. Tot slot.....\t27") + 19]
    assert toc == [line for line in contents.split("\n") if line.strip()]
    assert len(toc) == 33 and "5.5 Crisisbeheersing\t25" in toc  # the row after a blank line too
    assert not any(b.kind == "table_row" and dalfsen.text[b.start:b.end].startswith("2.1 Veiligheidsanalyse\t")
                   for b in dalfsen.blocks)
    row = block_starting(dalfsen, "Diefstal/ inbraak woning\tPolitie")
    assert row.kind == "table_row"
    members = dalfsen.groups()[row.group]
    assert dalfsen.text[members[0].start:members[0].end] == "Indicator\tbron\t2014\t2015\t2016\t2017\t2013\t2017"
    assert dalfsen.text[members[-1].start:members[-1].end] == "Tabel 2: Statistieken veilige leef- en woonomgeving"
    source = dalfsen.text[members[0].start:members[-1].start]
    assert [dalfsen.text[b.start:b.end] for b in members[:-1]] == [line.strip() for line in source.split("\n") if line.strip()]
    assert len(members) == 24  # header, 4 section rows, 18 data rows, caption


def test_no_block_starts_inside_an_excluded_span(doesburg):
    doc = load_document(SEED_CORPUS / "doesburg.txt")
    for b in doesburg.blocks:
        assert not any(a <= b.start < e or b.start <= a < b.end for a, e in doc.excluded)


# --------------------------------------------------------------------------- sentences

@pytest.mark.parametrize("text, expected", [
    ("Dit geldt o.a. voor de politie. Ook t.o.v. vorig jaar is er minder. Dat is d.w.z. een daling.",
     ["Dit geldt o.a. voor de politie.", "Ook t.o.v. vorig jaar is er minder.", "Dat is d.w.z. een daling."]),
    ("Er zijn bv. Hennepkwekerijen. Einde!", ["Er zijn bv. Hennepkwekerijen.", "Einde!"]),
    ("Het aantal daalde met 50% t.o.v. 2017. Dat is veel.", ["Het aantal daalde met 50% t.o.v. 2017.", "Dat is veel."]),
    ("Het gaat om art. 13b van de Opiumwet. Dat is de wet Damocles.",
     ["Het gaat om art. 13b van de Opiumwet.", "Dat is de wet Damocles."]),
    ("De heer J. de Vries is voorzitter. Hij is ook lid.", ["De heer J. de Vries is voorzitter.", "Hij is ook lid."]),
    ("De burgemeester (dhr. Jansen) is verantwoordelijk. Klaar.",
     ["De burgemeester (dhr. Jansen) is verantwoordelijk.", "Klaar."]),
    ("In 2017 waren het 40. In 2018 35 stuks.", ["In 2017 waren het 40.", "In 2018 35 stuks."]),
    ("Wat is dat? Dat weten we niet.", ["Wat is dat?", "Dat weten we niet."]),
    ("1. Woninginbraken", ["1. Woninginbraken"]),
    ("- a. Bewustwording: wat is ondernijning. Hoe herken je het?",
     ["- a. Bewustwording: wat is ondernijning.", "Hoe herken je het?"]),
    ("Geen hoofdletter. na de punt blijft één zin.", ["Geen hoofdletter. na de punt blijft één zin."]),
    # a footnote reference glued to the full stop (a PDF of a Word file) ends the sentence with it
    ("Zij voeren het samen uit.1 Verkeersveiligheid valt onder de agenda.",
     ["Zij voeren het samen uit.1", "Verkeersveiligheid valt onder de agenda."]),
    ("Zie paragraaf 3.1 Seizoensdrukte. In 2024.3 gevallen.", ["Zie paragraaf 3.1 Seizoensdrukte.", "In 2024.3 gevallen."]),
    # the marks of a quoted title end no sentence; a quotation that closes with the sentence does
    ("Scholen geven het programma ‘Mes? Zeker niet!’ aan alle klassen. Ouders krijgen voorlichting.",
     ["Scholen geven het programma ‘Mes? Zeker niet!’ aan alle klassen.", "Ouders krijgen voorlichting."]),
    ('De campagne "Wat doe jij? Bel 112." loopt. Dat is nieuw.', ['De campagne "Wat doe jij? Bel 112." loopt.', "Dat is nieuw."]),
    ("Zij vroeg: ‘Wat nu?’ Daarna bleef het stil.", ["Zij vroeg: ‘Wat nu?’", "Daarna bleef het stil."]),
])
def test_dutch_sentence_splitting(text, expected):
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == expected


def test_sentence_offsets_are_relative_to_the_whole_text():
    text = "Kop\n\n  Eerste zin. Tweede zin.  \n"
    start = text.index("Eerste")
    spans = split_sentences(text, start, len(text) - 1)
    assert [text[a:b] for a, b in spans] == ["Eerste zin.", "Tweede zin."]


@pytest.mark.parametrize("name", ["doesburg", "dalfsen"])
def test_spans_stay_inside_their_block_and_are_stripped(name, doesburg, dalfsen):
    s = {"doesburg": doesburg, "dalfsen": dalfsen}[name]
    assert s.spans
    previous_end = 0
    for span in s.spans:
        block = s.blocks[span.block]
        assert block.kind != "toc"
        assert block.start <= span.start < span.end <= block.end
        piece = s.text[span.start:span.end]
        assert piece == piece.strip()
        assert span.start >= previous_end  # in document order, never overlapping
        previous_end = span.end
        if block.kind == "table_row":
            assert (span.start, span.end, span.kind) == (block.start, block.end, "table_row")


def test_short_list_items_are_one_answer_unit(doesburg):
    item = block_starting(doesburg, "• We stellen een beleid op op het gebied van mensenhandel")
    units = [sp for sp in doesburg.spans if sp.block == doesburg.blocks.index(item)]
    assert [(u.start, u.end, u.kind) for u in units] == [(item.start, item.end, "list_item")]


# --------------------------------------------------------------------------- list layouts of other exports

CVDR_LIST = """Besluit

De raad van de gemeente Proefdam besluit:

• 1.

    het Integraal Veiligheidsbeleid 2024-2027 vast te stellen met de daarbij horende prioriteiten:

• a.

    de aanpak van ondermijnende criminaliteit;

• b.

    zorg en veiligheid;

• c.

    jeugd en veiligheid;

• 2.

    het college op te dragen jaarlijks een uitvoeringsprogramma vast te stellen.

Aldus besloten.
"""


def test_overheid_nl_marker_lines_are_list_items_with_their_text_and_depth():
    s = structure_of(CVDR_LIST)
    items = [(b.level, " ".join(s.text[b.start:b.end].split())) for b in s.blocks if b.kind == "list_item"]
    assert items == [
        (1, "• 1. het Integraal Veiligheidsbeleid 2024-2027 vast te stellen met de daarbij horende prioriteiten:"),
        (2, "• a. de aanpak van ondermijnende criminaliteit;"),
        (2, "• b. zorg en veiligheid;"),
        (2, "• c. jeugd en veiligheid;"),
        (1, "• 2. het college op te dragen jaarlijks een uitvoeringsprogramma vast te stellen."),
    ]
    assert len({b.group for b in s.blocks if b.kind == "list_item"}) == 1


def test_a_lead_in_item_is_followed_by_its_complete_list():
    s = structure_of(CVDR_LIST)
    lead = block_starting(s, "• 1.", "list_item")
    assert lead.lead_in
    assert [" ".join(s.text[b.start:b.end].split()) for b in s.items_under(lead)] == [
        "• a. de aanpak van ondermijnende criminaliteit;", "• b. zorg en veiligheid;", "• c. jeugd en veiligheid;"]
    assert s.items_under(block_starting(s, "• 2.", "list_item")) == []


def test_marker_lines_without_a_blank_line_before_the_text():
    s = structure_of("Doelen\n\n– \n  minder woninginbraken;\n– \n  meer buurtpreventie.\n\nSlot.\n")
    assert [s.text[b.start:b.end] for b in s.blocks if b.kind == "list_item"] == [
        "– \n  minder woninginbraken;", "– \n  meer buurtpreventie."]


NESTED = """Aanpak

De aanpak bestaat uit de volgende onderdelen:

1. Preventie
   a) voorlichting op scholen;
   b) buurtpreventie:
      ○ whatsappgroepen;
      ○ straatcoaches.
2. Handhaving
2.1 Controles in het uitgaansgebied
2.2 Bestuurlijke maatregelen
3. Zorg

Losse alinea.
"""


def test_lettered_dotted_and_circle_markers_nest_by_style_and_indentation():
    s = structure_of(NESTED)
    items = [(b.level, s.text[b.start:b.end].strip()) for b in s.blocks if b.kind == "list_item"]
    assert items == [(1, "1. Preventie"), (2, "a) voorlichting op scholen;"), (2, "b) buurtpreventie:"),
                     (3, "○ whatsappgroepen;"), (3, "○ straatcoaches."), (1, "2. Handhaving"),
                     (2, "2.1 Controles in het uitgaansgebied"), (2, "2.2 Bestuurlijke maatregelen"), (1, "3. Zorg")]
    lead = block_starting(s, "De aanpak bestaat uit de volgende onderdelen:")
    assert lead.lead_in and {b.group for b in s.blocks if b.kind == "list_item"} == {lead.group}
    assert block_starting(s, "b) buurtpreventie:").lead_in


def test_dotted_contents_lines_are_toc_and_their_titles_make_headings():
    s = structure_of("Inhoud\n\n1. Inleiding ............ 3\n2. Bijlage. Cijfers .... 7\n\n1. Inleiding\n\nTekst.\n\n"
                     "2. Bijlage. Cijfers\n\nMeer tekst.\n")
    assert [s.text[b.start:b.end] for b in s.blocks if b.kind == "toc"] == ["1. Inleiding ............ 3",
                                                                             "2. Bijlage. Cijfers .... 7"]
    assert s.contents == (("1. Inleiding", 3), ("2. Bijlage. Cijfers", 7))
    assert block_starting(s, "2. Bijlage. Cijfers", "heading").level == 1  # two sentences, but the contents list it


def test_marked_lines_are_what_their_marks_say_and_unmarked_lines_are_not_guessed_headings():
    text = "Titel van het plan\n\nKorte regel\n\nDoelen:\n\nEerste doel\nTweede doel\n"
    first, second = text.index("Eerste doel"), text.index("Tweede doel")
    marks = (Mark("heading", 0, 18, 1), Mark("list_item", first, first + 11, 1), Mark("list_item", second, second + 11, 2))
    s = parse(Document("x", text, DocumentMetadata("X", "P"), marks=marks))
    assert blocks_of(s) == [("heading", "Titel van het plan"), ("paragraph", "Korte regel"), ("paragraph", "Doelen:"),
                            ("list_item", "Eerste doel"), ("list_item", "Tweede doel")]
    assert [b.level for b in s.blocks if b.kind == "list_item"] == [1, 2]
    assert s.blocks[2].lead_in


# Word's "save as text" writes a tab after a bullet or a heading number, and sub-headings such as "Doel" and
# "Aanpak" right above their list or paragraph, without a blank line below them.
WORD_TEXT = """4\tPrioriteiten 2024-2027

4.1\tWoninginbraak

Woninginbraak is een high impact crime voor de inwoners van Testdorp.

Doel
\u2022\tIn 2027 ligt het aantal woninginbraken 20% lager dan in 2023.
\u2022\tHet aandeel inwoners dat bang is voor inbraak daalt.

Aanpak
De gemeente zet samen met de politie en de buurtpreventie een campagne op tegen inbraak.

Indicator\tBron\t2022\t2023
Woninginbraken\tPolitie\t84\t97
"""


def test_a_tab_after_a_bullet_or_heading_number_is_not_a_table_cell():
    s = structure_of(WORD_TEXT)
    headings = [(b.level, b.heading_path[-1]) for b in s.blocks if b.kind == "heading"]
    assert headings == [(1, "4 Prioriteiten 2024-2027"), (2, "4.1 Woninginbraak"), (3, "Doel"), (3, "Aanpak")]
    items = [s.text[b.start:b.end] for b in s.blocks if b.kind == "list_item"]
    assert items == ["\u2022\tIn 2027 ligt het aantal woninginbraken 20% lager dan in 2023.",
                     "\u2022\tHet aandeel inwoners dat bang is voor inbraak daalt."]
    assert {b.heading_path for b in s.blocks if b.kind == "list_item"} == {
        ("4 Prioriteiten 2024-2027", "4.1 Woninginbraak", "Doel")}
    # A real table keeps its cells, and the paragraph under "Aanpak" is that label's text.
    assert [s.text[b.start:b.end].split("\t")[0] for b in s.blocks if b.kind == "table_row"] == [
        "Indicator", "Woninginbraken"]
    assert block_starting(s, "De gemeente zet", "paragraph").heading_path[-1] == "Aanpak"


def test_a_short_line_inside_running_text_is_not_a_run_in_label():
    text = ("Inleiding\n\nDe burgemeester,\nJ. de Vries\n\nTestdorp heeft\nde volgende partners in de aanpak van "
            "overlast en criminaliteit.\n\nZie ook\nhttps://www.testdorp.nl\n\n"
            "Figuur 3\nIn dat jaar zijn er veel meldingen van overlast geregistreerd door de politie.\n\n"
            "2023\nIn dat jaar zijn er veel meldingen van overlast geregistreerd door de politie.\n\n"
            "We willen\n\u2022 minder inbraken;\n\u2022 meer toezicht.\n")
    s = structure_of(text)
    assert [b.heading_path[-1] for b in s.blocks if b.kind == "heading"] == ["Inleiding"]


def test_a_short_lead_in_with_a_colon_stays_the_lead_in_of_its_list():
    s = structure_of("Inleiding\n\nTekst.\n\nDit betekent:\n\u2022 meer toezicht op straat;\n\u2022 meer camera's.\n")
    lead = block_starting(s, "Dit betekent:", "paragraph")
    assert lead.lead_in
    assert {b.group for b in s.blocks if b.kind == "list_item"} == {lead.group}
    assert all(b.heading_path == ("Inleiding",) for b in s.blocks)


def test_a_numbered_two_column_table_keeps_its_rows():
    s = structure_of("Cijfers\n\nNr\tOnderwerp\n1\tWoninginbraak\n2\tFietsendiefstal\n\nSlot.\n")
    assert [s.text[b.start:b.end] for b in s.blocks if b.kind == "table_row"] == [
        "Nr\tOnderwerp", "1\tWoninginbraak", "2\tFietsendiefstal"]


def test_a_markdown_table_is_rows_of_cells_and_a_rule_is_no_block():
    text = ("## Cijfers\n\n| Indicator | Noord | Zuid |\n|---|---:|---:|\n| Inbraken (2023) | 12 | 7 |\n"
            "| Overlast (2023) | 40 | 31 |\n\n---\n\nSlot van het hoofdstuk.\n")
    s = structure_of(text)
    assert [s.text[b.start:b.end] for b in s.blocks if b.kind == "table_row"] == [
        "| Indicator | Noord | Zuid |", "| Inbraken (2023) | 12 | 7 |", "| Overlast (2023) | 40 | 31 |"]
    assert not any(s.text[b.start:b.end].strip() == "---" for b in s.blocks)
    from assistant.ingest.tables import parse_tables, render_row
    table = parse_tables(s)[0]
    assert render_row(table, table.rows[0]) == "Inbraken (2023) — Noord: 12 · Zuid: 7"


def test_a_nested_item_knows_the_item_it_is_nested_in():
    s = structure_of(NESTED)
    parent = {s.text[b.start:b.end].strip(): s.parent_item(b) for b in s.blocks if b.kind == "list_item"}
    text_of = {k: None if v is None else s.text[v.start:v.end].strip() for k, v in parent.items()}
    assert text_of["○ straatcoaches."] == "b) buurtpreventie:"
    assert text_of["a) voorlichting op scholen;"] == text_of["b) buurtpreventie:"] == "1. Preventie"
    assert text_of["2.2 Bestuurlijke maatregelen"] == "2. Handhaving"
    assert text_of["1. Preventie"] is None and text_of["3. Zorg"] is None
    assert s.parent_item(block_starting(s, "Losse alinea.")) is None


def test_chapters_named_by_the_word_before_their_number_stand_at_the_top():
    """'Hoofdstuk 2 Veiligheidsbeeld' after '1.4 Terugblik' is the next chapter, not a sub-heading of 1.4; its
    sections and a bare title ('Tabel 1. Cijfers') stand below it, an annex ('Bijlage 1 Begrippen') beside it."""
    s = structure_of("Hoofdstuk 1 Inleiding\n\nTekst over de inleiding.\n\n1.4 Terugblik\n\nHet vorige plan werkte.\n\n"
                     "Hoofdstuk 2 Veiligheidsbeeld\n\nDe cijfers volgen hier.\n\n2.1 Cijfers\n\nEr waren 40 inbraken.\n\n"
                     "Tabel 1 Cijfers per kern\n\nDe tabel telt per kern.\n\nBijlage 1 Begrippen\n\nRIEC: Regionaal centrum.\n")
    assert block_starting(s, "De cijfers volgen").heading_path == ("Hoofdstuk 2 Veiligheidsbeeld",)
    assert block_starting(s, "Er waren").heading_path == ("Hoofdstuk 2 Veiligheidsbeeld", "2.1 Cijfers")
    assert block_starting(s, "RIEC:").heading_path == ("Bijlage 1 Begrippen",)
