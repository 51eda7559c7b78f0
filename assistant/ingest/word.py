"""Word documents (.docx): headings from styles, lists from numbering, tables with their header row.

The body is read in document order. A paragraph's kind comes from Word itself: a
heading style ("Heading 2", "Kop 2", or an outline level) gives its level, the
"Title" style is the title (a sibling of the chapters, like the title line of a text
plan), numbering (on the paragraph or its style) makes a list item with its depth,
a table-of-contents style a contents line. A paragraph in bold only, short and
without closing punctuation, is a heading one level below the heading above it (many
plans are written without heading styles). Tables become rows of tab-separated cells
(a merged cell's text once, in its first column, the columns it spans kept as empty
cells; a cell merged down in the body, a group label such as "Overlast" beside
each of its rows, is read in each row); a table used for page layout (long cells,
lists inside) is read as the paragraphs it holds. A text box (a "kader" beside the
text) is read after the paragraph it is anchored in, and a footnote after the
paragraph, list or table that refers to it, so each stands next to what it is
about. Running headers and footers live outside the body and are never read.
Numbering Word draws itself ("1.", "•", a footnote's number) is not part of the
text, so a quote of the document is a quote of the text.
"""

from __future__ import annotations

import re

from lxml import etree

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
# A text box's content, once: a drawing holds it twice, as the shape (mc:Choice) and as its VML fallback
_NAMESPACES = {"w": W[1:-1], "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"}
_TEXT_BOXES = etree.XPath(".//w:txbxContent[not(ancestor::mc:Fallback) and not(ancestor::w:txbxContent)]",
                          namespaces=_NAMESPACES)
# Runs whose text a reader does not see: deleted or moved-away revisions, text boxes (read on their own: a run of the
# paragraph sits in as many text boxes as the paragraph itself), field codes.
_RUNS = etree.XPath(".//w:r[not(ancestor::w:del) and not(ancestor::w:moveFrom) and count(ancestor::w:txbxContent) = $boxes]",
                    namespaces=_NAMESPACES)
_BOXES_AROUND = etree.XPath("count(ancestor::w:txbxContent)", namespaces=_NAMESPACES)
_NOTE_REFERENCES = etree.XPath(".//w:footnoteReference[not(ancestor::w:del)]", namespaces=_NAMESPACES)
_SEPARATOR_NOTES = ("separator", "continuationSeparator", "continuationNotice")


def footnotes(document) -> dict[str, list]:
    """The footnotes of a document, by id: each one's paragraphs (``w:p``); {} when it has none."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import parse_xml

    try:
        part = document.part.part_related_by(RELATIONSHIP_TYPE.FOOTNOTES)
        root = parse_xml(part.blob)
    except (KeyError, ValueError, etree.XMLSyntaxError):
        return {}
    return {note.get(f"{W}id"): list(note.iter(f"{W}p")) for note in root.iterchildren(f"{W}footnote")
            if note.get(f"{W}type") not in _SEPARATOR_NOTES}


def paragraph_text(p) -> str:
    """The visible text of a ``w:p`` element: runs (also inside insertions, links, fields and content controls)."""
    parts: list[str] = []
    for run in _RUNS(p, boxes=_BOXES_AROUND(p)):
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
        self.notes = footnotes(document)
        self.pending_notes: list[str] = []  # footnotes referred to in the list or table being written
        self.in_box = False  # reading a text box: a paragraph in bold there is the box's title, no heading of the text

    def body(self, element) -> None:
        for child in element.iterchildren():
            tag = child.tag
            if tag == W + "p" and _CONTENTS_LINE.match(paragraph_text(child).strip(" ")):
                self.contents.append(child)
                continue
            self.flush_contents()
            if tag == W + "p":
                self.paragraph(child)
                self.refer(child)
                self.text_boxes(child)
            elif tag == W + "tbl":
                self.table(child)
                self.refer(child)
                self.write_notes()
            elif tag == W + "sdt":
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    self.body(content)
        self.flush_contents()

    def refer(self, element) -> None:
        """Note the footnotes ``element`` refers to; after a paragraph that is no list item, write them."""
        self.pending_notes += [n for n in (r.get(f"{W}id") for r in _NOTE_REFERENCES(element))
                               if n in self.notes and n not in self.pending_notes]
        if not self.levels:
            self.write_notes()

    def write_notes(self) -> None:
        pending, self.pending_notes = self.pending_notes, []
        if pending:
            self.builder.end_run()
            self.levels = []
        for note in pending:
            for p in self.notes.pop(note):
                self.builder.paragraph(paragraph_text(p))

    def text_boxes(self, p) -> None:
        """The text boxes anchored in a paragraph, read as the paragraphs and tables they hold."""
        boxes = _TEXT_BOXES(p)
        if not boxes:
            return
        self.write_notes()
        self.builder.end_run()
        self.levels, inside = [], self.in_box
        self.in_box = True
        for box in boxes:
            self.body(box)
            self.write_notes()
            self.builder.end_run()
            self.levels = []
        self.in_box = inside

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
            self.write_notes()
            self.levels = []
            self.heading_level = level
            builder.heading(text, level)
            return
        if _CAPTION_STYLE.match(name):
            self.write_notes()
            self.levels = []
            builder.caption(text)
            return
        if _TOC_STYLE.match(name):
            self.write_notes()
            self.levels = []
            builder.row([c for c in text.split("\t") if c.strip()], contents=True)
            return
        numbering = _numbering(p, style)
        named_list = _LIST_STYLE.match(name)
        if numbering or named_list:
            num_id, level = numbering if numbering else (None, int(named_list.group(1) or 1) - 1)
            builder.item(text, self.depth(num_id, self.indent(p, style, num_id, level)))
            return
        self.write_notes()  # those of the list that ends here
        self.levels = []
        stripped = text.strip()
        if (not self.in_box and _all_bold(paragraph) and len(stripped) <= MAX_BOLD_HEADING_CHARS
                and stripped[-1] not in ".,;:" and "\n" not in stripped):
            builder.heading(stripped, self.heading_level + 1 if self.heading_level else 0)
            return
        builder.paragraph(text, plain=self.in_box)

    def indent(self, p, style, num_id: int | None, level: int) -> int:
        """The left indentation of a list paragraph (twips): its own, its numbering level's, or its style's.

        Word applies them in that order: a numbering level's indentation overrides the list style's
        ("Lijstalinea" indents every level alike; its numbering indents each level further)."""
        own = _left_indent(p.find(f"{W}pPr/{W}ind"))
        if own is not None:
            return own
        numbering = self._numbering_part() if num_id is not None else None
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

    def _numbering_part(self):
        """The document's numbering definitions; None for a file that numbers paragraphs without them."""
        try:
            return self.document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return None

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
        self.write_notes()
        rows = []
        merged_down: dict[int, str] = {}  # column -> text of a cell merged down from a body row
        for number, tr in enumerate(tbl.iterchildren(f"{W}tr")):
            cells = []
            for tc in tr.iterchildren(f"{W}tc"):
                merged = tc.find(f"{W}tcPr/{W}vMerge")
                column = len(cells)
                if merged is not None and merged.get(f"{W}val") != "restart":
                    # the continuation of a vertically merged cell: a header's text once (above), a group label of
                    # the body in each of its rows
                    cells.append(merged_down.get(column, ""))
                    continue
                text = " ".join(paragraph_text(p).strip() for p in tc.iterchildren(f"{W}p")).strip()
                cells.append(text)
                if merged is not None and number > 0:
                    merged_down[column] = text
                else:
                    merged_down.pop(column, None)
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
    reader.write_notes()  # those of a list that ends the document
    title = (document.core_properties.title or "").strip()
    return reader.builder.build(title=title)
