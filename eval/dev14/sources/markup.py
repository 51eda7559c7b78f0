"""Tiny line markup shared by the three dev14 build scripts.

Line kinds (one per line, "KEY: text"):
  META key: value        cover data (title, municipality, date, ...)
  T: / ST:               title / subtitle
  H1: / H2: / H3:        headings; the builders add numbers where the format numbers them
  P:                     paragraph; [^n] marks footnote n
  FN n: text             footnote text
  B: / B2:               bullet / sub-bullet
  N:                     numbered item (a new list starts after any other line kind)
  KADER: title / KP: text / ENDKADER      an info box (text box, aside, framed box)
  TABLE: caption, then rows "| a | b |", ENDTABLE.  A cell "<" merges with the cell on its left
                          (gridSpan / colspan), a cell "^" with the cell above (vMerge / rowspan).
  GL: term | definition  glossary entry
  TOC                    table of contents placeholder
  PB                     page break
A "~" inside a word marks where the typeset text may hyphenate it; the builders drop it elsewhere.
{RIEC|Regionaal ...} marks an abbreviation (an <abbr title> in HTML, plain text elsewhere).
"""
import re


def parse(path):
    items, meta, fns = [], {}, {}
    table = None
    kader = None
    with open(path, encoding="utf-8") as f:
        for raw in f.read().splitlines():
            line = raw.rstrip()
            if not line or line.startswith("#"):
                continue
            if table is not None:
                if line == "ENDTABLE":
                    items.append(("TABLE", table))
                    table = None
                else:
                    table["rows"].append([c.strip() for c in line.strip().strip("|").split("|")])
                continue
            if line.startswith("META "):
                k, v = line[5:].split(":", 1)
                meta[k.strip()] = v.strip()
            elif line.startswith("FN "):
                k, v = line[3:].split(":", 1)
                fns[int(k)] = v.strip()
            elif line.startswith("TABLE:"):
                table = {"caption": line[6:].strip(), "rows": []}
            elif line == "TOC" or line == "PB" or line == "ENDKADER":
                if line == "ENDKADER":
                    items.append(("KADER", kader))
                    kader = None
                else:
                    items.append((line, None))
            elif line.startswith("KADER:"):
                kader = {"title": line[6:].strip(), "paras": []}
            elif line.startswith("KP:"):
                kader["paras"].append(line[3:].strip())
            elif line.startswith("GL:"):
                t, d = line[3:].split("|", 1)
                items.append(("GL", (t.strip(), d.strip())))
            else:
                k, v = line.split(":", 1)
                items.append((k.strip(), v.strip()))
    return meta, items, fns


ABBR = re.compile(r"\{([^{}|]+)\|([^{}]+)\}")


def plain(s):
    """Text without markup: abbreviations as their short form, no '~', no footnote marks."""
    s = ABBR.sub(lambda m: m.group(1), s)
    s = re.sub(r"\[\^\d+\]", "", s)
    return s.replace("~", "")


def spans(rows):
    """For a table with '<' and '^' merge cells: list of rows of (text, colspan, rowspan, kind)
    where kind is 'start', 'hcont' (covered by colspan) or 'vcont' (covered by rowspan)."""
    n = len(rows)
    out = []
    for i, row in enumerate(rows):
        r = []
        for j, c in enumerate(row):
            if c == "<":
                r.append(("", 0, 0, "hcont"))
                continue
            if c == "^":
                r.append(("", 0, 0, "vcont"))
                continue
            cs = 1
            while j + cs < len(row) and row[j + cs] == "<":
                cs += 1
            rs = 1
            while i + rs < n and rows[i + rs][j] == "^":
                rs += 1
            r.append((c, cs, rs, "start"))
        out.append(r)
    return out
