"""Tab-separated tables read back with their headers: every Dalfsen table, the odd year order, a third plan."""

from __future__ import annotations

import pytest

from assistant.ingest.documents import load_document
from assistant.ingest.structure import parse
from assistant.ingest.tables import COMPARISON_LABEL, parse_number, parse_tables, render_row, series, table_at
from tests.conftest import FIXTURES, SEED_CORPUS


@pytest.fixture(scope="module")
def dalfsen():
    document = load_document(SEED_CORPUS / "dalfsen.txt")
    return document, parse_tables(parse(document))


def row(table, label):
    return next(r for r in table.rows if r.label == label)


def test_dalfsen_has_six_tables_with_their_titles_and_row_counts(dalfsen):
    _, tables = dalfsen
    assert [(t.title, len(t.rows)) for t in tables] == [
        ("1.7 Gemeentelijke veiligheidsthema's", 22),
        ("Tabel 2: Statistieken veilige leef- en woonomgeving", 22),
        ("Tabel 3: Statistieken bedrijvigheid en veiligheid", 6),
        ("Tabel 4: Statistieken jeugd en veiligheid", 3),
        ("Tabel 5: Statistieken fysieke veiligheid", 8),
        ("Hoe meten we dat?", 8),
    ]


def test_the_table_of_contents_is_not_a_table(dalfsen):
    _, tables = dalfsen
    assert not any("Inleiding" in cell for t in tables for r in (t.header, *t.rows) for cell in r.cells)


def test_statistics_headers_mark_the_veiligheidsmonitor_columns_as_a_second_series(dalfsen):
    _, tables = dalfsen
    for table in tables[1:5]:
        assert table.header.cells == ("Indicator", "bron", "2014", "2015", "2016", "2017", "2013", "2017")
        assert [(c.year, c.series) for c in table.columns[2:]] == [
            (2014, 0), (2015, 0), (2016, 0), (2017, 0), (2013, 1), (2017, 1)]
    assert tables[5].header.cells == ("Indicator", "Bron", "Nulmeting", "2019", "2020", "2021", "2022")
    assert all(c.series == 0 for c in tables[5].columns)


def test_burglary_row_reads_back_with_both_series(dalfsen):
    document, tables = dalfsen
    burglary = row(tables[1], "Diefstal/ inbraak woning")
    assert document.text[burglary.start:burglary.end] == "Diefstal/ inbraak woning\tPolitie\t71\t46\t76\t40\t125\t40"
    assert series(tables[1], burglary) == [("reeks", 2014, 71.0), ("reeks", 2015, 46.0), ("reeks", 2016, 76.0),
                                           ("reeks", 2017, 40.0), (COMPARISON_LABEL, 2013, 125.0),
                                           (COMPARISON_LABEL, 2017, 40.0)]
    assert render_row(tables[1], burglary) == ("Diefstal/ inbraak woning — bron: Politie · 2014: 71 · 2015: 46 · "
                                               "2016: 76 · 2017: 40 · vergelijking 2013: 125 · vergelijking 2017: 40")


def test_a_few_values_from_every_statistics_table(dalfsen):
    _, tables = dalfsen
    cohesion = row(tables[1], "Sociale cohesie")
    assert [(c.header, c.series, v) for c, v in tables[1].values(cohesion)] == [
        ("bron", 0, "Veiligheidsmonitor"), ("2013", 1, "6.8"), ("2017", 1, "7.0")]
    assert [v for _, v in tables[2].values(row(tables[2], "Winkeldiefstal"))] == ["Politie", "10", "15", "7", "15", "19", "15"]
    assert [v for _, v in tables[3].values(row(tables[3], "Aantal hinderlijke en overlastgevende jeugdgroepen"))] == [
        "Politie", "2", "0"]
    deaths = row(tables[4], "Doden (Verkeer)")  # the 2013 comparison cell is empty
    assert series(tables[4], deaths) == [("reeks", 2014, 2.0), ("reeks", 2015, 3.0), ("reeks", 2016, 3.0),
                                         ("reeks", 2017, 2.0), (COMPARISON_LABEL, 2017, 2.0)]
    burglaries = row(tables[5], "Aantal woninginbraken")
    assert [(c.header, v) for c, v in tables[5].values(burglaries)] == [
        ("Bron", "politicijfers"), ("Nulmeting", "40 stuks (2017)"), ("2019", "35"), ("2020", "30"), ("2021", "25"),
        ("2022", "20")]


def test_group_rows_and_markup(dalfsen):
    _, tables = dalfsen
    section = tables[1].rows[0]
    assert section.cells == ("<i>t.a.v. sociale kwaliteit:</i>",)
    assert section.label == "t.a.v. sociale kwaliteit:" and section.is_section
    assert not row(tables[1], "Verloedering:").is_section  # it names its source


def test_table_at_finds_the_row_of_an_offset(dalfsen):
    _, tables = dalfsen
    burglary = row(tables[1], "Diefstal/ inbraak woning")
    assert table_at(tables, burglary.start + 3) == (tables[1], burglary)
    assert table_at(tables, 0) is None


def test_continuation_rows_of_the_theme_table_keep_their_column(dalfsen):
    _, tables = dalfsen
    second = tables[0].rows[1]
    assert second.cells == ("", "1.2 Fysieke kwaliteit (o.a. vernielingen, verloedering/zwerfvuil)")


@pytest.mark.parametrize("value, number", [("7.1", 7.1), ("12%", 12.0), ("40 stuks (2017)", 40.0), ("- 41%", 41.0),
                                           ("-", None), ("", None), ("6,5", 6.5)])
def test_parse_number(value, number):
    assert parse_number(value) == number


def test_seed_doesburg_has_no_tables():
    assert parse_tables(parse(load_document(SEED_CORPUS / "doesburg.txt"))) == []


def test_a_third_plan_table_with_its_caption():
    document = load_document(FIXTURES / "plans" / "brakkenveen.txt")
    (table,) = parse_tables(parse(document))
    assert table.title == "Tabel 1: Politiecijfers Brakkenveen"
    assert table.header.cells == ("Indicator", "Bron", "2021", "2022", "2023")
    assert [r.label for r in table.rows] == ["Woninginbraken", "Meldingen jeugdoverlast", "Verkeersongevallen met letsel"]
    assert series(table, table.rows[1]) == [("reeks", 2021, 120.0), ("reeks", 2022, 134.0), ("reeks", 2023, 151.0)]


def test_a_header_over_merged_cells_is_read_with_the_row_below_it():
    from assistant.ingest.documents import Document, DocumentMetadata
    from assistant.ingest.tables import header_line

    text = ("Indicator\tDoel 2024\tResultaten\t\t\tDoel gehaald?\n\t\t2021\t2022\t2023\n"
            "Bedrijven met keurmerk\t80\t34\t51\t66\tnee\n")
    structure = Document("x", text, DocumentMetadata("X", "Plan")).structure
    table = parse_tables(structure)[0]
    assert [c.year for c in table.columns] == [None, None, 2021, 2022, 2023, None]
    assert render_row(table, table.rows[0]) == ("Bedrijven met keurmerk — Doel 2024: 80 · Resultaten 2021: 34 · "
                                                "Resultaten 2022: 51 · Resultaten 2023: 66 · Doel gehaald?: nee")
    rows = [b for b in structure.blocks if b.kind == "table_row"]
    assert header_line(text, rows) == "Indicator\tDoel 2024\tResultaten 2021\tResultaten 2022\tResultaten 2023\tDoel gehaald?"
    plain = "Indicator\t2021\t2022\nWoninginbraak\t71\t58\n"
    assert header_line(plain, [b for b in Document("y", plain, DocumentMetadata("Y", "Plan")).structure.blocks
                               if b.kind == "table_row"]) == "Indicator\t2021\t2022"
