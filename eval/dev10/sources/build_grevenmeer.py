"""Write eval/dev10/sources/grevenmeer.fodt from sources/grevenmeer_src.txt and convert it with
LibreOffice to eval/dev10/corpus/grevenmeer.pdf.

    /work/main/.venv/bin/python eval/dev10/sources/build_grevenmeer.py

Needs soffice (apt-get install -y libreoffice-writer-nogui) and the Dutch hyphenation patterns
(apt-get install -y hyphen-nl); without hyph_nl_NL.dic LibreOffice does not hyphenate and the line
breaks (and so the extracted text) differ. Layout: a one-column title page without header/footer,
then the whole plan in one two-column section (justified, 9.5 pt, automatic hyphenation on), with a
shaded sidebar text box ("In het kort", a draw:frame with draw:text-box anchored to the first
paragraph of chapter 1), small tables inside the columns, running header and "pagina N" footer.
The PDF dates, /ID, /DocChecksum and XMP uuids are fixed so reruns are byte-identical.

Source markup: H: heading, S: sub-label, P: paragraph, B: bullet, D: term | text (glossary),
"TABLE a | b" ... rows ... END.
"""
import os
import re
import shutil
import subprocess
from xml.sax.saxutils import escape as x

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "grevenmeer_src.txt")
FODT = os.path.join(HERE, "grevenmeer.fodt")
PDF = os.path.join(os.path.dirname(HERE), "corpus", "grevenmeer.pdf")

SIDEBAR_TITLE = "In het kort"
SIDEBAR = [
    "Vastgesteld door de raad: 10 april 2025",
    "Looptijd: 1 mei 2025 tot en met 31 december 2028",
    "Prioriteiten: veilig op en aan het water; nazorg na detentie en aanpak van veelplegers",
    "Budget: € 198.000 per jaar",
    "Meldingen en vragen: 14 0299 of veiligheid@grevenmeer.nl",
]

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta>
  <meta:generator>Grevenmeer huisstijl 2.1</meta:generator>
  <dc:title>Veilig Grevenmeer 2025-2028</dc:title>
  <dc:creator>Afdeling Veiligheid en Wijken</dc:creator>
  <dc:language>nl-NL</dc:language>
 </office:meta>
 <office:font-face-decls>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
   <style:text-properties style:font-name="Liberation Serif" fo:font-size="9.5pt" fo:language="nl" fo:country="NL"
    fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="justify" fo:margin-top="0cm" fo:margin-bottom="0.18cm" fo:line-height="118%"/>
  </style:style>
  <style:style style:name="Kop" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">
   <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="12pt" fo:font-weight="bold" fo:color="#1d4e6b" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="Label" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0.12cm" fo:margin-bottom="0.05cm" fo:keep-with-next="always"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt" fo:font-weight="bold" fo:color="#1d4e6b"/>
  </style:style>
  <style:style style:name="Bullet" style:family="paragraph" style:parent-style-name="Body" style:list-style-name="Blokjes">
   <style:paragraph-properties fo:margin-bottom="0.08cm"/>
  </style:style>
  <style:style style:name="Term" style:family="paragraph" style:parent-style-name="Body">
   <style:paragraph-properties fo:margin-bottom="0.1cm" fo:text-align="start"/>
  </style:style>
  <style:style style:name="Cel" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="CelKop" style:family="paragraph" style:parent-style-name="Cel">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Kader" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.12cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="KaderKop" style:family="paragraph" style:parent-style-name="Kader">
   <style:text-properties fo:font-size="10pt" fo:font-weight="bold" fo:color="#1d4e6b"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt" fo:color="#555555"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="end"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt" fo:color="#555555"/>
  </style:style>
  <style:style style:name="Titel" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.4cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="30pt" fo:font-weight="bold" fo:color="#1d4e6b"/>
  </style:style>
  <style:style style:name="Ondertitel" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="2cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="15pt"/>
  </style:style>
  <style:style style:name="Omslag" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt"/>
  </style:style>
  <text:list-style style:name="Blokjes">
   <text:list-level-style-bullet text:level="1" text:bullet-char="▪">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.45cm" fo:text-indent="-0.35cm" fo:margin-left="0.45cm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
  </text:list-style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.3cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.4cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.4cm"/></style:footer-style>
  </style:page-layout>
  <style:page-layout style:name="pmOmslag">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="4cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  </style:page-layout>
  <style:style style:name="PTitel" style:family="paragraph" style:parent-style-name="Titel" style:master-page-name="Omslag"/>
  <style:style style:name="PEerste" style:family="paragraph" style:parent-style-name="Kop" style:master-page-name="Standard"/>
  <style:style style:name="Sect2" style:family="section">
   <style:section-properties text:dont-balance-text-columns="false">
    <style:columns fo:column-count="2" fo:column-gap="0.8cm"/>
   </style:section-properties>
  </style:style>
  <style:style style:name="frKader" style:family="graphic">
   <style:graphic-properties style:wrap="parallel" style:number-wrapped-paragraphs="no-limit" style:vertical-pos="top" style:vertical-rel="paragraph"
    style:horizontal-pos="center" style:horizontal-rel="paragraph" fo:background-color="#e3eef4" draw:fill="solid" draw:fill-color="#e3eef4"
    fo:padding="0.2cm" fo:border="0.5pt solid #1d4e6b" fo:margin-bottom="0.3cm" style:run-through="foreground"/>
  </style:style>
  <style:style style:name="Tab" style:family="table"><style:table-properties style:width="8.1cm" table:align="left" fo:margin-bottom="0.25cm"/></style:style>
  <style:style style:name="TabCel" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="0.5pt solid #8aa9bb"/></style:style>
  <style:style style:name="TabKopCel" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="0.5pt solid #8aa9bb" fo:background-color="#d3e3ec"/></style:style>
  <style:style style:name="TB" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Header">Veilig Grevenmeer 2025-2028 | Integraal Veiligheidsplan</text:p></style:header>
   <style:footer><text:p text:style-name="Footer">pagina <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
  </style:master-page>
  <style:master-page style:name="Omslag" style:page-layout-name="pmOmslag" style:next-style-name="Standard"/>
 </office:master-styles>
 <office:body>
  <office:text>
"""
TAIL = """  </office:text>
 </office:body>
</office:document>
"""


def frame():
    inner = '<text:p text:style-name="KaderKop">%s</text:p>' % x(SIDEBAR_TITLE)
    inner += "".join('<text:p text:style-name="Kader">%s</text:p>' % x(t) for t in SIDEBAR)
    return ('<draw:frame draw:style-name="frKader" draw:name="KaderInHetKort" text:anchor-type="paragraph" svg:width="7.6cm" draw:z-index="0">'
            '<draw:text-box fo:min-height="3cm">%s</draw:text-box></draw:frame>') % inner


def table(rows):
    n = len(rows[0])
    o = ['<table:table table:name="Tabel%d" table:style-name="Tab">' % table.count]
    table.count += 1
    o.append('<table:table-column table:number-columns-repeated="%d"/>' % n)
    for i, r in enumerate(rows):
        o.append("<table:table-row>")
        for c in r:
            o.append('<table:table-cell table:style-name="%s" office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>'
                     % ("TabKopCel" if i == 0 else "TabCel", "CelKop" if i == 0 else "Cel", x(c)))
        o.append("</table:table-row>")
    o.append("</table:table>")
    return "".join(o)


table.count = 1


def body():
    o = ['<text:p text:style-name="PTitel">Veilig Grevenmeer</text:p>',
         '<text:p text:style-name="Ondertitel">Integraal Veiligheidsplan 2025-2028</text:p>',
         '<text:p text:style-name="Omslag">Gemeente Grevenmeer</text:p>',
         '<text:p text:style-name="Omslag">Vastgesteld door de gemeenteraad op 10 april 2025</text:p>',
         '<text:section text:style-name="Sect2" text:name="Plan">']
    lines = open(SRC, encoding="utf-8").read().splitlines()
    i, first, in_list, framed = 0, True, False, False

    def close_list():
        nonlocal in_list
        if in_list:
            o.append("</text:list>")
            in_list = False
    while i < len(lines):
        ln = lines[i]
        i += 1
        if not ln.strip():
            continue
        if ln.startswith("TABLE "):
            close_list()
            rows = [[c.strip() for c in ln[6:].split("|")]]
            while lines[i] != "END":
                rows.append([c.strip() for c in lines[i].split("|")])
                i += 1
            i += 1
            o.append(table(rows))
            continue
        tag, t = ln.split(": ", 1)
        if tag != "B":
            close_list()
        if tag == "H":
            o.append('<text:h text:style-name="%s" text:outline-level="1">%s</text:h>' % ("PEerste" if first else "Kop", x(t)))
            first = False
        elif tag == "S":
            o.append('<text:p text:style-name="Label">%s</text:p>' % x(t))
        elif tag == "P":
            fr = ""
            if not framed and t.startswith("Dit Integraal Veiligheidsplan"):
                fr, framed = frame(), True
            o.append('<text:p text:style-name="Body">%s%s</text:p>' % (fr, x(t)))
        elif tag == "B":
            if not in_list:
                o.append('<text:list text:style-name="Blokjes">')
                in_list = True
            o.append('<text:list-item><text:p text:style-name="Bullet">%s</text:p></text:list-item>' % x(t))
        elif tag == "D":
            term, expl = [s.strip() for s in t.split("|", 1)]
            o.append('<text:p text:style-name="Term"><text:span text:style-name="TB">%s</text:span> – %s</text:p>' % (x(term), x(expl)))
    close_list()
    o.append("</text:section>")
    return "\n".join(o)


def convert():
    tmp = os.path.join(HERE, "_pdf_tmp")
    os.makedirs(tmp, exist_ok=True)
    env = dict(os.environ, HOME=tmp)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, FODT],
                   check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    data = open(os.path.join(tmp, "grevenmeer.pdf"), "rb").read()
    shutil.rmtree(tmp, ignore_errors=True)
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()D:\d{14}", rb"\g<1>D:20250411090000", data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)",
                  lambda m: m.group(1) + b"B" * len(m.group(2)) + m.group(3) + b"B" * len(m.group(4)) + m.group(5), data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", rb"\g<1>2025-04-11T09:00:00", data)
    data = re.sub(rb"(uuid:)([0-9a-f-]{36})", lambda m: m.group(1) + b"00000000-0000-0000-0000-000000000000", data)
    os.makedirs(os.path.dirname(PDF), exist_ok=True)
    with open(PDF, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    if not any(os.path.exists(p) for p in ("/usr/share/hyphen/hyph_nl_NL.dic", "/usr/share/hyphen/hyph_nl.dic")):
        print("warning: no Dutch hyphenation patterns (apt-get install -y hyphen-nl); the PDF will differ")
    with open(FODT, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEAD + body() + "\n" + TAIL)
    convert()
    from pypdf import PdfReader
    pages = PdfReader(PDF).pages
    print("pages:", len(pages), "words:", sum(len((p.extract_text() or "").split()) for p in pages))
