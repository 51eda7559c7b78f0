"""Write eval/dev11/corpus/mardelveen.docx from sources/mardelveen_src.txt.

    /work/main/.venv/bin/python eval/dev11/sources/build_mardelveen.py

Stdlib only. The WordprocessingML imitates a Google Docs export ("Bestand > Downloaden > Microsoft
Word"): no docProps, styles with the ids Title / Subtitle / Heading1 / Heading2, "_heading=h.xxxx"
bookmarks on every heading, a table of contents in a w:sdt block (internal hyperlinks with anchors),
list items whose markers ("1.", "●") come from numbering.xml and are not in the text (one
abstractNum per list, as Google writes them), a two-cell borderless layout table on the title page,
a key/value table whose first column is bold, an actions table with merged header cells (gridSpan
and vMerge), external hyperlinks (w:hyperlink with r:id, colour 1155cc), and a header and footer
with a PAGE field. The zip entries have fixed timestamps, so reruns are byte-identical.

Source markup (one block per line):
  LAYOUT: a//b | c//d      title-page layout table, "//" separates paragraphs within a cell
  T: / ST: / H1: / H2: / P:  title, subtitle, headings, paragraph
  N: / B:                  numbered / bulleted list item (a new list starts after any other block)
  TOC / PB                 table of contents (w:sdt) / page break
  KV ... END               rows "| label | value |", label column bold
  TABLE ... END            rows "| a | b |", first row is the (bold) header row
  ACTIONS ... END          like TABLE, but the header gets an extra top row with merged cells:
                           "Actie" (vMerge over two rows), "Uitvoering" over columns 2-3 and
                           "Planning" over columns 4-5
Inline: **bold**, [text](url).
"""
import hashlib
import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "mardelveen_src.txt")
OUT = os.path.join(os.path.dirname(HERE), "corpus", "mardelveen.docx")

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"')

RPR = '<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>'

links = []          # (rId, url)
bookmarks = []      # (heading text, bookmark name)
_bm = [0]


def rel_for(url):
    for rid, u in links:
        if u == url:
            return rid
    rid = "rId%d" % (20 + len(links))
    links.append((rid, url))
    return rid


def run(text, bold=False):
    props = RPR + ("<w:b/>" if bold else "")
    return '<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (props, escape(text))


TOKEN = re.compile(r"(\*\*.+?\*\*|\[[^\]]+\]\([^)]+\))")


def inline(text, bold=False):
    out = []
    for tok in TOKEN.split(text):
        if not tok:
            continue
        if tok.startswith("**"):
            out.append(run(tok[2:-2], bold=True))
        elif tok.startswith("["):
            label, url = re.fullmatch(r"\[([^\]]+)\]\(([^)]+)\)", tok).groups()
            out.append('<w:hyperlink r:id="%s"><w:r><w:rPr>%s<w:color w:val="1155cc"/><w:u w:val="single"/></w:rPr>'
                       '<w:t xml:space="preserve">%s</w:t></w:r></w:hyperlink>' % (rel_for(url), RPR, escape(label)))
        else:
            out.append(run(tok, bold=bold))
    return "".join(out)


def para(text, style=None, num=None, bold=False, spacing_after=None, bookmark=None):
    ppr = []
    if style:
        ppr.append('<w:pStyle w:val="%s"/>' % style)
    if num:
        ppr.append('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num)
    ppr.append('<w:spacing w:after="%d" w:before="0" w:line="276" w:lineRule="auto"/>' % (spacing_after if spacing_after is not None else 120))
    bm = ""
    if bookmark:
        bid = len(bookmarks) + 100
        bm = '<w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="%s" w:id="%d"/><w:bookmarkEnd w:id="%d"/>' % (bookmark, bid, bid)
    return '<w:p><w:pPr>%s<w:rPr>%s</w:rPr></w:pPr>%s%s</w:p>' % ("".join(ppr), RPR, bm, inline(text, bold=bold))


def bookmark_name(text):
    # Google Docs style "_heading=h.xxxxxx" names, derived deterministically from the heading
    return "_heading=h." + hashlib.sha1(text.encode("utf-8")).hexdigest()[:6]


BORDERS = ('<w:tblBorders><w:top w:color="000000" w:space="0" w:sz="4" w:val="single"/>'
           '<w:left w:color="000000" w:space="0" w:sz="4" w:val="single"/>'
           '<w:bottom w:color="000000" w:space="0" w:sz="4" w:val="single"/>'
           '<w:right w:color="000000" w:space="0" w:sz="4" w:val="single"/>'
           '<w:insideH w:color="000000" w:space="0" w:sz="4" w:val="single"/>'
           '<w:insideV w:color="000000" w:space="0" w:sz="4" w:val="single"/></w:tblBorders>')
NOBORDERS = ('<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>'
             '<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>')
TOTAL_W = 9026


def cell(paras_xml, width, span=1, vmerge=None, shade=None):
    tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % width
    if span > 1:
        tcpr += '<w:gridSpan w:val="%d"/>' % span
    if vmerge == "restart":
        tcpr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        tcpr += '<w:vMerge/>'
    if shade:
        tcpr += '<w:shd w:fill="%s" w:val="clear"/>' % shade
    tcpr += '<w:tcMar><w:top w:w="100" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="100" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tcMar>'
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (tcpr, paras_xml)


def table(rows, widths, borders=True, header_rows=None, cell_fn=None):
    o = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableNormal"/><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="left"/>%s'
         '<w:tblLayout w:type="fixed"/><w:tblLook w:val="0600"/></w:tblPr>' % (TOTAL_W, BORDERS if borders else NOBORDERS)]
    o.append("<w:tblGrid>%s</w:tblGrid>" % "".join('<w:gridCol w:w="%d"/>' % w for w in widths))
    for r in rows:
        o.append("<w:tr>%s</w:tr>" % r)
    o.append("</w:tbl>")
    return "".join(o)


def widths_for(n, first=None):
    if n == 2:
        return [2600, TOTAL_W - 2600]
    if first:
        rest = (TOTAL_W - first) // (n - 1)
        return [first] + [rest] * (n - 2) + [TOTAL_W - first - rest * (n - 2)]
    w = TOTAL_W // n
    return [w] * (n - 1) + [TOTAL_W - w * (n - 1)]


def plain_table(rows):
    n = len(rows[0])
    ws = widths_for(n, first=3400 if n > 2 else None)
    out = []
    for i, r in enumerate(rows):
        out.append("".join(cell(para(c, bold=(i == 0), spacing_after=0), ws[j], shade="d9ead3" if i == 0 else None)
                           for j, c in enumerate(r)))
    return table(out, ws)


def kv_table(rows):
    ws = widths_for(2)
    out = ["".join([cell(para(r[0], bold=True, spacing_after=0), ws[0], shade="f3f3f3"),
                    cell(para(r[1], spacing_after=0), ws[1])]) for r in rows]
    return table(out, ws)


def actions_table(rows):
    ws = [2900, 1600, 2126, 1200, 1200]
    top = "".join([
        cell(para(rows[0][0], bold=True, spacing_after=0), ws[0], vmerge="restart", shade="d9ead3"),
        cell(para("Uitvoering", bold=True, spacing_after=0), ws[1] + ws[2], span=2, shade="d9ead3"),
        cell(para("Planning", bold=True, spacing_after=0), ws[3] + ws[4], span=2, shade="d9ead3"),
    ])
    second = cell('<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>', ws[0], vmerge="continue", shade="d9ead3")
    second += "".join(cell(para(c, bold=True, spacing_after=0), ws[j + 1], shade="d9ead3") for j, c in enumerate(rows[0][1:]))
    out = [top, second]
    for r in rows[1:]:
        out.append("".join(cell(para(c, spacing_after=0), ws[j]) for j, c in enumerate(r)))
    return table(out, ws)


def layout_table(line):
    ws = [4513, 4513]
    cells = [c.strip() for c in line.split("|")]
    row = "".join(cell("".join(para(p.strip(), bold=(k == 0 and j == 0), spacing_after=60)
                               for k, p in enumerate(c.split("//"))), ws[j]) for j, c in enumerate(cells))
    return table([row], ws, borders=False)


def toc(headings):
    o = ['<w:sdt><w:sdtPr><w:id w:val="-1180512766"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
         '<w:docPartUnique w:val="1"/></w:docPartObj></w:sdtPr><w:sdtContent>']
    for k, (level, text, name) in enumerate(headings):
        fld_begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
                     ' TOC \\h \\u \\z \\t "Heading 1,1,Heading 2,2,"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                     if k == 0 else "")
        o.append('<w:p><w:pPr><w:tabs><w:tab w:val="right" w:leader="none" w:pos="9025"/></w:tabs>'
                 '<w:spacing w:after="60" w:before="%d"/><w:ind w:left="%d"/></w:pPr>%s'
                 '<w:hyperlink w:anchor="%s"><w:r><w:rPr>%s<w:color w:val="000000"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
                 '<w:r><w:rPr>%s</w:rPr><w:tab/></w:r><w:r><w:rPr>%s</w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
                 '<w:r><w:rPr>%s</w:rPr><w:instrText xml:space="preserve"> PAGEREF %s \\h </w:instrText></w:r>'
                 '<w:r><w:rPr>%s</w:rPr><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr>%s</w:rPr><w:t>%d</w:t></w:r>'
                 '<w:r><w:rPr>%s</w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>'
                 % (120 if level == 1 else 0, 0 if level == 1 else 360, fld_begin, name, RPR, escape(text),
                    RPR, RPR, RPR, name, RPR, RPR, 2 + k // 4, RPR))
    o.append('<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent></w:sdt>')
    return "".join(o)


def read_rows(lines, i):
    rows = []
    while lines[i] != "END":
        rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
        i += 1
    return rows, i + 1


def body():
    lines = open(SRC, encoding="utf-8").read().splitlines()
    headings = [(1 if ln.startswith("H1:") else 2, ln[4:], bookmark_name(ln[4:]))
                for ln in lines if ln.startswith(("H1: ", "H2: "))]
    abstract = []   # (numId, kind)
    o = []
    i = 0
    cur_list = None
    while i < len(lines):
        ln = lines[i]
        i += 1
        if not ln.strip():
            continue
        tag = ln.split(":", 1)[0] if ":" in ln[:8] else ln.strip()
        text = ln.split(": ", 1)[1] if ": " in ln[:10] else ""
        if tag not in ("N", "B"):
            cur_list = None
        if tag == "LAYOUT":
            o.append(layout_table(text))
        elif tag == "T":
            o.append(para(text, style="Title", spacing_after=60))
        elif tag == "ST":
            o.append(para(text, style="Subtitle", spacing_after=320))
        elif tag == "TOC":
            o.append(toc(headings))
        elif tag == "PB":
            o.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        elif tag in ("H1", "H2"):
            o.append(para(text, style="Heading1" if tag == "H1" else "Heading2", bookmark=bookmark_name(text)))
            bookmarks.append(text)
        elif tag == "P":
            o.append(para(text))
        elif tag in ("N", "B"):
            kind = "decimal" if tag == "N" else "bullet"
            if cur_list is None or cur_list[1] != kind:
                cur_list = (len(abstract) + 1, kind)
                abstract.append(cur_list)
            o.append(para(text, num=cur_list[0], spacing_after=60))
        elif tag in ("KV", "TABLE", "ACTIONS"):
            rows, i = read_rows(lines, i)
            o.append({"KV": kv_table, "TABLE": plain_table, "ACTIONS": actions_table}[tag](rows))
            o.append(para("", spacing_after=0))
        else:
            raise ValueError("unknown block: %r" % ln)
    sect = ('<w:sectPr><w:headerReference r:id="rId8" w:type="default"/><w:footerReference r:id="rId9" w:type="default"/>'
            '<w:pgSz w:h="16834" w:w="11909" w:orient="portrait"/>'
            '<w:pgMar w:bottom="1440" w:top="1440" w:left="1440" w:right="1440" w:header="720" w:footer="720" w:gutter="0"/>'
            '<w:pgNumType w:start="1"/><w:titlePg w:val="1"/></w:sectPr>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body></w:document>'
           % (NS, "".join(o), sect))
    return doc, abstract


def numbering(abstract):
    o = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering %s>' % NS]
    for n, kind in abstract:
        o.append('<w:abstractNum w:abstractNumId="%d"><w:multiLevelType w:val="hybridMultilevel"/>' % n)
        for lvl in range(9):
            if kind == "decimal":
                fmt, txt = ("decimal", "%%%d." % (lvl + 1)) if lvl % 3 == 0 else (("lowerLetter", "%%%d." % (lvl + 1)) if lvl % 3 == 1 else ("lowerRoman", "%%%d." % (lvl + 1)))
            else:
                fmt, txt = "bullet", ["●", "○", "■"][lvl % 3]
            o.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
                     '<w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr>%s</w:lvl>'
                     % (lvl, fmt, txt, 720 * (lvl + 1),
                        '<w:rPr><w:u w:val="none"/></w:rPr>' if fmt != "bullet" else '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:u w:val="none"/></w:rPr>'))
        o.append("</w:abstractNum>")
    for n, _ in abstract:
        o.append('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (n, n))
    o.append("</w:numbering>")
    return "".join(o)


STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="nl"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:after="120" w:before="400"/></w:pPr><w:rPr><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:after="120" w:before="360"/></w:pPr><w:rPr><w:b w:val="0"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:after="80" w:before="320"/></w:pPr><w:rPr><w:color w:val="434343"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:after="60"/></w:pPr><w:rPr><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:after="320"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:color w:val="666666"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>""" % NS

SETTINGS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings %s><w:displayBackgroundShape w:val="1"/><w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:val="15" w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/></w:compat></w:settings>""" % NS

FONTS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts %s><w:font w:name="Arial"/></w:fonts>""" % NS


def hdrftr(kind, inner):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:%s %s>%s</w:%s>' % (kind, NS, inner, kind))


HEADER = hdrftr("hdr", '<w:p><w:pPr><w:jc w:val="right"/></w:pPr>%s</w:p>' % run("Gemeente Mardelveen"))
FOOTER = hdrftr("ftr", '<w:p><w:pPr><w:jc w:val="right"/></w:pPr>%s'
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">PAGE</w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
                % run("Veilig Mardelveen – Integraal Veiligheidsplan 2026-2029 | pagina "))

CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default ContentType="application/xml" Extension="xml"/><Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml" PartName="/word/numbering.xml"/><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml" PartName="/word/styles.xml"/><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml" PartName="/word/settings.xml"/><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml" PartName="/word/fontTable.xml"/><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml" PartName="/word/header1.xml"/><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" PartName="/word/footer1.xml"/><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" PartName="/word/document.xml"/></Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""


def doc_rels():
    r = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>',
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>',
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>',
         '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
         '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>',
         '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>']
    for rid, url in links:
        r.append('<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="%s" TargetMode="External"/>'
                 % (rid, escape(url, {'"': "&quot;"})))
    r.append("</Relationships>")
    return "".join(r)


def main():
    doc, abstract = body()
    parts = [
        ("[Content_Types].xml", CT),
        ("_rels/.rels", RELS),
        ("word/document.xml", doc),
        ("word/styles.xml", STYLES),
        ("word/settings.xml", SETTINGS),
        ("word/fontTable.xml", FONTS),
        ("word/numbering.xml", numbering(abstract)),
        ("word/header1.xml", HEADER),
        ("word/footer1.xml", FOOTER),
        ("word/_rels/document.xml.rels", doc_rels()),
    ]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(2025, 12, 12, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    print("wrote", OUT)


if __name__ == "__main__":
    main()
