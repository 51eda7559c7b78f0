"""The loader registry: one loader per file format, each turning a file's bytes into a ``Loaded`` text.

Text files are decoded line by line (UTF-8, or Windows-1252 where a line is not UTF-8,
as Word's "save as text" writes it; UTF-16 with its byte-order mark); HTML, Word and PDF
have their own modules (``web``, ``word``, ``pdf``), which mark the structure their
format knows.

    >>> sorted(LOADERS)
    ['.docx', '.htm', '.html', '.markdown', '.md', '.pdf', '.txt']
    >>> load_text("Co\\u00f6rdinatie".encode("cp1252"), "plan.txt").text
    'Coördinatie'
"""

from __future__ import annotations

import codecs
import io
import math
import re
import zipfile
from collections import Counter
from typing import Callable

from assistant.errors import DocumentError
from assistant.ingest.loaded import Loaded
from assistant.ingest.pdf import FURNITURE_SHARE, PAGE_NUMBER, furniture_key, read_pdf
from assistant.ingest.structure import BULLET
from assistant.ingest.web import read_html
from assistant.ingest.word import read_docx

CONTROL_SHARE = 0.05  # text with more control characters than this is not text
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _binary(name: str) -> DocumentError:
    return DocumentError(f"{name} is a binary file, not a text document", f"‘{name}’ is geen tekstdocument (binair bestand).")


def _decode_line(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return line.decode("cp1252")
        except UnicodeDecodeError:
            return line.decode("latin-1")


def decode_text(data: bytes, name: str) -> str:
    """Bytes of a text file as text: BOMs honoured, each line UTF-8 or else Windows-1252; binary refused."""
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError as exc:
                raise _binary(name) from exc
    else:
        if b"\x00" in data[:4096]:
            raise _binary(name)
        if data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8):]
        text = "\n".join(_decode_line(line) for line in data.split(b"\n"))
    sample = text[:8192]
    if sample and len(_CONTROL.findall(sample)) > CONTROL_SHARE * len(sample):
        raise _binary(name)
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")


def load_text(data: bytes, name: str) -> Loaded:
    """A plain-text or Markdown plan; a form feed (a page break of a PDF-to-text export) starts a page. A table
    that a layout export sets in columns of spaces becomes rows of tab-separated cells (Markdown has its own).
    A Markdown file's front matter (see ``front_matter``) declares its title and is read as its field lines."""
    text = decode_text(data, name)
    title = ""
    if name.lower().endswith((".md", ".markdown")):
        text, title = front_matter(text)
    else:
        text = spaced_tables(text)
    if "\f" not in text:
        return Loaded(text, title=title)
    pages = (0, *(m.end() for m in re.finditer("\f", text)))
    return Loaded(without_page_furniture(text.replace("\f", "\n"), pages), pages=pages, title=title)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>(?:[^\n]*\n)*?)---[ \t]*\n")
_FIELD = re.compile(r"^(?P<key>[A-Za-z][\w -]*?)\s*:\s*(?P<value>.*?)\s*$")


def front_matter(text: str) -> tuple[str, str]:
    """A Markdown file whose front matter (the YAML block between '---' lines that wiki, Jekyll or Hugo exports
    open with) becomes its title line and lines of 'Key: value', as a cover page writes them; and the title it
    declares.

    >>> front_matter('---\\ntitle: "Plan 2025-2028"\\nvastgesteld_door: gemeenteraad\\ntags: [a, b]\\n---\\n\\n# Plan\\n')
    ('Plan 2025-2028\\n\\nVastgesteld door: gemeenteraad\\n\\nTags: a, b\\n\\n# Plan\\n', 'Plan 2025-2028')
    """
    m = _FRONT_MATTER.match(text)
    if not m:
        return text, ""
    fields = [_FIELD.match(line) for line in m.group("body").splitlines() if line.strip()]
    if not fields or not all(fields):
        return text, ""  # not key: value lines: a thematic break, not front matter
    lines, title = [], ""
    for field in fields:
        key = field.group("key").replace("_", " ").strip()
        value = field.group("value").strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        elif value.startswith("[") and value.endswith("]"):
            value = ", ".join(v.strip().strip("\"'") for v in value[1:-1].split(","))
        if key.lower() in ("title", "titel") and not title:
            title = value  # written first, as a cover page writes its title above its fields
            lines.insert(0, value)
        else:
            lines.append(f"{key[:1].upper()}{key[1:]}: {value}")
    return "\n\n".join(lines) + "\n" + text[m.end():], title  # a paragraph each, as a cover page sets its fields


_COLUMN_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")  # the space between two columns of a layout export
_CELL_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")  # inside a table, a narrow column leaves two spaces at least
_RULE = re.compile(r"^[ \t]*[-=_]{5,}[ \t]*$")  # the line under a table's header or above its total
MIN_TABLE_LINES = 2  # lines in columns, one under the other: a table (one such line is a title and a page number)
MIN_JUSTIFIED_GAPS = 6  # a justified line of prose spreads its spaces over this many word gaps at least,
MAX_JUSTIFIED_GAP = 4  # none wider than this,
JUSTIFIED_SPREAD = 2  # and none more than this wider than another,
PROSE_SHARE = 0.8  # and this share of its tokens at least are words


def justified(line: str) -> bool:
    """Whether a line is prose set justified, its spaces spread evenly over the gaps between its words ("van  het
    Mobiliteitsplan  Lorenzhaven  2040.  De   crisisbeheersing  en  de"), not a row of columns.

    >>> justified("van  het  Mobiliteitsplan  Lorenzhaven  2040.  De   crisisbeheersing  en  de")
    True
    >>> justified("Geregistreerde misdrijven totaal     3.412   3.298   3.267   daling")
    False
    >>> justified("Woninginbraken   120   110   100   95    90    85")
    False
    """
    gaps = [len(g) for g in re.findall(r"(?<=\S) +(?=\S)", line.strip())]
    tokens = line.split()
    worded = sum(1 for t in tokens if re.search(r"[^\W\d_]{2}", t))  # prose is words; a row of figures is not
    return (len(gaps) >= MIN_JUSTIFIED_GAPS and max(gaps) <= MAX_JUSTIFIED_GAP
            and max(gaps) - min(gaps) <= JUSTIFIED_SPREAD and worded >= PROSE_SHARE * len(tokens))


def spaced_tables(text: str) -> str:
    """Tables set in columns of spaces ("Woninginbraak      61      54") as tab-separated rows, their rules blanked,
    the offsets kept. A block of such lines, without a blank line between them and starting in the same column, is
    a table."""
    lines = text.split("\n")

    def block(i: int) -> tuple[int, int]:
        """The end of the block of column lines from line ``i``, and how many of them are not rules."""
        j, rows = i, 0
        indent = len(lines[i]) - len(lines[i].lstrip(" "))
        while j < len(lines) and (_RULE.match(lines[j]) or (
                _COLUMN_GAP.search(lines[j].strip()) and not BULLET.match(lines[j]) and not justified(lines[j])
                and len(lines[j]) - len(lines[j].lstrip(" ")) == indent)):
            rows += not _RULE.match(lines[j])
            j += 1
        return j, rows

    out: list[str] = []
    i = 0
    while i < len(lines):
        j, rows = block(i)
        if rows == 1 and j + 1 < len(lines) and not lines[j].strip() and lines[j + 1].strip():
            # a header row set apart by a blank line ("Ambitie      Budget      Formatie" / "" / "1 Een …   € 215.000")
            # heads the table below it when that table starts in the same column
            end, below = block(j + 1)
            indent = len(lines[i]) - len(lines[i].lstrip(" "))
            if below >= MIN_TABLE_LINES and len(lines[j + 1]) - len(lines[j + 1].lstrip(" ")) == indent:
                j, rows = end, rows + below
        if rows >= MIN_TABLE_LINES:  # (each gap a tab and spaces, each rule spaces: the offsets stay)
            out += [" " * len(line) if _RULE.match(line) else _CELL_GAP.sub(lambda m: "\t" + m.group()[1:], line)
                    for line in lines[i:j]]
            i = j
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


PAGE_BAND_LINES = 2  # a text export's running header or footer is among the first or last two lines of a page
_CONTINUED = re.compile(r"[^.!?:;]\s*$")  # a line that does not end a sentence or introduce what follows
MIN_CUT_WORDS = 8  # a line this long ending in a lower-case word is running text the page break cut, not a heading


def without_page_furniture(text: str, pages: tuple[int, ...]) -> str:
    """The text of a PDF-to-text export, its offsets kept, with the lines that repeat at the top or bottom of many
    pages (the running header and footer) and the page numbers there blanked out; a paragraph that the page break
    cut ("… valt onder basisteam" / "Zuidoost-Drenthe van de politie …") runs on over a single line break."""
    bounds = list(zip(pages, (*pages[1:], len(text))))
    spans = [[(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text[a:b]) if m.group().strip()] for a, b in bounds]
    spans = [[(a + s, a + e) for s, e in page] for (a, _), page in zip(bounds, spans)]

    def band(page: list[tuple[int, int]]) -> list[tuple[int, int]]:
        return list(dict.fromkeys(page[:PAGE_BAND_LINES] + page[-PAGE_BAND_LINES:]))

    seen: Counter = Counter()
    for page in spans:
        seen.update({furniture_key(text[s:e]) for s, e in band(page)})
    needed = max(2, math.ceil(FURNITURE_SHARE * sum(1 for page in spans if page)))
    chars = list(text)
    kept: list[list[tuple[int, int]]] = []
    for page in spans:
        furniture = {(s, e) for s, e in band(page)
                     if PAGE_NUMBER.match(text[s:e].strip()) or seen[furniture_key(text[s:e])] >= needed}
        for s, e in furniture:
            chars[s:e] = " " * (e - s)
        kept.append([span for span in page if span not in furniture])
    for before, after in zip(kept, kept[1:]):
        if not before or not after:
            continue
        (_, end), (start, stop) = before[-1], after[0]
        last, first = text[before[-1][0]:end], text[start:stop].lstrip()
        if _CONTINUED.search(last) and (first[:1].islower() or (len(last.split()) >= MIN_CUT_WORDS
                                                                and last.rstrip()[-1:].islower())):
            line_start = text.rfind("\n", 0, start) + 1  # the break before the next page's first line stays
            chars[end:line_start - 1] = " " * (line_start - 1 - end)
    return "".join(chars)


def load_html(data: bytes, name: str) -> Loaded:
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise _binary(name)
    markup = decode_text(data, name)
    declared = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", data[:4096], re.I)
    if declared and declared.group(1).lower() not in (b"utf-8", b"utf8"):
        try:
            markup = data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return read_html(markup)


def load_pdf(data: bytes, name: str) -> Loaded:
    return read_pdf(data, name)


def load_docx(data: bytes, name: str) -> Loaded:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise DocumentError(f"{name} is not a readable Word document ({exc})",
                            f"‘{name}’ is geen leesbaar Word-document (.docx).") from exc
    return read_docx(document)


LOADERS: dict[str, Callable[[bytes, str], Loaded]] = {
    ".txt": load_text,
    ".md": load_text,
    ".markdown": load_text,
    ".html": load_html,
    ".htm": load_html,
    ".pdf": load_pdf,
    ".docx": load_docx,
}


def supported_suffixes() -> list[str]:
    return sorted(LOADERS)
