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

import re
from dataclasses import replace
from datetime import date
from typing import Sequence

from assistant.answer.abstain import EVIDENCE_RULES, QUESTION_RULES, Evidence, first_reason, tentative
from assistant.answer.contrast import contrast
from assistant.answer.intents import Material, treatment_draft
from assistant.answer.lead import lead, with_cells
from assistant.answer.lookup import Lookups, lookups
from assistant.answer.phrasing import blocks, join_names, phrase, phrases
from assistant.answer.suggest import suggestions
from assistant.answer.types import (
    Answer,
    AnswerBlock,
    AnswerLine,
    Draft,
    LineStyle,
    Reason,
    Span,
    Suggestion,
)
from assistant.answer.units import PASSAGES_CONSIDERED, candidate_units
from assistant.ask.conversation import Part
from assistant.ask.question import Intent, Question
from assistant.ask.retrieval import Group, Passage, SearchResult
from assistant.citation import Citation, CitationList, cite
from assistant.text import term_set
from assistant.ingest.chunking import excluded_block
from assistant.ingest.metadata import PlanStatus, plan_status

MAX_RELATED = 4  # "mogelijk relevant" passages shown with a refusal
MAX_LISTED_SILENT = 6  # municipalities named as having nothing; beyond, only their number
RELATED_FALLBACK = 3  # passages shown when no rule named spans of its own
MAX_CONTRAST_COLUMNS = 4  # municipalities side by side in a comparison's table


def compose(result: SearchResult, today: date | None = None) -> Answer:
    """The answer to a search result (nothing is searched or embedded again); ``today`` decides which cited
    plans have expired (default: the date today)."""
    data = lookups(result.index)
    question = result.question
    passages = list(result.passages)
    reason = first_reason(QUESTION_RULES, question, data)
    if reason is not None:
        return _refusal(data, question, passages, [], [reason], notes=[reason.note])
    if result.groups:
        answer = _compose_groups(data, result)
    else:
        evidence = _evidence(data, result, passages, None, None)
        reason = first_reason(EVIDENCE_RULES, question, evidence)
        if reason is not None:
            answer = _refusal(data, question, passages, reason.related,
                              [replace(reason, municipality=_names(result.scope))])
            return replace(answer, suggestions=suggestions(data, question, answer))
        citations = CitationList()
        answer_blocks = _drafted_blocks(data, question, evidence.draft, citations, None)
        ordered = _evidence_first(data, passages, citations.items, len(passages))
        unsure = tentative(question, evidence)
        notes = ((phrase("tentative"),) if unsure else ()) + _place_notes(question)
        answer = Answer(question.text, question.intent, tuple(answer_blocks), tuple(citations.items), False,
                        tuple(ordered), (), notes, tentative=unsure)
    return replace(answer, cautions=expired_cautions(data, answer.citations, today or date.today()),
                   suggestions=suggestions(data, question, answer))


def _drafted_blocks(data: Lookups, question: Question, draft: Draft, citations: CitationList,
                    municipality: str | None) -> list[AnswerBlock]:
    """A draft's blocks, numbered into ``citations``, table rows with their cells, the first with the lead."""
    drafted = with_cells(data, question, blocks(data.index, draft, citations, municipality), citations.items)
    opening = lead(data, question, draft, drafted, citations.items, in_group=municipality is not None)
    if opening is not None and drafted:
        drafted[0] = replace(drafted[0], lead=opening)
    return drafted


def expired_cautions(data: Lookups, cited: Sequence[Citation], today: date) -> tuple[str, ...]:
    """'Let op: dit plan gold van 2019 tot en met 2022.' for every cited plan whose period has ended, with the plan
    that replaced it when the plan names one (``DocumentMetadata.replaced_by``)."""
    docs = list(dict.fromkeys(c.doc_id for c in cited))
    expired = [data.index.documents[d] for d in docs
               if plan_status(data.index.documents[d].metadata, today) == PlanStatus.EXPIRED]
    out = []
    for document in expired:
        meta = document.metadata
        if not meta.period_start or not meta.period_end:
            continue
        plan = (phrase("expired_plan_one") if len(docs) == 1
                else phrase("expired_plan_named", municipality=document.municipality))
        key = "expired" if meta.period_end != meta.period_start else "expired_year"  # a plan of one year
        if meta.replaced_by:  # the plan's successor: where the reader finds the policy in force
            out.append(phrase(f"{key}_replaced", plan=plan, start=meta.period_start, end=meta.period_end,
                              successor=meta.replaced_by))
        else:
            out.append(phrase(key, plan=plan, start=meta.period_start, end=meta.period_end))
    return tuple(dict.fromkeys(out))


def _compose_groups(data: Lookups, result: SearchResult) -> Answer:
    """One block per group (municipality or plan) that answers; the others named as having nothing."""
    question = result.question
    citations = CitationList()
    answer_blocks: list[AnswerBlock] = []
    related: list[Span] = []
    reasons: list[Reason] = []
    answered: list[tuple[list[Passage], list[Passage]]] = []  # per plan that answers: cited passages, the rest
    silent: list[Group] = []
    unsure = False
    columns: list[tuple[str, Material, list[AnswerBlock]]] = []  # per group, for the contrast of a comparison
    left_out: list[tuple[Group, Draft]] = []  # plans that say they leave the topic to other policy
    declining: list[tuple[list[Passage], list[Passage]]] = []  # their cited passages, the rest
    for group in result.groups:
        evidence = _evidence(data, result, list(group.passages), group.label, group.doc_ids)
        reason = first_reason(EVIDENCE_RULES, question, evidence)
        if reason is not None:
            related.extend(reason.related)
            reasons.append(replace(reason, municipality=group.label))
            if reason.rule == "topic_left_out" and reason.quote:
                left_out.append((group, treatment_draft(data, reason.quote)))
            else:
                silent.append(group)
            columns.append((group.label, evidence.material, []))
            continue
        own = CitationList()
        group_blocks = _drafted_blocks(data, question, evidence.draft, own, group.label)
        unsure = unsure or tentative(question, evidence)
        renumbered = _renumbered(group_blocks, {n: citations.add(c) for n, c in enumerate(own.items, 1)})
        answer_blocks.extend(renumbered)
        columns.append((group.label, evidence.material, renumbered))
        answered.append(_by_evidence(data, list(group.passages), own.items))
    if not answer_blocks:
        silent += [group for group, _ in left_out]
    else:  # next to plans that answer, a plan that leaves the topic out says so, with its sentence
        for group, draft in left_out:
            own = CitationList()
            group_blocks = _drafted_blocks(data, question, draft, own, group.label)
            renumbered = _renumbered(group_blocks, {n: citations.add(c) for n, c in enumerate(own.items, 1)})
            answer_blocks.extend(renumbered)
            columns = [(label, material, renumbered if label == group.label else shown)
                       for label, material, shown in columns]  # the comparison table says what it says
            declining.append(_by_evidence(data, list(group.passages), own.items))
    names = list(dict.fromkeys(g.label for g in silent))
    notes = [phrase("nothing_for", municipality=_names(names))] if names else []
    if not answer_blocks:
        return _refusal(data, question, list(result.passages), related, reasons,
                        notes=notes if len(result.groups) > 1 else [])
    limit = len(result.passages)
    if silent or declining:  # the evidence of the plans that answer, then that of the plans that leave the topic
        # out (cited evidence first, as everywhere), then every plan's other passages in turn: a plan with nothing
        # to cite is shown next to the others, not after all their passages
        ordered = _interleaved([held for held, _ in answered], limit)
        placed = {p.chunk.chunk_id for p in ordered}
        ordered += _interleaved([[p for p in held if p.chunk.chunk_id not in placed] for held, _ in declining],
                                limit - len(ordered))
        shown = {p.chunk.chunk_id for p in ordered}
        others = [[p for p in rest if p.chunk.chunk_id not in shown] for _, rest in (*answered, *declining)]
        others += [[p for p in g.passages if p.chunk.chunk_id not in shown] for g in silent]
        ordered += _interleaved(others, limit - len(ordered))
    else:  # each plan's passages, its cited evidence first, in turn
        ordered = _interleaved([held + rest for held, rest in answered], limit)
    if unsure:
        notes.insert(0, phrase("tentative"))
    table = None
    if question.intent == Intent.COMPARISON and 2 <= len(columns) <= MAX_CONTRAST_COLUMNS:
        cited = list(citations.items)
        table = contrast(data, [c[0] for c in columns], [c[1] for c in columns], [c[2] for c in columns],
                         citations, cited)
    return Answer(question.text, question.intent, tuple(answer_blocks), tuple(citations.items), False,
                  tuple(ordered[:limit]), (), tuple(notes) + _place_notes(question), reasons=tuple(reasons),
                  tentative=unsure, contrast=table)


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
    if not names:
        return ""
    if len(names) <= MAX_LISTED_SILENT:
        return join_names(names)
    return phrase("other_municipalities", count=len(names))


def _place_notes(question: Question) -> tuple[str, ...]:
    if question.unknown_places and question.municipalities:  # "Vergelijk Doesburg en Zwolle …"
        return (phrase("no_plan", places=join_names(question.unknown_places)),)
    return ()


def _evidence(data: Lookups, result: SearchResult, passages: list[Passage], label: str | None,
              doc_ids: tuple[str, ...] | None) -> Evidence:
    similarities = result.answer_similarities
    units = candidate_units(data, result.question, passages[:PASSAGES_CONSIDERED], similarities, result.weights)
    material = Material(result.question, tuple(passages), tuple(units), similarities, result.weights,
                        label, tuple(result.scope), result.doc_ids, doc_ids)
    return Evidence(data, material)


def _renumbered(blocks: Sequence[AnswerBlock], numbers: dict[int, int]) -> list[AnswerBlock]:
    """A group's blocks with its own citation numbers replaced by those of the whole answer."""
    return [AnswerBlock(b.heading, tuple(replace(line, citation=numbers.get(line.citation)) for line in b.lines),
                        b.municipality, replace(b.lead, citation=numbers.get(b.lead.citation)) if b.lead else None)
            for b in blocks]


def _evidence_first(data: Lookups, passages: list[Passage], cited: Sequence[Citation], limit: int) -> list[Passage]:
    """The passages that hold the cited evidence first (also when the evidence was found elsewhere in the
    plan, as a complete list is), the rest in ranked order."""
    holding, rest = _by_evidence(data, passages, cited)
    return (holding + rest)[:max(limit, len(holding))]


def _by_evidence(data: Lookups, passages: list[Passage],
                 cited: Sequence[Citation]) -> tuple[list[Passage], list[Passage]]:
    """The passages that hold the cited evidence, in the order of the citations (a retrieved one where it is),
    and the other passages in ranked order."""
    index = data.index
    holding: list[Passage] = []
    for citation in cited:
        document = index.documents[citation.doc_id]
        chunk_i = index.chunk_at(citation.doc_id, citation.start)
        chunk = index.chunks[chunk_i] if chunk_i is not None else excluded_block(document, citation.start)
        if chunk is None or any(p.chunk.chunk_id == chunk.chunk_id for p in holding):
            continue
        retrieved = next((p for p in passages if p.chunk.chunk_id == chunk.chunk_id), None)
        holding.append(retrieved or Passage(chunk, 0.0, document.municipality, document.title))
    held = {h.chunk.chunk_id for h in holding}
    return holding, [p for p in passages if p.chunk.chunk_id not in held]


def _plans(data: Lookups, municipality: str) -> str:
    """'het plan van Doesburg', 'de plannen van Doesburg en Dalfsen', 'de plannen in de collectie'."""
    if not municipality:
        return phrase("plans_all")
    documents = [d for d in data.index.documents.values() if d.metadata.covers(municipality)]
    if len(documents) == 1 or "," not in municipality and " en " not in municipality:
        return phrase("plans_of_one", municipality=municipality)
    return phrase("plans_of_many", municipalities=municipality)


def reason_line(data: Lookups, reason: Reason, question: Question | None = None) -> str:
    """The rule that refused, in plain Dutch ('' for a rule whose note already says it)."""
    template = phrases().get(f"reason_{reason.rule}")
    if not template:
        return ""
    plans = _plans(data, reason.municipality)
    measure = phrases()["measures"].get(question.measure.value if question else "", phrases()["measures"]["count"])
    return template.format(plans=plans, Plans=plans[:1].upper() + plans[1:], measure=measure)


def _refusal(data: Lookups, question: Question, passages: list[Passage], related: Sequence[Span],
             reasons: Sequence[Reason], notes: Sequence[str] = ()) -> Answer:
    """The fixed refusal with the reason of every rule that fired, the nearest passages as *mogelijk relevant*.
    A plan's own sentence that gives the reason ("… valt buiten dit beleid, zoals verkeersveiligheid") is the
    answer itself: shown, cited, under the reason."""
    quoted = [r for r in reasons if r.quote is not None]
    spans = list(dict.fromkeys(related))
    if not spans:
        spans = [(p.doc_id, p.chunk.start, p.chunk.end) for p in passages[:RELATED_FALLBACK]]
    cites = tuple(cite(data.index.documents[d], a, b) for d, a, b in spans[:MAX_RELATED])
    citations = CitationList()
    answer_blocks: list[AnswerBlock] = []
    if not quoted:
        answer_blocks.append(AnswerBlock("", (AnswerLine(phrase("abstain"), None, LineStyle.NOTE),)))
    said = list(dict.fromkeys(line for line in (reason_line(data, r, question) for r in reasons if r.quote is None)
                              if line))
    if said:
        answer_blocks.append(AnswerBlock("", tuple(AnswerLine(line, None, LineStyle.NOTE) for line in said)))
    for reason in quoted:
        d, a, b = reason.quote
        document = data.index.documents[d]
        line = AnswerLine(" ".join(document.text[a:b].split()), citations.add(cite(document, a, b)))
        if any(line.text == other.text for block in answer_blocks for other in block.lines):
            continue
        answer_blocks.append(AnswerBlock("", (AnswerLine(reason_line(data, reason, question), None, LineStyle.NOTE),
                                              line)))
    detail = "; ".join(r.detail for r in reasons if r.detail) or "weak evidence"
    return Answer(question.text, question.intent, tuple(answer_blocks), tuple(citations.items), True, tuple(passages),
                  cites, tuple(notes), detail, tuple(reasons))


# --------------------------------------------------------------------------- a question of several parts

def joined(whole: Answer, parts: Sequence[tuple[Part, Answer]]) -> Answer:
    """The answer to a question that joins several ("Wanneer gaat het fietspunt open en hoeveel fietsen kunnen er
    staan?"): the answer to the whole question, with the lines of each part's own answer (``parts``: the part,
    its answer) that the whole does not cite yet and that are about the part (``answers_part``). A part answered
    only tentatively adds nothing to a sure answer. When the whole is refused, the parts that are answered are
    the answer, and the others are named as unanswered; when no part is answered either, the refusal stands.
    The ranked passages stay those of the whole question."""
    answered = [(part, a) for part, a in parts if not a.abstained and a.contrast is None
                and (whole.abstained or whole.tentative or not a.tentative)]
    if not answered:
        return whole
    if whole.abstained:
        (_, base), rest = answered[0], answered[1:]
        unanswered = [part.typed for part, a in parts if all(a is not b for _, b in answered)]
    else:
        base, rest, unanswered = whole, answered, []
    citations = CitationList()
    for c in base.citations:
        citations.add(c)
    answer_blocks = list(base.blocks)
    for part, answer in rest:
        cited = len(citations.items)
        numbers = {i: citations.add(c) for i, c in enumerate(answer.citations, 1)}
        for block in answer.blocks:
            lines = _part_lines(part, block.lines, numbers, cited)
            if lines:
                opening = block.lead
                if opening is not None and opening.citation is not None:
                    number = numbers[opening.citation]
                    opening = replace(opening, citation=number) if number > cited else None
                answer_blocks.append(AnswerBlock(block.heading, lines, block.municipality, opening))
    if unanswered:
        answer_blocks.append(AnswerBlock("", tuple(AnswerLine(phrase("part_unanswered", part=typed.rstrip(" ?.")),
                                                              None, LineStyle.NOTE) for typed in unanswered)))
    answers = [base, *(a for _, a in rest)]
    return replace(base, question=whole.question, blocks=tuple(answer_blocks), citations=tuple(citations.items),
                   passages=whole.passages, notes=tuple(dict.fromkeys(n for a in answers for n in a.notes)),
                   cautions=tuple(dict.fromkeys(c for a in answers for c in a.cautions)),
                   suggestions=whole.suggestions)


_WHEN = re.compile(r"^\s*(?:(?:tot|vanaf|sinds|per|op|in|voor)\s+)?(?:wanneer|welke?\s+(?:datum|jaar|jaren|periode|"
                   r"maand|moment))\b", re.I)
_DATED = re.compile(r"\b(?:19|20)\d\d\b|\b(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
                    r"november|december|voorjaar|zomer|najaar|winter|kwartaal)\b|\bQ[1-4]\b", re.I)


def answers_part(part: Part, text: str) -> bool:
    """Whether a line of a part's answer is about that part: it shares a term the part asks about ("wat kosten
    ze" -> "… kosten samen € 386.500"), or it dates what a "wanneer"-part asks ("Planning: 2023")."""
    return bool(part.terms & term_set(text)) or bool(_WHEN.search(part.typed) and _DATED.search(text))


def _part_lines(part: Part, lines: Sequence[AnswerLine], numbers: dict[int, int], cited: int) -> tuple[AnswerLine, ...]:
    """The lines of a part's answer block that are new to the answer and about the part; a list's items come
    with the line that introduces them, and a table's rows with the row that is about the part (its column headers
    name what each row gives: "Frequentie" is how often every one of them meets)."""
    out: list[AnswerLine] = []
    rows = [line for line in lines if line.style == LineStyle.ROW]
    listing = bool(rows) and any(answers_part(part, line.text) for line in rows)
    for line in lines:
        if line.citation is None or numbers[line.citation] <= cited:
            listing = False
            continue
        if line.style == LineStyle.ROW and listing:
            out.append(replace(line, citation=numbers[line.citation]))
            continue
        item = line.style in (LineStyle.BULLET, LineStyle.ITEM)
        if (item and listing) or answers_part(part, line.text):
            out.append(replace(line, citation=numbers[line.citation]))
            listing = listing if item else line.text.rstrip().endswith(":")
        else:
            listing = False
    return tuple(out)


# --------------------------------------------------------------------------- the user's filters

def outside_filter(question: Question, filtered: Sequence[str]) -> Answer:
    """A question that names only municipalities the sidebar's filter leaves out: not answered from them
    behind the filter's back, but said so, with the one-click way to search there."""
    named = join_names(question.municipalities)
    note = phrase("reason_outside_filter", named=named, filtered=join_names(filtered))
    reason = Reason("outside_filter", "the question names a municipality outside the filter", note=note)
    lines = (AnswerLine(note, None, LineStyle.NOTE),)
    return Answer(question.text, question.intent, (AnswerBlock("", lines),), (), True, reason="outside filter",
                  reasons=(reason,), suggestions=(Suggestion(phrase("suggest_unfiltered", named=named),
                                                             question.text, unfiltered=True),))


def filter_excluded(answer: Answer) -> Answer:
    """A refusal within the filters where the collection without them holds an answer: the refusal says
    that the filter did it, and offers to search without it."""
    note = phrase("reason_filter_excluded")
    reason = Reason("filter_excluded", "the filters leave out the plans that answer", note=note)
    blocks_ = answer.blocks + (AnswerBlock("", (AnswerLine(note, None, LineStyle.NOTE),)),)
    return replace(answer, blocks=blocks_, reasons=answer.reasons + (reason,),
                   suggestions=(Suggestion(phrase("suggest_without_filter"), answer.question, unfiltered=True),)
                   + answer.suggestions)
