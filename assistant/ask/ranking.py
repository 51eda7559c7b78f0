"""Ranking maths: pure functions over score arrays, constants named and explained once.

Two stages.

1. **Fusion** of three retrievers over the candidate union: the chunk's own
   embedding, the best embedding among its sentences (each embedded with its
   municipality and heading path), and BM25. Each is z-normalised over the
   candidates (a retriever that did not return a candidate gets its lowest
   returned score: all we know is that it scored no better). The two dense
   views are combined with ``max`` (the evidence may sit in the whole chunk or in
   one list item of it) and BM25 is added with a lower weight. Unlike equal-weight
   reciprocal rank fusion, a passage that one side ranks far ahead of the rest
   keeps that margin: a dense top hit that BM25 misses stays near the top, and a
   BM25 hit on a rare term (a law, a place, a number) that the dense side ranks
   50th still comes up (``tests/test_ranking.py`` has both cases).

2. **Evidence re-ranking** of the fused candidates with features of the
   passage that answers: how much of the question's key terms (stems, compound
   parts, idf-weighted) one sentence covers, whether the heading path matches,
   and intent cues (a list under a heading naming what the question lists; table
   rows and numbers for figure questions; a defining sentence for definitions).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Mapping, Sequence

import numpy as np

from assistant.text import fold, stem, synonyms

# -- stage 1
LEXICAL_WEIGHT = 0.5  # BM25's share next to the dense evidence (dev set: 0.3-0.7 within 0.01 MRR)
Z_CLIP = 4.0  # one retriever's outlier cannot outvote the others by more than this many deviations

# -- stage 2
RERANK_DEPTH = 30  # candidates that get evidence features
RERANK_DEPTH_MANY = 10  # … per municipality when a question is asked of many municipalities at once
COVERAGE_WEIGHT = 1.0  # best sentence's idf-weighted key-term coverage (0..1)
HEADING_WEIGHT = 1.0  # key-term coverage of the heading path (0..1)
INTENT_WEIGHT = 1.5  # intent cue (0..1)
RELEVANCE_COVERAGE = 0.1  # cosines differ by hundredths; full key-term coverage counts like +0.1 cosine
CUE_COVERAGE = 0.5  # a sentence covering this share of the topical key terms carries the full intent cue
COMPOUND_CREDIT = 0.7  # a key term found only as part of a compound ("inbraak" in "woninginbraak")
MIN_COMPOUND_PART = 5  # shorter stems are too ambiguous to match inside other words
FAMILY_PREFIX = 7  # minimum shared root for two stems to count as one word family …
FAMILY_SUFFIX = 5  # … whose endings after the root are at most this long
MIN_PARTICIPLE_ROOT = 4  # a participle's root after its "ge" is at least this long ("uit-ge-breid")
SHORT_ENDING = 2  # … and start with a vowel unless this short ("-ing" / "-eert" / "-en"; not "-regel", "-plan")
VOWELS = frozenset("aeiouy")
MIN_HEAD = 4  # shortest stem that counts as the head of a compound ("partner" in "ketenpartner")
SYNONYM_CREDIT = 0.8  # a key term found only as a synonym (data/synonyms.toml) in the text


def zscore(values: np.ndarray) -> np.ndarray:
    """Standard scores; a constant vector maps to zeros."""
    values = np.asarray(values, dtype=np.float64)
    if values.size == 0:
        return values
    std = values.std()
    if std < 1e-12:
        return np.zeros_like(values)
    return np.clip((values - values.mean()) / std, -Z_CLIP, Z_CLIP)


def aligned(scores: Mapping[int, float], items: Sequence[int]) -> np.ndarray:
    """Scores for ``items``; an item the retriever did not return gets its lowest returned score."""
    if not scores:
        return np.zeros(len(items))
    floor = min(scores.values())
    return np.array([scores.get(i, floor) for i in items], dtype=np.float64)


def fuse(dense: Mapping[int, float], sentence: Mapping[int, float], lexical: Mapping[int, float],
         lexical_weight: float | None = None) -> dict[int, float]:
    """Fused first-stage scores over the union of the three candidate sets."""
    lexical_weight = LEXICAL_WEIGHT if lexical_weight is None else lexical_weight
    items = sorted(set(dense) | set(sentence) | set(lexical))
    if not items:
        return {}
    d = zscore(aligned(dense, items))
    s = zscore(aligned(sentence, items))
    lex = zscore(aligned(lexical, items)) if lexical else np.zeros(len(items))
    fused = np.maximum(d, s) + lexical_weight * lex
    return {item: float(score) for item, score in zip(items, fused)}


RRF_K = 60  # reciprocal rank fusion's damping constant (Cormack et al. 2009; the common default)


def rrf(rankings: Sequence[Sequence[int]], k: int = RRF_K) -> dict[int, float]:
    """Equal-weight reciprocal rank fusion: each ranking adds ``1 / (k + rank)`` for the items it holds.

    The plain baseline the product is measured against (dense + BM25, nothing else).

    >>> rrf([[7, 3], [3]])
    {7: 0.01639344262295082, 3: 0.03252247488101534}
    """
    fused: dict[int, float] = {}
    for items in rankings:
        for rank, item in enumerate(items, 1):
            fused[item] = fused.get(item, 0.0) + 1.0 / (k + rank)
    return fused


def order(scores: Mapping[int, float]) -> list[int]:
    """Items by descending score (ties by id, so results are deterministic)."""
    return sorted(scores, key=lambda i: (-scores[i], i))


def interleave(lists: Sequence[Sequence[int]], limit: int) -> list[int]:
    """Round-robin merge: every list (municipality) gets its best item in before any gets a second."""
    out: list[int] = []
    seen: set[int] = set()
    for position in range(max((len(items) for items in lists), default=0)):
        for items in lists:
            if position < len(items) and items[position] not in seen:
                out.append(items[position])
                seen.add(items[position])
                if len(out) >= limit:
                    return out
    return out


# -- evidence features (stage 2)

def idf_weights(terms_: Iterable[str], document_frequency: Mapping[str, int], n_documents: int) -> dict[str, float]:
    """BM25-style idf per query term; unknown terms count as rare."""
    out = {}
    for t in terms_:
        df = document_frequency.get(t, 0)
        out[t] = math.log(1 + (n_documents - df + 0.5) / (df + 0.5))
    return out


def shared_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


@lru_cache(maxsize=262_144)
def term_match(term: str, stems: frozenset[str], words: frozenset[str], heads: bool = True) -> float:
    """1 for the same stem; ``COMPOUND_CREDIT`` when the term is part of a compound in the text
    ("inbrak" in "woninginbraak"), when a text word is the head of the term ("woninginbraak" asked,
    "inbraak" written), or for a word of the same family that the stemmer keeps apart
    ("coördineert" ~ "coördinatie": one root, short different endings); else 0.

    Each test looks up the text's stems by what it needs (a substring of the joined text, the term's
    endings, the stems that share the family root) instead of walking every stem: ranking asks this of
    every sentence of every candidate passage."""
    if term in stems:
        return 1.0
    if len(term) < MIN_COMPOUND_PART:
        return 0.0
    if _inside(term, stems) or _inside(term, words):
        return COMPOUND_CREDIT
    if heads and any(term[-n:] in stems for n in range(MIN_COMPOUND_PART, len(term))):
        return COMPOUND_CREDIT  # (``heads=False``: "overlast" written is not the "woonoverlast" asked)
    if _in_family(term, stems):
        return COMPOUND_CREDIT
    root = participle_root(term)
    if root is not None and (root in stems or _in_family(root, stems)):
        return COMPOUND_CREDIT
    roots = _participle_roots(stems)
    if roots and (term in roots or any(same_family(term, r) for r in roots)):
        return COMPOUND_CREDIT
    return 0.0


def _inside(term: str, texts: frozenset[str]) -> bool:
    """Whether the term is part of a longer one of ``texts``."""
    if term not in _joined(texts):
        return False
    return term not in texts or any(term in t for t in texts if len(t) > len(term))


@lru_cache(maxsize=65_536)
def _joined(texts: frozenset[str]) -> str:
    return "\x00".join(texts)  # no stem or word holds a NUL, so a term found here lies inside one of them


def _in_family(term: str, stems: frozenset[str]) -> bool:
    """Whether a stem is of the term's family (``same_family`` needs ``FAMILY_PREFIX`` shared letters)."""
    return len(term) >= FAMILY_PREFIX and any(same_family(term, s) for s in _by_root(stems).get(term[:FAMILY_PREFIX], ()))


@lru_cache(maxsize=65_536)
def _by_root(stems: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """A text's stems by their first ``FAMILY_PREFIX`` letters."""
    out: dict[str, list[str]] = {}
    for s in stems:
        if len(s) >= FAMILY_PREFIX:
            out.setdefault(s[:FAMILY_PREFIX], []).append(s)
    return {root: tuple(group) for root, group in out.items()}


@lru_cache(maxsize=65_536)
def _participle_roots(stems: frozenset[str]) -> frozenset[str]:
    """The roots of the past participles among a text's stems (most texts have none)."""
    return frozenset(r for r in map(participle_root, stems) if r is not None)


_PARTICLES = ("aan", "af", "bij", "door", "in", "mee", "na", "om", "op", "over", "samen", "tegen", "terug", "toe",
              "uit", "vast", "voor", "weg")


@lru_cache(maxsize=262_144)
def participle_root(word_stem: str) -> str | None:
    """The stem without the 'ge' of a past participle: 'uitgebreid' -> 'uitbreid' (so it meets 'uitbreiding'),
    'geregistreerd' -> 'registreerd'; ``None`` for a stem that does not look like one.

    >>> participle_root("uitgebreid"), participle_root("geregistreerd"), participle_root("gemeent")
    ('uitbreid', 'registreerd', None)
    """
    for particle in _PARTICLES:
        if word_stem.startswith(particle + "ge") and len(word_stem) - len(particle) - 2 >= MIN_PARTICIPLE_ROOT:
            return particle + word_stem[len(particle) + 2:]
    if word_stem.startswith("ge") and len(word_stem) - 2 >= MIN_PARTICIPLE_ROOT + 2:
        return word_stem[2:]
    return None


def same_family(a: str, b: str) -> bool:
    """Two stems of one root with different short endings: 'coordineert'/'coordinatie',
    'registreert'/'registratie' — but not 'veiligheidsbeleid'/'veiligheidsmonitor' or 'beleidsregel'/'beleidsplan'
    (one modifier with two different heads: where both stems go on past the shared root, a derivational ending
    starts with a vowel or is very short, a compound's head rarely is).

    >>> same_family("coordineert", "coordinatie"), same_family("beleidsregel", "beleidsplan")
    (True, False)
    """
    n = shared_prefix(a, b)
    if n < FAMILY_PREFIX or len(a) - n > FAMILY_SUFFIX or len(b) - n > FAMILY_SUFFIX:
        return False
    endings = (a[n:], b[n:])
    if not all(endings):
        return True  # one stem begins the other: a derivation, or the modifier of a compound ("woonoverlast")
    return all(len(ending) <= SHORT_ENDING or ending[0] in VOWELS for ending in endings)


@lru_cache(maxsize=262_144)
def synonym_match(term: str, stems: frozenset[str], words: frozenset[str]) -> float:
    """``term_match`` for the term, or ``SYNONYM_CREDIT`` times the best match of one of its synonyms."""
    best = term_match(term, stems, words)
    if best < 1.0:
        for other in synonyms(term) - {term}:
            best = max(best, SYNONYM_CREDIT * term_match(other, stems, words))
    return best


def coverage(weights: Mapping[str, float], stems: frozenset[str], words: frozenset[str]) -> float:
    """Idf-weighted share of the question's key terms (or their synonyms) that a text contains (0..1)."""
    total = sum(weights.values())
    if total <= 0:
        return 0.0
    return sum(w * synonym_match(t, stems, words) for t, w in weights.items()) / total


YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d%])")
# A number written as a word ("binnen vijf werkdagen", "twee boa's", "zeshonderdveertig inwoners", "ruim
# dertigduizend", "honderden boten") or a share ("de helft"); "een" is the article as often as the number, so a word
# needs a numeral besides "een" and "en".
_NUMERAL_PART = (r"(?:één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|"
                 r"zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|"
                 r"negentig|honderd|duizend|miljoen|ën|en)")
_NUMERAL_CORE = (r"(?:één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|zestien|"
                 r"zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|"
                 r"honderd|duizend|miljoen)")
WORD_NUMBER = re.compile(r"\b(?:" + _NUMERAL_PART + r"*" + _NUMERAL_CORE + _NUMERAL_PART + r"*|helft|kwart|driekwart)\b",
                         re.I)
_FIGURE_NUMBER = re.compile(r"(?<!\w)\d")  # a number, not a digit inside a name ("Q4", "E33", "N598" are names)
_FREQUENCY_WORDS = re.compile(
    r"\b(ieder(?:e)?|elk(?:e)?|eens|eenmaal|\w*jaarlijks\w*|\w*maandelijks\w*|\w*wekelijks\w*|dagelijks\w*|"
    r"per\s+(?:jaar|maand|week)|om\s+de\s+\w+\s+(?:jaar|maanden|weken))\b", re.I)
_MONEY_AMOUNT = re.compile(r"(€|\beuro\b|\bEUR\b|\b\d+(?:[.,]\d+)?\s*(?:miljoen|mln|duizend|k)\b)", re.I)
_PERCENTAGE = re.compile(r"\d\s*%|\bprocent\b", re.I)
_REASON_WORDS = re.compile(r"\b(omdat|want|waardoor|daarom|reden\w*|vanwege|doordat|oorzaak|zodat|separaat|niet\s+meegenomen)\b", re.I)


def measure_fits(measure: str, text: str) -> bool:
    """Whether a unit holds the kind of number asked for (an amount of money, a percentage, a year)."""
    if measure == "money":
        return bool(_MONEY_AMOUNT.search(text))
    if measure == "percent":
        return bool(_PERCENTAGE.search(text))
    if measure == "year":
        return bool(YEAR.search(text))
    return True


_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)?|[:;€]", re.UNICODE)
# Words after a number that make it a measurement, a date or an age, not a count of what follows.
MEASURE_WORDS = frozenset({"jaar", "jaren", "maand", "maanden", "week", "weken", "dag", "dagen", "uur", "uren",
                           "minuut", "minuten", "procent", "euro", "km", "kilometer", "meter", "keer", "maal", "jarigen"})
RANGE_WORDS = frozenset({"tot", "a", "à", "of", "en", "tussen"})
COUNT_WINDOW = 3  # a number counts the thing named at most this many words after it ("14 explosies", "2 extra boa's")
# "Het aantal verkeersongevallen daalde van 41 naar 30": the thing named at most this many words after "aantal",
# and the number at most this many words after that word
COUNTED_AFTER_AANTAL = 5
NUMBER_AFTER_AANTAL = 12
# "het aantal diefstallen van boten": what follows such a word is what the counted events happened to
_OF_WORDS = frozenset({"van", "uit", "in", "op", "bij", "aan", "door", "tegen", "met", "onder"})


WORKING_TIME = frozenset({"uur", "uren", "fte"})  # stems of the units of a post's working time


def counts(text: str, counted: Sequence[str], undergone: bool = False) -> bool:
    """Whether ``text`` gives a number of what a question counts: the number followed within a few words by
    the counted noun ("41 keten", "0,5 fte"), the noun followed by a colon and a number ("Meldingen personen
    met verward gedrag (E33): 148"), or "het aantal" of the noun followed by a number ("Het aantal
    woninginbraken daalde van 120 naar 80"). "jongeren van 18 tot 25 jaar" counts no jongeren.

    Asked how many of something underwent something (``undergone``: "Hoeveel boten werden gestolen?"), a count
    of such events also answers ("Het aantal diefstallen van boten steeg van 37 naar 58"); asked how many there
    are, it does not ("Hoeveel jachthavens zijn er?" is not answered by "het aantal diefstallen uit jachthavens").

    >>> counts("In 2022 zijn 14 explosies geregistreerd.", ["explosie"])
    True
    >>> counts("Strandcoaches: jongeren van 18 tot 25 jaar.", ["strandcoach"])
    False
    >>> counts("Daarvan gaat € 55.000 naar de strandcoaches.", ["strandcoach"])
    False
    >>> counts("We stellen een ondermijningscoördinator aan (0,8 fte).", ["uur"])
    True
    >>> counts("Het aantal diefstallen van boten steeg van 37 in 2022 naar 58 in 2024.", ["bot"], undergone=True)
    True
    >>> counts("Het aantal diefstallen van boten steeg van 37 in 2022 naar 58 in 2024.", ["bot"])
    False
    >>> counts("Het aantal verkeersongevallen daalde van 41 naar 30.", ["verkeersongeval"])
    True
    >>> counts("Het aantal boten op het meer neemt in 2024 toe.", ["bot"])
    False
    >>> counts("Het aantal fietsendiefstallen daalt met 25 procent.", ["fiets"])
    False
    >>> counts("Bij het hoogwater moesten zeshonderdveertig inwoners hun huis verlaten.", ["inwoner"])
    True
    """
    from_text = [(m.group(0), m.start()) for m in _TOKEN.finditer(text)]
    tokens = [t.lower() for t, _ in from_text]
    hours = any(c in WORKING_TIME for c in counted)

    def names(token: str) -> bool:
        folded = fold(token)
        own = stem(folded)
        stems, found = frozenset({own}), frozenset({folded})
        # the counted word, a synonym, or its head ("stallingsplekken" asked, "1.800 plekken" written); asked for
        # hours, a number of fte gives them ("voor hoeveel uur?" - "een ondermijningscoördinator (0,8 fte)")
        return (any(synonym_match(c, stems, found) > 0 or (len(own) >= MIN_HEAD and c.endswith(own)) for c in counted)
                or (hours and own in WORKING_TIME))

    def a_count(i: int) -> bool:
        """Whether token ``i`` is a number that counts something: not a year, an amount of money ("€ 55.000 naar de
        strandcoaches"), a percentage or a measurement ("25 procent", "18 tot 25 jaar")."""
        token = tokens[i]
        if not (token[:1].isdigit() or WORD_NUMBER.fullmatch(token)):
            return False
        if YEAR.fullmatch(token) or (i and tokens[i - 1] == "€"):
            return False
        if text[from_text[i][1] + len(token):].lstrip().startswith("%"):
            return False
        j = i + 1
        while j < len(tokens) and (tokens[j][:1].isdigit() or tokens[j] in RANGE_WORDS):
            j += 1
        return not (j < len(tokens) and tokens[j] in MEASURE_WORDS)

    for i in range(len(tokens)):
        if a_count(i) and any(names(t) for t in tokens[i + 1:i + 1 + COUNT_WINDOW]):
            return True
    for i, token in enumerate(tokens):
        if token == ":" and i + 1 < len(tokens) and tokens[i + 1][:1].isdigit():
            if any(names(t) for t in tokens[max(0, i - 6):i]):
                return True
    for i, token in enumerate(tokens):
        if token != "aantal":
            continue
        # the counted noun itself, not a compound it modifies ("het aantal fietsendiefstallen" counts no fietsen)
        named = next((j for j in range(i + 1, min(len(tokens), i + 1 + COUNTED_AFTER_AANTAL))
                      if names(tokens[j]) and not any(stem(fold(tokens[j])).startswith(c)
                                                      and len(stem(fold(tokens[j]))) - len(c) >= MIN_HEAD
                                                      for c in counted)), None)
        if named is None or (not undergone and any(t in _OF_WORDS for t in tokens[i + 1:named])):
            continue
        if any(a_count(j) for j in range(named + 1, min(len(tokens), named + 1 + NUMBER_AFTER_AANTAL))):
            return True
    return False


# Plans set out what they do under labels like these ("Wat gaan we doen?", "Aanpak", "Acties") and explain
# why under others ("Wat speelt er?", "Aanleiding", "Analyse"): the common structure of Dutch policy plans.
_ACTION_HEADING = re.compile(r"\b(?:wat\s+(?:gaan|doen)\s+(?:we|wij)|aanpak|acties?|activiteiten|maatregelen|"
                             r"uitvoering\w*|inzet|interventies|werkwijze|wat\s+kunt\s+u)\b", re.I)
# What residents can do themselves ("Wat kunt u zelf doen?", "Wat kunnen inwoners doen?"): an action heading only
# for a question about that ("Wat kunt u van de gemeente verwachten?" is about the municipality's actions).
RESIDENTS_HEADING = re.compile(r"\bwat\s+(?:kunt|kan|kun)\s+(?:u|je|jij)\s+(?:zelf\s+)?doen\b|\bwat\s+kunnen\s+"
                               r"(?:\w+\s+)?(?:inwoners|bewoners|burgers|ondernemers|ouders)\b|\bzelf\s+doen\b", re.I)
_EXPLAIN_HEADING = re.compile(r"\b(?:wat\s+(?:speelt|zien|weten)\s+(?:er|we|wij)|aanleiding|achtergrond|analyse|"
                              r"probleem\w*|context|waarom|situatie|beeld|inleiding)\b", re.I)
_ACTION_SENTENCE = re.compile(r"^(?:[•\-–*]\s*)?(?:wij|we|de\s+gemeente|samen\s+met\b[^,]{0,80},?\s*(?:wij|we))\s+"
                              r"(?!zien|weten|hebben\s+gezien|constateren|merken)\w+", re.I)
ACTION_SENTENCE_CUE = 0.6  # "Wij organiseren …" outside an action section: an action, less sure than under a label


def action_cue(text: str, heading_path: Sequence[str], residents: bool = False) -> float:
    """A unit that says what the plan does: under an action heading, or an action sentence ("Wij organiseren …").
    Asked what residents can do themselves (``residents``), the plan's advice to them ("Wat kunt u zelf doen?")
    is such a heading too; asked what the municipality does, that advice is none."""
    def acts(heading: str) -> bool:
        return residents if RESIDENTS_HEADING.search(heading) else bool(_ACTION_HEADING.search(heading))

    if any(acts(h) for h in heading_path[-2:]):
        return 1.0
    return ACTION_SENTENCE_CUE if _ACTION_SENTENCE.match(text.strip()) else 0.0


def reason_cue(text: str, heading_path: Sequence[str] = ()) -> float:
    """A sentence that gives a reason ("omdat", "de redenen … zijn", "zetten wij separaat weg"), or a
    sentence of a section that explains the situation ("Wat speelt er?")."""
    if _REASON_WORDS.search(text):
        return 1.0
    return 0.5 if any(_EXPLAIN_HEADING.search(h) for h in heading_path[-2:]) else 0.0


def figure_cue(kind: str, text: str, years: Sequence[int] = (), context: str = "") -> float:
    """How much a unit looks like the answer to a figure question: a number, a table row, the asked years.

    For a table row the years are looked up in its header row (``context``).
    """
    if not _FIGURE_NUMBER.search(YEAR.sub(" ", text)) and not WORD_NUMBER.search(text):
        return 0.0  # a year alone is a date, not a figure
    score = 0.6 if kind == "table_row" else 0.4
    scope = text + " " + context if kind == "table_row" else text
    if years:
        score += 0.4 * sum(str(y) in scope for y in set(years)) / len(set(years))
    elif "%" in text or kind == "table_row":
        score += 0.2
    return min(score, 1.0)


# How often, stated without a number: "elke maand", "ieder kwartaal", "wekelijks" (a number is a figure anyway).
_PERIODIC = re.compile(r"\b(?:elke|ieder(?:e)?)\s+(?:dag|week|maand|kwartaal|jaar|halfjaar|schooljaar|vergadering)\b|"
                       r"\b\w*(?:jaarlijks|maandelijks|wekelijks|dagelijks)\w*\b", re.I)


def periodic(text: str) -> bool:
    """Whether ``text`` says how often in words ("dat elke maand bijeenkomt", "jaarlijks").

    >>> periodic("In het Havenoverleg, dat elke maand bijeenkomt, …"), periodic("Elke gemeente doet mee.")
    (True, False)
    """
    return bool(_PERIODIC.search(text))


def frequency_cue(text: str) -> float:
    """A sentence that states how often something happens ("iedere vier jaar", "tweejaarlijks")."""
    return 1.0 if _FREQUENCY_WORDS.search(text) else 0.0


def definition_cue(subject: str, text: str) -> float:
    """A sentence that defines ``subject``: 'X is/betekent/…', 'X (expansion)', 'onder X wordt verstaan'.

    >>> definition_cue("babbeltruc", "• Babbeltruc: oplichting aan de deur."), definition_cue("babbeltruc", "Meer babbeltrucs.")
    (1.0, 0.3)
    >>> definition_cue("keetbaas", "Keetbaas\\n    iemand die een keet beheert."), definition_cue("keet", "Keet\\n2024")
    (1.0, 0.3)
    """
    if not subject:
        return 0.0
    s = re.escape(subject.lower())
    low = text.lower()
    if subject.lower() not in low:
        return 0.0
    patterns = [
        rf"\b{s}\b[^.]{{0,80}}?\b(is|zijn|betekent|houdt in|staat voor|ondersteun\w*|richt zich|bestaat uit|omvat)\b",
        # a glossary line: "Uithaler: …", "Uithaler – iemand die …", also as a list item ("• Babbeltruc: …")
        rf"^\s*(?:[•·▪◦●○■\-–*]\s*)?{s}\s*(?::|\s[–—-]\s)",
        # the term on a line of its own over its definition, as a definition list or a text export sets it
        rf"^\s*{s}[ \t]*\n\s*[^\W\d_]",
        rf"\b{s}\s*\(", rf"\(\s*{s}\s*\)",
        # "onder X wordt verstaan / verstaan wij / verstaat de gemeente", "met X bedoelen we", "wij verstaan onder X"
        rf"\b(onder|met)\s+(?:een\s+|de\s+|het\s+)?{s}\b[^.]{{0,40}}(?<!zoals )\b(verstaan|verstaat|bedoeld|bedoelen|bedoelt)\b",
        rf"\b(verstaan|verstaat|bedoelen|bedoelt)\b[^.]{{0,30}}\b(onder|met)\s+(?:een\s+|de\s+|het\s+)?{s}\b",
    ]
    return 1.0 if any(re.search(p, low) for p in patterns) else 0.3


def names(noun: str, stems: Iterable[str]) -> bool:
    """Whether a label names ``noun``: the same stem, or a compound whose head it is.

    Dutch compounds put the head last: 'ketenpartner' names partners, but
    'veiligheidsveld' does not name 'veilig' (there it only modifies).
    """
    return any(s == noun or (len(noun) >= MIN_HEAD and s.endswith(noun)) for s in stems)


def list_cue(list_nouns: Iterable[str], label_stems: Iterable[frozenset[str]], has_list: bool) -> float:
    """A list whose lead-in or heading names what the question lists scores 1; any list 0.4."""
    if not has_list:
        return 0.0
    nouns = list(list_nouns)
    for stems in label_stems:
        if any(names(n, stems) for n in nouns):
            return 1.0
    return 0.4


@dataclass(frozen=True)
class Evidence:
    """Stage-2 features of one candidate chunk."""

    coverage: float
    heading: float
    intent: float
    best_sentence: int  # row in the sentence table, -1 if none


def absolute_relevance(evidence: "Evidence | None", similarities: np.ndarray) -> float:
    """How well a municipality's best passage answers, comparable across municipalities.

    Fused and re-ranked scores are z-scores within one municipality's candidates, so every
    municipality's best looks equally good; the best sentence's own cosine and its key-term
    coverage are absolute.
    """
    if evidence is None or evidence.best_sentence < 0:
        return float("-inf")
    return float(similarities[evidence.best_sentence]) + RELEVANCE_COVERAGE * evidence.coverage


def rerank_score(first_stage: float, evidence: Evidence) -> float:
    """Final score of a candidate: first-stage fusion plus weighted evidence (weights read at call time)."""
    return (first_stage + COVERAGE_WEIGHT * evidence.coverage + HEADING_WEIGHT * evidence.heading
            + INTENT_WEIGHT * evidence.intent)
