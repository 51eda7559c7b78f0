"""Write eval/dev11/corpus/helmerduin.md from sources/helmerduin_src.md.

    /work/main/.venv/bin/python eval/dev11/sources/build_helmerduin.py

The plan is an intranet-wiki export in Markdown: YAML front matter (title, gemeente, vastgesteld,
looptijd, ...), a "[[_TOC_]]" macro, GitHub-style pipe tables (one without a header text, one with
right-aligned number columns, "<br>" inside cells), nested lists with 2- and 4-space indentation,
admonition-like blockquotes ("> **Let op**", "> **Tip**"), footnote references [^1] with their
definitions at the end, HTML remnants (<a name=...> anchors, <br>, an HTML comment). The source is
written by hand and copied byte for byte (UTF-8, LF line endings); the script only checks it.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "helmerduin_src.md")
OUT = os.path.join(os.path.dirname(HERE), "corpus", "helmerduin.md")

data = open(SRC, "rb").read()
text = data.decode("utf-8")
assert text.startswith("---\n") and "\r" not in text
assert all(("[^%d]" % n) in text and ("[^%d]:" % n) in text for n in (1, 2, 3, 4))
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "wb") as f:
    f.write(data)
print("wrote", OUT, len(text.split()), "words")
