"""Write eval/dev14/corpus/kempenhorst.docx from kempenhorst_src.txt, stdlib only (zipfile).

The document imitates a plan made from the municipal Word template "Beleidsnota Kempenhorst":
  - cover: a block content control (w:sdt, alias "Titel") with the title paragraph, and inline
    content controls for the municipality (plain text), the status (drop-down) and the adoption
    date (w:date); python-docx's Paragraph.text and extract.py's body walk skip all of them;
  - a TOC field (w:fldChar begin / w:instrText TOC / separate / end) with cached entries as
    hyperlinks to _Toc bookmarks, styles TOC1/TOC2;
  - headings via Heading1/Heading2 styles (built-in names "heading 1", "heading 2");
  - bullets (B, B2) and numbered lists (N) via numbering.xml; no marker in the text;
  - two kaders as TEXT BOXES: the first as mc:AlternateContent (wps:txbx, with a v:textbox
    fallback holding the same text), the second as a legacy w:pict/v:shape/v:textbox;
  - real footnotes (word/footnotes.xml, w:footnoteReference);
  - tables with merged cells (w:gridSpan, w:vMerge);
  - glossary paragraphs "term<TAB>definition" in style "Begrip";
  - a header and a footer with a PAGE field.
Deterministic: fixed zip timestamps and fixed core.xml dates.

    /work/main/.venv/bin/python eval/dev14/sources/build_kempenhorst.py
"""
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from markup import parse, plain, spans  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "corpus", "kempenhorst.docx")
NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'mc:Ignorable="w14 wp14"')


def t(s):
    return '<w:t xml:space="preserve">%s</w:t>' % escape(s)


def runs(s, rpr=""):
    """Runs for text with [^n] footnote references."""
    out = []
    parts = re.split(r"(\[\^\d+\])", plain_keep_fn(s))
    for part in parts:
        m = re.fullmatch(r"\[\^(\d+)\]", part)
        if m:
            out.append('<w:r><w:rPr><w:rStyle w:val="Voetnootmarkering"/></w:rPr>'
                       '<w:footnoteReference w:id="%s"/></w:r>' % m.group(1))
        elif part:
            out.append("<w:r>%s%s</w:r>" % (("<w:rPr>%s</w:rPr>" % rpr) if rpr else "", t(part)))
    return "".join(out)


def plain_keep_fn(s):
    s = re.sub(r"\{([^{}|]+)\|([^{}]+)\}", lambda m: m.group(1), s)
    return s.replace("~", "")


def para(content, style=None, numid=None, ilvl=0, extra_ppr=""):
    ppr = ""
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    if numid is not None:
        ppr += '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (ilvl, numid)
    ppr += extra_ppr
    return "<w:p>%s%s</w:p>" % (("<w:pPr>%s</w:pPr>" % ppr) if ppr else "", content)


def txbx_paras(k):
    ps = [para(runs(k["title"], "<w:b/>"), "KaderKop")]
    ps += [para(runs(x), "KaderTekst") for x in k["paras"]]
    return "".join(ps)


def kader_modern(k, n):
    body = txbx_paras(k)
    cx, cy = 5400000, 1500000
    return ('<w:p><w:pPr><w:pStyle w:val="Standaard"/></w:pPr><w:r><mc:AlternateContent><mc:Choice Requires="wps">'
            '<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
            'relativeHeight="25165%02d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset></wp:positionV>'
            '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
            '<wp:docPr id="%d" name="Tekstvak %d"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="E6F0E6"/></a:solidFill>'
            '<a:ln w="9525"><a:solidFill><a:srgbClr val="2E7D32"/></a:solidFill></a:ln></wps:spPr>'
            '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" '
            'lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp>'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>'
            '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
            '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            '<v:shape id="Tekstvak %d" o:spid="_x0000_s10%02d" type="#_x0000_t202" style="position:absolute;'
            'margin-left:0;margin-top:3.6pt;width:425.2pt;height:118.1pt;z-index:251659264;mso-position-horizontal:center;'
            'mso-position-horizontal-relative:margin" fillcolor="#e6f0e6" strokecolor="#2e7d32">'
            '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox><w10:wrap type="topAndBottom" anchorx="margin"/>'
            '</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>'
            % (n, cx, cy, 100 + n, n, cx, cy, body, n, n, body))


def kader_legacy(k, n):
    body = txbx_paras(k)
    return ('<w:p><w:pPr><w:pStyle w:val="Standaard"/></w:pPr><w:r><w:pict>'
            '<v:shape id="Kader%d" o:spid="_x0000_s20%02d" type="#_x0000_t202" style="position:absolute;margin-left:0;'
            'margin-top:5pt;width:425.2pt;height:96pt;z-index:251661312" fillcolor="#fff3e0" strokecolor="#e65100">'
            '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape>'
            '</w:pict></w:r></w:p>' % (n, n, body))


def cell(text, width, cs=1, vm=None, bold=False, shade=False):
    tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % width
    if cs > 1:
        tcpr += '<w:gridSpan w:val="%d"/>' % cs
    if vm == "restart":
        tcpr += '<w:vMerge w:val="restart"/>'
    elif vm == "cont":
        tcpr += "<w:vMerge/>"
    if shade:
        tcpr += '<w:shd w:val="clear" w:color="auto" w:fill="2E7D32"/>'
    rpr = "<w:b/>" + ('<w:color w:val="FFFFFF"/>' if shade else "") if bold else ""
    content = runs(text, rpr) if text else ""
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (tcpr, para(content, "Tabeltekst"))


def table(tb, header_rows):
    rows = tb["rows"]
    ncol = len(rows[0])
    widths = [2000] + [int(7000 / (ncol - 1))] * (ncol - 1) if ncol > 2 else [4500, 4500]
    if ncol == 4:
        widths = [2600, 3400, 1500, 1500]
    sp = spans(rows)
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TabelKempenhorst"/><w:tblW w:w="0" w:type="auto"/>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
           '</w:tblPr><w:tblGrid>']
    out += ['<w:gridCol w:w="%d"/>' % w for w in widths]
    out.append("</w:tblGrid>")
    for i, r in enumerate(sp):
        hdr = i < header_rows
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if hdr else ""
        cells = []
        for j, (txt, cs, rs, kind) in enumerate(r):
            if kind == "hcont":
                continue
            w = sum(widths[j:j + max(cs, 1)])
            if kind == "vcont":
                cells.append(cell("", w, 1, "cont", shade=hdr))
            else:
                cells.append(cell(txt, w, cs, "restart" if rs > 1 else None, bold=hdr or txt == "Totaal", shade=hdr))
        out.append("<w:tr>%s%s</w:tr>" % (trpr, "".join(cells)))
    out.append("</w:tbl>")
    return "".join(out)


def build():
    meta, items, fns = parse(os.path.join(HERE, "kempenhorst_src.txt"))
    body = []
    # ---- cover (template with content controls)
    body.append('<w:sdt><w:sdtPr><w:alias w:val="Titel"/><w:tag w:val="Titel"/><w:id w:val="-1781170418"/>'
                '<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder><w:text/></w:sdtPr>'
                '<w:sdtContent>%s</w:sdtContent></w:sdt>' % para(runs(meta["title"]), "Titel"))
    body.append(para(runs(meta["subtitle"]), "Ondertitel"))
    body.append(para('<w:sdt><w:sdtPr><w:alias w:val="Organisatie"/><w:tag w:val="Gemeente"/><w:id w:val="1249012311"/>'
                     '<w:text/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>' % runs(meta["municipality"]), "Voorblad"))
    body.append(para(runs("Status: ") +
                     '<w:sdt><w:sdtPr><w:alias w:val="Status"/><w:tag w:val="Status"/><w:id w:val="402336719"/>'
                     '<w:dropDownList><w:listItem w:displayText="Concept" w:value="Concept"/>'
                     '<w:listItem w:displayText="Vastgesteld" w:value="Vastgesteld"/></w:dropDownList></w:sdtPr>'
                     '<w:sdtContent>%s</w:sdtContent></w:sdt>' % runs(meta["status"]), "Voorblad"))
    body.append(para(runs("Datum vaststelling: ") +
                     '<w:sdt><w:sdtPr><w:alias w:val="Datum"/><w:tag w:val="Datum"/><w:id w:val="-995410272"/>'
                     '<w:date w:fullDate="2023-12-12T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="nl-NL"/>'
                     '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
                     '<w:sdtContent>%s</w:sdtContent></w:sdt>' % runs(meta["date"]), "Voorblad"))
    body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')

    # ---- headings, for the TOC
    heads = [(k, v) for k, v in items if k in ("H1", "H2")]
    # a rough page estimate for the cached TOC page numbers
    pages, page, cnt = [], 3, 0
    for k, v in items:
        if k == "H1" and cnt > 18:
            page += 1
            cnt = 0
        if k in ("H1", "H2"):
            pages.append(page)
        cnt += 1 if k not in ("TABLE", "KADER") else 6
        if cnt > 34:
            page += 1
            cnt = 0
    bm = {}
    hcount = -1
    kader_n = 0
    numid_next = 3
    prev = None
    num_defs = []
    for idx, (k, v) in enumerate(items):
        if k == "TOC":
            body.append(para(runs("Inhoud"), "Kopvaninhoudsopgave"))
            for hi, (hk, hv) in enumerate(heads):
                name = "_Toc15%07d" % (3300 + hi)
                bm[hi] = name
                link = ('<w:hyperlink w:anchor="%s" w:history="1"><w:r>%s</w:r><w:r><w:tab/></w:r>'
                        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF %s \\h </w:instrText></w:r>'
                        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r>%s</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>'
                        % (name, t(plain(hv)), name, t(str(pages[hi]))))
                pre = ""
                if hi == 0:
                    pre = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
                           '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
                post = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if hi == len(heads) - 1 else ""
                body.append(para(pre + link + post, "Inhopg1" if hk == "H1" else "Inhopg2",
                                 extra_ppr='<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9062"/></w:tabs>'))
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        elif k in ("H1", "H2", "H3"):
            hi = None
            if k in ("H1", "H2"):
                hcount = hcount + 1
                hi = hcount
            content = runs(v)
            if hi is not None:
                content = '<w:bookmarkStart w:id="%d" w:name="%s"/>%s<w:bookmarkEnd w:id="%d"/>' % (hi, bm.get(hi, "_Toc%d" % hi), content, hi)
            if k == "H1" and prev is not None and prev[0] != "TOC":
                body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>') if v.startswith("Pijler 1") else None
            body.append(para(content, {"H1": "Kop1", "H2": "Kop2", "H3": "Kop3"}[k]))
        elif k == "P":
            body.append(para(runs(v), "Standaard"))
        elif k in ("B", "B2"):
            body.append(para(runs(v), "Lijstopsomteken", 1, 0 if k == "B" else 1))
        elif k == "N":
            if not prev or prev[0] != "N":
                numid_next += 1
                num_defs.append(numid_next)
            body.append(para(runs(v), "Lijstnummering", numid_next, 0))
        elif k == "KADER":
            kader_n += 1
            body.append(kader_modern(v, kader_n) if kader_n == 1 else kader_legacy(v, kader_n))
        elif k == "TABLE":
            body.append(para(runs(v["caption"]), "Bijschrift"))
            hdr = 2 if v["rows"][1][0] == "^" else 1
            body.append(table(v, hdr))
            body.append(para("", "Standaard"))
        elif k == "GL":
            body.append(para(runs(v[0], "<w:b/>") + "<w:r><w:tab/></w:r>" + runs(v[1]), "Begrip"))
        elif k == "PB":
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        prev = (k, v)
    body.append('<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1"/>'
                '<w:footerReference w:type="default" r:id="rIdFooter1"/><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
                '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" '
                'w:header="708" w:footer="708" w:gutter="0"/><w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>')
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s</w:body></w:document>'
                % (NS, "".join(b for b in body if b)))

    fn_xml = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
              '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for n in sorted(fns):
        fn_xml.append('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="Voetnoottekst"/></w:pPr>'
                      '<w:r><w:rPr><w:rStyle w:val="Voetnootmarkering"/></w:rPr><w:footnoteRef/></w:r><w:r>%s</w:r></w:p></w:footnote>'
                      % (n, t(" " + plain(fns[n]))))
    footnotes = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>%s</w:footnotes>' % (NS, "".join(fn_xml))

    abstract_bullet = ('<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
                       '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/>'
                       '<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:lvl>'
                       '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2013"/><w:lvlJc w:val="left"/>'
                       '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>')
    abstract_num = ('<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
                    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
                    '<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>')
    nums = ['<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>']
    for nid in num_defs:
        nums.append('<w:num w:numId="%d"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' % nid)
    numbering = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering %s>%s%s%s</w:numbering>'
                 % (NS, abstract_bullet, abstract_num, "".join(nums)))

    def style(sid, name, based="Standaard", ppr="", rpr="", typ="paragraph", extra=""):
        return ('<w:style w:type="%s" w:styleId="%s"><w:name w:val="%s"/>%s%s<w:qFormat/>%s%s</w:style>'
                % (typ, sid, name, ('<w:basedOn w:val="%s"/>' % based) if based else "", extra,
                   ("<w:pPr>%s</w:pPr>" % ppr) if ppr else "", ("<w:rPr>%s</w:rPr>" % rpr) if rpr else ""))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s>'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Verdana" w:hAnsi="Verdana" w:cs="Arial"/>'
              '<w:sz w:val="19"/><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
              '<w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' % NS
              + '<w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/><w:qFormat/></w:style>'
              + style("Titel", "Title", rpr='<w:b/><w:color w:val="2E7D32"/><w:sz w:val="52"/>', ppr='<w:spacing w:before="2400"/>')
              + style("Ondertitel", "Subtitle", rpr='<w:i/><w:sz w:val="30"/>')
              + style("Voorblad", "Voorblad", rpr='<w:sz w:val="24"/>')
              + style("Kop1", "heading 1", ppr='<w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>',
                      rpr='<w:b/><w:color w:val="2E7D32"/><w:sz w:val="32"/>')
              + style("Kop2", "heading 2", ppr='<w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/>',
                      rpr='<w:b/><w:sz w:val="24"/>')
              + style("Kop3", "heading 3", ppr='<w:keepNext/><w:outlineLvl w:val="2"/>', rpr='<w:b/><w:i/>')
              + style("Lijstopsomteken", "List Bullet", ppr='<w:numPr><w:numId w:val="1"/></w:numPr><w:contextualSpacing/>')
              + style("Lijstnummering", "List Number", ppr='<w:contextualSpacing/>')
              + style("Bijschrift", "caption", rpr='<w:b/><w:sz w:val="17"/>')
              + style("Tabeltekst", "Tabeltekst", ppr='<w:spacing w:after="0"/>', rpr='<w:sz w:val="17"/>')
              + style("KaderKop", "Kader kop", rpr='<w:b/><w:color w:val="2E7D32"/>')
              + style("KaderTekst", "Kader tekst", rpr='<w:sz w:val="18"/>')
              + style("Begrip", "Begrip", ppr='<w:tabs><w:tab w:val="left" w:pos="2268"/></w:tabs><w:ind w:left="2268" w:hanging="2268"/>')
              + style("Kopvaninhoudsopgave", "TOC Heading", "Kop1")
              + style("Inhopg1", "toc 1", ppr='<w:spacing w:after="100"/>', rpr="<w:b/>")
              + style("Inhopg2", "toc 2", ppr='<w:spacing w:after="100"/><w:ind w:left="190"/>')
              + style("Voetnoottekst", "footnote text", ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>', rpr='<w:sz w:val="16"/>')
              + style("Voetnootmarkering", "footnote reference", None, rpr='<w:vertAlign w:val="superscript"/>', typ="character")
              + style("Koptekst", "header", rpr='<w:sz w:val="16"/>')
              + style("Voettekst", "footer", rpr='<w:sz w:val="16"/>')
              + '<w:style w:type="table" w:styleId="TabelKempenhorst"><w:name w:val="Tabel Kempenhorst"/><w:tblPr>'
                '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="2E7D32"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="2E7D32"/>'
                '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="A5D6A7"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="A5D6A7"/></w:tblBorders>'
                '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
              + "</w:styles>")
    header = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr %s>%s</w:hdr>'
              % (NS, para(runs("Integraal Veiligheidsplan Kempenhorst 2024-2027"), "Koptekst")))
    footer = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr %s><w:p><w:pPr><w:pStyle w:val="Voettekst"/><w:jc w:val="right"/></w:pPr>'
              '<w:r>%s</w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
              '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r>%s</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>'
              % (NS, t("Gemeente Kempenhorst | pagina "), t("2")))
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings %s><w:zoom w:percent="100"/>'
                '<w:attachedTemplate r:id="rIdTpl"/><w:updateFields w:val="false"/><w:defaultTabStop w:val="708"/>'
                '<w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/>'
                '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
                '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                '<w:themeFontLang w:val="nl-NL"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/></w:settings>' % NS)
    settings_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     '<Relationship Id="rIdTpl" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" '
                     'Target="file:///G:\\Sjablonen\\Beleidsnota%20Kempenhorst%202023.dotx" TargetMode="External"/></Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
                '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
                '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                '<Relationship Id="rIdHeader1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
                '<Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
                '</Relationships>')
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
              '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
              '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
              '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
              '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
              '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
              '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>Integraal Veiligheidsplan Kempenhorst 2024-2027</dc:title><dc:creator>Team Openbare Orde en Veiligheid</dc:creator>'
            '<cp:lastModifiedBy>L. van Gestel</cp:lastModifiedBy><cp:revision>14</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2023-09-04T08:12:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2023-12-14T10:31:00Z</dcterms:modified></cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Template>Beleidsnota Kempenhorst 2023.dotx</Template><Application>Microsoft Office Word</Application><Company>Gemeente Kempenhorst</Company></Properties>')
    parts = [("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("docProps/core.xml", core), ("docProps/app.xml", app),
             ("word/document.xml", document), ("word/styles.xml", styles), ("word/settings.xml", settings),
             ("word/_rels/settings.xml.rels", settings_rels), ("word/numbering.xml", numbering),
             ("word/footnotes.xml", footnotes), ("word/header1.xml", header), ("word/footer1.xml", footer),
             ("word/_rels/document.xml.rels", doc_rels)]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    print("wrote", OUT)


if __name__ == "__main__":
    build()
