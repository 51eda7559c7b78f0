"""Side by side: what each municipality's plan says about one theme or one question.

For every chosen municipality a column with its best passages (one cited
sentence per passage), its priorities and its goals and ambitions for the
theme, and an explicit "Niet genoemd in dit plan." where the plan has nothing,
so a blank is never mistaken for a missing search result.

* A theme (``theme="ondermijning"``, or a question that names one, "Wat doen de
  gemeenten aan ondermijning?") is judged by the theme matrix: a plan that does
  not mention the theme gets the note, whatever retrieval returns.
* A free question without a theme is judged by evidence: a passage counts when
  one of its sentences covers at least ``MIN_COVERAGE`` of the question's key terms.

    >>> comparison = compare(assistant, "Wat doen de gemeenten aan ondermijning?", ["Doesburg", "Dalfsen"])  # doctest: +SKIP
    >>> [c.status for c in comparison.columns]                                                              # doctest: +SKIP
    ['prioriteit', 'prioriteit']
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Sequence

from assistant.answer.phrasing import phrase
from assistant.answer.types import Answer, AnswerBlock, AnswerLine, LineStyle
from assistant.ask.question import Intent, Question, for_municipality, understand
from assistant.ask.retrieval import Passage, SearchResult
from assistant.citation import Citation, CitationList, cite
from assistant.index.store import Index
from assistant.ingest.plan_items import Goal, Priority
from assistant.ingest.themes import load_taxonomy
from assistant.insights.matrix import DISCUSSED, NOT_MENTIONED, PRIORITY, ThemeStatus, best_theme_sentence, theme_matrix
from assistant.insights.plans import goals_of, priorities_of
from assistant.text import synonyms, term_set, terms, words

NOT_MENTIONED_TEXT = phrase("not_mentioned")
MAX_PASSAGES = 3  # cited sentences per municipality
SEARCH_DEPTH = 10  # passages retrieved per municipality before filtering
MIN_COVERAGE = 0.75  # share of a free question's specific key terms one sentence must contain to count as an answer
GENERIC_SHARE = 0.3  # a term found in more than this share of the chunks ("gemeente") says nothing about relevance
# Words that ask about the plans rather than name a topic ("Wat zeggen de plannen over …").
QUESTION_WORDS = ("zeggen", "zegt", "plan", "plannen", "beleidsplan", "beleidsplannen", "staat", "staan", "noemen",
                  "noemt", "beschrijven", "beschrijft", "schrijven", "schrijft", "vermelden", "vermeldt", "document",
                  "documenten", "tekst", "gemeente", "gemeenten")
STATUS_ORDER = {PRIORITY: 0, DISCUSSED: 1, NOT_MENTIONED: 2}


@dataclass(frozen=True)
class CompareColumn:
    municipality: str
    status: ThemeStatus
    passages: tuple[Citation, ...]
    priorities: tuple[Priority, ...] = ()
    goals: tuple[Goal, ...] = ()

    @property
    def mentioned(self) -> bool:
        return self.status != NOT_MENTIONED

    def to_dict(self) -> dict[str, Any]:
        return {
            "municipality": self.municipality, "status": self.status,
            "note": "" if self.mentioned else NOT_MENTIONED_TEXT,
            "passages": [c.to_dict() for c in self.passages],
            "priorities": [p.to_dict() for p in self.priorities],
            "goals": [g.to_dict() for g in self.goals],
        }


@dataclass(frozen=True)
class Comparison:
    question: str
    themes: tuple[str, ...]  # theme ids the comparison is about (empty for a free question)
    columns: tuple[CompareColumn, ...]

    def column(self, municipality: str) -> CompareColumn:
        return next(c for c in self.columns if c.municipality == municipality)

    def to_dict(self) -> dict[str, Any]:
        return {"question": self.question, "themes": list(self.themes), "columns": [c.to_dict() for c in self.columns]}

    def to_answer(self) -> Answer:
        """The comparison as an ``Answer``: one block per municipality, every line cited or a note."""
        citations = CitationList()
        number = citations.add
        blocks = []
        for column in self.columns:
            lines: list[AnswerLine] = []
            if not column.mentioned:
                lines.append(AnswerLine(NOT_MENTIONED_TEXT, None, LineStyle.NOTE))
            for p in column.priorities:
                lines.append(AnswerLine(p.name, number(p.citation), LineStyle.BULLET))
            for c in column.passages:
                lines.append(AnswerLine(c.quote, number(c), LineStyle.SENTENCE))
            for g in column.goals:
                lines.append(AnswerLine(g.text, number(g.citation), LineStyle.BULLET))
            heading = f"{column.municipality} ({column.status})"
            blocks.append(AnswerBlock(heading, tuple(lines), column.municipality))
        abstained = not any(c.mentioned for c in self.columns)
        return Answer(self.question, Intent.COMPARISON, tuple(blocks), tuple(citations.items), abstained)


def question_themes(question: str) -> tuple[str, ...]:
    """The themes a question names by their keywords ("ondermijning", "woninginbraken"), if any."""
    return load_taxonomy().match_name(question) if question.strip() else ()


def _scoped(asked: Question, municipality: str, known: list[str]) -> Question:
    """The question as asked of one municipality only (other named municipalities taken out)."""
    rewritten = understand(for_municipality(asked, municipality), known)
    return replace(rewritten, municipalities=(municipality,), all_municipalities=False,
                   intent=Intent(rewritten.aspect) if rewritten.intent == Intent.COMPARISON else rewritten.intent)


def _search(assistant, asked: Question, municipality: str) -> SearchResult:
    """Passages for the question in one municipality only."""
    return assistant.search(_scoped(asked, municipality, assistant.index.municipalities), k=SEARCH_DEPTH)


def _sentence_citation(index: Index, passage: Passage) -> Citation | None:
    """The passage's best sentence (the re-ranker's choice), else its first unit."""
    row = passage.evidence.best_sentence if passage.evidence is not None else -1
    if row < 0:
        rows = index.sentences.rows_of_chunk.get(index.chunk_index[passage.chunk.chunk_id], [])
        if not rows:
            return None
        row = rows[0]
    doc_id, start, end = index.sentences.span(row)
    return cite(index.documents[doc_id], start, end)


def _term_counts(index: Index) -> dict[str, int]:
    """Number of chunks each stem occurs in (computed once per build)."""
    def compute(index: Index) -> dict[str, int]:
        counts: dict[str, int] = {}
        for chunk in index.chunks:
            for t in term_set(chunk.text):
                counts[t] = counts.get(t, 0) + 1
        return counts

    return index.derived("compare.term_counts", compute)


def specific_terms(index: Index, question: str) -> list[str]:
    """The question's terms that can tell passages apart: in the corpus, not in most chunks, no place names."""
    counts = _term_counts(index)
    limit = GENERIC_SHARE * max(len(index.chunks), 1)
    ignored = {t for m in index.municipalities for t in terms(m)} | {t for w in QUESTION_WORDS for t in terms(w)}
    return [t for t in dict.fromkeys(terms(question)) if 0 < counts.get(t, 0) <= limit and t not in ignored]


def coverage(question_terms: Sequence[str], sentence: str) -> float:
    """Share of the question's terms that the sentence contains: the same stem, a synonym, or the
    term as part of a compound of the sentence ("inbraak" in "woninginbraak"); 0 without terms.

    >>> coverage(["politie", "samenwerk"], "Wij werken samen met de politie.")
    0.5
    """
    wanted = list(dict.fromkeys(question_terms))
    if not wanted:
        return 0.0
    stems = term_set(sentence)
    tokens = set(words(sentence))
    found = 0
    for term in wanted:
        if synonyms(term) & stems or any(len(term) >= 5 and term in w for w in tokens):
            found += 1
    return found / len(wanted)


def _overlaps(citation: Citation, spans: Sequence[tuple[str, int, int]]) -> bool:
    return any(d == citation.doc_id and a < citation.end and citation.start < b for d, a, b in spans)


def _theme_column(assistant, municipality: str, themes: tuple[str, ...], asked: Question) -> CompareColumn:
    index = assistant.index
    matrix = theme_matrix(index)
    status = min((matrix.status(municipality, t) for t in themes), key=STATUS_ORDER.__getitem__)
    if status == NOT_MENTIONED:
        return CompareColumn(municipality, status, ())
    docs = [d.doc_id for d in index.documents_of(municipality)]
    priorities = tuple(p for d in docs for p in priorities_of(index, d) if set(p.themes) & set(themes))
    goals = tuple(g for d in docs for g in goals_of(index, d) if set(g.themes) & set(themes))
    shown = [(p.citation.doc_id, p.citation.start, p.citation.end) for p in priorities]
    shown += [(g.citation.doc_id, g.citation.start, g.citation.end) for g in goals]
    passages: list[Citation] = []
    for passage in _search(assistant, asked, municipality).passages:
        if set(passage.chunk.themes) & set(themes):
            citation = _sentence_citation(index, passage)
            if citation and not _overlaps(citation, shown):
                passages.append(citation)
                shown.append((citation.doc_id, citation.start, citation.end))
        if len(passages) >= MAX_PASSAGES:
            break
    if not passages:
        for theme_id in themes:
            spot = best_theme_sentence(index, theme_id, docs)
            if spot:
                passages.append(cite(index.documents[spot[0]], spot[1], spot[2]))
                break
    return CompareColumn(municipality, status, tuple(passages), priorities, goals)


def _free_column(assistant, municipality: str, asked: Question, specific: list[str]) -> CompareColumn:
    index = assistant.index
    passages: list[Citation] = []
    for passage in _search(assistant, asked, municipality).passages:
        citation = _sentence_citation(index, passage)
        if citation is None or coverage(specific, citation.quote) < MIN_COVERAGE:
            continue
        if not _overlaps(citation, [(c.doc_id, c.start, c.end) for c in passages]):
            passages.append(citation)
        if len(passages) >= MAX_PASSAGES:
            break
    return CompareColumn(municipality, DISCUSSED if passages else NOT_MENTIONED, tuple(passages))


def compare(assistant, question: str = "", municipalities: Sequence[str] | None = None,
            theme: str | None = None) -> Comparison:
    """Compare municipalities on a theme (id, name or keyword) or a free question.

    ``municipalities`` defaults to every municipality in the index; unknown names
    raise ``ValueError`` (the caller shows a message).
    """
    index = assistant.index
    known = index.municipalities
    chosen = list(dict.fromkeys(municipalities or known))
    unknown = [m for m in chosen if m not in known]
    if unknown:
        raise ValueError(f"unknown municipality: {', '.join(unknown)}")
    taxonomy = load_taxonomy()
    if theme:
        found = taxonomy.find(theme)
        if found is None:
            raise ValueError(f"unknown theme: {theme}")
        themes: tuple[str, ...] = (found.id,)
    else:
        themes = question_themes(question)
    if themes:
        query = question.strip() or f"{taxonomy.theme(themes[0]).name}: {taxonomy.theme(themes[0]).description}"
        asked = understand(query, known)
        columns = tuple(_theme_column(assistant, m, themes, asked) for m in chosen)
    else:
        if not question.strip():
            raise ValueError("a question or a theme is needed")
        asked, specific = understand(question, known), specific_terms(index, question)
        columns = tuple(_free_column(assistant, m, asked, specific) for m in chosen)
    return Comparison(question.strip() or taxonomy.theme(themes[0]).label, themes, columns)
