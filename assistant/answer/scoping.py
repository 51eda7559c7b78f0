"""Scoping sentences: where a plan says it leaves a topic to other policy, or out of the plan.

Plans draw their own borders in set phrases of Dutch policy writing: a topic "falls under" another plan
("valt onder het GVVP", "… onder de Mobiliteitsvisie", "… onder het eigen mobiliteitsbeleid"); it falls
outside or is no part of this plan; this plan does not work it out ("wordt in dit beleid niet verder
uitgewerkt", "… niet meegenomen in dit veiligheidsbeleid"); or it is explicitly not a priority. Such a
sentence about the question's topic is the plan's answer: a refusal shows it, and a question about how the
plan treats the topic is answered with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from assistant.answer.lookup import Lookups
from assistant.answer.types import Span
from assistant.answer.units import same_section
from assistant.ask import ranking
from assistant.ask.question import Question, municipality_pattern
from assistant.index.store import Index
from assistant.ingest.structure import BlockKind, UnitKind
from assistant.ingest.themes import load_taxonomy
from assistant.text import STOPWORDS, stem, term_set, terms, words

TOPIC_TERM_LENGTH = 7  # topics are long compounds ("verkeersveiligheid", "cameratoezicht"); short stems are verbs
PRIORITY_WORD = re.compile(r"(?:prioriteit|geprioriteerd|speerpunt|zwaartepunt|focuspunt|focusgebied|focusthema|"
                           r"kernthema)")

_POLICY_SUFFIX = r"(?:plan|visie|beleid|nota|programma|agenda|regeling)"  # what a policy document's name ends in
_POLICY_WORD = r"[\w-]*" + _POLICY_SUFFIX + r"\b"
_OTHER_POLICY = re.compile(
    r"\b(?:valt|vallen)\b[^.;]{0,40}?\bonder\s+(?:het|de|een|hun|haar|zijn|ons|onze)?\s*(?:eigen\s+)?"
    r"(?P<other>[A-Z]{2,}\b|" + _POLICY_WORD + r"|(?:[A-Z][\w-]*\s+){1,3}(?:en\s+)?" + _POLICY_WORD + r")")
_THIS_PLAN = (r"(?:dit|deze|het|ons)\s+(?:\w+\s+)?(?:beleid|plan|nota|kadernota|programma|beleidsplan|"
              r"veiligheidsbeleid|veiligheidsplan|document)\b")
_EXCLUSION = re.compile(
    r"\b(?:valt|vallen)\s+(?:\w+\s+){0,3}?buiten\b|\bbuiten\s+" + _THIS_PLAN + r"|"
    r"\b(?:maakt|maken)\s+geen\s+(?:onder)?deel\s+uit\b|\bgeen\s+(?:onder)?deel\s+(?:uit\s+)?van\s+" + _THIS_PLAN + r"|"
    r"\bseparaat\b|\bapart\s+(?:behandeld|opgepakt|weggezet|uitgewerkt)\b|\bbij\s+een\s+andere\s+(?:beleids)?afdeling\b|"
    r"\belders\s+(?:geregeld|belegd|uitgewerkt)\b|"
    r"\b" + _THIS_PLAN + r"\s+(?:gaat|gaan)\s+(?:\w+\s+)?(?:niet|evenmin)\s+over\b|"
    r"\b(?:staat|staan)\s+(?:\w+\s+)?niet\s+in\s+" + _THIS_PLAN, re.I)
# a section on what the plan leaves out ("Wat staat niet in dit beleid?", "1.3 Wat niet in dit plan staat", "Buiten dit
# plan"): a sentence there that names the other plan or programme a topic is in leaves that topic out
_LEFT_OUT_HEADING = re.compile(r"\bniet\s+in\s+" + _THIS_PLAN + r"|\b" + _THIS_PLAN + r"\s+niet\b|\bbuiten\s+"
                               r"(?:de\s+(?:reikwijdte|scope|kaders?|grenzen)\s+van\s+)?" + _THIS_PLAN, re.I)
# (the sentence's subject, a few words, is the topic: "Verkeersveiligheid staat in het Mobiliteitsplan Dijkmonde 2030.";
# a clause after it that names a plan of another body names no topic left out)
_OTHER_DOCUMENT = re.compile(r"^\W*(?:[\w'’-]+,?\s+){1,10}?(?:staat|staan|valt|vallen|loopt|lopen|zit|zitten|"
                             r"(?:werken|pakken|regelen)\s+(?:we|wij)\s+(?:\w+\s+)?(?:uit|op)?)\s*(?:\w+\s+){0,3}?"
                             r"(?:in|via|onder)\s+(?:(?:het|de|een)\s+|(?=andere?\s))(?:[\w-]+\s+){0,3}?" + _POLICY_WORD, re.I)
_NOT_WORKED_OUT = re.compile(r"\bniet\s+(?:\w+\s+){0,4}?(?:uitgewerkt|meegenomen|behandeld|opgenomen)\b", re.I)
_NAMES_A_PLAN = re.compile(_POLICY_WORD)  # "veiligheidsbeleid", "kadernota": a plan, not a topic
_REFERS_TO_THIS_PLAN = re.compile(r"\b" + _THIS_PLAN, re.I)
# "… is geen prioriteit (meer)", "… geen speerpunt meer", "… waren prioriteiten in het vorige plan, maar …"
# "… is geen prioriteit meer", "… waren prioriteiten in het vorige plan", and in the words of the Kernbeleid
# Veiligheid method, which sets the priorities apart from the regular work: "… horen nu bij de basisveiligheid"
_NOT_A_PRIORITY = re.compile(r"\bgeen\s+(?:\w+\s+)?(?:prioriteit|speerpunt|zwaartepunt|focuspunt)\b|"
                             r"\b(?:was|waren)\s+(?:een\s+)?(?:prioriteit|speerpunt)\w*\s+(?:in|van)\s+(?:het|de)\s+"
                             r"(?:vorige|voorgaande|oude)\b|"
                             r"\b(?:hoort|horen|valt|vallen|blijft|blijven)\s+(?:\w+\s+){0,2}?(?:bij|onder|onderdeel\s+van)\s+"
                             r"(?:de\s+)?(?:basisveiligheid|basiszorg|reguliere\s+(?:aanpak|taken|werkzaamheden))\b", re.I)
# "hiervoor", "daarmee", "waarbij": a pronominal adverb points at a topic, it names none
_PRONOMINAL = re.compile(r"(?:hier|daar|waar|er)(?:aan|achter|bij|binnen|buiten|door|in|langs|mee|na|naar|om|onder|op|over|"
                         r"toe|tegen|tussen|uit|van|voor|vor|zonder)")
# "Welke gemeenten …" asks across the plans, "… en waar is het dan geregeld?" where a topic is handled: no topic a
# plan leaves out
_ASKING = frozenset({"gemeent", *terms("geregeld ondergebracht uitgewerkt belegd opgepakt behandeld")})
SPECIFIC_SHARE = 0.2  # a term in more than this share of a build's chunks is the plans' common vocabulary, not a topic
PHRASE_WORD_LENGTH = 4  # a word of a two-word topic ("online fraude") is at least this long
DOMINANT_SHARE = 0.4  # a term carrying this share of the question's topical weight is its main topic


def scope_exclusion(sentence: str) -> re.Match[str] | None:
    """Where a sentence says that a topic is left to other policy or out of this plan, if it does.

    >>> bool(scope_exclusion("Verkeersveiligheid valt onder het GVVP en maakt geen onderdeel uit van dit beleid."))
    True
    >>> bool(scope_exclusion("Ook de aantasting van goederen valt onder het begrip veiligheid."))
    False
    >>> bool(scope_exclusion("Cameratoezicht valt onder het integraal veiligheidsbeleid."))
    False
    >>> bool(scope_exclusion("Dit plan gaat niet over crisisbeheersing, brandweerzorg en externe veiligheid."))
    True
    >>> bool(scope_exclusion("Dit plan gaat over de veiligheid in de wijken."))
    False
    >>> bool(scope_exclusion("Huiselijk geweld is ernstig, maar het staat niet in dit beleid."))
    True
    """
    other = _OTHER_POLICY.search(sentence)
    if other and "veiligheid" not in other.group("other").lower():
        return other
    for pattern in (_EXCLUSION, _NOT_A_PRIORITY):
        match = pattern.search(sentence)
        if match:
            return match
    negated = _NOT_WORKED_OUT.search(sentence)
    if negated and _REFERS_TO_THIS_PLAN.search(sentence):
        return negated
    return None


def _row_exclusion(text: str) -> re.Match[str] | None:
    """Where the sentence of an ``exclusion_rows`` row leaves its topic out: its own words, or (in a section on
    what the plan leaves out) where it names the other plan; None for a row of a table of such topics
    ("| Coffeeshops | Drugsbeleid 2023 |"), which leaves its topic out as a whole."""
    return scope_exclusion(text) or _OTHER_DOCUMENT.search(text)


def _says_no_priority(text: str) -> bool:
    """Whether an ``exclusion_rows`` sentence only says its topic is no priority (it keeps the topic in the plan)."""
    match = _row_exclusion(text)
    return match is not None and match.re is _NOT_A_PRIORITY


def exclusion_rows(data: Lookups, doc_id: str) -> list[int]:
    """The sentence-table rows of one document that leave a topic out of the plan (computed once per build and
    document, when a question first reaches that document: a collection of a thousand plans is not read
    through for one question)."""
    def compute(index: Index) -> list[int]:
        path_at = index.documents[doc_id].structure.heading_path_at
        sentences = index.sentences
        def in_left_out_section(row: int) -> bool:
            path = path_at(int(sentences.start[row]))
            return bool(path) and bool(_LEFT_OUT_HEADING.search(path[-1]))

        # in a section on what the plan leaves out, a sentence that names where a topic is instead, and a row of a
        # table of such topics ("Onderwerp | Waar geregeld")
        structure = index.documents[doc_id].structure
        groups = structure.groups()

        def topic_row(row: int) -> bool:  # a row of a table below its header row ("Onderwerp | Waar geregeld")
            block = structure.block_at(int(sentences.start[row]))
            rows = [b for b in groups.get(block.group, []) if b.kind == BlockKind.TABLE_ROW] if block else []
            return bool(rows) and rows[0] is not block

        return [row for row in data.rows_of.get(doc_id, []) if scope_exclusion(sentences.texts[row])
                or ((_OTHER_DOCUMENT.search(sentences.texts[row])
                     or (str(sentences.kind[row]) == UnitKind.TABLE_ROW and topic_row(row)))
                    and in_left_out_section(row))]

    return data.index.derived(("answer.exclusions", doc_id), compute)


_NAME = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:(?:en|voor|der|den|op|aan)\s+)?[A-Z][\w'’-]*)+")


def name_terms(question: Question) -> tuple[frozenset[str], ...]:
    """The stems of each multi-word proper name in a question ("het Meldpunt Zorg en Overlast"): it names an
    organisation or a programme, and one of its words ("overlast") is no topic a plan leaves out. The first word
    (capitalised as any first word) and the municipalities named are no part of a name ("Wat doet Proefstad aan
    Cybercrime?").

    >>> from assistant.ask.question import understand
    >>> [sorted(n) for n in name_terms(understand("Waarom is het Meldpunt Zorg en Overlast in Ravelingen open?",
    ...                                          ["Ravelingen"]))]
    [['meldpunt', 'overlast', 'zorg']]
    >>> name_terms(understand("Doet Proefstad aan Cybercrime?", ["Proefstad"]))
    ()
    """
    text = question.text
    first = re.match(r"\s*\S+", text)
    text = " | " + text[first.end():] if first else text
    for place in question.municipalities:
        text = municipality_pattern(place).sub(" | ", text)
    names = [m for m in _NAME.finditer(text) if " " in m.group(0)]
    outside = term_set(_NAME.sub(" | ", text)) if names else frozenset()
    # a word the question also writes outside the name is its own ("…, het programma voor digitale veiligheid")
    return tuple(frozenset(term_set(m.group(0)) - outside) for m in names)


Phrase = tuple[str, str]  # the stems of two words written one after the other


def topic_phrases(question: Question) -> tuple[Phrase, ...]:
    """The question's two-word topics: two content words it writes one after the other ("online fraude", "illegale
    kamerverhuur"), neither a place it names. Each word may be short and common; written together they name the
    topic as the long compounds of ``TOPIC_TERM_LENGTH`` do.

    >>> from assistant.ask.question import understand
    >>> topic_phrases(understand("Welke doelen heeft Proefstad gesteld om online fraude terug te dringen?", ["Proefstad"]))
    (('onlin', 'fraud'), ('fraud', 'terug'))
    """
    placed = term_set(" ".join((*question.municipalities, *question.places)))
    tokens = words(question.text)
    out = []
    for a, b in zip(tokens, tokens[1:]):
        pair = (stem(a), stem(b))
        if all(len(w) >= PHRASE_WORD_LENGTH and w not in STOPWORDS and not w.isdigit() for w in (a, b)) \
                and not set(pair) & placed and not set(pair) & _ASKING:
            out.append(pair)
    return tuple(dict.fromkeys(out))


# an article before a word makes it a noun ("de dijken", "het vuurwerk"), after the adjectives between them ("de oude
# dijken", "het vorige veiligheidsbeleid"); a noun with "van" after it says what about the noun after that ("de
# aanpak van woonoverlast"), which is the topic (the word after the article then names none)
_ARTICLE_WORD = re.compile(r"\b(?i:de|het|een)\s+(?:[a-zà-ÿ]+e\s+)*([a-zà-ÿ][\w'’-]*)(?P<rest>\s+\S+)?")
NOUN_TERM_LENGTH = 4  # a noun shorter than TOPIC_TERM_LENGTH ("dijk", "brug") still names a topic
# with an auxiliary verb, Dutch puts the main verb last, a participle or an infinitive: "… worden de dijken
# verhoogd?", "… gaat de gemeente doen?"
_FINAL_VERB = re.compile(r"\b(?:word|wordt|worden|werd|werden|zal|zullen|gaat|gaan|kan|kunnen|moet|moeten|wil|willen|"
                         r"heeft|hebben|is|zijn)\b.*\s([a-zà-ÿ]+(?:d|t|en))\W*$", re.I)


def topic_nouns(question: Question, weights: dict[str, float]) -> frozenset[str]:
    """The stems the question writes as a noun after an article that carry most of its topical weight (at least
    the dominant share): a short topic that the length rule of ``TOPIC_TERM_LENGTH`` would take for a verb.

    >>> from assistant.ask.question import understand
    >>> sorted(topic_nouns(understand("Wanneer worden de oude dijken verhoogd?", []), {"dijk": 1.4, "oud": 0.5,
    ...                                                                                 "verhoogd": 2.5}))
    ['dijk']
    >>> sorted(topic_nouns(understand("Wat doet de gemeente aan overlast in de wijk?", []), {"overlast": 3.0, "wijk": 1.0}))
    []
    >>> sorted(topic_nouns(understand("Hoe is de nieuwe aanpak van woonoverlast?", []), {"aanpak": 3.0, "nieuw": 0.5,
    ...                                                                                  "woonoverlast": 2.0}))
    []
    """
    final = _FINAL_VERB.search(question.text)  # "Wanneer worden de dijken verhoogd?": the verb is no topic
    verb = stem(final.group(1).lower()) if final else None
    total = sum(w for k, w in weights.items() if k != verb)
    if not total:
        return frozenset()
    written = {stem(m.group(1)) for m in _ARTICLE_WORD.finditer(question.text)
               if not (m.group("rest") or "").strip().lower().startswith("van")}
    return frozenset(k for k in written if len(k) >= NOUN_TERM_LENGTH and k not in STOPWORDS and k != verb
                     and weights.get(k, 0.0) / total >= DOMINANT_SHARE)


# a topic and what kind of it: "overlast van jongeren", "overlast door hondenpoep", "diefstal uit auto's"
_KIND_OF = re.compile(r"([\w'’-]+)\s+(?:van|door|uit|onder|bij)\s+(?:de\s+|het\s+|een\s+|hun\s+)?([\w'’-]+)", re.I)


def topic_kinds(text: str) -> dict[str, frozenset[str]]:
    """Per stem of a topic the text writes with what kind of it follows ("overlast van jongeren"), that kind's stems.

    >>> topic_kinds("Hoe pakt de gemeente overlast van jongeren aan?")
    {'overlast': frozenset({'jonger'})}
    """
    kinds: dict[str, set[str]] = {}
    for m in _KIND_OF.finditer(text):
        kind = [w for w in words(m.group(2)) if w not in STOPWORDS]
        if kind and words(m.group(1)):
            kinds.setdefault(stem(words(m.group(1))[-1]), set()).update(stem(w) for w in kind)
    return {k: frozenset(v) for k, v in kinds.items()}


@dataclass(frozen=True)
class Topic:
    """How a question names its topic, for ``left_out``: the proper names in it (see ``name_terms``), its two-word
    topics (``topic_phrases``), its short nouns that carry its weight (``topic_nouns``) and the kinds it asks of a
    topic (``topic_kinds``)."""

    names: tuple[frozenset[str], ...] = ()
    phrases: tuple[Phrase, ...] = ()
    nouns: frozenset[str] = frozenset()
    kinds: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, question: Question, weights: dict[str, float]) -> "Topic":
        return cls(name_terms(question), topic_phrases(question), topic_nouns(question, weights),
                   topic_kinds(question.text))


def _writes_phrase(text: str, phrases: Sequence[Phrase]) -> bool:
    stems = [stem(w) for w in words(text)]
    written = set(zip(stems, stems[1:]))
    return any(p in written for p in phrases)


def left_out(data: Lookups, weights: dict[str, float], docs: set[str] | None, municipality: str | None,
             topic: Topic = Topic(), no_priority: bool = True, only_no_priority: bool = False) -> Span | None:
    """The sentence of the block's plans (``docs``) that leaves the question's topic out, if there is one.

    The sentence must write one of the question's own specific terms (``weights``; not via a synonym, not a
    word for the plan itself or for priorities, not a word of a proper name in the question (``topic.names``) unless it
    names all of that name, not another kind of the topic than the question asks of ("overlast door hondenpoep" for
    "overlast van jongeren", ``topic.kinds``), and where its excluding clause names municipalities, the block's
    ``municipality``.
    A sentence that only says the topic is no priority ("… is in dit beleid geen prioriteit meer") leaves it out of
    what the plan sets out to do, not out of its figures or its basic tasks: it counts only with ``no_priority``
    (and, with ``only_no_priority``, only such a sentence: the answer to whether the topic is a priority).
    A two-word topic of the question (``topic.phrases``) that the sentence writes as the question does names the
    topic too, when one of its words is specific. A shorter stem is a topic when the question writes it as a noun and
    it carries most of the question's weight (``topic.nouns``: "de dijken").
    """
    names, phrases, nouns, kinds = topic.names, topic.phrases, topic.nouns, topic.kinds
    if not docs:
        return None
    t = data.tables
    limit = SPECIFIC_SHARE * max(t.n_chunks, 1)
    specific = [k for k in weights if not k.isdigit() and 0 < t.document_frequency.get(k, 0) <= limit]
    phrases = [p for p in phrases if any(0 < t.document_frequency.get(k, 0) <= limit for k in p)
               and not any(PRIORITY_WORD.match(k) or _NAMES_A_PLAN.fullmatch(k) for k in p)]
    if not specific and not phrases:
        return None
    found: list[Span] = []
    for doc_id in sorted(docs):
        document = data.index.documents[doc_id]
        members = document.metadata.members
        about_plan = term_set(document.title)  # "veiligheidsbeleid" names the plan itself, not a topic
        topics = [k for k in specific if k not in about_plan and (len(k) >= TOPIC_TERM_LENGTH or k in nouns)
                  and not _NAMES_A_PLAN.fullmatch(k) and not PRIORITY_WORD.match(k) and k not in _ASKING
                  and not _PRONOMINAL.fullmatch(k)]
        own_phrases = [p for p in phrases if not set(p) <= about_plan]

        def names_topic(row: int, unnamed: set[str]) -> bool:
            text = data.index.sentences.texts[row]
            left = without_kept(text)
            placed = _PLACE_PHRASE.sub(" ", left)  # "parkeren rond het station": where, not what, is left out
            stems = t.sentence_stems[row] if placed == text else term_set(placed)
            written = topic_kinds(left) if kinds else {}
            return any(k in stems and not (k in kinds and k in written and not kinds[k] & stems)
                       for k in topics if k not in unnamed) or (bool(own_phrases) and _writes_phrase(left, own_phrases))

        rows = exclusion_rows(data, doc_id)
        excluding = set(rows)
        for row in rows:
            text = data.index.sentences.texts[row]
            says_no_priority = _says_no_priority(text)
            if (says_no_priority and not no_priority) or (only_no_priority and not says_no_priority):
                continue
            # the topic itself: not a word it is made of ("gemeenten" written, "gemeenteraad" asked), not a kind of
            # it ("woonoverlast" left out, "overlast van jongeren" asked), not the wider word ("overlast" left out,
            # "woonoverlast" asked)
            instead = _where_instead(data, row)
            stems = t.sentence_stems[row]
            unnamed = {k for name in names if not name <= stems for k in name}  # a name the sentence does not write
            listed = _listed_under(data, doc_id, row)
            if listed is not None:
                # "De volgende onderwerpen vallen buiten dit plan:" names no topic itself ("volgende"): its items do
                hit = next((r for r in listed if names_topic(r, unnamed)), None)
                if hit is None:
                    continue
                instead = hit
            elif not names_topic(row, unnamed):
                # or the sentence after it, for the question's topic that the plan writes nowhere else (at least
                # half its topic terms): what goes elsewhere with the topic left out ("Jeugdoverlast … geen
                # onderdeel van dit plan. … het Jeugdpreventieplan, dat de aanpak van hinderlijke jeugdgroepen …
                # regelt")
                after = _next_in_section(data, row)
                if after is not None and after in excluding:
                    continue  # a left-out sentence of its own ("Drugsoverlast … via …. Evenementen… staat in …")
                own = [k for k in topics if k not in unnamed]
                only_there = [k for k in own if after is not None and k in t.sentence_stems[after]
                              and _only_in(data, doc_id, k, {row, after})]
                if not only_there or 2 * len(only_there) < len(own):
                    continue
                instead = after
            if not _excludes_for(text, members, municipality):
                continue  # "valt in Aarlebeek en Heesveld onder …; alleen voor Dommelrode …"
            doc, start, end = data.index.sentences.span(row)
            span = (doc, start, data.index.sentences.span(instead)[2] if instead is not None else end)
            if _names_other_document(data.index.documents[doc].text[span[1]:span[2]], document.title):
                return span
            found.append(span)
    # of the sentences that leave the topic out, the first that says where it is instead ("Verkeersveiligheid is
    # onderdeel van het Mobiliteitsplan" over the decision's "… maken geen deel uit van dit plan")
    return found[0] if found else None


_OTHER_DOCUMENT_NAME = re.compile(r"(?<![\w-])(?-i:[A-Z])[\w-]*(?:" + _POLICY_SUFFIX + r"|kader)\b")


def _names_other_document(text: str, title: str) -> bool:
    """Whether ``text`` names a policy document by its name ("het Mobiliteitsplan Sassendael") other than the plan
    itself (a word of its ``title``)."""
    own = {w.lower() for w in words(title)}
    return any(m.group(0).lower() not in own for m in _OTHER_DOCUMENT_NAME.finditer(text))


def _excludes_for(text: str, members: Sequence[str], municipality: str | None) -> bool:
    """Whether an excluding sentence of a joint plan leaves the topic out for ``municipality``: its excluding clause
    names no member municipality, or names that one."""
    match = _row_exclusion(text)
    at = match.start() if match is not None else 0  # a table row: its first cell names the topic
    clause = next((c for c in _clauses(text) if c[0] <= at < c[1]), (0, len(text)))
    named = [m for m in members if municipality_pattern(m).search(text[clause[0]:clause[1]])]
    return not named or municipality in named


def theme_left_out(data: Lookups, question_text: str, docs: set[str] | None, municipality: str | None) -> Span | None:
    """The sentence or item of the block's plans that leaves out the whole theme the question's topic belongs to:
    "Wat doet de gemeente tegen hardrijders in de wijk?" is about verkeersveiligheid, and "verkeersveiligheid: die
    is uitgewerkt in het Mobiliteitsplan" leaves that out. The question must stand for one theme, and the excluding
    text must name that theme by its name (not only a kind of it: "fietsendiefstal" leaves no high-impact crime out)
    and stand for that theme alone; a sentence that only says a topic is no priority leaves out no theme. A plan
    that names the kind asked of elsewhere keeps that kind ("Evenementenveiligheid staat in het Evenementenbeleid"
    does not leave out "de jaarwisseling", which the plan lists among what it keeps)."""
    taxonomy = load_taxonomy()
    asked = taxonomy.match_name(question_text)
    if not docs or len(asked) != 1:
        return None
    theme = next(t for t in taxonomy.themes if t.id == asked[0])
    kinds = taxonomy.keyword_hits(question_text).get(theme.id, frozenset())
    for doc_id in sorted(docs):
        if kinds and _names_kind(data, doc_id, theme.id, kinds):
            continue
        for row in exclusion_rows(data, doc_id):
            text = data.index.sentences.texts[row]
            if (_says_no_priority(text)
                    or not _excludes_for(text, data.index.documents[doc_id].metadata.members, municipality)):
                continue
            listed = _listed_under(data, doc_id, row)
            for hit in (listed if listed is not None else [row]):
                written = data.index.sentences.texts[hit]
                clause = re.split(r"[:;]", written, maxsplit=1)[0] if listed is not None else without_kept(written)
                if names_theme(theme.name, clause) and taxonomy.match_name(clause) == asked:
                    doc, start, end = data.index.sentences.span(row)
                    return doc, start, max(end, data.index.sentences.span(hit)[2])
    return None


def _names_kind(data: Lookups, doc_id: str, theme_id: str, kinds: frozenset[str]) -> bool:
    """Whether the plan, outside what it leaves out, keeps one of the theme's keywords ``kinds``."""
    return bool(kinds & kept_keywords(data, doc_id).get(theme_id, frozenset()))


def kept_keywords(data: Lookups, doc_id: str) -> dict[str, frozenset[str]]:
    """Per theme, the keywords a plan keeps outside what it leaves out: named in a heading, a list item or a
    sentence that says what the plan does ("Wij maken afspraken over de jaarwisseling"). A sentence that only
    mentions one ("De problemen die inwoners noemen, zijn te hard rijden, …") keeps nothing. Computed once per
    build and document."""
    def compute(index: Index) -> dict[str, frozenset[str]]:
        taxonomy = load_taxonomy()
        left_out = set(exclusion_rows(data, doc_id))
        for row in exclusion_rows(data, doc_id):
            left_out.update(_listed_under(data, doc_id, row) or ())
        sentences, structure = index.sentences, index.documents[doc_id].structure
        kept: dict[str, set[str]] = {}
        for row in data.rows_of.get(doc_id, []):
            if row in left_out:
                continue
            text = sentences.texts[row]
            hits = taxonomy.keyword_hits(text)
            if not hits:
                continue
            block = structure.block_at(int(sentences.start[row]))
            if (block is not None and block.kind in (BlockKind.LIST_ITEM, BlockKind.HEADING)) \
                    or ranking.action_cue(text, ()):
                for theme_id, keywords in hits.items():
                    kept.setdefault(theme_id, set()).update(keywords)
        return {theme_id: frozenset(keywords) for theme_id, keywords in kept.items()}

    return data.index.derived(("answer.kept_keywords", doc_id), compute)


# What a left-out sentence says it keeps: "mestfraude valt buiten dit plan, drugsafval niet", "…, maar jeugdoverlast
# wel", "… met uitzondering van drugsafval", "behalve drugsafval"
_KEPT = re.compile(r",\s*(?:maar\s+|en\s+)?[^,;:.]{1,60}?\s+(?:niet|wel)\s*(?=[.;]|$)|"
                   r"\b(?:met\s+uitzondering\s+van|behalve)\b[^,;:.]*", re.I)


# A place a left-out topic is tied to, after the topic's own words ("Verkeersveiligheid en parkeren rond het station
# staan in het Mobiliteitsplan" leaves out no fietsdiefstal at the station)
_PLACE_PHRASE = re.compile(r"(?<=\w)\s+(?:rond|rondom|bij|nabij|langs|om)\s+(?:het|de)\s+[\w'’-]+", re.I)


def without_kept(text: str) -> str:
    """A left-out sentence without what it says it keeps (see ``_KEPT``).

    >>> without_kept("Toezicht op mest is een taak van de Omgevingsdienst; mestfraude valt buiten dit plan, drugsafval niet.")
    'Toezicht op mest is een taak van de Omgevingsdienst; mestfraude valt buiten dit plan.'
    """
    return _KEPT.sub("", text)


def names_theme(name: str, text: str) -> bool:
    """Whether ``text`` names a theme by its name, as written ("Verkeersveiligheid") or made into one compound of
    its words ("evenementenveiligheid" for "Veilige evenementen", "uitgaansveiligheid" for "Veilig uitgaan").

    >>> names_theme("Veilige evenementen", "b) evenementenveiligheid: die wordt geregeld in het evenementenbeleid")
    True
    >>> names_theme("Veilige evenementen", "het evenementenbeleid"), names_theme("Verkeersveiligheid", "verkeer")
    (False, False)
    """
    if re.search(rf"\b{re.escape(name)}\b", text, re.I):
        return True
    parts = [stem(w) if len(w) < THEME_PART_TRIM + 4 else w[:-THEME_PART_TRIM]
             for w in words(name) if w not in STOPWORDS and len(w) >= MIN_THEME_PART]
    return len(parts) > 1 and any(all(p in w for p in parts) for w in words(text))


MIN_THEME_PART = 4  # the shortest word of a theme's name that a compound of it must hold
THEME_PART_TRIM = 2  # a longer word is found without its last letters ("uitga" of "uitgaan" in "uitgaansveiligheid")


def _listed_under(data: Lookups, doc_id: str, row: int) -> list[int] | None:
    """The sentence rows of the list items a lead-in sentence ('… vallen buiten dit plan:') introduces; None when
    the sentence introduces no list."""
    text = data.index.sentences.texts[row]
    _, start, _ = data.index.sentences.span(row)
    structure = data.index.documents[doc_id].structure
    block = structure.block_at(start)
    if block is None or not block.lead_in or not text.rstrip().endswith(":"):
        return None
    items = [b for b in structure.groups().get(block.group, []) if b.kind == BlockKind.LIST_ITEM]
    if not items:
        return None
    first, last = items[0].start, items[-1].end
    return [r for r in data.rows_of.get(doc_id, []) if first <= data.index.sentences.span(r)[1] < last]


# "Die onderwerpen zijn ondergebracht in het beleidsplan sociaal domein …": the topics just named go elsewhere
_THOSE_ELSEWHERE = re.compile(r"^\W*(?:die|deze)\s+(?:onderwerpen|thema'?s|taken|zaken)\b[^.]{0,60}?\b(?:in|via|onder|bij)\s+"
                              r"(?:het|de|een)\s+[\w-]*" + _POLICY_SUFFIX, re.I)
_INSTEAD = re.compile(r"\b(?:daarvoor|hiervoor)\b", re.I)


def _where_instead(data: Lookups, row: int) -> int | None:
    """The sentence after an excluding one that says where the topic is dealt with instead ("Digitale veiligheid
    maakt geen deel uit van dit programma. Kalveroog doet daarvoor mee aan het Programma Digitaal Weerbaar …"),
    under the same heading; None when there is none. It is quoted with the exclusion; the topic left out is what
    the excluding sentence names."""
    following = _next_in_section(data, row)
    if following is None:
        return None
    text = data.index.sentences.texts[following]
    if _INSTEAD.search(text) or _THOSE_ELSEWHERE.search(text):
        return following
    # or names another document for a topic the excluding sentence names ("… maken geen deel uit van dit plan.
    # Verkeersveiligheid is onderdeel van het Mobiliteitsplan Sassendael; …")
    title = data.index.documents[str(data.index.sentences.doc[row])].title
    shared = {k for k in data.tables.sentence_stems[row] & data.tables.sentence_stems[following]
              if len(k) >= TOPIC_TERM_LENGTH and not _NAMES_A_PLAN.fullmatch(k)}
    return following if shared and _names_other_document(text, title) else None


def _next_in_section(data: Lookups, row: int) -> int | None:
    """The sentence after ``row`` under the same heading, unless it leaves a topic out itself."""
    following = row + 1
    if not same_section(data, row, following) or scope_exclusion(data.index.sentences.texts[following]):
        return None
    return following


def _only_in(data: Lookups, doc_id: str, term: str, rows: set[int]) -> bool:
    """Whether a document writes ``term`` in no sentence but ``rows``, and in no heading."""
    stems = data.tables.sentence_stems
    if any(row not in rows for row in data.rows_of.get(doc_id, []) if term in stems[row]):
        return False
    return not any(term in term_set(s.title) for s in data.index.documents[doc_id].structure.sections)


def _clauses(text: str) -> list[tuple[int, int]]:
    """Semicolon-separated clauses of a sentence, as (start, end) offsets."""
    out, start = [], 0
    for m in re.finditer(";", text):
        out.append((start, m.start()))
        start = m.end()
    return out + [(start, len(text))]


