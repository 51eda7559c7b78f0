"""Build the fictional 'Integraal Veiligheidsplan Korvelde 2025-2028' as an overheid.nl / CVDR
regulation page (HTML as the official site renders a municipal regulation).

    /work/main/.venv/bin/python eval/dev8/sources/build_korvelde.py   (stdlib only)

Writes eval/dev8/corpus/korvelde.html (UTF-8, LF), byte-identical on every run.

Page structure: <head> with scripts/styles (dropped by the extractor), skip links, the
overheid.nl header and "Lokale wet- en regelgeving" menu, breadcrumbs, a "Ziet u een fout in deze
regeling?" notice, the <h1> title, the "Wetstechnische informatie" metadata table (Officiële naam,
Citeertitel, Vastgesteld door, Organisatie, Datum inwerkingtreding, Bron bekendmaking, Wettelijke
grondslag, ...), "Tekst van de regeling" with the Intitulé, the decision text ("De raad van de
gemeente Korvelde; ... Besluit: ... vast te stellen"), then the plan with <h3>/<h4> headings,
nested <ol type="a"> lists, one <table>, and the closing "Aldus vastgesteld" block; a footer.

Deliberate imperfections: "huisleijk" (typo, once, 4.3), "Zorg- en Veiligheidshuis"/
"zorg- en veiligheidshuis", one very long sentence in 4.1.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "corpus", "korvelde.html")

PAGE = """<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Integraal Veiligheidsplan Korvelde 2025-2028 | Lokale wet- en regelgeving</title>
<meta name="DCTERMS.identifier" content="CVDR712904">
<meta name="DCTERMS.creator" content="Korvelde">
<meta name="DCTERMS.type" content="regeling">
<link rel="stylesheet" href="/cdn/css/overheid.nl-2.8.css">
<style>.visuallyhidden{position:absolute;left:-9999px}.wti th{text-align:left;width:30%}</style>
<script src="/cdn/js/jquery-3.7.1.min.js"></script>
<script>var piwikSiteId = 4; window.cvdr = {id: "CVDR712904", versie: 1};</script>
</head>
<body>
<ul class="skiplinks">
<li><a href="#content">Direct naar de inhoud</a></li>
<li><a href="#zoeken">Direct naar zoeken</a></li>
</ul>
<header class="header">
<div class="header__container">
<a class="logo" href="https://www.overheid.nl"><img src="/cdn/img/logo-overheid.svg" alt="Logo Overheid.nl, ga naar de startpagina"></a>
<p class="header__tagline">Overheid.nl | Lokale wet- en regelgeving</p>
</div>
<nav class="header__nav" aria-label="Hoofdnavigatie">
<ul>
<li><a href="/">Home</a></li>
<li><a href="/zoeken">Uitgebreid zoeken</a></li>
<li><a href="/help">Help</a></li>
<li><a href="/over-deze-site">Over deze site</a></li>
</ul>
</nav>
</header>
<div class="breadcrumb">
<p>U bent hier:</p>
<ol>
<li><a href="https://www.overheid.nl">Overheid.nl</a></li>
<li><a href="/">Lokale wet- en regelgeving</a></li>
<li>Integraal Veiligheidsplan Korvelde 2025-2028</li>
</ol>
</div>
<main id="content" class="container">
<div class="alert alert--info">
<p>Ziet u een fout in deze regeling? Meld het ons op <a href="mailto:regelgeving@overheid.nl">regelgeving@overheid.nl</a>.</p>
</div>
<h1 class="title">Integraal Veiligheidsplan Korvelde 2025-2028</h1>
<p class="regeling-status">Geldend van 01-01-2025 t/m heden</p>
<div class="wti">
<h2>Wetstechnische informatie</h2>
<table class="table table--condensed">
<caption class="visuallyhidden">Gegevens van de regeling</caption>
<tbody>
<tr><th scope="row">Officiële naam regeling</th><td>Integraal Veiligheidsplan Korvelde 2025-2028 ‘Veilig in elke kern’</td></tr>
<tr><th scope="row">Citeertitel</th><td>Integraal Veiligheidsplan Korvelde 2025-2028</td></tr>
<tr><th scope="row">Vastgesteld door</th><td>gemeenteraad</td></tr>
<tr><th scope="row">Organisatie</th><td>Korvelde</td></tr>
<tr><th scope="row">Onderwerp</th><td>openbare orde en veiligheid</td></tr>
<tr><th scope="row">Eigen onderwerp</th><td></td></tr>
<tr><th scope="row">Datum vaststelling</th><td>10-12-2024</td></tr>
<tr><th scope="row">Datum inwerkingtreding</th><td>01-01-2025</td></tr>
<tr><th scope="row">Bron bekendmaking</th><td>Gemeenteblad 2024, 518372</td></tr>
<tr><th scope="row">Wettelijke grondslag</th><td><ul><li>artikel 38b van de Politiewet 2012</li><li>artikel 108 van de Gemeentewet</li></ul></td></tr>
<tr><th scope="row">Overzicht van wijzigingen</th><td>nieuwe regeling</td></tr>
<tr><th scope="row">Opmerkingen</th><td>Het Integraal Veiligheidsplan Korvelde 2020-2024 vervalt per 1 januari 2025.</td></tr>
</tbody>
</table>
</div>
<div class="regeling">
<h2>Tekst van de regeling</h2>
<h3>Intitulé</h3>
<p>Integraal Veiligheidsplan Korvelde 2025-2028</p>
<p>De raad van de gemeente Korvelde;</p>
<p>gelezen het voorstel van burgemeester en wethouders van 15 oktober 2024, nummer 2024/1187;</p>
<p>gelet op artikel 38b van de Politiewet 2012;</p>
<p>overwegende dat de raad ten minste eenmaal in de vier jaar de doelen vaststelt die de gemeente op het gebied van de openbare orde en veiligheid wil bereiken;</p>
<p>Besluit:</p>
<p>het Integraal Veiligheidsplan Korvelde 2025-2028 ‘Veilig in elke kern’ vast te stellen.</p>

<h3>Voorwoord</h3>
<p>Korvelde is een groene gemeente met vijf kernen, waar inwoners elkaar nog kennen en voor elkaar klaarstaan. De meeste mensen voelen zich hier veilig, en dat willen we zo houden. Toch zien we ook zorgen: criminelen die lege schuren huren voor drugslabs, jongeren die lachgas gebruiken en met veel te hard rijden op hun scooters, oudere inwoners die hun spaargeld kwijtraken aan oplichters op internet. Veiligheid is niet iets wat de gemeente of de politie alleen kan organiseren. In het voorjaar van 2024 hebben meer dan 450 inwoners met ons meegedacht, in vijf kernavonden en via de digitale enquête. Hun inbreng is in dit plan verwerkt. Ik dank iedereen die heeft bijgedragen.</p>
<p>Hendrik-Jan Wolters, burgemeester van Korvelde</p>

<h3>1. Inleiding</h3>
<h4>1.1 Doel van dit plan</h4>
<p>Dit plan beschrijft de veiligheidsdoelen van de gemeente Korvelde voor de jaren 2025 tot en met 2028. Het is de opvolger van het Integraal Veiligheidsplan Korvelde 2020-2024, dat met een jaar werd verlengd omdat de raad eerst de uitkomsten van de Veiligheidsmonitor 2023 wilde afwachten. Het plan is gemaakt volgens de methode Kernbeleid Veiligheid van de VNG en sluit aan bij het Beleidsplan 2024-2027 van de politie-eenheid Oost-Nederland.</p>
<h4>1.2 Hoe is dit plan tot stand gekomen?</h4>
<p>Het plan is in 2024 opgesteld door het team Openbare Orde en Veiligheid van de gemeente, samen met de politie, het Openbaar Ministerie en de zorgpartners. We hebben gebruikgemaakt van de politiecijfers over 2021 tot en met 2024, de Veiligheidsmonitor 2023, het ondermijningsbeeld van het RIEC Oost-Nederland en de jeugdmonitor van de GGD. In maart en april 2024 hielden we in elke kern een kernavond, en 312 inwoners vulden de digitale enquête in. Op 3 september 2024 besprak de raad in een informatieve sessie de keuze van de prioriteiten. Het college bood het ontwerp op 15 oktober 2024 aan de raad aan.</p>
<h4>1.3 Wat valt buiten dit plan</h4>
<p>Niet alle onderwerpen die met veiligheid te maken hebben, staan in dit plan:</p>
<ol type="a">
<li>Verkeersveiligheid valt buiten dit plan. Dit onderwerp wordt in het Mobiliteitsplan Korvelde 2022-2030 geregeld, ook al noemen veel inwoners te hard rijden als grootste ergernis.</li>
<li>Brandveiligheid, rampenbestrijding en crisisbeheersing worden geregeld door de Veiligheidsregio Noord- en Oost-Gelderland.</li>
<li>Woninginbraak is geen prioriteit meer. Het aantal inbraken is sinds 2019 bijna gehalveerd. De aanpak blijft onderdeel van de basisveiligheid:
<ol type="a">
<li>Burgernet en de WhatsApp-buurtpreventiegroepen blijven bestaan;</li>
<li>de politie en de gemeente blijven na elke inbraak een buurtbrief verspreiden.</li>
</ol>
</li>
</ol>

<h3>2. Veiligheidsbeeld</h3>
<h4>2.1 Korvelde in cijfers</h4>
<p>De gemeente Korvelde telt 31.480 inwoners (1 januari 2024). De grootste kern is Korvelde zelf (16.120 inwoners), gevolgd door Lutterbroek (6.340), Ossenwaard (4.910), Brinkhorst (2.640) en Elsveen (1.470). Het buitengebied telt ruim 380 agrarische bedrijven, waarvan er naar verwachting 90 voor 2030 stoppen. Bedrijventerrein De Vlonder langs de A18 heeft 160 bedrijven. Korvelde valt onder basisteam Achterhoek-Midden van de politie-eenheid Oost-Nederland.</p>
<h4>2.2 Geregistreerde criminaliteit en meldingen</h4>
<table class="table">
<caption>Tabel 1. Veiligheidscijfers Korvelde 2021-2024</caption>
<thead>
<tr><th>Indicator</th><th>2021</th><th>2022</th><th>2023</th><th>2024</th></tr>
</thead>
<tbody>
<tr><td>Woninginbraken</td><td>88</td><td>71</td><td>64</td><td>59</td></tr>
<tr><td>Drugsafvaldumpingen</td><td>3</td><td>5</td><td>8</td><td>11</td></tr>
<tr><td>Meldingen jeugdoverlast</td><td>187</td><td>224</td><td>241</td><td>236</td></tr>
<tr><td>Meldingen overlast lachgas</td><td>12</td><td>34</td><td>49</td><td>27</td></tr>
<tr><td>Meldingen verward gedrag (E33)</td><td>143</td><td>151</td><td>168</td><td>182</td></tr>
<tr><td>Aangiften online fraude</td><td>96</td><td>118</td><td>141</td><td>157</td></tr>
<tr><td>Huiselijk geweld (meldingen politie)</td><td>204</td><td>197</td><td>219</td><td>231</td></tr>
</tbody>
</table>
<p>Bron: politie basisteam Achterhoek-Midden en gemeente Korvelde.</p>
<h4>2.3 Hoe veilig voelen inwoners zich?</h4>
<p>Uit de Veiligheidsmonitor 2023 blijkt dat 14% van de inwoners zich weleens onveilig voelt in de eigen buurt, tegen 19% in Nederland. In Lutterbroek is dat 22%. Inwoners geven de veiligheid in hun buurt gemiddeld een 7,6. De meest genoemde problemen zijn te hard rijden, hondenpoep en jongeren die rondhangen.</p>

<h4>2.4 Terugblik op het vorige plan</h4>
<p>Het Integraal Veiligheidsplan Korvelde 2020-2024 had drie prioriteiten: woninginbraak, jeugdoverlast en ondermijning. De evaluatie van juni 2024 laat zien dat woninginbraak sterk is gedaald, onder meer door de inzet van buurtpreventie en het project ‘Inbraakvrije wijk’ in Ossenwaard. De jeugdoverlast is juist toegenomen, vooral na de coronaperiode. Bij ondermijning zijn de eerste stappen gezet: in de vorige periode zijn 6 panden gesloten op grond van de Opiumwet en zijn 14 Bibob-onderzoeken uitgevoerd. De evaluatie beveelt aan om de aanpak van ondermijning te versterken met vaste capaciteit en om meer aandacht te besteden aan zorg en veiligheid.</p>
<h4>2.5 Wat zeggen inwoners?</h4>
<p>Tijdens de vijf kernavonden in maart en april 2024 noemden inwoners vooral verkeer, jongeren en oplichting. In Elsveen en Brinkhorst maken inwoners zich zorgen over leegstaande boerderijen. In Lutterbroek gaat het vaker over overlast rond de sporthal. Veel ouderen vertelden dat zij of hun buren zijn gebeld door iemand die zich voordeed als medewerker van de bank.</p>

<h3>3. Prioriteiten</h3>
<p>Op basis van het veiligheidsbeeld, de kernavonden en het gesprek met de raad kiezen we voor de periode 2025-2028 vier prioriteiten:</p>
<ol type="a">
<li>ondermijning in het buitengebied en op De Vlonder;</li>
<li>jeugd, alcohol en drugs;</li>
<li>zorg en veiligheid;</li>
<li>digitale veiligheid van inwoners.</li>
</ol>

<h3>4. Uitwerking van de prioriteiten</h3>
<h4>4.1 Ondermijning in het buitengebied en op De Vlonder</h4>
<p>Criminelen zoeken plekken waar ze ongezien hun gang kunnen gaan, en omdat in het buitengebied van Korvelde steeds meer boeren stoppen en schuren en stallen leeg komen te staan, terwijl de afstand tot de Duitse grens klein is en de A18 een snelle verbinding biedt, is ons buitengebied aantrekkelijk geworden voor drugslabs, opslag van synthetische drugs en het dumpen van drugsafval. In 2024 werden 11 dumpingen van drugsafval gevonden, tegen 3 in 2021.</p>
<p>Wat willen we bereiken?</p>
<ol type="a">
<li>Meer signalen: het aantal meldingen van ondermijning bij het Meldpunt Ondermijning stijgt van 19 in 2024 naar minimaal 40 per jaar.</li>
<li>Minder vrijplaatsen: elk jaar voeren we minimaal vijf integrale controles uit in het buitengebied en op De Vlonder.</li>
<li>Een weerbare gemeente: alle medewerkers van vergunningen en toezicht hebben in 2026 de training ‘Herkennen van ondermijning’ gevolgd.</li>
</ol>
<p>Wat gaan we doen?</p>
<ol type="a">
<li>We stellen een ondermijningscoördinator aan (0,8 fte).</li>
<li>We voeren samen met LTO Noord de campagne ‘Uw schuur, uw zaak’ voor agrariërs die willen stoppen.</li>
<li>We breiden het Bibob-beleid uit naar vastgoedtransacties en de verhuur van bedrijfspanden.</li>
<li>De burgemeester sluit panden op grond van artikel 13b van de Opiumwet, ook bij voorbereidingshandelingen.</li>
</ol>
<h4>4.2 Jeugd, alcohol en drugs</h4>
<p>Het aantal meldingen over jeugdoverlast steeg van 187 in 2021 naar 236 in 2024. Een deel daarvan gaat over lachgas en over jongeren die ’s avonds op de parkeerplaats bij sporthal De Kamp in Lutterbroek rondhangen. Sinds het landelijk verbod op lachgas daalde het aantal lachgasmeldingen weer. Uit de jeugdmonitor blijkt dat 31% van de 15-jarigen in Korvelde in de afgelopen maand alcohol dronk.</p>
<p>Wat willen we bereiken? Het aantal meldingen jeugdoverlast daalt tot onder de 180 in 2028. Het alcoholgebruik onder 15-jarigen daalt naar maximaal 25%.</p>
<p>Wat gaan we doen?</p>
<ol type="a">
<li>Het jongerenwerk krijgt 1,2 fte extra voor ambulant werk in Lutterbroek en Ossenwaard.</li>
<li>We gebruiken de groepsaanpak volgens de methode Shortlist Groepen samen met de politie.</li>
<li>Halt geeft voorlichting op alle basisscholen in groep 8 en op het Korvelde College.</li>
<li>We houden minimaal tien nalevingscontroles per jaar op de leeftijdsgrens voor alcohol bij sportkantines en supermarkten.</li>
</ol>
<h4>4.3 Zorg en veiligheid</h4>
<p>Het aantal meldingen over personen met verward gedrag stijgt al jaren, van 143 in 2021 naar 182 in 2024. Ook het aantal meldingen van huisleijk geweld is gestegen. Vaak gaat het om mensen die al bij verschillende organisaties bekend zijn, maar zonder dat iemand het overzicht heeft.</p>
<p>Wat willen we bereiken? Complexe casussen worden binnen vijf werkdagen opgepakt, en elke inwoner met verward gedrag die overlast veroorzaakt, krijgt een vaste contactpersoon.</p>
<p>Wat gaan we doen?</p>
<ol type="a">
<li>We richten een lokaal Zorg- en Veiligheidsteam op dat elke twee weken casussen bespreekt.</li>
<li>Complexe casussen brengen we in bij het Zorg- en Veiligheidshuis Achterhoek.</li>
<li>We sluiten aan bij de regionale Meldlijn Niet-acuut voor meldingen over zorgwekkend gedrag.</li>
<li>Veilig Thuis Noord- en Oost-Gelderland traint de wijkteams in de meldcode.</li>
</ol>
<p>De gemeente is trekker van deze prioriteit. Stichting Welzijn Korvelde voert het jongerenwerk uit, en de jongerenwerkers en de wijkagenten bespreken elke maand in het jeugdoverleg welke groepen aandacht nodig hebben. Ouders van jongeren die in beeld komen, krijgen een brief van de burgemeester en een uitnodiging voor een gesprek.</p>
<h4>4.4 Digitale veiligheid van inwoners</h4>
<p>Het aantal aangiften van online fraude steeg van 96 in 2021 naar 157 in 2024. Vooral ouderen worden slachtoffer van phishing en van helpdeskfraude, waarbij iemand zich voordoet als medewerker van de bank. Ondernemers krijgen te maken met ransomware.</p>
<p>Wat willen we bereiken? Inwoners herkennen online oplichting beter: in 2028 weet 70% van de 65-plussers hoe ze een nepbericht kunnen herkennen (2023: 48%).</p>
<p>Wat gaan we doen?</p>
<ol type="a">
<li>We organiseren elk jaar in alle vijf kernen de ‘Digicafés’ met de bibliotheek en de ouderenbonden.</li>
<li>We doen mee aan de landelijke campagne ‘Eerst checken, dan klikken’.</li>
<li>We bieden ondernemers een gratis cyberscan aan via het Digital Trust Center.</li>
</ol>

<h4>4.5 Basisveiligheid</h4>
<p>Naast de vier prioriteiten blijft de gemeente werken aan de basisveiligheid. Het gaat om taken die doorlopen, ook als ze geen prioriteit zijn:</p>
<ol type="a">
<li>woninginbraak en buurtpreventie, met Burgernet en de WhatsApp-groepen;</li>
<li>horeca en evenementen, met het Drank- en Horecabeleid en de evenementenvergunning;</li>
<li>de jaarwisseling, met vaste afspraken tussen gemeente, politie en jongerenwerk;</li>
<li>polarisatie en radicalisering: signalen worden besproken in het lokale Zorg- en Veiligheidsteam, een eigen aanpak is niet nodig omdat er in Korvelde weinig signalen zijn.</li>
</ol>

<h3>5. Samenwerking en overlegstructuur</h3>
<p>De gemeente werkt samen met de politie, het Openbaar Ministerie, het RIEC Oost-Nederland, het Zorg- en Veiligheidshuis Achterhoek, Veilig Thuis Noord- en Oost-Gelderland, Halt, de Veiligheidsregio Noord- en Oost-Gelderland, woningcorporatie De Korf en stichting Welzijn Korvelde. De belangrijkste overleggen zijn:</p>
<ol type="a">
<li>de lokale driehoek (burgemeester, politie en Openbaar Ministerie), vier keer per jaar;</li>
<li>het ondermijningsoverleg met het RIEC, elke zes weken;</li>
<li>het lokale Zorg- en Veiligheidsteam, elke twee weken;</li>
<li>het jeugdoverleg met politie, jongerenwerk en Halt, maandelijks.</li>
</ol>

<h3>6. Financiën</h3>
<p>Voor de uitvoering van dit plan is structureel € 286.000 per jaar beschikbaar. Daarvan gaat € 104.000 naar ondermijning, € 96.000 naar jeugd, alcohol en drugs, € 52.000 naar zorg en veiligheid en € 34.000 naar digitale veiligheid. Voor de opruiming van drugsafval is daarnaast een reserve van € 60.000 beschikbaar. De bijdrage aan het RIEC Oost-Nederland (€ 33.200 per jaar) valt buiten dit budget. Ook de bijdrage aan de Veiligheidsregio loopt via een aparte begrotingspost. Als een prioriteit meer geld nodig heeft, kan het college binnen het totale budget schuiven, en informeert het de raad daarover in de voortgangsrapportage.</p>

<h3>7. Monitoring en verantwoording</h3>
<p>Het college stelt elk jaar een uitvoeringsprogramma vast en stuurt in het eerste kwartaal een voortgangsrapportage naar de raad. In 2025 en 2027 doet Korvelde mee aan de Veiligheidsmonitor. In het voorjaar van 2027 volgt een tussenevaluatie, en in 2028 een eindevaluatie als basis voor het volgende plan.</p>

<h3>8. Begrippenlijst</h3>
<ol type="a">
<li>Drugsafvaldumping: het illegaal achterlaten van chemisch afval van de productie van synthetische drugs, vaak in bossen of op landbouwgrond.</li>
<li>Helpdeskfraude: oplichting waarbij de dader zich voordoet als medewerker van een bank of helpdesk en het slachtoffer overhaalt geld over te maken.</li>
<li>Ondermijning: de vermenging van de onderwereld en de bovenwereld, waarbij criminelen gebruikmaken van legale structuren en diensten.</li>
<li>Shortlist Groepen: een methode van de politie om problematische jeugdgroepen in kaart te brengen en een passende aanpak te kiezen.</li>
<li>Zorg- en Veiligheidsteam: het lokale overleg waarin gemeente, politie, wijkteam en zorgpartners casussen op het snijvlak van zorg en veiligheid bespreken.</li>
</ol>

<p>Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Korvelde van 10 december 2024.</p>
<p>De griffier,<br>M.T. Brouwer-Oosterink</p>
<p>De voorzitter,<br>H.J. Wolters</p>
</div>
</main>
<footer class="footer">
<div class="footer__container">
<ul>
<li><a href="/privacy">Privacy</a></li>
<li><a href="/cookies">Cookies</a></li>
<li><a href="/toegankelijkheid">Toegankelijkheid</a></li>
<li><a href="/contact">Contact</a></li>
</ul>
<p>Overheid.nl is een website van de Rijksoverheid.</p>
</div>
</footer>
</body>
</html>
"""

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write(PAGE)
print("wrote", OUT)
