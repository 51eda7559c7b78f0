"""Validate the dev12 question file dev12.jsonl (see ../../../shared/eval/README.md for the format).

Usage:  .venv/bin/python eval/dev12/validate.py [FILE]     (from /work/main, or give the path)

FILE defaults to dev12.jsonl next to this script; pass another path to test a copy.
The project's .venv holds python-docx and beautifulsoup4 (else put them on PYTHONPATH).

Adapted from ../dev11/validate.py. Extracts the three dev12 plans in corpus/ with the standard
extractor in ../heldout/extract.py and checks:
  - every line is a JSON object with the required fields and no unknown fields;
  - the file holds 48-50 questions; ids are unique, look like tNNN and fall in t001-t060;
  - types are known;
  - every gold doc is one of the three plans, and every quote is 40-200 characters after
    whitespace normalisation (every run of Unicode whitespace -> one space, strip; case-sensitive,
    nothing else changes) and occurs in the normalised extracted text of that doc;
  - hard-wrapped .txt: every quote avoids a word that is broken with a hyphen at a line end
    (e.g. "politiecapa-" + newline + "citeit"), so it also occurs in a de-hyphenated text; prose
    lines are at most 72 characters (space-aligned table rows may be longer);
  - DOCX: every quote also occurs in the text with each merged table cell written once
    (python-docx repeats a gridSpan cell once per grid column and a vMerge continuation as the
    cell above), so a loader that does not repeat merged cells still contains every quote;
  - HTML: every quote also occurs in the text of <main> alone, so a loader that strips the
    portal's header, navigation, sidebar and footer keeps all gold;
  - every must_mention term occurs verbatim (case-sensitive) in at least one gold quote,
    and answerable questions have 1-3 terms;
  - unanswerable questions have empty gold and must_mention and a non-empty answer;
    answerable questions have at least one quote and at least one must_mention term;
  - `municipality` is present exactly when the question names one plan's municipality
    (Haaksoog, Kalmerveen, Moerhaven, or one of their kernen, wijken or named places),
    and then all gold is from that doc;
  - compare questions cite two or three docs and carry no municipality;
  - every reference answer contains its must_mention terms (case-insensitive);
  - no question copies a run of 8 or more words from a plan.
Prints the counts per type and per plan (the municipality field, else the one cited doc).
Exits 0 when everything passes, 1 otherwise.
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
    "haaksoog": os.path.join(CORPUS, "haaksoog.txt"),
    "kalmerveen": os.path.join(CORPUS, "kalmerveen.docx"),
    "moerhaven": os.path.join(CORPUS, "moerhaven.html"),
}
# Names that identify a plan's municipality in a question: the municipality, its kernen, wijken and
# the named places of the plan. Matched case-insensitively at a word start, so adjectives such as
# "Haaksoogse", "Kalmerveense" or "Moerhavense" count too.
NAMES = {
    "haaksoog": ["Haaksoog", "Westdorp", "Oosterbuurt", "Kooiplaats", "Voorstraat", "De Slenk", "Zwarthaven",
                 "Haaksdiep", "Eilandwonen"],
    "kalmerveen": ["Kalmerveen", "Kalmermond", "Boelenskanaal", "Nieuw-Kalmer", "Haspelwijk", "Turfhorst",
                   "Kalmerpoort", "Kalmerstreek", "Veenborg", "Veenkoloniaal College"],
    "moerhaven": ["Moerhaven", "Oude Dokken", "Schuttersveld", "Molenkamp", "Rietsluis", "Nieuw-Weelde",
                  "Kaaihoek", "Westpolder", "Dokplein", "De Loods", "Havenwonen"],
}
# (file, plans, lowest id, highest id, min count, max count)
FILES = [
    ("dev12.jsonl", ["haaksoog", "kalmerveen", "moerhaven"], 1, 60, 48, 50),
]
TYPES = ["fact", "paraphrase", "definition", "list", "compare", "numeric/table", "unanswerable"]
REQUIRED = {"id", "question", "type", "gold", "answer", "must_mention"}
OPTIONAL = {"municipality"}
NGRAM = 8
WIDTH = 72


def words(s):
    return re.findall(r"\w+", s.lower())


def ngrams(ws, n):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def main_text(path):
    """The text of <main> in an HTML file, extracted like the standard extractor does. Normalised."""
    from bs4 import BeautifulSoup
    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    for t in soup(["script", "style", "noscript", "template"]):
        t.decompose()
    return normalise(soup.find("main").get_text("\n"))


def dedup_merged_text(path):
    """The standard extraction of a .docx, except that a merged table cell is written only once:
    python-docx returns a gridSpan cell once per grid column and a vMerge continuation as the cell
    above, so the standard text repeats them ("Uitvoering\tUitvoering", "Actie" in two header
    rows). Here every repeat becomes an empty cell. Normalised."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(path)
    out = []
    for el in d.element.body.iterchildren():
        tag = el.tag.split("}")[-1]
        if tag == "p":
            out.append(Paragraph(el, d).text)
        elif tag == "tbl":
            seen = set()
            for row in Table(el, d).rows:
                texts = []
                for c in row.cells:
                    # keep the elements themselves (not id()s) so lxml keeps one proxy per element
                    texts.append("" if c._tc in seen else c.text)
                    seen.add(c._tc)
                out.append("\t".join(texts))
    return normalise("\n".join(out))


def check_txt(doc, path):
    """Prose lines of the hard-wrapped text are at most WIDTH characters; longer lines must be
    space-aligned table rows (two or more spaces between columns)."""
    errs = []
    with open(path, encoding="utf-8") as f:
        for n, ln in enumerate(f.read().split("\n"), 1):
            if len(ln) > WIDTH and "  " not in ln.strip():
                errs.append(f"{doc}: line {n} longer than {WIDTH} characters")
    return errs


def main(argv):
    errors = []
    texts = {}
    for doc, path in DOCS.items():
        texts[doc] = normalise(extract(path))
    doc_ngrams = {doc: ngrams(words(t), NGRAM) for doc, t in texts.items()}
    dedup = {doc: dedup_merged_text(path) for doc, path in DOCS.items() if path.endswith(".docx")}
    mains = {doc: main_text(path) for doc, path in DOCS.items() if path.endswith(".html")}
    # line-end hyphen breaks of the hard-wrapped plain text
    breaks = {}
    for doc, path in DOCS.items():
        if path.endswith(".txt"):
            errors.extend(check_txt(doc, path))
            raw = extract(path)
            breaks[doc] = {normalise(a + " " + b)
                           for a, b in re.findall(r"(\w+-)[ \t]*\n[ \t]*(\w+)", raw)}

    seen_ids = set()
    summary = []
    per_plan = Counter()
    per_type_plan = Counter()
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
            m = re.fullmatch(r"t(\d{3})", str(rid))
            if not m:
                errors.append(f"{where}: id does not look like tNNN")
            elif not lo <= int(m.group(1)) <= hi:
                errors.append(f"{where}: id outside t{lo:03d}-t{hi:03d}")
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
                elif d in breaks:
                    for b in breaks[d]:
                        if b in s:
                            errors.append(f"{where}: quote contains the line-end hyphen break {b!r}")
                if d in mains and s in texts[d] and s not in mains[d]:
                    errors.append(f"{where}: quote lies outside <main> in {d}: {s[:60]!r}")
                if d in dedup and s in texts[d] and s not in dedup[d]:
                    errors.append(f"{where}: quote relies on the repeated text of a merged table cell: {s[:60]!r}")
                if muni and d != muni:
                    errors.append(f"{where}: municipality {muni} but quote from {d}")
            docs = {g.get("doc") for g in gold if isinstance(g, dict)}
            # plan of the question: its municipality, else the one doc it cites; compare; other
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

            # questions must not copy sentences from the plans
            qn = ngrams(words(q), NGRAM)
            for d in plans:
                if qn & doc_ngrams[d]:
                    errors.append(f"{where}: question shares a run of {NGRAM}+ words with {d}")

        if not nmin <= n <= nmax:
            errors.append(f"{fname}: {n} questions, expected {nmin}-{nmax}")
        summary.append((os.path.basename(fname), n, counts))

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

    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
