"""Facts about the plan itself, each with the span of the text that states it.

Who adopted a plan and when, when it took effect and until when it applies, where it
was published, its legal basis, its citation title and period: these are stated in
set phrases that municipalities share. The overheid.nl (CVDR) export has them in its
"Wetstechnische informatie" header (``OrganisatieBrakelveen``, ``Vastgesteld
doorgemeenteraad``, a table of dates); council decisions close with "Aldus vastgesteld
in de openbare vergadering van de raad …, gehouden op 14 december 2023."; title pages
and colophons say "Vastgesteld door de gemeenteraad op 27 maart 2025". ``find_facts``
reads them from any text; the span of each fact is a quotable line or sentence
(``text[start:end]``), so an answer about the plan can cite it.

    >>> text = "Veiligheidsplan 2024-2027\\n\\nVastgesteld door de gemeenteraad op 27 maart 2025\\n"
    >>> [(str(f.field), f.value, text[f.start:f.end]) for f in find_facts(text)]  # doctest: +NORMALIZE_WHITESPACE
    [('period', '2024-2027', 'Veiligheidsplan 2024-2027'),
     ('adopted_by', 'gemeenteraad', 'Vastgesteld door de gemeenteraad op 27 maart 2025'),
     ('adopted_on', '2025-03-27', 'Vastgesteld door de gemeenteraad op 27 maart 2025')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from assistant.ingest.structure import split_sentences


class FactField(StrEnum):
    """What a fact says about the plan."""

    ADOPTED_BY = "adopted_by"
    ADOPTED_ON = "adopted_on"
    SIGNED_ON = "signed_on"
    IN_FORCE_FROM = "in_force_from"
    VALID_UNTIL = "valid_until"
    EXPIRED_ON = "expired_on"
    REPLACED_BY = "replaced_by"  # the plan that took its place ("vervangen door het … 2022-2025")
    PREDECESSOR = "predecessor"  # the plan it follows ("Vorig plan: …", "Het plan volgt het … 2021-2025 op")
    LEGAL_BASIS = "legal_basis"
    SOURCE = "source"  # where it was published (bekendmaking: Gemeenteblad)
    DECISION_NUMBER = "decision_number"  # the number of the council's decision or proposal ("raadsbesluit 2026-007")
    CITATION_TITLE = "citation_title"
    ORGANISATION = "organisation"
    PERIOD = "period"  # "2024-2027"
    BUDGET = "budget"  # the money for carrying out the plan as a whole ("€ 286.000 per jaar")


class FactOrigin(StrEnum):
    """Where in the document a fact was found, most authoritative first."""

    HEADER = "header"  # the CVDR "Wetstechnische informatie" block
    CLOSING = "closing"  # the closing formula of a decision ("Aldus vastgesteld …")
    STATEMENT = "statement"  # a sentence or line of the plan ("Vastgesteld door de gemeenteraad op …")
    # an adoption that passes the plan on to the raad ("Vastgesteld door het college op … en aangeboden aan de
    # gemeenteraad"): a step before the raad's own, which wins where the plan states it
    PROPOSAL = "proposal"
    NOT_STATED = "not_stated"  # a header field the publisher left unknown ("Onbekend"): cited when asked, never a value


@dataclass(frozen=True)
class Fact:
    field: FactField
    value: str  # normalised: an ISO date, a period "2024-2027", a body ("gemeenteraad"), a text
    start: int  # text[start:end] states the fact
    end: int
    origin: FactOrigin = FactOrigin.STATEMENT


MONTHS = {"januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
          "september": 9, "oktober": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "febr": 2, "mrt": 3,
          "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE = rf"(?:\d{{1,2}}[-./]\d{{1,2}}[-./](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d|\d{{1,2}}\s+(?:{_MONTH})\.?\s+(?:19|20)\d\d)"
_DATE_RE = re.compile(DATE, re.I)
YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*(?:[-–—/]|t/m|tot en met|tot)\s*((?:19|20)\d\d)\b")
MAX_PERIOD_YEARS = 12

# Who adopts: the body as written -> its normal name.
_BODIES = [
    (r"gemeenteraden", "gemeenteraden"),
    (r"(?:gemeente)?raad", "gemeenteraad"),
    (r"college\s+van\s+(?:burgemeester\s+en\s+wethouders|b\s*&\s*w|b\s*en\s*w)|college|burgemeester\s+en\s+wethouders|b\s*&\s*w",
     "college van burgemeester en wethouders"),
    (r"burgemeester", "burgemeester"),
    (r"algemeen\s+bestuur", "algemeen bestuur"),
    (r"dagelijks\s+bestuur", "dagelijks bestuur"),
]
BODY = "(?:" + "|".join(p for p, _ in _BODIES) + ")"
_PREVIOUS = re.compile(r"\b(?:vorige?|voorgaande?|eerdere?|eerste|oude)\b", re.I)
_YEARLY_WORDS = r"jaarlijks|elk\s+jaar|ieder\s+jaar"
_HABITUAL = re.compile(r"\b(?:wordt|worden|" + _YEARLY_WORDS + r")\b", re.I)
_YEARLY = re.compile(r"\b(?:" + _YEARLY_WORDS + r")\b", re.I)
_PLAN_WORD = re.compile(r"plan|beleid|nota|programma|visie|agenda|kader", re.I)


def iso_date(written: str) -> str | None:
    """'14 december 2023', '14-12-2023', '2023-12-14' -> '2023-12-14' (None when it is no date).

    >>> iso_date("14 december 2023"), iso_date("1-1-2024"), iso_date("31 februari 2024")
    ('2023-12-14', '2024-01-01', None)
    """
    text = written.strip().lower().rstrip(".")
    try:
        m = re.fullmatch(r"((?:19|20)\d\d)-(\d\d)-(\d\d)", text)
        if m:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        m = re.fullmatch(r"(\d{1,2})[-./](\d{1,2})[-./]((?:19|20)\d\d)", text)
        if m:
            return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
        m = re.fullmatch(rf"(\d{{1,2}})\s+({_MONTH})\.?\s+((?:19|20)\d\d)", text)
        if m:
            return date(int(m[3]), MONTHS[m[2]], int(m[1])).isoformat()
    except ValueError:
        return None
    return None


def body_name(written: str) -> str:
    """'de raad' -> 'gemeenteraad', 'burgemeester en wethouders' -> 'college van burgemeester en wethouders'."""
    text = " ".join(written.lower().split())
    text = re.sub(r"^(?:de|het)\s+", "", text)
    for pattern, name in _BODIES:
        if re.fullmatch(pattern, text):
            return name
    return text


def successor(written: str) -> str | None:
    """The name of the plan that replaced another, as written ("het Integraal Veiligheidsbeleid Wilgendaal
    2022-2025" -> "Integraal Veiligheidsbeleid Wilgendaal 2022-2025"); None when it names no plan.

    >>> successor("het Veiligheidsplan Proefdam 2028-2031"), successor("de nieuwe camera's")
    ('Veiligheidsplan Proefdam 2028-2031', None)
    """
    name = re.sub(r"^(?:het|de)\s+", "", " ".join(written.split()), flags=re.I)
    return name if any(_PLAN_WORD.search(word) for word in name.split()) else None


def period_value(first: str, last: str) -> str | None:
    a, b = int(first), int(last)
    return f"{a}-{b}" if 0 <= b - a <= MAX_PERIOD_YEARS else None


# --------------------------------------------------------------------------- spans

def _lines(text: str, start: int = 0, end: int | None = None):
    """(start, end, stripped line) of every non-empty line in text[start:end]."""
    end = len(text) if end is None else end
    offset = start
    for raw in text[start:end].split("\n"):
        lead = len(raw) - len(raw.lstrip())
        stripped = raw.strip()
        if stripped:
            yield offset + lead, offset + lead + len(stripped), stripped
        offset += len(raw) + 1


def _statement(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (within its line, or the lines a hard-wrapped paragraph continues it on) around
    text[start:end]: what a citation of the fact quotes."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    while _continued(text, line_start, line_end):  # "… dat de raad in 2023 met\neen jaar heeft verlengd …"
        following = text.find("\n", line_end + 1)
        line_end = len(text) if following < 0 else following
    while line_start > 0:
        before = text.rfind("\n", 0, line_start - 1) + 1
        if not _continued(text, before, line_start - 1):
            break
        line_start = before
    for a, b in split_sentences(text, line_start, line_end):
        if a <= start and end <= b:
            return a, b
    segment = text[line_start:line_end]
    lead = len(segment) - len(segment.lstrip())
    return line_start + lead, line_start + len(segment.rstrip())


# a line break inside a sentence of a hard-wrapped paragraph: a long line that ends in a word or a comma, and a next
# line that goes on in lower case (a short line is a field's label or value: "Looptijd: 2025-2028\nbijgewerkt …")
_WRAPPED_BREAK = re.compile(r"(?<=[a-zà-ÿ,])\n(?=[ \t]*[a-zà-ÿ])")
MIN_WRAPPED_LINE = 40  # characters of a line that a plain-text export wrapped (they wrap at 60 to 80)


def _continued(text: str, line_start: int, line_end: int) -> bool:
    """Whether the line text[line_start:line_end] goes on, in the same sentence, on the next line."""
    return line_end - line_start >= MIN_WRAPPED_LINE and bool(_WRAPPED_BREAK.match(text, line_end))


# --------------------------------------------------------------------------- the CVDR header

_GLUED = [  # label glued to its value on one line, longest label first
    ("Officiële naam regeling", FactField.CITATION_TITLE),
    ("Organisatietype", None),
    ("Organisatie", FactField.ORGANISATION),
    ("Citeertitel", FactField.CITATION_TITLE),
    ("Vastgesteld door", FactField.ADOPTED_BY),
]
_SECTIONS = ("Opmerkingen met betrekking tot de regeling", "Wettelijke grondslag", "Overzicht van in de tekst verwerkte",
             "Tekst van de regeling", "Gegevens van de regeling", "Wetstechnische informatie", "Gegevens van de publicatie")
_TABLE_LABELS = {"Datum inwerkingtreding", "Terugwerkende kracht tot en met", "Datum uitwerkingtreding", "Betreft",
                 "Datum ondertekening", "Bron bekendmaking", "Kenmerk voorstel"}
_EMPTY = {"onbekend", "geen", "-", "n.v.t.", "nvt"}
_PUBLICATION = re.compile(r"\b(?:gmb|stcrt|prb|wsb|bgr|trb)-(?:19|20)\d\d-\d+\b|\bGemeenteblad\b[^\n]{0,40}?\d+", re.I)


# The header as overheid.nl's regulation page shows it: each label on a line of its own, its value on the lines below
_FIELD_LABELS: dict[str, FactField | None] = {
    "Officiële naam regeling": FactField.CITATION_TITLE, "Citeertitel": FactField.CITATION_TITLE,
    "Vastgesteld door": FactField.ADOPTED_BY, "Organisatie": FactField.ORGANISATION, "Organisatietype": None,
    "Onderwerp": None, "Eigen onderwerp": None, "Rechtsgebied": None, "Eindverantwoordelijke": None,
    "Datum vaststelling": FactField.ADOPTED_ON, "Datum inwerkingtreding": FactField.IN_FORCE_FROM,
    "Datum uitwerkingtreding": FactField.VALID_UNTIL, "Datum ondertekening": FactField.SIGNED_ON,
    "Terugwerkende kracht tot en met": None, "Bron bekendmaking": FactField.SOURCE, "Kenmerk voorstel": None,
    "Betreft": None, "Wettelijke grondslag": FactField.LEGAL_BASIS, "Overzicht van wijzigingen": None,
    "Opmerkingen": None,
    # officielebekendmakingen.nl: the publication's own fields ("Gemeenteblad<TAB>2025, 418362")
    "Publicatiedatum": None, "Gemeenteblad": FactField.SOURCE, "Staatscourant": FactField.SOURCE,
    "Provinciaal blad": FactField.SOURCE,
}
_REMARKS = "Opmerkingen"
_DATED = {FactField.ADOPTED_ON, FactField.IN_FORCE_FROM, FactField.VALID_UNTIL, FactField.SIGNED_ON}


def header_region(text: str) -> tuple[int, int] | None:
    """(start, end) of the CVDR header block ("Wetstechnische informatie" … "Tekst van de regeling"), or of the
    table of fields over an officielebekendmakingen.nl publication ("Gegevens van de publicatie" and its rows)."""
    head = text[:8000]
    published = re.search(r"^Gegevens van de publicatie\n\n(?:[^\n\t]+\t[^\n]*\n)+", head, re.M)
    if published and "Gegevens van de regeling" not in head:
        return published.start(), published.end()
    if "Gegevens van de regeling" not in head and not re.search(r"^Wetstechnische informatie$", head, re.M):
        return None
    start = head.find("Wetstechnische informatie")
    start = head.find("Gegevens van de regeling") if start < 0 else start
    end = text.find("Tekst van de regeling", start)
    return (start, end) if end > start else None


def _header_facts(text: str) -> list[Fact]:
    region = header_region(text)
    if region is None:
        return []
    facts: list[Fact] = []
    lines = list(_lines(text, *region))
    section = ""
    table_values: list[tuple[int, int, str]] = []
    labelled: str | None = None  # the field label of overheid.nl's page whose value lines follow
    label_at = 0  # where it starts: the first value's citation quotes the label with it
    for a, b, line in lines:
        paged = labelled is not None or section.startswith(("Wetstechnische", "Gegevens van de publicatie"))
        if paged and line in _FIELD_LABELS:
            labelled, label_at = line, a
            continue
        label, _, value = line.partition("\t")
        if paged and value and label.strip() in _FIELD_LABELS:  # the same as a table row: "Label<TAB>value"
            labelled = None
            for part in (re.split(r"\s+(?=artikel\s)", value) if _FIELD_LABELS[label.strip()] == FactField.LEGAL_BASIS
                         else [value]):
                facts.extend(_labelled_fact(text, label.strip(), a, b, part.strip(), facts))
            continue
        if labelled is not None:
            facts.extend(_labelled_fact(text, labelled, min(a, label_at), b, line, facts))
            label_at = len(text)
            continue
        if line.startswith(_SECTIONS):
            section = line
            continue
        if section.startswith("Gegevens"):
            for label, field in _GLUED:
                if line.startswith(label):
                    value = line[len(label):].strip()
                    if field is not None and value and value.lower() not in _EMPTY:
                        if field == FactField.ADOPTED_BY:
                            value = body_name(value)
                        facts.append(Fact(field, value, a, b, FactOrigin.HEADER))
                    break
        elif section.startswith("Opmerkingen"):
            facts.extend(_remarks(text, a, line))
        elif section.startswith("Wettelijke grondslag"):
            unknown = line.lower().rstrip(".") in _EMPTY
            facts.append(Fact(FactField.LEGAL_BASIS, line.rstrip(";."), a, b,
                              FactOrigin.NOT_STATED if unknown else FactOrigin.HEADER))
        elif section.startswith("Overzicht") and line not in _TABLE_LABELS:
            table_values.append((a, b, line))
    facts.extend(_change_table(table_values))
    return facts


def _remarks(text: str, a: int, line: str) -> list[Fact]:
    """The publisher's remarks: "Deze regeling is vervallen per 01-01-2022 en vervangen door het …"."""
    found = []
    for pattern, field, read in ((_EXPIRED, FactField.EXPIRED_ON, lambda m: iso_date(m.group("date"))),
                                 (_REPLACED_SUBJECT, FactField.REPLACED_BY, lambda m: successor(m.group("title")))):
        for m in pattern.finditer(line):
            found.append(Fact(field, read(m), *_statement(text, a + m.start(), a + m.end()), FactOrigin.HEADER))
    return found


def _labelled_fact(text: str, label: str, a: int, b: int, line: str, facts: list[Fact]) -> list[Fact]:
    """The fact a value line under a label of overheid.nl's page states (several lines under 'Wettelijke
    grondslag' are several grounds; a further line under a one-value label says nothing more)."""
    if label == _REMARKS:
        return _remarks(text, b - len(line), line)
    field = _FIELD_LABELS[label]
    if field is None or line.lower().rstrip(".") in _EMPTY:
        return []
    if field != FactField.LEGAL_BASIS and any(f.field == field and f.origin == FactOrigin.HEADER for f in facts):
        return []
    value: str | None = line.rstrip(";.") if field == FactField.LEGAL_BASIS else line
    if field in _DATED:
        m = _DATE_RE.search(line)
        value = iso_date(m.group()) if m else None
    elif field == FactField.ADOPTED_BY:
        value = body_name(line)
    elif field == FactField.SOURCE and label != "Bron bekendmaking" and not line.startswith(label):
        value = f"{label} {line}"  # the field names the journal, its value the year and number
    return [Fact(field, value, a, b, FactOrigin.HEADER)] if value else []


def _change_table(values: list[tuple[int, int, str]]) -> list[Fact]:
    """The values row of 'Overzicht van in de tekst verwerkte wijzigingen'.

    Empty cells leave nothing, so the row reads: the in-force date, glued to an end date if
    there is one, glued to what changed ("01-01-2024nieuwe regeling"); then the signing date,
    the publication and the reference of the proposal, one per line.
    """
    facts: list[Fact] = []
    if not values:
        return facts
    a, b, first = values[0]
    dates = list(re.finditer(r"\d{2}-\d{2}-\d{4}", first))
    leading = []
    for m in dates:
        if m.start() != (leading[-1].end() if leading else 0):
            break
        leading.append(m)
    if leading:
        facts.append(Fact(FactField.IN_FORCE_FROM, iso_date(leading[0].group()), a, b, FactOrigin.HEADER))
        for m in leading[1:]:
            later = iso_date(m.group())
            if later and later > facts[0].value:
                facts.append(Fact(FactField.VALID_UNTIL, later, a, b, FactOrigin.HEADER))
        rest = values[1:]
    else:
        rest = values
    for a, b, line in rest:
        if re.fullmatch(r"\d{2}-\d{2}-\d{4}", line) and not any(f.field == FactField.SIGNED_ON for f in facts):
            facts.append(Fact(FactField.SIGNED_ON, iso_date(line), a, b, FactOrigin.HEADER))
        elif _PUBLICATION.search(line) and not any(f.field == FactField.SOURCE for f in facts):
            facts.append(Fact(FactField.SOURCE, _PUBLICATION.search(line).group(0), a, b, FactOrigin.HEADER))
    return [f for f in facts if f.value]


# --------------------------------------------------------------------------- statements

# a field of a cover page, colophon or key-facts list: the label, then its value after a bar, a colon or a tab, or on
# the line below (a web page's "Kerngegevens" list: "Inwerkingtreding" over "1 februari 2025")
_FIELD_SEPARATOR = r"(?:\|\s*|:\s*|\t\s*|[ \t]*\n\s*)"
_ADOPTED = [
    # "Aldus vastgesteld in de openbare vergadering van de raad van de gemeente X, gehouden op 14 december 2023."
    (re.compile(rf"\b(?:Aldus|Zo)\s+(?:vastgesteld|besloten)\b[^\n]{{0,200}}?\b(?:gehouden\s+op|van|op|d\.d\.)\s+(?P<date>{DATE})",
                re.I), FactOrigin.CLOSING),
    # "Vastgesteld door de gemeenteraad (van X) (in zijn openbare vergadering) op/van 27 maart 2025"
    # (or a field "| **Vastgesteld door** | gemeenteraad van X, 28 november 2024 |")
    (re.compile(rf"\bvastgesteld\s+door\s*[*_]*\s*[:|\t]?\s*(?P<body>(?:de\s+|het\s+)?{BODY})\b"
                rf"(?:\s+van\s+(?:de\s+gemeente\s+)?(?-i:[A-Z])[\w'’-]*"
                rf"(?:(?:,\s*|\s+en\s+)(?-i:[A-Z])[\w'’-]*)*)?(?:[^\n.;]{{0,60}}?(?:\b(?:op|van|d\.d\.|per)\s+|,\s*)"
                rf"(?P<date>{DATE}))?", re.I),
     FactOrigin.STATEMENT),
    # "Het plan is op 24 februari 2022 vastgesteld door de gemeenteraad"
    (re.compile(rf"\bop\s+(?P<date>{DATE})\s+(?:is\s+)?(?:\w+\s+){{0,4}}?vastgesteld\s+door\s+(?P<body>(?:de\s+|het\s+)?{BODY})\b",
                re.I), FactOrigin.STATEMENT),
    # "De gemeenteraad heeft het beleid op 26 september 2023 vastgesteld"
    (re.compile(rf"\b(?P<body>{BODY})\s+heeft\s+(?:het|dit|deze)\s+(?:\w+\s+)?(?:\w*plan|\w*beleid|\w*nota|\w*programma)\s+"
                rf"(?:\w+\s+){{0,2}}?op\s+(?P<date>{DATE})\s+vastgesteld\b", re.I), FactOrigin.STATEMENT),
    # "vastgesteld in de (openbare) raadsvergadering van 14 december 2023"
    (re.compile(rf"\bvastgesteld\s+in\s+de\s+(?:openbare\s+)?(?P<body>raad|gemeenteraad)?s?vergadering\s+(?:van\s+(?:de\s+raad\s+)?)?"
                rf"(?:op|van|d\.d\.)?\s*(?P<date>{DATE})", re.I), FactOrigin.STATEMENT),
    # a field of a cover table or colophon: "Datum vaststelling | 3 april 2025", "Vastgesteld op: 3 april 2025"
    (re.compile(rf"^\W*(?:Datum\s+(?:van\s+(?:de\s+)?)?vaststelling|Vastgesteld(?:\s+(?:op|d\.d\.))?|Vaststelling)\W*?"
                rf"{_FIELD_SEPARATOR}(?P<date>{DATE})", re.I | re.M), FactOrigin.STATEMENT),
    # a frontmatter field: "Vastgesteld | gemeenteraad Aarlebeek 28 november 2024, gemeenteraad Dommelrode …"
    (re.compile(rf"^\W*Vastgesteld\W*(?:\|\s*|:\s*|\t\s*)(?P<body>{BODY})\b[^\n|]{{0,40}}?(?P<date>{DATE})", re.I | re.M),
     FactOrigin.STATEMENT),
]
# the raad adopts in a public meeting ("Aldus vastgesteld in de openbare vergadering van …"); the college meets in private
_RAAD = re.compile(r"\braad\b|\bopenbare\s+(?:raads)?vergadering\b", re.I)
_OFFERED = re.compile(r"\b(?:aangeboden|voorgelegd|ter\s+vaststelling\s+(?:aangeboden|voorgelegd|gestuurd))\s+aan\s+"
                      r"(?:de\s+)?(?:gemeente)?raad\b", re.I)
_MORE_DATES = re.compile(rf"(?P<body>{BODY})\s+[A-Z][\w'’-]*\s+(?P<date>{DATE})", re.I)
_IN_FORCE = re.compile(rf"\b(?:treedt|trad|treden|traden)\s+(?:[^\n.;]{{0,60}}?\s)?in\s+werking\s+(?:op|per|met\s+ingang\s+van)\s+(?P<date>{DATE})"
                       rf"|\bin\s+werking\s+(?:getreden|treden|te\s+laten\s+treden)\s+(?:op|per|met\s+ingang\s+van)\s+(?P<date2>{DATE})"
                       rf"|\bmet\s+ingang\s+van\s+(?P<date3>{DATE})\s+in\s+werking", re.I)
_GELDEND = re.compile(rf"\bGeldend\s+van\s+(?P<from>{DATE})\s+(?:t/m|tot\s+en\s+met)\s+(?P<until>{DATE}|heden)", re.I)
_EXPIRED = re.compile(rf"\b(?:Regeling\s+)?(?:vervallen|vervalt|ingetrokken)\s+(?:per|op|met\s+ingang\s+van)\s+(?P<date>{DATE})", re.I)
# "Deze regeling is … vervangen door het Veiligheidsplan 2028-2031": the plan that replaces this one. The
# plan itself must be what is replaced ("Met dit beleid wordt het cameraplan vervangen …" replaces another), and the
# successor is a title: capitalised, up to a comma, a bracket or a clause ("…, vastgesteld op …", "… dat …").
_SUCCESSOR = (r"\b(?:vervangen|opgevolgd)\s+door\s+(?P<title>(?:het|de)\s+(?-i:[A-Z])[^\n.;:,(]{2,150}?)"
              r"(?=\s*(?:[.;:,(\n]|$)|\s+(?:dat|die|zodra|waarin)\b)")
_REPLACED_SUBJECT = re.compile(r"(?<!\bmet\s)(?<!\bin\s)(?<!\bdoor\s)(?<!\bvolgens\s)\b(?:deze|dit)\s+"
                               r"(?:regeling|\w*plan|\w*beleid|\w*nota|\w*programma)\s+(?:is|wordt|werd)\b[^\n.;]{0,80}?"
                               + _SUCCESSOR, re.I)
# The plan this one follows: a colophon field ("Vorig plan: Integraal Veiligheidsplan 2021-2024 …"), the plan as
# following or replacing it ("Het plan volgt (op) het Integraal Veiligheidsplan ‘X Veilig’ 2021-2025 (op)", "… is de opvolger
# van het IVP 2019-2022"), the previous plan named ("Het vorige plan, het … 2019-2022, …"), or a plan of another
# period named in the text ("Het Integraal Veiligheidsplan 2019-2022 had vier prioriteiten"; its period must end
# before this plan's begins, see ``answer.intents.plan_fact_spans``).
_TITLE = r"(?P<title>(?:het\s+|de\s+)?(?-i:[A-Z])[^\n.;:()]{2,150}?)"
_PREDECESSOR = [
    re.compile(r"^\W*(?:Vorig|Voorgaand)e?\s+(?:\w+\s+)?(?:plan|beleid\w*|beleidsplan|nota)\s*[:|\t]\s*"
               r"(?P<title>[^\n]{3,150})", re.I | re.M),
    re.compile(r"\b(?:dit|deze|het)\s+(?:\w+\s+)?(?:\w*plan|\w*beleid|\w*nota|\w*programma)\s+(?:volgt(?:\s+op)?|vervangt)\s+"
               + _TITLE + r"(?:\s+op)?\s*(?=[.;\n]|$)", re.I),
    re.compile(r"\bis\s+de\s+opvolger\s+van\s+" + _TITLE + r"(?=\s*[.;:,(\n]|$)", re.I),
    # "Het plan geldt van … tot en met …. Het vervangt het Veiligheidsplan Haaksoog 2020-2023, dat …": the sentence
    # after one about the plan, with the plan as its subject "Het"
    re.compile(r"(?<=[.!?]\s)(?-i:Het|Dit)\s+vervangt\s+" + _TITLE + r"(?=\s*[.;:,(\n]|$)", re.I),
    # "Het loopt van … tot en met … en volgt het Veiligheidsplan Mardelveen 2022-2025 op.": a plan it follows up
    re.compile(r"\b(?:en|het|dit|deze|plan)\s+volgt\s+(?=[^\n.;]{0,150}?(?:plan|beleid|nota|programma|agenda|visie))"
               + _TITLE + r"\s+op\s*(?=[.;\n]|$)", re.I),
    # "Het volgt het plan 'Veilig Reggeloo 2020-2023' op, dat …": a plan named by its quoted title
    re.compile(r"\b(?:en|het|dit|deze|plan)\s+(?:volgt|vervangt)\s+(?:het|de)\s+(?P<title>(?:\w+\s+){0,2}?(?:\w*plan|"
               r"\w*beleid|\w*nota|\w*programma)\s+[‘'\"][^’'\"\n]{3,80}[’'\"])(?:\s+op)?(?=\s*[.;,\n]|$)", re.I),
    re.compile(r"\bhet\s+vorige\s+(?:\w+\s+)?(?:\w*plan|\w*beleid)\s*[,(]\s*" + _TITLE + r"(?=\s*[.;:,)\n])", re.I),
    re.compile(r"(?<![\w‘'])(?P<title>(?-i:[A-Z])\w+\s+(?:\w+\s+){0,2}?[\w-]*(?:plan|beleid)\s+(?:[‘'][^’'\n]{2,40}[’']\s+)?"
               r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)\s+(?:had|liep|gold|kende|stond|was)\b"),
    # "De Veiligheidsagenda Haverdonk 2022-2025 loopt af op 31 december 2025. Dit Integraal Veiligheidsplan 2026-2029 is
    # de opvolger.": the plan the sentence before names, with its years
    re.compile(r"(?<![\w‘'])(?P<title>(?:(?-i:[A-Z])\w+\s+){0,2}?(?-i:[A-Z])[\w-]*(?:plan|beleid|agenda|nota|programma|visie)"
               r"(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)\b[^.\n]{0,100}\.\s+"
               r"(?-i:Dit|Deze|Het)\s+[^.\n]{0,80}?\bis\s+(?:daarvan\s+|er\s+)?de\s+opvolger\b(?!\s+van)"),
]
# "Het plan geldt van 1 mei 2025 tot en met …", "… is geldig vanaf 1 januari 2025", "Het beleid gaat in op 1 februari
# 2024": in force from that date
_VALID_FROM = re.compile(rf"\b(?:dit|deze|het)\s+(?:\w+\s+)?(?:\w*plan|\w*beleid|\w*nota|\w*programma|regeling)\s+"
                         rf"(?:geldt|is\s+geldig|loopt|gaat\s+in)\s+(?:vanaf|per|op|met\s+ingang\s+van|"
                         rf"van(?=\s+{DATE}\s+(?:tot|t/m)))\s+(?P<date>{DATE})", re.I)
# "Inwerkingtreding: 1 juli 2025", "Ingangsdatum<TAB>1-1-2026", "Looptijd: 1 januari 2026 tot en met …": in force from
_IN_FORCE_FIELD = re.compile(rf"(?:^\W*|(?<=\s))(?-i:(?:Datum\s+(?:van\s+)?)?[Ii]nwerkingtreding|Ingangsdatum|Geldig\s+vanaf|"
                             rf"Looptijd(?=\W*(?:van\s+)?{DATE}\s+(?:tot\s+en\s+met|t/m|tot)\s))\W*?{_FIELD_SEPARATOR}(?:van\s+)?"
                             rf"(?P<date>{DATE})", re.I | re.M)
_VALID_UNTIL = re.compile(rf"\b(?:geldt|geldig|loopt|looptijd)\b[^\n.;]{{0,40}}?\b(?:tot\s+en\s+met|t/m)\s+(?P<date>{DATE})", re.I)
# "(raadsbesluit 2026-007)", "raadsvoorstel nr. 2023/078", "Kenmerk: RV-2025-064", "Kenmerk voorstel" over its value: the
# number of the decision that adopts the plan or of the proposal put to the council (a number with a separator in it,
# not a date: "bij raadsbesluit van 16 december 2021" names none)
_DECISION_NUMBER = re.compile(r"\b(?:raadsbesluit|raadsvoorstel|besluitnummer|voorstelnummer|kenmerk(?:\s+(?:voorstel|besluit))?)"
                              r"(?:\s*(?:nr\.?|nummer))?[ \t]*[:|\t]?[ \t]*\n?[ \t]*"
                              r"(?P<number>[A-Z]{0,4}[-/]?\d\w*(?:[-/.](?!(?:pdf|docx?|odt|html?)\b)\w+)+)\b", re.I)
_SIGNED = re.compile(rf"\bondertekend\s+(?:op|d\.d\.)\s+(?P<date>{DATE})", re.I)
# "gelet op artikel 38b …", "Het is het plan bedoeld in artikel 38b van de Politiewet 2012"
_ARTICLE = (r"(?:het\s+)?(?:artikel|art\.)\s*\d+[a-z]?(?:[,\s]+(?:lid|eerste|tweede|derde|vierde)\s+\w+)*"
            r"\s+(?:van\s+)?(?:de\s+)?[A-Z][\w-]*(?:wet|Wet|verordening)(?:\s+(?:19|20)\d\d)?")
_LEGAL = re.compile(r"\b(?:gelet\s+op|op\s+grond\s+van|krachtens|ingevolge|op\s+basis\s+van|volgens|conform|geregeld\s+in|vastgelegd\s+in|"
                    r"(?:(?<=plan\s)|(?<=plan,\s))(?:als\s+)?bedoeld\s+in)\s+(?P<basis>" + _ARTICLE + ")", re.I)
# the article in brackets after the verb that sets the plan or its goals ("De gemeenteraad stelt … de doelen vast
# (artikel 38b Politiewet 2012)", "… vastgesteld (art. 38b Politiewet)")
_LEGAL_BRACKETED = re.compile(r"\b(?:vast|vastgesteld|vaststellen|opgesteld|opstellen)\s*\((?P<basis>" + _ARTICLE + r")", re.I)
_LEGAL_SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s))(?P<basis>Artikel\s+\d+[a-z]?\s+(?:van\s+)?(?:de\s+)?[A-Z][\w-]*wet(?:\s+(?:19|20)\d\d)?)"
                            r"\s+(?:verplicht|bepaalt|schrijft)", re.M)
_PUBLISHED = re.compile(r"\b(?:bekendgemaakt|gepubliceerd)\s+in\s+(?:het\s+)?(?P<source>(?:Gemeenteblad|Staatscourant|Provinciaal\s+blad)"
                        r"(?:\s+(?:van\s+[^\n.;,]{1,40}|(?:19|20)\d\d)?,?\s*(?:nr\.?|nummer)\s*\d+)?)", re.I)
_CITED_AS = re.compile(r"\b(?:wordt|kan\s+worden|worden)\s+aangehaald\s+als:?\s*['‘\"“]?(?P<title>[^'’\"”\n]{3,150}?)['’\"”]?\s*[.;]?\s*$",
                       re.I | re.M)
_PERIOD = [
    re.compile(r"\b(?:periode|looptijd|planperiode|beleidsperiode)\b[^\n.;]{0,40}?\b(?P<a>(?:19|20)\d\d)\s*(?:[-–—/]|t/m|tot\s+en\s+met)"
               r"\s*(?P<b>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?:loopt|geldt|looptijd)\b[^\n.;|]{0,20}?\bvan\s+(?:\d{1,2}\s+\w+\s+)?(?P<a>(?:19|20)\d\d)\s+(?:tot\s+en\s+met|t/m|tot)"
               r"\s+(?:\d{1,2}\s+\w+\s+)?(?P<b>(?:19|20)\d\d)\b", re.I),
    re.compile(r"(?:^\W*|(?<=\s))(?-i:Looptijd)\W*?" + _FIELD_SEPARATOR + r"(?:\d{1,2}\s+\w+\s+)?(?P<a>(?:19|20)\d\d)\s*(?:[-–—/]|t/m|tot\s+en\s+met)\s*"
               r"(?:\d{1,2}\s+\w+\s+)?(?P<b>(?:19|20)\d\d)\b", re.I | re.M),
]
_GEMEENTE_LINE = re.compile(r"^\W*Gemeente\s+(?P<name>[A-Z][\w'’-]*(?:[ -](?:aan|op|den|de|der|en|in|a/d)\s+[A-Z][\w'’-]*)?)"
                            r"(?=\s*(?:$|[/–—|,*_-]))", re.M)
TITLE_ZONE = 1500  # the title page: the title line and "Gemeente X"
STATEMENT_ZONE = 6000  # title pages, colophons and introductions state the plan's own facts; later text quotes others
CLOSING_ZONE = 3000  # a decision's closing formula stands at its end


def _add(facts: list[Fact], text: str, field: FactField, value: str | None, start: int, end: int,
         origin: FactOrigin = FactOrigin.STATEMENT) -> None:
    if not value:
        return
    a, b = _statement(text, start, end)
    if _PREVIOUS.search(text[a:b]) and origin != FactOrigin.CLOSING:
        return  # "het vorige plan is vastgesteld op …" states another plan's fact
    facts.append(Fact(field, value, a, b, origin))


def _statement_facts(text: str) -> list[Fact]:
    facts: list[Fact] = []
    zone = len(text) if len(text) <= STATEMENT_ZONE + CLOSING_ZONE else STATEMENT_ZONE
    searched = [(0, zone)] + ([(len(text) - CLOSING_ZONE, len(text))] if zone < len(text) else [])
    for begin, end in searched:
        segment = text[begin:end]
        for pattern, origin in _ADOPTED:
            for m in pattern.finditer(segment):
                s, e = begin + m.start(), begin + m.end()
                written = m.groupdict().get("date")
                if not written and _HABITUAL.search(text[slice(*_statement(text, s, e))]):
                    continue  # "… wordt jaarlijks vastgesteld door het college": not the plan's adoption
                body = m.groupdict().get("body")
                found = (FactOrigin.PROPOSAL if origin == FactOrigin.STATEMENT
                         and _OFFERED.search(text[slice(*_statement(text, s, e))]) else origin)
                _add(facts, text, FactField.ADOPTED_BY, body_name(body) if body else
                     ("gemeenteraad" if _RAAD.search(m.group(0)) else None), s, e, found)
                if written:
                    _add(facts, text, FactField.ADOPTED_ON, iso_date(written), s, e, found)
                if "|" in m.group(0) or "\t" in m.group(0):  # a field listing several adoptions
                    line_end = text.find("\n", e)
                    for more in _MORE_DATES.finditer(text, e, len(text) if line_end < 0 else line_end):
                        _add(facts, text, FactField.ADOPTED_ON, iso_date(more.group("date")), s, e, origin)
        for m in _IN_FORCE.finditer(segment):
            written = m.group("date") or m.group("date2") or m.group("date3")
            _add(facts, text, FactField.IN_FORCE_FROM, iso_date(written), begin + m.start(), begin + m.end())
        for m in _GELDEND.finditer(segment):
            _add(facts, text, FactField.IN_FORCE_FROM, iso_date(m.group("from")), begin + m.start(), begin + m.end())
            if m.group("until").lower() != "heden":
                _add(facts, text, FactField.VALID_UNTIL, iso_date(m.group("until")), begin + m.start(), begin + m.end())
        for pattern, field in ((_EXPIRED, FactField.EXPIRED_ON), (_VALID_FROM, FactField.IN_FORCE_FROM),
                               (_IN_FORCE_FIELD, FactField.IN_FORCE_FROM),
                               (_VALID_UNTIL, FactField.VALID_UNTIL),
                               (_SIGNED, FactField.SIGNED_ON)):
            for m in pattern.finditer(segment):
                _add(facts, text, field, iso_date(m.group("date")), begin + m.start(), begin + m.end())
        for m in _DECISION_NUMBER.finditer(segment):
            if not _DATE_RE.fullmatch(m.group("number")):
                _add(facts, text, FactField.DECISION_NUMBER, m.group("number"), begin + m.start(), begin + m.end())
        for m in _REPLACED_SUBJECT.finditer(segment):
            _add(facts, text, FactField.REPLACED_BY, successor(m.group("title")), begin + m.start(), begin + m.end())
        for pattern in (_LEGAL, _LEGAL_SUBJECT, _LEGAL_BRACKETED):
            for m in pattern.finditer(segment):
                if pattern is _LEGAL_BRACKETED and _YEARLY.search(text[slice(*_statement(text, begin + m.start(),
                                                                                      begin + m.end()))]):
                    continue  # "Het college stelt jaarlijks het uitvoeringsprogramma vast (…)": a yearly act's basis
                basis = " ".join(m.group("basis").split())
                _add(facts, text, FactField.LEGAL_BASIS, basis[0].lower() + basis[1:], begin + m.start(), begin + m.end())
        for m in _PUBLISHED.finditer(segment):
            _add(facts, text, FactField.SOURCE, " ".join(m.group("source").split()), begin + m.start(), begin + m.end())
        for m in _CITED_AS.finditer(segment):
            _add(facts, text, FactField.CITATION_TITLE, m.group("title").strip(), begin + m.start(), begin + m.end())
        for pattern in _PERIOD:
            for m in pattern.finditer(segment):
                _add(facts, text, FactField.PERIOD, period_value(m.group("a"), m.group("b")), begin + m.start(),
                     begin + m.end())
        if begin == 0:
            for m in _GEMEENTE_LINE.finditer(segment[:TITLE_ZONE]):
                _add(facts, text, FactField.ORGANISATION, m.group("name"), m.start(), m.end())
            titled = next(((a, b, line) for a, b, line in _lines(text, 0, min(len(text), TITLE_ZONE))
                           if YEAR_RANGE.search(line) and _PLAN_WORD.search(line) and len(line) <= 200), None)
            if titled:
                m = YEAR_RANGE.search(titled[2])
                value = period_value(m.group(1), m.group(2))
                if value:
                    facts.append(Fact(FactField.PERIOD, value, titled[0], titled[1]))
    for pattern in _PREDECESSOR:  # anywhere: a look back is often a chapter of its own
        for m in pattern.finditer(text):
            name = successor(m.group("title").strip().rstrip(","))
            if name:  # (a statement about the previous plan is this fact, not another plan's)
                a, b = _statement(text, m.start(), m.end())
                facts.append(Fact(FactField.PREDECESSOR, name, a, b, FactOrigin.STATEMENT))
    return facts


# The plan's own budget, wherever the plan states it (a section on finances stands late): an amount for carrying out
# the plan as a whole ("Voor de uitvoering van dit plan is structureel € 286.000 per jaar beschikbaar", "Voor de
# uitvoering is jaarlijks € 265.000 beschikbaar", "Voor dit plan is jaarlijks € 318.000 beschikbaar", "Het totale
# budget bedraagt € 198.000 per jaar"; also wrapped over lines), or the row of a
# table that gives it ("Budget\t€ 348.000 in 2026 en 2027, …"; "Totaal\t€ 426.000" in a table of the budget).
# "Voor de uitvoering van de prioriteiten is € 50.000 nodig" is the money for a part.
_AMOUNT = r"(?:(?:€|EUR)\s?\d[\d.,]*\d(?:\s(?:miljoen|mln))?|\d[\d.,]*\d(?:\s(?:miljoen|mln))?\s+euro\b)"  # "EUR 234.000"
_PLAN_NAME = r"(?:[\w-]*(?:plan|beleid|programma|nota|agenda)|IVP|IVB|IVVP)"  # a word for a plan
_OWN_PLAN = r"(?:dit|het|deze|ons|onze)\s+(?:\w+\s+)?" + _PLAN_NAME
_IN_SENTENCE = r"(?:[^.\n]|\n(?![ \t]*\n))"  # a character of the same sentence, also across a hard line wrap
_BUDGET_STATED = re.compile(
    r"\bvoor\s+(?:de\s+uitvoering(?:\s+van\s+" + _OWN_PLAN + r")?|(?:dit|deze)\s+(?:\w+\s+)?" + _PLAN_NAME + r")"
    r"\s+(?:is|zijn|wordt|worden|hebben\s+we|heeft\s+de\s+raad)\b"
    + _IN_SENTENCE + r"{0,60}?(?P<amount>" + _AMOUNT + r")|"
    r"\b(?:totale|totaal)\s+(?:jaarlijkse\s+)?budget\b" + _IN_SENTENCE + r"{0,60}?(?P<total>" + _AMOUNT + r")|"
    r"\btotaalbudget\b" + _IN_SENTENCE + r"{0,60}?(?P<whole>" + _AMOUNT + r")", re.I)
_BUDGET_ROW = re.compile(r"^[|*\s]*(?P<label>budget(?:\s+per\s+jaar)?|jaarlijks\s+budget|totaal(?:\s+budget)?|totaalbudget)"
                         r"[*\s]*[\t|][^\n]*?(?P<amount>" + _AMOUNT + ")", re.I | re.M)
_ABOUT_BUDGET = re.compile(r"budget|financi|kosten|begroting|middelen", re.I)
BUDGET_TABLE_WINDOW = 1500  # characters before a "Totaal" row searched for the budget it totals


def _budget_facts(text: str) -> list[Fact]:
    facts: list[Fact] = []
    for m in _BUDGET_STATED.finditer(text):
        amount = m.group("amount") or m.group("total") or m.group("whole")
        _add(facts, text, FactField.BUDGET, " ".join(amount.split()), m.start(), m.end())
    for m in _BUDGET_ROW.finditer(text):
        if m.group("label").lower().startswith("totaal") and not _ABOUT_BUDGET.search(
                text[max(0, m.start() - BUDGET_TABLE_WINDOW):m.start()]):
            continue  # the total of another table ("Totaal\t18.915" inwoners has no € anyway; a total of costs has)
        _add(facts, text, FactField.BUDGET, " ".join(m.group("amount").split()), m.start(), m.end())
    return facts


def find_facts(text: str) -> tuple[Fact, ...]:
    """Every fact the text states about the plan, in the order: CVDR header, then the text, by position."""
    header = _header_facts(text)
    region = header_region(text)
    rest = [f for f in _statement_facts(text) + _budget_facts(text)
            if region is None or not region[0] <= f.start < region[1]]
    seen: set[tuple[FactField, str, int]] = set()
    out = []
    for fact in header + sorted(rest, key=lambda f: (f.start, f.field)):
        key = (fact.field, fact.value, fact.start)
        if key not in seen:
            seen.add(key)
            out.append(fact)
    own = best(tuple(out), FactField.PERIOD)
    if own is None:
        return tuple(out)
    return tuple(f for f in out if not _of_another_plan(text, f, own.value))


# What a plan states about itself; said of a plan of another period ("Het … 2020-2024 vervalt per 1 januari 2025")
# it is that plan's fact
_OWN_FIELDS = {FactField.ADOPTED_BY, FactField.ADOPTED_ON, FactField.SIGNED_ON, FactField.IN_FORCE_FROM,
               FactField.VALID_UNTIL, FactField.EXPIRED_ON}


_THIS_PLAN = re.compile(r"\b(?:deze|dit)\s+(?:regeling|\w*plan|\w*beleid|\w*nota|\w*programma)\b", re.I)


def _of_another_plan(text: str, fact: Fact, period: str) -> bool:
    """Whether the statement of an own fact is about a plan of another period (the plan that replaces this one
    is no such plan: "Deze regeling is vervallen per … en vervangen door het … 2028-2031")."""
    statement = text[fact.start:fact.end]
    if fact.field not in _OWN_FIELDS or _THIS_PLAN.search(statement):
        return False
    statement = re.sub(_SUCCESSOR, " ", statement, flags=re.I)
    named = [period_value(m.group(1), m.group(2)) for m in YEAR_RANGE.finditer(statement)]
    return bool(named) and period not in named


def best(facts: tuple[Fact, ...], field: FactField) -> Fact | None:
    """The most authoritative fact of a kind: the header, then a closing formula, then the first statement.
    A header field left unknown is no fact (see ``FactOrigin.NOT_STATED``)."""
    candidates = [f for f in facts if f.field == field and f.origin != FactOrigin.NOT_STATED]
    if not candidates:
        return None
    rank = {FactOrigin.HEADER: 0, FactOrigin.CLOSING: 1, FactOrigin.STATEMENT: 2, FactOrigin.PROPOSAL: 3}
    return min(candidates, key=lambda f: (rank[f.origin], f.start))
