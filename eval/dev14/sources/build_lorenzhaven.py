"""Write eval/dev14/corpus/lorenzhaven.txt from lorenzhaven_src.txt, stdlib only.

The output imitates what `pdftotext -layout` writes for a typeset A4 plan:
  - a cover page without header or footer, then a table of contents with dotted leaders and page
    numbers (two passes, so the numbers are right);
  - pages separated by form feeds (\\f), each with a running header (title left, "Gemeente
    Lorenzhaven" right) and a page-number footer ("Pagina N van M", right aligned);
  - chapters start on a new page; numbered headings "1", "3.2", "3.3.1" with the number and the
    text separated by spaces;
  - paragraphs hard-wrapped at 78 columns and JUSTIFIED (extra spaces between words), with words
    hyphenated at a line end where the source marks a break point with "~" (and at real hyphens:
    "Midden-" / "Nederland");
  - bullets "•" and sub-bullets "–" with hanging indents; numbered items "1." with hanging indent;
  - tables laid out in aligned columns (numbers right aligned), the caption above;
  - a glossary with the term in a left column and the definition wrapped in a right column.
Deterministic.

    /work/main/.venv/bin/python eval/dev14/sources/build_lorenzhaven.py
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from markup import parse, plain  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "corpus", "lorenzhaven.txt")
WIDTH = 78
BODY_LINES = 52  # lines of text per page between header and footer


# Dutch hyphenation points the typesetter knows for frequent long words (besides the "~" in the source).
HYPH = {
    "veiligheidsplan": "veilig~heids~plan", "gemeenteraad": "gemeente~raad", "burgemeester": "burge~meester",
    "woonoverlast": "woon~overlast", "Veiligheidsmonitor": "Veiligheids~monitor", "jongerenwerkers": "jongeren~werkers",
    "verantwoordelijk": "verant~woordelijk", "woninginbraken": "woning~inbraken", "jeugdoverlast": "jeugd~overlast",
    "criminaliteit": "crimi~naliteit", "samenwerking": "samen~werking", "Belastingdienst": "Belasting~dienst",
    "voorlichting": "voor~lichting", "veiligheidsbeeld": "veiligheids~beeld", "Havenkwartier": "Haven~kwartier",
    "uitvoering": "uit~voering", "ondernemers": "onder~nemers", "omwonenden": "om~wonenden",
}


def pieces(word):
    """Possible (head, tail) splits of a word at '~' or after a real hyphen."""
    out = []
    for m in re.finditer(r"~|(?<=\w)-(?=\w)", word):
        if m.group() == "~":
            head, tail = word[:m.start()], word[m.end():]
            out.append((head.replace("~", "") + "-", tail))
        else:
            head, tail = word[:m.end()], word[m.end():]
            out.append((head.replace("~", ""), tail))
    return out


def wrap(text, width, justify=True):
    words = []
    for w in text.split():
        core = re.match(r"^(\W*)(\w+)(\W*)$", w)
        if core and core.group(2) in HYPH:
            w = core.group(1) + HYPH[core.group(2)] + core.group(3)
        words.append(w)
    lines, cur = [], []
    i = 0
    while i < len(words):
        w = words[i]
        clean = w.replace("~", "")
        curlen = len(" ".join(x.replace("~", "") for x in cur))
        if not cur or curlen + 1 + len(clean) <= width:
            cur.append(w)
            i += 1
            continue
        # try to hyphenate
        best = None
        for head, tail in pieces(w):
            if curlen + 1 + len(head) <= width and len(tail.replace("~", "")) >= 3 and len(head) >= 4:
                best = (head, tail)
        if best:
            cur.append(best[0])
            words[i] = best[1]
        lines.append(cur)
        cur = []
    if cur:
        lines.append(cur)
    out = []
    for n, ln in enumerate(lines):
        ws = [x.replace("~", "") for x in ln]
        if justify and n < len(lines) - 1 and len(ws) > 1:
            gaps = len(ws) - 1
            extra = width - len("".join(ws)) - gaps
            s = ""
            for g, x in enumerate(ws[:-1]):
                # spread the extra spaces from the right, as a typesetter's rounding would
                add = extra // gaps + (1 if g >= gaps - extra % gaps else 0)
                s += x + " " * (1 + add)
            out.append(s + ws[-1])
        else:
            out.append(" ".join(ws))
    return out


def indent_wrap(first, rest, text, width=WIDTH):
    body = wrap(text, width - len(rest))
    return [(first if n == 0 else rest) + ln for n, ln in enumerate(body)]


def table_lines(tb):
    rows = [[plain(c) for c in r] for r in tb["rows"]]
    ncol = len(rows[0])
    widths = [max(len(r[j]) for r in rows) for j in range(ncol)]
    out = [plain(tb["caption"]), ""]
    for i, r in enumerate(rows):
        cells = []
        for j, c in enumerate(r):
            numeric = bool(re.fullmatch(r"[€\d.,\s]+(fte)?", c)) and j > 0
            cells.append(c.rjust(widths[j]) if numeric else c.ljust(widths[j]))
        out.append("   ".join(cells).rstrip())
        if i == 0:
            out.append("")
    return out


def blocks(items):
    """Yield (kind, lines): kind 'H1' forces a new page; other blocks are kept together when short."""
    nums = [0, 0, 0]
    heads = []
    prev = None
    nitem = 0
    for k, v in items:
        if k == "TOC":
            yield ("TOC", [])
        elif k in ("H1", "H2", "H3"):
            lvl = int(k[1])
            if k == "H1" and v in ("Voorwoord",):
                label = v
            else:
                nums[lvl - 1] += 1
                for j in range(lvl, 3):
                    nums[j] = 0
                label = ".".join(str(n) for n in nums[:lvl]) + ("    " if lvl == 1 else "   ") + plain(v)
            heads.append((lvl, label))
            yield (k, [label.upper() if lvl == 1 else label, ""] if lvl == 1 else ["", label, ""])
        elif k == "P":
            yield ("P", wrap(plain_keep(v), WIDTH) + [""])
        elif k == "B":
            yield ("L", indent_wrap("   •  ", "      ", plain_keep(v)))
        elif k == "B2":
            yield ("L", indent_wrap("      –  ", "         ", plain_keep(v)))
        elif k == "N":
            nitem = nitem + 1 if prev == "N" else 1
            yield ("L", indent_wrap("   %d.  " % nitem, "       ", plain_keep(v)))
        elif k == "TABLE":
            yield ("T", [""] + table_lines(v) + [""])
        elif k == "GL":
            term, d = v
            lines = wrap(plain_keep(d), WIDTH - 22)
            yield ("G", [(term.ljust(22) if n == 0 else " " * 22) + ln for n, ln in enumerate(lines)] + [""])
        if k not in ("B", "B2", "N") and prev in ("B", "B2", "N") and k != "H1":
            pass
        prev = k


def plain_keep(s):
    s = re.sub(r"\{([^{}|]+)\|([^{}]+)\}", lambda m: m.group(1), s)
    return re.sub(r"\[\^\d+\]", "", s)


def layout(meta, items, toc_pages):
    pages = []
    cur = []
    head_pages = []
    prev_kind = None

    def newpage():
        nonlocal cur
        if cur:
            pages.append(cur)
        cur = []

    # cover
    cover = [""] * 14 + [meta["title"].center(WIDTH).rstrip(), "", meta["subtitle"].center(WIDTH).rstrip()] + [""] * 20 + \
        [meta["municipality"].center(WIDTH).rstrip(), meta["date"].center(WIDTH).rstrip()]
    pages.append(cover)
    for kind, lines in blocks(items):
        if kind == "TOC":
            toc = ["INHOUD", ""]
            for (lvl, label), pg in zip(toc_heads(items), toc_pages or [0] * 999):
                indent = "" if lvl == 1 else "   "
                lab = indent + re.sub(r"\s{2,}", "  ", label)
                dots = WIDTH - len(lab) - len(str(pg)) - 2
                toc.append(lab + " " + "." * dots + " " + str(pg))
            cur = toc
            newpage()
            continue
        if kind == "H1":
            newpage()
            head_pages.append(len(pages) + 1)
            cur.extend(lines)
            prev_kind = kind
            continue
        if kind in ("H2", "H3"):
            head_pages.append(None)
            if len(cur) + len(lines) + 3 > BODY_LINES:
                newpage()
                lines = lines[1:]
                head_pages[-1] = len(pages) + 1
            else:
                head_pages[-1] = len(pages) + 1
            cur.extend(lines)
            prev_kind = kind
            continue
        if kind == "L" and prev_kind not in ("L",) and cur and cur[-1] != "":
            pass
        # list blocks: blank line after the last item of a list
        if prev_kind == "L" and kind != "L":
            cur.append("")
        block = list(lines)
        if kind == "T" and len(cur) + len(block) > BODY_LINES:
            newpage()
        # paragraphs may run over a page; split them line by line
        for ln in block:
            if len(cur) >= BODY_LINES:
                newpage()
                if ln == "":
                    continue
            cur.append(ln)
        prev_kind = kind
    newpage()
    return pages, head_pages


def toc_heads(items):
    out = []
    nums = [0, 0, 0]
    for k, v in items:
        if k in ("H1", "H2"):
            lvl = int(k[1])
            if k == "H1" and v == "Voorwoord":
                out.append((1, v))
                continue
            nums[lvl - 1] += 1
            for j in range(lvl, 3):
                nums[j] = 0
            out.append((lvl, ".".join(str(n) for n in nums[:lvl]) + "  " + plain(v)))
        elif k == "H3":
            nums[2] += 1
    return out


def render(meta, pages):
    total = len(pages)
    out = []
    for n, lines in enumerate(pages, 1):
        if n == 1:
            text = "\n".join(lines) + "\n"
        else:
            left, right = meta["header"], meta["municipality"]
            hdr = left + " " * (WIDTH - len(left) - len(right)) + right
            ftr = ("Pagina %d van %d" % (n, total)).rjust(WIDTH)
            body = lines + [""] * (BODY_LINES - len(lines))
            text = hdr + "\n\n" + "\n".join(body).rstrip("\n") + "\n\n\n" + ftr + "\n"
        out.append(text)
    return "\f".join(out) + "\f"


def build():
    meta, items, fns = parse(os.path.join(HERE, "lorenzhaven_src.txt"))
    pages, hp = layout(meta, items, None)
    # heading pages for the TOC: H1 and H2 only
    lv = [k for k, v in items if k in ("H1", "H2", "H3")]
    toc_pages = [p for k, p in zip(lv, hp) if k in ("H1", "H2")]
    pages, hp2 = layout(meta, items, toc_pages)
    assert hp2 == hp
    text = render(meta, pages)
    text = "\n".join(ln.rstrip() for ln in text.split("\n"))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote", OUT, len(pages), "pages")


if __name__ == "__main__":
    build()
