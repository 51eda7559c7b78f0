"""A conversation as a Markdown file, with every source written out.

The export is what a civil servant pastes into a memo: each question, the
answer (verbatim sentences with their [n] markers) and, per answer, the
numbered sources with municipality, document title, section path, character
offsets and the quoted text itself.

    >>> print(conversation_markdown([]).splitlines()[0])
    # Gesprek met Beleidswijzer
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Iterable, Sequence

from assistant.answer.types import Answer
from assistant.ask.conversation import Context
from assistant.citation import Citation

TITLE = "Gesprek met Beleidswijzer"

# Only what would turn text into markup in a Markdown viewer; the file stays readable as plain text.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~$])")


@dataclass(frozen=True)
class Turn:
    """One question in the conversation and what the assistant gave back.

    ``answer`` is None when the question was refused; ``message`` then holds the
    Dutch explanation that was shown instead.
    """

    turn_id: str
    question: str
    answer: Answer | None = None
    message: str = ""
    municipalities: tuple[str, ...] = ()
    period: tuple[int, int] | None = None
    asked_at: str = ""  # ISO timestamp
    seconds: float = 0.0
    context: Context | None = None  # the conversation's context after this turn (the next follow-up reads it)


def escape_inline(text: str) -> str:
    """Neutralise link, emphasis, HTML and heading syntax while keeping the text readable."""
    return _INLINE_SPECIAL.sub(r"\\\1", text)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _quote_block(text: str, indent: str = "   ") -> list[str]:
    lines = [escape_inline(line.strip()).replace("\t", " | ") for line in text.split("\n")]
    return [f"{indent}> {line}" if line else f"{indent}>" for line in lines]


def section_path(citation: Citation) -> str:
    return " › ".join(citation.heading_path) or "(begin van het document)"


def citation_markdown(number: int | None, citation: Citation) -> list[str]:
    """One source: '1. **Doesburg** — title — Sectie: a › b (tekens 10–20)' and the quote below it."""
    head = f"{number}." if number is not None else "-"
    page = f", p. {citation.page}" if citation.page else ""
    lines = [f"{head} **{escape_inline(citation.municipality)}** — {escape_inline(citation.title)}  ",
             f"   Sectie: {escape_inline(section_path(citation))}{page} (tekens {citation.start}–{citation.end})  "]
    lines.extend(_quote_block(citation.quote))
    return lines


def answer_markdown(answer: Answer) -> list[str]:
    lines: list[str] = []
    for caution in answer.cautions:
        lines += [f"_{escape_inline(_one_line(caution))}_", ""]
    for block in answer.blocks:
        if block.lead is not None:
            lead = "".join(f"**{escape_inline(p.text)}**" if p.strong else escape_inline(p.text)
                           for p in block.lead.parts)
            marker = f" [{block.lead.citation}]" if block.lead.citation else ""
            lines += [f"{_one_line(lead)}{marker}", ""]
        if block.heading:
            lines.append(f"**{escape_inline(_one_line(block.heading))}**")
            lines.append("")
        for line in block.lines:
            marker = f" [{line.citation}]" if line.citation else ""
            text = " ".join(escape_inline(line.text).replace("\t", " | ").split())
            if line.style in ("bullet", "row"):
                lines.append(f"- {text}{marker}")
            elif line.style == "note":
                lines.append(f"_{text}_{marker}")
                lines.append("")
            else:
                lines.append(f"{text}{marker}")
                lines.append("")
        if lines and lines[-1] != "":
            lines.append("")
    for note in answer.notes:
        lines.append(f"_{escape_inline(_one_line(note))}_")
        lines.append("")
    return lines


def turn_markdown(number: int, turn: Turn) -> list[str]:
    lines = [f"## Vraag {number}: {escape_inline(_one_line(turn.question))}", ""]
    filters = []
    if turn.municipalities:
        filters.append("gemeenten: " + ", ".join(escape_inline(m) for m in turn.municipalities))
    if turn.period:
        filters.append(f"periode: {turn.period[0]}–{turn.period[1]}")
    if filters:
        lines += [f"_Filter — {'; '.join(filters)}_", ""]
    if turn.answer is None:
        lines += [f"_{escape_inline(_one_line(turn.message or 'Geen antwoord.'))}_", ""]
        return lines
    if turn.answer.reading is not None:
        lines += [f"_Gelezen als: {escape_inline(_one_line(turn.answer.reading.text))}_", ""]
    lines += ["### Antwoord", ""]
    lines += answer_with_sources(turn.answer, "###")
    return lines


def answer_with_sources(answer: Answer, level: str = "**") -> list[str]:
    """An answer and its numbered sources as Markdown lines (the export, and the chat's copy button)."""
    def heading(text: str) -> str:
        return f"{level} {text}" if level.startswith("#") else f"{level}{text}{level}"

    lines = answer_markdown(answer)
    if answer.citations:
        lines += [heading("Bronnen"), ""]
        for n, citation in enumerate(answer.citations, 1):
            lines += citation_markdown(n, citation)
            lines.append("")
    if answer.related:
        lines += [heading("Mogelijk relevant"), ""]
        for citation in answer.related:
            lines += citation_markdown(None, citation)
            lines.append("")
    return lines


def answer_copy_text(answer: Answer) -> str:
    """What the copy button puts on the clipboard: the answer with its sources, as Markdown."""
    lines = answer_with_sources(answer)
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + "\n"


def conversation_markdown(turns: Sequence[Turn] | Iterable[Turn], exported_at: datetime | None = None) -> str:
    """The whole conversation as Markdown (pure: same turns, same text)."""
    turns = list(turns)
    when = (exported_at or datetime.now()).strftime("%d-%m-%Y %H:%M")
    lines = [f"# {TITLE}", "",
             f"Geëxporteerd op {when}. De antwoorden bestaan uit letterlijke zinnen uit de beleidsdocumenten; "
             "de nummers [n] verwijzen naar de bronnen onder elk antwoord.", ""]
    if not turns:
        lines += ["_Er zijn nog geen vragen gesteld._", ""]
    for number, turn in enumerate(turns, 1):
        lines += turn_markdown(number, turn)
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + "\n"


def export_file_name(exported_at: datetime | None = None) -> str:
    return f"beleidswijzer-gesprek-{(exported_at or datetime.now()).strftime('%Y%m%d-%H%M')}.md"
