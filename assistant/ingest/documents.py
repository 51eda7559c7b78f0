"""Documents and their metadata: loading, cleaning, metadata inference.

A ``Document`` holds the text exactly as the loader produced it; every later
offset (chunks, citations) points into ``Document.text``. Publication
boilerplate is not cut out of the text (that would shift offsets) but marked as
``excluded`` spans, which the chunker skips; what is metadata in it (the CVDR
header of overheid.nl exports) becomes ``DocumentMetadata``.

Loaders are a small registry keyed by file suffix::

    >>> sorted(LOADERS)
    ['.docx', '.htm', '.html', '.markdown', '.md', '.pdf', '.txt']
"""

from __future__ import annotations

import bisect
import hashlib
import io
import re
import tomllib
import zipfile
from collections import Counter
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from functools import cached_property
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable, Iterator

from assistant.errors import DocumentError
from assistant.ingest.structure import DocumentStructure, parse

SIDECAR_SUFFIX = ".meta.toml"


class MetadataOrigin(StrEnum):
    """Where a document's metadata came from, most reliable first."""

    SIDECAR = "sidecar"
    HEADER = "header"
    TITLE = "title"
    FILENAME = "filename"


@dataclass(frozen=True)
class DocumentMetadata:
    municipality: str
    title: str
    period_start: int | None = None
    period_end: int | None = None
    adopted_by: str | None = None
    adopted_on: str | None = None
    in_force_from: str | None = None
    source: str | None = None
    metadata_origin: MetadataOrigin = MetadataOrigin.SIDECAR
    municipalities: tuple[str, ...] = ()  # every municipality a joint plan covers; empty: just ``municipality``
    kind: str | None = None  # the kind of document ("beleidsplan", "kadernota", …)
    legal_basis: str | None = None  # wettelijke grondslag
    valid_until: str | None = None  # ISO date: "Geldend … t/m"
    expired_on: str | None = None  # ISO date: "Regeling vervallen per"

    @property
    def members(self) -> tuple[str, ...]:
        """The municipalities the plan is about (one, or the members of a joint plan)."""
        return self.municipalities or (self.municipality,)

    @property
    def period(self) -> str | None:
        if self.period_start and self.period_end:
            return f"{self.period_start}-{self.period_end}"
        return str(self.period_start) if self.period_start else None


@dataclass(frozen=True)
class Document:
    """A document as loaded: ``text`` exactly as the loader produced it, every offset points into it.

    The one document type of the product: ingest creates it, the index stores and reloads it,
    answers and views read its ``structure`` (parsed once, on first use).
    """

    doc_id: str
    text: str
    metadata: DocumentMetadata
    path: str = ""
    sha256: str = ""
    excluded: tuple[tuple[int, int], ...] = field(default=())

    @property
    def municipality(self) -> str:
        return self.metadata.municipality

    @property
    def title(self) -> str:
        return self.metadata.title

    pages: tuple[int, ...] = field(default=())  # offset where each page starts (paged formats: PDF)

    @cached_property
    def structure(self) -> DocumentStructure:
        """The section tree (headings, lists, tables) with offsets into ``text``."""
        return parse(self)

    def page_at(self, offset: int) -> int | None:
        """The 1-based page an offset is on, for paged formats; None otherwise."""
        if not self.pages:
            return None
        return bisect.bisect_right(self.pages, offset) or 1

    def to_record(self) -> dict:
        """The document as JSON-ready data (the index stores documents this way)."""
        return {"doc_id": self.doc_id, "text": self.text, "metadata": asdict(self.metadata),
                "path": Path(self.path).name, "sha256": self.sha256, "excluded": self.excluded, "pages": self.pages}

    @classmethod
    def from_record(cls, record: dict) -> "Document":
        metadata = dict(record["metadata"])
        metadata["municipalities"] = tuple(metadata.get("municipalities", ()))
        return cls(record["doc_id"], record["text"], DocumentMetadata(**metadata), record["path"], record["sha256"],
                   tuple(tuple(x) for x in record.get("excluded", ())), tuple(record.get("pages", ())))


# --------------------------------------------------------------------------- loaders

def _decode_text(data: bytes, name: str) -> str:
    if b"\x00" in data[:4096]:
        raise DocumentError(f"{name} is a binary file, not a text document",
                            f"‘{name}’ is geen tekstdocument (binair bestand).")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes almost everything
        raise DocumentError(f"{name} is not valid UTF-8 text", f"‘{name}’ is geen leesbare tekst (geen UTF-8).")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load_text(data: bytes, name: str) -> str:
    return _decode_text(data, name)


class _HTMLText(HTMLParser):
    """HTML to text that keeps the document's structure as lines.

    Headings and paragraphs become blank-line separated blocks, list items get a
    bullet, table rows become tab-separated lines (the shape the structure parser
    reads for plain-text plans).
    """

    BLOCK = {"p", "div", "section", "article", "header", "footer", "ul", "ol", "table", "blockquote", "main", "body"}
    HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
    SKIP = {"script", "style", "head", "title", "noscript", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.cell = 0

    def _newlines(self, n: int) -> None:
        text = "".join(self.parts)
        trailing = len(text) - len(text.rstrip("\n"))
        if text and trailing < n:
            self.parts.append("\n" * (n - trailing))

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.HEADINGS or tag in self.BLOCK:
            self._newlines(2)
        elif tag == "li":
            self._newlines(1)
            self.parts.append("• ")
        elif tag == "tr":
            self._newlines(1)
            self.cell = 0
        elif tag in ("td", "th"):
            if self.cell:
                self.parts.append("\t")
            self.cell += 1
        elif tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.HEADINGS or tag in self.BLOCK:
            self._newlines(2)
        elif tag in ("li", "tr"):
            self._newlines(1)

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))

    def text(self) -> str:
        lines = [line.strip(" ") for line in "".join(self.parts).split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def load_html(data: bytes, name: str) -> str:
    parser = _HTMLText()
    parser.feed(_decode_text(data, name))
    parser.close()
    return parser.text()


def load_pdf(data: bytes, name: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data.startswith(b"%PDF"):
        raise DocumentError(f"{name} is not a PDF file", f"‘{name}’ is geen geldig PDF-bestand.")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DocumentError(f"{name} is password protected", f"‘{name}’ is beveiligd met een wachtwoord en kan niet worden gelezen.")
        pages = [page.extract_text() or "" for page in reader.pages]
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise DocumentError(f"{name} is a damaged PDF ({exc})", f"‘{name}’ is een beschadigd PDF-bestand en kan niet worden gelezen.") from exc
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text.strip():
        raise DocumentError(f"{name} contains no extractable text (scanned?)",
                            f"‘{name}’ bevat geen leesbare tekst (mogelijk een scan zonder tekstlaag).")
    return text.replace("\r\n", "\n") + "\n"


def load_docx(data: bytes, name: str) -> str:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise DocumentError(f"{name} is not a readable Word document ({exc})",
                            f"‘{name}’ is geen leesbaar Word-document (.docx).") from exc
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = docx.text.paragraph.Paragraph(child, document)
            text = paragraph.text.strip()
            if not text:
                continue
            style = (paragraph.style.name if paragraph.style is not None else "") or ""
            if style.lower().startswith("list") or child.find(".//{*}numPr") is not None:
                lines.append(f"• {text}")
                continue
            lines.append("")
            lines.append(text)
        elif tag == "tbl":
            table = docx.table.Table(child, document)
            lines.append("")
            for row in table.rows:
                lines.append("\t".join(cell.text.strip().replace("\n", " ") for cell in row.cells))
    return "\n".join(lines).strip() + "\n"


LOADERS: dict[str, Callable[[bytes, str], str]] = {
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


# --------------------------------------------------------------------------- metadata

_CVDR_FIELDS = {
    "Organisatie": "organisation",
    "Officiële naam regeling": "official_name",
    "Citeertitel": "citation_title",
    "Vastgesteld door": "adopted_by",
}
_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*(?:[-–—/]|t/m|tot en met)\s*((?:19|20)\d\d)\b")
_GEMEENTE = re.compile(r"\bgemeente\s+([A-Z][\w'’-]+(?:[ -](?:aan|op|den|de|der|en|in|a/d)\s+[A-Z][\w'’-]+)?)")
_DATE = re.compile(r"(?<!\d)(\d{1,2})-(\d{1,2})-(\d{4})(?!\d)")
_BOILERPLATE_LINES = (
    re.compile(r"^Ziet u een fout in deze regeling\?.*$", re.M),
)


def _iso(date: re.Match[str]) -> str:
    return f"{date.group(3)}-{int(date.group(2)):02d}-{int(date.group(1)):02d}"


def cvdr_header(text: str) -> dict[str, str]:
    """Fields of an overheid.nl (CVDR) export header, if the text has one."""
    if "Gegevens van de regeling" not in text[:5000]:
        return {}
    found: dict[str, str] = {}
    for line in text[:5000].splitlines():
        for label, key in _CVDR_FIELDS.items():
            if line.startswith(label) and key not in found:
                value = line[len(label):].strip()
                if value:
                    found[key] = value
    block_start = text.find("Overzicht van in de tekst verwerkte wijzigingen")
    block_end = text.find("Tekst van de regeling")
    if 0 <= block_start < block_end:
        block = text[block_start:block_end]
        dates = list(_DATE.finditer(block))
        if dates:
            found["in_force_from"] = _iso(dates[0])
        if len(dates) > 1:
            found["adopted_on"] = _iso(dates[1])
        source = re.search(r"\b(gmb-\d{4}-\d+|[a-z]{2,5}-\d{4}-\d+)\b", block)
        if source:
            found["source"] = f"CVDR (overheid.nl), Gemeenteblad {source.group(1)}"
    return found


def excluded_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of publication boilerplate that must not become chunks."""
    spans: list[tuple[int, int]] = []
    for pattern in _BOILERPLATE_LINES:
        spans.extend((m.start(), m.end()) for m in pattern.finditer(text))
    if "Gegevens van de regeling" in text[:5000]:
        start = text.find("Wetstechnische informatie")
        if start < 0:
            start = text.find("Gegevens van de regeling")
        marker = "Tekst van de regeling"
        end = text.find(marker, start)
        if end >= 0:
            end += len(marker)
            intitule = re.match(r"\s*Intitulé\s*\n", text[end:])
            if intitule:
                end += intitule.end()
            spans.append((start, end))
    return tuple(sorted(spans))


def _title_line(text: str, excluded: tuple[tuple[int, int], ...]) -> str | None:
    offset = 0
    candidates = []
    for line in text[:6000].splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        stripped = line.strip()
        if not stripped or any(a <= start < b for a, b in excluded):
            continue
        if len(stripped) > 150:
            break
        candidates.append(stripped)
        if len(candidates) >= 8:
            break
    for line in candidates:
        if _YEAR_RANGE.search(line) or re.search(r"(beleid|plan|nota|visie|programma)", line, re.I):
            return line
    return candidates[0] if candidates else None


def _municipality_from_text(text: str) -> str | None:
    counts = Counter(m.group(1) for m in _GEMEENTE.finditer(text[:20000]))
    return counts.most_common(1)[0][0] if counts else None


_NAME_PARTICLES = {"aan", "op", "den", "de", "der", "en", "in", "van", "bij", "a/d"}


def _name_from_stem(stem: str) -> str:
    """'bergen-op-zoom' -> 'Bergen op Zoom' (Dutch particles stay lower case, as in the official names)."""
    parts = re.sub(r"[_-]+", " ", stem).split()
    return " ".join(p.lower() if i and p.lower() in _NAME_PARTICLES else p[:1].upper() + p[1:].lower()
                    for i, p in enumerate(parts)) or "Onbekend"


def infer_metadata(text: str, file_name: str) -> DocumentMetadata:
    """Metadata without a sidecar: CVDR header, then the title line, then the file name."""
    excluded = excluded_spans(text)
    header = cvdr_header(text)
    stem = Path(file_name).name.split(".")[0]
    title = header.get("citation_title") or header.get("official_name")
    origin = MetadataOrigin.HEADER if title else MetadataOrigin.TITLE
    title = title or _title_line(text, excluded)
    municipality = header.get("organisation")
    if not municipality and title:
        m = _GEMEENTE.search(title)
        municipality = m.group(1) if m else None
    municipality = municipality or _municipality_from_text(text)
    if not title:
        origin = MetadataOrigin.FILENAME
        title = re.sub(r"[_-]+", " ", stem).strip().capitalize() or stem
    if not municipality:
        origin = MetadataOrigin.FILENAME
        municipality = _name_from_stem(stem)
    years = _YEAR_RANGE.search(title or "")
    return DocumentMetadata(
        municipality=municipality,
        title=title,
        period_start=int(years.group(1)) if years else None,
        period_end=int(years.group(2)) if years else None,
        adopted_by=header.get("adopted_by"),
        adopted_on=header.get("adopted_on"),
        in_force_from=header.get("in_force_from"),
        source=header.get("source"),
        metadata_origin=origin,
    )


def read_sidecar(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise DocumentError(f"{path.name}: invalid metadata file ({exc})",
                            f"‘{path.name}’: het metadatabestand is ongeldig.") from exc


def merge_metadata(inferred: DocumentMetadata, sidecar: dict, name: str = "metadata") -> DocumentMetadata:
    allowed = {f for f in DocumentMetadata.__dataclass_fields__ if f != "metadata_origin"}
    values = {k: v for k, v in sidecar.items() if k in allowed and v not in (None, "")}
    for key in ("period_start", "period_end"):
        if key in values:
            try:
                values[key] = int(values[key])
            except (TypeError, ValueError) as exc:
                raise DocumentError(f"{name}: {key} must be a year, not {values[key]!r}",
                                    f"‘{name}’: {key} moet een jaartal zijn, niet {values[key]!r}.") from exc
    for key, value in values.items():
        if key not in ("period_start", "period_end"):
            values[key] = str(value)  # TOML dates and numbers become the strings the rest of the code expects
    return replace(inferred, **values, metadata_origin=MetadataOrigin.SIDECAR) if values else inferred


# --------------------------------------------------------------------------- documents

def slugify(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug or "document"


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name.split(".")[0] + SIDECAR_SUFFIX) if path.suffix else path.with_suffix(SIDECAR_SUFFIX)


def corpus_hash(path: Path) -> str:
    """Hash of a corpus file plus its sidecar: what decides whether it changed."""
    digest = hashlib.sha256(path.read_bytes())
    sidecar = sidecar_path(path)
    if sidecar.exists():
        digest.update(b"\0sidecar\0" + sidecar.read_bytes())
    return digest.hexdigest()


def load_bytes(data: bytes, name: str, doc_id: str | None = None, sidecar: dict | None = None) -> Document:
    """Load one document from raw bytes (upload or file)."""
    suffix = Path(name).suffix.lower()
    loader = LOADERS.get(suffix)
    if loader is None:
        raise DocumentError(
            f"{name}: unsupported file type {suffix or '(none)'}; supported: {', '.join(supported_suffixes())}",
            f"‘{name}’: dit bestandstype wordt niet ondersteund. Toegestaan: {', '.join(supported_suffixes())}.")
    if not data.strip():
        raise DocumentError(f"{name} is empty", f"‘{name}’ is leeg.")
    text = loader(data, name)
    if len(text.strip()) < 20:
        raise DocumentError(f"{name} contains (almost) no text", f"‘{name}’ bevat (vrijwel) geen tekst.")
    metadata = infer_metadata(text, name)
    if sidecar:
        metadata = merge_metadata(metadata, sidecar, Path(name).name.split(".")[0] + SIDECAR_SUFFIX)
    return Document(
        doc_id=doc_id or slugify(Path(name).name.split(".")[0]),
        text=text,
        metadata=metadata,
        path=name,
        sha256=hashlib.sha256(data).hexdigest(),
        excluded=excluded_spans(text),
    )


def load_document(path: Path) -> Document:
    """Load a corpus file with its sidecar metadata (if any)."""
    sidecar_file = sidecar_path(path)
    sidecar = read_sidecar(sidecar_file) if sidecar_file.exists() else {}
    doc_id = str(sidecar.pop("id", "")) or None
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path.name}: cannot read file ({exc})", f"‘{path.name}’ kan niet worden gelezen.") from exc
    document = load_bytes(data, path.name, doc_id=doc_id, sidecar=sidecar)
    return replace(document, path=str(path), sha256=corpus_hash(path))


def corpus_files(corpus_dir: Path) -> list[Path]:
    """The documents in a corpus folder (sidecars, hidden files and READMEs excluded)."""
    if not corpus_dir.is_dir():
        return []
    files = []
    for path in sorted(corpus_dir.iterdir()):
        if not path.is_file() or path.name.startswith(".") or path.name.endswith(SIDECAR_SUFFIX):
            continue
        if path.stem.upper() == "README":
            continue
        if path.suffix.lower() in LOADERS:
            files.append(path)
    return files


@dataclass(frozen=True)
class CorpusProblem:
    path: str
    message: str
    message_nl: str


def iter_corpus(corpus_dir: Path, problems: list[CorpusProblem] | None = None) -> Iterator[Document]:
    """Every readable document of the corpus; unreadable ones are reported, not fatal."""
    seen: dict[str, str] = {}
    for path in corpus_files(corpus_dir):
        try:
            document = load_document(path)
        except DocumentError as exc:
            if problems is not None:
                problems.append(CorpusProblem(str(path), str(exc), exc.message_nl))
            continue
        if document.doc_id in seen:
            suffix_id = slugify(path.name)
            document = replace(document, doc_id=suffix_id)
        seen[document.doc_id] = str(path)
        yield document
