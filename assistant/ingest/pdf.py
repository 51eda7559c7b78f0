"""PDF files (pypdf): the lines of every page rebuilt into headings, paragraphs, lists and tables.

pypdf gives the text of a page line by line, each run with its position and font.
From that the loader rebuilds what the author wrote in Word:

- the running header and footer (the same line at the same height on many pages, or a
  page number such as "Pagina 3 van 40") are left out, and the offset where each page
  starts is kept, so a citation can say "p. 12";
- a line in a larger or bold font, short and without closing punctuation, is a heading;
- lines are joined into paragraphs while the line spacing stays the same, also across a
  page break, so sentences are whole; a word broken at a line end ("e-" + "bikecursus")
  is joined with its hyphen, except before a conjunction ("hang- en sluitwerk"), and
  without it only where the document itself writes the word whole elsewhere;
- a line that starts with a bullet glyph (Word's Symbol and Wingdings glyphs become
  "•") or a number marker starts a list item, with its depth from its indentation;
- lines whose cells line up in columns on consecutive rows are table rows (cells
  separated by tabs);
- table-of-contents lines (dotted leaders and page numbers) are marked as such: kept out
  of the index, read for the outline.

Every character of the text is a character of pypdf's own text of the page (bullet
glyphs and line breaks aside), so what pypdf extracts can be quoted from the document.
"""

from __future__ import annotations

import io
import math
import re
from collections import Counter
from dataclasses import dataclass, field

from assistant.errors import DocumentError
from assistant.ingest.loaded import Loaded, TextBuilder
from assistant.ingest.structure import BULLET, BULLET_SYMBOLS, DOTTED_TOC

HEADING_SIZE_RATIO = 1.15  # a line this much larger than the body text is a heading
MAX_HEADING_CHARS = 150
PARAGRAPH_GAP_RATIO = 1.3  # a gap this much larger than the usual line spacing ends a paragraph
SHORT_LINE_RATIO = 0.75  # a line ending a sentence this much shorter than a full line ends its paragraph
FURNITURE_BAND = 0.15  # running headers and footers sit in the top or bottom 15% of the page
FURNITURE_SHARE = 0.3  # a line repeated at the same height on this share of the pages (at least 2) is furniture
ALIGN_CHARS = 3  # cell starts within this many characters (layout text) are one column
CONJUNCTIONS = {"en", "of", "tot", "noch", "dan", "als", "maar", "t/m", "&", "en/of", "alsmede", "and", "or"}
PAGE_NUMBER = re.compile(r"^(?:(?:pagina|page|blz\.?|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:van|of|/)\s*\d{1,4})?$",
                          re.I)
_PRIVATE_BULLET = re.compile(r"^[\uf000-\uf0ff]$")
_SYMBOL_FONT = re.compile(r"symbol|wingding|webding|dingbat", re.I)
_MARKER_TEXT = re.compile(rf"^(?:[{BULLET_SYMBOLS}]|\(?\d{{1,2}}[.)]|\(?[a-z][.)])$")
_NUMBER_MARKER = re.compile(r"^\s*\(?(?:\d{1,2}|[a-z])[.)]\s+\S")
_YEARS_LINE = re.compile(r"(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)\d\d)?")  # "2026", "2025-2028" under a title
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass
class _Run:
    text: str
    x: float
    y: float
    size: float
    font: str


@dataclass
class PdfLine:
    """One line of a page as pypdf reads it, with where and how it is printed."""

    page: int
    text: str
    x: float
    y: float
    size: float
    bold: bool
    marker: str = ""  # the bullet or number the line starts with ("•" for a Symbol or Wingdings glyph)
    glyph: str = ""  # the marker as pypdf wrote it
    cells: list[str] = field(default_factory=list)  # the line's cells when it is a table row

    @property
    def clean(self) -> str:
        return self.text.strip()


def _font_name(font_dict) -> str:
    try:
        return str(font_dict.get("/BaseFont", "")) if font_dict is not None else ""
    except (AttributeError, KeyError, TypeError, ValueError):
        return ""


FOOTNOTE_MARK_RATIO = 0.75  # a number printed this much smaller than the word it follows, and raised, is a note mark
_JUSTIFIED_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")  # justified text: pypdf writes the stretched gaps as runs of spaces


def _footnote_mark(before: _Run, run: _Run) -> bool:
    """A footnote reference: a small raised number right after a word ('Veiligheidsmonitor 2023²')."""
    return (bool(re.fullmatch(r"\d{1,3}", run.text)) and before.text[-1:].strip() != ""
            and 0 < run.size <= FOOTNOTE_MARK_RATIO * before.size and run.y >= before.y)


def _page_lines(page, number: int) -> list[PdfLine]:
    """pypdf's lines of one page (the text exactly as ``extract_text`` gives it), with position and font."""
    lines: list[list[_Run]] = [[]]

    def visit(text, cm, tm, font_dict, font_size):
        if not text:
            return
        a = tm[0] * cm[0] + tm[1] * cm[2]
        c, d = tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3]
        x, y = tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        size = abs(font_size * math.hypot(c, d)) or abs(font_size * a) or 0.0
        for i, piece in enumerate(text.split("\n")):
            if i:
                lines.append([])
            if piece:
                lines[-1].append(_Run(piece, x, y, size, _font_name(font_dict)))

    page.extract_text(visitor_text=visit)
    out = []
    for runs in lines:
        runs = [r for i, r in enumerate(runs) if not (i and _footnote_mark(runs[i - 1], r))]
        text = _JUSTIFIED_GAP.sub(" ", "".join(r.text for r in runs))
        visible = [r for r in runs if r.text.strip()]
        if not visible:
            continue
        chars = Counter()
        bold = 0
        for r in visible:
            n = len(r.text.strip())
            chars[round(r.size * 2) / 2] += n
            bold += n if _BOLD_FONT.search(r.font) else 0
        total = sum(chars.values())
        first = visible[0]
        marker, head = "", first.text.strip()
        if len(visible) > 1 and head == "o" and re.search(r"courier", first.font, re.I):
            marker = "◦"  # Word's second-level bullet: a letter o in Courier New
        elif len(visible) > 1 and (_MARKER_TEXT.match(head) or _PRIVATE_BULLET.match(head)
                                   or (len(head) == 1 and _SYMBOL_FONT.search(first.font))):
            marker = "•" if _PRIVATE_BULLET.match(head) or _SYMBOL_FONT.search(first.font) else head
        out.append(PdfLine(number, text, first.x, first.y, chars.most_common(1)[0][0], bold >= 0.8 * total, marker,
                           head if marker else ""))
    return out


# --------------------------------------------------------------------------- running headers and footers

def furniture_key(text: str) -> str:
    """A running header or footer line as it repeats: its page number and other digits left out."""
    return re.sub(r"\d+", "#", " ".join(text.casefold().split()))


def _furniture_key(line: PdfLine) -> str:
    return furniture_key(line.clean)


def remove_furniture(pages: list[list[PdfLine]], heights: list[float]) -> list[list[PdfLine]]:
    """The pages without their running headers, footers and page numbers."""
    def in_band(line: PdfLine) -> bool:
        height = heights[line.page] or 842.0
        return line.y > height * (1 - FURNITURE_BAND) or line.y < height * FURNITURE_BAND

    seen: Counter = Counter()
    for lines in pages:
        keys = {(_furniture_key(l), round(l.y / 4)) for l in lines if in_band(l)}
        seen.update(keys)
    with_text = sum(1 for lines in pages if lines)
    needed = max(2, math.ceil(FURNITURE_SHARE * with_text))
    running = {key for key, count in seen.items() if count >= needed}

    def furniture(line: PdfLine) -> bool:
        if not in_band(line):
            return False
        if PAGE_NUMBER.match(line.clean):
            return True
        key = _furniture_key(line)
        return any((key, round(line.y / 4) + shift) in running for shift in (-1, 0, 1))

    return [[l for l in lines if not furniture(l)] for lines in pages]


# --------------------------------------------------------------------------- tables

@dataclass
class _Row:
    cells: list[tuple[int, int, str]]  # (first column, last column, text) in the layout text


def _cells(layout_line: str) -> list[tuple[int, int, str]]:
    """The cells of a layout-mode line: runs of text separated by four spaces or more."""
    return [(m.start(), m.end(), " ".join(m.group(0).split())) for m in re.finditer(r"\S+(?: {1,3}\S+)*", layout_line)]


def _aligned(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    return abs(a[0] - b[0]) <= ALIGN_CHARS or abs(a[1] - b[1]) <= ALIGN_CHARS


def _table_rows(layout: str, plain: str, furniture: frozenset[str] | set[str] = frozenset()) -> list[list[_Row]]:
    """Tables in a page's layout text: two or more rows whose cells line up in columns.

    A shorter line below a row is either the rest of cells that wrap onto a second line
    (pypdf's plain text then reads each such cell on in one go) or a row of its own with
    empty cells, such as a row that only names a group of rows. A running header or footer
    line (``furniture``) ends a table and starts none.
    """
    tables: list[list[_Row]] = []
    current: list[_Row] = []
    for raw in layout.split("\n"):
        cells = _cells(raw)
        if not cells:
            continue
        if _squeezed(raw) in furniture:
            if _is_table(current):
                tables.append(current)
            current = []
            continue
        previous = current[-1].cells if current else None
        bullet = bool(_MARKER_TEXT.match(cells[0][2]) or _PRIVATE_BULLET.match(cells[0][2]))
        if (previous and len(cells) == len(previous) and not bullet
                and (all(_aligned(x, y) for x, y in zip(cells[1:], previous[1:]))
                     or (len(current) == 1 and _heads_columns(previous, cells)))):
            current.append(_Row(cells))
            continue
        if previous and len(cells) < len(previous) and not bullet:
            if _inside_columns(cells, previous) and _wraps(cells, current[-1], plain):
                row = current[-1]
                for start, end, text in cells:
                    column = max(i for i, c in enumerate(row.cells) if c[0] <= start + ALIGN_CHARS)
                    first, last, old = row.cells[column]
                    row.cells[column] = (first, max(last, end), f"{old} {text}")
                continue
            fitted = _with_empty_cells(cells, previous)
            if fitted:
                current.append(_Row(fitted))
                continue
        if _is_table(current):
            tables.append(current)
        current = [_Row(cells)] if len(cells) >= 2 and not bullet else []
    if _is_table(current):
        tables.append(current)
    return tables


def _heads_columns(header: list[tuple[int, int, str]], row: list[tuple[int, int, str]]) -> bool:
    """Whether a line of as many cells heads the row below it: a header is centred or left-aligned over numbers set
    to the right ("2020" over "2.912"), so each of its cells is nearer its own column than any other."""
    def centre(cell: tuple[int, int, str]) -> float:
        return (cell[0] + cell[1]) / 2

    if len(header) < 3 or not _aligned(header[0], row[0]):
        return False
    for i, cell in enumerate(header):
        own = abs(centre(cell) - centre(row[i]))
        if any(abs(centre(cell) - centre(row[j])) <= own for j in (i - 1, i + 1) if 0 <= j < len(row)):
            return False
    return True


def _is_table(rows: list[_Row]) -> bool:
    """Two or more rows with two or more filled cells: one line of two cells (a running header, title left and
    page number right) with the text below it read as its wraps is none."""
    return sum(1 for row in rows if sum(1 for cell in row.cells if cell[2]) >= 2) >= 2


def _wraps(cells: list[tuple[int, int, str]], row: _Row, plain: str) -> bool:
    """Whether each cell continues the cell above it: pypdf reads the two one after the other."""
    for start, _, text in cells:
        column = max(i for i, c in enumerate(row.cells) if c[0] <= start + ALIGN_CHARS)
        if _squeezed(row.cells[column][2] + text) not in plain:
            return False
    return True


def _with_empty_cells(cells: list[tuple[int, int, str]], columns: list[tuple[int, int, str]]):
    """A row with empty cells: the first in the first column, each further one lined up with a later column in
    order (a single cell: a row naming a group of rows). It is returned with an empty cell for every column it
    leaves out."""
    if not _aligned(cells[0], columns[0]):
        return None
    if len(cells) == 1 and (len(columns) < 2 or cells[0][1] >= columns[1][0]):
        return None  # a row naming a group of rows stays inside the first column
    out, at = [cells[0]], 1
    for cell in cells[1:]:
        while at < len(columns) and not _aligned(cell, columns[at]):
            out.append((columns[at][0], columns[at][0], ""))
            at += 1
        if at >= len(columns):
            return None
        out.append(cell)
        at += 1
    out += [(c[0], c[0], "") for c in columns[at:]]
    return out if len(out) == len(columns) else None


def _inside_columns(cells: list[tuple[int, int, str]], columns: list[tuple[int, int, str]]) -> bool:
    """Every cell starts at a column of the row above and ends before the next column begins."""
    starts = [c[0] for c in columns]
    for start, end, _ in cells:
        at = [i for i, s in enumerate(starts) if abs(s - start) <= ALIGN_CHARS]
        if not at or (at[0] + 1 < len(starts) and end >= starts[at[0] + 1]):
            return False
    return True


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def find_tables(page, lines: list[PdfLine], furniture: frozenset[str] | set[str] = frozenset()) -> list[PdfLine]:
    """The page's lines with every table replaced by its rows (one ``PdfLine`` per row, with ``cells``).

    Tables are found in pypdf's layout text (where columns line up) and matched back to the
    run of plain lines that holds exactly the same characters, so the rows keep pypdf's text.
    ``furniture`` holds the (squeezed) running header and footer lines left out of ``lines``: such a
    line ("Programma 2026 – Gemeente X      pagina 3 van 13") is no row, also when it has two cells.
    """
    if sum(1 for l in lines if re.search(r"\S\s+\S", l.clean)) < 2:
        return lines
    from pypdf.errors import PyPdfError

    plain = "".join(_squeezed(l.text) for l in lines)
    try:
        layout = page.extract_text(extraction_mode="layout", layout_mode_space_vertically=False)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, ZeroDivisionError):
        return lines  # a page pypdf cannot lay out keeps its lines; only its tables are not recognised
    tables = _table_rows(layout, plain, furniture)
    for rows in tables:
        target = "".join(_squeezed(text) for row in rows for _, _, text in row.cells)
        for i in range(len(lines)):
            joined, j = "", i
            while j < len(lines) and len(joined) < len(target):
                joined += _squeezed(lines[j].text)
                j += 1
            if joined == target:
                first = lines[i]
                replaced = [PdfLine(first.page, "\t".join(t for _, _, t in row.cells), first.x, first.y, first.size,
                                    first.bold, cells=[t for _, _, t in row.cells]) for row in rows]
                lines = lines[:i] + replaced + lines[j:]
                break
    return lines


# --------------------------------------------------------------------------- assembling

def join_lines(previous: str, following: str, words: set[str]) -> str:
    """Two lines of one paragraph as one text, a hyphenated line end joined with care.

    >>> join_lines("met de e-", "bikecursus", set()), join_lines("het hang-", "en sluitwerk", set())
    ('met de e-bikecursus', 'het hang- en sluitwerk')
    >>> join_lines("de veilig-", "heid van", {"veiligheid"}), join_lines("een zin ", "en nog een", set())
    ('de veiligheid van', 'een zin en nog een')
    >>> join_lines("het Vervoersplan 2023-", "2030.", set())
    'het Vervoersplan 2023-2030.'
    """
    left, right = previous.rstrip(), following.lstrip()
    if left.endswith("\u00ad"):
        return left[:-1] + right
    if re.search(r"\b(?:19|20)\d\d\s?[-–]$", left) and re.match(r"(?:19|20)\d\d\b", right):
        return left.rstrip(" -–") + left[-1] + right  # a period broken after its dash: "2023-" / "2030"
    if left.endswith("-") and len(left) > 1 and left[-2].isalpha() and right[:1].isalpha() and right[:1].islower():
        next_word = right.split()[0].rstrip(",.;:")
        if next_word.casefold() in CONJUNCTIONS:
            return left + " " + right
        heads, tails = _WORD.findall(left), _WORD.findall(right)
        head, tail = (heads[-1] if heads else ""), (tails[0] if tails else "")
        if (head + tail).casefold() in words and f"{head}-{tail}".casefold() not in words:
            return left[:-1] + right
        return left + right
    return left + " " + right


@dataclass
class _Style:
    body_size: float
    spacing: float  # usual distance between two lines of body text
    full_line: int  # characters on a full line of body text


def _style(pages: list[list[PdfLine]]) -> _Style:
    sizes: Counter = Counter()
    for lines in pages:
        for l in lines:
            sizes[l.size] += len(l.clean)
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    gaps: Counter = Counter()
    lengths = []
    for lines in pages:
        for a, b in zip(lines, lines[1:]):
            if a.size == body == b.size:
                gap = round((a.y - b.y) * 2) / 2
                if 0.8 * body <= gap <= 2.5 * body:
                    gaps[gap] += 1
        lengths += [len(l.clean) for l in lines if l.size == body and not l.cells]
    spacing = gaps.most_common(1)[0][0] if gaps else 1.2 * body
    lengths.sort()
    full = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 80
    return _Style(body, spacing, full)


class _Assembler:
    """Lines to blocks, written into a ``TextBuilder`` with page starts."""

    def __init__(self, pages: list[list[PdfLine]], style: _Style, words: set[str]):
        self.pages = pages
        self.style = style
        self.words = words
        self.builder = TextBuilder()
        self.paragraph: list[PdfLine] = []
        self.item: list[PdfLine] = []
        self.item_depth = 1
        self.markers: list[float] = []  # x of the markers of the list being written
        self.heading: list[PdfLine] = []
        self.page_starts: dict[int, tuple[list[PdfLine], int]] = {}
        self.starts: list[int | None] = [None] * len(pages)

    # -- kinds
    def is_heading(self, line: PdfLine) -> bool:
        text = line.clean
        bullet = line.marker and not line.marker[0].isalnum() and not line.marker.startswith("(")
        if line.cells or bullet or len(text) > MAX_HEADING_CHARS or text[-1:] in ".,;" or DOTTED_TOC.match(text):
            return False
        if not re.search(r"[^\W\d_]", text):
            return False
        return line.size >= self.style.body_size * HEADING_SIZE_RATIO or (line.bold and len(text) <= MAX_HEADING_CHARS)

    def gap_breaks(self, a: PdfLine, b: PdfLine) -> bool:
        if a.page != b.page:
            return False
        scale = max(a.size, b.size) / self.style.body_size
        gap = a.y - b.y
        return gap < 0 or gap > PARAGRAPH_GAP_RATIO * self.style.spacing * scale

    # -- writing
    def _text(self, lines: list[PdfLine], first_text: str | None = None) -> tuple[str, list[tuple[int, int]]]:
        """The lines joined, and (page, offset in the text) where a line opens a new page."""
        text = first_text if first_text is not None else lines[0].clean
        breaks = []
        for previous, line in zip(lines, lines[1:]):
            if line.page != previous.page:
                joined = join_lines(text, line.clean, self.words)
                breaks.append((line.page, len(joined) - len(line.clean.lstrip())))
                text = joined
            else:
                text = join_lines(text, line.clean, self.words)
        return text, breaks

    def _note_pages(self, start: int | None, lines: list[PdfLine], breaks: list[tuple[int, int]]) -> None:
        if start is None:
            return
        if self.starts[lines[0].page] is None:
            self.starts[lines[0].page] = start
        for page, offset in breaks:
            if self.starts[page] is None:
                self.starts[page] = start + offset

    def flush(self) -> None:
        if self.heading:
            text, breaks = self._text(self.heading)
            self._note_pages(self.builder.heading(text), self.heading, breaks)
            self.heading = []
        if self.paragraph:
            text, breaks = self._text(self.paragraph)
            self._note_pages(self.builder.paragraph(text), self.paragraph, breaks)
            self.paragraph = []
        if self.item:
            first = self.item[0]
            head = first.clean
            if first.glyph and first.marker != first.glyph and head.startswith(first.glyph):
                head = first.marker + head[len(first.glyph):]
            text, breaks = self._text(self.item, head)
            self._note_pages(self.builder.item(text, self.item_depth), self.item, breaks)
            self.item = []

    def end_list(self) -> None:
        self.flush()
        self.markers = []
        self.builder.end_run()

    def _depth(self, x: float) -> int:
        for i, known in enumerate(self.markers):
            if abs(known - x) <= 3:
                return i + 1
        self.markers = sorted([*self.markers, x])
        return self.markers.index(x) + 1

    def run(self) -> Loaded:
        previous: PdfLine | None = None
        for lines in self.pages:
            for line in lines:
                self.add(line, previous)
                previous = line
        self.end_list()
        starts = list(self.starts)
        for i in range(len(starts) - 1, -1, -1):  # a page without text starts where the next text does
            if starts[i] is None:
                starts[i] = starts[i + 1] if i + 1 < len(starts) else self.builder.length
        last = 0
        for start in starts:
            last = max(last, start)
            self.builder.page(last)
        return self.builder.build()

    def add(self, line: PdfLine, previous: PdfLine | None) -> None:
        text = line.clean
        if DOTTED_TOC.match(text):
            if not (previous is not None and DOTTED_TOC.match(previous.clean)):
                self.end_list()
            m = DOTTED_TOC.match(text)
            self._note_pages(self.builder.row([m.group("title").rstrip(" ."), m.group("page")], contents=True), [line], [])
            return
        if line.cells:
            if not (previous is not None and previous.cells and not self.paragraph and not self.item):
                self.end_list()
            self._note_pages(self.builder.row(line.cells), [line], [])
            return
        if previous is not None and previous.cells:
            self.builder.end_run()
        if self.is_heading(line) or self._year_of_heading(line):
            if not self.heading:
                self.end_list()
            elif not self._continues_heading(self.heading[-1], line):
                self.flush()
            self.heading.append(line)
            return
        if self.heading:
            self.flush()
        if line.marker or _NUMBER_MARKER.match(text) or BULLET.match(text):
            self.flush()
            if not self.markers:
                self.builder.end_run()  # a new list
            self.item = [line]
            self.item_depth = self._depth(line.x)
            return
        if self.item:
            # indented below its marker, or wrapped to the margin after a full line that breaks off mid-sentence
            # ("a) brandveiligheid, …: die worden geregeld in het regionaal" / "beleidsplan van de …;")
            if ((line.x > self.item[0].x + 3 or self._runs_on(self.item[-1], line))
                    and not self.gap_breaks(self.item[-1], line)):
                self.item.append(line)
                return
            self.end_list()
        if self.paragraph and self._continues_paragraph(self.paragraph[-1], line):
            self.paragraph.append(line)
            return
        self.flush()
        self.paragraph = [line]

    def _year_of_heading(self, line: PdfLine) -> bool:
        """A line of digits set as the heading above it: the rest of a title ("Uitvoeringsprogramma Veiligheid" /
        "2026")."""
        return (bool(self.heading) and not line.cells and bool(_YEARS_LINE.fullmatch(line.clean))
                and self._continues_heading(self.heading[-1], line))

    def _continues_heading(self, last: PdfLine, line: PdfLine) -> bool:
        return last.page == line.page and _same_font(last, line) and 0 < last.y - line.y <= 1.6 * line.size

    def _runs_on(self, last: PdfLine, line: PdfLine) -> bool:
        """Whether ``line`` is the rest of a full line that breaks off mid-sentence, in the same font."""
        return (last.page == line.page and _same_font(last, line)
                and len(last.clean) >= SHORT_LINE_RATIO * self.style.full_line and not re.search(r"[.!?:;]$", last.clean))

    def _continues_paragraph(self, last: PdfLine, line: PdfLine) -> bool:
        if not _same_font(last, line):
            return False
        if last.page != line.page:
            return not re.search(r"[.!?:;]$", last.clean)
        if self.gap_breaks(last, line):
            return False
        short = len(last.clean) < SHORT_LINE_RATIO * self.style.full_line
        return not (short and re.search(r"[.!?:]$", last.clean))


def _same_font(a: PdfLine, b: PdfLine) -> bool:
    return abs(a.size - b.size) < 0.5 and a.bold == b.bold


def _open(data: bytes, name: str):
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

    if b"%PDF" not in data[:1024]:  # the header may follow some bytes of junk, as readers allow
        raise DocumentError(f"{name} is not a PDF file", f"‘{name}’ is geen geldig PDF-bestand.")
    if b"%%EOF" not in data[-2048:]:
        raise DocumentError(f"{name} is a damaged PDF: it is incomplete, its end is missing (a broken download?)",
                            f"‘{name}’ is een beschadigd PDF-bestand: het is onvolledig, het einde ontbreekt "
                            "(afgebroken download?).")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")  # a PDF that only restricts copying or printing opens without a password
            except (DependencyError, NotImplementedError) as exc:
                raise DocumentError(f"{name} is encrypted in a way that cannot be read ({exc})",
                                    f"‘{name}’ is versleuteld en kan niet worden gelezen.") from exc
            if not opened:
                raise DocumentError(f"{name} is password protected",
                                    f"‘{name}’ is beveiligd met een wachtwoord en kan niet worden gelezen.")
        _ = len(reader.pages)
        return reader
    except DocumentError:
        raise
    except (FileNotDecryptedError, PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError,
            RecursionError, IndexError) as exc:
        raise DocumentError(f"{name} is a damaged PDF ({exc})",
                            f"‘{name}’ is een beschadigd PDF-bestand en kan niet worden gelezen.") from exc


def read_pdf(data: bytes, name: str) -> Loaded:
    from pypdf.errors import PdfReadError, PyPdfError

    reader = _open(data, name)
    pages: list[list[PdfLine]] = []
    heights: list[float] = []
    try:
        read = [_page_lines(page, number) for number, page in enumerate(reader.pages)]
        heights = [float(page.mediabox.height) for page in reader.pages]
        content = remove_furniture(read, heights)  # first: a running header is no row of a table
        for page, lines, kept in zip(reader.pages, read, content):
            furniture = {_squeezed(l.text) for l in lines} - {_squeezed(l.text) for l in kept}
            pages.append(find_tables(page, kept, furniture))
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError, IndexError,
            ZeroDivisionError) as exc:
        raise DocumentError(f"{name} is a damaged PDF ({exc})",
                            f"‘{name}’ is een beschadigd PDF-bestand en kan niet worden gelezen.") from exc
    if not any(l.clean for lines in pages for l in lines):
        raise DocumentError(f"{name} contains no text (no text layer, probably a scan); OCR is needed",
                            f"‘{name}’ bevat geen tekst; OCR is nodig (er is geen leesbare tekst gevonden, "
                            "waarschijnlijk is het een scan).")
    words = {w.casefold() for lines in pages for l in lines for w in _WORD.findall(l.text)}
    loaded = _Assembler(pages, _style(pages), words).run()
    title = ""
    try:
        title = str((reader.metadata or {}).get("/Title") or "").strip()
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError):
        pass
    return Loaded(loaded.text, loaded.marks, loaded.pages, title)
