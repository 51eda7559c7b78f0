"""The e5 model's forward pass for one question, in numpy, so answering needs no torch.

Answering embeds one short question at a time, and for that the model libraries
cost more than the model: importing torch and sentence-transformers and building
the ``tokenizers`` Unigram trie of 250,000 pieces takes about 750 MB of a 2.3 GB
answering process at 50,000 chunks (see ``docs/benchmarks.md``). This module
runs the same network from the same files with numpy alone:

* ``UnigramTokenizer`` reproduces the tokenisation sentence-transformers applies to
  the folder (transformers 5's ``XLMRobertaTokenizer`` around the vocabulary of
  ``tokenizer.json``): special tokens split off, whitespace split, the ``▁``
  prefix, and per word the Unigram Viterbi search with its unknown-piece penalty
  and fused unknowns, ties kept by the first candidate as ``tokenizers`` keeps them;
* ``QueryEncoder`` maps ``model.safetensors`` read-only (only the vocabulary rows a
  question uses are ever read from disk) and runs XLM-R's embeddings, its encoder
  layers (exact-erf GELU) and sentence-transformers' mean pooling and
  normalisation.

It only takes a model folder it can reproduce exactly: an XLM-R encoder with a
Unigram tokenizer, mean pooling and normalisation, as ``setup-model`` writes.
``QueryEncoder.load`` returns ``None`` for any other folder, and the embedder then
uses sentence-transformers for questions too. Passages are always embedded by
sentence-transformers. ``tests/test_query_encoder.py`` checks the token ids equal
sentence-transformers' on the plans' text, questions and edge cases, and the
vectors equal its vectors to 1e-5.
"""

from __future__ import annotations

import json
import math
import re
import struct
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Sequence

import numpy as np

UNK_PENALTY = 10.0  # tokenizers' Unigram: an unknown character scores this far below the lowest piece
_METASPACE = "\u2581"
# Rust's ``char::is_whitespace`` (Unicode White_Space), which ``WhitespaceSplit`` splits on and an
# ``lstrip`` special token takes; Python's ``\s`` and ``str.split()`` also match U+001C-U+001F, Rust does not.
_WHITESPACE_CLASS = "[\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
_WHITESPACE = re.compile(_WHITESPACE_CLASS + "+")


class UnigramTokenizer:
    """The tokenisation sentence-transformers applies to an e5 model folder, for one text at a time.

    transformers 5's ``XLMRobertaTokenizer`` (the class ``tokenizer_config.json`` names) builds its own
    pipeline around the vocabulary of ``tokenizer.json``: special tokens split off, no normaliser,
    whitespace split, ``▁`` prepended to each word (a ``▁`` inside a word starts another), and per word
    the Unigram Viterbi search with its unknown-piece penalty, consecutive unknown characters fused
    into one unknown token. The normaliser written into ``tokenizer.json`` is not part of it.
    """

    def __init__(self, pieces: Sequence[tuple[str, float]], specials: dict[str, tuple[int, bool]],
                 bos: str = "<s>", eos: str = "</s>", unk: str = "<unk>"):
        """``pieces``: the vocabulary as (piece, score); ``specials``: content -> (id, lstrip). The begin, end
        and unknown pieces must be in the vocabulary (``KeyError`` otherwise)."""
        self._ids = {piece: i for i, (piece, _score) in enumerate(pieces)}
        self._scores = [float(score) for _piece, score in pieces]
        self._longest = max(len(piece) for piece, _score in pieces)
        self._unk_score = min(self._scores) - UNK_PENALTY
        self.unk_id, self.bos_id, self.eos_id = self._ids[unk], self._ids[bos], self._ids[eos]
        self._specials = {content: token_id for content, (token_id, _lstrip) in specials.items()}
        alternatives = [(_WHITESPACE_CLASS + "*" if lstrip else "") + re.escape(content)
                        for content, (_id, lstrip) in sorted(specials.items(), key=lambda kv: -len(kv[0]))]
        self._special_split = re.compile("(" + "|".join(alternatives) + ")") if alternatives else None

    @classmethod
    def from_folder(cls, folder: Path) -> "UnigramTokenizer | None":
        """The tokenizer of a model folder, or ``None`` when sentence-transformers would tokenise it otherwise."""
        try:
            config = json.loads((folder / "tokenizer_config.json").read_text(encoding="utf-8"))
            spec = json.loads((folder / "tokenizer.json").read_text(encoding="utf-8"))
            major = int(metadata.version("transformers").split(".")[0])
        except (OSError, metadata.PackageNotFoundError, ValueError):
            return None
        model = spec.get("model") or {}
        if (major != 5 or config.get("tokenizer_class") != "XLMRobertaTokenizer"
                or config.get("add_prefix_space") is False or config.get("_spm_precompiled_charsmap")
                or model.get("type") != "Unigram" or model.get("byte_fallback")):
            return None
        names = {key: config.get(key + "_token", default) for key, default in
                 (("bos", "<s>"), ("eos", "</s>"), ("unk", "<unk>"))}
        if not all(isinstance(name, str) for name in names.values()):
            return None
        specials = {}
        for added in spec.get("added_tokens") or []:
            if added.get("rstrip") or added.get("single_word") or not added.get("special"):
                return None
            specials[added["content"]] = (int(added["id"]), bool(added.get("lstrip")))
        try:
            return cls(model["vocab"], specials, **names)
        except KeyError:
            return None  # a begin, end or unknown piece the vocabulary lacks

    def encode(self, text: str, max_length: int) -> list[int]:
        """Token ids with the begin and end tokens, truncated to ``max_length`` in all."""
        ids: list[int] = []
        parts = self._special_split.split(text) if self._special_split else [text]
        for i, part in enumerate(parts):
            if i % 2:
                ids.append(self._specials[part.lstrip()])
                continue
            for word in _WHITESPACE.split(part):
                if word:
                    for piece in _metaspace(word):
                        ids.extend(self._word(piece))
        return [self.bos_id, *ids[:max(max_length - 2, 0)], self.eos_id]

    def _word(self, word: str) -> list[int]:
        """Unigram Viterbi over one pre-tokenised word, as ``tokenizers``' ``encode_optimized``."""
        n = len(word)
        best = [0.0] * (n + 1)
        start: list[int | None] = [None] * (n + 1)
        token: list[int] = [0] * (n + 1)
        ids, scores, unk_id = self._ids, self._scores, self.unk_id
        for begin in range(n):
            here = best[begin]
            single = False
            for end in range(begin + 1, min(n, begin + self._longest) + 1):
                piece_id = ids.get(word[begin:end])
                if piece_id is None:
                    continue
                score = scores[piece_id] + here
                if start[end] is None or score > best[end]:
                    best[end], start[end], token[end] = score, begin, piece_id
                if end == begin + 1:
                    single = True
            if not single:
                score = self._unk_score + here
                if start[begin + 1] is None or score > best[begin + 1]:
                    best[begin + 1], start[begin + 1], token[begin + 1] = score, begin, unk_id
        out: list[int] = []
        end = n
        while end > 0:
            begin = start[end]
            if not (token[end] == unk_id and out and out[-1] == unk_id):  # unknown characters in a row: one token
                out.append(token[end])
            end = begin
        return out[::-1]


def _metaspace(word: str) -> list[str]:
    """``Metaspace(prepend_scheme="always", split=True)`` on one word: ``▁`` in front, each ``▁`` starting a piece."""
    if not word.startswith(_METASPACE):
        word = _METASPACE + word
    return [_METASPACE + piece for piece in word[1:].split(_METASPACE)]


@dataclass(frozen=True)
class _Layer:
    query: tuple[np.ndarray, np.ndarray]
    key: tuple[np.ndarray, np.ndarray]
    value: tuple[np.ndarray, np.ndarray]
    attention_out: tuple[np.ndarray, np.ndarray]
    attention_norm: tuple[np.ndarray, np.ndarray]
    intermediate: tuple[np.ndarray, np.ndarray]
    output: tuple[np.ndarray, np.ndarray]
    output_norm: tuple[np.ndarray, np.ndarray]


_EMBEDDING_TENSORS = ("embeddings.word_embeddings.weight", "embeddings.position_embeddings.weight",
                      "embeddings.token_type_embeddings.weight", "embeddings.LayerNorm.weight",
                      "embeddings.LayerNorm.bias")
_LAYER_TENSORS = {"query": "attention.self.query", "key": "attention.self.key", "value": "attention.self.value",
                  "attention_out": "attention.output.dense", "attention_norm": "attention.output.LayerNorm",
                  "intermediate": "intermediate.dense", "output": "output.dense", "output_norm": "output.LayerNorm"}


def _complete(tensors: dict[str, np.ndarray]) -> bool:
    """The embeddings and at least one encoder layer, every layer with all its weights and biases."""
    layers = {name.split(".")[2] for name in tensors if name.startswith("encoder.layer.")}
    if not layers or not all(name in tensors for name in _EMBEDDING_TENSORS):
        return False
    if layers != {str(i) for i in range(len(layers))}:
        return False
    return all(f"encoder.layer.{i}.{name}.{kind}" in tensors
               for i in range(len(layers)) for name in _LAYER_TENSORS.values() for kind in ("weight", "bias"))


class QueryEncoder:
    """One question's normalised e5 vector, computed with numpy from the model folder's files."""

    def __init__(self, tokenizer: UnigramTokenizer, tensors: dict[str, np.ndarray], heads: int, eps: float,
                 padding_id: int, max_length: int):
        self.tokenizer = tokenizer
        self.heads, self.eps, self.max_length = heads, eps, max_length
        e = "embeddings."
        self._words = tensors[e + "word_embeddings.weight"]
        self._positions = tensors[e + "position_embeddings.weight"]
        self._type = tensors[e + "token_type_embeddings.weight"][0]
        self._norm = (tensors[e + "LayerNorm.weight"], tensors[e + "LayerNorm.bias"])
        self._padding_id = padding_id
        self._layers = []
        layer = 0
        while f"encoder.layer.{layer}.output.dense.weight" in tensors:
            p = f"encoder.layer.{layer}."
            self._layers.append(_Layer(**{field: (tensors[p + name + ".weight"], tensors[p + name + ".bias"])
                                          for field, name in _LAYER_TENSORS.items()}))
            layer += 1
        self.dim = int(self._words.shape[1])

    @classmethod
    def load(cls, folder: Path) -> "QueryEncoder | None":
        """The encoder for ``folder``, or ``None`` when the folder holds another kind of model."""
        folder = Path(folder)
        try:
            config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
            modules = [m["type"] for m in json.loads((folder / "modules.json").read_text(encoding="utf-8"))]
            pooling = json.loads((folder / "1_Pooling" / "config.json").read_text(encoding="utf-8"))
            transformer = json.loads((folder / "sentence_bert_config.json").read_text(encoding="utf-8"))
            max_length = int(transformer["max_seq_length"])
            heads, eps = int(config["num_attention_heads"]), float(config["layer_norm_eps"])
            padding_id, positions = int(config["pad_token_id"]), int(config["max_position_embeddings"])
        except (OSError, ValueError, KeyError, TypeError):
            return None  # not the files this class reads (sentence-transformers may still load the folder)
        if (config.get("model_type") != "xlm-roberta" or config.get("hidden_act") != "gelu"
                or config.get("position_embedding_type", "absolute") != "absolute"
                or modules != ["sentence_transformers.models.Transformer", "sentence_transformers.models.Pooling",
                               "sentence_transformers.models.Normalize"]
                or transformer.get("do_lower_case")
                or not pooling.get("pooling_mode_mean_tokens") or pooling.get("include_prompt") is False
                or any(pooling.get(k) for k in ("pooling_mode_cls_token", "pooling_mode_max_tokens",
                                                "pooling_mode_mean_sqrt_len_tokens"))):
            return None
        tokenizer = UnigramTokenizer.from_folder(folder)
        weights = folder / "model.safetensors"
        if tokenizer is None or not weights.exists():
            return None
        tensors = _map_safetensors(weights)
        if tensors is None or not _complete(tensors):
            return None  # other tensor names ("roberta.…"): sentence-transformers reads them
        return cls(tokenizer, tensors, heads, eps, padding_id, min(max_length, positions - padding_id - 1))

    def _position_ids(self, ids: list[int]) -> np.ndarray:
        """XLM-R's positions: counted from after the padding id, a padding token (``<pad>`` in the text) at the
        padding id itself and not counted (``create_position_ids_from_input_ids``)."""
        real = np.array(ids) != self._padding_id
        return np.cumsum(real) * real + self._padding_id

    def encode(self, text: str) -> np.ndarray:
        ids = self.tokenizer.encode(text, self.max_length)
        n = len(ids)
        x = self._words[ids] + self._positions[self._position_ids(ids)] + self._type
        x = _layer_norm(x.astype(np.float32), *self._norm, self.eps)
        heads = self.heads
        width = x.shape[1] // heads
        scale = np.float32(1.0 / math.sqrt(width))
        for layer in self._layers:
            q = _linear(x, *layer.query).reshape(n, heads, width).transpose(1, 0, 2)
            k = _linear(x, *layer.key).reshape(n, heads, width).transpose(1, 0, 2)
            v = _linear(x, *layer.value).reshape(n, heads, width).transpose(1, 0, 2)
            scores = (q @ k.transpose(0, 2, 1)) * scale
            scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(1, 0, 2).reshape(n, heads * width)
            x = _layer_norm(_linear(context, *layer.attention_out) + x, *layer.attention_norm, self.eps)
            hidden = _gelu(_linear(x, *layer.intermediate))
            x = _layer_norm(_linear(hidden, *layer.output) + x, *layer.output_norm, self.eps)
        pooled = x.mean(axis=0)
        return (pooled / max(float(np.linalg.norm(pooled)), 1e-12)).astype(np.float32)


def _linear(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    return x @ weight.T + bias


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    variance = (centred * centred).mean(axis=-1, keepdims=True)
    return centred / np.sqrt(variance + np.float32(eps)) * weight + bias


_ERFC_FIT = (0.17087277, -0.82215223, 1.48851587, -1.13520398, 0.27886807, -0.18628806, 0.09678418, 0.37409196,
             1.00002368)  # erfc's Chebyshev fit (Numerical Recipes' erfcc), highest power first
_ERFC_FIT_CONSTANT = -1.26551223


def _gelu(x: np.ndarray) -> np.ndarray:
    """The exact (erf) GELU; erf from its complement's Chebyshev fit (relative error < 1.2e-7).

    In float32 with Horner's rule: GELU is a third of the forward pass for a short question, and float64
    doubled it for a difference below 5e-7 in the activation."""
    z = np.abs(x) * np.float32(1.0 / math.sqrt(2.0))
    t = np.float32(1.0) / (np.float32(1.0) + np.float32(0.5) * z)
    poly = np.full_like(t, _ERFC_FIT[0])
    for coefficient in _ERFC_FIT[1:]:
        poly *= t
        poly += np.float32(coefficient)
    poly *= t
    poly -= z * z
    poly += np.float32(_ERFC_FIT_CONSTANT)
    erf = np.float32(1.0) - t * np.exp(poly)
    return np.float32(0.5) * x * (np.float32(1.0) + np.copysign(erf, x))


def _map_safetensors(path: Path) -> dict[str, np.ndarray] | None:
    """The float32 tensors of a safetensors file as read-only views of one memory map (None if not all float32).

    A damaged file (too short, a header that is no JSON, a tensor beyond the end) raises ``ValueError``.
    """
    size = path.stat().st_size
    with path.open("rb") as handle:
        prefix = handle.read(8)
        if len(prefix) < 8:
            raise ValueError(f"{path.name} is damaged: {size} bytes")
        header_length = struct.unpack("<Q", prefix)[0]
        if 8 + header_length > size:
            raise ValueError(f"{path.name} is damaged: its header runs past the end")
        header = json.loads(handle.read(header_length))
    if not isinstance(header, dict):
        raise ValueError(f"{path.name} is damaged: no tensor directory")
    header.pop("__metadata__", None)
    if any(not isinstance(entry, dict) or entry.get("dtype") != "F32" for entry in header.values()):
        return None
    data = np.memmap(path, dtype=np.uint8, mode="r", offset=8 + header_length)
    tensors = {}
    for name, entry in header.items():
        begin, end = entry["data_offsets"]
        if end > len(data) or end - begin != 4 * int(np.prod(entry["shape"])):
            raise ValueError(f"{path.name} is damaged: tensor {name} does not fit the file")
        tensors[name] = data[begin:end].view("<f4").reshape(entry["shape"])
    return tensors
