"""Build the fictional plan of the gemeente Tolwerven as a municipal web page.

Writes eval/dev5/corpus/tolwerven.html:

    /work/main/.venv/bin/python eval/dev5/sources/build_tolwerven.py

The page imitates how many municipalities publish a plan on their own website (a
CMS page, not a PDF). What the file tests:
- Boilerplate around the plan: <head> with meta tags and a JSON-LD <script>; a
  "Direct naar de inhoud" skip link; a cookie banner (<div role="dialog">) with
  buttons; a <template> for the cookie settings; a <header> with logo, search form
  and a <nav> menu; breadcrumbs; an <aside> "Meer informatie" with links and a PDF
  download; a "Was deze informatie nuttig?" widget; a <footer> with address,
  opening hours, contact and social links; a <noscript> tracking pixel.
- The plan itself in <main><article>: <h1>-<h4>, an intro box with the metadata
  (vastgesteld door de gemeenteraad op 3 april 2025), "Laatst gewijzigd" date,
  nested <ol> inside <ul> and <ul> inside <ol>, a <dl> with begrippen, two tables with
  <thead>/<tbody> (kerncijfers; uitvoeringsagenda with Actie | Trekker | Partners |
  Planning | Budget) and one <details><summary> accordion per priority.
- The standard extraction (BeautifulSoup html.parser, drop script/style/noscript/
  template, get_text("\\n")) keeps the nav, cookie banner, aside and footer text and
  puts every inline element (<strong>, <a>, <abbr>) on a line of its own.

Deliberate imperfections (keep them; questions may quote them):
- Typos: "intimdatie" (prioriteit 1, "Wat zien we?") and "Havenkwatier" (prioriteit 3,
  aanpak).
- Inconsistent capitals: "Wijkveiligheidsteam"/"wijkveiligheidsteam",
  "Binnenstad"/"binnenstad", "Veiligheidshuis"/"veiligheidshuis".
- CMS habits: a non-breaking space between "€" and the amount in running text
  (&nbsp;), an empty paragraph (<p>&nbsp;</p>), a <br> in the middle of a paragraph, a
  heading level that skips from <h2> to <h4> (under "Geld"), curly quotes.
- One very long sentence in "Onze koers".
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "corpus", "tolwerven.html")

HEAD = """<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Veiligheidsplan 2025-2028 - Gemeente Tolwerven</title>
<meta name="description" content="Het Integraal Veiligheidsplan 2025-2028 van de gemeente Tolwerven: de vier prioriteiten, de aanpak en de partners.">
<meta name="dcterms.modified" content="2025-05-14">
<meta name="dcterms.creator" content="Gemeente Tolwerven">
<link rel="canonical" href="https://www.tolwerven.nl/bestuur/beleid/veiligheidsplan-2025-2028">
<link rel="stylesheet" href="/static/css/tolwerven.min.css?v=4.12.1">
<style>
  .cookiebar{position:fixed;bottom:0;left:0;right:0;background:#10324a;color:#fff;padding:1rem;z-index:99}
  .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
  details.prio{border:1px solid #c9d6df;margin:0 0 1rem;padding:.5rem 1rem}
  details.prio summary{font-weight:700;cursor:pointer}
  table{border-collapse:collapse}td,th{border:1px solid #c9d6df;padding:.25rem .5rem}
</style>
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"WebPage","name":"Veiligheidsplan 2025-2028","dateModified":"2025-05-14","publisher":{"@type":"GovernmentOrganization","name":"Gemeente Tolwerven"}}
</script>
<script>
  window.dataLayer = window.dataLayer || [];
  function consentGiven(level){document.cookie="tw_consent="+level+";path=/;max-age=31536000";document.getElementById('cookiebar').hidden=true;}
</script>
</head>
<body class="page-beleid">
<a class="visually-hidden" href="#main">Direct naar de inhoud</a>

<div id="cookiebar" class="cookiebar" role="dialog" aria-labelledby="cookiebar-title">
  <h2 id="cookiebar-title">Cookies op tolwerven.nl</h2>
  <p>Wij gebruiken functionele en analytische cookies om deze website goed te laten werken en te verbeteren. Met uw toestemming plaatsen wij ook cookies om video's van YouTube te tonen. Lees meer in onze <a href="/privacy/cookies">cookieverklaring</a>.</p>
  <button type="button" onclick="consentGiven('all')">Alle cookies accepteren</button>
  <button type="button" onclick="consentGiven('basic')">Alleen noodzakelijke cookies</button>
  <a href="/privacy/cookies#instellingen">Instellingen aanpassen</a>
</div>
<template id="cookie-settings">
  <form class="cookie-settings"><label><input type="checkbox" name="analytics"> Analytische cookies</label><label><input type="checkbox" name="media"> Cookies van externe media</label><button type="submit">Opslaan</button></form>
</template>

<header class="site-header">
  <a class="logo" href="/"><img src="/static/img/logo-tolwerven.svg" alt="Gemeente Tolwerven - naar de homepage" width="180" height="48"></a>
  <form class="search" action="/zoeken" method="get" role="search">
    <label for="q" class="visually-hidden">Zoeken op tolwerven.nl</label>
    <input id="q" name="q" type="search" placeholder="Waar bent u naar op zoek?">
    <button type="submit">Zoeken</button>
  </form>
  <nav class="main-nav" aria-label="Hoofdmenu">
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/producten">Producten en diensten</a></li>
      <li><a href="/wonen-en-leven">Wonen en leven</a></li>
      <li><a href="/ondernemen">Ondernemen</a></li>
      <li><a href="/bestuur" aria-current="true">Bestuur en organisatie</a></li>
      <li><a href="/contact">Contact</a></li>
      <li><a href="/mijn-tolwerven">Mijn Tolwerven</a></li>
    </ul>
  </nav>
</header>

<nav class="breadcrumbs" aria-label="Kruimelpad">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/bestuur">Bestuur en organisatie</a></li>
    <li><a href="/bestuur/beleid">Beleid en regelgeving</a></li>
    <li><a href="/bestuur/beleid/veiligheid">Veiligheid</a></li>
    <li aria-current="page">Veiligheidsplan 2025-2028</li>
  </ol>
</nav>
"""

ARTICLE = """
<div class="layout">
<main id="main">
<article class="content">
<h1>Veiligheidsplan 2025-2028: Veilig in de wijk, sterk in de stad</h1>

<div class="intro-box">
  <p><strong>Integraal Veiligheidsplan Tolwerven 2025-2028</strong><br>
  Vastgesteld door de gemeenteraad van Tolwerven op 3 april 2025. Het plan geldt van 1 mei 2025 tot en met 31 december 2028 en vervangt het Integraal Veiligheidsplan 2020-2024.</p>
  <p>Op deze pagina leest u de volledige tekst van het plan. U kunt het plan ook downloaden als PDF (zie ‘Meer informatie’).</p>
</div>

<h2 id="voorwoord">Voorwoord van de burgemeester</h2>
<p>Tolwerven is een stad van werkers. Van de mensen die in de haven en op de Kanaalzone hun brood verdienen, van de winkeliers in de Binnenstad en van de vrijwilligers die in Molenbroek en Spijkerhof de buurthuizen openhouden. Ik ben trots op die stad. Tegelijk maak ik mij zorgen. In 2024 waren er veertien explosies bij woningen en bedrijfspanden in onze gemeente. Elke keer werden gezinnen midden in de nacht uit hun slaap gehaald, en elke keer vroegen buren mij: wie is de volgende?</p>
<p>Dit plan gaat over de vragen die inwoners ons het vaakst stellen. Hoe voorkomen we dat jongeren met een mes op zak de straat op gaan? Hoe krijgen we de dealers weg uit het Havenkwartier? En wat doen we in de wijken waar mensen zich al jaren minder veilig voelen dan elders in de stad? Ik beloof niet dat alles in vier jaar is opgelost. Wel beloof ik dat we doen wat we hier opschrijven, en dat we eerlijk zijn over wat wel en niet lukt.</p>
<p><em>Mr. R.H. (Ruud) Aalbersberg-Kooij, burgemeester van Tolwerven</em></p>

<h2 id="inleiding">1. Waarom dit plan?</h2>
<p>Elke gemeenteraad stelt minstens eens in de vier jaar vast welke doelen de gemeente op het gebied van veiligheid nastreeft. Dat staat in artikel 38b van de Politiewet 2012. Dit veiligheidsplan is dat besluit voor Tolwerven. Het beschrijft de vier onderwerpen die de komende jaren voorrang krijgen, wat we daarbij willen bereiken en wie wat doet. De doelen zijn ook de inbreng van Tolwerven voor het beleidsplan van de politie-eenheid Zeeland-West-Brabant.</p>
<p>Het plan is gemaakt met de methode Kernbeleid Veiligheid van de VNG. We hebben de cijfers van de politie, het Veiligheidshuis Kanaalstreek en de gemeente geanalyseerd, ruim 1.900 inwoners hebben de online peiling ‘Hoe veilig is jouw straat?’ ingevuld en in elke wijk was een buurtgesprek. Op 13 februari 2025 heeft de raad in een beeldvormende sessie met de partners gesproken.</p>

<h3>Wat staat niet in dit plan?</h3>
<p>Ondermijning in de haven en op de Kanaalzone is geen prioriteit in dit veiligheidsplan. Voor de aanpak van ondermijnende criminaliteit heeft de raad in juni 2023 de ‘Ondermijningsagenda Tolwerven 2024-2027’ vastgesteld, die samen met het RIEC Zeeland-West-Brabant, de politie en de Douane wordt uitgevoerd. Waar explosies of drugshandel te maken hebben met criminele netwerken, verwijzen we naar die agenda. Ook verkeersveiligheid staat niet in dit plan; daarvoor is er het Mobiliteitsplan Tolwerven 2040.</p>

<h2 id="beeld">2. Tolwerven in beeld</h2>
<p>Tolwerven telde op 1 januari 2025 63.850 inwoners. De stad bestaat uit de Binnenstad, het Havenkwartier, de naoorlogse wijken Molenbroek en Spijkerhof, de nieuwbouwwijk Tolwerven-Noord en het dorp Oosterwede (3.200 inwoners). Op de Kanaalzone werken ruim 9.000 mensen. In Molenbroek en Spijkerhof is bijna 70 procent van de woningen een huurwoning van Woonbedrijf Tolwerven of Stichting Spijkerhof Wonen.</p>
<h3>Terugblik op het vorige plan</h3>
<p>Het Integraal Veiligheidsplan 2020-2024 richtte zich op woninginbraak, jeugdoverlast en veilig ondernemen. Het aantal woninginbraken is in die periode gehalveerd, van 286 in 2019 naar 139 in 2024. De aanpak van jeugdoverlast met vaste jongerenwerkers per wijk werkte goed in Tolwerven-Noord, maar minder in Spijkerhof, waar de overlast van jongeren veranderde in zwaardere criminaliteit. Het Keurmerk Veilig Ondernemen voor de Binnenstad is in 2023 voor de derde keer verlengd.</p>
<h3>De belangrijkste cijfers</h3>
<table class="cijfers">
  <caption>Kerncijfers veiligheid Tolwerven 2021-2024 (bron: politie basisteam Tolwerven-Kanaalzone, Veiligheidsmonitor, gemeente)</caption>
  <thead>
    <tr><th scope="col">Indicator</th><th scope="col">2021</th><th scope="col">2022</th><th scope="col">2023</th><th scope="col">2024</th></tr>
  </thead>
  <tbody>
    <tr><th scope="row">Explosies bij woningen en bedrijfspanden</th><td>2</td><td>5</td><td>9</td><td>14</td></tr>
    <tr><th scope="row">Incidenten met een mes of ander steekwapen</th><td>31</td><td>38</td><td>44</td><td>52</td></tr>
    <tr><th scope="row">waarvan verdachte jonger dan 23 jaar</th><td>12</td><td>17</td><td>21</td><td>27</td></tr>
    <tr><th scope="row">Meldingen drugsoverlast</th><td>412</td><td>455</td><td>498</td><td>531</td></tr>
    <tr><th scope="row">Straatroven</th><td>24</td><td>19</td><td>27</td><td>22</td></tr>
    <tr><th scope="row">Meldingen woonoverlast Molenbroek en Spijkerhof</th><td>143</td><td>151</td><td>176</td><td>189</td></tr>
    <tr><th scope="row">Voelt zich wel eens onveilig in de eigen buurt (%)</th><td>24</td><td>-</td><td>29</td><td>-</td></tr>
  </tbody>
</table>
<p>De Veiligheidsmonitor wordt om het jaar gehouden; voor 2022 en 2024 zijn er daarom geen cijfers. In Spijkerhof voelt 41 procent van de inwoners zich wel eens onveilig in de eigen buurt, in Tolwerven-Noord 14 procent.</p>
<p>&nbsp;</p>

<h2 id="koers">3. Onze koers</h2>
<p>We willen dat inwoners van Tolwerven zich in hun eigen straat veilig voelen, dat jongeren kansen krijgen voordat criminelen ze een kans bieden, en dat wie de veiligheid in gevaar brengt, snel en merkbaar wordt aangepakt.</p>
<p>Omdat we in de afgelopen jaren hebben gezien dat een explosie in een portiekflat in Spijkerhof, een jongen met een mes op het schoolplein en een dealer in een portiek van het Havenkwartier vaak met elkaar te maken hebben, omdat dezelfde families, straten en netwerken in de dossiers van de politie, het Veiligheidshuis en de woningcorporaties terugkomen, en omdat inwoners van die straten ons terecht vragen om niet per incident maar voor langere tijd aanwezig te zijn, kiezen we in dit plan voor een combinatie van een harde aanpak van daders en een lange adem in de wijken.</p>
<p>Daarbij houden we ons aan vijf uitgangspunten:</p>
<ul>
  <li>We werken <strong>gebiedsgericht</strong>: waar de problemen zich opstapelen, zetten we meer in.</li>
  <li>We combineren <strong>preventie en repressie</strong>:
    <ol>
      <li>eerst voorkomen, met jongerenwerk, scholen en ouders;</li>
      <li>dan ingrijpen, met bestuurlijke maatregelen van de burgemeester;</li>
      <li>en waar nodig straffen, samen met politie en Openbaar Ministerie.</li>
    </ol>
  </li>
  <li>We laten <strong>inwoners meedoen</strong>, met buurtgesprekken, buurtpreventie en een vast aanspreekpunt per wijk.</li>
  <li>We delen informatie <strong>zorgvuldig</strong>, binnen de convenanten van het Veiligheidshuis en het RIEC.</li>
  <li>We zijn <strong>open</strong> over resultaten: de raad krijgt elk jaar een veiligheidsrapportage.</li>
</ul>

<h2 id="prioriteiten">4. Vier prioriteiten</h2>
<p>De raad heeft voor 2025-2028 gekozen voor de volgende prioriteiten. Klik op een prioriteit om de uitwerking te lezen.</p>
<ol class="prio-lijst">
  <li><a href="#prio-1">Explosies en intimidatie</a></li>
  <li><a href="#prio-2">Jongeren en wapens</a></li>
  <li><a href="#prio-3">Drugsoverlast en straathandel</a></li>
  <li><a href="#prio-4">Veilige wijken: Molenbroek en Spijkerhof</a></li>
</ol>

<details class="prio" id="prio-1" open>
<summary>Prioriteit 1: Explosies en intimidatie</summary>
<h3>Wat zien we?</h3>
<p>Het aantal explosies bij woningen en bedrijfspanden steeg van 2 in 2021 naar 14 in 2024. Meestal gaat het om een zware vuurwerkbom of een ander explosief dat tegen de voordeur wordt gelegd, vaak in opdracht van anderen en voor een paar honderd euro. De daders zijn jong; de helft van de aangehouden verdachten was jonger dan 21 jaar. Achter veel explosies zit een conflict in het criminele milieu, zoals een drugsschuld. Het doel is intimdatie: iemand bang maken of onder druk zetten. De schade is groot, ook voor de buren, die geen enkele rol spelen in het conflict maar wel met kapotte ruiten en angst blijven zitten.</p>
<h3>Wat willen we bereiken?</h3>
<ul>
  <li>In 2028 is het aantal explosies gedaald tot hooguit 5 per jaar.</li>
  <li>Na elke explosie bezoekt het nazorgteam binnen 24 uur alle direct omwonenden.</li>
  <li>Na elke explosie neemt de burgemeester binnen twee weken een besluit over sluiting van het pand.</li>
</ul>
<h3>Wat gaan we doen?</h3>
<ol>
  <li>De burgemeester stelt in 2025 een beleidsregel op voor het sluiten van woningen en panden na een explosie. In die beleidsregel staat:
    <ul>
      <li>wanneer een pand wordt gesloten en voor hoe lang (drie tot zes maanden);</li>
      <li>hoe we rekening houden met kinderen en andere bewoners die niets met het conflict te maken hebben;</li>
      <li>welke afspraken er met de woningcorporaties zijn over een andere woning.</li>
    </ul>
  </li>
  <li>We richten een nazorgteam in met medewerkers van de gemeente, de wijkagent, de woningcorporatie en Slachtofferhulp Nederland. Het team gaat bij de buren langs, regelt noodreparaties en houdt een bewonersavond.</li>
  <li>We schaffen twee mobiele camera-units aan, die de burgemeester na een explosie tijdelijk kan plaatsen.</li>
  <li>Met de scholen en het jongerenwerk waarschuwen we jongeren voor ‘klusjes’ die via Snapchat of Telegram worden aangeboden. Een explosief plaatsen is geen kattenkwaad, maar een misdrijf waar jaren cel op staat.</li>
</ol>
<h4>Met wie?</h4>
<p>Politie, Openbaar Ministerie, Woonbedrijf Tolwerven, Stichting Spijkerhof Wonen, Slachtofferhulp Nederland, JONG Tolwerven en de Veiligheidsregio Kanaalstreek.</p>
</details>

<details class="prio" id="prio-2">
<summary>Prioriteit 2: Jongeren en wapens</summary>
<h3>Wat zien we?</h3>
<p>Het aantal incidenten waarbij een mes of ander steekwapen werd gebruikt of getoond, steeg van 31 in 2021 naar 52 in 2024. Bij meer dan de helft (27) was de verdachte jonger dan 23 jaar. In de peiling onder leerlingen van het Tolwerf College en het ROC Kanaalstreek zei 1 op de 8 jongens wel eens een mes mee te nemen ‘voor de zekerheid’. Jongerenwerkers zien dat drillrap, filmpjes op sociale media en het gevoel dat ‘iedereen er een heeft’ een rol spelen.</p>
<h3>Wat willen we bereiken?</h3>
<ul>
  <li>Het aantal incidenten met een steekwapen daalt tot onder de 35 per jaar in 2028.</li>
  <li>Alle leerlingen in de eerste en derde klas van het voortgezet onderwijs en in het eerste jaar van het mbo volgen de les ‘Zonder mes sterker’.</li>
  <li>Minstens 300 messen en andere wapens worden in de planperiode ingeleverd.</li>
</ul>
<h3>Wat gaan we doen?</h3>
<ul>
  <li>Preventie op school en op straat:
    <ol>
      <li>de campagne ‘Zonder mes sterker’, gemaakt samen met jongeren uit Spijkerhof en Molenbroek;</li>
      <li>gastlessen door ervaringsdeskundigen en de wijkagent;</li>
      <li>twee inleveracties per jaar, waarbij jongeren anoniem hun mes kunnen inleveren in de inleverbox bij het politiebureau;</li>
    </ol>
  </li>
  <li>Ouders betrekken: JONG Tolwerven organiseert ouderavonden, waar ouders leren herkennen wanneer hun kind een wapen bij zich draagt.</li>
  <li>Ingrijpen als het nodig is:
    <ol>
      <li>de burgemeester kan bij concrete dreiging een gebied tijdelijk aanwijzen als veiligheidsrisicogebied, zodat de politie preventief kan fouilleren;</li>
      <li>jongeren die met een wapen worden aangehouden, worden altijd besproken in het Veiligheidshuis, zodat straf en begeleiding op elkaar aansluiten.</li>
    </ol>
  </li>
</ul>
<p>Voor deze prioriteit gebruiken we ook de rijksmiddelen uit het programma Preventie met Gezag.</p>
<h4>Met wie?</h4>
<p>JONG Tolwerven, het Tolwerf College, het ROC Kanaalstreek, Halt, de politie, het Openbaar Ministerie en het Veiligheidshuis Kanaalstreek.</p>
</details>

<details class="prio" id="prio-3">
<summary>Prioriteit 3: Drugsoverlast en straathandel</summary>
<h3>Wat zien we?</h3>
<p>De meldingen over drugsoverlast namen toe van 412 in 2021 naar 531 in 2024. Ruim 60 procent daarvan komt uit de Binnenstad en het Havenkwartier, vooral rond de Stationsstraat, de Lange Tolsteeg en het Havenplein. Het gaat om dealen op straat en in portieken, om auto's waaruit wordt verkocht, om drugsgebruik in trappenhuizen en om lachgas. Ondernemers in de binnenstad klagen dat klanten wegblijven. Een deel van de handel is verschoven naar 06-handel: drugs die via een telefoonnummer of app worden besteld en worden bezorgd.</p>
<h3>Wat willen we bereiken?</h3>
<ul>
  <li>Het aantal meldingen van drugsoverlast is in 2028 met een kwart gedaald ten opzichte van 2024, tot hooguit 400.</li>
  <li>Bewoners en ondernemers in het Havenkwartier geven hun straat in 2027 een hoger cijfer voor veiligheid dan in 2023 (toen een 5,9).</li>
</ul>
<h3>Wat gaan we doen?</h3>
<ol>
  <li>We zetten een Binnenstadteam in van vier boa's en twee jongerenwerkers, dat van woensdag tot en met zaterdag tot middernacht in het Havenkwatier en de Binnenstad aanwezig is.</li>
  <li>De burgemeester legt vaker een gebiedsverbod op aan dealers die herhaaldelijk overlast veroorzaken. We passen daarvoor in 2025 de APV aan.</li>
  <li>We breiden het cameratoezicht uit naar de Stationsstraat en het Havenplein.</li>
  <li>Panden waar drugs worden verkocht, sluit de burgemeester op grond van artikel 13b van de Opiumwet.</li>
  <li>Verslaafde inwoners die overlast geven, krijgen hulp via de verslavingszorg en de maatschappelijke opvang:
    <ul>
      <li>een vaste casusregisseur per persoon;</li>
      <li>een plek in de dag- en nachtopvang aan de Kanaalweg;</li>
      <li>afspraken met de woningcorporaties over begeleid wonen.</li>
    </ul>
  </li>
</ol>
<h4>Met wie?</h4>
<p>Politie, Openbaar Ministerie, Verslavingszorg Kanaalstreek, Stichting Maatschappelijke Opvang Kanaalstreek, de Binnenstadsvereniging Tolwerven, de woningcorporaties en JONG Tolwerven.</p>
</details>

<details class="prio" id="prio-4">
<summary>Prioriteit 4: Veilige wijken: Molenbroek en Spijkerhof</summary>
<h3>Wat zien we?</h3>
<p>In Molenbroek en Spijkerhof stapelen de problemen zich op. Het aantal meldingen van woonoverlast steeg van 143 in 2021 naar 189 in 2024. Bewoners hebben vaker schulden, een laag inkomen of psychische problemen, en kwetsbare bewoners worden soms slachtoffer van cuckooing. Tegelijk hebben beide wijken veel actieve bewoners, een sterke moskee- en kerkgemeenschap en twee goed bezochte buurthuizen. Een vaste wijkagent en jongerenwerker waren in Spijkerhof de laatste jaren niet altijd aanwezig.</p>
<h3>Wat willen we bereiken?</h3>
<ul>
  <li>Het aandeel inwoners van Spijkerhof dat zich wel eens onveilig voelt, daalt van 41 procent naar 30 procent in 2027.</li>
  <li>Elke melding van ernstige woonoverlast wordt binnen tien werkdagen opgepakt door het Wijkveiligheidsteam.</li>
  <li>In beide wijken zijn er in 2026 minstens vijf actieve buurtpreventieteams.</li>
</ul>
<h3>Wat gaan we doen?</h3>
<ol>
  <li>In 2025 start een wijkveiligheidsteam voor Molenbroek en Spijkerhof, met een wijkregisseur van de gemeente, de wijkagent, een huismeester van elke corporatie, de buurtboa en een medewerker van de GGD Kanaalstreek.</li>
  <li>Het team werkt met een vast spreekuur in de buurthuizen De Spil en Molenwiek.</li>
  <li>Huismeesters, wijkverpleegkundigen en thuiszorgmedewerkers krijgen een training om cuckooing te herkennen.</li>
  <li>Buurtbemiddeling wordt uitgebreid met twintig vrijwilligers, zodat burenruzies eerder worden opgelost.</li>
  <li>Samen met bewoners verbeteren we de verlichting en de inrichting van onveilige plekken, zoals de onderdoorgang bij de Spijkerhofbrug.</li>
</ol>
<h4>Met wie?</h4>
<p>Woonbedrijf Tolwerven, Stichting Spijkerhof Wonen, de politie, GGD Kanaalstreek, Stichting Buurtwerk Tolwerven, de bewonersplatforms van Molenbroek en Spijkerhof en het Veiligheidshuis Kanaalstreek.</p>
</details>

<h2 id="overig">5. Ook belangrijk</h2>
<p>Naast de vier prioriteiten blijven we werken aan de onderwerpen die goed op orde zijn. Daarvoor maken we geen nieuwe doelen, maar ze krijgen wel aandacht in de jaarlijkse rapportage:</p>
<ul>
  <li>woninginbraak en babbeltrucs, met buurtpreventie en WhatsApp-groepen;</li>
  <li>veilig ondernemen, met het Keurmerk Veilig Ondernemen voor de binnenstad en de Kanaalzone;</li>
  <li>de jaarwisseling en evenementen zoals het Havenfestival;</li>
  <li>huiselijk geweld en kindermishandeling, via Veilig Thuis Kanaalstreek;</li>
  <li>polarisatie en radicalisering, via het netwerk van sleutelfiguren;</li>
  <li>crisisbeheersing en brandveiligheid, met de Veiligheidsregio Kanaalstreek.</li>
</ul>

<h2 id="samenwerking">6. Wie doet wat?</h2>
<p>De burgemeester is verantwoordelijk voor de openbare orde en heeft het gezag over de politie als het gaat om de openbare orde. Het college voert de regie op de uitvoering van dit plan. De gemeenteraad stelt de doelen vast en controleert of ze worden gehaald.</p>
<p>De belangrijkste overleggen zijn:</p>
<ul>
  <li>de <strong>lokale driehoek</strong> van burgemeester, officier van justitie en teamchef, die elke maand bijeenkomt;</li>
  <li>het <strong>Veiligheidsberaad Tolwerven</strong>, twee keer per jaar, met alle partners uit dit plan;</li>
  <li>het <strong>casusoverleg</strong> in het veiligheidshuis, elke week, voor personen en gezinnen met problemen op meerdere terreinen;</li>
  <li>het <strong>wijkveiligheidsoverleg</strong>, elke twee weken, voor Molenbroek en Spijkerhof.</li>
</ul>
<p>Binnen de gemeente coördineert het team Openbare Orde en Veiligheid (OOV) de uitvoering. Het team Wijken is trekker van prioriteit 4.</p>

<h2 id="uitvoering">7. Uitvoeringsagenda</h2>
<p>In de tabel staan de belangrijkste acties. Het college werkt de agenda elk jaar bij.</p>
<table class="uitvoering">
  <caption>Uitvoeringsagenda Veiligheidsplan 2025-2028</caption>
  <thead>
    <tr><th scope="col">Actie</th><th scope="col">Trekker</th><th scope="col">Partners</th><th scope="col">Planning</th><th scope="col">Budget</th></tr>
  </thead>
  <tbody>
    <tr><td>Beleidsregel sluiting na explosies</td><td>Burgemeester</td><td>Politie, OM</td><td>Q2 2025</td><td>Regulier</td></tr>
    <tr><td>Nazorgteam na explosies</td><td>Team OOV</td><td>Corporaties, Slachtofferhulp Nederland, politie</td><td>Vanaf mei 2025</td><td>€ 35.000 per jaar</td></tr>
    <tr><td>Twee mobiele camera-units</td><td>Team OOV</td><td>Politie</td><td>Q3 2025</td><td>€ 60.000 per jaar</td></tr>
    <tr><td>Campagne en lessen ‘Zonder mes sterker’</td><td>JONG Tolwerven</td><td>Scholen, Halt, politie</td><td>Schooljaren 2025-2028</td><td>€ 45.000 per jaar</td></tr>
    <tr><td>Inleveracties wapens (2x per jaar)</td><td>Politie</td><td>Gemeente</td><td>Jaarlijks</td><td>€ 8.000 per jaar</td></tr>
    <tr><td>Binnenstadteam (4 boa's, 2 jongerenwerkers)</td><td>Team OOV</td><td>JONG Tolwerven, politie</td><td>Vanaf september 2025</td><td>€ 70.000 per jaar</td></tr>
    <tr><td>Cameratoezicht Stationsstraat en Havenplein</td><td>Burgemeester</td><td>Politie</td><td>2026</td><td>€ 40.000 per jaar</td></tr>
    <tr><td>APV-wijziging gebiedsverbod</td><td>Team OOV</td><td>Politie, OM</td><td>Q4 2025</td><td>Regulier</td></tr>
    <tr><td>Wijkveiligheidsteam Molenbroek en Spijkerhof</td><td>Team Wijken</td><td>Corporaties, politie, GGD Kanaalstreek</td><td>2025-2028</td><td>€ 120.000 per jaar</td></tr>
    <tr><td>Training herkennen cuckooing</td><td>Veiligheidshuis Kanaalstreek</td><td>Corporaties, thuiszorg</td><td>2025-2026</td><td>€ 15.000 per jaar</td></tr>
    <tr><td>Uitbreiding buurtbemiddeling (20 vrijwilligers)</td><td>Stichting Buurtwerk Tolwerven</td><td>Corporaties</td><td>2025</td><td>€ 25.000 per jaar</td></tr>
    <tr><td>Extra steekproef Veiligheidsmonitor per wijk</td><td>Team Onderzoek</td><td>CBS</td><td>2025 en 2027</td><td>€ 22.000 per meting</td></tr>
  </tbody>
</table>

<h2 id="geld">8. Geld</h2>
<p>In de begroting 2025 staat voor het programma Veiligheid €&nbsp;4.870.000. Het grootste deel daarvan, €&nbsp;3.260.000, is de bijdrage aan de Veiligheidsregio Kanaalstreek. Voor de uitvoering van dit plan heeft de raad daarnaast structureel €&nbsp;418.000 per jaar beschikbaar gesteld.</p>
<h4>Verdeling over de prioriteiten</h4>
<ul>
  <li>Explosies en intimidatie: €&nbsp;95.000</li>
  <li>Jongeren en wapens: €&nbsp;53.000</li>
  <li>Drugsoverlast en straathandel: €&nbsp;110.000</li>
  <li>Veilige wijken Molenbroek en Spijkerhof: €&nbsp;160.000</li>
</ul>
<p>Daarnaast ontvangt Tolwerven in 2025, 2026 en 2027 elk jaar €&nbsp;250.000 van het Rijk uit het programma Preventie met Gezag. Dat geld gebruiken we voor jongerenwerk en gastlessen in Spijkerhof en Molenbroek. De extra steekproef van de Veiligheidsmonitor betalen we uit het onderzoeksbudget.<br>
Of het Rijk de bijdrage na 2027 voortzet, is nog niet bekend.</p>

<h2 id="volgen">9. Hoe volgen we de resultaten?</h2>
<p>Het college stuurt de raad elk jaar voor 1 juni een veiligheidsrapportage over het voorgaande jaar. Daarin staan de cijfers uit de tabel hierboven, de voortgang van de acties en wat we hebben geleerd. In 2025 en 2027 doet Tolwerven mee aan de Veiligheidsmonitor, met een extra steekproef zodat we per wijk kunnen rapporteren. Halverwege de looptijd, eind 2026, vindt een tussenevaluatie plaats. Als de cijfers daar aanleiding toe geven, kan de raad dan de prioriteiten aanpassen.</p>

<h2 id="begrippen">10. Begrippen</h2>
<dl class="begrippen">
  <dt>Cuckooing</dt>
  <dd>Het overnemen van de woning van een kwetsbare bewoner door criminelen. Zij gebruiken de woning om drugs te verkopen of op te slaan, of om er zelf te verblijven. De bewoner durft vaak geen hulp te vragen.</dd>
  <dt>Gebiedsverbod</dt>
  <dd>Een besluit van de burgemeester dat iemand een bepaald gebied, zoals een straat of buurt, voor een bepaalde tijd niet mag betreden, omdat hij daar herhaaldelijk de openbare orde heeft verstoord.</dd>
  <dt>Nazorgteam</dt>
  <dd>Een team van gemeente, wijkagent, woningcorporatie en Slachtofferhulp Nederland dat na een explosie de omwonenden bezoekt, hen informeert en helpt met praktische zaken zoals noodreparaties.</dd>
  <dt>06-handel</dt>
  <dd>Drugshandel waarbij de koper de drugs via een telefoonnummer of een app bestelt en ze daarna laat bezorgen of op een afgesproken plek ophaalt.</dd>
  <dt>Preventie met Gezag</dt>
  <dd>Een programma van het Rijk waarmee gemeenten geld krijgen om te voorkomen dat jongeren in de criminaliteit belanden.</dd>
  <dt>Veiligheidsrisicogebied</dt>
  <dd>Een gebied dat de burgemeester tijdelijk aanwijst als er een concrete dreiging van geweld of wapenbezit is. In dat gebied kan de officier van justitie de politie opdracht geven om preventief te fouilleren.</dd>
  <dt>Wijkveiligheidsteam</dt>
  <dd>Het vaste team van gemeente, politie, corporaties en GGD dat in Molenbroek en Spijkerhof signalen van overlast en onveiligheid bij elkaar brengt en samen oppakt.</dd>
</dl>

<h3>Afkortingen</h3>
<ul class="afkortingen">
  <li><abbr title="Algemene Plaatselijke Verordening">APV</abbr>: Algemene Plaatselijke Verordening</li>
  <li><abbr title="buitengewoon opsporingsambtenaar">boa</abbr>: buitengewoon opsporingsambtenaar</li>
  <li><abbr title="Centraal Bureau voor de Statistiek">CBS</abbr>: Centraal Bureau voor de Statistiek</li>
  <li><abbr title="Openbaar Ministerie">OM</abbr>: Openbaar Ministerie</li>
  <li><abbr title="Openbare Orde en Veiligheid">OOV</abbr>: Openbare Orde en Veiligheid</li>
  <li><abbr title="Regionaal Informatie- en Expertisecentrum">RIEC</abbr>: Regionaal Informatie- en Expertisecentrum</li>
  <li><abbr title="Vereniging van Nederlandse Gemeenten">VNG</abbr>: Vereniging van Nederlandse Gemeenten</li>
</ul>

<p class="meta">Laatst gewijzigd: 14 mei 2025</p>

<div class="share">
  <h2 class="visually-hidden">Deel deze pagina</h2>
  <a href="https://www.linkedin.com/sharing/share-offsite/?url=https://www.tolwerven.nl/bestuur/beleid/veiligheidsplan-2025-2028">Deel op LinkedIn</a>
  <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.tolwerven.nl/bestuur/beleid/veiligheidsplan-2025-2028">Deel op Facebook</a>
  <a href="mailto:?subject=Veiligheidsplan%202025-2028">Mail deze pagina</a>
</div>
</article>

<section class="feedback" aria-labelledby="fb-title">
  <h2 id="fb-title">Was deze informatie nuttig?</h2>
  <button type="button">Ja</button> <button type="button">Nee</button>
</section>
</main>
"""

TAIL = """
<aside class="sidebar" aria-label="Meer informatie">
  <h2>Meer informatie</h2>
  <ul>
    <li><a href="/documenten/veiligheidsplan-2025-2028.pdf">Veiligheidsplan 2025-2028 (PDF, 1,4 MB)</a></li>
    <li><a href="/bestuur/beleid/veiligheid/ondermijningsagenda">Ondermijningsagenda Tolwerven 2024-2027</a></li>
    <li><a href="/bestuur/raad/vergaderingen/2025-04-03">Raadsvergadering 3 april 2025</a></li>
    <li><a href="https://www.veiligheidsmonitor.nl">Veiligheidsmonitor</a></li>
    <li><a href="https://www.meldmisdaadanoniem.nl">Meld Misdaad Anoniem: 0800-7000</a></li>
    <li><a href="/wonen-en-leven/veiligheid/buurtpreventie">Meedoen met buurtpreventie</a></li>
  </ul>
  <h3>Contact</h3>
  <p>Heeft u vragen over dit plan? Neem contact op met het team Openbare Orde en Veiligheid via <a href="mailto:veiligheid@tolwerven.nl">veiligheid@tolwerven.nl</a>.</p>
</aside>
</div>

<footer class="site-footer">
  <div class="footer-col">
    <h2>Gemeente Tolwerven</h2>
    <p>Stadhuis, Tolplein 1<br>4999 TW Tolwerven<br>Postbus 1500, 4999 BA Tolwerven</p>
  </div>
  <div class="footer-col">
    <h2>Openingstijden</h2>
    <p>Maandag tot en met vrijdag 8.30 - 17.00 uur<br>Donderdagavond 17.00 - 20.00 uur (alleen op afspraak)</p>
  </div>
  <div class="footer-col">
    <h2>Contact</h2>
    <p>Telefoon: <a href="tel:140999">14 0999</a><br>
    <a href="/contact/formulier">Contactformulier</a><br>
    <a href="/melding-openbare-ruimte">Melding openbare ruimte doen</a></p>
  </div>
  <div class="footer-col">
    <h2>Volg ons</h2>
    <ul class="social">
      <li><a href="https://www.facebook.com/gemeentetolwerven">Facebook</a></li>
      <li><a href="https://www.instagram.com/gemeentetolwerven">Instagram</a></li>
      <li><a href="https://www.linkedin.com/company/gemeente-tolwerven">LinkedIn</a></li>
    </ul>
  </div>
  <p class="legal"><a href="/privacy">Privacyverklaring</a> | <a href="/toegankelijkheid">Toegankelijkheid</a> | <a href="/proclaimer">Proclaimer</a> | © 2025 Gemeente Tolwerven</p>
</footer>
<script src="/static/js/tolwerven.min.js?v=4.12.1" defer></script>
<noscript><img src="https://stats.tolwerven.nl/matomo.php?idsite=3&amp;rec=1" alt="" style="border:0"></noscript>
</body>
</html>
"""


def build(path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEAD + ARTICLE + TAIL)


def word_count():
    from html.parser import HTMLParser

    class P(HTMLParser):
        def __init__(self):
            super().__init__()
            self.words, self.skip, self.on = 0, 0, False

        def handle_starttag(self, tag, attrs):
            if tag == "article":
                self.on = True

        def handle_endtag(self, tag):
            if tag == "article":
                self.on = False

        def handle_data(self, data):
            if self.on:
                self.words += len(data.split())

    p = P()
    p.feed(ARTICLE)
    return p.words


if __name__ == "__main__":
    build(OUT)
    print("wrote", OUT, "article words~", word_count())
    sys.exit(0)
