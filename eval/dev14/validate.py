"""Validate the dev14 question file dev14.jsonl (see ../../../shared/eval/README.md for the format).

Usage:  .venv/bin/python eval/dev14/validate.py [FILE]     (from /work/main, or give the path)

FILE defaults to dev14.jsonl next to this script; pass another path to test a copy.
The project's .venv holds python-docx and beautifulsoup4 (else put them on PYTHONPATH).

Adapted from ../dev13/validate.py. Extracts the three dev14 plans in corpus/ with the standard
extractor in ../heldout/extract.py and checks:
  - every line is a JSON object with the required fields and no unknown fields;
  - the file holds 48-50 questions; ids are unique, look like vNNN and fall in v001-v060;
  - types are known;
  - every gold doc is one of the three plans, and every quote is 40-200 characters after
    whitespace normalisation (every run of Unicode whitespace -> one space, strip; case-sensitive);
  - .docx (template with content controls, text boxes, footnotes, TOC field, merged cells):
    the quote occurs in the standard extraction (python-docx body walk) and also in that text
    without the cached TOC paragraphs (styles toc 1/toc 2, TOC Heading); OR, where it is in a part the standard extraction skips (a content
    control, a text box, a footnote), it occurs in the FULL text of a stdlib reader
    (docx_text(full=True)). Such questions are listed per part. There must be at least one
    question that depends on a text box and one that depends on a footnote. Sanity check of the
    reader: docx_text(full=False) equals the standard extraction exactly;
  - .html (CMS page with accordion): the quote occurs in the standard extraction AND in the text of
    <article> only (not in cookie banner, navigation, sidebar or footer) AND in the standard
    extraction of the page with every <abbr> unwrapped (so no quote depends on the extra line
    breaks that get_text("\\n") puts around an <abbr>);
  - .txt (pdftotext -layout): the quote occurs in the normalised text of ONE page (between form
    feeds), holds no word broken at a line end ("veilig-" + newline + "heidsplan", also
    "Midden-" + newline + "Nederland"), holds no running header or footer text, and does not
    come from the table of contents page;
  - every must_mention term occurs verbatim (case-sensitive) in at least one gold quote, and in the
    reference answer (case-insensitive); answerable questions have 1-3 terms;
  - unanswerable questions have empty gold and must_mention;
  - `municipality` is present exactly when the question names one plan's municipality or one of its
    places, and then all gold is from that doc;
  - compare questions cite two or three docs and carry no municipality;
  - no question copies a run of 8 or more words from a plan (full docx text).
Prints counts per type and per plan, and the questions that need non-body docx parts.
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
    "kempenhorst": os.path.join(CORPUS, "kempenhorst.docx"),
    "reggeloo": os.path.join(CORPUS, "reggeloo.html"),
    "lorenzhaven": os.path.join(CORPUS, "lorenzhaven.txt"),
}
# Names that identify a plan's municipality in a question (case-insensitive, at a word start).
NAMES = {
    "kempenhorst": ["Kempenhorst", "Lieshoven", "Mierdonk", "Zandbeek", "Achterbroek", "Kempenpoort", "Hoogveld",
                    "Kempenwonen", "Kempenjeugd"],
    "reggeloo": ["Reggeloo", "Stroomplein", "Walstraat", "Esdoornwijk", "Veldkamp", "Het Vonder", "De Brink",
                 "Hulsterveen", "Boekelerhoek", "Reggewonen", "Reggedal"],
    "lorenzhaven": ["Lorenzhaven", "Havenkwartier", "Zuiderhof", "Espelhout", "Wetering", "Espelerdorp", "Kamperzand",
                    "Industriehaven", "Zuiderzee Wonen"],
}
FILES = [("dev14.jsonl", list(DOCS), 1, 60, 48, 50)]
TYPES = ["fact", "paraphrase", "definition", "list", "compare", "numeric/table", "unanswerable"]
REQUIRED = {"id", "question", "type", "gold", "answer", "must_mention"}
OPTIONAL = {"municipality"}
NGRAM = 8

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


def words(s):
    return re.findall(r"\w+", s.lower())


def ngrams(ws, n):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


# ---------------------------------------------------------------- DOCX (stdlib reader)

def _runs_text(el, full, boxes):
    """Text of the inline content of a paragraph. full=False imitates python-docx (w:r and
    w:hyperlink children only); full=True also reads inline content controls, and collects the
    paragraphs of text boxes (mc:Choice or v:textbox; never mc:Fallback) into `boxes`."""
    out = []
    for ch in el:
        tag = ch.tag
        if tag == W + "r":
            for rc in ch:
                if rc.tag == W + "t":
                    out.append(rc.text or "")
                elif rc.tag == W + "tab":
                    out.append("\t")
                elif rc.tag == W + "cr" or (rc.tag == W + "br" and rc.get(W + "type", "textWrapping") == "textWrapping"):
                    out.append("\n")  # python-docx: a page or column break gives no text
                elif full and rc.tag in (MC + "AlternateContent", W + "pict", W + "drawing"):
                    _collect_boxes(rc, boxes)
        elif tag == W + "hyperlink":
            out.append(_runs_text(ch, full, boxes))
        elif full and tag == W + "sdt":
            out.append(_runs_text(ch.find(W + "sdtContent"), full, boxes))
    return "".join(out)


def _collect_boxes(el, boxes):
    for ch in el:
        if ch.tag == MC + "Fallback":
            continue
        if ch.tag == W + "txbxContent":
            boxes.append("\n".join(_runs_text(p, True, []) for p in ch.iter(W + "p")))
            continue
        _collect_boxes(ch, boxes)


TOC_STYLES = ("Inhopg1", "Inhopg2", "Kopvaninhoudsopgave")


def _block(el, full, out, skip_toc=False):
    for ch in el:
        if ch.tag == W + "p":
            st = ch.find(W + "pPr/" + W + "pStyle")
            if skip_toc and st is not None and st.get(W + "val") in TOC_STYLES:
                continue
            boxes = []
            out.append(_runs_text(ch, full, boxes))
            out.extend(boxes)
        elif ch.tag == W + "tbl":
            prev = []
            for tr in ch.findall(W + "tr"):
                cols = []
                for tc in tr.findall(W + "tc"):
                    pr = tc.find(W + "tcPr")
                    span = 1
                    vm = None
                    if pr is not None:
                        gs = pr.find(W + "gridSpan")
                        span = int(gs.get(W + "val")) if gs is not None else 1
                        v = pr.find(W + "vMerge")
                        vm = None if v is None else (v.get(W + "val") or "continue")
                    txt = "\n".join(_runs_text(p, full, []) for p in tc.findall(W + "p"))
                    for _ in range(span):
                        col = len(cols)
                        if vm == "continue" and col < len(prev):
                            cols.append(prev[col])
                        else:
                            cols.append(txt)
                prev = cols
                out.append("\t".join(cols))
        elif full and ch.tag == W + "sdt":
            _block(ch.find(W + "sdtContent"), full, out, skip_toc)


def docx_text(path, full=False, skip_toc=False):
    """full=False: the body as python-docx/extract.py gives it (merged cells repeated as python-docx
    does). full=True: also content controls, text boxes (after their paragraph) and footnotes
    (at the end, "n text"). skip_toc=True drops the cached TOC paragraphs."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
        fn = ET.fromstring(z.read("word/footnotes.xml")) if "word/footnotes.xml" in z.namelist() else None
    out = []
    _block(root.find(W + "body"), full, out, skip_toc)
    if full and fn is not None:
        for f in fn.findall(W + "footnote"):
            if f.get(W + "type") in ("separator", "continuationSeparator"):
                continue
            out.append(f.get(W + "id") + " " + "\n".join(_runs_text(p, False, []) for p in f.findall(W + "p")))
    return "\n".join(out)


def docx_parts(path):
    """Normalised texts of the parts the standard extractor skips."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
        fn = ET.fromstring(z.read("word/footnotes.xml"))
    sdt = [normalise("".join(t.text or "" for t in s.iter(W + "t"))) for s in root.iter(W + "sdt")]
    boxes = []
    _collect_boxes(root, boxes)
    notes = [normalise("".join(t.text or "" for t in f.iter(W + "t"))) for f in fn.findall(W + "footnote")]
    toc = []
    for p in root.iter(W + "p"):
        st = p.find(W + "pPr/" + W + "pStyle")
        if st is not None and st.get(W + "val", "").startswith("Inhopg"):
            toc.append(normalise(_runs_text(p, False, [])))
    return {"content control": sdt, "text box": [normalise(b) for b in boxes], "footnote": notes, "toc": toc}


# ---------------------------------------------------------------- HTML

def html_texts(path):
    """(article text, text with <abbr> unwrapped), both extracted like the standard extractor."""
    from bs4 import BeautifulSoup
    with open(path, encoding="utf-8") as f:
        src = f.read()
    soup = BeautifulSoup(src, "html.parser")
    for t in soup(["script", "style", "noscript", "template"]):
        t.decompose()
    article = normalise(soup.find("article").get_text("\n"))
    soup2 = BeautifulSoup(src, "html.parser")
    for t in soup2(["script", "style", "noscript", "template"]):
        t.decompose()
    for a in soup2.find_all("abbr"):
        a.unwrap()
    # unwrap leaves adjacent strings; re-parse so that they merge into one text node
    soup3 = BeautifulSoup(str(soup2), "html.parser")
    return article, normalise(soup3.get_text("\n"))


# ---------------------------------------------------------------- pdftotext -layout text

def txt_pages(raw):
    pages = raw.split("\f")
    out = []
    for pg in pages:
        lines = pg.split("\n")
        out.append(lines)
    return out


def main(argv):
    errors = []
    texts = {d: normalise(extract(p)) for d, p in DOCS.items()}
    full = {}
    parts = {}
    notoc = {}
    for d, p in DOCS.items():
        if p.endswith(".docx"):
            if docx_text(p, False) != extract(p):
                errors.append(f"{d}: the stdlib body reader differs from the standard extraction")
            full[d] = normalise(docx_text(p, True))
            parts[d] = docx_parts(p)
            notoc[d] = normalise(docx_text(p, False, skip_toc=True))
    html = {d: html_texts(p) for d, p in DOCS.items() if p.endswith(".html")}
    txt = {}
    for d, p in DOCS.items():
        if p.endswith(".txt"):
            raw = extract(p)
            pages = raw.split("\f")
            breaks = {normalise(a + " " + b) for a, b in re.findall(r"(\w+-)[ \t]*\n[ \t]*(\w+)", raw)}
            running = set()
            for pg in pages[1:]:
                ls = [ln for ln in pg.split("\n") if ln.strip()]
                if ls:
                    running.add(normalise(ls[0]))
                    running.add(normalise(re.sub(r"\d+", "", ls[-1])).strip())
            headerparts = set()
            for r in running:
                headerparts.update(x.strip() for x in re.split(r"\s{2,}", r) if len(x.strip()) > 6)
            heads = set()
            for pg in pages[1:]:
                ls = [ln for ln in pg.split("\n") if ln.strip()]
                if ls:
                    heads.update(x.strip() for x in re.split(r"\s{2,}", ls[0]) if x.strip())
                    heads.add(re.sub(r"\d+", "N", ls[-1].strip()))
            toc = [i for i, pg in enumerate(pages) if "INHOUD" in pg]
            txt[d] = {"pages": [normalise(pg) for pg in pages], "breaks": breaks, "heads": heads, "toc": toc}

    doc_ngrams = {d: ngrams(words(full.get(d, t)), NGRAM) for d, t in texts.items()}
    seen = set()
    summary = []
    per_plan = Counter()
    per_type_plan = Counter()
    depends = {}
    fname, plans, lo, hi, nmin, nmax = FILES[0]
    path = argv[1] if len(argv) > 1 else os.path.join(HERE, fname)
    counts = Counter()
    n = 0
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for ln, line in enumerate(lines, 1):
        where = f"{os.path.basename(path)}:{ln}"
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
        where = f"{os.path.basename(path)}:{rid}"
        m = re.fullmatch(r"v(\d{3})", str(rid))
        if not m:
            errors.append(f"{where}: id does not look like vNNN")
        elif not lo <= int(m.group(1)) <= hi:
            errors.append(f"{where}: id outside v{lo:03d}-v{hi:03d}")
        if rid in seen:
            errors.append(f"{where}: duplicate id")
        seen.add(rid)
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
        named = {d for d in plans if any(re.search(r"\b" + re.escape(nm), q, re.I) for nm in NAMES[d])}
        muni = r.get("municipality")
        expect = next(iter(named)) if len(named) == 1 else None
        if muni != expect:
            errors.append(f"{where}: municipality is {muni!r}, question names {sorted(named)}")
        quotes = []
        for g in gold:
            if not isinstance(g, dict) or set(g) != {"doc", "quote"}:
                errors.append(f"{where}: gold item must be {{doc, quote}}: {g!r}")
                continue
            d, s = g["doc"], normalise(g["quote"])
            quotes.append(s)
            if d not in plans:
                errors.append(f"{where}: gold doc {d!r} unknown")
                continue
            if not 40 <= len(s) <= 200:
                errors.append(f"{where}: quote length {len(s)} outside 40-200: {s[:60]!r}")
            if d in full:
                if s in texts[d]:
                    if s not in notoc[d]:
                        errors.append(f"{where}: quote occurs only in the cached TOC: {s[:60]!r}")
                elif s in full[d]:
                    where_part = [k for k in ("content control", "text box", "footnote")
                                  if any(s in x for x in parts[d][k])]
                    if not where_part:
                        errors.append(f"{where}: quote is only in the full text, not inside one part: {s[:60]!r}")
                    for k in where_part:
                        depends.setdefault(k, []).append(rid)
                else:
                    errors.append(f"{where}: quote not found in {d} (full text): {s[:80]!r}")
            elif s not in texts[d]:
                errors.append(f"{where}: quote not found in {d}: {s[:80]!r}")
            if d in html:
                art, unwrapped = html[d]
                if s not in art:
                    errors.append(f"{where}: quote not inside <article>: {s[:60]!r}")
                if s not in unwrapped:
                    errors.append(f"{where}: quote depends on the line breaks around an <abbr>: {s[:60]!r}")
            if d in txt:
                info = txt[d]
                pg = [i for i, p in enumerate(info["pages"]) if s in p]
                if not pg:
                    errors.append(f"{where}: quote crosses a page break (form feed): {s[:60]!r}")
                elif all(i in info["toc"] for i in pg):
                    errors.append(f"{where}: quote only on the table of contents page: {s[:60]!r}")
                for b in info["breaks"]:
                    if b in s:
                        errors.append(f"{where}: quote contains the line-end hyphen break {b!r}")
                for h in info["heads"]:
                    if len(h) > 6 and normalise(h) in s:
                        errors.append(f"{where}: quote contains the running header/footer {h!r}")
            if muni and d != muni:
                errors.append(f"{where}: municipality {muni} but quote from {d}")
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
            elif isinstance(ans, str) and normalise(term).lower() not in normalise(ans).lower():
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
    for k in ("text box", "footnote"):
        if not depends.get(k):
            errors.append(f"no question depends on a docx {k}")
    summary.append((os.path.basename(path), n, counts))

    print(f"{'file':28s} {'n':>3s} " + " ".join(f"{t:>13s}" for t in TYPES))
    for fn_, n_, c in summary:
        print(f"{fn_:28s} {n_:3d} " + " ".join(f"{c.get(t, 0):13d}" for t in TYPES))
    cols = list(DOCS) + ["compare", "other"]
    print("\nper type and plan (municipality field, else the one cited doc; compare; other):")
    print(f"{'type':14s} " + " ".join(f"{c:>11s}" for c in cols) + f" {'total':>6s}")
    for t in TYPES:
        print(f"{t:14s} " + " ".join(f"{per_type_plan.get((t, c), 0):11d}" for c in cols)
              + f" {sum(per_type_plan.get((t, c), 0) for c in cols):6d}")
    print(f"{'total':14s} " + " ".join(f"{per_plan.get(c, 0):11d}" for c in cols) + f" {sum(per_plan.values()):6d}")
    print("\nquestions whose kempenhorst gold is outside the standard (python-docx) body text:")
    for k in ("content control", "text box", "footnote"):
        print(f"  {k:16s} {', '.join(sorted(set(depends.get(k, [])))) or '-'}")
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
