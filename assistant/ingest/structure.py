"""The section tree of a document, read from its lines.

Policy plans arrive as plain text exported from Word or overheid.nl. Their
structure is in the layout: numbered headings (``2.1.3 Jeugd en veiligheid``),
bare heading lines (``Politiepost``), label headings that introduce a list
(``Ambities:``, ``Wat gaan we dan bijvoorbeeld doen?``), bulleted, numbered,
lettered and nested lists (also the overheid.nl layout where a marker line
``• a.`` is followed by the item text on the next, indented line, and Word's text
export, which puts a tab after a bullet or a heading number and writes a run-in
label such as ``Aanpak`` right above its list), tables of contents and
tab-separated statistics tables. Formats that know their own
structure (Word styles, HTML tags, PDF fonts) say so with ``Mark``s: a marked
line is what its mark says, and only the rest is read from the layout.
``parse`` turns a document into ``Block``s with character offsets and the
heading path in force at each block; chunking, answering and the document
reader build on that.

    >>> from assistant.ingest.documents import Document, DocumentMetadata
    >>> doc = Document("x", "Ondermijning\\n\\nAmbities:\\n\\n  • Minder drugs\\n", DocumentMetadata("X", "Plan"))
    >>> [(str(b.kind), b.heading_path) for b in parse(doc).blocks]
    [('heading', ('Ondermijning',)), ('heading', ('Ondermijning', 'Ambities')), ('list_item', ('Ondermijning', 'Ambities'))]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cached_property
from typing import Protocol

# Bullet glyphs, including the private-use ones Word's Symbol and Wingdings fonts leave in exported text.
BULLET_SYMBOLS = "•·▪◦●○■□➢►✓\\-–—*+\uf0b7\uf0a7\uf0d8\uf076\uf0fc"
# A list item: bullet symbols, "1." / "1)" / "a." / "a)" / "- a." markers.
BULLET = re.compile(rf"^[ \t]*(?:[{BULLET_SYMBOLS}](?=\s)|\(?\d{{1,2}}[.)](?=\s)|\(?[a-z][.)](?=\s))\s*")
# The label of a list marker: "1.", "1)", "(a)", "a.", "1.1", "1.2.3.", "iv."
MARKER_LABEL = r"\(?(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)]|[a-zA-Z][.)]|[ivxIVX]{2,4}[.)])"
# A line that is only a list marker ("• 1.", "• a.", "–"): the item text follows on the next line.
MARKER_LINE = re.compile(rf"^[ \t]*(?:[{BULLET_SYMBOLS}][ \t]*{MARKER_LABEL}?|{MARKER_LABEL})[ \t]*$")
_ITEM_MARKER = re.compile(rf"^[ \t]*(?:(?P<bullet>[{BULLET_SYMBOLS}])(?=\s|$))?[ \t]*(?:(?P<label>{MARKER_LABEL})(?=\s|$))?")
_DEEP_ITEM = re.compile(r"^[ \t]*\d{1,2}(?:\.\d{1,2})+\.?[ \t]+\S")
# A table-of-contents line with a dotted leader: "2.1 Veiligheidsanalyse ........ 12".
DOTTED_TOC = re.compile(r"^\s*(?P<title>\S.*?)\s*(?:\.{4,}|…{2,}|(?:\. ){4,})\s*(?P<page>\d{1,3})\s*$")
NUMBERED_DEEP = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})+)\.?\s+(\S.*)$")
NUMBERED_TOP = re.compile(r"^\s*(\d{1,2})[.)]?\s+([A-Z(‘'\"].*)$")
# "Hoofdstuk 3 Prioriteiten", "Bijlage 1 Begrippen": a chapter (or an annex beside them) by the word before its number
CHAPTER_WORD = re.compile(r"^\s*(?:hoofdstuk|hfdst\.|bijlage|deel)\s+(\d{1,2}|[IVX]{1,4}|[A-Z])\b[.:]?\s*(\S.*)?$", re.I)
MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
CAPTION = re.compile(r"^\s*(Tabel|Figuur|Grafiek|Bron)\b\s*\d*\s*[:.]?", re.I)
RULE_LINE = re.compile(r"^[ \t]*([-*_=])(?:[ \t]*\1){2,}[ \t]*$")
# A Markdown table row ("| Indicator | 2023 |") and the rule under its header ("|---|:--:|"): the rule is no row.
PIPE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
PIPE_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?$")
TOC_ROW = re.compile(r"^.*\S.*\t\s*\d{1,3}\s*$")
# A line whose only tab follows its marker, as Word's text export writes bullets and numbered headings
# ("•<TAB>Burgernet wordt …", "4.1<TAB>Woninginbraak"): a list item or heading, not a two-cell table row.
MARKER_TAB = re.compile(rf"^[ \t]*(?:[{BULLET_SYMBOLS}]|\(?\d{{1,2}}(?:\.\d{{1,2}})*[.)]?|{MARKER_LABEL})\t+"
                        r"[^\t]*[^\W\d_][^\t]*$")

MAX_HEADING_CHARS = 120
MAX_LABEL_WORDS = 5
# A run-in label: a line of at most this many words right above the list or text it introduces ("Aanpak").
MAX_RUN_IN_LABEL_WORDS = 3
# The text line under a run-in label is a sentence of at least this many words.
MIN_RUN_IN_TEXT_WORDS = 8
# A line that opens with a pronoun or a demonstrative starts a sentence ("We willen", "Dit zijn"), not a label.
_SENTENCE_START = re.compile(r"(?:we|wij|ik|u|jij|zij|ze|hij|dit|dat|deze|die|er|hier|daar)\b", re.I)
MAX_QUESTION_HEADING_WORDS = 12
TAB_COLUMNS = 8  # a tab at the start of a line sets it in as far as this many spaces


class BlockKind(StrEnum):
    """What a block of the layout is."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_ROW = "table_row"
    CAPTION = "caption"
    TOC = "toc"  # a row of a table of contents: never indexed, never an answer


class UnitKind(StrEnum):
    """What an answer unit (a ``Span``) is: a sentence, a whole list item, a table row or a heading."""

    SENTENCE = "sentence"
    LIST_ITEM = "list_item"
    TABLE_ROW = "table_row"
    HEADING = "heading"


@dataclass(frozen=True)
class Mark:
    """What a loader knows about a span of its text: a heading, list item, table row or contents line.

    Word styles, HTML tags and PDF fonts say what a line is; the parser takes a marked
    line for what its mark says. ``level`` is a heading's level (0: let the parser
    decide, from numbering and nesting) or a list item's depth (1 = top level).
    """

    kind: BlockKind
    start: int
    end: int
    level: int = 0

    def to_record(self) -> list:
        return [str(self.kind), self.start, self.end, self.level]

    @classmethod
    def from_record(cls, record: list) -> "Mark":
        kind, start, end, level = record
        return cls(BlockKind(kind), int(start), int(end), int(level))


class Text(Protocol):
    """What the parser reads of a document (``assistant.ingest.documents.Document`` is one)."""

    doc_id: str
    text: str
    excluded: tuple[tuple[int, int], ...]
    marks: tuple[Mark, ...]


@dataclass(frozen=True)
class Block:
    """A contiguous span of the document: one heading, paragraph, list item or table row."""

    kind: BlockKind
    start: int
    end: int
    heading_path: tuple[str, ...]
    level: int = 0  # heading level; for a list item its depth (1 = top level, 2 = nested in the item above, …)
    group: int = -1  # list/table group id; a lead-in paragraph shares its list's group (nested items too)
    lead_in: bool = False  # introduces the list: the paragraph before it, or an item ending in ':' over nested items


@dataclass(frozen=True)
class Section:
    title: str
    level: int
    start: int  # offset of the heading line
    end: int  # offset where the next heading of the same or a higher level starts
    heading_path: tuple[str, ...]


@dataclass(frozen=True)
class Span:
    """A sentence-like unit for extractive answers: a sentence, a list item or a table row."""

    start: int
    end: int
    kind: UnitKind
    block: int  # index of the block it belongs to


@dataclass(frozen=True)
class DocumentStructure:
    doc_id: str
    text: str
    blocks: tuple[Block, ...]

    @cached_property
    def _starts(self) -> list[int]:
        return [b.start for b in self.blocks]

    def block_at(self, offset: int) -> Block | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        return self.blocks[i] if i >= 0 else None

    def heading_path_at(self, offset: int) -> tuple[str, ...]:
        block = self.block_at(offset)
        return block.heading_path if block else ()

    @cached_property
    def sections(self) -> tuple[Section, ...]:
        """The outline: every heading with the span it governs."""
        headings = [b for b in self.blocks if b.kind == BlockKind.HEADING]
        end_of_text = len(self.text)
        sections = []
        for i, h in enumerate(headings):
            end = end_of_text
            for later in headings[i + 1:]:
                if later.level <= h.level:
                    end = later.start
                    break
            sections.append(Section(h.heading_path[-1], h.level, h.start, end, h.heading_path))
        return tuple(sections)

    def section_at(self, offset: int) -> Section | None:
        """The deepest section containing ``offset``."""
        best = None
        for section in self.sections:
            if section.start <= offset < max(section.end, section.start + 1):
                if best is None or section.level >= best.level:
                    best = section
        return best

    @cached_property
    def spans(self) -> tuple[Span, ...]:
        """Sentences of paragraphs, whole list items and table rows, in document order."""
        spans: list[Span] = []
        for i, block in enumerate(self.blocks):
            if block.kind == BlockKind.TOC:
                continue
            if block.kind == BlockKind.CAPTION:
                spans.append(Span(block.start, block.end, UnitKind.SENTENCE, i))
                continue
            if block.kind in (BlockKind.TABLE_ROW, BlockKind.HEADING):
                spans.append(Span(block.start, block.end, UnitKind(block.kind), i))
                continue
            if block.kind == BlockKind.LIST_ITEM and block.end - block.start <= LIST_ITEM_AS_ONE:
                spans.append(Span(block.start, block.end, UnitKind.LIST_ITEM, i))
                continue
            kind = UnitKind.LIST_ITEM if block.kind == BlockKind.LIST_ITEM else UnitKind.SENTENCE
            for start, end in split_sentences(self.text, block.start, block.end):
                spans.append(Span(start, end, kind, i))
        return tuple(spans)

    def groups(self) -> dict[int, list[Block]]:
        out: dict[int, list[Block]] = {}
        for b in self.blocks:
            if b.group >= 0:
                out.setdefault(b.group, []).append(b)
        return out

    def parent_item(self, item: Block) -> Block | None:
        """The list item ``item`` is nested in ("Lokale driehoek" over "zes keer per jaar"), or None for a
        top-level item or another block."""
        if item.kind != BlockKind.LIST_ITEM or item.level <= 1:
            return None
        i = bisect.bisect_right(self._starts, item.start) - 1
        for j in range(i - 1, -1, -1):
            block = self.blocks[j]
            if block.group != item.group or block.kind != BlockKind.LIST_ITEM:
                return None
            if block.level < item.level:
                return block
        return None

    def items_under(self, item: Block) -> list[Block]:
        """The list items nested in ``item`` (deeper items that follow it, up to the next sibling)."""
        i = self.blocks.index(item)
        out = []
        for block in self.blocks[i + 1:]:
            if block.group != item.group or block.kind != BlockKind.LIST_ITEM or block.level <= item.level:
                break
            out.append(block)
        return out

    @cached_property
    def contents(self) -> tuple[tuple[str, int], ...]:
        """The table of contents as (title, page) entries, in order (empty when the plan has none)."""
        out = []
        for b in self.blocks:
            if b.kind == BlockKind.TOC:
                entry = toc_entry(self.text[b.start:b.end])
                if entry:
                    out.append(entry)
        return tuple(out)


# --------------------------------------------------------------------------- sentences

_ABBREVIATIONS = {
    "o.a", "t.o.v", "d.w.z", "bv", "bijv", "etc", "a.d.h.v", "incl", "excl", "nr", "ca", "m.b.t", "i.v.m",
    "t.a.v", "e.d", "enz", "bgm", "mr", "dhr", "mevr", "jl", "jr", "n.b", "art", "z.s.m", "o.b.v", "m.u.v",
    "i.s.m", "t/m", "vs", "resp", "evt", "ong", "blz", "p", "pag", "min", "max", "c.q", "e.a", "m.n", "a.s",
    "t.b.v", "i.o.m", "mln", "mld", "st", "drs", "ir", "prof", "dr", "ing", "wo", "hbo", "mbo",
}
_MARKER_ONLY = re.compile(r"(?:[•·▪◦●○■□➢►✓\-–—*+]\s*)?\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-zA-Z]|[ivxIVX]{1,4})")
LIST_ITEM_AS_ONE = 300  # a list item up to this length is one answer unit, however many sentences it has
# A sentence ends at its mark, with a footnote reference glued to it after a word ("… uitvoeren.1 Verkeersveiligheid
# …"; not "3.1 Seizoensdrukte") and closing quotes or brackets, before the capital or digit that opens the next.
_SENTENCE_END = re.compile(r"([.!?]+(?:(?<=[^\W\d_][.!?])\d{1,2}(?=\s))?)([\"'”’)]*)(\s+)"
                           r"(?=[\"'‘“(]?[A-Z0-9ÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜ•\-–])")


QUOTE_REACH = 80  # a mark inside a quotation ends no sentence when the quotation closes within this many characters
_QUOTES = (("‘", "’"), ("“", "”"))


def _inside_quotation(segment: str, cursor: int, at: int) -> bool:
    """Whether position ``at`` lies inside a quotation opened since ``cursor`` that closes soon after: the title
    "het programma ‘Mes? Zeker niet!’" is part of its sentence. (A straight double quote opens as often as it
    closes, so an odd number of them is an open one.)"""
    before = segment[cursor:at]
    for opening, closing in _QUOTES:
        if before.count(opening) > before.count(closing) and closing in segment[at:at + QUOTE_REACH]:
            return True
    return before.count('"') % 2 == 1 and '"' in segment[at:at + QUOTE_REACH]


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` (Dutch rules: abbreviations and the marks of a quoted title do not end
    a sentence).

    >>> text = "Scholen geven het programma ‘Mes? Zeker niet!’. Ouders krijgen voorlichting."
    >>> [text[a:b] for a, b in split_sentences(text, 0, len(text))]
    ['Scholen geven het programma ‘Mes? Zeker niet!’.', 'Ouders krijgen voorlichting.']
    """
    segment = text[start:end]
    spans = []
    cursor = 0
    for m in _SENTENCE_END.finditer(segment):
        before = segment[cursor:m.start()]
        word = re.split(r"\s", before)[-1].lower().rstrip(".").lstrip("(‘'\"“[") if before else ""
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
            continue
        if _MARKER_ONLY.fullmatch(before.strip()):  # "1. Woninginbraken", "- a. Bewustwording": a list marker
            continue
        if _inside_quotation(segment, cursor, m.start() + len(m.group(1)) + len(m.group(2))):
            continue
        sentence_end = m.start() + len(m.group(1)) + len(m.group(2))
        spans.append((cursor, sentence_end))
        cursor = m.end()
    spans.append((cursor, len(segment)))
    result = []
    for a, b in spans:
        piece = segment[a:b]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if piece.strip():
            result.append((start + a + lead, start + b - trail))
    return result


# --------------------------------------------------------------------------- lines

@dataclass
class _Line:
    start: int
    end: int  # without the newline
    raw: str

    @property
    def text(self) -> str:
        return self.raw.strip()

    @property
    def blank(self) -> bool:
        """Empty, or only a rule ("---", "***", "_____"): a Markdown thematic break or a text export's separator."""
        return not self.raw.strip() or bool(RULE_LINE.match(self.raw))


def _lines(text: str) -> list[_Line]:
    lines, offset = [], 0
    for raw in text.split("\n"):
        lines.append(_Line(offset, offset + len(raw), raw))
        offset += len(raw) + 1
    return lines


def _trimmed(line: _Line) -> tuple[int, int]:
    lead = len(line.raw) - len(line.raw.lstrip())
    trail = len(line.raw) - len(line.raw.rstrip())
    return line.start + lead, line.end - trail


def _has_cells(line: _Line) -> bool:
    return ("\t" in line.raw.strip(" \u00a0") and bool(line.text)) or bool(PIPE_ROW.match(line.raw))


def row_cells(text: str) -> list[str]:
    """The cells of a table row: tab-separated, or between the pipes of a Markdown row ("| a | b |").

    >>> row_cells("Woninginbraak\\tPolitie\\t12"), row_cells("| Inwoners | 38.420 | 21.690 |")
    (['Woninginbraak', 'Politie', '12'], ['Inwoners', '38.420', '21.690'])
    """
    if PIPE_ROW.match(text):
        return [cell.strip() for cell in text.strip().strip("|").split("|")]
    return [cell.strip() for cell in text.split("\t")]


def _is_table_row(line: _Line) -> bool:
    """A line of tab-separated cells, not a marker and its text ("•<TAB>…", "4.1<TAB>Woninginbraak").
    (A marker line between table rows is a row after all: see ``_Layout.tabbed``.)"""
    return _has_cells(line) and not MARKER_TAB.match(line.raw)


def _is_list_item(line: _Line) -> bool:
    return bool(BULLET.match(line.raw)) and len(line.text) > 2


def _fold_title(title: str) -> str:
    return " ".join(title.casefold().split()).rstrip(" .:")


def toc_entry(line: str) -> tuple[str, int] | None:
    """A table-of-contents line as (title, page): dotted leader or 'title<TAB>page'.

    >>> toc_entry("2.1 Veiligheidsanalyse ........ 12"), toc_entry("7. Tot slot.....\\t27")
    (('2.1 Veiligheidsanalyse', 12), ('7. Tot slot', 27))
    """
    m = DOTTED_TOC.match(line)
    if m:
        return m.group("title").strip(" .\t"), int(m.group("page"))
    cells = [c.strip() for c in line.split("\t") if c.strip()]
    if len(cells) == 2 and cells[1].isdigit() and re.search(r"[^\W\d_]", cells[0]):
        return cells[0].rstrip(" ."), int(cells[1])
    return None


def _is_toc(rows: list[str]) -> bool:
    """A table of contents: (nearly) all rows are 'title<TAB>page' with the pages in order.

    A statistics table whose last column happens to be a small number has more
    than two cells per row, or numbers that go down: it must not be mistaken for one.
    """
    pages = []
    for row in rows:
        cells = [c.strip() for c in row.split("\t") if c.strip()]
        if TOC_ROW.match(row) and len(cells) == 2 and re.search(r"[^\W\d_]", cells[0]):
            pages.append(int(cells[1]))
    return len(pages) >= max(2, 0.8 * len(rows)) and pages == sorted(pages)


def _heading_words(text: str) -> int:
    return len(text.split())


def _looks_like_title(text: str) -> bool:
    if not text or len(text) > MAX_HEADING_CHARS:
        return False
    if text[-1] in ".,;" or text.endswith("..."):
        return False
    first = text.lstrip("(‘'\"*_")
    if not first or not (first[0].isupper() or first[0].isdigit()):
        return False
    return True


def _indent(raw: str) -> int:
    """The columns a line is set in by (a tab counts as several)."""
    return len(raw.expandtabs(TAB_COLUMNS)) - len(raw.expandtabs(TAB_COLUMNS).lstrip())


def _question_label(text: str) -> bool:
    """A short question as a title ("Wat gaan we doen?", "Hoe veilig voelen inwoners zich?")."""
    return text.endswith("?") and _heading_words(text) <= MAX_QUESTION_HEADING_WORDS and _looks_like_title(text)


class _Layout:
    """The lines of a document and what each one is: by its mark where the loader set one, else by its look."""

    def __init__(self, document: Text):
        self.text = document.text
        self.lines = _lines(self.text)
        self.excluded_spans = document.excluded
        starts = [line.start for line in self.lines]
        self.marks: dict[int, Mark] = {}
        self.last: dict[int, int] = {}  # first line of a mark -> its last line
        self.covered: set[int] = set()
        for mark in document.marks:
            first = bisect.bisect_right(starts, mark.start) - 1
            last = max(first, bisect.bisect_right(starts, mark.end - 1) - 1)
            self.marks[first], self.last[first] = mark, last
            self.covered.update(range(first, last + 1))
        self.tabbed_rows = self._tabbed_rows()
        self.heading_marks = any(m.kind == BlockKind.HEADING for m in document.marks)
        self.has_markdown = any(MARKDOWN_HEADING.match(line.raw) for line in self.lines)
        self.toc_titles = self._toc_titles()

    def _tabbed_rows(self) -> frozenset[int]:
        """The lines that are table rows: tab-separated cells, and a line that looks like a marker and its text
        ("1<TAB>Woninginbraak") where it stands next to such a row (a numbered two-column table)."""
        rows: set[int] = set()
        run: list[int] = []  # consecutive lines with cells: all rows if one of them is a table row
        for i, line in enumerate([*self.lines, _Line(0, 0, "")]):
            if _has_cells(line):
                run.append(i)
                continue
            if any(_is_table_row(self.lines[j]) for j in run):
                rows.update(run)
            run = []
        return frozenset(rows)

    def tabbed(self, i: int) -> bool:
        return i in self.tabbed_rows

    def _toc_titles(self) -> frozenset[str]:
        """Titles listed in a table of contents: such a line elsewhere in the text is a heading."""
        titles = []
        run: list[str] = []
        for i, line in enumerate([*self.lines, _Line(0, 0, "")]):
            if DOTTED_TOC.match(line.raw):
                titles.append(toc_entry(line.raw)[0])
            if i in self.tabbed_rows:
                run.append(line.raw)
            elif not line.blank or not run:
                if run and _is_toc(run):
                    titles.extend(toc_entry(row)[0] for row in run if toc_entry(row))
                run = []
        return frozenset(_fold_title(t) for t in titles)

    def excluded(self, i: int) -> bool:
        line = self.lines[i]
        return any(a <= line.start < b or (line.start <= a < line.end) for a, b in self.excluded_spans)

    def blank(self, i: int) -> bool:
        return self.lines[i].blank

    def next_content(self, i: int) -> int | None:
        for j in range(i + 1, len(self.lines)):
            if not self.lines[j].blank:
                return j
        return None

    def isolated(self, i: int) -> bool:
        prev_blank = i == 0 or self.lines[i - 1].blank or self.excluded(i - 1)
        end = self.last.get(i, i)
        next_blank = end + 1 >= len(self.lines) or self.lines[end + 1].blank
        return prev_blank and next_blank

    def unmarked(self, i: int) -> bool:
        return i not in self.covered

    def span(self, i: int) -> tuple[int, int]:
        """The trimmed span of line i, or of the mark that starts on it."""
        mark = self.marks.get(i)
        if mark is None:
            return _trimmed(self.lines[i])
        segment = self.text[mark.start:mark.end]
        lead, trail = len(segment) - len(segment.lstrip()), len(segment) - len(segment.rstrip())
        return mark.start + lead, mark.end - trail

    def table_row(self, i: int) -> bool:
        mark = self.marks.get(i)
        if mark is not None:
            return mark.kind in (BlockKind.TABLE_ROW, BlockKind.TOC)
        return self.unmarked(i) and self.tabbed(i)

    def dotted_toc(self, i: int) -> bool:
        return self.unmarked(i) and bool(DOTTED_TOC.match(self.lines[i].raw))

    def list_item(self, i: int) -> bool:
        mark = self.marks.get(i)
        if mark is not None:
            return mark.kind == BlockKind.LIST_ITEM
        return self.unmarked(i) and (_is_list_item(self.lines[i]) or self.marker_line(i))

    def sub_item(self, i: int) -> bool:
        """A line numbered like '1.2 …': inside a list (right after an item) a nested item, not a heading."""
        return self.unmarked(i) and bool(_DEEP_ITEM.match(self.lines[i].raw))

    def marker_line(self, i: int) -> bool:
        """A line that is only a list marker ("• a."), its item text on the next line (a blank line between at most)."""
        if not self.unmarked(i) or not MARKER_LINE.match(self.lines[i].raw):
            return False
        k = self.next_content(i)
        if k is None or k - i > 2 or not self.unmarked(k):
            return False
        following = self.lines[k]
        return not (MARKER_LINE.match(following.raw) or _is_list_item(following) or self.tabbed(k))


# --------------------------------------------------------------------------- lists

@dataclass(frozen=True)
class _Marker:
    """A list marker: its bullet, the kind of its label ("num", "alpha", "roman", "deep2", …), number, indentation."""

    bullet: str
    label: str
    number: int | None
    indent: int

    @property
    def style(self) -> str:
        return self.bullet + self.label

    @property
    def opens_sublist(self) -> bool:
        """'a.', 'i.', '1.1': markers that start a nested list when they follow another style."""
        return self.number == 1 and self.label in ("alpha", "roman", "deep2", "deep3")


_ROMAN = {"i": 1, "v": 5, "x": 10}


def _marker_of(raw: str) -> _Marker:
    """The marker a list line starts with.

    >>> _marker_of("  • b."), _marker_of("1.2 Tekst").style, _marker_of("iv) Tekst").number
    (_Marker(bullet='•', label='alpha', number=2, indent=2), 'deep2', 4)
    """
    expanded = raw.expandtabs(4)
    indent = len(expanded) - len(expanded.lstrip())
    m = _ITEM_MARKER.match(raw)
    bullet, label = (m.group("bullet") or "", m.group("label")) if m else ("", None)
    if not label:
        return _Marker(bullet, "", None, indent)
    token = label.strip("()").rstrip(".)")
    if "." in token:
        parts = token.split(".")
        return _Marker(bullet, f"deep{len(parts)}", int(parts[-1]), indent)
    if token.isdigit():
        return _Marker(bullet, "num", int(token), indent)
    if len(token) == 1:
        return _Marker(bullet, "alpha", ord(token.lower()) - ord("a") + 1, indent)
    values = [_ROMAN[c] for c in token.lower()]
    number = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return _Marker(bullet, "roman", number, indent)


class _Nesting:
    """The open levels of a list as it is read: which depth an item has, and whether it continues the list."""

    def __init__(self) -> None:
        self.levels: list[_Marker] = []

    def continues(self, previous: _Marker, previous_text: str, following: _Marker) -> bool:
        if following.style == previous.style:
            return (following.indent > previous.indent + 1 or previous.number is None
                    or following.number == previous.number + 1)
        for level in reversed(self.levels[:-1]):  # back to an outer level
            if level.style == following.style and abs(level.indent - following.indent) <= 1:
                return level.number is None or following.number == level.number + 1
        return (following.indent > previous.indent + 1 or previous_text.rstrip().endswith(":")
                or following.opens_sublist)

    def depth(self, marker: _Marker) -> int:
        for pos in range(len(self.levels) - 1, -1, -1):
            level = self.levels[pos]
            if level.style == marker.style and abs(level.indent - marker.indent) <= 1:
                del self.levels[pos + 1:]
                self.levels[pos] = marker
                return pos + 1
            if marker.indent > level.indent + 1:
                break  # deeper than this level: a new level below it
        while self.levels and self.levels[-1].indent > marker.indent + 1:
            self.levels.pop()
        self.levels.append(marker)
        return len(self.levels)


class _ListReader:
    """A run of list items (blank lines between items allowed), with continuation lines and nesting."""

    def __init__(self, parser: "_Parser"):
        self.parser = parser
        self.layout = parser.layout

    def read(self, i: int, lead_in: int | None) -> int:
        parser, layout = self.parser, self.layout
        if lead_in is None:
            parser.group += 1
            group = parser.group
        else:
            group = lead_in
        nesting = _Nesting()
        first_block = len(parser.blocks)
        while True:
            if i in layout.marks:
                start, end = layout.span(i)
                j = layout.last[i] + 1
                depth = max(1, layout.marks[i].level)
            else:
                body = layout.next_content(i) if layout.marker_line(i) else i
                j = self._continuation(body + 1, _indent(layout.lines[i].raw))
                start, end = _trimmed(layout.lines[i])[0], _trimmed(layout.lines[j - 1])[1]
                depth = nesting.depth(_marker_of(layout.lines[i].raw))
            parser.add(BlockKind.LIST_ITEM, start, end, group=group, level=depth)
            k = layout.next_content(j - 1)
            if k is None or layout.excluded(k) or not (layout.list_item(k) or (k == j and layout.sub_item(k))):
                break
            if not self._continues(i, j, k, nesting):
                break
            i = k
        self._lead_in_items(first_block)
        return j

    def _continues(self, i: int, j: int, k: int, nesting: _Nesting) -> bool:
        layout = self.layout
        if i in layout.marks or k in layout.marks:
            return i in layout.marks and k in layout.marks and k == j  # a blank line between marked items ends the list
        previous = _marker_of(layout.lines[i].raw)
        return nesting.continues(previous, self.parser.text[layout.lines[i].start:layout.lines[j - 1].end],
                                 _marker_of(layout.lines[k].raw))

    def _continuation(self, j: int, indent: int) -> int:
        """Past the lines that continue an item: non-blank, non-item lines, or an indented paragraph after a blank;
        a line set further left than the item's marker ("    • … stijgt." / "  Wat gaan we doen?") is none."""
        layout, n = self.layout, len(self.layout.lines)
        while j < n:
            if not layout.blank(j) and _indent(layout.lines[j].raw) < indent:
                break
            if layout.blank(j):
                k = layout.next_content(j)
                if (k is not None and layout.unmarked(k) and not layout.list_item(k) and not layout.table_row(k)
                        and layout.lines[k].raw.startswith(("  ", "\t")) and self.parser.heading(k) is None):
                    j = k
                    continue
                break
            if (layout.list_item(j) or layout.sub_item(j) or layout.table_row(j) or layout.excluded(j)
                    or not layout.unmarked(j)):
                break
            if layout.isolated(j) and self.parser.heading(j):
                break
            j += 1
        return j

    def _lead_in_items(self, first: int) -> None:
        """An item that ends in ':' and has nested items below it introduces them."""
        blocks, text = self.parser.blocks, self.parser.text
        for n in range(first, len(blocks) - 1):
            item, below = blocks[n], blocks[n + 1]
            if below.level > item.level and text[item.start:item.end].rstrip().endswith(":"):
                blocks[n] = replace(item, lead_in=True)


class _TableReader:
    """Table rows (blank lines between rows allowed) with the caption below them; tables of contents."""

    def __init__(self, parser: "_Parser"):
        self.parser = parser
        self.layout = parser.layout

    def read(self, i: int, group: int | None = None) -> int:
        parser, layout = self.parser, self.layout
        if group is None:
            parser.group += 1
            group = parser.group
        n = len(layout.lines)
        rows: list[int] = []
        marked = i in layout.marks
        while i < n:
            if layout.blank(i):
                k = layout.next_content(i)
                if k is not None and layout.table_row(k) and (k in layout.marks) == marked:
                    i = k
                    continue
                break
            if not layout.table_row(i) or layout.excluded(i) or (i in layout.marks) != marked:
                break
            if not PIPE_RULE.match(self.layout.lines[i].raw):
                rows.append(i)
            i = layout.last.get(i, i) + 1
        if marked:
            toc = all(layout.marks[j].kind == BlockKind.TOC for j in rows)
        else:
            toc = _is_toc([parser.text[a:b] for a, b in map(layout.span, rows)])
        for a, b in (layout.span(j) for j in rows):
            parser.add(BlockKind.TOC if toc else BlockKind.TABLE_ROW, a, b, group=group)
        k = layout.next_content(i - 1) if i > 0 else None
        if (k is not None and layout.unmarked(k) and CAPTION.match(layout.lines[k].text)
                and len(layout.lines[k].text) < 200 and not toc):
            a, b = _trimmed(layout.lines[k])
            parser.add(BlockKind.CAPTION, a, b, group=group)
            return k + 1
        return i

    def contents(self, i: int) -> int:
        """Dotted-leader contents lines ("1.1 Analyse ....... 4"): never indexed, never an answer."""
        parser, layout = self.parser, self.layout
        parser.group += 1
        while i is not None and layout.dotted_toc(i):
            a, b = _trimmed(layout.lines[i])
            parser.add(BlockKind.TOC, a, b, group=parser.group)
            end, i = i + 1, layout.next_content(i)
        return end


# --------------------------------------------------------------------------- parsing

_EMPHASIS_WRAP = re.compile(r"([*_]{1,3})(?=\S)((?:(?![*_]).)+?)(?<=\S)\1")  # no mark inside: "**A** en **B**" stays


def unemphasised(title: str) -> str:
    """A Markdown title without the bold or italic marks around all of it ("**Wat zien we?**" -> "Wat zien we?").

    >>> unemphasised("**Wat zien we?**"), unemphasised("*Samen veilig*"), unemphasised("4.1 *Ondermijning* en drugs")
    ('Wat zien we?', 'Samen veilig', '4.1 *Ondermijning* en drugs')
    >>> unemphasised("**Wat** en **Hoe**"), unemphasised("*A*, *B*")
    ('**Wat** en **Hoe**', '*A*, *B*')
    """
    m = _EMPHASIS_WRAP.fullmatch(title)
    return m.group(2) if m else title


def title_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the title of the heading line ``text[start:end]`` stands: without the '#' marks of a Markdown heading
    and the bold or italic marks around all of it, as ``Section.title`` reads it ("### **5.1 Noordstad** ###").

    >>> line = "### **5.1 Noordstad: jeugdoverlast** ###"
    >>> line[slice(*title_span(line, 0, len(line)))]
    '5.1 Noordstad: jeugdoverlast'
    """
    m = MARKDOWN_HEADING.match(text[start:end])
    if m:
        start, end = start + m.start(2), start + m.end(2)
    w = _EMPHASIS_WRAP.fullmatch(text, start, end)
    return (w.start(2), w.end(2)) if w else (start, end)


class _Parser:
    def __init__(self, document: Text):
        self.layout = _Layout(document)
        self.text = document.text
        self.lines = self.layout.lines
        self.blocks: list[Block] = []
        self.stack: list[tuple[int, str, bool]] = []  # (level, title, is_label)
        self.chapter = 0
        self.numbered_level = 0
        self.group = 0
        self.lists = _ListReader(self)
        self.tables = _TableReader(self)

    def _path(self) -> tuple[str, ...]:
        return tuple(title for _, title, _ in self.stack)

    def _push_heading(self, level: int, title: str, i: int, label: bool = False) -> None:
        if label:
            # A label nests under the latest non-label heading and replaces an earlier label.
            while self.stack and self.stack[-1][2]:
                self.stack.pop()
            level = (self.stack[-1][0] + 1) if self.stack else 1
        else:
            while self.stack and self.stack[-1][0] >= level:
                self.stack.pop()
        self.stack.append((level, " ".join(title.split()), label))
        start, end = self.layout.span(i)
        self.blocks.append(Block(BlockKind.HEADING, start, end, self._path(), level=level))

    def add(self, kind: BlockKind, start: int, end: int, group: int = -1, lead_in: bool = False, level: int = 0) -> None:
        self.blocks.append(Block(kind, start, end, self._path(), level=level, group=group, lead_in=lead_in))

    # -- classification
    def heading(self, i: int) -> tuple[int, str, bool, tuple[int, int] | None] | None:
        """(level, title, is_label, numbering state after it) if line i is a heading; no side effects."""
        layout = self.layout
        mark = layout.marks.get(i)
        if mark is not None:
            if mark.kind != BlockKind.HEADING:
                return None
            start, end = layout.span(i)
            title = " ".join(self.text[start:end].split())
            return (mark.level, title, False, None) if mark.level else self._numbered_or_bare(title, forced=True)
        if not layout.unmarked(i):
            return None
        if layout.has_markdown:
            m = MARKDOWN_HEADING.match(self.lines[i].raw)
            if m:
                return len(m.group(1)), unemphasised(m.group(2).strip()), False, None
            guessed = self._guessed_heading(i)
            # Markdown marks its headings with '#': an unnumbered title-like line ("**Wat gaan we doen?**", a
            # signature "*De burgemeesters van …*") is at most a label under the latest of them, never above them.
            # A numbered one whose number continues the numbering ("3.1.1 Preventie", as converted documents mix
            # them in) keeps the level of its number.
            if guessed is None or guessed[3] is not None:
                return guessed
            return 0, unemphasised(guessed[1]), True, None
        return self._guessed_heading(i)

    def _guessed_heading(self, i: int) -> tuple[int, str, bool, tuple[int, int] | None] | None:
        """``heading`` for a line no format marks: from its look and its place."""
        layout, line = self.layout, self.lines[i]
        text = line.text
        if self._run_in_label(i):
            return 0, text, True, None
        if self._run_in_numbered(i):
            return self._numbered_or_bare(text, forced=False, bare=False)
        if self._after_list(i) and _question_label(text) and not layout.heading_marks and not _is_list_item(line):
            return 0, text, True, None  # "    • … stijgt." / "  Wat gaan we doen?": the list ended, a label follows
        if not layout.isolated(i) or layout.tabbed(i) or len(text) > MAX_HEADING_CHARS:
            return None
        if layout.next_content(i) is None:
            return None
        listed = _fold_title(text) in layout.toc_titles
        if listed and not _is_list_item(line):
            return self._numbered_or_bare(text, forced=True)
        if layout.heading_marks:
            # the format marks its headings: no guessing from the look of a line, but "Wat gaan we doen?" alone on
            # its line over the text it introduces labels that text (a CMS page writes it as a plain paragraph)
            plain = not (NUMBERED_DEEP.match(text) or NUMBERED_TOP.match(text) or _is_list_item(line))
            return (0, text, True, None) if plain and _question_label(text) else None
        numbered = self._numbered_or_bare(text, forced=False, bare=False)
        if numbered:
            return numbered
        if _is_list_item(line) or CAPTION.match(text):
            return None
        if _question_label(text):
            return 0, text, True, None
        if text.endswith(":") and _heading_words(text) <= MAX_LABEL_WORDS and _looks_like_title(text[:-1]):
            return 0, text[:-1].strip(), True, None
        return self._numbered_or_bare(text, forced=False, numbered=False)

    def _run_in_label(self, i: int) -> bool:
        """A short title line after a blank line with the list or sentence it introduces right below it.

        Word's text export writes sub-headings such as "Doel" and "Aanpak" that way, without a blank line under them.
        """
        layout, line = self.layout, self.lines[i]
        if (layout.heading_marks or layout.has_markdown or i + 1 >= len(self.lines)
                or not (i == 0 or layout.blank(i - 1))):
            return False  # a format that marks its headings (Word styles, HTML, Markdown) is not guessed at
        text, below = line.text, self.lines[i + 1]
        if (below.blank or not layout.unmarked(i + 1) or _heading_words(text) > MAX_RUN_IN_LABEL_WORDS
                or text.endswith((":", "?", "!")) or not text[0].isalpha() or not _looks_like_title(text)
                or _SENTENCE_START.match(text) or CAPTION.match(text) or _is_list_item(line)
                or layout.tabbed(i) or layout.marker_line(i) or layout.table_row(i + 1)):
            return False  # "Dit betekent:" / "Het gaat om:" lead into their list; "2023", "Figuur 3" are no labels
        if layout.list_item(i + 1):
            return True
        sentence = below.text
        return (_heading_words(sentence) >= MIN_RUN_IN_TEXT_WORDS and sentence[0].isupper()
                and (i + 2 >= len(self.lines) or self.lines[i + 2].blank) and sentence.endswith((".", ":")))

    def _after_list(self, i: int) -> bool:
        """Whether line i comes right after the list item read last, with a blank line or the end below it."""
        layout = self.layout
        below_blank = i + 1 >= len(self.lines) or layout.blank(i + 1)
        return (i > 0 and below_blank and not layout.blank(i - 1) and bool(self.blocks)
                and self.blocks[-1].kind == BlockKind.LIST_ITEM and self.blocks[-1].end >= self.lines[i - 1].start)

    def _run_in_numbered(self, i: int) -> bool:
        """A numbered title line after a blank line with its text right below it ("3.1 Uitbuiting rond
        arbeidsmigratie" / "Wat zien we? Het aantal …"), as a hard-wrapped text export writes its sections. A
        chapter number must continue the chapters ("5. FINANCIËN" after chapter 4): "2. Wij gaan …" is an item."""
        layout, line = self.layout, self.lines[i]
        if (layout.heading_marks or layout.has_markdown or i + 1 >= len(self.lines)
                or not (i == 0 or layout.blank(i - 1)) or _heading_words(line.text) > MAX_QUESTION_HEADING_WORDS):
            return False
        below = self.lines[i + 1]
        bulleted = bool(re.match(rf"^\s*[{BULLET_SYMBOLS}]\s", below.raw))  # a list of its own, not the next number
        if (below.blank or not layout.unmarked(i + 1) or (layout.list_item(i + 1) and not bulleted)
                or layout.marker_line(i + 1)
                or layout.table_row(i + 1) or layout.tabbed(i) or line.text.endswith((".", ",", ";", ":"))):
            return False
        deep = NUMBERED_DEEP.match(line.text)
        if deep:
            first = int(deep.group(1).split(".")[0])
            return _looks_like_title(deep.group(2)) and (self.chapter == 0 or self.chapter <= first <= self.chapter + 1)
        top = NUMBERED_TOP.match(line.text)
        return bool(top) and _looks_like_title(top.group(2)) and int(top.group(1)) == self.chapter + 1

    def _numbered_or_bare(self, text: str, forced: bool, numbered: bool = True, bare: bool = True):
        """A numbered heading (level from its number) or a bare title line (level below the numbered ones)."""
        if numbered:
            m = CHAPTER_WORD.match(text)
            if m and (forced or _looks_like_title(text)):
                number = int(m.group(1)) if m.group(1).isdigit() else self.chapter
                return 1, text, False, (number, 1)
            m = NUMBERED_DEEP.match(text)
            if m and (forced or (_looks_like_title(m.group(2)) and not m.group(2).endswith(":"))):
                depth = m.group(1).count(".") + 1
                return depth, text, False, (int(m.group(1).split(".")[0]), depth)
            m = NUMBERED_TOP.match(text)
            if m and (forced or _looks_like_title(m.group(2))):
                number = int(m.group(1))
                if self.chapter == 0 or number == self.chapter + 1:
                    return 1, text, False, (number, 1)
                return self.numbered_level + 1, text, False, None
        if not bare:
            return None
        if forced or (_looks_like_title(text) and not text.endswith(("?", ":")) and _heading_words(text) <= 14
                      and text.count(". ") < 1):  # several sentences: a short paragraph, not a title
            return self._bare_level(), text, False, None
        return None

    def _bare_level(self) -> int:
        """Level for an unnumbered heading: just below the deepest numbered heading in force."""
        numbered = [lvl for lvl, title, label in self.stack
                    if not label and (re.match(r"\d", title) or CHAPTER_WORD.match(title))]
        return (max(numbered) + 1) if numbered else 1

    # -- main loop
    def parse(self) -> tuple[Block, ...]:
        i, n, layout = 0, len(self.lines), self.layout
        while i < n:
            if layout.blank(i) or layout.excluded(i):
                i += 1
            elif layout.dotted_toc(i):
                i = self.tables.contents(i)
            elif heading := self.heading(i):
                level, title, label, numbering = heading
                if numbering:
                    self.chapter, self.numbered_level = numbering
                self._push_heading(level, title, i, label)
                i = layout.last.get(i, i) + 1
            elif layout.table_row(i):
                i = self.tables.read(i)
            elif layout.list_item(i):
                i = self.lists.read(i, lead_in=None)
            else:
                i = self._paragraph(i)
        return tuple(self.blocks)

    def _paragraph(self, i: int) -> int:
        layout = self.layout
        first = i
        if i in layout.marks:
            i = layout.last[i]
        else:
            while i + 1 < len(self.lines):
                k = i + 1
                if (layout.blank(k) or layout.table_row(k) or layout.list_item(k) or layout.excluded(k)
                        or not layout.unmarked(k) or layout.dotted_toc(k)):
                    break
                i = k
        start, end = layout.span(first)[0], _trimmed(self.lines[i])[1]
        text = self.text[start:end]
        marked = layout.marks.get(first)
        captioned = (marked is not None and marked.kind == BlockKind.CAPTION) or (CAPTION.match(text) and len(text) < 200)
        kind = BlockKind.CAPTION if captioned else BlockKind.PARAGRAPH
        nxt = layout.next_content(i)
        if kind == BlockKind.CAPTION and marked is not None and nxt is not None and layout.table_row(nxt):
            self.group += 1  # a caption above its table (HTML <caption>, a Word caption): part of the table
            self.add(BlockKind.CAPTION, start, end, group=self.group)
            return self.tables.read(nxt, group=self.group)
        if kind == BlockKind.PARAGRAPH and text.endswith(":") and nxt is not None:
            if layout.list_item(nxt) or layout.table_row(nxt):
                self.group += 1
                self.add(BlockKind.PARAGRAPH, start, end, group=self.group, lead_in=True)
                return self.lists.read(nxt, lead_in=self.group) if layout.list_item(nxt) else self.tables.read(nxt, group=self.group)
        self.add(kind, start, end)
        return i + 1


def parse(document: Text) -> DocumentStructure:
    """The blocks of a document, each with its heading path."""
    return DocumentStructure(document.doc_id, document.text, _Parser(document).parse())
