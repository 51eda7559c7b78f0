"""The VNG "Kernbeleid Veiligheid" themes: taxonomy, chunk labels and the theme matrix.

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

``theme_matrix(index)`` combines the stored labels with each plan's priorities
(``assistant.plans``) into municipalities × themes cells: "prioriteit",
"besproken" or "niet genoemd", each cell that is not empty with its citation.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import tomllib
from collections import OrderedDict
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping, Sequence

import numpy as np

from assistant.config import DATA_DIR
from assistant.text import fold

if TYPE_CHECKING:  # pragma: no cover
    from assistant.citation import Citation
    from assistant.ingest.chunking import Chunk
    from assistant.ingest.documents import Document
    from assistant.index.embedding import Embedder
    from assistant.ingest.structure import DocumentStructure

THEMES_FILE = DATA_DIR / "themes.toml"

PRIORITY = "prioriteit"
DISCUSSED = "besproken"
NOT_MENTIONED = "niet genoemd"

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
                    entries.append((norm, re.escape(norm)))
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


def chunk_label_text(chunk: "Chunk") -> str:
    """The text a chunk is classified on: its heading path and its own text."""
    return " › ".join(chunk.heading_path) + "\n" + chunk.text


def theme_vectors(embedder: "Embedder", taxonomy: Taxonomy) -> np.ndarray:
    """Theme descriptions embedded as queries (they ask for passages about the theme)."""
    return embedder.queries([t.embedding_text for t in taxonomy.themes])


def annotate_chunks(documents: list["Document"], structures: dict[str, "DocumentStructure"], chunks: list["Chunk"],
                    vectors: np.ndarray, embedder: "Embedder") -> list["Chunk"]:
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


# --------------------------------------------------------------------------- per-build cache

_BUILD_CACHE: "OrderedDict[tuple, Any]" = OrderedDict()
_BUILD_CACHE_SIZE = 64


def cached_per_build(index, key: tuple, compute: Callable[[], Any]) -> Any:
    """``compute()`` once per (index build, key): extraction reruns only when the index is rebuilt."""
    full = (getattr(index, "build_id", id(index)), taxonomy_fingerprint(), *key)
    if full in _BUILD_CACHE:
        _BUILD_CACHE.move_to_end(full)
        return _BUILD_CACHE[full]
    value = compute()
    _BUILD_CACHE[full] = value
    while len(_BUILD_CACHE) > _BUILD_CACHE_SIZE:
        _BUILD_CACHE.popitem(last=False)
    return value


# --------------------------------------------------------------------------- theme matrix

@dataclass(frozen=True)
class ThemeCell:
    municipality: str
    theme: str
    status: str  # prioriteit | besproken | niet genoemd
    citation: "Citation | None" = None
    priority: str = ""  # the priority as the plan names it, for "prioriteit"


@dataclass(frozen=True)
class ThemeMatrix:
    municipalities: tuple[str, ...]
    themes: tuple[Theme, ...]
    cells: tuple[ThemeCell, ...]

    def cell(self, municipality: str, theme_id: str) -> ThemeCell:
        for c in self.cells:
            if c.municipality == municipality and c.theme == theme_id:
                return c
        raise KeyError((municipality, theme_id))

    def status(self, municipality: str, theme_id: str) -> str:
        return self.cell(municipality, theme_id).status

    def to_json(self) -> dict[str, dict[str, str]]:
        """``{municipality: {theme label: status}}`` (the CLI's ``themes --json``)."""
        return {m: {t.label: self.status(m, t.id) for t in self.themes} for m in self.municipalities}

    def rows(self) -> list[dict[str, str]]:
        """One row per theme: number, field, theme and a status column per municipality."""
        taxonomy = load_taxonomy()
        fields = {f.id: f.name for f in taxonomy.fields}
        return [{"nr": t.number, "veld": fields.get(t.field, t.field), "thema": t.label,
                 **{m: self.status(m, t.id) for m in self.municipalities}} for t in self.themes]

    def to_csv(self) -> str:
        """The matrix as CSV with the passage quoted per cell (for download)."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["nr", "veld", "thema", "gemeente", "status", "prioriteit", "document", "start", "end", "citaat"])
        fields = {f.id: f.name for f in load_taxonomy().fields}
        for t in self.themes:
            for m in self.municipalities:
                c = self.cell(m, t.id)
                cit = c.citation
                writer.writerow([t.number, fields.get(t.field, t.field), t.label, m, c.status, c.priority,
                                 cit.doc_id if cit else "", cit.start if cit else "", cit.end if cit else "",
                                 cit.quote if cit else ""])
        return out.getvalue()


def sentence_theme_hits(index) -> list[dict[str, frozenset[str]]]:
    """Keyword hits per theme for every answer unit (sentence, list item, table row) of the index."""
    def compute() -> list[dict[str, frozenset[str]]]:
        taxonomy = load_taxonomy()
        out = []
        for row in range(len(index.sentence_start)):
            doc = index.documents[str(index.sentence_doc[row])]
            text = doc.text[int(index.sentence_start[row]):int(index.sentence_end[row])]
            out.append(taxonomy.keyword_hits(text))
        return out

    return cached_per_build(index, ("sentence_theme_hits",), compute)


def best_theme_sentence(index, theme_id: str, doc_ids: Iterable[str]) -> tuple[str, int, int] | None:
    """(doc_id, start, end) of the unit that best shows a theme in these documents.

    Among the units of the chunks labelled with the theme: the one with the most
    distinct keywords of the theme, the earliest on a tie. ``None`` when no
    chunk of these documents carries the label.
    """
    wanted = set(doc_ids)
    hits = sentence_theme_hits(index)
    best: tuple[int, int, int] | None = None  # (-keywords, position, row)
    fallback: int | None = None
    for chunk_i, chunk in enumerate(index.chunks):
        if chunk.doc_id not in wanted or theme_id not in chunk.themes:
            continue
        for row in index.chunk_sentences.get(chunk_i, []):
            fallback = row if fallback is None else fallback
            n = len(hits[row].get(theme_id, ()))
            if n:
                key = (-n, int(index.sentence_start[row]), row)
                best = key if best is None or key < best else best
    row = best[2] if best else fallback
    if row is None:
        return None
    return str(index.sentence_doc[row]), int(index.sentence_start[row]), int(index.sentence_end[row])


def theme_matrix(index, municipalities: Sequence[str] | None = None) -> ThemeMatrix:
    """Municipalities × themes: "prioriteit" (a priority of a plan maps to it), "besproken" (a chunk
    carries the label) or "niet genoemd"; every non-empty cell with its citation.

    Cached per index build.
    """
    chosen = tuple(municipalities) if municipalities else tuple(index.municipalities)
    return cached_per_build(index, ("theme_matrix", chosen), lambda: _theme_matrix(index, chosen))


def _theme_matrix(index, municipalities: tuple[str, ...]) -> ThemeMatrix:
    from assistant.citation import cite
    from assistant.insights.plans import priorities_of

    taxonomy = load_taxonomy()
    cells = []
    for municipality in municipalities:
        docs = index.documents_of(municipality)
        priorities = [p for d in docs for p in priorities_of(index, d.doc_id)]
        for theme in taxonomy.themes:
            priority = next((p for p in priorities if theme.id in p.themes), None)
            if priority is not None:
                cells.append(ThemeCell(municipality, theme.id, PRIORITY, priority.citation, priority.name))
                continue
            spot = best_theme_sentence(index, theme.id, [d.doc_id for d in docs])
            if spot is None:
                cells.append(ThemeCell(municipality, theme.id, NOT_MENTIONED))
            else:
                cells.append(ThemeCell(municipality, theme.id, DISCUSSED, cite(index.documents[spot[0]], spot[1], spot[2])))
    return ThemeMatrix(municipalities, taxonomy.themes, tuple(cells))
