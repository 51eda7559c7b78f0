"""Write eval/dev14/corpus/reggeloo.html from reggeloo_src.txt, stdlib only.

A page of the municipal CMS ("Veiligheid" section of www.reggeloo.nl): cookie banner, skip link,
header with search, main navigation, breadcrumbs, an intro with a "Download de PDF" link, the plan
body as an ACCORDION (each chapter is <details><summary><h2>…</h2></summary><div>…</div></details>),
the glossary in a button-controlled panel (<button aria-controls aria-expanded="false"> and a
<div hidden>) holding a <dl>, a table with rowspan/colspan, nested <ol>/<ul>, <aside> info boxes,
<abbr title> abbreviations, a feedback widget, a footer, and scripts (dropped by the extractor).
Deterministic.

    /work/main/.venv/bin/python eval/dev14/sources/build_reggeloo.py
"""
import os
import re
import sys
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from markup import parse, spans  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "corpus", "reggeloo.html")


def inline(s):
    s = s.replace("~", "")
    out, pos = [], 0
    for m in re.finditer(r"\{([^{}|]+)\|([^{}]+)\}", s):
        out.append(escape(s[pos:m.start()], quote=False))
        out.append('<abbr title="%s">%s</abbr>' % (escape(m.group(2)), escape(m.group(1), quote=False)))
        pos = m.end()
    out.append(escape(s[pos:], quote=False))
    return "".join(out)


def slug(s):
    s = s.lower()
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")


def table_html(tb):
    rows = tb["rows"]
    sp = spans(rows)
    hdr = 2 if rows[1][0] == "^" else 1
    out = ['<div class="table-wrapper" tabindex="0"><table class="table table--striped">',
           "<caption>%s</caption>" % inline(tb["caption"])]
    for i, r in enumerate(sp):
        if i == 0:
            out.append("<thead>")
        if i == hdr:
            out.append("<tbody>")
        out.append("<tr>")
        for j, (txt, cs, rs, kind) in enumerate(r):
            if kind != "start":
                continue
            tag = "th" if i < hdr or j == 0 else "td"
            attrs = ""
            if cs > 1:
                attrs += ' colspan="%d"' % cs
            if rs > 1:
                attrs += ' rowspan="%d"' % rs
            if tag == "th":
                attrs += ' scope="%s"' % ("col" if i < hdr else "row")
            out.append("<%s%s>%s</%s>" % (tag, attrs, inline(txt), tag))
        out.append("</tr>")
        if i == hdr - 1:
            out.append("</thead>")
    out.append("</tbody></table></div>")
    return "\n".join(out)


def body_html(items):
    out = []
    i = 0
    chap = 0
    open_details = False
    glossary = []
    intro_done = False
    while i < len(items):
        k, v = items[i]
        if k == "H1":
            if open_details:
                out.append("</div>\n</details>")
                open_details = False
            if v == "Begrippen":
                glossary = [x for x in items[i + 1:] if x[0] == "GL"]
                break
            chap += 1
            out.append('<details class="accordion__item" id="%s">\n<summary class="accordion__trigger"><h2 class="accordion__title">%s</h2></summary>\n<div class="accordion__panel">'
                       % (slug(v), inline(v)))
            open_details = True
        elif k == "H2":
            out.append("<h3>%s</h3>" % inline(v))
        elif k == "P":
            if not open_details and not intro_done:
                out.append('<p class="intro">%s</p>' % inline(v))
                intro_done = True
            else:
                out.append("<p>%s</p>" % inline(v))
        elif k in ("B", "N"):
            tag = "ul" if k == "B" else "ol"
            out.append("<%s>" % tag)
            while i < len(items) and items[i][0] in (k, "B2"):
                kk, vv = items[i]
                li = "<li>%s" % inline(vv)
                j = i + 1
                if j < len(items) and items[j][0] == "B2":
                    li += "\n<ul>"
                    while j < len(items) and items[j][0] == "B2":
                        li += "\n<li>%s</li>" % inline(items[j][1])
                        j += 1
                    li += "\n</ul>\n"
                out.append(li + "</li>")
                i = j
            out.append("</%s>" % tag)
            continue
        elif k == "KADER":
            out.append('<aside class="infobox" aria-labelledby="%s">\n<h4 id="%s" class="infobox__title">%s</h4>'
                       % (slug(v["title"]), slug(v["title"]), inline(v["title"])))
            out += ["<p>%s</p>" % inline(p) for p in v["paras"]]
            out.append("</aside>")
        elif k == "TABLE":
            out.append(table_html(v))
        i += 1
    if open_details:
        out.append("</div>\n</details>")
    g = ['<section class="glossary">',
         '<h2><button type="button" class="toggle" aria-expanded="false" aria-controls="begrippen-panel">Begrippen</button></h2>',
         '<div id="begrippen-panel" class="toggle__panel" hidden>', "<dl>"]
    for _, (term, d) in glossary:
        g.append("<dt>%s</dt>\n<dd>%s</dd>" % (inline(term), inline(d)))
    g += ["</dl>", "</div>", "</section>"]
    return "\n".join(out), "\n".join(g)


PAGE = """<!DOCTYPE html>
<html lang="nl" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Gemeente Reggeloo</title>
<meta name="description" content="Het Integraal Veiligheidsplan 2025-2028 van de gemeente Reggeloo: veilig uitgaan, ondermijning, jongeren en wapens, online veiligheid.">
<link rel="canonical" href="https://www.reggeloo.nl/veiligheid/integraal-veiligheidsplan">
<link rel="stylesheet" href="/static/css/main.4f2a91.css">
<script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>
<script async src="/static/js/analytics.js" data-site="reggeloo"></script>
<style>.accordion__item summary{{cursor:pointer}} .toggle__panel[hidden]{{display:none}}</style>
</head>
<body class="page page--article">
<div class="cookiebar" role="dialog" aria-live="polite" aria-label="Cookiemelding">
<p>Wij gebruiken cookies om onze website te verbeteren. Functionele en analytische cookies plaatsen we altijd. Met uw toestemming plaatsen we ook cookies voor video's van YouTube. <a href="/privacy/cookies">Lees meer over cookies</a>.</p>
<button type="button" class="btn btn--primary" data-consent="all">Alle cookies accepteren</button>
<button type="button" class="btn btn--secondary" data-consent="necessary">Alleen noodzakelijke cookies</button>
</div>
<a class="skiplink" href="#content">Direct naar de inhoud</a>
<header class="site-header">
<a class="site-header__logo" href="/"><img src="/static/img/logo-reggeloo.svg" alt="Logo gemeente Reggeloo, naar de homepage"></a>
<form class="search" action="/zoeken" role="search"><label for="q" class="sr-only">Zoeken</label><input id="q" name="q" type="search" placeholder="Waar bent u naar op zoek?"><button type="submit">Zoeken</button></form>
<a class="site-header__login" href="/mijnreggeloo">Mijn Reggeloo</a>
</header>
<nav class="main-nav" aria-label="Hoofdmenu">
<ul>
<li><a href="/wonen-en-leven">Wonen en leven</a></li>
<li><a href="/werk-en-inkomen">Werk en inkomen</a></li>
<li><a href="/ondernemen">Ondernemen</a></li>
<li><a href="/veiligheid" aria-current="true">Veiligheid</a></li>
<li><a href="/bestuur-en-organisatie">Bestuur en organisatie</a></li>
<li><a href="/contact">Contact</a></li>
</ul>
</nav>
<nav class="breadcrumb" aria-label="Kruimelpad">
<ol>
<li><a href="/">Home</a></li>
<li><a href="/veiligheid">Veiligheid</a></li>
<li><a href="/veiligheid/beleid">Veiligheidsbeleid</a></li>
<li aria-current="page">Integraal Veiligheidsplan 2025-2028</li>
</ol>
</nav>
<div class="layout">
<main id="content" class="content">
<article class="article">
<h1>{title}</h1>
<p class="subtitle">{subtitle}</p>
<p class="meta">Gepubliceerd: 3 februari 2025 · Laatst gewijzigd: 10 maart 2025</p>
<div class="download">
<a class="download__link" href="{pdf}" download>Download de PDF <span class="download__meta">({pdfsize})</span></a>
</div>
<div class="accordion" data-accordion>
<p class="accordion__controls"><button type="button" class="link-button" data-accordion-open-all>Alle hoofdstukken openen</button></p>
{body}
</div>
{glossary}
</article>
<section class="feedback" aria-labelledby="feedback-title">
<h2 id="feedback-title">Was deze informatie nuttig?</h2>
<button type="button" data-feedback="ja">Ja</button> <button type="button" data-feedback="nee">Nee</button>
</section>
<p class="share">Deel deze pagina: <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.reggeloo.nl/veiligheid/integraal-veiligheidsplan">Facebook</a> <a href="https://www.linkedin.com/shareArticle?url=https://www.reggeloo.nl/veiligheid/integraal-veiligheidsplan">LinkedIn</a> <a href="mailto:?subject=Integraal%20Veiligheidsplan%20Reggeloo">E-mail</a></p>
</main>
<aside class="sidebar" aria-label="Gerelateerd">
<h2>Meer over veiligheid</h2>
<ul>
<li><a href="/veiligheid/buurtpreventie">Buurtpreventie in uw wijk</a></li>
<li><a href="/veiligheid/overlast-melden">Overlast melden</a></li>
<li><a href="/veiligheid/cameratoezicht">Cameratoezicht in de binnenstad</a></li>
<li><a href="/veiligheid/ondermijning">Ondermijning herkennen</a></li>
</ul>
<div class="sidebar__contact">
<h2>Contact</h2>
<p>Heeft u een vraag over veiligheid in uw buurt? Bel 14 0548 of stuur een bericht via het contactformulier.</p>
</div>
</aside>
</div>
<footer class="site-footer">
<div class="site-footer__col">
<h2>Gemeente Reggeloo</h2>
<p>Stadhuis, Reggeplein 1<br>Postbus 200<br>7460 AE Reggeloo</p>
<p>Telefoon: 14 0548</p>
</div>
<div class="site-footer__col">
<h2>Openingstijden</h2>
<p>Maandag tot en met vrijdag van 8.30 tot 17.00 uur. Donderdag ook van 17.00 tot 20.00 uur, alleen op afspraak.</p>
</div>
<div class="site-footer__col">
<h2>Over deze website</h2>
<ul><li><a href="/privacy">Privacy</a></li><li><a href="/toegankelijkheid">Toegankelijkheid</a></li><li><a href="/proclaimer">Proclaimer</a></li><li><a href="/sitemap">Sitemap</a></li></ul>
</div>
<p class="site-footer__copy">© 2025 Gemeente Reggeloo</p>
</footer>
<template id="tpl-feedback-thanks"><p>Bedankt voor uw reactie!</p></template>
<noscript><p>Zet JavaScript aan om alle hoofdstukken tegelijk te openen.</p></noscript>
<script src="/static/js/main.4f2a91.js" defer></script>
<script>
document.querySelectorAll('[data-accordion-open-all]').forEach(function (b) {{
  b.addEventListener('click', function () {{ document.querySelectorAll('.accordion__item').forEach(function (d) {{ d.open = true; }}); }});
}});
document.querySelectorAll('.toggle').forEach(function (b) {{
  b.addEventListener('click', function () {{
    var p = document.getElementById(b.getAttribute('aria-controls'));
    var open = b.getAttribute('aria-expanded') === 'true';
    b.setAttribute('aria-expanded', String(!open)); p.hidden = open;
  }});
}});
</script>
</body>
</html>
"""


def build():
    meta, items, fns = parse(os.path.join(HERE, "reggeloo_src.txt"))
    body, glossary = body_html(items)
    html = PAGE.format(title=escape(meta["title"]), subtitle=escape(meta["subtitle"]), pdf=meta["pdf"],
                       pdfsize=escape(meta["pdfsize"]), body=body, glossary=glossary)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(html)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
