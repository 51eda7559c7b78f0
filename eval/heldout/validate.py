#!/usr/bin/env python3
"""Validator for the held-out question sets in eval/heldout/.

    .venv/bin/python eval/heldout/validate.py [--dump DIR]

Checks, following ../shared/eval/README.md:
  * every line is a JSON object with exactly the known fields and the required ones;
  * ids are unique over all three files and lie in the file's range
    (new_plans h001-h099, seeds h101-h199, multi h201-h299);
  * types are known; counts per type match the planned mix;
  * every gold doc id belongs to the file's corpus; every quote is 40-200 characters
    after whitespace collapse and occurs in the document's extracted text
    (PDF: within one page, so that no quote crosses a page break);
  * every must_mention term occurs verbatim (case-sensitive, after whitespace collapse)
    in at least one gold quote of the question;
  * unanswerable questions have empty gold and must_mention; other types have both;
  * municipality: set exactly when the question names one plan's municipality (names
    from the table below) and then only that document is cited; absent on compare
    questions, which cite at least 2 documents;
  * questions are unique, and not all start with the same word.
It also checks the two new plans: word count 2,500-4,500, CVDR layout of the .txt,
running header/footer of the PDF, and the Word structure of the DOCX source.
Exit status 0 when everything passes, 1 otherwise.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "_lib"))
from extract import extract, normalise  # noqa: E402

TYPES = {"fact", "paraphrase", "definition", "list", "compare", "unanswerable", "numeric/table"}
FIELDS_REQ = {"id", "question", "type", "gold", "answer", "must_mention"}
FIELDS_OPT = {"municipality"}

NAMES = {
    "stavelbroek": ["Stavelbroek"],
    "wilgendaal": ["Wilgendaal"],
    "doesburg": ["Doesburg"],
    "dalfsen": ["Dalfsen"],
    "brakelveen": ["Brakelveen"],
    "lindewaarde": ["Lindewaarde", "Aarlebeek", "Dommelrode", "Heesveld"],
    "oudervliet": ["Oudervliet"],
    "zandermeer": ["Zandermeer"],
    "marrevoort": ["Marrevoort"],
    "greidland": ["Greidland", "Greidlân"],
}


def corpus_files(d, stems=None):
    out = {}
    for f in sorted(os.listdir(d)):
        stem, ext = os.path.splitext(f)
        if ext.lower() not in (".txt", ".md", ".pdf", ".docx", ".html", ".htm"):
            continue
        if stems and stem not in stems:
            continue
        out[stem] = os.path.join(d, f)
    return out


SETS = [
    {
        "file": "heldout-new-plans.jsonl",
        "corpus": corpus_files(os.path.join(HERE, "corpus")),
        "ids": (1, 99),
        "counts": {"fact": 8, "paraphrase": 8, "definition": 4, "list": 4,
                   "numeric/table": 2, "unanswerable": 6, "compare": 4},
        "per_doc": 16,
    },
    {
        "file": "heldout-seeds.jsonl",
        "corpus": corpus_files(os.path.join(HERE, "..", "..", "corpus"), {"doesburg", "dalfsen"}),
        "ids": (101, 199),
        "counts": {"fact": 8, "paraphrase": 7, "definition": 3, "list": 4,
                   "numeric/table": 2, "unanswerable": 3, "compare": 3},
        "per_doc": None,
    },
    {
        "file": "heldout-multi.jsonl",
        "corpus": corpus_files(os.path.join(HERE, "..", "..", "..", "shared", "eval", "corpus")),
        "ids": (201, 299),
        "counts": {"fact": 9, "paraphrase": 9, "definition": 3, "list": 3,
                   "numeric/table": 6, "unanswerable": 6, "compare": 6},
        "per_doc": 6,
    },
]

errors = []
notes = []


def err(msg):
    errors.append(msg)


_text_cache = {}


def doc_texts(path):
    """Return (full normalised text, [normalised page texts] or None)."""
    if path not in _text_cache:
        full = extract(path)
        pages = None
        if path.lower().endswith(".pdf"):
            from pypdf import PdfReader
            pages = [normalise(p.extract_text() or "") for p in PdfReader(path).pages]
        _text_cache[path] = (full, normalise(full), pages)
    return _text_cache[path]


def named_docs(question, corpus):
    found = set()
    for doc, names in NAMES.items():
        if doc not in corpus:
            continue
        for nm in names:
            if re.search(r"\b" + re.escape(nm), question, flags=re.IGNORECASE):
                found.add(doc)
    return found


def check_set(cfg, seen_ids):
    fn = os.path.join(HERE, cfg["file"])
    corpus = cfg["corpus"]
    if not os.path.exists(fn):
        err(f"{cfg['file']}: missing")
        return None
    rows = []
    with open(fn, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                err(f"{cfg['file']}:{ln}: empty line")
                continue
            try:
                q = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{cfg['file']}:{ln}: invalid JSON ({e})")
                continue
            if not isinstance(q, dict):
                err(f"{cfg['file']}:{ln}: not an object")
                continue
            rows.append((ln, q))

    counts = collections.Counter()
    per_doc = collections.Counter()
    first_words = collections.Counter()
    questions_seen = set()
    for ln, q in rows:
        where = f"{cfg['file']}:{ln} {q.get('id', '?')}"
        keys = set(q)
        if not FIELDS_REQ <= keys:
            err(f"{where}: missing fields {sorted(FIELDS_REQ - keys)}")
            continue
        if keys - FIELDS_REQ - FIELDS_OPT:
            err(f"{where}: unknown fields {sorted(keys - FIELDS_REQ - FIELDS_OPT)}")
        qid = q["id"]
        m = re.fullmatch(r"h(\d{3})", qid) if isinstance(qid, str) else None
        if not m or not (cfg["ids"][0] <= int(m.group(1)) <= cfg["ids"][1]):
            err(f"{where}: id {qid!r} not in range h{cfg['ids'][0]:03d}-h{cfg['ids'][1]:03d}")
        if qid in seen_ids:
            err(f"{where}: duplicate id {qid}")
        seen_ids.add(qid)
        for k in ("question", "answer"):
            if not isinstance(q[k], str) or not q[k].strip():
                err(f"{where}: {k} must be a non-empty string")
        if not isinstance(q["gold"], list) or not isinstance(q["must_mention"], list):
            err(f"{where}: gold and must_mention must be lists")
            continue
        t = q["type"]
        if t not in TYPES:
            err(f"{where}: unknown type {t!r}")
        counts[t] += 1
        qn = normalise(q["question"])
        if qn in questions_seen:
            err(f"{where}: duplicate question text")
        questions_seen.add(qn)
        first_words[qn.split()[0].lower()] += 1

        # gold
        gold_docs = set()
        quotes = []
        for g in q["gold"]:
            if not isinstance(g, dict) or set(g) != {"doc", "quote"}:
                err(f"{where}: gold item must be {{doc, quote}}: {g!r}")
                continue
            doc, quote = g["doc"], g["quote"]
            if doc not in corpus:
                err(f"{where}: unknown doc {doc!r}")
                continue
            gold_docs.add(doc)
            nq = normalise(quote)
            quotes.append(nq)
            if not 40 <= len(nq) <= 200:
                err(f"{where}: quote length {len(nq)} outside 40-200: {nq[:60]!r}")
            raw, full, pages = doc_texts(corpus[doc])
            if nq not in full:
                err(f"{where}: quote not found in {doc}: {nq[:90]!r}")
            elif pages is not None and not any(nq in p for p in pages):
                err(f"{where}: quote crosses a page break in {doc}: {nq[:60]!r}")
        # must_mention
        for term in q["must_mention"]:
            if not isinstance(term, str) or not term.strip():
                err(f"{where}: empty must_mention term")
                continue
            nt = normalise(term)
            if not any(nt in x for x in quotes):
                if any(nt.lower() in x.lower() for x in quotes):
                    err(f"{where}: must_mention {term!r} only matches case-insensitively")
                else:
                    err(f"{where}: must_mention {term!r} not in any gold quote")
        # type-specific rules
        if t == "unanswerable":
            if q["gold"] or q["must_mention"]:
                err(f"{where}: unanswerable must have empty gold and must_mention")
        else:
            if not q["gold"]:
                err(f"{where}: answerable question without gold")
            if not q["must_mention"]:
                err(f"{where}: answerable question without must_mention")
        named = named_docs(q["question"], corpus)
        mun = q.get("municipality")
        if mun is not None and mun not in corpus:
            err(f"{where}: municipality {mun!r} is not a doc id of this corpus")
        if t == "compare":
            if mun is not None:
                err(f"{where}: compare question must not have municipality")
            if len(gold_docs) < 2:
                err(f"{where}: compare question cites {len(gold_docs)} document(s), needs >= 2")
        else:
            if len(named) == 1:
                (d,) = named
                if mun != d:
                    err(f"{where}: question names {d} but municipality is {mun!r}")
            elif len(named) == 0 and mun is not None:
                err(f"{where}: municipality {mun!r} set but question names no plan municipality")
            elif len(named) > 1:
                err(f"{where}: non-compare question names several plans: {sorted(named)}")
            if mun is not None and gold_docs - {mun}:
                err(f"{where}: municipality {mun} but cites {sorted(gold_docs - {mun})}")
            if t != "unanswerable" and len(gold_docs) != 1:
                err(f"{where}: non-compare question cites {len(gold_docs)} documents")
            # per-document block
            if mun:
                per_doc[mun] += 1
            elif len(gold_docs) == 1:
                per_doc[next(iter(gold_docs))] += 1
            else:
                per_doc["(none)"] += 1

    for t, n in cfg["counts"].items():
        if counts[t] != n:
            err(f"{cfg['file']}: {counts[t]} questions of type {t}, planned {n}")
    if cfg["per_doc"]:
        for d in corpus:
            if per_doc[d] != cfg["per_doc"]:
                err(f"{cfg['file']}: {per_doc[d]} single-plan questions for {d}, planned {cfg['per_doc']}")
    top_word, top_n = first_words.most_common(1)[0] if first_words else ("", 0)
    if rows and top_n > 0.4 * len(rows):
        err(f"{cfg['file']}: {top_n}/{len(rows)} questions start with {top_word!r}")
    return {"n": len(rows), "types": dict(counts), "per_doc": dict(per_doc),
            "first_words": dict(first_words.most_common(6))}


# ---------------------------------------------------------------------------
def check_new_plans():
    cdir = os.path.join(HERE, "corpus")
    files = sorted(os.listdir(cdir))
    pdfs = [f for f in files if f.endswith(".pdf")]
    txts = [f for f in files if f.endswith(".txt")]
    if len(pdfs) != 1 or len(txts) != 1 or len(files) != 2:
        err(f"corpus/: expected one .pdf and one .txt, found {files}")
    for f in files:
        raw = extract(os.path.join(cdir, f))
        nw = len(raw.split())
        notes.append(f"corpus/{f}: {nw} words")
        if not 2500 <= nw <= 4500:
            err(f"corpus/{f}: {nw} words, outside 2,500-4,500")
    for f in txts:
        raw = open(os.path.join(cdir, f), encoding="utf-8").read()
        lines = raw.split("\n")
        need = {
            "starts with 'Ziet u een fout'": lines[0].startswith("Ziet u een fout in deze regeling?"),
            "Wetstechnische informatie": "Wetstechnische informatie" in raw,
            "Gegevens van de regeling": "Gegevens van de regeling" in raw,
            "Officiële naam regeling": "Officiële naam regeling" in raw,
            "Citeertitel": "Citeertitel" in raw,
            "Vastgesteld door": "Vastgesteld door" in raw,
            "Rechtsgebied": "Rechtsgebied" in raw,
            "Eindverantwoordelijke": "Eindverantwoordelijke" in raw,
            "Wettelijke grondslag": "Wettelijke grondslag(en)" in raw,
            "wijzigingen overview": "Overzicht van in de tekst verwerkte wijzigingen" in raw,
            "Gemeenteblad number": re.search(r"gmb-\d{4}-\d+", raw) is not None,
            "Geldend van … t/m …": re.search(r"Geldend van \d\d-\d\d-\d{4} t/m \d\d-\d\d-\d{4}", raw) is not None,
            "Regeling vervallen": re.search(r"Regeling vervallen per \d\d-\d\d-\d{4}", raw) is not None,
            "Tekst van de regeling": "Tekst van de regeling" in raw,
            "NBSP-only separator lines": sum(1 for l in lines if l == "\u00a0") >= 5,
            "tab-separated table": sum(1 for l in lines if l.count("\t") >= 3) >= 4,
            "Aldus vastgesteld": re.search(r"^Aldus vastgesteld in de openbare vergadering van de raad van de gemeente .+, gehouden op .+\.$", raw, re.M) is not None,
        }
        # CVDR list items: marker line, blank line, text indented by >= 4 spaces
        ok_items = 0
        lettered = 0
        for i, l in enumerate(lines[:-2]):
            if re.fullmatch(r" *• (\d+|[a-z])\.", l) and lines[i + 1] == "" and re.match(r" {4,}\S", lines[i + 2]):
                ok_items += 1
                lettered += bool(re.fullmatch(r" *• [a-z]\.", l))
        need["CVDR numbered/lettered list"] = ok_items >= 6 and lettered >= 3
        for k, v in need.items():
            if not v:
                err(f"corpus/{f}: missing CVDR feature: {k}")
        m = re.search(r"Geldend van (\d\d-\d\d-(\d{4})) t/m (\d\d-\d\d-(\d{4}))", raw)
        if m and int(m.group(4)) >= 2026:
            err(f"corpus/{f}: plan is not expired ({m.group(0)})")
    for f in pdfs:
        from pypdf import PdfReader
        pages = [p.extract_text() or "" for p in PdfReader(os.path.join(cdir, f)).pages]
        n = len(pages)
        footers = sum(1 for i, p in enumerate(pages, 1) if f"Pagina {i} van {n}" in p)
        first_lines = collections.Counter(p.strip().split("\n")[0] for p in pages[1:])
        header, hn = first_lines.most_common(1)[0]
        notes.append(f"corpus/{f}: {n} pages, footer on {footers}, running header {header!r} on {hn}")
        if footers < n - 1 or hn < n - 1:
            err(f"corpus/{f}: running header/footer missing on some pages")
    src = os.path.join(HERE, "sources")
    docxs = [x for x in os.listdir(src) if x.endswith(".docx")]
    if len(docxs) != 1:
        err(f"sources/: expected one .docx, found {docxs}")
    for x in docxs:
        import docx
        d = docx.Document(os.path.join(src, x))
        styles = collections.Counter(p.style.name for p in d.paragraphs)
        for s in ("Heading 1", "Heading 2", "Heading 3", "List Bullet", "List Bullet 2", "List Number"):
            if not styles[s]:
                err(f"sources/{x}: no paragraph with style {s}")
        if len(d.tables) < 2:
            err(f"sources/{x}: fewer than 2 tables")
        else:
            hdr = [c.text for c in d.tables[0].rows[0].cells]
            if not all(re.fullmatch(r"\d{4}", h) for h in hdr[1:]) or not 4 <= len(d.tables[0].rows) <= 6:
                err(f"sources/{x}: first table should have a header row of years and 3-5 data rows")
            ah = [c.text for c in d.tables[1].rows[0].cells]
            if ah[:3] != ["Actie", "Trekker", "Planning"]:
                err(f"sources/{x}: second table header is {ah}")
        sec = d.sections[0]
        if not sec.header.paragraphs[0].text.strip():
            err(f"sources/{x}: no running header")
        if "PAGE" not in sec.footer._element.xml:
            err(f"sources/{x}: no page number field in footer")
        base = os.path.splitext(x)[0]
        if base + ".pdf" not in pdfs:
            err(f"sources/{x}: no matching PDF {base}.pdf in corpus/")


def main():
    dump = None
    if "--dump" in sys.argv:
        dump = sys.argv[sys.argv.index("--dump") + 1]
        os.makedirs(dump, exist_ok=True)
    seen = set()
    summaries = {}
    for cfg in SETS:
        summaries[cfg["file"]] = check_set(cfg, seen)
        if dump:
            for stem, path in cfg["corpus"].items():
                with open(os.path.join(dump, stem + ".txt"), "w", encoding="utf-8") as f:
                    f.write(doc_texts(path)[0])
    check_new_plans()
    for fn, s in summaries.items():
        if s:
            print(f"{fn}: {s['n']} questions")
            print(f"  types: {s['types']}")
            print(f"  per plan (non-compare): {s['per_doc']}")
            print(f"  most frequent first words: {s['first_words']}")
    for n_ in notes:
        print(n_)
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
