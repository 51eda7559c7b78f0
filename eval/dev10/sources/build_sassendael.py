"""Write eval/dev10/corpus/sassendael.html: an officielebekendmakingen.nl-style "Gemeenteblad"
publication (XHTML served as text/html) of the raadsbesluit that adopts the Integraal
Veiligheidsplan Sassendael 2026-2028, with the plan as Bijlage and a Toelichting.

    /work/main/.venv/bin/python eval/dev10/sources/build_sassendael.py

Stdlib only; deterministic. Structure: site header and search, breadcrumb, a metadata block
(<table class="metadata">), the "stuk" with kop, aanhef, <div class="artikel"> per Artikel
(label, number and title in separate <span>s; leden with <p class="lid">; lists with
<span class="li-nr">a.</span> labels), ondertekening, bijlage (plan text with h3/h4, tables,
lists) and toelichting (algemeen + artikelsgewijs), then download links and a footer.
"""
import os
from xml.sax.saxutils import escape as esc

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "sassendael.html")

META = [
    ("Organisatie", "Sassendael"),
    ("Organisatietype", "Gemeente"),
    ("Officiële naam regeling", "Besluit van de gemeenteraad van Sassendael tot vaststelling van het Integraal Veiligheidsplan Sassendael 2026-2028"),
    ("Citeertitel", "Veiligheidsplan Sassendael 2026-2028"),
    ("Vastgesteld door", "gemeenteraad"),
    ("Onderwerp", "openbare orde en veiligheid"),
    ("Kenmerk voorstel", "RV 2025-061"),
    ("Datum ondertekening", "30 september 2025"),
    ("Publicatiedatum", "8 oktober 2025"),
    ("Gemeenteblad", "2025, 418362"),
]

# Each artikel: (nr, titel, [blocks]); block = ("p", text) | ("ol", [(label, text)]) | ("lid", nr, text)
ARTIKELEN = [
    ("1", "Begripsbepalingen", [
        ("p", "In dit besluit en het daarbij behorende plan wordt verstaan onder:"),
        ("ol", [
            ("a.", "plan: het Integraal Veiligheidsplan Sassendael 2026-2028, opgenomen als bijlage bij dit besluit;"),
            ("b.", "focusthema: een veiligheidsthema waarop de gemeente en haar partners gedurende de looptijd van het plan extra inzet plegen, bovenop de basisveiligheid;"),
            ("c.", "basisveiligheid: de veiligheidstaken die de gemeente en haar partners structureel uitvoeren, ook als een thema geen focusthema is;"),
            ("d.", "drugsrunner: een persoon die op of aan de weg bezoekers, veelal uit het buitenland, aanspreekt of volgt om hun drugs te verkopen of hen naar een verkoopadres te brengen;"),
            ("e.", "drukteteam: de gezamenlijke inzet van boa’s, gastheren en politie in het centrum van Sassendael op drukke dagen in het toeristenseizoen;"),
            ("f.", "financiële uitbuiting: het zonder toestemming of onder druk gebruiken van geld of bezittingen van een kwetsbare oudere door iemand uit diens omgeving;"),
            ("g.", "ouderenmishandeling: lichamelijk, psychisch of financieel geweld tegen, of verwaarlozing van, een persoon van 65 jaar of ouder door iemand met wie die persoon een persoonlijke of afhankelijkheidsrelatie heeft;"),
            ("h.", "driehoek: het overleg van de burgemeester, de politiechef van het basisteam en de officier van justitie over de openbare orde en veiligheid in Sassendael."),
        ]),
    ]),
    ("2", "Vaststelling", [
        ("p", "Het plan wordt vastgesteld als bedoeld in artikel 38b, eerste lid, van de Politiewet 2012."),
    ]),
    ("3", "Focusthema’s", [
        ("lid", "1", "Voor de looptijd van het plan gelden de volgende focusthema’s:"),
        ("ol", [
            ("a.", "drugscriminaliteit over de grens;"),
            ("b.", "toeristische drukte en overlast in het centrum;"),
            ("c.", "veilig ouder worden;"),
            ("d.", "digitale weerbaarheid van inwoners en ondernemers."),
        ]),
        ("lid", "2", "Het college werkt de focusthema’s jaarlijks uit in een uitvoeringsagenda en zendt deze ter kennisname aan de raad."),
    ]),
    ("4", "Basisveiligheid", [
        ("p", "Tot de basisveiligheid behoren in ieder geval woninginbraak, jeugdoverlast, huiselijk geweld en kindermishandeling, personen met verward gedrag, evenementenveiligheid, waaronder carnaval, en brandveiligheid."),
    ]),
    ("5", "Looptijd en evaluatie", [
        ("lid", "1", "Het plan heeft een looptijd van 1 januari 2026 tot en met 31 december 2028."),
        ("lid", "2", "Het college zendt de raad uiterlijk 1 juli 2028 een evaluatie van het plan."),
    ]),
    ("6", "Intrekking", [
        ("p", "Het Integraal Veiligheidsplan Sassendael 2022-2025, vastgesteld bij raadsbesluit van 16 december 2021, wordt ingetrokken met ingang van 1 januari 2026."),
    ]),
    ("7", "Inwerkingtreding", [
        ("p", "Dit besluit treedt in werking met ingang van 1 januari 2026."),
    ]),
    ("8", "Citeertitel", [
        ("p", "Dit besluit wordt aangehaald als: Veiligheidsplan Sassendael 2026-2028."),
    ]),
]

# Bijlage: list of blocks ("h3"/"h4"/"p"/"ul"/"table"/"dl")
BIJLAGE = [
    ("h3", "1. Inleiding"),
    ("p", "Sassendael is een gastvrije gemeente in het Zuid-Limburgse heuvelland, op een steenworp afstand van de Belgische grens. Die ligging brengt veel goeds: bezoekers, werkgelegenheid in toerisme en horeca, en nauwe banden met onze zuiderburen. Ze brengt ook risico’s mee. Criminelen maken misbruik van de open grens en van de drukte in ons centrum, en een groeiende groep oudere inwoners is kwetsbaar voor mensen die hen misleiden of uitbuiten."),
    ("p", "Met dit plan geeft de raad richting aan het veiligheidsbeleid voor de jaren 2026 tot en met 2028. We kiezen voor vier focusthema’s en houden daarnaast de basisveiligheid op orde. Het plan is opgesteld met inbreng van inwoners, ondernemers, politie, Openbaar Ministerie en zorg- en welzijnspartners. In mei 2025 vulden 1.340 inwoners de enquête ‘Hoe veilig is Sassendael?’ in; daarnaast waren er gesprekken met de ondernemersvereniging Centrum Sassendael en met de seniorenraad."),
    ("p", "Het vorige plan liep van 2022 tot en met 2025. De focus lag toen op woninginbraak en jeugdoverlast. Het aantal woninginbraken daalde in die periode; beide thema’s zijn nu onderdeel van de basisveiligheid."),
    ("h3", "2. Sassendael in beeld"),
    ("p", "De gemeente telt 23.800 inwoners (1 januari 2025), verdeeld over vijf kernen. Ruim 27% van de inwoners is 65 jaar of ouder; in 2030 is dat naar verwachting een op de drie. Jaarlijks ontvangt Sassendael ongeveer 1,4 miljoen dagbezoekers."),
    ("table", ["Kern", "Inwoners"], [
        ["Sassendael", "12.860"], ["Mergelhoven", "4.215"], ["Lanterveld", "3.090"], ["Ravesse", "2.475"], ["Wittebron", "1.160"]]),
    ("p", "Sassendael valt onder basisteam Heuvelland-West van de politie-eenheid Limburg. De gemeente werkt samen in het RIEC Limburg en de Veiligheidsregio Zuid-Limburg. Het Zorg- en Veiligheidshuis Westelijke Mijnstreek en Heuvelland ondersteunt bij complexe casussen."),
    ("table", ["Indicator", "2022", "2023", "2024"], [
        ["Woninginbraken", "58", "51", "47"],
        ["Meldingen over drugsrunners", "39", "61", "74"],
        ["Overlastmeldingen centrum Sassendael", "164", "187", "212"],
        ["Aangiften babbeltrucs", "9", "13", "17"],
        ["Meldingen ouderenmishandeling bij Veilig Thuis", "14", "18", "21"],
        ["Aangiften online fraude", "96", "121", "143"]]),
    ("p", "Volgens de Veiligheidsmonitor 2023 voelt 81% van de inwoners zich meestal veilig in de eigen buurt. In het centrum van Sassendael zegt 38% van de bewoners regelmatig overlast te ervaren van bezoekers, tegen 11% in de rest van de gemeente."),
    ("h3", "3. Focusthema drugscriminaliteit over de grens"),
    ("h4", "Wat speelt er?"),
    ("p", "Bezoekers uit België en Frankrijk komen naar Sassendael om drugs te kopen. Drugsrunners wachten hen op bij de afrit van de N598 en bij parkeerplaats Kruisweg en begeleiden hen naar verkooppunten in woonwijken. Bewoners van Lanterveld en Ravesse ervaren daardoor overlast en voelen zich onveilig. In de bossen rond Wittebron is in 2024 drie keer drugsafval gedumpt."),
    ("h4", "Wat willen we bereiken?"),
    ("ul", ["Het aantal meldingen over drugsrunners daalt van 74 in 2024 naar minder dan 45 in 2028.",
            "Elke melding van een drugspand leidt binnen zes weken tot een bestuurlijke beslissing.",
            "Alle partners aan beide zijden van de grens delen hun informatie via één gezamenlijk overleg."]),
    ("h4", "Wat doen we?"),
    ("ul", ["We richten met de politie, de Belgische lokale politie en de Koninklijke Marechaussee een grensteam op dat ten minste tien gezamenlijke controles per jaar houdt.",
            "Op parkeerplaats Kruisweg en bij de afrit van de N598 plaatsen we ANPR-camera’s.",
            "We nemen in de APV een verbod op om als drugsrunner op te treden; overtreders krijgen een gebiedsverbod.",
            "De burgemeester sluit drugspanden op grond van artikel 13b van de Opiumwet.",
            "Informatie-uitwisseling verloopt via het EPICC en het RIEC Limburg."]),
    ("h4", "Met wie?"),
    ("p", "Politie basisteam Heuvelland-West, de Belgische lokale politie, de Koninklijke Marechaussee, het Openbaar Ministerie, het RIEC Limburg, het EPICC en woningcorporatie Heuvelland Wonen."),
    ("h4", "Middelen"),
    ("p", "Voor dit focusthema is € 96.000 per jaar beschikbaar. Daarvan is € 35.000 voor het beheer van de ANPR-camera’s; de aanschaf (eenmalig € 48.000) wordt gedekt uit de reserve openbare orde."),
    ("h3", "4. Focusthema toeristische drukte en overlast in het centrum"),
    ("h4", "Wat speelt er?"),
    ("p", "Op mooie dagen in het voorjaar en de zomer lopen de Markt en de Mergelkade vol. Het aantal overlastmeldingen in het centrum steeg van 164 in 2022 naar 212 in 2024: wildparkeren, campers op plekken waar dat niet mag, wildplassen, afval en luidruchtige groepen na sluitingstijd. Bewoners van de binnenstad hebben het gevoel dat hun woonomgeving een pretpark is geworden."),
    ("h4", "Wat willen we bereiken?"),
    ("ul", ["Het aantal overlastmeldingen in het centrum daalt naar hooguit 160 per jaar.",
            "Het aandeel bewoners van het centrum dat regelmatig overlast ervaart, daalt van 38% naar 25%.",
            "Op piekdagen is er altijd een drukteteam actief."]),
    ("h4", "Wat doen we?"),
    ("ul", ["Van april tot en met oktober zetten we twee extra seizoensboa’s in (samen 1,2 fte).",
            "Met tellingen van passanten en parkeerbezetting voorspellen we drukke dagen; op die dagen gaat het drukteteam de straat op.",
            "Het camperbeleid wordt aangescherpt: kamperen in campers is alleen nog toegestaan op de camperplaats aan de Wittebronnerweg.",
            "In het kernwinkelgebied geldt een verbod op het nuttigen van alcohol op straat.",
            "Horecaondernemers en gastheren volgen de training ‘Gastvrij en alert’."]),
    ("h4", "Met wie?"),
    ("p", "Ondernemersvereniging Centrum Sassendael, Koninklijke Horeca Nederland afdeling Sassendael, de VVV, politie, de bewonersvereniging Binnenstad en de boa’s van de gemeente."),
    ("h4", "Middelen"),
    ("p", "Voor dit focusthema is € 88.500 per jaar beschikbaar, vooral voor de seizoensboa’s."),
    ("h3", "5. Focusthema veilig ouder worden"),
    ("h4", "Wat speelt er?"),
    ("p", "De vergrijzing in Sassendael maakt dat steeds meer inwoners afhankelijk zijn van anderen, zoals familie, mantelzorgers of thuiszorg. Die afhankelijkheid kan worden misbruikt. Veilig Thuis Zuid-Limburg ontving in 2024 21 meldingen over ouderenmishandeling uit onze gemeente; landelijk onderzoek laat zien dat maar een klein deel van de gevallen wordt gemeld. Het aantal aangiften van babbeltrucs nam toe van 9 naar 17."),
    ("h4", "Wat willen we bereiken?"),
    ("ul", ["Meer signalen worden gemeld: het aantal meldingen van ouderenmishandeling stijgt naar ten minste 35 per jaar.",
            "Het aantal aangiften van babbeltrucs daalt naar hooguit 10 per jaar.",
            "Alle medewerkers van de thuiszorg en de wijkverpleging in Sassendael kennen de signalen van financiële uitbuiting."]),
    ("h4", "Wat doen we?"),
    ("ul", ["We stellen een aandachtsfunctionaris ouderenmishandeling aan (0,5 fte) bij het sociaal team.",
            "Medewerkers van thuiszorg, banken en notariskantoren volgen een training over financiële uitbuiting.",
            "Vrijwillige seniorenvoorlichters geven voorlichting over babbeltrucs in buurthuizen en bij de KBO-afdelingen.",
            "Via de Niet-pluis-lijn kunnen mantelzorgers en buren anoniem hun zorgen melden."]),
    ("h4", "Met wie?"),
    ("p", "Veilig Thuis Zuid-Limburg, het sociaal team, thuiszorgorganisaties, de banken, het notariaat, de seniorenraad, de KBO-afdelingen en de wijkagenten."),
    ("h4", "Middelen"),
    ("p", "Voor dit focusthema is € 61.000 per jaar beschikbaar."),
    ("h3", "6. Focusthema digitale weerbaarheid"),
    ("h4", "Wat speelt er?"),
    ("p", "Het aantal aangiften van online fraude steeg van 96 in 2022 naar 143 in 2024. Slachtoffers zijn vaak ouderen die via WhatsApp of sms worden benaderd door iemand die zich voordoet als hun kind of als hun bank. Ook kleine ondernemers in de horeca en de toeristische sector worden getroffen door phishing en gijzelsoftware."),
    ("h4", "Wat willen we bereiken?"),
    ("ul", ["Jaarlijks nemen ten minste 1.000 inwoners deel aan een activiteit over online veiligheid.",
            "Ten minste 150 ondernemers doen in de looptijd van het plan een cyberscan."]),
    ("h4", "Wat doen we?"),
    ("ul", ["In de bibliotheek van Sassendael en in de buurthuizen organiseren we maandelijks een Digicafé.",
            "Ondernemers kunnen gratis een cyberscan laten uitvoeren door het Digitaal Trefpunt Ondernemers Limburg.",
            "We doen mee aan landelijke campagnes tegen phishing en WhatsApp-fraude."]),
    ("h4", "Middelen"),
    ("p", "Voor dit focusthema is € 42.000 per jaar beschikbaar."),
    ("h3", "7. Organisatie en financiën"),
    ("p", "De driehoek komt vier keer per jaar bijeen. Het ambtelijke team Veiligheid en Handhaving telt 3,8 fte. Het totale budget voor de vier focusthema’s is € 287.500 per jaar. De basisveiligheid wordt betaald uit de reguliere begroting."),
    ("p", "Het college stuurt de raad elk jaar in maart een voortgangsbrief over de uitvoeringsagenda van het voorgaande jaar."),
    ("h3", "8. Lijst van afkortingen"),
    ("dl", [("ANPR", "Automatic Number Plate Recognition: camera’s die kentekens herkennen"),
            ("APV", "Algemene Plaatselijke Verordening"),
            ("Boa", "buitengewoon opsporingsambtenaar"),
            ("EPICC", "Euregionaal Politie Informatie- en Coöperatiecentrum in Heerlen"),
            ("KBO", "Katholieke Bond van Ouderen"),
            ("RIEC", "Regionaal Informatie- en Expertisecentrum")]),
]

TOELICHTING = [
    ("h3", "Algemeen"),
    ("p", "De raad stelt op grond van artikel 38b van de Politiewet 2012 ten minste eenmaal in de vier jaar de doelen vast van het veiligheidsbeleid. Dit plan loopt bewust drie jaar in plaats van vier: zo kan het volgende plan in 2029 gelijk opgaan met het nieuwe beleidsplan van de politie-eenheid Limburg."),
    ("p", "Verkeersveiligheid, rampenbestrijding en crisisbeheersing, en polarisatie en radicalisering maken geen deel uit van dit plan. Verkeersveiligheid is onderdeel van het Mobiliteitsplan Sassendael; rampenbestrijding en crisisbeheersing zijn belegd bij de Veiligheidsregio Zuid-Limburg; voor polarisatie en radicalisering volgt de gemeente de regionale aanpak."),
    ("h3", "Artikelsgewijs"),
    ("h4", "Artikel 1"),
    ("p", "De begrippen in dit artikel gelden ook voor het plan in de bijlage. Het begrip drugsrunner is nodig voor het verbod dat in de APV wordt opgenomen."),
    ("h4", "Artikel 3"),
    ("p", "De volgorde van de focusthema’s zegt niets over hun belang. Het college kan binnen een focusthema andere maatregelen kiezen als de uitvoering daar aanleiding toe geeft, mits de doelen gelijk blijven."),
    ("h4", "Artikel 5"),
    ("p", "De evaluatie wordt op tijd aan de raad gezonden om haar te betrekken bij het volgende plan."),
]


def li_list(items):
    return "<ol class=\"lijst\">" + "".join(
        '<li><span class="li-nr">%s</span> <span class="li-tekst">%s</span></li>' % (esc(a), esc(b)) for a, b in items) + "</ol>"


def blocks(bl, level_cls="bijlage"):
    o = []
    for b in bl:
        k = b[0]
        if k in ("h3", "h4"):
            o.append('<%s class="kop">%s</%s>' % (k, esc(b[1]), k))
        elif k == "p":
            o.append('<p class="al">%s</p>' % esc(b[1]))
        elif k == "ul":
            o.append('<ul class="lijst">' + "".join('<li><p class="al">%s</p></li>' % esc(t) for t in b[1]) + "</ul>")
        elif k == "table":
            o.append('<div class="tabel"><table class="tabel"><thead><tr>%s</tr></thead><tbody>%s</tbody></table></div>' % (
                "".join("<th>%s</th>" % esc(c) for c in b[1]),
                "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in b[2])))
        elif k == "dl":
            o.append('<dl class="afkortingen">' + "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(d)) for a, d in b[1]) + "</dl>")
    return "\n".join(o)


def artikel(nr, titel, bl):
    o = ['<div class="artikel" id="artikel%s">' % nr,
         '<h3 class="artikel_kop"><span class="artikel_kop_label">Artikel</span> <span class="artikel_kop_nr">%s</span> '
         '<span class="artikel_kop_titel">%s</span></h3>' % (nr, esc(titel))]
    for b in bl:
        if b[0] == "p":
            o.append('<p class="al">%s</p>' % esc(b[1]))
        elif b[0] == "ol":
            o.append(li_list(b[1]))
        elif b[0] == "lid":
            o.append('<div class="lid"><span class="lidnr">%s.</span> <p class="al">%s</p></div>' % (b[1], esc(b[2])))
    o.append("</div>")
    return "\n".join(o)


def page():
    h = ['<!DOCTYPE html>',
         '<html xmlns="http://www.w3.org/1999/xhtml" lang="nl" xml:lang="nl">',
         '<head>',
         '<meta charset="utf-8" />',
         '<title>Besluit van de gemeenteraad van Sassendael tot vaststelling van het Integraal Veiligheidsplan Sassendael 2026-2028 | Gemeenteblad 2025, 418362 | Officiële bekendmakingen</title>',
         '<meta name="DC.identifier" content="gmb-2025-418362" />',
         '<meta name="DC.creator" content="Sassendael" />',
         '<meta name="OVERHEID.organisationType" content="gemeente" />',
         '<meta name="OVERHEIDop.publicationName" content="Gemeenteblad" />',
         '<meta name="DCTERMS.available" content="2025-10-08" />',
         '<meta name="DCTERMS.issued" content="2025-09-30" />',
         '<meta name="DC.type" content="Verordeningen en andere besluiten van algemene strekking" />',
         '<link rel="stylesheet" href="/css/ob.css" />',
         '<script>window.dataLayer = window.dataLayer || [];</script>',
         '</head>',
         '<body>',
         '<div class="skiplinks"><a href="#content">Direct naar de inhoud</a></div>',
         '<header class="site-header"><div class="logo">Overheid.nl</div><p class="site-title">Officiële bekendmakingen</p>',
         '<form class="zoeken" action="/zoeken"><label for="q">Zoeken in officiële publicaties</label><input id="q" name="q" type="text" /><button type="submit">Zoeken</button></form></header>',
         '<nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/zoeken">Zoekresultaten</a></li><li>Gemeenteblad 2025, 418362</li></ol></nav>',
         '<main id="content">',
         '<div class="publicatie-meta"><h2>Gegevens van de publicatie</h2><table class="metadata"><tbody>']
    h += ['<tr><th scope="row">%s</th><td>%s</td></tr>' % (esc(a), esc(b)) for a, b in META]
    h += ['</tbody></table></div>',
          '<div id="broodtekst" class="stuk gemeenteblad">',
          '<div class="kop"><p class="officiele-publicatie">GEMEENTEBLAD</p><p class="orgaan">Officiële uitgave van de gemeente Sassendael</p>'
          '<p class="nummer">Nr. 418362</p><p class="datum">8 oktober 2025</p></div>',
          '<h1 class="titel">Besluit van de gemeenteraad van Sassendael tot vaststelling van het Integraal Veiligheidsplan Sassendael 2026-2028</h1>',
          '<div class="aanhef"><p class="al">De raad van de gemeente Sassendael;</p>',
          '<p class="al">gelezen het voorstel van burgemeester en wethouders van 26 augustus 2025, kenmerk RV 2025-061;</p>',
          '<p class="al">gelet op artikel 38b van de Politiewet 2012 en de artikelen 108 en 147 van de Gemeentewet;</p>',
          '<p class="al">gehoord de commissie Bestuur en Veiligheid van 15 september 2025;</p>',
          '<p class="al">besluit vast te stellen:</p>',
          '<p class="al">het Besluit tot vaststelling van het Integraal Veiligheidsplan Sassendael 2026-2028.</p></div>']
    h += [artikel(*a) for a in ARTIKELEN]
    h += ['<div class="ondertekening"><p class="al">Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Sassendael van 30 september 2025.</p>',
          '<p class="functie">De griffier,</p><p class="naam">drs. M.A. Pluijmen</p>',
          '<p class="functie">De voorzitter,</p><p class="naam">mr. E.J.M. Vliegen</p></div>',
          '<div class="bijlage" id="bijlage1"><h2 class="bijlage_kop">Bijlage 1 Integraal Veiligheidsplan Sassendael 2026-2028</h2>',
          blocks(BIJLAGE), '</div>',
          '<div class="toelichting"><h2 class="toelichting_kop">Toelichting</h2>', blocks(TOELICHTING), '</div>',
          '</div>',
          '<div class="downloads"><h2>Downloads</h2><ul><li><a href="/gmb-2025-418362.pdf">PDF (212 kB)</a></li>'
          '<li><a href="/gmb-2025-418362.xml">XML (48 kB)</a></li></ul>'
          '<p class="permalink">Permanente link: https://zoek.officielebekendmakingen.nl/gmb-2025-418362</p></div>',
          '</main>',
          '<footer class="site-footer"><ul><li><a href="/over">Over deze site</a></li><li><a href="/toegankelijkheid">Toegankelijkheid</a></li>'
          '<li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact</a></li></ul><p>Officiële bekendmakingen is een dienst van de Rijksoverheid.</p></footer>',
          '<noscript>Schakel JavaScript in voor de zoekfunctie.</noscript>',
          '</body>', '</html>']
    return "\n".join(h) + "\n"


if __name__ == "__main__":
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(page())
    print("wrote", OUT)
