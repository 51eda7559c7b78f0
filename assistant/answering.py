"""Extractive answers with citations.

Every line of an answer is either a fixed Dutch phrase or text copied from a
document, and every copied line carries a ``Citation`` whose ``quote`` is
exactly ``document.text[start:end]``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .index import Index
from .question import Question
from .retrieval import Passage
from .text import term_set

ABSTAIN_TEXT = "Hierover vind ik in de documenten geen betrouwbaar antwoord."


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


@dataclass(frozen=True)
class AnswerLine:
    text: str
    citation: int | None = None  # 1-based index into Answer.citations
    style: str = "sentence"  # sentence | bullet | row | note


@dataclass(frozen=True)
class AnswerBlock:
    heading: str
    lines: tuple[AnswerLine, ...]
    municipality: str | None = None


@dataclass(frozen=True)
class Answer:
    question: str
    intent: str
    blocks: tuple[AnswerBlock, ...]
    citations: tuple[Citation, ...]
    abstained: bool
    passages: tuple[Passage, ...] = ()
    related: tuple[Citation, ...] = ()  # "mogelijk relevant" passages when abstaining
    notes: tuple[str, ...] = field(default=())

    @property
    def text(self) -> str:
        """The answer as plain text with [n] citation markers."""
        parts: list[str] = []
        for block in self.blocks:
            lines = [block.heading] if block.heading else []
            for line in block.lines:
                marker = f" [{line.citation}]" if line.citation else ""
                prefix = "• " if line.style == "bullet" else ""
                lines.append(f"{prefix}{line.text}{marker}")
            parts.append("\n".join(lines))
        parts.extend(self.notes)
        return "\n\n".join(p for p in parts if p)


def make_citation(index: Index, doc_id: str, start: int, end: int) -> Citation:
    doc = index.documents[doc_id]
    return Citation(doc_id, doc.municipality, doc.title, doc.structure.heading_path_at(start), start, end,
                    doc.text[start:end])


class CitationList:
    """Numbers citations in order of first use; the same span is cited once."""

    def __init__(self, index: Index):
        self.index = index
        self.items: list[Citation] = []
        self._numbers: dict[tuple[str, int, int], int] = {}

    def cite(self, doc_id: str, start: int, end: int) -> int:
        key = (doc_id, start, end)
        if key not in self._numbers:
            self.items.append(make_citation(self.index, doc_id, start, end))
            self._numbers[key] = len(self.items)
        return self._numbers[key]


def sentence_scores(index: Index, rows: list[int], query_vector: np.ndarray, question: Question) -> np.ndarray:
    """Relevance of candidate sentences: cosine to the question plus key-term overlap."""
    if not rows:
        return np.zeros(0)
    cosine = index.sentence_vectors[rows] @ query_vector
    keys = set(question.key_terms)
    overlap = np.zeros(len(rows))
    if keys:
        for j, row in enumerate(rows):
            doc = index.documents[index.sentence_doc[row]]
            found = term_set(doc.text[index.sentence_start[row]:index.sentence_end[row]])
            overlap[j] = len(keys & found) / len(keys)
    return cosine + 0.3 * overlap


def compose_simple(index: Index, question: Question, passages: list[Passage], query_vector: np.ndarray,
                   max_passages: int = 3, per_passage: int = 2) -> Answer:
    """The best sentences of the best passages, verbatim, each cited."""
    citations = CitationList(index)
    blocks: list[AnswerBlock] = []
    for passage in passages[:max_passages]:
        rows = index.chunk_sentences.get(index.chunk_index[passage.chunk.chunk_id], [])
        if not rows:
            continue
        scores = sentence_scores(index, rows, query_vector, question)
        best = sorted(np.argsort(-scores)[:per_passage])
        lines = []
        for j in best:
            row = rows[int(j)]
            start, end = int(index.sentence_start[row]), int(index.sentence_end[row])
            number = citations.cite(passage.doc_id, start, end)
            lines.append(AnswerLine(index.documents[passage.doc_id].text[start:end], number))
        heading = f"Volgens {passage.title} ({passage.municipality}):"
        blocks.append(AnswerBlock(heading, tuple(lines), passage.municipality))
    if not blocks:
        return Answer(question.text, question.intent, (AnswerBlock("", (AnswerLine(ABSTAIN_TEXT, None, "note"),)),),
                      (), True, tuple(passages))
    return Answer(question.text, question.intent, tuple(blocks), tuple(citations.items), False, tuple(passages))


def compose(index: Index, result, query_vector: np.ndarray, retriever=None) -> Answer:
    """Compose the answer for a search result."""
    return compose_simple(index, result.question, list(result.passages), query_vector)
