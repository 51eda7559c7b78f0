"""The data of the answer stage: what an answer is, and the pieces it is drafted from."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from assistant.ask.question import Intent
from assistant.ask.retrieval import Passage
from assistant.citation import Citation

Span = tuple[str, int, int]  # (doc_id, start, end) of a document's text


class LineStyle(StrEnum):
    """How an answer line is shown."""

    SENTENCE = "sentence"
    BULLET = "bullet"  # a list item whose bullet was stripped (the view draws one)
    ITEM = "item"  # a list item that keeps its number or letter ("1.", "a.")
    ROW = "row"  # a table row read back with its column headers
    NOTE = "note"  # a fixed Dutch phrase, not a quote


@dataclass(frozen=True)
class AnswerLine:
    text: str
    citation: int | None = None  # 1-based index into Answer.citations
    style: LineStyle = LineStyle.SENTENCE


@dataclass(frozen=True)
class AnswerBlock:
    heading: str
    lines: tuple[AnswerLine, ...]
    municipality: str | None = None


@dataclass(frozen=True)
class Reason:
    """Why (part of) an answer abstains: the rule that fired, in English for logs and the eval.

    ``related`` are the spans shown as *mogelijk relevant*; ``note`` is a Dutch sentence
    for the user when the rule has one to say ("Over gemeente Zutphen staan geen documenten …").
    """

    rule: str
    detail: str
    related: tuple[Span, ...] = ()
    note: str = ""
    quote: Span | None = None  # the plan's own sentence that gives the reason ("… valt onder het GVVP …")


@dataclass(frozen=True)
class Answer:
    question: str
    intent: Intent
    blocks: tuple[AnswerBlock, ...]
    citations: tuple[Citation, ...]
    abstained: bool
    passages: tuple[Passage, ...] = ()
    related: tuple[Citation, ...] = ()  # "mogelijk relevant" passages when abstaining
    notes: tuple[str, ...] = field(default=())
    reason: str = ""  # why the answer abstained (English, for logs and the eval)
    reasons: tuple[Reason, ...] = ()  # every abstention rule that fired (for a comparison: per municipality)
    tentative: bool = False  # the evidence shares the question's topic but may not answer it ("mogelijk relevant")

    @property
    def text(self) -> str:
        """The answer as plain text with [n] citation markers."""
        parts: list[str] = []
        for block in self.blocks:
            lines = [block.heading] if block.heading else []
            for line in block.lines:
                marker = f" [{line.citation}]" if line.citation else ""
                prefix = "• " if line.style == LineStyle.BULLET else ""
                lines.append(f"{prefix}{line.text}{marker}")
            parts.append("\n".join(lines))
        parts.extend(self.notes)
        return "\n\n".join(p for p in parts if p)


@dataclass(frozen=True)
class Unit:
    """A candidate answer unit: one row of the sentence table (sentence, list item or table row), scored."""

    row: int
    doc_id: str
    start: int
    end: int
    kind: str
    chunk: int
    similarity: float  # z-scored among the candidates
    coverage: float
    topical: float  # coverage of the key terms that are not years
    cue: float
    score: float

    @property
    def span(self) -> Span:
        return self.doc_id, self.start, self.end


@dataclass(frozen=True)
class DraftLine:
    doc_id: str
    start: int
    end: int
    style: LineStyle
    display: str | None = None  # shown instead of the span's text (a table row with its headers)


@dataclass
class Draft:
    """The lines of one block before numbering; ``evidenced``: the strategy's find is evidence in itself
    (a list named like the question, a defining sentence), so the evidence-strength rule does not apply."""

    lines: list[DraftLine] = field(default_factory=list)
    evidenced: bool = False
    related: list[Span] = field(default_factory=list)
