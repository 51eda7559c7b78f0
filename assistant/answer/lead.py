"""The line an answer opens with, and the cells of the table rows it quotes.

A lead is built from fixed Dutch phrases (``phrases.toml``) and values copied from
the cited evidence: names, counts of what the strategy found, an abbreviation's
expansion as the glossary read it, the asked cell of a table row. It says what the
evidence below it shows in one line ("Dalfsen noemt vier lokale prioriteiten:",
"In 2016: **76** Diefstal/ inbraak woning (Politie)."); nothing in it is new.

    >>> count_word(4), count_word(21)
    ('vier', '21')
"""

from __future__ import annotations

import re
from typing import Sequence

from assistant.answer.lookup import Lookups
from assistant.answer.phrasing import join_names, phrase, phrases
from assistant.answer.types import AnswerBlock, AnswerLine, Cell, Draft, DraftKind, Lead, LeadPart, LineStyle
from assistant.ask.question import Question
from assistant.citation import Citation
from assistant.ingest.facts import FactField
from assistant.ingest.tables import COMPARISON_LABEL, Table, TableRow, parse_number
from assistant.text import fold, term_set

SOURCE_HEADERS = ("bron", "bronnen")  # a column that names where a row's figures come from
# A number as written: with its currency and magnitude ("€ 2,5 miljoen"), its percent sign, never a trailing
# comma or full stop ("€ 80.000, waarvan …").
_NUMBER = re.compile(r"(?<![\w.,])(?:€\s?)?\d(?:[\d.,]*\d)?(?:\s(?:miljoen|miljard|mln)\b)?(?:\s?%|\s?procent)?(?![\w])")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
LIST_STYLES = (LineStyle.BULLET, LineStyle.ITEM, LineStyle.ROW)
COUNTED_WINDOW = 40  # characters after a number searched for what it counts
_NEEDS_NEXT = {"per"}  # a word the words after a number cannot end with


_ITEM_NUMBER = re.compile(r"^\s*\(?\d{1,2}[.)]\s+(?=\D)")


def count_word(count: int) -> str:
    """A count as Dutch readers expect it in running text: words up to twelve, digits beyond."""
    words = phrases()["numbers"]
    return words[count] if 0 <= count < len(words) else str(count)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def who(data: Lookups, doc_ids: Sequence[str]) -> str:
    """The municipality (or municipalities) whose plans the lines come from."""
    names = list(dict.fromkeys(data.index.documents[d].municipality for d in doc_ids))
    return join_names(names) if names else ""


# --------------------------------------------------------------------------- table rows

def _asked_column(table: Table, row: TableRow, question: Question) -> int | None:
    """The column of the cell a figure question asks for: the year it names, else the latest year with a number
    (the first run of years: a comparison column after a break is no newer figure)."""
    filled = [(column, value) for column, value in table.values(row) if column.year is not None]
    for column, value in filled:
        if column.year in question.figure_years and column.series == 0:
            return column.index
    for column, value in filled:
        if column.year in question.figure_years:
            return column.index
    numbered = [c for c, v in filled if c.series == 0 and parse_number(v) is not None]
    return max(numbered, key=lambda c: c.year).index if numbered and question.asks_number else None


def row_cells(table: Table, row: TableRow, question: Question) -> tuple[Cell, ...]:
    """The row as (header, value) cells, the row label first, the asked cell marked."""
    asked = _asked_column(table, row, question)
    cells = [Cell(table.columns[0].header if table.columns else "", row.label)]
    cells += [Cell(f"{COMPARISON_LABEL} {column.header}" if column.year is not None and column.series > 0
                   else column.header, value, column.index == asked) for column, value in table.values(row)]
    return tuple(cells)


def with_cells(data: Lookups, question: Question, blocks: Sequence[AnswerBlock],
               citations: Sequence[Citation]) -> list[AnswerBlock]:
    """The blocks with every ROW line's cells filled in from its table."""
    out = []
    for block in blocks:
        lines = []
        for line in block.lines:
            if line.style == LineStyle.ROW and line.citation:
                cited = citations[line.citation - 1]
                located = data.table_row(cited.doc_id, cited.start)
                if located is not None:
                    line = AnswerLine(line.text, line.citation, line.style, row_cells(*located, question))
            lines.append(line)
        out.append(AnswerBlock(block.heading, tuple(lines), block.municipality, block.lead))
    return out


# --------------------------------------------------------------------------- the lead

def _figure_lead(data: Lookups, question: Question, lines: Sequence[AnswerLine], place: str) -> Lead | None:
    for line in lines:
        asked = next((c for c in line.cells if c.asked), None)
        if asked is None:
            continue
        parts = []
        if _YEAR.match(asked.header.strip()):
            parts.append(LeadPart(phrase("lead_figure_year", year=asked.header.strip())))
        parts.append(LeadPart(asked.value, strong=True))
        if line.cells and line.cells[0].value:
            parts.append(LeadPart(phrase("lead_figure_label", label=line.cells[0].value)))
        source = next((c.value for c in line.cells if fold(c.header.strip()) in SOURCE_HEADERS), "")
        if source:
            parts.append(LeadPart(phrase("lead_figure_source", source=source)))
        parts.append(LeadPart("."))
        return Lead(tuple(parts), line.citation)
    for line in lines:
        if line.style == LineStyle.ROW:
            continue
        number, counted = _asked_number(line.text, question)
        if number:
            return Lead((LeadPart(phrase("lead_figure_sentence", who=place)), LeadPart(number, True),
                         LeadPart(counted + ".")), line.citation)
    return None


def _asked_number(text: str, question: Question) -> tuple[str, str]:
    """The number of a sentence that a figure question asks for, and the words after it up to what it counts:
    a number followed by what the question counts or one of its terms ("40 woninginbraken"), else the only
    number that is not a year; ('', '') when unsure."""
    terms = set(question.counted or question.key_terms)
    marker = _ITEM_NUMBER.match(text)  # "3. We breiden … uit": the number of a list item is no figure
    numbers = [m for m in _NUMBER.finditer(text, marker.end() if marker else 0) if not _YEAR.match(m.group(0).strip())]
    for match in numbers:
        after = list(_WORD.finditer(text, match.end(), match.end() + COUNTED_WINDOW))
        for i, word in enumerate(after[:2]):
            if term_set(word.group(0)) & terms:
                if word.group(0).lower() in _NEEDS_NEXT:  # "€ 265.000 per jaar", not "€ 265.000 per"
                    if i + 1 >= len(after):
                        continue
                    word = after[i + 1]
                return match.group(0).strip(), " " + " ".join(text[match.end():word.end()].split())
    return (numbers[0].group(0).strip(), "") if len(numbers) == 1 else ("", "")


def _plan_period(data: Lookups, question: Question, doc_ids: Sequence[str], place: str) -> Lead | None:
    if FactField.PERIOD not in question.plan_facts or len(doc_ids) != 1:
        return None
    meta = data.index.documents[doc_ids[0]].metadata
    if not meta.period_start or not meta.period_end:
        return None
    return Lead((LeadPart(phrase("lead_period", who=place)),
                 LeadPart(phrase("lead_period_value" if meta.period_end != meta.period_start else "lead_period_year",
                                 start=meta.period_start, end=meta.period_end), True),
                 LeadPart(".")))


def lead(data: Lookups, question: Question, draft: Draft, blocks: Sequence[AnswerBlock],
         citations: Sequence[Citation], in_group: bool = False) -> Lead | None:
    """The opening line for a drafted answer (its ``blocks``, numbered), or None when there is nothing to say.
    A block of an answer per municipality (``in_group``) already names its municipality and source: it only
    leads with what the strategy found (a count, a value), not with a general line."""
    lines = [line for block in blocks for line in block.lines]
    if not lines:
        return None
    doc_ids = list(dict.fromkeys(citations[line.citation - 1].doc_id for line in lines if line.citation))
    # the municipality asked about (a member of a joint plan is named, not the plan's lead municipality)
    asked = [m for m in question.municipalities
             if all(data.index.documents[d].metadata.covers(m) for d in doc_ids)]
    place = asked[0] if len(asked) == 1 and len(question.municipalities) == 1 else who(data, doc_ids)
    first = lines[0].citation
    kind = draft.kind
    if kind == DraftKind.PRIORITIES and draft.count:
        scope = phrases().get(f"scope_{draft.subject}", "") if draft.subject else ""
        text = phrase("lead_priorities", who=place, count=count_word(draft.count), scope=scope)
        return Lead((LeadPart(text),), first)
    if kind == DraftKind.PRIORITY_CHECK and draft.subject:
        if draft.member and draft.member != place:  # "Ja, Testregio noemt jongerenoverlast als prioriteit voor Noordstad."
            return Lead((LeadPart(phrase("lead_priority_member", who=place, name=draft.subject, member=draft.member)),),
                        first)
        return Lead((LeadPart(phrase("lead_priority", who=place, name=draft.subject)),), first)
    if kind == DraftKind.GOALS and draft.count:
        goals = phrases()["goal_kinds"].get(draft.value, phrases()["goal_kinds"][""])
        text = phrase("lead_goals" if draft.subject else "lead_goals_all", who=place, count=count_word(draft.count),
                      kind=goals[draft.count > 1], topic=draft.subject)
        return Lead((LeadPart(text),), first)
    if kind == DraftKind.PARTNERS and draft.count:
        return Lead((LeadPart(phrase("lead_partners", who=place, count=count_word(draft.count))),), first)
    if kind == DraftKind.DEFINITION and draft.subject and draft.value:
        return Lead((LeadPart(phrase("lead_definition", term=draft.subject, expansion=draft.value)),))
    if kind == DraftKind.FIGURE:
        found = _figure_lead(data, question, lines, place)
        if found is not None:
            return found
    if kind == DraftKind.PLAN_FACT:
        found = _plan_period(data, question, doc_ids, place)
        if found is not None:
            return found
    if kind == DraftKind.TREATMENT:
        return Lead((LeadPart(phrase("lead_treatment", who=place)),), first)
    if kind == DraftKind.NO_PRIORITY:
        return Lead((LeadPart(phrase("lead_no_priority", who=place)),), first)
    if kind == DraftKind.ACTION and draft.subject and not in_group:
        key = "lead_action_residents" if question.about_residents else "lead_action"  # "Wat kan ik zelf doen?"
        return Lead((LeadPart(phrase(key, who=place, section=draft.subject)),))
    items = sum(1 for line in lines if line.style in LIST_STYLES)
    if kind == DraftKind.LIST and items >= 2:
        return Lead((LeadPart(phrase("lead_list", who=place, count=count_word(items))),))
    several = place == who(data, doc_ids) and len({data.index.documents[d].municipality for d in doc_ids}) > 1
    key = "lead_general_several" if several else "lead_general"  # "Kempenhorst en Reggeloo schrijven hierover:"
    return Lead((LeadPart(_capital(phrase(key, who=place))),)) if place and not in_group else None
