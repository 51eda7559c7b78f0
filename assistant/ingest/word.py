"""Word documents (.docx): headings from styles, lists from numbering, tables with their header row.

The body is read in document order. A paragraph's kind comes from Word itself: a
heading style ("Heading 2", "Kop 2", or an outline level) gives its level, the
"Title" style is the title (a sibling of the chapters, like the title line of a text
plan), numbering (on the paragraph or its style) makes a list item with its depth,
a table-of-contents style a contents line. A paragraph in bold only, short and
without closing punctuation, is a heading one level below the heading above it (many
plans are written without heading styles). Tables become rows of tab-separated cells
(a merged cell's text once, in its first column, the columns it spans kept as empty
cells); a table used for page layout (long cells, lists inside) is read as the
paragraphs it holds. Running headers and footers live outside the body and are
never read. Numbering Word draws itself ("1.", "•") is not part of the text, so a
quote of the document is a quote of the text.
"""

from __future__ import annotations

import re

from assistant.ingest.loaded import Loaded, TextBuilder

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"^(?:heading|kop)\s*(\d)$", re.I)
_TITLE_STYLE = re.compile(r"^(?:title|titel)$", re.I)
_CAPTION_STYLE = re.compile(r"^(?:caption|bijschrift)$", re.I)
_TOC_STYLE = re.compile(r"^(?:toc|inhopg|inhoudsopgave)\s*\d", re.I)
_LIST_STYLE = re.compile(r"^(?:list (?:bullet|number|continue)|lijst ?(?:opsommingsteken|nummering|alinea)|opsomming)\s*(\d)?",
                         re.I)
_CONTENTS_LINE = re.compile(r"^[^\t]*[^\W\d_][^\t]*\t+\d{1,3}$")  # a contents line typed with a tab leader
MAX_BOLD_HEADING_CHARS = 120
INDENT_STEP = 360  # twips per list level when nothing says how far a list is indented (Word's default)
INDENT_TOLERANCE = 90
LAYOUT_CELL_CHARS = 400  # a cell this long makes a table page layout, read as its paragraphs
# Runs whose text a reader does not see: deleted or moved-away revisions, text boxes (read on their own), field codes.
_RUNS = ".//w:r[not(ancestor::w:del) and not(ancestor::w:moveFrom) and not(ancestor::w:txbxContent)]"


def paragraph_text(p) -> str:
    """The visible text of a ``w:p`` element: runs (also inside insertions, links, fields and content controls)."""
    parts: list[str] = []
    for run in p.xpath(_RUNS):
        for child in run:
            tag = child.tag
            if tag == W + "t":
                parts.append(child.text or "")
            elif tag == W + "tab":
                parts.append("\t")
            elif tag in (W + "br", W + "cr"):
                if child.get(W + "type") not in ("page", "column"):
                    parts.append("\n")
            elif tag == W + "noBreakHyphen":
                parts.append("-")
    return "".join(parts)


def _style_chain(style):
    seen = 0
    while style is not None and seen < 10:
        yield style
        style = style.base_style
        seen += 1


def _numbering(p, style) -> tuple[int, int] | None:
    """(numId, level) of a numbered paragraph, from the paragraph or its style; None when not numbered."""
    numpr = p.find(f"{W}pPr/{W}numPr")
    sources = [numpr] + [s.element.find(f"{W}pPr/{W}numPr") for s in _style_chain(style)]
    num_id, level = None, None
    for source in sources:
        if source is None:
            continue
        if num_id is None and source.find(f"{W}numId") is not None:
            num_id = int(source.find(f"{W}numId").get(f"{W}val", "0"))
        if level is None and source.find(f"{W}ilvl") is not None:
            level = int(source.find(f"{W}ilvl").get(f"{W}val", "0"))
    if not num_id:
        return None
    return num_id, level or 0


def _left_indent(ind) -> int | None:
    """The left indentation (twips) a ``w:ind`` element sets, if it sets one."""
    value = ind.get(f"{W}left") or ind.get(f"{W}start") if ind is not None else None
    return int(value) if value else None


def _outline_level(p, style) -> int | None:
    for source in [p] + [s.element for s in _style_chain(style)]:
        lvl = source.find(f"{W}pPr/{W}outlineLvl")
        if lvl is not None:
            value = int(lvl.get(f"{W}val", "9"))
            return value + 1 if value < 9 else None
    return None


def _all_bold(paragraph) -> bool:
    style_bold = any(s.font.bold for s in _style_chain(paragraph.style) if s.font.bold is not None)
    runs = [r for r in paragraph.runs if r.text.strip()]
    return bool(runs) and all(r.bold or (r.bold is None and style_bold) for r in runs)


class _Reader:
    def __init__(self, document):
        self.document = document
        self.builder = TextBuilder()
        self.heading_level = 0  # level of the latest heading, for bold paragraphs used as headings
        self.levels: list[tuple[int, int | None]] = []  # (indentation, list id) of the open levels of a list
        self.contents: list = []  # paragraphs that look like contents lines ("title<TAB>page"), not yet written

    def body(self, element) -> None:
        for child in element.iterchildren():
            tag = child.tag
            if tag == W + "p" and _CONTENTS_LINE.match(paragraph_text(child).strip(" ")):
                self.contents.append(child)
                continue
            self.flush_contents()
            if tag == W + "p":
                self.paragraph(child)
            elif tag == W + "tbl":
                self.table(child)
            elif tag == W + "sdt":
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    self.body(content)
        self.flush_contents()

    def flush_contents(self) -> None:
        """Two or more 'title<TAB>page' paragraphs in a row are a table of contents; one alone is a paragraph."""
        pending, self.contents = self.contents, []
        if len(pending) < 2:
            for p in pending:
                self.paragraph(p)
            return
        self.builder.end_run()
        for p in pending:
            title, page = paragraph_text(p).strip().rsplit("\t", 1)
            self.builder.row([title.strip(), page.strip()], contents=True)
        self.builder.end_run()

    def paragraph(self, p) -> None:
        from docx.text.paragraph import Paragraph

        paragraph = Paragraph(p, self.document)
        text = paragraph_text(p)
        if not text.strip():
            return
        style = paragraph.style
        name = (style.name if style is not None else "") or ""
        builder = self.builder
        heading = _HEADING_STYLE.match(name)
        level = int(heading.group(1)) if heading else (1 if _TITLE_STYLE.match(name) else _outline_level(p, style))
        if level:
            self.levels = []
            self.heading_level = level
            builder.heading(text, level)
            return
        if _CAPTION_STYLE.match(name):
            self.levels = []
            builder.caption(text)
            return
        if _TOC_STYLE.match(name):
            self.levels = []
            builder.row([c for c in text.split("\t") if c.strip()], contents=True)
            return
        numbering = _numbering(p, style)
        named_list = _LIST_STYLE.match(name)
        if numbering or named_list:
            num_id, level = numbering if numbering else (None, int(named_list.group(1) or 1) - 1)
            builder.item(text, self.depth(num_id, self.indent(p, style, num_id, level)))
            return
        self.levels = []
        stripped = text.strip()
        if (_all_bold(paragraph) and len(stripped) <= MAX_BOLD_HEADING_CHARS and stripped[-1] not in ".,;:"
                and "\n" not in stripped):
            builder.heading(stripped, self.heading_level + 1 if self.heading_level else 0)
            return
        builder.paragraph(text)

    def indent(self, p, style, num_id: int | None, level: int) -> int:
        """The left indentation of a list paragraph (twips): its own, its numbering level's, or its style's.

        Word applies them in that order: a numbering level's indentation overrides the list style's
        ("Lijstalinea" indents every level alike; its numbering indents each level further)."""
        own = _left_indent(p.find(f"{W}pPr/{W}ind"))
        if own is not None:
            return own
        numbering = self.document.part.numbering_part.element if num_id is not None else None
        if numbering is not None:
            num = numbering.find(f"{W}num[@{W}numId='{num_id}']")
            abstract = num.find(f"{W}abstractNumId") if num is not None else None
            if abstract is not None:
                numbered = _left_indent(numbering.find(f"{W}abstractNum[@{W}abstractNumId='{abstract.get(W + 'val')}']"
                                                       f"/{W}lvl[@{W}ilvl='{level}']/{W}pPr/{W}ind"))
                if numbered is not None:
                    return numbered
        for source in (s.element for s in _style_chain(style)):
            styled = _left_indent(source.find(f"{W}pPr/{W}ind"))
            if styled is not None:
                return styled
        return (level + 1) * INDENT_STEP

    def depth(self, list_id: int | None, indent: int) -> int:
        """The item's depth from its indentation; a list at the same indentation with another numbering is a new list."""
        levels = self.levels
        while levels and levels[-1][0] > indent + INDENT_TOLERANCE:
            levels.pop()
        if levels and abs(levels[-1][0] - indent) <= INDENT_TOLERANCE:
            if len(levels) == 1 and levels[0][1] != list_id:
                self.builder.end_run()
            levels[-1] = (indent, list_id)
        elif levels and indent > levels[-1][0]:
            levels.append((indent, list_id))
        else:
            self.builder.end_run()
            levels[:] = [(indent, list_id)]
        return len(levels)

    def table(self, tbl) -> None:
        rows = []
        for tr in tbl.iterchildren(f"{W}tr"):
            cells = []
            for tc in tr.iterchildren(f"{W}tc"):
                merged = tc.find(f"{W}tcPr/{W}vMerge")
                if merged is not None and merged.get(f"{W}val") != "restart":
                    cells.append("")  # the continuation of a vertically merged cell: its text is above
                    continue
                cells.append(" ".join(paragraph_text(p).strip() for p in tc.iterchildren(f"{W}p")).strip())
                span = tc.find(f"{W}tcPr/{W}gridSpan")
                if span is not None and (span.get(f"{W}val") or "").isdigit():
                    cells += [""] * (int(span.get(f"{W}val")) - 1)  # a cell over several columns: its text once
            rows.append((tr, cells))
        self.levels = []
        if not rows:
            return
        layout = (max(len(cells) for _, cells in rows) == 1
                  or any(len(c) > LAYOUT_CELL_CHARS for _, cells in rows for c in cells)
                  or tbl.find(f".//{W}tc//{W}numPr") is not None)
        if layout:
            for tr, _ in rows:
                for tc in tr.iterchildren(f"{W}tc"):
                    self.body(tc)
            return
        self.builder.end_run()
        for _, cells in rows:
            self.builder.row(cells)
        self.builder.end_run()


def read_docx(document) -> Loaded:
    """The body of a python-docx ``Document`` as text with marks."""
    reader = _Reader(document)
    reader.body(document.element.body)
    title = (document.core_properties.title or "").strip()
    return reader.builder.build(title=title)
