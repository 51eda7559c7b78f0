"""Hybrid retrieval: candidates from three retrievers, fused, then re-ranked on evidence.

* dense chunks: the question's embedding against the chunk vectors in Chroma;
* dense sentences: against every sentence, list item and table row (embedded
  with its municipality and heading path), each chunk scoring its best unit;
* lexical: BM25 over the prefixed chunk texts, Dutch stems, tolerant of the
  corpus's one-letter typos ("Ondernijning").

``ranking.fuse`` combines them, ``ranking.rerank_score`` re-ranks the top on
evidence features. A question about several municipalities, or one that asks
across the corpus ("welke gemeenten …"), is searched per municipality and the
results interleaved so every municipality is represented.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterable, Sequence

import numpy as np

from assistant.ask import ranking
from assistant.ingest.chunking import Chunk
from assistant.index.embedding import Embedder
from assistant.index.build import Index
from assistant.ask.question import Question, for_municipality, understand
from assistant.text import edit_distance_one, synonyms, term_set, terms, words

TYPO_MIN_LENGTH = 7  # only long terms get edit-distance-1 variants ("ondermijn" ~ "ondernijn")
TYPO_WEIGHT = 0.5  # a variant counts half as much as the term the question used
SYNONYM_WEIGHT = 0.3  # a synonym from data/synonyms.toml counts for less than the question's own word
MAX_REWRITTEN_SCOPES = 4  # per-municipality question embeddings up to this many municipalities (one query each)


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
class SearchResult:
    question: Question
    passages: tuple[Passage, ...]
    scope: tuple[str, ...] = field(default=())  # municipalities searched (empty = all)
    per_municipality: bool = False
    doc_ids: tuple[str, ...] | None = None  # documents searched (None = all)


class EvidenceTables:
    """Per-sentence and per-chunk term sets, computed once per index build."""

    def __init__(self, index: Index):
        self.index = index
        n = len(index.sentence_start)
        texts = [index.documents[index.sentence_doc[r]].text[index.sentence_start[r]:index.sentence_end[r]]
                 for r in range(n)]
        self.sentence_texts = texts
        self.sentence_stems = [term_set(t) for t in texts]
        self.sentence_words = [frozenset(words(t)) for t in texts]
        self.heading_stems = [term_set(" ".join(c.heading_path)) for c in index.chunks]
        self.heading_words = [frozenset(words(" ".join(c.heading_path))) for c in index.chunks]
        self.list_labels: list[list[tuple[frozenset[str], frozenset[str]]]] = []
        self.has_list: list[bool] = []
        for chunk in index.chunks:
            structure = index.documents[chunk.doc_id].structure
            labels = []
            items = [b for b in structure.blocks if chunk.start <= b.start < chunk.end and b.kind in ("list_item", "table_row")]
            leads = [b for b in structure.blocks if chunk.start <= b.start < chunk.end and b.lead_in]
            for b in leads:
                label = structure.text[b.start:b.end]
                labels.append((term_set(label), frozenset(words(label))))
            for b in items[:1]:
                path = " ".join(b.heading_path[-2:])
                labels.append((term_set(path), frozenset(words(path))))
            self.list_labels.append(labels)
            self.has_list.append(any(b.kind == "list_item" for b in items))
        df: dict[str, int] = {}
        for stems in (term_set(c.text + " " + " ".join(c.heading_path)) for c in index.chunks):
            for t in stems:
                df[t] = df.get(t, 0) + 1
        self.document_frequency = df
        self.n_chunks = len(index.chunks)


class Retriever:
    """Dense + lexical search over one index build, with evidence re-ranking."""

    def __init__(self, index: Index, embedder: Embedder, candidates: int = 60, top_k: int = 10):
        self.index = index
        self.embedder = embedder
        self.candidates = candidates
        self.top_k = top_k
        self.deletions = deletion_index(index.vocabulary)
        self.sentence_chunk = index.sentence_chunk.astype(np.int64)

    @cached_property
    def tables(self) -> EvidenceTables:
        return EvidenceTables(self.index)

    # -- the three retrievers
    def dense(self, vector: np.ndarray, mask: np.ndarray, n: int) -> dict[int, float]:
        """The top ``n`` chunks within ``mask`` by cosine similarity of their own vector (exact search)."""
        similarities = np.where(mask, self.index.chunk_vectors @ vector, -np.inf)
        top = np.argsort(-similarities, kind="stable")[:n]
        return {int(i): float(similarities[i]) for i in top if np.isfinite(similarities[i])}

    def sentence_similarities(self, vector: np.ndarray) -> np.ndarray:
        return self.index.sentence_vectors @ vector

    def dense_sentences(self, similarities: np.ndarray, mask: np.ndarray, n: int) -> dict[int, float]:
        """Each chunk scored by its best sentence; the top ``n`` chunks."""
        best = np.full(len(self.index.chunks), -np.inf)
        np.maximum.at(best, self.sentence_chunk, similarities)
        best = np.where(mask, best, -np.inf)
        top = np.argsort(-best, kind="stable")[:n]
        return {int(i): float(best[i]) for i in top if np.isfinite(best[i])}

    def lexical_scores(self, query_terms: Sequence[str]) -> np.ndarray:
        vocab = self.index.vocabulary
        known = [t for t in query_terms if t in vocab]
        scores = np.zeros(len(self.index.chunks), dtype=np.float32)
        if known:
            scores += self.index.bm25.get_scores(known)
        variants = sorted({v for t in query_terms for v in typo_variants(t, self.deletions)} - set(known))
        if variants:
            scores += TYPO_WEIGHT * self.index.bm25.get_scores(variants)
        related = sorted({s for t in query_terms for s in synonyms(t) if s in vocab} - set(known) - set(variants))
        if related:
            scores += SYNONYM_WEIGHT * self.index.bm25.get_scores(related)
        return scores

    def lexical(self, query_terms: Sequence[str], mask: np.ndarray, n: int,
                raw: np.ndarray | None = None) -> dict[int, float]:
        """The top ``n`` chunks by BM25 within ``mask`` (``raw``: scores already computed for this question)."""
        scores = np.where(mask, self.lexical_scores(query_terms) if raw is None else raw, 0.0)
        top = np.argsort(-scores, kind="stable")[:n]
        return {int(i): float(scores[i]) for i in top if scores[i] > 0}

    # -- evidence
    def evidence(self, question: Question, chunk_i: int, similarities: np.ndarray,
                 weights: dict[str, float]) -> ranking.Evidence:
        t = self.tables
        rows = self.index.chunk_sentences.get(chunk_i, [])
        best_row, best_cov, best_intent = -1, 0.0, 0.0
        best_key = -np.inf
        aspect = question.aspect
        topical = {t_: w for t_, w in weights.items() if not t_.isdigit()}  # what the question is about, not when
        for row in rows:
            cov = ranking.coverage(weights, t.sentence_stems[row], t.sentence_words[row])
            key = similarities[row] + cov
            if key > best_key:
                best_key, best_row = key, row
            best_cov = max(best_cov, cov)
            gate = ranking.coverage(topical, t.sentence_stems[row], t.sentence_words[row])
            if gate <= 0:
                continue  # an intent cue only counts in a sentence that is about the question
            text = t.sentence_texts[row]
            if question.frequency:
                cue = ranking.frequency_cue(text)
            elif aspect == "figure":
                cue = ranking.figure_cue(str(self.index.sentence_kind[row]), text, question.years,
                                         str(self.index.sentence_context[row]))
            elif aspect == "definition":
                cue = ranking.definition_cue(question.subject, text)
            else:
                cue = 0.0
            best_intent = max(best_intent, cue * min(1.0, gate / ranking.CUE_COVERAGE))
        heading = ranking.coverage(weights, t.heading_stems[chunk_i], t.heading_words[chunk_i])
        if aspect == "list" and question.list_nouns:
            labels = t.list_labels[chunk_i]
            best_intent = ranking.list_cue(question.list_nouns, [a for a, _ in labels], t.has_list[chunk_i])
        return ranking.Evidence(best_cov, heading, best_intent, best_row)

    def names_list(self, question: Question, chunk_i: int) -> bool:
        labels = self.tables.list_labels[chunk_i]
        return ranking.list_cue(question.list_nouns, [a for a, _ in labels], self.tables.has_list[chunk_i]) >= 1.0

    # -- search
    def _rank_scope(self, question: Question, vector: np.ndarray, similarities: np.ndarray, query_terms: list[str],
                    municipalities: Sequence[str] | None, doc_ids: Sequence[str] | None = None,
                    lexical_raw: np.ndarray | None = None, rerank_depth: int = ranking.RERANK_DEPTH,
                    ) -> tuple[list[int], dict[int, float], dict[int, ranking.Evidence], dict[int, float]]:
        mask = self.index.chunk_mask(municipalities or None, doc_ids)
        fused = ranking.fuse(self.dense(vector, mask, self.candidates),
                             self.dense_sentences(similarities, mask, self.candidates),
                             self.lexical(query_terms, mask, self.candidates, lexical_raw))
        first = ranking.order(fused)
        weights = ranking.idf_weights(question.key_terms, self.tables.document_frequency, self.tables.n_chunks)
        depth = first[:rerank_depth]
        if question.aspect == "list" and question.list_nouns:
            # a list question's answer is a list named like the question: such lists are always candidates
            depth += [i for i in first[rerank_depth:] if self.names_list(question, i)]
        evidence = {i: self.evidence(question, i, similarities, weights) for i in depth}
        final = {i: ranking.rerank_score(fused[i], evidence[i]) for i in evidence}
        ordered = ranking.order(final) + [i for i in first if i not in final]
        scores = {**{i: fused[i] for i in first}, **final}
        return ordered, scores, evidence, fused

    def search(self, question: Question | str, k: int | None = None,
               municipalities: Sequence[str] | None = None, doc_ids: Sequence[str] | None = None) -> SearchResult:
        """Ranked passages for a question.

        Municipalities named in the question take precedence over ``municipalities``
        (the UI/CLI filter); ``doc_ids`` (e.g. the plans of a chosen period) always restricts.
        """
        k = k or self.top_k
        known = self.index.municipalities
        if isinstance(question, str):
            question = understand(question, known)
        scope = list(question.municipalities) or [m for m in (municipalities or []) if m in known]
        query_terms = terms(question.text)
        if question.per_municipality and (len(scope) > 1 or not scope):
            groups = scope if len(scope) > 1 else known
            if doc_ids is not None:  # only municipalities with a document inside the filter
                groups = [m for m in groups if any(d.doc_id in doc_ids for d in self.index.documents_of(m))]
            few = len(groups) <= MAX_REWRITTEN_SCOPES
            # the question as asked of each municipality alone, embedded in one batch with the question itself
            rewrites = [for_municipality(question, m) for m in groups] if few else []
            vectors = self.embedder.queries([question.text, *rewrites])
            shared_similarities = None if few else self.sentence_similarities(vectors[0])
            lexical_raw = self.lexical_scores(query_terms)
            per: list[list[int]] = []
            relevance: list[float] = []
            info: dict[int, tuple[float, ranking.Evidence | None, float]] = {}
            for n, municipality in enumerate(groups):
                vector = vectors[n + 1] if rewrites else vectors[0]
                similarities = self.sentence_similarities(vector) if few else shared_similarities
                ordered, scores, evidence, fused = self._rank_scope(
                    question, vector, similarities, query_terms, [municipality], doc_ids, lexical_raw,
                    ranking.RERANK_DEPTH if few else ranking.RERANK_DEPTH_MANY)
                per.append(ordered)
                top = evidence.get(ordered[0]) if ordered else None
                relevance.append(ranking.absolute_relevance(top, similarities))
                for i in ordered:
                    info[i] = (scores[i], evidence.get(i), fused.get(i, 0.0))
            if not question.municipalities:  # "welke gemeenten …": the municipalities with the best evidence first
                order = sorted(range(len(groups)), key=lambda g: -relevance[g])
                groups, per = [groups[g] for g in order], [per[g] for g in order]
            chosen = ranking.interleave(per, k)
            passages = [self._passage(i, *info[i]) for i in chosen]
            return SearchResult(question, tuple(passages), tuple(groups), True, _doc_tuple(doc_ids))
        vector = self.embedder.query(question.text)
        similarities = self.sentence_similarities(vector)
        ordered, scores, evidence, fused = self._rank_scope(question, vector, similarities, query_terms, scope or None,
                                                            doc_ids)
        passages = [self._passage(i, scores[i], evidence.get(i), fused.get(i, 0.0)) for i in ordered[:k]]
        return SearchResult(question, tuple(passages), tuple(scope), False, _doc_tuple(doc_ids))

    def _passage(self, i: int, score: float, evidence: ranking.Evidence | None, first_stage: float) -> Passage:
        chunk = self.index.chunks[i]
        doc = self.index.documents[chunk.doc_id]
        return Passage(chunk, float(score), doc.municipality, doc.title, float(first_stage), evidence)


def _doc_tuple(doc_ids: Sequence[str] | None) -> tuple[str, ...] | None:
    return None if doc_ids is None else tuple(doc_ids)
