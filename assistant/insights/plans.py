"""A plan at a glance: priorities, partners, goals, outline and tables, extracted by rules.

Everything here is a span of the document text, so every item can be cited.
The rules read the document's structure (``assistant.structure``): lists with
their lead-in line, label headings ("Doelstellingen:"), numbered sub-headings.

Priorities come from

* a list whose lead-in (or the heading right above it) names priorities:
  "prioriteiten", "speerpunten", "focus", "We richten ons … op deze thema's:";
* numbered sub-headings ("1. Woninginbraken") of a heading that names them
  ("4.1 Lokale prioriteiten").

A priority named twice (a summary list and a chapter) is kept once, as first
written. A lead-in that says "regionale" makes its priorities regional; in a
plan with regional priorities the others are local.

    >>> from assistant.ingest.documents import Document, DocumentMetadata
    >>> text = "Prioriteiten\\n\\nWe richten ons op deze thema's:\\n\\n• Ondermijning\\n\\n• Te hard rijden\\n"
    >>> plan = Document("x", text, DocumentMetadata("X", "Plan"))
    >>> [(p.name, p.themes) for p in find_priorities(plan)]
    [('Ondermijning', ('ondermijning',)), ('Te hard rijden', ('verkeersveiligheid',))]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Any, Iterable

from assistant.citation import Citation, cite
from assistant.index.store import Index
from assistant.ingest.documents import Document, DocumentMetadata
from assistant.ingest.structure import BULLET, Block, DocumentStructure, Section, split_sentences
from assistant.ingest.tables import Table, TableRow, parse_tables, series, table_at
from assistant.ingest.themes import load_taxonomy
from assistant.text import edit_distance_one, fold

PRIORITY_CUE = re.compile(
    r"\b(?:prioriteit\w*|geprioriteerd\w*|speerpunt\w*|focus\w*|zwaartepunt\w*|kernthema\w*|hoofdthema\w*|"
    r"richten\s+(?:we\s+|wij\s+)?ons\b[^.:;]{0,80}?\bop\b)", re.I)
STRONG_PRIORITY_CUE = re.compile(r"\b(?:prioriteit\w*|speerpunt\w*|zwaartepunt\w*|kernthema\w*)", re.I)
NEGATED_PRIORITY = re.compile(r"\b(?:geen|niet)\b[^.:;]{0,40}?\b(?:prioriteit|geprioriteerd|speerpunt)", re.I)
OTHER_TOPICS = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:overige|andere)\b", re.I)
REGIONAL = re.compile(r"\bregiona\w*", re.I)
LOCAL = re.compile(r"\blokal\w*", re.I)
ENUMERATED = re.compile(r"^\s*\(?\d{1,2}[.)]\s+(?=\S)")  # "1. Woninginbraken"; "4.1 …" is a section number
SECTION_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+")
MAX_PRIORITY_WORDS = 10  # a priority is a name, not a sentence
MAX_LIST_ITEMS = 12

PARTNER_CUE = re.compile(r"\b(?:\w*partners?|partijen|aan\s+tafel)\b", re.I)
PARTNER_SENTENCE = re.compile(r"\bpartners?\b[^.:]{0,80}?\b(?:zijn|is)\s*:\s*", re.I)
PARTNER_FILLER = re.compile(r"^(?:en\s+)?(?:niet\s+te\s+vergeten\s+|ook\s+|verder\s+|onder\s+andere\s+|o\.a\.\s+)?"
                            r"(?:het\s+|de\s+|onze\s+|ons\s+|alle\s+)?", re.I)
MAX_PARTNER_WORDS = 8

GOAL_LABEL = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:hoofd)?(?:doelstelling(?:en)?|doelen|doel|streefwaarden?|"
                        r"beoogde?\s+(?:resultaten|effecten)|wat\s+willen\s+we\s+bereiken)\b", re.I)
AMBITION_LABEL = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?ambities?\b", re.I)
PERCENTAGE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:%|procent)")
NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?(?![\w.]*\d)")
YEAR = re.compile(r"^(?:19|20)\d\d$")
CHANGE = re.compile(r"\b(?:gedaald|gestegen|daalt|stijgt|dalen|stijgen|verminder\w*|verhoog\w*|verlaag\w*|"
                    r"toegenomen|afgenomen|gehalveerd|halveren|ten\s+opzichte|t\.o\.v|minimaal|maximaal|ten\s+minste|"
                    r"minder\s+dan|meer\s+dan|onder\s+de|boven\s+de|hooguit|ten\s+hoogste)\b", re.I)

OUTLINE_DEPTH = 2
CONTENT_KINDS = ("paragraph", "list_item", "table_row", "caption")


class Scope(StrEnum):
    """Whether a priority is the municipality's own or shared in the region ("" when a plan does not say)."""

    LOCAL = "lokaal"
    REGIONAL = "regionaal"
    UNKNOWN = ""


class Origin(StrEnum):
    """Where a priority was found: a list, or a sub-heading."""

    LIST = "lijst"
    HEADING = "kop"


class GoalKind(StrEnum):
    GOAL = "doelstelling"
    AMBITION = "ambitie"


def source(doc: Document, start: int, end: int) -> Citation:
    return cite(doc, start, end)


@dataclass(frozen=True)
class Priority:
    name: str  # as written in the plan ("Ondernijning (met name aanpak drugs/hennepteelt)")
    short: str  # the name without its explanation ("Ondernijning"); a span of the text too
    scope: Scope
    themes: tuple[str, ...]  # theme ids
    origin: Origin
    citation: Citation  # the name's span
    context: Citation | None = None  # the lead-in sentence or heading that makes it a priority

    @property
    def doc_id(self) -> str:
        return self.citation.doc_id

    @property
    def municipality(self) -> str:
        return self.citation.municipality

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "short": self.short, "scope": self.scope, "themes": list(self.themes),
                "origin": self.origin, "citation": self.citation.to_dict(),
                "context": self.context.to_dict() if self.context else None}


@dataclass(frozen=True)
class Partner:
    name: str
    citation: Citation
    group: str = ""  # the heading or lead-in it is listed under ("Interne partners")

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "group": self.group, "citation": self.citation.to_dict()}


@dataclass(frozen=True)
class Goal:
    text: str
    kind: GoalKind
    topic: str  # the heading the goal belongs to ("1. Woninginbraken", "Ondermijning")
    themes: tuple[str, ...]
    measurable: bool
    citation: Citation

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind, "topic": self.topic, "themes": list(self.themes),
                "measurable": self.measurable, "citation": self.citation.to_dict()}


@dataclass(frozen=True)
class OutlineItem:
    title: str
    level: int
    citation: Citation

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "level": self.level, "citation": self.citation.to_dict()}


# --------------------------------------------------------------------------- helpers

def _item_span(text: str, block: Block) -> tuple[int, int]:
    """The span of a list item without its bullet or number and without closing punctuation."""
    start, end = block.start, block.end
    m = BULLET.match(text[start:end])
    if m:
        start += m.end()
    while end > start and text[end - 1] in " \t;,.:":
        end -= 1
    return start, end


def _heading_title_span(text: str, block: Block) -> tuple[int, int]:
    """A heading's span without its number ("1. ") and without an explanation after a colon."""
    start, end = block.start, block.end
    m = ENUMERATED.match(text[start:end]) or SECTION_NUMBER.match(text[start:end])
    if m:
        start += m.end()
    colon = text.find(":", start, end)
    if colon > start:
        end = colon
    while end > start and text[end - 1] in " \t;,.:":
        end -= 1
    return start, end


def _short_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The name before an explanation in parentheses or after a colon."""
    cut = end
    for mark in ("(", ":"):
        i = text.find(mark, start, end)
        if start < i < cut:
            cut = i
    while cut > start and text[cut - 1] in " \t-–,;":
        cut -= 1
    return start, cut


def _words(text: str) -> int:
    return len(re.sub(r"\([^)]*\)", " ", text).split())


def _is_label(text: str) -> bool:
    return text.rstrip().endswith((":", "?"))


def _heading_before(structure: DocumentStructure, index: int) -> Block | None:
    """The heading directly above block ``index`` (nothing but blank lines between)."""
    if index > 0 and structure.blocks[index - 1].kind == "heading":
        return structure.blocks[index - 1]
    return None


def _lists(structure: DocumentStructure) -> list[tuple[str, Block | None, list[Block]]]:
    """Every list: (the text that introduces it, the introducing block, its items).

    The introduction is the lead-in paragraph, or else the heading right above
    the first item.
    """
    text = structure.text
    positions = {id(b): i for i, b in enumerate(structure.blocks)}
    out = []
    for members in structure.groups().values():
        items = [b for b in members if b.kind == "list_item"]
        if not items:
            continue
        lead = next((b for b in members if b.lead_in), None)
        if lead is None:
            lead = _heading_before(structure, positions[id(items[0])])
        intro = text[lead.start:lead.end] if lead else ""
        out.append((intro, lead, items))
    return out


def _core(name: str) -> str:
    """A name reduced for comparison: "3. Aanpak woonoverlast" ~ "Woonoverlast"."""
    t = fold(name)
    t = re.sub(r"\([^)]*\)", " ", t).split(":")[0]
    words = [w for w in re.findall(r"[a-z0-9]+", t) if w not in {"aanpak", "van", "de", "het", "een"}]
    return " ".join(words)


def same_priority(a: str, b: str) -> bool:
    """Whether two priority names name the same thing (typo-tolerant: "Ondernijning" ~ "Ondermijning")."""
    ca, cb = _core(a), _core(b)
    return bool(ca) and (ca == cb or (min(len(ca), len(cb)) >= 6 and edit_distance_one(ca, cb)))


# --------------------------------------------------------------------------- priorities

def _scope(intro: str) -> Scope:
    if REGIONAL.search(intro):
        return Scope.REGIONAL
    if LOCAL.search(intro):
        return Scope.LOCAL
    return Scope.UNKNOWN


def _cue_sentence(doc: Document, block: Block) -> Citation:
    """The sentence of an introducing block that carries the priority cue (else the block)."""
    for start, end in split_sentences(doc.text, block.start, block.end):
        if PRIORITY_CUE.search(doc.text[start:end]):
            return source(doc, start, end)
    return source(doc, block.start, block.end)


def _introduces_priorities(intro: str) -> bool:
    return bool(intro) and bool(PRIORITY_CUE.search(intro)) and not NEGATED_PRIORITY.search(intro) \
        and not OTHER_TOPICS.match(intro)


def _priority(doc: Document, start: int, end: int, scope: Scope, origin: Origin, context: Citation | None) -> Priority:
    taxonomy = load_taxonomy()
    name = doc.text[start:end]
    s_start, s_end = _short_span(doc.text, start, end)
    short = doc.text[s_start:s_end]
    themes = taxonomy.match_name(name)
    return Priority(name, short, scope, themes, origin, source(doc, start, end), context)


def _list_priorities(doc: Document) -> list[Priority]:
    found = []
    for intro, lead, items in _lists(doc.structure):
        if lead is None or not _introduces_priorities(intro):
            continue
        spans = [_item_span(doc.text, b) for b in items]
        names = [doc.text[a:b] for a, b in spans]
        if not 2 <= len(items) <= MAX_LIST_ITEMS or any(_words(n) > MAX_PRIORITY_WORDS or not n for n in names):
            continue
        context = _cue_sentence(doc, lead)
        scope = _scope(intro)
        found.extend(_priority(doc, a, b, scope, Origin.LIST, context) for a, b in spans)
    return found


def _heading_priorities(doc: Document) -> list[Priority]:
    """Sub-headings of a heading that names priorities.

    Enumerated ones ("1. Woninginbraken" under "4.1 Lokale prioriteiten") always
    count; numbered sub-sections ("3.1 Ondermijning" under "3 Speerpunten") only
    under a strong cue and when they name a safety theme, so that "3.4 Regionale
    thema's" or "4.2 Sturen en meten" are not taken for priorities.
    """
    taxonomy = load_taxonomy()
    text = doc.text
    found = []
    headings = [b for b in doc.structure.blocks if b.kind == "heading"]
    for parent in headings:
        title = text[parent.start:parent.end]
        if not _introduces_priorities(title) or _is_label(title):
            continue
        children = [h for h in headings if h.heading_path[:-1] == parent.heading_path
                    and len(h.heading_path) > len(parent.heading_path) and not _is_label(text[h.start:h.end])]
        chosen = [h for h in children if ENUMERATED.match(text[h.start:h.end])]
        if len(chosen) < 2 and STRONG_PRIORITY_CUE.search(title):
            chosen = [h for h in children if SECTION_NUMBER.match(text[h.start:h.end])
                      and taxonomy.match_name(text[slice(*_heading_title_span(text, h))])]
        if len(chosen) < 2:
            continue
        context = source(doc, parent.start, parent.end)
        scope = _scope(title)
        for child in chosen:
            a, b = _heading_title_span(text, child)
            if a < b and _words(text[a:b]) <= MAX_PRIORITY_WORDS:
                found.append(_priority(doc, a, b, scope, Origin.HEADING, context))
    return found


def find_priorities(doc: Document) -> list[Priority]:
    """The plan's priorities, in the order the plan first names them, each once."""
    candidates = sorted(_list_priorities(doc) + _heading_priorities(doc), key=lambda p: p.citation.start)
    kept: list[Priority] = []
    for candidate in candidates:
        if not any(same_priority(candidate.name, k.name) or same_priority(candidate.short, k.short) for k in kept):
            kept.append(candidate)
    if any(p.scope == Scope.REGIONAL for p in kept):
        kept = [p if p.scope else _with_scope(p, Scope.LOCAL) for p in kept]
    return kept


def _with_scope(priority: Priority, scope: Scope) -> Priority:
    return replace(priority, scope=scope)


# --------------------------------------------------------------------------- partners

def _partner_name_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in " \t\n":
        start += 1
    m = PARTNER_FILLER.match(text[start:end])
    a, b = start + (m.end() if m else 0), end
    while b > a and text[b - 1] in " \t;,.:":
        b -= 1
    while a < b and text[a] in " \t":
        a += 1
    if a >= b or _words(text[a:b]) > MAX_PARTNER_WORDS:
        return None
    return a, b


def _sentence_partners(doc: Document) -> list[Partner]:
    """"Partners waarmee wij samenwerken zijn: VGGM, Politie, het OM, … en onze inwoners." """
    out = []
    text = doc.text
    for span in doc.structure.spans:
        if span.kind != "sentence":
            continue
        sentence = text[span.start:span.end]
        m = PARTNER_SENTENCE.search(sentence)
        if not m:
            continue
        group = sentence[:m.start() + len(m.group(0))].rstrip(" :")
        cursor = span.start + m.end()
        body_end = span.end
        for piece in re.finditer(r"[^,]+", text[cursor:body_end]):
            a, b = cursor + piece.start(), cursor + piece.end()
            parts = re.split(r"\s+en\s+", text[a:b])
            offset = a
            for part in parts:
                pa = text.find(part, offset, b)
                named = _partner_name_span(text, pa, pa + len(part))
                offset = pa + len(part)
                if named:
                    out.append(Partner(text[named[0]:named[1]], source(doc, *named), group))
    return out


def _list_partners(doc: Document) -> list[Partner]:
    """Lists introduced as partners ("Overige externe partners:", "Partners die aan tafel zitten … zijn:")."""
    out = []
    text = doc.text
    for intro, lead, items in _lists(doc.structure):
        if lead is None or not PARTNER_CUE.search(intro):
            continue
        spans = [_partner_name_span(text, *_item_span(text, b)) for b in items]
        if any(s is None for s in spans):
            continue
        nearest = items[0].heading_path[-1] if items[0].heading_path else ""
        if lead.kind == "heading":
            group = intro.strip().rstrip(":")
        elif PARTNER_CUE.search(nearest):
            group = nearest
        else:
            cue = [text[a:b] for a, b in split_sentences(text, lead.start, lead.end) if PARTNER_CUE.search(text[a:b])]
            group = (cue[-1] if cue else intro).strip().rstrip(":")
        out.extend(Partner(text[a:b], source(doc, a, b), group) for a, b in spans)
    return out


def _heading_partners(doc: Document) -> list[Partner]:
    """Headings directly under a heading about partners ("3.3 Strategische partners" › "Nationale Politie")."""
    out = []
    text = doc.text
    headings = [b for b in doc.structure.blocks if b.kind == "heading"]
    for parent in headings:
        title = text[parent.start:parent.end]
        if _is_label(title) or not PARTNER_CUE.search(title):
            continue
        for child in headings:
            if child.heading_path[:-1] != parent.heading_path or len(child.heading_path) <= len(parent.heading_path):
                continue
            child_text = text[child.start:child.end]
            if _is_label(child_text) or SECTION_NUMBER.match(child_text) or _words(child_text) > MAX_PARTNER_WORDS:
                continue
            out.append(Partner(child_text, source(doc, child.start, child.end), parent.heading_path[-1]))
    return out


def find_partners(doc: Document) -> list[Partner]:
    """Organisations the plan lists as partners, in document order, each name once."""
    seen: set[str] = set()
    out = []
    for partner in sorted(_sentence_partners(doc) + _list_partners(doc) + _heading_partners(doc),
                          key=lambda p: p.citation.start):
        key = fold(partner.name)
        if key not in seen:
            seen.add(key)
            out.append(partner)
    return out


# --------------------------------------------------------------------------- goals

def is_measurable(text: str) -> bool:
    """A goal with a figure to check: a percentage, or a number with a direction or reference.

    >>> is_measurable("Het aantal woninginbraken is in 2022 gedaald met 50% t.o.v. 40 woninginbraken in 2017")
    True
    >>> is_measurable("We proberen het alcohol- en drugsgebruik van jongeren omlaag te brengen")
    False
    """
    if PERCENTAGE.search(text):
        return True
    numbers = [n for n in NUMBER.findall(text) if not YEAR.match(n)]
    return bool(numbers) and bool(CHANGE.search(text))


def _topic(doc: Document, heading_path: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """The heading a goal belongs to, and its themes: the nearest ancestor that names a theme."""
    taxonomy = load_taxonomy()
    for title in reversed(heading_path):
        if GOAL_LABEL.match(title) or AMBITION_LABEL.match(title):
            continue
        themes = taxonomy.match_name(title)
        if themes:
            return title, themes
    plain = [t for t in heading_path if not (GOAL_LABEL.match(t) or AMBITION_LABEL.match(t) or _is_label(t))]
    return (plain[-1] if plain else ""), ()


def _goal_spans(doc: Document, section: Section) -> list[tuple[int, int]]:
    """The items of a goal section: whole list items (a goal may run over sentences), paragraph sentences."""
    spans = []
    for block in doc.structure.blocks:
        if not (section.start < block.start < section.end) or block.heading_path != section.heading_path:
            continue
        if block.kind == "list_item":
            spans.append(_item_span(doc.text, block))
        elif block.kind == "paragraph" and not block.lead_in:
            spans.extend(split_sentences(doc.text, block.start, block.end))
    return [(a, b) for a, b in spans if b > a]


def find_goals(doc: Document) -> list[Goal]:
    """Goals (under "Doelstelling(en)") and ambitions (under "Ambities"), item by item."""
    taxonomy = load_taxonomy()
    out: list[Goal] = []
    for section in doc.structure.sections:
        kind = GoalKind.GOAL if GOAL_LABEL.match(section.title) else GoalKind.AMBITION if AMBITION_LABEL.match(section.title) else None
        if not kind:
            continue
        topic, themes = _topic(doc, section.heading_path[:-1])
        for start, end in _goal_spans(doc, section):
            goal_text = doc.text[start:end]
            goal_themes = themes
            if not goal_themes:
                hits = taxonomy.keyword_hits(goal_text)
                goal_themes = tuple(sorted(hits, key=lambda t: -len(hits[t])))[:2]
            out.append(Goal(goal_text, kind, topic, goal_themes, is_measurable(goal_text), source(doc, start, end)))
    return sorted(out, key=lambda g: g.citation.start)


# --------------------------------------------------------------------------- outline and tables

def find_outline(doc: Document, depth: int = OUTLINE_DEPTH) -> list[OutlineItem]:
    """The section outline down to ``depth``: labels, empty headings and the title page left out."""
    structure = doc.structure
    text = doc.text
    skip = {fold(doc.metadata.title), fold(doc.metadata.municipality)}
    out = []
    for section in structure.sections:
        heading = structure.block_at(section.start)
        if heading is None or section.level > depth or fold(section.title) in skip:
            continue
        if _is_label(text[heading.start:heading.end]):
            continue
        if not any(b.kind in CONTENT_KINDS and section.start < b.start < section.end for b in structure.blocks):
            continue
        out.append(OutlineItem(section.title, section.level, source(doc, heading.start, heading.end)))
    return out


def find_tables(doc: Document) -> list[Table]:
    """The statistics tables of the plan (tables of contents excluded)."""
    return parse_tables(doc.structure)


def row_source(doc: Document, row: TableRow) -> Citation:
    return source(doc, row.start, row.end)


def chart_points(table: Table, row: TableRow) -> list[dict[str, Any]]:
    """A row's numbers as chart points: ``[{"reeks", "jaar", "waarde", "cel"}]`` (cell verbatim)."""
    values = {(c.year, "reeks" if c.series == 0 else "vergelijking"): v for c, v in table.values(row) if c.year}
    return [{"reeks": name, "jaar": year, "waarde": value, "cel": values.get((year, name), "")}
            for name, year, value in series(table, row)]


def cited_table_rows(index: Index, citations: Iterable) -> list[tuple[str, Table, TableRow]]:
    """(doc_id, table, row) for every citation that quotes a table row with at least two numbers."""
    out = []
    seen = set()
    for citation in citations:
        doc = index.documents.get(citation.doc_id)
        if doc is None:
            continue
        tables = document_tables(index, citation.doc_id)
        hit = table_at(tables, citation.start)
        if hit is None:
            continue
        table, row = hit
        key = (citation.doc_id, row.start)
        if key in seen or row is table.header or len(series(table, row)) < 2:
            continue
        seen.add(key)
        out.append((citation.doc_id, table, row))
    return out


# --------------------------------------------------------------------------- status

class PlanStatus(StrEnum):
    """Whether a plan still applies (shown on the management page, the plan cards and in the reader)."""

    CURRENT = "actueel"
    EXPIRED = "verlopen"


def _iso_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def plan_status(metadata: DocumentMetadata, today: date) -> PlanStatus:
    """Expired once the plan has been withdrawn ("Regeling vervallen per …" on or before ``today``) or its
    period ended before this year; otherwise current, also when nothing is known about its period.

    >>> from assistant.ingest.documents import DocumentMetadata
    >>> plan_status(DocumentMetadata("Dalfsen", "Plan", 2019, 2022), date(2026, 12, 1))
    <PlanStatus.EXPIRED: 'verlopen'>
    >>> plan_status(DocumentMetadata("Dalfsen", "Plan", 2019, 2026), date(2026, 12, 1))
    <PlanStatus.CURRENT: 'actueel'>
    """
    withdrawn = _iso_date(metadata.expired_on)
    if withdrawn is not None and withdrawn <= today:
        return PlanStatus.EXPIRED
    if metadata.period_end and metadata.period_end < today.year:
        return PlanStatus.EXPIRED
    return PlanStatus.CURRENT


def status_text(metadata: DocumentMetadata, today: date) -> str:
    """The status in Dutch with its reason: "actueel", "verlopen (liep tot en met 2022)"."""
    if plan_status(metadata, today) == PlanStatus.CURRENT:
        return PlanStatus.CURRENT.value
    withdrawn = _iso_date(metadata.expired_on)
    if withdrawn is not None and withdrawn <= today:
        return f"{PlanStatus.EXPIRED.value} (vervallen per {withdrawn.day}-{withdrawn.month}-{withdrawn.year})"
    return f"{PlanStatus.EXPIRED.value} (liep tot en met {metadata.period_end})"


# --------------------------------------------------------------------------- plan cards

@dataclass(frozen=True)
class PlanCard:
    doc_id: str
    municipality: str
    title: str
    period: str | None
    adopted_by: str | None
    adopted_on: str | None
    in_force_from: str | None
    source: str | None
    priorities: tuple[Priority, ...]
    partners: tuple[Partner, ...]
    goals: tuple[Goal, ...]
    outline: tuple[OutlineItem, ...]
    tables: int = 0

    @property
    def measurable_goals(self) -> tuple[Goal, ...]:
        return tuple(g for g in self.goals if g.kind == GoalKind.GOAL and g.measurable)

    def to_dict(self) -> dict[str, Any]:
        """The card for ``plans --json``: priorities by their names in the plan, every item cited."""
        return {
            "doc_id": self.doc_id, "municipality": self.municipality, "title": self.title, "period": self.period,
            "adopted_by": self.adopted_by, "adopted_on": self.adopted_on, "in_force_from": self.in_force_from,
            "source": self.source,
            "priorities": [p.to_dict() for p in self.priorities],
            "partners": [p.to_dict() for p in self.partners],
            "goals": [g.to_dict() for g in self.goals if g.kind == GoalKind.GOAL],
            "ambitions": [g.to_dict() for g in self.goals if g.kind == GoalKind.AMBITION],
            "outline": [o.to_dict() for o in self.outline],
            "tables": self.tables,
        }


def build_card(doc: Document) -> PlanCard:
    meta = doc.metadata
    return PlanCard(doc.doc_id, meta.municipality, meta.title, meta.period, meta.adopted_by, meta.adopted_on,
                    meta.in_force_from, meta.source, tuple(find_priorities(doc)), tuple(find_partners(doc)),
                    tuple(find_goals(doc)), tuple(find_outline(doc)), len(find_tables(doc)))


# --------------------------------------------------------------------------- per index (computed once per build)

def plan_card(index: Index, doc_id: str) -> PlanCard:
    return index.derived(("plan_card", doc_id), lambda index: build_card(index.documents[doc_id]))


def plan_cards(index: Index) -> list[PlanCard]:
    """A card per document, ordered by municipality and title."""
    docs = sorted(index.documents.values(), key=lambda d: (d.municipality, d.title))
    return [plan_card(index, d.doc_id) for d in docs]


def priorities_of(index: Index, doc_id: str) -> tuple[Priority, ...]:
    return plan_card(index, doc_id).priorities


def goals_of(index: Index, doc_id: str) -> tuple[Goal, ...]:
    return plan_card(index, doc_id).goals


def document_tables(index: Index, doc_id: str) -> list[Table]:
    return index.tables(doc_id)
