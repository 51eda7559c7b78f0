"""Build the fictional plan of the gemeente Wolderbeek as a Word document.

Writes eval/dev9/corpus/wolderbeek.docx with python-docx:

    /work/main/.venv/bin/python eval/dev9/sources/build_wolderbeek.py

Word structure (what the file tests):
- A Word "cover page" and a Word table of contents, each wrapped in a body-level
  content control (<w:sdt> with <w:docPartGallery> "Cover Pages" / "Table of
  Contents"), the way Word's Insert > Cover Page and References > Table of Contents
  write them. The TOC is a real TOC field (fldChar begin/instrText/separate/end) with
  cached entries in the styles "TOC 1"/"TOC 2", each entry a <w:hyperlink> to a
  _Toc bookmark on the heading. The standard extraction (python-docx, body
  paragraphs and tables only) SKIPS both content controls, so the title page and the
  TOC are not in the extracted text; the adoption facts are repeated in the Colofon.
- Real Word heading styles Heading 1/2/3 with the numbers typed in the text of
  Heading 1/2 ("4.2 Jeugd: ..."); Heading 3 is unnumbered ("Wat speelt er?",
  "Zo pakken we het aan").
- Word's own list styles: "List Number" for the measures (every list restarts at 1
  through its own <w:num> with a startOverride), with "List Bullet 2" sub-items under
  some numbered items, and "List Bullet" elsewhere. Markers are not in the text.
- Tabel 2 (goals per priority) has the Prioriteit column VERTICALLY merged over the
  rows of each priority (w:vMerge); python-docx returns the merged cell once per row,
  so the label is repeated on every row of the extraction.
- Tabel 1 and Tabel 3 have a two-row header: the first column is merged vertically
  over both rows and "Aantal per jaar"/"Bedrag per jaar" is merged horizontally over
  the year columns (gridSpan); the extraction repeats those labels.
- A one-cell shaded table used as a text box ("kader") with several paragraphs: the
  extraction gives the cell text as one row whose paragraphs are joined by newlines.
- Hyperlinks (<w:hyperlink>, external relationships) inside body paragraphs.
- A voorwoord signature with a manual line break (w:br) inside one paragraph.
- Header and footer (PAGE field) that are not extracted.
- Fixed core properties and fixed zip timestamps: a rerun gives byte-identical output.

Deliberate civil-service imperfections (keep them): "zelfredzaamheit" (4.3, once),
"ontruimingplan" (4.3, once), "Recreatieparken" with a capital once (4.1) next to
"recreatieparken", "Wijk-GGD'er" with a capital W, one very long sentence (4.1).
"""
import io
import os
import re
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "corpus", "wolderbeek.docx")

TITLE = "Integraal Veiligheidsplan Wolderbeek 2025-2028"
SUBTITLE = "Veilig wonen aan de rand van de Veluwe"

C = []
def h1(t): C.append(("h1", t))
def h2(t): C.append(("h2", t))
def h3(t): C.append(("h3", t))
def p(t): C.append(("p", t))
def num(*items): C.append(("num", items))
def bul(*items): C.append(("bul", items))
def table(name): C.append(("table", name))
def kader(title, *paras): C.append(("kader", (title, paras)))
def sig(*lines): C.append(("sig", lines))

# --------------------------------------------------------------------------- text
h1("Voorwoord")
p("Voor u ligt het Integraal Veiligheidsplan Wolderbeek 2025-2028. Wolderbeek is een gemeente waar het "
  "over het algemeen goed en veilig wonen is. Dat blijkt uit de cijfers, maar vooral uit wat inwoners ons "
  "zelf vertellen. Tegelijk zien we dat veiligheid niet vanzelf spreekt. Op een aantal recreatieparken wonen "
  "mensen in omstandigheden die we niet willen accepteren, en criminelen maken misbruik van de rust en de "
  "ruimte van ons buitengebied. In de zomer van 2024 kwam de natuurbrand op de Wolderse Heide gevaarlijk "
  "dicht bij de huizen van Sprengenhof. En steeds vaker krijgen we meldingen over jongeren die met "
  "opgevoerde fatbikes over stoepen en fietspaden scheuren.")
p("Dit plan is tot stand gekomen in gesprek met inwoners, ondernemers, jongeren en onze partners. Tijdens "
  "vijf dorpsavonden en een online peiling hebben ruim 640 mensen hun zorgen en ideeën met ons gedeeld. Die "
  "gesprekken hebben de keuzes in dit plan sterk bepaald. Ik dank iedereen die heeft meegedacht.")
p("Veiligheid maken we samen. De gemeente kan veel, maar niet alles. Ik nodig iedereen uit om mee te blijven "
  "doen: als buurtpreventist, als oplettende ondernemer of gewoon als buurman die even aanbelt.")
sig("Marieke Hazeleger-Bos", "Burgemeester van Wolderbeek")

h1("1 Inleiding")
h2("1.1 Waarom dit plan")
p("De gemeenteraad stelt op grond van artikel 38b van de Politiewet 2012 ten minste eenmaal in de vier jaar "
  "de doelen vast die de gemeente op het gebied van openbare orde en veiligheid wil bereiken. Dit integraal "
  "veiligheidsplan is de uitwerking daarvan. Het vervangt het Integraal Veiligheidsplan Wolderbeek 2020-2023. "
  "Dat plan is door de raad met achttien maanden verlengd, tot 1 juli 2025, zodat het nieuwe plan kon "
  "aansluiten op het beleidsplan 2025-2028 van de politie-eenheid Oost-Nederland.")
h2("1.2 Hoe dit plan tot stand kwam")
p("Voor de keuze van de prioriteiten is de methode Kernbeleid Veiligheid van de VNG gebruikt. Daarnaast zijn "
  "de politiecijfers over 2021-2024, de uitkomsten van de Veiligheidsmonitor 2023, de evaluatie van het "
  "vorige plan en de opbrengst van de dorpsavonden gebruikt. In februari 2025 heeft de raad in een "
  "beeldvormende sessie zijn eigen accenten meegegeven. Zo vroeg de raad nadrukkelijk om aandacht voor "
  "natuurbrand.")
h2("1.3 Wat niet in dit plan staat")
p("Niet alles wat met veiligheid te maken heeft, krijgt in dit plan een plek. Digitale criminaliteit en "
  "online fraude laten we bewust buiten dit plan. Niet omdat het onbelangrijk is, maar omdat de aanpak in "
  "onze regio via het programma ‘Digitaal Veilig Veluwe’ loopt, dat de Noord-Veluwse gemeenten samen met de "
  "politie uitvoeren. Ook verkeersveiligheid valt buiten dit plan; die is geregeld in het Gemeentelijk "
  "Verkeers- en Vervoersplan 2023-2032. Eén uitzondering maken we: overlast door opgevoerde fatbikes en "
  "scooters behandelen we wel, als onderdeel van prioriteit 2, omdat het hier vooral gaat om gedrag en "
  "handhaving.")
p("Brandweerzorg en crisisbeheersing zijn taken van de Veiligheidsregio Noord- en Oost-Gelderland. Alleen het "
  "deel dat over de zelfredzaamheid van inwoners en recreatieparken bij natuurbrand gaat, is in dit plan "
  "opgenomen.")

h1("2 Wolderbeek in beeld")
h2("2.1 De gemeente en haar dorpen")
p("Wolderbeek telt 29.870 inwoners (1 januari 2025) en bestaat uit vijf dorpen, elk met een eigen karakter.")
p("Wolderbeek zelf is met afstand het grootste dorp en het bestuurlijke en commerciële hart van de gemeente: "
  "hier staan het gemeentehuis, het station en winkelcentrum De Brink.")
p("Sprengenhof ligt tegen de bosrand aan. In de zomer verdubbelt het aantal mensen in het dorp bijna, omdat "
  "negen van de veertien recreatieparken in en rond Sprengenhof liggen.")
p("Drieslag is van oudsher een boerendorp. Er zijn nog veel melkveehouderijen, maar ook hier stoppen steeds "
  "meer boeren en komen stallen en schuren leeg te staan.")
p("Heidebrink is het jongste dorp. De wijk De Kampen is na 2015 gebouwd en er wonen veel gezinnen met jonge "
  "kinderen.")
p("Oud-Wolde, het kleinste dorp, heeft de oudste bevolking: bijna een op de drie inwoners is ouder dan 65 jaar.")
p("Wolderbeek valt onder basisteam Veluwerand van de politie-eenheid Oost-Nederland. In de gemeente werken "
  "vier wijkagenten.")
h2("2.2 Cijfers")
p("Tabel 1 geeft de belangrijkste cijfers van de afgelopen vier jaar.")
table("cijfers")
p("De cijfers laten een gemengd beeld zien. Het aantal woninginbraken is sinds 2021 met ruim 30 procent "
  "gedaald. Het aantal meldingen over jeugdoverlast nam in dezelfde periode toe met bijna 60 procent, voor "
  "een groot deel door groepen jongeren op fatbikes bij De Brink en het station. Ook het aantal meldingen "
  "over personen met verward gedrag blijft stijgen.")
h2("2.3 Wat inwoners ervaren")
p("Uit de Veiligheidsmonitor 2023 blijkt dat 84 procent van de inwoners zich meestal veilig voelt in de eigen "
  "buurt. Inwoners geven de veiligheid in hun buurt gemiddeld een 7,7. In Sprengenhof voelt 21 procent zich "
  "weleens onveilig, tegen 13 procent gemiddeld in de gemeente. Bovenaan de lijst van ergernissen staan te "
  "hard rijden, hondenpoep en rondhangende jongeren. Op de dorpsavonden werd opvallend vaak gesproken over "
  "het gebrek aan toezicht op de recreatieparken en over de angst voor een nieuwe natuurbrand.")

h1("3 Prioriteiten en doelen")
p("Op basis van het veiligheidsbeeld heeft de raad vier prioriteiten gekozen:")
num("Veilige en vitale recreatieparken",
    "Jeugd: overlast, middelengebruik en fatbikes",
    "Natuurbrand en zelfredzaamheid",
    "Zorg en veiligheid: personen met verward gedrag")
p("Woninginbraak was een prioriteit in het vorige plan. Omdat het aantal inbraken flink is gedaald, is het "
  "geen prioriteit meer; het valt nu onder de basisveiligheid (hoofdstuk 5).")
p("De doelen per prioriteit staan samen in tabel 2. Zo is in één oogopslag te zien wat we in 2028 bereikt "
  "willen hebben.")
table("doelen")

h1("4 Uitwerking van de prioriteiten")
h2("4.1 Veilige en vitale recreatieparken")
h3("Wat speelt er?")
p("Wolderbeek heeft veertien Recreatieparken met samen ruim 3.100 recreatiewoningen en chalets. Een deel "
  "van de parken is verouderd, en omdat eigenaren chalets verkopen of verhuren aan mensen die nergens anders "
  "terechtkunnen, zoals arbeidsmigranten, mensen die net gescheiden zijn en mensen met een zorgvraag, en "
  "omdat het toezicht op de meeste parken de afgelopen jaren beperkt is gebleven, is er op een aantal parken "
  "een situatie ontstaan waarin niemand precies weet wie er woont, wat er in de chalets gebeurt en wie "
  "uiteindelijk de eigenaar is. Naar schatting wonen circa 410 mensen permanent op een park zonder dat dit is "
  "toegestaan. Waar toezicht ontbreekt, vestigen zich ook criminelen: in 2023 en 2024 werden op twee parken "
  "hennepkwekerijen opgerold en werd een chalet gebruikt als opslag voor grondstoffen voor synthetische "
  "drugs.")
h3("Wat willen we bereiken?")
p("In 2028 is op alle veertien parken een integrale controle uitgevoerd en is het aantal mensen dat zonder "
  "toestemming permanent op een park woont meer dan gehalveerd (zie tabel 2).")
h3("Zo pakken we het aan")
num("Er wordt een integraal parkenteam gevormd van gemeente, politie, brandweer, Belastingdienst en de "
    "Omgevingsdienst Noord-Veluwe.",
    "Elk jaar worden ten minste vier parken integraal gecontroleerd; bij de keuze van de parken wordt gekeken "
    "naar signalen van politie, brandweer en omwonenden.",
    "Per park wordt een parkprofiel opgesteld met de eigenaar, het aantal woningen, de bewoning en de risico’s.",
    ("Bewoners die er permanent wonen, worden niet alleen aangesproken maar ook geholpen:",
     ["zij krijgen een gesprek met een consulent van het sociaal team;",
      "samen met woningcorporatie Veluwse Woonstede wordt gezocht naar andere woonruimte;",
      "waar nodig wordt schuldhulp ingezet."]),
    "De Bibob-toets wordt toegepast bij de verkoop of overname van een recreatiepark.",
    "Eigenaren die willen investeren in een vitaal park, worden ondersteund via het provinciale programma "
    "Vitale Vakantieparken.")
h3("Partners")
p("Politie, Belastingdienst, Omgevingsdienst Noord-Veluwe, RIEC Oost-Nederland, de Veiligheidsregio Noord- en "
  "Oost-Gelderland, parkeigenaren en de brancheorganisatie HISWA-RECRON.")

h2("4.2 Jeugd: overlast, middelengebruik en fatbikes")
h3("Wat speelt er?")
p("De overlast door jongeren is de afgelopen jaren flink toegenomen. De meeste meldingen gaan over groepen bij "
  "winkelcentrum De Brink, het station en de skatebaan in Heidebrink. Het gaat om lawaai, vernielingen, "
  "lachgas en intimiderend gedrag. Een nieuw verschijnsel zijn de opgevoerde fatbikes: elektrische fietsen "
  "met dikke banden die veel harder gaan dan de toegestane 25 kilometer per uur en waarop jongeren, vaak "
  "met z’n tweeën en zonder helm, over stoepen en door het winkelgebied rijden.")
p("Volgens de Gezondheidsmonitor Jeugd 2023 van de GGD dronk 29 procent van de jongeren van 12 tot en met 17 "
  "jaar in de maand voor het onderzoek alcohol. Het landelijke cijfer is 24 procent.")
h3("Wat willen we bereiken?")
p("Minder overlast, minder alcoholgebruik onder jongeren en een duidelijke norm over de fatbike (zie tabel 2).")
h3("Zo pakken we het aan")
num("Elk half jaar wordt samen met de politie en het jongerenwerk een groepsscan gemaakt van de jeugdgroepen "
    "in de vijf dorpen.",
    "Het jongerenwerk van Stichting Welzijn Wolderbeek wordt uitgebreid met 1 fte, vooral voor ambulant werk "
    "in de avonduren.",
    "Op De Brink en bij het station worden op vrijdag- en zaterdagavond boa’s ingezet.",
    ("Tegen opgevoerde fatbikes:",
     ["worden samen met de politie gerichte controles gehouden, met een rollenbank die de topsnelheid meet;",
      "worden ouders bij een eerste overtreding van hun kind uitgenodigd voor een gesprek;",
      "wordt met de scholen de campagne ‘Snel is niet stoer’ gevoerd."]),
    "Met sportverenigingen en horeca worden afspraken gemaakt over de naleving van de Alcoholwet; er worden "
    "jaarlijks minimaal twaalf nalevingscontroles uitgevoerd.",
    "Jongeren die voor het eerst een licht strafbaar feit plegen, worden zo veel mogelijk naar Halt verwezen.")

h2("4.3 Natuurbrand en zelfredzaamheid")
h3("Wat speelt er?")
p("Ruim de helft van het grondgebied van Wolderbeek bestaat uit bos en heide. Door drogere zomers neemt het "
  "risico op natuurbrand toe. Op 17 juli 2024 brandde op de Wolderse Heide 46 hectare natuur af. Twee "
  "recreatieparken en een deel van Sprengenhof werden ontruimd; ruim 1.200 mensen moesten uit voorzorg hun "
  "woning of chalet verlaten. De evaluatie van die brand liet zien dat veel recreanten niet wisten waar de "
  "vluchtroutes waren en dat NL-Alert op enkele parken slecht werd ontvangen. De zelfredzaamheit van "
  "inwoners en bezoekers verdient dus extra aandacht.")
h3("Wat willen we bereiken?")
p("Iedere bewoner en bezoeker van een gebied met natuurbrandrisico weet wat te doen bij brand, en ieder park "
  "heeft een actueel ontruimingsplan.")
h3("Zo pakken we het aan")
num("Samen met de Veiligheidsregio Noord- en Oost-Gelderland wordt voor elk recreatiepark een ontruimingplan "
    "gemaakt, dat één keer per jaar wordt geoefend.",
    "Bij de entree van alle parken en bij de parkeerplaatsen aan de bosrand worden borden geplaatst met de "
    "vluchtroutes en een QR-code naar de natuurbrandrisicokaart.",
    "Op dagen waarop de Veiligheidsregio een hoog of zeer hoog natuurbrandrisico afkondigt, wordt het gebruik "
    "van barbecues en vuurkorven in het buitengebied verboden. Dit verbod wordt in de APV vastgelegd.",
    "In Sprengenhof en Oud-Wolde worden buurtbrandwachten opgeleid.",
    "Elk voorjaar wordt de campagne ‘Eén vonk is genoeg’ gevoerd, samen met Staatsbosbeheer en "
    "Natuurmonumenten.")

h2("4.4 Zorg en veiligheid: personen met verward gedrag")
h3("Wat speelt er?")
p("Het aantal meldingen over personen met verward gedrag (E33-meldingen) steeg van 131 in 2021 naar 187 in "
  "2024. Het gaat vaak om dezelfde mensen: 41 procent van de meldingen betreft iemand over wie in het jaar "
  "ervoor ook al was gemeld. Achter de meldingen zitten vaak meerdere problemen tegelijk, zoals schulden, "
  "verslaving, eenzaamheid en een psychische aandoening. Ook een deel van de permanente bewoners van "
  "recreatieparken valt in deze groep.")
h3("Wat willen we bereiken?")
p("Sneller contact na een melding en minder herhaalmeldingen (zie tabel 2).")
h3("Zo pakken we het aan")
num("Het Meldpunt Zorg en Overlast wordt uitgebreid, zodat elke melding binnen drie werkdagen wordt opgepakt.",
    "Er wordt een Wijk-GGD’er aangesteld (0,8 fte) die samen met de wijkagent en het sociaal team op huisbezoek "
    "gaat.",
    "Complexe casussen worden besproken in het Zorg- en Veiligheidshuis Noord-Veluwe.",
    "Medewerkers van het sociaal team, de boa’s en de baliemedewerkers worden getraind in het herkennen van en "
    "omgaan met verward gedrag.",
    "Voor personen die een hoog risico vormen voor zichzelf of hun omgeving, wordt een persoonsgerichte aanpak "
    "opgesteld.")

h1("5 Basisveiligheid")
p("Naast de vier prioriteiten blijft de gemeente werken aan onderwerpen die altijd aandacht vragen. Deze "
  "basisveiligheid wordt uitgevoerd binnen de bestaande budgetten.")
bul("Woninginbraak: de 48 WhatsApp-buurtpreventiegroepen worden ondersteund en elk najaar wordt de campagne "
    "‘Donkere Dagen’ gehouden.",
    "Huiselijk geweld en kindermishandeling: de gemeente werkt samen met Veilig Thuis Noord- en Oost-Gelderland "
    "en zet het tijdelijk huisverbod in waar dat nodig is.",
    "Evenementen: voor grote evenementen, zoals de Sprengenhofse Bosloop, geldt het evenementenbeleid.",
    "Jaarwisseling: in de centra van Wolderbeek en Heidebrink gelden vuurwerkvrije zones.",
    "Radicalisering en polarisatie: signalen worden besproken in het Zorg- en Veiligheidshuis.")

h1("6 Samenwerking en sturing")
h2("6.1 Partners")
p("Veiligheid is een gezamenlijke opgave. De belangrijkste partners van de gemeente zijn:")
bul("de politie, basisteam Veluwerand;",
    "het Openbaar Ministerie, arrondissementsparket Gelderland;",
    "de Veiligheidsregio Noord- en Oost-Gelderland;",
    "het RIEC Oost-Nederland;",
    "het Zorg- en Veiligheidshuis Noord-Veluwe;",
    "Stichting Welzijn Wolderbeek en het sociaal team;",
    "woningcorporatie Veluwse Woonstede;",
    "de eigenaren van de recreatieparken.")
h2("6.2 Overleg")
p("De lokale driehoek van burgemeester, politie en Openbaar Ministerie komt vier keer per jaar bijeen en "
  "bewaakt de voortgang van dit plan. Het Veiligheidsoverleg Wolderbeek, met gemeente, politie, brandweer en "
  "welzijn, komt zes keer per jaar bijeen. Het parkenteam heeft elke maand een parkenoverleg. De "
  "burgemeester is portefeuillehouder openbare orde en veiligheid.")
kader("Wat kunt u zelf doen?",
      "Ziet u iets verdachts? Bel 112 bij spoed en anders 0900-8844.",
      "Wilt u anoniem iets melden? Bel Meld Misdaad Anoniem: 0800-7000.",
      "Ziet u rook in het bos of op de heide? Bel direct 112.",
      "Sluit u aan bij een WhatsApp-buurtpreventiegroep via de website van de gemeente.")

h1("7 Financiën")
p("Voor de uitvoering van dit plan is jaarlijks € 318.000 beschikbaar. Daarvan is € 196.000 bestaand budget "
  "uit de programmabegroting en € 122.000 nieuw geld, dat de raad bij de Kadernota 2025 beschikbaar heeft "
  "gesteld. Omdat het plan halverwege 2025 ingaat, is voor 2025 de helft van het jaarbedrag opgenomen.")
table("budget")
p("Daarnaast is in 2025 eenmalig € 35.000 beschikbaar voor de borden met vluchtroutes bij de parken. De "
  "bijdrage aan het RIEC Oost-Nederland (€ 29.400 per jaar) en de bijdrage aan de Veiligheidsregio vallen "
  "buiten dit budget.")

h1("8 Monitoring en verantwoording")
p("Elk jaar stelt het college een uitvoeringsprogramma vast. De raad krijgt elk jaar in oktober een "
  "voortgangsrapportage, met de stand van de indicatoren uit tabel 2. De Veiligheidsmonitor 2025 en 2027 "
  "leveren de cijfers over de beleving. In het voorjaar van 2027 vindt een tussenevaluatie plaats. In de "
  "tweede helft van 2028 wordt het plan geëvalueerd, zodat een nieuw plan op 1 januari 2029 kan ingaan.")
p("Meer informatie over veiligheid in Wolderbeek staat op [[www.wolderbeek.nl/veiligheid|"
  "https://www.wolderbeek.nl/veiligheid]]. Het dashboard met de actuele cijfers is te vinden op "
  "[[www.wolderbeek.nl/veiligheidscijfers|https://www.wolderbeek.nl/veiligheidscijfers]].")

h1("Begrippenlijst")
bul("**E33-melding**: melding bij de politie over een persoon met verward gedrag. E33 is de code die de "
    "politie hiervoor gebruikt.",
    "**Fatbike**: elektrische fiets met extra brede banden. Een fatbike met een gashendel of met "
    "trapondersteuning boven de 25 kilometer per uur is wettelijk geen fiets, maar een bromfiets.",
    "**Integrale controle**: controle waarbij gemeente, politie, brandweer en andere diensten tegelijk een "
    "locatie bezoeken, elk vanuit de eigen bevoegdheid.",
    "**Permanente bewoning**: het gebruik van een recreatiewoning als hoofdverblijf, terwijl het "
    "omgevingsplan dat niet toestaat.",
    "**Buurtbrandwacht**: vrijwilliger die bij een dreigende natuurbrand de buren waarschuwt en minder "
    "zelfredzame bewoners helpt bij het vertrekken.",
    "**Zelfredzaamheid**: het vermogen van inwoners om zichzelf en anderen te helpen in een noodsituatie, "
    "voordat de hulpdiensten er zijn.",
    "**Groepsscan**: een overzicht van de jeugdgroepen in een gemeente, met per groep de mate van overlast of "
    "criminaliteit, opgesteld door politie, gemeente en jongerenwerk.")

h1("Colofon")
bul("Titel: Integraal Veiligheidsplan Wolderbeek 2025-2028 ‘Veilig wonen aan de rand van de Veluwe’",
    "Voorbereid door: afdeling Openbare Orde en Veiligheid, gemeente Wolderbeek",
    "Aangeboden aan de raad: door het college van burgemeester en wethouders op 13 mei 2025",
    "Vastgesteld: door de gemeenteraad op 26 juni 2025 (raadsbesluit 2025-R-041)",
    "Inwerkingtreding: 1 juli 2025",
    "Looptijd: 1 juli 2025 tot en met 31 december 2028",
    "Wettelijke basis: artikel 38b Politiewet 2012",
    "Portefeuillehouder: burgemeester M. Hazeleger-Bos")

# --------------------------------------------------------------------------- tables
TABLES = {
    "cijfers": dict(
        caption="Tabel 1 Geregistreerde incidenten en meldingen in Wolderbeek, 2021-2024",
        head=("Indicator", "Aantal per jaar", ["2021", "2022", "2023", "2024"]),
        rows=[["Woninginbraken", "88", "74", "69", "61"],
              ["Meldingen jeugdoverlast", "142", "168", "193", "224"],
              ["Meldingen overlast fatbikes en scooters*", "–", "27", "58", "96"],
              ["Meldingen verward gedrag (E33)", "131", "149", "162", "187"],
              ["Drugsafvaldumpingen", "4", "7", "5", "9"],
              ["Integrale controles op recreatieparken", "1", "0", "2", "3"],
              ["Natuurbranden (inzetten brandweer)", "12", "9", "15", "21"]],
        widths=[7.0, 2.2, 2.2, 2.2, 2.2],
        note="Bron: politie Oost-Nederland, gemeente Wolderbeek, Veiligheidsregio Noord- en Oost-Gelderland. "
             "* Overlast door fatbikes en scooters wordt pas sinds 1 april 2022 apart geregistreerd."),
    "doelen": dict(
        caption="Tabel 2 Doelen per prioriteit",
        header=["Prioriteit", "Indicator", "Nulmeting", "Streefwaarde 2028"],
        groups=[("Recreatieparken", [
                    ["Parken waar een integrale controle is afgerond", "6 van 14 (2024)", "14 van 14"],
                    ["Mensen die zonder toestemming permanent op een park wonen", "circa 410 (2024)",
                     "minder dan 200"]]),
                ("Jeugd", [
                    ["Meldingen jeugdoverlast per jaar", "224 (2024)", "minder dan 170"],
                    ["Meldingen overlast fatbikes en scooters per jaar", "96 (2024)", "minder dan 60"],
                    ["Jongeren van 12-17 jaar die de afgelopen maand alcohol dronken", "29% (2023)", "20%"]]),
                ("Natuurbrand", [
                    ["Recreatieparken met een actueel ontruimingsplan", "5 van 14 (2024)", "14 van 14"],
                    ["Inwoners van Sprengenhof die weten wat ze moeten doen bij natuurbrand", "38% (2023)",
                     "70%"]]),
                ("Verward gedrag", [
                    ["Tijd tussen melding en eerste contact door het Meldpunt Zorg en Overlast",
                     "10 werkdagen", "3 werkdagen"],
                    ["Aandeel herhaalmeldingen E33", "41% (2024)", "30%"]])],
        widths=[3.2, 7.0, 3.0, 2.8]),
    "budget": dict(
        caption="Tabel 3 Budget per prioriteit",
        head=("Onderdeel", "Bedrag per jaar", ["2025*", "2026", "2027", "2028"]),
        rows=[["Recreatieparken (parkenteam, controles)", "€ 47.000", "€ 94.000", "€ 94.000", "€ 94.000"],
              ["Jeugd (jongerenwerk, boa’s, campagne)", "€ 51.000", "€ 102.000", "€ 102.000", "€ 102.000"],
              ["Natuurbrand en zelfredzaamheid", "€ 23.000", "€ 46.000", "€ 46.000", "€ 46.000"],
              ["Verward gedrag (Wijk-GGD’er, meldpunt)", "€ 38.000", "€ 76.000", "€ 76.000", "€ 76.000"],
              ["Totaal", "€ 159.000", "€ 318.000", "€ 318.000", "€ 318.000"]],
        widths=[6.6, 2.35, 2.35, 2.35, 2.35],
        note="* 2025: alleen de tweede helft van het jaar."),
}


# --------------------------------------------------------------------------- helpers
def add_runs(par, text, size=None):
    """Add text with **bold** segments and [[label|url]] hyperlinks."""
    for part in re.split(r"(\[\[.*?\]\])", text):
        m = re.fullmatch(r"\[\[(.*?)\|(.*?)\]\]", part)
        if m:
            add_hyperlink(par, m.group(1), m.group(2))
            continue
        bold = False
        for seg in part.split("**"):
            if seg:
                r = par.add_run(seg)
                r.bold = bold or None
                if size:
                    r.font.size = Pt(size)
            bold = not bold


def add_hyperlink(par, label, url):
    rid = par.part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink")
    h.set(qn("r:id"), rid)
    h.set(qn("w:history"), "1")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rs = OxmlElement("w:rStyle")
    rs.set(qn("w:val"), "Hyperlink")
    rpr.append(rs)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = label
    r.append(t)
    h.append(r)
    par._p.append(h)


def add_hyperlink_style(doc):
    styles = doc.styles.element
    styles.append(parse_xml(
        '<w:style %s w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
        '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>' % nsdecls("w")))


def add_toc_styles(doc):
    styles = doc.styles.element
    for lvl, ind in ((1, 0), (2, 220)):
        styles.append(parse_xml(
            '<w:style %s w:type="paragraph" w:styleId="TOC%d"><w:name w:val="toc %d"/>'
            '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:autoRedefine/><w:uiPriority w:val="39"/>'
            '<w:unhideWhenUsed/><w:pPr><w:spacing w:after="100"/><w:ind w:left="%d"/></w:pPr></w:style>'
            % (nsdecls("w"), lvl, lvl, ind)))


class Numbering:
    """New <w:num> per 'List Number' list, restarting at 1 (abstractNum of the style's numId 5)."""

    def __init__(self, doc):
        self.numbering = doc.part.numbering_part.element
        self.next_id = 100

    def new_list(self):
        self.next_id += 1
        self.numbering.append(parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0">'
            '<w:startOverride w:val="1"/></w:lvlOverride></w:num>' % (nsdecls("w"), self.next_id)))
        return self.next_id


def set_num(par, num_id, ilvl=0):
    ppr = par._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(1 if ppr.find(qn("w:pStyle")) is not None else 0, numpr)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def cell_text(cell, text, bold=False, size=9.5):
    par = cell.paragraphs[0]
    r = par.add_run(text)
    r.bold = bold or None
    r.font.size = Pt(size)


def set_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i] * 567)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths):
                c.width = Cm(widths[i])


def mark_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:tblHeader"))


def caption(doc, text):
    par = doc.add_paragraph(style="Caption")
    par.add_run(text)
    par.paragraph_format.keep_with_next = True


def table_two_row_head(doc, spec):
    first, span, years = spec["head"]
    n = 1 + len(years)
    t = doc.add_table(rows=2 + len(spec["rows"]), cols=n)
    t.style = doc.styles["Table Grid"]
    a = t.cell(0, 0).merge(t.cell(1, 0))
    cell_text(a, first, bold=True)
    b = t.cell(0, 1).merge(t.cell(0, n - 1))
    cell_text(b, span, bold=True)
    for i, y in enumerate(years):
        cell_text(t.cell(1, 1 + i), y, bold=True)
    for r in (0, 1):
        mark_header(t.rows[r])
        for c in t.rows[r].cells:
            shade(c, "D9E2F3")
    for ri, row in enumerate(spec["rows"]):
        for ci, v in enumerate(row):
            cell_text(t.cell(2 + ri, ci), v, bold=(row[0] == "Totaal"))
    set_widths(t, spec["widths"])
    return t


def table_goals(doc, spec):
    nrows = 1 + sum(len(g[1]) for g in spec["groups"])
    t = doc.add_table(rows=nrows, cols=4)
    t.style = doc.styles["Table Grid"]
    for i, h in enumerate(spec["header"]):
        cell_text(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), "D9E2F3")
    mark_header(t.rows[0])
    r = 1
    for label, rows in spec["groups"]:
        top = t.cell(r, 0)
        if len(rows) > 1:
            top = top.merge(t.cell(r + len(rows) - 1, 0))
        cell_text(top, label, bold=True)
        for row in rows:
            for ci, v in enumerate(row):
                cell_text(t.cell(r, 1 + ci), v)
            r += 1
    set_widths(t, spec["widths"])
    return t


def add_field(par, instr, size=None):
    for kind in ("begin", None, "separate", "end"):
        r = par.add_run()
        if size:
            r.font.size = Pt(size)
        if kind is None:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = " %s " % instr
            r._r.append(it)
            continue
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), kind)
        r._r.append(fc)
        if kind == "separate":
            par.add_run("1").font.size = Pt(size) if size else None


def sdt_wrap(doc, elements, gallery, tag_id):
    """Move the given body elements into a block-level content control (as Word does)."""
    sdt = parse_xml(
        '<w:sdt %s><w:sdtPr><w:id w:val="%d"/><w:docPartObj><w:docPartGallery w:val="%s"/>'
        '<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtEndPr/><w:sdtContent/></w:sdt>'
        % (nsdecls("w"), tag_id, gallery))
    content = sdt.find(qn("w:sdtContent"))
    elements[0].addprevious(sdt)
    for el in elements:
        content.append(el)
    return sdt


def bookmark(par, name, bid):
    s = OxmlElement("w:bookmarkStart")
    s.set(qn("w:id"), str(bid))
    s.set(qn("w:name"), name)
    e = OxmlElement("w:bookmarkEnd")
    e.set(qn("w:id"), str(bid))
    par._p.insert(1 if par._p.pPr is not None else 0, s)
    par._p.append(e)


# Page numbers of the headings as LibreOffice 7.4.7.2 renders this file (read back with pypdf from a
# 'soffice --convert-to pdf' of the built docx; Word may differ by a page). They only appear in the
# cached TOC, which the standard extraction skips, and Word recomputes them when the field is updated.
TOC_PAGES = {
    "Voorwoord": 3, "1 Inleiding": 4, "1.1 Waarom dit plan": 4, "1.2 Hoe dit plan tot stand kwam": 4,
    "1.3 Wat niet in dit plan staat": 4, "2 Wolderbeek in beeld": 4, "2.1 De gemeente en haar dorpen": 4,
    "2.2 Cijfers": 5, "2.3 Wat inwoners ervaren": 5, "3 Prioriteiten en doelen": 5,
    "4 Uitwerking van de prioriteiten": 6, "4.1 Veilige en vitale recreatieparken": 6,
    "4.2 Jeugd: overlast, middelengebruik en fatbikes": 7, "4.3 Natuurbrand en zelfredzaamheid": 8,
    "4.4 Zorg en veiligheid: personen met verward gedrag": 9, "5 Basisveiligheid": 9,
    "6 Samenwerking en sturing": 9, "6.1 Partners": 9, "6.2 Overleg": 10, "7 Financiën": 10,
    "8 Monitoring en verantwoording": 10, "Begrippenlijst": 12, "Colofon": 12}


def build(path):
    doc = Document()
    st = doc.styles
    st["Normal"].font.name = "Calibri"
    st["Normal"].font.size = Pt(11)
    for name, size, color in (("Heading 1", 16, "1F3864"), ("Heading 2", 13, "2F5496"), ("Heading 3", 11, "2F5496")):
        st[name].font.name = "Calibri Light"
        st[name].font.size = Pt(size)
        st[name].font.color.rgb = RGBColor.from_string(color)
    add_hyperlink_style(doc)
    add_toc_styles(doc)
    cp = doc.core_properties
    cp.title = TITLE
    cp.subject = SUBTITLE
    cp.author = "Gemeente Wolderbeek, afdeling OOV"
    cp.last_modified_by = "R. van Wijngaarden"
    cp.keywords = "integrale veiligheid; 2025-2028; artikel 38b Politiewet"
    cp.comments = "Vastgesteld door de gemeenteraad op 26 juni 2025"
    cp.created = datetime(2025, 3, 18, 9, 12, 0)
    cp.modified = datetime(2025, 6, 30, 14, 5, 0)
    cp.revision = 17

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = sec.bottom_margin = Cm(2.3)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.add_run(TITLE).font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Gemeente Wolderbeek | pagina ").font.size = Pt(9)
    add_field(fp, "PAGE", 9)

    nb = Numbering(doc)
    body = doc.element.body

    # --- cover page (content control) ---
    cover = []
    for _ in range(6):
        cover.append(doc.add_paragraph()._p)
    par = doc.add_paragraph(style="Title")
    par.add_run(TITLE)
    cover.append(par._p)
    par = doc.add_paragraph(style="Subtitle")
    par.add_run(SUBTITLE)
    cover.append(par._p)
    for txt in ("", "Gemeente Wolderbeek", "Vastgesteld door de gemeenteraad op 26 juni 2025",
                "Raadsbesluit 2025-R-041"):
        par = doc.add_paragraph()
        if txt:
            r = par.add_run(txt)
            r.font.size = Pt(12)
            r.bold = txt == "Gemeente Wolderbeek" or None
        cover.append(par._p)
    par.add_run().add_break(WD_BREAK.PAGE)
    sdt_wrap(doc, cover, "Cover Pages", 501)

    # --- table of contents (content control with a TOC field and cached entries) ---
    toc = []
    par = doc.add_paragraph(style="TOC Heading")
    par.add_run("Inhoud")
    toc.append(par._p)
    heads = [(k, x) for k, x in C if k in ("h1", "h2")]
    for i, (k, x) in enumerate(heads):
        par = doc.add_paragraph(style="toc 1" if k == "h1" else "toc 2")
        pf = par.paragraph_format
        pf.tab_stops.add_tab_stop(Cm(16.0), alignment=2, leader=1)  # right, dots
        if i == 0:
            for kind, instr in (("begin", None), (None, 'TOC \\o "1-2" \\h \\z \\u'), ("separate", None)):
                rr = par.add_run()
                if kind:
                    fc = OxmlElement("w:fldChar")
                    fc.set(qn("w:fldCharType"), kind)
                    rr._r.append(fc)
                else:
                    it = OxmlElement("w:instrText")
                    it.set(qn("xml:space"), "preserve")
                    it.text = " %s " % instr
                    rr._r.append(it)
        h = OxmlElement("w:hyperlink")
        h.set(qn("w:anchor"), "_Toc%09d" % (190000000 + i))
        h.set(qn("w:history"), "1")
        for piece in (x, "\t", str(TOC_PAGES.get(x, ""))):
            rr = OxmlElement("w:r")
            if piece == "\t":
                rr.append(OxmlElement("w:tab"))
            else:
                t = OxmlElement("w:t")
                t.text = piece
                t.set(qn("xml:space"), "preserve")
                rr.append(t)
            h.append(rr)
        par._p.append(h)
        toc.append(par._p)
    par = doc.add_paragraph()
    rr = par.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    rr._r.append(fc)
    par.add_run().add_break(WD_BREAK.PAGE)
    toc.append(par._p)
    sdt_wrap(doc, toc, "Table of Contents", 502)

    # --- body ---
    hcount = 0
    bid = 10
    for kind, x in C:
        if kind in ("h1", "h2", "h3"):
            par = doc.add_heading(x, level=int(kind[1]))
            if kind == "h1" and x not in ("Voorwoord",) and x.startswith(("1 ", "Begrippenlijst")):
                par.paragraph_format.page_break_before = True
            if kind in ("h1", "h2"):
                bookmark(par, "_Toc%09d" % (190000000 + hcount), bid)
                hcount += 1
                bid += 1
        elif kind == "p":
            par = doc.add_paragraph()
            add_runs(par, x)
        elif kind == "sig":
            par = doc.add_paragraph()
            r = par.add_run(x[0])
            r.bold = True
            r.add_break()
            par.add_run(x[1])
        elif kind == "num":
            nid = nb.new_list()
            for item in x:
                text, subs = (item, []) if isinstance(item, str) else item
                par = doc.add_paragraph(style="List Number")
                set_num(par, nid)
                add_runs(par, text)
                for s in subs:
                    sp = doc.add_paragraph(style="List Bullet 2")
                    add_runs(sp, s)
        elif kind == "bul":
            for item in x:
                par = doc.add_paragraph(style="List Bullet")
                add_runs(par, item)
        elif kind == "table":
            spec = TABLES[x]
            caption(doc, spec["caption"])
            if x == "doelen":
                table_goals(doc, spec)
            else:
                table_two_row_head(doc, spec)
            if spec.get("note"):
                par = doc.add_paragraph()
                r = par.add_run(spec["note"])
                r.font.size = Pt(8.5)
                r.italic = True
            else:
                doc.add_paragraph()
        elif kind == "kader":
            title, paras = x
            t = doc.add_table(rows=1, cols=1)
            t.style = doc.styles["Table Grid"]
            c = t.cell(0, 0)
            shade(c, "FFF2CC")
            c.width = Cm(16.0)
            r = c.paragraphs[0].add_run(title)
            r.bold = True
            for ptxt in paras:
                cp_ = c.add_paragraph()
                cp_.add_run(ptxt)
            doc.add_paragraph()

    buf = io.BytesIO()
    doc.save(buf)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename == "docProps/thumbnail.jpeg":
                continue
            data = zin.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b'<Default Extension="jpeg" ContentType="image/jpeg"/>', b"")
            if info.filename == "_rels/.rels":
                data = re.sub(rb'<Relationship [^>]*thumbnail\.jpeg"/>', b"", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 30, 14, 5, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, data)


def word_count():
    n = 0
    for kind, x in C:
        if kind in ("h1", "h2", "h3", "p"):
            n += len(x.split())
        elif kind == "sig":
            n += sum(len(s.split()) for s in x)
        elif kind in ("num", "bul"):
            for it in x:
                if isinstance(it, str):
                    n += len(it.split())
                else:
                    n += len(it[0].split()) + sum(len(s.split()) for s in it[1])
        elif kind == "kader":
            n += len(x[0].split()) + sum(len(s.split()) for s in x[1])
        elif kind == "table":
            spec = TABLES[x]
            n += len(spec["caption"].split()) + len(spec.get("note", "").split())
            for row in spec.get("rows", []):
                n += sum(len(v.split()) for v in row)
            for g in spec.get("groups", []):
                n += len(g[0].split()) + sum(len(v.split()) for row in g[1] for v in row)
    return n


if __name__ == "__main__":
    build(OUT)
    print(OUT, "words:", word_count())
