"""A citation: a span of a document, never a loose string.

``quote == document.text[start:end]`` always holds: a citation is made from the
document and offsets, and the quote is read from the text. Answers, plan cards,
theme matrices and comparisons all cite through ``cite``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Citation:
    doc_id: str
    municipality: str
    title: str
    heading_path: tuple[str, ...]
    start: int
    end: int
    quote: str

    def label(self) -> str:
        """'Doesburg · Integraal veiligheidsbeleid … › Ondermijning › Doelstellingen'."""
        path = " › ".join(self.heading_path)
        return f"{self.municipality} · {self.title}" + (f" › {path}" if path else "")

    def to_dict(self) -> dict:
        """The citation as JSON-ready data (``--json`` outputs, exports)."""
        return {"doc_id": self.doc_id, "municipality": self.municipality, "title": self.title,
                "heading_path": list(self.heading_path), "start": self.start, "end": self.end, "quote": self.quote}


def cite(document, start: int, end: int) -> Citation:
    """Cite ``document.text[start:end]``; ``document`` has doc_id, text, metadata and structure."""
    metadata = document.metadata
    return Citation(document.doc_id, metadata.municipality, metadata.title, document.structure.heading_path_at(start),
                    start, end, document.text[start:end])
