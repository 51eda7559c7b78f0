"""Documents: loading a file into a ``Document``, scanning a corpus folder.

A ``Document`` holds the text exactly as the loader produced it; every later
offset (chunks, citations) points into ``Document.text``. Publication
boilerplate is not cut out of the text (that would shift offsets) but marked as
``excluded`` spans, which the chunker skips; what is metadata in it (the CVDR
header of overheid.nl exports) becomes ``DocumentMetadata`` and ``Document.facts``.

Loaders are a small registry keyed by file suffix (``assistant.ingest.loaders``)::

    >>> sorted(LOADERS)
    ['.docx', '.htm', '.html', '.markdown', '.md', '.pdf', '.txt']
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import asdict, dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Iterator

from assistant.config import MAX_DOCUMENT_MB
from assistant.errors import DocumentError
from assistant.ingest.facts import Fact, find_facts
from assistant.ingest.loaders import LOADERS, supported_suffixes
from assistant.ingest.metadata import (
    DocumentMetadata,
    MetadataOrigin,
    cvdr_header,
    excluded_spans,
    infer_metadata,
    merge_metadata,
    read_sidecar,
)
from assistant.ingest.structure import DocumentStructure, Mark, parse

__all__ = ["LOADERS", "SIDECAR_SUFFIX", "CorpusProblem", "Document", "DocumentError", "DocumentMetadata",
           "MetadataOrigin", "corpus_files", "corpus_hash", "cvdr_header", "excluded_spans", "infer_metadata",
           "iter_corpus", "load_bytes", "load_document", "merge_metadata", "read_sidecar", "sidecar_path", "slugify",
           "supported_suffixes"]

SIDECAR_SUFFIX = ".meta.toml"
MEGABYTE = 1024 * 1024


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
    marks: tuple[Mark, ...] = field(default=())  # what the format says a span is (Word styles, HTML tags, PDF fonts)

    @cached_property
    def structure(self) -> DocumentStructure:
        """The section tree (headings, lists, tables) with offsets into ``text``."""
        return parse(self)

    @cached_property
    def facts(self) -> tuple[Fact, ...]:
        """What the text states about the plan itself (adopted by/on, in force, published, legal basis …), with spans.

        Facts in the CVDR header are citable although the header is excluded from chunks.
        """
        return find_facts(self.text)

    def page_at(self, offset: int) -> int | None:
        """The 1-based page an offset is on, for paged formats; None otherwise."""
        if not self.pages:
            return None
        return bisect.bisect_right(self.pages, offset) or 1

    def to_record(self) -> dict:
        """The document as JSON-ready data (the index stores documents this way)."""
        return {"doc_id": self.doc_id, "text": self.text, "metadata": asdict(self.metadata),
                "path": Path(self.path).name, "sha256": self.sha256, "excluded": self.excluded, "pages": self.pages,
                "marks": [m.to_record() for m in self.marks]}

    @classmethod
    def from_record(cls, record: dict) -> "Document":
        metadata = dict(record["metadata"])
        metadata["municipalities"] = tuple(metadata.get("municipalities", ()))
        metadata["places"] = tuple(metadata.get("places", ()))
        return cls(record["doc_id"], record["text"], DocumentMetadata(**metadata), record["path"], record["sha256"],
                   tuple(tuple(x) for x in record.get("excluded", ())), tuple(record.get("pages", ())),
                   tuple(Mark.from_record(m) for m in record.get("marks", ())))


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


def _too_large(name: str, size: int, max_mb: float) -> DocumentError:
    return DocumentError(f"{name} is larger than {max_mb:g} MB ({size / MEGABYTE:.1f} MB); it was not read",
                         f"‘{name}’ is te groot ({size / MEGABYTE:.1f} MB; het maximum is {max_mb:g} MB) "
                         "en is niet gelezen.")


def load_bytes(data: bytes, name: str, doc_id: str | None = None, sidecar: dict | None = None,
               max_mb: float = MAX_DOCUMENT_MB) -> Document:
    """Load one document from raw bytes (upload or file)."""
    suffix = Path(name).suffix.lower()
    loader = LOADERS.get(suffix)
    if loader is None:
        raise DocumentError(
            f"{name}: unsupported file type {suffix or '(none)'}; supported: {', '.join(supported_suffixes())}",
            f"‘{name}’: dit bestandstype wordt niet ondersteund. Toegestaan: {', '.join(supported_suffixes())}.")
    if len(data) > max_mb * MEGABYTE:
        raise _too_large(name, len(data), max_mb)
    if not data.strip():
        raise DocumentError(f"{name} is empty", f"‘{name}’ is leeg.")
    loaded = loader(data, name)
    text = loaded.text
    if len(text.strip()) < 20:
        raise DocumentError(f"{name} contains (almost) no text", f"‘{name}’ bevat (vrijwel) geen tekst.")
    facts = find_facts(text)
    metadata = infer_metadata(text, name, loaded.marks, loaded.title, facts)
    if sidecar:
        metadata = merge_metadata(metadata, sidecar, Path(name).name.split(".")[0] + SIDECAR_SUFFIX)
    document = Document(
        doc_id=doc_id or slugify(Path(name).name.split(".")[0]),
        text=text,
        metadata=metadata,
        path=name,
        sha256=hashlib.sha256(data).hexdigest(),
        excluded=excluded_spans(text),
        pages=loaded.pages,
        marks=loaded.marks,
    )
    document.__dict__["facts"] = facts  # already computed from the same text
    return document


def load_document(path: Path, max_mb: float = MAX_DOCUMENT_MB) -> Document:
    """Load a corpus file with its sidecar metadata (if any); a file over ``max_mb`` is refused unread."""
    sidecar_file = sidecar_path(path)
    sidecar = read_sidecar(sidecar_file) if sidecar_file.exists() else {}
    doc_id = str(sidecar.pop("id", "")) or None
    try:
        size = path.stat().st_size
        if size > max_mb * MEGABYTE:
            raise _too_large(path.name, size, max_mb)
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path.name}: cannot read file ({exc})", f"‘{path.name}’ kan niet worden gelezen.") from exc
    document = load_bytes(data, path.name, doc_id=doc_id, sidecar=sidecar, max_mb=max_mb)
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


def _same_text(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def iter_corpus(corpus_dir: Path, problems: list[CorpusProblem] | None = None,
                max_mb: float = MAX_DOCUMENT_MB) -> Iterator[Document]:
    """Every readable document of the corpus; unreadable ones, and second copies, are reported, not fatal.

    A file whose content (or text) is that of an earlier file is the same document under
    another name: it is skipped, and the problem names the file it repeats.
    """
    seen_ids: dict[str, str] = {}
    seen_content: dict[str, Path] = {}

    def report(path: Path, message: str, message_nl: str) -> None:
        if problems is not None:
            problems.append(CorpusProblem(str(path), message, message_nl))

    for path in corpus_files(corpus_dir):
        try:
            document = load_document(path, max_mb)
        except DocumentError as exc:
            report(path, str(exc), exc.message_nl)
            continue
        content = hashlib.sha256(path.read_bytes()).hexdigest()
        first = seen_content.get(content) or seen_content.get(_same_text(document.text))
        if first is not None:
            report(path, f"{path.name} is the same document as {first.name} (identical content); skipped",
                   f"‘{path.name}’ is hetzelfde document als ‘{first.name}’ (zelfde inhoud) en is overgeslagen.")
            continue
        seen_content[content] = seen_content[_same_text(document.text)] = path
        if document.doc_id in seen_ids:
            document = replace(document, doc_id=slugify(path.name))
        seen_ids[document.doc_id] = str(path)
        yield document
