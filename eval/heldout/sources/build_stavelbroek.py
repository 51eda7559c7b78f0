"""Build the fictional plan of the gemeente Stavelbroek.

Writes eval/heldout/sources/stavelbroek.docx with python-docx and converts it to
eval/heldout/corpus/stavelbroek.pdf with LibreOffice (soffice --headless).

    .venv/bin/python eval/heldout/sources/build_stavelbroek.py

The text contains deliberate civil-service imperfections (typos such as
"buurtbemidelling" and "drugsafvaldumpnigen", inconsistent capitals such as
"Wijkagent"/"wijkagent" and "Veiligheidsmonitor"/"veiligheidsmonitor", and one very
long sentence in hoofdstuk 3). Do not correct them: the gold quotes depend on them.
"""
import os
import shutil
import subprocess
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCX = os.path.join(HERE, "stavelbroek.docx")
CORPUS = os.path.join(ROOT, "corpus")

TITLE = "Integraal Veiligheidsplan Stavelbroek 2026-2029"

# ---------------------------------------------------------------------------
# Content. Each item: (kind, payload)
#   h1/h2/h3: heading text; p: paragraph; b: List Bullet; b2: List Bullet 2;
#   n: List Number; n2: List Number 2; table: (rows, caption); pb: page break
# ---------------------------------------------------------------------------
C = []


def h1(t): C.append(("h1", t))
def h2(t): C.append(("h2", t))
def h3(t): C.append(("h3", t))
def p(t): C.append(("p", t))
def b(*items): C.extend(("b", t) for t in items)
def b2(*items): C.extend(("b2", t) for t in items)
def n(*items): C.extend(("n", t) for t in items)
def table(rows, caption=None, widths=None): C.append(("table", (rows, caption, widths)))
def pb(): C.append(("pb", None))


# ----------------------------- Voorwoord -----------------------------------
h1("Voorwoord")
p("Stavelbroek is een gemeente waar de meeste mensen met plezier wonen, werken en naar school gaan. "
  "Toch merken we dat veiligheid niet vanzelf spreekt. Langs het Stavelkanaal worden vaten met "
  "drugsafval gedumpt, jongeren worden via hun telefoon benaderd voor klusjes die niet deugen, en "
  "wie 's avonds van de trein komt, fietst liever niet alleen over het Spoorplein naar huis.")
p("Met dit Integraal Veiligheidsplan kiezen we voor vier onderwerpen waar we de komende vier jaar "
  "het verschil willen maken. We doen dat niet alleen. De politie, het Openbaar Ministerie, de "
  "woningcorporatie, het jongerenwerk, ondernemers en vooral onze inwoners zijn nodig om "
  "Stavelbroek veilig te houden. Ik dank iedereen die in de veiligheidsavonden in de vier kernen "
  "heeft meegedacht.")
p("Mr. drs. L.C. Hoogenkamp, burgemeester van Stavelbroek")

# ----------------------------- 1 Inleiding ---------------------------------
h1("1. Inleiding")
h2("1.1 Aanleiding")
p("Het Integraal Veiligheidsplan (IVP) 2021-2024 is in oktober 2024 door de gemeenteraad met één "
  "jaar verlengd, omdat wij de uitkomsten van de Veiligheidsmonitor 2025 wilden gebruiken voor de "
  "keuzes in het nieuwe plan. Dit plan is de opvolger en geldt voor de jaren 2026 tot en met 2029. "
  "Het beschrijft wat de gemeente Stavelbroek samen met haar partners wil bereiken op het gebied "
  "van veiligheid, welke onderwerpen voorrang krijgen en hoe wij de gemeenteraad op de hoogte "
  "houden.")
p("Het IVP is vastgesteld door de gemeenteraad van Stavelbroek op 29 januari 2026 (raadsbesluit "
  "2026-004) en treedt in werking op 1 februari 2026. De uitwerking in concrete acties staat in het "
  "uitvoeringsprogramma in hoofdstuk 7, dat het college ieder jaar actualiseert.")
h2("1.2 Wettelijk kader")
p("Op grond van artikel 38b van de Politiewet 2012 stelt de gemeenteraad ten minste eenmaal in de "
  "vier jaar de doelen vast die de gemeente op het gebied van de veiligheid nastreeft. Dit IVP is "
  "dat plan. De doelen uit dit plan zijn tegelijk de inbreng van de burgemeester bij het opstellen "
  "van het beleidsplan van de politie-eenheid Oost-Brabant.")
p("De burgemeester is op grond van artikel 172 van de Gemeentewet belast met de handhaving van de "
  "openbare orde en heeft het gezag over de politie bij de handhaving van de openbare orde en de "
  "hulpverlening. Het college van burgemeester en wethouders voert de regie op het lokale "
  "veiligheidsbeleid (artikel 160 Gemeentewet). De officier van justitie heeft het gezag over de "
  "politie bij de strafrechtelijke handhaving van de rechtsorde.")
h2("1.3 Hoe is dit plan gemaakt?")
p("Het plan is opgesteld volgens de methode Kernbeleid Veiligheid van de Vereniging van "
  "Nederlandse Gemeenten (VNG). Die methode deelt het veiligheidsdomein in vijf veiligheidsvelden "
  "in: veilige woon- en leefomgeving, bedrijvigheid en veiligheid, jeugd en veiligheid, fysieke "
  "veiligheid en integriteit en veiligheid. Voor elk veld hebben wij de volgende bronnen gebruikt:")
b("de politiecijfers over de jaren 2021 tot en met 2025 van het basisteam Brinkland;",
  "de Veiligheidsmonitor 2025, waaraan 2.140 inwoners van Stavelbroek hebben meegedaan;",
  "het ondermijningsbeeld dat het RIEC Oost-Brabant in 2024 voor Stavelbroek heeft opgesteld;",
  "de uitkomsten van vier veiligheidsavonden, één in elke kern, in mei en juni 2025;",
  "gesprekken met partners en een werksessie met de gemeenteraad op 17 september 2025.")
h2("1.4 Wat valt buiten dit plan?")
p("Niet elk veiligheidsonderwerp staat in dit plan. Huiselijk geweld en kindermishandeling maken "
  "geen deel uit van dit IVP; deze onderwerpen vallen onder het regionale beleidsplan 'Geweld hoort "
  "nergens thuis Brinkland 2025-2028' en het beleidsplan Sociaal Domein, en worden daarom hier niet "
  "uitgewerkt. Brandveiligheid en de voorbereiding op rampen en crises zijn taken van de "
  "Veiligheidsregio Brinkland en komen alleen kort aan bod in hoofdstuk 5.")

# ----------------------------- 2 In beeld ----------------------------------
h1("2. Stavelbroek in beeld")
h2("2.1 De gemeente")
p("Stavelbroek telt 34.870 inwoners (1 januari 2025) en bestaat uit vier kernen: Stavelbroek, "
  "Oudebrink, Lieskamp en Rietakker. De kern Stavelbroek is met ruim 21.000 inwoners veruit de "
  "grootste en heeft een intercitystation waar dagelijks ongeveer 6.200 reizigers in- en uitstappen. "
  "Aan de oostkant van de gemeente ligt het bedrijventerrein De Stavelse Poort, met veel "
  "verzamelgebouwen en kleine bedrijfsunits. Het Stavelkanaal loopt van Rietakker tot de "
  "gemeentegrens en wordt omzoomd door onverlichte dijkwegen.")
h2("2.2 Cijfers van de politie")
p("De tabel hieronder laat de ontwikkeling zien van vijf kernindicatoren. De cijfers over 2025 zijn "
  "voorlopig en lopen tot en met 30 november 2025.")
table([
    ["Indicator", "2021", "2022", "2023", "2024", "2025"],
    ["Woninginbraken (incl. pogingen)", "88", "71", "79", "64", "59"],
    ["Fietsendiefstal", "312", "341", "366", "398", "377"],
    ["Dumpingen van drugsafval", "4", "7", "11", "9", "13"],
    ["Meldingen woonoverlast", "96", "118", "127", "141", "152"],
    ["Meldingen onbegrepen gedrag (E33)", "164", "172", "190", "211", "226"],
], "Tabel 1. Kerncijfers politie Stavelbroek 2021-2025 (bron: basisteam Brinkland)",
    [7.0, 1.8, 1.8, 1.8, 1.8, 1.8])
p("Het aantal woninginbraken is in vijf jaar met een derde gedaald. Daar staat tegenover dat het "
  "aantal dumpingen van drugsafval is verdrievoudigd en dat het aantal meldingen over woonoverlast "
  "en over personen met onbegrepen gedrag elk jaar stijgt. Fietsendiefstal piekte in 2024 met 398 "
  "aangiften; ruim de helft daarvan vond plaats bij het station.")
h2("2.3 Veiligheidsmonitor 2025")
p("In de Veiligheidsmonitor 2025 geven inwoners de veiligheid in hun buurt gemiddeld een 7,1 "
  "(2021: 7,3). Van de inwoners voelt 23 procent zich wel eens onveilig in de eigen buurt. Rond het "
  "station ligt dat veel hoger: 41 procent van de inwoners voelt zich daar 's avonds wel eens "
  "onveilig. Als grootste buurtproblemen noemen inwoners rommel op straat (31 procent), te hard "
  "rijden (29 procent) en drugsoverlast (18 procent). Uit de veiligheidsmonitor blijkt ook dat 11 "
  "procent van de jongeren tussen 15 en 23 jaar ooit is benaderd om zijn bankpas uit te lenen.")

# ----------------------------- 3 Visie -------------------------------------
h1("3. Visie en uitgangspunten")
p("Onze visie is dat Stavelbroek een gemeente is waar inwoners, ondernemers en bezoekers veilig "
  "zijn en zich veilig voelen, en waar criminelen geen ruimte krijgen om zich te nestelen. Wij "
  "werken daarbij vanuit de volgende uitgangspunten:")
b("Voorkomen is beter dan genezen: wij investeren eerst in preventie en pas daarna in repressie.",
  "Informatiegestuurd werken: wij zetten mensen en middelen in waar de cijfers en signalen dat "
  "nodig maken.",
  "De wijk als vertrekpunt: de Wijkagent, de boa en de wijkcoach kennen hun buurt.",
  "Eén casus, één regisseur: bij complexe situaties is altijd duidelijk wie de regie heeft.")
p("Omdat veiligheid in Stavelbroek niet door de gemeente alleen kan worden gemaakt, omdat de "
  "problemen waar wij voor staan zich niets aantrekken van de grenzen tussen zorg, straf en "
  "bestuur, en omdat inwoners terecht verwachten dat de politie, de woningcorporatie, het "
  "jongerenwerk, de zorgaanbieders en de gemeente van elkaar weten wat zij doen en elkaar niet "
  "voor de voeten lopen, kiezen wij er in dit plan nadrukkelijk voor om bij elke prioriteit één "
  "trekker aan te wijzen, afspraken over informatiedeling vast te leggen in convenanten en de "
  "gemeenteraad ieder jaar eerlijk te laten zien wat wel en wat niet is gelukt.")

# ----------------------------- 4 Prioriteiten ------------------------------
h1("4. Prioriteiten 2026-2029")
p("Op basis van de cijfers, de gesprekken met partners en inwoners en de wensen van de raad kiest "
  "Stavelbroek voor de periode 2026-2029 voor vier prioriteiten:")
n("Ondermijning en drugscriminaliteit",
  "Jeugd en veiligheid",
  "Woonoverlast en onbegrepen gedrag",
  "Veilig stationsgebied en centrum")
p("Voor elke prioriteit beschrijven we wat we zien, wat we willen bereiken en wat we gaan doen.")

h2("4.1 Ondermijning en drugscriminaliteit")
h3("Wat zien we?")
p("Het aantal dumpingen van drugsafval is gestegen van 4 in 2021 naar 13 in 2025. Het gaat om "
  "vaten en jerrycans met chemicaliën uit drugslabs, die vooral langs de dijkwegen van het "
  "Stavelkanaal en op afgelegen parkeerplaatsen worden achtergelaten. De opruimkosten komen voor "
  "rekening van de gemeente of van de grondeigenaar. Het ondermijningsbeeld van het RIEC "
  "Oost-Brabant (2024) wijst daarnaast op hennepkwekerijen in huurwoningen in Oudebrink en op "
  "bedrijfsunits op De Stavelse Poort die voor korte tijd en contant worden verhuurd, zonder dat "
  "duidelijk is wie de huurder is.")
p("Om te bepalen waar wij kunnen ingrijpen, werken wij met het barrièremodel. Het barrièremodel "
  "brengt in kaart welke stappen een crimineel moet zetten om een vorm van criminaliteit te plegen, "
  "zoals het huren van een pand of het vervoeren van grondstoffen, en op welke momenten de "
  "overheid en haar partners daar een barrière kunnen opwerpen.")
h3("Wat willen we bereiken?")
b("Het aantal dumpingen van drugsafval daalt van 13 in 2025 naar maximaal 6 in 2029.",
  "In 2027 heeft ten minste 80 procent van de verhuurders van bedrijfsunits op De Stavelse Poort "
  "het verhuurconvenant ondertekend.",
  "Na iedere melding van een hennepkwekerij in een huurwoning volgt binnen zes weken een besluit "
  "over de inzet van bestuurlijke maatregelen.")
h3("Wat gaan we doen?")
p("Wij stellen een ondermijningsadviseur aan voor 0,8 fte, die de signalen uit de eigen organisatie "
  "en van partners bundelt en het lokale ondermijningsoverleg voorbereidt. Samen met de politie, "
  "de Belastingdienst, de Omgevingsdienst Brinkland en het RIEC Oost-Brabant voeren wij minimaal vijf "
  "integrale controles per jaar uit op De Stavelse Poort en in het buitengebied. Op plekken waar "
  "vaak drugsafval wordt gedumpt, plaatsen wij in overleg met de politie tijdelijke camera's. "
  "De burgemeester past bij drugspanden het Damoclesbeleid (artikel 13b Opiumwet) toe. Daarnaast "
  "breiden wij de Bibob-beleidsregel uit. Voortaan toetsen wij ook:")
b("de verkoop en verhuur van gemeentelijk vastgoed;",
  "exploitatievergunningen, in elk geval voor:")
b2("shishalounges;",
   "nagel- en massagesalons;",
   "autobedrijven en autoverhuurbedrijven op De Stavelse Poort;")
b("omgevingsvergunningen voor het wijzigen van het gebruik van een bedrijfspand.")
p("Tot slot trainen wij alle boa's, de medewerkers van de buitendienst en de afdeling Vergunningen "
  "in het herkennen van signalen, onder de titel 'Zien, melden, doorpakken'. Een lokale "
  "drugsafvaldumpnigen-kaart laat vanaf 2026 zien waar en wanneer er is gedumpt, zodat de boa's "
  "gericht kunnen surveilleren.")

h2("4.2 Jeugd en veiligheid")
h3("Wat zien we?")
p("Met de groepsscan van de politie zijn in 2025 drie jeugdgroepen in beeld gebracht: twee "
  "hinderlijke groepen in Oudebrink en Lieskamp en één overlastgevende groep rond het Spoorplein. "
  "Zorgelijker is de zogenaamde jonge aanwas: jongeren die al op twaalf- of dertienjarige leeftijd "
  "worden geronseld voor criminele klussen, zoals het wegbrengen van drugs of het uitlenen van hun "
  "bankrekening. Scholen en jongerenwerkers horen dat jongeren via Snapchat en Telegram bedragen "
  "van 300 tot 500 euro worden aangeboden.")
p("Een geldezel is iemand die zijn bankrekening of bankpas tegen betaling uitleent aan criminelen, "
  "zodat die via die rekening geld kunnen wegsluizen. Wie dat doet, is zelf strafbaar en kan "
  "jarenlang geen eigen bankrekening of telefoonabonnement meer afsluiten.")
h3("Wat willen we bereiken?")
b("In 2029 zijn er in Stavelbroek geen overlastgevende of criminele jeugdgroepen meer in beeld.",
  "Alle leerlingen van groep 8 en van de eerste klas van het voortgezet onderwijs krijgen de les "
  "'Je pas is niet te koop'.",
  "Voor iedere jongere die betrokken raakt bij een ernstig delict, start binnen vier weken een "
  "persoonsgerichte aanpak.")
h3("Wat gaan we doen?")
p("Stichting Welzijn Stavelbroek breidt het ambulante jongerenwerk uit met één fte, vooral op "
  "vrijdag- en zaterdagavond. Gemeente, politie, jongerenwerk, Halt en de scholen bespreken elke "
  "drie weken de jeugdgroepen en de individuele jongeren in het Jeugdnetwerk Stavelbroek. Voor "
  "jongeren die dreigen af te glijden, zet het zorg- en veiligheidshuis een persoonsgerichte "
  "aanpak in, waarin straf, zorg en begeleiding naar school of werk samenkomen. Samen met de "
  "ouderraden organiseren wij in alle kernen een ouderavond over online ronselen.")

h2("4.3 Woonoverlast en onbegrepen gedrag")
h3("Wat zien we?")
p("Het aantal meldingen van woonoverlast is gestegen van 96 in 2021 naar 152 in 2025. Het gaat om "
  "geluidsoverlast, vervuilde woningen, bedreigingen tussen buren en overlast door bezoekers van "
  "een woning. Achter een deel van deze meldingen gaat een inwoner schuil met psychische "
  "problemen, een verslaving of schulden. Het aantal meldingen over personen met onbegrepen gedrag, "
  "bij de politie geregistreerd als E33-melding, steeg in dezelfde periode van 164 naar 226.")
p("De Wet aanpak woonoverlast (artikel 151d Gemeentewet) geeft de burgemeester de bevoegdheid om "
  "bij ernstige en herhaaldelijke overlast een gedragsaanwijzing op te leggen, bijvoorbeeld een "
  "verbod om bezoek te ontvangen na 22.00 uur. Stavelbroek heeft deze bevoegdheid in 2024 in de APV "
  "opgenomen, maar nog niet toegepast.")
h3("Wat willen we bereiken?")
b("Binnen twee weken na een melding van ernstige woonoverlast ligt er een plan van aanpak met één "
  "regisseur.",
  "In 2029 wordt 70 procent van de zaken van buurtbemiddeling succesvol afgesloten (2025: 58 "
  "procent).",
  "Het aantal E33-meldingen stijgt niet verder en ligt in 2029 onder de 200.")
h3("Wat gaan we doen?")
p("Wij richten het Zorg- en Veiligheidsoverleg Stavelbroek in, dat elke twee weken bijeenkomt onder "
  "voorzitterschap van de gemeente. Daarin bespreken de wijkcoaches, de wijkagent, Woonstichting De "
  "Brinkhof, de GGZ en het Zorg- en Veiligheidshuis Brinkland samen de casussen. In 2026 stellen wij "
  "een beleidsregel gedragsaanwijzing woonoverlast op. De buurtbemidelling van Stichting Welzijn "
  "Stavelbroek krijgt meer vrijwilligers en een vaste coördinator, zodat burenruzies worden "
  "opgelost voordat ze escaleren. Voor inwoners met onbegrepen gedrag zetten wij samen met de GGZ "
  "een wijk-GGD'er in die met de politie op pad kan.")

h2("4.4 Veilig stationsgebied en centrum")
h3("Wat zien we?")
p("Het stationsgebied is het visitekaartje van Stavelbroek, maar ook de plek waar de meeste "
  "fietsen worden gestolen en waar inwoners zich 's avonds het minst veilig voelen. De huidige "
  "fietsenstalling is onbewaakt en overvol, de verlichting op het Spoorplein is verouderd en in de "
  "avonduren hangt er een groep jongeren rond bij de stationstunnel.")
p("Samen met de politie werken wij met lokfietsen. Een lokfiets is een fiets met een verborgen "
  "gps-zender die de politie neerzet op een plek waar veel fietsen worden gestolen, zodat de dief "
  "kan worden gevolgd en op heterdaad kan worden aangehouden.")
h3("Wat willen we bereiken?")
b("Het aantal fietsendiefstallen daalt met 25 procent ten opzichte van 2025.",
  "Het aandeel inwoners dat zich 's avonds bij het station onveilig voelt, daalt van 41 naar 30 "
  "procent.")
h3("Wat gaan we doen?")
p("In 2027 opent Fietspunt Spoorplein, een bewaakte fietsenstalling met 1.800 plekken, die wij "
  "samen met ProRail en NS realiseren. De burgemeester wijst het Spoorplein en de stationstunnel aan "
  "voor cameratoezicht op grond van artikel 151c van de Gemeentewet. De verlichting op het "
  "Spoorplein en in de tunnel wordt vervangen. Boa's en de wijkagent surveilleren op donderdag-, "
  "vrijdag- en zaterdagavond gezamenlijk in het stationsgebied en in het centrum.")

# ----------------------------- 5 Overige -----------------------------------
h1("5. Overige veiligheidsthema's")
p("Naast de vier prioriteiten zetten wij het werk voort op de onderwerpen waarvoor de basis op orde "
  "is. Het gaat onder meer om:")
b("evenementenveiligheid, waaronder de jaarlijkse Stavelse Kanaalfeesten;",
  "de jaarwisseling, met een vuurwerkvrije zone rond het gemeentehuis;",
  "crisisbeheersing en brandveiligheid, samen met de Veiligheidsregio Brinkland;",
  "veilige publieke taak, met een agressieprotocol voor medewerkers en bestuurders;",
  "voorlichting over digitale oplichting, samen met de bibliotheek;",
  "het signaleren van radicalisering via het Zorg- en Veiligheidshuis Brinkland.")

# ----------------------------- 6 Samenwerking ------------------------------
h1("6. Samenwerking en partners")
p("De gemeente heeft de regie, maar voor de uitvoering zijn wij afhankelijk van onze partners. De "
  "belangrijkste zijn:")
b("de politie, basisteam Brinkland, met zeven wijkagenten in Stavelbroek;",
  "het Openbaar Ministerie, dat met de burgemeester en de teamchef de lokale driehoek vormt;",
  "het RIEC Oost-Brabant, voor de aanpak van ondermijning;",
  "het Zorg- en Veiligheidshuis Brinkland, voor complexe casuïstiek;",
  "Woonstichting De Brinkhof, voor woonoverlast en hennep in huurwoningen;",
  "Stichting Welzijn Stavelbroek, voor het jongerenwerk en de buurtbemiddeling;",
  "de Veiligheidsregio Brinkland, voor brandweerzorg en crisisbeheersing;",
  "ProRail en NS, voor het stationsgebied;",
  "de ondernemersvereniging De Stavelse Poort, Halt en de scholen.")
p("Binnen de gemeente werken het team Openbare Orde en Veiligheid, het team Samenleving, de "
  "wijkcoaches en de afdeling Vergunningen, Toezicht en Handhaving samen. Het team Openbare Orde en "
  "Veiligheid coördineert de uitvoering van dit plan.")

# ----------------------------- 7 Uitvoeringsprogramma ----------------------
h1("7. Uitvoeringsprogramma")
p("De tabel hieronder geeft de belangrijkste acties voor de periode 2026-2029. Het college "
  "actualiseert het uitvoeringsprogramma ieder jaar.")
table([
    ["Actie", "Trekker", "Planning"],
    ["Ondermijningsadviseur aanstellen (0,8 fte)", "Team OOV", "Q2 2026"],
    ["Uitbreiding Bibob-beleidsregel", "Team VTH", "2026"],
    ["Verhuurconvenant De Stavelse Poort", "Team OOV", "2026-2027"],
    ["Training 'Zien, melden, doorpakken'", "Team OOV", "Jaarlijks"],
    ["Extra ambulant jongerenwerk (1 fte)", "Team Samenleving", "Vanaf 2026"],
    ["Les 'Je pas is niet te koop' op scholen", "Team Samenleving", "Schooljaar 2026-2027"],
    ["Zorg- en Veiligheidsoverleg Stavelbroek", "Team OOV", "Q1 2026"],
    ["Beleidsregel gedragsaanwijzing woonoverlast", "Burgemeester", "2026"],
    ["Fietspunt Spoorplein openen", "Team Mobiliteit", "2027"],
    ["Cameratoezicht Spoorplein en stationstunnel", "Burgemeester", "2026"],
    ["Tussenevaluatie IVP", "Team OOV", "2027"],
], "Tabel 2. Uitvoeringsprogramma 2026-2029", [8.5, 4.0, 3.5])

# ----------------------------- 8 Sturing -----------------------------------
h1("8. Sturing en verantwoording")
p("Het college stelt ieder jaar in het eerste kwartaal het geactualiseerde uitvoeringsprogramma vast. "
  "De gemeenteraad ontvangt elk jaar in mei een veiligheidsrapportage met de actuele politiecijfers "
  "en de voortgang van de acties. De lokale driehoek bespreekt de voortgang vier keer per jaar.")
p("In 2027 wordt de Veiligheidsmonitor opnieuw afgenomen en vindt een tussenevaluatie plaats; zo "
  "nodig stelt de raad daarna de prioriteiten bij. In 2029 volgt de eindevaluatie, die de basis "
  "vormt voor het volgende IVP.")

# ----------------------------- 9 Financien ---------------------------------
h1("9. Financiën")
p("In de begroting 2026 is voor openbare orde en veiligheid structureel € 1.245.000 beschikbaar, "
  "inclusief de bijdrage aan de Veiligheidsregio Brinkland. Voor de uitvoering van de prioriteiten "
  "uit dit plan is daarnaast jaarlijks € 265.000 nodig:")
b("€ 95.000 voor de ondermijningsadviseur en de integrale controles;",
  "€ 70.000 voor het extra ambulante jongerenwerk;",
  "€ 40.000 voor buurtbemiddeling en de aanpak van woonoverlast;",
  "€ 60.000 voor cameratoezicht en extra toezicht in het stationsgebied.")
p("Fietspunt Spoorplein wordt betaald uit het investeringsprogramma mobiliteit; ProRail draagt "
  "naar verwachting de helft van de kosten. De structurele middelen zijn bij de Kadernota 2026 "
  "beschikbaar gesteld.")

# ----------------------------- Bijlage -------------------------------------
h1("Bijlage. Afkortingen")
b("APV – Algemene Plaatselijke Verordening",
  "Bibob – Wet bevordering integriteitsbeoordelingen door het openbaar bestuur",
  "Boa – buitengewoon opsporingsambtenaar",
  "E33 – politiecode voor een melding over een persoon met verward of onbegrepen gedrag",
  "IVP – Integraal Veiligheidsplan",
  "OOV – Openbare Orde en Veiligheid",
  "RIEC – Regionaal Informatie- en Expertisecentrum",
  "VNG – Vereniging van Nederlandse Gemeenten",
  "VTH – Vergunningen, Toezicht en Handhaving")


# ---------------------------------------------------------------------------
def add_field(run, instr):
    """Append a Word field (PAGE, NUMPAGES) to a run."""
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)

    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.text = TITLE
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Pagina ")
    add_field(fp.add_run(), "PAGE")
    fp.add_run(" van ")
    add_field(fp.add_run(), "NUMPAGES")

    # Title page
    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph("Samen scherp op een veilig Stavelbroek", style="Subtitle")
    doc.add_paragraph("Gemeente Stavelbroek, met de kernen Oudebrink, Lieskamp en Rietakker")
    doc.add_paragraph("Vastgesteld door de gemeenteraad op 29 januari 2026")
    doc.add_paragraph("Team Openbare Orde en Veiligheid, versie 2.0 (definitief)")
    doc.add_page_break()

    for kind, x in C:
        if kind == "h1":
            doc.add_heading(x, level=1)
        elif kind == "h2":
            doc.add_heading(x, level=2)
        elif kind == "h3":
            doc.add_heading(x, level=3)
        elif kind == "p":
            doc.add_paragraph(x)
        elif kind == "b":
            doc.add_paragraph(x, style="List Bullet")
        elif kind == "b2":
            doc.add_paragraph(x, style="List Bullet 2")
        elif kind == "n":
            doc.add_paragraph(x, style="List Number")
        elif kind == "n2":
            doc.add_paragraph(x, style="List Number 2")
        elif kind == "pb":
            doc.add_page_break()
        elif kind == "table":
            rows, caption, widths = x
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            t.autofit = False
            if widths:
                for j, w in enumerate(widths):
                    t.columns[j].width = Cm(w)
                    for cell in t.columns[j].cells:
                        cell.width = Cm(w)
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = val
                    if i == 0:
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
            if caption:
                cp = doc.add_paragraph(caption)
                cp.runs[0].italic = True
    doc.save(path)


def to_pdf(path, outdir):
    tmp = os.path.join(HERE, "_pdf_tmp")
    os.makedirs(tmp, exist_ok=True)
    env = dict(os.environ, HOME=tmp)  # private LibreOffice profile
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, path],
                   check=True, env=env, stdout=subprocess.DEVNULL)
    os.makedirs(outdir, exist_ok=True)
    pdf = os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".pdf")
    shutil.move(pdf, os.path.join(outdir, os.path.basename(pdf)))
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    build_docx(DOCX)
    to_pdf(DOCX, CORPUS)
    words = sum(len(x.split()) if isinstance(x, str) else
                sum(len(" ".join(r).split()) for r in x[0]) for k, x in C if x)
    print("wrote", DOCX, "and", os.path.join(CORPUS, "stavelbroek.pdf"), "words~", words)
    sys.exit(0)
