#!/usr/bin/env python3
"""Validator for the eval/dev2 question files.

Checks every rule of ../shared/eval/README.md ("Format", "Gold quotes",
"Multi-plan development corpus" -> "Validating") plus the scope of each file:

  * every line is a JSON object with the required fields and the right types;
  * ids are unique (within a file and across the three files) and follow the
    file's pattern (d001.. seeds, d101.. multi, d201.. heldout_plans);
  * types are known;
  * every gold doc is a known doc id that belongs to the file's corpus;
  * every quote is 40-200 characters after whitespace collapse and occurs, after
    whitespace collapse, in the extracted text of its document (extraction as in
    the README section "Text extraction the gold quotes are checked against");
  * every must_mention term occurs (case-insensitive, whitespace-normalised) in
    at least one gold quote;
  * unanswerable questions have empty gold and empty must_mention; all others
    have at least one gold quote and at least one must_mention term;
  * questions with `municipality` use a known doc id and cite only that document;
    the municipality field is set exactly when the question names one plan's
    municipality (compare questions never carry it);
  * compare questions cite at least 2 documents;
  * list questions have at least 3 must_mention terms.

Usage:  .venv/bin/python eval/dev2/validate.py [--dump DIR] [FILE ...]
Exit status 0 when everything passes, 1 otherwise.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = str(HERE.parent.parent)

DOCS = {
    "doesburg": ROOT + "/corpus/doesburg.txt",
    "dalfsen": ROOT + "/corpus/dalfsen.txt",
    "brakelveen": ROOT + "/../shared/eval/corpus/brakelveen.txt",
    "lindewaarde": ROOT + "/../shared/eval/corpus/lindewaarde.md",
    "oudervliet": ROOT + "/../shared/eval/corpus/oudervliet.docx",
    "zandermeer": ROOT + "/../shared/eval/corpus/zandermeer.pdf",
    "marrevoort": ROOT + "/../shared/eval/corpus/marrevoort.html",
    "greidland": ROOT + "/../shared/eval/corpus/greidland.txt",
    "stavelbroek": ROOT + "/eval/heldout/corpus/stavelbroek.pdf",
    "wilgendaal": ROOT + "/eval/heldout/corpus/wilgendaal.txt",
}

# Names by which a question can name a plan's municipality (case-insensitive
# substring, so adjectives such as "Doesburgse" count too).
NAMES = {
    "doesburg": ["doesburg"],
    "dalfsen": ["dalfsen"],
    "brakelveen": ["brakelveen"],
    "lindewaarde": ["lindewaard", "aarlebeek", "dommelrode", "heesveld"],
    "oudervliet": ["oudervliet"],
    "zandermeer": ["zandermeer"],
    "marrevoort": ["marrevoort"],
    "greidland": ["greidland", "greidlân"],
    "stavelbroek": ["stavelbroek"],
    "wilgendaal": ["wilgendaal"],
}

FILES = {
    "dev2-seeds.jsonl": {"prefix": "d", "lo": 1, "hi": 99,
                    "docs": {"doesburg", "dalfsen"}},
    "dev2-multi.jsonl": {"prefix": "d", "lo": 101, "hi": 199,
                    "docs": {"brakelveen", "lindewaarde", "oudervliet",
                             "zandermeer", "marrevoort", "greidland"}},
    "dev2-heldout-plans.jsonl": {"prefix": "d", "lo": 201, "hi": 299,
                            "docs": {"stavelbroek", "wilgendaal"}},
}

TYPES = {"fact", "paraphrase", "definition", "list", "compare",
         "unanswerable", "numeric/table"}
REQUIRED = {"id": str, "question": str, "type": str, "gold": list,
            "answer": str, "must_mention": list}


def normalise(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- extraction
def _docx(path):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(path)
    out = []
    for el in d.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(Paragraph(el, d).text)
        elif tag == "tbl":
            for row in Table(el, d).rows:
                out.append("\t".join(c.text for c in row.cells))
    return "\n".join(out)


def _pdf(path):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def _pdf_pages(path):
    from pypdf import PdfReader
    return [p.extract_text() for p in PdfReader(path).pages]


def _html(path):
    from bs4 import BeautifulSoup
    soup = BeautifulSoup(Path(path).read_text(encoding="utf-8"), "html.parser")
    for t in soup(["script", "style", "noscript", "template"]):
        t.decompose()
    return soup.get_text("\n")


def extract(path: str) -> str:
    suf = Path(path).suffix.lower()
    if suf == ".docx":
        return _docx(path)
    if suf == ".pdf":
        return _pdf(path)
    if suf in (".html", ".htm"):
        return _html(path)
    return Path(path).read_text(encoding="utf-8")


# ---------------------------------------------------------------- checking
def named_docs(question: str):
    q = question.lower()
    return {doc for doc, names in NAMES.items() if any(n in q for n in names)}


def check_file(path: Path, spec, texts, pages, seen_ids, errors):
    fname = path.name
    counts = Counter()
    ids = []
    questions = set()
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{fname}:{lineno}"
        if not line.strip():
            errors.append(f"{where}: empty line")
            continue
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: invalid JSON ({e})")
            continue
        if not isinstance(q, dict):
            errors.append(f"{where}: not a JSON object")
            continue
        bad = False
        for field, typ in REQUIRED.items():
            if field not in q:
                errors.append(f"{where}: missing field {field!r}")
                bad = True
            elif not isinstance(q[field], typ):
                errors.append(f"{where}: field {field!r} must be {typ.__name__}")
                bad = True
        extra = set(q) - set(REQUIRED) - {"municipality"}
        if extra:
            errors.append(f"{where}: unknown fields {sorted(extra)}")
        if bad:
            continue
        qid = q["id"]
        where = f"{fname}:{lineno} ({qid})"
        m = re.fullmatch(r"d(\d{3})", qid)
        if not m or not (spec["lo"] <= int(m.group(1)) <= spec["hi"]):
            errors.append(f"{where}: id must look like d{spec['lo']:03d}..d{spec['hi']:03d}")
        if qid in seen_ids:
            errors.append(f"{where}: duplicate id (also in {seen_ids[qid]})")
        seen_ids[qid] = fname
        ids.append(qid)
        if not q["question"].strip() or not q["answer"].strip():
            errors.append(f"{where}: empty question or answer")
        nq = normalise(q["question"]).lower()
        if nq in questions:
            errors.append(f"{where}: duplicate question text")
        questions.add(nq)
        typ = q["type"]
        counts[typ] += 1
        if typ not in TYPES:
            errors.append(f"{where}: unknown type {typ!r}")

        gold = q["gold"]
        docs_cited = []
        quotes_norm = []
        for i, g in enumerate(gold):
            if not isinstance(g, dict) or set(g) != {"doc", "quote"} \
                    or not isinstance(g.get("doc"), str) or not isinstance(g.get("quote"), str):
                errors.append(f"{where}: gold[{i}] must be {{doc, quote}} strings")
                continue
            doc, quote = g["doc"], g["quote"]
            if doc not in DOCS:
                errors.append(f"{where}: gold[{i}] unknown doc {doc!r}")
                continue
            if doc not in spec["docs"]:
                errors.append(f"{where}: gold[{i}] doc {doc!r} is outside this file's corpus")
            nqt = normalise(quote)
            if not 40 <= len(nqt) <= 200:
                errors.append(f"{where}: gold[{i}] quote length {len(nqt)} not in 40..200: {nqt[:60]!r}")
            if nqt not in texts[doc]:
                errors.append(f"{where}: gold[{i}] quote not found in {doc}: {nqt[:80]!r}")
            elif doc in pages and not any(nqt in p for p in pages[doc]):
                errors.append(f"{where}: gold[{i}] quote crosses a page break in {doc}")
            docs_cited.append(doc)
            quotes_norm.append(nqt.lower())

        mm = q["must_mention"]
        for term in mm:
            if not isinstance(term, str) or not term.strip():
                errors.append(f"{where}: must_mention term must be a non-empty string")
                continue
            t = normalise(term).lower()
            if not any(t in qt for qt in quotes_norm):
                errors.append(f"{where}: must_mention {term!r} not in any gold quote")

        if typ == "unanswerable":
            if gold:
                errors.append(f"{where}: unanswerable question must have empty gold")
            if mm:
                errors.append(f"{where}: unanswerable question must have empty must_mention")
        else:
            if not gold:
                errors.append(f"{where}: answerable question without gold")
            if not mm:
                errors.append(f"{where}: answerable question without must_mention")
        if typ == "list" and len(mm) < 3:
            errors.append(f"{where}: list question needs at least 3 must_mention terms")
        if typ == "compare" and len(set(docs_cited)) < 2:
            errors.append(f"{where}: compare question cites {len(set(docs_cited))} document(s), needs >= 2")

        muni = q.get("municipality")
        named = named_docs(q["question"])
        if muni is not None:
            if not isinstance(muni, str) or muni not in DOCS:
                errors.append(f"{where}: unknown municipality {muni!r}")
            else:
                if muni not in spec["docs"]:
                    errors.append(f"{where}: municipality {muni!r} outside this file's corpus")
                others = set(docs_cited) - {muni}
                if others:
                    errors.append(f"{where}: municipality {muni!r} but cites {sorted(others)}")
                if named != {muni}:
                    errors.append(f"{where}: municipality {muni!r} but question names {sorted(named)}")
            if typ == "compare":
                errors.append(f"{where}: compare question must not carry municipality")
        else:
            if len(named) == 1 and typ != "compare":
                errors.append(f"{where}: question names {sorted(named)[0]!r} but has no municipality field")
    return counts, ids


def main(argv):
    dump = None
    if "--dump" in argv:
        i = argv.index("--dump")
        dump = Path(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    files = [Path(a) for a in argv] or [HERE / f for f in FILES]

    texts, pages = {}, {}
    for doc, p in DOCS.items():
        raw = extract(p)
        texts[doc] = normalise(raw)
        if p.endswith(".pdf"):
            pages[doc] = [normalise(x) for x in _pdf_pages(p)]
        if dump:
            dump.mkdir(parents=True, exist_ok=True)
            (dump / f"{doc}.txt").write_text(raw, encoding="utf-8")

    errors = []
    seen = {}
    total = Counter()
    for f in files:
        spec = FILES.get(f.name)
        if spec is None:
            errors.append(f"{f}: unknown file name (expected one of {sorted(FILES)})")
            continue
        if not f.exists():
            errors.append(f"{f}: missing")
            continue
        counts, ids = check_file(f, spec, texts, pages, seen, errors)
        n = sum(counts.values())
        total.update(counts)
        print(f"{f.name}: {n} questions  " +
              ", ".join(f"{t} {counts[t]}" for t in sorted(counts)))
    print(f"all files: {sum(total.values())} questions  " +
          ", ".join(f"{t} {total[t]}" for t in sorted(total)))
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
