"""The data of the answer stage: what an answer is, and the pieces it is drafted from."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from assistant.ask.conversation import Reading
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
class Cell:
    """One cell of a table row in an answer, under its column header; ``asked``: the cell the question asks for."""

    header: str
    value: str
    asked: bool = False


@dataclass(frozen=True)
class AnswerLine:
    text: str
    citation: int | None = None  # 1-based index into Answer.citations
    style: LineStyle = LineStyle.SENTENCE
    cells: tuple[Cell, ...] = ()  # a ROW line's cells (the first is the row's label), for a small table


@dataclass(frozen=True)
class LeadPart:
    text: str
    strong: bool = False  # the value the question asks for ("**76**")


@dataclass(frozen=True)
class Lead:
    """The short line an answer opens with: fixed phrases and values copied from the cited evidence."""

    parts: tuple[LeadPart, ...]
    citation: int | None = None  # the line its values come from

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.parts)

    @property
    def markdown_text(self) -> str:
        """The lead with the asked value between ``**`` (plain text with emphasis, for the CLI and exports)."""
        return "".join(f"**{p.text}**" if p.strong else p.text for p in self.parts)


@dataclass(frozen=True)
class AnswerBlock:
    heading: str
    lines: tuple[AnswerLine, ...]
    municipality: str | None = None
    lead: Lead | None = None


@dataclass(frozen=True)
class Suggestion:
    """A next question offered under an answer; ``unfiltered``: ask it without the sidebar's filters."""

    label: str
    question: str
    unfiltered: bool = False


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
    municipality: str = ""  # the municipality (group) whose evidence the rule refused, in an answer per group


@dataclass(frozen=True)
class ContrastCell:
    texts: tuple[str, ...]  # quoted from the plan; empty: the plan does not address this aspect
    citations: tuple[int, ...] = ()  # 1-based numbers into Answer.citations, one per text

    @property
    def silent(self) -> bool:
        return not self.texts


@dataclass(frozen=True)
class ContrastRow:
    aspect: str
    cells: tuple[ContrastCell, ...]  # one per column


@dataclass(frozen=True)
class Contrast:
    columns: tuple[str, ...]  # the municipalities compared
    rows: tuple[ContrastRow, ...]
    silent_text: str = ""  # what a silent cell shows ("niet genoemd", a fixed phrase)


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
    reading: Reading | None = None  # how a follow-up was read in the light of the conversation ("Gelezen als: …")
    cautions: tuple[str, ...] = ()  # fixed Dutch warnings about the evidence ("Let op: dit plan gold van …")
    suggestions: tuple[Suggestion, ...] = ()
    contrast: Contrast | None = None  # a comparison side by side (``answer.contrast``)

    @property
    def lead(self) -> Lead | None:
        """The line the answer opens with."""
        return next((b.lead for b in self.blocks if b.lead is not None), None)

    @property
    def text(self) -> str:
        """The answer as plain text with [n] citation markers."""
        parts: list[str] = list(self.cautions)
        for block in self.blocks:
            lines = [block.lead.markdown_text] if block.lead is not None else []
            lines += [block.heading] if block.heading else []
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


class DraftKind(StrEnum):
    """What kind of find a draft is (the lead line is phrased after it)."""

    GENERAL = "general"
    LIST = "list"
    PRIORITIES = "priorities"
    PRIORITY_CHECK = "priority_check"
    NO_PRIORITY = "no_priority"  # the plan's sentence that says the topic asked about is no priority
    PARTNERS = "partners"
    GOALS = "goals"
    DEFINITION = "definition"
    FIGURE = "figure"
    PLAN_FACT = "plan_fact"
    TREATMENT = "treatment"
    ACTION = "action"


@dataclass
class Draft:
    """The lines of one block before numbering; ``evidenced``: the strategy's find is evidence in itself
    (a list named like the question, a defining sentence), so the evidence-strength rule does not apply.
    ``kind`` and ``count`` say what the strategy found, for the lead line (``lead``)."""

    lines: list[DraftLine] = field(default_factory=list)
    evidenced: bool = False
    related: list[Span] = field(default_factory=list)
    kind: DraftKind = DraftKind.GENERAL
    count: int | None = None  # how many things the strategy found (priorities, partners), when it knows
    subject: str = ""  # the name the lead says something about (a priority, an abbreviation)
    value: str = ""  # a value copied from a source (an abbreviation's expansion)
    member: str = ""  # the member of a joint plan a priority is for
