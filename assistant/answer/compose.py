"""Extractive answers shaped like the question, every line cited.

An answer is built from *units* of the documents (sentences, list items, table
rows) copied exactly, joined by short fixed Dutch phrases. Per intent:

* list: the complete list (lead-in and every item) whose lead-in or heading
  names what the question enumerates, found in the whole document, not only in
  the retrieved chunks;
* definition: the sentence that defines the subject, plus the expansion of an
  abbreviation where the corpus gives one;
* figure: the sentence or table row with the number, a table row read back with
  its column headers;
* comparison and "welke gemeenten …": one block per municipality, each with its
  own citations, and an explicit note where a municipality's plan has nothing;
* general: the best few sentences.

Every line carries a ``Citation`` whose ``quote == document.text[start:end]``.
The passages behind the answer are re-ordered so that the ones cited come first.

Abstention is decided from the answer, not from retrieval scores (which cannot
tell a near-miss from an answer): a place or period the corpus does not hold, a
topic the plan explicitly leaves out, a figure question without a figure, an
abbreviation the corpus never spells out, a question about results a plan
cannot contain, or evidence that does not contain the question's key terms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterable, Sequence

import numpy as np

from assistant.ask import ranking
from assistant.citation import Citation, cite
from assistant.answer.glossary import GlossaryEntry, build_glossary, lookup
from assistant.index.build import Index
from assistant.ask.question import Question
from assistant.ask.retrieval import Passage, Retriever, SearchResult
from assistant.ingest.structure import BULLET, Block
from assistant.ingest.tables import Table, TableRow, parse_tables, render_row
from assistant.text import normalise_space, term_set, words

ABSTAIN_TEXT = "Hierover vind ik in de documenten geen betrouwbaar antwoord."
NOTHING_FOR = "In de documenten van {municipality} vind ik hier niets over."
UNKNOWN_PLACE = "Over {places} staan geen documenten in de collectie (wel over {known})."
NO_PLAN = "Van {places} staat geen beleidsplan in de collectie."
UNKNOWN_PERIOD = "De collectie bevat voor {municipality} alleen {periods}."

# -- unit scoring
PASSAGE_PRIOR = (0.6, 0.4, 0.25, 0.15, 0.1)  # a unit in the 1st, 2nd, … ranked passage; later ranks get 0
SIMILARITY_WEIGHT = 0.5  # z-scored similarity of a unit (embedded with its context) to the question
COVERAGE_WEIGHT = 2.0  # idf-weighted key-term coverage of the unit itself
CUE_WEIGHT = 1.0  # the intent cue of the unit (figure, definition, frequency)
SECOND_UNIT_MARGIN = 0.6  # further units join the answer when they score within this of the best
MAX_UNITS = 3  # sentences in a general answer
ROW_TOPICAL = 0.5  # a table row joins a non-figure answer only when it covers this much of the question
PASSAGES_CONSIDERED = 5  # passages whose units compete (per municipality in a comparison)

# -- abstention (calibrated on the dev set; see the README for the figures)
MIN_TOPICAL_COVERAGE = 0.3  # the evidence must contain this share of the question's topical key terms …
MIN_SIMILARITY_Z = 1.0  # … or stand out this far in similarity among the candidate units
MAX_DEFINING = 2  # defining sentences per subject
DOMINANT_TERM = 0.4  # a key term carrying this share of the question's topical weight is its main topic
TOPIC_TERM_LENGTH = 7  # … if its stem is at least this long (topics are long compounds: "burgernet", "cameratoezicht")
SPECIFIC_IDF = 2.0  # a term in fewer than ~1 in 8 chunks names a topic (an exclusion must name one)
LIST_LABEL_BONUS = 2.0  # a list whose lead-in/heading names what the question enumerates

_EXCLUSION = re.compile(
    r"\b(valt|vallen)\s+buiten\b|\bbuiten\s+(dit|het)\s+(beleid|plan)\b|\bniet\s+(mee)?genomen\b|"
    r"\bwordt\s+(verder\s+)?niet\s+meegenomen\b|\bseparaat\b|\bapart\s+(behandeld|opgepakt)\b|"
    r"\bgeen\s+onderdeel\s+van\s+(dit|het)\s+(beleid|plan)\b|\bbij\s+een\s+andere\s+(beleids)?afdeling\b", re.I)
_ACHIEVEMENT_QUESTION = re.compile(r"\b(gehaald|behaald|bereikt|gerealiseerd|gelukt|geslaagd|resultaat\s+van)\b", re.I)
_ACHIEVED = re.compile(r"\b(is|zijn|werd|werden|hebben|heeft)\b[^.]{0,60}\b(gehaald|behaald|bereikt|gerealiseerd)\b", re.I)
_EXPANSION_QUESTION = re.compile(r"\b(waar\s+staat|staat\s+\S+\s+voor|afkorting|voluit|uitgeschreven)\b", re.I)
_CONTINUATION = re.compile(r"^(Met als doel|Het doel|Zo |(?:\w+\s+)?(?:[Dd]it|[Dd]eze|[Dd]at|[Dd]aarbij|[Hh]ierbij|[Dd]aarmee|"
                          r"[Hh]iermee|[Hh]iervan|[Dd]aarvan|[Dd]aarvoor|[Hh]iervoor)\b)")
# A sentence that announces what follows ("… ziet er als volgt uit", "Gevraagd is welke …") needs the next one.
_ANNOUNCES = re.compile(r"(:\s*$|\bals\s+volgt\b|\bde\s+volgende\b|\bgevraagd\b)", re.I)
MIN_NEW_TERMS = 2  # a unit in a general answer must add at least this many content terms beyond the question
_ANAPHOR = re.compile(r"^(Dit|Dat|Deze|Die|Hiervoor|Hierbij|Hiermee|Daarvoor|Daarmee|Zij|Hij|Ze)\b")
_NUMBER_WORDS = re.compile(r"\b(een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|"
                           r"honderd|duizend|helft|kwart|dubbel|eenmaal|tweemaal)\b", re.I)


# --------------------------------------------------------------------------- data

@dataclass(frozen=True)
class AnswerLine:
    text: str
    citation: int | None = None  # 1-based index into Answer.citations
    style: str = "sentence"  # sentence | bullet | item | row | note


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
    reason: str = ""  # why the answer abstained (English, for logs and the eval)

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


@dataclass(frozen=True)
class Unit:
    """A candidate answer unit: one sentence, list item or table row of the sentence table."""

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


@dataclass(frozen=True)
class _ListGroup:
    doc_id: str
    group_id: int
    members: tuple[Block, ...]
    own_label: tuple[frozenset[str], frozenset[str]]  # lead-in, the label heading right above, or a table header
    parent_label: tuple[frozenset[str], frozenset[str]]  # the section headings above that
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


@dataclass
class _Draft:
    """Lines of one block before numbering: (doc_id, start, end, style, display text or None)."""

    lines: list[tuple[str, int, int, str, str | None]] = field(default_factory=list)
    strength_ok: bool = False
    reason: str = ""
    related: list[tuple[str, int, int]] = field(default_factory=list)


# --------------------------------------------------------------------------- citations

class CitationList:
    """Numbers citations in order of first use; the same span is cited once."""

    def __init__(self) -> None:
        self.items: list[Citation] = []
        self._numbers: dict[tuple[str, int, int], int] = {}

    def add(self, citation: Citation) -> int:
        """The 1-based number of ``citation`` in this answer."""
        key = (citation.doc_id, citation.start, citation.end)
        if key not in self._numbers:
            self.items.append(citation)
            self._numbers[key] = len(self.items)
        return self._numbers[key]


def make_citation(index: Index, doc_id: str, start: int, end: int) -> Citation:
    return cite(index.documents[doc_id], start, end)


def strip_marker(text: str, start: int) -> int:
    """Offset just past a bullet marker ("•", "-", "*"), so a cited list item reads without it.

    Numbered and lettered markers ("1.", "a.") stay: they carry the order.
    """
    m = BULLET.match(text[start:])
    if not m:
        return start
    token = m.group(0).strip()
    if token[:1].isdigit() or token[:1].isalpha() or token.startswith("("):
        return start
    return start + m.end()


def join_names(names: Sequence[str]) -> str:
    """'A', 'A en B', 'A, B en C'."""
    names = list(names)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]


def article(title: str) -> str:
    """'het' or 'de' for a plan title ('het Beleidsplan …', 'de Kadernota …')."""
    head = words(title)[:1]
    de_words = ("nota", "visie", "aanpak", "agenda", "strategie", "notitie", "verordening", "kadernota", "regeling")
    if head and any(head[0].endswith(w) for w in de_words):
        return "de"
    return "het"


def source_phrase(index: Index, doc_id: str, start: int) -> str:
    """'Volgens het Integraal veiligheidsbeleid gemeente Doesburg 2024-2027 (Ondermijning › Doelstellingen):'."""
    doc = index.documents[doc_id]
    title = doc.title
    place = "" if doc.municipality.lower() in title.lower() else f" van {doc.municipality}"
    path = doc.structure.heading_path_at(start)
    section = " › ".join(p for p in path[-2:] if p != title)
    return f"Volgens {article(title)} {title}{place}" + (f" ({section})" if section else "") + ":"


# --------------------------------------------------------------------------- composer

class Composer:
    """Builds ``Answer``s for one index build."""

    def __init__(self, index: Index, retriever: Retriever):
        self.index = index
        self.retriever = retriever
        self.tables = retriever.tables
        self.row_at: dict[tuple[str, int], int] = {
            (str(index.sentence_doc[r]), int(index.sentence_start[r])): r for r in range(len(index.sentence_start))}

    def warm(self) -> None:
        """Build the per-build tables now (at start-up) instead of during someone's first question."""
        _ = self.retriever.tables, self.doc_tables, self._groups, self.glossary, self._rows_of

    @cached_property
    def _rows_of(self) -> dict[str, list[int]]:
        """Sentence-table rows per municipality."""
        rows: dict[str, list[int]] = {}
        for r in range(len(self.index.sentence_start)):
            rows.setdefault(self.index.documents[str(self.index.sentence_doc[r])].municipality, []).append(r)
        return rows

    @cached_property
    def doc_tables(self) -> dict[str, list[Table]]:
        return {doc_id: parse_tables(doc.structure) for doc_id, doc in self.index.documents.items()}

    @cached_property
    def glossary(self) -> list[GlossaryEntry]:
        return build_glossary(self.index)

    # -- entry point
    def compose(self, result: SearchResult, query_vector: np.ndarray) -> Answer:
        question = result.question
        passages = list(result.passages)
        similarities = self.retriever.sentence_similarities(query_vector)
        known = self.index.municipalities

        # A place with no plan: nothing here is about its policy, and if no plan even mentions it,
        # nothing here is about it at all (Dalfsen's plan does name Zwolle's mayor).
        absent = [p for p in question.unknown_places if question.about_policy or not self._mentioned(p)]
        if absent and not question.municipalities:
            available = join_names(known) if len(known) <= 6 else f"{len(known)} andere gemeenten"
            note = UNKNOWN_PLACE.format(places=join_names([f"gemeente {p}" for p in absent]), known=available)
            return self._abstain(question, passages, [], "place not in the corpus", notes=[note])
        period_note = self._period_mismatch(question)
        if period_note:
            return self._abstain(question, passages, [], "period not in the corpus", notes=[period_note])

        groups: list[tuple[str | None, list[Passage]]]
        if result.per_municipality:
            municipalities = list(result.scope)
            if not question.municipalities:  # asked of all: only those whose passages made the top, best first
                shown = set(p.municipality for p in passages)
                municipalities = [m for m in municipalities if m in shown]
            groups = [(m, [p for p in passages if p.municipality == m]) for m in municipalities]
        else:
            groups = [(None, passages)]

        citations = CitationList()
        blocks: list[AnswerBlock] = []
        notes: list[str] = []
        related: list[tuple[str, int, int]] = []
        reasons: list[str] = []
        answered = 0
        allowed = tuple(result.scope)  # the municipalities searched: named in the question, or the filter
        nothing: list[str] = []
        for municipality, group_passages in groups:
            draft = self._draft(question, group_passages, similarities, municipality, allowed, result.doc_ids)
            related.extend(draft.related)
            if not draft.lines or not draft.strength_ok:
                reasons.append(draft.reason)
                if municipality:
                    nothing.append(municipality)
                continue
            answered += 1
            blocks.extend(self._blocks(draft, citations, municipality))
        if nothing:
            notes.append(NOTHING_FOR.format(municipality=join_names(nothing)))
        if not answered:
            return self._abstain(question, passages, related, "; ".join(r for r in reasons if r) or "weak evidence",
                                 notes=notes if len(groups) > 1 else [])
        if question.unknown_places and question.municipalities:  # "Vergelijk Doesburg en Zwolle …"
            notes.append(NO_PLAN.format(places=join_names(question.unknown_places)))
        cited = {(c.doc_id, c.start) for c in citations.items}
        return Answer(question.text, question.intent, tuple(blocks), tuple(citations.items), False,
                      tuple(self._evidence_first(passages, cited, result.per_municipality)), (), tuple(notes))

    # -- drafting one block (one municipality, or the whole answer)
    def _draft(self, question: Question, passages: list[Passage], similarities: np.ndarray,
               municipality: str | None, allowed: Sequence[str] = (), doc_ids: Sequence[str] | None = None) -> _Draft:
        units = self._units(question, passages[:PASSAGES_CONSIDERED], similarities)
        if not units:
            return _Draft(reason="no evidence")
        if municipality and self._topic_absent(question, municipality):
            return _Draft(reason=f"the topic does not occur in the plans of {municipality}")
        best = units[0]
        exclusion = self._exclusion(question, units)
        if exclusion is not None and not question.about_absence:
            return _Draft(reason="the plan leaves this topic out",
                          related=[(exclusion.doc_id, exclusion.start, exclusion.end)])
        if _ACHIEVEMENT_QUESTION.search(question.text) and not any(_ACHIEVED.search(self._text(u)) for u in units[:3]):
            return _Draft(reason="a plan states goals, not whether they were achieved",
                          related=[(u.doc_id, u.start, u.end) for u in units[:2]])
        aspect = question.aspect
        draft = None
        if aspect == "list":
            draft = self._list(question, passages, similarities, units)
        elif aspect == "definition":
            draft = self._definition(question, passages, similarities, units, municipality, allowed, doc_ids)
        elif aspect == "figure":
            draft = self._figure(question, units, municipality)
            if draft.reason and not question.asks_number:
                draft = None  # "wat zeggen de plannen over het aantal …" can be answered in words
        if draft is None:
            draft = self._general(question, units)
        if not draft.related:
            draft.related = [(u.doc_id, u.start, u.end) for u in units[:3]]
        if not draft.reason and not draft.strength_ok:
            draft.strength_ok = self._strong(best, units, relative_ok=municipality is None)
            draft.reason = "" if draft.strength_ok else "the evidence does not contain the question's key terms"
        return draft

    def _exclusion(self, question: Question, units: list[Unit]) -> Unit | None:
        """A sentence saying the plan leaves the question's own topic out ('… buiten dit beleid …, zoals
        verkeersveiligheid'): it must name one of the question's specific (rare) terms, not just any topic."""
        t = self.tables
        weights = ranking.idf_weights(question.key_terms, t.document_frequency, t.n_chunks)
        specific = [k for k, w in weights.items() if not k.isdigit() and w >= SPECIFIC_IDF]
        for unit in units:
            if _EXCLUSION.search(self._text(unit)) and any(
                    ranking.term_match(k, t.sentence_stems[unit.row], t.sentence_words[unit.row]) > 0 for k in specific):
                return unit
        return None

    def _strong(self, best: Unit, units: list[Unit], relative_ok: bool = True) -> bool:
        """Evidence that contains the question's topical terms, or (over the whole corpus) stands out in
        similarity while sharing at least one of them. Within one municipality of a comparison, standing
        out proves nothing: something is always the most similar."""
        top = max(units[:3], key=lambda u: u.topical)
        if top.topical >= MIN_TOPICAL_COVERAGE:
            return True
        return relative_ok and top.topical > 0 and best.similarity >= MIN_SIMILARITY_Z

    def _topic_absent(self, question: Question, municipality: str) -> bool:
        """The question's main topic occurs in the corpus, but nowhere in this municipality's plans
        ("Burgernet" is in Dalfsen's plan, not in Doesburg's): that municipality has nothing on it."""
        t = self.tables
        weights = {k: w for k, w in ranking.idf_weights(question.key_terms, t.document_frequency, t.n_chunks).items()
                   if not k.isdigit()}
        total = sum(weights.values())
        if not total:
            return False
        rows = self._rows_of.get(municipality, [])
        for term, weight in weights.items():
            if weight / total < DOMINANT_TERM or len(term) < TOPIC_TERM_LENGTH or t.document_frequency.get(term, 0) == 0:
                continue  # short stems are verbs and function words as often as topics ("zegg", "gekoz")
            if not any(ranking.synonym_match(term, t.sentence_stems[r], t.sentence_words[r]) > 0 for r in rows):
                return True
        return False

    # -- units
    def _text(self, unit: Unit) -> str:
        return self.index.documents[unit.doc_id].text[unit.start:unit.end]

    def _units(self, question: Question, passages: Sequence[Passage], similarities: np.ndarray,
               extra_rows: Iterable[int] = ()) -> list[Unit]:
        """Candidate units from the passages, best first."""
        rows: list[tuple[int, int]] = []  # (row, passage rank)
        seen: set[int] = set()
        for rank, passage in enumerate(passages):
            chunk_i = self.index.chunk_index[passage.chunk.chunk_id]
            for row in self.index.chunk_sentences.get(chunk_i, []):
                if row not in seen:
                    seen.add(row)
                    rows.append((row, rank))
        for row in extra_rows:
            if row not in seen:
                seen.add(row)
                rows.append((row, len(PASSAGE_PRIOR)))
        if not rows:
            return []
        return self._score_rows(question, rows, similarities)

    def _score_rows(self, question: Question, rows: list[tuple[int, int]], similarities: np.ndarray) -> list[Unit]:
        t = self.tables
        weights = ranking.idf_weights(question.key_terms, t.document_frequency, t.n_chunks)
        topical_weights = {k: v for k, v in weights.items() if not k.isdigit()}
        sims = ranking.zscore(np.array([similarities[r] for r, _ in rows])) if len(rows) > 1 else np.zeros(len(rows))
        units = []
        for (row, rank), sim in zip(rows, sims):
            stems, wset = t.sentence_stems[row], t.sentence_words[row]
            cov = ranking.coverage(weights, stems, wset)
            topical = ranking.coverage(topical_weights, stems, wset)
            text = t.sentence_texts[row]
            kind = str(self.index.sentence_kind[row])
            cue = 0.0
            if topical > 0:
                if question.frequency:
                    cue = ranking.frequency_cue(text)
                elif question.aspect == "figure":
                    cue = ranking.figure_cue(kind, text, question.years, str(self.index.sentence_context[row]))
                    if cue and question.asks_number and not ranking.measure_fits(question.measure, text):
                        cue = 0.0
                elif question.aspect == "definition":
                    cue = ranking.definition_cue(question.subject, text)
                elif question.reason:
                    cue = ranking.reason_cue(text)
            prior = PASSAGE_PRIOR[rank] if rank < len(PASSAGE_PRIOR) else 0.0
            score = SIMILARITY_WEIGHT * float(sim) + COVERAGE_WEIGHT * cov + CUE_WEIGHT * cue + prior
            units.append(Unit(row, str(self.index.sentence_doc[row]), int(self.index.sentence_start[row]),
                              int(self.index.sentence_end[row]), kind, int(self.index.sentence_chunk[row]),
                              float(sim), cov, topical, cue, score))
        return sorted(units, key=lambda u: (-u.score, u.row))

    # -- general
    def _general(self, question: Question, units: list[Unit]) -> _Draft:
        informative = [u for u in units if self._adds_information(question, u)
                       and (u.kind != "table_row" or u.topical >= ROW_TOPICAL)]
        if not informative:
            informative = units[:1]
        best = informative[0]
        chosen = [best]
        for unit in informative[1:]:
            if len(chosen) >= MAX_UNITS or unit.score < best.score - SECOND_UNIT_MARGIN:
                break
            if unit.topical > 0:
                chosen.append(unit)
        draft = _Draft()
        for unit in chosen:
            self._add_in_context(draft, unit, question.reason)
        return draft

    def _add_in_context(self, draft: _Draft, unit: Unit, reason: bool = False) -> None:
        """A unit with what it needs to be read alone: the sentence its pronoun refers to, and what follows it
        (for a "waarom" question: the next sentence when it gives the reason)."""
        self._add_antecedent(draft, unit)
        self._add_unit(draft, unit)
        self._add_continuation(draft, unit, reason)

    def _add_antecedent(self, draft: _Draft, unit: Unit) -> None:
        """'Dit is een regelarm potje …' needs the sentence before it ('… werken we met een maatwerkbudget')."""
        text = self.index.documents[unit.doc_id].text
        if unit.kind != "sentence" or not _ANAPHOR.match(text[unit.start:unit.end]):
            return
        row = self.row_at.get((unit.doc_id, unit.start))
        if row is None or row == 0 or str(self.index.sentence_doc[row - 1]) != unit.doc_id:
            return
        start, end = int(self.index.sentence_start[row - 1]), int(self.index.sentence_end[row - 1])
        if unit.start - end > 3 or "\n" in text[end:unit.start]:
            return  # the previous sentence belongs to another paragraph
        self._add_line(draft, unit.doc_id, start, end, "sentence")

    def _adds_information(self, question: Question, unit: Unit) -> bool:
        """Whether a unit says more than the question itself ('2.4 Veilige evenementen' does not)."""
        new_terms = self.tables.sentence_stems[unit.row] - set(question.key_terms)
        return len(new_terms) >= MIN_NEW_TERMS

    def _add_line(self, draft: _Draft, doc_id: str, start: int, end: int, style: str, display: str | None = None) -> None:
        """Add a line unless the same span, or the same words (plans repeat paragraphs), is already there."""
        text = normalise_space(self.index.documents[doc_id].text[start:end])
        for d, a, b, *_ in draft.lines:
            if (d == doc_id and a == start) or normalise_space(self.index.documents[d].text[a:b]) == text:
                return
        draft.lines.append((doc_id, start, end, style, display))

    def _add_item(self, draft: _Draft, doc_id: str, start: int, end: int) -> None:
        """A list item: without its bullet (style bullet) or with its number/letter (style item)."""
        text = self.index.documents[doc_id].text
        trimmed = strip_marker(text, start)
        self._add_line(draft, doc_id, trimmed, end, "bullet" if trimmed != start else "item")

    def _add_unit(self, draft: _Draft, unit: Unit, style: str | None = None) -> None:
        doc = self.index.documents[unit.doc_id]
        if unit.kind == "table_row":
            located = self._table_row(unit.doc_id, unit.start)
            if located:
                table, row = located
                self._add_line(draft, unit.doc_id, row.start, row.end, "row", render_row(table, row))
                return
        if unit.kind == "list_item":
            self._add_item(draft, unit.doc_id, unit.start, unit.end)
            return
        self._add_line(draft, unit.doc_id, unit.start, unit.end, style or "sentence")
        block = doc.structure.block_at(unit.start)
        if block is not None and block.lead_in and doc.text[unit.start:unit.end].rstrip().endswith(":"):
            self._add_group_items(draft, unit.doc_id, block.group)

    def _add_group_items(self, draft: _Draft, doc_id: str, group: int) -> None:
        for block in self.index.documents[doc_id].structure.groups().get(group, []):
            if block.kind == "list_item":
                self._add_item(draft, doc_id, block.start, block.end)
            elif block.kind == "table_row":
                located = self._table_row(doc_id, block.start)
                if located:
                    table, row = located
                    self._add_line(draft, doc_id, row.start, row.end, "row", render_row(table, row))

    def _add_continuation(self, draft: _Draft, unit: Unit, reason: bool = False) -> None:
        """The next sentence of the same paragraph when it continues this one ("Met als doel …"), or
        when this one announces it ("De top 3 ziet er als volgt uit: …")."""
        if unit.kind != "sentence":
            return
        text = self.index.documents[unit.doc_id].text
        announces = bool(_ANNOUNCES.search(text[unit.start:unit.end]))
        row = self.row_at.get((unit.doc_id, unit.start))
        if row is None:
            return
        for nxt in range(row + 1, row + (3 if announces else 2)):
            if nxt >= len(self.index.sentence_start) or str(self.index.sentence_doc[nxt]) != unit.doc_id:
                return
            prev_end = int(self.index.sentence_end[nxt - 1])
            start, end = int(self.index.sentence_start[nxt]), int(self.index.sentence_end[nxt])
            if start - prev_end > 3 or "\n" in text[prev_end:start]:
                return  # another paragraph
            gives_reason = reason and ranking.reason_cue(text[start:end]) > 0
            if not (announces or gives_reason or _CONTINUATION.match(text[start:end])):
                return
            self._add_line(draft, unit.doc_id, start, end, "sentence")

    def _table_row(self, doc_id: str, start: int) -> tuple[Table, TableRow] | None:
        for table in self.doc_tables.get(doc_id, []):
            for row in table.rows:
                if row.start == start:
                    return table, row
        return None

    # -- list
    @cached_property
    def _groups(self) -> dict[str, list[_ListGroup]]:
        """Every list and table of every document with its labels and body terms, computed once."""
        out: dict[str, list[_ListGroup]] = {}
        for doc_id, doc in self.index.documents.items():
            groups = []
            for group_id, members in doc.structure.groups().items():
                items = [b for b in members if b.kind in ("list_item", "table_row")]
                if len(items) < 2:
                    continue
                rows = [r for r in (self.row_at.get((doc_id, b.start)) for b in members) if r is not None]
                if not rows:
                    continue
                is_table = items[0].kind == "table_row"
                lead = [b for b in members if b.lead_in]
                path = items[0].heading_path
                before = doc.text[max(0, items[0].start - 400):items[0].start].strip()
                label_heading = path[-1] if path and before.endswith(path[-1]) or (path and before.endswith(path[-1] + ":")) else ""
                own = " ".join(doc.text[b.start:b.end] for b in lead[:1]) + " " + label_heading
                if is_table:
                    own += " " + doc.text[items[0].start:items[0].end]
                parent = " ".join(p for p in path if p != label_heading)
                # the paragraph just before a list or table usually introduces it ("In onderstaande tabel …")
                intro = doc.structure.block_at(members[0].start - 2) if members[0].start >= 2 else None
                context = ""
                if intro is not None and intro.kind == "paragraph" and not intro.lead_in:
                    context = doc.text[intro.start:intro.end]
                    rows += [r for r in (self.row_at.get((doc_id, sp.start)) for sp in doc.structure.spans
                                         if intro.start <= sp.start < intro.end) if r is not None]
                body = " ".join(doc.text[b.start:b.end] for b in members) + " " + own + " " + context
                groups.append(_ListGroup(doc_id, group_id, tuple(members), (term_set(own), frozenset(words(own))),
                                         (term_set(parent), frozenset(words(parent))), term_set(body),
                                         frozenset(words(body)), tuple(rows), is_table))
            out[doc_id] = groups
        return out

    def _list(self, question: Question, passages: list[Passage], similarities: np.ndarray,
              units: list[Unit]) -> _Draft | None:
        """The complete list that the question asks for, wherever it sits in the plan."""
        doc_ids = list(dict.fromkeys(p.doc_id for p in passages[:PASSAGES_CONSIDERED]))
        top_chunks = {self.index.chunk_index[p.chunk.chunk_id]: rank
                      for rank, p in enumerate(passages[:PASSAGES_CONSIDERED])}
        t = self.tables
        weights = ranking.idf_weights(question.key_terms, t.document_frequency, t.n_chunks)
        candidates = []
        for group in (g for d in doc_ids for g in self._groups.get(d, [])):
            named = group.named(question.list_nouns)
            if named < 1.0 and (group.is_table or named == 0.0):
                continue  # only a list (or table) named like the question is a list answer
            chunk_ranks = [top_chunks[int(self.index.sentence_chunk[r])] for r in group.rows
                           if int(self.index.sentence_chunk[r]) in top_chunks]
            prior = PASSAGE_PRIOR[min(chunk_ranks)] if chunk_ranks else 0.0
            if named < 1.0 and not prior:
                continue
            cov = ranking.coverage(weights, group.body_stems, group.body_words)
            sim = float(max(similarities[r] for r in group.rows))
            candidates.append((group, named, cov, sim, prior))
        if not candidates:
            return None
        sims = ranking.zscore(np.array([c[3] for c in candidates])) if len(candidates) > 1 else np.zeros(1)
        scored = sorted(((LIST_LABEL_BONUS * named + COVERAGE_WEIGHT * cov + SIMILARITY_WEIGHT * float(z) + prior, group)
                         for (group, named, cov, _, prior), z in zip(candidates, sims)), key=lambda x: -x[0])
        best = scored[0][1]
        chosen = [best]
        for _, other in scored[1:]:  # sibling lists with their own matching label in the same section
            if (other.doc_id == best.doc_id and other.named(question.list_nouns) >= 1.0 and not other.is_table
                    and other.members[0].heading_path == best.members[0].heading_path and len(chosen) < 3):
                chosen.append(other)
        chosen.sort(key=lambda g: g.members[0].start)
        draft = _Draft(strength_ok=True)  # a list named like the question is evidence in itself
        for group in chosen:
            doc = self.index.documents[group.doc_id]
            for block in group.members:
                if block.lead_in:  # the sentence that introduces the list, not the whole paragraph
                    sentences = doc.structure.spans
                    last = [sp for sp in sentences if block.start <= sp.start and sp.end <= block.end]
                    start, end = (last[-1].start, last[-1].end) if last else (block.start, block.end)
                    self._add_line(draft, group.doc_id, start, end, "sentence")
            self._add_group_items(draft, group.doc_id, group.group_id)
        return draft

    # -- definition
    def _definition(self, question: Question, passages: list[Passage], similarities: np.ndarray, units: list[Unit],
                    municipality: str | None, allowed: Sequence[str] = (),
                    doc_ids: Sequence[str] | None = None) -> _Draft | None:
        subject = question.subject
        if not subject:
            return None
        from_glossary = lookup(self.glossary, subject)
        scope = {d for d, doc in self.index.documents.items()
                 if (municipality is None or doc.municipality == municipality)
                 and (not allowed or doc.municipality in allowed)
                 and (doc_ids is None or d in doc_ids)}
        expansion = next((e for e in from_glossary if e.expansion and e.doc_id in scope), None)
        if _EXPANSION_QUESTION.search(question.text):
            if expansion is None:
                return _Draft(reason="the corpus never spells out this abbreviation",
                              related=[(u.doc_id, u.start, u.end) for u in units[:2]])
            draft = _Draft(strength_ok=True)
            self._add_line(draft, expansion.doc_id, expansion.start, expansion.end, "sentence")
            return draft
        draft = _Draft()
        for subject in question.subjects:
            for unit in self._defining_units(question, subject, passages, similarities, scope):
                self._add_in_context(draft, unit)
        if not draft.lines:
            return None
        shown = " ".join(self.index.documents[d].text[a:b] for d, a, b, *_ in draft.lines)
        if expansion and expansion.expansion and expansion.expansion.lower() not in shown.lower():
            self._add_line(draft, expansion.doc_id, expansion.start, expansion.end, "sentence")
        draft.strength_ok = True
        return draft

    def _defining_units(self, question: Question, subject: str, passages: list[Passage], similarities: np.ndarray,
                        scope: set[str]) -> list[Unit]:
        """The sentences that define ``subject``: the best one, and a second from another plan (or the same
        plan when it adds to the first, e.g. 'De BBG bestaat uit …' after '… een Bestuurlijke Begeleidingsgroep (BBG)')."""
        pattern = re.compile(r"(?<!\w)" + re.escape(subject) + r"(?!\w)", re.I)
        rows = [r for r in range(len(self.index.sentence_start))
                if str(self.index.sentence_doc[r]) in scope and pattern.search(self.tables.sentence_texts[r])]
        candidates = self._units(question, passages[:PASSAGES_CONSIDERED], similarities, extra_rows=rows)
        defining = []
        for unit in candidates:
            text = self._text(unit)
            cue = ranking.definition_cue(subject, text)
            if cue >= 1.0 and pattern.search(text):
                defining.append((unit.score - CUE_WEIGHT * unit.cue + CUE_WEIGHT * cue, unit))
        defining.sort(key=lambda x: (-x[0], x[1].row))
        if not defining:
            return []
        best_score, best = defining[0]
        chosen = [best]
        for score, unit in defining[1:]:
            if len(chosen) >= MAX_DEFINING or score < best_score - 2 * SECOND_UNIT_MARGIN:
                break
            if unit.doc_id != best.doc_id or abs(unit.row - best.row) > 1:
                chosen.append(unit)
        return chosen

    # -- figure
    def _figure(self, question: Question, units: list[Unit], municipality: str | None = None) -> _Draft:
        with_figure = [u for u in units if u.cue > 0 and (u.kind == "table_row" or self._has_figure(self._text(u)))]
        if not with_figure:
            return _Draft(reason="no figure about this in the documents",
                          related=[(u.doc_id, u.start, u.end) for u in units[:2]])
        best = with_figure[0]
        if not self._strong(best, [best], relative_ok=municipality is None):
            return _Draft(reason="no figure about this in the documents",
                          related=[(u.doc_id, u.start, u.end) for u in units[:2]])
        draft = _Draft()
        chosen = [best]
        for unit in with_figure[1:]:
            if len(chosen) >= 2 or unit.score < best.score - SECOND_UNIT_MARGIN:
                break
            if unit.chunk != best.chunk and unit.topical >= MIN_TOPICAL_COVERAGE:
                chosen.append(unit)
        for unit in chosen:
            self._add_in_context(draft, unit)
        return draft

    @staticmethod
    def _has_figure(text: str) -> bool:
        stripped = ranking._YEAR.sub(" ", text)
        return bool(re.search(r"\d", stripped) or _NUMBER_WORDS.search(stripped))

    # -- assembling
    def _blocks(self, draft: _Draft, citations: CitationList, municipality: str | None) -> list[AnswerBlock]:
        blocks: list[AnswerBlock] = []
        current_key = None
        lines: list[AnswerLine] = []
        heading = ""
        for doc_id, start, end, style, display in draft.lines:
            path = self.index.documents[doc_id].structure.heading_path_at(start)
            key = (doc_id, path[:2])
            if key != current_key:
                if lines:
                    blocks.append(AnswerBlock(heading, tuple(lines), municipality))
                lines = []
                current_key = key
                heading = source_phrase(self.index, doc_id, start)
                if municipality:
                    heading = f"{municipality} — {heading}"
            number = citations.add(make_citation(self.index, doc_id, start, end))
            text = display if display is not None else self.index.documents[doc_id].text[start:end]
            lines.append(AnswerLine(" ".join(text.split()) if style != "row" else text, number, style))
        if lines:
            blocks.append(AnswerBlock(heading, tuple(lines), municipality))
        return blocks

    def _evidence_first(self, passages: list[Passage], cited: set[tuple[str, int]], per_municipality: bool) -> list[Passage]:
        """Passages with cited evidence first (per municipality in a comparison), the rest in ranked order."""
        def holds(i: int) -> bool:
            p = passages[i]
            return any(d == p.doc_id and p.chunk.start <= s < p.chunk.end for d, s in cited)

        def evidence_first(indices: list[int]) -> list[int]:
            return [i for i in indices if holds(i)] + [i for i in indices if not holds(i)]

        if not per_municipality:
            return [passages[i] for i in evidence_first(list(range(len(passages))))]
        municipalities = list(dict.fromkeys(p.municipality for p in passages))
        per = [evidence_first([i for i, p in enumerate(passages) if p.municipality == m]) for m in municipalities]
        return [passages[i] for i in ranking.interleave(per, len(passages))]

    def _mentioned(self, place: str) -> bool:
        """Whether any document names ``place`` (Dalfsen's plan mentions Zwolle, Doesburg's Rheden)."""
        pattern = re.compile(r"(?<![\w-])" + re.escape(place) + r"(?![\w-])")
        return any(pattern.search(doc.text) for doc in self.index.documents.values())

    def _period_mismatch(self, question: Question) -> str | None:
        if not question.period or not question.municipalities:
            return None
        start, end = question.period
        for municipality in question.municipalities:
            docs = self.index.documents_of(municipality)
            periods = [(d.metadata.period_start, d.metadata.period_end) for d in docs if d.metadata.period_start]
            if periods and not any(a <= end and start <= (b or a) for a, b in periods):
                listed = ", ".join(f"het plan {a}-{b}" if b else f"het plan {a}" for a, b in periods)
                return UNKNOWN_PERIOD.format(municipality=municipality, periods=listed)
        return None

    def _abstain(self, question: Question, passages: list[Passage], related: list[tuple[str, int, int]],
                 reason: str, notes: Sequence[str] = ()) -> Answer:
        spans = list(dict.fromkeys(related))
        if not spans:
            spans = [(p.doc_id, p.chunk.start, p.chunk.end) for p in passages[:3]]
        cites = tuple(make_citation(self.index, d, a, b) for d, a, b in spans[:4])
        block = AnswerBlock("", (AnswerLine(ABSTAIN_TEXT, None, "note"),))
        return Answer(question.text, question.intent, (block,), (), True, tuple(passages), cites, tuple(notes), reason)


def composer_for(retriever: Retriever) -> Composer:
    """The ``Composer`` of a retriever's index build (created once, cached on the retriever)."""
    composer = getattr(retriever, "_composer", None)
    if composer is None or composer.index is not retriever.index:
        composer = Composer(retriever.index, retriever)
        retriever._composer = composer  # type: ignore[attr-defined]
    return composer


def compose(index: Index, result: SearchResult, query_vector: np.ndarray, retriever: Retriever) -> Answer:
    """Compose the answer for a search result."""
    return composer_for(retriever).compose(result, query_vector)

