"""Term tables of a build and the evidence features of one candidate chunk.

``TermTables`` holds, per answer unit and per chunk, the term sets that key-term
coverage is measured on, the chunk document frequencies that idf weights come
from, and the list labels of each chunk. It is computed once per build
(``term_tables(index)``) and read by retrieval (evidence re-ranking) and by the
answer stage (unit scoring).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

import numpy as np

from assistant.ask import ranking
from assistant.ask.question import Aspect, Question
from assistant.index.store import Index, LazyMap
from assistant.ingest.structure import BlockKind, UnitKind, row_cells
from assistant.text import term_set, words

Label = tuple[frozenset[str], frozenset[str]]  # (stems, folded words) of a label text


ROW_CACHE = 50_000  # sentence-table rows whose term sets are kept as sets (a question reads a few hundred)


class TermColumn:
    """One term set per row, held compactly (each distinct term once, a row as the numbers of its terms)
    and made a ``frozenset`` when a question reads the row (up to ``cache`` of the latest kept).

    Held as sets for every sentence of a large collection they were most of an answering process's
    memory (690 MB at 50,000 chunks); computed from the text when read, a question asked of every plan
    spent seconds on them.

    >>> column = TermColumn([{"riec", "aanpak"}, set(), {"aanpak"}])
    >>> sorted(column[0]), column[1], column[2]
    (['aanpak', 'riec'], frozenset(), frozenset({'aanpak'}))
    """

    def __init__(self, rows: Iterable[Iterable[str]], cache: int = ROW_CACHE):
        numbers: dict[str, int] = {}
        ids: list[int] = []
        offsets = [0]
        for row in rows:
            ids.extend(numbers.setdefault(t, len(numbers)) for t in row)
            offsets.append(len(ids))
        self._terms = list(numbers)
        self._ids = np.array(ids, dtype=np.int32)
        self._offsets = np.array(offsets, dtype=np.int64)
        self._sets = LazyMap(self._row, cache)

    def _row(self, row: int) -> frozenset[str]:
        terms_ = self._terms
        return frozenset([terms_[i] for i in self._ids[self._offsets[row]:self._offsets[row + 1]].tolist()])

    def __getitem__(self, row: int) -> frozenset[str]:
        return self._sets[row]

    def __len__(self) -> int:
        return len(self._offsets) - 1


@dataclass(frozen=True)
class TermTables:
    """Per-unit and per-chunk term sets of one build.

    A unit's term sets are a ``TermColumn`` (compact, a set when read); a chunk's heading sets are held,
    one pair per distinct heading path.
    """

    sentence_stems: TermColumn
    sentence_words: TermColumn
    heading_stems: tuple[frozenset[str], ...]
    heading_words: tuple[frozenset[str], ...]
    list_labels: tuple[tuple[Label, ...], ...]  # per chunk: lead-ins and the heading above its first list
    has_list: tuple[bool, ...]
    document_frequency: dict[str, int]  # stem -> chunks (text and heading path) it occurs in
    n_chunks: int

    @classmethod
    def build(cls, index: Index) -> "TermTables":
        texts = _with_parent_rows(index)
        list_labels, has_list = [], []
        labels_seen: dict[str, Label] = {}

        def label(text: str) -> Label:  # one pair of sets per distinct label text
            if text not in labels_seen:
                labels_seen[text] = _label(text)
            return labels_seen[text]

        for chunk in index.chunks:
            structure = index.documents[chunk.doc_id].structure
            inside = [b for b in structure.blocks if chunk.start <= b.start < chunk.end]
            items = [b for b in inside if b.kind in (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW)]
            labels = [label(structure.text[b.start:b.end]) for b in inside if b.lead_in]
            labels += [label(" ".join(b.heading_path[-2:])) for b in items[:1]]
            list_labels.append(tuple(labels))
            has_list.append(any(b.kind == BlockKind.LIST_ITEM for b in items))
        df: dict[str, int] = {}
        for stems in (term_set(c.text + " " + " ".join(c.heading_path)) for c in index.chunks):
            for t in stems:
                df[t] = df.get(t, 0) + 1
        paths = {path: _label(path) for path in dict.fromkeys(" ".join(c.heading_path) for c in index.chunks)}
        headings = [paths[" ".join(c.heading_path)] for c in index.chunks]
        return cls(TermColumn(term_set(t) for t in texts), TermColumn(set(words(t)) for t in texts),
                   tuple(h[0] for h in headings), tuple(h[1] for h in headings),
                   tuple(list_labels), tuple(has_list), df, len(index.chunks))

    def weights(self, key_terms) -> dict[str, float]:
        """Idf weights of a question's key terms over this build's chunks."""
        return ranking.idf_weights(key_terms, self.document_frequency, self.n_chunks)


# A row that counts part of the row above ("Incidenten met een mes … 31 38" / "waarvan verdachte jonger dan 23 jaar
# 12 17"): its label says what it counts only with that row's label.
_SUBSET_ROW = re.compile(r"^\W*(?:(?:waarvan|daarvan|waaronder|hiervan|van\s+wie)\b|w\.[vo]\.)", re.I)


def _with_parent_rows(index: Index) -> list[str]:
    """The units' texts as their terms are read: a subset row with the label of the row it is part of, a nested
    list item with the item it is nested in ("Lokale driehoek" / "zes keer per jaar")."""
    sentences = index.sentences
    texts = list(sentences.texts)
    for row, text in enumerate(sentences.texts):
        parent = parent_row(index, row)
        if parent is not None:
            texts[row] = row_cells(sentences.texts[parent])[0] + " " + text
        elif str(sentences.kind[row]) == UnitKind.LIST_ITEM:
            structure = index.documents[str(sentences.doc[row])].structure
            block = structure.block_at(int(sentences.start[row]))
            above = structure.parent_item(block) if block is not None else None
            if above is not None:
                texts[row] = structure.text[above.start:above.end] + " " + text
    return texts


def parent_row(index: Index, row: int) -> int | None:
    """For a table row that counts part of the row above ("waarvan …"), the row of the same table it is part of."""
    sentences = index.sentences
    if str(sentences.kind[row]) != UnitKind.TABLE_ROW or not _SUBSET_ROW.match(sentences.texts[row]):
        return None
    parent = row - 1
    while parent >= 0 and sentences.doc[parent] == sentences.doc[row] and _SUBSET_ROW.match(sentences.texts[parent]):
        parent -= 1
    if (parent >= 0 and sentences.doc[parent] == sentences.doc[row] and str(sentences.kind[parent]) == UnitKind.TABLE_ROW
            and sentences.context[parent] == sentences.context[row]):  # a row of the same table (its header row)
        return parent
    return None


_FIGURE_CELL = re.compile(r"[\d\s.,:%€+–-]*\d[\d\s.,:%€+–-]*(?:fte)?")  # "141", "€ 38.000", "+353%", "0,4 fte"


def row_label(index: Index, row: int) -> str:
    """What a table row's numbers count: its first cell, after the label of the row it is part of if any; where the
    first cell is a group's label that the rows around it share ("Overlast" | "Meldingen verward gedrag" | 141 …),
    with the cell after it."""
    sentences = index.sentences
    cells = row_cells(sentences.texts[row])
    text = cells[0]

    def same_table(other: int) -> bool:
        return (0 <= other < len(sentences.texts) and sentences.doc[other] == sentences.doc[row]
                and str(sentences.kind[other]) == UnitKind.TABLE_ROW and sentences.context[other] == sentences.context[row])

    if len(cells) > 2 and cells[1] and not _FIGURE_CELL.fullmatch(cells[1]) and any(
            same_table(other) and row_cells(sentences.texts[other])[0] == text for other in (row - 1, row + 1)):
        text = f"{text} {cells[1]}"
    elif len(cells) < (columns := len(row_cells(str(sentences.context[row])))):
        # a row that lacks its first cells: a cell above spans it ("Geweld" over "uitgaansnachten" and "overige
        # tijden"), whose label is its group's
        above = row - 1
        while same_table(above) and len(row_cells(sentences.texts[above])) < columns:
            above -= 1
        if same_table(above):
            text = f"{row_cells(sentences.texts[above])[0]} {text}"
    parent = parent_row(index, row)
    return text if parent is None else row_cells(sentences.texts[parent])[0] + " " + text


def _label(text: str) -> Label:
    return term_set(text), frozenset(words(text))


def term_tables(index: Index) -> TermTables:
    """The term tables of a build (computed once per build)."""
    return index.derived("ask.term_tables", TermTables.build)


def names_list(tables: TermTables, question: Question, chunk_i: int) -> bool:
    """Whether a chunk holds a list whose label names what a list question enumerates."""
    labels = tables.list_labels[chunk_i]
    return ranking.list_cue(question.list_nouns, [a for a, _ in labels], tables.has_list[chunk_i]) >= 1.0


def chunk_evidence(index: Index, tables: TermTables, question: Question, chunk_i: int, similarities: np.ndarray,
                   weights: dict[str, float]) -> ranking.Evidence:
    """Stage-2 features of one candidate chunk: its best unit's coverage, heading match and intent cue."""
    sentences = index.sentences
    best_row, best_cov, best_intent = -1, 0.0, 0.0
    best_key = -np.inf
    aspect = question.aspect
    topical = {t: w for t, w in weights.items() if not t.isdigit()}  # what the question is about, not when
    for row in sentences.rows_of_chunk.get(chunk_i, []):
        stems, wset = tables.sentence_stems[row], tables.sentence_words[row]
        cov = ranking.coverage(weights, stems, wset)
        key = similarities[row] + cov
        if key > best_key:
            best_key, best_row = key, row
        best_cov = max(best_cov, cov)
        gate = ranking.coverage(topical, stems, wset)
        if gate <= 0:
            continue  # an intent cue only counts in a sentence that is about the question
        text = sentences.texts[row]
        if question.frequency:
            cue = ranking.frequency_cue(text)
        elif aspect == Aspect.FIGURE:
            cue = ranking.figure_cue(str(sentences.kind[row]), text, question.figure_years, str(sentences.context[row]))
        elif aspect == Aspect.DEFINITION:
            cue = ranking.definition_cue(question.subject, text)
        elif question.asks_action:
            cue = ranking.action_cue(text, index.chunks[chunk_i].heading_path, question.about_residents)
        else:
            cue = 0.0
        best_intent = max(best_intent, cue * min(1.0, gate / ranking.CUE_COVERAGE))
    heading = ranking.coverage(weights, tables.heading_stems[chunk_i], tables.heading_words[chunk_i])
    if aspect == Aspect.LIST and question.list_nouns:
        labels = tables.list_labels[chunk_i]
        best_intent = ranking.list_cue(question.list_nouns, [a for a, _ in labels], tables.has_list[chunk_i])
    return ranking.Evidence(best_cov, heading, best_intent, best_row)
