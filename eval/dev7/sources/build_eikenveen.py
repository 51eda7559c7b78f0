"""Build the fictional 'Integraal Veiligheidsplan 2025-2028 Weerbaar Eikenveen' as a .docx
written the way a DUTCH-language Microsoft Word writes it.

    /work/main/.venv/bin/python eval/dev7/sources/build_eikenveen.py   (needs nothing but the stdlib)

Writes eval/dev7/corpus/eikenveen.docx, byte-identical on every run. The package is written
by hand (zipfile + XML strings), not with python-docx, so that it looks like Word's own output:

- styles.xml with Dutch style ids AND Dutch names: Standaard, Kop1/"Kop 1", Kop2/"Kop 2",
  Kop3/"Kop 3", Titel, Ondertitel, Lijstalinea, Bijschrift, Voetnoottekst, Voetnootmarkering,
  Koptekst, Voettekst, Tabelraster, Standaardalinea-lettertype, Standaardtabel, Geenlijst.
  (Word 2010+ often stores the canonical English name, e.g. w:name="heading 1", with the Dutch
  style id; the brief asked for the Dutch names, so CANONICAL_NAMES = False. Set it to True to
  get w:name="heading 1" etc. with the same Dutch ids.)
- numbering.xml with real automatic numbering: a multilevel list linked to Kop 1/Kop 2
  (chapter numbers 1, 1.1 ... are NOT in the paragraph text), decimal lists 1. with a nested
  lowerLetter level a., a lettered list a. b. c., and bullet lists (Symbol U+F0B7, level 2 "o").
  List paragraphs have style Lijstalinea and w:numPr; every numbered list is its own w:num with
  a startOverride, as Word writes it.
- footnotes.xml with two footnotes (w:footnoteReference in the body text).
- a cover page: Titel + Ondertitel paragraphs, a text box (wps/VML AlternateContent) with a short
  summary, and a 2-column table with the cover data (gemeente, titel, datum vaststelling, ...).
- tables whose first row is a header row (w:tblHeader), style Tabelraster.
- header and footer ("Pagina X van Y" with PAGE/NUMPAGES fields), a different first page.
- settings.xml with nl-NL, decimalSymbol ',' and listSeparator ';'.

The standard extractor (python-docx) therefore gives: no chapter numbers, no list markers,
no footnote text, no text box text, no header/footer; tables as tab-joined rows.

Deliberate imperfections (keep them): "contoles" (once, 3.1), "zorg- en veiligheidshuis" in
lower case once, "Ondermijningsregisseur"/"ondermijningsregisseur".
"""
import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "corpus", "eikenveen.docx")
STAMP = (2025, 4, 8, 10, 12, 0)
CANONICAL_NAMES = False

B = []  # blocks


def title(t): B.append(("title", t))
def subtitle(t): B.append(("subtitle", t))
def h1(t, numbered=True): B.append(("h1", (t, numbered)))
def h2(t): B.append(("h2", t))
def h3(t): B.append(("h3", t))
def p(t): B.append(("p", t))
def bullets(*items): B.append(("bullets", items))
def numbered(*items): B.append(("numbered", items))   # item: str or (str, [sub, ...])
def lettered(*items): B.append(("lettered", items))
def table(caption, rows, widths): B.append(("table", (caption, rows, widths)))
def cover_table(rows): B.append(("cover", rows))
def textbox(lines): B.append(("textbox", lines))
def pagebreak(): B.append(("pagebreak", None))


FOOTNOTES = {
    1: "De Veiligheidsmonitor is een landelijk onderzoek van het CBS en het ministerie van Justitie "
       "en Veiligheid. Eikenveen deed in 2023 mee met een extra steekproef van 2.400 inwoners; de "
       "respons was 38 procent.",
    2: "Artikel 174a van de Gemeentewet geeft de burgemeester de bevoegdheid een woning, een lokaal "
       "of een erf te sluiten als door gedragingen in of vanuit dat pand de openbare orde rond het pand "
       "wordt verstoord of ernstige vrees daarvoor bestaat.",
}

# ============================================================ content
title("Integraal Veiligheidsplan 2025-2028")
subtitle("Weerbaar Eikenveen – samen tegen ondermijning, geweld en intimidatie")
cover_table([
    ("Gemeente", "Eikenveen"),
    ("Titel", "Integraal Veiligheidsplan 2025-2028 ‘Weerbaar Eikenveen’"),
    ("Vastgesteld door", "de gemeenteraad"),
    ("Datum vaststelling", "3 april 2025"),
    ("Raadsbesluit", "nr. RB 2025/014"),
    ("Looptijd", "1 januari 2025 tot en met 31 december 2028"),
    ("Portefeuillehouder", "burgemeester A.C.M. Verhoeven-Brands"),
    ("Versie", "2.0 (definitief)"),
])
textbox(["Het plan in het kort",
         "Vier prioriteiten: ondermijning, jongeren en wapens, explosies en geweld, "
         "veilige publieke taak. Extra budget: € 265.000 per jaar."])
pagebreak()

h1("Voorwoord", numbered=False)
p("Eikenveen is een fijne en veilige gemeente om in te wonen, te werken en op te groeien. Dat blijkt "
  "elk jaar weer uit de gesprekken die ik in de kernen voer en uit de cijfers van de politie. Het aantal "
  "woninginbraken is de afgelopen vier jaar met een derde gedaald en de meeste inwoners geven hun buurt "
  "een ruime voldoende. Toch zie ik ook ontwikkelingen die mij zorgen baren. In 2024 waren er in onze "
  "gemeente negen explosies bij woningen en bedrijven, waarvan twee in een straat waar kinderen speelden. "
  "Jongeren worden via sociale media benaderd om voor een paar honderd euro een pakketje weg te brengen "
  "of een ‘klusje’ op te knappen. En in ons buitengebied en op bedrijventerrein Kanaalzone vinden we nog "
  "steeds drugsafval, hennepkwekerijen en panden waarvan niemand precies weet wat er binnen gebeurt.")
p("Met dit Integraal Veiligheidsplan kiezen we voor vier prioriteiten waarop we de komende vier jaar "
  "extra inzetten. We doen dat niet alleen. De politie, het Openbaar Ministerie, het RIEC Oost-Brabant, "
  "onze zorgpartners, de scholen en de ondernemers zijn onmisbaar. Maar ook u als inwoner speelt een rol: "
  "door verdachte situaties te melden, door een oogje in het zeil te houden bij de buren en door met uw "
  "kinderen in gesprek te gaan over wat zij online meemaken.")
p("Ik dank iedereen die heeft meegedacht over dit plan, in het bijzonder de deelnemers aan de vier "
  "kernavonden in het najaar van 2024 en de leden van de gemeenteraad, die in de beeldvormende sessie "
  "van 21 januari 2025 hun wensen hebben meegegeven.")
p("Anke Verhoeven-Brands\nburgemeester van Eikenveen")

h1("Inleiding")
h2("Aanleiding en wettelijk kader")
p("Het vorige veiligheidsplan, ‘Eikenveen Veilig Verbonden 2021-2024’, is op 31 december 2024 "
  "afgelopen. Op grond van artikel 38b van de Politiewet 2012 stelt de gemeenteraad ten minste eenmaal "
  "in de vier jaar de doelen vast die de gemeente op het gebied van de openbare orde en veiligheid wil "
  "bereiken. Dit plan geeft daar invulling aan voor de periode 2025-2028. De burgemeester is op grond van "
  "artikel 172 van de Gemeentewet belast met de handhaving van de openbare orde; het college is "
  "verantwoordelijk voor de regie op het integrale veiligheidsbeleid.")
p("Het plan is opgesteld volgens de methode Kernbeleid Veiligheid van de VNG en sluit aan bij het "
  "Beleidsplan 2024-2027 van de politie-eenheid Oost-Brabant en bij de Regionale Veiligheidsstrategie "
  "van het RIEC Oost-Brabant. Het plan geeft de hoofdlijnen. De concrete uitvoering staat in het "
  "uitvoeringsprogramma, dat het college elk jaar in december vaststelt voor het jaar daarop.")
h2("Hoe dit plan tot stand kwam")
p("In de tweede helft van 2024 hebben we het veiligheidsbeeld van Eikenveen in kaart gebracht met "
  "cijfers van de politie, de Veiligheidsmonitor 2023, de signalen van het RIEC en de ervaringen van "
  "onze partners. Daarnaast organiseerden we vier kernavonden, in Eikenveen, Lieshorst, Baarloon en "
  "Sint-Agathaveld, met in totaal 236 deelnemers. Inwoners van Heibroek konden hun inbreng geven in "
  "Baarloon of via de online vragenlijst, die door 1.118 inwoners is ingevuld. De conclusies zijn "
  "besproken in de lokale driehoek van 9 december 2024 en met de gemeenteraad. Het college heeft het "
  "ontwerpplan op 18 februari 2025 aan de raad aangeboden.")
h2("Terugblik op ‘Eikenveen Veilig Verbonden 2021-2024’")
p("Het vorige plan had vier prioriteiten: woninginbraak, veilig uitgaan en horeca, jeugdoverlast en "
  "ondermijning. De evaluatie van november 2024 laat een gemengd beeld zien:")
bullets("het aantal woninginbraken daalde van 142 in 2021 naar 96 in 2024, onder meer door de inzet van "
        "WhatsApp-buurtpreventiegroepen, die nu in 41 straten en buurten actief zijn;",
        "in het uitgaansgebied rond de Markt nam het uitgaansgeweld af van 44 naar 26 incidenten, mede "
        "dankzij het convenant Veilig Uitgaan en de Kwaliteitsmeter Veilig Uitgaan;",
        "de meldingen van jeugdoverlast daalden, maar de jongeren die we in beeld hebben, zijn jonger en "
        "hun gedrag is zwaarder;",
        "de aanpak van ondermijning kwam goed op gang, maar hing te veel af van één medewerker en van "
        "tijdelijk geld.")
p("Vooral de laatste twee lessen hebben de keuzes in dit plan bepaald.")
h2("Wat dit plan niet behandelt")
p("Een veiligheidsplan kan niet over alles gaan. Daarom maken we bewust keuzes. De volgende onderwerpen "
  "vallen buiten dit plan:")
lettered("verkeersveiligheid: die is uitgewerkt in het Mobiliteitsplan Eikenveen 2023-2030;",
         "brandveiligheid, rampenbestrijding en crisisbeheersing: daarvoor is de Veiligheidsregio "
         "Brabant-Zuidoost verantwoordelijk, met het regionaal risicoprofiel en het regionaal crisisplan;",
         "de informatieveiligheid van de gemeentelijke organisatie zelf, waarvoor het college een eigen "
         "informatiebeveiligingsbeleid heeft;",
         "toezicht en handhaving op de omgevingsregels, die in het VTH-uitvoeringsprogramma staan.")
p("Veilig uitgaan en horeca is in dit plan geen prioriteit meer. Het uitgaansgeweld is in vier jaar met "
  "ruim 40 procent gedaald en de afspraken uit het convenant Veilig Uitgaan zijn een vast onderdeel "
  "geworden van het werk van horeca, politie en gemeente. We houden de ontwikkeling wel in de gaten "
  "binnen de basisveiligheid (hoofdstuk 4).")

h1("Veiligheidsbeeld")
h2("Eikenveen in het kort")
p("Eikenveen telt 38.940 inwoners (1 januari 2025) en bestaat uit vijf kernen: Eikenveen (19.870 "
  "inwoners), Lieshorst (7.310), Baarloon (5.120), Sint-Agathaveld (4.280) en Heibroek (2.360). De "
  "gemeente heeft een groot buitengebied met ruim 400 agrarische bedrijven, waarvan er naar verwachting "
  "tot 2030 ongeveer een kwart stopt. Langs het kanaal ligt bedrijventerrein Kanaalzone, met 214 bedrijven "
  "en een groot aantal bedrijfsverzamelgebouwen en opslagboxen. Eikenveen valt onder basisteam De "
  "Peelrand van de politie-eenheid Oost-Brabant.")
h2("Cijfers")
p("Tabel 1 laat de ontwikkeling zien van een aantal kerncijfers in de jaren 2021 tot en met 2024. De "
  "cijfers komen van de politie, uit de eigen registratie van de gemeente en van het RIEC Oost-Brabant.")
table("Tabel 1 Kerncijfers veiligheid Eikenveen 2021-2024", [
    ("Indicator", "2021", "2022", "2023", "2024", "Bron"),
    ("Woninginbraken (incl. pogingen)", "142", "118", "109", "96", "Politie"),
    ("Geweldsmisdrijven", "231", "248", "262", "271", "Politie"),
    ("Explosies bij woningen en bedrijven", "1", "3", "6", "9", "Politie"),
    ("Drugsafvaldumpingen", "7", "11", "9", "14", "Gemeente"),
    ("Opgerolde hennepkwekerijen en drugslabs", "12", "15", "19", "17", "Politie"),
    ("Meldingen jeugdoverlast", "412", "377", "351", "338", "Politie"),
    ("Meldingen agressie tegen medewerkers", "18", "24", "31", "37", "Gemeente"),
    ("Uitgaansgeweld rond de Markt", "44", "39", "31", "26", "Politie"),
], (6.0, 1.6, 1.6, 1.6, 1.6, 2.8))
p("Opvallend zijn de stijging van het aantal explosies, van één in 2021 naar negen in 2024, en de "
  "toename van het geweld. Bij drie van de negen explosies in 2024 ging het volgens de politie om een "
  "conflict in het criminele milieu; bij de andere zes is de aanleiding niet bekend. Het aantal gevonden "
  "drugsafvaldumpingen schommelt, maar de opruimkosten stijgen: in 2024 waren die € 63.400, tegen "
  "€ 21.900 in 2021.")
h2("Hoe veilig voelen inwoners zich?")
p("Volgens de Veiligheidsmonitor 2023[[fn1]] voelt 19 procent van de inwoners van Eikenveen zich weleens "
  "onveilig in de eigen buurt. Dat is minder dan gemiddeld in Oost-Brabant (22 procent). Inwoners geven "
  "de leefbaarheid van hun buurt gemiddeld een 7,6. In Lieshorst ligt het onveiligheidsgevoel met 27 "
  "procent duidelijk hoger; daar vonden in 2023 en 2024 samen vier explosies plaats. De problemen die "
  "inwoners het vaakst noemen, zijn te hard rijden, hondenpoep, rommel op straat en drugshandel op straat.")

h1("Prioriteiten 2025-2028")
p("Op basis van het veiligheidsbeeld, de inbreng van inwoners en partners en de wensen van de raad kiezen "
  "we voor vier prioriteiten:")
numbered("Ondermijning in het buitengebied en op bedrijventerreinen",
         "Jongeren, wapens en criminele uitbuiting",
         "Explosies en geweld tegen woningen en bedrijven",
         "Veilige publieke taak")
p("Per prioriteit beschrijven we wat we zien, wat we willen bereiken en welke maatregelen we nemen.")

h2("Ondermijning in het buitengebied en op bedrijventerreinen")
h3("Wat zien we?")
p("Ondermijning is criminaliteit die de samenleving ontwricht doordat de onderwereld en de bovenwereld "
  "met elkaar verweven raken. In Eikenveen zien we dat vooral in het buitengebied en op bedrijventerrein "
  "Kanaalzone. Vrijkomende agrarische gebouwen worden verhuurd voor de opslag van goederen waarvan de "
  "eigenaar niet weet wat het is, in bedrijfsverzamelgebouwen worden hennepkwekerijen aangetroffen, en "
  "in 2024 vonden we 14 keer drugsafval in de natuur of langs de weg. Het ondermijningsbeeld dat het RIEC "
  "Oost-Brabant in 2024 voor Eikenveen maakte, noemt daarnaast de vastgoedmarkt: panden worden contant "
  "gekocht door partijen zonder duidelijke herkomst van het geld.")
h3("Wat willen we bereiken?")
bullets("In 2028 heeft elk bedrijf op Kanaalzone minstens één keer een integrale controle of een "
        "weerbaarheidsbezoek gehad.",
        "Het aantal meldingen over ondermijning van inwoners en ondernemers, bij Meld Misdaad Anoniem en "
        "bij de gemeente, is in 2028 verdubbeld ten opzichte van 2024 (toen: 23).",
        "Alle eigenaren van stoppende agrarische bedrijven zijn actief benaderd met informatie over de "
        "risico’s van verhuur.")
h3("Wat gaan we doen?")
numbered("We stellen een vaste ondermijningsregisseur aan (1 fte), die de aanpak coördineert en het "
         "aanspreekpunt is voor de partners.",
         ("We voeren jaarlijks zes integrale contoles uit met politie, Belastingdienst, brandweer en de "
          "omgevingsdienst:",
          ["vier op bedrijventerrein Kanaalzone;",
           "twee in het buitengebied, gericht op vrijkomende agrarische gebouwen."]),
         "We passen het beleid op grond van artikel 13b van de Opiumwet aan, zodat de burgemeester ook bij "
         "voorbereidingshandelingen een pand kan sluiten.",
         ("We breiden het Bibob-beleid uit:",
          ["naar vastgoedtransacties waarbij de gemeente partij is;",
           "naar exploitatievergunningen voor opslagboxen en bedrijfsverzamelgebouwen."]),
         "We starten samen met ZLTO de campagne ‘Verhuur met verstand’ voor (stoppende) agrariërs.",
         "We ruimen drugsafval binnen 24 uur op en verhalen de kosten waar dat mogelijk is.")

h2("Jongeren, wapens en criminele uitbuiting")
h3("Wat zien we?")
p("Het aantal meldingen van jeugdoverlast daalt al jaren, maar de problemen met een kleine groep "
  "jongeren worden ernstiger. Politie en jongerenwerk zien jongeren die een mes bij zich dragen ‘voor de "
  "zekerheid’, en jongeren die via Snapchat of Telegram worden geronseld voor klusjes in de drugshandel. "
  "In 2024 had de politie 31 jongeren tussen 12 en 23 jaar in beeld die het risico lopen af te glijden "
  "naar zware criminaliteit; in 2022 waren dat er 19. Bij zeven van hen was sprake van wapenbezit. "
  "Jongeren die door criminelen worden ingezet, zijn vaak zelf slachtoffer van criminele uitbuiting.")
h3("Wat willen we bereiken?")
bullets("Het aantal jongeren dat bij de politie in beeld is vanwege wapenbezit, daalt.",
        "Elke jongere die in beeld komt, heeft binnen vier weken een vaste contactpersoon en een plan "
        "van aanpak.",
        "Alle scholen voor voortgezet onderwijs in Eikenveen hebben de voorlichting over wapens en "
        "uitbuiting in hun lesprogramma opgenomen.")
h3("Wat gaan we doen?")
numbered("We zetten de persoonsgerichte aanpak in het Zorg- en Veiligheidshuis De Peel voort en breiden "
         "die uit naar jongeren vanaf 12 jaar.",
         "We geven samen met Halt en de politie voorlichting op de drie scholen voor voortgezet onderwijs "
         "en in groep 8 van de basisscholen.",
         "We organiseren twee keer per jaar een wapeninleveractie, waarbij jongeren anoniem hun mes kunnen "
         "inleveren.",
         "We leggen de raad in 2025 een wijziging van de APV voor, zodat de burgemeester op grond van "
         "artikel 151b van de Gemeentewet bij ernstige dreiging een veiligheidsrisicogebied kan aanwijzen "
         "waar preventief gefouilleerd mag worden.",
         "We breiden het jongerenwerk uit met 1,5 fte ambulant jongerenwerk, met de nadruk op "
         "Eikenveen-Noord en Lieshorst.",
         "We informeren ouders via ouderavonden en de campagne ‘Weet wat je kind online doet’.")

h2("Explosies en geweld tegen woningen en bedrijven")
h3("Wat zien we?")
p("Explosies bij voordeuren, auto’s en bedrijfspanden zijn een landelijk probleem dat ook aan Eikenveen "
  "niet voorbijgaat. In 2024 waren er negen explosies, waarvan vier in Lieshorst. Bij een explosie is de "
  "schade groot en de impact op de buurt nog groter: bewoners durven hun kinderen niet meer buiten te "
  "laten spelen en vragen zich af of het de volgende keer hun deur is. Vaak worden jonge daders voor een "
  "klein bedrag ingehuurd. Daarom hangt deze prioriteit nauw samen met de aanpak van jongeren en "
  "criminele uitbuiting.")
h3("Wat willen we bereiken?")
bullets("Het aantal explosies daalt in de planperiode naar ten hoogste drie per jaar.",
        "Na elke explosie worden de omwonenden binnen 24 uur door de gemeente en de politie geïnformeerd.")
h3("Wat gaan we doen?")
numbered("De burgemeester gebruikt de bevoegdheid van artikel 174a van de Gemeentewet[[fn2]] om een "
         "woning of pand na een explosie tijdelijk te sluiten als er gevaar voor herhaling is. Het "
         "beleid hiervoor wordt in 2025 vastgesteld.",
         ("We werken met een vast draaiboek ‘Na de knal’, met daarin:",
          ["een bewonersbrief en zo nodig een bewonersbijeenkomst;",
           "de inzet van Slachtofferhulp Nederland en het wijkteam;",
           "herstel van de schade aan de openbare ruimte binnen een week."]),
         "Op plaatsen met herhaalde incidenten kan de burgemeester tijdelijk cameratoezicht inzetten op "
         "grond van artikel 151c van de Gemeentewet.",
         "We geven ondernemers en woningcorporatie Woonveste advies over het beveiligen van panden en "
         "voordeuren.")

h2("Veilige publieke taak")
h3("Wat zien we?")
p("Medewerkers van de gemeente, boa’s, jongerenwerkers en hulpverleners krijgen steeds vaker te maken met "
  "agressie en intimidatie. Het aantal gemelde incidenten bij de gemeente steeg van 18 in 2021 naar 37 in "
  "2024. Het gaat om schelden en dreigen aan de balie en via de telefoon, maar ook om bedreigingen via "
  "sociale media en in twee gevallen om fysiek geweld tegen boa’s. Ook raadsleden en wethouders worden "
  "soms online bedreigd. Agressie tegen mensen met een publieke taak is nooit acceptabel.")
h3("Wat willen we bereiken?")
bullets("Van elk incident wordt melding gemaakt en bij elk strafbaar feit wordt aangifte gedaan.",
        "Alle medewerkers met klantcontact hebben in 2026 een training omgaan met agressie gevolgd.")
h3("Wat gaan we doen?")
numbered("We werken volgens de Eenduidige Landelijke Afspraken (ELA) van politie en OM, zodat zaken "
         "van agressie tegen medewerkers met voorrang worden behandeld.",
         "We voeren in 2025 bodycams in voor alle boa’s.",
         "We passen het agressieprotocol aan en maken afspraken over nazorg voor medewerkers.",
         "We bieden raads- en collegeleden een training over het omgaan met online bedreigingen aan.")

h1("Basisveiligheid")
p("Naast de vier prioriteiten blijven we werken aan de basisveiligheid in Eikenveen. Het gaat om taken "
  "die we samen met onze partners elke dag uitvoeren, ook als ze geen prioriteit zijn:")
bullets("zorg en veiligheid: de aanpak van personen met verward gedrag, huiselijk geweld en "
        "kindermishandeling, met Veilig Thuis Zuidoost-Brabant en het zorg- en veiligheidshuis;",
        "woninginbraak en buurtpreventie: we blijven de WhatsApp-buurtpreventiegroepen ondersteunen;",
        "horeca en evenementen: het convenant Veilig Uitgaan blijft van kracht en aanvragen voor "
        "evenementen worden getoetst aan het evenementenbeleid;",
        "jaarwisseling: een vaste aanpak met vuurwerkvrije zones in de centra van Eikenveen en Lieshorst;",
        "polarisatie en radicalisering: we volgen signalen via het netwerk van sleutelfiguren.")
p("Deze onderwerpen komen aan de orde in het jaarlijkse uitvoeringsprogramma.")

h1("Samenwerking en regie")
h2("Rollen")
p("De burgemeester is verantwoordelijk voor de openbare orde en heeft een aantal eigen bevoegdheden, "
  "zoals het sluiten van panden op grond van de Opiumwet en de Gemeentewet. Het college voert de regie "
  "over het integrale veiligheidsbeleid. De gemeenteraad stelt de kaders vast en controleert de "
  "uitvoering. Binnen de gemeentelijke organisatie is het team Openbare Orde en Veiligheid (3,6 fte) "
  "verantwoordelijk voor de uitvoering, samen met de teams Samenleving, Vergunningen en Handhaving. "
  "De Ondermijningsregisseur maakt deel uit van dit team.")
h2("Partners")
p("Voor de uitvoering werken we samen met veel partners. De belangrijkste zijn:")
bullets("de politie, basisteam De Peelrand, en het Openbaar Ministerie, parket Oost-Brabant;",
        "het RIEC Oost-Brabant;",
        "het Zorg- en Veiligheidshuis De Peel en Veilig Thuis Zuidoost-Brabant;",
        "de Veiligheidsregio Brabant-Zuidoost;",
        "Halt, het jongerenwerk van Stichting Jong Eikenveen en de scholen;",
        "woningcorporatie Woonveste, ZLTO en de Ondernemersvereniging Kanaalzone.")
h2("Overleggen")
p("De samenwerking is georganiseerd in een aantal vaste overleggen (tabel 2).")
table("Tabel 2 Overleggen", [
    ("Overleg", "Deelnemers", "Frequentie"),
    ("Lokale driehoek", "burgemeester, teamchef politie, officier van justitie", "vijf keer per jaar"),
    ("Ondermijningsoverleg", "gemeente, politie, RIEC, Belastingdienst", "maandelijks"),
    ("Jeugd- en veiligheidsoverleg", "gemeente, politie, jongerenwerk, Halt, scholen", "elke zes weken"),
    ("Casusoverleg Zorg- en Veiligheidshuis", "gemeente, zorgpartners, politie, OM, reclassering",
     "wekelijks"),
    ("Overleg Veilige Publieke Taak", "gemeente, politie, boa’s", "twee keer per jaar"),
], (5.0, 7.4, 3.6))

h1("Financiën")
p("De uitvoering van de vier prioriteiten vraagt om extra middelen. De raad heeft bij de vaststelling van "
  "dit plan structureel € 265.000 per jaar beschikbaar gesteld. Dat bedrag is als volgt verdeeld:")
bullets("ondermijning (ondermijningsregisseur, integrale controles, campagne): € 110.000;",
        "jongeren, wapens en criminele uitbuiting (jongerenwerk, voorlichting): € 70.000;",
        "explosies en geweld (draaiboek, cameratoezicht): € 35.000;",
        "veilige publieke taak (trainingen, nazorg): € 50.000.")
p("Daarnaast is in 2025 eenmalig € 45.000 nodig voor de aanschaf van bodycams voor de boa’s. De gemeente "
  "betaalt verder een jaarlijkse bijdrage van € 38.500 aan het RIEC Oost-Brabant en een bijdrage van "
  "€ 1.687.000 (2025) aan de Veiligheidsregio Brabant-Zuidoost. De kosten van het opruimen van drugsafval "
  "worden voor een deel vergoed door de provincie Noord-Brabant; voor het deel dat overblijft, is in de "
  "begroting € 40.000 per jaar opgenomen.")

h1("Monitoring en evaluatie")
p("We volgen de uitvoering van dit plan nauwgezet. Daarvoor gebruiken we de volgende instrumenten:")
numbered("het uitvoeringsprogramma, dat het college elk jaar in december vaststelt voor het jaar daarop;",
         "een voortgangsrapportage aan de raad, elk jaar in het tweede kwartaal, met de cijfers van het "
         "voorgaande jaar;",
         "de Veiligheidsmonitor, waaraan Eikenveen in 2025 en 2027 deelneemt;",
         "een tussenevaluatie in het najaar van 2026 en een eindevaluatie in 2028, die de basis vormt voor "
         "het volgende plan.")
p("Als de ontwikkelingen daar aanleiding toe geven, kan de lokale driehoek tussentijds een prioriteit "
  "toevoegen of laten vallen. De raad wordt daarover dan direct geïnformeerd.")

h1("Bijlage: Begrippenlijst en afkortingen", numbered=False)
h2("Begrippen")
p("**Criminele uitbuiting:** het misbruiken van (vaak jonge of kwetsbare) mensen voor het plegen van "
  "strafbare feiten, zoals het vervoeren van drugs of het plaatsen van een explosief.")
p("**Drugsafvaldumping:** het illegaal lozen of achterlaten van afval van de productie van synthetische "
  "drugs, bijvoorbeeld in de natuur, in een sloot of in een gestolen aanhanger.")
p("**Ondermijning:** criminaliteit waarbij de onderwereld en de bovenwereld met elkaar verweven raken, "
  "zodat het vertrouwen in de overheid en de rechtsstaat wordt aangetast.")
p("**Ondermijningsregisseur:** medewerker van de gemeente die de integrale aanpak van ondermijning "
  "coördineert en het vaste aanspreekpunt is voor politie, RIEC en andere partners.")
p("**Veilige publieke taak:** de afspraken en maatregelen die ervoor zorgen dat mensen met een publieke "
  "taak hun werk kunnen doen zonder agressie en geweld.")
h2("Afkortingen")
p("APV\tAlgemene Plaatselijke Verordening")
p("Bibob\tBevordering integriteitsbeoordelingen door het openbaar bestuur")
p("boa\tbuitengewoon opsporingsambtenaar")
p("ELA\tEenduidige Landelijke Afspraken")
p("RIEC\tRegionaal Informatie- en Expertisecentrum")
p("ZLTO\tZuidelijke Land- en Tuinbouworganisatie")


# ============================================================ XML writing
NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'mc:Ignorable="w14 wp14"')
HDR = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

_pid = [0x1A2B0000]


def pid():
    _pid[0] += 0x00010F3
    return '%08X' % _pid[0]


def runs(text, rpr=""):
    """Inline markup: **bold**, [[fnN]] footnote reference, \\n line break, \\t tab."""
    out = []
    for part in re.split(r"(\*\*[^*]+\*\*|\[\[fn\d+\]\])", text):
        if not part:
            continue
        m = re.fullmatch(r"\[\[fn(\d+)\]\]", part)
        if m:
            out.append('<w:r><w:rPr><w:rStyle w:val="Voetnootmarkering"/></w:rPr>'
                       '<w:footnoteReference w:id="%s"/></w:r>' % m.group(1))
            continue
        bold = part.startswith("**")
        if bold:
            part = part[2:-2]
        pr = rpr + ("<w:b/><w:bCs/>" if bold else "")
        pr = "<w:rPr>%s</w:rPr>" % pr if pr else ""
        inner = []
        for k, line in enumerate(part.split("\n")):
            if k:
                inner.append("<w:br/>")
            for j, seg in enumerate(line.split("\t")):
                if j:
                    inner.append("<w:tab/>")
                if seg:
                    sp = ' xml:space="preserve"' if seg != seg.strip() else ""
                    inner.append("<w:t%s>%s</w:t>" % (sp, escape(seg)))
        out.append("<w:r>%s%s</w:r>" % (pr, "".join(inner)))
    return "".join(out)


def para(text, style=None, ppr_extra="", rpr=""):
    ppr = ""
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    ppr += ppr_extra
    ppr = "<w:pPr>%s</w:pPr>" % ppr if ppr else ""
    return '<w:p w14:paraId="%s" w14:textId="77777777" w:rsidR="00B41C2E" w:rsidRDefault="00B41C2E">%s%s</w:p>' % (
        pid(), ppr, runs(text, rpr))


def numpr(num_id, ilvl):
    return '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (ilvl, num_id)


# numbering instances: 1 = headings; then one w:num per list
NUMS = []            # (numId, abstractNumId, restart)
_next_num = [2]


def new_num(abstract, restart=True):
    n = _next_num[0]
    _next_num[0] += 1
    NUMS.append((n, abstract, restart))
    return n


def tbl(rows, widths, header=True, borders=True, first_col_bold=False):
    tw = [int(w * 567) for w in widths]
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in tw)
    look = '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="Tabelraster"/><w:tblW w:w="%d" w:type="dxa"/>%s</w:tblPr>'
           '<w:tblGrid>%s</w:tblGrid>' % (sum(tw), look, grid)]
    for i, row in enumerate(rows):
        trpr = '<w:trPr><w:tblHeader/></w:trPr>' if (header and i == 0) else ""
        out.append('<w:tr w:rsidR="00B41C2E" w:rsidTr="00B41C2E">%s' % trpr)
        for j, val in enumerate(row):
            shade = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if (header and i == 0) else ""
            out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>' % (tw[j], shade))
            bold = (header and i == 0) or (first_col_bold and j == 0)
            jc = '<w:jc w:val="right"/>' if (header and 0 < j < len(row) - 1 and i > 0 and val.isdigit()) else ""
            out.append(para(val, None, '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>' + jc,
                            "<w:b/><w:bCs/>" if bold else ""))
            out.append("</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def textbox_xml(lines):
    body = para(lines[0], None, '<w:spacing w:after="60"/>', '<w:b/><w:bCs/><w:color w:val="1F3864"/>') + \
        "".join(para(l, None, '<w:spacing w:after="0"/>', '<w:sz w:val="20"/>') for l in lines[1:])
    cx, cy = 5400000, 900000
    choice = (
        '<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" '
        'wp14:anchorId="4C3D2E1F" wp14:editId="6A7B8C9D"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>180000</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        '<wp:docPr id="1" name="Tekstvak 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="DEEAF6"/></a:solidFill>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="2F5496"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        '</wp:anchor></w:drawing>' % (cx, cy, cx, cy, body))
    fallback = (
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Tekstvak 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;'
        'margin-left:0;margin-top:14.2pt;width:425.2pt;height:70.85pt;z-index:251659264;'
        'mso-position-horizontal:center;mso-position-horizontal-relative:margin" fillcolor="#deeaf6" '
        'strokecolor="#2f5496"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '<w10:wrap type="topAndBottom" anchorx="margin"/></v:shape></w:pict>' % body)
    return ('<w:p w14:paraId="%s" w14:textId="77777777" w:rsidR="00B41C2E" w:rsidRDefault="00B41C2E">'
            '<w:r><mc:AlternateContent><mc:Choice Requires="wps">%s</mc:Choice><mc:Fallback>%s</mc:Fallback>'
            '</mc:AlternateContent></w:r></w:p>' % (pid(), choice, fallback))


def list_items(items, num_id, level=0):
    out = []
    for it in items:
        if isinstance(it, tuple):
            text, subs = it
            out.append(para(text, "Lijstalinea", numpr(num_id, level)))
            out.extend(list_items(subs, num_id, level + 1))
        else:
            out.append(para(it, "Lijstalinea", numpr(num_id, level)))
    return out


def document_xml():
    body = []
    for kind, x in B:
        if kind == "title":
            body.append(para(x, "Titel"))
        elif kind == "subtitle":
            body.append(para(x, "Ondertitel"))
        elif kind == "cover":
            body.append(tbl(x, (4.5, 11.5), header=False, first_col_bold=True))
            body.append(para(""))
        elif kind == "textbox":
            body.append(textbox_xml(x))
        elif kind == "pagebreak":
            body.append('<w:p w14:paraId="%s" w14:textId="77777777" w:rsidR="00B41C2E" '
                        'w:rsidRDefault="00B41C2E"><w:r><w:br w:type="page"/></w:r></w:p>' % pid())
        elif kind == "h1":
            text, num = x
            body.append(para(text, "Kop1", "" if num else numpr(0, 0)))
        elif kind == "h2":
            body.append(para(x, "Kop2"))
        elif kind == "h3":
            body.append(para(x, "Kop3"))
        elif kind == "p":
            extra = '<w:tabs><w:tab w:val="left" w:pos="1701"/></w:tabs>' if "\t" in x else ""
            body.append(para(x, None, extra))
        elif kind == "bullets":
            body.extend(list_items(x, new_num(2, restart=False)))
        elif kind == "numbered":
            body.extend(list_items(x, new_num(3)))
        elif kind == "lettered":
            body.extend(list_items(x, new_num(4)))
        elif kind == "table":
            caption, rows, widths = x
            body.append(para(caption, "Bijschrift", "<w:keepNext/>"))
            body.append(tbl(rows, widths))
            body.append(para(""))
    sect = ('<w:sectPr w:rsidR="00B41C2E" w:rsidSect="00B41C2E">'
            '<w:headerReference w:type="default" r:id="rId8"/><w:footerReference w:type="default" r:id="rId9"/>'
            '<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" '
            'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/>'
            '<w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>')
    return HDR + '<w:document %s><w:body>%s%s</w:body></w:document>' % (NS, "".join(body), sect)


def style(sid, name, canonical, typ="paragraph", based=None, nxt=None, ppr="", rpr="", extra="", default=False):
    nm = canonical if (CANONICAL_NAMES and canonical) else name
    s = '<w:style w:type="%s"%s w:styleId="%s"><w:name w:val="%s"/>' % (
        typ, ' w:default="1"' if default else "", sid, nm)
    if based:
        s += '<w:basedOn w:val="%s"/>' % based
    if nxt:
        s += '<w:next w:val="%s"/>' % nxt
    s += extra
    if ppr:
        s += "<w:pPr>%s</w:pPr>" % ppr
    if rpr:
        s += "<w:rPr>%s</w:rPr>" % rpr
    return s + "</w:style>"


def styles_xml():
    dd = ('<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" '
          'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="22"/>'
          '<w:szCs w:val="22"/><w:lang w:val="nl-NL" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
          '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
          '</w:docDefaults>')
    lat = ('<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" '
           'w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376">'
           '<w:lsdException w:name="Normal" w:uiPriority="0" w:qFormat="1"/>'
           '<w:lsdException w:name="heading 1" w:uiPriority="9" w:qFormat="1"/>'
           '<w:lsdException w:name="heading 2" w:semiHidden="1" w:uiPriority="9" w:unhideWhenUsed="1" w:qFormat="1"/>'
           '<w:lsdException w:name="heading 3" w:semiHidden="1" w:uiPriority="9" w:unhideWhenUsed="1" w:qFormat="1"/>'
           '<w:lsdException w:name="Title" w:uiPriority="10" w:qFormat="1"/>'
           '<w:lsdException w:name="Subtitle" w:uiPriority="11" w:qFormat="1"/>'
           '<w:lsdException w:name="List Paragraph" w:uiPriority="34" w:qFormat="1"/>'
           '</w:latentStyles>')
    head = '<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>'
    st = [
        style("Standaard", "Standaard", "Normal", default=True, extra="<w:qFormat/>"),
        style("Kop1", "Kop 1", "heading 1", based="Standaard", nxt="Standaard",
              extra='<w:link w:val="Kop1Char"/><w:uiPriority w:val="9"/><w:qFormat/>',
              ppr='<w:keepNext/><w:keepLines/><w:numPr><w:numId w:val="1"/></w:numPr>'
                  '<w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>',
              rpr=head + '<w:b/><w:color w:val="2F5496" w:themeColor="accent1" w:themeShade="BF"/>'
                         '<w:sz w:val="32"/><w:szCs w:val="32"/>'),
        style("Kop2", "Kop 2", "heading 2", based="Standaard", nxt="Standaard",
              extra='<w:link w:val="Kop2Char"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>',
              ppr='<w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'
                  '<w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/>',
              rpr=head + '<w:b/><w:color w:val="2F5496" w:themeColor="accent1" w:themeShade="BF"/>'
                         '<w:sz w:val="26"/><w:szCs w:val="26"/>'),
        style("Kop3", "Kop 3", "heading 3", based="Standaard", nxt="Standaard",
              extra='<w:link w:val="Kop3Char"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>',
              ppr='<w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="40"/><w:outlineLvl w:val="2"/>',
              rpr=head + '<w:i/><w:color w:val="1F3763" w:themeColor="accent1" w:themeShade="7F"/>'
                         '<w:sz w:val="24"/><w:szCs w:val="24"/>'),
        style("Titel", "Titel", "Title", based="Standaard", nxt="Standaard",
              extra='<w:link w:val="TitelChar"/><w:uiPriority w:val="10"/><w:qFormat/>',
              ppr='<w:spacing w:before="2400" w:after="120" w:line="240" w:lineRule="auto"/><w:contextualSpacing/>',
              rpr=head + '<w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/>'),
        style("Ondertitel", "Ondertitel", "Subtitle", based="Standaard", nxt="Standaard",
              extra='<w:link w:val="OndertitelChar"/><w:uiPriority w:val="11"/><w:qFormat/>',
              ppr='<w:spacing w:after="480"/>',
              rpr='<w:color w:val="5A5A5A" w:themeColor="text1" w:themeTint="A5"/><w:spacing w:val="15"/>'
                  '<w:sz w:val="28"/><w:szCs w:val="28"/>'),
        style("Lijstalinea", "Lijstalinea", "List Paragraph", based="Standaard",
              extra='<w:uiPriority w:val="34"/><w:qFormat/>',
              ppr='<w:spacing w:after="60"/><w:ind w:left="720"/><w:contextualSpacing/>'),
        style("Bijschrift", "Bijschrift", "caption", based="Standaard", nxt="Standaard",
              extra='<w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/>',
              ppr='<w:spacing w:after="120" w:line="240" w:lineRule="auto"/>',
              rpr='<w:b/><w:iCs/><w:color w:val="44546A" w:themeColor="text2"/><w:sz w:val="18"/><w:szCs w:val="18"/>'),
        style("Voetnoottekst", "Voetnoottekst", "footnote text", based="Standaard",
              extra='<w:link w:val="VoetnoottekstChar"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>',
              ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>', rpr='<w:sz w:val="20"/><w:szCs w:val="20"/>'),
        style("Koptekst", "Koptekst", "header", based="Standaard",
              extra='<w:link w:val="KoptekstChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>',
              ppr='<w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs>'
                  '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'),
        style("Voettekst", "Voettekst", "footer", based="Standaard",
              extra='<w:link w:val="VoettekstChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>',
              ppr='<w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs>'
                  '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'),
        style("Standaardalinea-lettertype", "Standaardalinea-lettertype", "Default Paragraph Font",
              typ="character", default=True, extra='<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>'),
        style("Voetnootmarkering", "Voetnootmarkering", "footnote reference", typ="character",
              based="Standaardalinea-lettertype",
              extra='<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>', rpr='<w:vertAlign w:val="superscript"/>'),
        '<w:style w:type="table" w:default="1" w:styleId="Standaardtabel"><w:name w:val="%s"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
        '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        % ("Normal Table" if CANONICAL_NAMES else "Standaardtabel"),
        '<w:style w:type="numbering" w:default="1" w:styleId="Geenlijst"><w:name w:val="%s"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        % ("No List" if CANONICAL_NAMES else "Geen lijst"),
        '<w:style w:type="table" w:styleId="Tabelraster"><w:name w:val="%s"/><w:basedOn w:val="Standaardtabel"/>'
        '<w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
        % ("Table Grid" if CANONICAL_NAMES else "Tabelraster"),
    ]
    for sid, base in (("Kop1Char", "Kop1"), ("Kop2Char", "Kop2"), ("Kop3Char", "Kop3"), ("TitelChar", "Titel"),
                      ("OndertitelChar", "Ondertitel"), ("VoetnoottekstChar", "Voetnoottekst"),
                      ("KoptekstChar", "Koptekst"), ("VoettekstChar", "Voettekst")):
        nm = {"Kop1Char": "Kop 1 Char", "Kop2Char": "Kop 2 Char", "Kop3Char": "Kop 3 Char"}.get(
            sid, sid.replace("Char", " Char"))
        st.append('<w:style w:type="character" w:customStyle="1" w:styleId="%s"><w:name w:val="%s"/>'
                  '<w:basedOn w:val="Standaardalinea-lettertype"/><w:link w:val="%s"/><w:uiPriority w:val="99"/>'
                  '</w:style>' % (sid, nm, base))
    return HDR + ('<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
                  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
                  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">'
                  '%s%s%s</w:styles>' % (dd, lat, "".join(st)))


def lvl(i, fmt, text, left, hanging, font=None, pstyle=None, start=1):
    s = '<w:lvl w:ilvl="%d"><w:start w:val="%d"/><w:numFmt w:val="%s"/>' % (i, start, fmt)
    if pstyle:
        s += '<w:pStyle w:val="%s"/>' % pstyle
    s += '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>' % (
        escape(text, {'"': "&quot;"}), left, hanging)
    if font:
        s += '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:hint="default"/></w:rPr>' % (font, font)
    return s + "</w:lvl>"


def numbering_xml():
    a = []
    # 0: headings 1 / 1.1 linked to Kop1/Kop2
    a.append('<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="2E1A4C7B"/>'
             '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0413001D"/>'
             + lvl(0, "decimal", "%1", 432, 432, pstyle="Kop1")
             + lvl(1, "decimal", "%1.%2", 576, 576, pstyle="Kop2")
             + "".join(lvl(i, "decimal", ".".join("%%%d" % (k + 1) for k in range(i + 1)), 720 + 144 * (i - 2),
                           720 + 144 * (i - 2)) for i in range(2, 9))
             + "</w:abstractNum>")
    # 2: bullets
    a.append('<w:abstractNum w:abstractNumId="2" w15:restartNumberingAfterBreak="0"><w:nsid w:val="5B7D1E90"/>'
             '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="04130001"/>'
             + lvl(0, "bullet", "\uf0b7", 720, 360, font="Symbol")
             + lvl(1, "bullet", "o", 1440, 360, font="Courier New")
             + lvl(2, "bullet", "\uf0a7", 2160, 360, font="Wingdings")
             + "</w:abstractNum>")
    # 3: numbered 1. / a. / i.
    a.append('<w:abstractNum w:abstractNumId="3" w15:restartNumberingAfterBreak="0"><w:nsid w:val="6C0F3A12"/>'
             '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="0413000F"/>'
             + lvl(0, "decimal", "%1.", 720, 360)
             + lvl(1, "lowerLetter", "%2.", 1440, 360)
             + lvl(2, "lowerRoman", "%3.", 2160, 180)
             + "</w:abstractNum>")
    # 4: lettered a. b. c.
    a.append('<w:abstractNum w:abstractNumId="4" w15:restartNumberingAfterBreak="0"><w:nsid w:val="7A2B9C41"/>'
             '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="04130019"/>'
             + lvl(0, "lowerLetter", "%1.", 720, 360)
             + lvl(1, "lowerRoman", "%2.", 1440, 180)
             + "</w:abstractNum>")
    nums = ['<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>']
    for n, absid, restart in NUMS:
        if restart:
            nums.append('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/><w:lvlOverride w:ilvl="0">'
                        '<w:startOverride w:val="1"/></w:lvlOverride></w:num>' % (n, absid))
        else:
            nums.append('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (n, absid))
    return HDR + ('<w:numbering xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
                  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                  'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w15">'
                  '%s%s</w:numbering>' % ("".join(a), "".join(nums)))


def footnotes_xml():
    fns = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
           'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
           'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for i, t in sorted(FOOTNOTES.items()):
        fns.append('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="Voetnoottekst"/></w:pPr>'
                   '<w:r><w:rPr><w:rStyle w:val="Voetnootmarkering"/></w:rPr><w:footnoteRef/></w:r>'
                   '<w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>' % (i, escape(t)))
    return HDR + '<w:footnotes %s>%s</w:footnotes>' % (NS, "".join(fns))


def endnotes_xml():
    return HDR + ('<w:endnotes %s><w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
                  '</w:endnote><w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
                  '<w:continuationSeparator/></w:r></w:p></w:endnote></w:endnotes>' % NS)


def fld(instr):
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>' % instr)


def header_xml():
    return HDR + ('<w:hdr %s><w:p><w:pPr><w:pStyle w:val="Koptekst"/><w:jc w:val="right"/></w:pPr>'
                  '<w:r><w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="18"/></w:rPr>'
                  '<w:t>Integraal Veiligheidsplan Eikenveen 2025-2028</w:t></w:r></w:p></w:hdr>' % NS)


def footer_xml():
    return HDR + ('<w:ftr %s><w:p><w:pPr><w:pStyle w:val="Voettekst"/><w:jc w:val="center"/></w:pPr>'
                  '<w:r><w:t xml:space="preserve">Pagina </w:t></w:r>%s<w:r><w:t xml:space="preserve"> van </w:t></w:r>%s'
                  '</w:p></w:ftr>' % (NS, fld("PAGE"), fld("NUMPAGES")))


def settings_xml():
    return HDR + ('<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
                  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">'
                  '<w:zoom w:percent="100"/><w:proofState w:spelling="clean" w:grammar="clean"/>'
                  '<w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/>'
                  '<w:characterSpacingControl w:val="doNotCompress"/>'
                  '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
                  '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
                  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
                  '</w:compat><w:rsids><w:rsidRoot w:val="00B41C2E"/><w:rsid w:val="00B41C2E"/></w:rsids>'
                  '<w:themeFontLang w:val="nl-NL"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>'
                  '</w:settings>')


def font_table_xml():
    fonts = [("Calibri", "020F0502020204030204"), ("Calibri Light", "020F0302020204030204"),
             ("Symbol", "05050102010706020507"), ("Courier New", "02070309020205020404"),
             ("Wingdings", "05000000000000000000"), ("Times New Roman", "02020603050405020304")]
    return HDR + ('<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">%s</w:fonts>'
                  % "".join('<w:font w:name="%s"><w:panose1 w:val="%s"/></w:font>' % f for f in fonts))


THEME = HDR + (
    '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office-thema">'
    '<a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
    '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2>'
    '<a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1>'
    '<a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3>'
    '<a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5>'
    '<a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink>'
    '<a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>'
    '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/>'
    '<a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/>'
    '<a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst>'
    '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst>'
    '<a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
    '<a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
    '<a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>'
    '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>'
    '<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>'
    '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements>'
    '</a:theme>')

CONTENT_TYPES = HDR + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
    '<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>'
    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
    '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
    '<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    '</Types>')

RELS = HDR + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '</Relationships>')

DOC_RELS = HDR + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
    '<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
    '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>'
    '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
    '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
    '<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>'
    '<Relationship Id="rId11" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>'
    '</Relationships>')

CORE = HDR + (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dc:title>Integraal Veiligheidsplan 2025-2028 Weerbaar Eikenveen</dc:title>'
    '<dc:subject>Integrale veiligheid</dc:subject><dc:creator>Ruud Swinkels</dc:creator>'
    '<cp:keywords>IVP; veiligheid; ondermijning</cp:keywords><cp:lastModifiedBy>Ilse van Gerwen</cp:lastModifiedBy>'
    '<cp:revision>14</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2024-11-04T08:31:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-04-08T10:12:00Z</dcterms:modified></cp:coreProperties>')


def app_xml(words):
    return HDR + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<Template>Normal.dotm</Template><TotalTime>412</TotalTime><Pages>10</Pages><Words>%d</Words>'
        '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
        '<Company>Gemeente Eikenveen</Company><LinksUpToDate>false</LinksUpToDate>'
        '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>'
        '<AppVersion>16.0000</AppVersion></Properties>' % words)


def word_count():
    n = 0
    def cnt(t): return len(re.sub(r"\*\*|\[\[fn\d+\]\]", "", t).split())
    for kind, x in B:
        if kind in ("title", "subtitle", "h2", "h3", "p"):
            n += cnt(x)
        elif kind == "h1":
            n += cnt(x[0])
        elif kind in ("bullets", "numbered", "lettered"):
            for it in x:
                if isinstance(it, tuple):
                    n += cnt(it[0]) + sum(cnt(s) for s in it[1])
                else:
                    n += cnt(it)
        elif kind == "table":
            n += cnt(x[0]) + sum(cnt(" ".join(r)) for r in x[1])
        elif kind == "cover":
            n += sum(cnt(" ".join(r)) for r in x)
    n += sum(cnt(t) for t in FOOTNOTES.values())
    return n


def build():
    doc = document_xml()      # fills NUMS
    words = word_count()
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", RELS),
        ("word/document.xml", doc),
        ("word/_rels/document.xml.rels", DOC_RELS),
        ("word/numbering.xml", numbering_xml()),
        ("word/styles.xml", styles_xml()),
        ("word/settings.xml", settings_xml()),
        ("word/footnotes.xml", footnotes_xml()),
        ("word/endnotes.xml", endnotes_xml()),
        ("word/header1.xml", header_xml()),
        ("word/footer1.xml", footer_xml()),
        ("word/fontTable.xml", font_table_xml()),
        ("word/theme/theme1.xml", THEME),
        ("docProps/core.xml", CORE),
        ("docProps/app.xml", app_xml(words)),
    ]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=STAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data.encode("utf-8"))
    return words


if __name__ == "__main__":
    w = build()
    print("wrote", OUT, "words~", w)
