"""Build the fictional 'Integraal Veiligheidsbeleid 2025-2029 "Samen waakzaam"' of the gemeente
Dijkmonde as a municipal web page of a component-based CMS (div soup with BEM class names).

    /work/main/.venv/bin/python eval/dev9/sources/build_dijkmonde.py   (stdlib only)

Writes eval/dev9/corpus/dijkmonde.html (UTF-8, LF), byte-identical on every run.

Page structure (what the file tests):
- No semantic page elements at all: no <main>, <article>, <section>, <nav>, <header>, <footer>,
  <aside>, <details> or <table>. Everything is a <div> with class names ("o-page", "c-header",
  "c-menu", "c-breadcrumb", "l-content", "m-textblock", "m-readmore", "m-cardgrid", "m-tabs",
  "m-datagrid", "c-footer"); only role attributes hint at their meaning.
- An inline SVG sprite at the top of <body> whose <symbol>s have <title>s ("Pijl omlaag",
  "Zoeken", "Download", ...). get_text() keeps those titles, so they appear in the extracted text
  before the cookie banner.
- A cookie banner div, a site header with logo alt text, search form, "Direct regelen" links, a
  main menu as nested <ul>s in a <div class="c-menu">, and a breadcrumb of <span>s and "›".
- The plan: <h1>, an intro, a "Kerngegevens" <dl> (adoption facts), <h2>/<h3> headings.
  The voorwoord and the three priorities are "lees meer" blocks: a teaser paragraph, then the full
  text in a <div hidden>, then a <button> "Lees meer" with a visually hidden suffix
  ("Lees meer over ondermijning in de glastuinbouw"). The hidden text is in the extraction.
- A card grid of the three priorities (each card: <h3>, teaser, "Lees meer" link).
- A tabs component ("Cijfers" / "Wat inwoners zeggen"); the second panel is hidden.
- The figures are a CSS grid of divs with role="table"/"row"/"cell", not a <table>: in the
  extraction every cell is on its own line.
- "Ook aandacht voor" (basisveiligheid) and partners, begrippen and afkortingen are <dl>s;
  the measures sit under <h3> labels "Concreet betekent dit" and "Inzet".
- Amounts are written "€&nbsp;152.000"; abbreviations use <abbr title>.
- After the content: a feedback widget, share links, "Laatst gewijzigd", related links, and a
  footer with contact details, all in the extraction.

Deliberate imperfections (keep them): "glastuinbouwsecor" (priority 1, once), "Het Dijkhof"/
"het Dijkhof", one very long sentence (priority 3, "Wat zien we?").
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "corpus", "dijkmonde.html")

E = "€&nbsp;"
BIBOB = '<abbr title="Wet bevordering integriteitsbeoordelingen door het openbaar bestuur">Bibob</abbr>'
BOA = '<abbr title="buitengewoon opsporingsambtenaar">Boa</abbr>'
RIEC = '<abbr title="Regionaal Informatie- en Expertisecentrum">RIEC</abbr>'


def readmore(rid, label, teaser, body):
    return f"""<div class="m-readmore" data-component="readmore">
          <div class="m-readmore__intro">
            <p>{teaser}</p>
          </div>
          <div class="m-readmore__content" id="{rid}" hidden>
{body}
          </div>
          <button type="button" class="m-readmore__toggle js-readmore" aria-expanded="false" aria-controls="{rid}"><span class="m-readmore__label">Lees meer</span><span class="u-visually-hidden"> over {label}</span><svg class="icon icon--chevron" aria-hidden="true" focusable="false"><use href="#icon-chevron-down"></use></svg></button>
        </div>"""


def ul(items, cls="m-list"):
    return "\n".join([f'            <ul class="{cls}">'] + [f"              <li>{i}</li>" for i in items]
                     + ["            </ul>"])


def dl(pairs, cls="m-deflist"):
    out = [f'          <dl class="{cls}">']
    for dt, dd in pairs:
        out.append(f'            <div class="{cls}__item"><dt>{dt}</dt><dd>{dd}</dd></div>')
    out.append("          </dl>")
    return "\n".join(out)


FIGURES = [
    ("Aangiften winkeldiefstal", "212", "236", "251", "298"),
    ("Overvallen", "3", "1", "4", "2"),
    ("Opgerolde hennepkwekerijen", "9", "12", "14", "21"),
    ("Meldingen jeugdoverlast", "388", "351", "362", "407"),
    ("Woninginbraken", "164", "139", "121", "117"),
    ("Meldingen agressie tegen winkelpersoneel", "31", "38", "44", "57"),
    ("Meldingen illegale bewoning van bedrijfspanden", "18", "26", "33", "41"),
]


def datagrid():
    out = ['            <div class="m-datagrid" role="table" aria-label="Veiligheidscijfers Dijkmonde 2021-2024">',
           '              <div class="m-datagrid__row m-datagrid__row--head" role="row">'
           '<div class="m-datagrid__cell" role="columnheader">Onderwerp</div>'
           + "".join(f'<div class="m-datagrid__cell" role="columnheader">{y}</div>' for y in ("2021", "2022", "2023", "2024"))
           + "</div>"]
    for row in FIGURES:
        out.append('              <div class="m-datagrid__row" role="row">'
                   f'<div class="m-datagrid__cell m-datagrid__cell--label" role="rowheader">{row[0]}</div>'
                   + "".join(f'<div class="m-datagrid__cell" role="cell">{v}</div>' for v in row[1:]) + "</div>")
    out.append("            </div>")
    return "\n".join(out)


VOORWOORD_BODY = """            <p>In de gesprekken die we in het voorjaar van 2024 voerden, hoorden we vaak hetzelfde: Dijkmonde is een fijne gemeente om te wonen, maar er verandert iets. Tuinders vertellen over mensen die contant willen betalen voor een lege kas. Winkeliers worden vaker uitgescholden of bedreigd. En ouders maken zich zorgen over wat hun kinderen online meemaken.</p>
            <p>Dit beleid is ons antwoord. We kiezen voor drie prioriteiten en werken die uit met concrete afspraken. Dat kunnen we niet alleen: de politie, het Openbaar Ministerie, ondernemers, scholen, het jongerenwerk en u als inwoner zijn daarbij onmisbaar.</p>
            <p class="m-signature"><strong>Sandra van Rijnsoever</strong><br>burgemeester van Dijkmonde</p>"""

P1_BODY = f"""            <h3>Wat zien we?</h3>
            <p>In de kassen van Dijkmonde wordt hard gewerkt en veel geld verdiend. Die omgeving trekt ook criminelen aan. Leegstaande of verouderde kassen worden gebruikt voor hennepteelt: in 2024 rolde de politie 21 hennepkwekerijen op, de meeste in kassen en bedrijfspanden in de Westerpolder. Daarnaast zien we malafide uitzendbureaus die arbeidsmigranten onderbetalen en in overvolle woningen of bedrijfspanden laten slapen, en vastgoed dat via stromannen wordt gekocht. In de glastuinbouwsecor worden ook loodsen gebruikt voor de opslag van drugs die via de haven van Rotterdam binnenkomen.</p>
            <h3>Wat willen we bereiken?</h3>
            <p>In 2029:</p>
{ul(["hebben ten minste 150 tuinbouwbedrijven het keurmerk ‘Glashelder Ondernemen’;",
     "voert het Kassenteam elk jaar ten minste 30 integrale controles uit;",
     "komen er 50 procent meer signalen van ondermijning binnen bij het Meldpunt Ondermijning dan in 2024."])}
            <h3>Concreet betekent dit</h3>
{ul(["Het Kassenteam (gemeente, politie, Belastingdienst en de Nederlandse Arbeidsinspectie) controleert tuinbouwbedrijven, bedrijfspanden en uitzendbureaus.",
     "Er komt een glastuinbouwregisseur (1 fte) die signalen verzamelt en het Kassenteam aanstuurt.",
     "Samen met Glastuinbouw Nederland ontwikkelen we het keurmerk ‘Glashelder Ondernemen’ voor tuinders die hun bedrijf weerbaar maken tegen criminelen.",
     "De " + BIBOB + "-toets wordt toegepast bij de verkoop en verhuur van gemeentegrond en bij vergunningen voor nieuwe kassen.",
     "Tuinders die stoppen, krijgen een gratis adviesgesprek over het veilig verkopen of verhuren van hun kassen.",
     "Arbeidsmigranten krijgen informatie over hun rechten in hun eigen taal, via het inloopspreekuur in Schoorwijk."])}"""

P2_BODY = f"""            <h3>Wat zien we?</h3>
            <p>Het aantal meldingen van jeugdoverlast steeg in 2024 weer, naar 407. De overlast speelt vooral in Kasterveen, rond het Dorpsplein en de sporthal, en bij het busstation in Dijkmonde. Tegelijk zien jongerenwerkers en scholen dat veel van wat er tussen jongeren gebeurt, online plaatsvindt. Ruzies beginnen op TikTok of Snapchat, naaktfoto’s worden doorgestuurd en jongeren worden online bedreigd of te kijk gezet. In de Jeugdmonitor 2023 gaf een op de zes scholieren aan het afgelopen jaar online te zijn gepest of bedreigd.</p>
            <h3>Wat willen we bereiken?</h3>
{ul(["In 2029 zijn er minder dan 340 meldingen van jeugdoverlast per jaar.",
     "Elke overlastgevende jeugdgroep heeft binnen drie maanden een groepsaanpak.",
     "Alle leerlingen van groep 8 en de brugklas krijgen les over online veiligheid."])}
            <h3>Concreet betekent dit</h3>
{ul(["Politie, jongerenwerk en gemeente stellen samen voor elke overlastgevende jeugdgroep een groepsaanpak op.",
     "Het jongerenwerk van Welzijn Dijkmonde krijgt er 1,5 fte bij, vooral voor Kasterveen en Schoorwijk.",
     "Op het Dorpsplein in Kasterveen komt een jongerenplek, die samen met jongeren wordt ontworpen.",
     "Met de drie scholen voor voortgezet onderwijs starten we het programma ‘Online Sterk’, met lessen over sexting, shamen en online bedreiging.",
     "Ouders krijgen via de scholen een informatieavond over wat hun kinderen online meemaken.",
     BOA + "’s houden op vrijdag- en zaterdagavond toezicht bij het busstation."])}"""

P3_BODY = f"""            <h3>Wat zien we?</h3>
            <p>Winkeliers in Dijkmonde krijgen steeds vaker te maken met diefstal en agressie, en omdat het vaak gaat om een kleine groep veelplegers die steeds in dezelfde winkels terugkomt, terwijl veel winkeliers geen aangifte meer doen omdat ze denken dat het toch niets oplevert, is het werkelijke aantal incidenten waarschijnlijk nog een stuk hoger dan de cijfers laten zien. Het aantal aangiften van winkeldiefstal steeg van 212 in 2021 naar 298 in 2024, en het aantal meldingen van agressie tegen winkelpersoneel verdubbelde bijna. Winkelcentrum Het Dijkhof en de supermarkten in Kasterveen hebben de meeste last. Op bedrijventerrein Schoorwijk-Zuid worden regelmatig inbraken in bedrijfsbussen en diefstal van gereedschap gemeld.</p>
            <h3>Wat willen we bereiken?</h3>
{ul(["Het aantal aangiften van winkeldiefstal daalt tot onder de 220 per jaar.",
     "Winkelcentrum het Dijkhof en bedrijventerrein Schoorwijk-Zuid hebben het Keurmerk Veilig Ondernemen.",
     "80 procent van de winkeliers voelt zich veilig in de eigen winkel (2024: 64 procent)."])}
            <h3>Concreet betekent dit</h3>
{ul(["Samen met Ondernemers Dijkmonde Kernen (ODK) starten we een traject voor het Keurmerk Veilig Ondernemen in Het Dijkhof en op Schoorwijk-Zuid.",
     "Er komt een collectieve winkelontzegging.",
     "Winkelpersoneel kan gratis een training omgaan met agressie volgen.",
     "Veelplegers worden besproken in het Zorg- en Veiligheidshuis Haaglanden en krijgen een persoonsgerichte aanpak.",
     "De camera’s in het winkelgebied van Het Dijkhof worden aangesloten op de meldkamer van de politie.",
     "Ondernemers worden per winkelgebied via een WhatsApp-groep snel gewaarschuwd bij incidenten."])}"""

PAGE = f"""<!DOCTYPE html>
<html lang="nl-NL" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Integraal Veiligheidsbeleid 2025-2029 | Gemeente Dijkmonde</title>
<meta name="description" content="Het Integraal Veiligheidsbeleid 2025-2029 ‘Samen waakzaam’ van de gemeente Dijkmonde: prioriteiten, maatregelen, geld en partners.">
<meta property="og:title" content="Integraal Veiligheidsbeleid 2025-2029">
<meta property="og:site_name" content="Gemeente Dijkmonde">
<link rel="canonical" href="https://www.dijkmonde.nl/bestuur/beleid/integraal-veiligheidsbeleid-2025-2029">
<link rel="stylesheet" href="/themes/dijkmonde/dist/css/main.8f3c2a.css">
<style>.u-visually-hidden{{position:absolute!important;clip:rect(1px,1px,1px,1px);overflow:hidden;height:1px;width:1px}}[hidden]{{display:none}}</style>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"GovernmentService","name":"Integraal Veiligheidsbeleid 2025-2029","provider":{{"@type":"GovernmentOrganization","name":"Gemeente Dijkmonde"}}}}</script>
<script>document.documentElement.className=document.documentElement.className.replace("no-js","js");</script>
</head>
<body class="page page--beleid theme-dijkmonde">
<svg xmlns="http://www.w3.org/2000/svg" style="display:none">
  <symbol id="icon-chevron-down" viewBox="0 0 24 24"><title>Pijl omlaag</title><path d="M6 9l6 6 6-6"/></symbol>
  <symbol id="icon-search" viewBox="0 0 24 24"><title>Zoeken</title><path d="M10 2a8 8 0 105 14l5 5 1-1-5-5A8 8 0 0010 2z"/></symbol>
  <symbol id="icon-download" viewBox="0 0 24 24"><title>Download</title><path d="M12 3v12m0 0l-5-5m5 5l5-5M4 21h16"/></symbol>
  <symbol id="icon-external" viewBox="0 0 24 24"><title>Externe link</title><path d="M14 3h7v7M10 14L21 3"/></symbol>
</svg>
<div class="o-page">
  <a class="c-skiplink" href="#inhoud">Direct naar de inhoud</a>
  <div class="c-cookiebar" id="cookiebar" role="dialog" aria-live="polite" aria-label="Cookiemelding">
    <div class="c-cookiebar__text">
      <p>Wij gebruiken functionele en analytische cookies om deze website goed te laten werken en te verbeteren. Met uw toestemming plaatsen we ook cookies om video’s van YouTube te tonen. <a href="/cookies">Lees meer over cookies</a></p>
    </div>
    <div class="c-cookiebar__buttons">
      <button type="button" class="c-button c-button--primary js-cookie-accept">Accepteren</button>
      <button type="button" class="c-button c-button--secondary js-cookie-deny">Alleen noodzakelijke cookies</button>
    </div>
  </div>
  <div class="c-header">
    <div class="c-header__top o-container">
      <div class="c-header__logo"><a href="/"><img src="/themes/dijkmonde/img/logo-dijkmonde.svg" alt="Logo gemeente Dijkmonde, naar de homepage"></a></div>
      <div class="c-header__service">
        <a href="/contact">Contact</a>
        <a href="/mijn-dijkmonde">Mijn Dijkmonde</a>
        <a href="/english">English</a>
      </div>
      <div class="c-search" role="search">
        <form action="/zoeken" method="get">
          <label for="zoekterm" class="u-visually-hidden">Zoek op de website</label>
          <input type="search" id="zoekterm" name="q" placeholder="Waar bent u naar op zoek?">
          <button type="submit" class="c-search__button"><svg class="icon"><use href="#icon-search"></use></svg><span class="u-visually-hidden">Zoek</span></button>
        </form>
      </div>
    </div>
    <div class="c-menu" role="navigation" aria-label="Hoofdmenu">
      <ul class="c-menu__list o-container">
        <li class="c-menu__item"><a href="/direct-regelen">Direct regelen</a>
          <ul class="c-menu__sub">
            <li><a href="/paspoort-en-id-kaart">Paspoort en ID-kaart</a></li>
            <li><a href="/afval">Afval</a></li>
            <li><a href="/melding-openbare-ruimte">Melding openbare ruimte</a></li>
          </ul>
        </li>
        <li class="c-menu__item"><a href="/wonen-en-leven">Wonen en leven</a></li>
        <li class="c-menu__item"><a href="/ondernemen">Ondernemen</a></li>
        <li class="c-menu__item c-menu__item--active"><a href="/bestuur">Bestuur en organisatie</a></li>
        <li class="c-menu__item"><a href="/nieuws">Nieuws</a></li>
      </ul>
    </div>
  </div>
  <div class="c-breadcrumb o-container" role="navigation" aria-label="Kruimelpad">
    <span class="c-breadcrumb__item"><a href="/">Home</a></span>
    <span class="c-breadcrumb__sep" aria-hidden="true">›</span>
    <span class="c-breadcrumb__item"><a href="/bestuur">Bestuur en organisatie</a></span>
    <span class="c-breadcrumb__sep" aria-hidden="true">›</span>
    <span class="c-breadcrumb__item"><a href="/bestuur/beleid">Beleid en regelgeving</a></span>
    <span class="c-breadcrumb__sep" aria-hidden="true">›</span>
    <span class="c-breadcrumb__item c-breadcrumb__item--current">Integraal Veiligheidsbeleid 2025-2029</span>
  </div>
  <div class="l-content o-container" id="inhoud">
    <div class="l-content__main">
      <div class="c-pagetitle">
        <h1>Integraal Veiligheidsbeleid 2025-2029: Samen waakzaam</h1>
      </div>
      <div class="m-intro">
        <p>De gemeenteraad van Dijkmonde heeft op 30 januari 2025 het Integraal Veiligheidsbeleid 2025-2029 ‘Samen waakzaam’ vastgesteld. Hierin staat wat de gemeente de komende vijf jaar samen met inwoners, ondernemers en partners doet om Dijkmonde veilig te houden. Op deze pagina leest u de volledige tekst.</p>
      </div>
      <div class="m-factbox">
        <h2 class="m-factbox__title">Kerngegevens</h2>
{dl([("Soort document", "Beleidsnota"),
     ("Vastgesteld door", "Gemeenteraad"),
     ("Datum vaststelling", "30 januari 2025"),
     ("Raadsbesluit", "RB-2025-003"),
     ("Inwerkingtreding", "1 februari 2025"),
     ("Looptijd", "2025 tot en met 2029"),
     ("Vervangt", "Veiligheidsplan Dijkmonde 2020-2024"),
     ("Wettelijke basis", "artikel 38b Politiewet 2012"),
     ("Portefeuillehouder", "burgemeester S. van Rijnsoever")], "m-factbox__list")}
        <div class="m-factbox__download"><a href="/sites/default/files/2025-02/integraal-veiligheidsbeleid-2025-2029.pdf"><svg class="icon"><use href="#icon-download"></use></svg>Download het Integraal Veiligheidsbeleid 2025-2029 (PDF, 1,8 MB)</a></div>
      </div>

      <div class="m-textblock" id="voorwoord">
        <h2>Voorwoord</h2>
        {readmore("rm-voorwoord", "het voorwoord", "Veiligheid is geen vanzelfsprekendheid. Ook niet in Dijkmonde, waar de meeste inwoners zich veilig voelen en de criminaliteit lager is dan in de grote steden om ons heen.", VOORWOORD_BODY)}
      </div>

      <div class="m-textblock" id="waarom-vijf-jaar">
        <h2>Waarom een beleid voor vijf jaar?</h2>
        <p>Het vorige Veiligheidsplan liep van 2020 tot en met 2024. Het nieuwe beleid loopt bewust vijf jaar, tot en met 2029. Zo valt de eindevaluatie niet samen met de gemeenteraadsverkiezingen van maart 2026, en kan de raad die in 2026 wordt gekozen een goed onderbouwd volgend plan vaststellen. Om te voldoen aan artikel 38b van de Politiewet 2012, dat vraagt om ten minste eenmaal in de vier jaar de doelen vast te stellen, stelt de raad de doelen in 2027 opnieuw vast bij de tussenevaluatie.</p>
      </div>

      <div class="m-textblock" id="dijkmonde-in-het-kort">
        <h2>Dijkmonde in het kort</h2>
        <p>Dijkmonde heeft 46.210 inwoners (1 januari 2024). Zij wonen in vijf kernen: Dijkmonde (19.400 inwoners), Kasterveen (9.850), Schoorwijk (7.300), Westerpolder (5.120) en Hoekerdijk (4.540). Met ongeveer 640 hectare kassen is de glastuinbouw de grootste werkgever. In de sector werken naar schatting 6.800 arbeidsmigranten. Winkelcentrum Het Dijkhof in Dijkmonde is het grootste winkelgebied; bedrijventerrein Schoorwijk-Zuid is het grootste bedrijventerrein.</p>
        <p>Dijkmonde valt onder basisteam Delta-Kust van de politie-eenheid Den Haag en onder de Veiligheidsregio Haaglanden.</p>
      </div>

      <div class="m-textblock" id="hoe-staat-dijkmonde-ervoor">
        <h2>Hoe staat Dijkmonde ervoor?</h2>
        <div class="m-tabs" data-component="tabs">
          <ul class="m-tabs__list" role="tablist">
            <li role="presentation"><button type="button" role="tab" id="tab-cijfers" aria-controls="panel-cijfers" aria-selected="true">Cijfers</button></li>
            <li role="presentation"><button type="button" role="tab" id="tab-beleving" aria-controls="panel-beleving" aria-selected="false">Wat inwoners zeggen</button></li>
          </ul>
          <div class="m-tabs__panel" role="tabpanel" id="panel-cijfers" aria-labelledby="tab-cijfers">
            <p>Geregistreerde incidenten en meldingen per jaar (bron: politie eenheid Den Haag, gemeente Dijkmonde).</p>
{datagrid()}
            <p>De meeste cijfers dalen of blijven gelijk. Uitzonderingen zijn winkeldiefstal, agressie tegen winkelpersoneel, hennepteelt en illegale bewoning van bedrijfspanden: die stijgen al vier jaar.</p>
          </div>
          <div class="m-tabs__panel" role="tabpanel" id="panel-beleving" aria-labelledby="tab-beleving" hidden>
            <p>Uit de Veiligheidsmonitor 2023 blijkt dat 81 procent van de inwoners zich meestal veilig voelt in de eigen buurt. Gemiddeld geven inwoners hun buurt een 7,3 voor veiligheid. In Hoekerdijk voelt 24 procent zich weleens onveilig, in de hele gemeente 15 procent. De grootste ergernissen zijn te hard rijden, rommel op straat en overlast van jongeren. In de Ondernemerspeiling 2024 zei 28 procent van de winkeliers het afgelopen jaar slachtoffer te zijn geweest van winkeldiefstal.</p>
          </div>
        </div>
      </div>

      <div class="m-textblock" id="prioriteiten">
        <h2>Onze drie prioriteiten</h2>
        <p>Op basis van de cijfers, de gesprekken met inwoners en ondernemers en de adviezen van politie en Openbaar Ministerie kiest de gemeenteraad voor drie prioriteiten.</p>
        <div class="m-cardgrid">
          <div class="m-card">
            <h3 class="m-card__title">Ondermijning in de glastuinbouw</h3>
            <p class="m-card__text">Criminelen die kassen, loodsen en uitzendbureaus misbruiken.</p>
            <a class="m-card__link" href="#ondermijning">Lees meer</a>
          </div>
          <div class="m-card">
            <h3 class="m-card__title">Jongeren en veiligheid</h3>
            <p class="m-card__text">Overlast op straat en onveiligheid online.</p>
            <a class="m-card__link" href="#jongeren">Lees meer</a>
          </div>
          <div class="m-card">
            <h3 class="m-card__title">Veilig ondernemen</h3>
            <p class="m-card__text">Minder winkeldiefstal en agressie tegen personeel.</p>
            <a class="m-card__link" href="#ondernemen">Lees meer</a>
          </div>
        </div>
      </div>

      <div class="m-textblock m-textblock--priority" id="ondermijning">
        <h2>Prioriteit 1: Ondermijning in de glastuinbouw</h2>
        {readmore("rm-p1", "ondermijning in de glastuinbouw", "De glastuinbouw is de motor van de economie van Dijkmonde. Juist daarom willen we voorkomen dat criminelen er misbruik van maken.", P1_BODY)}
      </div>

      <div class="m-textblock m-textblock--priority" id="jongeren">
        <h2>Prioriteit 2: Jongeren en veiligheid</h2>
        {readmore("rm-p2", "jongeren en veiligheid", "De meeste jongeren in Dijkmonde doen het goed. Een kleine groep zorgt voor overlast, en steeds meer jongeren krijgen online te maken met pesten, bedreiging en chantage.", P2_BODY)}
      </div>

      <div class="m-textblock m-textblock--priority" id="ondernemen">
        <h2>Prioriteit 3: Veilig ondernemen</h2>
        {readmore("rm-p3", "veilig ondernemen", "Ondernemers moeten veilig hun werk kunnen doen. Winkeldiefstal en agressie tegen personeel zijn geen kleine ergernis, maar raken mensen en bedrijven hard.", P3_BODY)}
      </div>

      <div class="m-textblock" id="ook-aandacht-voor">
        <h2>Ook aandacht voor</h2>
        <p>Naast de drie prioriteiten blijft de gemeente werken aan de basisveiligheid. Per onderwerp staat hieronder de inzet.</p>
        <h3>Inzet</h3>
{dl([("Woninginbraak", "Ondersteuning van de 36 WhatsApp-buurtpreventiegroepen en in de donkere maanden de campagne ‘Maak het inbrekers niet te makkelijk’."),
     ("Jaarwisseling", "Vuurwerkvrije zones in de centra van Dijkmonde en Kasterveen en een Oud en Nieuw-overleg vanaf september."),
     ("Evenementen", "Een veiligheidsplan per groot evenement, zoals de Kasterveense Kermis en de Tuinbouwdagen in de Westerpolder."),
     ("Personen met verward gedrag", "Het Meldpunt Zorg en Overlast en samenwerking in het Zorg- en Veiligheidshuis Haaglanden."),
     ("Radicalisering en polarisatie", "Signalen worden besproken in het casusoverleg radicalisering van het Zorg- en Veiligheidshuis.")])}
      </div>

      <div class="m-textblock" id="wat-niet">
        <h2>Wat staat niet in dit beleid?</h2>
        <p>Huiselijk geweld en kindermishandeling zijn ernstige vormen van onveiligheid, maar ze staan niet in dit beleid. De aanpak loopt via het regionale programma ‘Geweld hoort nergens thuis’ van de gemeenten in Haaglanden, samen met Veilig Thuis Haaglanden. Verkeersveiligheid staat in het Mobiliteitsplan Dijkmonde 2030. Brandveiligheid en crisisbeheersing zijn taken van de Veiligheidsregio Haaglanden.</p>
      </div>

      <div class="m-textblock" id="samenwerken">
        <h2>Met wie werken we samen?</h2>
{dl([("Politie", "Basisteam Delta-Kust: wijkagenten, opsporing en handhaving."),
     ("Openbaar Ministerie", "Vervolging en, samen met de burgemeester en de politie, de lokale driehoek."),
     (RIEC + " Den Haag", "Informatie en analyses bij de aanpak van ondermijning."),
     ("Belastingdienst en Nederlandse Arbeidsinspectie", "Partners in het Kassenteam."),
     ("Glastuinbouw Nederland", "Partner voor het keurmerk ‘Glashelder Ondernemen’."),
     ("Ondernemers Dijkmonde Kernen (ODK)", "Vereniging van winkeliers en ondernemers; partner voor het Keurmerk Veilig Ondernemen."),
     ("Welzijn Dijkmonde", "Jongerenwerk en buurtwerk."),
     ("Zorg- en Veiligheidshuis Haaglanden", "Casusoverleg over veelplegers en complexe zorg- en veiligheidsproblemen.")])}
        <p>De lokale driehoek van burgemeester, politie en Openbaar Ministerie komt vijf keer per jaar bijeen. Het Kassenteam overlegt elke twee weken. De gemeenteraad wordt twee keer per jaar bijgepraat in de commissie Bestuur.</p>
      </div>

      <div class="m-textblock" id="geld">
        <h2>Wat kost het?</h2>
        <p>Voor de uitvoering van dit beleid is jaarlijks {E}341.000 beschikbaar. Dat bedrag is als volgt verdeeld:</p>
{ul([f"Ondermijning in de glastuinbouw: {E}152.000",
     f"Jongeren en veiligheid: {E}109.000",
     f"Veilig ondernemen: {E}56.000",
     f"Basisveiligheid: {E}24.000"], "m-list m-list--amounts")}
        <p>Daarnaast is in 2025 eenmalig {E}60.000 beschikbaar voor de jongerenplek in Kasterveen. De bijdrage aan het RIEC Den Haag en de bijdrage aan de Veiligheidsregio Haaglanden vallen buiten dit budget.</p>
      </div>

      <div class="m-textblock" id="monitoring">
        <h2>Hoe houden we de vinger aan de pols?</h2>
        <p>Elk jaar in maart verschijnt een veiligheidsjaarverslag met de cijfers en de voortgang van de maatregelen. De Veiligheidsmonitor wordt gehouden in 2025, 2027 en 2029. In 2027 volgt de tussenevaluatie, waarbij de raad de doelen opnieuw vaststelt. De eindevaluatie komt in het najaar van 2029.</p>
      </div>

      <div class="m-textblock" id="begrippen">
        <h2>Begrippen</h2>
{dl([("Collectieve winkelontzegging", "Afspraak tussen winkeliers: wie in één deelnemende winkel steelt of zich misdraagt, mag een jaar lang in geen van de deelnemende winkels komen."),
     ("Glastuinbouwregisseur", "Medewerker van de gemeente die signalen van ondermijning in de glastuinbouw verzamelt en het Kassenteam aanstuurt."),
     ("Groepsaanpak", "Plan van politie, jongerenwerk en gemeente voor één jeugdgroep, met afspraken over toezicht, hulp en handhaving."),
     ("Kassenteam", "Samenwerking van gemeente, politie, Belastingdienst en Nederlandse Arbeidsinspectie voor integrale controles in de glastuinbouw."),
     ("Shamen", "Iemand online te kijk zetten, bijvoorbeeld door zonder toestemming een naaktfoto of een vernederende video te verspreiden."),
     ("Veelpleger", "Iemand die in korte tijd veel strafbare feiten pleegt, zoals winkeldiefstal.")])}
      </div>

      <div class="m-textblock" id="afkortingen">
        <h2>Afkortingen</h2>
{dl([("APV", "Algemene Plaatselijke Verordening"),
     ("Bibob", "Wet bevordering integriteitsbeoordelingen door het openbaar bestuur"),
     ("Boa", "buitengewoon opsporingsambtenaar"),
     ("KVO", "Keurmerk Veilig Ondernemen"),
     ("ODK", "Ondernemers Dijkmonde Kernen"),
     ("RIEC", "Regionaal Informatie- en Expertisecentrum")], "m-deflist m-deflist--abbr")}
      </div>

      <div class="c-feedback" data-component="feedback">
        <p class="c-feedback__question">Was deze informatie nuttig?</p>
        <button type="button" class="c-button c-button--small">Ja</button>
        <button type="button" class="c-button c-button--small">Nee</button>
      </div>
      <div class="c-share">
        <span class="c-share__label">Deel deze pagina:</span>
        <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.dijkmonde.nl/bestuur/beleid/integraal-veiligheidsbeleid-2025-2029">Facebook</a>
        <a href="https://www.linkedin.com/sharing/share-offsite/?url=https://www.dijkmonde.nl/bestuur/beleid/integraal-veiligheidsbeleid-2025-2029">LinkedIn</a>
        <a href="mailto:?subject=Integraal%20Veiligheidsbeleid%202025-2029">E-mail</a>
      </div>
      <div class="c-lastmodified">Laatst gewijzigd: 4 maart 2025</div>
    </div>
    <div class="l-content__side">
      <div class="c-related">
        <h2 class="c-related__title">Meer over veiligheid</h2>
        <ul>
          <li><a href="/veiligheid/buurtpreventie">Buurtpreventie en WhatsApp-groepen</a></li>
          <li><a href="/veiligheid/meldpunt-ondermijning">Meldpunt Ondermijning</a></li>
          <li><a href="https://www.meldmisdaadanoniem.nl">Meld Misdaad Anoniem<svg class="icon"><use href="#icon-external"></use></svg></a></li>
          <li><a href="/veiligheid/jaarwisseling">Jaarwisseling en vuurwerk</a></li>
        </ul>
      </div>
    </div>
  </div>
  <div class="c-footer">
    <div class="c-footer__inner o-container">
      <div class="c-footer__col">
        <h2 class="c-footer__title">Contact</h2>
        <p>Gemeente Dijkmonde<br>Raadhuisstraat 2<br>Postbus 50<br>2690 AB Dijkmonde</p>
        <p>Telefoon: 14 0178<br>E-mail: gemeente@dijkmonde.nl</p>
      </div>
      <div class="c-footer__col">
        <h2 class="c-footer__title">Openingstijden</h2>
        <p>Maandag tot en met vrijdag van 8.30 tot 17.00 uur. Op donderdag ook van 18.00 tot 20.00 uur, alleen op afspraak.</p>
      </div>
      <div class="c-footer__col">
        <h2 class="c-footer__title">Volg ons</h2>
        <ul><li><a href="https://www.facebook.com/gemeentedijkmonde">Facebook</a></li><li><a href="https://www.instagram.com/gemeentedijkmonde">Instagram</a></li><li><a href="https://www.linkedin.com/company/gemeente-dijkmonde">LinkedIn</a></li></ul>
      </div>
    </div>
    <div class="c-footer__bottom o-container">
      <a href="/privacy">Privacyverklaring</a> <a href="/toegankelijkheid">Toegankelijkheid</a> <a href="/cookies">Cookies</a> <a href="/kwetsbaarheid-melden">Kwetsbaarheid melden</a>
    </div>
  </div>
</div>
<script src="/themes/dijkmonde/dist/js/main.4d1e9b.js" defer></script>
<noscript><img src="https://stats.dijkmonde.nl/matomo.php?idsite=3&amp;rec=1" alt=""></noscript>
</body>
</html>
"""


if __name__ == "__main__":
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(PAGE)
    import re
    inner = PAGE.split('<div class="l-content__main">', 1)[1].split('<div class="c-feedback"', 1)[0]
    text = re.sub(r"<[^>]+>", " ", inner)
    print(OUT, "words in the plan part:", len(text.split()))
