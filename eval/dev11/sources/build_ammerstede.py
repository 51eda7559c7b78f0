"""Write eval/dev11/sources/ammerstede.fodt from sources/ammerstede_src.txt and convert it with
LibreOffice to eval/dev11/corpus/ammerstede.pdf.

    /work/main/.venv/bin/python eval/dev11/sources/build_ammerstede.py

Needs soffice (apt-get install -y libreoffice-writer-nogui). Hyphenation is off, so the line breaks
do not depend on the hyphenation patterns. Layout: a cover page without header/footer, then the
plan in portrait A4 with a running header ("Integraal Veiligheidsplan Ammerstede 2025–2028") and a
footer "Gemeente Ammerstede · pagina N van M"; two small tables in the text; then "Bijlage 1
Uitvoeringsagenda" on LANDSCAPE pages (its own master page, its own running header), a six-column
table (Nr. / Actie / Trekker / Partners / Planning / Budget per jaar) that runs over several pages
with a repeated header row (table:table-header-rows); then back to portrait for "Bijlage 2
Afkortingen en begrippen". The PDF dates, /ID, /DocChecksum and XMP uuids are fixed so reruns are
byte-identical.

Source markup: COVER: / COVERTITLE: / COVERSUB: cover lines, H1: H2: headings, P: paragraph,
B: bullet, DL: term | text, "TABLE" ... END and "AGENDA" ... END with rows "| a | b |" (first row
is the header row).
"""
import os
import re
import shutil
import subprocess
from xml.sax.saxutils import escape as x

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ammerstede_src.txt")
FODT = os.path.join(HERE, "ammerstede.fodt")
PDF = os.path.join(os.path.dirname(HERE), "corpus", "ammerstede.pdf")

TITLE = "Integraal Veiligheidsplan Ammerstede 2025–2028"

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
  <meta:generator>Ammerstede sjabloon IVP 2025</meta:generator>
  <dc:title>Veilig uit, veilig thuis - Integraal Veiligheidsplan Ammerstede 2025-2028</dc:title>
  <dc:creator>Team Openbare Orde en Veiligheid</dc:creator>
  <dc:language>nl-NL</dc:language>
 </office:meta>
 <office:font-face-decls>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" fo:language="nl" fo:country="NL" fo:hyphenate="false"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="start" fo:margin-top="0cm" fo:margin-bottom="0.22cm" fo:line-height="125%"/>
  </style:style>
  <style:style style:name="Kop1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">
   <style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.25cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-size="16pt" fo:font-weight="bold" fo:color="#7a1f3d"/>
  </style:style>
  <style:style style:name="Kop2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">
   <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.18cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-size="12.5pt" fo:font-weight="bold" fo:color="#7a1f3d"/>
  </style:style>
  <style:style style:name="Bullet" style:family="paragraph" style:parent-style-name="Body" style:list-style-name="Streepjes">
   <style:paragraph-properties fo:margin-bottom="0.1cm"/>
  </style:style>
  <style:style style:name="Term" style:family="paragraph" style:parent-style-name="Body">
   <style:paragraph-properties fo:margin-left="0.6cm" fo:text-indent="-0.6cm"/>
  </style:style>
  <style:style style:name="Cel" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="start"/>
   <style:text-properties fo:font-size="10.5pt"/>
  </style:style>
  <style:style style:name="CelKop" style:family="paragraph" style:parent-style-name="Cel">
   <style:text-properties fo:font-weight="bold" fo:color="#ffffff"/>
  </style:style>
  <style:style style:name="Kopregel" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="end"/>
   <style:text-properties fo:font-size="8.5pt" fo:color="#7a1f3d"/>
  </style:style>
  <style:style style:name="Voetregel" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-size="8.5pt" fo:color="#555555"/>
  </style:style>
  <style:style style:name="Omslag" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.3cm"/>
   <style:text-properties fo:font-size="13pt" fo:color="#333333"/>
  </style:style>
  <style:style style:name="OmslagTitel" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="6cm" fo:margin-bottom="0.4cm"/>
   <style:text-properties fo:font-size="32pt" fo:font-weight="bold" fo:color="#7a1f3d"/>
  </style:style>
  <style:style style:name="OmslagSub" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="2.5cm"/>
   <style:text-properties fo:font-size="18pt" fo:color="#7a1f3d"/>
  </style:style>
  <style:style style:name="TB" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <text:list-style style:name="Streepjes">
   <text:list-level-style-bullet text:level="1" text:bullet-char="–">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.6cm" fo:margin-left="0.6cm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
  </text:list-style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="POmslag" style:family="paragraph" style:parent-style-name="Omslag" style:master-page-name="Omslagpagina"/>
  <style:style style:name="PEersteKop" style:family="paragraph" style:parent-style-name="Kop1" style:master-page-name="Staand">
   <style:paragraph-properties fo:margin-top="0cm" style:page-number="auto"/>
  </style:style>
  <style:style style:name="PLiggend" style:family="paragraph" style:parent-style-name="Kop1" style:master-page-name="Liggend">
   <style:paragraph-properties fo:margin-top="0cm"/>
  </style:style>
  <style:style style:name="PTerugStaand" style:family="paragraph" style:parent-style-name="Kop1" style:master-page-name="Staand">
   <style:paragraph-properties fo:margin-top="0cm"/>
  </style:style>
  <style:style style:name="Tab" style:family="table">
   <style:table-properties style:width="16cm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/>
  </style:style>
  <style:style style:name="TabAgenda" style:family="table">
   <style:table-properties style:width="25.7cm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.3cm" style:may-break-between-rows="true"/>
  </style:style>
  <style:style style:name="A1" style:family="table-column"><style:table-column-properties style:column-width="1.4cm"/></style:style>
  <style:style style:name="A2" style:family="table-column"><style:table-column-properties style:column-width="8.2cm"/></style:style>
  <style:style style:name="A3" style:family="table-column"><style:table-column-properties style:column-width="4.2cm"/></style:style>
  <style:style style:name="A4" style:family="table-column"><style:table-column-properties style:column-width="5.4cm"/></style:style>
  <style:style style:name="A5" style:family="table-column"><style:table-column-properties style:column-width="3.5cm"/></style:style>
  <style:style style:name="A6" style:family="table-column"><style:table-column-properties style:column-width="3.0cm"/></style:style>
  <style:style style:name="K1" style:family="table-column"><style:table-column-properties style:column-width="6.4cm"/></style:style>
  <style:style style:name="K3" style:family="table-column"><style:table-column-properties style:column-width="4.8cm"/></style:style>
  <style:style style:name="K5" style:family="table-column"><style:table-column-properties style:column-width="2.4cm"/></style:style>
  <style:style style:name="TabRij" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>
  <style:style style:name="TabKopCel" style:family="table-cell">
   <style:table-cell-properties fo:background-color="#7a1f3d" fo:padding="0.12cm" fo:border="0.5pt solid #7a1f3d"/>
  </style:style>
  <style:style style:name="TabCel" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.2cm" fo:border="0.5pt solid #999999"/>
  </style:style>
  <style:page-layout style:name="pmStaand">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"
    fo:margin-top="1.4cm" fo:margin-bottom="1.4cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style>
  </style:page-layout>
  <style:page-layout style:name="pmLiggend">
   <style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape"
    fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pmStaand"/>
  <style:master-page style:name="Omslagpagina" style:page-layout-name="pmStaand"/>
  <style:master-page style:name="Staand" style:page-layout-name="pmStaand">
   <style:header><text:p text:style-name="Kopregel">%(title)s</text:p></style:header>
   <style:footer><text:p text:style-name="Voetregel">Gemeente Ammerstede · pagina <text:page-number text:select-page="current">1</text:page-number> van <text:page-count>1</text:page-count></text:p></style:footer>
  </style:master-page>
  <style:master-page style:name="Liggend" style:page-layout-name="pmLiggend">
   <style:header><text:p text:style-name="Kopregel">%(title)s · Bijlage 1 Uitvoeringsagenda</text:p></style:header>
   <style:footer><text:p text:style-name="Voetregel">Gemeente Ammerstede · pagina <text:page-number text:select-page="current">1</text:page-number> van <text:page-count>1</text:page-count></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body>
  <office:text>
""".replace("%(title)s", x(TITLE))

TAIL = """  </office:text>
 </office:body>
</office:document>
"""


def cells(row, head):
    return "".join('<table:table-cell table:style-name="%s" office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>'
                   % ("TabKopCel" if head else "TabCel", "CelKop" if head else "Cel", x(c)) for c in row)


def small_table(rows, n):
    o = ['<table:table table:name="Tabel%d" table:style-name="Tab">' % n,
         '<table:table-column table:style-name="K1"/>',
         '<table:table-column table:style-name="K%d" table:number-columns-repeated="%d"/>' % (len(rows[0]), len(rows[0]) - 1),
         '<table:table-header-rows><table:table-row>%s</table:table-row></table:table-header-rows>' % cells(rows[0], True)]
    for r in rows[1:]:
        o.append('<table:table-row table:style-name="TabRij">%s</table:table-row>' % cells(r, False))
    o.append("</table:table>")
    return "".join(o)


def agenda_table(rows):
    o = ['<text:p text:style-name="PLiggend">Bijlage 1 Uitvoeringsagenda 2025–2028</text:p>',
         '<text:p text:style-name="Body">In deze agenda staan alle acties per opgave. De nummering volgt de opgaven in hoofdstuk 3. '
         'Bedragen zijn per jaar, tenzij anders vermeld; ‘binnen bestaand budget’ betekent dat de actie wordt uitgevoerd met de capaciteit die er al is.</text:p>',
         '<table:table table:name="Uitvoeringsagenda" table:style-name="TabAgenda">']
    o += ['<table:table-column table:style-name="A%d"/>' % k for k in range(1, 7)]
    o.append('<table:table-header-rows><table:table-row>%s</table:table-row></table:table-header-rows>' % cells(rows[0], True))
    for r in rows[1:]:
        o.append('<table:table-row table:style-name="TabRij">%s</table:table-row>' % cells(r, False))
    o.append("</table:table>")
    return "".join(o)


def body():
    o = []
    lines = open(SRC, encoding="utf-8").read().splitlines()
    i, first_h1, in_list, after_agenda, ntab = 0, True, False, False, 1

    def close_list():
        nonlocal in_list
        if in_list:
            o.append("</text:list>")
            in_list = False
    first_cover = True
    while i < len(lines):
        ln = lines[i]
        i += 1
        if not ln.strip():
            continue
        if ln in ("TABLE", "AGENDA"):
            close_list()
            rows = []
            while lines[i] != "END":
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            i += 1
            if ln == "TABLE":
                o.append(small_table(rows, ntab))
                ntab += 1
            else:
                o.append(agenda_table(rows))
                after_agenda = True
            continue
        tag, t = ln.split(": ", 1)
        if tag != "B":
            close_list()
        if tag == "COVER":
            o.append('<text:p text:style-name="%s">%s</text:p>' % ("POmslag" if first_cover else "Omslag", x(t)))
            first_cover = False
        elif tag == "COVERTITLE":
            o.append('<text:p text:style-name="OmslagTitel">%s</text:p>' % x(t))
        elif tag == "COVERSUB":
            o.append('<text:p text:style-name="OmslagSub">%s</text:p>' % x(t))
        elif tag == "H1":
            style = "PEersteKop" if first_h1 else ("PTerugStaand" if after_agenda else "Kop1")
            o.append('<text:h text:style-name="%s" text:outline-level="1">%s</text:h>' % (style, x(t)))
            first_h1, after_agenda = False, False
        elif tag == "H2":
            o.append('<text:h text:style-name="Kop2" text:outline-level="2">%s</text:h>' % x(t))
        elif tag == "P":
            o.append('<text:p text:style-name="Body">%s</text:p>' % x(t))
        elif tag == "B":
            if not in_list:
                o.append('<text:list text:style-name="Streepjes">')
                in_list = True
            o.append('<text:list-item><text:p text:style-name="Bullet">%s</text:p></text:list-item>' % x(t))
        elif tag == "DL":
            term, expl = [s.strip() for s in t.split("|", 1)]
            o.append('<text:p text:style-name="Term"><text:span text:style-name="TB">%s</text:span> – %s</text:p>' % (x(term), x(expl)))
        else:
            raise ValueError(ln)
    close_list()
    return "\n".join(o)


def convert():
    tmp = os.path.join(HERE, "_pdf_tmp")
    os.makedirs(tmp, exist_ok=True)
    env = dict(os.environ, HOME=tmp)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, FODT],
                   check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    data = open(os.path.join(tmp, "ammerstede.pdf"), "rb").read()
    shutil.rmtree(tmp, ignore_errors=True)
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()D:\d{14}", rb"\g<1>D:20250704090000", data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)",
                  lambda m: m.group(1) + b"A" * len(m.group(2)) + m.group(3) + b"A" * len(m.group(4)) + m.group(5), data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", rb"\g<1>2025-07-04T09:00:00", data)
    data = re.sub(rb"(uuid:)([0-9a-f-]{36})", lambda m: m.group(1) + b"00000000-0000-0000-0000-000000000000", data)
    os.makedirs(os.path.dirname(PDF), exist_ok=True)
    with open(PDF, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    with open(FODT, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEAD + body() + "\n" + TAIL)
    convert()
    from pypdf import PdfReader
    pages = PdfReader(PDF).pages
    print("pages:", len(pages), "words:", sum(len((p.extract_text() or "").split()) for p in pages))
    for k, p in enumerate(pages, 1):
        box = p.mediabox
        print("  page %d: %dx%d" % (k, round(float(box.width)), round(float(box.height))))
