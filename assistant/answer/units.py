"""Scoring the candidate answer units of a search result, and how strong the best of them is.

A unit's score adds, each weighted once here: its similarity to the question
(z-scored among the candidates), its idf-weighted key-term coverage, the intent
cue it carries (a figure, a defining sentence, a frequency, a reason) and a prior
for the rank of the passage it sits in.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Sequence

import numpy as np

from assistant.answer.context import ANAPHOR, antecedent
from assistant.answer.lookup import Lookups
from assistant.answer.types import Unit
from assistant.ask import ranking
from assistant.ask.evidence import row_label
from assistant.ask.question import PER_YEAR, Aspect, Measure, Question, municipality_pattern
from assistant.ask.retrieval import Passage
from assistant.ingest.facts import YEAR_RANGE
from assistant.ingest.structure import UnitKind
from assistant.text import term_set, terms, words

PASSAGE_PRIOR = (0.6, 0.4, 0.25, 0.15, 0.1)  # a unit in the 1st, 2nd, … ranked passage; later ranks get 0
SIMILARITY_WEIGHT = 0.5  # z-scored similarity of a unit (embedded with its context) to the question
COVERAGE_WEIGHT = 2.0  # idf-weighted key-term coverage of the unit itself
CUE_WEIGHT = 1.0  # the intent cue of the unit (figure, definition, frequency)
PASSAGES_CONSIDERED = 5  # passages whose units compete (per municipality in a comparison)
MIN_TOPICAL_COVERAGE = 0.3  # strong evidence contains this share of the question's topical key terms …
MIN_SIMILARITY_Z = 1.0  # … or stands out this far in similarity among the candidate units
ACTION_SIMILARITY_Z = 0.0  # an action unit more similar to the question than the average candidate is about it
MIN_LABEL_TERM = 5  # a question term this long found in a table row's label says the row is what is asked
MIN_NEW_TERMS = 2  # a unit in a general answer must add at least this many content terms beyond the question

# A one-off amount ("eenmalig € 25.000", "incidenteel"), the counterpart of a yearly ("structureel") one.
ONE_OFF = re.compile(r"\b(?:eenmalig\w*|incidente(?:el|le))\b", re.I)
_NUMBER_WORDS = re.compile(ranking.WORD_NUMBER.pattern + r"|\b(?:een|dubbel|eenmaal|tweemaal)\b", re.I)


# Stems that say when, as years do ("in de periode 2027-2030", "binnen de looptijd"); a question that asks for
# the period itself is a question about the plan (``Question.plan_facts``), answered from its facts.
_WHEN_TERM = re.compile(r"\w*period|looptijd")


def topical(weights: dict[str, float]) -> dict[str, float]:
    """The weights of the key terms that say what a question is about (years and periods say when)."""
    return {k: v for k, v in weights.items() if not k.isdigit() and not _WHEN_TERM.fullmatch(k)}


def candidate_units(data: Lookups, question: Question, passages: Sequence[Passage], similarities: np.ndarray,
                    weights: dict[str, float], extra_rows: Iterable[int] = ()) -> list[Unit]:
    """The units of the passages (and ``extra_rows``), scored, best first."""
    rows: list[tuple[int, int]] = []  # (row, passage rank)
    seen: set[int] = set()
    rows_of_chunk = data.index.sentences.rows_of_chunk
    for rank, passage in enumerate(passages):
        for row in rows_of_chunk.get(data.index.chunk_index[passage.chunk.chunk_id], []):
            if row not in seen:
                seen.add(row)
                rows.append((row, rank))
    for row in extra_rows:
        if row not in seen:
            seen.add(row)
            rows.append((row, len(PASSAGE_PRIOR)))
    rows = [(row, rank) for row, rank in rows if not about_another_member(data, question, row)]
    if not rows:
        return []
    return score_rows(data, question, rows, similarities, weights)


@lru_cache(maxsize=1024)
def _member_pattern(name: str) -> re.Pattern[str]:
    """A member's name as written, capitalised: 'Buren' the municipality, not 'buren' the neighbours."""
    return re.compile(municipality_pattern(name).pattern)


def about_another_member(data: Lookups, question: Question, row: int) -> bool:
    """Whether a unit of a joint plan is about another of its municipalities than the one asked of: it (with
    its heading and context) names another member and not the asked one ("In Noordstee kwamen 312 meldingen
    binnen" does not answer a question about Weststad). A unit that names none of them is about them all."""
    if len(question.municipalities) != 1:
        return False
    sentences = data.index.sentences
    doc = data.index.documents[str(sentences.doc[row])]
    asked = question.municipalities[0]
    others = [m for m in doc.metadata.members if m != asked]
    if len(doc.metadata.members) < 2 or not others or asked not in doc.metadata.members:
        return False
    text = " ".join((*headings(data, row), sentences.texts[row], str(sentences.context[row])))
    return not _member_pattern(asked).search(text) and any(_member_pattern(m).search(text) for m in others)


# "twaalf nieuwe vrijwilligers", "2 extra boa's": a number added, not the number there is now
_NUMBER = r"(?:\d[\d.,]*|" + ranking.WORD_NUMBER.pattern + r")"
# a count added to what there is: "twaalf nieuwe vrijwilligers", "2 extra boa's", "we breiden het jongerenwerk uit met
# twee jongerenwerkers", "uitgebreid met vier camera's"
_ADDED_COUNT = re.compile(_NUMBER + r"\s+(?:nieuwe|extra|aanvullende)\b|"
                          r"\b(?:uit|uitgebreid|uitbreiden|aangevuld|versterkt)\s+met\s+(?:nog\s+)?" + _NUMBER + r"\b", re.I)


def counts_what_is_asked(data: Lookups, question: Question, row: int) -> bool:
    """Whether a unit gives a number of what a count question counts (and for the year it asks about):
    a table row labelled with it, a sentence that counts it, or a sentence that refers back to one that
    names it ("… onder bijna 2900 inwoners verspreid. Hiervan hebben er 1244 meegewerkt")."""
    sentences = data.index.sentences
    text, context = sentences.texts[row], str(sentences.context[row])
    if (question.figure_years and question.asks_number and not (question.yearly_clause and PER_YEAR.search(text))
            and not any(str(y) in text + " " + context for y in question.figure_years)
            and (ranking.YEAR.search(text + " " + context) or not _year_from_around(data, question, row))):
        return False  # a figure of another year does not answer (a yearly one answers the clause asking for it)
    if not question.counted or question.measure in (Measure.MONEY, Measure.PERCENT):
        return True  # an amount or a share counts nothing ("Hoeveel acties telt het programma en wat kosten ze?")
    if str(sentences.kind[row]) == UnitKind.TABLE_ROW:  # a row's numbers count what its label names
        label = row_label(data.index, row)
        asked = [t for t in question.key_terms if not t.isdigit() and len(t) >= MIN_LABEL_TERM]
        # a label naming what is counted ("Ongevallen" for "ongelukken"), or naming the question's topic where
        # its words (not what is counted) qualify the counted thing ("Ziekenhuisgewonden (Verkeer)" for
        # "verkeersslachtoffers … naar het ziekenhuis"); "Geweldsincidenten … boulevard" counts no camera's there
        counts = _names(question.counted, label) or (_names(asked, label) and _qualifies(question.counted, label))
    elif ranking.counts(_ADDED_COUNT.sub(" ", text) if question.current else text, question.counted,
                        question.counted_undergo):
        counts = not _counts_elsewhere(question, text)
    elif ANAPHOR.match(text) and row > 0 and sentences.doc[row - 1] == sentences.doc[row]:
        counts = bool(re.search(r"\d", text)) and _names(question.counted, sentences.texts[row - 1])
    else:
        counts = False
    return counts and _has_what_is_asked(data, question, row)


_PART_OF = re.compile(r"\b(?:daarvan|hiervan)\b", re.I)


# where what is counted is done: "controles op short-stay-locaties", "… uit op bedrijventerreinen"
_DONE_AT = re.compile(r"\b(?:op|aan|bij)\s+(?:de\s+|het\s+|alle\s+)?([\w'’-]{4,})")


def _counts_elsewhere(question: Question, text: str) -> bool:
    """Whether a sentence counts what is asked somewhere else than the question asks: "Hoeveel controles voeren de
    gemeenten uit op short-stay-locaties?" is not answered by "… zes integrale controles uit op bedrijventerreinen"."""
    asked = {t for m in _DONE_AT.finditer(question.text) for t in terms(m.group(1))} - set(question.counted)
    written = {t for m in _DONE_AT.finditer(text) for t in terms(m.group(1))}
    return bool(asked) and bool(written) and not asked & term_set(text)


def part_of_before(text: str) -> bool:
    """Whether a sentence gives a part of the figure before it: "Daarvan gaat € 1.610.000 naar …", "Het grootste
    deel daarvan, € 3.260.000, …"."""
    return bool(_PART_OF.search(text))


def _year_from_around(data: Lookups, question: Question, row: int) -> bool:
    """For a unit that names no year itself: whether its heading ("3.1.2 Doelen 2026") or, for a part of the figure
    before it, that figure's sentence names a year asked."""
    if set(question.figure_years) & _heading_years(data, row):
        return True
    text = data.index.sentences.texts[row]
    return part_of_before(text) and any(str(y) in _before_in_section(data, row) for y in question.figure_years)


def _heading_years(data: Lookups, row: int) -> set[int]:
    """The years a unit's headings date it to ("3.1.2 Doelen 2026", "Cijfers 2024"); a period ("Prioriteiten
    2025-2028") dates no figure."""
    return {int(y) for y in ranking.YEAR.findall(YEAR_RANGE.sub(" ", " ".join(headings(data, row))))}


def _has_what_is_asked(data: Lookups, question: Question, row: int) -> bool:
    """For 'Hoeveel zaken hebben het keurmerk?' (``Question.counted_having``): whether the unit, or the sentence
    before it under the same heading, names at least half of what the counted must have. Words that name the
    counted thing itself ("basisscholen" for "het label Veilige School") say nothing about having it."""
    having = [t for t in question.counted_having if not _names(question.counted, t)]
    if not having:
        return True
    text = _with_surroundings(data, row)
    stems, found = term_set(text), frozenset(words(text))
    named = sum(ranking.synonym_match(t, stems, found) > 0 for t in having)
    return 2 * named >= len(having)


def same_section(data: Lookups, a: int, b: int) -> bool:
    """Whether two sentence-table rows stand in one document under the same heading."""
    sentences = data.index.sentences
    if not (0 <= a < len(sentences.texts) and 0 <= b < len(sentences.texts)) or sentences.doc[a] != sentences.doc[b]:
        return False
    path = data.index.documents[str(sentences.doc[a])].structure.heading_path_at
    return path(int(sentences.start[a])) == path(int(sentences.start[b]))


def headings(data: Lookups, row: int) -> tuple[str, ...]:
    """The headings a unit stands under, outermost first."""
    sentences = data.index.sentences
    return data.index.documents[str(sentences.doc[row])].structure.heading_path_at(int(sentences.start[row]))


def states_name(data: Lookups, row: int, name: frozenset[str]) -> bool:
    """Whether a unit names most of the words of a thing's name (``Question.named_things``) in its own text, its
    lead-in, its headings or the sentence before it under the same heading ("Voor de campagne ‘Winkel veilig’ is
    € 8.000 beschikbaar"; the amounts under "3.2 Preventie met Gezag")."""
    stated = term_set(" ".join((*headings(data, row), _with_surroundings(data, row))))
    return 2 * len(name & stated) > len(name)


def _with_surroundings(data: Lookups, row: int) -> str:
    """A unit's text with its lead-in and the sentence before it under the same heading."""
    sentences = data.index.sentences
    return " ".join((sentences.texts[row], str(sentences.context[row]), _before_in_section(data, row)))


def _before_in_section(data: Lookups, row: int) -> str:
    """The sentence before ``row`` when it stands under the same heading ("" otherwise)."""
    return data.index.sentences.texts[row - 1] if same_section(data, row - 1, row) else ""


def _qualifies(counted: Sequence[str], text: str) -> bool:
    """Whether ``text`` names the modifier of a counted compound ("Verkeer" of "verkeersslachtoffers"), and no other
    compound of that modifier ("Drugs | Drugsafval gedumpt" counts dumpings, no "drugslaboratoria")."""
    written = frozenset(words(text)) | term_set(text)
    modifiers = {w for term in counted for w in written
                 if len(w) >= ranking.MIN_COMPOUND_PART and len(term) > len(w) and term.startswith(w)}
    siblings = {w for w in written for m in modifiers
                if len(w) >= len(m) + ranking.MIN_COMPOUND_PART and w.startswith(m)
                and not any(term.startswith(w) or w.startswith(term) for term in counted)}
    return bool(modifiers) and not siblings


def _names(counted: Sequence[str], text: str) -> bool:
    stems, found = term_set(text), frozenset(words(text))
    return any(ranking.synonym_match(term, stems, found) > 0 for term in counted)


def intent_cue(data: Lookups, question: Question, row: int) -> float:
    """The cue a unit carries for the question's intent (0..1)."""
    sentences = data.index.sentences
    kind, text, context = str(sentences.kind[row]), sentences.texts[row], str(sentences.context[row])
    if question.frequency:
        dated = {int(y) for y in ranking.YEAR.findall(text)}
        if dated and question.figure_years and min(dated) > max(question.figure_years):
            return 0.0  # "Hoe vaak … in 2021 en in 2024?": not the target "hooguit 35 per jaar in 2028"
        return ranking.frequency_cue(text)
    if question.aspect == Aspect.FIGURE:
        cue = ranking.figure_cue(kind, text, question.figure_years, context)
        if cue and question.asks_number and not (ranking.measure_fits(question.measure, text)
                                                 and counts_what_is_asked(data, question, row)):
            return 0.0
        if cue and question.per_year and ONE_OFF.search(text) and not PER_YEAR.search(text):
            return 0.0  # "eenmalig € 25.000" does not answer "hoeveel per jaar"
        return cue
    if question.aspect == Aspect.DEFINITION:
        return ranking.definition_cue(question.subject, text)
    path = headings(data, row)
    if question.reason:
        return ranking.reason_cue(text, path)
    if question.asks_action:
        return ranking.action_cue(text, path, question.about_residents)
    return 0.0


def score_rows(data: Lookups, question: Question, rows: list[tuple[int, int]], similarities: np.ndarray,
               weights: dict[str, float]) -> list[Unit]:
    """Score (row, passage rank) pairs into units, best first (ties by row)."""
    t = data.tables
    sentences = data.index.sentences
    about = topical(weights)
    sims = ranking.zscore(np.array([similarities[r] for r, _ in rows])) if len(rows) > 1 else np.zeros(len(rows))
    units = []
    for (row, rank), sim in zip(rows, sims):
        stems, wset = t.sentence_stems[row], t.sentence_words[row]
        before = antecedent(data, row)
        if before is not None and intent_cue(data, question, row) > 0:
            # "Die komt elke maand bij elkaar.": the kind of answer asked for, about what the sentence before names
            stems, wset = stems | t.sentence_stems[before], wset | t.sentence_words[before]
        cov = ranking.coverage(weights, stems, wset)
        top = ranking.coverage(about, stems, wset)
        kind = str(sentences.kind[row])
        # an intent cue counts in a unit about the question: sharing its terms, or (what a plan does is often
        # worded apart from the question: "voorlichtingsavonden" for "voorkomen") close to it in meaning; asked
        # for a yearly figure ("jaarlijks"), a unit that states one ("per jaar", "structureel") says what is asked
        relevant = (top > 0 or (question.asks_action and sim > ACTION_SIMILARITY_Z)
                    or (question.per_year and bool(PER_YEAR.search(sentences.texts[row]))))
        cue = intent_cue(data, question, row) if relevant else 0.0
        prior = PASSAGE_PRIOR[rank] if rank < len(PASSAGE_PRIOR) else 0.0
        score = SIMILARITY_WEIGHT * float(sim) + COVERAGE_WEIGHT * cov + CUE_WEIGHT * cue + prior
        doc_id, start, end = sentences.span(row)
        units.append(Unit(row, doc_id, start, end, kind, int(sentences.chunk[row]), float(sim), cov, top, cue, score))
    return sorted(units, key=lambda u: (-u.score, u.row))


def strong(best: Unit, units: Sequence[Unit], relative_ok: bool = True) -> bool:
    """Evidence that contains the question's topical terms, or (over the whole corpus) stands out in
    similarity while sharing at least one of them. Within one municipality of a comparison, standing
    out proves nothing: something is always the most similar."""
    top = max(units[:3], key=lambda u: u.topical)
    if top.topical >= MIN_TOPICAL_COVERAGE:
        return True
    return relative_ok and top.topical > 0 and best.similarity >= MIN_SIMILARITY_Z


# the number of a part of the document ("In tabel 1 staan …", "zie bijlage 2", "paragraaf 3.2"): no figure
_PART_NUMBER = re.compile(r"\b(?:tabel|figuur|grafiek|bijlage|hoofdstuk|paragraaf|par\.|§|pagina|blz\.|artikel|lid|"
                          r"prioriteit|speerpunt|focusgebied|thema|actie)\s*\d+(?:[.,]\d+)*[a-z]?\b", re.I)


def has_figure(text: str) -> bool:
    """A number that is not a year nor the number of a part of the document, in digits or in words ("twee", "de
    helft").

    >>> has_figure("In tabel 1 staan de misdrijven die de politie registreerde."), has_figure("In 2023 waren het er 57.")
    (False, True)
    """
    stripped = _PART_NUMBER.sub(" ", ranking.YEAR.sub(" ", text))
    return bool(re.search(r"\d", stripped) or _NUMBER_WORDS.search(stripped))


def figure_units(data: Lookups, units: Sequence[Unit], frequency: bool = False) -> list[Unit]:
    """The units that answer a figure question: a table row or a sentence with a number, carrying the cue; asked
    how often, also a sentence that says it in words ("… dat elke maand bijeenkomt")."""
    return [u for u in units if u.cue > 0 and (u.kind == UnitKind.TABLE_ROW or has_figure(data.text(u))
                                               or (frequency and ranking.periodic(data.text(u))))]


def adds_information(data: Lookups, question: Question, unit: Unit) -> bool:
    """Whether a unit says more than the question itself ('2.4 Veilige evenementen' does not). Asked which plans
    do something, a sentence that says a plan does it is the answer, however close to the question it is worded."""
    if (question.all_municipalities and unit.kind == UnitKind.SENTENCE and unit.topical >= MIN_TOPICAL_COVERAGE
            and data.text(unit).rstrip().endswith(".")):
        return True
    new_terms = data.tables.sentence_stems[unit.row] - set(question.key_terms)
    return len(new_terms) >= MIN_NEW_TERMS
