"""The scale benchmark behind ``python -m assistant bench`` (a measurement, never a timed test).

For each size (chunks) it makes a synthetic corpus by recombining the real plans, ingests it and
answers questions through the full pipeline (``Assistant.ask``), and reports:

* ingest throughput without embedding (texts/s, everything but the model: reading, structure,
  chunking, theme labels, sentence table, writing the build) and with embedding, the latter
  extrapolated from the model's measured rate on a sample of the synthetic texts;
* answer latency p50/p95 and the time to open the index;
* the build's size on disk and the peak RSS of ingesting and of answering (each in a process
  of its own, so one size's memory does not hide in another's).

**The synthetic corpus.** Plans under invented municipality names (``Hoogveen``, ``Nieuwerbroek``
…), each following the outline of a real plan: its headings and tables kept, every paragraph
rebuilt from as many sentences drawn at random from all plans, every list item drawn from all
list items; source municipality names are replaced by the invented one.

**Vectors without embedding everything.** Embedding 50,000 chunks and their ~250,000 sentences
takes hours on two cores, so the synthetic texts get vectors recombined from real ones: a
synthetic text's vector is the normalised mean of the real vectors of the source sentences it is
made of (each source sentence as embedded in the real plans), or, when none is recognised, the
real vector of a source sentence picked by the text's hash. Every ranking step runs on
realistic vectors at the real size; only retrieval quality on the synthetic plans means nothing.
Questions are embedded by the real model, as in the product.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import queue as queue_module
import random
import re
import resource
import shutil
import statistics
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from assistant.config import PROJECT_ROOT, Settings
from assistant.index.build import build_index
from assistant.index.embedding import Embedder
from assistant.index.store import Index, current_build, indexed_texts
from assistant.ingest.chunking import Chunker, sentence_embedding_text
from assistant.ingest.documents import Document, iter_corpus, load_bytes
from assistant.ingest.structure import BlockKind, split_sentences
from assistant.pipeline import Assistant

SHARED_CORPUS = PROJECT_ROOT.parent / "shared" / "eval" / "corpus"
SHARED_QUESTIONS = (PROJECT_ROOT.parent / "shared" / "eval" / "dev.jsonl",
                    PROJECT_ROOT.parent / "shared" / "eval" / "multi.jsonl",
                    PROJECT_ROOT / "eval" / "dev2" / "dev2-seeds.jsonl")  # the last is in the project itself
DEFAULT_SIZES = (1_000, 10_000, 50_000)
FALLBACK_QUESTIONS = (  # used when no question files are at hand; {m} and {n} become invented municipalities
    "Welke prioriteiten heeft {m} gekozen?", "Wat doet het RIEC?", "Hoe pakt {m} ondermijning aan?",
    "Welke partners werken in {m} samen aan veiligheid?", "Hoeveel woninginbraken waren er in {m}?",
    "Vergelijk de aanpak van jeugdoverlast in {m} en {n}.", "Wat is integrale veiligheid?",
    "Wie is verantwoordelijk voor de openbare orde in {m}?",
)
_PREFIXES = ("Hoog", "Laag", "Oud", "Nieuw", "Groot", "Klein", "Noord", "Zuid", "Oost", "West", "Midden", "Boven",
             "Neder", "Over", "Ooster", "Wester", "Sint ", "Ter ", "Den ", "Ven")
_STEMS = ("veen", "dorp", "wijk", "hoven", "broek", "dam", "horst", "lo", "stede", "burg", "zijl", "mond", "kerk",
          "rade", "schoten", "haven", "meer", "heide", "sloot", "hout", "beek", "dijk", "wolde", "zand", "gaast")
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+|\n+")


# --------------------------------------------------------------------------- the synthetic corpus

def invented_names(count: int, taken: set[str]) -> list[str]:
    """``count`` municipality names that exist nowhere (not in ``taken``), in a fixed order."""
    names = []
    for suffix in ("", "erbroek", "erveen", "erdam", "erhorst", "ervoort"):
        for prefix in _PREFIXES:
            for stem in _STEMS:
                name = (prefix + stem + suffix).replace("  ", " ")
                name = name[0].upper() + name[1:]
                if name.casefold() not in taken:
                    names.append(name)
                if len(names) == count:
                    return names
    raise ValueError(f"cannot invent {count} municipality names")


@dataclass(frozen=True)
class SourcePool:
    """What synthetic plans are made of: real plans, their sentences and list items, and their vectors."""

    documents: tuple[Document, ...]
    sentences: tuple[str, ...]
    list_items: tuple[str, ...]
    unit_vectors: dict[str, np.ndarray]  # source unit text -> its real vector (from the real build)
    municipalities: tuple[str, ...]

    @classmethod
    def from_index(cls, index: Index) -> "SourcePool":
        table = index.sentences
        vectors = {table.texts[r].strip(): table.vectors[r] for r in range(len(table))}
        sentences = sorted({table.texts[r].strip() for r in range(len(table)) if table.kind[r] == "sentence"})
        items = sorted({table.texts[r].strip() for r in range(len(table)) if table.kind[r] == "list_item"})
        names = sorted({m for d in index.documents.values() for m in d.metadata.members}, key=len, reverse=True)
        return cls(tuple(index.documents.values()), tuple(sentences), tuple(items), vectors, tuple(names))


def synthetic_plan(pool: SourcePool, template: Document, name: str, rng: random.Random) -> str:
    """A plan for ``name`` with ``template``'s outline, its paragraphs and list items drawn from all plans."""
    structure = template.structure
    text = template.text
    start_year = rng.choice(range(2016, 2027))
    out = [f"Integraal veiligheidsbeleid gemeente {name} {start_year}-{start_year + 3}", ""]
    previous = None
    for block in structure.blocks:
        kind = block.kind
        if kind in (BlockKind.TOC, BlockKind.CAPTION):
            continue
        if previous in (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW) and kind != previous:
            out.append("")
        if kind == BlockKind.HEADING:
            out += [text[block.start:block.end].strip(), ""]
        elif kind == BlockKind.PARAGRAPH:
            count = max(1, len(split_sentences(text, block.start, block.end)))
            out += [" ".join(rng.choice(pool.sentences) for _ in range(count)), ""]
        elif kind == BlockKind.LIST_ITEM:
            out.append(rng.choice(pool.list_items) if pool.list_items else text[block.start:block.end].strip())
        elif kind == BlockKind.TABLE_ROW:
            out.append(text[block.start:block.end].strip())
        previous = kind
    plan = "\n".join(out) + "\n"
    for source in pool.municipalities:
        plan = re.sub(rf"(?<![\w-]){re.escape(source)}(?![\w-])", name, plan)
    return plan


def sidecar(name: str, plan: str) -> str:
    years = re.search(r"(\d{4})-(\d{4})", plan.splitlines()[0])
    return (f'municipality = "{name}"\ntitle = "{plan.splitlines()[0]}"\n'
            f"period_start = {years.group(1)}\nperiod_end = {years.group(2)}\n")


def write_corpora(pool: SourcePool, sizes: Sequence[int], root: Path, settings: Settings,
                  seed: int = 7) -> dict[int, Path]:
    """A corpus folder per size (plans added until the chunk count reaches the size)."""
    rng = random.Random(seed)
    chunker = Chunker(settings)
    taken = {m.casefold() for m in pool.municipalities} | {m.casefold() for m in _dutch_municipalities()}
    names = invented_names(max(sizes) // 20 + 50, taken)
    plans: list[tuple[str, str, str]] = []  # (file stem, plan text, sidecar)
    chunks, out = 0, {}
    for size in sorted(sizes):
        while chunks < size:
            name = names[len(plans)]
            plan = synthetic_plan(pool, rng.choice(pool.documents), name, rng)
            stem = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
            chunks += len(chunker.chunk(load_bytes(plan.encode("utf-8"), f"{stem}.txt")))
            plans.append((stem, plan, sidecar(name, plan)))
        folder = root / f"corpus-{size}"
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        for stem, plan, meta in plans:
            (folder / f"{stem}.txt").write_text(plan, encoding="utf-8")
            (folder / f"{stem}.meta.toml").write_text(meta, encoding="utf-8")
        out[size] = folder
    return out


def _dutch_municipalities() -> tuple[str, ...]:
    path = PROJECT_ROOT / "assistant" / "data" / "gemeenten.txt"
    if not path.exists():
        return ()
    return tuple(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#"))


# --------------------------------------------------------------------------- vectors

class RecombinedEmbedder(Embedder):
    """The real model for questions; for passages, real vectors recombined (see the module docstring)."""

    def __init__(self, real: Embedder, pool: SourcePool):
        super().__init__(real.model_path, real.model_id, "recombined-" + real.fingerprint, real.query_prompt,
                         real.passage_prompt, real.batch_size, real.threads, real.query_encoder, real._model)
        self.pool = pool
        self._keys = sorted(pool.unit_vectors)

    def passages(self, texts, progress=None) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            parts = [self.pool.unit_vectors[p] for p in _pieces(text) if p in self.pool.unit_vectors]
            if not parts:
                pick = int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16) % len(self._keys)
                parts = [self.pool.unit_vectors[self._keys[pick]]]
            vector = np.mean(parts, axis=0)
            out[i] = vector / np.linalg.norm(vector)
        if progress:
            progress(len(texts), len(texts))
        return out


def _pieces(text: str) -> list[str]:
    return [p.strip() for p in _SENTENCE_END.split(text) if p.strip()]


def ingest_texts(index: Index) -> tuple[list[str], list[str]]:
    """The chunk and sentence texts an ingest of this build embeds (for measuring the model on them)."""
    chunks = indexed_texts(index.chunks, index.documents)
    table = index.sentences
    sentences = []
    for r in range(len(table)):
        document = index.documents[str(table.doc[r])]
        sentences.append(sentence_embedding_text(document.metadata.indexed_name,
                                                 document.structure.heading_path_at(int(table.start[r])),
                                                 table.texts[r], str(table.context[r])))
    return chunks, sentences


def model_rates(embedder: Embedder, chunk_texts: list[str], sentence_texts: list[str],
                n_chunks: int, n_sentences: int, seed: int = 7) -> dict[str, float]:
    """Texts/s of the real model on a random sample of each kind of text (the passage model loaded first:
    a process that only answered has not loaded it)."""
    embedder.model  # noqa: B018
    rng = random.Random(seed)
    rates = {}
    for kind, texts, n in (("chunks", chunk_texts, n_chunks), ("sentences", sentence_texts, n_sentences)):
        sample = rng.sample(texts, min(n, len(texts)))
        started = time.perf_counter()
        embedder.passages(sample)
        rates[kind] = len(sample) / (time.perf_counter() - started)
    return rates


# --------------------------------------------------------------------------- measuring one size

def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


def _ingest(settings: Settings, pool: SourcePool, result) -> None:
    """Child process: build the index with recombined vectors (the passage model loaded all the same, so the
    peak RSS is a real ingest's)."""
    real = Embedder.load(settings)
    real.model  # noqa: B018
    embedder = RecombinedEmbedder(real, pool)
    started = time.perf_counter()
    report = build_index(settings, embedder, force=True)
    result.put({"seconds": time.perf_counter() - started, "documents": report.documents, "chunks": report.chunks,
                "sentences": report.sentences, "peak_rss_mb": _peak_rss_mb()})


def _answer(settings: Settings, questions: list[str], rates_sample: tuple[int, int] | None, result) -> None:
    """Child process: open the index, answer every question, measure; optionally measure the model too."""
    embedder = Embedder.load(settings)
    started = time.perf_counter()
    assistant = Assistant.load(settings, embedder)
    load_seconds = time.perf_counter() - started
    for warmup in questions[:2]:
        assistant.ask(warmup)
    latencies = []
    for question in questions:
        begin = time.perf_counter()
        assistant.ask(question)
        latencies.append((time.perf_counter() - begin) * 1000)
    out = {"load_seconds": load_seconds, "latencies_ms": latencies, "peak_rss_mb": _peak_rss_mb()}
    if rates_sample:
        out["rates"] = model_rates(embedder, *ingest_texts(assistant.index), *rates_sample)
    result.put(out)


def _in_child(target, *args, separate: bool = True) -> dict:
    """``target(*args, queue)`` in a fresh process (its own peak RSS), or here when not ``separate``."""
    if not separate:
        queue = queue_module.SimpleQueue()
        target(*args, queue)
        return queue.get()
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=target, args=(*args, queue))
    process.start()
    while True:
        try:
            value = queue.get(timeout=5)
            break
        except queue_module.Empty:
            if not process.is_alive():
                raise RuntimeError(f"the benchmark's {target.__name__.strip('_')} process died "
                                   f"(exit status {process.exitcode})") from None
    process.join()
    return value


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def bench_questions(sources: Sequence[str], municipalities: list[str], count: int, seed: int = 7) -> list[str]:
    """Real questions (the shared question files when present), the source plans' places swapped for invented ones."""
    rng = random.Random(seed)
    texts: list[str] = []
    for path in SHARED_QUESTIONS:
        if path.exists():
            texts += [json.loads(line)["question"] for line in path.read_text(encoding="utf-8").splitlines()
                      if line.strip()]
    texts = texts or list(FALLBACK_QUESTIONS)
    picked = rng.sample(texts, count) if len(texts) > count else texts
    out = []
    for text in picked:
        for source in (*sources, "{m}", "{n}"):
            if source in text:
                text = text.replace(source, rng.choice(municipalities))
        out.append(text)
    return out


@dataclass(frozen=True)
class SizeResult:
    size: int
    documents: int
    chunks: int
    sentences: int
    ingest_seconds: float  # without embedding
    ingest_texts_per_s: float  # chunks + sentences per second, without embedding
    embed_seconds: float  # extrapolated from the model's rates
    ingest_texts_per_s_with_embedding: float
    ingest_peak_rss_mb: float
    index_mb: float
    load_seconds: float
    p50_ms: float
    p95_ms: float
    max_ms: float
    answer_peak_rss_mb: float
    questions: int


def run_bench(sizes: Sequence[int], work: Path, sources: Sequence[Path], questions: int = 40,
              sample: tuple[int, int] = (64, 256), seed: int = 7, cache: Path | None = None,
              log=print, separate: bool = True) -> tuple[dict[str, float], list[SizeResult]]:
    """Measure every size; returns the model's rates and a result per size.

    Ingest and answering run in processes of their own (``separate``), so each peak RSS is its own;
    without, everything runs here (faster to start, the RSS figures then only grow).
    """
    work.mkdir(parents=True, exist_ok=True)
    base = Settings.from_env(corpus_dir=work / "source-corpus", index_dir=work / "source-index")
    source_corpus = base.corpus_dir
    if source_corpus.exists():
        shutil.rmtree(source_corpus)
    source_corpus.mkdir(parents=True)
    for folder in sources:
        for path in sorted(Path(folder).iterdir()):
            if path.is_file() and not path.name.startswith(".") and path.stem.upper() != "README":
                shutil.copy(path, source_corpus / path.name)
    base.index_dir.mkdir(parents=True, exist_ok=True)
    if cache and cache.exists() and not (base.index_dir / "embeddings.sqlite").exists():
        shutil.copy(cache, base.index_dir / "embeddings.sqlite")
    log(f"source plans: {len(list(iter_corpus(source_corpus)))} (embedding what the cache lacks)")
    real = Embedder.load(base)
    build_index(base, real)
    pool = SourcePool.from_index(Index.open(base))
    corpora = write_corpora(pool, sizes, work, base, seed)
    rates: dict[str, float] = {}
    results = []
    for size in sorted(sizes):
        settings = base.replace(corpus_dir=corpora[size], index_dir=work / f"index-{size}")
        if settings.index_dir.exists():
            shutil.rmtree(settings.index_dir)
        settings.index_dir.mkdir(parents=True)
        log(f"{size:,} chunks: ingesting {len(list(corpora[size].glob('*.txt')))} synthetic plans …")
        ingest = _in_child(_ingest, settings, pool, separate=separate)
        municipalities = sorted(Index.open(settings).municipalities)
        asked = bench_questions(pool.municipalities, municipalities, questions, seed)
        log(f"{size:,} chunks: answering {len(asked)} questions …")
        answer = _in_child(_answer, settings, asked, None if rates else sample, separate=separate)
        rates = rates or answer["rates"]
        texts = ingest["chunks"] + ingest["sentences"]
        embed_seconds = ingest["chunks"] / rates["chunks"] + ingest["sentences"] / rates["sentences"]
        latencies = answer["latencies_ms"]
        results.append(SizeResult(
            size, ingest["documents"], ingest["chunks"], ingest["sentences"], ingest["seconds"],
            texts / ingest["seconds"], embed_seconds, texts / (ingest["seconds"] + embed_seconds),
            ingest["peak_rss_mb"], _folder_mb(current_build(settings.index_dir)), answer["load_seconds"],
            statistics.median(latencies), percentile(latencies, 0.95), max(latencies), answer["peak_rss_mb"],
            len(latencies)))
        log(format_row(results[-1]))
    return rates, results


HEADER = ("| chunks | plans | sentences | ingest w/o embedding | texts/s w/o embedding | embedding (extrapolated) "
          "| texts/s with embedding | ingest peak RSS | index on disk | open index | p50 | p95 | max "
          "| answering peak RSS |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")


def format_row(r: SizeResult) -> str:
    return (f"| {r.chunks:,} | {r.documents:,} | {r.sentences:,} | {r.ingest_seconds:.0f} s | "
            f"{r.ingest_texts_per_s:,.0f} | {r.embed_seconds / 60:,.0f} min | {r.ingest_texts_per_s_with_embedding:.1f} | "
            f"{r.ingest_peak_rss_mb:,.0f} MB | {r.index_mb:,.0f} MB | {r.load_seconds:.1f} s | {r.p50_ms:.0f} ms | "
            f"{r.p95_ms:.0f} ms | {r.max_ms:.0f} ms | {r.answer_peak_rss_mb:,.0f} MB |")


def report_markdown(rates: dict[str, float], results: list[SizeResult]) -> str:
    lines = [f"model rate (sample): {rates['chunks']:.1f} chunk texts/s, {rates['sentences']:.1f} sentence texts/s",
             "", HEADER, *(format_row(r) for r in results)]
    return "\n".join(lines)


def results_json(rates: dict[str, float], results: list[SizeResult]) -> dict:
    return {"rates": rates, "sizes": [asdict(r) for r in results]}
