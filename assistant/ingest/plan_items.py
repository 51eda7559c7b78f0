"""What a plan says it will do, extracted by rules: priorities, partners, goals and the outline.

Everything here is a span of the document text, so every item can be cited.
The rules read the document's structure (``assistant.ingest.structure``): lists with
their lead-in line, label headings ("Doelstellingen:"), numbered sub-headings.
The plan cards, the theme matrix, comparisons and the chat's answers about
priorities, partners and goals all read these same items.

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
from enum import StrEnum
from typing import Any

from assistant.citation import Citation, cite
from assistant.ingest.documents import Document
from assistant.ingest.structure import BULLET, Block, DocumentStructure, Section, UnitKind, split_sentences, title_span
from assistant.ingest.tables import Table, parse_tables
from assistant.ingest.themes import load_taxonomy
from assistant.text import edit_distance_one, fold

PRIORITY_CUE = re.compile(
    r"\b(?:prioriteit\w*|geprioriteerd\w*|speerpunt\w*|focus\w*|zwaartepunt\w*|kernthema\w*|hoofdthema\w*|"
    r"richten\s+(?:we\s+|wij\s+)?ons\b[^.:;]{0,80}?\bop\b)", re.I)
STRONG_PRIORITY_CUE = re.compile(r"\b(?:prioriteit\w*|speerpunt\w*|zwaartepunt\w*|kernthema\w*|focus(?:gebied|thema)\w*)",
                                 re.I)
NEGATED_PRIORITY = re.compile(r"\b(?:geen|niet)\b[^.:;]{0,40}?\b(?:prioriteit|geprioriteerd|speerpunt)", re.I)
# "Naast deze prioriteiten blijven wij werken aan …": what follows is besides them, unless the sentence
# goes on to name priorities of another kind ("Naast de lokale prioriteiten werken we aan deze regionale speerpunten:")
BESIDES_PRIORITIES = re.compile(r"\b(?:naast|behalve|buiten)\s+(?:de|deze|onze)\s+(?:\w+\s+){0,2}?"
                                r"(?:prioriteit|speerpunt|zwaartepunt)\w*", re.I)
OTHER_TOPICS = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:overige|andere)\b", re.I)
REGIONAL = re.compile(r"\bregiona\w*", re.I)
LOCAL = re.compile(r"\blokal\w*", re.I)
ENUMERATED = re.compile(r"^\s*\(?\d{1,2}[.)]\s+(?=\S)")  # "1. Woninginbraken"; "4.1 …" is a section number
SECTION_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+")
MAX_PRIORITY_WORDS = 10  # a priority is a name, not a sentence
# a heading that says it is one priority of several: "Prioriteit 1: Ondermijning", "Speerpunt 2 – Jeugd"
# The words plans use for a priority besides "prioriteit" itself ("speerpunt", "focusgebied"), and words that name
# one only when numbered or counted ("Pijler 2: …", "vier thema's: …", "drie ambities: …", "Opgave 1 – …");
# elsewhere a "thema" or an "ambitie" is any topic or goal.
PRIORITY_NOUN = r"(?:prioriteit|speerpunt|zwaartepunt|kernthema|focusgebied|focusthema)"
COUNTED_PRIORITY_NOUN = r"(?:pijler|thema|ambitie|opgave)"
LABELLED_PRIORITY = re.compile(r"^\s*(?P<label>(?:" + PRIORITY_NOUN + "|" + COUNTED_PRIORITY_NOUN
                               + r")\s+(?P<number>\d{1,2})\b)\s*[:.–—-]\s*\S", re.I)
STATED_COUNT = re.compile(r"\b(twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\b", re.I)  # "Onze drie prioriteiten"
MAX_LIST_ITEMS = 12

PARTNER_CUE = re.compile(r"\b(?:\w*partners?|partijen|aan\s+tafel)\b", re.I)
PARTNER_SENTENCE = re.compile(r"\bpartners?\b[^.:]{0,80}?\b(?:zijn|is)(?:\s+(?:onder\s+andere|onder\s+meer|o\.a\.|"
                              r"met\s+name|bijvoorbeeld))?\s*:\s*", re.I)
PARTNER_FILLER = re.compile(r"^(?:en\s+)?(?:niet\s+te\s+vergeten\s+|ook\s+|verder\s+|onder\s+andere\s+|o\.a\.\s+)?"
                            r"(?:het\s+|de\s+|onze\s+|ons\s+|alle\s+)?", re.I)
MAX_PARTNER_WORDS = 8
# "De gemeente werkt voor dit plan samen met de politie, het OM, het RIEC, …": the partners, named in a sentence.
WORKS_WITH = re.compile(r"\b(?:werkt|werken|werkte|werkten)\b(?:\s+\w+){0,5}?\s+samen\s+met\s+", re.I)
MIN_WORKS_WITH_ITEMS = 3
# "Partners: GGD Lingedal, de politie, …": a paragraph labelled with the partners it names
PARTNER_LABEL = re.compile(r"^\W*(?:(?:\w+\s+)?partners|samenwerkingspartners|met\s+wie\??)\s*:\s*", re.I)
# "Met wie?", "Partners", "4.3 Samenwerkingspartners": a heading over the names of the partners
PARTNER_HEADING = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:\w+\s+)?partners|samenwerkingspartners|met\s+wie)\W*$",
                             re.I)

GOAL_LABEL = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:hoofd)?(?:doelstelling(?:en)?|doelen|doel|streefwaarden?|"
                        r"beoogde?\s+(?:resultaten|effecten)|wat\s+willen\s+we\s+bereiken)\b", re.I)
AMBITION_LABEL = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?ambities?\b", re.I)
PERCENTAGE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:%|procent)")
NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?(?![\w.]*\d)")
YEAR = re.compile(r"^(?:19|20)\d\d$")
CHANGE = re.compile(r"\b(?:gedaald|gestegen|daalt|stijgt|dalen|stijgen|verminder\w*|verhoog\w*|verlaag\w*|"
                    r"toegenomen|afgenomen|gehalveerd|halveren|ten\s+opzichte|t\.o\.v|minimaal|maximaal|ten\s+minste|"
                    r"minder\s+dan|meer\s+dan|onder\s+de|boven\s+de|hooguit|ten\s+hoogste)\b", re.I)

AMOUNT = re.compile(r"€\s*\d|\d\s*(?:euro|fte)\b", re.I)
# "… kiest voor drie prioriteiten: A, B en C." / "De prioriteiten zijn: A, B en C." — priorities named in a sentence.
PRIORITY_SENTENCE = re.compile(r"\b(?:(?P<count>twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d{1,2})?\s*"
                               r"(?:lokale\s+|regionale\s+|gezamenlijke\s+|belangrijkste\s+)?"
                               r"(?:prioriteiten|speerpunten|zwaartepunten|kernthema's|focusgebieden|focusthema's)|"
                               r"(?P<counted>twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+"
                               r"(?:pijlers|thema'?s|ambities|opgaven))"
                               r"\s*(?:zijn\s*)?:\s*", re.I)
# the counted words name the plan's own priorities where the sentence says whose they are ("Zo kwamen we uit op vier
# thema's: …", "Het plan kent drie ambities: …"), not a body's ("expertteams voor zes thema's: …")
_OWN_CHOICE = re.compile(r"\b(?:we|wij|ons|onze|gemeente|college|raad|kiezen|kiest|gekozen|\w*plan|\w*beleid|"
                         r"\w*nota|\w*programma|IVP|IVB|IVVP)\b", re.I)
COUNT_WORDS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10}
OUTLINE_DEPTH = 2
CONTENT_KINDS = ("paragraph", "list_item", "table_row", "caption")


class Scope(StrEnum):
    """Whether a priority is the municipality's own or shared in the region ("" when a plan does not say)."""

    LOCAL = "lokaal"
    REGIONAL = "regionaal"
    UNKNOWN = ""


class Origin(StrEnum):
    """Where a priority was found: a list, a sub-heading, or a sentence that names them."""

    LIST = "lijst"
    HEADING = "kop"
    SENTENCE = "zin"


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
    member: str = ""  # in a joint plan, the member municipality the priority is for ("5.1 Aarlebeek: …")

    @property
    def doc_id(self) -> str:
        return self.citation.doc_id

    @property
    def municipality(self) -> str:
        return self.citation.municipality

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "short": self.short, "scope": self.scope, "member": self.member,
                "themes": list(self.themes),
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

def _closed(text: str, start: int, end: int) -> int:
    """The end of ``text[start:end]`` without the spaces and closing punctuation after its last word."""
    while end > start and text[end - 1] in " \t;,.:":
        end -= 1
    return end


def _item_span(text: str, block: Block) -> tuple[int, int]:
    """The span of a list item without its bullet or number and without closing punctuation."""
    start, end = block.start, block.end
    for _ in range(2):  # a bullet and a number ("• 1." with the item text on the next line, as overheid.nl writes)
        m = BULLET.match(text[start:end])
        if not m or not m.end():
            break
        start += m.end()
    return start, _closed(text, start, end)


def _heading_text(text: str, block: Block) -> str:
    """A heading as it reads, without its Markdown marks ("### **5.1 Aarlebeek: …** ###" -> "5.1 Aarlebeek: …")."""
    return text[slice(*title_span(text, block.start, block.end))]


def _heading_title_span(text: str, block: Block) -> tuple[int, int]:
    """A heading's span without its number ("1. ") and without an explanation after a colon."""
    start, end = title_span(text, block.start, block.end)
    m = ENUMERATED.match(text[start:end]) or SECTION_NUMBER.match(text[start:end])
    if m:
        start += m.end()
    colon = text.find(":", start, end)
    if colon > start:
        end = colon
    return start, _closed(text, start, end)


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


_ANNOUNCES = re.compile(r"\bde\s+volgende\b|\bhieronder\b", re.I)


def _announcing(structure: DocumentStructure, index: int) -> Block | None:
    """The paragraph directly above block ``index``, in its section, that announces what follows without ending in a
    colon ("De raad koos de volgende prioriteiten. Klik op een prioriteit om de uitwerking te lezen.")."""
    if index == 0:
        return None
    before, block = structure.blocks[index - 1], structure.blocks[index]
    if before.kind != "paragraph" or before.heading_path != block.heading_path:
        return None
    return before if _ANNOUNCES.search(structure.text[before.start:before.end]) else None


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
            lead = _heading_before(structure, positions[id(items[0])]) or _announcing(structure, positions[id(items[0])])
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
    """Whether two priority names name the same thing (typo-tolerant: "Ondernijning" ~ "Ondermijning"; a heading's
    short name and a sentence's longer one: "Veilige wijken" ~ "veilige wijken met De Kreekwijk als eerste …")."""
    ca, cb = _core(a), _core(b)
    short, long = sorted((ca, cb), key=len)
    return bool(ca) and (ca == cb or (len(short) >= 6 and (edit_distance_one(ca, cb) or long.startswith(short + " "))))


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
    besides = BESIDES_PRIORITIES.search(intro)
    if besides and not PRIORITY_CUE.search(intro[besides.end():]):
        return False
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
        if lead is None or not _introduces_priorities(intro) or any(OTHER_TOPICS.match(h) for h in lead.heading_path[-1:]):
            continue  # a list under "5. Overige veiligheidsthema's" is not one of priorities
        top = min(b.level for b in items)
        upper = [b for b in items if b.level == top]  # "1. Woninginbraak" with its speerpunten a., b. under it
        if not all(doc.text[b.start:b.end].rstrip().endswith(":") for b in upper):
            items = upper  # (unless the upper items only label groups: "Lokale prioriteiten:" with items under it)
        else:
            items = [b for b in items if b.level != top]
        spans = [_item_span(doc.text, b) for b in items]
        names = [doc.text[a:b] for a, b in spans]
        if not 2 <= len(items) <= MAX_LIST_ITEMS or any(_words(n) > MAX_PRIORITY_WORDS or not n for n in names):
            continue
        if sum(bool(AMOUNT.search(n)) for n in names) * 2 > len(names):
            continue  # "… voor de prioriteiten is nodig:" followed by cost lines: a budget, not the priorities
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
        title = _heading_text(text, parent)
        if not _introduces_priorities(title) or _is_label(title):
            continue
        children = [h for h in headings if h.heading_path[:-1] == parent.heading_path
                    and len(h.heading_path) > len(parent.heading_path) and not _is_label(_heading_text(text, h))]
        chosen = [h for h in children if ENUMERATED.match(_heading_text(text, h))]
        if len(chosen) < 2 and STRONG_PRIORITY_CUE.search(title):
            numbered = [h for h in children if SECTION_NUMBER.match(_heading_text(text, h))]
            chosen = [h for h in numbered
                      if taxonomy.match_name(text[slice(*_member_topic(doc, h, _heading_title_span(text, h))[1])])]
            if len(chosen) >= 2:  # the others worked out alike ("Analyse", "Doelstelling", "Maatregelen") are too
                shapes = {_sub_labels(doc, headings, h) for h in chosen} - {()}
                chosen = [h for h in numbered if h in chosen or _sub_labels(doc, headings, h) in shapes]
        stated = STATED_COUNT.search(title)
        if (len(chosen) < 2 and stated and STRONG_PRIORITY_CUE.search(title)
                and len(children) == COUNT_WORDS.get(stated.group(1).lower(), 0)
                and not any(LABELLED_PRIORITY.match(_heading_text(text, h)) for h in children)):
            chosen = children  # "Onze drie prioriteiten" over three headings: those are they
        if len(chosen) < 2:
            continue
        context = source(doc, *title_span(text, parent.start, parent.end))
        scope = _scope(title)
        for child in chosen:
            a, b = _heading_title_span(text, child)
            member, (a, b) = _member_topic(doc, child, (a, b))
            if a < b and _words(text[a:b]) <= MAX_PRIORITY_WORDS:
                found.append(replace(_priority(doc, a, b, scope, Origin.HEADING, context), member=member))
    return found


def _sub_labels(doc: Document, headings: list[Block], parent: Block) -> tuple[str, ...]:
    """The titles of a heading's own sub-headings, in order: the shape its section is worked out in."""
    depth = len(parent.heading_path)
    return tuple(_heading_text(doc.text, h).strip().lower() for h in headings
                 if len(h.heading_path) == depth + 1 and h.heading_path[:depth] == parent.heading_path)


def _labelled_priorities(doc: Document) -> list[Priority]:
    """Sibling headings that each name themselves a priority, numbered: "Prioriteit 1: Ondermijning in de
    glastuinbouw", "Speerpunt 2 – Jeugd": the name after the label, under whatever heading they stand."""
    text = doc.text
    headings = [b for b in doc.structure.blocks if b.kind == "heading"]
    groups: dict[tuple[str, ...], list[tuple[Block, re.Match]]] = {}
    for h in headings:
        m = LABELLED_PRIORITY.match(_heading_text(text, h))
        if m:
            groups.setdefault(h.heading_path[:-1], []).append((h, m))
    found = []
    for members in groups.values():
        if len({m.group("number") for _, m in members}) < 2:
            continue
        for h, m in members:
            a, b = title_span(text, h.start, h.end)
            a += m.end("label")
            while a < b and text[a] in " \t:–—-.":
                a += 1
            b = _closed(text, a, b)
            if a < b and _words(text[a:b]) <= MAX_PRIORITY_WORDS:
                found.append(_priority(doc, a, b, Scope.UNKNOWN, Origin.HEADING, source(doc, h.start, h.end)))
    return found


def named_span(doc: Document, priority: Priority) -> tuple[int, int]:
    """The span that names a priority for a reader: its name, and for a member's priority in a joint plan the member
    before it as the plan writes it ("Noordstad: jongerenoverlast")."""
    c = priority.citation
    if not priority.member:
        return c.start, c.end
    line = doc.text.rfind("\n", 0, c.start) + 1
    named = doc.text.rfind(priority.member, line, c.start)
    return (named if named >= 0 else c.start), c.end


def _member_topic(doc: Document, heading: Block, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """A joint plan's "5.1 Aarlebeek: jeugdoverlast": the member named before the colon, and the topic after it."""
    text = doc.text
    a, b = span
    heading_end = title_span(text, heading.start, heading.end)[1]
    colon = text.find(":", a, heading_end)
    if colon < 0 or colon != b and text[b:colon].strip():
        return "", span
    named = text[a:colon].strip()
    member = next((m for m in doc.metadata.members if m.lower() == named.lower()), "")
    if not member:
        return "", span
    start = colon + 1
    while start < heading_end and text[start] == " ":
        start += 1
    end = heading_end
    return member, (start, _closed(text, start, end))


def _enumeration(text: str, start: int, end: int, count: int | None) -> list[tuple[int, int]]:
    """The items of an inline Dutch enumeration ``text[start:end]`` ("A, B en C"), as spans.

    Items are separated by commas, the last two by "en"; an item may itself hold "en" ("huiselijk geweld
    en kindermishandeling"), so when the sentence says how many there are, only as many splits are made.
    """
    pieces: list[tuple[int, int]] = []
    cursor = start
    for m in re.finditer(r",\s*", text[start:end]):
        pieces.append((cursor, start + m.start()))
        cursor = start + m.end()
    pieces.append((cursor, end))
    pieces = [(a + (3 if text[a:a + 3] == "en " else 0), b) for a, b in pieces]
    if count is None or len(pieces) < count:
        a, b = pieces[-1]
        m = re.search(r"\s+en\s+", text[a:b])
        if m and (count is None or len(pieces) + 1 <= count):
            pieces[-1:] = [(a, a + m.start()), (a + m.end(), b)]
    return [(a, b) for a, b in pieces if b > a]


# "Het vorige plan had drie prioriteiten: …", "Het Integraal Veiligheidsplan 2019-2022 had …": another plan's
_PREVIOUS_PLAN = re.compile(r"\b(?:vorige?|voorgaande?|eerdere?|oude)\s+(?:\w+\s+)?[\w-]*(?:plan|beleid|nota|programma)\b",
                            re.I)
_PERIOD = re.compile(r"\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b")


def _another_plan(doc: Document, lead: str) -> bool:
    """Whether the words before a sentence's list of priorities name a plan other than this one: the previous
    plan, or a plan of another period."""
    if _PREVIOUS_PLAN.search(lead):
        return True
    own = (doc.metadata.period_start, doc.metadata.period_end)
    return any((int(a), int(b)) != own for a, b in _PERIOD.findall(lead)) and own != (None, None)


def _sentence_priorities(doc: Document) -> list[Priority]:
    """Priorities named in one sentence: "… kiest … voor drie prioriteiten: ondermijning, woninginbraak en zorg."""
    found = []
    text = doc.text
    for span in doc.structure.spans:
        if span.kind != UnitKind.SENTENCE:
            continue
        sentence = text[span.start:span.end]
        m = PRIORITY_SENTENCE.search(sentence)
        if not m or NEGATED_PRIORITY.search(sentence[:m.start()]) or _another_plan(doc, sentence[:m.start()]):
            continue
        if m.group("counted") and not _OWN_CHOICE.search(sentence[:m.start()]):
            continue
        count_word = (m.group("count") or m.group("counted") or "").lower()
        count = COUNT_WORDS.get(count_word) or (int(count_word) if count_word.isdigit() else None)
        body_start = span.start + m.end()
        body_end = span.end - (1 if text[span.end - 1] in ".;" else 0)
        spans = _enumeration(text, body_start, body_end, count)
        names = [text[a:b].strip() for a, b in spans]
        if not 2 <= len(spans) <= MAX_LIST_ITEMS or any(_words(n) > MAX_PRIORITY_WORDS or not n for n in names):
            continue
        if count is not None and len(spans) != count:
            continue  # the sentence says how many; a different number of pieces is not its list
        context = source(doc, span.start, span.end)
        found.extend(_priority(doc, a, b, _scope(sentence[:m.end()]), Origin.SENTENCE, context) for a, b in spans)
    return found


def find_priorities(doc: Document) -> list[Priority]:
    """The plan's priorities, in the order the plan first names them, each once."""
    candidates = sorted(_list_priorities(doc) + _heading_priorities(doc) + _labelled_priorities(doc)
                        + _sentence_priorities(doc),
                        key=lambda p: p.citation.start)
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
    b = _closed(text, a, b)
    while a < b and text[a] in " \t":
        a += 1
    if a >= b or _words(text[a:b]) > MAX_PARTNER_WORDS:
        return None
    return a, b


_NAMES = re.compile(r"(?:\([^)]*\)|[^,(])+")  # comma-separated names; "GGD (voor alcohol, drugs)" is one


_AND = re.compile(r"(?<!-)\s+en\s+(?![^(]*\))")  # "A en B", not "Zorg- en Veiligheidshuis", not inside brackets


def _only_names(sentence: str) -> bool:
    """A sentence that is nothing but names ("Politie, Openbaar Ministerie, Woonbedrijf X en Halt.")."""
    pieces = [p.group(0) for p in _NAMES.finditer(sentence.rstrip(" ."))]
    return all(0 < _words(part) <= MAX_PARTNER_WORDS for p in pieces for part in _AND.split(p))


def _sentence_partners(doc: Document) -> list[Partner]:
    """"Partners waarmee wij samenwerken zijn: VGGM, Politie, het OM, … en onze inwoners." """
    out = []
    text = doc.text
    for span in doc.structure.spans:
        if span.kind != "sentence":
            continue
        sentence = text[span.start:span.end]
        m = PARTNER_SENTENCE.search(sentence) or PARTNER_LABEL.match(sentence)
        group = ""
        if not m:
            m = WORKS_WITH.search(sentence)
            under = doc.structure.heading_path_at(span.start)
            if (not m and under and PARTNER_HEADING.match(under[-1])
                    and span.start == doc.structure.block_at(span.start).start and _only_names(sentence)):
                m = re.match("", sentence)  # a list of names opening the paragraph under "Met wie?"
                group = under[-1]
            if not m or sentence.count(",", m.end()) < MIN_WORKS_WITH_ITEMS - 1:
                continue  # "samen met de politie voeren wij …" names one partner of one action, not the partners
        group = group or sentence[:m.start() + len(m.group(0))].rstrip(" :")
        cursor = span.start + m.end()
        body_end = span.end
        for piece in _NAMES.finditer(text[cursor:body_end]):
            a, b = cursor + piece.start(), cursor + piece.end()
            parts = _AND.split(text[a:b])
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
        if lead is None or not PARTNER_CUE.search(intro) or _introduces_priorities(intro):
            # "… gesprekken met de dorpsbelangen en partners kiest X voor drie prioriteiten:" lists priorities
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
        title = _heading_text(text, parent)
        if _is_label(title) or not PARTNER_CUE.search(title):
            continue
        for child in headings:
            if child.heading_path[:-1] != parent.heading_path or len(child.heading_path) <= len(parent.heading_path):
                continue
            child_text = _heading_text(text, child)
            if _is_label(child_text) or SECTION_NUMBER.match(child_text) or _words(child_text) > MAX_PARTNER_WORDS:
                continue
            out.append(Partner(child_text, source(doc, *title_span(text, child.start, child.end)), parent.heading_path[-1]))
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
        title = section.title  # read without Markdown marks ("**Wat willen we bereiken?**"; see ``structure``)
        kind = GoalKind.GOAL if GOAL_LABEL.match(title) else GoalKind.AMBITION if AMBITION_LABEL.match(title) else None
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
        # "Wat zien we?" is a label; "1. Waarom dit plan?" is a chapter
        if _is_label(text[heading.start:heading.end]) and not SECTION_NUMBER.match(section.title):
            continue
        if not any(b.kind in CONTENT_KINDS and section.start < b.start < section.end for b in structure.blocks):
            continue
        out.append(OutlineItem(section.title, section.level, source(doc, heading.start, heading.end)))
    return out


def find_tables(doc: Document) -> list[Table]:
    """The statistics tables of the plan (tables of contents excluded)."""
    return parse_tables(doc.structure)
