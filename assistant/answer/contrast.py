"""A comparison as a contrast: one column per municipality, one row per aspect, every cell cited.

Rows are the aspects a plan can address for the compared topic — whether it is one of
the plan's priorities, its goals for it, and what the answer quotes from it — each read
from the same extraction as the plan cards (``lookup.plan_items``). A row appears when at
least one plan addresses it; a plan that is silent on it gets "niet genoemd".

    >>> ContrastCell(()).silent
    True
"""

from __future__ import annotations

import re
from typing import Sequence

from assistant.answer.intents import Material, goals_under, matching_priorities, topic_terms
from assistant.answer.lookup import Lookups
from assistant.answer.phrasing import phrase
from assistant.answer.types import AnswerBlock, Contrast, ContrastCell, ContrastRow
from assistant.citation import Citation, CitationList

ASPECT_PRIORITY = "Prioriteit"
ASPECT_GOALS = "Doelen"
ASPECT_ANSWER = "Uit het plan"
MAX_GOALS = 2  # goals quoted per cell
_COMPARING = re.compile(r"(?:aanpak|vergelijk|verschil|overeenkomst|doen|doet|beleid|gemeent)\w*")


def _cell(citations: CitationList, found: Sequence[Citation]) -> ContrastCell:
    return ContrastCell(tuple(" ".join(c.quote.split()) for c in found), tuple(citations.add(c) for c in found))


def _goals(data: Lookups, material: Material) -> list[Citation]:
    """The goals of the block's plans under a heading named like the question's topic."""
    topics = [t for t in topic_terms(material) if not _COMPARING.fullmatch(t)]
    if not topics:
        return []
    return [g.citation for g in goals_under(data, material.plans(data) or set(), topics)][:MAX_GOALS]


def contrast(data: Lookups, columns: Sequence[str], materials: Sequence[Material | None],
             blocks: Sequence[Sequence[AnswerBlock]], citations: CitationList,
             answer_citations: Sequence[Citation]) -> Contrast | None:
    """The contrast of a comparison: ``materials`` and ``blocks`` per column (None / () for a plan with
    nothing on it); the cells' citations are added to ``citations`` (the answer's numbering)."""
    if len(columns) < 2:
        return None
    priority, goals, quoted = [], [], []
    for material, own_blocks in zip(materials, blocks):
        if material is None:
            priority.append(ContrastCell(()))
            goals.append(ContrastCell(()))
            quoted.append(ContrastCell(()))
            continue
        found = matching_priorities(data, material) or []
        priority.append(_cell(citations, [p.citation for p in found]))
        goals.append(_cell(citations, _goals(data, material)))
        first = next((line for block in own_blocks for line in block.lines if line.citation), None)
        quoted.append(_cell(citations, [answer_citations[first.citation - 1]]) if first else ContrastCell(()))
    rows = [ContrastRow(aspect, tuple(cells)) for aspect, cells in
            ((ASPECT_PRIORITY, priority), (ASPECT_GOALS, goals), (ASPECT_ANSWER, quoted))
            if any(not c.silent for c in cells)]
    return Contrast(tuple(columns), tuple(rows), phrase("not_mentioned_short")) if rows else None
