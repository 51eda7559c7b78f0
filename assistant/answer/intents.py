"""One drafting strategy per intent: list, definition, figure, and the general answer.

Each strategy reads the scored units (and, for lists and definitions, the whole
plan) and returns a ``Draft`` of cited lines, or ``None`` when it has nothing of
its kind, so that the general answer is drafted instead:

* list: the complete list (lead-in and every item) whose lead-in or heading names
  what the question enumerates, found in the whole document, not only in the
  retrieved chunks;
* definition: the sentence that defines the subject, plus the expansion of an
  abbreviation where the corpus gives one;
* figure: the sentence or table row with the number, a table row read back with
  its column headers;
* general: the best few sentences, each with the context it needs.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from assistant.answer.context import (
    ENTRY_TERM,
    add_group_items,
    add_in_context,
    add_item,
    add_lead_in,
    add_line,
    add_unit,
)
from assistant.answer.glossary import GlossaryEntry, lookup
from assistant.answer.lookup import ListGroup, Lookups, plan_items
from assistant.answer.scoping import PRIORITY_WORD, TOPIC_TERM_LENGTH, Topic, left_out
from assistant.answer.types import Draft, DraftKind, LineStyle, Span, Unit
from assistant.answer.units import (
    COVERAGE_WEIGHT,
    CUE_WEIGHT,
    MIN_TOPICAL_COVERAGE,
    PASSAGE_PRIOR,
    PASSAGES_CONSIDERED,
    SIMILARITY_WEIGHT,
    adds_information,
    candidate_units,
    figure_units,
    has_figure,
    headings,
    part_of_before,
    same_section,
    score_rows,
    states_name,
    strong,
)
from assistant.ask import ranking
from assistant.ask.question import PER_YEAR, PERSON_POST, PLAN_FACT_TERM, Aspect, Measure, Question, municipality_pattern
from assistant.ask.retrieval import Passage
from assistant.ingest.facts import YEAR_RANGE, FactField, FactOrigin, best
from assistant.ingest.metadata import named_kinds
from assistant.ingest.plan_items import COUNTED_PRIORITY_NOUN, Goal, GoalKind, Origin, Priority, Scope, named_span
from assistant.ingest.structure import BlockKind, UnitKind, split_sentences
from assistant.ingest.themes import load_taxonomy
from assistant.text import fold, term_set, terms, words

TOPIC_HEADED = 0.5  # a list under a label that names the question's topic, not what it enumerates: as a parent heading
SECOND_UNIT_MARGIN = 0.6  # further units join the answer when they score within this of the best
MAX_UNITS = 3  # sentences in a general answer
PLAN_UNIT_MARGIN = 2 * SECOND_UNIT_MARGIN  # asked of the plans, another plan's best unit joins within this of the best
MAX_PLANS_QUOTED = 6  # and so up to this many plans
# a question of the municipalities or their plans, none named: "regelen de gemeenten", "in de drie plannen"
_OF_THE_PLANS = re.compile(r"\b(?:de|alle|drie|vier|vijf|beide|deze)\s+(?:\w+\s+)?(?:gemeenten|plannen)\b", re.I)
MAX_FIGURE_UNITS = 2  # figures in a figure answer
# a place named to say where the asker (or someone close) lives: "Ik woon in Heidebrink", "wij wonen in …", "mijn
# moeder woont in …"; "Hoeveel arbeidsmigranten wonen er in X?" asks a figure of the place
LIVES_IN = re.compile(r"\b(?:ik|wij|we)\s+(?:\w+\s+)?(?:woon|wonen)\b|\b(?:woon|wonen)\s+(?:ik|wij|we)\b|\bwoonachtig\b|"
                      r"\b(?:mijn|onze)\s+(?:\w+\s+){1,2}?(?:woont|wonen)\b", re.I)
ROW_TOPICAL = 0.5  # a table row joins a non-figure answer only when it covers this much of the question
MAX_DEFINING = 2  # defining sentences per subject
# Rows naming a definition's subject scored beyond the passages' own: the most similar ones. The development
# corpora have at most 16 such rows per question (eight plans); a term that hundreds of plans use would
# otherwise have every plan's sentences scored for one question.
MAX_DEFINITION_ROWS = 64
LIST_LABEL_BONUS = 2.0  # a list whose lead-in/heading names what the question enumerates
MAX_SIBLING_LISTS = 3  # lists with their own matching label in one section that answer together

# The words that ask for an amount or a share, not for what it is about.
MEASURE_TERMS = re.compile(r"(?:geld|budget\w*|bedrag\w*|euro|kost\w*|begrot\w*|financi\w*|procent\w*|percentag\w*|"
                           r"hoev|uittrek\w*|extra)")
PLAN_WORD = re.compile(r"[\w-]*(?:plann?|visie|beleid|nota|programma|agenda)|iv(?:v?p|b)")  # "het IVP", "het IVB"
_YEARLY = re.compile(r"jaarlijk\w*|structurel\w*|jar|jaar")  # how often an amount is spent, not what it is for
GENERIC_TERMS = frozenset({"gemeent", "hebb", "heeft", "hebben", "welk", "plan", "document"})  # asking, not topic
EXPANSION_QUESTION = re.compile(r"\b(waar\s+staat|staat\s+\S+\s+voor|afkorting|voluit|uitgeschreven)\b", re.I)


@dataclass(frozen=True)
class Material:
    """What a strategy drafts from: one municipality's passages (or all of them) and their scored units."""

    question: Question
    passages: tuple[Passage, ...]
    units: tuple[Unit, ...]
    similarities: np.ndarray
    weights: dict[str, float]
    municipality: str | None  # the block's municipality in an answer per municipality
    allowed: tuple[str, ...] = ()  # the municipalities searched (named in the question, or the filter)
    doc_ids: tuple[str, ...] | None = None  # the document filter
    scope_docs: tuple[str, ...] | None = None  # the plans this block is about (a block of a many-plan answer)

    def plans(self, data: Lookups) -> set[str] | None:
        """The plans this block is about: its group's, the one municipality searched, or the only one in the
        collection; None when it may be answered from several municipalities' plans."""
        index = data.index
        if self.scope_docs is not None:
            docs = set(self.scope_docs)
        else:
            municipalities = list(self.allowed)
            if not municipalities and len(index.municipalities) == 1:
                municipalities = index.municipalities
            if len(municipalities) != 1:
                return None
            docs = {d.doc_id for d in index.documents_of(municipalities[0])}
        return docs & set(self.doc_ids) if self.doc_ids is not None else docs

    def scope(self, data: Lookups) -> set[str]:
        """The documents a definition may be quoted from."""
        return {d for d, doc in data.index.documents.items()
                if (self.scope_docs is None or d in self.scope_docs)
                and (self.municipality is None or doc.metadata.covers(self.municipality))
                and (not self.allowed or any(doc.metadata.covers(m) for m in self.allowed))
                and (self.doc_ids is None or d in self.doc_ids)}


# --------------------------------------------------------------------------- list

def list_answer(data: Lookups, m: Material) -> Draft | None:
    """The complete list that the question asks for, wherever it sits in the plan."""
    question = m.question
    top = m.passages[:PASSAGES_CONSIDERED]
    doc_ids = list(dict.fromkeys(p.doc_id for p in top))
    top_chunks = {data.index.chunk_index[p.chunk.chunk_id]: rank for rank, p in enumerate(top)}
    chunk_of = data.index.sentences.chunk
    candidates = []
    topic = [t for t in topic_terms(m) if len(t) >= TOPIC_TERM_LENGTH]  # long stems: nouns, not the verb that asks
    for group in (g for d in doc_ids for g in data.groups[d]):
        named = group.named(question.list_nouns) or (TOPIC_HEADED if group.headed_by(topic) else 0.0)
        if named < 1.0 and (group.is_table or named == 0.0):
            continue  # only a list (or table) named like the question is a list answer
        chunk_ranks = [top_chunks[int(chunk_of[r])] for r in group.rows if int(chunk_of[r]) in top_chunks]
        prior = PASSAGE_PRIOR[min(chunk_ranks)] if chunk_ranks else 0.0
        if named < 1.0 and not prior:
            continue
        cov = ranking.coverage(m.weights, group.body_stems, group.body_words)
        sim = float(max(m.similarities[r] for r in group.rows))
        candidates.append((group, named, cov, sim, prior))
    if not candidates:
        return None
    sims = ranking.zscore(np.array([c[3] for c in candidates])) if len(candidates) > 1 else np.zeros(1)
    scored = sorted(((LIST_LABEL_BONUS * named + COVERAGE_WEIGHT * cov + SIMILARITY_WEIGHT * float(z) + prior, group)
                     for (group, named, cov, _, prior), z in zip(candidates, sims)), key=lambda x: -x[0])
    chosen = _with_siblings(question, scored[0][1], [g for _, g in scored[1:]])
    draft = Draft(evidenced=True, kind=DraftKind.LIST)  # a list named like the question is evidence in itself
    for group in chosen:
        add_lead_in(data, draft, group.doc_id, group.group_id)  # the introducing sentence, not the paragraph
        add_group_items(data, draft, group.doc_id, group.group_id)
    return draft


def _with_siblings(question: Question, best: ListGroup, others: Sequence[ListGroup]) -> list[ListGroup]:
    """The best list and the sibling lists with their own matching label in the same section, in order."""
    chosen = [best]
    for other in others:
        if (other.doc_id == best.doc_id and other.named(question.list_nouns) >= 1.0 and not other.is_table
                and other.members[0].heading_path == best.members[0].heading_path and len(chosen) < MAX_SIBLING_LISTS):
            chosen.append(other)
    return sorted(chosen, key=lambda g: g.members[0].start)


# --------------------------------------------------------------------------- definition

def expansion_of(data: Lookups, m: Material) -> GlossaryEntry | None:
    """Where the corpus (within the question's scope) spells out the subject abbreviation."""
    scope = m.scope(data)
    return next((e for e in lookup(data.glossary, m.question.subject) if e.expansion and e.doc_id in scope), None)


def definition_answer(data: Lookups, m: Material) -> Draft | None:
    question = m.question
    if not question.subject:
        return None
    expansion = expansion_of(data, m)
    if EXPANSION_QUESTION.search(question.text):
        if expansion is None:
            return None  # the abbreviation rule refuses before this strategy is asked
        draft = Draft(evidenced=True, kind=DraftKind.DEFINITION, subject=expansion.term, value=expansion.expansion)
        add_line(data, draft, expansion.doc_id, expansion.start, expansion.end, LineStyle.SENTENCE)
        return draft
    draft = Draft(kind=DraftKind.DEFINITION)
    if expansion is not None:
        draft.subject, draft.value = expansion.term, expansion.expansion
    scope = m.scope(data)
    for subject in question.subjects:
        for unit in _defining_units(data, m, subject, scope):
            add_in_context(data, draft, unit, definition=True)
    if not draft.lines:
        return None
    documents = data.index.documents
    shown = " ".join(documents[line.doc_id].text[line.start:line.end] for line in draft.lines)
    if expansion and expansion.expansion and expansion.expansion.lower() not in shown.lower():
        add_line(data, draft, expansion.doc_id, expansion.start, expansion.end, LineStyle.SENTENCE)
    draft.evidenced = True
    return draft


def _subject_forms(subject: str) -> list[str]:
    """A subject's written forms (see ``subject_pattern``)."""
    forms = [subject]
    if " " not in subject and subject.islower():
        forms += [subject + suffix for suffix in ("en", "n", "s", "'s", "’s")]
        long_vowel = re.fullmatch(r"(.*)([aeou])\2([^aeiou])", subject)  # keet -> keten, straat -> straten
        if long_vowel:
            forms.append(long_vowel.group(1) + long_vowel.group(2) + long_vowel.group(3) + "en")
        short = re.fullmatch(r"(.*[^aeiou][aeiou])([^aeiou])", subject)  # bus -> bussen
        if short:
            forms.append(subject + short.group(2) + "en")
    return forms


def subject_pattern(subject: str) -> re.Pattern[str]:
    """A subject as a whole word, also in its Dutch plural ("keet" and "keten", "boa" and "boa's", "bus" and
    "bussen")."""
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, _subject_forms(subject))) + r")(?!\w)", re.I)


def rows_naming(data: Lookups, subject: str, scope: set[str]) -> list[int]:
    """The sentence-table rows of the plans in ``scope`` that name ``subject`` (``subject_pattern``), in order.

    Only candidate rows are tested. A row lies inside its chunk, so a row that names the subject is in a
    chunk whose lexical terms hold the first term of one of its forms: the candidates are the rows of those
    chunks, read from the BM25 index, which keeps a definition question fast in a collection of a thousand
    plans. A form without a term of its own (only stopwords) has every row in scope tested.
    """
    pattern = subject_pattern(subject)
    index, sentences = data.index, data.index.sentences
    first_terms = [next(iter(terms(form)), None) for form in _subject_forms(subject)]
    candidates: set[int] = set()
    if all(first_terms):
        known = sorted({t for t in first_terms if t in index.vocabulary})
        if known:
            in_scope = index.chunk_mask(doc_ids=scope)
            chunks = np.flatnonzero((index.bm25.get_scores(known) > 0) & in_scope)
            rows_of_chunk = sentences.rows_of_chunk
            candidates = {r for c in chunks for r in rows_of_chunk.get(int(c), [])}
    else:
        candidates = {r for doc_id in scope for r in data.rows_of.get(doc_id, [])}
    return sorted(r for r in candidates if pattern.search(sentences.texts[r]))


def _defining_units(data: Lookups, m: Material, subject: str, scope: set[str]) -> list[Unit]:
    """The sentences that define ``subject``: the best one, and a second from another plan (or the same
    plan when it adds to the first, e.g. 'De BBG bestaat uit …' after '… een Bestuurlijke Begeleidingsgroep (BBG)')."""
    pattern = subject_pattern(subject)
    rows = rows_naming(data, subject, scope)
    if len(rows) > MAX_DEFINITION_ROWS:  # a term every plan of a large collection uses: the likeliest rows
        rows = sorted(sorted(rows, key=lambda r: -m.similarities[r])[:MAX_DEFINITION_ROWS])
    candidates = candidate_units(data, m.question, m.passages[:PASSAGES_CONSIDERED], m.similarities, m.weights,
                                 extra_rows=rows)
    defining = []
    for unit in candidates:
        text = data.text(unit)
        written = pattern.search(text)  # the subject as this sentence writes it ("keten" for "keet")
        cue = ranking.definition_cue(written.group(0), text) if written else 0.0
        if cue >= 1.0:
            defining.append((unit.score - CUE_WEIGHT * unit.cue + CUE_WEIGHT * cue, unit))
    defining.sort(key=lambda x: (-x[0], x[1].row))
    if not defining:
        return []
    best_score, best = defining[0]
    chosen = [best]
    for score, unit in defining[1:]:
        if len(chosen) >= MAX_DEFINING or score < best_score - 2 * SECOND_UNIT_MARGIN:
            break
        if unit.doc_id != best.doc_id or abs(unit.row - best.row) > 1:
            chosen.append(unit)
    return chosen


# --------------------------------------------------------------------------- figure

def figure_found(data: Lookups, m: Material) -> bool:
    """Whether the units hold a figure of the asked kind that is strong evidence."""
    return _asked_figure(data, m) is not None


def _asked_figure(data: Lookups, m: Material) -> Unit | None:
    """The unit with the figure asked for: the best with a figure, or, asked for an amount or a percentage, the
    best close to it (within ``SECOND_UNIT_MARGIN``) that is about one of the question's topics ("€ 30.000 voor
    het extra jongerenwerk" shares only "extra" with "hoeveel extra geld … voor de uitvoering"; "voor de
    uitvoering is jaarlijks € 50.000 nodig" answers it)."""
    question = m.question
    with_figure = figure_units(data, m.units, question.frequency)
    if question.places and not LIVES_IN.search(question.text):
        # a figure of a village ("Hoeveel inwoners heeft Heidebrink?") is one stated with the village's name; the
        # municipality's own figure does not answer it ("Ik woon in Heidebrink: …" only says which municipality)
        named = [municipality_pattern(p) for p in question.places]
        with_figure = [u for u in with_figure if any(p.search(data.text(u)) for p in named)]
    if question.asks_number and question.measure == Measure.COUNT:
        # a glossary entry says what a thing is ("Buurtbemiddeling: een vorm van bemiddeling waarbij twee getrainde
        # vrijwilligers …"): its numbers describe the thing, they count nothing the plan has
        with_figure = [u for u in with_figure if not DEFINING_ENTRY.match(data.text(u))]
    if question.sites and question.asks_number and question.measure == Measure.COUNT:
        # so is a count at a named site ("Hoeveel camera's hangen er op de Oude Markt?"), in the unit or its heading
        # (or by the word its name ends in: "in de haven" for "in de Kreekhaven")
        with_figure = [u for u in with_figure if any(_names_site(_with_heading(data, u), s) for s in question.sites)]
    if not with_figure:
        return None
    if question.asks_number and question.measure in (Measure.MONEY, Measure.PERCENT):
        if question.named_things:  # an amount of a thing asked by its name is stated with that name
            with_figure = [u for u in with_figure if any(states_name(data, u.row, n) for n in question.named_things)]
            if not with_figure:
                return None
        # an amount or a percentage is the asked kind of number; it must be about one of the question's topics
        topics = list(question.priced) or [t for t in m.weights if not t.isdigit() and not MEASURE_TERMS.fullmatch(t)
                                           and t not in GENERIC_TERMS and not _YEARLY.fullmatch(t)]
        top = with_figure[0].score
        close = [u for u in with_figure if u.score >= top - SECOND_UNIT_MARGIN]
        found = next((u for u in close if _about(data, u, topics)), None)
        plan_words = [t for t in topics if PLAN_WORD.fullmatch(t)]
        if found is None and plan_words:  # the plan's own money ("… voor het veiligheidsplan"), wherever it ranks
            found = next((u for u in with_figure if _about(data, u, plan_words)), None)
        if found is None:  # a part of a close figure, about the topic: "… € 2.384.000. Daarvan gaat € 1.610.000 naar …"
            before = {(u.doc_id, u.row + 1): u for u in close}
            found = next((u for u in with_figure if (u.doc_id, u.row) in before and part_of_before(data.text(u))
                          and same_section(data, before[(u.doc_id, u.row)].row, u.row) and _about(data, u, topics)),
                         None)
        return found
    return with_figure[0] if strong(with_figure[0], with_figure[:1], relative_ok=m.municipality is None) else None


# "Term: een …", "Term – iemand die …": a glossary entry, a term and what it is
DEFINING_ENTRY = re.compile(ENTRY_TERM + r"(?:een|de|het|iemand|wanneer|als)\b")
MIN_SITE_HEAD = 5  # the shortest word a site's name ends in that stands for it ("haven" for "Kreekhaven")


def _names_site(text: str, site: str) -> bool:
    """Whether a text names a site: its whole name, or (a one-word name) the word it ends in ("de haven")."""
    if re.search(r"(?<![\w-])" + re.escape(site) + r"(?![\w-])", text):
        return True
    if " " in site:
        return False
    name = fold(site)
    return any(len(w) >= MIN_SITE_HEAD and w != name and name.endswith(w) for w in words(text))


def _with_heading(data: Lookups, unit: Unit) -> str:
    """A unit's text after the headings it stands under."""
    return " ".join((*headings(data, unit.row), data.text(unit)))


def _about(data: Lookups, unit: Unit, topics: Sequence[str]) -> bool:
    stems, found = data.tables.sentence_stems[unit.row], data.tables.sentence_words[unit.row]
    if any(PLAN_WORD.fullmatch(t) for t in topics) and any(PLAN_WORD.fullmatch(w) for w in stems):
        return True  # "… voor de uitvoering van deze kadernota …" is about the plan asked of
    return any(ranking.synonym_match(t, stems, found) > 0 for t in topics)


def figure_answer(data: Lookups, m: Material) -> Draft | None:
    best = _asked_figure(data, m)
    if best is None:
        return None  # "wat zeggen de plannen over het aantal …" can be answered in words
    with_figure = figure_units(data, m.units, m.question.frequency)
    chosen = [best]
    for unit in with_figure[with_figure.index(best) + 1:]:
        if len(chosen) >= MAX_FIGURE_UNITS or unit.score < best.score - SECOND_UNIT_MARGIN:
            break
        if unit.chunk != best.chunk and unit.topical >= MIN_TOPICAL_COVERAGE:
            chosen.append(unit)
    if m.question.yearly_clause:  # "Hoeveel … in 2024, en hoeveel … per jaar?": a figure for each clause
        def yearly(unit: Unit) -> bool:  # a figure per year that names none of the asked years
            text = data.text(unit)
            return bool(PER_YEAR.search(text)) and not any(str(y) in text for y in m.question.figure_years)
        other = next((u for u in with_figure if yearly(u) != yearly(best)), None)  # a dated one names the year
        if other is not None and other not in chosen:
            chosen.append(other)
    chosen.extend(u for u in _amended(data, m.question, best, m.units) if u not in chosen)
    draft = Draft(evidenced=True, kind=DraftKind.FIGURE)  # figure_found judged its strength for a figure
    for unit in chosen:
        add_in_context(data, draft, unit)
    return draft


# An amount stated again later, changed: "Het budget is met ingang van 2027 verhoogd …; het budget bedraagt daarmee
# € 16.000" (amended plans, and plans that add up what they listed, write it so).
_AMENDS = re.compile(r"\b(?:daarmee|verhoogd|verlaagd|bijgesteld|gewijzigd|aangepast|herzien)\b", re.I)


def _amended(data: Lookups, question: Question, best: Unit, units: Sequence[Unit]) -> list[Unit]:
    """The later sentences under the same heading as the best figure that state the asked kind of number again,
    changed (at most ``MAX_FIGURE_UNITS``, in reading order): whatever their score, and though they refer back
    to it rather than repeat the question's terms ("dit bedrag is … verhoogd"), the reader needs them next to the
    figure they change. Only amounts and percentages: any sentence holds a count ("een"), an amount is asked for."""
    if question.measure not in (Measure.MONEY, Measure.PERCENT):
        return []
    sentences = data.index.sentences
    later = [u for u in units
             if u.row > best.row and str(sentences.kind[u.row]) == UnitKind.SENTENCE
             and _AMENDS.search(data.text(u)) and has_figure(data.text(u))
             and ranking.measure_fits(question.measure, data.text(u)) and same_section(data, best.row, u.row)]
    return sorted(later, key=lambda u: u.row)[:MAX_FIGURE_UNITS]


# --------------------------------------------------------------------------- the plan itself

def plan_fact_spans(data: Lookups, doc_id: str, field: FactField) -> list[tuple[int, int]]:
    """Where a plan states one fact about itself: the most authoritative statement (the overheid.nl header,
    the closing formula), and a statement in the plan's own text (which retrieval can show) when different: before a
    title-page line, which says less, after the header.
    A period not stated as such is read from the title line."""
    document = data.index.documents[doc_id]

    def in_header(start: int) -> bool:
        return any(a <= start < b for a, b in document.excluded)

    def sentence(start: int, end: int) -> bool:
        return document.text[start:end].rstrip().endswith(".")

    meta = document.metadata
    facts = document.facts
    if field == FactField.BUDGET:  # each amount the plan states for itself ("€ 186.000 … bovenop het bestaande
        # budget", "Het totale jaarlijkse budget … bedraagt daarmee € 226.000"), in its sentences; else its first row
        stated = [f for f in facts if f.field == field]
        said = [f for f in stated if sentence(f.start, f.end)] or stated[:1]
        first_of = {}
        for fact in said:
            first_of.setdefault(fact.value, fact)
        return [(f.start, f.end) for f in first_of.values()]
    if field == FactField.PERIOD and meta.period_start:  # a period the plan's metadata does not hold is another's
        own = {f"{meta.period_start}-{meta.period_end or meta.period_start}", str(meta.period_start)}
        facts = tuple(f for f in facts if f.field != FactField.PERIOD or f.value in own)
    if field == FactField.PREDECESSOR and meta.period_start:  # a plan named with a period is before this one's
        facts = tuple(f for f in facts if f.field != FactField.PREDECESSOR or not YEAR_RANGE.search(f.value)
                      or int(YEAR_RANGE.search(f.value).group(2)) <= meta.period_start)
    first = best(facts, field)
    if first is None:  # the header says it does not know ("Wettelijke grondslag … Onbekend"): that is the answer
        first = next((f for f in facts if f.field == field and f.origin == FactOrigin.NOT_STATED), None)
    spans = [(first.start, first.end)] if first else []
    if first is None or in_header(first.start) or not sentence(first.start, first.end):
        # a header or a title-page line: add the plan's own sentence that states it, where the reader finds it
        stated = next((f for f in facts if f.field == field and not in_header(f.start)
                       and sentence(f.start, f.end) and (f.start, f.end) not in spans), None)
        stated = stated or next((f for f in facts if f.field == field and not in_header(f.start)
                                 and (f.start, f.end) not in spans), None)
        if stated is not None and first is not None and not in_header(first.start) and sentence(stated.start, stated.end):
            spans.insert(0, (stated.start, stated.end))  # a sentence of the plan says more than its title-page line
        elif stated is not None:
            spans.append((stated.start, stated.end))
    if not spans and field == FactField.PERIOD and document.metadata.period:
        at = document.text.find(document.title)
        if at >= 0:
            spans.append((at, at + len(document.title)))
    if field == FactField.PREDECESSOR:  # "… volgt op het IVP 2019-2022. Dat plan is met een jaar verlengd …"
        spans = [_with_sentence_about_it(data, doc_id, a, b) for a, b in spans]
    return spans


_THAT_PLAN = re.compile(r"^(?:Dat|Die|Dit|Deze)\s+(?:\w+\s+)?(?:plan|beleid|nota|programma|beleidsplan)\b")


def _with_sentence_about_it(data: Lookups, doc_id: str, start: int, end: int) -> tuple[int, int]:
    """A statement about another plan, with the sentence after it that goes on about that plan ("Dat plan …")."""
    sentences = data.index.sentences
    row = sentences.row_at.get((doc_id, start))
    if row is None or not same_section(data, row, row + 1) or not _THAT_PLAN.match(sentences.texts[row + 1]):
        return start, end
    return start, int(sentences.end[row + 1])


def period_of(data: Lookups, doc_id: str) -> tuple[int, int] | None:
    """(first, last) year of a plan: its metadata, else its period fact."""
    document = data.index.documents[doc_id]
    meta = document.metadata  # (a sidecar's, the title's, or else the period the text states)
    if meta.period_start:
        return meta.period_start, meta.period_end or meta.period_start
    fact = best(document.facts, FactField.PERIOD)
    if fact is not None and "-" in fact.value:
        first, last = fact.value.split("-", 1)
        if first.isdigit() and last.isdigit():
            return int(first), int(last)
    return None


def period_matches(question: Question, period: tuple[int, int] | None) -> bool:
    """Whether a plan's period fits the year(s) a period question names ("lopen tot en met 2028")."""
    if not question.years or period is None:
        return True
    first, last = period
    if question.until:
        return any(y == last for y in question.years)
    return any(first <= y <= last for y in question.years)


def plan_fact_answer(data: Lookups, m: Material) -> Draft | None:
    """What the plan says about itself: adopted by and on, in force from, period, legal basis, publication."""
    question = m.question
    docs = m.plans(data)
    if not question.plan_facts or not docs:
        return None
    draft = Draft(evidenced=True, kind=DraftKind.PLAN_FACT)  # a plan's own statement about itself is the answer
    asked = named_kinds(question.text) if not question.per_municipality else set()  # (one plan's kind in a comparison)
    for doc_id in sorted(docs):
        if asked and data.index.documents[doc_id].metadata.kind not in asked:
            continue  # "Wanneer is de kadernota vastgesteld?" asked of the programme that works it out: not its facts
        spans = [span for field in question.plan_facts for span in plan_fact_spans(data, doc_id, field)]
        served = Counter(spans)  # a statement of more of the asked facts first ("Aldus vastgesteld door … op …")
        for start, end in sorted(dict.fromkeys(spans), key=lambda span: -served[span]):
            add_line(data, draft, doc_id, start, end, LineStyle.SENTENCE)
    return draft if draft.lines else None


# --------------------------------------------------------------------------- priority

def _priority_topic(m: Material) -> list[str]:
    """The question's terms that name the topic asked about, not the asking ("prioriteit", "plan", "gemeente")."""
    return [t for t in m.weights if not t.isdigit() and not PRIORITY_WORD.match(t) and not PLAN_WORD.fullmatch(t)
            and t not in GENERIC_TERMS]


def plan_priorities(data: Lookups, m: Material, docs: set[str]) -> list[Priority]:
    """The priorities of ``docs`` as their plan cards list them; of a joint plan, those of the member
    municipality asked about (and the shared ones)."""
    asked = m.municipality or (m.allowed[0] if len(m.allowed) == 1 else None)
    return [p for d in sorted(docs) for p in plan_items(data.index, d).priorities
            if not p.member or asked is None or p.member == asked
            or asked not in data.index.documents[d].metadata.members]


PRIORITY_COVERAGE = 0.5  # a priority named with more than this share of the question's topic (idf weight) is about it


def matching_priorities(data: Lookups, m: Material) -> list[Priority] | None:
    """The priorities of the block's plans that name the question's topic, best first; None when those plans name
    no priorities at all (then nothing can be said about it from their priorities).

    A priority's name must cover more than ``PRIORITY_COVERAGE`` of the topic's weight, a pair "A of B" counted once
    by the weightier term it names (the words that only ask, "lokale", "gekozen", are no part of the topic):
    "Georganiseerde criminaliteit" shares one generic word with "overlast of criminaliteit rond hangplekken";
    "jongerenoverlast en hangplekken" names it; so does a priority all of whose name the question names. When no
    name does, a priority tagged with the one theme the question names is about it ("jeugd en veiligheid")."""
    docs = m.plans(data)
    if not docs:
        return None
    priorities = plan_priorities(data, m, docs)
    if not priorities:
        return None
    topic = _priority_topic(m)
    weights = m.weights
    named_topic = topic_terms(m) or topic
    paired = [pair for pair in m.question.paired if all(t in named_topic for t in pair)]
    units = paired + [(t,) for t in named_topic if not any(t in pair for pair in paired)]
    total = sum(max(weights.get(t, 0.0) for t in unit) for unit in units)
    asked = term_set(m.question.text)
    scored = []
    for p in priorities:
        named = f"{p.name} {p.member}"
        stems, found_words = term_set(named), frozenset(words(named))
        covered = sum(max((weights.get(t, 0.0) for t in unit if ranking.synonym_match(t, stems, found_words) > 0),
                          default=0.0) for unit in units)
        # or the question names all of the priority, word for word ("verkeersveiligheid rond scholen" asked,
        # "Verkeersveiligheid"; "overlast" asked does not name "Drugsoverlast")
        own = [t for t in term_set(p.short) if not _NO_TOPIC.fullmatch(t)]
        named_all = bool(own) and all(t in asked for t in own)
        if total and (covered / total > PRIORITY_COVERAGE or named_all):
            scored.append((covered, p))
    if not scored:
        if no_priority_answer(data, m) is not None:
            return []  # the plan says the topic is no (longer) a priority: one of its theme does not make it one
        themes = load_taxonomy().match_name(m.question.text)
        return [p for p in priorities if len(themes) == 1 and themes[0] in p.themes]
    return [p for _, p in sorted(scored, key=lambda pair: -pair[0])]


def priority_answer(data: Lookups, m: Material) -> Draft | None:
    """Whether the topic is one of the plan's priorities: the sentence or list that says so, or the plan's sentence
    that says it is not ("Woninginbraak is geen prioriteit meer, maar hoort bij de basisveiligheid")."""
    if not m.question.asks_priority:
        return None
    found = matching_priorities(data, m)
    if not found:
        return no_priority_answer(data, m)
    # a priority named like the question is evidence in itself; a joint plan's priority is for its member
    draft = Draft(evidenced=True, kind=DraftKind.PRIORITY_CHECK, subject=found[0].short, member=found[0].member)
    for priority in found:
        context = priority.context
        if context is not None and priority.origin == Origin.SENTENCE:
            add_line(data, draft, context.doc_id, context.start, context.end, LineStyle.SENTENCE)
            continue
        if context is not None:
            add_line(data, draft, context.doc_id, context.start, context.end, LineStyle.SENTENCE)
        c = priority.citation
        add_line(data, draft, c.doc_id, *named_span(data.index.documents[c.doc_id], priority), LineStyle.BULLET)
    return draft


def no_priority_answer(data: Lookups, m: Material) -> Draft | None:
    """The plan's sentence that says the topic asked about is no priority, if it writes one."""
    span = left_out(data, m.weights, m.plans(data), m.municipality or next(iter(m.allowed), None),
                    Topic.of(m.question, m.weights), only_no_priority=True)
    return None if span is None else treatment_draft(data, span, DraftKind.NO_PRIORITY)


SCOPE_WORDS = ((Scope.LOCAL, re.compile(r"\blokale?\b", re.I)), (Scope.REGIONAL, re.compile(r"\bregionale?\b", re.I)))


def _asked_scope(text: str) -> Scope | None:
    """'Wat zijn de lokale prioriteiten …': the scope asked for, if the question names exactly one."""
    named = [scope for scope, pattern in SCOPE_WORDS if pattern.search(text)]
    return named[0] if len(named) == 1 else None


def priorities_answer(data: Lookups, m: Material) -> Draft | None:
    """'Wat zijn de (lokale) prioriteiten van X?': the plan's priorities as the plan card lists them (the same
    extraction), under the sentence or heading that makes them priorities. A question about the priorities on
    one topic, or a plan without priorities found, is left to the other strategies."""
    question = m.question
    if question.aspect != Aspect.LIST or question.asks_priority:
        return None
    docs = m.plans(data)
    if not docs or topic_terms(m):
        return None
    if any(PRIORITY_WORD.match(n) for n in question.list_nouns):
        found = plan_priorities(data, m, docs)
    else:
        found = priorities_named_as_asked(data, m, docs)
    scope = _asked_scope(question.text)
    priorities = [p for p in found if scope is None or p.scope == scope]
    if not priorities:
        return None
    draft = Draft(evidenced=True, kind=DraftKind.PRIORITIES, count=len(priorities),
                  subject=scope.value if scope is not None else "")
    for priority in priorities:
        context, c = priority.context, priority.citation
        block = data.index.documents[c.doc_id].structure.block_at(c.start)
        in_list = priority.origin == Origin.LIST and block is not None and block.group >= 0
        if not (in_list and add_lead_in(data, draft, c.doc_id, block.group)) and context is not None:
            add_line(data, draft, context.doc_id, context.start, context.end, LineStyle.SENTENCE)
        # the name, as the card lists it (a member's priority with the member)
        add_line(data, draft, c.doc_id, *named_span(data.index.documents[c.doc_id], priority), LineStyle.BULLET)
    return draft


_COUNTED_PRIORITY_NOUN = re.compile(COUNTED_PRIORITY_NOUN)


def priorities_named_as_asked(data: Lookups, m: Material, docs: set[str]) -> list[Priority]:
    """Asked for the plan's "thema's", "ambities", "pijlers" or "opgaven" (words that name a plan's priorities only in
    the plans that call them so): its priorities, where the sentence or heading that makes them priorities writes the
    word asked ("Zo kwamen we uit op vier thema's: …", "Ambitie 1: Een weerbare haven"); else none."""
    asked = [n for n in m.question.list_nouns if _COUNTED_PRIORITY_NOUN.match(n)]
    if not asked:
        return []
    priorities = plan_priorities(data, m, docs)
    named = [p for p in priorities if p.context is not None and any(n in fold(p.context.quote) for n in asked)]
    return priorities if named and len(named) == len(priorities) else []


# Words of a priorities question that name no topic of their own ("lokale", "belangrijkste", "veiligheid":
# every priority of a safety plan is about safety)
_NO_TOPIC = re.compile(r"(?:lokal|regional|belangrijk|voornaamst|veilig|integral|huidig|nieuw)\w*")
# … nor do the verbs it asks with (choosing or naming them, stressing them) or how many it expects ("welke vier")
_ASKING_STEMS = frozenset(terms(
    "gekozen kiest kiezen genoemd noemt noemen benoemd benoemt benoemen bepaald bepaalt bepalen gesteld stelt "
    "opgesteld opgenomen geformuleerd formuleert hanteert hanteren nadruk legt leggen accent accenten "
    "centraal staan staat "
    "drie vier vijf zes zeven acht negen tien elf twaalf"))


MIN_PLACE_STEM = 4  # a municipality's stem longer than this starts its adjective ("lorenzhav" of "Lorenzhavense")


def topic_terms(m: Material) -> list[str]:
    """The question's terms that narrow the priorities asked for to a topic (none: all of them)."""
    places = {t for name in (*m.allowed, m.municipality or "") if name for t in term_set(name)}
    return [t for t in _priority_topic(m) if not _NO_TOPIC.fullmatch(t) and t not in _ASKING_STEMS
            and not PLAN_FACT_TERM.fullmatch(t) and t not in places
            and not any(t.startswith(p) for p in places if len(p) > MIN_PLACE_STEM)  # "het Lorenzhavense plan"
            and t not in m.question.list_nouns]  # "welke thema's …" enumerates, names no topic


# --------------------------------------------------------------------------- goals

GOAL_WORDS = ((GoalKind.GOAL, re.compile(r"\bdoel(?:en|stelling(?:en)?)?\b", re.I)),
              (GoalKind.AMBITION, re.compile(r"\bambitie[s]?\b", re.I)))
_GOAL_STEM = re.compile(r"(?:doel|doelen|doelstell\w*|ambitie\w*|beoogd\w*)")


def goals_under(data: Lookups, docs: set[str], topics: Sequence[str]) -> list[Goal]:
    """The goals of ``docs`` (as their plan cards list them) under a heading named like one of ``topics``
    ("1. Woninginbraken"); every goal when no topic is given."""
    found = []
    for doc_id in sorted(docs):
        for goal in plan_items(data.index, doc_id).goals:
            stems, words_ = term_set(goal.topic), frozenset(words(goal.topic))
            if not topics or any(ranking.synonym_match(t, stems, words_) > 0 for t in topics):
                found.append(goal)
    return found


def goals_answer(data: Lookups, m: Material) -> Draft | None:
    """'Wat zijn de doelstellingen van X voor woninginbraken?': the goals (or ambitions) the plan card lists
    under the heading of that topic; asked without a topic ('Wat zijn de doelen van X?'), all of them, as the
    card lists them. When no goal heading names the topic, the other strategies answer."""
    question = m.question
    kinds = [kind for kind, pattern in GOAL_WORDS if pattern.search(question.text)]
    docs = m.plans(data)
    if not kinds or not docs or question.asks_priority:
        return None
    if question.aspect == Aspect.LIST and not topic_terms(m) and priorities_named_as_asked(data, m, docs):
        return None  # "Welke ambities …?" of a plan whose priorities are its ambities: those (``priorities_answer``)
    topics = [t for t in topic_terms(m) if not _GOAL_STEM.fullmatch(t)]
    if not topics and question.aspect != Aspect.LIST:
        return None
    goals = [g for g in goals_under(data, docs, topics) if g.kind in kinds]
    if not goals:
        return None
    topic = goals[0].topic if len({g.topic for g in goals}) == 1 else ""
    draft = Draft(evidenced=True, kind=DraftKind.GOALS, count=len(goals), subject=topic,
                  value=kinds[0].value if len({g.kind for g in goals}) == 1 else "")
    for goal in goals:  # a goal that is a list item is quoted as the whole item, its closing ";" included
        c = goal.citation
        block = data.index.documents[c.doc_id].structure.block_at(c.start)
        if block is not None and block.kind == BlockKind.LIST_ITEM:
            add_item(data, draft, c.doc_id, block.start, block.end)
        else:
            add_line(data, draft, c.doc_id, c.start, c.end, LineStyle.BULLET)
    return draft


# --------------------------------------------------------------------------- partners

PARTNER_NOUN = "partner"  # the stem a list question about partners enumerates (with its synonyms)


MAX_PARTNER_PASSAGES = 2  # the sentences or lists that name the most partners, per plan


def partner_answer(data: Lookups, m: Material) -> Draft | None:
    """'Met welke partners werkt X samen?': the sentences or lists of the plan that name most of its partners
    (the same extraction as the plan card)."""
    if m.question.aspect != Aspect.LIST or PARTNER_NOUN not in m.question.list_nouns:
        return None
    docs = m.plans(data)
    if not docs:
        return None
    draft = Draft(evidenced=True, kind=DraftKind.PARTNERS,
                  count=sum(len(plan_items(data.index, d).partners) for d in docs))
    for doc_id in sorted(docs):
        structure = data.index.documents[doc_id].structure
        passages: dict[tuple[str, int, int], int] = {}  # (kind, start, end) -> partners named there
        for partner in plan_items(data.index, doc_id).partners:
            block = structure.block_at(partner.citation.start)
            if block is None:
                continue
            if block.kind == BlockKind.LIST_ITEM and block.group >= 0:
                key = ("list", block.group, block.group)
            else:
                a, b = next(((a, b) for a, b in split_sentences(structure.text, block.start, block.end)
                             if a <= partner.citation.start < b), (block.start, block.end))
                key = ("sentence", a, b)
            passages[key] = passages.get(key, 0) + 1
        best = sorted(passages, key=lambda k: (-passages[k], k[1]))[:MAX_PARTNER_PASSAGES]
        for kind, a, b in sorted(best, key=lambda k: k[1]):
            if kind == "list":
                add_group_items(data, draft, doc_id, a)
            else:
                add_line(data, draft, doc_id, a, b, LineStyle.SENTENCE)
    return draft if draft.lines else None


# --------------------------------------------------------------------------- how the plan treats a topic

def treatment_answer(data: Lookups, m: Material) -> Draft | None:
    """'Hoe gaat X om met Y?': when the plan leaves Y to other policy, the sentence that says so is the answer."""
    if not m.question.about_treatment:
        return None
    span = left_out(data, m.weights, m.plans(data), m.municipality or next(iter(m.allowed), None),
                    Topic.of(m.question, m.weights))
    return None if span is None else treatment_draft(data, span)


def treatment_draft(data: Lookups, span: Span, kind: DraftKind = DraftKind.TREATMENT) -> Draft:
    """The draft of one sentence in which a plan says how it treats the topic: that it leaves it to other policy
    (``TREATMENT``), or that it is no priority (``NO_PRIORITY``). The sentence is evidence in itself."""
    draft = Draft(evidenced=True, kind=kind)
    add_line(data, draft, *span, LineStyle.SENTENCE)
    return draft


# A person's name: initials or a title before a surname ("A.C.M. Verhoeven-Brands", "Drs. A.J. (Anouk) van Reenen",
# "mevrouw De Vries"), or a signature line of a first name and a surname above the post ("Anke Verhoeven-Brands" /
# "burgemeester van Eikenveen").
_SURNAME = (r"(?:(?:van|de|der|den|ter|ten|van\s+de|van\s+der)\s+)?"
            r"(?!(?:De|Het|Een|Dit|Deze|Die|Dat|Zie|In|Op|Bij|Voor|Met|Als)\b)[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?")
_PERSON = re.compile(r"(?:\b(?:[A-Z]\.){1,4}\s*|"
                     r"\b(?:mevrouw|mevr\.|mw\.|de\s+heer|dhr\.|drs\.|mr\.|dr\.|ir\.)\s+(?:[A-Z]\.)*\s*)"
                     r"(?:\([A-Z][a-zà-ÿ]+\)\s+)?" + _SURNAME)
_SIGNATURE = re.compile(r"^[A-Z][a-zà-ÿ]+\s+" + _SURNAME + r"$")


def holder_lines(text: str, post: str) -> list[tuple[int, int]]:
    r"""The lines of a plan that name the person who holds ``post``: a line that writes the post (the person word
    and what follows it) with a name in it, or under a signature line (then from the name on).

    >>> text = "Anke Verhoeven-Brands\nburgemeester van Eikenveen\n"
    >>> [text[a:b] for a, b in holder_lines(text, "burgemeester")]
    ['Anke Verhoeven-Brands\nburgemeester van Eikenveen']
    >>> holder_lines("Een coördinator ondermijning (1 fte) houdt de regie.\n", "coördinator ondermijning")
    []
    """
    words = post.lower().split()
    person = next((i for i, w in enumerate(words) if PERSON_POST.fullmatch(w)), 0)
    needed = words[person:]
    out: list[tuple[int, int]] = []
    previous: tuple[int, int] | None = None  # the last non-empty line
    for m in re.finditer(r"[^\n]+", text):
        line, low = m.group(0), m.group(0).lower()
        if all(w in low for w in needed):
            if _PERSON.search(line):
                out.append((m.start(), m.end()))
            elif previous and low.lstrip().startswith(needed[0]) and _SIGNATURE.match(text[slice(*previous)].strip()):
                out.append((previous[0], m.end()))
        if line.strip():
            previous = (m.start(), m.end())
    return out


def holder_spans(data: Lookups, doc_id: str, post: str) -> list[tuple[int, int]]:
    """``holder_lines`` of one plan, once per build."""
    return data.index.derived(("answer.holder", doc_id, post),
                              lambda index: holder_lines(index.documents[doc_id].text, post))


MAX_HOLDER_LINES = 2  # lines per plan that name a post's holder


def holder_answer(data: Lookups, m: Material) -> Draft | None:
    """'Wie is de burgemeester?', 'Hoe heet de coördinator?': the lines that name whoever holds the post."""
    post = m.question.person_post
    if not post:
        return None
    draft = Draft(evidenced=True)
    for doc_id in sorted(m.plans(data)):
        for start, end in holder_spans(data, doc_id, post)[:MAX_HOLDER_LINES]:
            add_line(data, draft, doc_id, start, end, LineStyle.SENTENCE)
    return draft if draft.lines else None


# --------------------------------------------------------------------------- action

MAX_ACTION_LINES = 6  # sentences or items of an action section in one answer


ACTION_UNITS_TRIED = 3  # the best units whose sections are searched for an action part (see ``action_answer``)


def action_answer(data: Lookups, m: Material) -> Draft | None:
    """'Hoe wil X … voorkomen?', 'Wat doet X tegen …?': what the plan does about the topic of its best unit —
    the action part ("Wat gaan we doen?", "Aanpak", "Acties") of the section that unit belongs to, which plans
    word apart from the problem they describe."""
    if not m.question.asks_action or not m.units:
        return None
    # the best unit about the topic, then the next ones that stand in an action part themselves: a figure in
    # the analysis chapter has no action part of its own, the measure under the priority's "Aanpak" has
    topical = [u for u in m.units[:ACTION_UNITS_TRIED] if u.topical > 0]
    for unit in topical[:1] + [u for u in topical[1:] if u.cue >= 1.0]:
        draft = _action_draft(data, m, unit)
        if draft is not None:
            return draft
    # or the action label in the own section of a next one ("3.2 Jonge aanwas …" / "Maatregelen:" over its list)
    return next((d for d in (_action_lead_in(data, m, u) for u in topical[1:] if u.cue < 1.0) if d is not None), None)


def _action_draft(data: Lookups, m: Material, best: Unit) -> Draft | None:
    structure = data.index.documents[best.doc_id].structure
    path = structure.heading_path_at(best.start)
    if not path:
        return None
    sentences = data.index.sentences
    for depth in (len(path) - 1, len(path)):  # a sibling subsection of a label ("Wat speelt er?"), or a child
        topic = path[:depth]
        if not topic:
            continue
        action = [sec for sec in structure.sections if sec.heading_path[:-1] == topic
                  and ranking.action_cue("", sec.heading_path, m.question.about_residents) >= 1.0]
        if m.question.about_residents:  # asked what residents can do: the advice to them first
            action.sort(key=lambda sec: not ranking.RESIDENTS_HEADING.search(sec.heading_path[-1]))
        if not action:
            continue
        section = action[0]
        rows = [r for r in data.rows_of.get(best.doc_id, [])
                if section.start < int(sentences.start[r]) < section.end][:MAX_ACTION_LINES]
        if not rows:
            continue
        return _action_rows(data, m, section.heading_path[-1], rows)
    return _action_lead_in(data, m, best)


def _action_rows(data: Lookups, m: Material, label: str, rows: list[int]) -> Draft:
    draft = Draft(kind=DraftKind.ACTION, subject=label)
    for row in rows:
        unit = score_rows(data, m.question, [(row, len(PASSAGE_PRIOR))], m.similarities, m.weights)[0]
        add_unit(data, draft, unit)
    return draft


MAX_LABEL_WORDS = 4  # "Maatregelen:", "Wat gaan we doen:": a label over a list, not a sentence that leads into one


def _action_lead_in(data: Lookups, m: Material, best: Unit) -> Draft | None:
    """The list under an action label in the best unit's own section ("Maatregelen:" over its items), for a plan
    that writes its action part as a lead-in rather than a heading of its own."""
    structure = data.index.documents[best.doc_id].structure
    section = structure.section_at(best.start)
    if section is None:
        return None
    text = data.index.documents[best.doc_id].text
    groups = structure.groups()
    sentences = data.index.sentences
    for block in structure.blocks:
        if not (section.start <= block.start < section.end) or not block.lead_in or block.kind == BlockKind.LIST_ITEM:
            continue
        label = text[block.start:block.end].strip()
        if (not label.endswith(":") or len(label.split()) > MAX_LABEL_WORDS
                or ranking.action_cue("", (label[:-1],), m.question.about_residents) < 1.0):
            continue
        items = [b for b in groups.get(block.group, []) if b.kind == BlockKind.LIST_ITEM]
        if not items:
            continue
        rows = [r for r in data.rows_of.get(best.doc_id, [])
                if items[0].start <= int(sentences.start[r]) < items[-1].end][:MAX_ACTION_LINES]
        if rows:
            return _action_rows(data, m, label[:-1], rows)
    return None


# --------------------------------------------------------------------------- general

def general_answer(data: Lookups, m: Material) -> Draft:
    informative = [u for u in m.units if adds_information(data, m.question, u)
                   and (u.kind != UnitKind.TABLE_ROW or u.topical >= ROW_TOPICAL)]
    if not informative:
        informative = list(m.units[:1])
    # a unit that shares none of the question's terms only leads when no unit close behind it shares one
    # (a short sentence with the place name in it is similar to any question about that place)
    best = next((u for u in informative if u.topical > 0 and u.score >= informative[0].score - SECOND_UNIT_MARGIN),
                informative[0])
    informative = [best] + [u for u in informative if u is not best]
    chosen = [best]
    for unit in informative[1:]:
        if len(chosen) >= MAX_UNITS or unit.score < best.score - SECOND_UNIT_MARGIN:
            break
        if unit.topical > 0:
            chosen.append(unit)
    if not m.question.municipalities and _OF_THE_PLANS.search(m.question.text):
        # asked of the municipalities ("regelen de gemeenten …"): each plan answers for itself, so the best unit of a
        # plan not yet quoted joins within a wider margin
        quoted = {u.doc_id for u in chosen}
        for unit in informative[1:]:
            if (unit.doc_id not in quoted and unit.topical > 0 and unit.score >= best.score - PLAN_UNIT_MARGIN
                    and len(quoted) < MAX_PLANS_QUOTED):
                chosen.append(unit)
                quoted.add(unit.doc_id)
    draft = Draft()
    for unit in chosen:
        add_in_context(data, draft, unit, m.question.reason)
    return draft


STRATEGIES = {Aspect.LIST: list_answer, Aspect.DEFINITION: definition_answer, Aspect.FIGURE: figure_answer}


def draft_answer(data: Lookups, m: Material) -> Draft:
    """The draft of the question's own strategy, else the general answer."""
    draft = (plan_fact_answer(data, m) or holder_answer(data, m) or treatment_answer(data, m)
             or priority_answer(data, m) or goals_answer(data, m) or priorities_answer(data, m)
             or partner_answer(data, m))
    strategy = STRATEGIES.get(m.question.aspect)
    if draft is None and strategy:
        draft = strategy(data, m)
    if draft is None:
        draft = action_answer(data, m)
    if draft is None:
        draft = general_answer(data, m)
    if not draft.related:
        draft.related = [u.span for u in m.units[:3]]
    return draft
