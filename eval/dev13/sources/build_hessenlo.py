"""Write eval/dev13/corpus/hessenlo.docx from sources/hessenlo_src.txt.

    /work/main/.venv/bin/python eval/dev13/sources/build_hessenlo.py

Stdlib only, deterministic (fixed zip timestamps and core.xml dates: reruns are byte-identical).
The WordprocessingML imitates the concept version of a plan as a Dutch-language Microsoft Word
saves it while "Wijzigingen bijhouden" is on (settings.xml has w:trackRevisions):

  - style ids are those of Dutch Word (Standaard, Kop1, Kop2, Titel, Ondertitel, Lijstalinea,
    Bijschrift, Tabelraster, Tekstopmerking, Verwijzingopmerking) with the English built-in names
    ("heading 1", "List Paragraph", ...), so python-docx reports "Heading 1" etc.;
  - the heading numbers come from a multilevel list linked to Kop1/Kop2 (numbering.xml), so
    they are not in the text; bullets (Symbol U+F0B7) and numbered lists ("1.") are real Word
    lists via w:numPr, so their markers are not in the text either; every numbered list restarts;
  - tables use Tabelraster, have a repeated header row (w:tblHeader) and shaded header cells;
  - **tracked changes**: <w:ins> and <w:del> (with w:delText) by named authors, inside sentences,
    whole inserted or deleted paragraphs (the paragraph mark carries w:ins / w:del in w:rPr), an
    inserted table row (w:trPr/w:ins) and changes inside a table cell;
  - **comments**: w:commentRangeStart / w:commentRangeEnd / w:commentReference in the body and
    their texts in word/comments.xml;
  - a header ("CONCEPT") and a footer with a PAGE field.

The accepted text (insertions kept, deletions dropped) is the current text of the plan. Note that
python-docx, and so eval/heldout/extract.py, reads only the w:r children of a paragraph: text in
<w:ins> is missing from its output, and so is text in <w:del>.

Source markup (one block per line):
  AUTHOR X: name | date          author key X for changes
  COMMENT cN: author | date | text
  T: / ST:                       title / subtitle
  H1: / H2:                      headings (numbered by the linked list)
  P:                             paragraph
  B: / N:                        bullet / numbered list item (consecutive N lines form one list)
  CAP:                           caption paragraph
  TABLE ... END                  rows "| a | b |", first row = header; a row "+X| ... |" is a row
                                 inserted by author X
  PB                             page break
  "+X " / "-X " before a tag     the whole paragraph is inserted / deleted by author X
Inline: {+text+X} insertion, {-text-X} deletion, [cN[ ... ]cN] comment range, **bold**.
"""
import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "hessenlo_src.txt")
OUT = os.path.join(os.path.dirname(HERE), "corpus", "hessenlo.docx")

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = ('xmlns:w="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
      ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
      ' xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
      ' xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15"' % W_NS)
XMLDECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

authors = {}
comments = {}
_rev = [100]
_num = [2]          # numIds 1 (bullets) and 2 (headings) are fixed; numbered lists get 3, 4, ...
numbered_lists = []


def rev_attrs(key):
    _rev[0] += 1
    name, date = authors[key]
    return 'w:id="%d" w:author="%s" w:date="%s"' % (_rev[0], escape(name), date)


def t(text, deleted=False):
    tag = "w:delText" if deleted else "w:t"
    return '<%s xml:space="preserve">%s</%s>' % (tag, escape(text), tag)


def run(text, bold=False, deleted=False):
    rpr = "<w:rPr><w:b/><w:bCs/></w:rPr>" if bold else ""
    return "<w:r>%s%s</w:r>" % (rpr, t(text, deleted))


def runs(text, whole=None, bold=False):
    """Runs for a line of source text. whole = ("+", X) / ("-", X) wraps everything in w:ins / w:del."""
    out = []
    for tok in re.split(r"(\{\+.+?\+[A-Z]\}|\{-.+?-[A-Z]\}|\[c\d+\[|\]c\d+\]|\*\*.+?\*\*)", text):
        if not tok:
            continue
        m_ins = re.fullmatch(r"\{\+(.+?)\+([A-Z])\}", tok)
        m_del = re.fullmatch(r"\{-(.+?)-([A-Z])\}", tok)
        m_cs = re.fullmatch(r"\[c(\d+)\[", tok)
        m_ce = re.fullmatch(r"\]c(\d+)\]", tok)
        if m_ins:
            out.append("<w:ins %s>%s</w:ins>" % (rev_attrs(m_ins.group(2)), run(m_ins.group(1), bold)))
        elif m_del:
            out.append("<w:del %s>%s</w:del>" % (rev_attrs(m_del.group(2)), run(m_del.group(1), bold, True)))
        elif m_cs:
            out.append('<w:commentRangeStart w:id="%s"/>' % m_cs.group(1))
        elif m_ce:
            cid = m_ce.group(1)
            out.append('<w:commentRangeEnd w:id="%s"/><w:r><w:rPr><w:rStyle w:val="Verwijzingopmerking"/>'
                       '</w:rPr><w:commentReference w:id="%s"/></w:r>' % (cid, cid))
        elif tok.startswith("**"):
            r = run(tok[2:-2], True, whole is not None and whole[0] == "-")
            out.append(r)
        else:
            out.append(run(tok, bold, whole is not None and whole[0] == "-"))
    if whole is None:
        return "".join(out)
    # wrap every run (not the comment markers) in one w:ins / w:del
    kind = "w:ins" if whole[0] == "+" else "w:del"
    wrapped = []
    for piece in out:
        if piece.startswith("<w:r>") and "commentReference" not in piece:
            wrapped.append("<%s %s>%s</%s>" % (kind, rev_attrs(whole[1]), piece, kind))
        else:
            wrapped.append(piece)
    return "".join(wrapped)


def para(style, inner, whole=None, numpr="", extra_ppr=""):
    mark = ""
    if whole is not None:
        mark = "<w:rPr><%s %s/></w:rPr>" % ("w:ins" if whole[0] == "+" else "w:del", rev_attrs(whole[1]))
    ppr = '<w:pPr><w:pStyle w:val="%s"/>%s%s%s</w:pPr>' % (style, numpr, extra_ppr, mark)
    return "<w:p>%s%s</w:p>" % (ppr, inner)


def table(rows):
    ncol = len(rows[0][1])
    total = 9070
    if ncol == 2:
        widths = [3400, total - 3400]
    else:
        first = 4000 if ncol > 3 else 4600
        widths = [first] + [(total - first) // (ncol - 1)] * (ncol - 1)
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="Tabelraster"/><w:tblW w:w="%d" w:type="dxa"/>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0"'
           ' w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>%s</w:tblGrid>'
           % (total, "".join('<w:gridCol w:w="%d"/>' % w for w in widths))]
    for r, (change, cells) in enumerate(rows):
        whole = ("+", change) if change else None
        trpr = ""
        if r == 0:
            trpr = "<w:trPr><w:tblHeader/></w:trPr>"
        elif whole:
            trpr = "<w:trPr><w:ins %s/></w:trPr>" % rev_attrs(change)
        tcs = []
        for c, cell in enumerate(cells):
            shd = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if r == 0 else ""
            tcs.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>'
                       % (widths[c], shd, para("Standaard", runs(cell, whole, bold=(r == 0)), whole,
                                               extra_ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>')))
        out.append("<w:tr>%s%s</w:tr>" % (trpr, "".join(tcs)))
    out.append("</w:tbl>")
    # Word puts an empty paragraph after a table
    out.append(para("Standaard", ""))
    return "".join(out)


def body_xml(lines):
    out = []
    i = 0
    prev_tag = None
    while i < len(lines):
        ln = lines[i]
        whole = None
        m = re.match(r"([+-])([A-Z]) (.*)$", ln)
        if m and m.group(3)[:3] in ("P: ", "B: ", "N: "):
            whole = (m.group(1), m.group(2))
            ln = m.group(3)
        tag, _, rest = ln.partition(": ")
        if ln == "PB":
            out.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        elif ln == "TABLE":
            rows = []
            i += 1
            while lines[i] != "END":
                row = lines[i]
                change = None
                mm = re.match(r"\+([A-Z])\|", row)
                if mm:
                    change = mm.group(1)
                    row = row[2:]
                rows.append((change, [c.strip() for c in row.strip().strip("|").split("|")]))
                i += 1
            out.append(table(rows))
        elif tag == "T":
            out.append(para("Titel", runs(rest)))
        elif tag == "ST":
            out.append(para("Ondertitel", runs(rest)))
        elif tag == "H1":
            out.append(para("Kop1", runs(rest)))
        elif tag == "H2":
            out.append(para("Kop2", runs(rest)))
        elif tag == "P":
            out.append(para("Standaard", runs(rest, whole), whole))
        elif tag == "CAP":
            out.append(para("Bijschrift", runs(rest), extra_ppr='<w:keepNext/>'))
        elif tag == "B":
            out.append(para("Lijstalinea", runs(rest, whole), whole,
                            numpr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'))
        elif tag == "N":
            if prev_tag != "N":
                _num[0] += 1
                numbered_lists.append(_num[0])
            out.append(para("Lijstalinea", runs(rest, whole), whole,
                            numpr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % _num[0]))
        else:
            raise SystemExit("unknown line: %r" % ln)
        prev_tag = tag if ln not in ("TABLE", "PB") else ln
        i += 1
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1"/>'
            '<w:footerReference w:type="default" r:id="rIdFooter1"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417"'
            ' w:left="1417" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/>'
            '<w:docGrid w:linePitch="360"/></w:sectPr>')
    return XMLDECL + "<w:document %s><w:body>%s%s</w:body></w:document>" % (NS, "".join(out), sect)


def style(kind, sid, name, body, default=False, based="Standaard", extra=""):
    d = ' w:default="1"' if default else ""
    b = '<w:basedOn w:val="%s"/>' % based if based else ""
    return ('<w:style w:type="%s"%s w:styleId="%s"><w:name w:val="%s"/>%s%s%s</w:style>'
            % (kind, d, sid, name, b, extra, body))


def styles_xml():
    s = [
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi"'
        ' w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
        '<w:lang w:val="nl-NL" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
        '</w:docDefaults>',
        style("paragraph", "Standaard", "Normal", '<w:qFormat/>', default=True, based=None),
        style("paragraph", "Kop1", "heading 1",
              '<w:next w:val="Standaard"/><w:link w:val="Kop1Char"/><w:uiPriority w:val="9"/><w:qFormat/>'
              '<w:pPr><w:keepNext/><w:keepLines/><w:numPr><w:numId w:val="2"/></w:numPr>'
              '<w:spacing w:before="240" w:after="0"/><w:ind w:left="432" w:hanging="432"/><w:outlineLvl w:val="0"/></w:pPr>'
              '<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/><w:color w:val="2F5496"/>'
              '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>'),
        style("paragraph", "Kop2", "heading 2",
              '<w:next w:val="Standaard"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>'
              '<w:pPr><w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr>'
              '<w:spacing w:before="40" w:after="0"/><w:ind w:left="576" w:hanging="576"/><w:outlineLvl w:val="1"/></w:pPr>'
              '<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/><w:color w:val="2F5496"/>'
              '<w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr>'),
        style("paragraph", "Titel", "Title",
              '<w:next w:val="Standaard"/><w:uiPriority w:val="10"/><w:qFormat/>'
              '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr>'
              '<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/><w:spacing w:val="-10"/>'
              '<w:kern w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr>'),
        style("paragraph", "Ondertitel", "Subtitle",
              '<w:next w:val="Standaard"/><w:uiPriority w:val="11"/><w:qFormat/>'
              '<w:rPr><w:color w:val="5A5A5A"/><w:spacing w:val="15"/></w:rPr>'),
        style("paragraph", "Lijstalinea", "List Paragraph",
              '<w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr>'),
        style("paragraph", "Bijschrift", "caption",
              '<w:next w:val="Standaard"/><w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/>'
              '<w:pPr><w:spacing w:after="200" w:line="240" w:lineRule="auto"/></w:pPr>'
              '<w:rPr><w:i/><w:iCs/><w:color w:val="44546A"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>'),
        style("paragraph", "Tekstopmerking", "annotation text",
              '<w:link w:val="TekstopmerkingChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
              '<w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>'),
        style("paragraph", "Koptekst", "header",
              '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/>'
              '<w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'),
        style("paragraph", "Voettekst", "footer",
              '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/>'
              '<w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'),
        style("character", "Standaardalinea-lettertype", "Default Paragraph Font",
              '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>', default=True, based=None),
        style("character", "Kop1Char", "Kop 1 Char",
              '<w:link w:val="Kop1"/><w:uiPriority w:val="9"/><w:rPr><w:rFonts w:asciiTheme="majorHAnsi"'
              ' w:hAnsiTheme="majorHAnsi"/><w:color w:val="2F5496"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>',
              based="Standaardalinea-lettertype"),
        style("character", "Verwijzingopmerking", "annotation reference",
              '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>',
              based="Standaardalinea-lettertype"),
        style("character", "TekstopmerkingChar", "Tekst opmerking Char",
              '<w:link w:val="Tekstopmerking"/><w:uiPriority w:val="99"/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>',
              based="Standaardalinea-lettertype"),
        style("table", "Standaardtabel", "Normal Table",
              '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
              '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
              '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>', default=True, based=None),
        style("table", "Tabelraster", "Table Grid",
              '<w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
              '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>',
              based="Standaardtabel"),
    ]
    return XMLDECL + "<w:styles %s>%s</w:styles>" % (NS, "".join(s))


def numbering_xml():
    def lvl(ilvl, fmt, text, ind, font=None, pstyle=None, start=1):
        rpr = '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:hint="default"/></w:rPr>' % (font, font) if font else ""
        ps = '<w:pStyle w:val="%s"/>' % pstyle if pstyle else ""
        return ('<w:lvl w:ilvl="%d"><w:start w:val="%d"/><w:numFmt w:val="%s"/>%s<w:lvlText w:val="%s"/>'
                '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>%s</w:lvl>'
                % (ilvl, start, fmt, ps, text, ind[0], ind[1], rpr))
    bullets = ('<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
               + lvl(0, "bullet", "\uf0b7", (720, 360), "Symbol")
               + lvl(1, "bullet", "o", (1440, 360), "Courier New")
               + lvl(2, "bullet", "\uf0a7", (2160, 360), "Wingdings")
               + "</w:abstractNum>")
    decimal = ('<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
               + lvl(0, "decimal", "%1.", (720, 360))
               + lvl(1, "lowerLetter", "%2.", (1440, 360))
               + "</w:abstractNum>")
    heads = ('<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="multilevel"/>'
             + lvl(0, "decimal", "%1", (432, 432), pstyle="Kop1")
             + lvl(1, "decimal", "%1.%2", (576, 576), pstyle="Kop2")
             + "</w:abstractNum>")
    nums = ['<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
            '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>']
    for n in numbered_lists:
        nums.append('<w:num w:numId="%d"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0">'
                    '<w:startOverride w:val="1"/></w:lvlOverride></w:num>' % n)
    return XMLDECL + "<w:numbering %s>%s%s%s%s</w:numbering>" % (NS, bullets, decimal, heads, "".join(nums))


def comments_xml():
    out = []
    for cid in sorted(comments, key=int):
        name, date, text = comments[cid]
        initials = "".join(p[0] for p in re.findall(r"[A-Z][\w’]*", name) if p[0].isupper())
        out.append('<w:comment w:id="%s" w:author="%s" w:date="%s" w:initials="%s"><w:p><w:pPr>'
                   '<w:pStyle w:val="Tekstopmerking"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Verwijzingopmerking"/>'
                   '</w:rPr><w:annotationRef/></w:r>%s</w:p></w:comment>'
                   % (cid, escape(name), date, initials, run(text)))
    return XMLDECL + "<w:comments %s>%s</w:comments>" % (NS, "".join(out))


def header_xml():
    return (XMLDECL + '<w:hdr %s><w:p><w:pPr><w:pStyle w:val="Koptekst"/><w:jc w:val="right"/></w:pPr>'
            '<w:r><w:rPr><w:b/><w:color w:val="C00000"/></w:rPr>%s</w:r></w:p></w:hdr>'
            % (NS, t("CONCEPT – niet verspreiden")))


def footer_xml():
    return (XMLDECL + '<w:ftr %s><w:p><w:pPr><w:pStyle w:val="Voettekst"/></w:pPr>'
            '<w:r>%s</w:r><w:r><w:tab/></w:r><w:r><w:tab/></w:r>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
            '</w:p></w:ftr>' % (NS, t("Integraal Veiligheidsplan Hessenlo 2025-2028 (concept)")))


SETTINGS = (XMLDECL + '<w:settings %s><w:zoom w:percent="100"/><w:trackRevisions/>'
            '<w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
            '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '</w:compat><w:themeFontLang w:val="nl-NL"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>'
            '</w:settings>' % NS)

CONTENT_TYPES = (XMLDECL +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    '</Types>')

RELS = (XMLDECL +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '</Relationships>')

DOC_RELS = (XMLDECL +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
    '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
    '<Relationship Id="rIdHeader1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
    '<Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
    '</Relationships>')

CORE = (XMLDECL +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dc:title>Integraal Veiligheidsplan Hessenlo 2025-2028 (concept)</dc:title>'
    '<dc:creator>A. Hulshof</dc:creator><cp:lastModifiedBy>W. ter Horst</cp:lastModifiedBy><cp:revision>14</cp:revision>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-24T08:31:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-06-19T08:17:00Z</dcterms:modified>'
    '</cp:coreProperties>')

APP = (XMLDECL +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<Template>Normal.dotm</Template><TotalTime>1184</TotalTime><Pages>11</Pages><Words>2034</Words>'
    '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>98</Lines><Paragraphs>27</Paragraphs>'
    '<Company>Gemeente Hessenlo</Company><AppVersion>16.0000</AppVersion></Properties>')


def main():
    with open(SRC, encoding="utf-8") as f:
        lines = [ln.rstrip("\n") for ln in f if ln.strip()]
    content = []
    for ln in lines:
        m = re.match(r"AUTHOR ([A-Z]): (.+?) \| (\S+)$", ln)
        c = re.match(r"COMMENT c(\d+): (.+?) \| (\S+) \| (.+)$", ln)
        if m:
            authors[m.group(1)] = (m.group(2), m.group(3))
        elif c:
            comments[c.group(1)] = (c.group(2), c.group(3), c.group(4))
        else:
            content.append(ln)
    doc = body_xml(content)
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", RELS),
        ("word/document.xml", doc),
        ("word/_rels/document.xml.rels", DOC_RELS),
        ("word/styles.xml", styles_xml()),
        ("word/numbering.xml", numbering_xml()),
        ("word/settings.xml", SETTINGS),
        ("word/comments.xml", comments_xml()),
        ("word/header1.xml", header_xml()),
        ("word/footer1.xml", footer_xml()),
        ("docProps/core.xml", CORE),
        ("docProps/app.xml", APP),
    ]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(2025, 6, 19, 8, 17, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    print("wrote", OUT)


if __name__ == "__main__":
    main()
