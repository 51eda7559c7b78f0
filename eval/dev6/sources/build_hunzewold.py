"""Build the fictional 'Integraal Veiligheidsbeleid Hunzewold 2024-2027' as Word filtered HTML.

Writes eval/dev6/corpus/hunzewold.htm:

    /work/main/.venv/bin/python eval/dev6/sources/build_hunzewold.py

The file imitates what Microsoft Word 2016+ writes with "Opslaan als > Webpagina, gefilterd":
- <html xmlns:v/o/w/m ...>, <meta name=Generator content="Microsoft Word 15 (filtered)">,
  a large <style> block inside <!-- --> with @font-face rules and Mso classes;
- the body in <div class=WordSection1> ... <div class=WordSection2>, separated by
  <br clear=all style='page-break-before:always'>;
- unquoted attribute values (class=MsoNormal, align=center), single-quoted style attributes;
- a title page (MsoTitle, MsoSubtitle), a Word table of contents (MsoToc1/MsoToc2) whose
  page numbers are hidden spans (display:none) but still present in the text;
- numbered headings <h1>/<h2> whose numbers are list numbers followed by a 7pt
  "Times New Roman" span with &nbsp;s; some lower headings are plain
  <p class=MsoNormal><b>...</b></p>;
- bullet lists as MsoListParagraphCxSpFirst/Middle/Last with a Symbol-font "·" and
  numbered lists with "1." and the same 7pt spacer span;
- a <table class=MsoTableGrid> with <td><p class=MsoNormal>...</p></td> cells;
- footnotes as [1] links to a footnote <div> at the very end;
- &nbsp; between numbers and units, a <br> (Shift+Enter) inside a few paragraphs, and all
  source lines wrapped at about 76 columns at spaces (also mid-sentence and inside tags).

Deliberate imperfections (keep them): the typo "ondermijnig" in 4.1; "Buitengebiedcoördinator"
and "buitengebiedcoördinator"; "Veiligheidsoverleg"/"veiligheidsoverleg".
The output is deterministic.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "hunzewold.htm")

SP7 = "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"
SP7N = "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"

C = []


def title(t): C.append(("title", t))
def subtitle(t): C.append(("subtitle", t))
def meta(t): C.append(("meta", t))
def empty(): C.append(("empty", None))
def toc(): C.append(("toc", None))
def newsection(): C.append(("section", None))
def h1(num, t): C.append(("h1", (num, t)))
def h2(num, t): C.append(("h2", (num, t)))
def bh(t): C.append(("bh", t))
def p(t): C.append(("p", t))
def ul(*items): C.append(("ul", items))
def ol(*items): C.append(("ol", items))
def table(rows, widths): C.append(("table", (rows, widths)))
def caption(t): C.append(("caption", t))


FOOTNOTES = {
    1: "Bron: CBS, bevolking per 1 januari 2023; kernindeling volgens de gemeentelijke "
       "Basisregistratie Personen.",
    2: "Politie, Veiligheidsbeeld basisteam Hunze-Aa 2023. Voor 2023 gaat het om cijfers tot en "
       "met 31 december 2023, vastgesteld op 15 januari 2024.",
    3: "De Veiligheidsmonitor wordt om de twee jaar gehouden. Hunzewold deed in 2021 en 2023 mee "
       "met een vergrote steekproef.",
}

# ------------------------------------------------------------------ title page
title("Integraal Veiligheidsbeleid 2024-2027")
subtitle("Samen veilig in Hunzewold")
empty()
meta("Gemeente Hunzewold")
meta("Vastgesteld door de gemeenteraad op 30 januari 2024")
meta("Raadsbesluit nr. 2024-07")
newsection()
toc()
newsection()

# ------------------------------------------------------------------ voorwoord
C.append(("bigbh", "Voorwoord"))
p("Hunzewold is een fijne en veilige gemeente om in te wonen, te werken en te recreëren. Dat "
  "willen we zo houden. Toch zien we ook zorgelijke ontwikkelingen. Lege stallen in het "
  "buitengebied trekken criminelen aan, jongeren worden via hun telefoon benaderd voor criminele "
  "klusjes en steeds meer inwoners worden online opgelicht. Daarnaast komen er meer meldingen "
  "binnen over inwoners die in de war zijn en hulp nodig hebben.")
p("Veiligheid maken we niet alleen als gemeente. We hebben de politie, het Openbaar Ministerie, "
  "zorgpartners en ondernemers nodig, maar vooral ook inwoners die opletten en melden wat zij zien. "
  "Ik dank iedereen die heeft meegedacht over dit beleid, op de veiligheidsavonden, in het "
  "inwonerspanel of aan de keukentafel.")
p("Marjan Teuben-Lanting<br>\nburgemeester van Hunzewold")
newsection()

# ------------------------------------------------------------------ 1
h1("1.", "Inleiding")
h2("1.1", "Aanleiding")
p("Voor u ligt het integraal veiligheidsbeleid van de gemeente Hunzewold voor de jaren 2024 tot "
  "en met 2027. Hierin staat wat wij samen met onze partners de komende vier jaar doen om "
  "Hunzewold veilig te houden en, waar dat nodig is, veiliger te maken. Het beleid volgt op het "
  "Integraal Veiligheidsplan Hunzewold 2019-2022. Dat plan heeft de raad in december 2022 met een "
  "jaar verlengd tot en met 2023, omdat de coronajaren te weinig ruimte lieten voor een goede "
  "evaluatie en een zorgvuldig gesprek met inwoners.")
p("Op grond van artikel&nbsp;38b van de Politiewet 2012 stelt de gemeenteraad ten minste eens in de "
  "vier jaar de doelen vast die de gemeente op het gebied van de openbare orde en veiligheid wil "
  "bereiken. Dit beleid is daarmee ook de basis voor de afspraken die de burgemeester in de lokale "
  "driehoek maakt met de politie en het Openbaar Ministerie. De gemeenteraad heeft het beleid "
  "vastgesteld op 30 januari 2024.")
h2("1.2", "Hoe is dit beleid tot stand gekomen?")
p("In het voorjaar van 2023 hebben we het vorige plan geëvalueerd met de politie, het Openbaar "
  "Ministerie, de welzijnsorganisatie en de woningcorporatie. Daarna hebben we gesprekken gevoerd "
  "met inwoners, ondernemers, dorpsbelangen en professionals. Op de drie <i>veiligheidsavonden</i> "
  "in Hunzebrug, Marwolde en Oosterhunze kwamen in totaal 164 inwoners af. Via het online "
  "inwonerspanel ‘Hunzewold Denkt Mee’ vulden 1.212 inwoners een vragenlijst in. Op 14 september "
  "2023 heeft de raad in een beeldvormende sessie de eerste uitkomsten besproken.")
p("Naast deze gesprekken hebben we gebruikgemaakt van het Veiligheidsbeeld van het basisteam "
  "Hunze-Aa, de uitkomsten van de Veiligheidsmonitor 2023, het Ondermijningsbeeld van het RIEC "
  "Noord-Nederland en de jaarcijfers van Veilig Thuis Drenthe. Zo kijken we niet alleen naar de "
  "cijfers, maar ook naar wat inwoners zelf ervaren.")
h2("1.3", "Afbakening")
p("Integrale veiligheid is een breed begrip. In dit beleid kiezen we bewust voor een beperkt aantal "
  "prioriteiten, zodat we daar echt verschil kunnen maken. Verkeersveiligheid valt buiten dit plan; "
  "de aanpak daarvan staat in het Gemeentelijk Verkeers- en Vervoersplan 2022-2030. Ook "
  "brandveiligheid, rampenbestrijding en crisisbeheersing komen in dit beleid niet aan de orde. "
  "Deze taken zijn belegd bij de Veiligheidsregio Drenthe en staan in het regionaal beleidsplan en "
  "het regionaal crisisplan.")
p("Dit plan gaat evenmin over het toezicht op de bouw- en omgevingsregels, zoals bouwen zonder "
  "vergunning of illegale bewoning van recreatiewoningen. Daarvoor geldt het "
  "VTH-uitvoeringsprogramma dat het college elk jaar vaststelt.")

# ------------------------------------------------------------------ 2
h1("2.", "Hunzewold in beeld")
h2("2.1", "De gemeente")
p("Hunzewold is een plattelandsgemeente in het oosten van Drenthe met 34.720 inwoners en een "
  "oppervlakte van 278&nbsp;km².^1^ Ruim de helft van de inwoners woont in de hoofdkern Hunzebrug "
  "(18.430 inwoners). De andere kernen zijn Marwolde (6.150), Oosterhunze (4.880) en Veenhorst "
  "(2.360). De overige inwoners wonen in kleine buurtschappen en verspreid in het buitengebied.")
p("De gemeente telt ruim 600 agrarische bedrijven. Naar verwachting stoppen er daarvan in de komende "
  "tien jaar ongeveer 140, vaak omdat er geen opvolger is. Het aandeel 65-plussers is 26 procent en "
  "stijgt verder. Hunzebrug heeft een station, een middelbare school (het Hunze College) en een "
  "klein uitgaansgebied rond de Brink.")
h2("2.2", "Cijfers")
p("De geregistreerde criminaliteit in Hunzewold ligt onder het landelijk gemiddelde. In 2023 "
  "registreerde de politie 1.486 misdrijven, dat is 42,8 per 1.000 inwoners (Nederland: 45,9).^2^ "
  "De tabel hieronder geeft de ontwikkeling van een aantal incidenten en meldingen die voor dit "
  "beleid van belang zijn.")
caption("Tabel 1. Incidenten en meldingen in Hunzewold, 2020-2023")
table([
    ["Indicator", "2020", "2021", "2022", "2023"],
    ["Woninginbraak (incl. pogingen)", "96", "81", "74", "79"],
    ["Geweldsmisdrijven", "188", "176", "201", "214"],
    ["Vernieling en zaakbeschadiging", "243", "229", "251", "237"],
    ["Meldingen jeugdoverlast", "312", "356", "298", "341"],
    ["Meldingen verward gedrag (E33)", "204", "231", "259", "288"],
    ["Aangiften online fraude", "61", "88", "97", "126"],
    ["Dumpingen drugsafval", "3", "5", "9", "7"],
], [240, 72, 72, 72, 72])
p("Opvallend is de stijging van het aantal meldingen van verward gedrag: van 204 in 2020 naar 288 in "
  "2023, een toename van ruim 40 procent. Ook het aantal aangiften van online fraude is in vier jaar "
  "tijd ruim verdubbeld. Het aantal woninginbraken is na jaren van daling in 2023 licht "
  "gestegen.<br>\nHet aantal dumpingen van drugsafval lijkt klein, maar elke dumping is een signaal "
  "van georganiseerde criminaliteit in of rond de gemeente.")
h2("2.3", "Hoe veilig voelen inwoners zich?")
p("Uit de Veiligheidsmonitor 2023 blijkt dat 82 procent van de inwoners zich in de eigen buurt "
  "meestal veilig voelt (2021: 85 procent).^3^ Inwoners geven de veiligheid in hun buurt gemiddeld "
  "een 7,6. Als grootste problemen in de buurt noemen zij te hard rijden (42 procent), hondenpoep "
  "(31 procent) en rondhangende jongeren (17 procent).")
p("Er zijn wel verschillen tussen de kernen. In Hunzebrug-Zuid voelt 28 procent van de inwoners zich "
  "weleens onveilig, tegen 19 procent gemiddeld in de gemeente. Inwoners van Veenhorst en het "
  "buitengebied maken zich vooral zorgen over leegstaande boerderijen en onbekende bestelbusjes in "
  "de nacht.")

# ------------------------------------------------------------------ 3
h1("3.", "Terugblik op het vorige plan")
p("Het Integraal Veiligheidsplan 2019-2022 had vier prioriteiten: woninginbraak, jeugdoverlast, "
  "ondermijning en zorg en veiligheid. De evaluatie laat een wisselend beeld zien.")
ul("Het aantal woninginbraken daalde van 131 in 2018 naar 79 in 2023. De gemeente telt nu 57 "
   "WhatsApp-buurtpreventiegroepen met samen ruim 4.300 deelnemers.",
   "De jeugdoverlast is niet structureel afgenomen. Wel is de samenwerking tussen politie, "
   "jongerenwerk en leerplicht in het Jeugdoverleg sterk verbeterd.",
   "De aanpak van ondermijning kwam laat op gang. Er was te weinig capaciteit om signalen uit het "
   "buitengebied op te volgen.",
   "Het Meldpunt Zorg en Overlast is in 2021 gestart en wordt goed gebruikt, maar is buiten "
   "kantoortijden niet bereikbaar.")
p("Omdat woninginbraak inmiddels ruim onder het regionale gemiddelde ligt, is het in dit beleid "
  "geen prioriteit meer. Het blijft wel onderdeel van de basisveiligheid: de politie blijft "
  "surveilleren, de buurtpreventiegroepen krijgen steun van de gemeente en na elke inbraak krijgen "
  "de buren een brief met preventietips.")

# ------------------------------------------------------------------ 4
h1("4.", "Onze prioriteiten 2024-2027")
p("Op basis van de cijfers, de gesprekken met inwoners en partners en de evaluatie kiezen we voor "
  "de periode 2024-2027 vier prioriteiten:")
ol("Ondermijning in het buitengebied",
   "Jeugd en veiligheid",
   "Zorg en veiligheid",
   "Digitale veiligheid")
p("Voor elke prioriteit beschrijven we wat we zien, wat we willen bereiken en wat we gaan doen. De "
  "acties werken we elk jaar uit in een uitvoeringsagenda, die het college vaststelt.")

h2("4.1", "Ondermijning in het buitengebied")
bh("Wat zien we?")
p("Het buitengebied van Hunzewold is uitgestrekt en dun bevolkt. Door de stoppende boeren komen "
  "steeds meer stallen en schuren leeg te staan. Criminelen huren of kopen zulke panden voor de "
  "opslag van gestolen goederen, voor hennepteelt of voor de productie van synthetische drugs. In "
  "2022 en 2023 zijn in het buitengebied samen 16 dumpingen van drugsafval aangetroffen, meestal "
  "in bosranden en langs zandwegen. De opruimkosten kwamen grotendeels voor rekening van de "
  "grondeigenaar en de gemeente.")
p("In 2023 zijn bij het RIEC Noord-Nederland elf signalen uit Hunzewold ingebracht, waarvan er vier "
  "hebben geleid tot een integrale casus. Veel signalen van ondermijnig bereiken de gemeente niet, "
  "omdat inwoners niet weten waar zij terechtkunnen of bang zijn voor de gevolgen van een melding.")
bh("Wat willen we bereiken?")
ul("Inwoners en ondernemers in het buitengebied herkennen signalen van ondermijning en melden die.",
   "In 2027 is het aantal signalen dat bij de gemeente binnenkomt verdubbeld ten opzichte van 2023.",
   "Alle leegstaande agrarische panden zijn in beeld en worden periodiek bezocht.",
   "Drugsafval wordt binnen 48 uur na de melding opgeruimd.")
bh("Wat gaan we doen?")
ol("We stellen een Buitengebiedcoördinator aan (0,8&nbsp;fte). Deze bezoekt boeren, erfbetreders en "
   "dorpsbelangen, houdt een overzicht bij van leegstaande panden en verzamelt signalen.",
   "We voeren ieder jaar ten minste vier integrale controles uit, samen met de politie, de "
   "Belastingdienst, de Nederlandse Voedsel- en Warenautoriteit en het waterschap.",
   "We passen artikel 13b van de Opiumwet en de Wet Bibob consequent toe. Het beleid daarvoor "
   "actualiseren we in 2024.",
   "Samen met LTO Noord voeren we de campagne ‘Mijn schuur is geen drugslab’, met een "
   "bijeenkomst per kern en een brief aan alle eigenaren van agrarisch vastgoed.",
   "We maken met het waterschap en Staatsbosbeheer afspraken over het snel melden en opruimen van "
   "drugsafval, zodat grondeigenaren er niet alleen voor staan.")
p("De buitengebiedcoördinator werkt nauw samen met de wijkagenten van het basisteam. Signalen die op "
  "georganiseerde criminaliteit wijzen, brengen we in bij het RIEC.")

h2("4.2", "Jeugd en veiligheid")
bh("Wat zien we?")
p("In 2023 kwamen bij de politie 341 meldingen van jeugdoverlast binnen. De overlast concentreert "
  "zich in Hunzebrug-Zuid, rond het station en bij de skatebaan in Marwolde. Uit de groepsscan van "
  "de politie volgens de shortlistmethodiek bleek dat er in 2023 drie hinderlijke jeugdgroepen en "
  "één overlastgevende jeugdgroep actief waren. Een criminele jeugdgroep is er op dit moment niet.")
p("Jongerenwerkers en scholen zien dat jongeren via sociale media worden benaderd om tegen betaling "
  "pakketjes rond te brengen of hun bankrekening uit te lenen. Ook het gebruik van lachgas en het "
  "meenemen van messen baren zorgen. Tijdens de jaarwisseling 2022-2023 bedroeg de schade aan de "
  "openbare ruimte ongeveer € 38.000.")
bh("Wat willen we bereiken?")
ul("Het aantal meldingen van jeugdoverlast ligt in 2027 onder de 280.",
   "Er is in 2027 geen overlastgevende of criminele jeugdgroep meer.",
   "De schade tijdens de jaarwisseling is in 2027 gehalveerd ten opzichte van 2022-2023.")
bh("Wat gaan we doen?")
ul("We breiden het ambulant jongerenwerk van Stichting Welzijn De Hunze uit met 1&nbsp;fte, met "
   "extra inzet op vrijdag- en zaterdagavond.",
   "Halt geeft voorlichting in alle groepen 8 van de basisscholen en in de brugklassen van het "
   "Hunze College, onder meer over geld verdienen met criminele klusjes.",
   "In het maandelijkse Jeugdoverleg bespreken politie, jongerenwerk, leerplicht en gemeente de "
   "groepen en maken zij per groep een plan van aanpak.",
   "Jongeren met een beginnend crimineel gedragspatroon krijgen een persoonsgerichte aanpak (PGA) "
   "via het Zorg- en Veiligheidshuis Drenthe.",
   "Rond de jaarwisseling wijzen we vuurwerkvrije zones aan bij zorginstellingen en de "
   "kinderboerderij, en organiseren we samen met dorpsbelangen activiteiten voor jongeren.")

h2("4.3", "Zorg en veiligheid")
bh("Wat zien we?")
p("Het aantal meldingen van personen met verward gedrag (E33-meldingen) is sinds 2020 met ruim 40 "
  "procent gestegen, tot 288 in 2023. Het gaat vaak om dezelfde personen: 23 inwoners waren samen "
  "goed voor bijna een derde van alle meldingen. Veilig Thuis Drenthe ontving in 2023 312 meldingen "
  "en adviesvragen over inwoners van Hunzewold. Daarnaast krijgt de gemeente vaker klachten over "
  "woonoverlast, waarbij psychische problemen, verslaving en schulden samenkomen.")
bh("Wat willen we bereiken?")
ul("Elke melding over een persoon met verward gedrag wordt binnen twee werkdagen opgepakt.",
   "Het aantal herhaalde meldingen over dezelfde persoon daalt met 25 procent.",
   "Professionals in zorg, onderwijs en welzijn werken volgens de meldcode huiselijk geweld en "
   "kindermishandeling.")
bh("Wat gaan we doen?")
ol("Het Meldpunt Zorg en Overlast wordt vanaf 1 juli 2024 ook ’s avonds tot 22.00 uur bereikbaar.",
   "We zetten samen met de GGZ een wijk-GGD’er in (1&nbsp;fte), die bij een melding op huisbezoek "
   "gaat en zorgt dat de juiste hulp op gang komt.",
   "Iedere twee weken is er een casusoverleg Zorg en Veiligheid voor inwoners over wie bij "
   "meerdere partners zorgen bestaan.",
   "Twee keer per jaar organiseren we een training over de meldcode voor professionals.",
   "Met Woonstichting Hunzeland maken we afspraken over de aanpak van woonoverlast en over het "
   "voorkomen van huisuitzettingen.")

h2("4.4", "Digitale veiligheid")
bh("Wat zien we?")
p("Steeds meer criminaliteit vindt online plaats. Het aantal aangiften van online fraude steeg van "
  "61 in 2020 naar 126 in 2023, en de meeste slachtoffers doen geen aangifte. Vooral oudere "
  "inwoners worden slachtoffer van WhatsApp-fraude en phishing. De gemiddelde schade per aangifte "
  "bedroeg in 2023 ruim € 2.400. Uit de Veiligheidsmonitor blijkt dat 14 procent van de inwoners "
  "in het afgelopen jaar slachtoffer werd van een vorm van online criminaliteit. Ook kleine "
  "ondernemers, zoals agrarische bedrijven en zzp’ers, krijgen te maken met hacks en "
  "ransomware.")
bh("Wat willen we bereiken?")
ul("Inwoners, vooral ouderen, weten hoe zij online fraude herkennen en voorkomen.",
   "In 2027 hebben ten minste 150 ondernemers een cyberscan laten doen.",
   "Meer slachtoffers doen aangifte of melding van online fraude.")
bh("Wat gaan we doen?")
ul("In de bibliotheken van Hunzebrug en Marwolde komen Digicafés, waar vrijwilligers inwoners "
   "helpen met veilig internetgebruik.",
   "Met de seniorenverenigingen en de lokale banken organiseren we ieder jaar ten minste tien "
   "voorlichtingsbijeenkomsten over fraude.",
   "De politie zet een digitale wijkagent in, die ook spreekuur houdt in de Digicafés.",
   "Met de Ondernemersvereniging Hunzewold bieden we ondernemers een gratis cyberscan aan.")

h2("4.5", "Basisveiligheid")
p("Naast de vier prioriteiten blijft de gemeente samen met de partners werken aan de "
  "basisveiligheid. Dat zijn taken die we hoe dan ook uitvoeren, ook als ze niet in de "
  "prioriteiten staan. Het gaat onder meer om:")
ul("de preventie van woninginbraak, met steun voor de WhatsApp-buurtpreventiegroepen;",
   "veilige evenementen, met een vergunningverlening waarbij politie, brandweer en GHOR adviseren;",
   "veilig uitgaan rond de Brink, met de afspraken uit het Horecaconvenant Hunzebrug;",
   "het signaleren van polarisatie en radicalisering, met een aandachtsfunctionaris binnen het "
   "team Openbare Orde en Veiligheid;",
   "de aanpak van huiselijk geweld in individuele situaties, via Veilig Thuis Drenthe.")
p("Voor deze onderwerpen zijn geen extra middelen nodig; ze worden uitgevoerd binnen de bestaande "
  "budgetten.")

# ------------------------------------------------------------------ 5
h1("5.", "Samenwerking en organisatie")
h2("5.1", "Rollen en verantwoordelijkheden")
p("De burgemeester is op grond van artikel 172 van de Gemeentewet verantwoordelijk voor de "
  "handhaving van de openbare orde en is portefeuillehouder veiligheid. De burgemeester heeft het "
  "gezag over de politie bij de handhaving van de openbare orde. De gemeenteraad stelt de kaders "
  "vast en controleert de uitvoering. Het college is verantwoordelijk voor de uitvoering van de "
  "onderdelen die bij andere portefeuilles horen, zoals jeugd, zorg en economische zaken.")
p("Binnen de gemeentelijke organisatie is het team Openbare Orde en Veiligheid (3,2&nbsp;fte) "
  "verantwoordelijk voor de regie op dit beleid. De boa’s van het team Handhaving (6&nbsp;fte) "
  "zijn de ogen en oren in de openbare ruimte.")
h2("5.2", "Partners")
p("Voor de uitvoering van dit beleid werken we samen met onder meer:")
ul("de politie, basisteam Hunze-Aa van de eenheid Noord-Nederland;",
   "het Openbaar Ministerie Noord-Nederland;",
   "het RIEC Noord-Nederland;",
   "het Zorg- en Veiligheidshuis Drenthe en Veilig Thuis Drenthe;",
   "Halt Noord-Nederland;",
   "Stichting Welzijn De Hunze en Woonstichting Hunzeland;",
   "de dorpsbelangen, LTO Noord en de Ondernemersvereniging Hunzewold.")
bh("Overlegstructuur")
p("De samenwerking krijgt vorm in een aantal vaste overleggen. De lokale driehoek (burgemeester, "
  "officier van justitie en teamchef) komt vier keer per jaar bijeen. Het Veiligheidsoverleg "
  "Hunzewold, met alle partners, komt zes keer per jaar bijeen en bewaakt de voortgang van de "
  "uitvoeringsagenda. Daarnaast zijn er het maandelijkse Jeugdoverleg en het tweewekelijkse "
  "casusoverleg Zorg en Veiligheid.<br>\nIn het veiligheidsoverleg schuiven de dorpsbelangen twee "
  "keer per jaar aan.")

# ------------------------------------------------------------------ 6
h1("6.", "Financiën")
p("De structurele kosten van openbare orde en veiligheid staan in programma 2 ‘Veiligheid’ van de "
  "gemeentebegroting. Het grootste deel daarvan is de bijdrage aan de Veiligheidsregio Drenthe: "
  "€&nbsp;1.942.000 in 2024. Voor de uitvoering van dit beleid stelt de raad met ingang van 2024 "
  "jaarlijks €&nbsp;215.000 extra beschikbaar. Dat bedrag is als volgt verdeeld:")
ul("ondermijning in het buitengebied: €&nbsp;85.000 (Buitengebiedcoördinator en controles);",
   "jeugd en veiligheid: €&nbsp;65.000 (uitbreiding jongerenwerk en Halt-voorlichting);",
   "zorg en veiligheid: €&nbsp;40.000 (wijk-GGD’er en verruiming openingstijden Meldpunt);",
   "digitale veiligheid: €&nbsp;25.000 (Digicafés, voorlichting en cyberscans).")
p("Daarnaast is in 2024 eenmalig €&nbsp;60.000 beschikbaar voor het opruimen van drugsafval. De GGZ "
  "draagt bij in de kosten van de wijk-GGD’er; over de hoogte van die bijdrage worden in 2024 nog "
  "afspraken gemaakt. Eventuele inkomsten uit dwangsommen en verbeurde boetes vloeien terug naar de "
  "algemene middelen.")

# ------------------------------------------------------------------ 7
h1("7.", "Monitoring en verantwoording")
p("We willen weten of onze inzet werkt. Daarom volgen we de ontwikkelingen met een beperkt aantal "
  "indicatoren: de cijfers uit tabel 1, het aantal signalen van ondermijning, het aantal "
  "jeugdgroepen volgens de shortlistmethodiek en de uitkomsten van de Veiligheidsmonitor.")
ul("Het college stuurt de raad elk jaar in het tweede kwartaal een voortgangsrapportage over het "
   "voorgaande jaar, samen met de nieuwe uitvoeringsagenda.",
   "In 2025 doet Hunzewold opnieuw mee aan de Veiligheidsmonitor, met een vergrote steekproef per "
   "kern.",
   "In het najaar van 2026 evalueren we het beleid, zodat de uitkomsten kunnen worden gebruikt voor "
   "het nieuwe beleid vanaf 2028.")
p("Als de veiligheidssituatie daar aanleiding toe geeft, kan de burgemeester in overleg met de "
  "driehoek tussentijds andere accenten leggen. De raad wordt daarover geïnformeerd.")

# ------------------------------------------------------------------ bijlage
h1("Bijlage", "Begrippen en afkortingen")
p("<b>Buitengebiedcoördinator</b>: medewerker van de gemeente die in het buitengebied het contact "
  "onderhoudt met boeren en dorpsbelangen, leegstaande panden in beeld houdt en signalen van "
  "ondermijning verzamelt.")
p("<b>E33-melding</b>: een melding bij de politie over een persoon met verward of overspannen "
  "gedrag. E33 is de code die de politie voor zo’n melding gebruikt.")
p("<b>Hinderlijke jeugdgroep</b>: een groep jongeren die rondhangt, af en toe luidruchtig is en zich "
  "niet altijd aan de regels houdt, maar geen stelselmatige overlast veroorzaakt. De indeling in "
  "hinderlijk, overlastgevend en crimineel komt uit de shortlistmethodiek van de politie.")
p("<b>Ondermijning</b>: de vermenging van de onderwereld met de bovenwereld, waarbij criminelen "
  "gebruikmaken van legale voorzieningen, bedrijven en personen om hun criminele activiteiten uit "
  "te voeren en hun geld wit te wassen.")
p("<b>Wijk-GGD’er</b>: een sociaal-psychiatrisch verpleegkundige die na een melding over verward "
  "gedrag zonder acuut gevaar contact legt met de inwoner en de omgeving en de juiste zorg "
  "regelt.")
p("<b>Afkortingen</b>: <b>Bibob</b> – Wet bevordering integriteitsbeoordelingen door het openbaar "
  "bestuur; <b>PGA</b> – persoonsgerichte aanpak; <b>RIEC</b> – Regionaal Informatie- en "
  "Expertisecentrum; <b>VTH</b> – vergunningverlening, toezicht en handhaving; <b>ZVH</b> – Zorg- "
  "en Veiligheidshuis.")


# ------------------------------------------------------------------ rendering
STYLE = """<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:Wingdings;
	panose-1:5 0 0 0 0 0 0 0 0 0;}
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:"Calibri Light";
	panose-1:2 15 3 2 2 2 4 3 2 4;}
@font-face
	{font-family:Symbol;
	panose-1:5 5 1 2 1 7 6 2 5 7;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
h1
	{mso-style-link:"Kop 1 Char";
	margin-top:12.0pt;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:21.6pt;
	text-indent:-21.6pt;
	line-height:107%;
	page-break-after:avoid;
	font-size:16.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;
	font-weight:normal;}
h2
	{mso-style-link:"Kop 2 Char";
	margin-top:2.0pt;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:28.8pt;
	text-indent:-28.8pt;
	line-height:107%;
	page-break-after:avoid;
	font-size:13.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;
	font-weight:normal;}
p.MsoToc1, li.MsoToc1, div.MsoToc1
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:5.0pt;
	margin-left:0cm;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoToc2, li.MsoToc2, div.MsoToc2
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:5.0pt;
	margin-left:11.0pt;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoFootnoteText, li.MsoFootnoteText, div.MsoFootnoteText
	{mso-style-link:"Voetnoottekst Char";
	margin:0cm;
	font-size:10.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoCaption, li.MsoCaption, div.MsoCaption
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:10.0pt;
	margin-left:0cm;
	font-size:9.0pt;
	font-family:"Calibri",sans-serif;
	color:#44546A;
	font-style:italic;}
span.MsoFootnoteReference
	{vertical-align:super;}
p.MsoTitle, li.MsoTitle, div.MsoTitle
	{mso-style-link:"Titel Char";
	margin:0cm;
	font-size:28.0pt;
	font-family:"Calibri Light",sans-serif;
	letter-spacing:-.5pt;}
p.MsoSubtitle, li.MsoSubtitle, div.MsoSubtitle
	{mso-style-link:"Ondertitel Char";
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	color:#5A5A5A;
	letter-spacing:.75pt;}
a:link, span.MsoHyperlink
	{color:#0563C1;
	text-decoration:underline;}
p.MsoTocHeading, li.MsoTocHeading, div.MsoTocHeading
	{margin-top:12.0pt;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:0cm;
	line-height:107%;
	page-break-after:avoid;
	font-size:16.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:36.0pt;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpMiddle, li.MsoListParagraphCxSpMiddle, div.MsoListParagraphCxSpMiddle
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpLast, li.MsoListParagraphCxSpLast, div.MsoListParagraphCxSpLast
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:36.0pt;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
span.Kop1Char
	{mso-style-name:"Kop 1 Char";
	mso-style-link:"Kop 1";
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;}
span.Kop2Char
	{mso-style-name:"Kop 2 Char";
	mso-style-link:"Kop 2";
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;}
span.TitelChar
	{mso-style-name:"Titel Char";
	mso-style-link:Titel;
	font-family:"Calibri Light",sans-serif;
	letter-spacing:-.5pt;}
span.VoetnoottekstChar
	{mso-style-name:"Voetnoottekst Char";
	mso-style-link:Voetnoottekst;}
.MsoChpDefault
	{font-family:"Calibri",sans-serif;}
.MsoPapDefault
	{margin-bottom:8.0pt;
	line-height:107%;}
 /* Page Definitions */
 @page WordSection1
	{size:595.3pt 841.9pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
	{page:WordSection1;}
@page WordSection2
	{size:595.3pt 841.9pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection2
	{page:WordSection2;}
@page WordSection3
	{size:595.3pt 841.9pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection3
	{page:WordSection3;}
 /* List Definitions */
 ol
	{margin-bottom:0cm;}
ul
	{margin-bottom:0cm;}
-->
</style>"""

PAGEBREAK = ("<span style='font-size:11.0pt;line-height:107%;font-family:\"Calibri\",sans-serif'><br "
             "clear=all style='page-break-before:always'>\n</span>")


def wrap(line, width=76):
    """Wrap one line of HTML at spaces, as Word does, but never inside a quoted attribute value."""
    out, cur, last_space, quote, in_tag = [], "", -1, None, False
    for ch in line:
        cur += ch
        if in_tag:
            if quote:
                if ch == quote:
                    quote = None
            elif ch in "'\"":
                quote = ch
            elif ch == ">":
                in_tag = False
        elif ch == "<":
            in_tag = True
        if ch == " " and not quote:
            last_space = len(cur) - 1
        if len(cur) > width and last_space > 0:
            out.append(cur[:last_space])
            cur = cur[last_space + 1:]
            last_space = -1
            # recompute a later space in the carried-over part (rare)
    out.append(cur)
    return "\n".join(out)


def inline(t):
    """Footnote markers ^n^ to Word's footnote reference links."""
    def fn(m):
        n = int(m.group(1))
        return ("<a href=\"#_ftn%d\" name=\"_ftnref%d\" title=\"\"><span class=MsoFootnoteReference>"
                "<span class=MsoFootnoteReference><span style='font-size:11.0pt;line-height:107%%;"
                "font-family:\"Calibri\",sans-serif'>[%d]</span></span></span></a>" % (n, n, n))
    return re.sub(r"\^(\d+)\^", fn, t)


def render():
    heads = [(k, x) for k, x in C if k in ("h1", "h2")]
    toc_ids = {i: "_Toc15610%04d" % (2217 + 3 * i) for i in range(len(heads))}
    # fictional page numbers for the hidden TOC spans
    pages, pg = {}, 3
    for i, (k, x) in enumerate(heads):
        if k == "h1" and i:
            pg += 1 if x[0] in ("5.", "6.", "7.", "Bijlage") else 2
        pages[i] = pg
    blocks = []
    hi = 0
    section = 1
    blocks.append("<div class=WordSection1>")
    for kind, x in C:
        if kind == "title":
            blocks.append("<p class=MsoTitle>%s</p>" % x)
        elif kind == "subtitle":
            blocks.append("<p class=MsoSubtitle>%s</p>" % x)
        elif kind == "meta":
            blocks.append("<p class=MsoNormal>%s</p>" % x)
        elif kind == "empty":
            blocks.append("<p class=MsoNormal>&nbsp;</p>")
        elif kind == "section":
            blocks.append(PAGEBREAK)
            blocks.append("</div>")
            section += 1
            blocks.append("<div class=WordSection%d>" % section)
        elif kind == "toc":
            blocks.append("<p class=MsoTocHeading>Inhoud</p>")
            for i, (k, (num, t)) in enumerate(heads):
                cls = "MsoToc1" if k == "h1" else "MsoToc2"
                sp = ("<span style='font-size:11.0pt;line-height:107%;color:windowtext;"
                      "text-decoration:none'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>")
                hid = "<span style='color:windowtext;display:none;text-decoration:none'>"
                blocks.append("<p class=%s><span class=MsoHyperlink><a href=\"#%s\">%s%s%s%s. </span>%s%d</span>"
                              "</a></span></p>" % (cls, toc_ids[i], num, sp, t, hid, hid, pages[i]))
        elif kind in ("h1", "h2"):
            num, t = x
            sp = SP7 if kind == "h1" else SP7N
            if num == "Bijlage":
                blocks.append("<%s><a name=\"%s\">Bijlage: %s</a></%s>" % (kind, toc_ids[hi], t, kind))
            else:
                blocks.append("<%s><a name=\"%s\">%s%s</a>%s</%s>" % (kind, toc_ids[hi], num, sp, t, kind))
            hi += 1
        elif kind == "bigbh":
            blocks.append("<p class=MsoNormal><b><span style='font-size:14.0pt;line-height:107%%;"
                          "font-family:\"Calibri Light\",sans-serif;color:#2F5496'>%s</span></b></p>" % x)
        elif kind == "bh":
            blocks.append("<p class=MsoNormal style='margin-bottom:0cm'><b>%s</b></p>" % x)
        elif kind == "p":
            blocks.append("<p class=MsoNormal>%s</p>" % inline(x))
        elif kind == "caption":
            blocks.append("<p class=MsoCaption style='margin-bottom:0cm;page-break-after:avoid'>%s</p>" % x)
        elif kind in ("ul", "ol"):
            n = len(x)
            for i, item in enumerate(x):
                cls = ("MsoListParagraphCxSpFirst" if i == 0 else
                       "MsoListParagraphCxSpLast" if i == n - 1 else "MsoListParagraphCxSpMiddle")
                if n == 1:
                    cls = "MsoListParagraph"
                if kind == "ul":
                    marker = "<span style='font-family:Symbol'>·%s</span>" % SP7
                else:
                    marker = "%d.%s" % (i + 1, SP7N)
                blocks.append("<p class=%s style='text-indent:-18.0pt'>%s%s</p>" % (cls, marker, inline(item)))
        elif kind == "table":
            rows, widths = x
            t = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
                 "style='border-collapse:collapse;border:none'>"]
            for ri, row in enumerate(rows):
                t.append(" <tr>")
                for ci, cell in enumerate(row):
                    border = ("border:solid windowtext 1.0pt" if ri == 0 and ci == 0 else
                              "border:solid windowtext 1.0pt;border-left:none" if ri == 0 else
                              "border:solid windowtext 1.0pt;border-top:none" if ci == 0 else
                              "border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;"
                              "border-right:solid windowtext 1.0pt")
                    shade = ";background:#D9E2F3" if ri == 0 else ""
                    txt = "<b>%s</b>" % cell if ri == 0 else cell
                    t.append("  <td width=%d valign=top style='width:%.1fpt;%s;padding:0cm 5.4pt 0cm 5.4pt%s'>"
                             % (widths[ci], widths[ci] * 0.75, border, shade))
                    pstyle = (" style='margin-bottom:0cm;line-height:normal'" if ci == 0 else
                              " align=right style='margin-bottom:0cm;text-align:right;line-height:normal'")
                    t.append("  <p class=MsoNormal%s>%s</p>" % (pstyle, txt))
                    t.append("  </td>")
                t.append(" </tr>")
            t.append("</table>")
            blocks.append("\n".join(t))
            blocks.append("<p class=MsoNormal>&nbsp;</p>")
    blocks.append("</div>")
    # footnotes
    fn = ["<div><br clear=all>", "", "<hr align=left size=1 width=\"33%\">", ""]
    for n, text in FOOTNOTES.items():
        fn.append("<div id=ftn%d>" % n)
        fn.append("<p class=MsoFootnoteText><a href=\"#_ftnref%d\" name=\"_ftn%d\" title=\"\"><span "
                  "class=MsoFootnoteReference><span class=MsoFootnoteReference><span style='font-size:10.0pt;"
                  "line-height:107%%;font-family:\"Calibri\",sans-serif'>[%d]</span></span></span></a> %s</p>"
                  % (n, n, n, text))
        fn.append("</div>")
        fn.append("")
    fn.append("</div>")
    blocks.append("\n".join(fn))

    head = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\n"
            "xmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\"\n"
            "xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\"\n"
            "xmlns=\"http://www.w3.org/TR/REC-html40\">\n\n<head>\n"
            "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered)\">\n"
            "<title>Integraal Veiligheidsbeleid Hunzewold 2024-2027</title>\n"
            + STYLE + "\n\n</head>\n\n"
            "<body lang=NL link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>\n\n")
    body = []
    for b in blocks:
        for line in b.split("\n"):
            body.append(wrap(line))
        body.append("")
    return head + "\n".join(body) + "\n</body>\n\n</html>\n"


def word_count():
    n = 0
    for kind, x in C:
        if kind in ("p", "bh", "bigbh", "title", "subtitle", "meta", "caption"):
            n += len(re.sub(r"<[^>]+>|&nbsp;", " ", x).split())
        elif kind in ("ul", "ol"):
            n += sum(len(re.sub(r"<[^>]+>|&nbsp;", " ", i).split()) for i in x)
        elif kind in ("h1", "h2"):
            n += len(x[1].split()) + 1
        elif kind == "table":
            n += sum(len(" ".join(r).split()) for r in x[0])
    n += sum(len(t.split()) for t in FOOTNOTES.values())
    return n


if __name__ == "__main__":
    html = render()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\r\n") as f:
        f.write(html)
    print("wrote", OUT, "words~", word_count())
