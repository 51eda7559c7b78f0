"""Build the fictional 'Uitvoeringsprogramma Veiligheid 2026' of the gemeente Kalveroog.

Writes eval/dev5/sources/kalveroog.docx with python-docx and converts it to
eval/dev5/corpus/kalveroog.pdf with LibreOffice:

    /work/main/.venv/bin/python eval/dev5/sources/build_kalveroog.py

Kalveroog is an invented Wadden island. The document is not a four-year plan but
the yearly uitvoeringsprogramma that belongs to the "Kadernota Integrale Veiligheid
Kalveroog 2024-2027"; it was adopted by the college (not the raad) on 20 January
2026 and sent to the raad for information.

Layout (what the PDF tests, compared with a plain Word export):
- A title page without header, with the metadata (title, municipality, kader,
  "Vastgesteld door het college ... op 20 januari 2026", kenmerk).
- A typed table of contents ("3. Prioriteiten en acties 2026 ........ 5"): each line
  is a paragraph with a right-aligned tab stop and a dot leader; the page numbers are
  filled in by a second build pass, after the first PDF has shown where each
  heading landed.
- Every chapter starts on a new page (page_break_before on the Heading 1).
- A running header on every page but the first with the title, the municipality and
  "pagina X van Y" (PAGE and NUMPAGES fields), and a footer with the kenmerk.
- Paragraph numbering typed in the headings, three levels deep ("3.2.1 Aanleiding").
- Lettered lists typed as text ("a) ...", "b) ...") with a hanging indent, not Word
  numbering.
- Footnotes done the civil-service way: superscript numbers in the running text
  (a run with font.superscript) and the notes, also with a superscript number, in a
  smaller font at the end of the section. In the PDF text the reference number is
  glued to the preceding word or punctuation ("655.000 overnachtingen1").
- One table (the actions for 2026: Nr | Actie | Trekker (partners) | Wanneer |
  Budget), with a repeating header row.

Deliberate imperfections (keep them; questions may quote them):
- Typos: "zelfredzaamheit" (3.3.1) and "vakantiverhuur" (3.4.2).
- Inconsistent capitals: "Eilandoverleg Veiligheid"/"eilandoverleg veiligheid",
  "Veerdienst"/"veerdienst", "Kadernota"/"kadernota".
- One very long sentence in 1.2 ("Omdat een eiland ...").
- The begrippen in the bijlage are not quite alphabetical ("Last onder dwangsom"
  comes before "Eilandpeiling").
- Numbering slip: chapter 3 says the actions are "genummerd zoals in het overzicht in
  hoofdstuk 6", but the text letters them a) b) c) per paragraph 3.1-3.4, while the
  table numbers them per priority (1.1, 1.2, 2.1 ...). Chapter 5 then refers to "actie
  3.2 (de nalevingscontroles)", although in the table the nalevingscontroles are row
  2.2 and row 3.2 is the oefening 'Eiland Afgesloten'.

The PDF build uses a throw-away LibreOffice profile (HOME points to a temporary
folder under sources/, removed afterwards). The text of the PDF is deterministic for
a given LibreOffice version; its creation date and ID are not.
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
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCX = os.path.join(HERE, "kalveroog.docx")
PDF = os.path.join(ROOT, "corpus", "kalveroog.pdf")

TITLE = "Uitvoeringsprogramma Veiligheid 2026"
MUNI = "Gemeente Kalveroog"
KENMERK = "Z/25/018412"

# ---------------------------------------------------------------------------
# Content. kinds: h1/h2/h3 heading; p paragraph (may contain ^n^ footnote refs);
# a lettered item "a) ..."; note (n, text) footnote text; table; pb page break
# ---------------------------------------------------------------------------
C = []


def h1(t): C.append(("h1", t))
def h2(t): C.append(("h2", t))
def h3(t): C.append(("h3", t))
def p(t): C.append(("p", t))
def a(*items): C.extend(("a", t) for t in items)
def note(num, t): C.append(("note", (num, t)))
def table(rows, caption, widths): C.append(("table", (rows, caption, widths)))
def pb(): C.append(("pb", None))


# ------------------------------- Samenvatting ------------------------------
h1("Samenvatting")
p("Kalveroog is een veilig eiland. Inwoners geven hun woonomgeving een hoog rapportcijfer en "
  "ernstige criminaliteit komt weinig voor. Toch vraagt de veiligheid op een eiland om een eigen "
  "aanpak. Op drukke zomerdagen is de bevolking vijf keer zo groot, de hulpdiensten zijn klein en bij slecht weer "
  "is het eiland op zichzelf aangewezen. In dit uitvoeringsprogramma staan de 14 acties die de "
  "gemeente en haar partners in 2026 uitvoeren, verdeeld over de vier prioriteiten uit de "
  "Kadernota Integrale Veiligheid Kalveroog 2024-2027.")
p("Nieuw in 2026 zijn de eilandetiquette in vier talen, de noodstroomvoorziening in Oostmade, de "
  "oefening 'Eiland Afgesloten' en de handhaver vakantieverhuur. De aanpak van de "
  "eindexamenweekenden wordt aangescherpt, omdat de afspraken met de rederij in 2025 niet goed "
  "werkten. De acties kosten samen € 386.500. In oktober 2026 ontvangt de raad een "
  "zomerrapportage en in maart 2027 het jaarverslag veiligheid.")

# ------------------------------- 1 Inleiding -------------------------------
h1("1. Inleiding")
h2("1.1 Doel en status van dit programma")
p("Dit uitvoeringsprogramma beschrijft welke acties de gemeente Kalveroog en haar partners in "
  "2026 uitvoeren om de doelen van de Kadernota Integrale Veiligheid Kalveroog 2024-2027 te halen. "
  "Het is het derde uitvoeringsprogramma onder deze kadernota. Het college van burgemeester en "
  "wethouders heeft het programma vastgesteld op 20 januari 2026. De gemeenteraad heeft het ter "
  "kennisname ontvangen met raadsinformatiebrief RIB 2026-04 van 27 januari 2026.")
p("De raad stelt de kaders en de prioriteiten vast; het college bepaalt elk jaar hoe die worden "
  "uitgevoerd. Wijkt het college af van de Kadernota, bijvoorbeeld door een prioriteit te laten "
  "vallen, dan legt het dat eerst aan de raad voor.")
h2("1.2 De vier prioriteiten uit de kadernota")
p("De gemeenteraad heeft op 9 november 2023 de kadernota vastgesteld, met vier prioriteiten voor de "
  "jaren 2024 tot en met 2027:")
a("a) seizoensdrukte en openbare orde;",
  "b) alcohol en drugs bij jongeren en seizoenskrachten;",
  "c) zelfredzaamheid en crisisbeheersing op het eiland;",
  "d) ondermijning, vastgoed en vakantieverhuur.")
p("Omdat een eiland met nog geen vijfduizend vaste inwoners in de zomer een gemeente met ruim "
  "twintigduizend mensen wordt, omdat de politie, de brandweer en de ambulance bij storm of "
  "mist niet snel kunnen worden versterkt vanaf de vaste wal, en omdat vrijwel iedere inwoner "
  "zelf ondernemer, vrijwilliger bij de brandweer of de KNRM, verhuurder of familie van een "
  "seizoenskracht is, werkt Kalveroog niet met grote programma's maar met een beperkt aantal "
  "concrete acties, die zoveel mogelijk samen met de eilanders zelf worden uitgevoerd.")
h2("1.3 Wat niet in dit programma staat")
p("Digitale veiligheid en cybercrime maken geen deel uit van dit uitvoeringsprogramma. Kalveroog "
  "doet daarvoor mee aan het regionale Programma Digitaal Weerbaar Noordkust 2025-2027, dat de "
  "vijf Noordkust-gemeenten samen met de politie en de Kamer van Koophandel uitvoeren.^1^ "
  "Verkeersveiligheid, ook in de zomer, valt onder de Uitvoeringsagenda Mobiliteit.")
note(1, "Het regionale programma heeft een eigen begroting; de bijdrage van Kalveroog staat niet in "
        "hoofdstuk 5 van dit programma.")

# ------------------------------- 2 Terugblik -------------------------------
h1("2. Terugblik op 2025")
h2("2.1 Het eiland in cijfers")
p("Kalveroog telde op 1 januari 2025 4.870 inwoners, verdeeld over Kalverdorp (3.100), "
  "Westerduin (1.050) en Oostmade (720). In 2025 telde het eiland 655.000 overnachtingen^2^, "
  "tegen 640.000 in 2024. Op de drukste dag, zaterdag 26 juli, waren er naar schatting 25.300 "
  "mensen op het eiland. In het hoogseizoen werken er ongeveer 950 seizoenskrachten, van wie zes "
  "op de tien jonger zijn dan 25 jaar.")
p("De eilandpost van de politie registreerde in de zomermaanden 251 incidenten op het gebied van "
  "openbare orde, tegen 236 in 2024 en 212 in 2023.^3^ Tijdens de twee eindexamenweekenden kwamen "
  "ongeveer 3.100 jongeren naar het eiland; de politie verrichtte 23 aanhoudingen en de EHBO-post "
  "behandelde 38 jongeren met een alcoholvergiftiging (2024: 44). De Veerdienst viel in 2025 op "
  "negen dagen geheel of gedeeltelijk uit; de langste onderbreking duurde 52 uur.^4^ Op 14 juni "
  "2025 brandde in de Westerduinen 6 hectare duin af.")
note(2, "Bron: aangiften toeristenbelasting 2025, voorlopige cijfers per 1 december 2025.")
note(3, "Politie, eilandpost Kalveroog, periode 1 juni tot en met 31 augustus.")
note(4, "Opgave van Rederij Kalveroog-Wadden (RKW).")
h2("2.2 Hoe veilig voelen eilanders zich?")
p("In de Eilandpeiling van september 2025, die 1.040 inwoners invulden, zegt 91 procent zich "
  "veilig te voelen in het eigen dorp; inwoners geven de veiligheid gemiddeld een 8,1. Buiten "
  "het seizoen is dat nog hoger. Als grootste ergernissen noemen inwoners fietsers zonder licht, "
  "geluidsoverlast van groepen in de nacht en de drukte op de boot. Van de inwoners van "
  "Kalverdorp vindt 44 procent dat de overlast in de zomer de afgelopen drie jaar is toegenomen. "
  "Opvallend is dat maar 36 procent van de inwoners weet wat zij moeten doen als het eiland "
  "langer dan een dag zonder stroom zit.")
h2("2.3 Wat ging goed en wat kan beter")
p("Uit de evaluatie van het uitvoeringsprogramma 2025 met de partners in november 2025 komen de "
  "volgende lessen:")
a("a) de inzet van acht extra zomeragenten en zes seizoensboa's in juli en augustus werkte goed; "
  "het aantal meldingen van geluidsoverlast in Kalverdorp daalde met 18 procent;",
  "b) de afspraken met de rederij over het weigeren van dronken passagiers tijdens de "
  "eindexamenweekenden zijn niet consequent nageleefd;",
  "c) bij de duinbrand bleek dat veel toeristen de NL-Alert niet begrepen, omdat die alleen in het "
  "Nederlands was verstuurd;",
  "d) de registratieplicht voor vakantieverhuur is ingevoerd, maar het toezicht erop kwam pas in "
  "het najaar op gang.")

# ------------------------------- 3 Prioriteiten ----------------------------
h1("3. Prioriteiten en acties 2026")
p("Per prioriteit beschrijven we de aanleiding, de doelen voor 2026 en de acties. De acties zijn "
  "genummerd zoals in het overzicht in hoofdstuk 6.")

h2("3.1 Seizoensdrukte en openbare orde")
h3("3.1.1 Aanleiding")
p("De drukte op het eiland neemt elk jaar toe. Naast de gezinnen en fietsers die al jaren komen, "
  "trekt Kalveroog steeds meer groepen jongeren tijdens Pinksteren, de eindexamenweekenden en "
  "het festival Duinpop in augustus. De overlast concentreert zich in Kalverdorp, rond de haven, "
  "de Dorpsstraat en het strand bij paal 14. De eilandpost heeft buiten het seizoen zes fte; in "
  "de zomer komt daar de zomerversterking bij.")
p("Duinpop trok in 2025 op twee dagen 6.500 bezoekers, van wie de meesten met de laatste boot "
  "naar de vaste wal terug moesten. Omdat die boot vol raakte, bleven ongeveer 400 bezoekers "
  "onverwacht op het eiland achter. Voor 2026 is met de organisatie afgesproken dat er een extra "
  "afvaart om 01.30 uur komt en dat het maximum aantal bezoekers per dag 3.000 blijft.")
h3("3.1.2 Doelen 2026")
a("a) Het aantal incidenten op het gebied van openbare orde in de zomermaanden is niet hoger dan "
  "in 2025 (251).",
  "b) Tijdens de eindexamenweekenden worden minder dan 30 jongeren behandeld voor een "
  "alcoholvergiftiging.",
  "c) Bij alle grote evenementen is er vooraf een veiligheidsplan dat door de eilandpost en de "
  "brandweer is beoordeeld.")
h3("3.1.3 Acties")
a("a) Zomerversterking: de politie zet van 1 juli tot en met 31 augustus acht extra agenten in; de "
  "gemeente zet zes seizoensboa's in van Pinksteren tot en met de eerste week van september.",
  "b) Eindexamenaanpak: met de rederij, de campings en de horeca maken we afspraken over "
  "toegangscontrole, alcoholverkoop en een vast aanspreekpunt per camping. Op de boot "
  "controleren stewards op meegebrachte alcohol.",
  "c) Mobiele camera's bij de haven en de Dorpsstraat op de drukste weekenden, op basis van een "
  "aanwijzingsbesluit van de burgemeester.",
  "d) Een 'eilandetiquette' in vier talen, die op de boot, in de accommodaties en via de app van "
  "de VVV wordt verspreid.^5^")
note(5, "De eilandetiquette wordt gemaakt met de Ondernemersvereniging Kalveroog en de VVV; de "
        "talen zijn Nederlands, Duits, Engels en Pools.")

h2("3.2 Alcohol en drugs: jongeren en seizoenskrachten")
h3("3.2.1 Aanleiding")
p("Op Kalveroog drinken jongeren vaker en op jongere leeftijd dan elders in de regio. Van de "
  "eilandjongeren in klas 2 en 4 van het voortgezet onderwijs dronk 48 procent in de afgelopen "
  "maand alcohol, tegen 37 procent gemiddeld in de regio Noordkust.^6^ Seizoenskrachten wonen "
  "vaak met velen in personeelshuizen; daar wordt veel gedronken en volgens de huisarts ook "
  "steeds vaker cocaïne en ketamine gebruikt. In 2025 waren er vier ernstige incidenten in "
  "personeelshuizen, waaronder een brand door een achtergelaten barbecue.")
note(6, "GGD Noordkust, Jeugdmonitor 2023.")
h3("3.2.2 Doelen 2026")
a("a) Alle 46 horecabedrijven en de vier supermarkten doen mee aan de nalevingscontroles van de "
  "Alcoholwet^7^; het nalevingspercentage bij leeftijdsgrenzen stijgt van 54 naar 70 procent.",
  "b) Werkgevers met meer dan vijf seizoenskrachten hebben een huisreglement en een "
  "aanspreekpersoon voor hun personeelshuis.",
  "c) Er worden twee ouderavonden over alcohol en drugs gehouden, in Kalverdorp en in Oostmade.")
note(7, "De Alcoholwet verving op 1 juli 2021 de Drank- en Horecawet.")
h3("3.2.3 Acties")
a("a) Een preventiewerker van Verslavingszorg Noordkust (0,4 fte) is het hele jaar op het eiland "
  "aanwezig, in het zomerseizoen ook 's avonds.",
  "b) Nalevingscontroles met mystery shoppers, drie rondes per jaar, door de boa's en een extern "
  "bureau.",
  "c) Een training 'Veilig wonen en werken op het eiland' voor seizoenskrachten bij aankomst, met "
  "aandacht voor alcohol, drugs, brandveiligheid in personeelshuizen en wat je moet doen als "
  "iemand onwel wordt.",
  "d) Het jongerenwerk organiseert in de zomer alcoholvrije avonden in het Jongerenhonk Kalverdorp.")

h2("3.3 Eiland in crisis: zelfredzaamheid en crisisbeheersing")
h3("3.3.1 Aanleiding")
p("Een eiland kan bij storm, mist of ijsgang dagenlang afgesneden zijn van de vaste wal. Als de "
  "veerdienst niet vaart, komt hulp van buiten niet of alleen per helikopter. Het Regionaal Risicoprofiel noemt voor "
  "Kalveroog als grootste risico's een natuurbrand in de duinen in het hoogseizoen, langdurige "
  "stroomuitval en een overstroming van de lage polder bij Oostmade.^8^ De brandweerpost in "
  "Kalverdorp heeft 22 vrijwilligers, van wie overdag maar een deel beschikbaar is. Juist daarom "
  "is de zelfredzaamheit van inwoners, ondernemers en gasten zo belangrijk.")
note(8, "Veiligheidsregio Noordkust, Regionaal Risicoprofiel 2023, deel eilanden.")
h3("3.3.2 Doelen 2026")
a("a) In 2026 beschikt elk dorp over een dorpshuis met noodstroom, dat bij een langdurige "
  "stroomuitval dienst kan doen als opvanglocatie.",
  "b) Alle accommodaties met meer dan twintig slaapplaatsen hebben een ontruimingsplan dat ook "
  "in het Duits en het Engels beschikbaar is.",
  "c) Het aantal geregistreerde burgerhulpverleners voor reanimatie stijgt van 180 naar 240.")
h3("3.3.3 Acties")
a("a) Aanschaf en installatie van een noodstroomvoorziening in dorpshuis De Kaap in Oostmade; "
  "Kalverdorp en Westerduin hebben die al.",
  "b) De oefening 'Eiland Afgesloten' in oktober 2026, waarin gemeente, brandweer, KNRM, "
  "huisartsen, de rederij en de Veiligheidsregio Noordkust een stroomuitval van 72 uur "
  "oefenen.",
  "c) Een campagne 'Ben jij eilandklaar?' over het zelf voorbereiden op een noodsituatie, met een "
  "checklist voor huishoudens en voor verhuurders.",
  "d) Twee extra openbare AED's in Westerduin en een wervingsactie voor burgerhulpverleners.")
p("Met de Veiligheidsregio is afgesproken dat NL-Alert-berichten voor Kalveroog in de zomer "
  "voortaan ook in het Engels en het Duits worden verstuurd.")

h2("3.4 Ondermijning, vastgoed en vakantieverhuur")
h3("3.4.1 Aanleiding")
p("De woningmarkt op Kalveroog staat onder grote druk. Woningen worden opgekocht en als "
  "vakantiewoning verhuurd, soms met geld waarvan de herkomst onduidelijk is. In 2025 zijn 112 "
  "adressen gesignaleerd waar zonder registratie aan toeristen werd verhuurd; in 17 gevallen "
  "heeft het college een last onder dwangsom opgelegd. Het RIEC Noord-Nederland deed in 2025 drie "
  "Bibob-onderzoeken naar aankopen van horecapanden. In september 2025 trof de Douane in de "
  "jachthaven een zeiljacht aan met 46 kilo cocaïne aan boord.")
h3("3.4.2 Doelen 2026")
a("a) Alle vakantiewoningen op het eiland zijn geregistreerd; het aantal adressen met "
  "vakantiverhuur zonder registratie daalt tot onder de 40.",
  "b) Bij iedere aanvraag van een exploitatievergunning voor een horecapand dat van eigenaar is "
  "gewisseld, voert de gemeente een Bibob-toets uit.",
  "c) De jachthaven en de rederij zijn aangesloten bij een meldprocedure voor verdachte "
  "situaties.")
h3("3.4.3 Acties")
a("a) Een handhaver vakantieverhuur (0,6 fte), die advertenties op verhuurplatforms vergelijkt "
  "met het register en ter plaatse controleert.",
  "b) Afspraken met de grote verhuurplatforms over het weren van advertenties zonder "
  "registratienummer.",
  "c) Een integrale controle in de jachthaven in het voorjaar en in het najaar, met politie, "
  "Douane, Koninklijke Marechaussee en de havenmeester.",
  "d) Training van de havenmeester, de medewerkers van de rederij en de makelaars op het eiland "
  "in het herkennen van signalen van ondermijning.")
p("De aanpak van illegale vakantieverhuur is geen strafrechtelijke aanpak maar een bestuurlijke; "
  "zij beschermt de woningvoorraad voor eilanders. Waar signalen wijzen op witwassen, brengt de "
  "gemeente die in bij het RIEC.")

# ------------------------------- 4 Organisatie -----------------------------
h1("4. Organisatie en samenwerking")
p("De burgemeester is verantwoordelijk voor de openbare orde en de rampenbestrijding en is "
  "portefeuillehouder veiligheid. De beleidsadviseur openbare orde en veiligheid (1 fte) "
  "coördineert dit programma. Omdat de organisatie klein is, zijn veel taken belegd bij één "
  "persoon; bij ziekte of verlof neemt de beleidsadviseur van de gemeente Noordhaven waar, op "
  "grond van de samenwerkingsovereenkomst tussen de twee gemeenten.")
p("De belangrijkste overleggen zijn:")
a("a) de lokale driehoek, met de burgemeester, de officier van justitie en de teamchef van "
  "basisteam Noordkust, vier keer per jaar;",
  "b) het Eilandoverleg Veiligheid, elke maand van april tot en met september en daarbuiten elke "
  "twee maanden, met de eilandpost, de brandweer, de KNRM, de huisartsen, de rederij, de "
  "Ondernemersvereniging Kalveroog en de woningcorporatie Eilandwonen;",
  "c) het Zorg- en Veiligheidshuis Noordkust, voor complexe casussen van personen en gezinnen.")
p("Omdat de meeste partners van de vaste wal komen, is de samenwerking met de eilandorganisaties "
  "des te belangrijker. De brandweer, de KNRM, de EHBO-vereniging en de dorpsbelangen zijn vaak "
  "als eerste ter plaatse en kennen het eiland als geen ander. Zij worden daarom betrokken bij de "
  "voorbereiding van evenementen en bij de oefening 'Eiland Afgesloten'.")
p("Een voorstel om het eilandoverleg veiligheid ook open te stellen voor de dorpsbelangen van "
  "Westerduin en Oostmade wordt in het voorjaar van 2026 besproken.")

# ------------------------------- 5 Financien -------------------------------
h1("5. Financiën")
p("De kosten van de acties in 2026 bedragen in totaal € 386.500. Per prioriteit is dat:")
a("a) seizoensdrukte en openbare orde: € 142.000;",
  "b) alcohol en drugs: € 61.500;",
  "c) zelfredzaamheid en crisisbeheersing: € 83.000;",
  "d) ondermijning, vastgoed en vakantieverhuur: € 100.000.")
p("De kosten worden gedekt uit het reguliere budget voor openbare orde en veiligheid "
  "(€ 264.000), een onttrekking van € 60.000 aan de bestemmingsreserve Toerisme en een eenmalige "
  "bijdrage van € 62.500 van de Veiligheidsregio Noordkust voor de noodstroomvoorziening en de "
  "oefening 'Eiland Afgesloten'. De inzet van de zomeragenten betaalt de politie zelf. Voor "
  "actie 3.2 (de nalevingscontroles) loopt nog een aanvraag bij het landelijke preventiefonds.")

# ------------------------------- 6 Overzicht -------------------------------
h1("6. Overzicht acties 2026")
table([
    ["Nr", "Actie", "Trekker (partners)", "Wanneer", "Budget"],
    ["1.1", "Zomerversterking: 8 agenten en 6 seizoensboa's", "Politie / gemeente", "Pinksteren t/m september", "€ 78.000"],
    ["1.2", "Eindexamenaanpak met rederij, campings en horeca", "Gemeente (RKW, campings, KHN)", "Mei-juni", "€ 34.000"],
    ["1.3", "Mobiele camera's haven en Dorpsstraat", "Burgemeester (politie)", "Zomerweekenden", "€ 30.000"],
    ["2.1", "Preventiewerker 0,4 fte", "Verslavingszorg Noordkust", "Hele jaar", "€ 32.000"],
    ["2.2", "Nalevingscontroles Alcoholwet (3 rondes)", "Gemeente (boa's)", "Maart, juli, oktober", "€ 15.000"],
    ["2.3", "Training seizoenskrachten en alcoholvrije avonden", "Gemeente (werkgevers, jongerenwerk)", "April-augustus", "€ 14.500"],
    ["3.1", "Noodstroom dorpshuis De Kaap", "Gemeente (VR Noordkust)", "Voor 1 oktober", "€ 45.000"],
    ["3.2", "Oefening 'Eiland Afgesloten'", "VR Noordkust (KNRM, RKW, huisartsen)", "Oktober", "€ 18.000"],
    ["3.3", "Campagne 'Ben jij eilandklaar?'", "Gemeente", "Voorjaar", "€ 8.000"],
    ["3.4", "Twee AED's en werving burgerhulpverleners", "Gemeente (EHBO-vereniging)", "Hele jaar", "€ 12.000"],
    ["4.1", "Handhaver vakantieverhuur 0,6 fte", "Gemeente", "Vanaf februari", "€ 48.000"],
    ["4.2", "Afspraken met verhuurplatforms", "Gemeente", "Eerste helft 2026", "€ 12.000"],
    ["4.3", "Bibob-adviezen", "RIEC Noord-Nederland", "Hele jaar", "€ 15.000"],
    ["4.4", "Integrale controles jachthaven en trainingen", "Gemeente (politie, Douane, KMar)", "April en oktober", "€ 25.000"],
], "Tabel 1. Acties en budget 2026", [1.0, 5.3, 4.3, 3.6, 2.0])

# ------------------------------- 7 Monitoring ------------------------------
h1("7. Monitoring en verantwoording")
p("De beleidsadviseur houdt per actie bij of die op schema ligt. Daarnaast volgen wij de "
  "volgende indicatoren:")
a("a) het aantal incidenten openbare orde in juni, juli en augustus;",
  "b) het aantal alcoholvergiftigingen tijdens de eindexamenweekenden;",
  "c) het nalevingspercentage bij de leeftijdscontroles van de Alcoholwet;",
  "d) het aantal geregistreerde burgerhulpverleners;",
  "e) het aantal adressen met vakantieverhuur zonder registratie.")
p("Na het zomerseizoen, in oktober 2026, ontvangt de raad een korte zomerrapportage met de cijfers "
  "van de eilandpost, de EHBO-post en de boa's. In maart 2027 volgt het jaarverslag veiligheid "
  "over heel 2026, samen met het uitvoeringsprogramma 2027. In 2027 evalueert de gemeente de "
  "Kadernota als geheel; die evaluatie is de basis voor een nieuwe kadernota vanaf 2028.")

# ------------------------------- Bijlage -----------------------------------
h1("Bijlage. Begrippen en afkortingen")
p("Burgerhulpverlener – inwoner die is opgeleid om te reanimeren en via een app wordt opgeroepen "
  "bij een hartstilstand in de buurt.")
p("Eilandpost – het politiebureau op Kalveroog, dat onderdeel is van basisteam Noordkust.")
p("Last onder dwangsom – een besluit waarmee het college iemand verplicht een overtreding te "
  "beëindigen, op straffe van een geldbedrag.")
p("Eilandpeiling – de enquête die de gemeente om de twee jaar onder inwoners houdt over veiligheid, "
  "leefbaarheid en voorzieningen.")
p("NL-Alert – het alarmmiddel van de overheid, dat bij een noodsituatie een bericht stuurt naar "
  "alle mobiele telefoons in de buurt.")
p("Personeelshuis – een woning of gebouw waarin een werkgever zijn seizoenskrachten huisvest.")
p("Seizoensboa – een buitengewoon opsporingsambtenaar die de gemeente alleen in het toeristenseizoen "
  "inzet, vooral voor toezicht op strand, duinen en in het dorp.")
p("Zomerversterking – de tijdelijke uitbreiding van de politie op het eiland in juli en augustus "
  "met agenten van de vaste wal.")
p("AED – automatische externe defibrillator; KHN – Koninklijke Horeca Nederland; KMar – "
  "Koninklijke Marechaussee; KNRM – Koninklijke Nederlandse Redding Maatschappij; RIB – "
  "raadsinformatiebrief; RIEC – Regionaal Informatie- en Expertisecentrum; RKW – Rederij "
  "Kalveroog-Wadden; VR – Veiligheidsregio; VVV – toeristisch informatiepunt.")

# TOC entries: (level, text) for all h1 and h2 headings
TOC = [(k, x) for k, x in C if k in ("h1", "h2")]


# ---------------------------------------------------------------------------
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


def add_text_with_notes(par, text, size=None):
    """Split on ^n^ markers and add the numbers as superscript runs."""
    for i, part in enumerate(re.split(r"\^(\d+)\^", text)):
        if not part:
            continue
        r = par.add_run(part)
        if i % 2 == 1:
            r.font.superscript = True
        if size:
            r.font.size = size


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trPr.append(e)


def build_docx(path, pages):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Georgia"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(5)
    for lvl, size in ((1, 15), (2, 12.5), (3, 11)):
        st = doc.styles["Heading %d" % lvl]
        st.font.name = "Arial"
        st.font.size = Pt(size)
        st.font.color.rgb = RGBColor(0x0B, 0x4F, 0x6C)

    cp = doc.core_properties
    cp.title = TITLE + " - " + MUNI
    cp.subject = "Uitwerking Kadernota Integrale Veiligheid Kalveroog 2024-2027"
    cp.author = "Gemeente Kalveroog"
    cp.created = cp.modified = datetime(2026, 1, 20, 10, 0, 0)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(2.6), Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.4), Cm(2.2)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.2), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run(TITLE + " – " + MUNI + "\tpagina ")
    r.font.size = Pt(8.5)
    r = hp.add_run()
    r.font.size = Pt(8.5)
    add_field(r, "PAGE")
    r = hp.add_run(" van ")
    r.font.size = Pt(8.5)
    r = hp.add_run()
    r.font.size = Pt(8.5)
    add_field(r, "NUMPAGES")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = fp.add_run("Kenmerk " + KENMERK + " | vastgesteld door het college op 20 januari 2026")
    r.font.size = Pt(8)

    # --- title page
    for _ in range(5):
        doc.add_paragraph()
    t = doc.add_paragraph()
    r = t.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(26)
    r.font.name = "Arial"
    t = doc.add_paragraph()
    r = t.add_run(MUNI)
    r.font.size = Pt(18)
    r.font.name = "Arial"
    doc.add_paragraph()
    doc.add_paragraph("Uitwerking van de Kadernota Integrale Veiligheid Kalveroog 2024-2027")
    doc.add_paragraph("Vastgesteld door het college van burgemeester en wethouders op 20 januari 2026")
    doc.add_paragraph("Ter kennisname aangeboden aan de gemeenteraad (raadsinformatiebrief RIB 2026-04)")
    doc.add_paragraph("Kenmerk: " + KENMERK + " – versie 1.0")
    doc.add_page_break()

    # --- table of contents (typed, with tab leader dots)
    t = doc.add_paragraph()
    r = t.add_run("Inhoud")
    r.bold = True
    r.font.size = Pt(15)
    r.font.name = "Arial"
    for level, text in TOC:
        par = doc.add_paragraph()
        pf = par.paragraph_format
        pf.tab_stops.add_tab_stop(Cm(16.2), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        pf.space_after = Pt(2)
        if level == "h2":
            pf.left_indent = Cm(0.8)
        run = par.add_run(text + "\t" + str(pages.get(text, 0)))
        if level == "h1":
            run.bold = True
    doc.add_page_break()

    # --- body
    for kind, x in C:
        if kind in ("h1", "h2", "h3"):
            hd = doc.add_heading(x, level=int(kind[1]))
            if kind == "h1" and x != C[0][1]:
                hd.paragraph_format.page_break_before = True  # each chapter on a new page
        elif kind == "p":
            add_text_with_notes(doc.add_paragraph(), x)
        elif kind == "a":
            par = doc.add_paragraph()
            par.paragraph_format.left_indent = Cm(1.0)
            par.paragraph_format.first_line_indent = Cm(-0.6)
            par.paragraph_format.space_after = Pt(2)
            add_text_with_notes(par, x)
        elif kind == "note":
            num, text = x
            par = doc.add_paragraph()
            par.paragraph_format.space_after = Pt(1)
            r = par.add_run(str(num))
            r.font.superscript = True
            r.font.size = Pt(8)
            r = par.add_run(" " + text)
            r.font.size = Pt(8)
        elif kind == "pb":
            doc.add_page_break()
        elif kind == "table":
            rows, caption, widths = x
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
                    for rr in cell.paragraphs[0].runs:
                        rr.font.size = Pt(9)
                        if i == 0:
                            rr.bold = True
            repeat_header(tbl.rows[0])
            cpar = doc.add_paragraph()
            r = cpar.add_run(caption)
            r.italic = True
            r.font.size = Pt(9)

    buf = io.BytesIO()
    doc.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 20, 10, 0, 0))
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
    """Page number (1-based) on which each TOC heading starts, skipping title and TOC."""
    from pypdf import PdfReader
    texts = [pg.extract_text() or "" for pg in PdfReader(pdf_path).pages]
    pages = {}
    for _, text in TOC:
        for i in range(2, len(texts)):
            lines = [ln.strip() for ln in texts[i].splitlines()]
            if text in lines:
                pages[text] = i + 1
                break
    return pages


if __name__ == "__main__":
    pages = {}
    for attempt in range(3):
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
    words = sum(len((x if isinstance(x, str) else x[1] if kind == "note" else
                     " ".join(" ".join(r) for r in x[0])).split()) for kind, x in C if x)
    print("wrote", DOCX, "and", PDF, "words~", words, "pages", pages)
