"""A plan at a glance: the plan card (metadata, priorities, partners, goals, outline, tables), every item cited.

The items come from ``assistant.ingest.plan_items`` (the same extraction the chat answers with);
cards and tables are computed once per index build.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable

from assistant.answer.lookup import PlanItems, plan_items
from assistant.citation import Citation
from assistant.index.store import Index
from assistant.ingest.documents import Document, DocumentMetadata
from assistant.ingest.metadata import PlanStatus, iso_day, plan_status
from assistant.ingest.plan_items import (
    Goal,
    GoalKind,
    OutlineItem,
    Partner,
    Priority,
    find_goals,
    find_outline,
    find_partners,
    find_priorities,
    find_tables,
    source,
)
from assistant.ingest.tables import Table, TableRow, series, table_at


def row_source(doc: Document, row: TableRow) -> Citation:
    return source(doc, row.start, row.end)


def chart_points(table: Table, row: TableRow) -> list[dict[str, Any]]:
    """A row's numbers as chart points: ``[{"reeks", "jaar", "waarde", "cel"}]`` (cell verbatim)."""
    values = {(c.year, "reeks" if c.series == 0 else "vergelijking"): v for c, v in table.values(row) if c.year}
    return [{"reeks": name, "jaar": year, "waarde": value, "cel": values.get((year, name), "")}
            for name, year, value in series(table, row)]


def cited_table_rows(index: Index, citations: Iterable) -> list[tuple[str, Table, TableRow]]:
    """(doc_id, table, row) for every citation that quotes a table row with at least two numbers."""
    out = []
    seen = set()
    for citation in citations:
        doc = index.documents.get(citation.doc_id)
        if doc is None:
            continue
        tables = document_tables(index, citation.doc_id)
        hit = table_at(tables, citation.start)
        if hit is None:
            continue
        table, row = hit
        key = (citation.doc_id, row.start)
        if key in seen or row is table.header or len(series(table, row)) < 2:
            continue
        seen.add(key)
        out.append((citation.doc_id, table, row))
    return out


# --------------------------------------------------------------------------- status

def status_text(metadata: DocumentMetadata, today: date) -> str:
    """The status in Dutch with its reason: "actueel", "verlopen (liep tot en met 2022)"."""
    if plan_status(metadata, today) == PlanStatus.CURRENT:
        return PlanStatus.CURRENT.value
    withdrawn = iso_day(metadata.expired_on)
    if withdrawn is not None and withdrawn <= today:
        return f"{PlanStatus.EXPIRED.value} (vervallen per {withdrawn.day}-{withdrawn.month}-{withdrawn.year})"
    return f"{PlanStatus.EXPIRED.value} (liep tot en met {metadata.period_end})"


# --------------------------------------------------------------------------- plan cards

@dataclass(frozen=True)
class PlanCard:
    doc_id: str
    municipality: str
    title: str
    period: str | None
    adopted_by: str | None
    adopted_on: str | None
    in_force_from: str | None
    source: str | None
    priorities: tuple[Priority, ...]
    partners: tuple[Partner, ...]
    goals: tuple[Goal, ...]
    outline: tuple[OutlineItem, ...]
    tables: int = 0

    @property
    def measurable_goals(self) -> tuple[Goal, ...]:
        return tuple(g for g in self.goals if g.kind == GoalKind.GOAL and g.measurable)

    def to_dict(self) -> dict[str, Any]:
        """The card for ``plans --json``: priorities by their names in the plan, every item cited."""
        return {
            "doc_id": self.doc_id, "municipality": self.municipality, "title": self.title, "period": self.period,
            "adopted_by": self.adopted_by, "adopted_on": self.adopted_on, "in_force_from": self.in_force_from,
            "source": self.source,
            "priorities": [p.to_dict() for p in self.priorities],
            "partners": [p.to_dict() for p in self.partners],
            "goals": [g.to_dict() for g in self.goals if g.kind == GoalKind.GOAL],
            "ambitions": [g.to_dict() for g in self.goals if g.kind == GoalKind.AMBITION],
            "outline": [o.to_dict() for o in self.outline],
            "tables": self.tables,
        }


def build_card(doc: Document, items: PlanItems | None = None) -> PlanCard:
    """The card of a plan; ``items``: its priorities, partners and goals when already extracted."""
    meta = doc.metadata
    if items is None:
        items = PlanItems(tuple(find_priorities(doc)), tuple(find_partners(doc)), tuple(find_goals(doc)))
    return PlanCard(doc.doc_id, meta.municipality, meta.title, meta.period, meta.adopted_by, meta.adopted_on,
                    meta.in_force_from, meta.source, items.priorities, items.partners, items.goals,
                    tuple(find_outline(doc)), len(find_tables(doc)))


# --------------------------------------------------------------------------- per index (computed once per build)

def plan_card(index: Index, doc_id: str) -> PlanCard:
    return index.derived(("plan_card", doc_id),
                         lambda index: build_card(index.documents[doc_id], plan_items(index, doc_id)))


def plan_cards(index: Index) -> list[PlanCard]:
    """A card per document, ordered by municipality and title."""
    docs = sorted(index.documents.values(), key=lambda d: (d.municipality, d.title))
    return [plan_card(index, d.doc_id) for d in docs]


def priorities_of(index: Index, doc_id: str) -> tuple[Priority, ...]:
    return plan_card(index, doc_id).priorities


def goals_of(index: Index, doc_id: str) -> tuple[Goal, ...]:
    return plan_card(index, doc_id).goals


def document_tables(index: Index, doc_id: str) -> list[Table]:
    return index.tables(doc_id)
