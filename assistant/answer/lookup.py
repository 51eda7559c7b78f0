"""What the answer stage looks up in a build (``lookups(index)``, once per build).

* the lists and tables of a document, with the labels a list question is matched
  against (its lead-in, the label heading above it, a table's header row) and its body
  terms: found when a question first reaches the document, for the latest ``GROUP_CACHE``
  documents;
* the sentence-table rows of each document, and the stems and words of its whole text
  (``PlanVocabulary``, held compactly);
* the glossary (abbreviations and defined terms).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from assistant.answer.glossary import Glossary, build_glossary
from assistant.answer.types import Unit
from assistant.ask import ranking
from assistant.ask.evidence import Label, TermColumn, TermTables, term_tables
from assistant.index.store import Index, LazyMap
from assistant.ingest.plan_items import Goal, Partner, Priority, find_goals, find_partners, find_priorities
from assistant.ingest.structure import Block, BlockKind
from assistant.ingest.tables import Table, TableRow
from assistant.text import term_set, words

INTRO_WINDOW = 400  # characters before a list searched for the label heading that introduces it
# Documents whose list groups, and whose whole-text term sets, are kept ready. A question reads the
# groups of its top passages' plans and the vocabulary of the plans it is about; a question asked of
# every plan (“Welke gemeenten …”) reads them all, and they are found again from the text or the compact
# columns. Held for every plan of a 50,000-chunk collection they took 160 and 190 MB.
GROUP_CACHE = 256
VOCABULARY_CACHE = 256


@dataclass(frozen=True)
class ListGroup:
    """A list (or table) of a document, with what names it."""

    doc_id: str
    group_id: int
    members: tuple[Block, ...]
    own_label: Label  # lead-in, the label heading right above, or a table header
    parent_label: Label  # the section headings above that
    body_stems: frozenset[str]
    body_words: frozenset[str]
    rows: tuple[int, ...]
    is_table: bool

    def named(self, nouns: Sequence[str]) -> float:
        """1 when the list's own label names what the question enumerates, 0.5 for a parent heading, else 0."""
        for label, weight in ((self.own_label, 1.0), (self.parent_label, 0.5)):
            if any(ranking.names(n, label[0]) for n in nouns):
                return weight
        return 0.0

    def headed_by(self, topic: Sequence[str]) -> bool:
        """Whether the list's label or section heading names all of a topic ("Welke onderwerpen rekent X tot de
        basisveiligheid?": the list under "5. Basisveiligheid", introduced by "Het gaat om:")."""
        return bool(topic) and any(all(ranking.names(t, label[0]) for t in topic)
                                   for label in (self.own_label, self.parent_label))


@dataclass(frozen=True)
class Lookups:
    index: Index
    tables: TermTables
    groups: Mapping[str, list[ListGroup]]  # doc_id -> its lists and tables (a LazyMap)
    rows_of: dict[str, list[int]]  # doc_id -> its sentence-table rows
    glossary: Glossary
    vocabulary: "PlanVocabulary"  # doc_id -> stems and words of its whole text (headings and header included)

    def text(self, unit: Unit) -> str:
        return self.index.documents[unit.doc_id].text[unit.start:unit.end]

    def table_row(self, doc_id: str, start: int) -> tuple[Table, TableRow] | None:
        for table in self.index.tables(doc_id):
            for row in table.rows:
                if row.start == start:
                    return table, row
        return None


@dataclass(frozen=True)
class PlanItems:
    """A plan's priorities, partners and goals: the one extraction cards, views and answers all read."""

    priorities: tuple[Priority, ...]
    partners: tuple[Partner, ...]
    goals: tuple[Goal, ...]


def plan_items(index: Index, doc_id: str) -> PlanItems:
    """The items of one plan of a build (extracted once per build)."""
    def compute(index: Index) -> PlanItems:
        doc = index.documents[doc_id]
        return PlanItems(tuple(find_priorities(doc)), tuple(find_partners(doc)), tuple(find_goals(doc)))

    return index.derived(("plan_items", doc_id), compute)


class PlanVocabulary:
    """Per document, the stems and the words of its whole text (headings and header included), held as two
    ``TermColumn`` (each term once, a document as term numbers) and made sets when read."""

    def __init__(self, index: Index):
        self._position = {doc_id: i for i, doc_id in enumerate(index.documents)}
        texts = [doc.text for doc in index.documents.values()]
        self._stems = TermColumn((term_set(text) for text in texts), VOCABULARY_CACHE)
        self._words = TermColumn((set(words(text)) for text in texts), VOCABULARY_CACHE)

    def __getitem__(self, doc_id: str) -> Label:
        position = self._position[doc_id]
        return self._stems[position], self._words[position]


def _groups(index: Index, doc_id: str) -> list[ListGroup]:
    """The lists and tables of one document."""
    row_at = index.sentences.row_at
    doc = index.documents[doc_id]
    groups = []
    for group_id, members in doc.structure.groups().items():
        items = [b for b in members if b.kind in (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW)]
        if len(items) < 2:
            continue
        rows = [r for r in (row_at.get((doc_id, b.start)) for b in members) if r is not None]
        if not rows:
            continue
        is_table = items[0].kind == BlockKind.TABLE_ROW
        lead = [b for b in members if b.lead_in]
        path = items[0].heading_path
        before = doc.text[max(0, items[0].start - INTRO_WINDOW):items[0].start].strip()
        label_heading = path[-1] if path and before.endswith(path[-1]) or (path and before.endswith(path[-1] + ":")) else ""
        own = " ".join(doc.text[b.start:b.end] for b in lead[:1]) + " " + label_heading
        if is_table:
            own += " " + doc.text[items[0].start:items[0].end]
        parent = " ".join(p for p in path if p != label_heading)
        # the paragraph just before a list or table usually introduces it ("In onderstaande tabel …")
        intro = doc.structure.block_at(members[0].start - 2) if members[0].start >= 2 else None
        context = ""
        if intro is not None and intro.kind == BlockKind.PARAGRAPH and not intro.lead_in:
            context = doc.text[intro.start:intro.end]
            rows += [r for r in (row_at.get((doc_id, sp.start)) for sp in doc.structure.spans
                                 if intro.start <= sp.start < intro.end) if r is not None]
        body = " ".join(doc.text[b.start:b.end] for b in members) + " " + own + " " + context
        groups.append(ListGroup(doc_id, group_id, tuple(members), (term_set(own), frozenset(words(own))),
                                (term_set(parent), frozenset(words(parent))), term_set(body),
                                frozenset(words(body)), tuple(rows), is_table))
    return groups


def _build(index: Index) -> Lookups:
    return Lookups(index, term_tables(index), LazyMap(lambda doc_id: _groups(index, doc_id), GROUP_CACHE),
                   {d: rows.tolist() for d, rows in index.sentences.rows_of_doc.items()},
                   build_glossary(index), PlanVocabulary(index))


def lookups(index: Index) -> Lookups:
    """The answer stage's lookups of a build (computed once per build)."""
    return index.derived("answer.lookups", _build)
