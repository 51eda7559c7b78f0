"""Write eval/dev13/corpus/ravenstade.htm from sources/ravenstade_src.txt.

    /work/main/.venv/bin/python eval/dev13/sources/build_ravenstade.py

Stdlib only, deterministic. The output imitates a Word document saved with "Opslaan als >
Webpagina, gefilterd" (Microsoft Word 15): UTF-8 with a <meta http-equiv=Content-Type> charset,
the Generator meta, Word's <style> block with @font-face and Mso* class definitions, and a body in
<div class=WordSection1>. Word's habits that a loader meets:

  - paragraphs are <p class=MsoNormal>, the title and subtitle <p class=MsoTitle>/<p class=MsoSubtitle>;
  - headings are <h1>/<h2>/<h3> that carry a <a name="_Toc..."> bookmark; their numbers ("3", "3.2") come
    from a list and sit in <![if !supportLists]><span style='mso-list:Ignore'>3<span
    style='font:7.0pt "Times New Roman"'>&nbsp;...</span></span><![endif]>, so they are in the text;
  - the table of contents is a run of MsoToc1/MsoToc2/MsoToc3 paragraphs with hyperlinks, dotted leaders and
    page numbers;
  - list items are MsoListParagraphCxSpFirst / CxSpMiddle / CxSpLast paragraphs (MsoListParagraph
    for a one-item list); the marker is typed text inside the supportLists comment: a Symbol-font
    "·" for bullets, a Courier New "o" for sub-bullets, "1." for numbers and "a." for letters;
    the level is only visible as margin-left;
  - tables are <table class=MsoTableGrid> whose <td>s hold <p class=MsoNormal>; captions are
    <p class=MsoCaption> above the table;
  - footnote references are <a href="#_ftn1" name="_ftnref1">[1]</a>, the footnote texts follow
    after an <hr> at the end in <div id=ftn1> ...;
  - &nbsp; between numbers and units, soft hyphens (U+00AD) in a few long words, curly apostrophes,
    an inline <span lang=EN-GB>, bold glossary terms, and the HTML source is hard-wrapped at about
    76 characters (inside text and between attributes), as Word does.

Source markup (one block per line):
  TITLE: / SUBTITLE: / META:   title, subtitle, and MsoNormal lines of the title page
  PB                           page break;  TOC   the table of contents (built from H1/H2)
  H1: / H2: / H3:              numbered headings (<h1>-<h3>, "3", "3.2", "3.2.1")
  P:                           paragraph
  B1: / B2:                    bullet / sub-bullet;  N1: numbered item;  A2: lettered sub-item
  CAPTION: + TABLE ... END     caption and table rows "| a | b |" (first row = header)
  GLOSS: term | text           glossary paragraph with the term in bold
Inline: **bold**, ~ = &nbsp;, the broken bar (U+00A6) = soft hyphen, {EN:text} = <span lang=EN-GB>,
[[fn:text]] = footnote.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ravenstade_src.txt")
OUT = os.path.join(os.path.dirname(HERE), "corpus", "ravenstade.htm")

STYLE = """<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:Wingdings;
	panose-1:5 0 0 0 0 0 0 0 0 0;}
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:"Calibri Light";
	panose-1:2 15 3 2 2 2 4 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
h1
	{margin-top:12.0pt;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:21.6pt;
	text-indent:-21.6pt;
	line-height:107%;
	page-break-after:avoid;
	font-size:16.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;
	font-weight:normal;}
h2
	{margin-top:2.0pt;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:28.8pt;
	text-indent:-28.8pt;
	line-height:107%;
	page-break-after:avoid;
	font-size:13.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;
	font-weight:normal;}
h3
	{margin-top:2.0pt;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	text-indent:-36.0pt;
	line-height:107%;
	page-break-after:avoid;
	font-size:12.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#1F3763;
	font-weight:normal;}
p.MsoToc1, li.MsoToc1, div.MsoToc1
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:5.0pt;
	margin-left:0cm;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoToc2, li.MsoToc2, div.MsoToc2
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:5.0pt;
	margin-left:11.0pt;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoToc3, li.MsoToc3, div.MsoToc3
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:5.0pt;
	margin-left:22.0pt;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoFootnoteText, li.MsoFootnoteText, div.MsoFootnoteText
	{mso-style-link:"Voetnoottekst Char";
	margin:0cm;
	font-size:10.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoCaption, li.MsoCaption, div.MsoCaption
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:10.0pt;
	margin-left:0cm;
	font-size:9.0pt;
	font-family:"Calibri",sans-serif;
	color:#44546A;
	font-style:italic;}
p.MsoTitle, li.MsoTitle, div.MsoTitle
	{margin:0cm;
	font-size:28.0pt;
	font-family:"Calibri Light",sans-serif;
	letter-spacing:-.5pt;}
p.MsoSubtitle, li.MsoSubtitle, div.MsoSubtitle
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	color:#5A5A5A;
	letter-spacing:.75pt;}
span.MsoFootnoteReference
	{vertical-align:super;}
a:link, span.MsoHyperlink
	{color:#0563C1;
	text-decoration:underline;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:36.0pt;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpMiddle, li.MsoListParagraphCxSpMiddle, div.MsoListParagraphCxSpMiddle
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpLast, li.MsoListParagraphCxSpLast, div.MsoListParagraphCxSpLast
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:36.0pt;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
span.Kop1Char
	{mso-style-name:"Kop 1 Char";
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;}
.MsoChpDefault
	{font-family:"Calibri",sans-serif;}
.MsoPapDefault
	{margin-bottom:8.0pt;
	line-height:107%;}
 /* Page Definitions */
 @page WordSection1
	{size:595.3pt 841.9pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 ol
	{margin-bottom:0cm;}
ul
	{margin-bottom:0cm;}
-->
</style>"""

NBSP7 = "&nbsp;" * 7 + " "
MARKERS = {
    # kind: (outer span style, level margin style)
    "B1": ("font-family:Symbol", "text-indent:-18.0pt"),
    "B2": ('font-family:"Courier New"', "margin-left:72.0pt;text-indent:-18.0pt"),
    "N1": ("", "text-indent:-18.0pt"),
    "A2": ("", "margin-left:72.0pt;text-indent:-18.0pt"),
}
FN_REF = ('<a href="#_ftn{n}" name="_ftnref{n}" title=""><span class=MsoFootnoteReference>'
          '<span class=MsoFootnoteReference><span style=\'font-size:11.0pt;line-height:107%;'
          'font-family:"Calibri",sans-serif\'>[{n}]</span></span></span></a>')

footnotes = []


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def inline(text):
    out = []
    for tok in re.split(r"(\[\[fn:.+?\]\]|\*\*.+?\*\*|\{EN:.+?\})", text):
        if not tok:
            continue
        if tok.startswith("[[fn:"):
            footnotes.append(tok[5:-2])
            out.append(FN_REF.format(n=len(footnotes)))
        elif tok.startswith("**"):
            out.append("<b>%s</b>" % inline(tok[2:-2]))
        elif tok.startswith("{EN:"):
            out.append("<span lang=EN-GB>%s</span>" % esc(tok[4:-1]))
        else:
            out.append(esc(tok).replace("~", "&nbsp;").replace("\u00a6", "\u00ad"))
    return "".join(out)


def wrap(html, width=76):
    """Hard-wrap HTML source like Word: break at a space in text or between attributes of a tag
    (never inside a quoted attribute value or a <!...> construct) once a line exceeds width."""
    out = []
    line_start = 0
    last = -1
    in_tag = False
    quote = None
    bang = False
    buf = list(html)
    for i, ch in enumerate(buf):
        if ch == "\n":
            line_start, last = i + 1, -1
            continue
        if in_tag:
            if quote:
                if ch == quote:
                    quote = None
            elif ch in "'\"":
                quote = ch
            elif ch == ">":
                in_tag = bang = False
            elif ch == " " and not bang:
                last = i
        else:
            if ch == "<":
                in_tag = True
                bang = i + 1 < len(buf) and buf[i + 1] == "!"
            elif ch == " ":
                last = i
        if i - line_start >= width and last > line_start:
            buf[last] = "\n"
            line_start, last = last + 1, -1
    out = "".join(buf)
    return out


def list_para(kind, cls, marker, text):
    font, margin = MARKERS[kind]
    inner = "%s<span style='font:7.0pt \"Times New Roman\"'>%s</span>" % (marker, NBSP7 if kind != "B2" else "&nbsp;&nbsp; ")
    span = "<span style='mso-list:Ignore'>%s</span>" % inner
    if font:
        span = "<span style='%s'>%s</span>" % (font, span)
    return "<p class=%s style='%s'><![if !supportLists]>%s<![endif]>%s</p>" % (cls, margin, span, inline(text))


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = [ln.rstrip("\n") for ln in f if ln.strip()]
    # headings and their numbers, bookmarks and (fictitious but plausible) page numbers
    heads = []
    h1 = h2 = h3 = 0
    words = 0
    for ln in lines:
        if ln.startswith("H1: "):
            h1 += 1
            h2 = 0
            heads.append(("1", "%d" % h1, ln[4:], 3 + words // 430))
        elif ln.startswith("H2: "):
            h2 += 1
            h3 = 0
            heads.append(("2", "%d.%d" % (h1, h2), ln[4:], 3 + words // 430))
        elif ln.startswith("H3: "):
            h3 += 1
            heads.append(("3", "%d.%d.%d" % (h1, h2, h3), ln[4:], 3 + words // 430))
        elif ln.startswith(("P: ", "B1: ", "B2: ", "N1: ", "A2: ", "GLOSS: ", "| ")):
            words += len(ln.split())
        elif ln == "TABLE":
            words += 120
    toc_ids = {}
    for k, (lvl, num, title, pg) in enumerate(heads):
        toc_ids[num] = "_Toc%d" % (190312401 + k * 7)

    blocks = []
    i = 0
    h1 = h2 = h3 = 0
    while i < len(lines):
        ln = lines[i]
        tag, _, rest = ln.partition(": ")
        if tag in MARKERS:
            group = []
            while i < len(lines) and lines[i].partition(": ")[0] in MARKERS:
                group.append(lines[i].partition(": ")[::2])
                i += 1
            n = 0
            a = 0
            for k, (kind, text) in enumerate(group):
                if len(group) == 1:
                    cls = "MsoListParagraph"
                elif k == 0:
                    cls = "MsoListParagraphCxSpFirst"
                elif k == len(group) - 1:
                    cls = "MsoListParagraphCxSpLast"
                else:
                    cls = "MsoListParagraphCxSpMiddle"
                if kind == "B1":
                    marker = "\u00b7"
                elif kind == "B2":
                    marker = "o"
                elif kind == "N1":
                    n += 1
                    a = 0
                    marker = "%d." % n
                else:
                    a += 1
                    marker = "%s." % "abcdefghij"[a - 1]
                blocks.append(list_para(kind, cls, marker, text))
            continue
        if ln == "PB":
            blocks.append("<span style='font-size:11.0pt;line-height:107%;font-family:\"Calibri\",sans-serif'>"
                          "<br clear=all style='page-break-before:always'>\n</span>")
        elif ln == "TOC":
            for lvl, num, title, pg in heads:
                label = num
                dots = "." * max(8, 96 - 2 * len(title) - 4 * int(lvl))
                blocks.append(
                    "<p class=MsoToc%s><span class=MsoHyperlink><a href=\"#%s\">%s<span style='font-size:11.0pt;"
                    "color:windowtext;text-decoration:none'>&nbsp;&nbsp;&nbsp;&nbsp; </span>%s<span "
                    "style='color:windowtext;text-decoration:none'>%s</span><span style='color:windowtext;"
                    "text-decoration:none'>%d</span></a></span></p>"
                    % (lvl, toc_ids[num], label, esc(title), dots, pg))
        elif tag == "TITLE":
            blocks.append("<p class=MsoTitle>%s</p>" % inline(rest))
        elif tag == "SUBTITLE":
            blocks.append("<p class=MsoSubtitle>%s</p>" % inline(rest))
        elif tag == "META":
            blocks.append("<p class=MsoNormal style='margin-bottom:0cm'><span style='font-size:10.0pt;"
                          "line-height:107%%;color:#595959'>%s</span></p>" % inline(rest))
        elif tag in ("H1", "H2", "H3"):
            if tag == "H1":
                h1 += 1
                h2 = 0
                num = "%d" % h1
                sp = "&nbsp;" * 11 + " "
            elif tag == "H2":
                h2 += 1
                h3 = 0
                num = "%d.%d" % (h1, h2)
                sp = "&nbsp;" * 7 + " "
            else:
                h3 += 1
                num = "%d.%d.%d" % (h1, h2, h3)
                sp = "&nbsp;" * 5 + " "
            hx = tag.lower()
            blocks.append("<%s><a name=\"%s\"><![if !supportLists]><span style='mso-list:Ignore'>%s<span "
                          "style='font:7.0pt \"Times New Roman\"'>%s</span></span><![endif]>%s</a></%s>"
                          % (hx, toc_ids[num], num, sp, inline(rest), hx))
        elif tag == "P":
            blocks.append("<p class=MsoNormal>%s</p>" % inline(rest))
        elif tag == "CAPTION":
            blocks.append("<p class=MsoCaption style='page-break-after:avoid'>%s</p>" % inline(rest))
        elif ln == "TABLE":
            rows = []
            i += 1
            while lines[i] != "END":
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            ncol = len(rows[0])
            first_w = 250 if ncol > 2 else 320
            other_w = round((453.1 - first_w) / (ncol - 1), 2)
            t = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 width=604\n"
                 " style='width:453.1pt;border-collapse:collapse;border:none'>"]
            for r, row in enumerate(rows):
                t.append(" <tr>")
                for c, cell in enumerate(row):
                    w = first_w if c == 0 else other_w
                    border = ["border:solid windowtext 1.0pt"]
                    if c:
                        border.append("border-left:none")
                    if r:
                        border.append("border-top:none")
                    bg = ";background:#D9E2F3" if r == 0 else ""
                    align = "" if c == 0 else ";text-align:right"
                    txt = inline(cell)
                    if r == 0:
                        txt = "<b>%s</b>" % txt
                    t.append("  <td width=%d valign=top style='width:%spt;%s%s;padding:0cm 5.4pt 0cm 5.4pt'>\n"
                             "  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal%s'>%s</p>\n  </td>"
                             % (round(w * 4 / 3), w, ";".join(border), bg, align, txt))
                t.append(" </tr>")
            t.append("</table>")
            blocks.append("\n".join(t))
            blocks.append("<p class=MsoNormal>&nbsp;</p>")
        elif tag == "GLOSS":
            term, _, text = rest.partition(" | ")
            blocks.append("<p class=MsoNormal style='margin-left:106.2pt;text-indent:-106.2pt'><b>%s</b>"
                          "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>%s</p>"
                          % (esc(term), inline(text)))
        else:
            raise SystemExit("unknown line: %r" % ln)
        i += 1

    fn = []
    for n, text in enumerate(footnotes, 1):
        fn.append("<div id=ftn%d>\n\n<p class=MsoFootnoteText><a href=\"#_ftnref%d\" name=\"_ftn%d\" title=\"\">"
                  "<span class=MsoFootnoteReference><span class=MsoFootnoteReference><span style='font-size:"
                  "10.0pt;line-height:107%%;font-family:\"Calibri\",sans-serif'>[%d]</span></span></span></a> %s</p>"
                  "\n\n</div>" % (n, n, n, n, inline(text)))
    html = ("<html>\n\n<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered)\">\n"
            "<title>Integraal Veiligheidsplan Ravenstade 2025-2028</title>\n" + STYLE + "\n\n</head>\n\n"
            "<body lang=NL link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>\n\n"
            "<div class=WordSection1>\n\n"
            + "\n\n".join(wrap(b) for b in blocks)
            + "\n\n</div>\n\n<div><br clear=all>\n\n<hr align=left size=1 width=\"33%\">\n\n"
            + "\n\n".join(wrap(b) for b in fn)
            + "\n\n</div>\n\n</body>\n\n</html>\n")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\r\n") as f:
        f.write(html)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
