"""Build the fictional CVDR/overheid.nl text export of the gemeente Wilgendaal.

Writes eval/heldout/corpus/wilgendaal.txt (UTF-8):

    python3 eval/heldout/sources/build_wilgendaal.py

The plan ran from 2018 to 2021 and is expired ("Regeling vervallen per 01-01-2022").
Layout conventions of a CVDR text export that are reproduced on purpose:
  * metadata labels glued to their values ("Vastgesteld doorgemeenteraad");
  * paragraphs separated by blank lines, sections by a line holding only a
    non-breaking space (U+00A0);
  * bullets as "  • text"; numbered/lettered lists as a marker line ("  • 1.",
    "      • a."), a blank line, and the item text on the next line, indented;
  * a tab-separated statistics table.
Deliberate imperfections: typos "hennepkwekrijen" and "Veiligheidshius", inconsistent
capitals ("Keurmerk Veilig Ondernemen"/"Keurmerk veilig ondernemen",
"Woninginbraak"/"woninginbraak", "Burgernet"/"burgernet"), one very long sentence in 4.3.
Do not correct them: the gold quotes depend on them.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "wilgendaal.txt")
NBSP = "\u00a0"
TITLE = "Integraal Veiligheidsbeleid Wilgendaal 2018-2021"

L = []  # output blocks; joined with "\n\n"


def line(t): L.append(t)
def sep(): L.append(NBSP)
def bullets(*items): L.extend("  • " + t for t in items)


def numbered(items, level=1):
    """items: list of (marker, text, children) ; children same structure, lettered."""
    ind_m = "  " if level == 1 else "      "
    ind_t = "    " if level == 1 else "        "
    for marker, text, children in items:
        L.append(f"{ind_m}• {marker}")
        L.append(f"{ind_t}{text}")
        if children:
            numbered(children, level + 1)


# ----------------------------- header --------------------------------------
header = f"""Ziet u een fout in deze regeling? Meld het ons op regelgeving@overheid.nl!
Wilgendaal

{TITLE}

Regeling vervallen per 01-01-2022

Geldend van 01-01-2020 t/m 31-12-2021

Wetstechnische informatie

Gegevens van de regeling
OrganisatieWilgendaal
OrganisatietypeGemeente
Officiële naam regeling{TITLE}
Citeertitel{TITLE}
Vastgesteld doorgemeenteraad
Rechtsgebiedopenbare orde en veiligheid
Onderwerpopenbare orde en veiligheid
Eigen onderwerp
Eindverantwoordelijkeburgemeester

Opmerkingen met betrekking tot de regeling

Deze regeling is vervallen per 01-01-2022 en vervangen door het Integraal Veiligheidsbeleid Wilgendaal 2022-2025. Paragraaf 9 (Financiën) is gewijzigd bij raadsbesluit van 12 december 2019.

Wettelijke grondslag(en) of bevoegdheid waarop de regeling is gebaseerd

artikel 38b van de Politiewet 2012

artikel 160 van de Gemeentewet

Overzicht van in de tekst verwerkte wijzigingen

Datum inwerkingtreding

Terugwerkende kracht tot en met

Datum uitwerkingtreding

Betreft

Datum ondertekening

Bron bekendmaking

Kenmerk voorstel

09-03-2018

31-12-2019nieuwe regeling

22-02-2018

gmb-2018-41873

RV-2018-012

01-01-2020

31-12-2021wijziging paragraaf 9 Financiën

12-12-2019

gmb-2019-298114

RV-2019-087

Tekst van de regeling

Intitulé

{TITLE}"""
L.append(header)

line("De raad van de gemeente Wilgendaal;")
line("gelezen het voorstel van burgemeester en wethouders van 16 januari 2018;")
line("gelet op artikel 38b van de Politiewet 2012 en artikel 160 van de Gemeentewet;")
line("besluit:")
line(f"vast te stellen het {TITLE}.")
sep()

# ----------------------------- 1 Inleiding ---------------------------------
line("1. Inleiding")
line("Wilgendaal is een gemeente waar het goed wonen is. De meeste inwoners voelen zich veilig in hun "
     "buurt en de criminaliteit is de afgelopen jaren gedaald. Toch zijn er onderwerpen die aandacht "
     "vragen. Inbrekers weten de wijken aan de rand van de snelweg goed te vinden, op het "
     "bedrijventerrein Daalpoort wordt vaker ingebroken dan vroeger, en in het buitengebied worden "
     "regelmatig hennepkwekerijen aangetroffen in schuren die niet meer voor de landbouw worden "
     "gebruikt.")
line("Het Integraal Veiligheidsbeleid 2014-2017 is afgelopen. In dit nieuwe beleid staat wat de "
     "gemeente Wilgendaal samen met haar partners in de periode 2018-2021 wil bereiken op het gebied "
     "van veiligheid. Het beleid wordt elk jaar uitgewerkt in een uitvoeringsprogramma, dat door het "
     "college wordt vastgesteld. Dit beleid treedt in werking op de dag na bekendmaking en geldt tot "
     "en met 31 december 2021.")
line("1.1 Terugblik op het beleid 2014-2017")
line("In het vorige beleid lagen de prioriteiten bij woninginbraak, jeugdoverlast en veilig uitgaan. "
     "De evaluatie van november 2017 laat een gemengd beeld zien. Het aantal woninginbraken daalde "
     "van 212 in 2014 naar 171 in 2017, maar het doel van maximaal 150 inbraken werd niet gehaald. De "
     "aanpak van jeugdoverlast heeft geleid tot minder meldingen, al blijft het aantal hoog. Veilig "
     "uitgaan is geen prioriteit meer: het horecaconvenant met de uitgaansgelegenheden aan de Markt "
     "werkt goed en het aantal geweldsincidenten in het uitgaansgebied is gehalveerd. Uit de "
     "evaluatie blijkt ook dat de gemeente te weinig zicht had op ondermijnende criminaliteit.")
line("1.2 Totstandkoming")
line("Het beleid is in de tweede helft van 2017 voorbereid. In september en oktober 2017 zijn "
     "gesprekken gevoerd met de politie, het Openbaar Ministerie, de woningcorporatie, het "
     "jongerenwerk, de ondernemersverenigingen en de dorpsraden van Ruigenhoek en Schapendrift. Op 2 "
     "november 2017 hebben de leden van de raadscommissie Bestuur in een themabijeenkomst hun wensen "
     "meegegeven. De raad vroeg daarbij met name om meer aandacht voor ondermijning in het "
     "buitengebied en voor de veiligheid van ondernemers. Het concept is in december 2017 besproken in "
     "de lokale driehoek.")
sep()

# ----------------------------- 2 Kaders ------------------------------------
line("2. Kaders")
line("2.1 Wettelijk kader")
line("Op grond van artikel 38b van de Politiewet 2012 stelt de gemeenteraad ten minste eenmaal in de "
     "vier jaar de doelen vast die de gemeente op het gebied van de veiligheid nastreeft. De "
     "burgemeester heeft het gezag over de politie bij de handhaving van de openbare orde en de "
     "hulpverlening. Het college van burgemeester en wethouders heeft de regie over het lokale "
     "veiligheidsbeleid (artikel 160 Gemeentewet).")
line("2.2 Regionale kaders")
line("Wilgendaal valt onder de politie-eenheid Midden-Nederland en het basisteam Daalrand, dat ook "
     "voor twee buurgemeenten werkt. De prioriteiten zijn afgestemd met de districtelijke driehoek en "
     "sluiten aan bij de Regionale Veiligheidsstrategie. De gemeente werkt samen in het RIEC "
     "Midden-Nederland, in het Veiligheidshuis Daalstreek en in de Veiligheidsregio Midden-Daalstreek, "
     "die verantwoordelijk is voor de brandweerzorg, de geneeskundige hulpverlening en de "
     "coördinatie bij rampen en crises.")
line("2.3 Kernbeleid Veiligheid")
line("Het beleid is opgesteld volgens de methode Kernbeleid Veiligheid van de VNG. Die methode "
     "onderscheidt vijf veiligheidsvelden: veilige woon- en leefomgeving, bedrijvigheid en veiligheid, "
     "jeugd en veiligheid, fysieke veiligheid en integriteit en veiligheid. Voor ieder veld is "
     "gekeken naar de cijfers, de ervaringen van partners en de wensen van inwoners.")
sep()

# ----------------------------- 3 Veiligheidsbeeld --------------------------
line("3. Veiligheidsbeeld Wilgendaal")
line("3.1 De gemeente")
line("Wilgendaal telt 41.600 inwoners (1 januari 2017) en bestaat uit vier kernen: Wilgendaal, "
     "Ruigenhoek, Leemwijk en Schapendrift. De gemeente wordt doorsneden door de A-weg en heeft twee "
     "grote bedrijventerreinen, Daalpoort en De Schapendrift, met samen ruim 450 bedrijven. In het "
     "centrum van Wilgendaal ligt het overdekte winkelcentrum De Wilgenhof met 62 winkels.")
line("3.2 Cijfers")
line("Voor de analyse zijn de politiecijfers over de jaren 2014-2017 gebruikt, de uitkomsten van de "
     "Veiligheidsmonitor 2017 en het ondermijningsbeeld dat het RIEC Midden-Nederland in 2017 heeft "
     "opgesteld. De onderstaande tabel geeft de belangrijkste politiecijfers.")
L.append("\n".join([
    "Indicator\tBron\t2014\t2015\t2016\t2017",
    "Woninginbraken (incl. pogingen)\tPolitie\t212\t187\t164\t171",
    "Overvallen\tPolitie\t6\t4\t7\t3",
    "Inbraken bedrijven en instellingen\tPolitie\t94\t88\t102\t115",
    "Meldingen jeugdoverlast\tPolitie\t418\t392\t361\t377",
    "Aangetroffen hennepkwekerijen\tPolitie\t11\t14\t9\t17",
    "Vernielingen\tPolitie\t356\t331\t318\t297",
]))
line("Tabel 1. Politiecijfers Wilgendaal 2014-2017")
line("Uit de Veiligheidsmonitor 2017 blijkt dat inwoners de veiligheid in hun buurt een 7,0 geven. "
     "26 procent van de inwoners voelt zich wel eens onveilig in de eigen buurt; in Leemwijk-Zuid is "
     "dat 38 procent. Als belangrijkste buurtproblemen worden genoemd: woninginbraak (34 procent), "
     "te hard rijden (31 procent) en rondhangende jongeren (19 procent). 12 procent van de inwoners "
     "is zelf de afgelopen twaalf maanden slachtoffer geweest van een vermogensdelict.")
line("3.3 Analyse")
line("Het aantal woninginbraken is sinds 2014 gedaald, maar steeg in 2017 weer licht, van 164 naar "
     "171. De meeste inbraken vinden plaats in Leemwijk-Zuid en in de wijk rond De Wilgenhof, waar "
     "veel woningen vlak bij de op- en afritten van de A-weg liggen. Het aantal inbraken bij bedrijven "
     "nam juist toe, van 94 in 2014 naar 115 in 2017, vooral op Daalpoort. Jeugdoverlast blijft met "
     "377 meldingen hoog, al is het aantal lager dan in 2014. Het aantal aangetroffen "
     "hennepkwekrijen schommelt, maar was in 2017 met 17 het hoogst van de afgelopen vier jaar.")
sep()

# ----------------------------- 4 Prioriteiten ------------------------------
line("4. Prioriteiten 2018-2021")
line("Onze ambitie is dat Wilgendaal een gemeente blijft waar inwoners, ondernemers en bezoekers zich "
     "veilig voelen en veilig zijn. Wij willen criminaliteit en overlast zoveel mogelijk voorkomen, en "
     "waar dat niet lukt snel en stevig optreden. De gemeente voert daarbij de regie, maar de "
     "uitvoering doen wij samen met onze partners en met de inwoners zelf.")
line("Op basis van het veiligheidsbeeld en de gesprekken met partners kiest Wilgendaal voor de periode "
     "2018-2021 voor vier prioriteiten, elk met een aantal speerpunten:")
numbered([
    ("1.", "Woninginbraak", [
        ("a.", "inbraakpreventie in de wijken met de meeste inbraken (Leemwijk-Zuid en de wijk rond De Wilgenhof);", None),
        ("b.", "het vergroten van de pakkans met Burgernet en WhatsApp-buurtpreventie;", None),
        ("c.", "nazorg en voorlichting voor slachtoffers en hun buren.", None),
    ]),
    ("2.", "Jeugdoverlast, alcohol en drugs", [
        ("a.", "een groepsgerichte aanpak van hinderlijke en overlastgevende jeugdgroepen;", None),
        ("b.", "het tegengaan van alcoholgebruik door jongeren onder de 18 jaar.", None),
    ]),
    ("3.", "Ondermijning", [
        ("a.", "de aanpak van hennepteelt in het buitengebied en in huurwoningen;", None),
        ("b.", "een sterkere bestuurlijke informatiepositie en een bredere toepassing van de Wet Bibob.", None),
    ]),
    ("4.", "Veilig ondernemen", [
        ("a.", "het Keurmerk Veilig Ondernemen voor de bedrijventerreinen Daalpoort en De Schapendrift;", None),
        ("b.", "het Keurmerk Veilig Ondernemen voor winkelcentrum De Wilgenhof.", None),
    ]),
])
line("Radicalisering en polarisatie zijn in Wilgendaal geen prioriteit en worden in dit beleid niet "
     "uitgewerkt; signalen worden, zoals nu al gebeurt, besproken in het Veiligheidshius Daalstreek.")
sep()

line("4.1 Woninginbraak")
line("Woninginbraak is een high impact crime. High impact crimes (HIC) zijn delicten met een grote "
     "impact op het slachtoffer en diens omgeving: woninginbraak, overvallen en straatroof. Het "
     "slachtoffer verliest niet alleen spullen, maar vaak ook voor lange tijd het gevoel van "
     "veiligheid in het eigen huis. Daarom blijft Woninginbraak ook in deze periode een prioriteit.")
line("Doelstellingen:")
bullets("In 2021 is het aantal woninginbraken gedaald tot maximaal 140 per jaar (2017: 171).",
        "Het aandeel inwoners dat woninginbraak als buurtprobleem noemt, daalt van 34 procent naar 25 procent.",
        "Het aantal deelnemers aan Burgernet groeit van 4.800 in 2017 naar 6.000 in 2021.")
line("Wat gaan we doen?")
bullets("Samen met de politie voeren wij elk najaar het Donkere Dagen Offensief uit, met extra surveillance en voorlichting in de wijken met de meeste inbraken;",
        "Na een inbraak krijgen de buren binnen drie dagen een brief met preventietips en worden er witte voetjes geplakt op de plekken waar inbrekers binnenkomen;",
        "Wij ondersteunen de WhatsApp-buurtpreventiegroepen met bordjes en een jaarlijkse bijeenkomst voor de beheerders;",
        "Huurders van Woonstichting Daalwonen in Leemwijk-Zuid krijgen in 2018 en 2019 gratis gecertificeerd hang- en sluitwerk.")
sep()

line("4.2 Jeugdoverlast, alcohol en drugs")
line("Het aantal meldingen van jeugdoverlast is met 377 in 2017 nog steeds hoog. De overlast "
     "concentreert zich rond De Wilgenhof, het station en de speelvelden in Ruigenhoek. De politie "
     "heeft in 2017 met de groepsscan vier hinderlijke jeugdgroepen en één overlastgevende jeugdgroep "
     "in beeld gebracht. Uit het jongerenonderzoek van de GGD blijkt bovendien dat een op de drie "
     "scholieren van 15 jaar in de afgelopen maand alcohol heeft gedronken.")
line("Doelstellingen:")
bullets("Het aantal meldingen van jeugdoverlast daalt met 15 procent ten opzichte van 2017.",
        "In 2021 zijn er geen overlastgevende of criminele jeugdgroepen meer in Wilgendaal.",
        "Bij nalevingscontroles wordt in 2021 in ten minste 70 procent van de gevallen geen alcohol verkocht aan jongeren onder de 18 jaar.")
line("Wat gaan we doen?")
bullets("De politie maakt twee keer per jaar een groepsscan; voor iedere hinderlijke of overlastgevende groep stelt het Jeugdoverleg Wilgendaal een groepsaanpak op;",
        "Het jongerenwerk van Stichting Daalwelzijn gaat op vrijdag- en zaterdagavond de straat op;",
        "Halt geeft voorlichting op alle scholen voor voortgezet onderwijs en in groep 8;",
        "Twee boa's voeren de nalevingscontroles van de Drank- en Horecawet uit, ook bij sportkantines, en wij sluiten aan bij de landelijke campagne NIX18.")
sep()

line("4.3 Ondermijning")
line("Ondermijning is het vermengen van de onderwereld met de bovenwereld, waarbij criminelen gebruik "
     "maken van legale bedrijven, panden en vergunningen en daarmee het gezag van de overheid aantasten. "
     "Het ondermijningsbeeld van het RIEC Midden-Nederland laat zien dat in Wilgendaal vooral de "
     "hennepteelt een probleem is: in 2017 zijn 17 hennepkwekerijen aangetroffen, waarvan negen in "
     "schuren in het buitengebied en zes in huurwoningen.")
line("Omdat de gemeente veel informatie heeft die van belang is voor de aanpak van ondermijning, maar "
     "die informatie nu verspreid ligt over de afdelingen Vergunningen, Handhaving, Belastingen en "
     "Sociale Zaken, omdat medewerkers niet altijd weten welke signalen zij moeten herkennen en waar "
     "zij die kwijt kunnen, en omdat criminelen juist profiteren van de ruimte die ontstaat als "
     "overheidsorganisaties langs elkaar heen werken, richten wij in 2018 een intern meldpunt "
     "ondermijning in, stellen wij in 2019 samen met het RIEC een lokaal ondermijningsbeeld op en "
     "trainen wij alle medewerkers die met vergunningen, toezicht en uitkeringen te maken hebben in het "
     "herkennen van signalen.")
line("Doelstellingen:")
bullets("In 2019 heeft Wilgendaal een actueel lokaal ondermijningsbeeld en een intern meldpunt ondermijning.",
        "Er worden per jaar ten minste twee integrale controles uitgevoerd in het buitengebied en op de bedrijventerreinen.",
        "De Bibob-beleidsregel wordt in 2018 uitgebreid naar exploitatievergunningen voor coffeeshops, seksinrichtingen en speelautomatenhallen.")
line("Wat gaan we doen?")
line("De burgemeester stelt in 2018 een Damoclesbeleid vast, waarmee hij op grond van artikel 13b van "
     "de Opiumwet een woning of lokaal kan sluiten waar drugs worden verkocht of een hennepkwekerij "
     "wordt aangetroffen. Met de politie, de Belastingdienst, de brandweer en Stedin voeren wij "
     "integrale controles uit. Agrariërs worden via de LTO-afdeling gewaarschuwd voor criminelen die "
     "een leegstaande schuur willen huren.")
sep()

line("4.4 Veilig ondernemen")
line("Het aantal inbraken bij bedrijven en instellingen steeg van 94 in 2014 naar 115 in 2017. Veel "
     "inbraken vinden 's nachts plaats op Daalpoort, waar de verlichting slecht is en de terreinen "
     "moeilijk afsluitbaar zijn. Ook in winkelcentrum De Wilgenhof zijn winkeldiefstal en overlast "
     "een terugkerend onderwerp in het overleg met de winkeliersvereniging.")
line("Het Keurmerk Veilig Ondernemen (KVO) is een methode waarbij ondernemers, gemeente, politie en "
     "brandweer samen afspraken maken over maatregelen om de veiligheid op een bedrijventerrein "
     "(KVO-B) of in een winkelgebied (KVO-W) te verbeteren. Na een audit krijgt het gebied een "
     "certificaat, dat elke twee jaar opnieuw wordt getoetst.")
line("Doelstellingen:")
bullets("In 2020 hebben de bedrijventerreinen Daalpoort en De Schapendrift het certificaat Keurmerk veilig ondernemen (KVO-B, eerste ster).",
        "Winkelcentrum De Wilgenhof behaalt in 2019 het KVO-W-certificaat.",
        "Het aantal inbraken bij bedrijven en instellingen daalt naar maximaal 90 per jaar in 2021.")
line("Wat gaan we doen?")
bullets("Samen met de ondernemersvereniging richten wij een parkmanagement op, dat collectieve beveiliging en cameratoezicht op Daalpoort organiseert;",
        "De gemeente vervangt in 2018 de openbare verlichting op Daalpoort door led-verlichting;",
        "Via een ondernemersfonds dragen de bedrijven zelf bij aan de collectieve beveiliging.")
sep()

# ----------------------------- 5 Overige -----------------------------------
line("5. Overige veiligheidsthema's")
line("Voor de volgende onderwerpen is de basis op orde en zetten wij het bestaande beleid voort:")
bullets("huiselijk geweld en kindermishandeling, samen met Veilig Thuis Daalstreek;",
        "personen met verward gedrag, via het Veiligheidshuis en het sociaal wijkteam;",
        "evenementenveiligheid, onder andere bij de Wilgendaalse Feestweek;",
        "crisisbeheersing en brandveiligheid, samen met de Veiligheidsregio Midden-Daalstreek;",
        "de jaarwisseling;",
        "verkeersveiligheid, via het Gemeentelijk Verkeers- en Vervoersplan.")
line("Het aantal meldingen over personen met verward gedrag neemt ook in Wilgendaal toe. Wij maken "
     "daarvoor geen aparte prioriteit, maar sluiten aan bij de regionale aanpak van het "
     "Veiligheidshuis Daalstreek, waar zorg- en veiligheidspartners complexe casussen samen "
     "bespreken. Het sociaal wijkteam is voor inwoners en professionals het eerste aanspreekpunt. "
     "Bij evenementen met een verhoogd risico vraagt de gemeente de organisator vooraf om een "
     "veiligheidsplan, dat samen met de politie en de Veiligheidsregio wordt beoordeeld.")
sep()

# ----------------------------- 6 Samenwerking ------------------------------
line("6. Samenwerking")
line("De gemeente heeft de regie, maar voor de uitvoering zijn wij afhankelijk van onze partners. De "
     "belangrijkste partners zijn de politie (basisteam Daalrand), het Openbaar Ministerie, het RIEC "
     "Midden-Nederland, het Veiligheidshuis Daalstreek, de Veiligheidsregio Midden-Daalstreek, Veilig "
     "Thuis Daalstreek, Woonstichting Daalwonen, Stichting Daalwelzijn, Halt, de ondernemersvereniging "
     "Daalpoort, de winkeliersvereniging De Wilgenhof en de LTO-afdeling. Onze inwoners zijn misschien "
     "wel de belangrijkste partner: via burgernet, WhatsApp-buurtpreventie en meldingen aan de politie "
     "zijn zij de ogen en oren van de wijk.")
line("Wat kunnen inwoners zelf doen?")
line("Veiligheid begint bij de inwoners zelf. Wie iets verdachts ziet, belt 112 bij spoed en anders de "
     "politie via 0900-8844. Anoniem melden kan bij Meld Misdaad Anoniem via 0800-7000. Wij roepen "
     "inwoners op om lid te worden van Burgernet, om deur en ramen goed af te sluiten en om bij "
     "vermoedens van hennepteelt in de buurt, zoals een sterke geur, dichtgeplakte ramen of een "
     "opvallend hoog stroomverbruik, een melding te doen.")
sep()

# ----------------------------- 7 Regie -------------------------------------
line("7. Regie en verantwoording")
line("De coördinatie van dit beleid ligt bij de beleidsadviseur integrale veiligheid. Het college "
     "stelt ieder jaar in januari een uitvoeringsprogramma vast, dat in de lokale driehoek met de "
     "politie en het Openbaar Ministerie wordt afgestemd. De gemeenteraad ontvangt jaarlijks in april "
     "een veiligheidsrapportage met de actuele cijfers en de voortgang. In 2019 wordt de "
     "Veiligheidsmonitor opnieuw afgenomen; in 2021 wordt het beleid geëvalueerd en wordt het nieuwe "
     "beleid voorbereid.")
sep()

# ----------------------------- 8 Afkortingen -------------------------------
line("8. Afkortingen")
bullets("APV: Algemene Plaatselijke Verordening",
        "Bibob: Wet bevordering integriteitsbeoordelingen door het openbaar bestuur",
        "boa: buitengewoon opsporingsambtenaar",
        "HIC: high impact crime",
        "KVO: Keurmerk Veilig Ondernemen",
        "LTO: Land- en Tuinbouworganisatie",
        "RIEC: Regionaal Informatie- en Expertisecentrum",
        "VNG: Vereniging van Nederlandse Gemeenten")
sep()

# ----------------------------- 9 Financien ---------------------------------
line("9. Financiën")
line("Voor de uitvoering van dit beleid is jaarlijks € 186.000 beschikbaar, bovenop het bestaande budget "
     "voor openbare orde en veiligheid. Dit bedrag is als volgt verdeeld: € 64.000 voor de aanpak van "
     "woninginbraak, € 52.000 voor jeugd, alcohol en drugs, € 38.000 voor ondermijning en € 32.000 "
     "voor veilig ondernemen.")
line("Bij raadsbesluit van 12 december 2019 is het budget voor ondermijning met ingang van 2020 "
     "structureel verhoogd met € 40.000, voor de inzet van een ondermijningscoördinator voor 0,5 fte. "
     "Het totale jaarlijkse budget voor dit beleid bedraagt daarmee vanaf 2020 € 226.000.")
sep()

line("Aldus vastgesteld in de openbare vergadering van de raad van de gemeente Wilgendaal, gehouden op 22 februari 2018.")
line("De griffier,")
line("mr. J.W. Ravensberg")
line("De voorzitter,")
line("drs. E.M. Brouwer-Ten Hove")

text = "\n\n".join(L) + "\n"

if __name__ == "__main__":
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote", OUT, "words", len(text.split()))
