"""Adding a unit to a draft with the context it needs to be read alone.

A sentence that starts with a pronoun gets the sentence it refers to; a sentence
that announces what follows ("… ziet er als volgt uit:") or is continued by the
next one ("Met als doel …") gets that one; a lead-in of a list gets the list, and so does the
sentence right before a paragraph's closing lead-in ("… Het gaat onder meer om:"); a
table row is read back with its column headers. Lines are never repeated, not even
when a plan repeats a paragraph word for word.
"""

from __future__ import annotations

import re

from assistant.answer.lookup import Lookups
from assistant.answer.types import Draft, DraftLine, LineStyle, Unit
from assistant.ask import ranking
from assistant.ingest.structure import BULLET, BlockKind, UnitKind
from assistant.ingest.tables import render_row
from assistant.text import normalise_space

MAX_SENTENCE_GAP = 3  # characters between two sentences of one paragraph (more, or a newline: another paragraph)

_CONTINUATION = re.compile(r"^(Met als doel|Het doel|Zo |(?:\w+\s+)?(?:[Dd]it|[Dd]eze|[Dd]at)\b)")
# A next sentence that builds on this one with a pronominal adverb early on ("Daarbij …", "Hiervan …",
# "Iedere gemeente draagt daaraan …").
_BUILDS_ON = re.compile(r"^(?:\S+\s+){0,3}?(?:daar|hier)(?:aan|in|op|mee|bij|van|voor|door|over|uit|toe|onder|tegen)\b",
                        re.I)
# A sentence that announces what follows ("… ziet er als volgt uit", "Gevraagd is welke …") needs the next one.
_ANNOUNCES = re.compile(r"(:\s*$|\bals\s+volgt\b|\bde\s+volgende\b|\bgevraagd\b)", re.I)
# A sentence that starts by referring back cannot be read alone ("Hiervan hebben er 1244 meegewerkt").
# "X is daarom geen prioriteit meer": a sentence whose reason is in the sentence before it.
REFERS_BACK = re.compile(r"^(?:\S+\s+){0,4}?(?:daarom|hierom|daardoor|hierdoor|dus)\b", re.I)
# (and "Het" as the subject of a verb: "Veiligheidsplan X 2019-2023. Het liep een jaar langer …")
ANAPHOR = re.compile(r"^(Dit|Dat|Deze|Die|Hiervoor|Hierbij|Hiermee|Hiervan|Daarvoor|Daarmee|Daarbij|Daarvan|Van\s+hen|"
                     r"Zij|Hij|Ze|Het\s+(?:liep|loopt|ging|gaat|gold|geldt|had|heeft|werd|wordt|bevat|betreft|omvat|"
                     r"vervangt|verving|kreeg|krijgt)(?!\w))")


def strip_marker(text: str, start: int) -> int:
    """Offset just past a bullet marker ("•", "-", "*"), so a cited list item reads without it.

    Numbered and lettered markers ("1.", "a.") stay: they carry the order.

    >>> strip_marker("• Ondermijning", 0), strip_marker("1. Ondermijning", 0)
    (2, 0)
    """
    m = BULLET.match(text[start:])
    if not m:
        return start
    token = m.group(0).strip()
    if token[:1].isdigit() or token[:1].isalpha() or token.startswith("("):
        return start
    return start + m.end()


def add_line(data: Lookups, draft: Draft, doc_id: str, start: int, end: int, style: LineStyle,
             display: str | None = None) -> None:
    """Add a line unless the same span, or the same words (plans repeat paragraphs), is already there."""
    documents = data.index.documents
    text = normalise_space(documents[doc_id].text[start:end])
    for line in draft.lines:
        if (line.doc_id == doc_id and line.start == start) or \
                normalise_space(documents[line.doc_id].text[line.start:line.end]) == text:
            return
    draft.lines.append(DraftLine(doc_id, start, end, style, display))


def add_item(data: Lookups, draft: Draft, doc_id: str, start: int, end: int) -> None:
    """A list item: without its bullet (style bullet) or with its number/letter (style item). An item whose
    marker is not in the text (Word numbering, an HTML list) is drawn as a bullet too."""
    text = data.index.documents[doc_id].text
    trimmed = strip_marker(text, start)
    numbered = trimmed == start and BULLET.match(text[start:end]) is not None
    add_line(data, draft, doc_id, trimmed, end, LineStyle.ITEM if numbered else LineStyle.BULLET)


def add_row(data: Lookups, draft: Draft, doc_id: str, start: int) -> bool:
    """A table row read back with its headers; False when ``start`` opens no data row of a table."""
    located = data.table_row(doc_id, start)
    if not located:
        return False
    table, row = located
    add_line(data, draft, doc_id, row.start, row.end, LineStyle.ROW, render_row(table, row))
    return True


def add_lead_in(data: Lookups, draft: Draft, doc_id: str, group: int) -> bool:
    """The sentence that introduces a list (the last of its lead-in paragraph); False when it has none."""
    doc = data.index.documents[doc_id]
    added = False
    for block in doc.structure.groups().get(group, []):
        if block.lead_in:
            last = [sp for sp in doc.structure.spans if block.start <= sp.start and sp.end <= block.end]
            start, end = (last[-1].start, last[-1].end) if last else (block.start, block.end)
            add_line(data, draft, doc_id, start, end, LineStyle.SENTENCE)
            added = True
    return added


def add_group_items(data: Lookups, draft: Draft, doc_id: str, group: int) -> None:
    """Every item (or table row) of a list group, in order."""
    for block in data.index.documents[doc_id].structure.groups().get(group, []):
        if block.kind == BlockKind.LIST_ITEM:
            add_item(data, draft, doc_id, block.start, block.end)
        elif block.kind == BlockKind.TABLE_ROW:
            add_row(data, draft, doc_id, block.start)


def add_unit(data: Lookups, draft: Draft, unit: Unit) -> None:
    """The unit itself: a row with its headers, an item without its bullet (after the item it is nested in), a
    lead-in with its list."""
    doc = data.index.documents[unit.doc_id]
    if unit.kind == UnitKind.TABLE_ROW and add_row(data, draft, unit.doc_id, unit.start):
        return
    if unit.kind == UnitKind.LIST_ITEM:
        block = doc.structure.block_at(unit.start)
        above = doc.structure.parent_item(block) if block is not None else None
        if above is not None:  # "zes keer per jaar" says what it says under "Lokale driehoek"
            add_item(data, draft, unit.doc_id, above.start, above.end)
        add_item(data, draft, unit.doc_id, unit.start, unit.end)
        if block is not None and block.kind == BlockKind.LIST_ITEM and block.lead_in:  # "… als volgt:" over sub-items
            for item in doc.structure.items_under(block):
                add_item(data, draft, unit.doc_id, item.start, item.end)
        return
    add_line(data, draft, unit.doc_id, unit.start, unit.end, LineStyle.SENTENCE)
    block = doc.structure.block_at(unit.start)
    if block is not None and block.lead_in and doc.text[unit.start:unit.end].rstrip().endswith(":"):
        add_group_items(data, draft, unit.doc_id, block.group)


def _same_paragraph(text: str, end: int, start: int) -> bool:
    return start - end <= MAX_SENTENCE_GAP and "\n" not in text[end:start]


def antecedent(data: Lookups, row: int) -> int | None:
    """The sentence row before ``row`` in the same paragraph, which a sentence that starts by referring back
    ("Die komt elke maand bij elkaar.") is about; None for a sentence that does not refer back, or starts a paragraph."""
    sentences = data.index.sentences
    if str(sentences.kind[row]) != UnitKind.SENTENCE or row == 0 or sentences.doc[row - 1] != sentences.doc[row]:
        return None
    own = sentences.texts[row]
    if not (ANAPHOR.match(own) or REFERS_BACK.match(own)):
        return None
    doc_id, start, _ = sentences.span(row)
    _, _, end = sentences.span(row - 1)
    return row - 1 if _same_paragraph(data.index.documents[doc_id].text, end, start) else None


def add_antecedent(data: Lookups, draft: Draft, unit: Unit) -> None:
    """'Dit is een regelarm potje …' needs the sentence before it ('… werken we met een maatwerkbudget')."""
    if unit.kind != UnitKind.SENTENCE:
        return
    row = data.index.sentences.row_at.get((unit.doc_id, unit.start))
    before = antecedent(data, row) if row is not None else None
    if before is None:
        return  # it refers back to nothing, or the previous sentence belongs to another paragraph
    _, start, end = data.index.sentences.span(before)
    add_line(data, draft, unit.doc_id, start, end, LineStyle.SENTENCE)


# A glossary entry: "Uithaler – iemand die …", "E33-melding: een melding …" (the term, a colon or a dash, its meaning)
ENTRY_TERM = r"^[A-Z][^:.;?!()\n–—]{1,60}?\s*(?::|\s[–—])\s+"  # "Uithaler – ", "E33-melding: "
_ENTRY = re.compile(ENTRY_TERM + r"\S")


def add_continuation(data: Lookups, draft: Draft, unit: Unit, reason: bool = False, definition: bool = False) -> None:
    """The next sentence of the same paragraph when it continues this one ("Met als doel …"), or
    when this one announces it ("De top 3 ziet er als volgt uit: …"); for a "waarom" question also
    when the next one gives the reason, or follows one that gives none; for a definition, the rest of a glossary
    entry ("Uithaler – iemand die … haalt. Het onbevoegd verblijven … is sinds 2022 strafbaar.")."""
    if unit.kind != UnitKind.SENTENCE:
        return
    text = data.index.documents[unit.doc_id].text
    announces = bool(_ANNOUNCES.search(text[unit.start:unit.end]))
    entry = definition and bool(_ENTRY.match(text[unit.start:unit.end]))
    # asked why, a sentence that states what is asked about without a reason is followed by the reason
    # ("… heeft dit plan een looptijd van drie jaar. In maart 2026 zijn er gemeenteraadsverkiezingen.")
    unexplained = reason and ranking.reason_cue(text[unit.start:unit.end]) == 0
    sentences = data.index.sentences
    row = sentences.row_at.get((unit.doc_id, unit.start))
    if row is None:
        return
    for nxt in range(row + 1, row + (3 if announces or entry or unexplained else 2)):
        if nxt >= len(sentences) or str(sentences.doc[nxt]) != unit.doc_id:
            return
        prev_end = int(sentences.end[nxt - 1])
        _, start, end = sentences.span(nxt)
        if not _same_paragraph(text, prev_end, start):
            return  # another paragraph
        gives_reason = reason and ranking.reason_cue(text[start:end]) > 0
        block = data.index.documents[unit.doc_id].structure.block_at(start)
        # "… zetten wij voort. Het gaat onder meer om:" + the list: what the sentence is about follows it
        introduces = block is not None and block.lead_in and text[start:end].rstrip().endswith(":")
        if not (announces or entry or gives_reason or introduces or (unexplained and nxt == row + 1)
                or _CONTINUATION.match(text[start:end]) or _BUILDS_ON.match(text[start:end])):
            return
        add_line(data, draft, unit.doc_id, start, end, LineStyle.SENTENCE)
        if introduces:
            add_group_items(data, draft, unit.doc_id, block.group)  # "Dit bedrag is als volgt opgebouwd:" + the list


def add_in_context(data: Lookups, draft: Draft, unit: Unit, reason: bool = False, definition: bool = False) -> None:
    """A unit with what it needs to be read alone: the sentence before it, itself, what follows it."""
    add_antecedent(data, draft, unit)
    add_unit(data, draft, unit)
    add_continuation(data, draft, unit, reason, definition)
