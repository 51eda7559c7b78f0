"""Write eval/dev12/corpus/haaksoog.txt from sources/haaksoog_src.txt.

    /work/main/.venv/bin/python eval/dev12/sources/build_haaksoog.py

Stdlib only. Imitates the "platte tekst" version that small municipalities put on their website
next to the PDF (for screen readers): UTF-8, hard line wraps at 72 characters, long words
hyphenated at the line end ("veiligheids-" + newline + "monitor"), chapter headings in CAPITALS
underlined with "=", section headings underlined with "-", "*" bullets and "1)" numbered items
with a hanging indent, space-aligned tables (kept verbatim), and a glossary with the term on its
own line and the definition indented by four spaces. Deterministic: reruns give the same bytes.

Source markup: blocks separated by blank lines.
  %TOP ... %END   title block, each line wrapped as a paragraph
  # text          chapter heading (underlined with =)
  ## text         section heading (underlined with -)
  %PRE ... %END   verbatim block (tables)
  * text / 1) text  list item (one source line each)
  term line followed by a line indented with 4 spaces: glossary entry
  anything else   paragraph (one source line)
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "haaksoog_src.txt")
OUT = os.path.join(os.path.dirname(HERE), "corpus", "haaksoog.txt")
WIDTH = 72
VOWELS = set("aeiouyáéëèïóöü")
# consonant pairs that start a syllable (or are one sound) and are not split
KEEP = {"ch", "sc", "sp", "st", "sk", "sl", "sm", "sn", "sw", "zw", "pr", "tr", "kr", "gr", "br", "dr", "fr",
        "bl", "kl", "pl", "fl", "gl", "ij"}


def good_split(word, i):
    a, b = word[i - 1].lower(), word[i].lower()
    if a + b in KEEP or word[i - 2:i].lower() in ("ch", "sc"):
        return False
    if a not in VOWELS and b not in VOWELS:
        return True
    return a in VOWELS and b not in VOWELS and i + 1 < len(word) and word[i + 1].lower() in VOWELS


def wrap(text, first="", rest=""):
    lines, cur = [], first
    words = text.split()
    k = 0
    while k < len(words):
        w = words[k]
        sep = "" if cur.strip() == "" or cur.endswith(" ") else " "
        if len(cur) + len(sep) + len(w) <= WIDTH:
            cur += sep + w
            k += 1
            continue
        room = WIDTH - len(cur) - len(sep) - 1          # room for the part plus "-"
        if len(w) >= 10 and w.isalpha() and room >= 4:
            for i in range(min(room, len(w) - 4), 3, -1):
                if good_split(w, i):
                    cur += sep + w[:i] + "-"
                    words[k] = w[i:]
                    break
        lines.append(cur.rstrip())
        cur = rest
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def build(src):
    out = []
    lines = src.split("\n")
    i = 0
    mode = None
    while i < len(lines):
        ln = lines[i]
        if ln in ("%TOP", "%PRE"):
            mode = ln
            i += 1
            continue
        if ln == "%END":
            mode = None
            i += 1
            continue
        if mode == "%PRE":
            out.append(ln.rstrip())
        elif mode == "%TOP":
            out.extend(wrap(ln) if ln.strip() else [""])
        elif not ln.strip():
            out.append("")
        elif ln.startswith("# "):
            h = ln[2:].upper()
            out.extend([h, "=" * len(h)])
        elif ln.startswith("## "):
            h = ln[3:]
            out.extend([h, "-" * len(h)])
        elif ln.startswith("* "):
            out.extend(wrap(ln[2:], "* ", "  "))
        elif re.match(r"\d+\) ", ln):
            m = re.match(r"(\d+\) )(.*)", ln)
            out.extend(wrap(m.group(2), m.group(1), " " * len(m.group(1))))
        elif ln.startswith("    "):
            out.extend(wrap(ln.strip(), "    ", "    "))
        else:
            out.extend(wrap(ln))
        i += 1
    text = "\n".join(out).strip("\n") + "\n"
    return re.sub(r"\n{3,}", "\n\n", text)


def main():
    with open(SRC, encoding="utf-8") as f:
        text = build(f.read())
    for n, ln in enumerate(text.split("\n"), 1):
        if len(ln) > WIDTH and not ln.startswith(("Soort", "Stelling", "Onderdeel", "---")):
            # table rows may be longer; prose may not
            if "  " not in ln:
                raise SystemExit("line %d longer than %d: %r" % (n, WIDTH, ln))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote", OUT, len(text.split()), "words")


if __name__ == "__main__":
    main()
