"""The VNG "Kernbeleid Veiligheid" themes: the taxonomy and the theme labels of chunks.

The taxonomy (5 safety fields, 22 themes) is data: ``assistant/data/themes.toml``.
Chunks are labelled at ingest (``annotate_chunks``, called by the index build):
a theme is a label of a chunk when its Dutch keywords occur there and the
chunk's embedding leans towards the theme's description. Keywords carry the
decision because a matrix cell that says "besproken" must be backed by words a
reader can find; the embedding vetoes a keyword that is used in passing.

    >>> taxonomy = load_taxonomy()
    >>> len(taxonomy.fields), len(taxonomy.themes)
    (5, 22)
    >>> taxonomy.match_name("Ondernijning (met name aanpak drugs/hennepteelt)")
    ('ondermijning',)

The theme matrix built from these labels lives in ``assistant.insights.matrix``.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Mapping, Protocol, Sequence

import numpy as np

from assistant.config import DATA_DIR
from assistant.ingest.chunking import Chunk
from assistant.ingest.documents import Document
from assistant.ingest.structure import DocumentStructure
from assistant.text import fold

THEMES_FILE = DATA_DIR / "themes.toml"

FUZZY_MIN_LENGTH = 9  # keywords this long also match with one typo ("ondernijning" ~ "ondermijn")
STRONG_HITS = 2  # distinct keywords that label a chunk whatever the embedding says
SINGLE_HIT_Z = -1.0  # one keyword labels a chunk unless the chunk is far below the corpus average for the theme
OVERVIEW_THEMES = 8  # a chunk naming this many themes is an overview (the VNG table), not a discussion
MIN_CHUNKS_FOR_Z = 10  # fewer chunks give no usable per-theme statistics: keywords alone decide


# --------------------------------------------------------------------------- taxonomy

@dataclass(frozen=True)
class Field:
    id: str
    number: str
    name: str
    description: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class Theme:
    id: str
    field: str
    number: str
    name: str
    label: str
    description: str
    keywords: tuple[str, ...]
    words: tuple[str, ...]

    @property
    def embedding_text(self) -> str:
        """What is embedded for the theme: its name and description (compared with chunk vectors)."""
        return f"{self.name}: {self.description}"


def normalise(text: str) -> str:
    """Folded text with every run of non-alphanumerics as one space, padded: the form keywords match in."""
    return " " + re.sub(r"[^a-z0-9]+", " ", fold(text)).strip() + " "


def _deletions(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


class KeywordMatcher:
    """Finds which keywords of which theme (or field) occur in a text.

    One regular expression per label, with a named group per keyword so that a
    match says which keyword it was; long single-word keywords are also found
    with one typo at the start of a word, through a deletion index.
    """

    def __init__(self, keywords: Mapping[str, Sequence[str]], words: Mapping[str, Sequence[str]] | None = None):
        words = words or {}
        self._patterns: dict[str, tuple[re.Pattern[str], list[str]]] = {}
        self._fuzzy: dict[str, set[tuple[str, str]]] = {}
        self._fuzzy_lengths: set[int] = set()
        for label in dict.fromkeys([*keywords, *words]):
            entries: list[tuple[str, str]] = []
            for keyword in keywords.get(label, ()):
                norm = normalise(keyword).strip()
                if norm:
                    # the words before the last of a keyword may be inflected: "te hard rijd" in "het te harde rijden"
                    parts = norm.split(" ")
                    entries.append((norm, " ".join([re.escape(w) + "(?:e|en)?" if w[-1:].isalpha() else re.escape(w)
                                                    for w in parts[:-1]] + [re.escape(parts[-1])])))
                    if len(norm) >= FUZZY_MIN_LENGTH and " " not in norm:
                        for variant in _deletions(norm):
                            self._fuzzy.setdefault(variant, set()).add((label, norm))
                        self._fuzzy_lengths.add(len(norm))
            for word in words.get(label, ()):
                norm = normalise(word).strip()
                if norm:
                    entries.append((norm, r"(?<![a-z0-9])" + re.escape(norm) + r"(?:s|en|n)?(?: s)?(?![a-z0-9])"))
            entries.sort(key=lambda e: -len(e[0]))
            if entries:
                names = [norm for norm, _ in entries]
                pattern = "|".join(f"(?P<k{i}>{regex})" for i, (_, regex) in enumerate(entries))
                self._patterns[label] = (re.compile(pattern), names)

    def hits(self, text: str) -> dict[str, frozenset[str]]:
        """Label -> the distinct keywords of that label found in ``text`` (labels without hits omitted)."""
        norm = normalise(text)
        found: dict[str, set[str]] = {}
        for label, (pattern, names) in self._patterns.items():
            for m in pattern.finditer(norm):
                found.setdefault(label, set()).add(names[int(m.lastgroup[1:])])
        if self._fuzzy:
            for token in set(norm.split()):
                for length in self._fuzzy_lengths:
                    if len(token) < length:
                        continue
                    prefix = token[:length]
                    for variant in _deletions(prefix):
                        for label, keyword in self._fuzzy.get(variant, ()):
                            if len(keyword) == length:
                                found.setdefault(label, set()).add(keyword)
        return {label: frozenset(kws) for label, kws in found.items()}


@dataclass(frozen=True)
class Taxonomy:
    fields: tuple[Field, ...]
    themes: tuple[Theme, ...]

    def theme(self, theme_id: str) -> Theme:
        return self._by_id[theme_id]

    @cached_property
    def _by_id(self) -> dict[str, Theme]:
        return {t.id: t for t in self.themes}

    def field_of(self, theme_id: str) -> Field:
        field_id = self.theme(theme_id).field
        return next(f for f in self.fields if f.id == field_id)

    @property
    def matcher(self) -> KeywordMatcher:
        return _matcher(self)

    @property
    def field_matcher(self) -> KeywordMatcher:
        return _field_matcher(self)

    def keyword_hits(self, text: str) -> dict[str, frozenset[str]]:
        """Theme id -> keywords of the theme found in ``text``."""
        return self.matcher.hits(text)

    def find(self, query: str) -> Theme | None:
        """The theme a user means by an id, number, name, label or keyword ("ondermijning" -> 5.2)."""
        key = normalise(query).strip()
        if not key:
            return None
        for theme in self.themes:
            if key in {theme.id.replace("-", " "), normalise(theme.number).strip(), normalise(theme.name).strip(),
                       normalise(theme.label).strip()}:
                return theme
        matched = self.match_name(query)
        return self.theme(matched[0]) if len(matched) == 1 else None

    def match_name(self, name: str) -> tuple[str, ...]:
        """The themes a short name stands for ("Woonoverlast", "Jeugd en Veiligheid", "Ondernijning").

        The part before a parenthesis or colon is tried first (it is the name;
        the rest explains it), then the whole text. The themes with the most
        distinct keywords win; a name that only matches a safety field
        ("Jeugd en Veiligheid") stands for all of that field's themes.
        """
        head = re.split(r"[(:]", name, maxsplit=1)[0]
        for text in dict.fromkeys([head, name]):
            hits = self.keyword_hits(text)
            if hits:
                best = max(len(k) for k in hits.values())
                return tuple(t.id for t in self.themes if len(hits.get(t.id, ())) == best)
        for text in dict.fromkeys([head, name]):
            fields = self.field_matcher.hits(text)
            if fields:
                return tuple(t.id for t in self.themes if t.field in fields)
        return ()


@lru_cache(maxsize=4)
def _matcher(taxonomy: Taxonomy) -> KeywordMatcher:
    return KeywordMatcher({t.id: t.keywords for t in taxonomy.themes}, {t.id: t.words for t in taxonomy.themes})


@lru_cache(maxsize=4)
def _field_matcher(taxonomy: Taxonomy) -> KeywordMatcher:
    return KeywordMatcher({f.id: f.keywords for f in taxonomy.fields})


def parse_taxonomy(data: Mapping[str, Any]) -> Taxonomy:
    """A taxonomy from the parsed TOML; raises ``ValueError`` on an inconsistent file."""
    fields = tuple(Field(f["id"], str(f["number"]), f["name"], f.get("description", ""),
                         tuple(f.get("keywords", ()))) for f in data.get("fields", ()))
    field_ids = {f.id for f in fields}
    themes = []
    for t in data.get("themes", ()):
        if t["field"] not in field_ids:
            raise ValueError(f"theme {t['id']!r} names unknown field {t['field']!r}")
        themes.append(Theme(t["id"], t["field"], str(t["number"]), t["name"], t.get("label") or t["name"],
                            t.get("description", ""), tuple(t.get("keywords", ())), tuple(t.get("words", ()))))
    ids = [t.id for t in themes]
    if len(set(ids)) != len(ids):
        raise ValueError("theme ids must be unique")
    return Taxonomy(fields, tuple(themes))


@lru_cache(maxsize=4)
def _load(path: str, digest: str) -> Taxonomy:
    return parse_taxonomy(tomllib.loads(Path(path).read_text(encoding="utf-8")))


def load_taxonomy(path: Path = THEMES_FILE) -> Taxonomy:
    """The taxonomy from its data file (re-read when the file changes)."""
    return _load(str(path), taxonomy_fingerprint(path))


def taxonomy_fingerprint(path: Path = THEMES_FILE) -> str:
    """Content hash of the taxonomy file: an edited taxonomy means other chunk labels."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    except OSError:
        return ""


# --------------------------------------------------------------------------- classification

def column_zscores(similarities: np.ndarray) -> np.ndarray:
    """Each theme's similarity standardised over the chunks of the build.

    Some theme descriptions are close to every policy text ("veilige evenementen"
    scores high on a paragraph about the policy cycle); standardising per theme
    removes that bias, so a value says how much more this chunk is about the theme
    than the corpus is on average. Below ``MIN_CHUNKS_FOR_Z`` chunks: zeros.
    """
    sims = np.asarray(similarities, dtype=np.float64)
    if sims.ndim != 2 or sims.shape[0] < MIN_CHUNKS_FOR_Z:
        return np.zeros_like(sims)
    std = sims.std(axis=0)
    std[std < 1e-12] = 1.0
    return (sims - sims.mean(axis=0)) / std


def classify(hits: Mapping[str, frozenset[str]], similarity_z: Mapping[str, float]) -> tuple[str, ...]:
    """The theme labels of one chunk, from its keyword hits and its per-theme embedding z-scores.

    * two or more distinct keywords of a theme: a label;
    * one keyword: a label unless the chunk's embedding is far below average for
      that theme (``SINGLE_HIT_Z``): "brandweer" in a paragraph about the police
      post is vetoed, "radicaliseringscasuïstiek" in a task list is not;
    * a chunk with keywords of ``OVERVIEW_THEMES`` or more themes is an overview
      (the table of all 22 themes) and labels nothing: naming every theme is not
      discussing any of them.

    >>> classify({"a": frozenset({"x", "y"}), "b": frozenset({"z"})}, {"a": -3.0, "b": -1.5})
    ('a',)
    """
    if len(hits) >= OVERVIEW_THEMES:
        return ()
    labels = [theme_id for theme_id, keywords in hits.items()
              if len(keywords) >= STRONG_HITS or similarity_z.get(theme_id, 0.0) >= SINGLE_HIT_Z]
    return tuple(sorted(labels))


class QueryEmbedder(Protocol):
    """What labelling needs of the embedding model: query vectors (``assistant.index.embedding.Embedder``)."""

    def queries(self, texts: Sequence[str]) -> np.ndarray: ...


def chunk_label_text(chunk: Chunk) -> str:
    """The text a chunk is classified on: its heading path and its own text."""
    return " › ".join(chunk.heading_path) + "\n" + chunk.text


def theme_vectors(embedder: QueryEmbedder, taxonomy: Taxonomy) -> np.ndarray:
    """Theme descriptions embedded as queries (they ask for passages about the theme)."""
    return embedder.queries([t.embedding_text for t in taxonomy.themes])


def annotate_chunks(documents: list[Document], structures: dict[str, DocumentStructure], chunks: list[Chunk],
                    vectors: np.ndarray, embedder: QueryEmbedder) -> list[Chunk]:
    """Ingest hook: every chunk with its theme ids in ``Chunk.themes``."""
    taxonomy = load_taxonomy()
    if not chunks:
        return chunks
    similarities = np.asarray(vectors, dtype=np.float32) @ theme_vectors(embedder, taxonomy).T
    ids = [t.id for t in taxonomy.themes]
    out = []
    for chunk, row in zip(chunks, column_zscores(similarities)):
        z = dict(zip(ids, row))
        out.append(replace(chunk, themes=classify(taxonomy.keyword_hits(chunk_label_text(chunk)), z)))
    return out
