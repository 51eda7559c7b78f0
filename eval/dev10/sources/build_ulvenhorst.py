"""Write eval/dev10/corpus/ulvenhorst.docx from sources/ulvenhorst_src.txt.

    /work/main/.venv/bin/python eval/dev10/sources/build_ulvenhorst.py

Stdlib only: the WordprocessingML is written by hand and zipped with fixed timestamps, so reruns
are byte-identical. The document is a "raadsversie" with tracked changes left in (w:ins / w:del,
one inserted paragraph, one changed table cell), Word comments (comments.xml, comment ranges and
references) and footnotes (footnotes.xml), plus a footer with a page field.

Source markup (one line per block):
  T: / ST: / P: / H1: / H2: / H3:   title, subtitle, paragraph, headings
  B: / N:                            bullet / numbered list item (numbering.xml, markers not in the text)
  P+:                                a bullet paragraph inserted as a whole (tracked)
  TABLE ... END                      rows "| a | b |"; the first row is the header row
Inline: [+ins+] [-del-] {c:N} (point comment) {c:N}...{/c:N} (comment range) [^N] footnote, **bold**.
"""
import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ulvenhorst_src.txt")
OUT = os.path.join(os.path.dirname(HERE), "corpus", "ulvenhorst.docx")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
AUTH = {"ins": ("Griffie Ulvenhorst", "2025-11-05T09:12:00Z"), "del": ("Griffie Ulvenhorst", "2025-11-05T09:12:00Z")}

COMMENTS = {
    1: ("M. Wessels (griffie)", "Raadsvergadering van 21 oktober is verplaatst naar 4 november; datum aangepast."),
    2: ("J. Koopman (OOV)", "Graag ook het aantal deelnemers aan de raadsavond noemen? Volgens mij waren het er rond de 35."),
    3: ("M. Wessels (griffie)", "Geschrapt: amendement A1 aangenomen (beveiliging is taak van parkmanagement, niet van de gemeente)."),
    4: ("M. Wessels (griffie)", "Geschrapt en vervangen door meldknop, amendement A2 aangenomen met 15 stemmen voor en 8 tegen."),
}
FOOTNOTES = {
    1: "Artikel 38b, eerste lid, Politiewet 2012.",
    2: "Bron: politie, Basisvoorziening Handhaving, peildatum 15 januari 2025. De cijfers over 2024 zijn voorlopig.",
    3: "Artikel 151d Gemeentewet; de raad heeft de burgemeester deze bevoegdheid gegeven in de APV Ulvenhorst 2024.",
}

_rev = [100]


def rid():
    _rev[0] += 1
    return _rev[0]


def run(text, bold=False, style=None):
    props = ""
    if style or bold:
        props = "<w:rPr>%s%s</w:rPr>" % ('<w:rStyle w:val="%s"/>' % style if style else "", "<w:b/>" if bold else "")
    return '%s<w:t xml:space="preserve">%s</w:t>' % ("<w:r>" + props, escape(text)) + "</w:r>"


def del_run(text):
    return '<w:r><w:delText xml:space="preserve">%s</w:delText></w:r>' % escape(text)


def rev(kind, inner):
    a, d = AUTH[kind]
    return '<w:%s w:id="%d" w:author="%s" w:date="%s">%s</w:%s>' % (kind, rid(), a, d, inner, kind)


TOKEN = re.compile(r"(\[\+.*?\+\]|\[-.*?-\]|\{c:\d+\}|\{/c:\d+\}|\[\^\d+\]|\*\*.*?\*\*)")


def inline(text, whole_ins=False):
    out = []
    open_ranges = set(int(n) for n in re.findall(r"\{/c:(\d+)\}", text))
    for tok in TOKEN.split(text):
        if not tok:
            continue
        if tok.startswith("[+"):
            out.append(rev("ins", run(tok[2:-2])))
        elif tok.startswith("[-"):
            out.append(rev("del", del_run(tok[2:-2])))
        elif tok.startswith("{c:"):
            n = int(tok[3:-1])
            out.append('<w:commentRangeStart w:id="%d"/>' % n)
            if n not in open_ranges:
                out.append('<w:commentRangeEnd w:id="%d"/>' % n)
                out.append('<w:r><w:rPr><w:rStyle w:val="Verwijzingopmerking"/></w:rPr><w:commentReference w:id="%d"/></w:r>' % n)
        elif tok.startswith("{/c:"):
            n = int(tok[4:-1])
            out.append('<w:commentRangeEnd w:id="%d"/>' % n)
            out.append('<w:r><w:rPr><w:rStyle w:val="Verwijzingopmerking"/></w:rPr><w:commentReference w:id="%d"/></w:r>' % n)
        elif tok.startswith("[^"):
            out.append('<w:r><w:rPr><w:rStyle w:val="Voetnootmarkering"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>' % int(tok[2:-1]))
        elif tok.startswith("**"):
            out.append(run(tok[2:-2], bold=True))
        else:
            out.append(run(tok))
    body = "".join(out)
    if whole_ins:
        body = rev("ins", body)
    return body


def para(style, text, num=None, whole_ins=False):
    ppr = '<w:pStyle w:val="%s"/>' % style if style else ""
    if num:
        ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num
    if whole_ins:
        a, d = AUTH["ins"]
        ppr += '<w:rPr><w:ins w:id="%d" w:author="%s" w:date="%s"/></w:rPr>' % (rid(), a, d)
    return "<w:p><w:pPr>%s</w:pPr>%s</w:p>" % (ppr, inline(text, whole_ins))


def table(rows):
    ncol = len(rows[0])
    widths = [2600, 6400] if ncol == 2 else ([2000, 1600, 5400] if ncol == 3 else [4200] + [1200] * (ncol - 1))
    o = ['<w:tbl><w:tblPr><w:tblStyle w:val="Tabelraster"/><w:tblW w:w="0" w:type="auto"/>'
         '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>']
    o += ['<w:gridCol w:w="%d"/>' % w for w in widths]
    o.append("</w:tblGrid>")
    for i, r in enumerate(rows):
        o.append("<w:tr>%s" % ('<w:trPr><w:tblHeader/></w:trPr>' if i == 0 else ""))
        for j, c in enumerate(r):
            o.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr><w:p><w:pPr><w:pStyle w:val="Tabeltekst"/></w:pPr>%s</w:p></w:tc>'
                     % (widths[j], '<w:shd w:val="clear" w:color="auto" w:fill="DCE6D2"/>' if i == 0 else "",
                        inline("**%s**" % c if (i == 0 and c) else c)))
        o.append("</w:tr>")
    o.append("</w:tbl>")
    return "".join(o)


def body():
    o = []
    lines = open(SRC, encoding="utf-8").read().splitlines()
    i = 0
    while i < len(lines):
        ln = lines[i]
        i += 1
        if not ln.strip():
            continue
        if ln == "TABLE":
            rows = []
            while lines[i] != "END":
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            i += 1
            o.append(table(rows))
            o.append(para("Standaard", ""))
            continue
        tag, text = ln.split(": ", 1)
        style = {"T": "Titel", "ST": "Ondertitel", "P": "Standaard", "H1": "Kop1", "H2": "Kop2", "H3": "Kop3",
                 "B": "Lijstalinea", "N": "Lijstalinea", "P+": "Lijstalinea"}[tag]
        num = {"B": 1, "N": 2, "P+": 1}.get(tag)
        o.append(para(style, text, num, whole_ins=(tag == "P+")))
    return "".join(o)


NS = ('xmlns:w="%s" xmlns:r="%s"' % (W, R))


def document():
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
            '<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter1"/>'
            '<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" '
            'w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>') % (NS, body())


def styles():
    def ps(sid, name, extra_p="", extra_r="", based="Standaard", nxt="Standaard"):
        return ('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="%s"/>'
                '<w:next w:val="%s"/><w:qFormat/><w:pPr>%s</w:pPr><w:rPr>%s</w:rPr></w:style>') % (sid, name, based, nxt, extra_p, extra_r)
    s = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s>' % NS,
         '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>'
         '<w:sz w:val="20"/><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
         '<w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>',
         '<w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/><w:qFormat/></w:style>',
         ps("Titel", "Title", '<w:spacing w:after="60"/>', '<w:b/><w:color w:val="2E5E2A"/><w:sz w:val="44"/>'),
         ps("Ondertitel", "Subtitle", '<w:spacing w:after="240"/>', '<w:i/><w:sz w:val="28"/>'),
         ps("Kop1", "heading 1", '<w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>', '<w:b/><w:color w:val="2E5E2A"/><w:sz w:val="30"/>'),
         ps("Kop2", "heading 2", '<w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/>', '<w:b/><w:sz w:val="24"/>'),
         ps("Kop3", "heading 3", '<w:keepNext/><w:spacing w:before="160" w:after="40"/><w:outlineLvl w:val="2"/>', '<w:b/><w:i/><w:sz w:val="20"/>'),
         ps("Lijstalinea", "List Paragraph", '<w:ind w:left="720"/><w:contextualSpacing/>'),
         ps("Tabeltekst", "Tabeltekst", '<w:spacing w:after="0"/>', '<w:sz w:val="18"/>'),
         ps("Voetnoottekst", "footnote text", '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>', '<w:sz w:val="16"/>'),
         ps("Tekstopmerking", "annotation text", "", '<w:sz w:val="20"/>'),
         ps("Voettekst", "footer", '<w:jc w:val="right"/>', '<w:sz w:val="16"/>'),
         '<w:style w:type="character" w:styleId="Voetnootmarkering"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>',
         '<w:style w:type="character" w:styleId="Verwijzingopmerking"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>',
         '<w:style w:type="table" w:styleId="Tabelraster"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
         + "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="808080"/>' % b for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
         + '</w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
         "</w:styles>"]
    return "".join(s)


def numbering():
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering %s>'
            '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            '<w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
            '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            '<w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>') % NS


def footnotes():
    o = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>' % NS,
         '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
         '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for n, t in FOOTNOTES.items():
        o.append('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="Voetnoottekst"/></w:pPr>'
                 '<w:r><w:rPr><w:rStyle w:val="Voetnootmarkering"/></w:rPr><w:footnoteRef/></w:r>'
                 '<w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>' % (n, escape(t)))
    o.append("</w:footnotes>")
    return "".join(o)


def comments():
    o = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments %s>' % NS]
    for n, (a, t) in COMMENTS.items():
        ini = "".join(w[0] for w in re.findall(r"[A-Z][a-z]*", a.split("(")[0]))
        o.append('<w:comment w:id="%d" w:author="%s" w:date="2025-11-05T10:%02d:00Z" w:initials="%s"><w:p><w:pPr><w:pStyle w:val="Tekstopmerking"/></w:pPr>'
                 '<w:r><w:rPr><w:rStyle w:val="Verwijzingopmerking"/></w:rPr><w:annotationRef/></w:r>'
                 '<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:comment>' % (n, escape(a), n, escape(ini), escape(t)))
    o.append("</w:comments>")
    return "".join(o)


def footer():
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr %s><w:p><w:pPr><w:pStyle w:val="Voettekst"/></w:pPr>'
            '<w:r><w:t xml:space="preserve">Integraal Veiligheidsplan Ulvenhorst 2026-2029 | pagina </w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>') % NS


SETTINGS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="%s"><w:trackRevisions/>'
            '<w:defaultTabStop w:val="708"/><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
            '</w:settings>') % W
CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
      '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
      '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
      '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
      '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
      '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '</Relationships>')
DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join('<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/%s" Target="%s"/>' % t for t in [
                ("rIdStyles", "styles", "styles.xml"), ("rIdNum", "numbering", "numbering.xml"), ("rIdSettings", "settings", "settings.xml"),
                ("rIdFootnotes", "footnotes", "footnotes.xml"), ("rIdComments", "comments", "comments.xml"), ("rIdFooter1", "footer", "footer1.xml")])
            + '</Relationships>')
CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>Integraal Veiligheidsplan Ulvenhorst 2026-2029</dc:title><dc:creator>Team OOV</dc:creator><cp:lastModifiedBy>Griffie Ulvenhorst</cp:lastModifiedBy>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-08-19T08:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-11-05T10:30:00Z</dcterms:modified>'
        '</cp:coreProperties>')
APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
       '<Application>Microsoft Office Word</Application><Company>Gemeente Ulvenhorst</Company></Properties>')


def main():
    parts = [("[Content_Types].xml", CT), ("_rels/.rels", RELS), ("docProps/core.xml", CORE), ("docProps/app.xml", APP),
             ("word/document.xml", document()), ("word/styles.xml", styles()), ("word/numbering.xml", numbering()),
             ("word/settings.xml", SETTINGS), ("word/footnotes.xml", footnotes()), ("word/comments.xml", comments()),
             ("word/footer1.xml", footer()), ("word/_rels/document.xml.rels", DOC_RELS)]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(2025, 11, 5, 10, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    print("wrote", OUT)


if __name__ == "__main__":
    main()
