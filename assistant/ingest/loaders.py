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
import re
import zipfile
from typing import Callable

from assistant.errors import DocumentError
from assistant.ingest.loaded import Loaded
from assistant.ingest.pdf import read_pdf
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
    """A plain-text or Markdown plan; a form feed (a page break of a PDF-to-text export) starts a page."""
    text = decode_text(data, name)
    pages = (0, *(m.end() for m in re.finditer("\f", text))) if "\f" in text else ()
    return Loaded(text.replace("\f", "\n"), pages=pages)


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
