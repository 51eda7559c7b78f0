"""Build the fictional 'Veilig samenleven in Bremmerlo. Integraal Veiligheidsplan 2025-2027'
as a TWO-COLUMN PDF.

    PYTHONPATH=DIR /work/main/.venv/bin/python eval/dev7/sources/build_bremmerlo.py

(DIR holds python-docx; pypdf is in the project's .venv.) Needs LibreOffice (soffice); 7.4.7.2
was used. Writes eval/dev7/sources/bremmerlo.docx with python-docx (plus raw XML for the columns
and the footnotes) and converts it with `soffice --headless --convert-to pdf` to
eval/dev7/corpus/bremmerlo.pdf, rebuilding until the typed table of contents has the page
numbers that the PDF footers show.

Layout of the PDF:
- page 1: title page, one column, no header or footer (different first page);
- page 2: "Inhoud", a typed table of contents with dot leaders (one column);
- from page 3: the body in TWO COLUMNS (w:cols w:num="2"), justified, 9.5 pt;
- Tabel 1 (kerncijfers 2020-2024) sits in a ONE-COLUMN continuous section between two
  two-column sections; the overleggen table in 6.3 likewise;
- running header "Integraal Veiligheidsplan Bremmerlo 2025-2027" and footer
  "Gemeente Bremmerlo | pagina N" on every page except the title page;
- two real footnotes (word/footnotes.xml), printed at the foot of the page;
- bullets are Word's "List Bullet"/"List Bullet 2" (Symbol bullet, pypdf gives U+F0B7),
  numbered lists are typed "1." with a hanging indent, a lettered list is typed "a)".

To make reruns byte-identical, the PDF's /CreationDate, /ModDate, /ID and /DocChecksum are overwritten with
fixed values of the same length (so the xref offsets stay valid).

Deliberate imperfections (keep them): "stationgebied" (once, in 4.1; elsewhere
"stationsgebied"), "Zorg- en veiligheidshuis IJsselland" once in lower case, one very long
sentence in 4.2.
"""
import io
import os
import re
import shutil
import subprocess
import sys
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCX = os.path.join(HERE, "bremmerlo.docx")
PDF = os.path.join(ROOT, "corpus", "bremmerlo.pdf")
PLAN = "Integraal Veiligheidsplan Bremmerlo 2025-2027"

C = []


def h1(t): C.append(("h1", t))
def h2(t): C.append(("h2", t))
def p(t): C.append(("p", t))
def sub(t): C.append(("sub", t))
def bl(*items): C.extend(("b", t) for t in items)
def bl2(*items): C.extend(("b2", t) for t in items)
def num(*items): C.extend(("n", "%d.\t%s" % (i + 1, t)) for i, t in enumerate(items))
def let(*items): C.extend(("n", "%s)\t%s" % ("abcdefgh"[i], t)) for i, t in enumerate(items))
def table(caption, rows, widths, note=None): C.append(("table", (caption, rows, widths, note)))


FOOTNOTES = {
    1: "Het regionale beleidsplan van de eenheid Oost-Nederland wordt vastgesteld door de burgemeesters "
       "en de hoofdofficier van justitie in de eenheid (artikel 39 Politiewet 2012).",
    2: "De Veiligheidsmonitor 2023 is in het najaar van 2023 afgenomen bij 3.150 inwoners van Bremmerlo "
       "van 15 jaar en ouder.",
}

# ============================================================ content
h1("Samenvatting")
p("Bremmerlo is een veilige gemeente, maar niet voor iedereen en niet overal. Het aantal "
  "woninginbraken is sinds 2020 met bijna een kwart gedaald en acht op de tien inwoners voelen zich "
  "veilig in hun buurt. Tegelijk nemen de overlast en de criminaliteit in en rond het stationsgebied "
  "toe, krijgen we meer signalen van mensenhandel, worden jongeren steeds vaker online slachtoffer én "
  "dader, en stijgt het aantal meldingen over mensen met onbegrepen gedrag al vijf jaar op rij.")
p("Dit Integraal Veiligheidsplan kiest daarom voor vier speerpunten:")
num("Veilige binnenstad en stationsgebied",
    "Mensenhandel en uitbuiting",
    "Digitale veiligheid van jongeren",
    "Onbegrepen gedrag")
p("Het plan loopt van 2025 tot en met 2027. Voor de uitvoering is jaarlijks € 346.000 beschikbaar, "
  "waarvan € 184.000 nieuw geld. Het college rapporteert elk jaar in juni aan de raad over de "
  "voortgang.")

h1("1. Inleiding")
h2("1.1 Waarom een nieuw plan")
p("Voor u ligt het Integraal Veiligheidsplan (IVP) 2025-2027 van de gemeente Bremmerlo. Het plan "
  "beschrijft welke veiligheidsproblemen we de komende drie jaar met voorrang willen aanpakken, wat we "
  "willen bereiken en hoe we dat samen met onze partners doen. Het plan volgt het Integraal "
  "Veiligheidsplan 2020-2023 ‘Samen werken aan veiligheid’ op. Dat plan is door de raad op 12 december "
  "2023 met één jaar verlengd, tot en met 2024, zodat de nieuwe speerpunten konden worden afgestemd "
  "op het Beleidsplan 2025-2028 van de politie-eenheid Oost-Nederland.[[fn1]]")
h2("1.2 Vaststelling en wettelijk kader")
p("De gemeenteraad stelt op grond van artikel 38b van de Politiewet 2012 ten minste eens in de vier "
  "jaar de doelen vast op het gebied van openbare orde en veiligheid. Het college heeft het ontwerp "
  "van dit plan op 26 november 2024 vastgesteld en aan de raad aangeboden. De gemeenteraad heeft het "
  "plan op 28 januari 2025 vastgesteld (raadsbesluit 2025/004). Daarbij heeft de raad met een "
  "amendement het speerpunt ‘onbegrepen gedrag’ toegevoegd, dat in het ontwerp nog onder de "
  "basisveiligheid viel.")
p("Het plan past binnen de Gemeentewet, waarin de burgemeester is belast met de handhaving van de "
  "openbare orde (artikel 172) en het college met de regie op het lokale veiligheidsbeleid. Voor de "
  "bestuurlijke aanpak van ondermijning en mensenhandel gebruiken we daarnaast de Wet Bibob, artikel "
  "13b van de Opiumwet en de Algemene Plaatselijke Verordening (APV).")
h2("1.3 Een looptijd van drie jaar")
p("Anders dan het vorige plan heeft dit plan een looptijd van drie jaar. In maart 2026 zijn er "
  "gemeenteraadsverkiezingen. Met een looptijd tot en met 2027 kan de nieuwe raad zelf de speerpunten "
  "voor het volgende plan bepalen, op basis van de evaluatie van dit plan en de uitkomsten van de "
  "Veiligheidsmonitor 2025.")

h1("2. Terugblik op het vorige plan")
p("Het IVP 2020-2023 had drie prioriteiten: woninginbraak, jeugdoverlast en ondermijning. In het "
  "najaar van 2024 heeft de afdeling Openbare Orde en Veiligheid het plan geëvalueerd, samen met de "
  "politie en de belangrijkste partners. De belangrijkste conclusies zijn:")
bl("Woninginbraak is fors gedaald, van 121 in 2020 naar 88 in 2024. De aanpak is opgenomen in de "
   "gewone werkwijze van politie en gemeente. Woninginbraak is daarom in dit plan geen speerpunt meer.",
   "De jeugdoverlast is gedaald, maar de aandacht verschuift naar het online gedrag van jongeren.",
   "De aanpak van ondermijning heeft geleid tot 14 sluitingen op grond van artikel 13b van de Opiumwet "
   "en 31 Bibob-onderzoeken. De aanpak is nu structureel belegd en valt onder de basisveiligheid; "
   "alleen mensenhandel en uitbuiting krijgen in dit plan extra aandacht.",
   "De samenwerking in het Zorg- en Veiligheidshuis IJsselland werkt goed, maar de wachttijden in de "
   "ggz zijn een probleem.",
   "Niet alle doelen waren meetbaar. In dit plan formuleren we daarom per speerpunt doelen die we met "
   "cijfers kunnen volgen.")

h1("3. Veiligheidsbeeld")
h2("3.1 De gemeente")
p("Bremmerlo telt 61.250 inwoners (1 januari 2025). Het grootste deel woont in de stad Bremmerlo "
  "(44.800 inwoners); daarnaast zijn er vier kernen: Wijhoven (7.900), Ter Haar (4.300), Sallingen "
  "(2.750) en Kolkwerd (1.500). De stad heeft een regionale functie, met een historische binnenstad, "
  "een intercitystation met dagelijks zo’n 21.000 in- en uitstappers, een hogeschool en twee grote "
  "distributiecentra op bedrijventerrein Bremmerlo-Oost. Het politiewerk wordt gedaan door basisteam "
  "Bremmerlo-Salland van de eenheid Oost-Nederland.")
h2("3.2 Cijfers")
p("Tabel 1 geeft de ontwikkeling van de belangrijkste cijfers in de periode 2020-2024. Het gaat om "
  "misdrijven en meldingen die de politie heeft geregistreerd.")
table("Tabel 1. Geregistreerde misdrijven en meldingen, gemeente Bremmerlo 2020-2024", [
    ("Soort", "2020", "2021", "2022", "2023", "2024"),
    ("Woninginbraak", "121", "104", "99", "92", "88"),
    ("Fietsdiefstal", "612", "655", "701", "684", "736"),
    ("Winkeldiefstal", "248", "231", "276", "319", "342"),
    ("Geweldsmisdrijven", "389", "402", "417", "408", "431"),
    ("Drugshandel (binnenstad en station)", "37", "44", "52", "61", "73"),
    ("Signalen mensenhandel", "6", "9", "14", "17", "21"),
    ("Aangiften online oplichting", "288", "341", "379", "402", "455"),
    ("Meldingen onbegrepen gedrag (E33)", "487", "523", "561", "598", "634"),
    ("Meldingen jeugdoverlast", "701", "652", "598", "574", "546"),
], (7.0, 1.8, 1.8, 1.8, 1.8, 1.8), note="Bron: politie Oost-Nederland, basisteam Bremmerlo-Salland.")
p("Het aantal meldingen over personen met onbegrepen gedrag is in vijf jaar met 30 procent gestegen. "
  "Het aantal aangiften van online oplichting steeg met 58 procent; bij ruim een derde van de "
  "aangiften was het slachtoffer jonger dan 25 jaar. De signalen van mensenhandel zijn nog klein in "
  "aantal, maar volgens de politie is dat vooral het topje van de ijsberg.")
h2("3.3 Veiligheidsbeleving")
p("Uit de Veiligheidsmonitor 2023[[fn2]] blijkt dat 22 procent van de inwoners zich weleens onveilig "
  "voelt in de eigen buurt (Nederland: 19 procent). In de binnenstad en rond het station voelt 41 "
  "procent van de inwoners zich ’s avonds weleens onveilig. Inwoners geven hun buurt als woonomgeving "
  "gemiddeld een 7,3. Vrouwen en jongeren tussen 15 en 25 jaar voelen zich vaker onveilig dan "
  "gemiddeld.")
p("In een peiling onder 640 leerlingen van het voortgezet onderwijs in 2024 zei 17 procent weleens een "
  "naaktfoto of -video te hebben gedeeld, en 6 procent was weleens benaderd om de eigen bankrekening "
  "‘uit te lenen’.")

h1("4. Speerpunten 2025-2027")
p("Voor de periode 2025-2027 kiezen we vier speerpunten. Voor elk speerpunt beschrijven we de "
  "aanleiding, de doelen en de maatregelen. De maatregelen worden elk jaar uitgewerkt in het "
  "uitvoeringsprogramma.")
h2("4.1 Veilige binnenstad en stationsgebied")
sub("Aanleiding")
p("Het stationsgebied en de aangrenzende binnenstad zijn het visitekaartje van Bremmerlo, maar hier "
  "komen ook veel problemen samen. Rond het station en in het Stationspark wordt gedeald, er is overlast "
  "van groepen en van dak- en thuislozen, en elk jaar worden er meer dan 300 fietsen gestolen bij de "
  "stallingen. In de binnenstad steeg de winkeldiefstal in twee jaar met 24 procent. Ondernemers vragen "
  "om meer zichtbaar toezicht.")
sub("Doelen")
bl("Het aandeel inwoners dat zich ’s avonds in het stationsgebied weleens onveilig voelt, daalt van "
   "41 procent (2023) naar hooguit 30 procent in 2027.",
   "Het aantal fietsdiefstallen bij het station daalt met 20 procent ten opzichte van 2024.",
   "Alle winkelgebieden in de binnenstad hebben het Keurmerk Veilig Ondernemen (KVO).")
sub("Maatregelen")
num("We plaatsen in 2025 vijftien nieuwe camera’s in het stationgebied en het Stationspark. De "
    "burgemeester wijst het gebied daarvoor aan op grond van artikel 151c van de Gemeentewet. De "
    "beelden worden live uitgekeken tijdens de uitgaansnachten en op koopavonden.",
    "Er komen twee extra boa’s, die samen met de medewerkers Veiligheid & Service van NS en de "
    "wijkagent vast in het stationsgebied werken.",
    "Samen met ProRail en NS brengen we de fietsenstallingen op orde: betere verlichting, een bewaakte "
    "stalling en het verwijderen van weesfietsen.",
    "We starten het traject Keurmerk Veilig Ondernemen voor de binnenstad, samen met de "
    "Ondernemersvereniging Binnenstad en het Centrum voor Criminaliteitspreventie en Veiligheid (CCV).",
    "Wie herhaaldelijk overlast veroorzaakt, krijgt een gebiedsverbod op grond van de APV. Bij "
    "drugshandel vanuit woningen rond het station past de burgemeester artikel 13b van de Opiumwet toe.")

h2("4.2 Mensenhandel en uitbuiting")
sub("Aanleiding")
p("Mensenhandel is een van de meest ingrijpende vormen van criminaliteit. Het gaat om het uitbuiten "
  "van mensen, bijvoorbeeld in de prostitutie, in de arbeid of door hen te dwingen tot criminele "
  "activiteiten. In Bremmerlo is geen vergunde prostitutie, maar de politie ziet wel advertenties voor "
  "prostitutie in hotels en vakantiewoningen, en op bedrijventerrein Bremmerlo-Oost werken in de "
  "distributiecentra ruim 2.000 arbeidsmigranten, van wie een deel via uitzendbureaus in overvolle "
  "woningen in de wijken Noorderhof en De Weijde is gehuisvest, soms met een huur die direct van het "
  "loon wordt ingehouden en met een contract dat ze niet kunnen lezen, zodat ze volledig afhankelijk "
  "zijn van hun werkgever. In 2024 kwamen 21 signalen van mensenhandel binnen, tegen 6 in 2020. "
  "Slachtoffers melden zich zelden zelf.")
sub("Doelen")
bl("In 2027 herkennen alle medewerkers van Vergunningen, Handhaving, het sociaal wijkteam en het "
   "Klantcontactcentrum signalen van mensenhandel en weten zij hoe zij die moeten melden.",
   "Elk signaal wordt binnen twee weken besproken in het casusoverleg mensenhandel van het Zorg- en "
   "veiligheidshuis IJsselland.",
   "Alle hotels en verhuurders van vakantiewoningen in de gemeente zijn benaderd met voorlichting.")
sub("Maatregelen")
num("We stellen een coördinator mensenhandel aan (0,5 fte), die signalen verzamelt, partners verbindt "
    "en het aanspreekpunt is voor het RIEC Oost-Nederland.",
    "We nemen in de APV een vergunningplicht op voor alle vormen van seksbedrijf, ook voor "
    "thuisontvangst en escort. Zo kunnen we malafide exploitanten weren, onder meer met de Wet Bibob.",
    "Medewerkers volgen de e-learning ‘Mensenhandel herkennen’ en een training met casussen uit de "
    "praktijk.",
    "Samen met de Nederlandse Arbeidsinspectie, de politie en de uitzendbureaus controleren we de "
    "huisvesting van arbeidsmigranten op overbewoning en uitbuiting.",
    "Slachtoffers krijgen opvang en begeleiding via de zorgcoördinator mensenhandel van de regio "
    "IJsselland en CoMensha.")

h2("4.3 Digitale veiligheid van jongeren")
sub("Aanleiding")
p("Jongeren leven voor een groot deel online. Dat biedt kansen, maar ook risico’s. Steeds meer "
  "jongeren worden slachtoffer van sextortion of van oplichting via sociale media. Andere jongeren "
  "worden dader, bijvoorbeeld door hun bankpas uit te lenen als geldezel of door naaktbeelden van "
  "klasgenoten door te sturen. Veel jongeren weten niet dat ze daarmee strafbaar zijn. Ouders en "
  "docenten voelen zich vaak machteloos, omdat ze niet zien wat er op de telefoon van een kind gebeurt.")
sub("Doelen")
bl("In 2027 heeft elke leerling in het voortgezet onderwijs in Bremmerlo minstens één les over online "
   "veiligheid gehad.",
   "Het aantal jongeren dat zich als geldezel laat inzetten, daalt.",
   "Ouders en docenten weten waar ze terechtkunnen als een jongere online slachtoffer wordt.")
sub("Maatregelen")
num("We bieden alle basisscholen het programma HackShield aan, waarin kinderen van 8 tot 12 jaar "
    "spelenderwijs leren hoe ze zich online kunnen beschermen.",
    "Samen met de politie en Halt geven we voorlichting in het voortgezet onderwijs over sextortion, "
    "sexting en geldezels. Jongeren die voor het eerst als geldezel worden betrapt, kunnen naar Halt "
    "worden verwezen.",
    "We organiseren ouderavonden, samen met de scholen en het Centrum voor Jeugd en Gezin.",
    "Met de banken en de hogeschool starten we de campagne ‘Je pas is van jou’.",
    "Slachtoffers kunnen terecht bij Helpwanted en bij Slachtofferhulp Nederland; we maken deze hulp "
    "beter bekend.")

h2("4.4 Onbegrepen gedrag")
sub("Aanleiding")
p("Het aantal meldingen bij de politie over personen met onbegrepen gedrag (de E33-meldingen) steeg "
  "van 487 in 2020 naar 634 in 2024. Het gaat om mensen die in de war zijn, bijvoorbeeld door een "
  "psychische aandoening, een verslaving, dementie of een combinatie daarvan. Vaak spelen ook schulden "
  "of dreigende dakloosheid een rol. De meeste van deze mensen zijn niet gevaarlijk, maar soms leidt "
  "hun gedrag tot ernstige overlast of tot onveilige situaties voor henzelf en hun omgeving. Dit "
  "speerpunt is op 28 januari 2025 door de raad bij amendement aan het plan toegevoegd.")
sub("Doelen")
bl("Meldingen van inwoners over onbegrepen gedrag worden binnen één werkdag opgepakt door het "
   "Meldpunt Zorgwekkend Gedrag.",
   "Het aantal herhaalmeldingen over dezelfde persoon daalt met 15 procent.")
sub("Maatregelen")
num("We richten in 2025 het Meldpunt Zorgwekkend Gedrag in, dat op werkdagen van 8.00 tot 20.00 uur "
    "bereikbaar is.",
    "Samen met de ggz en de politie zetten we Team Onbegrepen Gedrag in, dat mensen op straat of thuis "
    "bezoekt voordat de situatie escaleert.",
    "We maken afspraken met woningcorporatie Woonstede Bremmerlo over het vroeg signaleren van "
    "huurachterstand en overlast.",
    "Waar nodig passen we de Wet verplichte ggz en de Wet zorg en dwang toe; de burgemeester kan een "
    "crisismaatregel nemen.",
    "Mensen met onbegrepen gedrag die geen strafbaar feit hebben gepleegd, worden niet meer in een "
    "politieauto vervoerd, maar met passend vervoer.")

h1("5. Wat niet in dit plan staat")
p("Niet alles wat met veiligheid te maken heeft, staat in dit plan. Bewust buiten het plan gelaten "
  "zijn:")
let("Radicalisering en polarisatie. Hiervoor heeft het college in 2023 een afzonderlijke Aanpak "
    "Polarisatie en Radicalisering vastgesteld, die doorloopt tot en met 2026.",
    "Verkeersveiligheid, waarvoor het Verkeersveiligheidsplan 2022-2030 geldt.",
    "Brandveiligheid, rampenbestrijding en crisisbeheersing. Deze taken zijn belegd bij de "
    "Veiligheidsregio IJsselland.",
    "Evenementenveiligheid, die is geregeld in het Evenementenbeleid Bremmerlo 2022.")
p("Woninginbraak en ondermijning waren prioriteiten in het vorige plan, maar zijn nu onderdeel van de "
  "basisveiligheid (zie hoofdstuk 2). Tot de basisveiligheid horen ook de aanpak van huiselijk geweld "
  "en kindermishandeling met Veilig Thuis IJsselland, de jaarwisseling en de horeca.")

h1("6. Samenwerking")
h2("6.1 Rollen en taken")
p("De burgemeester heeft het gezag over de politie bij de handhaving van de openbare orde en heeft "
  "een aantal eigen bevoegdheden, zoals cameratoezicht, sluitingen en gebiedsverboden. Het college "
  "voert de regie op het integrale veiligheidsbeleid. De gemeenteraad stelt het IVP vast, stelt de "
  "middelen beschikbaar en controleert of de doelen worden gehaald. De afdeling Openbare Orde en "
  "Veiligheid (6,2 fte) bereidt het beleid voor en coördineert de uitvoering.")
h2("6.2 Partners")
p("De belangrijkste partners bij de uitvoering van dit plan zijn:")
bl("de politie, basisteam Bremmerlo-Salland, en het Openbaar Ministerie, parket Oost-Nederland;",
   "het RIEC Oost-Nederland;",
   "het Zorg- en Veiligheidshuis IJsselland en Veilig Thuis IJsselland;",
   "de Veiligheidsregio IJsselland;",
   "Halt, de scholen en de hogeschool;",
   "NS en ProRail, de Ondernemersvereniging Binnenstad en woningcorporatie Woonstede Bremmerlo;",
   "de ggz-aanbieders en de verslavingszorg in de regio.")
h2("6.3 Overlegstructuur")
p("De samenwerking is georganiseerd op drie niveaus:")
bl("Strategisch niveau")
bl2("lokale driehoek (burgemeester, teamchef politie, officier van justitie): maandelijks;",
    "Stuurgroep Zorg en Veiligheid IJsselland: vier keer per jaar.")
bl("Tactisch niveau")
bl2("Veiligheidsoverleg Stationskwartier (gemeente, politie, NS, ProRail, ondernemers): elke zes weken;",
    "Regietafel Mensenhandel: elk kwartaal.")
bl("Operationeel niveau")
bl2("casusoverleggen in het Zorg- en Veiligheidshuis IJsselland: wekelijks;",
    "overleg Team Onbegrepen Gedrag: elke twee weken.")

h1("7. Financiën")
p("Voor de uitvoering van dit plan is jaarlijks € 346.000 beschikbaar. Daarvan is € 162.000 bestaand "
  "budget in de programmabegroting (programma Veiligheid) en € 184.000 nieuw. De raad heeft het "
  "nieuwe geld bij de vaststelling van het plan toegekend. Het nieuwe geld is als volgt verdeeld:")
table("Tabel 2. Verdeling nieuwe middelen per speerpunt (bedragen per jaar)", [
    ("Speerpunt", "2025", "2026", "2027"),
    ("Veilige binnenstad en stationsgebied", "€ 72.000", "€ 72.000", "€ 72.000"),
    ("Mensenhandel en uitbuiting", "€ 48.000", "€ 48.000", "€ 48.000"),
    ("Digitale veiligheid van jongeren", "€ 31.000", "€ 31.000", "€ 31.000"),
    ("Onbegrepen gedrag", "€ 33.000", "€ 33.000", "€ 33.000"),
    ("Totaal", "€ 184.000", "€ 184.000", "€ 184.000"),
], (8.0, 2.6, 2.6, 2.6))
p("Daarnaast is in 2025 eenmalig € 135.000 beschikbaar voor de aanschaf en installatie van de "
  "camera’s in het stationsgebied. De jaarlijkse kosten van het cameratoezicht (€ 41.000) zijn "
  "onderdeel van het budget voor het eerste speerpunt. De bijdrage aan de Veiligheidsregio IJsselland "
  "(€ 2.914.000 in 2025) en de bijdrage aan het Zorg- en Veiligheidshuis IJsselland (€ 96.000) staan "
  "los van dit plan.")

h1("8. Monitoring en evaluatie")
p("Om te weten of we op koers liggen, volgen we de doelen per speerpunt met de cijfers uit hoofdstuk 3. "
  "De planning- en controlcyclus ziet er zo uit:")
num("Elk jaar in december stelt het college het uitvoeringsprogramma voor het volgende jaar vast.",
    "Elk jaar in juni ontvangt de raad een voortgangsrapportage met de cijfers van het voorgaande jaar "
    "en een toelichting per speerpunt.",
    "In het najaar van 2025 doet Bremmerlo mee aan de Veiligheidsmonitor, met een extra steekproef in "
    "het stationsgebied.",
    "In 2027 evalueren we het plan. De evaluatie is de basis voor het volgende plan, dat de nieuwe raad "
    "eind 2027 vaststelt.")

h1("Begrippen en afkortingen")
p("**Geldezel** – iemand die zijn bankrekening of bankpas beschikbaar stelt aan criminelen, zodat die "
  "geld van slachtoffers kunnen doorsluizen, vaak tegen een kleine vergoeding.")
p("**Keurmerk Veilig Ondernemen (KVO)** – een methode van het CCV waarmee ondernemers, gemeente, "
  "politie en brandweer samen afspraken maken over de veiligheid van een winkelgebied of "
  "bedrijventerrein.")
p("**Mensenhandel** – het werven, vervoeren of huisvesten van mensen met het doel hen uit te buiten, "
  "bijvoorbeeld in de seksindustrie, in arbeid of in criminele activiteiten (artikel 273f Wetboek van "
  "Strafrecht).")
p("**Onbegrepen gedrag** – gedrag dat voor de omgeving onbegrijpelijk of verontrustend is, bijvoorbeeld "
  "door psychische problemen, een verslaving of dementie. Vroeger sprak men meestal van ‘verward "
  "gedrag’.")
p("**Sextortion** – afpersing met naaktbeelden: de dader dreigt beelden te verspreiden als het "
  "slachtoffer niet betaalt of niet meer beelden stuurt.")
p("**Afkortingen:** CCV – Centrum voor Criminaliteitspreventie en Veiligheid; E33 – politiecode voor "
  "een melding over een persoon met verward of onbegrepen gedrag; IVP – Integraal Veiligheidsplan; "
  "RIEC – Regionaal Informatie- en Expertisecentrum; Wvggz – Wet verplichte geestelijke "
  "gezondheidszorg.")

TOC = [(k, x) for k, x in C if k in ("h1", "h2")]


# ============================================================ rendering helpers
def add_field(run, instr):
    for kind, extra in (("begin", None), ("instr", instr), ("separate", None), ("t", "1"), ("end", None)):
        if kind == "instr":
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = " %s " % extra
        elif kind == "t":
            e = OxmlElement("w:t")
            e.text = extra
        else:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), kind)
        run._r.append(e)


def set_cols(section, n, space_cm=0.8):
    sp = section._sectPr
    for e in sp.findall(qn("w:cols")):
        sp.remove(e)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), str(int(space_cm * 567)))
    # w:cols must come after w:pgMar / w:pgNumType and before w:titlePg / w:docGrid
    anchor = sp.find(qn("w:docGrid"))
    tp = sp.find(qn("w:titlePg"))
    if tp is not None:
        anchor = tp
    if anchor is not None:
        anchor.addprevious(cols)
    else:
        sp.append(cols)


def fn_ref(par, n):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r.append(rpr)
    fr = OxmlElement("w:footnoteReference")
    fr.set(qn("w:id"), str(n))
    r.append(fr)
    par._p.append(r)


def add_text(par, text, size=None, bold=False):
    for part in re.split(r"(\*\*[^*]+\*\*|\[\[fn\d+\]\])", text):
        if not part:
            continue
        m = re.fullmatch(r"\[\[fn(\d+)\]\]", part)
        if m:
            fn_ref(par, int(m.group(1)))
            continue
        b = bold
        if part.startswith("**"):
            part, b = part[2:-2], True
        r = par.add_run(part)
        r.bold = b
        if size:
            r.font.size = Pt(size)


def para(doc, text, size=None, bold=False, align=None, after=None, indent=None, style=None):
    par = doc.add_paragraph(style=style)
    add_text(par, text, size, bold)
    if align is not None:
        par.alignment = align
    if after is not None:
        par.paragraph_format.space_after = Pt(after)
    if indent:
        par.paragraph_format.left_indent = Cm(indent[0])
        par.paragraph_format.first_line_indent = Cm(indent[1])
    return par


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def footnotes_part(package):
    fns = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
           '<w:r><w:separator/></w:r></w:p></w:footnote>',
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
           '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    from xml.sax.saxutils import escape
    for i, t in sorted(FOOTNOTES.items()):
        fns.append('<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="both"/></w:pPr>'
                   '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="15"/></w:rPr><w:footnoteRef/></w:r>'
                   '<w:r><w:rPr><w:sz w:val="15"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p>'
                   '</w:footnote>' % (i, escape(t)))
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>%s</w:footnotes>'
           % (W, "".join(fns))).encode("utf-8")
    return Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", xml, package)


def header_footer(section):
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(PLAN)
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = section.footer.paragraphs[0]
    fp.text = ""
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("Gemeente Bremmerlo\tpagina ")
    r.font.size = Pt(8)
    r = fp.add_run()
    r.font.size = Pt(8)
    add_field(r, "PAGE")


def make_table(doc, rows, widths):
    tbl = doc.add_table(rows=len(rows), cols=len(rows[0]))
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl.autofit = False
    for j, w in enumerate(widths):
        tbl.columns[j].width = Cm(w)
        for cell in tbl.columns[j].cells:
            cell.width = Cm(w)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = tbl.cell(i, j)
            cell.text = val
            cp_ = cell.paragraphs[0]
            cp_.paragraph_format.space_after = Pt(0)
            if j > 0:
                cp_.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for rr in cp_.runs:
                rr.font.size = Pt(9)
                rr.font.name = "Liberation Sans"
                if i == 0 or row[0] == "Totaal":
                    rr.bold = True
            if i == 0:
                tcPr = cell._tc.get_or_add_tcPr()
                shd = OxmlElement("w:shd")
                shd.set(qn("w:val"), "clear")
                shd.set(qn("w:color"), "auto")
                shd.set(qn("w:fill"), "DCE6F0")
                tcPr.append(shd)
    trPr = tbl.rows[0]._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trPr.append(e)


def build_docx(path, pages):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Liberation Serif"
    normal.font.size = Pt(9.5)
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.08
    for lvl, size, before in ((1, 13, 10), (2, 10.5, 6)):
        st = doc.styles["Heading %d" % lvl]
        st.font.name = "Liberation Sans"
        st.font.size = Pt(size)
        st.font.color.rgb = RGBColor(0x7A, 0x1F, 0x2B)
        st.paragraph_format.space_before = Pt(before)
        st.paragraph_format.space_after = Pt(3)
    for name in ("List Bullet", "List Bullet 2"):
        st = doc.styles[name]
        st.font.size = Pt(9.5)
        st.paragraph_format.space_after = Pt(2)
    doc.styles["Footer"].paragraph_format.tab_stops.clear_all()

    cp = doc.core_properties
    cp.title = "Veilig samenleven in Bremmerlo. " + PLAN
    cp.author = "Gemeente Bremmerlo, afdeling Openbare Orde en Veiligheid"
    cp.subject = "Vastgesteld door de gemeenteraad op 28 januari 2025"
    cp.created = cp.modified = datetime(2025, 2, 3, 9, 30, 0)
    cp.last_modified_by = "OOV"
    cp.revision = 7

    doc.part.relate_to(footnotes_part(doc.part.package), RT.FOOTNOTES)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    sec.header_distance = sec.footer_distance = Cm(1.0)
    sec.different_first_page_header_footer = True
    header_footer(sec)

    # ---- title page
    for _ in range(7):
        doc.add_paragraph()
    para(doc, "Veilig samenleven in Bremmerlo", size=28, bold=True, after=4)
    para(doc, "Integraal Veiligheidsplan 2025-2027", size=18, after=30)
    para(doc, "Vastgesteld door de gemeenteraad op 28 januari 2025", size=11, after=2)
    para(doc, "Raadsbesluit 2025/004", size=11, after=30)
    para(doc, "Gemeente Bremmerlo\nAfdeling Openbare Orde en Veiligheid".replace("\n", " · "), size=10)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---- table of contents (one column)
    para(doc, "Inhoud", size=15, bold=True, after=8)
    for level, text in TOC:
        par = doc.add_paragraph()
        pf = par.paragraph_format
        pf.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        pf.space_after = Pt(3)
        if level == "h2":
            pf.left_indent = Cm(0.8)
        run = par.add_run(text + "\t" + str(pages.get(text, 0)))
        run.font.size = Pt(10.5)
        if level == "h1":
            run.bold = True

    # ---- body: two columns, with one-column sections for the tables
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.different_first_page_header_footer = False
    set_cols(s, 2)
    for kind, x in C:
        if kind in ("h1", "h2"):
            hd = doc.add_heading(x, level=int(kind[1]))
        elif kind == "sub":
            par = para(doc, x, bold=True, after=1)
            par.paragraph_format.keep_with_next = True
        elif kind == "p":
            para(doc, x, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif kind == "b":
            para(doc, x, align=WD_ALIGN_PARAGRAPH.JUSTIFY, style="List Bullet")
        elif kind == "b2":
            para(doc, x, align=WD_ALIGN_PARAGRAPH.JUSTIFY, style="List Bullet 2")
        elif kind == "n":
            par = para(doc, x, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=2, indent=(0.6, -0.6))
            par.paragraph_format.tab_stops.add_tab_stop(Cm(0.6))
        elif kind == "table":
            caption, rows, widths, note = x
            s = doc.add_section(WD_SECTION.CONTINUOUS)
            set_cols(s, 1)
            cpar = para(doc, caption, size=9, bold=True, after=3)
            cpar.paragraph_format.keep_with_next = True
            cpar.paragraph_format.space_before = Pt(6)
            make_table(doc, rows, widths)
            para(doc, note or "", size=8, after=6)
            s = doc.add_section(WD_SECTION.CONTINUOUS)
            set_cols(s, 2)

    buf = io.BytesIO()
    doc.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 3, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


def to_pdf(docx_path, pdf_path):
    tmp = os.path.join(HERE, "_pdf_tmp")
    os.makedirs(tmp, exist_ok=True)
    env = dict(os.environ, HOME=tmp)  # private LibreOffice profile
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path],
                   check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    data = open(out, "rb").read()
    shutil.rmtree(tmp, ignore_errors=True)

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()D:\d{14}", rb"\g<1>D:20250203093000", data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)",
                  lambda m: m.group(1) + b"B" * len(m.group(2)) + m.group(3) + b"B" * len(m.group(4)) + m.group(5),
                  data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    # XMP metadata dates (same length)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d",
                  rb"\g<1>2025-02-03T09:30:00", data)
    data = re.sub(rb"(uuid:)([0-9a-f-]{36})", lambda m: m.group(1) + b"00000000-0000-0000-0000-000000000000", data)
    os.makedirs(os.path.dirname(pdf_path), exist_ok=True)
    with open(pdf_path, "wb") as f:
        f.write(data)


def heading_pages(pdf_path):
    """Printed page number ('pagina N' in the footer) of the page on which each heading starts."""
    from pypdf import PdfReader
    texts = [pg.extract_text() or "" for pg in PdfReader(pdf_path).pages]
    pages = {}
    flat = [" ".join(t.split()) for t in texts]
    for _, text in TOC:
        for i in range(2, len(texts)):
            if text in flat[i]:  # headings may wrap in the narrow columns
                m = re.search(r"pagina (\d+)", texts[i])
                pages[text] = int(m.group(1)) if m else 0
                break
    return pages


def word_count():
    n = 0
    for kind, x in C:
        if kind in ("h1", "h2", "p", "b", "b2", "sub", "n"):
            n += len(re.sub(r"\*\*|\[\[fn\d+\]\]", "", x).split())
        elif kind == "table":
            n += sum(len(" ".join(r).split()) for r in x[1]) + len(x[0].split()) + len((x[3] or "").split())
    return n + sum(len(t.split()) for t in FOOTNOTES.values())


if __name__ == "__main__":
    pages = {}
    for attempt in range(4):
        build_docx(DOCX, pages)
        to_pdf(DOCX, PDF)
        found = heading_pages(PDF)
        missing = [t for _, t in TOC if t not in found]
        if missing:
            sys.exit("headings not found in PDF: %r" % missing)
        if found == pages:
            break
        pages = found
    else:
        sys.exit("table of contents did not settle")
    print("wrote", DOCX, "and", PDF, "words~", word_count())
    print("pages", pages)
