"""A document's metadata: from its sidecar, or read from the document itself.

Users drop plans into the collection without writing a sidecar, so everything the
product needs is inferred from the text, in every format: the title (the CVDR
citation title, the title on the first page, or the title the file declares), the
municipality the plan goes by (the CVDR organisation, a known municipality in the
title, "Gemeente X" on the title page, the name the title and the text share), the
members of a joint plan ("Gemeenten Aarlebeek, Dommelrode en Heesveld"), the period,
the kind of document, and the plan facts (who adopted it and when, when it took
effect, where it was published, its legal basis) from ``assistant.ingest.facts``.
A sidecar (``<name>.meta.toml``) overrides any of these.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from assistant.config import DATA_DIR
from assistant.errors import DocumentError
from assistant.ingest.facts import YEAR_RANGE, Fact, FactField, FactOrigin, best, find_facts, header_region
from assistant.ingest.structure import BlockKind, Mark


class MetadataOrigin(StrEnum):
    """Where a document's metadata came from, most reliable first."""

    SIDECAR = "sidecar"
    HEADER = "header"
    TITLE = "title"
    FILENAME = "filename"


@dataclass(frozen=True)
class DocumentMetadata:
    municipality: str
    title: str
    period_start: int | None = None
    period_end: int | None = None
    adopted_by: str | None = None
    adopted_on: str | None = None
    in_force_from: str | None = None
    source: str | None = None
    metadata_origin: MetadataOrigin = MetadataOrigin.SIDECAR
    municipalities: tuple[str, ...] = ()  # every municipality a joint plan covers; empty: just ``municipality``
    kind: str | None = None  # the kind of document ("beleidsplan", "kadernota", …)
    legal_basis: str | None = None  # wettelijke grondslag
    valid_until: str | None = None  # ISO date: "Geldend … t/m"
    expired_on: str | None = None  # ISO date: "Regeling vervallen per"
    replaced_by: str | None = None  # the plan that took its place: "vervangen door het …"
    places: tuple[str, ...] = ()  # the villages and towns (kernen) of the municipality the plan names

    def covers(self, name: str) -> bool:
        """Whether the plan is about the municipality ``name``: the name it goes by, or one of its members."""
        return name == self.municipality or name in self.municipalities

    @property
    def indexed_name(self) -> str:
        """The municipality as chunk and sentence texts are prefixed with for embedding and search: a joint plan
        with its members, as a question names the member it is about ("Lindewaarde (Aarlebeek, Dommelrode,
        Heesveld)")."""
        unnamed = [m for m in self.municipalities
                   if not re.search(rf"(?<![\w-]){re.escape(m)}(?![\w-])", self.municipality)]
        # "Aardam en Beekrode" names its members already
        return f"{self.municipality} ({', '.join(self.municipalities)})" if unnamed else self.municipality

    @property
    def members(self) -> tuple[str, ...]:
        """The municipalities the plan is about (one, or the members of a joint plan)."""
        return self.municipalities or (self.municipality,)

    @property
    def period(self) -> str | None:
        """'2025-2028', or '2026' for a plan of one year."""
        if self.period_start and self.period_end and self.period_end != self.period_start:
            return f"{self.period_start}-{self.period_end}"
        return str(self.period_start) if self.period_start else None


# --------------------------------------------------------------------------- boilerplate

_BOILERPLATE_LINES = (
    re.compile(r"^Ziet u een fout in deze regeling\?.*$", re.M),
)


def excluded_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of publication boilerplate that must not become chunks (the CVDR header: its facts are cited apart)."""
    spans: list[tuple[int, int]] = []
    for pattern in _BOILERPLATE_LINES:
        spans.extend((m.start(), m.end()) for m in pattern.finditer(text))
    region = header_region(text)
    if region is not None:
        start, end = region
        end += len("Tekst van de regeling")
        intitule = re.match(r"\s*Intitulé\s*\n", text[end:])
        if intitule:
            end += intitule.end()
        spans.append((start, end))
    return tuple(sorted(spans))


def cvdr_header(text: str) -> dict[str, str]:
    """Fields of an overheid.nl (CVDR) export header, if the text has one (facts of origin 'header')."""
    out: dict[str, str] = {}
    for fact in find_facts(text):
        if fact.origin == FactOrigin.HEADER and str(fact.field) not in out:
            out[str(fact.field)] = fact.value
    if "signed_on" in out:
        out.setdefault("adopted_on", out["signed_on"])
    if "source" in out:
        out["source"] = _source_text(out["source"], FactOrigin.HEADER)
    return out


def _source_text(value: str, origin: FactOrigin) -> str:
    if origin == FactOrigin.HEADER and not value.lower().startswith("gemeenteblad"):
        return f"CVDR (overheid.nl), Gemeenteblad {value}"
    return value


# --------------------------------------------------------------------------- title

_PLAN_WORDS = re.compile(r"beleid|plan|nota|visie|programma|agenda|kader|analyse|verordening|aanpak|strategie", re.I)
_JUNK_TITLE = re.compile(r"^(?:microsoft\s+\w+\s*-|untitled|naamloos|document\d*$|titel$|title$|"
                         r"(?:microsoft\s+)?(?:word|google\s+docs?)(?:[\s-]+(?:document|bestand))?$)|\.(?:docx?|pdf|odt|rtf)$",
                         re.I)
_MARKUP = re.compile(r"^[#>*_\s]+|[*_\s]+$")
MAX_TITLE_CHARS = 150
TITLE_LINES = 8  # the title is among the first lines of a plan


# the number of a heading or of an agenda item before a title ("9. Integraal Veiligheidsplan …" on a council
# system's page for agenda item 9)
_NUMBERED = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=(?-i:[A-Z]))")


def clean_title(line: str) -> str:
    """A title line without markup, numbering, quotes or trailing punctuation.

    >>> clean_title("9. Integraal Veiligheidsplan Moerstad 2026-2029"), clean_title("## 2025-2028: Veilig samen")
    ('Integraal Veiligheidsplan Moerstad 2026-2029', '2025-2028: Veilig samen')
    """
    text = _NUMBERED.sub("", _MARKUP.sub("", " ".join(line.split())))
    text = text.strip(" \"'‘’“”:|-–").strip()
    for opening, closing in _QUOTE_PAIRS:  # a motto's closing quote stays: "… 2023-2026: ‘Veilig in het Heuvelland’"
        if text.count(opening) > text.count(closing) and line.rstrip().endswith(closing):
            text += closing
    return text


_QUOTE_PAIRS = (("‘", "’"), ("“", "”"))


def _title_ok(title: str) -> bool:
    return bool(title) and len(title) <= MAX_TITLE_CHARS and not _JUNK_TITLE.search(title) and bool(re.search(r"[^\W\d_]{3}", title))


def _is_plan_title(title: str) -> bool:
    return bool(YEAR_RANGE.search(title) or _PLAN_WORDS.search(title))


def _declared(title: str) -> str:
    """The title a file declares, without a site or organisation after a separator ('… | Gemeente X')."""
    parts = [clean_title(p) for p in re.split(r"\s+[|·]\s+|\s+[-–—]\s+", title) if clean_title(p)]
    planned = [p for p in parts if _is_plan_title(p) and _title_ok(p)]
    return planned[0] if planned else (parts[0] if parts and _title_ok(parts[0]) else "")


def _first_lines(text: str, excluded: tuple[tuple[int, int], ...]) -> list[str]:
    out, offset = [], 0
    for line in text[:6000].splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        stripped = clean_title(line)
        if not stripped or any(a <= start < b for a, b in excluded):
            continue
        if len(stripped) > MAX_TITLE_CHARS:
            if "\t" in line.strip():
                continue  # a row of a cover page's layout table (cells apart by tabs), not the body's first text
            break
        out.append(stripped)
        if len(out) >= TITLE_LINES:
            break
    return out


_SECTION_HEADING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]\.|hoofdstuk\s+\d+)\s+\S", re.I)  # "1.1 Aanleiding"
_MOTTO = re.compile(r"^[\"“‘'][^\"“”‘’']{3,60}[\"”’']$")  # a plan's name in quotes: "Feilich Greidlân"


def _with_motto(title: str, text: str, end: int) -> str:
    """The title with the quoted motto on the line right below it ('… 2015-2018 "Samen veilig"')."""
    m = re.match(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*([^\n]+)", text[end:])
    if m and _MOTTO.match(m.group(1).strip()) and m.group(1).strip().strip("\"“”‘’'") not in title:
        return f"{title} {m.group(1).strip()}"
    return title


def _visible_title(text: str, excluded: tuple[tuple[int, int], ...], marks: tuple[Mark, ...]) -> str | None:
    """The title as the first page shows it: the first heading a format marks, else the first plan-like line,
    with the motto in quotes that stands right below it."""
    for mark in marks[:TITLE_LINES]:
        if mark.kind == BlockKind.HEADING:
            title = clean_title(text[mark.start:mark.end])
            if _SECTION_HEADING.match(title) or title.endswith("?"):
                continue  # "1.1 Waarom een veiligheidsplan?" is a section of the plan, not its title
            if _title_ok(title) and _is_plan_title(title):
                return _with_motto(title, text, mark.end)
    lines = [line for line in _first_lines(text, excluded) if _title_ok(line)]
    chosen = next((line for line in lines if _is_plan_title(line) and not re.match(r"(?i)gemeenten?\b", line)),
                  lines[0] if lines else None)
    if chosen is None:
        return None
    position = next((m.end() for m in re.finditer(r"[^\n]+", text[:6000]) if clean_title(m.group(0)) == chosen), None)
    return _with_motto(chosen, text, position) if position is not None else chosen


def _named(title: str | None, municipality: str | None) -> bool:
    return bool(title and municipality and re.search(rf"(?<![\w-]){re.escape(municipality)}(?![\w-])", title))


# --------------------------------------------------------------------------- municipality

_ONE_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
# A title of a plan for one year: "Uitvoeringsprogramma Veiligheid 2026", "Jaarplan 2025", "Programma Veiligheid 2026"
# (not "Veiligheidsvisie 2030" or "Integraal Veiligheidsplan 2019", a horizon or the year it was made)
_ANNUAL = re.compile(r"\b(?:\w*programma|jaar\w+|\w*uitvoerings\w+|actieplan)\b", re.I)
_GEMEENTE = re.compile(r"\bgemeente\s+([A-Z][\w'’-]+(?:[ -](?:aan|op|den|de|der|en|in|a/d)\s+[A-Z][\w'’-]+)?)")
_NAME = r"[A-Z][\w'’-]+(?:\s+(?:aan|op|den|de|der|en|in|a/d|van)\s+[A-Z][\w'’-]+)?"
_MEMBERS = re.compile(rf"\b[Gg]emeenten\s+(?P<names>{_NAME}(?:\s*,\s*{_NAME})*\s+en\s+{_NAME})")
_GOVERNED = re.compile(r"\b(?:gemeenteraad|burgemeester|college|inwoners)\s+van\s+(?-i:([A-Z][\w'’-]+))")
_REGION = re.compile(r"\b(?:Regio|regio)\s+([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)")
_GENERIC_TITLE_WORDS = {"regio", "gemeente", "gemeenten", "integraal", "integrale", "veiligheid", "veilig", "samen",
                        "de", "het", "een", "van", "voor", "en", "in", "op", "met", "over"}
NAME_MENTIONS = 3  # a word of the title that the text repeats this often is the plan's place name
_NAME_PARTICLES = {"aan", "op", "den", "de", "der", "en", "in", "van", "bij", "a/d"}


@lru_cache(maxsize=1)
def known_municipalities() -> tuple[str, ...]:
    """The Dutch municipalities of ``data/gemeenten.txt``, longest name first."""
    names = [line.strip() for line in (DATA_DIR / "gemeenten.txt").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    return tuple(sorted(names, key=len, reverse=True))


def _known_in(title: str) -> str | None:
    for name in known_municipalities():
        if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", title):
            return name
    return None


def _name_shared(title: str, text: str) -> str | None:
    """A proper name in the title that the text repeats ('Integraal Veiligheidsplan Zandermeer 2025-2028')."""
    for m in re.finditer(r"[A-Z][\w'’-]+", title):
        word = m.group(0)
        if word.lower() in _GENERIC_TITLE_WORDS or _PLAN_WORDS.search(word):
            continue
        if re.search(r"\b(?:het|de)\s+$", title[:m.start()]):
            continue  # "Veilig in het Heuvelland", "de Peel": a landscape or region, which takes an article
        if len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)) >= NAME_MENTIONS:
            return word
    return None


def _municipality_from_text(text: str) -> str | None:
    """The place the text calls 'gemeente X', else the one whose council, mayor or residents it names most."""
    counts = Counter(m.group(1) for m in _GEMEENTE.finditer(text[:20000]))
    if not counts:
        counts = Counter(m.group(1) for m in _GOVERNED.finditer(text[:20000]))
    return counts.most_common(1)[0][0] if counts else None


def joint_members(text: str) -> tuple[str, ...]:
    """The member municipalities a joint plan names on its title page ('Gemeenten A, B en C')."""
    m = _MEMBERS.search(text[:1500])
    if not m:
        return ()
    names = re.split(r"\s*,\s*|\s+en\s+(?=[A-Z])", m.group("names"))
    return tuple(dict.fromkeys(n.strip() for n in names if n.strip()))


_PLACE_NAME = r"(?-i:[A-Z])[\w'’]+(?:[ -](?:(?-i:[A-Z])[\w'’]+|aan|op|den|de|der|in)(?=[ -]|\b))*"
_KERNEN = re.compile(r"\b(?:(?:woon|kerk)?kernen|(?:kerk)?dorpen|woonplaatsen)\s*(?::\s*|\s+(?=(?-i:[A-Z])))(?P<names>" + _PLACE_NAME + r"(?:\s*\([^()\n]{1,40}\))?"
                     r"(?:\s*(?:,|\ben\b)\s*" + _PLACE_NAME + r"(?:\s*\([^()\n]{1,40}\))?)+)", re.I)
PLACES_ZONE = 20000  # a plan describes its municipality and its kernen near the start
# "vijf dorpen: Dorrewaard (9.780), Hesselterp (4.230) …", "De grootste kern is X zelf (16.120 inwoners), gevolgd door
# Lutterbroek (6.340) en …": names with their population, in a sentence about the municipality's villages
_SETTLEMENTS = re.compile(r"\b(?:(?:woon|kerk)?kern(?:en)?|(?:kerk)?dorp(?:en)?|woonplaatsen|buurtschappen)\b", re.I)
_POPULATED = re.compile(r"(?P<name>" + _PLACE_NAME + r")(?:\s+zelf)?\s*\(\s*(?P<size>\d{1,3}(?:\.\d{3})*(?:\s*inwoners)?)\s*\)")
_TOWN_SIZE = re.compile(r"\.|inwoners")  # a population in thousands or in inhabitants, not a count of members
_SENTENCE_END = re.compile(r"[.!?](?=\s+(?-i:[A-Z])|\s*$)")
MIN_POPULATED = 2  # one name with a number is a figure; two or more in a row are the villages listed
# a village described in a sentence of its own: "Heidebrink is het jongste dorp.", "Drieslag is van oudsher een
# boerendorp.", "Oud-Wolde, het kleinste dorp, heeft …"
_DESCRIBED = re.compile(r"^(?P<name>" + _PLACE_NAME + r")(?:\s+zelf)?(?:\s+is(?:\s+\w+){0,3}?|\s*,)\s+(?:het|een)\s+"
                        r"(?:[\w-]+\s+){0,2}?[\w-]*(?:dorp|kern|woonkern|kerkdorp)\b")
# a table of the kernen: a header row whose first cell names them ("Kern<TAB>Inwoners"), a row per kern under it
_KERN_TABLE = re.compile(r"^(?:(?:woon)?kern(?:en)?|(?:kerk)?dorp(?:en)?|woonplaats(?:en)?)\t[^\n]*\n(?P<rows>(?:[^\n\t]+\t[^\n]*(?:\n|$))+)",
                         re.I | re.M)
# a line (or list item) per kern with its population: "Keversloot – 2.760 inwoners; agrarisch, …",
# "De Haspel: ongeveer 640 inwoners"
_POPULATED_LINE = re.compile(r"^[ \t]*(?:[-*•·]\s+)?(?P<name>" + _PLACE_NAME + r")\s*[–—:,-]\s*(?:(?:ongeveer|circa|ca\.|"
                             r"ruim|bijna|zo['’]n|rond)\s+)?\d{1,3}(?:\.\d{3})*\s+inwoners\b", re.M)
# the kernen table as a PDF's text layer gives it: the header's cells on one line ("Kern Inwoners"), then lines of
# name-and-number pairs ("Grevenmeer 14.720 Oosterrak 5.310 Schermwoude 3.880")
_KERN_PAIRS = re.compile(r"^(?:woon)?kern(?:en)?[ \t]+inwoners(?:aantal)?[ \t]*\n(?P<rows>(?:\s*(?:" + _PLACE_NAME
                         + r"[ \t]+\d{1,3}(?:\.\d{3})*[ \t]*)+\n)+)", re.I | re.M)
_PAIR = re.compile(r"(?P<name>" + _PLACE_NAME + r")[ \t]+\d{1,3}(?:\.\d{3})*")
_NOT_KERNEN = {"totaal", "gemeente", "overig", "overige", "buitengebied", "gemiddeld"}
_NOT_NAMES = {"het", "de", "dit", "dat", "deze", "die", "er", "ons", "onze", "ook", "hier", "daar", "een", "elk", "ieder",
              "wat", "welk", "welke", "zo"}


def plan_places(text: str, municipality: str = "") -> tuple[str, ...]:
    """The kernen a plan lists ("bestaat uit vijf kernen: Eikenveen (19.870 inwoners), Lieshorst (7.310), …",
    "de kernen Oosterveen en Hulsdijk"), the municipality's own name left out.

    >>> plan_places("Eikenveen bestaat uit vijf kernen: Eikenveen (19.870 inwoners), Lieshorst (7.310), "
    ...             "Sint-Agathaveld (4.280) en Heibroek (2.360).", "Eikenveen")
    ('Lieshorst', 'Sint-Agathaveld', 'Heibroek')
    >>> plan_places("daarnaast zijn er vier kernen: Wijhoven (7.900), Ter Haar (4.300) en Kolkwerd (1.500).")
    ('Wijhoven', 'Ter Haar', 'Kolkwerd')
    >>> plan_places("Naast de stad horen de dorpen Rietveld en Nieuw-Holt bij de gemeente.")
    ('Rietveld', 'Nieuw-Holt')
    >>> plan_places("De grootste kern is Korvelde zelf (16.120 inwoners), gevolgd door Lutterbroek (6.340) en "
    ...             "Elsveen (1.470).", "Korvelde")
    ('Lutterbroek', 'Elsveen')
    >>> plan_places("Wolde telt 9.870 inwoners. Heidebrink is het jongste dorp. Drieslag is van oudsher een boerendorp. "
    ...             "Oud-Wolde, het kleinste dorp, heeft de oudste bevolking. Het is een dorp met veel ouderen.", "Wolde")
    ('Heidebrink', 'Drieslag', 'Oud-Wolde')
    >>> plan_places("De gemeente bestaat uit drie kernen:\\n\\nKern\\tInwoners\\nWolde\\t9.870\\nHoltmaten\\t7.105\\n"
    ...             "Kleine Veen\\t1.940\\nTotaal\\t18.915\\n\\nTekst.", "Wolde")
    ('Holtmaten', 'Kleine Veen')
    >>> plan_places("De kernen:\\n\\nWolde – 9.870 inwoners; hoofdkern\\nSint-Holt – 4.230 inwoners; glastuinbouw\\n"
    ...             "De Heide – ongeveer 640 inwoners; buurtschap\\n", "Wolde")
    ('Sint-Holt', 'De Heide')
    >>> plan_places("Kern Inwoners\\n\\nWolde 9.870 Holt 5.310 Kleine Veen 1.940\\n\\nTotaal 17.120\\n\\nTekst.", "Wolde")
    ('Holt', 'Kleine Veen')
    >>> plan_places("Wolde – 9.870 inwoners. Het is een stad.", "Zolde")  # one line with a number is a figure
    ()
    """
    found: list[str] = []

    def add(name: str) -> None:
        name = name.strip()
        if name and name != municipality and name not in found:
            found.append(name)

    zone = text[:PLACES_ZONE]
    for m in _KERNEN.finditer(zone):
        names = re.sub(r"\([^()]*\)", ",", m.group("names"))
        for name in re.split(r"\s*,\s*(?:en\s+)?|\s+en\s+", names):
            add(name)
    for m in _KERN_TABLE.finditer(zone):
        for row in m.group("rows").splitlines():
            name = row.split("\t", 1)[0].strip()
            if re.fullmatch(_PLACE_NAME, name) and name.lower() not in _NOT_KERNEN:
                add(name)
    for m in _KERN_PAIRS.finditer(zone):
        for pair in _PAIR.finditer(m.group("rows")):
            if pair.group("name").lower() not in _NOT_KERNEN:
                add(pair.group("name"))
    lines = [m.group("name") for m in _POPULATED_LINE.finditer(zone) if m.group("name").lower() not in _NOT_KERNEN]
    if len(lines) >= MIN_POPULATED:
        for name in lines:
            add(name)
    start = 0
    for end in [m.end() for m in _SENTENCE_END.finditer(zone)] + [len(zone)]:
        sentence, start = zone[start:end], end
        if _SETTLEMENTS.search(sentence):
            found_here = list(_POPULATED.finditer(sentence))
            named = [m.group("name") for m in found_here]
            if len(named) >= MIN_POPULATED and any(_TOWN_SIZE.search(m.group("size")) for m in found_here):
                for name in named:
                    add(name)
        described = _DESCRIBED.match(sentence.strip())
        if described and described.group("name").split()[0].lower() not in _NOT_NAMES:
            add(described.group("name"))
    return tuple(found)


def name_from_stem(stem: str) -> str:
    """'bergen-op-zoom' -> 'Bergen op Zoom' (Dutch particles stay lower case, as in the official names)."""
    parts = re.sub(r"[_-]+", " ", stem).split()
    return " ".join(p.lower() if i and p.lower() in _NAME_PARTICLES else p[:1].upper() + p[1:].lower()
                    for i, p in enumerate(parts)) or "Onbekend"


# --------------------------------------------------------------------------- kind

GENERIC_KIND = "beleidsplan"  # what any plan, nota or programme is called when no more specific kind is named
_KINDS = (
    ("uitvoeringsprogramma", r"uitvoerings(?:programma|agenda|plan)|jaarprogramma|jaarplan|actieplan|jaarschijf"),
    ("kadernota", r"kadernota"),
    ("veiligheidsanalyse", r"veiligheids(?:analyse|beeld)"),
    ("evaluatie", r"evaluatie|jaarverslag|voortgangsrapportage"),
    ("verordening", r"verordening"),
    ("raadsvoorstel", r"raadsvoorstel|raadsbesluit"),
    (GENERIC_KIND, r"plan|beleid|nota|visie|programma|kader|strategie"),
)


def named_kinds(text: str) -> set[str]:
    """Every kind of document a text names, the generic one left out ("de kadernota", "het raadsvoorstel")."""
    return {kind for kind, pattern in _KINDS if kind != GENERIC_KIND and re.search(pattern, text, re.I)}


def document_kind(title: str) -> str | None:
    """The kind of document its title names (the earliest kind word wins: 'Uitvoeringsprogramma … beleid').

    >>> document_kind("Kadernota Integrale Veiligheid 2023-2026"), document_kind("Integraal Veiligheidsplan 2024")
    ('kadernota', 'beleidsplan')
    """
    found = []
    for order, (kind, pattern) in enumerate(_KINDS):
        m = re.search(pattern, title, re.I)
        if m:
            found.append((m.start(), order, kind))
    return min(found)[2] if found else None


# --------------------------------------------------------------------------- inference

def infer_metadata(text: str, file_name: str, marks: tuple[Mark, ...] = (), declared_title: str = "",
                   facts: tuple[Fact, ...] | None = None) -> DocumentMetadata:
    """Metadata without a sidecar, from the text (and what its format declares)."""
    facts = find_facts(text) if facts is None else facts
    excluded = excluded_spans(text)
    stem = Path(file_name).name.split(".")[0]
    cited = best(facts, FactField.CITATION_TITLE)
    origin = MetadataOrigin.HEADER if cited and cited.origin == FactOrigin.HEADER else MetadataOrigin.TITLE
    title = cited.value if origin == MetadataOrigin.HEADER else None
    if not title:
        title = _visible_title(text, excluded, marks)
        declared = _declared(declared_title) if declared_title else ""
        if declared and (not title or (not _is_plan_title(title) and _is_plan_title(declared))):
            title = declared
            declared = ""
    organisation = best(facts, FactField.ORGANISATION)
    municipality = None
    if organisation and organisation.origin == FactOrigin.HEADER:
        municipality = organisation.value
    if not municipality and title:
        m = _GEMEENTE.search(title)
        municipality = _known_in(title) or (m.group(1) if m else None)
    if not municipality and organisation:
        municipality = organisation.value
    if not municipality and declared_title:  # the page's own title: "Veiligheidsplan 2025-2028 | Gemeente X"
        m = _GEMEENTE.search(declared_title.replace("Gemeente ", "gemeente "))
        municipality = _known_in(declared_title) or (m.group(1) if m else None)
    if not municipality and title:
        municipality = _name_shared(title, text)
    municipality = municipality or _municipality_from_text(text)
    if origin == MetadataOrigin.TITLE and declared and _is_plan_title(declared) and _named(declared, municipality) \
            and not _named(title, municipality):
        title = declared  # the file's own title names the place the page title leaves out
    members = joint_members(text)
    if members and len(members) >= 2:
        region = _REGION.search(title or "")
        if region:
            municipality = region.group(1)
        elif not municipality or municipality in members:
            municipality = " en ".join([", ".join(members[:-1]), members[-1]])
    else:
        members = ()
    if not title:
        origin = MetadataOrigin.FILENAME
        title = re.sub(r"[_-]+", " ", stem).strip().capitalize() or stem
    if not municipality:
        origin = MetadataOrigin.FILENAME
        municipality = name_from_stem(stem)
    years = YEAR_RANGE.search(title or "")
    period = f"{years.group(1)}-{years.group(2)}" if years else None
    stated = best(facts, FactField.PERIOD)
    year = None if years or not _ANNUAL.search(title or "") else _ONE_YEAR.search(title or "")
    if year and not (stated and stated.value.startswith(year.group(1))):
        # "Uitvoeringsprogramma Veiligheid 2026": a plan of one year; a period its text states that starts in
        # another year is that of the plan it works out ("de Kadernota … 2024-2027")
        period = f"{year.group(1)}-{year.group(1)}"
    if period is None and stated:
        period = stated.value
    start, end = (int(y) for y in period.split("-")) if period else (None, None)

    def value(field: FactField) -> str | None:
        fact = best(facts, field)
        return fact.value if fact else None

    adopted = best(facts, FactField.ADOPTED_ON)
    adopted_on = adopted.value if adopted else value(FactField.SIGNED_ON)
    adopted_by = value(FactField.ADOPTED_BY)
    joint_dates = {f.value for f in facts if f.field == FactField.ADOPTED_ON and adopted and f.start == adopted.start}
    if members and len(joint_dates) > 1:  # each member's council adopted the joint plan: adopted once all have
        adopted_on = max(joint_dates)
        adopted_by = "gemeenteraden" if adopted_by == "gemeenteraad" else adopted_by
    source = best(facts, FactField.SOURCE)
    return DocumentMetadata(
        municipality=municipality,
        title=title,
        period_start=start,
        period_end=end,
        adopted_by=adopted_by,
        adopted_on=adopted_on,
        in_force_from=value(FactField.IN_FORCE_FROM),
        source=_source_text(source.value, source.origin) if source else None,
        metadata_origin=origin,
        municipalities=members,
        kind=document_kind(title),
        legal_basis=value(FactField.LEGAL_BASIS),
        valid_until=value(FactField.VALID_UNTIL),
        expired_on=value(FactField.EXPIRED_ON),
        replaced_by=value(FactField.REPLACED_BY),
        places=plan_places(text, municipality),
    )


# --------------------------------------------------------------------------- sidecars

def read_sidecar(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise DocumentError(f"{path.name}: invalid metadata file ({exc})",
                            f"‘{path.name}’: het metadatabestand is ongeldig.") from exc


def merge_metadata(inferred: DocumentMetadata, sidecar: dict, name: str = "metadata") -> DocumentMetadata:
    """The inferred metadata with every field the sidecar gives replaced (empty values give nothing)."""
    allowed = {f for f in DocumentMetadata.__dataclass_fields__ if f != "metadata_origin"}
    values = {k: v for k, v in sidecar.items() if k in allowed and v not in (None, "", [])}
    for key in ("period_start", "period_end"):
        if key in values:
            try:
                values[key] = int(values[key])
            except (TypeError, ValueError) as exc:
                raise DocumentError(f"{name}: {key} must be a year, not {values[key]!r}",
                                    f"‘{name}’: {key} moet een jaartal zijn, niet {values[key]!r}.") from exc
    for key in ("municipalities", "places"):
        if key in values:
            items = [values[key]] if isinstance(values[key], str) else values[key]
            if not isinstance(items, list) or not all(isinstance(m, str) and m.strip() for m in items):
                raise DocumentError(f"{name}: {key} must be a list of names, not {values[key]!r}",
                                    f"‘{name}’: {key} moet een lijst met namen zijn.")
            values[key] = tuple(m.strip() for m in items)
    for key, value in values.items():
        if key not in ("period_start", "period_end", "municipalities", "places"):
            values[key] = str(value)  # TOML dates and numbers become the strings the rest of the code expects
    return replace(inferred, **values, metadata_origin=MetadataOrigin.SIDECAR) if values else inferred


# --------------------------------------------------------------------------- status

class PlanStatus(StrEnum):
    """Whether a plan still applies (shown on the management page, the plan cards and in the reader)."""

    CURRENT = "actueel"
    EXPIRED = "verlopen"


def iso_day(value: str | None) -> date | None:
    """An ISO date string as a date (None when absent or malformed)."""
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def plan_status(metadata: DocumentMetadata, today: date) -> PlanStatus:
    """Expired once the plan has been withdrawn ("Regeling vervallen per …" on or before ``today``) or its
    period ended before this year; otherwise current, also when nothing is known about its period.

    >>> plan_status(DocumentMetadata("Dalfsen", "Plan", 2019, 2022), date(2026, 12, 1))
    <PlanStatus.EXPIRED: 'verlopen'>
    >>> plan_status(DocumentMetadata("Dalfsen", "Plan", 2019, 2026), date(2026, 12, 1))
    <PlanStatus.CURRENT: 'actueel'>
    """
    withdrawn = iso_day(metadata.expired_on)
    if withdrawn is not None and withdrawn <= today:
        return PlanStatus.EXPIRED
    if metadata.period_end and metadata.period_end < today.year:
        return PlanStatus.EXPIRED
    return PlanStatus.CURRENT
