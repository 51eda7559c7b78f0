"""Abbreviations and defined terms, extracted from the plans with their defining passage.

New staff meet "RIEC", "boa's", "Bibob" and "HIC" on every page. The glossary
collects what the corpus itself says about them, and nothing else:

* an abbreviation next to its expansion, when the letters match
  (Schwartz & Hearst's rule, plus: every content word of the expansion gives a
  letter, and at least half of the letters start a word):
  "Regionaal Coördinatiepunt Integrale Veiligheid (RCIV)",
  "RIEC (Regionaal Informatie en Expertise Centrum)", "(HIC, High Impact Crime)";
* a row of a table of abbreviations: the abbreviation in its first cell, what it spells at the start
  of the second ("E-MOVO | Elektronische Monitor en Voorlichting (…)"), the same letter rule;
* a lower-case abbreviation in parentheses after what it names: "De handhavers (boa’s)";
* a defined term: "Onder X wordt verstaan …", "Met X wordt bedoeld …",
  "Bij de term X kun je denken aan …", "Het begrip X betekent …", a paragraph
  "X: definition", "X is een/het …", "X bestaat uit …";
* an abbreviation the plan uses at least three times without spelling it out
  (expansion ""): its passage is where it is used most.

Precision matters more than recall: an expansion is never guessed.

    >>> from assistant.ingest.documents import Document, DocumentMetadata
    >>> doc = Document("x", "Het RIEC (Regionaal Informatie en Expertise Centrum) helpt.\\n", DocumentMetadata("X", "Plan"))
    >>> [(e.term, e.expansion) for e in extract_entries(doc)]
    [('RIEC', 'Regionaal Informatie en Expertise Centrum')]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterable

from assistant.index.store import Index
from assistant.ingest.documents import Document
from assistant.ingest.structure import BULLET, BlockKind, UnitKind, row_cells
from assistant.text import fold

ACRONYM = r"[A-Z](?:[A-Z0-9]{1,7}|-[A-Z][A-Z0-9]{1,6})(?:-[A-Z0-9]{1,3})?"  # "RIEC", "KVO-B", "E-MOVO"
PLURAL = r"(?:['’]s|s)?"
LONG_THEN_SHORT = re.compile(r"\(\s*(?P<short>" + ACRONYM + r"(?:\s" + ACRONYM + r")?)" + PLURAL + r"\s*\)")
SHORT_THEN_LONG = re.compile(r"(?<![\w-])(?P<short>" + ACRONYM + r")" + PLURAL + r"\s*\((?P<long>[^()]{3,200})\)")
SHORT_COMMA_LONG = re.compile(r"\(\s*(?P<short>" + ACRONYM + r")" + PLURAL + r"\s*,\s*(?P<long>[^(),]{3,120})\)")
LOWER_ABBREVIATION = re.compile(r"\(\s*(?P<short>[a-z]{2,5}['’]s)\s*\)")
TOKEN = re.compile(r"(?<![\w-])(?P<token>" + ACRONYM + r")" + PLURAL + r"(?![\w])")
TABLE_ABBREVIATION = re.compile(r"(?P<short>" + ACRONYM + r")" + PLURAL)
# a term set beside what it spells: "VAB Vrijkomende agrarische bebouwing" (a Word glossary's tab read as a space)
SHORT_BESIDE_LONG = re.compile(r"(?P<short>" + ACRONYM + r")" + PLURAL + r"\s+(?P<long>[A-Z][^\W\d_][\w\s-]{2,80})")
# a term that is an abbreviation and the word it qualifies ("SNF-keurmerk", "RIEC-convenant")
COMPOUND_ABBREVIATION = re.compile(r"(?P<short>" + ACRONYM + r")-[^\W\d_A-Z][\w-]*")

STOPWORDS = {"en", "van", "de", "het", "der", "den", "voor", "bij", "in", "op", "met", "of", "tot", "te", "aan", "om",
             "the", "of", "and", "for", "a"}
MAX_DEFINED_TERM_WORDS = 6

DEFINITION_PATTERNS = (
    re.compile(r"^Onder\s+(?P<term>[^,.:;()]{2,60}?)\s+(?:wordt|worden)\s+(?:hier\s+)?verstaan\b"),
    re.compile(r"^Met\s+(?P<term>[^,.:;()]{2,60}?)\s+(?:wordt|worden)\s+(?:hier\s+)?bedoeld\b"),
    re.compile(r"\b[Bb]ij\s+de\s+term\s+(?P<term>[^,.:;()]{2,60}?)\s+(?:kun\s+je|kunt\s+u|wordt|worden|denken)\b"),
    re.compile(r"^(?:Het|De)\s+(?:begrip|term)\s+(?P<term>[^,.:;()]{2,40}?)\s+(?:betekent|houdt\s+in|staat\s+voor|omvat)\b"),
)
# "X is een/het …", "X bestaat uit …": only for a short subject that is a term, not a pronoun or a generic noun.
IS_DEFINITION = re.compile(
    r"^(?:(?:De|Het)\s+)?(?P<term>[A-Za-zÀ-ÿ0-9][\w\-’' ]{1,50}?)(?:\s*\([^)]*\))?,?\s+"
    r"(?:(?:is|zijn)\s+(?:een|het)\s+(?P<head>[\w-]+)|(?:bestaat|bestaan)\s+uit\b)")
MAX_IS_TERM_WORDS = 4
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a line that goes on about something else than the term over it
LINE_DEFINITION_NOT_OPENINGS = {"wij", "we", "zij", "ze", "hij", "u", "je", "ik", "dit", "dat", "deze", "er", "hier",
                                "daar", "daarom", "daarnaast", "ook", "zo", "dan", "nu"}
MIN_LINE_DEFINITION_WORDS = 2
# "Term: definition", or with a dash as glossaries also set it ("Uithaler – iemand die …"), or the term on a line of
# its own over its definition, as a web page's definition list shows it ("Kassenteam" / "Samenwerking van …"); a
# term starts with a capital or with a number joined to a word ("06-handel", "112-melding")
COLON_DEFINITION = re.compile(r"^(?P<term>(?:[A-Z]|\d+-(?=[a-zA-Z]))[^:.;?!()\n–—]{1,60}?)(?:\s*(?::|\s[–—]|\s-(?=\s))\s+|[ \t]*(?P<line>\n)\s*)"
                              r"(?P<definition>\S.{10,})", re.S)
DEFINING_OPENING = re.compile(r"^(?:hierbij\s+(?:gaat\s+het\s+om|valt\s+te\s+denken\s+aan)|daaronder\s+vall\w+|"
                              r"dit\s+(?:is|zijn|betreft)|hiermee\s+wordt\s+bedoeld)\b", re.I)
NOT_TERMS = {"dit", "dat", "deze", "die", "er", "hier", "daar", "zo", "ook", "wat", "wie", "het", "dan", "nu", "men",
             "wij", "we", "zij", "ze", "hij", "u", "je", "ik", "iedereen", "niemand", "alles", "daarbij", "hierbij",
             "daarnaast", "echter", "ook", "voorbeelden", "voorbeeld", "doelstelling", "doel", "reden", "bron", "let",
             "een", "organisatie", "gemeente", "regio", "aanpak", "methode", "werkwijze", "plan", "beleid", "tabel",
             "lijst", "overzicht", "groep", "team", "uitgangspunt", "centrale", "belangrijk", "belangrijke", "probleem"}
VERB_WORDS = {"zijn", "is", "wordt", "worden", "was", "waren", "heeft", "hebben", "kan", "kunnen", "zal", "zullen",
              "gaat", "gaan", "moet", "moeten"}
META_NOUNS = {"thema", "begrip", "onderwerp", "probleem", "punt", "aandachtspunt", "uitdaging", "kwestie", "vraag",
              "relatief", "belangrijk", "belangrijke", "goed", "goede", "groot", "grote", "ook", "niet", "wel", "dan",
              "nu", "daarom", "echter", "dus", "zo", "vooral", "vaak", "nog", "al", "toch", "van", "voor", "mogelijk"}
PREPOSITIONS = {"van", "voor", "met", "bij", "op", "in", "door", "om", "naast", "ten", "na", "tijdens", "vanuit",
                "volgens", "zonder", "onder", "over", "uit", "tot", "aan", "binnen", "buiten", "tegen", "via", "per",
                "sinds", "hiervan", "daarvan", "waarvan", "kenmerkend", "meest", "eerste", "tweede", "derde",
                "laatste", "waarom", "hoe", "welke", "wanneer", "waar"}
MAX_LETTERS_PER_WORD = 3  # a word of an expansion gives at most this many letters of the abbreviation
MIN_UNEXPANDED_USES = 3  # an abbreviation used this often without expansion gets a usage entry
SHORT_ACRONYM = 3  # up to this length only the exact capitals count as a use ("OM", never the word "om")


@dataclass(frozen=True)
class GlossaryEntry:
    term: str  # "RIEC", "boa's", "Bibob"
    expansion: str  # "Regionaal Informatie en Expertise Centrum"; "" when the corpus does not spell it out
    doc_id: str
    municipality: str
    start: int  # span of the defining passage (sentence) in the document text
    end: int
    quote: str  # == index.documents[doc_id].text[start:end]

    def to_dict(self) -> dict:
        return {"term": self.term, "expansion": self.expansion, "doc_id": self.doc_id,
                "municipality": self.municipality, "start": self.start, "end": self.end, "quote": self.quote}


# --------------------------------------------------------------------------- abbreviation matching

def _fold_chars(text: str) -> str:
    """Lower case without diacritics, one character per character (offsets are kept)."""
    return "".join((fold(c)[:1] or c) for c in text)


def _subsequence(needle: list[str], haystack: str) -> bool:
    it = iter(haystack)
    return all(c in it for c in needle)


def _spells(letters: list[str], words: list[tuple[str, bool]]) -> bool:
    """Whether the words, in order, spell the letters: every content word gives its initial and at most
    ``MAX_LETTERS_PER_WORD - 1`` later letters of itself ("veiligheidsbeleid" gives V and B); a stopword
    gives nothing or its initial."""
    n_letters, n_words = len(letters), len(words)
    memo: dict[tuple[int, int], bool] = {}

    def spell(wi: int, li: int) -> bool:
        if wi == n_words:
            return li == n_letters
        if (wi, li) in memo:
            return memo[(wi, li)]
        word, stop = words[wi]
        ok = stop and spell(wi + 1, li)
        if not ok and li < n_letters and word[:1] == letters[li]:
            for k in range(1, MAX_LETTERS_PER_WORD + 1):
                if li + k > n_letters:
                    break
                if _subsequence(letters[li + 1:li + k], word[1:]) and spell(wi + 1, li + k):
                    ok = True
                    break
        memo[(wi, li)] = ok
        return ok

    return spell(0, 0)


def long_form(short: str, candidate: str) -> str | None:
    """The shortest end of ``candidate`` that spells ``short``, if there is one.

    Every content word must give its initial letter (and may give up to two more
    of its own letters, for compounds: "integrale veiligheidsbeleid" = IVB);
    stopwords ("en", "van", "bij") may be skipped; the expansion has at most
    ``min(len(short) + 5, 2 * len(short))`` words (Schwartz & Hearst's bound).

    >>> long_form("GHOR", "van de geneeskundige hulpverlening bij ongevallen en rampen")
    'geneeskundige hulpverlening bij ongevallen en rampen'
    >>> long_form("RIEC", "Regionaal Informatie en Expertise Centrum")
    'Regionaal Informatie en Expertise Centrum'
    >>> long_form("KVO-B", "keurmerk veilig bedrijventerrein") is None
    True
    """
    letters = [c for c in _fold_chars(short) if c.isalnum()]
    if len(letters) < 2:
        return None
    folded = _fold_chars(candidate)
    spans = [(m.start(), m.group(0)) for m in re.finditer(r"[a-z0-9]+", folded)]
    limit = min(len(letters) + 5, 2 * len(letters))
    for first in range(len(spans) - 1, max(-1, len(spans) - 1 - limit), -1):
        offset, word = spans[first]
        if word in STOPWORDS or word[0] != letters[0]:
            continue
        words = [(w, w in STOPWORDS) for _, w in spans[first:]]
        if _spells(letters, words):
            return candidate[offset:].strip()
    return None


# --------------------------------------------------------------------------- extraction

def _passages(doc: Document) -> list[tuple[int, int]]:
    """Units a definition can be quoted from: sentences, list items (without bullet) and headings."""
    out = []
    text = doc.text
    for span in doc.structure.spans:
        if span.kind == UnitKind.TABLE_ROW:
            continue
        start, end = span.start, span.end
        m = BULLET.match(text[start:end])
        if m and span.kind == UnitKind.LIST_ITEM:
            start += m.end()
        out.append((start, end))
    return out


def _entry(doc: Document, term: str, expansion: str, start: int, end: int) -> GlossaryEntry:
    return GlossaryEntry(term, expansion, doc.doc_id, doc.metadata.municipality, start, end, doc.text[start:end])


def _abbreviations(doc: Document, passages: list[tuple[int, int]]) -> list[GlossaryEntry]:
    text = doc.text
    out = []
    for start, end in passages:
        unit = text[start:end]
        for m in SHORT_COMMA_LONG.finditer(unit):
            expansion = long_form(m.group("short"), m.group("long").strip())
            if expansion and expansion == m.group("long").strip():
                out.append(_entry(doc, m.group("short"), expansion, start, end))
        for m in LONG_THEN_SHORT.finditer(unit):
            short = m.group("short")
            before = unit[:m.start()].rstrip()
            expansion = long_form(short, before)
            if expansion:
                out.append(_entry(doc, short, expansion, start, end))
        for m in SHORT_THEN_LONG.finditer(unit):
            short = m.group("short")
            inside = re.split(r"[,;]", m.group("long"), maxsplit=1)[0].strip()
            expansion = long_form(short, inside)
            if expansion and expansion == inside:
                out.append(_entry(doc, short, expansion, start, end))
        for m in LOWER_ABBREVIATION.finditer(unit):
            out.append(_entry(doc, m.group("short"), "", start, end))
        m = COLON_DEFINITION.match(unit)
        short = TABLE_ABBREVIATION.fullmatch(m.group("term").strip()) if m else None
        if short:  # a list of terms: "EPICC: Euregionaal Politie Informatie- en Coöperatie Centrum in Heerlen, waar …"
            expansion = spelled_opening(short.group("short"), m.group("definition"))
            if expansion:
                out.append(_entry(doc, short.group("short"), expansion, start, end))
        spelled = SHORT_BESIDE_LONG.fullmatch(m.group("term").strip()) if m and not short else None
        if spelled:  # a term set beside what it spells: "VAB<TAB>Vrijkomende agrarische bebouwing: stallen, …"
            long = spelled.group("long").strip()
            if long_form(spelled.group("short"), long) == long:
                out.append(_entry(doc, spelled.group("short"), long, start, end))
        compound = COMPOUND_ABBREVIATION.fullmatch(m.group("term").strip()) if m else None
        if compound:  # "SNF-keurmerk – het keurmerk van de Stichting Normering Flexwonen voor …"
            expansion = spelled_inside(compound.group("short"), m.group("definition"))
            if expansion:
                out.append(_entry(doc, compound.group("short"), expansion, start, end))
    return out


def spelled_opening(short: str, definition: str) -> str | None:
    """The shortest opening words of a definition that spell the abbreviation, up to the first comma or bracket.

    >>> spelled_opening("EPICC", "Euregionaal Politie Informatie- en Coöperatie Centrum in Heerlen, waar …")
    'Euregionaal Politie Informatie- en Coöperatie Centrum'
    >>> spelled_opening("ELA", "afspraken van politie en OM over agressie") is None
    True
    """
    head = re.split(r"[,;:(]", definition, maxsplit=1)[0]
    words = head.split()
    for n in range(1, min(len(words), 2 * len(short) + 2) + 1):
        opening = " ".join(words[:n]).rstrip(".")
        if long_form(short, opening) == opening:
            return opening
    return None


def spelled_inside(short: str, definition: str) -> str | None:
    """The first run of words in the definition's first clause that spells the abbreviation.

    >>> spelled_inside("SNF", "het keurmerk van de Stichting Normering Flexwonen voor goede huisvesting")
    'Stichting Normering Flexwonen'
    >>> spelled_inside("ELA", "afspraken van politie en OM over agressie") is None
    True
    """
    head = re.split(r"[,;:(.]", definition, maxsplit=1)[0]
    for word in re.finditer(r"\S+", head):
        expansion = long_form(short, head[:word.end()])
        if expansion:
            return " ".join(expansion.split())
    return None


def _table_abbreviations(doc: Document) -> list[GlossaryEntry]:
    """A list of abbreviations set out as a table: a row whose first cell is the abbreviation and whose
    second cell starts with what it spells ("E-MOVO | Elektronische Monitor en Voorlichting (…)")."""
    text = doc.text
    out = []
    for span in doc.structure.spans:
        if span.kind != UnitKind.TABLE_ROW:
            continue
        cells = row_cells(text[span.start:span.end])
        if len(cells) < 2 or not TABLE_ABBREVIATION.fullmatch(cells[0]):
            continue
        short = TABLE_ABBREVIATION.fullmatch(cells[0]).group("short")
        inside = re.split(r"[(,;:]", cells[1], maxsplit=1)[0].strip()
        if inside and long_form(short, inside) == inside:
            out.append(_entry(doc, short, inside, span.start, span.end))
    return out


def _clean_term(term: str) -> str | None:
    term = re.sub(r"\s+", " ", term).strip(" ,'‘’\"*")
    words = term.split()
    if not words or len(words) > MAX_DEFINED_TERM_WORDS:
        return None
    low = [fold(w) for w in words]
    if low[0] in NOT_TERMS or any(w in VERB_WORDS for w in low) or low[-1] in STOPWORDS:
        return None
    return term


def _line_definition(m: re.Match) -> bool:
    """Whether a term on a line of its own over the next line defines it: a short term that is no title (with a
    year) or signature ("De voorzitter,"), over a description of some words that does not go on about something
    else ("Wij …", "Dit …")."""
    term, definition = m.group("term").strip(), m.group("definition").split()
    return (len(term.split()) <= MAX_DEFINED_TERM_WORDS and not YEAR.search(term) and term[-1].isalnum()
            and len(definition) >= MIN_LINE_DEFINITION_WORDS and definition[0][:1].isalpha()
            and fold(definition[0]) not in LINE_DEFINITION_NOT_OPENINGS)


def _defined_terms(doc: Document, passages: list[tuple[int, int]]) -> list[GlossaryEntry]:
    text = doc.text
    structure = doc.structure
    out = []
    paragraph_starts = {b.start for b in structure.blocks if b.kind == BlockKind.PARAGRAPH}
    list_starts = set()
    for b in structure.blocks:
        if b.kind == BlockKind.LIST_ITEM:
            m = BULLET.match(text[b.start:b.end])
            list_starts.add(b.start + (m.end() if m else 0))
    for start, end in passages:
        unit = text[start:end]
        terms: list[str] = []
        for pattern in DEFINITION_PATTERNS:
            m = pattern.search(unit)
            if m:
                terms.append(m.group("term"))
        m = COLON_DEFINITION.match(unit)
        if m and m.group("line") and not _line_definition(m):
            m = None
        if m and (start in paragraph_starts or (start in list_starts and DEFINING_OPENING.match(m.group("definition")))):
            terms.extend(part for part in re.split(r"\s+/\s+", m.group("term")))
        m = IS_DEFINITION.match(unit)
        if m and not (m.group("head") and fold(m.group("head")) in META_NOUNS):
            words = [fold(w) for w in m.group("term").split()]
            if len(words) <= MAX_IS_TERM_WORDS and not set(words) & PREPOSITIONS:
                terms.append(m.group("term"))
        for raw in terms:
            term = _clean_term(raw)
            if term and fold(term) != fold(doc.metadata.municipality):  # "Brakkenveen is een rustige gemeente"
                out.append(_entry(doc, term, "", start, end))
    return out


def _unexpanded(doc: Document, passages: list[tuple[int, int]], known: set[str], acronyms: set[str]) -> list[GlossaryEntry]:
    """Abbreviations used at least ``MIN_UNEXPANDED_USES`` times and never spelled out in this plan."""
    text = doc.text
    out = []
    # the corpus's abbreviations this plan writes at all (most of them, in a large collection, it does not)
    present = [a for a in acronyms if a in text or (len(a) > SHORT_ACRONYM and a.capitalize() in text)]
    for acronym in sorted(present):
        if fold(acronym) in known:
            continue
        forms = [acronym] if len(acronym) <= SHORT_ACRONYM else [acronym, acronym.capitalize()]
        # the forms first and what may not precede them checked after (a lookbehind of their width): a pattern
        # that starts with its letters is searched for them, one that starts with a lookbehind tries every
        # position (30 times slower on a plan, with the same matches)
        alternatives = "|".join(map(re.escape, forms))
        pattern = re.compile(r"(?:" + alternatives + r")(?<![\w-](?:" + alternatives + r"))" + PLURAL + r"(?![\w])")
        uses = list(pattern.finditer(text))
        if len(uses) < MIN_UNEXPANDED_USES:
            continue
        named = sum(bool(re.match(r"\s+[A-Z][a-z]", text[u.end():u.end() + 3])) for u in uses)
        if named * 2 >= len(uses):  # "SAAM Welzijn": part of a name, not an abbreviation to explain
            continue
        # a passage can only hold a use where one of the forms is written: only those are counted
        written_at = [m.start() for m in re.finditer(alternatives, text)]
        best = None
        for start, end in passages:
            if bisect.bisect_left(written_at, end) == bisect.bisect_left(written_at, start):
                continue
            count = len(pattern.findall(text[start:end]))
            if count and (best is None or count > best[0]):
                best = (count, start, end)
        if best:
            written = [re.sub(r"['’]?s$", "", u.group(0)) if u.group(0)[:-1].isupper() else u.group(0) for u in uses]
            term = max(dict.fromkeys(written), key=lambda w: (written.count(w), w.isupper()))
            out.append(_entry(doc, term, "", best[1], best[2]))
    return out


def corpus_acronyms(texts: Iterable[str]) -> set[str]:
    """Tokens written in capitals somewhere in the corpus ("BIBOB", "VGGM"): abbreviation candidates."""
    found = set()
    for text in texts:
        for m in TOKEN.finditer(text):
            token = m.group("token")
            if sum(c.isalpha() for c in token) >= 2:
                found.add(token)
    return found


def extract_entries(doc: Document, acronyms: set[str] | None = None) -> list[GlossaryEntry]:
    """Glossary entries of one plan, best passage per term, in document order.

    ``acronyms``: capitalised tokens of the whole corpus, so that a plan that
    only writes "Bibob" still gets a usage entry when another writes "BIBOB".
    """
    passages = _passages(doc)
    expanded = _abbreviations(doc, passages) + _table_abbreviations(doc)
    defined = _defined_terms(doc, passages)
    entries: list[GlossaryEntry] = []
    seen: set[tuple[str, str]] = set()
    for entry in expanded + defined:
        key = (fold(entry.term), fold(entry.expansion))
        if key in seen or (not entry.expansion and any(k[0] == key[0] for k in seen)):
            continue
        seen.add(key)
        entries.append(entry)
    known = {k[0] for k in seen}
    candidates = corpus_acronyms([doc.text]) | (acronyms or set())
    entries.extend(_unexpanded(doc, passages, known, candidates))
    return sorted(entries, key=lambda e: (e.start, e.term))


# --------------------------------------------------------------------------- index level

def build_glossary(index: Index) -> "Glossary":
    """Every entry of every plan in the index (computed once per index build)."""
    def compute(index: Index) -> Glossary:
        docs = sorted(index.documents.values(), key=lambda d: (d.municipality, d.doc_id))
        acronyms = corpus_acronyms(d.text for d in docs)
        return Glossary.of(e for d in docs for e in extract_entries(d, acronyms))

    return index.derived("glossary", compute)


def _key(text: str) -> str:
    t = fold(text).strip().strip("\"'‘’“”?.!:")
    t = re.sub(r"^(?:de|het|een)\s+", "", t)
    t = re.sub(r"['’]s$", "", t)
    return re.sub(r"[^a-z0-9]+", " ", t).strip()


def _variants(text: str) -> set[str]:
    key = _key(text)
    out = {key}
    if key.endswith("s") and len(key) > 3:
        out.add(key[:-1])
    if key.endswith("en") and len(key) > 4:
        out.add(key[:-2])
    return out


@dataclass(frozen=True)
class Glossary:
    """The entries of a build, in order, with the keys ``lookup`` matches on indexed once: a lookup reads
    the entries of the asked term, not every entry of the collection (thousands at a few hundred plans)."""

    entries: tuple[GlossaryEntry, ...]
    term_keys: tuple[str, ...]  # _key(entry.term) per entry
    by_term: dict[str, tuple[int, ...]]  # a variant of an entry's term -> the entries
    by_expansion: dict[str, tuple[int, ...]]  # a variant of an entry's expansion -> the entries

    @classmethod
    def of(cls, entries: Iterable[GlossaryEntry]) -> "Glossary":
        entries = tuple(entries)
        by_term: dict[str, list[int]] = {}
        by_expansion: dict[str, list[int]] = {}
        for n, entry in enumerate(entries):
            for variant in _variants(entry.term):
                by_term.setdefault(variant, []).append(n)
            for variant in _variants(entry.expansion) if entry.expansion else ():
                by_expansion.setdefault(variant, []).append(n)
        return cls(entries, tuple(_key(e.term) for e in entries), {k: tuple(v) for k, v in by_term.items()},
                   {k: tuple(v) for k, v in by_expansion.items()})

    def __iter__(self):
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __getitem__(self, n):
        return self.entries[n]

    def lookup(self, term: str) -> list[GlossaryEntry]:
        """See ``lookup``."""
        wanted = _variants(term)
        if not wanted - {""}:
            return []
        asked = _key(term)
        named = {n for w in wanted for n in self.by_term.get(w, ())}
        spelled = {n for w in wanted for n in self.by_expansion.get(w, ())}
        scored = []
        for n in named | spelled:
            entry = self.entries[n]
            score = 3 if self.term_keys[n] == asked else 2 if n in named else 1
            scored.append((-score, 0 if entry.expansion else 1, n, entry))
        return [e for *_, e in sorted(scored, key=lambda x: x[:3])]


def lookup(entries: Iterable[GlossaryEntry], term: str) -> list[GlossaryEntry]:
    """Entries for ``term``, best first: case-insensitive, tolerant of plurals and possessives ("RIEC's").

    An exact term beats a plural variant, which beats a match on the expansion;
    entries that spell the term out come before usage-only ones.
    """
    glossary = entries if isinstance(entries, Glossary) else Glossary.of(entries)
    return glossary.lookup(term)
