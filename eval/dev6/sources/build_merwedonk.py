"""Build the fictional 'Integraal Veiligheidsplan gemeente Merwedonk 2025-2028' as a Word file.

Writes eval/dev6/corpus/merwedonk.docx:

    /work/main/.venv/bin/python eval/dev6/sources/build_merwedonk.py

The document imitates a Word file typed by someone who does not use styles:
- every paragraph has the style Normal; chapter headings are Normal paragraphs with a bold,
  larger run and a typed number ("1 Inleiding", "2.1 Vijf kernen"); there is no Heading style
  and no outline level anywhere;
- lists are typed by hand: "-<TAB>...", "•<TAB>...", "a.<TAB>..." with a hanging indent and
  a tab stop, never Word numbering;
- empty paragraphs are used for spacing, and a few paragraphs contain a manual line break;
- a cover block at the top (title, subtitle, "Versie 1.0", date) and a "Colofon" at the end
  with the adoption details (the cover date is the college version, the raad adopted later);
- three tables (Table Grid): Tabel 1 with a horizontally merged header cell
  "Meldingen woonoverlast" over three year columns, vertically merged header cells and a
  "Totaal gemeente" row; Tabel 2 with a merged "Resultaten" header over 2021-2023;
  Tabel 3 (budget) with a "Totaal" row. python-docx returns a merged cell once per grid
  column, so the standard extraction repeats the merged header text.

Deliberate imperfections (keep them): the typo "jachthven" in 3.2 (once); "kernraad"/"Kernraad";
"Keurmerk Veilig Ondernemen"/"keurmerk veilig ondernemen".
The zip has fixed timestamps, so a rebuild is byte-identical.
"""
import io
import os
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "merwedonk.docx")

C = []


def cover(*lines): C.append(("cover", lines))
def pb(): C.append(("pb", None))
def h(t, level=1): C.append(("h", (t, level)))
def p(t): C.append(("p", t))
def e(): C.append(("e", None))
def li(marker, *items): C.extend(("li", (marker if marker != "a." else "abcdefghij"[i] + ".", t))
                                  for i, t in enumerate(items))
def table(rows, widths, merges=(), bold_rows=(0,)): C.append(("table", (rows, widths, merges, bold_rows)))
def cap(t): C.append(("cap", t))


# ---------------------------------------------------------------- cover
cover(("Veilig in elke kern", 26, True),
      ("Integraal Veiligheidsplan gemeente Merwedonk 2025-2028", 16, False),
      ("", 11, False),
      ("Versie 1.0", 11, False),
      ("5 november 2024", 11, False))
pb()

# ---------------------------------------------------------------- voorwoord
h("Voorwoord")
p("Merwedonk is een gemeente van vijf kernen, elk met een eigen karakter. Wat ze gemeen hebben, is "
  "dat inwoners elkaar kennen en voor elkaar klaarstaan. Dat is een groot goed, ook als het om "
  "veiligheid gaat. Tegelijk zie ik dat de veiligheid in een kleine gemeente kwetsbaar is. Een "
  "slepende burenruzie kan een hele straat ontwrichten, een leegstaande bedrijfsunit kan zomaar een "
  "opslagplaats voor drugs worden en oudere inwoners worden soms door hun eigen omgeving financieel "
  "uitgebuit.")
p("Met dit plan kiezen we voor een aanpak die past bij elke kern. Niet alles hoeft overal hetzelfde. "
  "De kernraden, de wijkagenten en de boa’s weten als geen ander wat er speelt, en daar sluiten we "
  "bij aan.")
p("Pieter Hoogendam\nburgemeester van Merwedonk")
pb()

# ---------------------------------------------------------------- 1
h("1 Inleiding")
h("1.1 Waarom een veiligheidsplan?", 2)
p("Dit is het Integraal Veiligheidsplan (IVP) van de gemeente Merwedonk voor de periode 2025-2028. "
  "Het plan beschrijft hoe wij samen met inwoners, ondernemers en partners werken aan een veilige "
  "woon- en leefomgeving in alle vijf kernen: Merwedonk, Wijngaarde, Ruigendam, Kortewaard en "
  "Streefhoven. Het IVP vervangt het Integraal Veiligheidsplan 2021-2024 ‘Samen sterk voor een "
  "veilig Merwedonk’.")
p("De gemeenteraad stelt op grond van artikel 38b van de Politiewet 2012 ten minste eens in de vier "
  "jaar de doelen vast op het gebied van de openbare orde en veiligheid. De burgemeester en de "
  "officier van justitie maken op basis van dit plan afspraken over de inzet van de politie. Voor "
  "de opbouw van het plan hebben we de methode Kernbeleid Veiligheid van de VNG gebruikt.")
h("1.2 Wat is er veranderd sinds het vorige plan?", 2)
p("Het vorige plan had drie prioriteiten: woninginbraak, jeugdoverlast en ondermijning. Sindsdien is "
  "er veel veranderd. Het aantal woninginbraken is fors gedaald, terwijl het aantal meldingen van "
  "woonoverlast in drie jaar met bijna een derde is gestegen. Ook zien we dat criminelen steeds "
  "vaker gebruikmaken van bedrijfsunits en garageboxen op bedrijventerrein De Donk. En de vergrijzing "
  "zet door: in Ruigendam is inmiddels 38 procent van de inwoners 65 jaar of ouder.")
p("Daarom kiezen we in dit plan voor vier prioriteiten, waarvan er twee nieuw zijn. Woninginbraak is "
  "geen prioriteit meer, maar hoort bij de basisveiligheid (hoofdstuk 4).")
h("1.3 Hoe is het plan gemaakt?", 2)
p("In de eerste helft van 2024 hebben we in elke kern een ‘veiligheidstafel’ georganiseerd met de "
  "kernraad, de wijkagent, de boa’s en inwoners. Daar kwamen in totaal 212 mensen op af. Verder "
  "hebben we gesprekken gevoerd met ondernemers van De Donk, met de havenmeester van jachthaven "
  "De Waard en met de Seniorenraad Merwedonk. De politie, het RIEC Rotterdam en het Zorg- en "
  "Veiligheidshuis Zuid-Holland-Zuid hebben cijfers en analyses aangeleverd. Op 11 juni 2024 is het "
  "concept besproken in de commissie Bestuur en Middelen.")
p("Aan de veiligheidstafels noemden inwoners de volgende onderwerpen het vaakst:")
li("-",
   "overlast van buren en van ‘probleemadressen’, vooral in Merwedonk-centrum en Ruigendam;",
   "jongeren die lachgas gebruiken of drugs verkopen bij het station en langs de dijk;",
   "te hard rijden op de dijkwegen en in de dorpskernen;",
   "het gevoel dat meldingen bij de gemeente of de politie ‘in een zwart gat’ verdwijnen.")
p("Dat laatste punt nemen we serieus. Iedereen die een melding doet over woonoverlast of "
  "ondermijning, krijgt voortaan binnen vijf werkdagen een terugkoppeling, ook als we inhoudelijk "
  "nog niet veel kunnen vertellen.")
e()

# ---------------------------------------------------------------- 2
h("2 Merwedonk en zijn kernen")
h("2.1 Vijf kernen", 2)
p("Merwedonk telt 28.460 inwoners (1 januari 2024). De gemeente ligt aan de Merwede en bestaat uit "
  "vijf kernen:")
li("-",
   "Merwedonk (13.920 inwoners): de hoofdkern met het centrum, het winkelgebied aan de Voorstraat en "
   "bedrijventerrein De Donk;",
   "Wijngaarde (5.340): een forensenkern met een treinstation en veel nieuwbouw;",
   "Ruigendam (4.110): een oude dijkkern met relatief veel ouderen;",
   "Kortewaard (3.280): een agrarische kern met jachthaven De Waard;",
   "Streefhoven (1.810): de kleinste kern, met veel jonge gezinnen.")
p("Elke kern heeft een kernraad die het gemeentebestuur gevraagd en ongevraagd adviseert. De "
  "kernraden zijn voor ons belangrijke gesprekspartners als het om veiligheid gaat.")
h("2.2 Cijfers per kern", 2)
p("Merwedonk is een relatief veilige gemeente. In 2023 registreerde de politie 1.112 misdrijven, dat "
  "is 39,1 per 1.000 inwoners. Het landelijk gemiddelde was 45,9. Het aantal woninginbraken daalde "
  "tot 52. Daartegenover staat een stijging van het aantal meldingen van woonoverlast, die vooral "
  "in Merwedonk en Ruigendam zichtbaar is.")
cap("Tabel 1. Meldingen woonoverlast per kern (bron: politie en gemeentelijk meldpunt)")
table([
    ["Kern", "Inwoners (1-1-2024)", "Meldingen woonoverlast", "", "", "Per 1.000 inwoners (2023)"],
    ["", "", "2021", "2022", "2023", ""],
    ["Merwedonk", "13.920", "96", "104", "121", "8,7"],
    ["Wijngaarde", "5.340", "22", "27", "25", "4,7"],
    ["Ruigendam", "4.110", "31", "38", "47", "11,4"],
    ["Kortewaard", "3.280", "12", "9", "14", "4,3"],
    ["Streefhoven", "1.810", "6", "8", "7", "3,9"],
    ["Totaal gemeente", "28.460", "167", "186", "214", "7,5"],
], [3.2, 2.6, 1.7, 1.7, 1.7, 3.0],
    merges=[((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (0, 4)), ((0, 5), (1, 5))],
    bold_rows=(0, 1, 7))
e()
p("Ruigendam heeft naar verhouding de meeste meldingen: 11,4 per 1.000 inwoners, tegen 7,5 gemiddeld. "
  "Het gaat daar vaak om geluidsoverlast en ruzies in de oude dijkwoningen, waar de huizen dicht op "
  "elkaar staan.")
h("2.3 Hoe veilig voelen inwoners zich?", 2)
p("Volgens de Veiligheidsmonitor 2023 voelt 18 procent van de inwoners zich weleens onveilig in de "
  "eigen buurt; in 2021 was dat 16 procent. Inwoners geven hun buurt gemiddeld een 7,4 voor "
  "veiligheid. In Streefhoven en Kortewaard ligt het rapportcijfer hoger (7,9), in het centrum van "
  "Merwedonk lager (6,8). Inwoners noemen overlast door buren, hard rijden en rondhangende jongeren "
  "het vaakst als probleem.")
h("2.4 Wat heeft het vorige plan opgeleverd?", 2)
p("In het vorige plan stonden doelen voor 2024. Tabel 2 laat zien hoe de resultaten zich hebben "
  "ontwikkeld. De cijfers over 2024 waren bij het schrijven van dit plan nog niet beschikbaar.")
cap("Tabel 2. Doelen en resultaten Integraal Veiligheidsplan 2021-2024")
table([
    ["Indicator", "Doel 2024", "Resultaten", "", "", "Doel gehaald?"],
    ["", "", "2021", "2022", "2023", ""],
    ["Woninginbraken (aantal)", "max. 60", "71", "58", "52", "ja"],
    ["Meldingen jeugdoverlast", "max. 250", "312", "287", "264", "nee"],
    ["Deelnemers WhatsApp-buurtpreventie", "2.000", "1.450", "1.820", "2.140", "ja"],
    ["Bedrijven met Keurmerk Veilig Ondernemen", "80", "34", "51", "66", "nee"],
    ["Inwoners die zich weleens onveilig voelen (%)", "max. 15", "16", "–", "18", "nee"],
], [5.0, 2.0, 1.5, 1.5, 1.5, 2.4],
    merges=[((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (0, 4)), ((0, 5), (1, 5))],
    bold_rows=(0, 1))
e()
p("De Veiligheidsmonitor wordt om de twee jaar gehouden; daarom ontbreekt het cijfer voor 2022. Het "
  "doel voor de jeugdoverlast is niet gehaald, al daalde het aantal meldingen wel elk jaar.")
e()

# ---------------------------------------------------------------- 3
h("3 Onze keuzes: vier prioriteiten")
p("Voor de periode 2025-2028 richten we ons op vier prioriteiten:")
li("a.",
   "Woonoverlast en burenruzies",
   "Ondermijning op bedrijventerrein De Donk en in jachthaven De Waard",
   "Jongeren, alcohol en drugs",
   "Financiële uitbuiting van ouderen")
p("Per prioriteit beschrijven we wat er speelt, wat we willen bereiken en wat we gaan doen. De "
  "concrete acties werken we elk jaar uit in een jaarschijf.")
h("3.1 Woonoverlast en burenruzies", 2)
p("Wat speelt er?")
p("Het aantal meldingen van woonoverlast steeg van 167 in 2021 naar 214 in 2023. Achter veel "
  "meldingen zit meer dan geluid of een ruzie over de schutting: psychische problemen, verslaving, "
  "schulden of eenzaamheid. Door de krappe woningmarkt kunnen mensen bovendien moeilijk verhuizen "
  "als het met de buren niet meer gaat. In 2023 liep een burenruzie in Ruigendam twee keer uit op "
  "geweld.")
p("Wat willen we bereiken?")
li("-",
   "Het aantal meldingen van woonoverlast is in 2028 niet hoger dan in 2023 (214).",
   "Ten minste 70 procent van de zaken die bij buurtbemiddeling worden aangemeld, wordt met een "
   "afspraak tussen de buren afgesloten.",
   "Bij ernstige en herhaalde overlast grijpt de gemeente binnen vier weken in.")
p("Wat gaan we doen?")
li("•",
   "Buurtbemiddeling, nu alleen actief in Merwedonk en Wijngaarde, breiden we uit naar alle vijf "
   "kernen. Welzijn Merwedonk werft daarvoor twaalf nieuwe vrijwilligers.",
   "We richten een woonoverlastteam op met de gemeente, woningcorporatie Woonkracht Merwe, de "
   "politie, het sociaal team en de GGZ. Het team bespreekt elke maand de zwaarste zaken.",
   "De burgemeester stelt in 2025 een beleidsregel vast voor de gedragsaanwijzing op grond van "
   "artikel 151d van de Gemeentewet.",
   "We sluiten aan bij de vroegsignalering van schulden, zodat betalingsachterstanden bij huur en "
   "energie eerder worden opgemerkt.")
h("3.2 Ondermijning op De Donk en in de jachthaven", 2)
p("Wat speelt er?")
p("Op bedrijventerrein De Donk zijn ongeveer 180 bedrijven gevestigd. In de afgelopen jaren zijn er "
  "veel kleine bedrijfsunits en garageboxen bijgekomen die per maand en soms zonder duidelijke "
  "huurder worden verhuurd. In 2023 zijn op het terrein twee hennepkwekerijen en een opslag van "
  "precursoren voor synthetische drugs aangetroffen. Het RIEC Rotterdam noemt De Donk in zijn "
  "ondermijningsbeeld ‘kwetsbaar’. In de jachthven De Waard in Kortewaard liggen ruim 300 boten, "
  "waarvan van een deel de eigenaar niet bekend is bij de havenmeester.")
p("Wat willen we bereiken?")
li("-",
   "In 2028 zijn alle bedrijfspanden op De Donk ten minste één keer integraal gecontroleerd.",
   "Het aantal bedrijven met het Keurmerk Veilig Ondernemen stijgt naar 100.",
   "Van alle ligplaatshouders in jachthaven De Waard zijn naam en adres bekend.")
p("Wat gaan we doen?")
li("•",
   "In 2025 laten we een ondermijningsscan van De Donk uitvoeren, waarin alle panden, eigenaren en "
   "huurders in beeld worden gebracht.",
   "We voeren zes keer per jaar een integrale controle uit, de zogenaamde Donkcontrole, met de "
   "politie, de Belastingdienst, de brandweer en de omgevingsdienst.",
   "Samen met de ondernemersvereniging en het parkmanagement werken we aan het keurmerk veilig "
   "ondernemen voor bedrijventerreinen (KVO-B), inclusief cameratoezicht bij de toegangswegen.",
   "Met de havenmeester spreken we een meldprotocol af en we verplichten ligplaatshouders om hun "
   "gegevens te registreren.",
   "We breiden het Bibob-beleid uit naar exploitatievergunningen voor bedrijfsverzamelgebouwen.")
p("Een coördinator ondermijning (1 fte) houdt de regie op deze acties en is het aanspreekpunt voor "
  "het RIEC.")
h("3.3 Jongeren, alcohol en drugs", 2)
p("Wat speelt er?")
p("In 2023 ontving de politie 264 meldingen van jeugdoverlast, vooral rond het station van "
  "Wijngaarde, het Ruigendamse dijkpad en het skatepark in Merwedonk. Op sommige plekken langs de "
  "dijk vinden boa’s regelmatig lachgaspatronen en -flessen. Volgens de Jeugdmonitor van de GGD "
  "dronk 41 procent van de scholieren uit klas 4 in de afgelopen maand alcohol. Bij het laatste "
  "nalevingsonderzoek hield maar 48 procent van de verkooppunten zich aan de leeftijdsgrens van 18 "
  "jaar. Jongerenwerkers horen dat drugs via Snapchat worden besteld en thuisbezorgd.")
p("Wat willen we bereiken?")
li("-",
   "Het aantal meldingen van jeugdoverlast daalt tot onder de 220 in 2028.",
   "In 2028 houdt ten minste 70 procent van de verkooppunten zich aan de leeftijdsgrens voor "
   "alcohol.",
   "Ouders weten hoe zij met hun kinderen over alcohol, lachgas en drugs kunnen praten.")
p("Wat gaan we doen?")
li("•",
   "Het ambulant jongerenwerk, nu actief in Merwedonk en Wijngaarde, gaat ook in Ruigendam, "
   "Kortewaard en Streefhoven werken.",
   "Twee keer per jaar doen we een nalevingsonderzoek met mystery shoppers; verkooppunten die in "
   "de fout gaan, krijgen een gesprek en bij herhaling een boete.",
   "Op de twee middelbare scholen en in groep 8 geven de GGD en Halt voorlichting over alcohol, "
   "drugs en lachgas.",
   "De boa’s handhaven op het bezit en gebruik van lachgas in de openbare ruimte, dat sinds 1 "
   "januari 2023 onder de Opiumwet valt.",
   "In elke kern organiseren we ten minste één ouderavond per jaar, samen met de scholen en de "
   "sportverenigingen.")
h("3.4 Financiële uitbuiting van ouderen", 2)
p("Wat speelt er?")
p("Een kwart van de inwoners van Merwedonk is 65 jaar of ouder, in Ruigendam zelfs 38 procent. Een "
  "deel van hen is afhankelijk van anderen voor de dagelijkse geldzaken. Dat maakt hen kwetsbaar "
  "voor financiële uitbuiting, vaak door iemand uit de eigen omgeving. Veilig Thuis Zuid-Holland-Zuid "
  "registreerde in 2023 23 meldingen van financiële uitbuiting van ouderen in Merwedonk, maar "
  "volgens de thuiszorg en het sociaal team ligt het werkelijke aantal veel hoger. Ook babbeltrucs "
  "aan de deur en bankhelpdeskfraude aan de telefoon komen regelmatig voor.")
p("Wat willen we bereiken?")
li("-",
   "In 2028 hebben ten minste 300 professionals en vrijwilligers een training gevolgd over het "
   "herkennen van financiële uitbuiting.",
   "Elk signaal van financiële uitbuiting wordt binnen vijf werkdagen opgepakt.",
   "Ouderen en hun familie weten waar zij terechtkunnen met vragen en zorgen.")
p("Wat gaan we doen?")
li("•",
   "We bieden de training ‘Geld en vertrouwen’ aan voor thuiszorgmedewerkers, het sociaal team, "
   "mantelzorgers, vrijwilligers van de ouderenbonden en bankmedewerkers.",
   "Binnen het sociaal team komt een aandachtsfunctionaris ouderenmishandeling, die ook het eerste "
   "aanspreekpunt is voor signalen van financiële uitbuiting.",
   "Met de banken en notarissen in de regio maken we afspraken over het doorgeven van signalen bij "
   "verdachte volmachten en opnames.",
   "Samen met de Seniorenraad Merwedonk organiseren we voorlichting over babbeltrucs en "
   "telefoonfraude in de dorpshuizen.")
e()

# ---------------------------------------------------------------- 4
h("4 Basisveiligheid en kernenaanpak")
p("Naast de prioriteiten blijven we werken aan de basisveiligheid. Het gaat onder meer om de "
  "preventie van woninginbraak, veilige evenementen en horeca, de aanpak van huiselijk geweld, de "
  "voorbereiding op hoogwater en andere crises samen met de Veiligheidsregio Zuid-Holland-Zuid, en "
  "het signaleren van radicalisering. Verkeersveiligheid wordt in de kernen vaak genoemd als "
  "ergernis; de aanpak daarvan staat in het Gemeentelijk Verkeers- en Vervoersplan.")
p("Omdat elke kern anders is, krijgt elke kern twee keer per jaar een Kernenoverleg Veiligheid. "
  "Daaraan nemen de kernraad, de wijkagent, de boa’s van de kern en de gemeente deel. In dat overleg "
  "worden de cijfers van de kern besproken en wordt bepaald waar het kernenbudget veiligheid aan "
  "wordt besteed. Elke Kernraad kan daarvoor een voorstel doen, bijvoorbeeld voor extra verlichting, "
  "een buurtpreventieproject of een voorlichtingsavond.")
e()

# ---------------------------------------------------------------- 5
h("5 Partners en organisatie")
h("5.1 Rollen", 2)
p("De burgemeester is verantwoordelijk voor de openbare orde en veiligheid en heeft het gezag over "
  "de politie bij de handhaving daarvan (artikel 172 Gemeentewet). De gemeenteraad stelt dit plan "
  "vast en controleert de uitvoering. De wethouders zijn verantwoordelijk voor de onderdelen die bij "
  "hun portefeuille horen, zoals jeugd, zorg en economie.")
p("Binnen de gemeente ligt de regie bij het team Veiligheid en Handhaving. Het team heeft 4,6 fte "
  "voor openbare orde en veiligheid, inclusief de coördinator ondermijning, en acht boa’s.")
h("5.2 Partners", 2)
p("We werken in ieder geval samen met:")
li("•",
   "de politie, basisteam Merwe-Lek van de eenheid Rotterdam;",
   "het Openbaar Ministerie, arrondissementsparket Rotterdam;",
   "het RIEC Rotterdam;",
   "het Zorg- en Veiligheidshuis Zuid-Holland-Zuid en Veilig Thuis Zuid-Holland-Zuid;",
   "de Veiligheidsregio Zuid-Holland-Zuid;",
   "Welzijn Merwedonk, het sociaal team en woningcorporatie Woonkracht Merwe;",
   "de ondernemersvereniging, het parkmanagement De Donk en de havenmeester van De Waard;",
   "de vijf kernraden en de Seniorenraad Merwedonk.")
h("5.3 Overleg en sturing", 2)
p("De lokale driehoek van burgemeester, officier van justitie en teamchef komt vier keer per jaar "
  "bijeen. De Regiegroep Veiligheid, met de belangrijkste partners, komt elke twee maanden bijeen "
  "en bewaakt de voortgang van de jaarschijf. Daarnaast zijn er het woonoverlastteam, de "
  "Donkcontroles en de Kernenoverleggen Veiligheid.")
h("5.4 Informatie delen en privacy", 2)
p("Een goede aanpak vraagt dat partners informatie met elkaar delen, bijvoorbeeld in het "
  "woonoverlastteam of bij een integrale controle. Dat mag alleen als daar een wettelijke grondslag "
  "voor is en als het nodig is voor het doel. Voor het woonoverlastteam en de casusoverleggen in het "
  "Zorg- en Veiligheidshuis gelden convenanten met afspraken over welke gegevens worden gedeeld, "
  "door wie en hoe lang ze worden bewaard. Voor de samenwerking op De Donk geldt het convenant van "
  "het RIEC. De functionaris gegevensbescherming van de gemeente toetst nieuwe afspraken vooraf.")
e()

# ---------------------------------------------------------------- 6
h("6 Financiën")
p("De vaste kosten voor openbare orde en veiligheid, zoals de bijdrage aan de veiligheidsregio en de "
  "kosten van de boa’s, staan in de programmabegroting. Voor de uitvoering van dit plan is daarnaast "
  "jaarlijks geld nodig voor de vier prioriteiten en het kernenbudget. Tabel 3 geeft het overzicht.")
cap("Tabel 3. Budget Integraal Veiligheidsplan 2025-2028")
table([
    ["Onderdeel", "2025", "2026", "2027", "2028"],
    ["Woonoverlast en burenruzies", "€ 48.000", "€ 48.000", "€ 48.000", "€ 48.000"],
    ["Ondermijning De Donk en jachthaven", "€ 92.000", "€ 92.000", "€ 77.000", "€ 77.000"],
    ["Jongeren, alcohol en drugs", "€ 61.000", "€ 61.000", "€ 61.000", "€ 61.000"],
    ["Financiële uitbuiting van ouderen", "€ 27.000", "€ 27.000", "€ 27.000", "€ 27.000"],
    ["Kernenbudget veiligheid", "€ 18.000", "€ 18.000", "€ 18.000", "€ 18.000"],
    ["Totaal", "€ 246.000", "€ 246.000", "€ 231.000", "€ 231.000"],
], [5.6, 2.3, 2.3, 2.3, 2.3], bold_rows=(0, 6))
e()
p("In 2025 en 2026 zit in het budget voor ondermijning € 15.000 per jaar voor de ondermijningsscan "
  "van De Donk; daarom is het bedrag vanaf 2027 lager. Het kernenbudget veiligheid wordt niet vooraf "
  "over de kernen verdeeld, maar toegekend op voorstel van de kernraden.")
e()

# ---------------------------------------------------------------- 7
h("7 Monitoring en evaluatie")
p("Elk jaar in maart ontvangt de raad een voortgangsrapportage over het voorgaande jaar, samen met de "
  "jaarschijf voor het lopende jaar. Daarin staan de cijfers per kern en de stand van zaken van de "
  "acties. In 2025 en 2027 doet Merwedonk mee aan de Veiligheidsmonitor. In het eerste kwartaal van "
  "2028 evalueren we het plan, als opmaat voor het volgende veiligheidsplan.")
p("Wij gebruiken daarbij in ieder geval de volgende indicatoren:")
li("-",
   "het aantal meldingen van woonoverlast, per kern;",
   "het aantal gecontroleerde panden op De Donk en het aantal bedrijven met het keurmerk;",
   "het aantal meldingen van jeugdoverlast en het nalevingspercentage alcohol;",
   "het aantal getrainde professionals en vrijwilligers en het aantal signalen van financiële "
   "uitbuiting.")
e()

# ---------------------------------------------------------------- 8
h("8 Begrippen en afkortingen")
p("Buurtbemiddeling: een vorm van bemiddeling waarbij twee getrainde vrijwilligers buren met een "
  "conflict helpen om zelf tot afspraken te komen. Deelname is vrijwillig.")
p("Financiële uitbuiting: een vorm van ouderenmishandeling waarbij iemand uit de omgeving van een "
  "oudere zonder toestemming of onder druk over diens geld of bezittingen beschikt.")
p("Gedragsaanwijzing: een last die de burgemeester bij ernstige en herhaaldelijke woonoverlast kan "
  "opleggen op grond van artikel 151d van de Gemeentewet, bijvoorbeeld een verbod om geluid te "
  "maken na 22.00 uur.")
p("Kernraad: een vereniging van inwoners van een kern die het gemeentebestuur adviseert over zaken "
  "die de kern aangaan.")
p("Woonoverlast: ernstige en herhaalde hinder vanuit of rond een woning, zoals geluidsoverlast, "
  "intimidatie of vervuiling, waardoor omwonenden niet meer normaal kunnen wonen.")
p("Afkortingen: APV (Algemene Plaatselijke Verordening), boa (buitengewoon opsporingsambtenaar), "
  "IVP (Integraal Veiligheidsplan), KVO-B (Keurmerk Veilig Ondernemen voor bedrijventerreinen), "
  "RIEC (Regionaal Informatie- en Expertisecentrum), ZVH (Zorg- en Veiligheidshuis).")
pb()

# ---------------------------------------------------------------- colofon
h("Colofon")
p("Titel: Veilig in elke kern. Integraal Veiligheidsplan gemeente Merwedonk 2025-2028")
p("Opdrachtgever: burgemeester P. Hoogendam")
p("Opgesteld door: team Veiligheid en Handhaving, gemeente Merwedonk")
p("Vastgesteld door het college van burgemeester en wethouders op 5 november 2024 en aangeboden aan "
  "de gemeenteraad")
p("Vastgesteld door de gemeenteraad van Merwedonk op 17 december 2024 (raadsbesluit RB-2024-096)")
p("Looptijd: 1 januari 2025 tot en met 31 december 2028")
p("Vorig plan: Integraal Veiligheidsplan 2021-2024 ‘Samen sterk voor een veilig Merwedonk’")


# ---------------------------------------------------------------- rendering
def set_cell_shading(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def add_table(doc, rows, widths, merges, bold_rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
        for cell in t.columns[j].cells:
            cell.width = Cm(w)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val:
                cell = t.cell(i, j)
                cell.text = val
                par = cell.paragraphs[0]
                par.paragraph_format.space_after = Pt(0)
                if j > 0 and i not in (0, 1) or (j > 0 and i == 1 and merges):
                    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                for r in par.runs:
                    r.font.size = Pt(9)
                    r.bold = i in bold_rows
    for i in bold_rows[:1]:
        for cell in t.rows[i].cells:
            set_cell_shading(cell, "D9D9D9")
    for (r0, c0), (r1, c1) in merges:
        a, b = t.cell(r0, c0), t.cell(r1, c1)
        keep = a.text
        m = a.merge(b)
        # merge() concatenates paragraphs; keep only the original text
        for par in m.paragraphs[1:]:
            par._p.getparent().remove(par._p)
        if m.paragraphs[0].text != keep:
            m.paragraphs[0].text = keep
        m.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER if c1 > c0 else None
        for r in m.paragraphs[0].runs:
            r.bold = True
            r.font.size = Pt(9)
    return t


def build(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(6)
    st.paragraph_format.line_spacing = 1.15
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = sec.bottom_margin = Cm(2.5)

    cp = doc.core_properties
    cp.title = "Veilig in elke kern"
    cp.subject = "Integraal Veiligheidsplan 2025-2028"
    cp.author = "J. van Wijk"
    cp.last_modified_by = "J. van Wijk"
    cp.created = datetime(2024, 9, 2, 8, 30, 0)
    cp.modified = datetime(2024, 11, 5, 16, 12, 0)
    cp.revision = 14

    body = doc.element.body
    # python-docx starts with an empty document (no paragraphs), good.
    for kind, x in C:
        if kind == "cover":
            for _ in range(6):
                doc.add_paragraph()
            for text, size, bold in x:
                par = doc.add_paragraph()
                if text:
                    r = par.add_run(text)
                    r.font.size = Pt(size)
                    r.bold = bold
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h":
            text, level = x
            par = doc.add_paragraph()
            par.paragraph_format.space_before = Pt(12 if level == 1 else 8)
            par.paragraph_format.keep_with_next = True
            r = par.add_run(text)
            r.bold = True
            r.font.size = Pt(14 if level == 1 else 11.5)
        elif kind == "p":
            par = doc.add_paragraph()
            lines = x.split("\n")
            for k, line in enumerate(lines):
                r = par.add_run(line)
                if k < len(lines) - 1:
                    r.add_break()
            if x in ("Wat speelt er?", "Wat willen we bereiken?", "Wat gaan we doen?"):
                par.runs[0].italic = True
                par.runs[0].underline = True
                par.paragraph_format.space_after = Pt(2)
        elif kind == "e":
            doc.add_paragraph()
        elif kind == "li":
            marker, text = x
            par = doc.add_paragraph(marker + "\t" + text)
            pf = par.paragraph_format
            pf.left_indent = Cm(0.63)
            pf.first_line_indent = Cm(-0.63)
            pf.space_after = Pt(2)
            pf.tab_stops.add_tab_stop(Cm(0.63))
        elif kind == "cap":
            par = doc.add_paragraph()
            r = par.add_run(x)
            r.bold = True
            r.font.size = Pt(9)
            par.paragraph_format.space_after = Pt(2)
            par.paragraph_format.keep_with_next = True
        elif kind == "table":
            add_table(doc, *x)
    buf = io.BytesIO()
    doc.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 5, 16, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, zin.read(info.filename))


def word_count():
    n = 0
    for kind, x in C:
        if kind in ("p", "cap"):
            n += len(x.split())
        elif kind == "h":
            n += len(x[0].split())
        elif kind == "li":
            n += len(x[1].split())
        elif kind == "cover":
            n += sum(len(t.split()) for t, _, _ in x)
        elif kind == "table":
            n += sum(len(" ".join(r).split()) for r in x[0])
    return n


if __name__ == "__main__":
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    build(OUT)
    print("wrote", OUT, "words~", word_count())
