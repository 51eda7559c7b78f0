"""Write eval/dev13/extracted/<stem>.txt with eval/heldout/extract.py's extract() for every file in
eval/dev13/corpus/ (the text the gold quotes of the .htm and .pdf are checked against), and
eval/dev13/accepted/<stem>.txt with the accepted text of every .docx (all tracked changes
accepted: w:ins kept, w:del dropped), which is what the .docx gold quotes are checked against.

    /work/main/.venv/bin/python eval/dev13/sources/extract_all.py

The project's .venv has python-docx, pypdf and beautifulsoup4.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), "heldout"))
sys.path.insert(0, ROOT)
from extract import extract, normalise  # noqa: E402
from validate import docx_text  # noqa: E402

for sub in ("extracted", "accepted"):
    os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
for name in sorted(os.listdir(os.path.join(ROOT, "corpus"))):
    path = os.path.join(ROOT, "corpus", name)
    stem = os.path.splitext(name)[0]
    text = extract(path)
    with open(os.path.join(ROOT, "extracted", stem + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("%-18s %6d chars %5d words" % (name, len(text), len(normalise(text).split())))
    if name.endswith(".docx"):
        acc = docx_text(path, keep_ins=True, keep_del=False)
        with open(os.path.join(ROOT, "accepted", stem + ".txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write(acc)
        print("%-18s %6d chars %5d words (accepted changes)" % (name, len(acc), len(normalise(acc).split())))
