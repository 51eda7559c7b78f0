"""The section tree of a document, read from its lines.

Policy plans arrive as plain text exported from Word or overheid.nl. Their
structure is in the layout: numbered headings (``2.1.3 Jeugd en veiligheid``),
bare heading lines (``Politiepost``), label headings that introduce a list
(``Ambities:``, ``Wat gaan we dan bijvoorbeeld doen?``), bulleted and numbered
lists, and tab-separated statistics tables. ``parse`` turns a document into
``Block``s with character offsets and the heading path in force at each block;
chunking, answering and the document reader build on that.

    >>> from assistant.ingest.documents import Document, DocumentMetadata
    >>> doc = Document("x", "Ondermijning\\n\\nAmbities:\\n\\n  • Minder drugs\\n", DocumentMetadata("X", "Plan"))
    >>> [(str(b.kind), b.heading_path) for b in parse(doc).blocks]
    [('heading', ('Ondermijning',)), ('heading', ('Ondermijning', 'Ambities')), ('list_item', ('Ondermijning', 'Ambities'))]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from typing import Protocol

# A list item: bullet symbols, "1." / "1)" / "a." / "a)" / "- a." markers.
BULLET = re.compile(r"^[ \t]*(?:[•·▪◦●○■□➢►✓\-–—*+](?=\s)|\(?\d{1,2}[.)](?=\s)|\(?[a-z][.)](?=\s))\s*")
NUMBERED_DEEP = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})+)\.?\s+(\S.*)$")
NUMBERED_TOP = re.compile(r"^\s*(\d{1,2})[.)]?\s+([A-Z(‘'\"].*)$")
MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
CAPTION = re.compile(r"^\s*(Tabel|Figuur|Grafiek|Bron)\b\s*\d*\s*[:.]?", re.I)
TOC_ROW = re.compile(r"^.*\S.*\t\s*\d{1,3}\s*$")

MAX_HEADING_CHARS = 120
MAX_LABEL_WORDS = 5
MAX_QUESTION_HEADING_WORDS = 12


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


class Text(Protocol):
    """What the parser reads of a document (``assistant.ingest.documents.Document`` is one)."""

    doc_id: str
    text: str
    excluded: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Block:
    """A contiguous span of the document: one heading, paragraph, list item or table row."""

    kind: BlockKind
    start: int
    end: int
    heading_path: tuple[str, ...]
    level: int = 0  # heading level (headings only)
    group: int = -1  # list/table group id; a lead-in paragraph shares its list's group
    lead_in: bool = False


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


# --------------------------------------------------------------------------- sentences

_ABBREVIATIONS = {
    "o.a", "t.o.v", "d.w.z", "bv", "bijv", "etc", "a.d.h.v", "incl", "excl", "nr", "ca", "m.b.t", "i.v.m",
    "t.a.v", "e.d", "enz", "bgm", "mr", "dhr", "mevr", "jl", "jr", "n.b", "art", "z.s.m", "o.b.v", "m.u.v",
    "i.s.m", "t/m", "vs", "resp", "evt", "ong", "blz", "p", "pag", "min", "max", "c.q", "e.a", "m.n", "a.s",
    "t.b.v", "i.o.m", "mln", "mld", "st", "drs", "ir", "prof", "dr", "ing", "wo", "hbo", "mbo",
}
_MARKER_ONLY = re.compile(r"(?:[•·▪◦●○■□➢►✓\-–—*+]\s*)?\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-zA-Z]|[ivxIVX]{1,4})")
LIST_ITEM_AS_ONE = 300  # a list item up to this length is one answer unit, however many sentences it has
_SENTENCE_END = re.compile(r"([.!?]+)([\"'”’)]*)(\s+)(?=[\"'‘“(]?[A-Z0-9ÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜ•\-–])")


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` (Dutch rules: abbreviations do not end a sentence)."""
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


# --------------------------------------------------------------------------- parsing

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
        return not self.raw.strip()


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


def _is_table_row(line: _Line) -> bool:
    return "\t" in line.raw.strip(" \u00a0") and bool(line.text)


def _is_list_item(line: _Line) -> bool:
    return bool(BULLET.match(line.raw)) and len(line.text) > 2


def _marker(line: _Line) -> tuple[str, int | None]:
    """The kind of list marker ("•", "num", "alpha") and its number, to tell one list from the next."""
    m = BULLET.match(line.raw)
    token = m.group(0).strip().strip("()") if m else ""
    if token[:-1].isdigit():
        return "num", int(token[:-1])
    if len(token) == 2 and token[0].isalpha():
        return "alpha", ord(token[0]) - ord("a") + 1
    return token, None


def _continues(previous: _Line, following: _Line) -> bool:
    """Whether an item after a blank line belongs to the same list: same marker, next number."""
    kind, number = _marker(previous)
    next_kind, next_number = _marker(following)
    if kind != next_kind:
        return False
    return number is None or next_number == number + 1


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


class _Parser:
    def __init__(self, document: Text):
        self.doc = document
        self.text = document.text
        self.lines = _lines(self.text)
        self.excluded = document.excluded
        self.blocks: list[Block] = []
        self.stack: list[tuple[int, str, bool]] = []  # (level, title, is_label)
        self.chapter = 0
        self.numbered_level = 0
        self.group = 0
        self.has_markdown = any(MARKDOWN_HEADING.match(l.raw) for l in self.lines)

    # -- helpers
    def _excluded(self, line: _Line) -> bool:
        return any(a <= line.start < b or (line.start <= a < line.end) for a, b in self.excluded)

    def _isolated(self, i: int) -> bool:
        prev_blank = i == 0 or self.lines[i - 1].blank or self._excluded(self.lines[i - 1])
        next_blank = i + 1 >= len(self.lines) or self.lines[i + 1].blank
        return prev_blank and next_blank

    def _next_content(self, i: int) -> int | None:
        for j in range(i + 1, len(self.lines)):
            if not self.lines[j].blank:
                return j
        return None

    def _path(self) -> tuple[str, ...]:
        return tuple(title for _, title, _ in self.stack)

    def _push_heading(self, level: int, title: str, line: _Line, label: bool = False) -> None:
        if label:
            # A label nests under the latest non-label heading and replaces an earlier label.
            while self.stack and self.stack[-1][2]:
                self.stack.pop()
            level = (self.stack[-1][0] + 1) if self.stack else 1
        else:
            while self.stack and self.stack[-1][0] >= level:
                self.stack.pop()
        self.stack.append((level, title, label))
        start, end = _trimmed(line)
        self.blocks.append(Block(BlockKind.HEADING, start, end, self._path(), level=level))

    def _add(self, kind: BlockKind, start: int, end: int, group: int = -1, lead_in: bool = False) -> None:
        self.blocks.append(Block(kind, start, end, self._path(), group=group, lead_in=lead_in))

    # -- classification
    def _heading(self, i: int) -> tuple[int, str, bool, tuple[int, int] | None] | None:
        """(level, title, is_label, numbering state after it) if line i is a heading; no side effects."""
        line = self.lines[i]
        text = line.text
        if self.has_markdown:
            m = MARKDOWN_HEADING.match(line.raw)
            if m:
                return len(m.group(1)), m.group(2).strip(), False, None
        if not self._isolated(i) or _is_table_row(line) or len(text) > MAX_HEADING_CHARS:
            return None
        if self._next_content(i) is None:
            return None
        m = NUMBERED_DEEP.match(text)
        if m and _looks_like_title(m.group(2)) and not m.group(2).endswith(":"):
            depth = m.group(1).count(".") + 1
            return depth, text, False, (int(m.group(1).split(".")[0]), depth)
        m = NUMBERED_TOP.match(text)
        if m and _looks_like_title(m.group(2)):
            number = int(m.group(1))
            if self.chapter == 0 or number == self.chapter + 1:
                return 1, text, False, (number, 1)
            return self.numbered_level + 1, text, False, None
        if _is_list_item(line) or CAPTION.match(text):
            return None
        if text.endswith(":") and _heading_words(text) <= MAX_LABEL_WORDS and _looks_like_title(text[:-1]):
            return 0, text[:-1].strip(), True, None
        if text.endswith("?") and _heading_words(text) <= MAX_QUESTION_HEADING_WORDS and _looks_like_title(text):
            return 0, text, True, None
        if _looks_like_title(text) and not text.endswith(("?", ":")) and _heading_words(text) <= 14:
            if text.count(". ") >= 1:  # several sentences: a short paragraph, not a title
                return None
            return self._bare_level(), text, False, None
        return None

    def _bare_level(self) -> int:
        """Level for an unnumbered heading: just below the deepest numbered heading in force."""
        numbered = [lvl for lvl, title, label in self.stack if not label and re.match(r"\d", title)]
        return (max(numbered) + 1) if numbered else 1

    # -- main loop
    def parse(self) -> tuple[Block, ...]:
        i, n = 0, len(self.lines)
        while i < n:
            line = self.lines[i]
            if line.blank or self._excluded(line):
                i += 1
                continue
            heading = self._heading(i)
            if heading:
                level, title, label, numbering = heading
                if numbering:
                    self.chapter, self.numbered_level = numbering
                self._push_heading(level, title, line, label)
                i += 1
                continue
            if _is_table_row(line):
                i = self._table(i)
                continue
            if _is_list_item(line):
                i = self._list(i, lead_in=None)
                continue
            i = self._paragraph(i)
        return tuple(self.blocks)

    def _paragraph(self, i: int) -> int:
        first = i
        while i + 1 < len(self.lines):
            nxt = self.lines[i + 1]
            if nxt.blank or _is_table_row(nxt) or _is_list_item(nxt) or self._excluded(nxt):
                break
            i += 1
        start, _ = _trimmed(self.lines[first])
        _, end = _trimmed(self.lines[i])
        text = self.text[start:end]
        kind = BlockKind.CAPTION if CAPTION.match(text) and len(text) < 200 else BlockKind.PARAGRAPH
        nxt = self._next_content(i)
        if kind == BlockKind.PARAGRAPH and text.endswith(":") and nxt is not None:
            nline = self.lines[nxt]
            if _is_list_item(nline) or _is_table_row(nline):
                self.group += 1
                group = self.group
                self._add(BlockKind.PARAGRAPH, start, end, group=group, lead_in=True)
                return (self._list(nxt, lead_in=group) if _is_list_item(nline) else self._table(nxt, group=group))
        self._add(kind, start, end)
        return i + 1

    def _list(self, i: int, lead_in: int | None) -> int:
        """A run of list items (blank lines between items allowed) with continuation lines."""
        if lead_in is None:
            previous = self.blocks[-1] if self.blocks else None
            if previous is not None and previous.kind == BlockKind.HEADING and self.stack and self.stack[-1][2]:
                lead_in = None  # the label heading itself introduces the list
            self.group += 1
            group = self.group
        else:
            group = lead_in
        n = len(self.lines)
        while i < n and _is_list_item(self.lines[i]) and not self._excluded(self.lines[i]):
            item_start, item_end = _trimmed(self.lines[i])
            j = i + 1
            # continuation: following non-blank, non-item lines, or an indented paragraph after a blank line
            while j < n:
                nxt = self.lines[j]
                if nxt.blank:
                    k = self._next_content(j)
                    if (k is not None and not _is_list_item(self.lines[k]) and not _is_table_row(self.lines[k])
                            and self.lines[k].raw.startswith(("  ", "\t")) and self._heading(k) is None):
                        j = k
                        continue
                    break
                if _is_list_item(nxt) or _is_table_row(nxt) or self._excluded(nxt):
                    break
                if self._isolated(j) and self._heading(j):
                    break
                j += 1
            item_end = _trimmed(self.lines[j - 1])[1]
            self._add(BlockKind.LIST_ITEM, item_start, item_end, group=group)
            k = self._next_content(j - 1)
            if k is None or not _is_list_item(self.lines[k]) or not _continues(self.lines[i], self.lines[k]):
                return j
            i = k
        return i

    def _table(self, i: int, group: int | None = None) -> int:
        if group is None:
            self.group += 1
            group = self.group
        n = len(self.lines)
        rows: list[tuple[int, int]] = []
        while i < n:
            line = self.lines[i]
            if line.blank:
                k = self._next_content(i)
                if k is not None and _is_table_row(self.lines[k]):
                    i = k
                    continue
                break
            if not _is_table_row(line) or self._excluded(line):
                break
            rows.append(_trimmed(line))
            i += 1
        toc = _is_toc([self.text[a:b] for a, b in rows])
        for a, b in rows:
            self._add(BlockKind.TOC if toc else BlockKind.TABLE_ROW, a, b, group=group)
        # a caption right after the table belongs to it
        k = self._next_content(i - 1) if i > 0 else None
        if k is not None and CAPTION.match(self.lines[k].text) and len(self.lines[k].text) < 200 and not toc:
            a, b = _trimmed(self.lines[k])
            self._add(BlockKind.CAPTION, a, b, group=group)
            return k + 1
        return i


def parse(document: Text) -> DocumentStructure:
    """The blocks of a document, each with its heading path."""
    return DocumentStructure(document.doc_id, document.text, _Parser(document).parse())
