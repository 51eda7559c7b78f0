"""Build the fictional plan of the gemeente Ravelingen as a Word document.

Writes eval/dev5/corpus/ravelingen.docx with python-docx:

    /work/main/.venv/bin/python eval/dev5/sources/build_ravelingen.py

Word structure (what the file tests):
- Title / Subtitle on a title page, then Heading 1/2/3 with the numbering typed in
  the heading text ("4.2 Ondermijning in het buitengebied", "4.2.1 ...").
- REAL Word list numbering: paragraphs in the styles 'List Number', 'List Bullet',
  'List Number 2' and 'List Bullet 2'. The numbers and bullets are NOT in the text;
  Word (and LibreOffice) draw them from numbering.xml. Every new 'List Number' list
  restarts at 1 through its own <w:num> with a startOverride, and every 'List
  Number 2' sub-list restarts at a) through a <w:lvlOverride> that switches the level
  to lowerLetter "%1)". A plain python-docx text extraction therefore shows the list
  items without any marker.
- Paragraphs that start with a bold inline label ("Doel:", "Aanpak:", "Partners:",
  "Wat we meten:") followed by normal text in a second run.
- Table 1 "Kerncijfers" with a header row (marked as repeating header row) and four
  group rows ("Zorg en veiligheid", "Buitengebied", ...) whose single cell is
  merged horizontally over all five columns (gridSpan). python-docx returns such a
  merged cell once per grid column, so the standard extraction repeats the group
  label five times, separated by tabs.
- Table 2 "Uitvoeringsagenda" (Actie | Trekker | Partners | Planning | Budget), in a
  landscape section of its own (three sections: portrait, landscape, portrait; the
  later sections inherit the header and footer of the first).
- A page header ("Integraal Veiligheidsplan Ravelingen 2025-2028") and a footer with
  a PAGE field; neither is part of the standard extraction.
- Core properties (title, subject, author, fixed dates) and fixed zip timestamps, so
  that a rerun gives a byte-identical file.

Deliberate civil-service imperfections (keep them; questions may quote them):
- Typos: "ondernemrs" (4.4.1) and "Zorg- en Veiligheidhuis" (6.2, without the s).
- Inconsistent capitals: "Nachtburgemeester"/"nachtburgemeester",
  "Buitengebied"/"buitengebied", "Lokale Driehoek"/"lokale driehoek",
  "Erfcoach"/"erfcoach".
- One very long sentence in 3.1 ("Omdat de vraag wie ...").
- The key-figure table has a footnote-like "*" on "2024*" that is explained only in
  the caption below the table.
"""
import copy
import io
import os
import sys
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "corpus", "ravelingen.docx")

TITLE = "Integraal Veiligheidsplan Ravelingen 2025-2028"

# ---------------------------------------------------------------------------
# Content. Each item is (kind, payload):
#   h1/h2/h3 heading; p paragraph; lead (label, text); n/n2/b/b2 list items;
#   table (rows, caption, widths, group_rows); pb page break
# ---------------------------------------------------------------------------
C = []


def h1(t): C.append(("h1", t))
def h2(t): C.append(("h2", t))
def h3(t): C.append(("h3", t))
def p(t): C.append(("p", t))
def lead(label, t): C.append(("lead", (label, t)))
def n(t): C.append(("n", t))
def n2(t): C.append(("n2", t))
def b(t): C.append(("b", t))
def b2(t): C.append(("b2", t))
def table(rows, caption, widths, groups=()): C.append(("table", (rows, caption, widths, set(groups))))
def pb(): C.append(("pb", None))
def section(orient): C.append(("section", orient))


# ------------------------------- Voorwoord ---------------------------------
h1("Voorwoord")
p("Ravelingen is een gemeente met een levendige stad aan de Linge, drie dorpen met een sterk "
  "verenigingsleven en een groot buitengebied met fruittelers, melkveehouders en steeds meer "
  "lege stallen. Dat maakt onze gemeente aantrekkelijk om te wonen, uit te gaan en een bedrijf te "
  "beginnen. Het maakt ons ook kwetsbaar. Criminelen zoeken de stilte van het buitengebied op, de "
  "uitgaansnacht op de Havenkade is drukker en harder geworden en het aantal meldingen over "
  "inwoners die de grip op hun leven kwijt zijn, stijgt al vier jaar.")
p("In de afgelopen maanden heb ik met veel inwoners, ondernemers, horeca-exploitanten, boeren en "
  "hulpverleners gesproken. Wat mij is bijgebleven, is dat bijna iedereen iets wil bijdragen, als "
  "de gemeente maar laat zien wat zij zelf doet en wie je moet bellen als het misgaat. Dit plan is "
  "daarom geen verlanglijst, maar een keuze voor vier onderwerpen waar wij in de komende vier jaar "
  "samen het verschil willen maken. Ik dank iedereen die heeft meegedacht en reken op u bij de "
  "uitvoering.")
p("Drs. A.J. (Anouk) van Reenen, burgemeester van Ravelingen")

# ------------------------------- 1 Inleiding -------------------------------
h1("1. Inleiding")
h2("1.1 Waarom een nieuw plan")
p("Het Integraal Veiligheidsplan 2021-2024 loopt op 31 december 2024 af. Dit plan is de opvolger "
  "en geldt voor de jaren 2025 tot en met 2028. Het legt vast welke veiligheidsonderwerpen voorrang "
  "krijgen, wat we per onderwerp willen bereiken, wie welke rol heeft en hoe de gemeenteraad de "
  "voortgang kan volgen. Het plan is vastgesteld door de gemeenteraad van Ravelingen op 12 december "
  "2024 (raadsbesluit RV-2024-118) en treedt in werking op 1 januari 2025.")
h2("1.2 Wettelijk kader")
p("Artikel 38b van de Politiewet 2012 verplicht de gemeenteraad om ten minste eenmaal in de vier "
  "jaar de doelen vast te stellen die de gemeente op het terrein van veiligheid nastreeft. Die "
  "doelen zijn tegelijk de lokale inbreng voor het beleidsplan van de politie-eenheid "
  "Oost-Nederland. De burgemeester handhaaft de openbare orde (artikel 172 Gemeentewet) en heeft "
  "daarbij het gezag over de politie. Het college van burgemeester en wethouders voert de regie "
  "over het integrale veiligheidsbeleid (artikel 160 Gemeentewet). Het Openbaar Ministerie gaat over "
  "de opsporing en vervolging van strafbare feiten.")
h2("1.3 Hoe dit plan tot stand kwam")
p("Wij hebben het plan in vijf stappen opgesteld:")
n("een analyse van de politiecijfers 2021-2024, de meldingen bij het Meldpunt Zorg en Overlast en "
  "de uitkomsten van de Veiligheidsmonitor 2023;")
n("achttien gesprekken met partners, van de teamchef van de politie tot de voorzitter van de "
  "LTO-afdeling Bremmelo;")
n("een digitale enquête onder het Ravelpanel, die 1.412 inwoners en 236 ondernemers hebben "
  "ingevuld;")
n("een werkavond met de gemeenteraad op 18 september 2024, waarin de raad uit zeven kandidaten vier "
  "prioriteiten heeft gekozen;")
n("bespreking van het concept in de Lokale Driehoek op 7 oktober 2024.")
h2("1.4 Wat niet in dit plan staat")
p("Jeugdoverlast en jeugdcriminaliteit zijn bewust geen onderdeel van dit Integraal "
  "Veiligheidsplan. Voor jongeren heeft de gemeenteraad in maart 2024 het Jeugdpreventieplan "
  "'Kansrijk Opgroeien 2024-2027' vastgesteld, dat de aanpak van hinderlijke jeugdgroepen, "
  "middelengebruik onder jongeren en het ronselen van jongeren voor criminele klussen regelt. "
  "Wij verwijzen in dit plan alleen naar dat programma waar de onderwerpen elkaar raken. Ook "
  "brandveiligheid en de voorbereiding op rampen en crises werken wij hier niet uit; die staan in "
  "het regionaal beleidsplan van de Veiligheidsregio Lingedal.")

# ------------------------------- 2 Terugblik -------------------------------
h1("2. Terugblik en analyse")
h2("2.1 Wat heeft het vorige plan opgeleverd?")
p("In het plan 2021-2024 stonden woninginbraak, drugsoverlast, zorg en veiligheid en "
  "verkeersveiligheid centraal. Niet alles is gelukt, maar de balans is positief:")
b("het aantal woninginbraken daalde van 104 in 2021 naar 64 in 2024, een daling van 38 procent;")
b("de Havenkade kreeg in 2022 cameratoezicht met negen camera's;")
b("het Meldpunt Zorg en Overlast ging in 2023 van start, een jaar later dan gepland;")
b("de aanpak van drugsoverlast in de wijk Lingeoever leidde tot de sluiting van vier panden op "
  "grond van artikel 13b Opiumwet.")
p("Minder goed liep de samenwerking in het buitengebied. Signalen van boeren over verdachte "
  "huurders kwamen wel bij de wijkagent binnen, maar er was geen vaste plek waar die signalen bij "
  "elkaar kwamen. Ook bleek dat het meldpunt na 17.00 uur en in het weekend niet bereikbaar was, "
  "terwijl de meeste meldingen over verward gedrag juist dan binnenkomen.")
h2("2.2 Ravelingen in cijfers")
p("Ravelingen telde op 1 januari 2024 41.260 inwoners: 27.900 in de stad Ravelingen, 6.400 in "
  "Hulsdonk, 4.100 in Bremmelo en 2.860 in Oud-Ravel. In het buitengebied liggen 312 agrarische "
  "bedrijven. Sinds 2015 zijn 74 bedrijven gestopt; de gemeente schat dat er ongeveer 190 stallen en "
  "schuren leeg staan of niet meer voor de landbouw worden gebruikt. De tabel hieronder bevat de "
  "cijfers die voor de keuze van de prioriteiten het zwaarst hebben gewogen.")
table([
    ["Indicator", "2021", "2022", "2023", "2024*"],
    ["Zorg en veiligheid"],
    ["E33-meldingen (personen met verward gedrag)", "287", "312", "341", "372"],
    ["Meldingen Meldpunt Zorg en Overlast", "-", "-", "171", "203"],
    ["Buitengebied"],
    ["Aangetroffen drugslocaties (labs, opslag, dumpingen)", "3", "5", "4", "8"],
    ["Ontmantelde hennepkwekerijen", "11", "9", "14", "12"],
    ["Uitgaan"],
    ["Geweldsincidenten Havenkade (vr/za 22.00-06.00 uur)", "58", "64", "71", "66"],
    ["Opgelegde horecaontzeggingen", "6", "9", "13", "17"],
    ["Ondernemers"],
    ["Aangiften van cybercrime door ondernemers", "21", "34", "39", "47"],
    ["Woninginbraken (ter vergelijking)", "104", "88", "76", "64"],
], "Tabel 1. Kerncijfers Ravelingen 2021-2024. Bron: politie basisteam Linge-Oost, Meldpunt Zorg "
   "en Overlast, gemeente. * De cijfers over 2024 zijn doorgetrokken op basis van de stand op 31 "
   "oktober 2024.",
   [7.6, 1.9, 1.9, 1.9, 1.9], groups=(1, 4, 7, 10))
p("Opvallend is de stijging van het aantal E33-meldingen met bijna 30 procent in vier jaar. Het "
  "aantal aangetroffen drugslocaties in het buitengebied is klein, maar de gevolgen zijn groot: in "
  "2024 werden in een schuur aan de Broekdijk 1.900 liter chemicaliën aangetroffen. Het aantal "
  "aangiften van cybercrime door ondernemers is meer dan verdubbeld, terwijl de politie ervan "
  "uitgaat dat maar een klein deel van de ondernemers aangifte doet.")
h2("2.3 Wat inwoners en ondernemers zeggen")
p("In de Veiligheidsmonitor 2023 gaven inwoners van Ravelingen de veiligheid in hun buurt "
  "gemiddeld een 7,2. Van hen voelt 19 procent zich wel eens onveilig in de eigen buurt; in het "
  "centrum van de stad is dat 's avonds 33 procent. In de enquête onder het Ravelpanel noemde 41 "
  "procent van de inwoners 'mensen die zich vreemd of dreigend gedragen' als een probleem in de "
  "buurt, tegen 26 procent in 2020. Van de 236 ondernemers die de enquête invulden, was 27 procent "
  "het afgelopen jaar slachtoffer van een vorm van cybercrime, meestal phishing of factuurfraude. "
  "Slechts een op de vijf van hen deed aangifte.")

# ------------------------------- 3 Visie -----------------------------------
h1("3. Visie en keuzes")
h2("3.1 Onze visie")
p("Ravelingen wil een gemeente zijn waar mensen zich thuis en veilig voelen, waar kwetsbare "
  "inwoners op tijd hulp krijgen en waar criminelen merken dat ze niet welkom zijn. Dat bereiken wij "
  "niet met meer regels, maar met een overheid die dichtbij is, signalen serieus neemt en "
  "samenwerkt.")
p("Omdat de vraag wie er verantwoordelijk is voor een inwoner die 's nachts verward over straat "
  "loopt, voor een boer die wordt benaderd om zijn schuur contant te verhuren of voor een "
  "ondernemer wiens bestanden zijn versleuteld, in de praktijk vaak pas wordt gesteld als het al "
  "mis is gegaan, en omdat de partners die het antwoord moeten geven elk hun eigen wetten, "
  "budgetten en werktijden hebben, leggen wij in dit plan per prioriteit vast wie de trekker is, "
  "welke partners meedoen en welk resultaat we in 2028 willen zien.")
p("Bij alles wat we doen hanteren we drie uitgangspunten:")
b("dichtbij: de wijkagent, de boa en de wijkcoach zijn bekend in hun wijk of dorp;")
b("alert: medewerkers van gemeente en partners herkennen signalen en weten waar zij die melden;")
b("verbonden: zorg, straf en bestuur werken vanuit één plan per persoon of per locatie.")
h2("3.2 Vier prioriteiten")
p("Voor de periode 2025-2028 kiest de gemeenteraad voor de volgende prioriteiten:")
n("Zorg en veiligheid: personen met verward gedrag")
n("Ondermijning in het buitengebied")
n("Veilig uitgaan")
n("Cybercrime bij ondernemers")
p("De andere veiligheidsthema's, zoals woninginbraak, verkeersveiligheid en evenementen, noemen wij "
  "basisveiligheid. Daar blijven wij in investeren, maar er komen geen nieuwe doelen of extra "
  "middelen bij (zie hoofdstuk 5).")

# ------------------------------- 4 Prioriteiten ----------------------------
h1("4. De prioriteiten uitgewerkt")

h2("4.1 Zorg en veiligheid: personen met verward gedrag")
h3("4.1.1 Wat we zien")
p("De politie registreerde in 2024 naar verwachting 372 E33-meldingen. Een E33-melding is de "
  "code die de politie gebruikt voor een melding over een persoon met verward gedrag. Bij ongeveer "
  "een kwart van deze meldingen gaat het om een kleine groep van ongeveer veertig inwoners die "
  "steeds terugkomt. Achter veel meldingen gaan schulden, verslaving, eenzaamheid of een "
  "verstandelijke beperking schuil. Agenten besteden gemiddeld drie uur aan een E33-melding, "
  "vooral omdat zij moeten wachten op de crisisdienst of op vervoer.")
h3("4.1.2 Doelen en aanpak")
lead("Doel:", "in 2028 wordt elke melding over een persoon met verward gedrag die geen "
     "spoedeisende hulp vraagt, binnen 24 uur opgepakt door het Meldpunt Zorg en Overlast. Het "
     "aantal E33-meldingen is in 2028 niet hoger dan 340 per jaar en voor de groep terugkerende "
     "inwoners is de helft minder meldingen dan in 2024.")
lead("Aanpak:", "wij organiseren de hulp rond verward gedrag in drie lagen:")
b("Een beter bereikbaar meldpunt:")
b2("het Meldpunt Zorg en Overlast is vanaf 1 juli 2025 ook op doordeweekse avonden tot 22.00 uur "
   "en op zaterdag bereikbaar;")
b2("buren, huisartsen en medewerkers van de woningcorporaties kunnen er ook melden als er nog "
   "niets is gebeurd, maar zij zich zorgen maken;")
b("Een straatteam voor de avond en de nacht:")
b2("in een pilot van twee jaar rijdt een GGZ-verpleegkundige van Stichting GGZ Lingestroom op "
   "vrijdag- en zaterdagavond mee met de politie;")
b2("het team kan een inwoner thuis of op straat beoordelen, zodat minder mensen naar het "
   "politiebureau hoeven;")
b("Een persoonsgerichte aanpak voor de zwaarste casussen, via de levensloopaanpak van het Zorg- "
  "en Veiligheidshuis Lingedal, voor tien inwoners per jaar.")
p("Als er een melding binnenkomt, volgt het meldpunt een vast stappenplan:")
n("Het meldpunt beoordeelt binnen vier uur hoe ernstig de situatie is:")
n2("acuut gevaar: de melder wordt doorverwezen naar 112 en de crisisdienst;")
n2("zorgen zonder acuut gevaar: een medewerker neemt binnen 24 uur contact op met de inwoner;")
n2("onduidelijk: het meldpunt vraagt informatie op bij de wijkagent en de huisarts.")
n("De medewerker legt een huisbezoek af, zo mogelijk samen met een bekende van de inwoner.")
n("Bij meerdere problemen stelt de casusregisseur binnen twee weken één plan op, waarin ook de "
  "afspraken met de woningcorporatie en de schuldhulp staan.")
n("Na drie maanden controleert het meldpunt of de afspraken zijn nagekomen.")
lead("Partners:", "GGD Lingedal, Stichting GGZ Lingestroom, de politie (basisteam Linge-Oost), het "
     "Zorg- en Veiligheidshuis Lingedal, Woonstichting Ravelstede, Thuis aan de Linge, de "
     "huisartsen en Stichting Sociaal Werk Ravelingen.")
lead("Wat we meten:", "het aantal E33-meldingen, de tijd tussen melding en eerste contact, het "
     "aantal terugkerende meldingen per persoon en het aantal uren dat agenten per melding kwijt "
     "zijn.")

h2("4.2 Ondermijning in het buitengebied")
h3("4.2.1 Wat we zien")
p("Het Buitengebied van Ravelingen is rustig, uitgestrekt en slecht verlicht. Door de "
  "schaalvergroting in de landbouw zijn er veel stallen, schuren en loodsen vrijgekomen. Sommige "
  "eigenaren worden benaderd door onbekenden die een schuur voor een jaar vooruit en contant "
  "willen huren, 'voor de opslag van caravans'. Het ondermijningsbeeld van het RIEC Oost-Nederland "
  "uit 2023 laat zien dat dit soort panden wordt gebruikt voor drugslabs, hennepkwekerijen, de "
  "opslag van gestolen goederen en de huisvesting van arbeidskrachten in onveilige omstandigheden. "
  "Ondermijning is de verwevenheid van de onderwereld met de bovenwereld: criminelen die legale "
  "bedrijven, panden en diensten gebruiken en daarmee de samenleving en het vertrouwen in de "
  "overheid aantasten.")
h3("4.2.2 Doelen en aanpak")
lead("Doel:", "in 2028 heeft de gemeente een actueel beeld van alle leegstaande agrarische "
     "gebouwen, hebben 280 erven een bezoek van de Erfcoach gehad en daalt het aantal aangetroffen "
     "drugslocaties in het buitengebied naar hooguit 3 per jaar.")
lead("Aanpak:", "de aanpak rust op vier pijlers:")
n("Zicht op leegstand. Wij leggen in 2025 een register 'Leegstand in Beeld' aan, met de gegevens "
  "van de omgevingsvergunningen, de gebruiksmeldingen en de waarnemingen van de boa's.")
n("Weerbare eigenaren. Een erfcoach van de gemeente bezoekt boeren en eigenaren van vrijgekomen "
  "gebouwen. Hij of zij geeft voorlichting over:")
n2("de signalen van criminele verhuur, zoals contante betaling, geen KvK-inschrijving en "
   "dichtgeplakte ramen;")
n2("de gevolgen voor de eigenaar zelf, zoals sluiting van het pand en het verlies van de "
   "verzekering;")
n2("de mogelijkheid om anoniem te melden bij Meld Misdaad Anoniem.")
n("Samen controleren. Gemeente, politie, Belastingdienst, de Omgevingsdienst Linge en de "
  "netbeheerder houden ten minste zes integrale controles per jaar.")
n("Stevig optreden. De burgemeester sluit panden waar drugs worden geproduceerd of opgeslagen "
  "(artikel 13b Opiumwet) en wij passen de Wet Bibob toe bij vergunningen voor recreatie en "
  "opslag in het buitengebied.")
p("Bij de eerste erfbezoeken in 2024 bleek dat veel boeren niet weten dat zij ook zelf "
  "verantwoordelijk zijn voor wat er in hun verhuurde schuur gebeurt. De erfcoach werkt daarom nauw "
  "samen met de LTO-afdeling Bremmelo en de fruittelersvereniging 'De Lingebloesem'.")
lead("Partners:", "politie, Openbaar Ministerie, RIEC Oost-Nederland, Belastingdienst, "
     "Omgevingsdienst Linge, netbeheerder Liander, LTO-afdeling Bremmelo, Waterschap Rivierenland "
     "en de Veiligheidsregio Lingedal (voor de veilige ontmanteling van drugslabs).")
lead("Wat we meten:", "het aantal erfbezoeken, het aantal meldingen uit het buitengebied, het "
     "aantal integrale controles en het aantal aangetroffen drugslocaties.")

h2("4.3 Veilig uitgaan")
h3("4.3.1 Wat we zien")
p("Het uitgaansgebied van Ravelingen ligt aan de Havenkade en het Kloosterplein. Er zijn veertien "
  "horecabedrijven met een nachtvergunning tot 04.00 uur. Op een gewone zaterdagnacht komen er "
  "zo'n 2.500 bezoekers, tijdens de Lingefeesten in augustus het dubbele. Het aantal "
  "geweldsincidenten in het uitgaansgebied steeg van 58 in 2021 naar 71 in 2023, en daalde in 2024 "
  "licht naar 66. Horecaondernemers melden meer agressie aan de deur, meer lachgas en meer gevallen "
  "waarin iemand iets in een drankje heeft gekregen. De meeste incidenten vinden plaats tussen "
  "03.00 en 05.00 uur, als de zaken sluiten en iedereen tegelijk naar de taxistandplaats loopt.")
h3("4.3.2 Doelen en aanpak")
lead("Doel:", "het aantal geweldsincidenten in het uitgaansgebied daalt tussen 2024 en 2028 met "
     "20 procent, naar maximaal 53 per jaar. Ten minste 80 procent van de uitgaanders geeft in de "
     "uitgaansenquête van 2027 aan zich veilig te voelen op de Havenkade.")
lead("Aanpak:", "")
b("In het eerste kwartaal van 2025 vernieuwen de burgemeester, de politie, het OM en KHN afdeling "
  "Ravelingen het Convenant Veilig Uitgaan. Daarin staan onder meer:")
b2("de collectieve horecaontzegging, die nu ook geldt voor de terrassen;")
b2("afspraken over het aantal portiers per bedrijf en hun bereikbaarheid via een portofoonnet;")
b2("een gespreide sluiting: de helft van de zaken sluit om 03.30 uur, de andere helft om 04.00 "
   "uur.")
b("Wij benoemen in 2025 een Nachtburgemeester: een uitgaander die de stem van de nacht "
  "vertegenwoordigt en het gesprek voert tussen horeca, bezoekers, bewoners en gemeente. De "
  "nachtburgemeester krijgt een vergoeding van € 12.000 per jaar.")
b("Vier boa's zijn in de uitgaansnachten tot 04.30 uur aanwezig op de Havenkade en bij de "
  "taxistandplaats.")
b("Barpersoneel volgt de training 'Barpersoneel alert' over agressie, drugs in drankjes en het "
  "voorkomen van seksuele intimidatie.")
b("De negen camera's op de Havenkade worden in 2026 vervangen en uitgebreid met twee camera's bij "
  "de taxistandplaats.")
lead("Partners:", "KHN afdeling Ravelingen, de horecaondernemers, de politie, het Openbaar "
     "Ministerie, de portiersbedrijven, de GGD Lingedal (voor voorlichting over alcohol en drugs) en "
     "de taxicentrale.")
lead("Wat we meten:", "het aantal geweldsincidenten, het aantal horecaontzeggingen, de uitkomsten "
     "van de uitgaansenquête en het aantal gevolgde trainingen.")

h2("4.4 Cybercrime bij ondernemers")
h3("4.4.1 Wat we zien")
p("Ravelingen heeft ongeveer 3.900 bedrijven, waarvan 86 procent minder dan tien medewerkers "
  "heeft. Juist die kleine bedrijven zijn een makkelijk doelwit. Een op de vier ondernemrs die onze "
  "enquête invulden, kreeg het afgelopen jaar te maken met phishing, factuurfraude of "
  "CEO-fraude; vijf bedrijven werden getroffen door ransomware. Eén transportbedrijf op "
  "bedrijventerrein De Kolk lag in 2023 na een aanval acht dagen stil. De schade voor de "
  "ondernemers die een bedrag noemden, liep uiteen van € 400 tot € 68.000.")
p("Onder cybercrime verstaan wij in dit plan alle vormen van criminaliteit waarbij ICT zowel het "
  "middel als het doelwit is, zoals hacken en ransomware, en vormen van gedigitaliseerde "
  "criminaliteit, zoals online oplichting en factuurfraude.")
h3("4.4.2 Doelen en aanpak")
lead("Doel:", "in 2028 hebben 250 ondernemers uit Ravelingen een cyberscan laten doen, weet 70 "
     "procent van de ondernemers waar zij een cyberincident kunnen melden (2024: 38 procent) en "
     "doet een groter deel van de getroffen ondernemers aangifte.")
lead("Aanpak:", "")
n("Een voucherregeling 'Digitaal Veilig Ondernemen': ondernemers met minder dan 50 medewerkers "
  "krijgen een voucher van € 750 voor een cyberscan en advies door een gecertificeerd bedrijf. In "
  "2025 en 2026 zijn er 200 vouchers beschikbaar.")
n("Een cyberadviseur van 0,5 fte bij het Ondernemersloket, die ondernemers helpt met een "
  "eerste scan en hen doorverwijst naar het Digital Trust Center en de politie.")
n("Twee keer per jaar een bijeenkomst met de politie en de Ondernemersvereniging Ravelingen Centrum, "
  "waarin ondernemers oefenen met een gesimuleerde aanval.")
n("Een collectieve cybercheck voor de bedrijventerreinen De Kolk en Hulsdonk-West, via het "
  "parkmanagement.")
lead("Partners:", "de Ondernemersvereniging Ravelingen Centrum (ORC), Parkmanagement De Kolk, het "
     "Digital Trust Center, de politie (team Digitale Criminaliteit Oost-Nederland), de Kamer van "
     "Koophandel en het Ondernemersloket van de gemeente.")
lead("Wat we meten:", "het aantal uitgegeven vouchers en scans, het aantal aangiften en de "
     "uitkomsten van de ondernemersenquête in 2026 en 2028.")

# ------------------------------- 5 Basisveiligheid -------------------------
h1("5. Basisveiligheid")
p("Naast de vier prioriteiten blijven wij de basis op orde houden. Het gaat om:")
b("woninginbraak, met de WhatsApp-buurtpreventiegroepen en het jaarlijkse Donkere Dagen Offensief;")
b("verkeersveiligheid, via het Gemeentelijk Verkeers- en Vervoersplan;")
b("evenementenveiligheid, met het draaiboek voor de Lingefeesten;")
b("de jaarwisseling, met vuurwerkvrije zones rond de zorgcentra;")
b("huiselijk geweld, via Veilig Thuis Lingedal;")
b("de veilige publieke taak voor medewerkers, boa's en bestuurders.")
p("Voor deze onderwerpen gelden de afspraken en budgetten die er al zijn. De raad wordt over de "
  "ontwikkeling geïnformeerd in de jaarlijkse voortgangsbrief.")

# ------------------------------- 6 Organisatie -----------------------------
h1("6. Organisatie en regie")
h2("6.1 Rollen")
p("De gemeenteraad stelt de kaders vast en controleert het college. Het college is verantwoordelijk "
  "voor de uitvoering van dit plan; de burgemeester is als portefeuillehouder openbare orde en "
  "veiligheid het eerste aanspreekpunt. De wethouder Zorg is medeverantwoordelijk voor prioriteit 1 "
  "en de wethouder Economie voor prioriteit 4. De afdeling Veiligheid & Handhaving coördineert de "
  "uitvoering en houdt het overzicht over alle acties.")
h2("6.2 Overleggen")
b("De lokale driehoek (burgemeester, officier van justitie en teamchef politie) komt zes keer per "
  "jaar bijeen.")
b("Het Veiligheidsoverleg Ravelingen (VOR) met de trekkers van alle acties komt elk kwartaal bijeen.")
b("Het Casusoverleg Zorg en Veiligheid bespreekt elke twee weken de casussen van het meldpunt, "
  "samen met het Zorg- en Veiligheidhuis Lingedal.")
b("Het Lokaal Ondermijningsoverleg komt maandelijks bijeen, met het RIEC als vaste deelnemer.")
b("Het Horecaoverleg Havenkade vindt vier keer per jaar plaats, met de Nachtburgemeester als "
  "gast.")
h2("6.3 Informatie delen")
p("Voor de aanpak van verward gedrag en van ondermijning is het delen van informatie tussen "
  "partners noodzakelijk. Dat gebeurt alleen binnen de kaders van de AVG en op basis van de "
  "convenanten van het Zorg- en Veiligheidshuis en het RIEC. Voor het meldpunt stellen wij in 2025 "
  "een privacyprotocol op, dat de functionaris gegevensbescherming vooraf toetst.")

# ------------------------------- 7 Financien -------------------------------
h1("7. Financiën")
p("In de begroting 2025 is voor het programma Veiligheid € 2.384.000 beschikbaar. Daarvan gaat "
  "€ 1.610.000 naar de bijdrage aan de Veiligheidsregio Lingedal. Voor de uitvoering van de vier "
  "prioriteiten is daarnaast structureel € 412.000 per jaar nodig, dat de raad bij de begroting "
  "2025 beschikbaar heeft gesteld:")
b("prioriteit 1, zorg en veiligheid: € 128.000;")
b("prioriteit 2, ondermijning in het buitengebied: € 96.000;")
b("prioriteit 3, veilig uitgaan: € 104.000;")
b("prioriteit 4, cybercrime bij ondernemers: € 84.000.")
p("Voor de voucherregeling Digitaal Veilig Ondernemen is eenmalig € 150.000 beschikbaar, verdeeld "
  "over 2025 en 2026, uit de reserve Economische Structuurversterking. Voor de pilot met het "
  "straatteam vragen wij daarnaast een bijdrage van de zorgverzekeraar; als die niet komt, stopt de "
  "pilot na 2026 of maakt het college een nieuw voorstel aan de raad.")

# ------------------------------- 8 Monitoring ------------------------------
h1("8. Monitoring en verantwoording")
p("Wij volgen de uitvoering van dit plan op drie manieren:")
n("Een veiligheidsdashboard, dat elk kwartaal wordt bijgewerkt met de cijfers van de politie, het "
  "meldpunt en de gemeente, en dat voor raadsleden toegankelijk is.")
n("Een jaarlijkse voortgangsbrief aan de raad, uiterlijk in april, over het voorgaande jaar.")
n("Een tussenevaluatie in 2027, op basis van de Veiligheidsmonitor 2025, de uitgaansenquête en de "
  "ondernemersenquête. Zo nodig stelt de raad daarna de prioriteiten of de doelen bij.")
p("In 2028 volgt de eindevaluatie, die de basis vormt voor het Integraal Veiligheidsplan "
  "2029-2032.")

# ------------------------------- 9 Uitvoeringsagenda -----------------------
section("landscape")
h1("9. Uitvoeringsagenda 2025-2028")
p("De tabel hieronder geeft de belangrijkste acties per prioriteit. Het college kan de agenda ieder "
  "jaar aanpassen en meldt dat in de voortgangsbrief.")
table([
    ["Actie", "Trekker", "Partners", "Planning", "Budget"],
    ["Meldpunt Zorg en Overlast ook 's avonds en op zaterdag bereikbaar", "Team Zorg & Veiligheid",
     "GGD Lingedal, politie", "1 juli 2025", "€ 48.000 per jaar"],
    ["Levensloopaanpak voor tien inwoners per jaar", "Zorg- en Veiligheidshuis Lingedal",
     "GGZ Lingestroom, reclassering, corporaties", "Doorlopend", "€ 40.000 per jaar"],
    ["Pilot straatteam GGZ-verpleegkundige en politie", "GGZ Lingestroom", "Politie, gemeente",
     "2025-2026", "€ 40.000 per jaar"],
    ["Erfcoach (0,6 fte) en 280 erfbezoeken", "Afdeling Veiligheid & Handhaving",
     "LTO-afdeling Bremmelo, politie, RIEC", "2025-2028", "€ 54.000 per jaar"],
    ["Zes integrale controles per jaar in het buitengebied", "Afdeling Veiligheid & Handhaving",
     "Politie, Belastingdienst, Omgevingsdienst Linge, Liander", "Jaarlijks", "€ 30.000 per jaar"],
    ["Register 'Leegstand in Beeld'", "Afdeling Ruimte", "Omgevingsdienst Linge, boa's",
     "Eind 2025", "€ 12.000 per jaar"],
    ["Vernieuwd Convenant Veilig Uitgaan", "Burgemeester", "KHN, politie, OM, portiersbedrijven",
     "Q1 2025", "Regulier"],
    ["Benoeming Nachtburgemeester", "College", "KHN, jongerenraad", "Q3 2025", "€ 12.000 per jaar"],
    ["Boa's in de uitgaansnachten tot 04.30 uur", "Afdeling Veiligheid & Handhaving", "Politie",
     "Vanaf 2025", "€ 40.000 per jaar"],
    ["Vervanging en uitbreiding camera's Havenkade", "Afdeling Veiligheid & Handhaving", "Politie",
     "2026", "€ 38.000 per jaar"],
    ["Training 'Barpersoneel alert'", "KHN afdeling Ravelingen", "GGD Lingedal, politie",
     "Jaarlijks", "€ 14.000 per jaar"],
    ["Voucherregeling Digitaal Veilig Ondernemen (200 vouchers)", "Team Economie",
     "ORC, Digital Trust Center", "2025-2026", "€ 150.000 eenmalig"],
    ["Cyberadviseur Ondernemersloket (0,5 fte)", "Team Economie", "Politie, KvK", "Vanaf Q2 2025",
     "€ 56.000 per jaar"],
    ["Bijeenkomsten met oefening cyberaanval", "Politie", "ORC, gemeente", "Twee keer per jaar",
     "€ 10.000 per jaar"],
    ["Collectieve cybercheck De Kolk en Hulsdonk-West", "Parkmanagement De Kolk", "Gemeente",
     "2026", "€ 18.000 per jaar"],
    ["Tussenevaluatie Integraal Veiligheidsplan", "Afdeling Veiligheid & Handhaving",
     "Alle partners", "2027", "Regulier"],
], "Tabel 2. Uitvoeringsagenda 2025-2028", [8.0, 4.6, 6.0, 3.0, 3.2])
section("portrait")

# ------------------------------- Bijlagen ----------------------------------
h1("Bijlage 1. Begrippen")
lead("Casusregisseur:", "de professional die bij een inwoner met meerdere problemen de regie "
     "voert over één gezamenlijk plan van aanpak en erop let dat partners hun afspraken nakomen.")
lead("CEO-fraude:", "oplichting waarbij criminelen zich in een e-mail of app voordoen als de "
     "directeur of een leidinggevende en een medewerker opdracht geven om met spoed een betaling "
     "te doen.")
lead("E33-melding:", "een melding bij de politie over een persoon met verward gedrag.")
lead("Erfcoach:", "een medewerker van de gemeente die agrarische ondernemers en eigenaren van "
     "vrijgekomen bedrijfsgebouwen bezoekt, hen weerbaar maakt tegen criminele benaderingen en "
     "signalen ophaalt.")
lead("Horecaontzegging:", "een maatregel waarbij een bezoeker die zich heeft misdragen de toegang "
     "wordt ontzegd tot alle horecabedrijven die bij het Convenant Veilig Uitgaan zijn aangesloten, "
     "voor een periode van drie maanden tot twee jaar.")
lead("Levensloopaanpak:", "een langdurige aanpak van het Zorg- en Veiligheidshuis voor een kleine "
     "groep mensen met psychische of verstandelijke problemen die ernstig geweld hebben gepleegd, "
     "waarbij één team hen jarenlang volgt, ook als er even niets aan de hand is.")
lead("Nachtburgemeester:", "een onafhankelijke ambassadeur van het nachtleven die namens "
     "uitgaanders en horeca meepraat over veiligheid en leefbaarheid in het uitgaansgebied. De "
     "nachtburgemeester is geen lid van het gemeentebestuur.")
lead("Ransomware:", "gijzelsoftware die de bestanden van een bedrijf versleutelt, waarna de "
     "criminelen losgeld vragen om ze weer vrij te geven.")
h1("Bijlage 2. Afkortingen")
b("AVG – Algemene verordening gegevensbescherming")
b("Bibob – Wet bevordering integriteitsbeoordelingen door het openbaar bestuur")
b("Boa – buitengewoon opsporingsambtenaar")
b("GGD – Gemeentelijke Gezondheidsdienst")
b("GGZ – geestelijke gezondheidszorg")
b("KHN – Koninklijke Horeca Nederland")
b("KvK – Kamer van Koophandel")
b("LTO – Land- en Tuinbouworganisatie Nederland")
b("OM – Openbaar Ministerie")
b("ORC – Ondernemersvereniging Ravelingen Centrum")
b("RIEC – Regionaal Informatie- en Expertisecentrum")
b("VOR – Veiligheidsoverleg Ravelingen")


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
class Numbering:
    """Creates a fresh <w:num> per list so that each list restarts at 1 (or a)."""

    def __init__(self, doc):
        self.doc = doc
        self.root = doc.part.numbering_part.element
        self.next_id = max(int(n.get(qn("w:numId"))) for n in self.root.findall(qn("w:num"))) + 1

    def abstract_of(self, style_name):
        num_id = self.doc.styles[style_name].element.pPr.numPr.numId.val
        for n in self.root.findall(qn("w:num")):
            if int(n.get(qn("w:numId"))) == num_id:
                return n.find(qn("w:abstractNumId")).get(qn("w:val"))
        raise KeyError(style_name)

    def new(self, style_name, letters=False):
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(self.next_id))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), self.abstract_of(style_name))
        num.append(a)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        if letters:
            lvl = OxmlElement("w:lvl")
            lvl.set(qn("w:ilvl"), "0")
            for tag, val in (("w:start", "1"), ("w:numFmt", "lowerLetter"), ("w:lvlText", "%1)"),
                             ("w:lvlJc", "left")):
                e = OxmlElement(tag)
                e.set(qn("w:val"), val)
                lvl.append(e)
            ppr = OxmlElement("w:pPr")
            ind = OxmlElement("w:ind")
            ind.set(qn("w:left"), "1080")
            ind.set(qn("w:hanging"), "360")
            ppr.append(ind)
            lvl.append(ppr)
            ov.append(lvl)
        num.append(ov)
        self.root.append(num)
        self.next_id += 1
        return self.next_id - 1


def set_num(paragraph, num_id):
    pPr = paragraph._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numPr.append(ilvl)
    numPr.append(nid)
    pPr.append(numPr)


def add_field(run, instr):
    for kind, extra in (("begin", None), ("instr", instr), ("separate", None), ("t", "1"),
                        ("end", None)):
        if kind == "instr":
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = extra
        elif kind == "t":
            e = OxmlElement("w:t")
            e.text = extra
        else:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), kind)
        run._r.append(e)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trPr.append(e)


def add_table(doc, rows, caption, widths, groups):
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
        for cell in t.columns[j].cells:
            cell.width = Cm(w)
    for i, row in enumerate(rows):
        if i in groups:
            merged = t.cell(i, 0).merge(t.cell(i, ncol - 1))
            merged.text = row[0]
            merged.paragraphs[0].runs[0].bold = True
            merged.paragraphs[0].runs[0].italic = True
            shade(merged, "E8EEF4")
            continue
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = val
            if i == 0:
                cell.paragraphs[0].runs[0].bold = True
                cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                shade(cell, "1F4E79")
    repeat_header(t.rows[0])
    cp = doc.add_paragraph(caption, style="Caption")
    return t


def build(path):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    cp = doc.core_properties
    cp.title = TITLE
    cp.subject = "Integraal veiligheidsbeleid gemeente Ravelingen"
    cp.author = "Gemeente Ravelingen, afdeling Veiligheid & Handhaving"
    cp.keywords = "veiligheid; IVP; Ravelingen; 2025-2028"
    cp.comments = "Vastgesteld door de gemeenteraad op 12 december 2024"
    cp.created = cp.modified = datetime(2024, 12, 13, 9, 0, 0)
    cp.last_modified_by = "Veiligheid & Handhaving"
    cp.revision = 7

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)  # A4
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.text = TITLE
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Gemeente Ravelingen | vastgesteld 12 december 2024 | pagina ")
    add_field(fp.add_run(), "PAGE")

    # title page
    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph("Alert, verbonden en dichtbij", style="Subtitle")
    doc.add_paragraph("Gemeente Ravelingen, met de kernen Ravelingen, Hulsdonk, Bremmelo en Oud-Ravel")
    doc.add_paragraph("Vastgesteld door de gemeenteraad van Ravelingen in de openbare vergadering van "
                      "12 december 2024")
    doc.add_paragraph("Afdeling Veiligheid & Handhaving, versie 1.3 (definitief)")
    doc.add_page_break()

    numbering = Numbering(doc)
    prev = None
    cur_n = cur_n2 = None
    for kind, x in C:
        if kind == "n" and prev not in ("n", "n2"):
            cur_n = numbering.new("List Number")
        if kind == "n2" and prev != "n2":
            cur_n2 = numbering.new("List Number 2", letters=True)
        if kind in ("h1", "h2", "h3"):
            doc.add_heading(x, level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(x)
        elif kind == "lead":
            label, text = x
            para = doc.add_paragraph()
            para.add_run(label).bold = True
            if text:
                para.add_run(" " + text)
        elif kind == "n":
            set_num(doc.add_paragraph(x, style="List Number"), cur_n)
        elif kind == "n2":
            set_num(doc.add_paragraph(x, style="List Number 2"), cur_n2)
        elif kind == "b":
            doc.add_paragraph(x, style="List Bullet")
        elif kind == "b2":
            doc.add_paragraph(x, style="List Bullet 2")
        elif kind == "pb":
            doc.add_page_break()
        elif kind == "table":
            add_table(doc, *x)
        elif kind == "section":
            new = doc.add_section(WD_SECTION.NEW_PAGE)
            w, h = new.page_width, new.page_height
            if (x == "landscape") != (w > h):
                new.page_width, new.page_height = h, w
            new.orientation = WD_ORIENT.LANDSCAPE if x == "landscape" else WD_ORIENT.PORTRAIT
            new.different_first_page_header_footer = False
        prev = kind

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so that reruns are byte-identical
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 12, 13, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, zin.read(info.filename))


def word_count():
    total = 0
    for kind, x in C:
        if kind == "table":
            total += sum(len(" ".join(r).split()) for r in x[0]) + len(x[1].split())
        elif kind == "lead":
            total += len((x[0] + " " + x[1]).split())
        elif x:
            total += len(x.split())
    return total


if __name__ == "__main__":
    build(OUT)
    print("wrote", OUT, "words~", word_count())
    sys.exit(0)
