"""Write eval/dev12/corpus/kalmerveen.docx from sources/kalmerveen_src.txt.

    /work/main/.venv/bin/python eval/dev12/sources/build_kalmerveen.py

Stdlib only. The WordprocessingML imitates a .docx saved by LibreOffice Writer ("Opslaan als Word
2007-365"): docProps/app.xml names LibreOffice as the application, the style ids are LibreOffice's
(Heading1, Heading2, Title, Subtitle, TextBody, Caption, TableContents, TableHeading,
FootnoteText), and the chapter headings are numbered by **outline numbering** (the heading styles
carry w:numPr pointing to one abstractNum with "%1" / "%1.%2"), so the numbers "3" and "3.2" are
not in the text. The voorwoord heading switches the numbering off (numId 0). Lists are plain
TextBody paragraphs with a hanging indent whose markers ("a)", "–", "-") are typed in the text,
followed by a tab. Table captions ("Tabel 1 – ...") sit above the tables and take their number
from a SEQ field (fldChar/instrText, the result "1" is in the text). Tables have a repeated header
row, and the actions table merges the "Speerpunt" cells vertically (vMerge). Footnotes are real
footnotes (footnotes.xml with separator entries); their text is not in the body. The footer has a
PAGE field. Fixed zip timestamps and fixed core.xml dates make reruns byte-identical.

Source markup (one block per line):
  T: / ST:          title / subtitle
  H0:               heading without number;  H1: / H2: numbered headings (outline numbering)
  P:                TextBody paragraph; "[[fn:text]]" places a footnote
  L:                list paragraph with a typed marker; "\\t" in the source becomes a tab
  CAP:              caption; "#" becomes the SEQ Tabel field
  TABLE ... END     rows "| a | b |", first row = header; a cell "^^" continues the cell above (vMerge)
  PB                page break before the next paragraph
"""
import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "kalmerveen_src.txt")
OUT = os.path.join(os.path.dirname(HERE), "corpus", "kalmerveen.docx")

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NS = (W + ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
      ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
      ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
      ' xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"')
XMLDECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

footnotes = []
_seq = [0]


def t(text):
    return '<w:t xml:space="preserve">%s</w:t>' % escape(text)


def runs(text, bold=False):
    """Runs for text with tabs and [[fn:...]] footnote references."""
    rpr = "<w:rPr><w:b/><w:bCs/></w:rPr>" if bold else ""
    out = []
    for tok in re.split(r"(\[\[fn:.+?\]\])", text):
        if not tok:
            continue
        if tok.startswith("[[fn:"):
            footnotes.append(tok[5:-2])
            fid = len(footnotes) + 1
            out.append('<w:r><w:rPr><w:rStyle w:val="FootnoteCharacters"/></w:rPr>'
                       '<w:footnoteReference w:id="%d"/></w:r>' % fid)
            continue
        parts = tok.split("\\t")
        inner = []
        for i, part in enumerate(parts):
            if i:
                inner.append("<w:tab/>")
            if part:
                inner.append(t(part))
        out.append("<w:r>%s%s</w:r>" % (rpr, "".join(inner)))
    return "".join(out)


def para(style, inner, ppr_extra=""):
    return '<w:p><w:pPr><w:pStyle w:val="%s"/>%s</w:pPr>%s</w:p>' % (style, ppr_extra, inner)


def caption(text):
    _seq[0] += 1
    before, after = text.split("#", 1)
    fld = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
           '<w:r><w:instrText xml:space="preserve"> SEQ Tabel \\* ARABIC </w:instrText></w:r>'
           '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
           '<w:r>%s</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' % t(str(_seq[0])))
    return para("Caption", runs(before) + fld + runs(after), '<w:keepNext/>')


def table(rows):
    ncol = len(rows[0])
    total = 9638
    if ncol == 4:
        widths = [2300, 4338, 2100, 900]
    else:
        widths = [total // ncol] * ncol
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
    border = ('<w:tblBorders>' + "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % b
                                         for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
              + '</w:tblBorders>')
    out = ['<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="left"/><w:tblInd w:w="0" w:type="dxa"/>'
           '%s<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="55" w:type="dxa"/><w:left w:w="55" w:type="dxa"/>'
           '<w:bottom w:w="55" w:type="dxa"/><w:right w:w="55" w:type="dxa"/></w:tblCellMar></w:tblPr>'
           '<w:tblGrid>%s</w:tblGrid>' % (total, border, grid)]
    for r, row in enumerate(rows):
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if r == 0 else "<w:trPr></w:trPr>"
        cells = []
        for c, txt in enumerate(row):
            vm = ""
            if txt == "^^":
                vm, txt = "<w:vMerge/>", ""
            elif r > 0 and r + 1 < len(rows) and rows[r + 1][c] == "^^":
                vm = '<w:vMerge w:val="restart"/>'
            style = "TableHeading" if r == 0 else "TableContents"
            p = para(style, runs(txt, bold=(r == 0)) if txt else "")
            cells.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>' % (widths[c], vm, p))
        out.append("<w:tr>%s%s</w:tr>" % (trpr, "".join(cells)))
    out.append("</w:tbl>")
    return "".join(out)


def body(src):
    out = []
    lines = src.split("\n")
    i = 0
    pb = False
    while i < len(lines):
        ln = lines[i]
        i += 1
        if not ln.strip():
            continue
        if ln == "PB":
            pb = True
            continue
        if ln == "TABLE":
            rows = []
            while lines[i] != "END":
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            i += 1
            out.append(table(rows))
            out.append(para("TextBody", ""))
            continue
        tag, text = ln.split(": ", 1)
        extra = "<w:pageBreakBefore/>" if pb else ""
        pb = False
        if tag == "T":
            out.append(para("Title", runs(text), extra))
        elif tag == "ST":
            out.append(para("Subtitle", runs(text), extra))
        elif tag == "H0":
            out.append(para("Heading1", runs(text), extra + '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'))
        elif tag == "H1":
            out.append(para("Heading1", runs(text), extra))
        elif tag == "H2":
            out.append(para("Heading2", runs(text), extra))
        elif tag == "P":
            out.append(para("TextBody", runs(text), extra))
        elif tag == "L":
            out.append(para("TextBody", runs(text), extra + '<w:tabs><w:tab w:val="left" w:pos="709"/></w:tabs>'
                            '<w:spacing w:before="0" w:after="60"/><w:ind w:left="709" w:hanging="357"/>'))
        elif tag == "CAP":
            out.append(caption(text))
        else:
            raise SystemExit("unknown tag %r" % tag)
    sect = ('<w:sectPr><w:footerReference w:type="default" r:id="rId5"/><w:type w:val="nextPage"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"'
            ' w:header="0" w:footer="709" w:gutter="0"/><w:pgNumType w:fmt="decimal"/><w:formProt w:val="false"/>'
            '<w:textDirection w:val="lrTb"/><w:docGrid w:type="default" w:linePitch="100" w:charSpace="0"/></w:sectPr>')
    return XMLDECL + '<w:document %s><w:body>%s%s</w:body></w:document>' % (NS, "".join(out), sect)


def style(sid, name, kind="paragraph", based=None, ppr="", rpr="", nxt=None):
    s = '<w:style w:type="%s" w:styleId="%s"><w:name w:val="%s"/>' % (kind, sid, name)
    if based:
        s += '<w:basedOn w:val="%s"/>' % based
    if nxt:
        s += '<w:next w:val="%s"/>' % nxt
    s += '<w:qFormat/>'
    if ppr:
        s += "<w:pPr>%s</w:pPr>" % ppr
    if rpr:
        s += "<w:rPr>%s</w:rPr>" % rpr
    return s + "</w:style>"


def styles():
    font = '<w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif" w:eastAsia="Noto Serif CJK SC" w:cs="Lohit Devanagari"/>'
    sans = '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/>'
    s = [XMLDECL, '<w:styles %s>' % W,
         '<w:docDefaults><w:rPrDefault><w:rPr>%s<w:kern w:val="2"/><w:sz w:val="24"/><w:szCs w:val="24"/>'
         '<w:lang w:val="nl-NL" w:eastAsia="zh-CN" w:bidi="hi-IN"/></w:rPr></w:rPrDefault>'
         '<w:pPrDefault><w:pPr><w:widowControl/><w:suppressAutoHyphens w:val="true"/></w:pPr></w:pPrDefault>'
         '</w:docDefaults>' % font,
         style("Normal", "Normal"),
         style("Heading", "Heading", based="Normal", nxt="TextBody",
               ppr='<w:keepNext/><w:spacing w:before="240" w:after="120"/>', rpr=sans + '<w:sz w:val="28"/>'),
         style("Heading1", "heading 1", based="Heading", nxt="TextBody",
               ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/>',
               rpr='<w:b/><w:bCs/><w:sz w:val="36"/>'),
         style("Heading2", "heading 2", based="Heading", nxt="TextBody",
               ppr='<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/>',
               rpr='<w:b/><w:bCs/><w:sz w:val="32"/>'),
         style("TextBody", "Body Text", based="Normal", ppr='<w:spacing w:before="0" w:after="140" w:line="276" w:lineRule="auto"/>'),
         style("Title", "Title", based="Heading", nxt="Subtitle", ppr='<w:jc w:val="center"/>',
               rpr='<w:b/><w:bCs/><w:sz w:val="56"/>'),
         style("Subtitle", "Subtitle", based="Heading", nxt="TextBody", ppr='<w:jc w:val="center"/>',
               rpr='<w:sz w:val="32"/>'),
         style("Caption", "caption", based="Normal", ppr='<w:suppressLineNumbers/><w:spacing w:before="120" w:after="120"/>',
               rpr='<w:i/><w:iCs/><w:sz w:val="22"/>'),
         style("TableContents", "Table Contents", based="Normal", ppr='<w:suppressLineNumbers/>', rpr='<w:sz w:val="20"/>'),
         style("TableHeading", "Table Heading", based="TableContents", ppr='<w:jc w:val="left"/>', rpr='<w:b/><w:bCs/>'),
         style("FootnoteText", "footnote text", based="Normal", ppr='<w:ind w:left="339" w:hanging="339"/>',
               rpr='<w:sz w:val="20"/>'),
         style("Footer", "footer", based="Normal"),
         style("FootnoteCharacters", "Footnote Characters", kind="character", rpr='<w:vertAlign w:val="superscript"/>'),
         '</w:styles>']
    return "".join(s)


def numbering():
    lvls = []
    for lvl in range(9):
        text = ".".join("%%%d" % (k + 1) for k in range(lvl + 1))
        lvls.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading%d"/>'
                    '<w:suff w:val="tab"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:tabs>'
                    '<w:tab w:val="num" w:pos="%d"/></w:tabs><w:ind w:left="%d" w:hanging="%d"/></w:pPr></w:lvl>'
                    % (lvl, lvl + 1, text, 432 + 144 * lvl, 432 + 144 * lvl, 432 + 144 * lvl))
    return (XMLDECL + '<w:numbering %s><w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>%s'
            '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>' % (W, "".join(lvls)))


def footnotes_xml():
    out = [XMLDECL, '<w:footnotes %s>' % NS,
           '<w:footnote w:id="0" w:type="separator"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
           '<w:footnote w:id="1" w:type="continuationSeparator"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for n, text in enumerate(footnotes, 2):
        out.append('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                   '<w:r><w:rPr><w:rStyle w:val="FootnoteCharacters"/></w:rPr><w:footnoteRef/></w:r>'
                   '<w:r><w:tab/>%s</w:r></w:p></w:footnote>' % (n, t(text)))
    out.append("</w:footnotes>")
    return "".join(out)


def footer():
    return (XMLDECL + '<w:ftr %s><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>'
            '<w:r>%s</w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
            '</w:p></w:ftr>' % (NS, t("Integraal Veiligheidsbeleid Kalmerveen 2024-2027 – pagina ")))


CT = (XMLDECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Override PartName="/_rels/.rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
      '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
      '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
      '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
      '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
      '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
      '</Types>')
RELS = (XMLDECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
DOC_RELS = (XMLDECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>'
            '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
            '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
            '<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
            '</Relationships>')
APP = (XMLDECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
       'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template></Template>'
       '<TotalTime>412</TotalTime><Application>LibreOffice/7.3.7.2$Linux_X86_64 LibreOffice_project/30$Build-2</Application>'
       '<AppVersion>15.0000</AppVersion><Pages>11</Pages></Properties>')
CORE = (XMLDECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>Integraal Veiligheidsbeleid Kalmerveen 2024-2027</dc:title><dc:language>nl-NL</dc:language>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2023-11-14T10:12:31Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-02-01T08:45:02Z</dcterms:modified>'
        '<cp:revision>14</cp:revision></cp:coreProperties>')
SETTINGS = (XMLDECL + '<w:settings %s><w:zoom w:percent="100"/><w:defaultTabStop w:val="709"/>'
            '<w:autoHyphenation w:val="true"/><w:footnotePr><w:footnote w:id="0"/><w:footnote w:id="1"/></w:footnotePr>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
            '</w:compat></w:settings>' % W)
FONTS = (XMLDECL + '<w:fonts %s><w:font w:name="Liberation Serif"><w:family w:val="roman"/></w:font>'
         '<w:font w:name="Liberation Sans"><w:family w:val="swiss"/></w:font></w:fonts>' % W)


def main():
    with open(SRC, encoding="utf-8") as f:
        doc = body(f.read())
    parts = [("[Content_Types].xml", CT), ("_rels/.rels", RELS), ("docProps/app.xml", APP),
             ("docProps/core.xml", CORE), ("word/_rels/document.xml.rels", DOC_RELS), ("word/document.xml", doc),
             ("word/styles.xml", styles()), ("word/numbering.xml", numbering()), ("word/fontTable.xml", FONTS),
             ("word/settings.xml", SETTINGS), ("word/footer1.xml", footer()), ("word/footnotes.xml", footnotes_xml())]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(2024, 2, 1, 8, 45, 2))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    print("wrote", OUT, "with", len(footnotes), "footnotes")


if __name__ == "__main__":
    main()
