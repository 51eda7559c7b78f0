"""A plan written as Word writes it, and as Word's PDF export prints it.

Used by ``benchmarks/fidelity.py`` (the seed plans as DOCX and PDF) and by
``tests/fixtures/formats/make_fixtures.py`` (the small committed fixtures). A plan is a
list of blocks:

    ("title", text) ("subtitle", text) ("h1" | "h2" | "h3", text) ("kop2", text)  # a style named "Kop 2"
    ("p", text)  ("lines", [text, ...])  # one paragraph, a line break after each line
    ("bold", text)  ("bullet", text, depth)  ("number", text)  ("restart",)  # a new numbered list
    ("table", rows)  ("toc", [(title, page), ...])  ("break",)  # a page break

``write_docx`` gives headings their heading style, bullets and numbers Word's list
numbering (the text holds no marker), tables real Word tables with a bold header row,
the title as running header and "Pagina X van Y" as footer (the first page has none);
``to_pdf`` converts with LibreOffice headless.
"""

from __future__ import annotations

import copy
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt


def _field(paragraph, instruction: str) -> None:
    run = paragraph.add_run()
    for tag, attrs, text in (("w:fldChar", {"w:fldCharType": "begin"}, None),
                             ("w:instrText", {"xml:space": "preserve"}, instruction),
                             ("w:fldChar", {"w:fldCharType": "separate"}, None), ("w:t", {}, "1"),
                             ("w:fldChar", {"w:fldCharType": "end"}, None)):
        element = OxmlElement(tag)
        for key, value in attrs.items():
            element.set(qn(key), value)
        if text is not None:
            element.text = text
        run._r.append(element)


def _restart_numbering(document, paragraph) -> int:
    """Start a numbered list at 1 again: a new numbering instance of the style's list definition (its id;
    the following items of the list get it too, as Word does)."""
    numbering = document.part.numbering_part.element
    style_numpr = paragraph.style.element.pPr.numPr
    old = numbering.num_having_numId(style_numpr.numId.val)
    num = copy.deepcopy(old)
    new_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    num.set(qn("w:numId"), str(new_id))
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    num.append(override)
    numbering.append(num)
    _number_with(paragraph, new_id)
    return new_id


def _number_with(paragraph, num_id: int) -> None:
    numpr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id


def write_docx(blocks: list[tuple], path: Path, title: str, running_title: str | None = None) -> Path:
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Liberation Sans"
    normal.font.size = Pt(10.5)
    document.core_properties.title = title
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(2.5)
    section.different_first_page_header_footer = True
    header = section.header.paragraphs[0]
    header.text = running_title or title
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Pagina ")
    _field(footer, "PAGE")
    footer.add_run(" van ")
    _field(footer, "NUMPAGES")
    restart = False
    list_id: int | None = None  # the numbering instance of the numbered list being written, once restarted
    for block in blocks:
        kind = block[0]
        if kind not in ("number", "restart"):
            list_id = None
        if kind == "title":
            document.add_paragraph(block[1], style="Title")
        elif kind == "subtitle":
            document.add_paragraph(block[1], style="Subtitle")
        elif kind in ("h1", "h2", "h3", "h4"):
            document.add_heading(block[1], level=int(kind[1]))
        elif kind == "kop2":
            if "Kop 2" not in [s.name for s in document.styles]:
                style = document.styles.add_style("Kop 2", WD_STYLE_TYPE.PARAGRAPH)
                style.font.bold = True
                style.font.size = Pt(13)
            document.add_paragraph(block[1], style="Kop 2")
        elif kind == "p":
            document.add_paragraph(block[1])
        elif kind == "lines":
            paragraph = document.add_paragraph()
            for i, line in enumerate(block[1]):
                run = paragraph.add_run(line)
                if i + 1 < len(block[1]):
                    run.add_break()
        elif kind == "bold":
            document.add_paragraph().add_run(block[1]).bold = True
        elif kind == "bullet":
            depth = block[2] if len(block) > 2 else 1
            document.add_paragraph(block[1], style="List Bullet" if depth == 1 else f"List Bullet {min(depth, 3)}")
        elif kind == "restart":
            restart = True
        elif kind == "number":
            paragraph = document.add_paragraph(block[1], style="List Number")
            if restart:
                list_id = _restart_numbering(document, paragraph)
                restart = False
            elif list_id is not None:
                _number_with(paragraph, list_id)
        elif kind == "table":
            rows = block[1]
            width = max(len(r) for r in rows)
            table = document.add_table(rows=len(rows), cols=width)
            table.style = "Table Grid"
            table.autofit = False
            cells = [[(r[j] if j < len(r) else "") for r in rows] for j in range(width)]
            least = [0.21 * max((len(w) for c in column for w in c.split()), default=1) + 0.45 for column in cells]
            wanted = [0.19 * min(max(len(c) for c in column), 40) + 0.45 for column in cells]
            spare = max(0.0, 16 - sum(least))
            extra = [max(0.0, w - m) for w, m in zip(wanted, least)]
            widths = [Cm(m + spare * e / (sum(extra) or 1)) for m, e in zip(least, extra)]  # no word broken in a cell
            for column, grid in zip(widths, table._tbl.tblGrid.findall(qn("w:gridCol"))):
                grid.set(qn("w:w"), str(int(column.twips)))
            for row in table.rows:
                for cell, column in zip(row.cells, widths):
                    cell.width = column
            for i, row in enumerate(rows):
                for j, value in enumerate(row):
                    cell = table.cell(i, j)
                    cell.text = value
                    if i == 0 and cell.paragraphs[0].runs:
                        cell.paragraphs[0].runs[0].bold = True
        elif kind == "toc":
            for entry, page in block[1]:
                paragraph = document.add_paragraph()
                paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
                paragraph.add_run(f"{entry}\t{page}")
        elif kind == "break":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(f"unknown block kind {kind!r}")
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(path)
    return path


def to_pdf(docx_path: Path, out_dir: Path) -> Path:
    """The DOCX converted by LibreOffice headless (its own profile, so a running LibreOffice does not interfere)."""
    with tempfile.TemporaryDirectory() as work:
        profile = Path(work) / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", work, str(docx_path)], check=True, capture_output=True, timeout=300)
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / (docx_path.stem + ".pdf")
        shutil.copy(Path(work) / (docx_path.stem + ".pdf"), target)
    return target
