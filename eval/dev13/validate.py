"""Validate the dev13 question file dev13.jsonl (see ../../../shared/eval/README.md for the format).

Usage:  .venv/bin/python eval/dev13/validate.py [FILE]     (from /work/main, or give the path)

FILE defaults to dev13.jsonl next to this script; pass another path to test a copy.
The project's .venv holds python-docx, pypdf and beautifulsoup4 (else put them on PYTHONPATH).

Adapted from ../dev12/validate.py. Extracts the three dev13 plans in corpus/ with the standard
extractor in ../heldout/extract.py and checks:
  - every line is a JSON object with the required fields and no unknown fields;
  - the file holds 48-50 questions; ids are unique, look like uNNN and fall in u001-u060;
  - types are known;
  - every gold doc is one of the three plans, and every quote is 40-200 characters after
    whitespace normalisation (every run of Unicode whitespace -> one space, strip; case-sensitive,
    nothing else changes);
  - .htm and .pdf: the quote occurs in the normalised standard extraction of that doc;
  - Word HTML (.htm): the quote holds no soft hyphen (U+00AD) and no footnote marker "[n]", and it
    also occurs in the <body> text without the table of contents (MsoToc paragraphs), so a loader
    that drops the TOC or strips soft hyphens keeps every gold quote;
  - two-column PDF: the quote lies on one page, within one column of that page (or within one
    printed line, for the full-width tables), holds no word broken with a hyphen at a line end
    ("Poli-" + newline + "tiewet"), and holds no running header or footer;
  - DOCX with tracked changes: the quote occurs in the ACCEPTED text (w:ins kept, w:del dropped).
    Where the accepted text and the standard extraction agree (the quote has no inserted text) it
    must occur in the standard extraction as well; quotes that need inserted text are counted and
    there must be at least two questions with such a quote. No quote may occur only in a text that
    keeps the deleted runs. At least one deleted run states a figure or date that no longer occurs
    in the accepted text (a loader that keeps w:delText is misled by it). The standard extraction
    must equal the accepted text minus all insertions (a sanity check of the accepted-text reader);
  - every must_mention term occurs verbatim (case-sensitive) in at least one gold quote,
    and answerable questions have 1-3 terms;
  - unanswerable questions have empty gold and must_mention and a non-empty answer;
    answerable questions have at least one quote and at least one must_mention term;
  - `municipality` is present exactly when the question names one plan's municipality
    (Ravenstade, Kessenrade, Hessenlo, or one of their kernen, wijken or named places),
    and then all gold is from that doc;
  - compare questions cite two or three docs and carry no municipality;
  - every reference answer contains its must_mention terms (case-insensitive);
  - no question copies a run of 8 or more words from a plan (accepted text for the docx).
Prints the counts per type and per plan (the municipality field, else the one cited doc).
Exits 0 when everything passes, 1 otherwise.
"""
import json
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(MAIN, "eval", "heldout"))
from extract import extract, normalise  # noqa: E402

CORPUS = os.path.join(HERE, "corpus")
DOCS = {
    "ravenstade": os.path.join(CORPUS, "ravenstade.htm"),
    "kessenrade": os.path.join(CORPUS, "kessenrade.pdf"),
    "hessenlo": os.path.join(CORPUS, "hessenlo.docx"),
}
# Names that identify a plan's municipality in a question: the municipality, its kernen, wijken and
# the named places of the plan. Matched case-insensitively at a word start, so "Ravenstadse",
# "Ravenstedelingen", "Kessenraadse" or "Hessenlose" count too.
NAMES = {
    "ravenstade": ["Ravenstade", "Ravensted", "Oude Markt", "Vlietkade", "Stationskwartier", "Spoorsingel",
                   "Vlietzoom", "Hogeland", "Oostpolder", "Spoorzone", "Rijnvliet", "De Overloop",
                   "Stadswonen", "Woonkracht Vliet"],
    "kessenrade": ["Kessenrade", "Kessenraad", "Aldenmaas", "Stokkerweerd", "Oeverhoek", "Linderbroek",
                   "Maasbeemd", "Heukelplas", "Stokkerplas", "Maasplas", "Maasdal", "Veerstraat"],
    "hessenlo": ["Hessenlo", "Eppinkveen", "Holterbroek", "Lankerhoek", "Ter Haare", "De Koppel",
                 "Grensland", "Borken", "Marktplein"],
}
# (file, plans, lowest id, highest id, min count, max count)
FILES = [
    ("dev13.jsonl", ["ravenstade", "kessenrade", "hessenlo"], 1, 60, 48, 50),
]
TYPES = ["fact", "paraphrase", "definition", "list", "compare", "numeric/table", "unanswerable"]
REQUIRED = {"id", "question", "type", "gold", "answer", "must_mention"}
OPTIONAL = {"municipality"}
NGRAM = 8
MIN_INS_QUESTIONS = 2

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def words(s):
    return re.findall(r"\w+", s.lower())


def ngrams(ws, n):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def squeeze(s):
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- DOCX with tracked changes

def _run_text(r, keep_del):
    out = []
    for ch in r:
        tag = ch.tag
        if tag == W + "t" or (keep_del and tag == W + "delText"):
            out.append(ch.text or "")
        elif tag == W + "tab":
            out.append("\t")
        elif tag in (W + "br", W + "cr"):
            out.append("\n")
        elif tag == W + "noBreakHyphen":
            out.append("-")
    return "".join(out)


def _inline_text(el, keep_ins, keep_del):
    out = []
    for ch in el:
        tag = ch.tag
        if tag == W + "r":
            out.append(_run_text(ch, keep_del))
        elif tag == W + "hyperlink":
            out.append(_inline_text(ch, keep_ins, keep_del))
        elif tag == W + "ins" and keep_ins:
            out.append(_inline_text(ch, keep_ins, keep_del))
        elif tag == W + "del" and keep_del:
            out.append(_inline_text(ch, keep_ins, keep_del))
    return "".join(out)


def _para_text(p, keep_ins, keep_del):
    """Text of a paragraph, or None when the paragraph itself (its mark) is removed."""
    text = _inline_text(p, keep_ins, keep_del)
    mark = p.find(W + "pPr/" + W + "rPr")
    if mark is not None and not text:
        if (mark.find(W + "ins") is not None and not keep_ins) or (mark.find(W + "del") is not None and not keep_del):
            return None
    return text


def docx_text(path, keep_ins=True, keep_del=False):
    """The body text of a .docx in the layout of eval/heldout/extract.py (paragraphs; table rows as
    tab-joined cells; lines joined by newlines), with insertions and deletions kept or dropped.
    keep_ins=True, keep_del=False gives the text with all changes accepted."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for el in root.find(W + "body"):
        if el.tag == W + "p":
            t = _para_text(el, keep_ins, keep_del)
            if t is not None:
                out.append(t)
        elif el.tag == W + "tbl":
            for tr in el.findall(W + "tr"):
                trpr = tr.find(W + "trPr")
                if trpr is not None and ((trpr.find(W + "ins") is not None and not keep_ins)
                                         or (trpr.find(W + "del") is not None and not keep_del)):
                    continue
                cells = []
                for tc in tr.findall(W + "tc"):
                    ps = [_para_text(p, keep_ins, keep_del) for p in tc.findall(W + "p")]
                    cells.append("\n".join(x for x in ps if x is not None))
                out.append("\t".join(cells))
    return "\n".join(out)


def docx_deleted_runs(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    return ["".join(t.text or "" for t in d.iter(W + "delText")) for d in root.iter(W + "del")
            if d.find(W + "r") is not None]


# ---------------------------------------------------------------- Word HTML

def htm_body_text(path):
    """The <body> text of a Word HTML file without the table of contents, extracted like the
    standard extractor does. Normalised."""
    from bs4 import BeautifulSoup
    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    for t in soup(["script", "style", "noscript", "template"]):
        t.decompose()
    for p in soup.find_all("p", class_=re.compile(r"^MsoToc")):
        p.decompose()
    return normalise(soup.body.get_text("\n"))


# ---------------------------------------------------------------- two-column PDF

def pdf_pages(path):
    """Per page: (normalised page text, [whitespace-free text of each region]). The regions are
    the left column, the right column and every printed line (for the full-width tables), all
    without the running header and footer."""
    from pypdf import PdfReader
    pages = []
    for pg in PdfReader(path).pages:
        width = float(pg.mediabox.width)
        height = float(pg.mediabox.height)
        frags = []

        def visit(text, cm, tm, fd, fs):
            if not text.strip():
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            if 45 < y < height - 38:
                frags.append((x, y, text))

        text = pg.extract_text(visitor_text=visit) or ""
        left = "".join(t for x, y, t in frags if x < width / 2)
        right = "".join(t for x, y, t in frags if x >= width / 2)
        lines = {}
        for x, y, t in frags:
            lines.setdefault(round(y), []).append((x, t))
        regions = [squeeze(left), squeeze(right)]
        regions += [squeeze("".join(t for x, t in sorted(v))) for v in lines.values()]
        pages.append((normalise(text), regions))
    return pages


def main(argv):
    errors = []
    texts = {}
    accepted = {}
    keepdel = {}
    for doc, path in DOCS.items():
        texts[doc] = normalise(extract(path))
        if path.endswith(".docx"):
            accepted[doc] = normalise(docx_text(path, True, False))
            keepdel[doc] = normalise(docx_text(path, True, True)) + "\n" + normalise(docx_text(path, False, True))
            if normalise(docx_text(path, False, False)) != texts[doc]:
                errors.append(f"{doc}: the standard extraction differs from the accepted text without insertions")
            old = [d for d in docx_deleted_runs(path) if re.search(r"\d", d) and normalise(d) not in accepted[doc]]
            if not old:
                errors.append(f"{doc}: no deleted run with a figure or date that is gone from the accepted text")
    doc_ngrams = {doc: ngrams(words(accepted.get(doc, t)), NGRAM) for doc, t in texts.items()}
    bodies = {doc: htm_body_text(path) for doc, path in DOCS.items() if path.endswith(".htm")}
    pdfs = {doc: pdf_pages(path) for doc, path in DOCS.items() if path.endswith(".pdf")}
    breaks = {}
    running = {}
    for doc, path in DOCS.items():
        if path.endswith(".pdf"):
            raw = extract(path)
            breaks[doc] = {normalise(a + " " + b) for a, b in re.findall(r"(\w+-)[ \t]*\n[ \t]*(\w+)", raw)}
            # the running header and footer lines (repeated on most pages)
            cnt = Counter(ln.strip() for ln in raw.split("\n"))
            running[doc] = [re.sub(r"\d+$", "", ln).strip() for ln, c in cnt.items() if c >= 3 and len(ln) > 10]

    seen_ids = set()
    summary = []
    per_plan = Counter()
    per_type_plan = Counter()
    ins_questions = []
    files = FILES
    if len(argv) > 1:
        files = [(argv[1],) + FILES[0][1:]]
    for fname, plans, lo, hi, nmin, nmax in files:
        path = fname if os.path.isabs(fname) or os.path.exists(fname) else os.path.join(HERE, fname)
        counts = Counter()
        n = 0
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
        for ln, line in enumerate(lines, 1):
            where = f"{os.path.basename(fname)}:{ln}"
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
            where = f"{os.path.basename(fname)}:{rid}"
            m = re.fullmatch(r"u(\d{3})", str(rid))
            if not m:
                errors.append(f"{where}: id does not look like uNNN")
            elif not lo <= int(m.group(1)) <= hi:
                errors.append(f"{where}: id outside u{lo:03d}-u{hi:03d}")
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
            named = {d for d in plans if any(re.search(r"\b" + re.escape(nm), q, re.I) for nm in NAMES[d])}
            muni = r.get("municipality")
            expect = next(iter(named)) if len(named) == 1 else None
            if muni != expect:
                errors.append(f"{where}: municipality is {muni!r}, question names {sorted(named)}")

            # gold quotes
            quotes = []
            uses_ins = False
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
                if d in accepted:
                    if s not in accepted[d]:
                        if s in keepdel[d]:
                            errors.append(f"{where}: quote relies on deleted text in {d}: {s[:80]!r}")
                        else:
                            errors.append(f"{where}: quote not in the accepted text of {d}: {s[:80]!r}")
                    elif s not in texts[d]:
                        uses_ins = True
                elif s not in texts[d]:
                    errors.append(f"{where}: quote not found in {d}: {s[:80]!r}")
                if d in bodies:
                    if "\u00ad" in s:
                        errors.append(f"{where}: quote holds a soft hyphen: {s[:60]!r}")
                    if re.search(r"\[\d+\]", s):
                        errors.append(f"{where}: quote holds a footnote marker: {s[:60]!r}")
                    if s in texts[d] and s not in bodies[d]:
                        errors.append(f"{where}: quote occurs only in the table of contents or <title>: {s[:60]!r}")
                if d in pdfs and s in texts[d]:
                    if not any(s in pt for pt, _ in pdfs[d]):
                        errors.append(f"{where}: quote crosses a page break: {s[:60]!r}")
                    elif not any(squeeze(s) in reg for _, regs in pdfs[d] for reg in regs):
                        errors.append(f"{where}: quote crosses a column break: {s[:60]!r}")
                    for b in breaks[d]:
                        if b in s:
                            errors.append(f"{where}: quote contains the line-end hyphen break {b!r}")
                    for h in running[d]:
                        if h in s:
                            errors.append(f"{where}: quote contains the running header/footer {h!r}")
                if muni and d != muni:
                    errors.append(f"{where}: municipality {muni} but quote from {d}")
            if uses_ins:
                ins_questions.append(rid)
            docs = {g.get("doc") for g in gold if isinstance(g, dict)}
            plan = muni or (next(iter(docs)) if len(docs) == 1 and t != "compare" else
                            "compare" if t == "compare" else "other")
            per_plan[plan] += 1
            per_type_plan[(t, plan)] += 1

            for term in mm:
                if not isinstance(term, str) or not term.strip():
                    errors.append(f"{where}: empty must_mention term")
                elif not any(normalise(term) in s for s in quotes):
                    errors.append(f"{where}: must_mention {term!r} not in any gold quote")

            if isinstance(ans, str):
                for term in mm:
                    if isinstance(term, str) and normalise(term).lower() not in normalise(ans).lower():
                        errors.append(f"{where}: answer lacks its must_mention term {term!r}")
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

            qn = ngrams(words(q), NGRAM)
            for d in plans:
                if qn & doc_ngrams[d]:
                    errors.append(f"{where}: question shares a run of {NGRAM}+ words with {d}")

        if not nmin <= n <= nmax:
            errors.append(f"{fname}: {n} questions, expected {nmin}-{nmax}")
        summary.append((os.path.basename(fname), n, counts))

    if len(ins_questions) < MIN_INS_QUESTIONS:
        errors.append(f"only {len(ins_questions)} question(s) depend on inserted (w:ins) text, need {MIN_INS_QUESTIONS}")

    print(f"{'file':28s} {'n':>3s} " + " ".join(f"{t:>13s}" for t in TYPES))
    for fname, n, counts in summary:
        print(f"{fname:28s} {n:3d} " + " ".join(f"{counts.get(t, 0):13d}" for t in TYPES))
    cols = list(DOCS) + ["compare", "other"]
    print("\nper type and plan (municipality field, else the one cited doc; compare; other):")
    print(f"{'type':14s} " + " ".join(f"{c:>10s}" for c in cols) + f" {'total':>6s}")
    for t in TYPES:
        print(f"{t:14s} " + " ".join(f"{per_type_plan.get((t, c), 0):10d}" for c in cols)
              + f" {sum(per_type_plan.get((t, c), 0) for c in cols):6d}")
    print(f"{'total':14s} " + " ".join(f"{per_plan.get(c, 0):10d}" for c in cols) + f" {sum(per_plan.values()):6d}")
    print(f"\nquestions whose gold needs inserted (w:ins) text: {', '.join(ins_questions) or '-'}")

    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
