"""Check the three dev5 plans with the standard extraction of eval/heldout/extract.py.

    /work/main/.venv/bin/python eval/dev5/check.py            # check
    /work/main/.venv/bin/python eval/dev5/check.py --dump DIR # also write the extracted texts

For every file in corpus/ it extracts the text exactly as eval/heldout/extract.py does,
reports the word count and checks that the metadata, the deliberate imperfections and a
few structural markers are present in the extracted text (after whitespace collapse).
For the PDF it also checks that every page number in the typed table of contents is the
page on which that heading starts. Exit code 0 = all checks pass.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "heldout"))
from extract import extract, normalise  # noqa: E402

EXPECT = {
    "ravelingen.docx": [
        "Integraal Veiligheidsplan Ravelingen 2025-2028",
        "vastgesteld door de gemeenteraad van Ravelingen op 12 december 2024",
        "Jeugdoverlast en jeugdcriminaliteit zijn bewust geen onderdeel van dit Integraal Veiligheidsplan.",
        "Een op de vier ondernemrs",
        "Zorg- en Veiligheidhuis Lingedal",
        "Het Buitengebied van Ravelingen",
        "Lokale Driehoek", "lokale driehoek", "Nachtburgemeester", "nachtburgemeester",
        "Zorg en veiligheid\tZorg en veiligheid\tZorg en veiligheid\tZorg en veiligheid\tZorg en veiligheid",
        "E33-meldingen (personen met verward gedrag)\t287\t312\t341\t372",
        "Actie\tTrekker\tPartners\tPlanning\tBudget",
        "Erfcoach (0,6 fte) en 280 erfbezoeken\tAfdeling Veiligheid & Handhaving",
        "Doel: in 2028 wordt elke melding",
    ],
    "tolwerven.html": [
        "Veiligheidsplan 2025-2028 - Gemeente Tolwerven",
        "Vastgesteld door de gemeenteraad van Tolwerven op 3 april 2025.",
        "Ondermijning in de haven en op de Kanaalzone is geen prioriteit in dit veiligheidsplan.",
        "Het doel is intimdatie",
        "in het Havenkwatier en de Binnenstad",
        "Laatst gewijzigd: 14 mei 2025",
        "Alle cookies accepteren", "Meer informatie", "Postbus 1500",
        "Prioriteit 1: Explosies en intimidatie",
        "Explosies bij woningen en bedrijfspanden 2 5 9 14",
        "Cuckooing Het overnemen van de woning",
        "Wijkveiligheidsteam Molenbroek en Spijkerhof Team Wijken",
        "We werken gebiedsgericht : waar",
    ],
    "kalveroog.pdf": [
        "Uitvoeringsprogramma Veiligheid 2026",
        "Vastgesteld door het college van burgemeester en wethouders op 20 januari 2026",
        "Digitale veiligheid en cybercrime maken geen deel uit van dit uitvoeringsprogramma.",
        "zelfredzaamheit van inwoners",
        "vakantiverhuur zonder registratie",
        "Eilandoverleg Veiligheid", "eilandoverleg veiligheid", "Veerdienst", "veerdienst",
        "655.000 overnachtingen2",
        "Uitvoeringsprogramma Veiligheid 2026 – Gemeente Kalveroog pagina 5 van 13",
        "3.2.1 Aanleiding",
        "a) seizoensdrukte en openbare orde;",
        "Nr Actie Trekker (partners) Wanneer Budget",
        "Voor actie 3.2 (de nalevingscontroles)",
    ],
}

WORDS = (2500, 4500)


def pdf_toc_ok(path):
    from pypdf import PdfReader
    pages = [pg.extract_text() or "" for pg in PdfReader(path).pages]
    toc = [ln for ln in pages[1].splitlines() if re.search(r"\.{3,}\d+$", ln)]
    bad = []
    for ln in toc:
        m = re.match(r"(.+?)\.{3,}(\d+)$", ln)
        title, num = m.group(1).strip(), int(m.group(2))
        starts = [i + 1 for i in range(2, len(pages))
                  if title in [x.strip() for x in pages[i].splitlines()]]
        if not starts or starts[0] != num:
            bad.append((title, num, starts[:1]))
    return len(toc), bad


def main():
    dump = None
    if "--dump" in sys.argv:
        dump = sys.argv[sys.argv.index("--dump") + 1]
        os.makedirs(dump, exist_ok=True)
    ok = True
    for name, needles in EXPECT.items():
        path = os.path.join(HERE, "corpus", name)
        text = extract(path)
        norm = normalise(text)
        words = len(text.split())
        if dump:
            with open(os.path.join(dump, os.path.splitext(name)[0] + ".txt"), "w",
                      encoding="utf-8") as f:
                f.write(text)
        missing = [n for n in needles if (n if "\t" in n else normalise(n)) not in
                   (text if "\t" in n else norm)]
        line = "%-16s %5d words (extracted)" % (name, words)
        if missing:
            ok = False
            line += "  MISSING: %r" % missing
        print(line)
        if name.endswith(".pdf"):
            n, bad = pdf_toc_ok(path)
            print("%-16s table of contents: %d lines, %s" % ("", n, "ok" if not bad else bad))
            ok = ok and not bad and n > 0
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
