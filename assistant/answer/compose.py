"""``compose(result) -> Answer``: extractive answers shaped like the question, every line cited.

An answer is built from *units* of the documents (sentences, list items, table
rows) copied exactly, joined by fixed Dutch phrases (``phrasing``). This module
only routes: the question-level abstention rules first, then one block per
municipality (a comparison, "welke gemeenten …") or one for the whole answer,
each drafted by the strategy of the question's intent (``intents``) unless an
evidence rule (``abstain``) refuses it. Every line carries a ``Citation`` whose
``quote == document.text[start:end]``; the passages behind the answer are
re-ordered so that the ones cited come first.

    >>> answer = compose(retriever.search("Wat doet het RIEC?"))       # doctest: +SKIP
"""

from __future__ import annotations

from typing import Sequence

from assistant.answer.abstain import EVIDENCE_RULES, QUESTION_RULES, Evidence, first_reason
from assistant.answer.intents import Material
from assistant.answer.lookup import Lookups, lookups
from assistant.answer.phrasing import blocks, join_names, phrase
from assistant.answer.types import Answer, AnswerBlock, AnswerLine, LineStyle, Reason, Span
from assistant.answer.units import PASSAGES_CONSIDERED, candidate_units
from assistant.ask import ranking
from assistant.ask.question import Question
from assistant.ask.retrieval import Passage, SearchResult
from assistant.citation import CitationList, cite

MAX_RELATED = 4  # "mogelijk relevant" passages shown with a refusal
RELATED_FALLBACK = 3  # passages shown when no rule named spans of its own


def compose(result: SearchResult) -> Answer:
    """The answer to a search result (nothing is searched or embedded again)."""
    data = lookups(result.index)
    question = result.question
    passages = list(result.passages)
    reason = first_reason(QUESTION_RULES, question, data)
    if reason is not None:
        return _refusal(data, question, passages, [], [reason], notes=[reason.note])

    citations = CitationList()
    answer_blocks: list[AnswerBlock] = []
    related: list[Span] = []
    reasons: list[Reason] = []
    nothing: list[str] = []
    groups = _groups(result)
    for municipality, group_passages in groups:
        evidence = _evidence(data, result, group_passages, municipality)
        reason = first_reason(EVIDENCE_RULES, question, evidence)
        if reason is not None:
            related.extend(reason.related)
            reasons.append(reason)
            if municipality:
                nothing.append(municipality)
            continue
        related.extend(evidence.draft.related)
        answer_blocks.extend(blocks(data.index, evidence.draft, citations, municipality))
    notes = [phrase("nothing_for", municipality=join_names(nothing))] if nothing else []
    if not answer_blocks:
        return _refusal(data, question, passages, related, reasons, notes=notes if len(groups) > 1 else [])
    if question.unknown_places and question.municipalities:  # "Vergelijk Doesburg en Zwolle …"
        notes.append(phrase("no_plan", places=join_names(question.unknown_places)))
    cited = {(c.doc_id, c.start) for c in citations.items}
    return Answer(question.text, question.intent, tuple(answer_blocks), tuple(citations.items), False,
                  tuple(_evidence_first(passages, cited, result.per_municipality)), (), tuple(notes),
                  reasons=tuple(reasons))


def _groups(result: SearchResult) -> list[tuple[str | None, list[Passage]]]:
    """(municipality, its passages) per answer block: one per municipality searched, or one for all."""
    passages = list(result.passages)
    if not result.per_municipality:
        return [(None, passages)]
    municipalities = list(result.scope)
    if not result.question.municipalities:  # asked of all: only those whose passages made the top, best first
        shown = set(p.municipality for p in passages)
        municipalities = [m for m in municipalities if m in shown]
    return [(m, [p for p in passages if p.municipality == m]) for m in municipalities]


def _evidence(data: Lookups, result: SearchResult, passages: list[Passage], municipality: str | None) -> Evidence:
    units = candidate_units(data, result.question, passages[:PASSAGES_CONSIDERED], result.similarities, result.weights)
    material = Material(result.question, tuple(passages), tuple(units), result.similarities, result.weights,
                        municipality, tuple(result.scope), result.doc_ids)
    return Evidence(data, material)


def _evidence_first(passages: list[Passage], cited: set[tuple[str, int]], per_municipality: bool) -> list[Passage]:
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


def _refusal(data: Lookups, question: Question, passages: list[Passage], related: Sequence[Span],
             reasons: Sequence[Reason], notes: Sequence[str] = ()) -> Answer:
    """The fixed refusal, with the nearest passages as *mogelijk relevant*."""
    spans = list(dict.fromkeys(related))
    if not spans:
        spans = [(p.doc_id, p.chunk.start, p.chunk.end) for p in passages[:RELATED_FALLBACK]]
    cites = tuple(cite(data.index.documents[d], a, b) for d, a, b in spans[:MAX_RELATED])
    block = AnswerBlock("", (AnswerLine(phrase("abstain"), None, LineStyle.NOTE),))
    detail = "; ".join(r.detail for r in reasons if r.detail) or "weak evidence"
    return Answer(question.text, question.intent, (block,), (), True, tuple(passages), cites, tuple(notes), detail,
                  tuple(reasons))
