"""A citation: a span of a document, never a loose string.

``quote == document.text[start:end]`` always holds: a citation is made from the
document and offsets, and the quote is read from the text. Answers, plan cards,
theme matrices and comparisons all cite through ``cite``.

    >>> from assistant.ingest.documents import Document, DocumentMetadata
    >>> doc = Document("x", "Ondermijning\\n\\nHet RIEC helpt gemeenten.\\n", DocumentMetadata("X", "Plan"))
    >>> c = cite(doc, 14, 39)
    >>> c.quote, c.heading_path
    ('Het RIEC helpt gemeenten.', ('Ondermijning',))
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class _Metadata(Protocol):
    municipality: str
    title: str


class _Structure(Protocol):
    def heading_path_at(self, offset: int) -> tuple[str, ...]: ...


class Citable(Protocol):
    """What a citation is made from (``assistant.ingest.documents.Document``)."""

    doc_id: str
    text: str
    metadata: _Metadata
    structure: _Structure

    def page_at(self, offset: int) -> int | None: ...


@dataclass(frozen=True)
class Citation:
    doc_id: str
    municipality: str
    title: str
    heading_path: tuple[str, ...]
    start: int
    end: int
    quote: str
    page: int | None = None  # 1-based page of ``start`` in a paged document (PDF)

    def label(self) -> str:
        """'Doesburg · Integraal veiligheidsbeleid … › Ondermijning › Doelstellingen' (and ', p. 12' in a PDF)."""
        path = " › ".join(self.heading_path)
        return f"{self.municipality} · {self.title}" + (f" › {path}" if path else "") + self.page_label()

    def page_label(self) -> str:
        """', p. 12' for a citation of a paged document, else ''."""
        return f", p. {self.page}" if self.page else ""

    def to_dict(self) -> dict:
        """The citation as JSON-ready data (``--json`` outputs, exports)."""
        return {"doc_id": self.doc_id, "municipality": self.municipality, "title": self.title,
                "heading_path": list(self.heading_path), "start": self.start, "end": self.end, "quote": self.quote, "page": self.page}


def cite(document: Citable, start: int, end: int) -> Citation:
    """Cite ``document.text[start:end]``."""
    metadata = document.metadata
    return Citation(document.doc_id, metadata.municipality, metadata.title, document.structure.heading_path_at(start),
                    start, end, document.text[start:end], document.page_at(start))


class CitationList:
    """Numbers citations in order of first use; the same span is cited once."""

    def __init__(self) -> None:
        self.items: list[Citation] = []
        self._numbers: dict[tuple[str, int, int], int] = {}

    def add(self, citation: Citation) -> int:
        """The 1-based number of ``citation`` in this answer."""
        key = (citation.doc_id, citation.start, citation.end)
        if key not in self._numbers:
            self.items.append(citation)
            self._numbers[key] = len(self.items)
        return self._numbers[key]
