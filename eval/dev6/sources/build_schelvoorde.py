"""Build the fictional 'Integraal Veiligheidsplan Schelvoorde 2026-2029' with its raadsvoorstel.

Writes eval/dev6/sources/schelvoorde.docx with python-docx and converts it to
eval/dev6/corpus/schelvoorde.pdf with LibreOffice:

    /work/main/.venv/bin/python eval/dev6/sources/build_schelvoorde.py

The PDF is what a griffie publishes as one file with an agenda item:
- pages 1-2: the Raadsvoorstel (metadata lines, Beslispunten, Inleiding, Argumenten,
  Kanttekeningen, Financiën, ...) dated 26 augustus 2025, followed by the Raadsbesluit
  ("De raad der gemeente Schelvoorde; ... besluit: 1. het Integraal Veiligheidsplan ...
  vast te stellen; ... Aldus vastgesteld in de openbare vergadering van 2 oktober 2025").
  Footer: "Raadsvoorstel nr. 2025-0412", no page number.
- then the plan itself (Bijlage 1 bij het raadsvoorstel), in a new section whose page
  numbering restarts at 1: a title page dated "juli 2025", a typed table of contents with
  dot leaders whose page numbers are the plan's own page numbers (filled in by a second
  build pass), Heading 1/2 with typed numbers, justified body text, typed bullets with a
  hanging indent, and the footer "Integraal Veiligheidsplan Schelvoorde 2026-2029 ... pagina N".
- 2.2 Kerncijfers is a landscape section with a wide table (Indicator, 2020 ... 2024,
  Verschil 2020-2024, Bron).

So the PDF has three dates (plan juli 2025, college 26 augustus 2025, raad 2 oktober 2025),
and the PDF page number differs from the printed page number by two.

Deliberate imperfections (keep them): the typo "weerbaarheidscan" (once, in 4.1; elsewhere
"weerbaarheidsscan"); "De Kreekwijk"/"de Kreekwijk".
No hyphenation dictionary is installed, so LibreOffice does not hyphenate; compound words with a
hyphen ("Zeeland-West-Brabant") may still break at a line end.
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
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCX = os.path.join(HERE, "schelvoorde.docx")
PDF = os.path.join(ROOT, "corpus", "schelvoorde.pdf")

PLAN = "Integraal Veiligheidsplan Schelvoorde 2026-2029"

RV = []   # raadsvoorstel + raadsbesluit
C = []    # plan


def rv(kind, x=None): RV.append((kind, x))
def h1(t): C.append(("h1", t))
def h2(t): C.append(("h2", t))
def p(t): C.append(("p", t))
def bl(*items): C.extend(("b", t) for t in items)
def sub(t): C.append(("sub", t))
def table(rows, caption, widths): C.append(("table", (rows, caption, widths)))
def landscape(): C.append(("landscape", None))
def portrait(): C.append(("portrait", None))


# ============================================================ raadsvoorstel
rv("title", "Raadsvoorstel")
rv("meta", [("Raadsvergadering", "2 oktober 2025"),
            ("Agendapunt", "9"),
            ("Registratienummer", "2025-0412"),
            ("Datum voorstel", "26 augustus 2025"),
            ("Onderwerp", "Vaststelling Integraal Veiligheidsplan Schelvoorde 2026-2029"),
            ("Portefeuillehouder", "burgemeester A.M. de Keijzer-Boone"),
            ("Programma", "1 Veiligheid")])
rv("head", "Beslispunten")
rv("num", "1. Het Integraal Veiligheidsplan Schelvoorde 2026-2029 vast te stellen.")
rv("num", "2. Voor de uitvoering van het plan met ingang van 2026 structureel € 178.000 per jaar "
          "beschikbaar te stellen en dit te verwerken in de programmabegroting 2026.")
rv("num", "3. Kennis te nemen van de evaluatie van het Integraal Veiligheidsplan ‘Schelvoorde Veilig’ "
          "2021-2025 (bijlage 2).")
rv("head", "Inleiding")
rv("p", "Op grond van artikel 38b van de Politiewet 2012 stelt de gemeenteraad ten minste eenmaal in de "
        "vier jaar de doelen vast die de gemeente op het gebied van de openbare orde en veiligheid wil "
        "bereiken. Het huidige plan ‘Schelvoorde Veilig’ loopt op 31 december 2025 af. Met dit voorstel "
        "leggen wij u het nieuwe Integraal Veiligheidsplan voor de jaren 2026-2029 voor.")
rv("head", "Beoogd effect")
rv("p", "Een veilige gemeente waarin inwoners, ondernemers en bezoekers zich veilig voelen en waarin "
        "criminelen zo weinig mogelijk ruimte krijgen om zich te nestelen in de haven en de wijken.")
rv("head", "Argumenten")
rv("p", "1.1 Het plan is samen met inwoners, ondernemers en partners opgesteld. In het voorjaar van 2025 "
        "zijn vier wijkgesprekken en een digitale enquête gehouden, en de raad heeft op 3 juni 2025 in "
        "een informatieve bijeenkomst zijn wensen meegegeven.")
rv("p", "1.2 De prioriteiten sluiten aan bij het Regionaal Beleidsplan 2024-2027 van de eenheid "
        "Zeeland-West-Brabant en bij de ondermijningsaanpak van het RIEC.")
rv("p", "2.1 De extra middelen zijn nodig voor de havenregisseur, de aanpak van jonge aanwas en het "
        "wijkteam in De Kreekwijk. Zonder deze middelen kunnen de doelen niet worden gehaald.")
rv("head", "Kanttekeningen")
rv("p", "De rijksbijdrage uit het programma Preventie met Gezag is alleen voor 2026 toegezegd. Als die "
        "bijdrage daarna vervalt, komt de raad met een voorstel om de aanpak van jonge aanwas anders "
        "te financieren of af te schalen. Daarnaast is de capaciteit van de politie beperkt, zodat niet "
        "alle gewenste inzet kan worden geleverd.")
rv("head", "Financiën")
rv("p", "De structurele kosten van € 178.000 per jaar worden gedekt uit de ruimte in de meerjarenbegroting "
        "2026-2029. De verdeling over de prioriteiten staat in hoofdstuk 7 van het plan.")
rv("head", "Communicatie en vervolg")
rv("p", "Na vaststelling wordt het plan gepubliceerd en met de partners besproken in het "
        "Veiligheidsplatform Schelvoorde. Het college stelt elk jaar in januari een uitvoeringsprogramma "
        "vast; het eerste programma volgt in januari 2026.")
rv("head", "Bijlagen")
rv("p", "1. Integraal Veiligheidsplan Schelvoorde 2026-2029\n2. Evaluatie Integraal Veiligheidsplan "
        "‘Schelvoorde Veilig’ 2021-2025 (ter inzage)")
rv("p", "Burgemeester en wethouders van Schelvoorde,\nde secretaris, drs. M.J. Verhulst\nde burgemeester, "
        "mr. A.M. de Keijzer-Boone")
rv("pb")
rv("title", "Raadsbesluit")
rv("p", "Registratienummer: 2025-0412")
rv("p", "De raad der gemeente Schelvoorde;")
rv("p", "gelezen het voorstel van burgemeester en wethouders van 26 augustus 2025, nr. 2025-0412;")
rv("p", "gelet op artikel 38b van de Politiewet 2012;")
rv("p", "besluit:")
rv("num", "1. het Integraal Veiligheidsplan Schelvoorde 2026-2029 vast te stellen;")
rv("num", "2. voor de uitvoering van het plan met ingang van 2026 structureel € 178.000 per jaar "
          "beschikbaar te stellen en dit te verwerken in de programmabegroting 2026;")
rv("num", "3. kennis te nemen van de evaluatie van het Integraal Veiligheidsplan ‘Schelvoorde Veilig’ "
          "2021-2025.")
rv("p", "Aldus vastgesteld in de openbare vergadering van 2 oktober 2025.")
rv("p", "de griffier,\ndrs. R. Meulenbelt")
rv("p", "de voorzitter,\nmr. A.M. de Keijzer-Boone")

# ============================================================ plan
h1("Samenvatting")
p("Schelvoorde is voor de meeste inwoners een veilige gemeente. De woninginbraken zijn in vijf jaar "
  "met een derde afgenomen en de meeste inwoners voelen zich veilig in hun buurt. Tegelijk groeit de "
  "criminaliteit die met de haven en met internet samenhangt snel. In de Kreekhaven wordt steeds meer "
  "cocaïne onderschept, jongeren uit onze eigen wijken worden geronseld als uithaler of koerier, en "
  "het aantal aangiften van online fraude is bijna verdubbeld. In De Kreekwijk voelt een op de drie "
  "bewoners zich weleens onveilig.")
p("Daarom kiest dit plan voor vier prioriteiten: ondermijning en drugscriminaliteit in de haven, "
  "jongeren en criminaliteit, digitale veiligheid en veilige wijken met De Kreekwijk als eerste "
  "aandachtsgebied. Voor elke prioriteit staan in hoofdstuk 4 de doelen voor 2029 en de "
  "belangrijkste acties. Voor de uitvoering is met ingang van 2026 jaarlijks € 178.000 extra nodig. "
  "Het college stelt elk jaar een uitvoeringsprogramma vast en legt in mei verantwoording af aan "
  "de raad.")
h1("1. Inleiding")
h2("1.1 Waarom dit plan")
p("Dit Integraal Veiligheidsplan (IVP) beschrijft de koers van de gemeente Schelvoorde op het gebied "
  "van openbare orde en veiligheid voor de jaren 2026 tot en met 2029. Het plan volgt het Integraal "
  "Veiligheidsplan ‘Schelvoorde Veilig’ 2021-2025 op. Dat plan had een looptijd van vijf jaar, omdat "
  "de raad in 2020 wilde dat de planperiode zou aansluiten bij die van het regionale beleidsplan van "
  "de politie. Met dit nieuwe plan keren we terug naar een periode van vier jaar.")
p("In het plan staan vier prioriteiten, met voor elke prioriteit de doelen die we in 2029 willen "
  "halen en de belangrijkste acties. De uitwerking per jaar volgt in het uitvoeringsprogramma dat "
  "het college elk jaar in januari vaststelt. Het plan is opgesteld door de afdeling Veiligheid, in "
  "nauwe samenwerking met de politie, het Openbaar Ministerie en de andere partners.")
h2("1.2 Wat we leerden van het vorige plan")
p("De evaluatie van ‘Schelvoorde Veilig’ (bijlage 2 bij het raadsvoorstel) laat zien dat een aantal "
  "doelen is gehaald. Het aantal woninginbraken daalde tussen 2020 en 2024 met 32 procent en de "
  "samenwerking in het Zorg- en Veiligheidshuis Zeeland is sterk verbeterd. Op andere terreinen is de "
  "situatie verslechterd. De belangrijkste lessen zijn:")
bl("de drugscriminaliteit in en rond de haven is sterker gegroeid dan we in 2020 hadden verwacht, en "
   "de aanpak daarvan vraagt om vaste capaciteit in plaats van losse projecten;",
   "steeds meer jongeren uit Schelvoorde raken betrokken bij de haven als ‘uithaler’ of als koerier, "
   "terwijl de jeugdaanpak vooral op overlast was gericht;",
   "inwoners van De Kreekwijk hebben het gevoel dat de gemeente te weinig zichtbaar is in hun wijk;",
   "de digitale criminaliteit stond niet in het vorige plan, terwijl het aantal aangiften van online "
   "fraude bijna verdubbelde.")
h2("1.3 Wat inwoners belangrijk vinden")
p("In het voorjaar van 2025 hebben we vier wijkgesprekken gehouden, in De Kreekwijk, de binnenstad, "
  "Ossendijke en Westkreek, en een digitale enquête uitgezet die door 1.460 inwoners is ingevuld. "
  "De onderwerpen die het vaakst werden genoemd, zijn drugshandel op straat, rondhangende jongeren, "
  "te hard rijden en oplichting via de telefoon. Inwoners van de dorpen maken zich minder zorgen "
  "over criminaliteit, maar vragen wel om een wijkagent die ze kennen en die ze kunnen bereiken. "
  "Ondernemers in de haven vroegen vooral om hulp bij het screenen van personeel en om een vast "
  "aanspreekpunt bij de gemeente.")
h2("1.4 Afbakening")
p("Dit plan gaat niet over crisisbeheersing, brandweerzorg en externe veiligheid, zoals de risico’s "
  "van de chemische industrie in het havengebied. Die taken zijn belegd bij de Veiligheidsregio "
  "Zeeland en staan in het regionaal beleidsplan en het regionaal risicoprofiel. Ook de beveiliging "
  "van de eigen gemeentelijke systemen valt buiten dit plan; daarvoor geldt het "
  "informatiebeveiligingsbeleid van de gemeente op basis van de BIO.")

h1("2. Veiligheidsbeeld")
h2("2.1 Schelvoorde in het kort")
p("Schelvoorde telt 47.310 inwoners (1 januari 2025). Naast de stad Schelvoorde (34.900 inwoners) "
  "bestaat de gemeente uit de dorpen Ossendijke (6.120), Westkreek (4.050) en Mariapolder (2.240). "
  "De zeehaven Kreekhaven is met ruim 3.100 arbeidsplaatsen de grootste werkgever van de gemeente. "
  "Jaarlijks doen er ongeveer 2.600 zeeschepen de haven aan, waarvan een groeiend deel met containers "
  "uit Zuid-Amerika. De binnenstad en de boulevard trekken daarnaast veel toeristen: in 2024 telde "
  "Schelvoorde 1,1 miljoen overnachtingen.")
p("De stad heeft een aantal wijken met een sterke sociale samenhang, maar ook wijken waar veel "
  "problemen samenkomen. Dat geldt vooral voor De Kreekwijk in Schelvoorde-Oost, een naoorlogse wijk "
  "met 6.800 inwoners, veel sociale huurwoningen en een jonge bevolking.")
landscape()
h2("2.2 Kerncijfers")
p("Tabel 1 geeft de ontwikkeling van de belangrijkste veiligheidscijfers in de periode 2020-2024. "
  "De kolom ‘Verschil’ vergelijkt 2024 met 2020.")
table([
    ["Indicator", "2020", "2021", "2022", "2023", "2024", "Verschil 2020-2024", "Bron"],
    ["Geregistreerde misdrijven (totaal)", "2.912", "2.845", "2.978", "3.104", "3.061", "+5%", "Politie"],
    ["Woninginbraak (incl. pogingen)", "142", "118", "109", "121", "97", "-32%", "Politie"],
    ["Geweldsmisdrijven", "356", "341", "372", "389", "402", "+13%", "Politie"],
    ["Drugsdelicten (handel en productie)", "48", "55", "71", "84", "92", "+92%", "Politie"],
    ["Onderschepte cocaïne in de haven (kg)", "1.240", "2.890", "4.150", "3.310", "5.620", "+353%", "Douane"],
    ["Aangehouden uithalers", "9", "17", "31", "44", "38", "+322%", "Politie"],
    ["Aangiften online fraude", "203", "264", "281", "336", "371", "+83%", "Politie"],
    ["Meldingen jeugdoverlast", "612", "703", "588", "541", "566", "-8%", "Politie"],
    ["Meldingen woonoverlast", "187", "214", "236", "251", "268", "+43%", "Gemeente"],
], "Tabel 1. Kerncijfers veiligheid Schelvoorde 2020-2024",
    [7.2, 1.8, 1.8, 1.8, 1.8, 1.8, 3.4, 2.6])
p("De cijfers laten twee kanten zien. De traditionele criminaliteit, zoals woninginbraak, neemt af of "
  "blijft gelijk. De criminaliteit die met de haven en met internet te maken heeft, groeit juist "
  "snel. Het aantal aangehouden uithalers daalde in 2024 voor het eerst, maar ligt nog altijd ruim "
  "vier keer zo hoog als in 2020. Van de uithalers die in 2024 werden aangehouden, woonden er 13 in "
  "de gemeente Schelvoorde zelf; de jongste was vijftien jaar.")
portrait()
h2("2.3 Veiligheidsbeleving")
p("Uit de Veiligheidsmonitor 2023 blijkt dat 21 procent van de inwoners zich weleens onveilig voelt "
  "in de eigen buurt. Dat is iets meer dan het landelijk gemiddelde. Inwoners geven de veiligheid "
  "in hun buurt gemiddeld een 7,1. In De Kreekwijk voelt 34 procent zich weleens onveilig en is het "
  "rapportcijfer 6,2. Inwoners noemen daar vooral drugshandel op straat, rommel en zwerfafval, en "
  "groepen jongeren die ’s avonds rondhangen bij het winkelcentrum Kreekplein.")

h1("3. Visie en uitgangspunten")
p("Schelvoorde wil een gemeente zijn waar mensen veilig wonen, werken en recreëren, en waar "
  "criminelen geen kans krijgen om de haven of de wijken als uitvalsbasis te gebruiken. We werken "
  "vanuit vier uitgangspunten:")
bl("preventie waar het kan, repressie waar het moet: we investeren in jongeren en wijken, maar "
   "treden stevig op tegen wie de regels overtreedt;",
   "informatiegestuurd werken: we zetten onze inzet in op basis van cijfers en signalen van partners;",
   "wijkgericht werken: de aanpak verschilt per wijk en per dorp;",
   "samen met inwoners en ondernemers: veiligheid is niet alleen een taak van de overheid.")
p("Bij alles wat we doen, houden we rekening met de capaciteit van onze partners. De politie in "
  "Zeeland kampt met tekorten. We maken daarom keuzes en vragen de politie alleen om inzet die past "
  "bij de prioriteiten in dit plan.")

h1("4. Prioriteiten 2026-2029")
h2("4.1 Ondermijning en drugscriminaliteit in de haven")
sub("Wat zien we")
p("De Kreekhaven is in korte tijd een belangrijke doorvoerhaven voor cocaïne geworden. In 2024 "
  "onderschepte de Douane 5.620 kilo cocaïne, meer dan vier keer zoveel als in 2020. Criminele "
  "netwerken benaderen havenmedewerkers, chauffeurs en douaniers om informatie te geven of "
  "containers door te laten. Ook worden jongeren ingezet om drugs uit containers te halen. Het RIEC "
  "Zeeland-West-Brabant signaleert dat criminelen daarnaast investeren in vastgoed en horeca in de "
  "binnenstad.")
sub("Wat willen we bereiken")
bl("In 2027 hebben alle havenbedrijven met meer dan tien werknemers een weerbaarheidsscan laten doen.",
   "Het aantal jongeren uit Schelvoorde dat als uithaler wordt aangehouden, daalt elk jaar.",
   "Signalen van ondermijning uit de haven worden binnen een week gedeeld in het Havenoverleg "
   "Ondermijning.")
sub("Wat gaan we doen")
bl("We stellen een havenregisseur aan (0,8 fte), die de samenwerking tussen gemeente, politie, "
   "Douane, Koninklijke Marechaussee en Havenbedrijf Kreekhaven coördineert.",
   "Samen met het RIEC bieden we havenbedrijven een weerbaarheidscan aan, met advies over "
   "personeelsscreening, toegangsbeleid en het melden van benaderingen.",
   "We passen de Wet Bibob toe bij vergunningen voor horeca, vastgoed en transportbedrijven in en "
   "rond de haven.",
   "De burgemeester sluit panden waar drugs worden aangetroffen op grond van artikel 13b van de "
   "Opiumwet, volgens de beleidsregel die in 2026 wordt geactualiseerd.",
   "Met Havenbedrijf Kreekhaven maken we afspraken over hekken, camera’s en toegangscontrole op de "
   "containerterminals.")

h2("4.2 Jongeren en criminaliteit")
sub("Wat zien we")
p("Jongeren worden op steeds jongere leeftijd benaderd om mee te doen aan criminaliteit. Via "
  "Snapchat en Telegram krijgen ze aanbiedingen om voor een paar honderd euro een pakketje te "
  "vervoeren of in de haven een container leeg te halen. In 2024 waren 46 jongeren tussen 12 en 23 "
  "jaar bij de politie en het Zorg- en Veiligheidshuis in beeld omdat zij betrokken waren of dreigden "
  "te raken bij drugscriminaliteit. Jongerenwerkers en scholen zien dat schooluitval, schulden thuis "
  "en de behoefte aan status daarbij een grote rol spelen.")
sub("Wat willen we bereiken")
bl("Het aantal jongeren dat in beeld is vanwege drugscriminaliteit stijgt niet verder (2024: 46).",
   "Ten minste 80 procent van de jongeren in de aanpak jonge aanwas gaat naar school of heeft werk.",
   "Ouders, scholen en sportclubs herkennen de signalen van criminele uitbuiting.")
sub("Wat gaan we doen")
bl("Met de rijksbijdrage uit het programma Preventie met Gezag zetten we twee straatcoaches in "
   "De Kreekwijk in en breiden we het jongerenwerk uit.",
   "Elke jongere in de aanpak jonge aanwas krijgt een vaste regisseur, die met de jongere, de "
   "ouders, school en politie een plan maakt.",
   "Het mentorprogramma ‘Op Koers’ koppelt jongeren aan een maatje uit het bedrijfsleven, bij "
   "voorkeur uit de haven.",
   "Halt en de politie geven op alle middelbare scholen voorlichting over rekrutering en de "
   "gevolgen van een strafblad.",
   "We organiseren ouderavonden over criminele uitbuiting, samen met scholen en "
   "migrantenorganisaties.")

h2("4.3 Digitale veiligheid")
sub("Wat zien we")
p("Het aantal aangiften van online fraude is sinds 2020 met 83 procent gestegen, tot 371 in 2024. "
  "Het werkelijke aantal slachtoffers ligt veel hoger, omdat veel mensen uit schaamte geen aangifte "
  "doen. Oudere inwoners worden vooral slachtoffer van bankhelpdeskfraude en phishing, jongeren van "
  "fraude met tweedehands aankopen en sextortion. Uit een peiling onder ondernemers bleek dat één op "
  "de vijf bedrijven in Schelvoorde het afgelopen jaar te maken kreeg met een cyberaanval of "
  "digitale fraude.")
sub("Wat willen we bereiken")
bl("Inwoners en ondernemers zijn digitaal weerbaarder en weten waar zij hulp kunnen krijgen.",
   "Het aandeel slachtoffers van online fraude dat aangifte of melding doet, stijgt.",
   "In 2029 hebben ten minste 200 ondernemers deelgenomen aan het programma Cyberweerbaar Schelvoorde.")
sub("Wat gaan we doen")
bl("Samen met de Ondernemersvereniging Schelvoorde en het Digital Trust Center starten we het "
   "programma Cyberweerbaar Schelvoorde, met workshops, een cyberscan en oefeningen.",
   "Vrijwillige digicoaches helpen ouderen in de bibliotheek en in de wijkcentra.",
   "Met scholen en jongerenwerk geven we voorlichting over sextortion en online oplichting.",
   "We maken afspraken met de politie over het verbeteren van de aangifte van online fraude.")

h2("4.4 Veilige wijken: De Kreekwijk")
sub("Wat zien we")
p("In De Kreekwijk komen veel problemen samen: armoede, schulden, psychische problemen, "
  "drugshandel op straat en verloedering van de openbare ruimte. Het aantal meldingen van "
  "woonoverlast in de gemeente steeg tussen 2020 en 2024 met 43 procent, en ruim een derde daarvan "
  "komt uit de Kreekwijk. Bewoners hebben het gevoel dat de overheid te weinig zichtbaar is.")
sub("Wat willen we bereiken")
bl("Het aandeel bewoners van De Kreekwijk dat zich weleens onveilig voelt, daalt van 34 procent in "
   "2023 naar 25 procent in 2029.",
   "Meldingen van bewoners worden binnen twee weken opgepakt en bewoners krijgen een terugkoppeling.",
   "Bewoners zijn actief betrokken bij de aanpak, bijvoorbeeld via buurtpreventie.")
sub("Wat gaan we doen")
bl("We vormen het Wijkteam Veilig Oost, met de wijkagent, twee boa’s, een jongerenwerker en een "
   "medewerker van het sociaal team, dat vanuit een vaste plek in het Kreekplein werkt.",
   "Met Woonstichting De Schelp pakken we woonoverlast, hennepteelt en illegale onderhuur aan.",
   "We plaatsen tijdelijke camera’s rond het Kreekplein, op basis van artikel 151c van de "
   "Gemeentewet.",
   "Buurtbemiddeling en buurtpreventie krijgen een eigen budget en een vaste contactpersoon.")

h1("5. Basisveiligheid")
p("Niet alles wat belangrijk is, staat in de prioriteiten. De gemeente blijft samen met de partners "
  "werken aan de basisveiligheid. Het gaat onder meer om:")
bl("de preventie van woninginbraak en babbeltrucs;",
   "veilige evenementen, zoals de Havenfeesten in augustus, en veilig uitgaan in de binnenstad;",
   "de aanpak van huiselijk geweld en kindermishandeling, met Veilig Thuis Zeeland;",
   "de zorg voor personen met verward gedrag, met het Zorg- en Veiligheidshuis Zeeland;",
   "het signaleren van radicalisering en polarisatie.")
p("Voor deze onderwerpen gelden de afspraken en budgetten die al bestaan.")

h1("6. Organisatie en samenwerking")
h2("6.1 Rollen")
p("De gemeenteraad stelt dit plan vast en controleert de uitvoering. De burgemeester is "
  "verantwoordelijk voor de openbare orde en heeft het gezag over de politie bij de handhaving "
  "daarvan (artikel 172 Gemeentewet). Het college is verantwoordelijk voor de uitvoering van de "
  "onderdelen die bij andere portefeuilles horen, zoals jeugd, zorg, wonen en economie. De afdeling "
  "Veiligheid (5,4 fte) voert de regie.")
h2("6.2 Partners en overleg")
p("De belangrijkste partners zijn de politie (basisteam Schelde-Kust van de eenheid "
  "Zeeland-West-Brabant), het Openbaar Ministerie, het RIEC Zeeland-West-Brabant, de Douane, de "
  "Koninklijke Marechaussee, Havenbedrijf Kreekhaven, het Zorg- en Veiligheidshuis Zeeland, Veilig "
  "Thuis Zeeland, Halt, Woonstichting De Schelp en de Ondernemersvereniging Schelvoorde.")
p("De lokale driehoek komt zes keer per jaar bijeen. In het Havenoverleg Ondermijning, dat elke "
  "maand bijeenkomt, bespreken gemeente, politie, Douane, KMar en het havenbedrijf signalen en "
  "casussen. Twee keer per jaar komen alle partners bijeen in het Veiligheidsplatform Schelvoorde, "
  "waar de voortgang van het uitvoeringsprogramma wordt besproken.")

h2("6.3 Informatie delen")
p("Een integrale aanpak kan niet zonder het delen van informatie tussen partners. Dat gebeurt alleen "
  "als daar een wettelijke grondslag voor is en als het nodig is voor het doel. Voor het Havenoverleg "
  "Ondermijning geldt het convenant van het RIEC; voor de casusoverleggen over jongeren en over "
  "De Kreekwijk gelden de afspraken van het Zorg- en Veiligheidshuis Zeeland. De functionaris "
  "gegevensbescherming van de gemeente beoordeelt nieuwe werkwijzen vooraf.")

h1("7. Financiën")
p("De kosten van openbare orde en veiligheid staan in programma 1 ‘Veiligheid’ van de begroting. In "
  "2026 gaat het om € 3.412.000, waarvan € 2.275.000 de bijdrage aan de Veiligheidsregio Zeeland "
  "is. Voor de uitvoering van dit plan is met ingang van 2026 structureel € 178.000 per jaar extra "
  "nodig. Dat bedrag is als volgt verdeeld:")
bl("ondermijning en drugscriminaliteit in de haven: € 72.000 (havenregisseur en weerbaarheidsscans);",
   "jongeren en criminaliteit: € 58.000 (regie jonge aanwas en mentorprogramma);",
   "digitale veiligheid: € 20.000 (Cyberweerbaar Schelvoorde en digicoaches);",
   "veilige wijken: € 28.000 (Wijkteam Veilig Oost, buurtbemiddeling en camera’s).")
p("Daarnaast ontvangt Schelvoorde uit het programma Preventie met Gezag een rijksbijdrage van "
  "€ 340.000 per jaar. Die bijdrage is alleen voor 2026 toegezegd. Of het Rijk de bijdrage daarna "
  "voortzet, is op het moment van schrijven niet bekend.")

h1("8. Monitoring en evaluatie")
p("Het college stelt elk jaar in januari een uitvoeringsprogramma vast met de concrete acties voor dat "
  "jaar. Bij de jaarstukken ontvangt de raad in mei een veiligheidsrapportage over het voorgaande jaar, "
  "met de cijfers uit tabel 1 en de stand van de acties. In het najaar van 2027 volgt een "
  "tussenevaluatie, waarin we ook bekijken of de prioriteiten nog de juiste zijn. De eindevaluatie "
  "vindt plaats in 2029, zodat de uitkomsten kunnen worden gebruikt voor het plan vanaf 2030.")
p("Schelvoorde doet in 2025 en in 2027 mee aan de Veiligheidsmonitor, met een extra steekproef in "
  "De Kreekwijk.")

h1("Bijlage: Begrippen en afkortingen")
p("Havenregisseur – medewerker van de gemeente die de samenwerking tegen ondermijning in de haven "
  "coördineert en het aanspreekpunt is voor het havenbedrijf en de opsporingsdiensten.")
p("Jonge aanwas – jongeren die nog niet of pas kort betrokken zijn bij criminaliteit, maar een groot "
  "risico lopen om door te groeien naar zware, georganiseerde criminaliteit.")
p("Uithaler – iemand die in opdracht van criminelen drugs uit containers in de haven haalt. Het "
  "onbevoegd verblijven op een haventerrein is sinds 2022 strafbaar.")
p("Weerbaarheidsscan – een onderzoek bij een bedrijf naar de kwetsbaarheid voor criminele "
  "beïnvloeding, met adviezen om die te verkleinen.")
p("Afkortingen: BIO – Baseline Informatiebeveiliging Overheid; IVP – Integraal Veiligheidsplan; "
  "KMar – Koninklijke Marechaussee; PmG – Preventie met Gezag; RIEC – Regionaal Informatie- en "
  "Expertisecentrum.")

TOC = [(k, x) for k, x in C if k in ("h1", "h2")]


# ============================================================ rendering
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


def restart_numbering(section, start=1):
    sectPr = section._sectPr
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), str(start))
    sectPr.append(pg)


def drop_numbering_restart(section):
    for e in section._sectPr.findall(qn("w:pgNumType")):
        section._sectPr.remove(e)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trPr.append(e)


def plan_footer(section, width_cm):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.text = ""
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(width_cm), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run(PLAN + "\tpagina ")
    r.font.size = Pt(8)
    r = fp.add_run()
    r.font.size = Pt(8)
    add_field(r, "PAGE")


def para(doc, text, size=None, bold=False, align=None, space_after=None, indent=None):
    par = doc.add_paragraph()
    lines = text.split("\n")
    for k, line in enumerate(lines):
        r = par.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if k < len(lines) - 1:
            r.add_break()
    if align is not None:
        par.alignment = align
    if space_after is not None:
        par.paragraph_format.space_after = Pt(space_after)
    if indent:
        par.paragraph_format.left_indent = Cm(indent[0])
        par.paragraph_format.first_line_indent = Cm(indent[1])
    return par


def build_docx(path, pages):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Liberation Serif"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    for lvl, size in ((1, 15), (2, 12)):
        st = doc.styles["Heading %d" % lvl]
        st.font.name = "Liberation Sans"
        st.font.size = Pt(size)
        st.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

    footer_style = doc.styles["Footer"]
    footer_style.font.size = Pt(8)
    footer_style.paragraph_format.tab_stops.clear_all()

    cp = doc.core_properties
    cp.title = PLAN
    cp.subject = "Raadsvoorstel 2025-0412 met bijlage"
    cp.author = "Gemeente Schelvoorde, afdeling Veiligheid"
    cp.created = cp.modified = datetime(2025, 8, 26, 9, 0, 0)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.8)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Raadsvoorstel nr. 2025-0412")
    r.font.size = Pt(8)

    # ---------------- raadsvoorstel and raadsbesluit
    for kind, x in RV:
        if kind == "title":
            para(doc, x, size=17, bold=True, space_after=6)
        elif kind == "meta":
            for k, v in x:
                par = doc.add_paragraph()
                par.paragraph_format.space_after = Pt(0)
                par.paragraph_format.tab_stops.add_tab_stop(Cm(4.5))
                r = par.add_run(k + ":\t")
                r.bold = True
                r.font.size = Pt(10)
                r = par.add_run(v)
                r.font.size = Pt(10)
            doc.add_paragraph().paragraph_format.space_after = Pt(0)
        elif kind == "head":
            par = para(doc, x, size=10, bold=True, space_after=1)
            par.paragraph_format.keep_with_next = True
        elif kind == "p":
            para(doc, x, size=9.5, space_after=3)
        elif kind == "num":
            para(doc, x, size=9.5, space_after=1, indent=(0.6, -0.6))
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---------------- plan: new section, own footer, numbering from 1
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    restart_numbering(sec2, 1)
    plan_footer(sec2, 16.0)
    for _ in range(6):
        doc.add_paragraph()
    para(doc, "Integraal Veiligheidsplan", size=26, bold=True, space_after=0)
    para(doc, "Schelvoorde 2026-2029", size=26, bold=True)
    para(doc, "Samen weerbaar in stad, haven en dorpen", size=15)
    doc.add_paragraph()
    para(doc, "Gemeente Schelvoorde\nAfdeling Veiligheid\njuli 2025", size=11)
    doc.add_paragraph()
    para(doc, "Bijlage 1 bij raadsvoorstel nr. 2025-0412", size=10)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    para(doc, "Inhoud", size=15, bold=True)
    for level, text in TOC:
        par = doc.add_paragraph()
        pf = par.paragraph_format
        pf.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        pf.space_after = Pt(2)
        if level == "h2":
            pf.left_indent = Cm(0.8)
        run = par.add_run(text + "\t" + str(pages.get(text, 0)))
        if level == "h1":
            run.bold = True
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    first_h1 = True
    for kind, x in C:
        if kind in ("h1", "h2"):
            hd = doc.add_heading(x, level=int(kind[1]))
            if kind == "h1" and not first_h1 and x.startswith(("1.", "2.", "4.", "6.", "Bijlage")):
                hd.paragraph_format.page_break_before = True
            first_h1 = False
        elif kind == "sub":
            par = para(doc, x, bold=True, space_after=2)
            par.paragraph_format.keep_with_next = True
        elif kind == "p":
            para(doc, x, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif kind == "b":
            par = para(doc, "•\t" + x, align=WD_ALIGN_PARAGRAPH.JUSTIFY, space_after=3, indent=(0.7, -0.7))
            par.paragraph_format.tab_stops.add_tab_stop(Cm(0.7))
        elif kind == "landscape":
            s = doc.add_section(WD_SECTION.NEW_PAGE)
            drop_numbering_restart(s)
            s.orientation = WD_ORIENT.LANDSCAPE
            s.page_width, s.page_height = Cm(29.7), Cm(21.0)
            plan_footer(s, 24.7)
        elif kind == "portrait":
            s = doc.add_section(WD_SECTION.NEW_PAGE)
            drop_numbering_restart(s)
            s.orientation = WD_ORIENT.PORTRAIT
            s.page_width, s.page_height = Cm(21.0), Cm(29.7)
            plan_footer(s, 16.0)
        elif kind == "table":
            rows, caption, widths = x
            cpar = para(doc, caption, size=9.5, bold=True, space_after=3)
            cpar.paragraph_format.keep_with_next = True
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
                    if 0 < j < len(row) - 1 and i > 0:
                        cp_.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    for rr in cp_.runs:
                        rr.font.size = Pt(9.5)
                        rr.font.name = "Liberation Sans"
                        if i == 0:
                            rr.bold = True
            repeat_header(tbl.rows[0])
            doc.add_paragraph().paragraph_format.space_after = Pt(2)

    buf = io.BytesIO()
    doc.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 8, 26, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, zin.read(info.filename))


def to_pdf(docx_path, pdf_path):
    tmp = os.path.join(HERE, "_pdf_tmp")
    os.makedirs(tmp, exist_ok=True)
    env = dict(os.environ, HOME=tmp)  # private LibreOffice profile
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path],
                   check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.makedirs(os.path.dirname(pdf_path), exist_ok=True)
    out = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    shutil.move(out, pdf_path)
    shutil.rmtree(tmp, ignore_errors=True)


def heading_pages(pdf_path):
    """Printed page number ('pagina N' in the footer) of the page on which each heading starts."""
    from pypdf import PdfReader
    texts = [pg.extract_text() or "" for pg in PdfReader(pdf_path).pages]
    pages = {}
    start = None
    for i, t in enumerate(texts):
        if "Inhoud" in [ln.strip() for ln in t.splitlines()]:
            start = i + 1
            break
    if start is None:
        sys.exit("table of contents page not found")
    for _, text in TOC:
        for i in range(start, len(texts)):
            lines = [ln.strip() for ln in texts[i].splitlines()]
            if text in lines:
                m = re.search(r"pagina (\d+)", texts[i])
                pages[text] = int(m.group(1)) if m else 0
                break
    return pages


def word_count():
    n = 0
    for kind, x in C:
        if kind in ("h1", "h2", "p", "b", "sub"):
            n += len(x.split())
        elif kind == "table":
            n += sum(len(" ".join(r).split()) for r in x[0]) + len(x[1].split())
    m = 0
    for kind, x in RV:
        if kind in ("title", "head", "p", "num"):
            m += len(x.split())
        elif kind == "meta":
            m += sum(len(k.split()) + len(v.split()) for k, v in x)
    return n, m


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
    plan_words, rv_words = word_count()
    print("wrote", DOCX, "and", PDF, "plan words~", plan_words, "raadsvoorstel words~", rv_words)
    print("pages", pages)
