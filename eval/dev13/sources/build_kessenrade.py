"""Write eval/dev13/corpus/kessenrade.pdf from sources/kessenrade_src.txt.

    /work/main/.venv/bin/python eval/dev13/sources/build_kessenrade.py

Writes the flat ODT sources/kessenrade.fodt (stdlib only) and converts it with LibreOffice:
`soffice --headless --convert-to pdf`. Needs LibreOffice Writer (apt-get install -y
libreoffice-writer-nogui) and the Dutch hyphenation patterns (apt-get install -y hyphen-nl);
without hyphen-nl the line breaks, and so the extracted text, come out differently.

The layout imitates a brochure-like municipal plan: a one-column title page without header or
footer (master page "Titel"), then the body in **two columns** (text:section with
style:columns fo:column-count="2"), justified and **hyphenated** (fo:hyphenate, language nl-NL),
a running header and a footer with the page number (master page "Romp"), "kaders" (consecutive
paragraphs with one border and a background colour), real footnotes (text:note), bullet lists
("•") and numbered lists ("1."). The two tables run over the full width: the builder closes the
two-column section before a table and opens a new one after it. The colophon is a one-column
last page (master page "Colofon", footer only).

Source markup (one block per line):
  TT: / TS: / TM:     title / subtitle / further lines of the title page
  H1: / H2:           headings (in the columns); an H1 "Opgave ..." starts a new page
  P:                  body paragraph; "[[fn:text]]" places a footnote, "**x**" is bold
  P!: / B!: / N!:     the same with hyphenation switched off (the designer's manual fixes);
                      glossary entries (G:) are never hyphenated
  B: / N:             bullet / numbered list item (consecutive lines form one list)
  KT: / KP:           kader title / kader paragraph (consecutive lines form one box)
  TABLE: caption      full-width table; rows "| a | b |" (first row = header) up to END
  G: term | text      glossary entry (term in bold, then " – " and the text)
  COLOFON / CP:       start of the colophon page / colophon paragraph
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "kessenrade_src.txt")
FODT = os.path.join(HERE, "kessenrade.fodt")
OUT = os.path.join(os.path.dirname(HERE), "corpus", "kessenrade.pdf")

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta>
 <dc:title>Veilig langs de Maas - Integraal Veiligheidsplan gemeente Kessenrade 2024-2027</dc:title>
 <meta:initial-creator>Gemeente Kessenrade, team Veiligheid en Handhaving</meta:initial-creator>
 <dc:creator>Studio Maaswerk</dc:creator>
 <dc:language>nl-NL</dc:language>
 <meta:creation-date>2023-11-20T10:12:00</meta:creation-date>
 <dc:date>2023-12-04T15:40:00</dc:date>
</office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="10pt" fo:language="nl" fo:country="NL"
   fo:hyphenate="false" fo:hyphenation-remain-char-count="3" fo:hyphenation-push-char-count="3"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Tekst" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
  <style:paragraph-properties fo:text-align="justify" fo:margin-top="0cm" fo:margin-bottom="0.18cm" fo:line-height="118%"/>
  <style:text-properties fo:hyphenate="true"/>
 </style:style>
 <style:style style:name="Tekst_vast" style:family="paragraph" style:parent-style-name="Tekst" style:class="text">
  <style:text-properties fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="Lijst" style:family="paragraph" style:parent-style-name="Tekst" style:class="list">
  <style:paragraph-properties fo:margin-bottom="0.1cm"/>
 </style:style>
 <style:style style:name="Lijst_vast" style:family="paragraph" style:parent-style-name="Lijst" style:class="list">
  <style:text-properties fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="Kop_1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1" style:class="text">
  <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="13pt" fo:font-weight="bold" fo:color="#1f5f8b"/>
 </style:style>
 <style:style style:name="Kop_1_nieuw" style:family="paragraph" style:parent-style-name="Kop_1" style:class="text">
  <style:paragraph-properties fo:margin-top="0cm" fo:break-before="page"/>
 </style:style>
 <style:style style:name="Kop_2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2" style:class="text">
  <style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:font-weight="bold" fo:color="#3c7a3a"/>
 </style:style>
 <style:style style:name="Kader_titel" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:background-color="#e4eff6" fo:border="0.6pt solid #1f5f8b" fo:padding="0.18cm"
   fo:margin-top="0.2cm" fo:margin-bottom="0cm" fo:keep-with-next="always" style:join-border="true"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt" fo:font-weight="bold" fo:color="#1f5f8b"/>
 </style:style>
 <style:style style:name="Kader_tekst" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:background-color="#e4eff6" fo:border="0.6pt solid #1f5f8b" fo:padding="0.18cm"
   fo:margin-top="0cm" fo:margin-bottom="0.25cm" style:join-border="true"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt"/>
 </style:style>
 <style:style style:name="Bijschrift" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.12cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Tabel_kop" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:font-weight="bold" fo:color="#ffffff"/>
 </style:style>
 <style:style style:name="Tabel_tekst" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt"/>
 </style:style>
 <style:style style:name="Voetnoot" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:margin-left="0.4cm" fo:text-indent="-0.4cm"/>
  <style:text-properties fo:font-size="7.5pt"/>
 </style:style>
 <style:style style:name="Koptekst" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:text-align="end" fo:border-bottom="0.5pt solid #1f5f8b" fo:padding-bottom="0.08cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt" fo:color="#1f5f8b"/>
 </style:style>
 <style:style style:name="Voettekst" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="Titel" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
  <style:paragraph-properties fo:margin-top="6cm" fo:margin-bottom="0.4cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="34pt" fo:font-weight="bold" fo:color="#1f5f8b"/>
 </style:style>
 <style:style style:name="Ondertitel" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
  <style:paragraph-properties fo:margin-bottom="1.4cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="16pt" fo:color="#3c7a3a"/>
 </style:style>
 <style:style style:name="Titel_regel" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.3cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt"/>
 </style:style>
 <style:style style:name="Colofon_kop" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="14cm" fo:margin-bottom="0.3cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Colofon" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.15cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt"/>
 </style:style>
 <style:style style:name="Vet" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Voetnootanker" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
 <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0"
  text:citation-style-name="Voetnootanker" text:footnotes-position="page" text:start-numbering-at="document"/>
 <text:list-style style:name="Opsomming">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.4cm" fo:text-indent="-0.4cm" fo:margin-left="0.4cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
 <text:list-style style:name="Nummering">
  <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5cm" fo:text-indent="-0.5cm" fo:margin-left="0.5cm"/>
   </style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Kolommen" style:family="section">
  <style:section-properties text:dont-balance-text-columns="false" style:editable="false">
   <style:columns fo:column-count="2" fo:column-gap="0.7cm"/>
  </style:section-properties>
 </style:style>
 <style:style style:name="Tabel" style:family="table">
  <style:table-properties style:width="17cm" table:align="margins" fo:margin-top="0cm" fo:margin-bottom="0.3cm"/>
 </style:style>
 <style:style style:name="Tabel.A" style:family="table-column"><style:table-column-properties style:rel-column-width="30000*"/></style:style>
 <style:style style:name="Tabel.B" style:family="table-column"><style:table-column-properties style:rel-column-width="8000*"/></style:style>
 <style:style style:name="Tabel.kop" style:family="table-cell">
  <style:table-cell-properties fo:background-color="#1f5f8b" fo:padding="0.08cm" fo:border="0.5pt solid #1f5f8b"/>
 </style:style>
 <style:style style:name="Tabel.cel" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.08cm" fo:border-bottom="0.5pt solid #9fb9cc" fo:border-top="none" fo:border-left="none" fo:border-right="none"/>
 </style:style>
 <style:style style:name="P_titel" style:family="paragraph" style:parent-style-name="Titel" style:master-page-name="Titel"/>
 <style:style style:name="P_romp" style:family="paragraph" style:parent-style-name="Kop_1" style:master-page-name="Romp">
  <style:paragraph-properties style:page-number="2" fo:break-before="page"/>
 </style:style>
 <style:style style:name="P_colofon" style:family="paragraph" style:parent-style-name="Colofon_kop" style:master-page-name="Colofon">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:page-layout style:name="A4">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"
   fo:margin-top="1.1cm" fo:margin-bottom="1.1cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.5cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Titel" style:page-layout-name="A4" style:next-style-name="Romp"/>
 <style:master-page style:name="Romp" style:page-layout-name="A4">
  <style:header><text:p text:style-name="Koptekst">Veilig langs de Maas | Integraal Veiligheidsplan Kessenrade 2024-2027</text:p></style:header>
  <style:footer><text:p text:style-name="Voettekst">Gemeente Kessenrade · pagina <text:page-number text:select-page="current">2</text:page-number></text:p></style:footer>
 </style:master-page>
 <style:master-page style:name="Colofon" style:page-layout-name="A4">
  <style:footer><text:p text:style-name="Voettekst">Gemeente Kessenrade · pagina <text:page-number text:select-page="current">12</text:page-number></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body>
<office:text>
"""
TAIL = "</office:text>\n</office:body>\n</office:document>\n"

_note = [0]


def inline(text):
    """Escape text and turn [[fn:...]] into footnotes and **x** into bold spans."""
    out = []
    for tok in re.split(r"(\[\[fn:.+?\]\]|\*\*.+?\*\*)", text):
        if not tok:
            continue
        if tok.startswith("[[fn:"):
            _note[0] += 1
            n = _note[0]
            out.append('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation>'
                       '<text:note-body><text:p text:style-name="Voetnoot">%s</text:p></text:note-body></text:note>'
                       % (n, n, escape(tok[5:-2])))
        elif tok.startswith("**"):
            out.append('<text:span text:style-name="Vet">%s</text:span>' % escape(tok[2:-2]))
        else:
            out.append(escape(tok))
    return "".join(out)


def p(style, text):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, inline(text))


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = [ln.rstrip("\n") for ln in f if ln.strip()]
    body = []
    state = {"section": False, "n": 0, "list": None, "first_h1": True}

    def close_list():
        if state["list"]:
            body.append("</text:list>")
            state["list"] = None

    def open_section():
        if not state["section"]:
            state["n"] += 1
            body.append('<text:section text:style-name="Kolommen" text:name="Kolommen%d">' % state["n"])
            state["section"] = True

    def close_section():
        close_list()
        if state["section"]:
            body.append("</text:section>")
            state["section"] = False

    i = 0
    while i < len(lines):
        ln = lines[i]
        tag, _, rest = ln.partition(": ")
        fixed = tag.endswith("!")      # hyphenation switched off for this paragraph
        tag = tag.rstrip("!")
        if ln in ("COLOFON",):
            tag = ln
        if tag not in ("B", "N"):
            close_list()
        if tag == "TT":
            body.append(p("P_titel", rest))
        elif tag == "TS":
            body.append(p("Ondertitel", rest))
        elif tag == "TM":
            body.append(p("Titel_regel", rest))
        elif tag == "H1":
            if state["first_h1"]:
                # the first heading starts page 2 with the running header, then the columns
                state["first_h1"] = False
                body.append('<text:section text:style-name="Kolommen" text:name="Kolommen0">')
                state["section"] = True
                body.append(p("P_romp", rest))
            else:
                open_section()
                # every "Opgave" starts on a new page, like a brochure spread
                body.append(p("Kop_1_nieuw" if rest.startswith("Opgave") else "Kop_1", rest))
        elif tag == "H2":
            open_section()
            body.append(p("Kop_2", rest))
        elif tag == "P":
            open_section()
            body.append(p("Tekst_vast" if fixed else "Tekst", rest))
        elif tag in ("B", "N"):
            open_section()
            style = "Opsomming" if tag == "B" else "Nummering"
            if state["list"] != style:
                close_list()
                body.append('<text:list text:style-name="%s">' % style)
                state["list"] = style
            body.append("<text:list-item>%s</text:list-item>" % p("Lijst_vast" if fixed else "Lijst", rest))
        elif tag == "KT":
            open_section()
            body.append(p("Kader_titel", rest))
        elif tag == "KP":
            open_section()
            body.append(p("Kader_tekst", rest))
        elif tag == "G":
            open_section()
            term, _, text = rest.partition(" | ")
            body.append(p("Tekst_vast", "**%s** – %s" % (term, text)))
        elif tag == "TABLE":
            close_section()
            body.append(p("Bijschrift", rest))
            rows = []
            i += 1
            while lines[i] != "END":
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            ncol = len(rows[0])
            body.append('<table:table table:name="Tabel%d" table:style-name="Tabel">' % state["n"])
            body.append('<table:table-column table:style-name="Tabel.A"/>')
            body.append('<table:table-column table:style-name="Tabel.B" table:number-columns-repeated="%d"/>' % (ncol - 1))
            body.append("<table:table-header-rows>")
            body.append("<table:table-row>" + "".join(
                '<table:table-cell table:style-name="Tabel.kop" office:value-type="string">%s</table:table-cell>'
                % p("Tabel_kop", c) for c in rows[0]) + "</table:table-row>")
            body.append("</table:table-header-rows>")
            for r in rows[1:]:
                body.append("<table:table-row>" + "".join(
                    '<table:table-cell table:style-name="Tabel.cel" office:value-type="string">%s</table:table-cell>'
                    % p("Tabel_tekst", c) for c in r) + "</table:table-row>")
            body.append("</table:table>")
        elif tag == "COLOFON":
            close_section()
            body.append(p("P_colofon", "Colofon"))
        elif tag == "CP":
            body.append(p("Colofon", rest))
        else:
            raise SystemExit("unknown line: %r" % ln)
        i += 1
    close_section()
    with open(FODT, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEAD + "\n".join(body) + "\n" + TAIL)


def convert():
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("LibreOffice (soffice) not found: apt-get install -y libreoffice-writer-nogui hyphen-nl")
    if not os.path.exists("/usr/share/hyphen/hyph_nl_NL.dic"):
        print("warning: hyphen-nl is not installed; hyphenation and thus the extracted text will differ")
    with tempfile.TemporaryDirectory() as tmp:
        profile = "file://" + os.path.join(tmp, "profile")
        subprocess.run([soffice, "-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, FODT], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.makedirs(os.path.dirname(OUT), exist_ok=True)
        shutil.copyfile(os.path.join(tmp, "kessenrade.pdf"), OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
    convert()
