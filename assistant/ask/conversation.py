"""Follow-up questions read in the light of the conversation, by rules.

A question that leaves out what the conversation already established is rewritten
into one that stands alone; the rewrite is what is answered and what the user is
shown ("Gelezen als: …"), so that a wrong reading can be undone:

* another municipality, nothing else: the last question asked again there
  ("En in Dalfsen?", "Hoe zit dat bij Doesburg?"; "En vergeleken met Dalfsen?" asks both);
* another year only: the last question for that year ("En in 2017?");
* a reference back to the topic ("Wat is daar de doelstelling van?", "Welke partners zijn daarbij
  betrokken?", "… aan dit thema"): the topic of the conversation put in its place;
* a bare noun ("En de partners?"): that noun asked of the conversation's municipality and topic;
* a pronoun for the municipality ("Wat zijn hun prioriteiten?", "deze gemeente"): the municipality.

Everything else is read as it was typed: a question that names its own municipality and
topic is a new question, also in the middle of a conversation.

    >>> known = ["Dalfsen", "Doesburg"]
    >>> first = read("Hoeveel woninginbraken waren er in Dalfsen in 2016?", None, known)
    >>> context = remember(None, first, known)
    >>> context.municipalities, context.topic
    (('Dalfsen',), 'woninginbraken')
    >>> read("Wat is daar de doelstelling van?", context, known).text
    'Wat is de doelstelling van Dalfsen voor woninginbraken?'
    >>> read("En in Doesburg?", context, known).text
    'Hoeveel woninginbraken waren er in Doesburg in 2016?'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Sequence

from assistant.ask.question import find_municipalities, municipality_pattern, question_parts
from assistant.text import STOPWORDS, fold, stem, words

# What a follow-up that only names a place (or a year) may say besides it.
_FILLER = frozenset(fold(w) for w in (
    "en", "maar", "ook", "nu", "dan", "in", "voor", "bij", "van", "met", "de", "het", "gemeente", "gemeenten",
    "hoe", "zit", "zat", "dat", "dit", "daar", "daarmee", "geldt", "gold", "is", "was", "zo", "wat", "dacht", "je",
    "u", "of", "nog", "eens", "vergeleken", "vergelijk", "vergelijking", "idem", "toen", "jaar", "plan", "op",
    "zijn", "er", "staat", "ervoor", "hetzelfde", "de", "vraag", "over", "gebied", "regio",
))
_COMPARE = re.compile(r"\bvergel\w*|\bten\s+opzichte\s+van\b", re.I)
_OPENER = re.compile(r"^\s*(?:en|maar|ook|of)\b[\s,]*", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PERIOD = re.compile(r"\b(?:19|20)\d\d\s*(?:[-–/]|t/m|tot(?:\s+en\s+met)?)\s*(?:19|20)\d\d\b")
# "daarvan", "daarbij", … and "daar … van": the topic referred back to, with the preposition it takes.
_BACK_FUSED = re.compile(r"\b(?:daar|hier)(van|bij|in|voor|over|aan|mee|op|tegen|naar|omtrent|rond|door|uit)\b", re.I)
_BACK_SPLIT = re.compile(r"\b(?:daar|hier)\b", re.I)
_STRANDED = re.compile(r"\s+(van|bij|in|voor|over|aan|mee|op|tegen|naar|door|uit)\s*\??\s*$", re.I)
_BACK_NOUN = re.compile(r"\b(?:dit|dat|deze|die|hetzelfde)\s+(?:thema|onderwerp|probleem|vraagstuk|beleidsveld|"
                        r"veld|terrein|punt|speerpunt|prioriteit)\b", re.I)
# "Hoe wil Dalfsen dat aanpakken?": the topic as the object of what the plan does.
_BACK_OBJECT = re.compile(r"\b(?:dat|dit|het)\s+(?=(?:\w+\s+)?(?:aanpakken|aanpak|doen|voorkomen|tegengaan|regelen|"
                          r"oppakken|bestrijden|organiseren|verbeteren|bereiken|meten|uitvoeren|betalen|financieren|"
                          r"terugdringen|verminderen)\b)", re.I)
_MODAL = re.compile(r"\b(?:wil|willen|gaat|gaan|kan|kunnen|moet|moeten|zal|zullen)\b", re.I)
# "hun prioriteiten", "deze gemeente": the municipality referred back to.
_BACK_PLACE = re.compile(r"\b(?:deze|die|dezelfde|diezelfde)\s+gemeente\b", re.I)
_THEIR = re.compile(r"\bhun\b", re.I)
_THEY = re.compile(r"\b(?:ze|zij)\b", re.I)
# A bare noun follow-up: "En de partners?", "En wat zijn de doelen?", "Ook de cijfers?"
_BARE = re.compile(r"^\s*(?:en|maar|ook|of)\b[\s,]*(?:wat\s+(?:zijn|is)\s+|welke\s+|hoe\s+zit\s+het\s+met\s+)?"
                   r"(?:de|het|hun|zijn|haar)\s+(?P<noun>[\w'’-]+(?:\s+[\w'’-]+){0,2})\s*\??\s*$", re.I)
PREPOSITIONS = {"van": "voor", "mee": "met", "omtrent": "over", "rond": "rond"}  # "daarvan" -> "voor <topic>"
# Words of a question that ask, not name its topic ("Hoe wil Dalfsen woninginbraken voorkomen?" -> woninginbraken).
_ASKING = frozenset(fold(w) for w in (
    "doet", "doen", "wil", "willen", "gaat", "gaan", "heeft", "hebben", "had", "hadden", "noemt", "noemen", "staat",
    "staan", "zegt", "zeggen", "waren", "was", "zijn", "is", "wordt", "worden", "werd", "werden", "komt", "komen",
    "voorkomen", "aanpakken", "aanpak", "tegengaan", "bestrijden", "terugdringen", "verminderen", "verbeteren",
    "beleid", "beleidsplan", "plan", "plannen", "gemeente", "gemeenten", "aantal", "aantallen", "cijfers", "cijfer",
    "prioriteit", "prioriteiten", "speerpunt", "speerpunten", "doel", "doelen", "doelstelling", "doelstellingen",
    "ambitie", "ambities", "maatregel", "maatregelen", "partner", "partners", "thema", "themas", "thema's", "lokale",
    "regionale", "belangrijkste", "genoemd", "gesteld", "gekozen", "staan", "op", "gebied", "rond", "rondom",
    "omtrent", "betreft", "waarom", "welke", "welk", "wat", "hoe", "hoeveel", "wie", "wanneer", "waar", "veel",
    "meer", "minder", "vaak", "precies", "gemiddeld", "ongeveer", "totaal", "zitten", "zit", "over", "daar", "hier",
    "dat", "dit", "deze", "die", "de", "het", "een", "en", "of", "in", "van", "voor", "bij", "aan", "tegen",
    "er", "ze", "zij", "hun", "haar", "zich", "wij", "we", "men", "nog", "al", "ook", "dan", "mee", "naar", "per",
    "kader", "gezet", "ingezet", "inzet", "inzetten", "uitvoeren", "uitgevoerd", "vastgesteld", "periode",
))
_PLACE_SLOT = "\x00"  # where a carried municipality goes in a rewrite (before an appended topic)
MAX_TOPIC_WORDS = 4  # the topic remembered from a question ("personen met verward gedrag")


class Carried(StrEnum):
    """What a follow-up took from the conversation."""

    MUNICIPALITY = "gemeente"
    TOPIC = "onderwerp"
    QUESTION = "vraag"  # the previous question, asked again of another place or year


@dataclass(frozen=True)
class Context:
    """What the conversation so far is about: its municipalities, its topic (as the user wrote it) and its
    last question as it was answered."""

    municipalities: tuple[str, ...] = ()
    topic: str = ""
    question: str = ""


@dataclass(frozen=True)
class Reading:
    """A question as typed (``asked``) and as it is answered (``text``), with what was carried over."""

    asked: str
    text: str
    carried: tuple[Carried, ...] = ()

    @property
    def rewritten(self) -> bool:
        return self.text != self.asked


def _names(names: Sequence[str]) -> str:
    names = list(names)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]


def _spoken(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", text)


def _only_filler(text: str, known: Sequence[str]) -> bool:
    """Whether ``text`` says nothing besides municipality names, years and filler words."""
    rest = _YEAR.sub(" ", _without_places(text, known))
    return all(fold(w) in _FILLER for w in _spoken(rest))


def _without_places(text: str, known: Sequence[str], mark: str = " ") -> str:
    """``text`` with every known municipality's name replaced by ``mark``."""
    for name in known:
        text = municipality_pattern(name).sub(mark, text)
    return text


def _question_form(text: str) -> str:
    """``text`` with one closing question mark."""
    return text.rstrip(" ?.") + "?"


def asked_of(question: str, old: Sequence[str], new: Sequence[str]) -> str:
    """The question asked of ``new`` instead of ``old`` (which it names), or of ``new`` added at its end.

    >>> asked_of("Wat doet Doesburg aan ondermijning?", ["Doesburg"], ["Dalfsen", "Doesburg"])
    'Wat doen Dalfsen en Doesburg aan ondermijning?'
    >>> asked_of("Wat doen Doesburg en Dalfsen aan ondermijning?", ["Doesburg", "Dalfsen"], ["Zwolle"])
    'Wat doet Zwolle aan ondermijning?'
    """
    if not old:
        return _question_form(f"{question.rstrip(' ?.')} in {_names(new)}")
    text = question
    first = old[0]
    for other in old[1:]:  # "Doesburg en Dalfsen" -> "Doesburg"
        name = municipality_pattern(other).pattern
        text = re.sub(rf"(?:\s*,\s*|\s+(?:en|of)\s+){name}", "", text, flags=re.I)
        text = re.sub(rf"{name}(?:\s*,\s*|\s+(?:en|of)\s+)", "", text, flags=re.I)
    replacement = _names(new)
    text = municipality_pattern(first).sub(lambda m: replacement + m.group(0)[len(first):], text, count=1)
    if len(old) == 1 and len(new) > 1:
        return _conjugated(text, SINGULAR_TO_PLURAL)
    if len(old) > 1 and len(new) == 1:
        return _conjugated(text, {plural: singular for singular, plural in SINGULAR_TO_PLURAL.items()})
    return text


# The finite verbs whose subject in a question is the municipality, singular and plural: "Wat doet Doesburg …"
# asked of two municipalities is "Wat doen Doesburg en Dalfsen …". ("is", "staat", "wordt" mostly agree with
# something else: "Wat is het beleid van Doesburg?")
SINGULAR_TO_PLURAL = {
    "doet": "doen", "heeft": "hebben", "wil": "willen", "gaat": "gaan", "kan": "kunnen", "moet": "moeten",
    "zal": "zullen", "noemt": "noemen", "pakt": "pakken", "zet": "zetten", "kiest": "kiezen", "werkt": "werken",
    "stelt": "stellen", "telt": "tellen", "geeft": "geven", "ziet": "zien", "maakt": "maken", "neemt": "nemen",
    "zegt": "zeggen", "legt": "leggen", "richt": "richten", "gebruikt": "gebruiken", "besteedt": "besteden",
    "voert": "voeren",
}


def _conjugated(text: str, verbs: dict[str, str]) -> str:
    """``text`` with its first verb of ``verbs`` in the other number (capitalisation kept)."""
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, verbs)) + r")\b", re.I)

    def swap(match: re.Match[str]) -> str:
        word = verbs[match.group(1).lower()]
        return word[:1].upper() + word[1:] if match.group(1)[:1].isupper() else word

    return pattern.sub(swap, text, count=1)


def _swap_year(question: str, years: Sequence[str]) -> str:
    found = _YEAR.findall(question)
    if len(found) == 1 and not _PERIOD.search(question):
        return _YEAR.sub(years[0], question, count=1)
    return _question_form(f"{question.rstrip(' ?.')} in {years[0]}")


def _with_place(text: str, municipalities: Sequence[str]) -> str:
    return f"{text} in {_names(municipalities)}" if municipalities else text


def read(asked: str, context: Context | None, known: Sequence[str]) -> Reading:
    """The question as it is answered: ``asked`` itself, or its rewrite with what the conversation supplies."""
    if context is None or not context.question:
        return Reading(asked, asked)
    named = find_municipalities(asked, list(known))
    years = _YEAR.findall(asked)
    places = context.municipalities
    if (named or years) and _only_filler(asked, known):
        if named:
            new = tuple(dict.fromkeys((*places, *named))) if _COMPARE.search(asked) else named
            text = asked_of(context.question, places, new)
            if years:
                text = _swap_year(text, years)
            return Reading(asked, text, (Carried.QUESTION,))
        return Reading(asked, _swap_year(context.question, years), (Carried.QUESTION, Carried.MUNICIPALITY))
    carried: list[Carried] = []
    text = asked.strip()
    bare = _BARE.match(text)
    if bare and not named and (places or context.topic):
        noun = bare.group("noun")
        verb = "zijn" if re.search(r"(?:en|s|'s|’s)$", noun.split()[0], re.I) else "is"
        text = f"Wat {verb} de {noun}"
        if places:
            text += f" van {_names(places)}"
            carried.append(Carried.MUNICIPALITY)
        if context.topic and fold(context.topic) not in fold(noun):
            text += f" voor {context.topic}"
            carried.append(Carried.TOPIC)
        return Reading(asked, _question_form(text), tuple(carried))
    if context.topic:
        text, topic_carried = _topic_back(text, context.topic)
        if topic_carried:
            carried.append(Carried.TOPIC)
    if places and not named:
        text, place_carried = _place_back(text, places, bool(carried))
        if place_carried:
            carried.append(Carried.MUNICIPALITY)
    if not carried:
        return Reading(asked, asked)
    text = _tidy(_OPENER.sub("", text.replace(_PLACE_SLOT, ""), count=1))
    return Reading(asked, _question_form(text[:1].upper() + text[1:]), tuple(carried))


def _topic_back(text: str, topic: str) -> tuple[str, bool]:
    """``text`` with a reference back to the topic replaced by it ("daarbij" -> "bij woninginbraken")."""
    fused = _BACK_FUSED.search(text)
    if fused:
        preposition = fused.group(1).lower()
        replacement = f"{PREPOSITIONS.get(preposition, preposition)} {topic}"
        if preposition == "van" and re.match(r"^\s*(?:wat|welke)\b", text, re.I):
            # "Wat zijn daarvan de doelen?": the topic goes after the noun asked for
            return _append_topic(text[:fused.start()] + text[fused.end():], topic), True
        return _tidy(text[:fused.start()] + replacement + text[fused.end():]), True
    noun = _BACK_NOUN.search(text) or _BACK_OBJECT.search(text)
    if noun:
        return _tidy(text[:noun.start()] + topic + " " + text[noun.end():]), True
    split = _BACK_SPLIT.search(text)
    stranded = _STRANDED.search(text)
    if split and stranded and stranded.start() > split.end():
        preposition = stranded.group(1).lower()
        body = text[:split.start()] + text[split.end():stranded.start()]
        return _append_topic(body, topic, PREPOSITIONS.get(preposition, preposition)), True
    return text, False


def _append_topic(text: str, topic: str, preposition: str = "voor") -> str:
    return _tidy(f"{text.rstrip(' ?.')} {_PLACE_SLOT}{preposition} {topic}")


def _place_back(text: str, places: Sequence[str], topic_carried: bool) -> tuple[str, bool]:
    """``text`` with the conversation's municipality put where the question refers to it (or left out)."""
    names = _names(places)
    if _PLACE_SLOT in text:  # a topic appended by ``_topic_back``: the place goes before it
        return text.replace(_PLACE_SLOT, f"van {names} "), True
    back = _BACK_PLACE.search(text)
    if back:
        return _tidy(text[:back.start()] + names + text[back.end():]), True
    if _THEIR.search(text):
        return _question_form(_tidy(f"{_THEIR.sub('de', text, count=1).rstrip(' ?.')} van {names}")), True
    if _THEY.search(text) or topic_carried or _OPENER.match(text):
        return _question_form(_with_place(text.rstrip(" ?."), places)), True
    return text, False


def _tidy(text: str) -> str:
    return re.sub(r"\s{2,}", " ", text).strip()


def topic_of(text: str, known: Sequence[str]) -> str:
    """What a question is about, as it writes it: its words that do not ask, name a place or a year
    ("Hoeveel woninginbraken waren er in Dalfsen in 2016?" -> "woninginbraken")."""
    runs = _topic_runs(text, known)
    if not runs:
        return ""
    # "personen met verward gedrag": a run joined by "met" is kept whole; otherwise the longest run
    best = max(runs, key=len)
    while best and fold(best[-1]) == "met":
        best = best[:-1]
    while best and fold(best[0]) == "met":
        best = best[1:]
    return " ".join(best[:MAX_TOPIC_WORDS])


def _topic_runs(text: str, known: Sequence[str]) -> list[list[str]]:
    """The runs of words of a question that do not ask, name a place or a year, in order."""
    rest = _YEAR.sub(" | ", _without_places(text, known, " | "))
    tokens = re.findall(r"[\w'’-]+|\|", rest)
    if _MODAL.search(text) and tokens and tokens[-1] != "|":
        tokens = tokens[:-1]  # "Hoe wil Dalfsen … helpen?": the infinitive that closes the question
    runs: list[list[str]] = [[]]
    for token in tokens:
        folded = fold(token)
        if token == "|" or folded in _ASKING or (folded in STOPWORDS and folded not in ("met",)):
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append(token)
    return [r for r in runs if r]


def remember(context: Context | None, reading: Reading, known: Sequence[str]) -> Context:
    """The conversation's context after answering ``reading``."""
    previous = context or Context()
    named = find_municipalities(reading.text, list(known))
    topic = previous.topic if Carried.TOPIC in reading.carried or Carried.QUESTION in reading.carried else ""
    topic = topic or topic_of(reading.text, known) or (previous.topic if not named else "")
    return Context(named or previous.municipalities, topic, reading.text)


_LEADING_QUESTION_WORD = re.compile(r"^\s*(?:(?:op|in|met|voor|door|tot|vanaf|sinds|om|aan|bij|uit|onder|van|over)\s+)?"
                                    r"(?:wie|wat|wanneer|hoeveel|hoe|welke?|waar\w*)\b", re.I)
MAX_BARE_PART_WORDS = 2  # "waarom?", "en hoe?": the first part asked again with this question word


def part_question(first: str, part: str, known: Sequence[str]) -> str:
    """A later part of a question that joins several ("Hoe vaak komt het Havenoverleg in Schelvoorde bijeen,
    en wie zitten er aan tafel?") made to stand alone with what the first part names: its municipality and
    topic ("wie zitten er aan tafel in Schelvoorde over Havenoverleg?"), its year swapped ("…, en hoeveel in
    2019?"), or the whole first part after a bare question word ("…, en waarom?").

    >>> part_question("Hoeveel inbraken waren er in Dalfsen in 2016?", "hoeveel in 2017?", ["Dalfsen"])
    'Hoeveel inbraken waren er in Dalfsen in 2017?'
    >>> part_question("Welke prioriteit heeft Dalfsen gekozen?", "waarom?", ["Dalfsen"])
    'waarom: welke prioriteit heeft Dalfsen gekozen?'
    """
    if len(_spoken(part)) <= MAX_BARE_PART_WORDS and not _YEAR.search(part):
        return _question_form(f"{part.rstrip(' ?.')}: {first[:1].lower()}{first[1:].rstrip(' ?.')}")
    rest = _LEADING_QUESTION_WORD.sub("", part, count=1)
    years = _YEAR.findall(part)
    if years and _only_filler(rest, known) and not find_municipalities(rest, list(known)):
        return _swap_year(first, years)
    context = remember(None, Reading(first, first), known)
    reading = read("En " + part, context, known)
    text = reading.text
    said = {fold(w) for w in _spoken(text)}
    topic = [w for run in _topic_runs(first, known) for w in run if fold(w) not in said and fold(w) != "met"]
    if topic and Carried.TOPIC not in reading.carried:
        text = _question_form(f"{text.rstrip(' ?.')} over {' '.join(topic)}")
    return text


@dataclass(frozen=True)
class Part:
    """One question of a question that joins several: as typed, as answered on its own, and the terms it asks
    about itself (not its municipality, not the words that only ask)."""

    typed: str
    text: str
    terms: frozenset[str]


def standalone_parts(text: str, known: Sequence[str]) -> tuple[Part, ...]:
    """The parts of a question that joins several, each as typed and as it is answered on its own (see
    ``part_question``); a part that names no municipality is asked of those the question names. Empty for a
    question that asks one thing."""
    parts = question_parts(text)
    if len(parts) < 2:
        return ()
    named = find_municipalities(text, list(known))
    first = parts[0]
    if named and not find_municipalities(first, list(known)):
        first = _question_form(_with_place(first.rstrip(" ?."), named))
    out = []
    for typed in parts:
        alone = first if typed is parts[0] else part_question(first, typed, known)
        if named and not find_municipalities(alone, list(known)):
            alone = _question_form(_with_place(alone.rstrip(" ?."), named))
        out.append(Part(typed, alone, _own_terms(typed, known)))
    return tuple(out)


def _own_terms(text: str, known: Sequence[str]) -> frozenset[str]:
    return frozenset(stem(w) for w in words(_without_places(text, known)) if w not in _ASKING and w not in STOPWORDS)
