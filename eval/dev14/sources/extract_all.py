"""Write eval/dev14/extracted/<stem>.txt with eval/heldout/extract.py's extract() for every file in
eval/dev14/corpus/, and extracted/kempenhorst.full.txt with the stdlib reader's full text of the
.docx (body + content controls + text boxes + footnotes; validate.docx_text(full=True)).

    /work/main/.venv/bin/python eval/dev14/sources/extract_all.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), "heldout"))
sys.path.insert(0, ROOT)
from extract import extract, normalise  # noqa: E402
from validate import docx_text  # noqa: E402

os.makedirs(os.path.join(ROOT, "extracted"), exist_ok=True)
for name in sorted(os.listdir(os.path.join(ROOT, "corpus"))):
    path = os.path.join(ROOT, "corpus", name)
    stem = os.path.splitext(name)[0]
    text = extract(path)
    with open(os.path.join(ROOT, "extracted", stem + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("%-18s %6d chars %5d words" % (name, len(text), len(normalise(text).split())))
    if name.endswith(".docx"):
        full = docx_text(path, full=True)
        with open(os.path.join(ROOT, "extracted", stem + ".full.txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write(full)
        print("%-18s %6d chars %5d words (full text)" % (name, len(full), len(normalise(full).split())))
