"""Write eval/dev12/corpus/moerhaven.html from sources/moerhaven_src.txt.

    /work/main/.venv/bin/python eval/dev12/sources/build_moerhaven.py

Stdlib only. Imitates an agenda-item page of a council information system (iBabs/Notubiz-like):
head with <script>/<style>, a skip link, a portal header with the council name, a navigation bar,
a breadcrumb <ol>, then the agenda item in nested <div>s: a <dl> with the item's metadata, a
documents list, the raadsvoorstel (with an <ol type="a"> of beslispunten), the raadsbesluit, the
voting result, and the plan itself as "Bijlage 1" (h3/h4 headings, <ul>, <ol>, <ol type="a">,
<table> with <caption>, <thead>, <th scope="col"> and <th scope="row">, a <dl> glossary, <abbr>
elements), followed by a sidebar and a portal footer. Deterministic.

Source markup (one block per line):
  DIV classes / /DIV      open / close a <div class="...">
  H2: / H3: / H4:         headings;  P: paragraph (inline HTML allowed)
  RAW: html               copied as is
  UL / OL / OLA ... /UL or /OL   list; items "- text"; OLA is <ol type="a">
  DL class ... /DL        definition list, lines "term :: definition"
  TABLE caption ... /TABLE  rows "| a | b |"; first row -> <thead> with th scope=col, first cell
                            of other rows -> th scope=row
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "moerhaven_src.txt")
OUT = os.path.join(os.path.dirname(HERE), "corpus", "moerhaven.html")

HEAD = """<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>9. Integraal Veiligheidsplan Moerhaven 2026-2029 - Raadsvergadering 13 november 2025 - Gemeenteraad Moerhaven</title>
<link rel="stylesheet" href="/Content/portal.min.css?v=5.14.2">
<style>
.agenda-item dl.meta{display:grid;grid-template-columns:14em 1fr}
.bijlage .document-content table{border-collapse:collapse}
.bijlage th,.bijlage td{border:1px solid #c8c8c8;padding:.3em .6em}
</style>
<script>
window.portalConfig = {"siteId":"moerhaven","culture":"nl-NL","meetingId":"a41c7e90-3d2b-4c55-9a0e-5f1b2e6d8c11"};
</script>
<script src="/Scripts/portal.bundle.min.js?v=5.14.2" defer></script>
</head>
<body class="portal meeting-item">
<a class="skip-link" href="#main">Direct naar de inhoud</a>
<div id="page">
<header class="portal-header">
<div class="portal-header__inner">
<a class="portal-logo" href="/"><img src="/Content/img/logo-moerhaven.svg" alt="Logo gemeente Moerhaven"></a>
<span class="portal-title">Gemeenteraad Moerhaven</span>
<form class="portal-search" action="/Zoeken" method="get"><label for="q">Zoeken</label><input id="q" name="q" type="search"><button type="submit">Zoek</button></form>
</div>
<nav class="portal-nav" aria-label="Hoofdmenu">
<ul>
<li><a href="/Agenda">Kalender</a></li>
<li><a href="/Vergaderingen" aria-current="page">Vergaderingen</a></li>
<li><a href="/Raadsleden">Raadsleden</a></li>
<li><a href="/Moties">Moties en amendementen</a></li>
<li><a href="/Documenten">Documenten</a></li>
</ul>
</nav>
</header>
<div class="breadcrumb-wrapper">
<ol class="breadcrumb">
<li><a href="/">Home</a></li>
<li><a href="/Vergaderingen">Vergaderingen</a></li>
<li><a href="/Vergaderingen/Gemeenteraad/2025-11-13">Raadsvergadering 13 november 2025</a></li>
<li class="active">Agendapunt 9</li>
</ol>
</div>
<div class="layout">
<main id="main" class="layout__main">
"""

TAIL = """</main>
<aside class="layout__side" aria-label="Andere agendapunten">
<h2>Andere agendapunten</h2>
<ul>
<li><a href="/Vergaderingen/Gemeenteraad/2025-11-13/8">8. Programmabegroting 2026</a></li>
<li><a href="/Vergaderingen/Gemeenteraad/2025-11-13/10">10. Verordening maatschappelijke ondersteuning 2026</a></li>
<li><a href="/Vergaderingen/Gemeenteraad/2025-11-13/11">11. Vragenhalfuur</a></li>
</ul>
</aside>
</div>
<footer class="portal-footer">
<p>Gemeente Moerhaven · Stadhuisplein 1 · Postbus 100 · 14 0117</p>
<ul>
<li><a href="/Privacy">Privacyverklaring</a></li>
<li><a href="/Toegankelijkheid">Toegankelijkheid</a></li>
<li><a href="/Cookies">Cookies</a></li>
</ul>
<p class="powered">Raadsinformatie via het vergadersysteem van de gemeente</p>
</footer>
</div>
<noscript><p>Voor het afspelen van vergaderingen is JavaScript nodig.</p></noscript>
</body>
</html>
"""


def build(src):
    out = []
    lines = src.split("\n")
    i = 0
    depth = 0
    while i < len(lines):
        ln = lines[i]
        i += 1
        if not ln.strip():
            continue
        ind = "  " * depth
        if ln.startswith("DIV "):
            out.append('%s<div class="%s">' % (ind, ln[4:]))
            depth += 1
        elif ln == "/DIV":
            depth -= 1
            out.append("  " * depth + "</div>")
        elif ln.startswith(("H2: ", "H3: ", "H4: ")):
            lvl = ln[1]
            out.append("%s<h%s>%s</h%s>" % (ind, lvl, ln[4:], lvl))
        elif ln.startswith("P: "):
            out.append("%s<p>%s</p>" % (ind, ln[3:]))
        elif ln.startswith("RAW: "):
            out.append(ind + ln[5:])
        elif ln in ("UL", "OL", "OLA"):
            tag = "ul" if ln == "UL" else "ol"
            out.append(ind + ('<ol type="a">' if ln == "OLA" else "<%s>" % tag))
            while not lines[i].startswith("/"):
                out.append("%s  <li>%s</li>" % (ind, lines[i][2:]))
                i += 1
            i += 1
            out.append("%s</%s>" % (ind, tag))
        elif ln.startswith("DL "):
            out.append('%s<dl class="%s">' % (ind, ln[3:]))
            while lines[i] != "/DL":
                term, dd = lines[i].split(" :: ", 1)
                out.append("%s  <div class=\"dl-row\">\n%s    <dt>%s</dt>\n%s    <dd>%s</dd>\n%s  </div>"
                           % (ind, ind, term, ind, dd, ind))
                i += 1
            i += 1
            out.append(ind + "</dl>")
        elif ln.startswith("TABLE "):
            rows = []
            while lines[i] != "/TABLE":
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            i += 1
            out.append('%s<table class="data">' % ind)
            out.append("%s  <caption>%s</caption>" % (ind, ln[6:]))
            out.append("%s  <thead>\n%s    <tr>" % (ind, ind))
            for c in rows[0]:
                out.append('%s      <th scope="col">%s</th>' % (ind, c))
            out.append("%s    </tr>\n%s  </thead>\n%s  <tbody>" % (ind, ind, ind))
            for r in rows[1:]:
                out.append("%s    <tr>" % ind)
                out.append('%s      <th scope="row">%s</th>' % (ind, r[0]))
                for c in r[1:]:
                    out.append("%s      <td>%s</td>" % (ind, c))
                out.append("%s    </tr>" % ind)
            out.append("%s  </tbody>\n%s</table>" % (ind, ind))
        else:
            raise SystemExit("unknown line %r" % ln)
    if depth != 0:
        raise SystemExit("unbalanced DIVs: %d" % depth)
    return "\n".join(out) + "\n"


def main():
    with open(SRC, encoding="utf-8") as f:
        html = HEAD + build(f.read()) + TAIL
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(html)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
