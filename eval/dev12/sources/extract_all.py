"""Write eval/dev12/extracted/<stem>.txt with eval/heldout/extract.py's extract() for every file in
eval/dev12/corpus/ (the text question writers read; gold quotes must be substrings of it after
whitespace collapse).

    /work/main/.venv/bin/python eval/dev12/sources/extract_all.py

The project's .venv has python-docx, pypdf and beautifulsoup4.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), "heldout"))
from extract import extract, normalise  # noqa: E402

out_dir = os.path.join(ROOT, "extracted")
os.makedirs(out_dir, exist_ok=True)
for name in sorted(os.listdir(os.path.join(ROOT, "corpus"))):
    text = extract(os.path.join(ROOT, "corpus", name))
    stem = os.path.splitext(name)[0]
    with open(os.path.join(out_dir, stem + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("%-18s %6d chars %5d words" % (name, len(text), len(normalise(text).split())))
