"""Fidelity of the loaders: the seed plans as Word and PDF files, ingested and evaluated like the text versions.

Each seed plan (``corpus/*.txt``, with its sidecar) is written as a Word document the way a
municipality's Word file looks (python-docx: headings in heading styles, bullets and numbers as
list numbering without the marker in the text, tables as Word tables, the title as running header
and "Pagina X van Y" as footer) and converted to PDF by LibreOffice headless. Each variant — text,
DOCX, PDF — is ingested into its own temporary index and ``dev.jsonl`` is run against it: recall@5,
MRR@10 and must-mention, and how many gold quotes are still inside some chunk of their own
document. The multi-plan set (six plans in six formats) is reported per document the same way.

    .venv/bin/python benchmarks/fidelity.py [--out test-artifacts/fidelity] [--skip-multi] \\
        [--multi-sidecars DIR]   # sidecars copied into the multi corpus (to compare with and without)

Needs LibreOffice (``soffice``) for the PDF variant; everything runs on CPU with the real model.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.config import PROJECT_ROOT, Settings  # noqa: E402
from assistant.index.build import build_index  # noqa: E402
from assistant.index.embedding import Embedder  # noqa: E402
from assistant.ingest.chunking import Chunker  # noqa: E402
from assistant.ingest.documents import SIDECAR_SUFFIX, Document, iter_corpus, load_document  # noqa: E402
from assistant.ingest.structure import BULLET, BlockKind  # noqa: E402
from assistant.pipeline import Assistant  # noqa: E402
from assistant.present.evaluation import first_recall_rank, load_questions, mentions_all, run  # noqa: E402
from assistant.text import normalise_space  # noqa: E402
from benchmarks.word_export import to_pdf, write_docx  # noqa: E402

SHARED = PROJECT_ROOT.parent / "shared" / "eval"
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+")


def plan_blocks(document: Document) -> list[tuple]:
    """A text plan as Word blocks: its headings, paragraphs, lists (markers to list styles) and tables."""
    text, out = document.text, []
    blocks = document.structure.blocks
    first_heading = next((i for i, b in enumerate(blocks) if b.kind == BlockKind.HEADING), None)
    i = 0
    while i < len(blocks):
        block = blocks[i]
        piece = " ".join(text[block.start:block.end].split())
        if block.kind == BlockKind.HEADING:
            out.append(("title", piece) if i == first_heading else (f"h{min(max(block.level, 1), 4)}", piece))
        elif block.kind in (BlockKind.TABLE_ROW, BlockKind.TOC):
            rows, kind = [], block.kind
            while i < len(blocks) and blocks[i].kind == kind and blocks[i].group == block.group:
                line = text[text.rfind("\n", 0, blocks[i].start) + 1:blocks[i].end]
                rows.append([" ".join(c.split()) for c in line.split("\t")])
                i += 1
            if kind == BlockKind.TOC:
                out.append(("toc", [(r[0], r[-1]) for r in rows]))
            else:
                width = max(len(r) for r in rows)
                out.append(("table", [r + [""] * (width - len(r)) for r in rows]))
            continue
        elif block.kind == BlockKind.LIST_ITEM:
            numbered = _NUMBERED.match(piece)
            if numbered:
                if i == 0 or blocks[i - 1].kind != BlockKind.LIST_ITEM or blocks[i - 1].group != block.group:
                    out.append(("restart",))
                out.append(("number", piece[numbered.end():]))
            else:
                marker = BULLET.match(piece)
                if marker and not marker.group(0).strip()[:1].isalnum() and not marker.group(0).strip().startswith("("):
                    out.append(("bullet", piece[marker.end():], max(block.level, 1)))
                else:
                    out.append(("p", piece))
        else:
            out.append(("p", piece))
        i += 1
    return out


def export_variants(corpus: Path, out: Path) -> dict[str, Path]:
    """corpus-text (the seeds), corpus-docx and corpus-pdf, each with the seeds' sidecars."""
    folders = {name: out / f"corpus-{name}" for name in ("text", "docx", "pdf")}
    for folder in folders.values():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    for path in sorted(corpus.glob("*.txt")):
        document = load_document(path)
        sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
        for folder in folders.values():
            if sidecar.exists():
                shutil.copy(sidecar, folder / sidecar.name)
        shutil.copy(path, folders["text"] / path.name)
        docx = write_docx(plan_blocks(document), folders["docx"] / f"{path.stem}.docx", document.title)
        to_pdf(docx, folders["pdf"])
    return folders


def gold_contained(questions, documents: dict[str, Document], settings: Settings) -> tuple[int, int, dict[str, list[int]]]:
    """(contained, total, per document [contained, total]) for every gold quote: inside some chunk of its document?"""
    chunker = Chunker(settings)
    chunks = {d: [normalise_space(c.text) for c in chunker.chunk(doc)] for d, doc in documents.items()}
    per_doc: dict[str, list[int]] = {}
    for question in questions:
        for gold in question.gold:
            quote = normalise_space(gold["quote"])
            hit = any(quote in c for c in chunks.get(gold["doc"], []))
            counts = per_doc.setdefault(gold["doc"], [0, 0])
            counts[0] += hit
            counts[1] += 1
    return sum(c[0] for c in per_doc.values()), sum(c[1] for c in per_doc.values()), per_doc


def evaluate(name: str, corpus: Path, questions_path: Path, work: Path, embedder: Embedder, cache: Path | None) -> dict:
    index = work / f"index-{name}"
    shutil.rmtree(index, ignore_errors=True)
    index.mkdir(parents=True)
    if cache is not None and cache.exists():
        shutil.copy(cache, index / "embeddings.sqlite")
    settings = Settings.from_env(env={}, corpus_dir=corpus, index_dir=index, data_dir=work / "data")
    report = build_index(settings, embedder, force=True)
    questions = load_questions(questions_path)
    assistant = Assistant.load(settings, embedder)
    scores, results = run(questions, lambda q: assistant.ask(q, k=10))
    documents = {d.doc_id: d for d in iter_corpus(corpus)}
    contained, total, per_doc = gold_contained(questions, documents, settings)
    per_document: dict[str, dict] = {}
    for doc_id, document in documents.items():
        single = [(q, r) for q, r in zip(questions, results)
                  if q.answerable and q.type != "compare" and {g["doc"] for g in q.gold} == {doc_id}]
        ranks = [first_recall_rank(q, r["passages"], 10) for q, r in single]
        per_document[doc_id] = {
            "format": Path(document.path).suffix.lstrip("."), "questions": len(single),
            "recall@5": sum(1 for r in ranks if r and r <= 5) / len(single) if single else None,
            "mrr@10": sum(1 / r for r in ranks if r) / len(single) if single else None,
            "must_mention": sum(mentions_all(r["answer"], q.must_mention) for q, r in single) / len(single) if single else None,
            "gold_contained": per_doc.get(doc_id, [0, 0]),
        }
    return {"variant": name, "documents": report.documents, "chunks": report.chunks, "recall@5": scores.recall_at_5,
            "mrr@10": scores.mrr_at_10, "must_mention": scores.must_mention, "by_type": scores.by_type,
            "gold_contained": [contained, total], "per_document": per_document, "problems": [p.message for p in report.problems],
            "index": str(index)}


def _table(rows: list[dict]) -> str:
    lines = ["| variant | recall@5 | MRR@10 | must-mention | gold quotes in a chunk | table R@5 |", "|---|---|---|---|---|---|"]
    for row in rows:
        table = row["by_type"].get("numeric/table", {}).get("R@5")
        lines.append(f"| {row['variant']} | {row['recall@5']:.3f} | {row['mrr@10']:.3f} | {row['must_mention']:.3f} | "
                     f"{row['gold_contained'][0]}/{row['gold_contained'][1]} | {'' if table is None else f'{table:.2f}'} |")
    return "\n".join(lines)


def _per_document(row: dict) -> str:
    lines = ["| document | format | questions | recall@5 | MRR@10 | must-mention | gold quotes in a chunk |",
             "|---|---|---|---|---|---|---|"]
    for doc_id, d in sorted(row["per_document"].items()):
        fmt = (lambda v: "" if v is None else f"{v:.2f}")
        lines.append(f"| {doc_id} | {d['format']} | {d['questions']} | {fmt(d['recall@5'])} | {fmt(d['mrr@10'])} | "
                     f"{fmt(d['must_mention'])} | {d['gold_contained'][0]}/{d['gold_contained'][1]} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=str(PROJECT_ROOT / "test-artifacts" / "fidelity"))
    parser.add_argument("--skip-multi", action="store_true", help="only the seed variants")
    parser.add_argument("--multi-sidecars", help="a folder of .meta.toml files copied into the multi corpus")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    embedder = Embedder.load(Settings.from_env(env={}))
    cache = PROJECT_ROOT / "index" / "embeddings.sqlite"
    cache = cache if cache.exists() else None
    folders = export_variants(PROJECT_ROOT / "corpus", out)
    rows = []
    for name, folder in folders.items():
        row = evaluate(name, folder, SHARED / "dev.jsonl", out, embedder, cache)
        cache = Path(row["index"]) / "embeddings.sqlite"
        rows.append(row)
        print(f"{name}: recall@5={row['recall@5']:.3f} MRR@10={row['mrr@10']:.3f} must_mention={row['must_mention']:.3f} "
              f"gold contained {row['gold_contained'][0]}/{row['gold_contained'][1]}", flush=True)
    report = ["## dev.jsonl on the seed plans as text, DOCX and PDF", "", _table(rows)]
    if not args.skip_multi:
        corpus = out / "corpus-multi"
        shutil.rmtree(corpus, ignore_errors=True)
        shutil.copytree(SHARED / "corpus", corpus)
        if args.multi_sidecars:
            for sidecar in Path(args.multi_sidecars).glob(f"*{SIDECAR_SUFFIX}"):
                shutil.copy(sidecar, corpus / sidecar.name)
        multi = evaluate("multi", corpus, SHARED / "multi.jsonl", out, embedder, cache)
        rows.append(multi)
        report += ["", "## multi.jsonl per document (questions about one plan)", "",
                   f"overall: recall@5={multi['recall@5']:.3f} MRR@10={multi['mrr@10']:.3f} "
                   f"must_mention={multi['must_mention']:.3f} gold contained "
                   f"{multi['gold_contained'][0]}/{multi['gold_contained'][1]}", "", _per_document(multi)]
    text = "\n".join(report)
    print(text)
    (out / "fidelity.md").write_text(text + "\n", encoding="utf-8")
    (out / "fidelity.json").write_text(json.dumps(rows, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
