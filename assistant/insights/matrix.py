"""The theme matrix: municipalities × the 22 VNG themes, each cell cited.

``theme_matrix(index)`` combines the chunk theme labels stored at ingest
(``assistant.ingest.themes``) with each plan's priorities (``assistant.insights.plans``)
into cells "prioriteit", "besproken" or "niet genoemd"; every cell that is not empty
carries its citation. Computed once per index build.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from enum import StrEnum
from typing import Iterable, Sequence

from assistant.citation import Citation, cite
from assistant.index.store import Index
from assistant.ingest.themes import Theme, load_taxonomy
from assistant.insights.plans import priorities_of


class ThemeStatus(StrEnum):
    """What a plan does with a theme."""

    PRIORITY = "prioriteit"
    DISCUSSED = "besproken"
    NOT_MENTIONED = "niet genoemd"


PRIORITY, DISCUSSED, NOT_MENTIONED = ThemeStatus.PRIORITY, ThemeStatus.DISCUSSED, ThemeStatus.NOT_MENTIONED


@dataclass(frozen=True)
class ThemeCell:
    municipality: str
    theme: str
    status: ThemeStatus
    citation: Citation | None = None
    priority: str = ""  # the priority as the plan names it, for "prioriteit"


@dataclass(frozen=True)
class ThemeMatrix:
    municipalities: tuple[str, ...]
    themes: tuple[Theme, ...]
    cells: tuple[ThemeCell, ...]

    def cell(self, municipality: str, theme_id: str) -> ThemeCell:
        for c in self.cells:
            if c.municipality == municipality and c.theme == theme_id:
                return c
        raise KeyError((municipality, theme_id))

    def status(self, municipality: str, theme_id: str) -> ThemeStatus:
        return self.cell(municipality, theme_id).status

    def to_json(self) -> dict[str, dict[str, str]]:
        """``{municipality: {theme label: status}}`` (the CLI's ``themes --json``)."""
        return {m: {t.label: self.status(m, t.id) for t in self.themes} for m in self.municipalities}

    def rows(self) -> list[dict[str, str]]:
        """One row per theme: number, field, theme and a status column per municipality."""
        taxonomy = load_taxonomy()
        fields = {f.id: f.name for f in taxonomy.fields}
        return [{"nr": t.number, "veld": fields.get(t.field, t.field), "thema": t.label,
                 **{m: self.status(m, t.id) for m in self.municipalities}} for t in self.themes]

    def to_csv(self) -> str:
        """The matrix as CSV with the passage quoted per cell (for download)."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["nr", "veld", "thema", "gemeente", "status", "prioriteit", "document", "start", "end", "citaat"])
        fields = {f.id: f.name for f in load_taxonomy().fields}
        for t in self.themes:
            for m in self.municipalities:
                c = self.cell(m, t.id)
                cit = c.citation
                writer.writerow([t.number, fields.get(t.field, t.field), t.label, m, c.status, c.priority,
                                 cit.doc_id if cit else "", cit.start if cit else "", cit.end if cit else "",
                                 cit.quote if cit else ""])
        return out.getvalue()


def sentence_theme_hits(index: Index) -> list[dict[str, frozenset[str]]]:
    """Keyword hits per theme for every answer unit (sentence, list item, table row) of the index."""
    def compute(index: Index) -> list[dict[str, frozenset[str]]]:
        taxonomy = load_taxonomy()
        return [taxonomy.keyword_hits(text) for text in index.sentences.texts]

    return index.derived("sentence_theme_hits", compute)


def best_theme_sentence(index: Index, theme_id: str, doc_ids: Iterable[str]) -> tuple[str, int, int] | None:
    """(doc_id, start, end) of the unit that best shows a theme in these documents.

    Among the units of the chunks labelled with the theme: the one with the most
    distinct keywords of the theme, the earliest on a tie. ``None`` when no
    chunk of these documents carries the label.
    """
    wanted = set(doc_ids)
    hits = sentence_theme_hits(index)
    best: tuple[int, int, int] | None = None  # (-keywords, position, row)
    fallback: int | None = None
    for chunk_i, chunk in enumerate(index.chunks):
        if chunk.doc_id not in wanted or theme_id not in chunk.themes:
            continue
        for row in index.sentences.rows_of_chunk.get(chunk_i, []):
            fallback = row if fallback is None else fallback
            n = len(hits[row].get(theme_id, ()))
            if n:
                key = (-n, int(index.sentences.start[row]), row)
                best = key if best is None or key < best else best
    row = best[2] if best else fallback
    if row is None:
        return None
    return index.sentences.span(row)


def theme_matrix(index: Index, municipalities: Sequence[str] | None = None) -> ThemeMatrix:
    """Municipalities × themes: "prioriteit" (a priority of a plan maps to it), "besproken" (a chunk
    carries the label) or "niet genoemd"; every non-empty cell with its citation.

    Cached per index build.
    """
    chosen = tuple(municipalities) if municipalities else tuple(index.municipalities)
    return index.derived(("theme_matrix", chosen), lambda index: _theme_matrix(index, chosen))


def _theme_matrix(index: Index, municipalities: tuple[str, ...]) -> ThemeMatrix:
    taxonomy = load_taxonomy()
    cells = []
    for municipality in municipalities:
        docs = index.documents_of(municipality)
        priorities = [p for d in docs for p in priorities_of(index, d.doc_id)]
        for theme in taxonomy.themes:
            priority = next((p for p in priorities if theme.id in p.themes), None)
            if priority is not None:
                cells.append(ThemeCell(municipality, theme.id, PRIORITY, priority.citation, priority.name))
                continue
            spot = best_theme_sentence(index, theme.id, [d.doc_id for d in docs])
            if spot is None:
                cells.append(ThemeCell(municipality, theme.id, NOT_MENTIONED))
            else:
                cells.append(ThemeCell(municipality, theme.id, DISCUSSED, cite(index.documents[spot[0]], spot[1], spot[2])))
    return ThemeMatrix(municipalities, taxonomy.themes, tuple(cells))
