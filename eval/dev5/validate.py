"""Validate the dev5 question file dev5.jsonl (see ../../../shared/eval/README.md for the format).

Usage:  .venv/bin/python eval/dev5/validate.py        (from /work/main, or give the path)

Adapted from ../dev4/validate.py. Extracts the three dev5 plans in corpus/ with the standard
extractor in ../heldout/extract.py and checks:
  - every line is a JSON object with the required fields and no unknown fields;
  - the file holds 50-56 questions; ids are unique, look like gNNN and fall in g001-g060;
  - types are known;
  - every gold doc belongs to the file's plans, and every quote is 40-200 characters after
    whitespace normalisation and occurs in the normalised extracted text of that doc;
  - every must_mention term occurs verbatim (case-sensitive) in at least one gold quote,
    and answerable questions have 1-3 terms;
  - unanswerable questions have empty gold and must_mention and a non-empty answer;
    answerable questions have at least one quote and at least one must_mention term;
  - `municipality` is present exactly when the question names one plan's municipality
    (Kalveroog, Ravelingen, Tolwerven), and then all gold is from that doc;
  - compare questions cite two or three docs and carry no municipality;
  - no question copies a run of 8 or more words from a plan.
Prints the counts per type. Exits 0 when everything passes, 1 otherwise.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(MAIN, "eval", "heldout"))
from extract import extract, normalise  # noqa: E402

CORPUS = os.path.join(HERE, "corpus")
DOCS = {
    "kalveroog": os.path.join(CORPUS, "kalveroog.pdf"),
    "ravelingen": os.path.join(CORPUS, "ravelingen.docx"),
    "tolwerven": os.path.join(CORPUS, "tolwerven.html"),
}
# Names that identify a plan's municipality in a question.
NAMES = {
    "kalveroog": ["Kalveroog"],
    "ravelingen": ["Ravelingen"],
    "tolwerven": ["Tolwerven"],
}
# (file, plans, lowest id, highest id, min count, max count)
FILES = [
    ("dev5.jsonl", ["kalveroog", "ravelingen", "tolwerven"], 1, 60, 50, 56),
]
TYPES = ["fact", "paraphrase", "definition", "list", "compare", "numeric/table", "unanswerable"]
REQUIRED = {"id", "question", "type", "gold", "answer", "must_mention"}
OPTIONAL = {"municipality"}
NGRAM = 8


def words(s):
    return re.findall(r"\w+", s.lower())


def ngrams(ws, n):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def main():
    errors = []
    texts = {}
    for doc, path in DOCS.items():
        texts[doc] = normalise(extract(path))
    doc_ngrams = {doc: ngrams(words(t), NGRAM) for doc, t in texts.items()}

    seen_ids = set()
    summary = []
    for fname, plans, lo, hi, nmin, nmax in FILES:
        path = os.path.join(HERE, fname)
        counts = Counter()
        n = 0
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
        for ln, line in enumerate(lines, 1):
            where = f"{fname}:{ln}"
            if not line.strip():
                errors.append(f"{where}: empty line")
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: invalid JSON ({e})")
                continue
            if not isinstance(r, dict):
                errors.append(f"{where}: not a JSON object")
                continue
            n += 1
            missing = REQUIRED - r.keys()
            extra = r.keys() - REQUIRED - OPTIONAL
            if missing:
                errors.append(f"{where}: missing fields {sorted(missing)}")
                continue
            if extra:
                errors.append(f"{where}: unknown fields {sorted(extra)}")
            rid = r["id"]
            where = f"{fname}:{rid}"
            m = re.fullmatch(r"g(\d{3})", str(rid))
            if not m:
                errors.append(f"{where}: id does not look like gNNN")
            elif not lo <= int(m.group(1)) <= hi:
                errors.append(f"{where}: id outside g{lo:03d}-g{hi:03d}")
            if rid in seen_ids:
                errors.append(f"{where}: duplicate id")
            seen_ids.add(rid)
            t = r["type"]
            if t not in TYPES:
                errors.append(f"{where}: unknown type {t!r}")
            counts[t] += 1
            q, ans = r["question"], r["answer"]
            if not isinstance(q, str) or not q.strip():
                errors.append(f"{where}: empty question")
                q = ""
            if not isinstance(ans, str) or not ans.strip():
                errors.append(f"{where}: empty answer")
            gold, mm = r["gold"], r["must_mention"]
            if not isinstance(gold, list) or not isinstance(mm, list):
                errors.append(f"{where}: gold and must_mention must be lists")
                continue

            # municipality: present exactly when the question names one plan's municipality
            named = {d for d in plans if any(nm.lower() in q.lower() for nm in NAMES[d])}
            muni = r.get("municipality")
            expect = next(iter(named)) if len(named) == 1 else None
            if muni != expect:
                errors.append(f"{where}: municipality is {muni!r}, question names {sorted(named)}")

            # gold quotes
            quotes = []
            for g in gold:
                if not isinstance(g, dict) or set(g) != {"doc", "quote"}:
                    errors.append(f"{where}: gold item must be {{doc, quote}}: {g!r}")
                    continue
                d, s = g["doc"], normalise(g["quote"])
                quotes.append(s)
                if d not in plans:
                    errors.append(f"{where}: gold doc {d!r} not a plan of this file")
                    continue
                if not 40 <= len(s) <= 200:
                    errors.append(f"{where}: quote length {len(s)} outside 40-200: {s[:60]!r}")
                if s not in texts[d]:
                    errors.append(f"{where}: quote not found in {d}: {s[:80]!r}")
                if muni and d != muni:
                    errors.append(f"{where}: municipality {muni} but quote from {d}")
            docs = {g.get("doc") for g in gold if isinstance(g, dict)}

            for term in mm:
                if not isinstance(term, str) or not term.strip():
                    errors.append(f"{where}: empty must_mention term")
                elif not any(normalise(term) in s for s in quotes):
                    errors.append(f"{where}: must_mention {term!r} not in any gold quote")

            if t == "unanswerable":
                if gold or mm:
                    errors.append(f"{where}: unanswerable must have empty gold and must_mention")
            else:
                if not gold:
                    errors.append(f"{where}: answerable question without gold")
                if not 1 <= len(mm) <= 3:
                    errors.append(f"{where}: answerable question needs 1-3 must_mention terms, has {len(mm)}")
            if t == "compare":
                if not 2 <= len(docs) <= 3:
                    errors.append(f"{where}: compare cites {len(docs)} doc(s), needs 2-3")
                if muni:
                    errors.append(f"{where}: compare question with municipality")

            # questions must not copy sentences from the plans
            qn = ngrams(words(q), NGRAM)
            for d in plans:
                if qn & doc_ngrams[d]:
                    errors.append(f"{where}: question shares a run of {NGRAM}+ words with {d}")

        if not nmin <= n <= nmax:
            errors.append(f"{fname}: {n} questions, expected {nmin}-{nmax}")
        summary.append((fname, n, counts))

    print(f"{'file':28s} {'n':>3s} " + " ".join(f"{t:>13s}" for t in TYPES))
    for fname, n, counts in summary:
        print(f"{fname:28s} {n:3d} " + " ".join(f"{counts.get(t, 0):13d}" for t in TYPES))
    total = Counter()
    for _, _, c in summary:
        total.update(c)
    print(f"{'total':28s} {sum(x[1] for x in summary):3d} " + " ".join(f"{total.get(t, 0):13d}" for t in TYPES))

    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
