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

from dataclasses import replace
from typing import Sequence

from assistant.answer.abstain import EVIDENCE_RULES, QUESTION_RULES, Evidence, first_reason, tentative
from assistant.answer.intents import Material
from assistant.answer.lookup import Lookups, lookups
from assistant.answer.phrasing import blocks, join_names, phrase
from assistant.answer.types import Answer, AnswerBlock, AnswerLine, LineStyle, Reason, Span
from assistant.answer.units import PASSAGES_CONSIDERED, candidate_units
from assistant.ask.question import Question
from assistant.ask.retrieval import Group, Passage, SearchResult
from assistant.citation import Citation, CitationList, cite

MAX_RELATED = 4  # "mogelijk relevant" passages shown with a refusal
MAX_LISTED_SILENT = 6  # municipalities named as having nothing; beyond, only their number
RELATED_FALLBACK = 3  # passages shown when no rule named spans of its own


def compose(result: SearchResult) -> Answer:
    """The answer to a search result (nothing is searched or embedded again)."""
    data = lookups(result.index)
    question = result.question
    passages = list(result.passages)
    reason = first_reason(QUESTION_RULES, question, data)
    if reason is not None:
        return _refusal(data, question, passages, [], [reason], notes=[reason.note])
    if result.groups:
        return _compose_groups(data, result)
    evidence = _evidence(data, result, passages, None, None)
    reason = first_reason(EVIDENCE_RULES, question, evidence)
    if reason is not None:
        return _refusal(data, question, passages, reason.related, [reason])
    citations = CitationList()
    answer_blocks = blocks(data.index, evidence.draft, citations, None)
    ordered = _evidence_first(data, passages, citations.items, len(passages))
    unsure = tentative(question, evidence)
    notes = ((phrase("tentative"),) if unsure else ()) + _place_notes(question)
    return Answer(question.text, question.intent, tuple(answer_blocks), tuple(citations.items), False,
                  tuple(ordered), (), notes, tentative=unsure)


def _compose_groups(data: Lookups, result: SearchResult) -> Answer:
    """One block per group (municipality or plan) that answers; the others named as having nothing."""
    question = result.question
    citations = CitationList()
    answer_blocks: list[AnswerBlock] = []
    related: list[Span] = []
    reasons: list[Reason] = []
    answered: list[list[Passage]] = []
    silent: list[Group] = []
    unsure = False
    for group in result.groups:
        evidence = _evidence(data, result, list(group.passages), group.label, group.doc_ids)
        reason = first_reason(EVIDENCE_RULES, question, evidence)
        if reason is not None:
            related.extend(reason.related)
            reasons.append(reason)
            silent.append(group)
            continue
        own = CitationList()
        group_blocks = blocks(data.index, evidence.draft, own, group.label)
        unsure = unsure or tentative(question, evidence)
        numbers = {n: citations.add(c) for n, c in enumerate(own.items, 1)}
        answer_blocks.extend(AnswerBlock(b.heading, tuple(replace(line, citation=numbers.get(line.citation))
                                                          for line in b.lines), b.municipality)
                             for b in group_blocks)
        answered.append(_evidence_first(data, list(group.passages), own.items, len(group.passages)))
    names = list(dict.fromkeys(g.label for g in silent))
    notes = [phrase("nothing_for", municipality=_names(names))] if names else []
    if not answer_blocks:
        return _refusal(data, question, list(result.passages), related, reasons,
                        notes=notes if len(result.groups) > 1 else [])
    limit = len(result.passages)
    ordered = _interleaved(answered, limit)
    ordered += [p for p in _interleaved([list(g.passages) for g in silent], limit) if p not in ordered]
    if unsure:
        notes.insert(0, phrase("tentative"))
    return Answer(question.text, question.intent, tuple(answer_blocks), tuple(citations.items), False,
                  tuple(ordered[:limit]), (), tuple(notes) + _place_notes(question), reasons=tuple(reasons),
                  tentative=unsure)


def _interleaved(lists: Sequence[Sequence[Passage]], limit: int) -> list[Passage]:
    """Round-robin over lists of passages (every group's best first), each chunk once."""
    out: list[Passage] = []
    seen: set[str] = set()
    for position in range(max((len(items) for items in lists), default=0)):
        for items in lists:
            if position < len(items) and items[position].chunk.chunk_id not in seen:
                out.append(items[position])
                seen.add(items[position].chunk.chunk_id)
                if len(out) >= limit:
                    return out
    return out


def _names(names: Sequence[str]) -> str:
    if len(names) <= MAX_LISTED_SILENT:
        return join_names(names)
    return phrase("other_municipalities", count=len(names))


def _place_notes(question: Question) -> tuple[str, ...]:
    if question.unknown_places and question.municipalities:  # "Vergelijk Doesburg en Zwolle …"
        return (phrase("no_plan", places=join_names(question.unknown_places)),)
    return ()


def _evidence(data: Lookups, result: SearchResult, passages: list[Passage], label: str | None,
              doc_ids: tuple[str, ...] | None) -> Evidence:
    units = candidate_units(data, result.question, passages[:PASSAGES_CONSIDERED], result.similarities, result.weights)
    material = Material(result.question, tuple(passages), tuple(units), result.similarities, result.weights,
                        label, tuple(result.scope), result.doc_ids, doc_ids)
    return Evidence(data, material)


def _evidence_first(data: Lookups, passages: list[Passage], cited: Sequence[Citation], limit: int) -> list[Passage]:
    """The passages that hold the cited evidence first (also when the evidence was found elsewhere in the
    plan, as a complete list is), the rest in ranked order."""
    index = data.index
    holding: list[Passage] = []
    for citation in cited:
        chunk_i = index.chunk_at(citation.doc_id, citation.start)
        if chunk_i is None:
            continue
        chunk = index.chunks[chunk_i]
        if any(p.chunk.chunk_id == chunk.chunk_id for p in holding):
            continue
        retrieved = next((p for p in passages if p.chunk.chunk_id == chunk.chunk_id), None)
        document = index.documents[chunk.doc_id]
        holding.append(retrieved or Passage(chunk, 0.0, document.municipality, document.title))
    rest = [p for p in passages if all(p.chunk.chunk_id != h.chunk.chunk_id for h in holding)]
    return (holding + rest)[:max(limit, len(holding))]


def _refusal(data: Lookups, question: Question, passages: list[Passage], related: Sequence[Span],
             reasons: Sequence[Reason], notes: Sequence[str] = ()) -> Answer:
    """The fixed refusal, with the nearest passages as *mogelijk relevant*."""
    spans = list(dict.fromkeys(related))
    if not spans:
        spans = [(p.doc_id, p.chunk.start, p.chunk.end) for p in passages[:RELATED_FALLBACK]]
    cites = tuple(cite(data.index.documents[d], a, b) for d, a, b in spans[:MAX_RELATED])
    answer_blocks = [AnswerBlock("", (AnswerLine(phrase("abstain"), None, LineStyle.NOTE),))]
    citations = CitationList()
    quotes = list(dict.fromkeys(r.quote for r in reasons if r.quote is not None))
    if quotes:  # the plan's own words that give the reason ("… valt onder het GVVP …"), cited
        lines = [AnswerLine(phrase("plan_says"), None, LineStyle.NOTE)]
        for d, a, b in quotes:
            document = data.index.documents[d]
            lines.append(AnswerLine(" ".join(document.text[a:b].split()), citations.add(cite(document, a, b))))
        answer_blocks.append(AnswerBlock("", tuple(lines)))
    detail = "; ".join(r.detail for r in reasons if r.detail) or "weak evidence"
    return Answer(question.text, question.intent, tuple(answer_blocks), tuple(citations.items), True, tuple(passages),
                  cites, tuple(notes), detail, tuple(reasons))
