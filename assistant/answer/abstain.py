"""Abstention as named, pure rules: each says why an answer cannot be given, or ``None``.

Abstention is decided from the question and the evidence, not from a retrieval
score (which cannot tell an answerable question from a near-miss). Two lists, each
tried in order, the first rule that fires decides:

* ``QUESTION_RULES(question, corpus)``, before any evidence is read: a place or a
  period the collection holds no plan for;
* ``EVIDENCE_RULES(question, evidence)``, per answer block (per municipality in a
  comparison): no evidence, a topic that occurs nowhere in that municipality's plans,
  a plan that explicitly leaves the topic out, a question about results where a plan
  states intentions, an abbreviation the corpus never spells out, a figure question
  without a figure of that kind, and evidence that does not contain the question's
  key terms.

Every rule is a function of its arguments only (the build's lookups are read-only),
so each can be tested alone and counted in the evaluation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Callable

from assistant.answer.intents import (
    EXPANSION_QUESTION,
    Material,
    draft_answer,
    expansion_of,
    figure_found,
    holder_spans,
    matching_priorities,
    no_priority_answer,
    period_matches,
    period_of,
)
from assistant.answer.lookup import Lookups
from assistant.answer.phrasing import join_names, phrase
from assistant.answer.scoping import DOMINANT_SHARE, PRIORITY_WORD, TOPIC_TERM_LENGTH, Topic, left_out, theme_left_out
from assistant.answer.types import Draft, Reason
from assistant.answer.units import MIN_TOPICAL_COVERAGE, strong
from assistant.ask import ranking
from assistant.ask.question import PLAN_FACT_TERM, Aspect, Measure, Question
from assistant.ingest.facts import FactField
from assistant.ingest.themes import load_taxonomy
from assistant.text import fold, stem, term_set

# A word for the document asked of ("veiligheidsplan", "beleid", "kadernota") or for one of its parts ("het voorwoord"),
# not for a topic in it ("damoclesbeleid", "coffeeshopbeleid" are topics: their modifier says what the policy is about).
DOCUMENT_WORD = re.compile(r"(?:integra\w*)?(?:veiligheids|beleids|kader|uitvoerings)?(?:plann?|beleid|nota|programma|visie)|"
                           r"voorwoord|inleid|samenvat|hoofdstuk|paragraf|bijlag")  # (stems: "inleiding", "samenvatting", "paragraaf")
MIN_COMPOUND_HEAD = 6  # the head of a compound that stands for its topic ("diefstal" of "fietsendiefstal", "geweld")
MIN_COMPOUND_MODIFIER = 3  # and the shortest part before it
MAX_LISTED_MUNICIPALITIES = 6  # the refusal for an unknown place names the known ones up to this many

_ACHIEVEMENT_QUESTION = re.compile(r"\b(gehaald|behaald|bereikt|gerealiseerd|gelukt|geslaagd|resultaat\s+van)\b", re.I)
# "van de prioriteitenlijst gehaald", "weggehaald": taken off, not achieved
_TAKEN_OFF = re.compile(r"\bvan\s+(?:de|het|een)\s+(?:\w+\s+){0,3}?gehaald\b|\b(?:weg|eruit|af)gehaald\b", re.I)
_ACHIEVED = re.compile(r"\b(is|zijn|werd|werden|hebben|heeft)\b[^.]{0,60}\b(gehaald|behaald|bereikt|gerealiseerd)\b", re.I)

@dataclass(frozen=True)
class Evidence:
    """What one answer block is drafted from, and (on first use) the draft itself."""

    data: Lookups
    material: Material

    @property
    def units(self):
        return self.material.units

    @cached_property
    def draft(self) -> Draft:
        return draft_answer(self.data, self.material)

    @cached_property
    def figure_found(self) -> bool:
        """Whether the units hold a figure of the asked kind (asked by more than one rule)."""
        return figure_found(self.data, self.material)


QuestionRule = Callable[[Question, Lookups], "Reason | None"]
EvidenceRule = Callable[[Question, Evidence], "Reason | None"]


# --------------------------------------------------------------------------- before the evidence

def mentioned(corpus: Lookups, place: str) -> bool:
    """Whether any document names ``place`` (Dalfsen's plan mentions Zwolle, Doesburg's Rheden); per build."""
    def compute(index) -> bool:
        pattern = re.compile(r"(?<![\w-])" + re.escape(place) + r"(?![\w-])")
        return any(place in doc.text and pattern.search(doc.text) for doc in index.documents.values())

    return corpus.index.derived(("answer.mentioned", place), compute)


def place_not_in_corpus(question: Question, corpus: Lookups) -> Reason | None:
    """A place with no plan: nothing here is about its policy, and if no plan even mentions it,
    nothing here is about it at all."""
    if question.municipalities:
        return None
    # a village may lie in a municipality of the collection whose plan does not list its kernen: only one that no
    # document names is unknown
    absent = [p for p in question.unknown_places
              if (question.about_policy and p not in question.villages) or not mentioned(corpus, p)]
    if not absent:
        return None
    known = corpus.index.municipalities
    available = join_names(known) if len(known) <= MAX_LISTED_MUNICIPALITIES else phrase("other_municipalities",
                                                                                         count=len(known))
    places = join_names([p if p in question.villages else phrase("municipality_named", name=p) for p in absent])
    return Reason("place_not_in_corpus", "place not in the corpus",
                  note=phrase("unknown_place", places=places, known=available))


def period_not_in_corpus(question: Question, corpus: Lookups) -> Reason | None:
    """A period that none of the named municipality's plans covers."""
    if not question.period or not question.municipalities:
        return None
    start, end = question.period
    for municipality in question.municipalities:
        docs = corpus.index.documents_of(municipality)
        periods = [(d.metadata.period_start, d.metadata.period_end) for d in docs if d.metadata.period_start]
        if periods and not any(a <= end and start <= (b or a) for a, b in periods):
            listed = ", ".join(phrase("plan_period", start=a, end=b) if b else phrase("plan_year", start=a)
                               for a, b in periods)
            return Reason("period_not_in_corpus", "period not in the corpus",
                          note=phrase("unknown_period", municipality=municipality, periods=listed))
    return None


QUESTION_RULES: tuple[QuestionRule, ...] = (place_not_in_corpus, period_not_in_corpus)


# --------------------------------------------------------------------------- on the evidence

def no_evidence(question: Question, evidence: Evidence) -> Reason | None:
    return None if evidence.units else Reason("no_evidence", "no evidence")


def topic_absent(question: Question, evidence: Evidence) -> Reason | None:
    """The question's main topic occurs in the corpus, but nowhere in the plans this block is about
    ("Burgernet" is in Dalfsen's plan, not in Doesburg's): that municipality has nothing on it.
    Words for the document itself ("veiligheidsplan") and for its facts ("looptijd", "vastgesteld": answered
    from its header and metadata, whatever words the plan uses) are no topic. So is a safety theme the question
    names by its keywords when these plans write none of that theme's words (a question of no plan in particular: every
    plan in its scope)."""
    plans = evidence.material.plans(evidence.data)
    docs = plans if plans is not None else evidence.material.scope(evidence.data)
    if not docs:
        return None
    t = evidence.data.tables
    weights = {k: w for k, w in evidence.material.weights.items() if not k.isdigit()}
    total = sum(weights.values())
    if not total:
        return None
    vocabularies = [evidence.data.vocabulary[d] for d in sorted(docs)]

    def written(term: str) -> str | None:
        """The term if some plan writes it; for a compound that none writes ("fietsendiefstal"), its longest head
        that one does ("diefstal"): a word no plan has may be the asker's own, its head is the topic."""
        if t.document_frequency.get(term, 0) > 0:
            return term
        return next((term[-n:] for n in range(len(term) - MIN_COMPOUND_MODIFIER, MIN_COMPOUND_HEAD - 1, -1)
                     if t.document_frequency.get(term[-n:], 0) > 0), None)

    def absent(term: str) -> bool:
        if (len(term) < TOPIC_TERM_LENGTH  # short stems are verbs and function words as often as topics ("zegg")
                or term == question.verb  # "Hoe vaak vergadert …": asked of the topic, the plan may say "komt bijeen"
                or DOCUMENT_WORD.fullmatch(term) or PLAN_FACT_TERM.fullmatch(term)):
            return False
        topic = written(term)
        return topic is not None and not any(ranking.synonym_match(topic, stems, found) > 0
                                             for stems, found in vocabularies)

    topics = [(term,) for term in weights] + [pair for pair in question.paired if all(p in weights for p in pair)]
    reason = Reason("topic_absent", "the topic does not occur in the plans of "
                    + join_names(sorted({evidence.data.index.documents[d].municipality for d in docs})))
    for topic in topics:  # one term, or two joined by "en"/"of" that name one topic together
        if sum(weights[term] for term in topic) / total >= DOMINANT_SHARE and all(absent(term) for term in topic):
            return reason
    # a safety theme the question is about by its own keywords ("radicalisering en polarisatie"), of which these plans
    # write no keyword at all: no word of the plans says anything of it (a word no plan writes may be the asker's own,
    # a keyword of a theme is the domain's)
    taxonomy = load_taxonomy()
    for theme, keywords in taxonomy.keyword_hits(question.text).items():
        share = sum(w for k, w in weights.items() if any(k.startswith(stem(kw)) or stem(kw).startswith(k)
                                                         for kw in keywords if " " not in kw))
        if share / total >= DOMINANT_SHARE and not any(theme in themes_written(evidence.data, d) for d in docs):
            return reason
    return None


def themes_written(data: Lookups, doc_id: str) -> frozenset[str]:
    """The themes a plan writes any keyword or word of anywhere in its text, also inside a longer word ("radicalis"
    in "radicaliseringscasuïstiek"); once per build and document."""
    def compute(index) -> frozenset[str]:
        text = fold(index.documents[doc_id].text)
        return frozenset(theme.id for theme in load_taxonomy().themes
                         if any(fold(word) in text for word in (*theme.keywords, *theme.words)))

    return data.index.derived(("answer.themes_written", doc_id), compute)


def topic_left_out(question: Question, evidence: Evidence) -> Reason | None:
    """The plan says in so many words that the question's topic is left to other policy or is no part of it
    ('… buiten dit beleid …, zoals verkeersveiligheid'): that sentence is the reason, and it is shown.
    A question about how the plan treats the topic is answered by it instead (see ``intents``)."""
    if question.about_absence or question.about_treatment:
        return None
    m = evidence.material
    # "geen prioriteit meer" leaves a topic out of the plan's goals and measures; a question about priorities it
    # answers, also one that asks why ("Waarom is X van de prioriteitenlijst gehaald?")
    about_priorities = question.asks_priority or any(PRIORITY_WORD.match(k) for k in question.key_terms)
    asks_policy = (question.about_policy or question.asks_action) and not about_priorities
    if (question.aspect == Aspect.FIGURE and question.asks_number and question.measure != Measure.MONEY
            and not asks_policy and evidence.figure_found):
        # a plan that leaves a topic's policy to another can still give its figures (a monitor's share, a police
        # count); the money for it is in the other plan
        return None
    placed = term_set(" ".join(question.places))  # "in Lieshorst": where, not what the plan leaves out
    weights = {term: weight for term, weight in m.weights.items() if term not in placed}
    span = left_out(evidence.data, weights, m.plans(evidence.data), m.municipality or next(iter(m.allowed), None),
                    Topic.of(question, weights), no_priority=asks_policy)
    if span is None and asks_policy:  # asked what the plan does about a topic of a theme the plan leaves out
        span = theme_left_out(evidence.data, question.text, m.plans(evidence.data),
                              m.municipality or next(iter(m.allowed), None))
    if span is None:
        return None
    return Reason("topic_left_out", "the plan leaves this topic out", related=(span,), quote=span)


def period_does_not_match(question: Question, evidence: Evidence) -> Reason | None:
    """'Welke plannen lopen tot en met 2028?': a plan whose period does not end (or fall) there."""
    if FactField.PERIOD not in question.plan_facts or not question.years:
        return None
    docs = evidence.material.plans(evidence.data)
    if not docs or any(period_matches(question, period_of(evidence.data, d)) for d in docs):
        return None
    return Reason("period_does_not_match", "the plan's period does not match the years asked")


def not_a_priority(question: Question, evidence: Evidence) -> Reason | None:
    """'Heeft X … als prioriteit?' where the plan names its priorities and the topic is not among them."""
    if not question.asks_priority:
        return None
    found = matching_priorities(evidence.data, evidence.material)
    if found is None or found or no_priority_answer(evidence.data, evidence.material) is not None:
        return None  # (a plan that says the topic is no priority answers the question with that sentence)
    return Reason("not_a_priority", "the plan's priorities do not include this topic")


def results_not_goals(question: Question, evidence: Evidence) -> Reason | None:
    """'Is het doel gehaald?': a plan states intentions; unless it reports a result, it cannot say."""
    if not _ACHIEVEMENT_QUESTION.search(question.text) or _TAKEN_OFF.search(question.text):
        return None
    asked = [*question.figures, *(str(y) for y in question.years)]
    for unit in evidence.units[:3]:
        text = evidence.data.text(unit)
        if _ACHIEVED.search(text) and unit.topical >= MIN_TOPICAL_COVERAGE and (
                not asked or any(re.search(rf"(?<![\d.,]){re.escape(n)}(?![\d])", text) for n in asked)):
            return None  # a result reported about this very goal ("… is in 2021 gehaald")
    return Reason("results_not_goals", "a plan states goals, not whether they were achieved",
                  related=tuple(u.span for u in evidence.units[:2]))


def no_person_named(question: Question, evidence: Evidence) -> Reason | None:
    """'Hoe heet de ondermijningsregisseur?': the plans in scope describe the post but name nobody who holds it."""
    if not question.person_post:
        return None
    data, docs = evidence.data, evidence.material.plans(evidence.data)
    if not docs or any(holder_spans(data, d, question.person_post) for d in docs):
        return None
    return Reason("no_person_named", "the plans name nobody who holds this post",
                  related=tuple(u.span for u in evidence.units[:2]))


def abbreviation_not_spelled_out(question: Question, evidence: Evidence) -> Reason | None:
    """'Waar staat X voor?' while no plan in scope writes X out."""
    if question.aspect != Aspect.DEFINITION or not question.subject or not EXPANSION_QUESTION.search(question.text):
        return None
    if expansion_of(evidence.data, evidence.material) is not None:
        return None
    return Reason("abbreviation_not_spelled_out", "the corpus never spells out this abbreviation",
                  related=tuple(u.span for u in evidence.units[:2]))


def no_figure(question: Question, evidence: Evidence) -> Reason | None:
    """'Hoeveel …?' while the evidence holds no number of the asked kind."""
    if question.aspect != Aspect.FIGURE or not question.asks_number or evidence.figure_found:
        return None
    return Reason("no_figure", "no figure about this in the documents",
                  related=tuple(u.span for u in evidence.units[:2]))


def weak_evidence(question: Question, evidence: Evidence) -> Reason | None:
    """Nothing the drafted answer rests on shares a term with the question, and it does not stand out in
    meaning either: off topic. (Evidence that shares the topic but not enough of the question is not refused;
    the answer is marked as only possibly relevant, see ``tentative``.)"""
    draft = evidence.draft
    if draft.evidenced:
        return None
    units = evidence.units
    if any(u.topical > 0 for u in units[:3]) or strong(units[0], units, relative_ok=evidence.material.municipality is None):
        return None
    return Reason("weak_evidence", "the evidence shares no term with the question",
                  related=tuple(draft.related))


def tentative(question: Question, evidence: Evidence) -> bool:
    """Whether an answer rests on evidence that shares the question's topic but not enough of the question to
    be sure: it is shown, labelled as possibly relevant, rather than refused."""
    draft = evidence.draft
    return not draft.evidenced and not strong(evidence.units[0], evidence.units,
                                              relative_ok=evidence.material.municipality is None)


def nothing_to_quote(question: Question, evidence: Evidence) -> Reason | None:
    """A strategy that found its kind of answer but no line to quote from it."""
    draft = evidence.draft
    return None if draft.lines else Reason("nothing_to_quote", "", related=tuple(draft.related))


EVIDENCE_RULES: tuple[EvidenceRule, ...] = (no_evidence, topic_absent, topic_left_out, period_does_not_match,
                                            not_a_priority, results_not_goals, no_person_named,
                                            abbreviation_not_spelled_out, no_figure, weak_evidence, nothing_to_quote)
RULE_NAMES: tuple[str, ...] = tuple(rule.__name__ for rule in (*QUESTION_RULES, *EVIDENCE_RULES))


def first_reason(rules, question: Question, subject) -> Reason | None:
    """The reason of the first rule that fires, if any."""
    for rule in rules:
        reason = rule(question, subject)
        if reason is not None:
            return reason
    return None
