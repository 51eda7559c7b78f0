"""What a loader returns: the document's text, what its format says about that text, its pages.

Formats that know their structure (Word styles, HTML tags, PDF fonts) write their text
through a ``TextBuilder``: one line per block, a blank line between blocks, the items of
one list and the rows of one table on consecutive lines, and a ``Mark`` for every heading,
list item, table row and contents line. The text stays what the reader of the file sees
(no bullets or numbers are added), so a quote of the original is a quote of the text.

    >>> b = TextBuilder()
    >>> b.heading("1. Prioriteiten", level=1)
    0
    >>> for write, text in ((b.paragraph, "We kiezen:"), (b.item, "Ondermijning"), (b.item, "Jeugd")):
    ...     _ = write(text)
    >>> b.build().text
    '1. Prioriteiten\\n\\nWe kiezen:\\n\\nOndermijning\\nJeugd\\n'
    >>> [(str(m.kind), m.level) for m in b.build().marks]
    [('heading', 1), ('list_item', 1), ('list_item', 1)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.ingest.structure import BlockKind, Mark


@dataclass(frozen=True)
class Loaded:
    """A loader's result: ``text`` (every later offset points into it), marks, page starts, declared title."""

    text: str
    marks: tuple[Mark, ...] = ()
    pages: tuple[int, ...] = ()  # offset where each page starts (paged formats)
    title: str = ""  # the title the file declares about itself (Word properties, HTML <title>, PDF info)


_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n+")


def one_line(text: str) -> str:
    """A block's text on one line: tabs and line breaks become spaces, runs of spaces stay as they are."""
    return re.sub(r"[\t\r\n\v\f]+", " ", text).strip()


class TextBuilder:
    """The text of a structured document, written block by block with its marks."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.marks: list[Mark] = []
        self.pages: list[int] = []
        self._run: str | None = None  # "list" or "table" while items or rows of one list/table are written

    def _write(self, text: str, run: str | None) -> int:
        """Write one block; returns where it starts."""
        if self.length:
            separator = "\n" if run is not None and run == self._run else "\n\n"
            self.parts.append(separator)
            self.length += len(separator)
        self._run = run
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start

    def heading(self, text: str, level: int = 0) -> int | None:
        text = one_line(text)
        if not text:
            return None
        start = self._write(text, None)
        self.marks.append(Mark(BlockKind.HEADING, start, start + len(text), level))
        return start

    def paragraph(self, text: str, plain: bool = False) -> int | None:
        """A paragraph; its own line breaks are kept (single ones), tabs become spaces. ``plain``: marked as a
        paragraph, which the layout reader takes as it is (the title of a text box heads no text after it)."""
        text = _BLANK_LINES.sub("\n", re.sub(r"[\t\v\f]+", " ", text.replace("\r", ""))).strip()
        if not text:
            return None
        start = self._write(text, None)
        if plain:
            self.marks.append(Mark(BlockKind.PARAGRAPH, start, start + len(text)))
        return start

    def caption(self, text: str) -> int | None:
        """A table's caption (HTML ``<caption>``, Word's caption style)."""
        text = one_line(text)
        if not text:
            return None
        start = self._write(text, None)
        self.marks.append(Mark(BlockKind.CAPTION, start, start + len(text)))
        return start

    def item(self, text: str, depth: int = 1) -> int | None:
        text = one_line(text)
        if not text:
            return None
        start = self._write(text, "list")
        self.marks.append(Mark(BlockKind.LIST_ITEM, start, start + len(text), max(1, depth)))
        return start

    def row(self, cells: list[str], contents: bool = False) -> int | None:
        """A table row (cells joined by tabs), or a line of a table of contents."""
        cells = [one_line(c) for c in cells]
        if not any(cells):
            return None
        text = "\t".join(cells)
        start = self._write(text, "contents" if contents else "table")
        self.marks.append(Mark(BlockKind.TOC if contents else BlockKind.TABLE_ROW, start, start + len(text)))
        return start

    def end_run(self) -> None:
        """The list or table being written ends: the next item or row starts a new one."""
        self._run = None

    def page(self, offset: int | None = None) -> None:
        """A new page starts at ``offset`` (default: where the next block will start)."""
        if offset is None:
            offset = self.length + (2 if self.length else 0)
        self.pages.append(offset)

    def build(self, title: str = "") -> Loaded:
        text = "".join(self.parts) + "\n"
        pages = tuple(min(p, len(text) - 1) for p in self.pages)
        return Loaded(text, tuple(self.marks), pages, title)
