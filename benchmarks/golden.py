"""Record the full eval output of every question set, or compare it with a recording.

A restructuring must not change a single answer. ``record`` runs ``python -m assistant eval``
on each question set (each corpus with its own index) and keeps the per-question output:
answer text, citations, ranked passages with scores, abstained flag, intent and reason.
``compare`` runs the same again and lists every question whose output differs, field by field.

    .venv/bin/python benchmarks/golden.py record test-artifacts/golden
    .venv/bin/python benchmarks/golden.py compare test-artifacts/golden      # exit 1 on any difference

Indexes are built under ``test-artifacts/golden-index/<set>`` (git-ignored) on first use.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
SETS = {  # name: (question file, corpus folder)
    "dev": (SHARED / "dev.jsonl", ROOT / "corpus"),
    "multi": (SHARED / "multi.jsonl", SHARED / "corpus"),
}
FIELDS = ("answer", "abstained", "intent", "reason", "citations", "passages")


def run_set(name: str, out: Path, index_root: Path) -> None:
    questions, corpus = SETS[name]
    index = index_root / ("seeds" if corpus == ROOT / "corpus" else name)
    command = [sys.executable, "-m", "assistant", "eval", str(questions), "--out", str(out),
               "--corpus", str(corpus), "--index", str(index)]
    subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def load(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as handle:
        return {r["id"]: r for r in (json.loads(line) for line in handle if line.strip())}


def differences(before: dict[str, dict], after: dict[str, dict]) -> list[str]:
    out = []
    for qid in sorted(set(before) | set(after)):
        a, b = before.get(qid), after.get(qid)
        if a is None or b is None:
            out.append(f"{qid}: only in {'the recording' if b is None else 'the new run'}")
            continue
        for field in FIELDS:
            if a.get(field) != b.get(field):
                out.append(f"{qid}: {field} differs")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("record", "compare"))
    parser.add_argument("folder", type=Path)
    parser.add_argument("--sets", nargs="*", default=list(SETS))
    parser.add_argument("--index-root", type=Path, default=ROOT / "test-artifacts" / "golden-index")
    args = parser.parse_args(argv)
    args.folder.mkdir(parents=True, exist_ok=True)
    failed = False
    for name in args.sets:
        if args.action == "record":
            run_set(name, args.folder / f"{name}.jsonl", args.index_root)
            print(f"{name}: recorded")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / f"{name}.jsonl"
            run_set(name, fresh, args.index_root)
            diffs = differences(load(args.folder / f"{name}.jsonl"), load(fresh))
        failed |= bool(diffs)
        print(f"{name}: {'identical' if not diffs else f'{len(diffs)} differences'}")
        for line in diffs:
            print("  " + line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
