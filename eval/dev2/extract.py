"""Text extraction as described in ../shared/eval/README.md
("Text extraction the gold quotes are checked against")."""
import os
import re
from pathlib import Path

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DOCS = {
    "doesburg": ROOT + "/corpus/doesburg.txt",
    "dalfsen": ROOT + "/corpus/dalfsen.txt",
    "brakelveen": ROOT + "/../shared/eval/corpus/brakelveen.txt",
    "lindewaarde": ROOT + "/../shared/eval/corpus/lindewaarde.md",
    "oudervliet": ROOT + "/../shared/eval/corpus/oudervliet.docx",
    "zandermeer": ROOT + "/../shared/eval/corpus/zandermeer.pdf",
    "marrevoort": ROOT + "/../shared/eval/corpus/marrevoort.html",
    "greidland": ROOT + "/../shared/eval/corpus/greidland.txt",
    "stavelbroek": ROOT + "/eval/heldout/corpus/stavelbroek.pdf",
    "wilgendaal": ROOT + "/eval/heldout/corpus/wilgendaal.txt",
}


def normalise(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _docx(path):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(path)
    out = []
    for el in d.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(Paragraph(el, d).text)
        elif tag == "tbl":
            for row in Table(el, d).rows:
                out.append("\t".join(c.text for c in row.cells))
    return "\n".join(out)


def _pdf(path):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def _html(path):
    from bs4 import BeautifulSoup
    soup = BeautifulSoup(Path(path).read_text(encoding="utf-8"), "html.parser")
    for t in soup(["script", "style", "noscript", "template"]):
        t.decompose()
    return soup.get_text("\n")


def extract(path: str) -> str:
    suf = Path(path).suffix.lower()
    if suf == ".docx":
        return _docx(path)
    if suf == ".pdf":
        return _pdf(path)
    if suf in (".html", ".htm"):
        return _html(path)
    return Path(path).read_text(encoding="utf-8")


if __name__ == "__main__":
    import sys
    out = Path(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "_text"))
    out.mkdir(parents=True, exist_ok=True)
    for doc, p in DOCS.items():
        t = extract(p)
        (out / f"{doc}.txt").write_text(t, encoding="utf-8")
        print(doc, len(t))
