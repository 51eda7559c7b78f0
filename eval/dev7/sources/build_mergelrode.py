"""Build the fictional 'Integraal Veiligheidsbeleid 2023-2026 Veilig in het Heuvelland' of the
gemeente Mergelrode as a web page the way a municipal CMS publishes it (not Word).

    /work/main/.venv/bin/python eval/dev7/sources/build_mergelrode.py   (stdlib only)

Writes eval/dev7/corpus/mergelrode.html (UTF-8, LF), byte-identical on every run.

Page structure:
- <head> with <title>, meta tags, a stylesheet link, an inline <style> and two <script>s
  (analytics stub, accordion/cookie script) - the extractor drops script/style;
- a skip link, a cookie banner (<div id="cookiebanner" role="dialog"> with text and buttons),
  a site header with logo text, a search form and the main navigation menu (<nav>);
- breadcrumbs (<nav aria-label="Kruimelpad"><ol>...);
- <main> with <h1>, an intro, an "Update maart 2025" notice (the page was updated after the
  tussenevaluatie: the budget for the drugsrunners approach went up by EUR 25.000 from 2025),
  "In het kort" facts, chapters in <section> elements, chapters 2 and 6 inside collapsible
  <details><summary>, the priorities (chapter 4) inside <div class="accordion"> with
  <button> headings, an ordered list with nested <ul> (overlegstructuur), a <table> with
  <caption>, <thead>, <tbody> and <tfoot>, a <dl> begrippenlijst inside <details>,
  download links with file sizes, "Deel deze pagina"; a lettered <ol type="a"> (1.3),
  numbered <ol>s (maatregelen) and <ul>s;
- an <aside> sidebar with "Gerelateerde links" and a contact block;
- a <footer> with contact info, opening hours, service links and "Laatst gewijzigd: 14 maart 2025".

Inline elements (<a>, <strong>, <abbr>, <span class="visually-hidden">) sit inside paragraphs,
so BeautifulSoup's get_text("\\n") breaks those sentences over several lines.

Deliberate imperfections (keep them): the typo "drugsrunnners" (once, in 4.1), "Zorg- en
Veiligheidshuis"/"zorg- en veiligheidshuis" (5.2), one very long sentence in 4.2.
"""
import os
import re
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "corpus", "mergelrode.html")

HEAD = """<!DOCTYPE html>
<html lang="nl" class="no-js">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Integraal Veiligheidsbeleid 2023-2026 | Gemeente Mergelrode</title>
  <meta name="description" content="Het integraal veiligheidsbeleid van de gemeente Mergelrode voor de jaren 2023 tot en met 2026: prioriteiten, maatregelen, partners en financiën.">
  <meta name="generator" content="GemeenteCMS 8.4">
  <meta property="og:title" content="Integraal Veiligheidsbeleid 2023-2026">
  <meta property="og:site_name" content="Gemeente Mergelrode">
  <link rel="canonical" href="https://www.mergelrode.nl/bestuur-en-organisatie/beleid-en-regelgeving/veiligheid/integraal-veiligheidsbeleid-2023-2026">
  <link rel="stylesheet" href="/static/css/main.3f9a1c.css">
  <link rel="icon" href="/static/img/favicon.ico">
  <style>
    .visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
    .accordion-panel[hidden]{display:none}
    #cookiebanner{position:fixed;bottom:0;left:0;right:0;background:#1d3b2a;color:#fff;padding:1rem}
  </style>
  <script>
    window.dataLayer = window.dataLayer || [];
    function _paq(){dataLayer.push(arguments);}
    _paq('trackPageView'); _paq('setSiteId', '17');
  </script>
</head>
<body class="page page--content theme-groen">
<a class="skiplink" href="#main">Direct naar de inhoud</a>

<div id="cookiebanner" class="cookiebanner" role="dialog" aria-labelledby="cookiebanner-titel">
  <div class="cookiebanner__inner">
    <h2 id="cookiebanner-titel" class="cookiebanner__title">Cookies op mergelrode.nl</h2>
    <p>Wij gebruiken functionele en analytische cookies om onze website goed te laten werken en te verbeteren. Met uw toestemming plaatsen we ook cookies om video’s van YouTube te tonen. Lees meer in onze <a href="/cookieverklaring">cookieverklaring</a>.</p>
    <div class="cookiebanner__buttons">
      <button type="button" class="button button--primary" data-consent="all">Alle cookies accepteren</button>
      <button type="button" class="button button--secondary" data-consent="necessary">Alleen noodzakelijke cookies</button>
    </div>
  </div>
</div>

<header class="site-header">
  <div class="site-header__inner container">
    <a class="site-header__logo" href="/" title="Naar de homepage">
      <img src="/static/img/logo-mergelrode.svg" alt="Logo gemeente Mergelrode" width="180" height="56">
      <span class="visually-hidden">Gemeente Mergelrode</span>
    </a>
    <form class="site-search" action="/zoeken" method="get" role="search">
      <label for="zoekterm" class="visually-hidden">Zoeken</label>
      <input type="search" id="zoekterm" name="q" placeholder="Waar bent u naar op zoek?">
      <button type="submit">Zoeken</button>
    </form>
    <a class="site-header__login" href="/mijn-mergelrode">Mijn Mergelrode</a>
  </div>
  <nav class="main-nav" aria-label="Hoofdmenu">
    <ul class="main-nav__list container">
      <li><a href="/">Home</a></li>
      <li><a href="/wonen-en-leven">Wonen en leven</a></li>
      <li><a href="/werken-en-ondernemen">Werken en ondernemen</a></li>
      <li><a href="/zorg-en-welzijn">Zorg en welzijn</a></li>
      <li><a href="/bestuur-en-organisatie" aria-current="true">Bestuur en organisatie</a></li>
      <li><a href="/nieuws">Nieuws</a></li>
      <li><a href="/contact">Contact</a></li>
    </ul>
  </nav>
</header>

<nav class="breadcrumb container" aria-label="Kruimelpad">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/bestuur-en-organisatie">Bestuur en organisatie</a></li>
    <li><a href="/bestuur-en-organisatie/beleid-en-regelgeving">Beleid en regelgeving</a></li>
    <li><a href="/bestuur-en-organisatie/beleid-en-regelgeving/veiligheid">Veiligheid</a></li>
    <li aria-current="page">Integraal Veiligheidsbeleid 2023-2026</li>
  </ol>
</nav>

<div class="layout container">
"""

MAIN = """<main id="main" class="layout__main content" tabindex="-1">
  <article class="article">
    <h1>Integraal Veiligheidsbeleid 2023-2026: ‘Veilig in het Heuvelland’</h1>
    <p class="article__intro">Hoe zorgen we ervoor dat Mergelrode een veilige gemeente blijft, ook aan de grens? In het Integraal Veiligheidsbeleid 2023-2026 staat welke veiligheidsproblemen de gemeente, de politie en de andere partners de komende jaren met voorrang aanpakken. Op deze pagina leest u het volledige beleid.</p>

    <div class="notice notice--info" role="note">
      <p><strong>Update maart 2025.</strong> Op 11 maart 2025 heeft de gemeenteraad de tussenevaluatie van dit beleid besproken. De drie prioriteiten blijven ongewijzigd. Wel is het budget voor de aanpak van drugsrunners vanaf 2025 met € 25.000 per jaar verhoogd. De tussenevaluatie vindt u onder <a href="#downloads">Downloads</a>.</p>
    </div>

    <section id="in-het-kort" class="facts">
      <h2>In het kort</h2>
      <ul class="facts__list">
        <li><strong>Vastgesteld door:</strong> de gemeenteraad van Mergelrode, op 26 september 2023</li>
        <li><strong>Raadsvoorstel:</strong> nr. 2023/078, aangeboden door het college op 4 juli 2023</li>
        <li><strong>Looptijd:</strong> 2023 tot en met 2026</li>
        <li><strong>Vorig beleid:</strong> Integraal Veiligheidsbeleid 2018-2022 ‘Mergelrode Veilig’</li>
        <li><strong>Prioriteiten:</strong> drugsoverlast en drugsrunners, mobiel banditisme en woninginbraak, ondermijning en witwassen</li>
      </ul>
    </section>

    <section id="voorwoord">
      <h2>Voorwoord</h2>
      <p>Mergelrode is een mooie gemeente in het Heuvelland, met vijf kernen waar mensen elkaar kennen en naar elkaar omkijken. Dat is een groot goed, en het is ook een van de redenen waarom de meeste inwoners zich veilig voelen. Toch zijn er zorgen. Onze ligging aan de grens met België en Duitsland maakt ons kwetsbaar voor drugstoerisme en voor dadergroepen die na een inbraak binnen een kwartier de grens over zijn. In Grensveld en Holsdal spreken drugsrunners automobilisten aan, en inwoners ergeren zich terecht aan het komen en gaan van kopers.</p>
      <p>Veiligheid maken we samen. De politie en het Openbaar Ministerie, maar ook onze buren in België en Duitsland, de ondernemers en de inwoners spelen een belangrijke rol. In de zomer van 2023 hebben meer dan 700 inwoners de enquête over veiligheid ingevuld en hebben we in elke kern een bijeenkomst gehouden. Die inbreng ziet u terug in dit beleid. Ik wil iedereen die heeft meegedacht daarvoor hartelijk bedanken.</p>
      <p class="signature">Marleen Vrancken-Schoonbrood<br>burgemeester van Mergelrode</p>
    </section>

    <section id="inleiding">
      <h2>1. Inleiding</h2>
      <h3>1.1 Waarom dit beleid?</h3>
      <p>Op grond van artikel 38b van de Politiewet 2012 stelt de gemeenteraad ten minste eens in de vier jaar de doelen vast die de gemeente op het gebied van de openbare orde en veiligheid wil bereiken. Het vorige beleid, het <em>Integraal Veiligheidsbeleid 2018-2022 ‘Mergelrode Veilig’</em>, liep eind 2022 af. In de eerste maanden van 2023 zijn de prioriteiten uit dat beleid voortgezet, in afwachting van dit nieuwe beleid.</p>
      <p>Het nieuwe beleid is opgesteld volgens de methode <abbr title="Vereniging van Nederlandse Gemeenten">VNG</abbr> Kernbeleid Veiligheid. Het college heeft het ontwerp op 4 juli 2023 aan de raad aangeboden (raadsvoorstel nr. 2023/078). De gemeenteraad heeft het beleid op 26 september 2023 vastgesteld. Het beleid geldt tot en met 2026.</p>
      <h3>1.2 Hoe is dit beleid tot stand gekomen?</h3>
      <p>Voor dit beleid hebben we gebruikgemaakt van de cijfers van de politie, de Veiligheidsmonitor 2021, het ondermijningsbeeld van het <abbr title="Regionaal Informatie- en Expertisecentrum">RIEC</abbr> Limburg en de ervaringen van onze partners. Daarnaast hebben 712 inwoners de veiligheidsenquête ingevuld en zijn er in mei en juni 2023 vijf kernbijeenkomsten gehouden, één in elke kern.</p>
      <h3>1.3 Uitgangspunten</h3>
      <p>Bij de uitvoering van dit beleid gaan we uit van vier uitgangspunten:</p>
      <ol type="a" class="list-letters">
        <li><strong>Samen:</strong> veiligheid is een gezamenlijke verantwoordelijkheid van de gemeente, de partners en de inwoners.</li>
        <li><strong>Over de grens:</strong> veel problemen houden niet op bij de grens. Daarom werken we nauw samen met onze Belgische en Duitse partners.</li>
        <li><strong>Voorkomen waar het kan:</strong> voorkomen is beter dan genezen, maar waar het nodig is, treden we stevig op.</li>
        <li><strong>Informatiegestuurd:</strong> we kiezen onze inzet op basis van cijfers en signalen, en we delen informatie binnen de regels van de privacywetgeving.</li>
      </ol>
    </section>

    <details id="terugblik" class="chapter-details">
      <summary><h2>2. Terugblik op ‘Mergelrode Veilig’ 2018-2022</h2></summary>
      <p>Het vorige beleid had drie prioriteiten: woninginbraak, jeugdoverlast en drugsoverlast. De evaluatie van februari 2023 laat het volgende beeld zien:</p>
      <ul>
        <li>Het aantal woninginbraken daalde eerst, van 168 in 2018 naar 121 in 2020, maar steeg daarna weer naar 152 in 2022. De politie ziet dat een groot deel van de inbraken wordt gepleegd door rondtrekkende dadergroepen.</li>
        <li>De jeugdoverlast is sterk afgenomen, van 344 meldingen in 2019 naar 226 in 2022. De aanpak met jongerenwerk, Halt en vaste afspraken met de voetbalclubs werkt.</li>
        <li>De drugsoverlast is gegroeid, vooral na de heropening van de grenzen in 2021. Het aantal meldingen ruim verdubbelde tussen 2018 en 2022.</li>
        <li>De samenwerking met de Belgische en Duitse politie is verbeterd, maar de uitwisseling van informatie verloopt nog te traag.</li>
      </ul>
      <p>Jeugdoverlast is daarom in het nieuwe beleid geen prioriteit meer. De aanpak loopt door als onderdeel van de doorlopende thema’s (hoofdstuk 5).</p>
    </details>

    <section id="veiligheidsbeeld">
      <h2>3. Veiligheidsbeeld</h2>
      <h3>3.1 Mergelrode in het kort</h3>
      <p>Mergelrode telt 26.430 inwoners (1 januari 2023), verdeeld over vijf kernen: Mergelrode (10.980 inwoners), Bovenrade (5.640), Holsdal (4.120), Grensveld (3.470) en Ter Kluis (2.220). De gemeente grenst in het zuiden aan België en in het oosten aan Duitsland. Grensveld ligt direct aan de snelweg naar Aken. Het Heuvelland trekt jaarlijks veel toeristen: in 2022 telde de gemeente 410.000 overnachtingen. Het politiewerk wordt gedaan door basisteam Heuvelland-Grens van de eenheid Limburg.</p>
      <h3>3.2 Cijfers</h3>
      <p>In de tabel staan de belangrijkste cijfers over de jaren 2018 tot en met 2022.</p>
      <div class="table-wrapper" role="region" aria-label="Tabel veiligheidscijfers" tabindex="0">
        <table class="table table--striped">
          <caption>Tabel 1. Geregistreerde misdrijven en meldingen, gemeente Mergelrode, 2018-2022</caption>
          <thead>
            <tr><th scope="col">Soort</th><th scope="col">2018</th><th scope="col">2019</th><th scope="col">2020</th><th scope="col">2021</th><th scope="col">2022</th></tr>
          </thead>
          <tbody>
            <tr><th scope="row">Woninginbraak (incl. pogingen)</th><td>168</td><td>143</td><td>121</td><td>139</td><td>152</td></tr>
            <tr><th scope="row">Diefstal uit of vanaf auto</th><td>211</td><td>197</td><td>154</td><td>176</td><td>203</td></tr>
            <tr><th scope="row">Meldingen drugsoverlast</th><td>96</td><td>121</td><td>88</td><td>147</td><td>203</td></tr>
            <tr><th scope="row">Aanhoudingen drugsrunners</th><td>14</td><td>22</td><td>9</td><td>31</td><td>45</td></tr>
            <tr><th scope="row">Geweldsmisdrijven</th><td>142</td><td>151</td><td>138</td><td>149</td><td>157</td></tr>
            <tr><th scope="row">Meldingen jeugdoverlast</th><td>312</td><td>344</td><td>301</td><td>259</td><td>226</td></tr>
            <tr><th scope="row">Meldingen verward gedrag (E33)</th><td>118</td><td>127</td><td>139</td><td>151</td><td>164</td></tr>
            <tr><th scope="row">Bibob-onderzoeken</th><td>4</td><td>6</td><td>5</td><td>9</td><td>11</td></tr>
          </tbody>
          <tfoot>
            <tr><td colspan="6">Bron: politie eenheid Limburg (basisteam Heuvelland-Grens) en gemeente Mergelrode.</td></tr>
          </tfoot>
        </table>
      </div>
      <p>De daling in 2020 komt vooral door de coronamaatregelen en de gesloten grenzen. Sinds 2021 stijgen de drugsoverlast en het aantal aanhoudingen van drugsrunners snel. Ook het aantal woninginbraken en autokraken neemt weer toe. De politie schat dat ongeveer de helft van de woninginbraken in 2022 is gepleegd door daders die niet in Nederland wonen.</p>
      <h3>3.3 Hoe veilig voelen inwoners zich?</h3>
      <p>Uit de Veiligheidsmonitor 2021 blijkt dat 16 procent van de inwoners van Mergelrode zich weleens onveilig voelt in de eigen buurt. In Grensveld is dat 29 procent. Inwoners geven de veiligheid in hun buurt gemiddeld een 7,4. In de veiligheidsenquête van 2023 noemden inwoners drugshandel op straat, inbraak in woningen en auto’s en te hard rijden het vaakst als probleem. Ruim de helft van de deelnemers aan de enquête vond dat de politie te weinig zichtbaar is in de kernen, en een op de vijf wist niet waar hij of zij een verdachte situatie kan melden.</p>
    </section>

    <section id="prioriteiten">
      <h2>4. Prioriteiten 2023-2026</h2>
      <p>Op basis van het veiligheidsbeeld en de inbreng van inwoners en partners kiezen we voor drie prioriteiten. Klik op een prioriteit om de doelen en maatregelen te bekijken.</p>
      <div class="accordion" data-accordion>
{ACCORDION}
      </div>
    </section>

    <section id="doorlopende-themas">
      <h2>5. Doorlopende thema’s</h2>
      <p>Naast de drie prioriteiten blijven we werken aan een aantal thema’s die elk jaar aandacht vragen. Hiervoor gelden geen nieuwe doelen, maar we houden de ontwikkelingen in de gaten en grijpen in als dat nodig is.</p>
      <h3>5.1 Zorg en veiligheid</h3>
      <p>Het aantal meldingen over personen met verward gedrag steeg van 118 in 2018 naar 164 in 2022. We werken hierin samen met de ggz, het Zorg- en Veiligheidshuis Maastricht-Heuvelland en de politie. Bij huiselijk geweld en kindermishandeling werken we samen met <a href="https://www.veiligthuis.nl" rel="external">Veilig Thuis Zuid-Limburg<span class="visually-hidden"> (externe link)</span></a>. De burgemeester kan een tijdelijk huisverbod opleggen op grond van de Wet tijdelijk huisverbod.</p>
      <h3>5.2 Jeugd en veiligheid</h3>
      <p>De aanpak van jeugdoverlast met het jongerenwerk, Halt en de sportverenigingen loopt door. Bij jongeren die afglijden naar criminaliteit zetten we in op een persoonsgerichte aanpak in het zorg- en veiligheidshuis.</p>
      <h3>5.3 Carnaval, kermis en evenementen</h3>
      <p>Carnaval en de kermis in Mergelrode en Bovenrade trekken elk jaar duizenden bezoekers. Voor deze evenementen gelden vaste afspraken met de organisatoren, de horeca en de politie, die elk jaar worden geëvalueerd.</p>
    </section>

    <details id="afbakening" class="chapter-details">
      <summary><h2>6. Wat valt buiten dit beleid?</h2></summary>
      <p>Niet alle veiligheidsonderwerpen staan in dit beleid. Bewust buiten het beleid gelaten zijn:</p>
      <ul>
        <li><strong>Cybercriminaliteit en online fraude.</strong> Dit is bewust geen prioriteit in dit beleid. De aanpak van cybercrime ligt vooral bij de politie-eenheid Limburg en het Openbaar Ministerie. De gemeente beperkt zich tot voorlichting, onder meer via de bibliotheek.</li>
        <li><strong>Brandveiligheid, rampenbestrijding en crisisbeheersing.</strong> Deze taken zijn belegd bij de Veiligheidsregio Zuid-Limburg.</li>
        <li><strong>Verkeersveiligheid.</strong> Hiervoor geldt het Gemeentelijk Verkeers- en Vervoersplan 2021-2030.</li>
      </ul>
    </details>

    <section id="samenwerking">
      <h2>7. Samenwerking</h2>
      <h3>7.1 Rollen</h3>
      <p>De burgemeester is op grond van artikel 172 van de Gemeentewet verantwoordelijk voor de handhaving van de openbare orde en heeft het gezag over de politie als het gaat om de openbare orde. Het college voert de regie op het integrale veiligheidsbeleid. De gemeenteraad stelt het beleid vast en controleert de uitvoering. Binnen de gemeente is het team Veiligheid (2,8 fte) verantwoordelijk voor de coördinatie. De coördinator ondermijning maakt deel uit van dit team. De boa’s van de gemeente (5 fte) vallen onder het team Handhaving en worden ook bij de prioriteiten ingezet.</p>
      <h3>7.2 Partners en overleggen</h3>
      <p>We werken samen met veel partners. De samenwerking is georganiseerd in de volgende overleggen:</p>
      <ol class="list-overleggen">
        <li>Lokale driehoek
          <ul>
            <li>burgemeester, teamchef basisteam Heuvelland-Grens en officier van justitie van het parket Limburg</li>
            <li>zes keer per jaar</li>
          </ul>
        </li>
        <li>Grensoverleg Veiligheid
          <ul>
            <li>gemeente, politie, de Belgische lokale politie, het Polizeipräsidium Aachen en de Koninklijke Marechaussee</li>
            <li>vier keer per jaar; de informatie-uitwisseling loopt via het EPICC</li>
          </ul>
        </li>
        <li>Ondermijningsoverleg Mergelrode
          <ul>
            <li>gemeente, politie, RIEC Limburg, Belastingdienst</li>
            <li>maandelijks</li>
          </ul>
        </li>
        <li>Casusoverleggen in het Zorg- en Veiligheidshuis Maastricht-Heuvelland
          <ul>
            <li>gemeente, zorgpartners, politie, OM, reclassering en Veilig Thuis Zuid-Limburg</li>
            <li>wekelijks</li>
          </ul>
        </li>
      </ol>
      <p>Daarnaast werken we samen met de Veiligheidsregio Zuid-Limburg, Halt, woningcorporatie Wonen Mergelrode en de Ondernemerskring Mergelrode.</p>
      <h3>7.3 Wat kunt u zelf doen?</h3>
      <p>Ook inwoners en ondernemers kunnen bijdragen aan een veilig Mergelrode:</p>
      <ul>
        <li>meld verdachte situaties direct bij de politie via 112 of 0900-8844, of anoniem bij Meld Misdaad Anoniem;</li>
        <li>word lid van een WhatsApp-buurtpreventiegroep of meld u aan voor Burgernet;</li>
        <li>sluit ramen en deuren goed af en laat ’s avonds licht branden als u niet thuis bent;</li>
        <li>verhuurt u een pand of een vakantiewoning? Let dan op signalen zoals contante betaling, een huurder die u nooit ziet of dichtgeplakte ramen.</li>
      </ul>
    </section>

    <section id="financien">
      <h2>8. Financiën</h2>
      <p>Voor de uitvoering van dit beleid is jaarlijks € 187.500 beschikbaar in de begroting (programma Openbare orde en veiligheid). Dit bedrag is als volgt verdeeld:</p>
      <ul>
        <li>drugsoverlast en drugsrunners: € 70.000</li>
        <li>mobiel banditisme en woninginbraak: € 32.500</li>
        <li>ondermijning en witwassen: € 60.000, waarvan € 48.000 voor de coördinator ondermijning</li>
        <li>doorlopende thema’s: € 25.000</li>
      </ul>
      <p>Voor de camera’s bij de carpoolplaats en het station in Grensveld is in 2024 eenmalig € 80.000 beschikbaar. Voor het grensoverschrijdende project ‘Grenzeloos Veilig’ ontvangt de gemeente in de jaren 2024-2026 in totaal € 120.000 subsidie uit het programma Interreg Euregio Maas-Rijn. Verder betaalt de gemeente jaarlijks € 19.800 aan het RIEC Limburg en € 1.236.000 (2023) aan de Veiligheidsregio Zuid-Limburg.</p>
    </section>

    <section id="monitoring">
      <h2>9. Monitoring en evaluatie</h2>
      <p>We volgen de uitvoering van het beleid op de volgende manier:</p>
      <ul>
        <li>Het college stelt elk jaar een uitvoeringsplan vast, met de acties voor dat jaar.</li>
        <li>De raad ontvangt elk jaar in april een veiligheidsrapportage met de cijfers van het jaar daarvoor.</li>
        <li>Mergelrode doet mee aan de Veiligheidsmonitor van 2023 en 2025.</li>
        <li>Eind 2024 is een tussenevaluatie gehouden, die de raad op 11 maart 2025 heeft besproken. In 2026 volgt de eindevaluatie, als basis voor het volgende beleid.</li>
      </ul>
      <p>Voor elke prioriteit volgen we een klein aantal indicatoren: het aantal meldingen van drugsoverlast en het aantal aanhoudingen van drugsrunners, het aantal woninginbraken en het aantal deelnemers aan Burgernet, en het aantal Bibob-onderzoeken en integrale controles. Het veiligheidsgevoel meten we met de Veiligheidsmonitor.</p>
    </section>

    <details id="begrippen" class="chapter-details">
      <summary><h2>Begrippenlijst</h2></summary>
      <dl class="definitions">
        <dt>Bibob</dt>
        <dd>De Wet Bevordering integriteitsbeoordelingen door het openbaar bestuur. Met deze wet kan de gemeente een vergunning weigeren of intrekken als er een ernstig gevaar is dat die wordt gebruikt voor criminele activiteiten.</dd>
        <dt>Drugsrunner</dt>
        <dd>Iemand die op straat of langs de weg automobilisten en voorbijgangers aanspreekt om drugs te verkopen of hen naar een dealer te brengen.</dd>
        <dt>EPICC</dt>
        <dd>Euregionaal Politie Informatie- en Coöperatie Centrum in Heerlen, waar de politie uit Nederland, België en Duitsland samenwerkt en informatie uitwisselt.</dd>
        <dt>Mobiel banditisme</dt>
        <dd>Criminaliteit door rondtrekkende dadergroepen, vaak uit het buitenland, die in korte tijd op verschillende plaatsen inbreken of stelen en daarna snel vertrekken.</dd>
        <dt>Ondermijning</dt>
        <dd>Criminaliteit waarbij de onderwereld gebruikmaakt van de bovenwereld, bijvoorbeeld door geld wit te wassen via vastgoed of bedrijven.</dd>
        <dt>WABP</dt>
        <dd>WhatsApp-buurtpreventie: een groep buurtbewoners die elkaar via WhatsApp waarschuwt bij verdachte situaties en zo nodig 112 belt.</dd>
      </dl>
    </details>

    <section id="downloads" class="downloads">
      <h2>Downloads</h2>
      <ul class="downloads__list">
        <li><a href="/file/ivb-mergelrode-2023-2026.pdf">Integraal Veiligheidsbeleid 2023-2026 <span class="file-meta">(PDF, 1,2 MB)</span></a></li>
        <li><a href="/file/raadsbesluit-2023-078.pdf">Raadsbesluit 26 september 2023 <span class="file-meta">(PDF, 184 kB)</span></a></li>
        <li><a href="/file/tussenevaluatie-ivb-2025.pdf">Tussenevaluatie Integraal Veiligheidsbeleid <span class="file-meta">(PDF, 640 kB)</span></a></li>
      </ul>
    </section>

    <div class="share">
      <span class="share__label">Deel deze pagina:</span>
      <a href="#" class="share__link">Facebook</a>
      <a href="#" class="share__link">LinkedIn</a>
      <a href="#" class="share__link">E-mail</a>
    </div>
  </article>
</main>
"""

PRIORITIES = [
    ("prio-drugs", "4.1 Drugsoverlast en drugsrunners", """
          <h4>Wat zien we?</h4>
          <p>In Mergelrode zijn geen coffeeshops. Toch komen er veel drugstoeristen naar de gemeente, vooral uit België en Frankrijk. Op de carpoolplaats en bij het station in Grensveld en langs de doorgaande weg in Holsdal spreken drugsrunnners automobilisten met een buitenlands kenteken aan en brengen ze naar een dealer. De dealers werken steeds vaker vanuit woningen. Het aantal meldingen van drugsoverlast steeg van 96 in 2018 naar 203 in 2022. Inwoners voelen zich onveilig en ergeren zich aan het verkeer van kopers door hun straat.</p>
          <h4>Wat willen we bereiken?</h4>
          <ul>
            <li>In 2026 is het aantal meldingen van drugsoverlast gedaald tot onder het niveau van 2019 (121 meldingen).</li>
            <li>Het onveiligheidsgevoel in Grensveld daalt van 29 procent naar hooguit 20 procent.</li>
          </ul>
          <h4>Wat gaan we doen?</h4>
          <ol>
            <li>We nemen in de Algemene Plaatselijke Verordening (APV) een verbod op drugsrunnen op, zodat boa’s en politie kunnen optreden tegen mensen die automobilisten aanspreken.</li>
            <li>We plaatsen camera’s bij de carpoolplaats en het station in Grensveld. De burgemeester wijst het gebied aan op grond van artikel 151c van de Gemeentewet.</li>
            <li>De burgemeester sluit woningen en lokalen waar drugs worden verkocht op grond van artikel 13b van de Opiumwet.</li>
            <li>Samen met de Belgische en Duitse politie houden we gezamenlijke controles op grond van het Benelux-politieverdrag en het Verdrag van Enschede.</li>
            <li>Boa’s zijn op vrijdag- en zaterdagavond extra aanwezig in Grensveld en Holsdal.</li>
          </ol>
"""),
    ("prio-inbraak", "4.2 Mobiel banditisme en woninginbraak", """
          <h4>Wat zien we?</h4>
          <p>Na een daling in de jaren 2018-2020 stijgt het aantal woninginbraken weer, en dat geldt ook voor diefstal uit auto’s. De politie ziet dat een groot deel van de inbraken wordt gepleegd door rondtrekkende dadergroepen die via de snelweg de gemeente binnenkomen, in korte tijd op meerdere plaatsen toeslaan en dan de grens weer over gaan, waarbij ze vooral in de donkere maanden actief zijn, vaak woningen kiezen aan de rand van een kern met een goede vluchtroute, en de buit binnen een paar uur in het buitenland verkopen, zodat de pakkans klein is. Voor slachtoffers is een inbraak een ingrijpende gebeurtenis.</p>
          <h4>Wat willen we bereiken?</h4>
          <ul>
            <li>Het aantal woninginbraken daalt in 2026 tot onder de 120 per jaar.</li>
            <li>In elke kern is minstens één actieve WhatsApp-buurtpreventiegroep.</li>
          </ul>
          <h4>Wat gaan we doen?</h4>
          <ol>
            <li>We ondersteunen de WhatsApp-buurtpreventiegroepen met borden, voorlichting en een jaarlijkse bijeenkomst met de wijkagenten.</li>
            <li>We werven meer deelnemers voor Burgernet; het doel is 2.500 deelnemers in 2026 (2023: 1.640).</li>
            <li>In de donkere maanden voeren we de campagne ‘Donkere dagen, lichte huizen’ en geven we gratis advies over het Politiekeurmerk Veilig Wonen.</li>
            <li>De politie zet ANPR-camera’s in op de doorgaande wegen naar de grens en wisselt informatie uit via het EPICC.</li>
            <li>Slachtoffers van een inbraak krijgen binnen een week een bezoek van een medewerker van de gemeente of Slachtofferhulp Nederland.</li>
          </ol>
"""),
    ("prio-ondermijning", "4.3 Ondermijning en witwassen", """
          <h4>Wat zien we?</h4>
          <p>Het ondermijningsbeeld dat het RIEC Limburg in 2022 voor Mergelrode maakte, laat zien dat criminelen de grensligging gebruiken. Drugsgeld wordt witgewassen via vastgoed, horeca en bedrijven waar veel contant geld omgaat, zoals autobedrijven, kapsalons en nagelstudio’s. Ook zijn er signalen dat leegstaande vakantiewoningen worden gebruikt voor de opslag van drugs. Het aantal Bibob-onderzoeken steeg van 4 in 2018 naar 11 in 2022.</p>
          <h4>Wat willen we bereiken?</h4>
          <ul>
            <li>Criminelen krijgen geen kans om hun geld te investeren in panden en bedrijven in Mergelrode.</li>
            <li>Alle medewerkers van de gemeente die vergunningen verlenen of handhaven, herkennen signalen van ondermijning.</li>
          </ul>
          <h4>Wat gaan we doen?</h4>
          <ol>
            <li>We stellen een coördinator ondermijning aan (0,6 fte).</li>
            <li>We breiden het Bibob-beleid uit naar vastgoedtransacties en naar vergunningen voor vakantieverhuur.</li>
            <li>We voeren jaarlijks vier integrale controles uit met politie, Belastingdienst en de Douane.</li>
            <li>Medewerkers volgen de training ‘Ondermijning herkennen’ van het RIEC Limburg.</li>
            <li>We voeren de campagne ‘Wat zie jij?’ om inwoners te stimuleren verdachte situaties te melden bij Meld Misdaad Anoniem.</li>
          </ol>
"""),
]

ASIDE = """<aside class="layout__aside sidebar" aria-label="Aanvullende informatie">
  <section class="sidebar__block">
    <h2>Gerelateerde links</h2>
    <ul class="link-list">
      <li><a href="/wonen-en-leven/veiligheid/burgernet">Meedoen met Burgernet</a></li>
      <li><a href="/wonen-en-leven/veiligheid/whatsapp-buurtpreventie">WhatsApp-buurtpreventie starten</a></li>
      <li><a href="https://www.meldmisdaadanoniem.nl" rel="external">Meld Misdaad Anoniem<span class="visually-hidden"> (externe link)</span></a></li>
      <li><a href="/wonen-en-leven/melding-openbare-ruimte">Melding openbare ruimte doen</a></li>
      <li><a href="/werken-en-ondernemen/evenementenvergunning">Evenementenvergunning aanvragen</a></li>
      <li><a href="/bestuur-en-organisatie/beleid-en-regelgeving/apv">Algemene Plaatselijke Verordening (APV)</a></li>
    </ul>
  </section>
  <section class="sidebar__block sidebar__block--contact">
    <h2>Vragen over veiligheid?</h2>
    <p>Neem contact op met het team Veiligheid via telefoonnummer 14 0437 of <a href="mailto:veiligheid@mergelrode.nl">veiligheid@mergelrode.nl</a>.</p>
    <p>Bij spoed belt u altijd 112. Geen spoed, wel politie: 0900-8844.</p>
  </section>
</aside>
</div>
"""

FOOT = """
<footer class="site-footer">
  <div class="site-footer__inner container">
    <div class="site-footer__col">
      <h2>Contact</h2>
      <p>Gemeente Mergelrode<br>Raadhuisplein 1<br>6289 KM Mergelrode</p>
      <p>Postbus 100<br>6289 ZG Mergelrode</p>
      <p>Telefoon: 14 0437<br>E-mail: <a href="mailto:info@mergelrode.nl">info@mergelrode.nl</a></p>
    </div>
    <div class="site-footer__col">
      <h2>Openingstijden</h2>
      <p>Maandag tot en met vrijdag van 8.30 tot 12.30 uur. ’s Middags alleen op afspraak.</p>
    </div>
    <div class="site-footer__col">
      <h2>Volg ons</h2>
      <ul>
        <li><a href="#">Facebook</a></li>
        <li><a href="#">Instagram</a></li>
        <li><a href="#">LinkedIn</a></li>
      </ul>
    </div>
  </div>
  <div class="site-footer__bottom container">
    <p class="page-meta">Laatst gewijzigd: 14 maart 2025</p>
    <ul class="site-footer__links">
      <li><a href="/privacy">Privacyverklaring</a></li>
      <li><a href="/toegankelijkheid">Toegankelijkheid</a></li>
      <li><a href="/cookieverklaring">Cookies</a></li>
      <li><a href="/proclaimer">Proclaimer</a></li>
    </ul>
  </div>
</footer>
<script src="/static/js/main.8c21de.js" defer></script>
<script>
  document.querySelectorAll('[data-accordion] .accordion-button').forEach(function (b) {
    b.addEventListener('click', function () {
      var panel = document.getElementById(b.getAttribute('aria-controls'));
      var open = b.getAttribute('aria-expanded') === 'true';
      b.setAttribute('aria-expanded', String(!open));
      panel.hidden = open;
    });
  });
</script>
</body>
</html>
"""


def accordion():
    out = []
    for i, (pid, title, body) in enumerate(PRIORITIES):
        out.append('        <div class="accordion-item">\n'
                   '          <h3 class="accordion-header"><button type="button" class="accordion-button" '
                   'aria-expanded="%s" aria-controls="%s-panel">%s</button></h3>\n'
                   '          <div id="%s-panel" class="accordion-panel" role="region"%s>%s'
                   '          </div>\n        </div>'
                   % ("true" if i == 0 else "false", pid, escape(title, quote=False), pid,
                      "" if i == 0 else " hidden", body))
    return "\n".join(out)


def build():
    html = HEAD + MAIN.replace("{ACCORDION}", accordion()) + ASIDE + FOOT
    html = html.replace("€ ", "€&nbsp;")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(html)
    main = MAIN.replace("{ACCORDION}", accordion())
    text = re.sub(r"<[^>]+>", " ", main)
    return len(text.split())


if __name__ == "__main__":
    print("wrote", OUT, "main words~", build())
