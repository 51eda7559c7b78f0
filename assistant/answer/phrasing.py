"""The fixed Dutch phrases of an answer (``assistant/data/phrases.toml``) and the blocks they frame.

Every line of an answer is a quote or one of these phrases; headings say where the
quotes come from ("Volgens het Integraal veiligheidsbeleid gemeente Doesburg 2024-2027
(Ondermijning › Doelstellingen):").

    >>> join_names(["Doesburg", "Dalfsen", "Zwolle"])
    'Doesburg, Dalfsen en Zwolle'
    >>> article("Kadernota Integrale Veiligheid"), article("Beleidsplan Integrale Veiligheid")
    ('de', 'het')
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from typing import Any, Sequence

from assistant.answer.types import AnswerBlock, AnswerLine, Draft, LineStyle
from assistant.citation import CitationList, cite
from assistant.config import DATA_DIR
from assistant.index.store import Index
from assistant.text import words

PHRASES_FILE = DATA_DIR / "phrases.toml"
SECTION_DEPTH = 2  # headings named in a source phrase: the last two of the heading path
BLOCK_DEPTH = 2  # answer lines are grouped into one block per section down to this heading level


@lru_cache(maxsize=1)
def phrases() -> dict[str, Any]:
    """The phrase table, read once."""
    return tomllib.loads(PHRASES_FILE.read_text(encoding="utf-8"))


def phrase(key: str, **values: Any) -> str:
    """A phrase with its placeholders filled."""
    return phrases()[key].format(**values)


def join_names(names: Sequence[str]) -> str:
    """'A', 'A en B', 'A, B en C'."""
    names = list(names)
    if len(names) == 1:
        return names[0]
    return phrases()["list_separator"].join(names[:-1]) + phrases()["and"] + names[-1]


def article(title: str) -> str:
    """'het' or 'de' for a plan title ('het Beleidsplan …', 'de Kadernota …')."""
    head = words(title)[:1]
    if head and any(head[0].endswith(w) for w in phrases()["de_words"]):
        return "de"
    return "het"


def source_phrase(index: Index, doc_id: str, start: int) -> str:
    """'Volgens het Integraal veiligheidsbeleid gemeente Doesburg 2024-2027 (Ondermijning › Doelstellingen):'."""
    doc = index.documents[doc_id]
    title = doc.title
    place = "" if doc.municipality.lower() in title.lower() else phrase("of_place", municipality=doc.municipality)
    path = doc.structure.heading_path_at(start)
    section = phrases()["section_separator"].join(p for p in path[-SECTION_DEPTH:] if p != title)
    return phrase("according_to", article=article(title), title=title, place=place,
                  section=phrase("section", section=section) if section else "")


def blocks(index: Index, draft: Draft, citations: CitationList, municipality: str | None) -> list[AnswerBlock]:
    """A draft's lines as blocks, one per document section, each under its source phrase; lines numbered."""
    out: list[AnswerBlock] = []
    current_key = None
    lines: list[AnswerLine] = []
    heading = ""
    for line in draft.lines:
        document = index.documents[line.doc_id]
        key = (line.doc_id, document.structure.heading_path_at(line.start)[:BLOCK_DEPTH])
        if key != current_key:
            if lines:
                out.append(AnswerBlock(heading, tuple(lines), municipality))
            lines = []
            current_key = key
            heading = source_phrase(index, line.doc_id, line.start)
            if municipality:
                heading = phrase("per_municipality", municipality=municipality, heading=heading)
        number = citations.add(cite(document, line.start, line.end))
        text = line.display if line.display is not None else document.text[line.start:line.end]
        lines.append(AnswerLine(" ".join(text.split()) if line.style != LineStyle.ROW else text, number, line.style))
    if lines:
        out.append(AnswerBlock(heading, tuple(lines), municipality))
    return out
