"""Dutch text analysis shared by the lexical index and the answer ranking.

Terms are lower-cased, diacritics folded (``coördinatie`` = ``coordinatie``),
split on non-alphanumerics (so ``informatie-uitwisseling`` yields both parts),
stripped of Dutch stopwords and stemmed with the classic Snowball Dutch
stemmer (``dutch_porter``: it keeps ``maatregelen``/``maatregel`` and
``gemeenten``/``gemeente`` together, which the newer ``dutch`` algorithm does not).

    >>> terms("Welke maatregelen neemt de gemeente tegen woninginbraken?")
    ['maatregel', 'neemt', 'gemeent', 'woninginbrak']
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import lru_cache

import Stemmer
from bm25s.stopwords import STOPWORDS_DUTCH

from assistant.config import DATA_DIR

STEMMER_ALGORITHM = "dutch_porter"

# Question words and fillers that carry no topic, on top of the standard Dutch list.
EXTRA_STOPWORDS = {
    "welke", "welk", "waar", "wanneer", "waarom", "hoeveel", "wie", "wiens", "hoe", "wat", "noem", "geef",
    "beschrijf", "vertel", "leg", "uit", "vergelijk", "vergelijken", "vergelijking", "graag", "kunt", "kun", "jij", "jullie", "we", "wij", "onze", "hun", "vaak",
    "er", "erin", "daarin", "daarbij", "hierbij", "bijvoorbeeld", "etc", "enz", "o", "a", "t", "v", "d", "w", "z",
    "s", "n", "b", "welk", "elke", "ieder", "iedere", "alle", "beide", "twee", "een", "den", "des",
    "tijdens", "volgens", "namens", "overigens", "ergens", "nergens",
    # the inflections of auxiliaries the standard list has one form of ("doen", "zal", "wil", "moet")
    "doet", "deed", "deden", "gaat", "gaan", "ging", "gingen", "zullen", "zou", "zouden", "willen", "wilde", "wilden",
    "moeten", "moest", "moesten",
}
STOPWORDS = frozenset(STOPWORDS_DUTCH) | EXTRA_STOPWORDS

_TOKEN = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer(STEMMER_ALGORITHM)


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


@lru_cache(maxsize=4096)
def _fold_run(run: str) -> str:
    decomposed = unicodedata.normalize("NFKD", run)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Lower case without diacritics: ``Coördinatie`` -> ``coordinatie``.

    Only the runs of non-ASCII characters are decomposed (NFKD) and stripped of their combining marks, each
    distinct run once: ASCII characters are unchanged by NFKD and never reordered with the marks around
    them, so this is the same as decomposing the whole text, without a Python step per character.

    >>> fold("Coördinatie, ﬁnanciën én ‘Bibob’ e\u0301")
    'coordinatie, financien en ‘bibob’ e'
    """
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    return _NON_ASCII.sub(lambda m: _fold_run(m.group()), lowered)


# A word a hard-wrapped text breaks at a line end with a hyphen ("Haven-" / "kwartier", "uit-" / "voering"): one
# word. Not before a capital ("Noord-" / "Nederland" keeps its hyphen) or a conjunction ("hang-" / "en sluitwerk").
_BROKEN_WORD = re.compile(r"(?<=[a-zà-ÿ])-[ \t]*\n[ \t]*(?=[a-zà-ÿ])(?!(?:en|of|tot)\b)")


def words(text: str) -> list[str]:
    """Folded word tokens, stopwords included; a word broken over two lines with a hyphen is one token.

    >>> words("de wijken Haven-\\n   kwartier en Noord-\\nOost, hang-\\nen sluitwerk")
    ['de', 'wijken', 'havenkwartier', 'en', 'noord', 'oost', 'hang', 'en', 'sluitwerk']
    """
    if "-" in text and "\n" in text:
        text = _BROKEN_WORD.sub("", text)
    return _TOKEN.findall(fold(text))


# Dutch plurals that the Snowball stemmer keeps apart from their singular, written as the singular before it
# stems: a plural in -zen of a word that ends in s ("huizen", "prijzen"), in -ven of one that ends in f
# ("bedrijven", "brieven"), and then an s-plural after a vowel or -en ("acties", "controles", "havens", "meisjes",
# "bureaus": the stemmer takes an s off only after a consonant). A few words end in -es in the singular ("proces",
# "adres"). (Merging "fiets"/"fietsen" or "plan"/"plannen" as well was measured and left out: it shortened stems
# below the lengths the ranking rules match compounds and topics by, and lost more questions than it gained.)
_PLURALS = ((re.compile(r"(\w+(?:ij|ui|ei|ie|oo|aa|[lnr]))zen"), r"\1s"),
            (re.compile(r"(\w+(?:ij|ui|ie|oo|aa|ee|[lr]))ven"), r"\1f"))
_S_PLURAL = re.compile(r"(\w{3,}(?:ie|je|[bcdfgklmnprstvz]e|eau|en))s")
_SINGULAR_ES = re.compile(r"\w*(?:proces|adres|succes|congres|exces|expres)")


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """The Snowball stem of a folded word, a plural as its singular.

    >>> [stem(w) for w in ("actie", "acties", "haven", "havens", "meisje", "meisjes", "bureau", "bureaus")]
    ['actie', 'actie', 'hav', 'hav', 'meisj', 'meisj', 'bureau', 'bureau']
    >>> [stem(w) for w in ("bedrijf", "bedrijven", "huis", "huizen", "proces", "adres", "partners")]
    ['bedrijf', 'bedrijf', 'huis', 'huis', 'proces', 'adres', 'partner']
    """
    for plural, singular in _PLURALS:
        if plural.fullmatch(word):
            word = plural.sub(singular, word)
            break
    if _S_PLURAL.fullmatch(word) and not _SINGULAR_ES.fullmatch(word):
        word = word[:-1]
    return _stemmer().stemWord(word)


def terms(text: str) -> list[str]:
    """Stemmed content terms, in order, stopwords removed."""
    return [stem(w) for w in words(text) if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]


def term_set(text: str) -> frozenset[str]:
    return frozenset(terms(text))


def normalise_space(text: str) -> str:
    """Collapse every run of whitespace to one space (the eval's notion of equal text)."""
    return re.sub(r"\s+", " ", text).strip()


def edit_distance_one(a: str, b: str) -> bool:
    """True when ``b`` is one substitution, insertion or deletion away from ``a``."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    for i in range(len(long_)):
        if long_[:i] + long_[i + 1:] == short:
            return True
    return False


@lru_cache(maxsize=1)
def _synonym_groups() -> tuple[frozenset[str], ...]:
    data = tomllib.loads((DATA_DIR / "synonyms.toml").read_text(encoding="utf-8"))
    groups = []
    for head, members in data.get("groups", {}).items():
        groups.append(frozenset(stem(w) for word in [head, *members] for w in words(word) if len(w) > 2))
    return tuple(groups)


@lru_cache(maxsize=65_536)
def synonyms(term: str) -> frozenset[str]:
    """The stems that mean the same as ``term`` in policy language (itself included)."""
    found = {term}
    for group in _synonym_groups():
        if term in group:
            found |= group
    return frozenset(found)
