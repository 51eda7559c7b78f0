"""Statistics tables: rows with their header cells restored.

Plans exported to text keep tables as tab-separated lines (Markdown as pipe rows). The structure
parser groups those lines; ``parse_tables`` turns each group into a ``Table``
whose rows can be read back with their column headers. Year columns whose
order breaks (the Dalfsen tables run 2014, 2015, 2016, 2017 and then 2013, 2017:
the Veiligheidsmonitor comparison) are marked as a second series, so a row
reads back as ``2014: 71 · … · 2017: 40 · vergelijking 2013: 125 · vergelijking 2017: 40``.

    >>> from assistant.ingest.documents import Document, DocumentMetadata
    >>> text = "Indicator\\tbron\\t2016\\t2017\\nWinkeldiefstal\\tPolitie\\t7\\t15\\n"
    >>> table = parse_tables(Document("x", text, DocumentMetadata("X", "Plan")).structure)[0]
    >>> render_row(table, table.rows[0])
    'Winkeldiefstal — bron: Politie · 2016: 7 · 2017: 15'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.ingest.structure import DocumentStructure, row_cells

_YEAR = re.compile(r"^(?:19|20)\d\d$")
_MARKUP = re.compile(r"</?[a-z]+>")
COMPARISON_LABEL = "vergelijking"  # fixed phrase for the year columns after a break in the year order


@dataclass(frozen=True)
class TableRow:
    start: int
    end: int
    cells: tuple[str, ...]

    @property
    def label(self) -> str:
        return _MARKUP.sub("", self.cells[0]).strip() if self.cells else ""

    @property
    def is_section(self) -> bool:
        """A row that only names a group of rows ("t.a.v. sociale kwaliteit:")."""
        return bool(self.cells) and not any(c.strip() for c in self.cells[1:])


@dataclass(frozen=True)
class Column:
    index: int
    header: str
    year: int | None
    series: int  # 0 for the first run of years, 1 after the year order breaks


@dataclass(frozen=True)
class Table:
    doc_id: str
    start: int
    end: int
    header: TableRow
    rows: tuple[TableRow, ...]
    caption: str
    heading_path: tuple[str, ...]
    sub_header: tuple[str, ...] = ()  # the cells of a second header row under merged ones ("2021", "2022", …)

    @property
    def columns(self) -> tuple[Column, ...]:
        columns, series, last_year = [], 0, None
        for i, cell in enumerate(self.header.cells):
            text = cell.strip()
            sub = self.sub_header[i].strip() if i < len(self.sub_header) else ""
            year = int(sub or text) if _YEAR.match(sub or text) else None
            if year is not None:
                if last_year is not None and year <= last_year:
                    series += 1
                last_year = year
            columns.append(Column(i, text, year, series if year is not None else 0))
        return tuple(columns)

    @property
    def title(self) -> str:
        return self.caption or (self.heading_path[-1] if self.heading_path else "Tabel")

    def values(self, row: TableRow) -> list[tuple[Column, str]]:
        """(column, value) for the non-empty cells after the row label."""
        out = []
        columns = self.columns
        for i, cell in enumerate(row.cells[1:], start=1):
            value = cell.strip()
            if value and i < len(columns):
                out.append((columns[i], value))
            elif value:
                out.append((Column(i, "", None, 0), value))
        return out


def _cells(line: str) -> tuple[str, ...]:
    return tuple(row_cells(line))


def _line_cells(text: str, row) -> tuple[str, ...]:
    """The cells of a table row's block, read from the whole line: a row that starts with a tab has an empty first
    cell."""
    return _cells(text[text.rfind("\n", 0, row.start) + 1:row.end])


def parse_tables(structure: DocumentStructure) -> list[Table]:
    """Every tab-separated table of a document (tables of contents excluded)."""
    tables = []
    text = structure.text
    for members in structure.groups().values():
        rows = [b for b in members if b.kind == "table_row"]
        if len(rows) < 2:
            continue
        caption = next((text[b.start:b.end] for b in members if b.kind == "caption"), "")
        parsed = [TableRow(b.start, b.end, _line_cells(text, b)) for b in rows]
        header, body, sub = parsed[0], parsed[1:], ()
        valued = [row for row in parsed if sum(1 for c in row.cells if c.strip()) > 1]
        if len(valued) > 1 and all(row.label.endswith(":") for row in valued):  # "Agendapunt:<TAB>9": no header
            header, body = TableRow(-1, -1, ()), parsed
        elif len(parsed) > 2 and _sub_header(parsed[0].cells, parsed[1].cells):
            sub, body = parsed[1].cells, parsed[2:]
            header = TableRow(header.start, header.end, _combined(parsed[0].cells, sub))
        tables.append(Table(structure.doc_id, rows[0].start, members[-1].end, header, tuple(body),
                            caption, rows[0].heading_path, sub))
    return sorted(tables, key=lambda t: t.start)


def header_line(text: str, rows: list) -> str:
    """The header of a table whose rows (blocks, in order) stand in ``text``, as one tab-separated line: the first
    row, or the two rows of a header over merged cells read as one ("Resultaten 2023")."""
    cells = [_line_cells(text, b) for b in rows[:2]]
    if len(rows) > 2 and _sub_header(cells[0], cells[1]):
        return "\t".join(_combined(cells[0], cells[1]))
    return text[rows[0].start:rows[0].end] if rows else ""


def _sub_header(top: tuple[str, ...], below: tuple[str, ...]) -> bool:
    """Whether the row under a header row names the columns under its merged cells: no label of its own (or the
    header's, repeated), no figures but years, and a name for a column the header leaves empty ("Meldingen
    woonoverlast" over 2021, 2022, 2023)."""
    if not below or below[0].strip() not in ("", top[0].strip()):
        return False
    if any(parse_number(c) is not None and not _YEAR.match(c.strip()) for c in below[1:] if c.strip()):
        return False
    return any(c.strip() and (i >= len(top) or not top[i].strip()) for i, c in enumerate(below) if i > 0)


def _combined(top: tuple[str, ...], below: tuple[str, ...]) -> tuple[str, ...]:
    """The header cells of a two-row header: a merged cell's name before each column name under it."""
    out, carried = [], ""
    for i in range(max(len(top), len(below))):
        upper = top[i].strip() if i < len(top) else ""
        lower = below[i].strip() if i < len(below) else ""
        if upper:
            carried = upper
        elif lower:
            upper = carried  # a column the merged cell to its left spans
        else:
            carried = ""
        out.append(f"{upper} {lower}" if upper and lower and upper != lower else upper or lower)
    return tuple(out)


def table_at(tables: list[Table], offset: int) -> tuple[Table, TableRow] | None:
    """The table and row containing a character offset."""
    for table in tables:
        for row in (table.header, *table.rows):
            if row.start <= offset < row.end or offset == row.start:
                return table, row
    return None


def render_row(table: Table, row: TableRow) -> str:
    """A row read back with its headers: 'Label — bron: Politie · 2014: 71 · … · vergelijking 2013: 125'."""
    parts = []
    for column, value in table.values(row):
        if column.year is not None:
            label = f"{COMPARISON_LABEL} {column.header}" if column.series > 0 else column.header
        else:
            label = column.header
        parts.append(f"{label}: {value}" if label else value)
    label = row.label
    if not parts:
        return label
    head, rest = parts[0], parts[1:]
    return f"{label} — {head}" + "".join(f" · {p}" for p in rest) if label else " · ".join(parts)


def series(table: Table, row: TableRow) -> list[tuple[str, int, float]]:
    """Numeric (series name, year, value) points of a row, for charts; non-numbers are skipped."""
    points = []
    for column, value in table.values(row):
        if column.year is None:
            continue
        number = parse_number(value)
        if number is not None:
            name = "reeks" if column.series == 0 else COMPARISON_LABEL
            points.append((name, column.year, number))
    return points


def parse_number(value: str) -> float | None:
    """'7.1' -> 7.1, '12%' -> 12.0, '40 stuks (2017)' -> 40.0, '- 41%' -> 41.0, '-' -> None."""
    m = re.search(r"(\d+(?:[.,]\d+)?)", value)
    if not m:
        return None
    return float(m.group(1).replace(",", "."))
