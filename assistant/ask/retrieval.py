"""Hybrid retrieval: candidates from three retrievers, fused, then re-ranked on evidence.

* dense chunks: the question's embedding against every chunk vector (exact);
* dense sentences: against every sentence, list item and table row (embedded
  with its municipality and heading path), each chunk scoring its best unit;
* lexical: BM25 over the prefixed chunk texts, Dutch stems, tolerant of the
  corpus's one-letter typos ("Ondernijning").

``ranking.fuse`` combines them, ``ranking.rerank_score`` re-ranks the top on
evidence features. A question about several municipalities, or one that asks
across the corpus ("welke gemeenten …"), is searched per municipality and the
results interleaved so every municipality is represented.

The ``SearchResult`` carries what the answer stage needs and retrieval already
computed: the query vector, the similarity of every answer unit to it and the
idf weights of the question's key terms.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Sequence

import numpy as np

from assistant.ask import ranking
from assistant.ask.evidence import TermTables, chunk_evidence, names_list, term_tables
from assistant.ask.question import Aspect, Question, for_municipality, place_names, understand
from assistant.index.embedding import Embedder
from assistant.index.store import Index
from assistant.ingest.chunking import Chunk
from assistant.text import edit_distance_one, synonyms, terms

TYPO_MIN_LENGTH = 7  # only long terms get edit-distance-1 variants ("ondermijn" ~ "ondernijn")
TYPO_WEIGHT = 0.5  # a variant counts half as much as the term the question used
SYNONYM_WEIGHT = 0.3  # a synonym from data/synonyms.toml counts for less than the question's own word
MAX_REWRITTEN_SCOPES = 4  # per-group question embeddings up to this many groups (one query each)
MAX_FULL_RERANK_SCOPES = 12  # groups re-ranked to full depth; beyond, each group gets a shallower re-ranking
GROUP_DEPTH = 10  # passages kept per group of a question asked of several plans
# Answer units of a question about one place are scored on the mean of their similarity to the question and
# that similarity less their similarity to the place's bare name (see ``Retriever.beyond_place``): both views
# weigh equally. The full discount (1.0) was measured too: it loses answers whose sentence names its place while
# answering, and short table rows; discounting only the sentences that name the place changed almost nothing.
PLACE_DISCOUNT = 0.5


def typo_variants(term: str, deletions: dict[str, set[str]], min_length: int = TYPO_MIN_LENGTH) -> set[str]:
    """Vocabulary terms one edit away from ``term`` (via a deletion index)."""
    if len(term) < min_length:
        return set()
    keys = {term} | {term[:i] + term[i + 1:] for i in range(len(term))}
    candidates = set().union(*(deletions.get(k, set()) for k in keys))
    return {c for c in candidates if c != term and edit_distance_one(term, c)}


def deletion_index(vocabulary: Iterable[str], min_length: int = TYPO_MIN_LENGTH) -> dict[str, set[str]]:
    index: dict[str, set[str]] = {}
    for word in vocabulary:
        if len(word) < min_length or word.isdigit():
            continue
        for key in {word} | {word[:i] + word[i + 1:] for i in range(len(word))}:
            index.setdefault(key, set()).add(word)
    return index


def understand_in(index: Index, text: str) -> Question:
    """A question read against a build: its municipalities, and the places that only one of them writes."""
    return understand(text, index.municipalities, index.places_with(place_names(text)))


@dataclass(frozen=True)
class Passage:
    chunk: Chunk
    score: float
    municipality: str
    title: str
    first_stage: float = 0.0
    evidence: ranking.Evidence | None = None

    @property
    def doc_id(self) -> str:
        return self.chunk.doc_id

    @property
    def text(self) -> str:
        return self.chunk.text


@dataclass(frozen=True)
class Group:
    """The plans one block of a many-plan answer is about, with their own ranked passages.

    A question naming municipalities has a group per municipality (all its plans); a question asked of
    every plan ("welke gemeenten …") has a group per plan, named after its municipality.
    """

    label: str
    doc_ids: tuple[str, ...]
    passages: tuple[Passage, ...]


@dataclass(frozen=True)
class SearchResult:
    """Ranked passages of one build, with what retrieval computed on the way."""

    question: Question
    passages: tuple[Passage, ...]
    index: Index = field(repr=False)
    query_vector: np.ndarray = field(repr=False)
    similarities: np.ndarray = field(repr=False)  # cosine of every sentence-table row to the query vector
    weights: dict[str, float] = field(default_factory=dict)  # idf weight per key term of the question
    scope: tuple[str, ...] = ()  # municipalities searched (empty = all)
    per_municipality: bool = False
    doc_ids: tuple[str, ...] | None = None  # documents searched (None = all)
    groups: tuple[Group, ...] = ()  # per municipality or plan, when asked of several (best evidence first)
    # the similarities less what naming the place alone explains (see ``Retriever.beyond_place``); None: as above
    unit_similarities: np.ndarray | None = field(default=None, repr=False)

    @property
    def answer_similarities(self) -> np.ndarray:
        """The similarity of every sentence-table row to the question, as answer units are scored by."""
        return self.similarities if self.unit_similarities is None else self.unit_similarities

    @property
    def tables(self) -> TermTables:
        return term_tables(self.index)


@dataclass(frozen=True)
class _Ranked:
    """One scope's candidates: ranked chunk indices with their final score, evidence and first-stage score."""

    order: list[int]
    scores: dict[int, float]
    evidence: dict[int, ranking.Evidence]
    fused: dict[int, float]


class Retriever:
    """Dense + lexical search over one index build, with evidence re-ranking."""

    def __init__(self, index: Index, embedder: Embedder, candidates: int = 60, top_k: int = 10):
        if candidates < top_k:
            raise ValueError("candidates must be >= top_k")
        self.index = index
        self.embedder = embedder
        self.candidates = candidates
        self.top_k = top_k
        self.tables = term_tables(index)
        self.deletions = index.derived("ask.typo_deletions", lambda ix: deletion_index(ix.vocabulary))

    # -- the three retrievers
    def dense(self, vector: np.ndarray, mask: np.ndarray, n: int, chunk_similarities: np.ndarray | None = None,
              ) -> dict[int, float]:
        """The top ``n`` chunks within ``mask`` by cosine similarity of their own vector (exact search;
        ``chunk_similarities``: already computed for this vector)."""
        sims = self.index.chunk_vectors @ vector if chunk_similarities is None else chunk_similarities
        return _top(sims, mask, n)

    def sentence_similarities(self, vector: np.ndarray, rows: np.ndarray | None = None) -> np.ndarray:
        """Every row's cosine similarity to ``vector``; with ``rows``, only those rows' (the others -inf):
        a question asked of one plan in a large collection reads that plan's sentences only."""
        sentences = self.index.sentences
        if rows is None:
            return sentences.vectors @ vector
        out = np.full(len(sentences), -np.inf, dtype=np.float32)
        out[rows] = sentences.vectors[rows] @ vector
        return out

    def best_sentences(self, similarities: np.ndarray, rows: np.ndarray | None = None) -> np.ndarray:
        """Per chunk, the similarity of its best sentence (-inf for a chunk without one; with ``rows``,
        for a chunk without one of those rows)."""
        best = np.full(len(self.index.chunks), -np.inf)
        chunk = self.index.sentences.chunk
        if rows is None:
            np.maximum.at(best, chunk, similarities)
        else:
            np.maximum.at(best, chunk[rows], similarities[rows])
        return best

    def dense_sentences(self, similarities: np.ndarray, mask: np.ndarray, n: int, best: np.ndarray | None = None,
                        ) -> dict[int, float]:
        """Each chunk scored by its best sentence; the top ``n`` chunks (``best``: already computed)."""
        return _top(self.best_sentences(similarities) if best is None else best, mask, n)

    def lexical_scores(self, query_terms: Sequence[str]) -> np.ndarray:
        vocab = self.index.vocabulary
        bm25 = self.index.bm25
        known = [t for t in query_terms if t in vocab]
        scores = np.zeros(len(self.index.chunks), dtype=np.float32)
        if known:
            scores += bm25.get_scores(known)
        variants = sorted({v for t in query_terms for v in typo_variants(t, self.deletions)} - set(known))
        if variants:
            scores += TYPO_WEIGHT * bm25.get_scores(variants)
        related = sorted({s for t in query_terms for s in synonyms(t) if s in vocab} - set(known) - set(variants))
        if related:
            scores += SYNONYM_WEIGHT * bm25.get_scores(related)
        return scores

    def lexical(self, query_terms: Sequence[str], mask: np.ndarray, n: int,
                raw: np.ndarray | None = None) -> dict[int, float]:
        """The top ``n`` chunks by BM25 within ``mask`` (``raw``: scores already computed for this question)."""
        scores = self.lexical_scores(query_terms) if raw is None else raw
        return {i: s for i, s in _top(scores, mask, n).items() if s > 0}

    def baseline(self, text: str, k: int | None = None) -> list[Passage]:
        """The plain-fusion baseline: equal-weight RRF of e5 chunk vectors and BM25 over the whole index,
        the question as typed (no understanding, filters, typo variants, synonyms or re-ranking)."""
        everything = self.index.chunk_mask()
        vector = self.embedder.query(text)
        dense = ranking.order(self.dense(vector, everything, self.candidates))
        known = [t for t in terms(text) if t in self.index.vocabulary]
        lexical_scores = self.index.bm25.get_scores(known) if known else np.zeros(len(self.index.chunks))
        lexical = [int(i) for i in np.argsort(-lexical_scores, kind="stable")[:self.candidates] if lexical_scores[i] > 0]
        fused = ranking.rrf([dense, lexical])
        return [self._passage(i, fused[i], None, fused[i]) for i in ranking.order(fused)[:k or self.top_k]]

    # -- one scope
    def _rank_scope(self, question: Question, vector: np.ndarray, similarities: np.ndarray, weights: dict[str, float],
                    query_terms: list[str], municipalities: Sequence[str] | None, doc_ids: Sequence[str] | None,
                    lexical_raw: np.ndarray | None = None, rerank_depth: int = ranking.RERANK_DEPTH,
                    dense_views: tuple[np.ndarray, np.ndarray] | None = None) -> _Ranked:
        """``dense_views``: (chunk similarities, best sentence per chunk) of ``vector``, when a question asked of
        many plans shares one vector: computed once, then only masked per plan."""
        mask = self.index.chunk_mask(municipalities or None, doc_ids)
        chunk_sims, best = dense_views if dense_views is not None else (None, None)
        fused = ranking.fuse(self.dense(vector, mask, self.candidates, chunk_sims),
                             self.dense_sentences(similarities, mask, self.candidates, best),
                             self.lexical(query_terms, mask, self.candidates, lexical_raw))
        first = ranking.order(fused)
        depth = first[:rerank_depth]
        if question.aspect == Aspect.LIST and question.list_nouns:
            # a list question's answer is a list named like the question: such lists are always candidates
            depth += [i for i in first[rerank_depth:] if names_list(self.tables, question, i)]
        evidence = {i: chunk_evidence(self.index, self.tables, question, i, similarities, weights) for i in depth}
        final = {i: ranking.rerank_score(fused[i], evidence[i]) for i in evidence}
        ordered = ranking.order(final) + [i for i in first if i not in final]
        return _Ranked(ordered, {**{i: fused[i] for i in first}, **final}, evidence, fused)

    # -- search
    def search(self, question: Question | str, k: int | None = None,
               municipalities: Sequence[str] | None = None, doc_ids: Sequence[str] | None = None) -> SearchResult:
        """Ranked passages for a question.

        Municipalities named in the question take precedence over ``municipalities``
        (the UI/CLI filter); ``doc_ids`` (e.g. the plans of a chosen period) always restricts.
        """
        k = k or self.top_k
        known = self.index.municipalities
        if isinstance(question, str):
            question = understand_in(self.index, question)
        scope = list(question.municipalities) or [m for m in (municipalities or []) if m in known]
        weights = self.tables.weights(question.key_terms)
        if question.per_municipality and (len(scope) > 1 or not scope):
            return self._search_each(question, self._groups(scope, doc_ids), weights, k, doc_ids)
        vector = self.embedder.query(question.text)
        similarities = self.sentence_similarities(vector)
        ranked = self._rank_scope(question, vector, similarities, weights, terms(question.text), scope or None, doc_ids)
        passages = [self._passage(i, ranked.scores[i], ranked.evidence.get(i), ranked.fused.get(i, 0.0))
                    for i in ranked.order[:k]]
        return SearchResult(question, tuple(passages), self.index, vector, similarities, weights, tuple(scope), False,
                            _doc_tuple(doc_ids), unit_similarities=self.beyond_place(similarities, question.municipalities))

    def place_vector(self, place: str) -> np.ndarray:
        """The query vector of a municipality's bare name (once per build and place)."""
        return self.index.derived(("ask.place_vector", place), lambda _ix: self.embedder.query(place))

    def _to_place(self, place: str) -> tuple[np.ndarray, np.ndarray]:
        """The sentence rows of a municipality's plans and their similarity to its bare name (once per build)."""
        def compute(index: Index) -> tuple[np.ndarray, np.ndarray]:
            rows_of_doc = index.sentences.rows_of_doc
            parts = [rows_of_doc.get(d.doc_id, np.zeros(0, dtype=np.int64)) for d in index.documents_of(place)]
            rows = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
            return rows, index.sentences.vectors[rows] @ self.place_vector(place)

        return self.index.derived(("ask.to_place", place), compute)

    def beyond_place(self, similarities: np.ndarray, places: Sequence[str]) -> np.ndarray | None:
        """For a question that names one municipality: the similarity of each of its sentences to the question,
        discounted by ``PLACE_DISCOUNT`` of its similarity to the municipality's bare name. A short sentence that
        names the place ("Testdorp is een gemeente waar het goed wonen is.") is close to every question about
        it; what a sentence shares with the question beyond the place says whether it answers. None for other
        questions (asked of no place, the question's embedding holds none to discount)."""
        if len(places) != 1:
            return None
        rows, to_place = self._to_place(places[0])
        if not len(rows):
            return None
        out = similarities.copy()
        out[rows] -= PLACE_DISCOUNT * to_place
        return out

    def _groups(self, named: Sequence[str], doc_ids: Sequence[str] | None) -> list[tuple[str, tuple[str, ...]]]:
        """(label, documents) per block: each named municipality's plans, or else every plan on its own."""
        allowed = None if doc_ids is None else set(doc_ids)
        if len(named) > 1:
            groups = [(m, tuple(d.doc_id for d in self.index.documents_of(m))) for m in named]
        else:
            documents = sorted(self.index.documents.values(), key=lambda d: (d.municipality, d.title, d.doc_id))
            groups = [(d.municipality, (d.doc_id,)) for d in documents]
        groups = [(label, tuple(d for d in docs if allowed is None or d in allowed)) for label, docs in groups]
        return [(label, docs) for label, docs in groups if docs]

    def _search_each(self, question: Question, groups: list[tuple[str, tuple[str, ...]]], weights: dict[str, float],
                     k: int, doc_ids: Sequence[str] | None) -> SearchResult:
        """The question asked of each group alone; the passages of all groups interleaved."""
        few = len(groups) <= MAX_REWRITTEN_SCOPES
        # the question as asked of each group alone, embedded in one batch with the question itself
        rewrites = [for_municipality(question, label) for label, _ in groups] if few else []
        vectors = self.embedder.queries([question.text, *rewrites])
        own_similarities = self.sentence_similarities(vectors[0])
        query_terms = terms(question.text)
        lexical_raw = self.lexical_scores(query_terms)
        depth = ranking.RERANK_DEPTH if len(groups) <= MAX_FULL_RERANK_SCOPES else ranking.RERANK_DEPTH_MANY
        shared = None if rewrites else (self.index.chunk_vectors @ vectors[0], self.best_sentences(own_similarities))
        per: list[list[int]] = []
        relevance: list[float] = []
        info: dict[int, tuple[float, ranking.Evidence | None, float]] = {}
        rows_of_doc = self.index.sentences.rows_of_doc
        for n, (label, docs) in enumerate(groups):
            views = shared
            if rewrites:  # the question as asked of this group is read against the group's sentences only
                vector = vectors[n + 1]
                rows = np.sort(np.concatenate([rows_of_doc.get(d, np.zeros(0, dtype=np.int64)) for d in docs]))
                similarities = self.sentence_similarities(vector, rows)
                views = (self.index.chunk_vectors @ vector, self.best_sentences(similarities, rows))
            else:
                vector, similarities = vectors[0], own_similarities
            ranked = self._rank_scope(question, vector, similarities, weights, query_terms, None, docs,
                                      lexical_raw, depth, views)
            per.append(ranked.order)
            top = ranked.evidence.get(ranked.order[0]) if ranked.order else None
            relevance.append(ranking.absolute_relevance(top, similarities))
            for i in ranked.order:
                info.setdefault(i, (ranked.scores[i], ranked.evidence.get(i), ranked.fused.get(i, 0.0)))
        order = list(range(len(groups)))
        if not question.municipalities:  # "welke gemeenten …": the groups with the best evidence first
            order.sort(key=lambda g: -relevance[g])
        groups, per = [groups[g] for g in order], [per[g] for g in order]
        passages = [self._passage(i, *info[i]) for i in ranking.interleave(per, k)]
        blocks = tuple(Group(label, docs, tuple(self._passage(i, *info[i]) for i in ranked_order[:GROUP_DEPTH]))
                       for (label, docs), ranked_order in zip(groups, per))
        return SearchResult(question, tuple(passages), self.index, vectors[0], own_similarities, weights,
                            tuple(dict.fromkeys(label for label, _ in groups)), True, _doc_tuple(doc_ids), blocks)

    def _passage(self, i: int, score: float, evidence: ranking.Evidence | None, first_stage: float) -> Passage:
        chunk = self.index.chunks[i]
        doc = self.index.documents[chunk.doc_id]
        return Passage(chunk, float(score), doc.municipality, doc.title, float(first_stage), evidence)


def _top(scores: np.ndarray, mask: np.ndarray, n: int) -> dict[int, float]:
    """The ``n`` best-scoring items within ``mask`` (ties by position), finite scores only.

    Only the masked items are sorted: a question asked of every plan ranks each plan's few chunks,
    not the whole collection, once per plan.
    """
    candidates = np.flatnonzero(mask)
    local = scores[candidates]
    top = candidates[np.argsort(-local, kind="stable")[:n]]
    return {int(i): float(scores[i]) for i in top if np.isfinite(scores[i])}


def _doc_tuple(doc_ids: Sequence[str] | None) -> tuple[str, ...] | None:
    return None if doc_ids is None else tuple(doc_ids)
