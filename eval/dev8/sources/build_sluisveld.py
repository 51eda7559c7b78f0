"""Build the fictional 'Integraal Veiligheidsplan Sluisveld 2026-2029 "Samen sterk aan de kust"' as a
Word file (python-docx plus raw footnote XML) and convert it to PDF with LibreOffice.

    /work/main/.venv/bin/python eval/dev8/sources/build_sluisveld.py

Writes eval/dev8/sources/sluisveld.docx (NOT part of the corpus) and eval/dev8/corpus/sluisveld.pdf.
Needs soffice (apt-get install -y libreoffice-writer-nogui).

Format features: numbered chapters typed in the heading text ("Hoofdstuk 2 Veiligheidsbeeld",
"2.1 ..."), a running header (plan title) and footer ("Gemeente Sluisveld | pagina X van Y", PAGE /
NUMPAGES fields) from page 2 on, three real footnotes, a statistics table, a long action table
(Actie / Trekker / Partners / Planning / Budget) with a repeated header row that breaks across pages,
bullets (List Bullet) and a typed "a)" list.

Deliberate imperfections: "havengebeid" (typo, once, 3.1), "Zorg- en Veiligheidshuis" /
"zorg- en veiligheidshuis", one very long sentence in 3.2.
"""
import os
import re
import shutil
import subprocess
from datetime import datetime
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCX = os.path.join(HERE, "sluisveld.docx")
PDF = os.path.join(ROOT, "corpus", "sluisveld.pdf")
PLAN = "Integraal Veiligheidsplan Sluisveld 2026-2029"

FOOTNOTES = {
    2: "De Veiligheidsmonitor 2023 is in Sluisveld uitgevoerd met een extra steekproef in de wijk "
       "Havenhoek. In totaal vulden 2.412 inwoners de vragenlijst in.",
    1: "Met uithalers worden personen bedoeld die verdovende middelen uit containers halen op of rond "
       "het haventerrein. Zie ook de begrippenlijst in bijlage 1.",
    3: "Het bedrag voor het Zorg- en Veiligheidshuis Zeeland is de gemeentelijke bijdrage volgens de "
       "verdeelsleutel van 2025 en valt buiten het budget van dit plan.",
}

C = []


def h1(t): C.append(("h1", t))
def h2(t): C.append(("h2", t))
def p(t): C.append(("p", t))
def bl(*items): C.extend(("b", t) for t in items)
def let(*items): C.extend(("p", "%s)\t%s" % ("abcdefgh"[i], t)) for i, t in enumerate(items))
def table(caption, rows, widths, note=None): C.append(("table", (caption, rows, widths, note)))


# ============================================================ content
h1("Voorwoord")
p("Sluisveld is een gemeente aan het water. De haven, de kust en de dijken bepalen al eeuwen hoe we wonen en "
  "werken. De haven geeft werk aan ruim 6.000 mensen, maar trekt ook criminelen aan die de haven gebruiken "
  "om drugs in te voeren. Jongeren uit onze eigen wijken worden benaderd om voor een paar duizend euro een "
  "container leeg te halen. Dat accepteren we niet.")
p("Tegelijk voelen de meeste inwoners zich veilig in hun buurt. Dat willen we zo houden. In dit plan staat "
  "wat de gemeente, de politie, het Openbaar Ministerie en onze partners de komende vier jaar gaan doen. "
  "Het plan is gemaakt met de inbreng van ruim 300 inwoners, ondernemers en professionals die in het "
  "voorjaar van 2025 aan de wijkgesprekken hebben meegedaan.")
p("Ik dank iedereen die heeft meegedacht en reken op uw hulp bij de uitvoering.")
p("Jorien Staelens-de Kok, burgemeester van Sluisveld")

h1("Hoofdstuk 1 Inleiding")
h2("1.1 Aanleiding en wettelijk kader")
p("De gemeenteraad stelt op grond van artikel 38b van de Politiewet 2012 ten minste eenmaal in de vier jaar "
  "de doelen vast die de gemeente wil bereiken op het gebied van de openbare orde en veiligheid. De "
  "burgemeester heeft op grond van artikel 172 van de Gemeentewet het gezag over de handhaving van de "
  "openbare orde. Het vorige plan, ‘Veilig Sluisveld 2021-2025’, liep op 31 december 2025 af.")
h2("1.2 Vaststelling en looptijd")
p("Het college heeft het ontwerp op 25 november 2025 vrijgegeven. De gemeenteraad heeft dit Integraal "
  "Veiligheidsplan vastgesteld op 22 januari 2026 (raadsbesluit 2026-007). Het plan geldt van "
  "1 januari 2026 tot en met 31 december 2029. Elk jaar stelt het college een uitvoeringsprogramma vast.")
h2("1.3 Wat valt buiten dit plan")
p("Dit plan gaat niet over alle veiligheidsonderwerpen. De volgende onderwerpen vallen buiten dit plan:")
let("brandveiligheid, rampenbestrijding en crisisbeheersing: die worden geregeld in het regionaal "
    "beleidsplan van de Veiligheidsregio Zeeland;",
    "evenementenveiligheid: die wordt geregeld in het evenementenbeleid ‘Feesten aan de kust’ van 2024;",
    "verkeersveiligheid: die is onderdeel van het Gemeentelijk Verkeers- en Vervoersplan 2023-2030.")
h2("1.4 Terugblik op ‘Veilig Sluisveld 2021-2025’")
p("Het vorige plan had drie prioriteiten: woninginbraak, jeugdoverlast en drugscriminaliteit. De evaluatie "
  "van september 2025 laat zien dat de aanpak van woninginbraak heeft gewerkt. De jeugdoverlast is na 2022 "
  "gedaald, maar de politie ziet dat een kleine groep jongeren doorgroeit naar zwaardere criminaliteit. De "
  "drugscriminaliteit rond de haven is sterk toegenomen. De samenwerking met de Douane kwam pas in 2024 goed "
  "op gang. De evaluatie adviseert om minder prioriteiten te kiezen en per prioriteit meetbare doelen op te "
  "nemen. Dat advies hebben we overgenomen.")
p("Woninginbraak is geen prioriteit meer. Het aantal woninginbraken daalde van 214 in 2020 naar 126 in 2024. "
  "De aanpak (Burgernet, WhatsApp-buurtpreventie en het Politiekeurmerk Veilig Wonen) loopt door als "
  "basisveiligheid.")

h1("Hoofdstuk 2 Veiligheidsbeeld")
h2("2.1 De gemeente Sluisveld")
p("Sluisveld telt 47.860 inwoners (1 januari 2025). De gemeente bestaat uit de stad Sluisveld (29.420 "
  "inwoners) en de kernen Havenhoek (7.310), Westerzand (5.080), Moerdaal (3.870) en Sint-Janskreek (2.180). "
  "De zeehaven met het haventerrein Kreekrak-West ligt tussen Sluisveld en Havenhoek. In de zomer verblijven "
  "er veel toeristen in Westerzand. Sluisveld valt onder basisteam Zeekust van de politie-eenheid "
  "Zeeland-West-Brabant.")
h2("2.2 Cijfers")
p("Tabel 1 geeft de belangrijkste geregistreerde cijfers van de politie en de gemeente over de jaren 2020 tot "
  "en met 2024.")
table("Tabel 1. Veiligheidscijfers Sluisveld 2020-2024",
      [["Indicator", "2020", "2021", "2022", "2023", "2024"],
       ["Woninginbraken (incl. pogingen)", "214", "187", "160", "141", "126"],
       ["Uithalers aangehouden in de haven", "11", "19", "34", "52", "61"],
       ["Inbeslagnames cocaïne (kg)", "640", "1.150", "2.870", "3.410", "2.960"],
       ["Meldingen woonoverlast", "233", "258", "276", "301", "319"],
       ["Meldingen huiselijk geweld (politie)", "402", "417", "388", "436", "451"],
       ["Adviezen en meldingen Veilig Thuis", "598", "622", "655", "690", "714"],
       ["Geweldsmisdrijven", "388", "371", "402", "395", "410"],
       ["Bibob-onderzoeken", "7", "9", "12", "15", "18"]],
      [6.4, 1.7, 1.7, 1.7, 1.7, 1.7],
      "Bron: politie basisteam Zeekust, Veilig Thuis Zeeland en gemeente Sluisveld.")
p("Opvallend is de stijging van het aantal aangehouden uithalers[[fn1]]: van 11 in 2020 naar 61 in 2024. "
  "Ruim de helft van hen is jonger dan 23 jaar en ongeveer een op de drie woont in Sluisveld of Havenhoek.")
p("De meeste uithalers worden aangehouden op het haventerrein Kreekrak-West, vaak 's nachts en in kleine "
  "groepjes. De politie schat dat er per jaar tientallen wervingsberichten via sociale media rondgaan. In "
  "Havenhoek is de woonoverlast het grootst: daar komen 41% van alle meldingen vandaan, terwijl er 15% van de "
  "inwoners woont.")
h2("2.3 Veiligheidsgevoel")
p("Uit de Veiligheidsmonitor 2023[[fn2]] blijkt dat 17% van de inwoners zich weleens onveilig voelt in de eigen "
  "buurt. In Havenhoek is dat 31%. Inwoners geven hun buurt gemiddeld een 7,4 voor veiligheid. De meest "
  "genoemde problemen zijn te hard rijden, rommel op straat en overlast van buren.")

h1("Hoofdstuk 3 Prioriteiten")
p("De lokale driehoek heeft samen met de raad vier prioriteiten gekozen. Voor elke prioriteit beschrijven we "
  "wat we zien, wat we willen bereiken en wat we gaan doen.")
h2("3.1 Ondermijning in en rond de haven")
p("Criminelen gebruiken de haven van Sluisveld om cocaïne in te voeren. Rond het havengebeid zijn bedrijven "
  "en panden in beeld die mogelijk als dekmantel dienen. Samen met het RIEC Zeeland-West-Brabant, de "
  "Douane en het Havenbedrijf Sluisveld willen we de haven weerbaarder maken.")
p("Doelen:")
bl("in 2029 heeft elk bedrijf op Kreekrak-West een weerbaarheidsscan gehad;",
   "het aantal Bibob-onderzoeken stijgt naar minimaal 25 per jaar;",
   "signalen van ondermijning worden binnen vier weken besproken in het ondermijningsoverleg.")
p("Maatregelen: we zetten een havenregisseur in (1 fte), breiden de Wet Bibob uit naar vastgoedtransacties "
  "en transportbedrijven, voeren vier integrale controles per jaar uit op het haventerrein en passen "
  "artikel 13b van de Opiumwet toe bij panden waar drugs worden opgeslagen.")
h2("3.2 Jonge aanwas: jongeren uit de criminaliteit houden")
p("Jongeren worden via sociale media benaderd om als uithaler te werken, en omdat zij vaak schulden hebben, "
  "weinig perspectief zien op een opleiding of baan en het geld snel verdiend lijkt, zeggen sommigen ja "
  "zonder te beseffen dat zij daarmee hun eigen veiligheid en die van hun familie in gevaar brengen en dat "
  "criminele netwerken hen daarna niet meer laten gaan.")
p("Doelen: minder jongeren onder de 23 jaar die als uithaler worden aangehouden (van 34 in 2024 naar "
  "maximaal 20 in 2029), en alle jongeren die in beeld komen krijgen binnen twee weken een gesprek.")
p("Maatregelen:")
bl("het programma ‘Kies je koers’ op alle middelbare scholen, samen met Halt;",
   "een persoonsgerichte aanpak (PGA) in het Zorg- en Veiligheidshuis Zeeland;",
   "twee extra jongerenwerkers in Havenhoek en Sluisveld-Noord;",
   "een ouderavond per jaar op elke school over criminele uitbuiting.")
h2("3.3 Woonoverlast en veilige wijken")
p("Het aantal meldingen van woonoverlast steeg van 233 in 2020 naar 319 in 2024. Het gaat om geluid, vervuiling "
  "en intimidatie door buren. We willen dat minder inwoners overlast van buren ervaren en dat conflicten "
  "eerder worden opgelost.")
p("Doelen:")
bl("het percentage inwoners dat overlast van buren ervaart daalt van 14% naar 10% in 2029;",
   "buurtbemiddeling is in alle kernen beschikbaar;",
   "bij ernstige woonoverlast is er binnen drie maanden een gezamenlijk plan van aanpak.")
p("Maatregelen: buurtbemiddeling wordt uitgebreid naar alle kernen, er komt een Meldpunt Woonoverlast bij de "
  "gemeente, de burgemeester gebruikt waar nodig artikel 151d van de Gemeentewet (gedragsaanwijzing bij "
  "ernstige woonoverlast) en we maken afspraken met woningcorporatie Zeewering Wonen.")
h2("3.4 Huiselijk geweld en ouderenmishandeling")
p("Veilig Thuis Zeeland ontving in 2024 714 adviesvragen en meldingen over Sluisveld. Ouderenmishandeling "
  "wordt nog weinig gemeld, terwijl het aantal ouderen snel groeit. Ons doel is dat huiselijk geweld eerder "
  "wordt gezien en dat het aantal herhaalde meldingen daalt.")
p("Maatregelen: de Meldcode wordt getraind bij alle huisartsen, wijkteams en thuiszorgorganisaties; de Wet "
  "tijdelijk huisverbod wordt consequent toegepast; er komt een campagne over financieel misbruik van "
  "ouderen; en het wijkteam krijgt een aandachtsfunctionaris huiselijk geweld.")

h1("Hoofdstuk 4 Uitvoeringsprogramma")
p("In Tabel 2 staan de acties voor de looptijd van het plan. Het college werkt de acties elk jaar uit in het "
  "uitvoeringsprogramma.")
ACT = [
    ["Actie", "Trekker", "Partners", "Planning", "Budget"],
    ["Aanstellen havenregisseur (1 fte)", "Gemeente (OOV)", "RIEC, Havenbedrijf Sluisveld", "Q1 2026", "€ 98.000 per jaar"],
    ["Weerbaarheidsscans bedrijven Kreekrak-West", "Havenregisseur", "Ondernemersvereniging Kreekrak, politie", "2026-2029", "€ 24.000 per jaar"],
    ["Uitbreiding Bibob-beleid naar vastgoed en transport", "Gemeente (juridische zaken)", "RIEC, Landelijk Bureau Bibob", "Q2 2026", "binnen bestaand budget"],
    ["Vier integrale controles per jaar haventerrein", "Gemeente (OOV)", "Politie, Douane, Belastingdienst", "vanaf 2026", "€ 16.000 per jaar"],
    ["Toepassing artikel 13b Opiumwet bij drugsopslag", "Burgemeester", "Politie, OM", "doorlopend", "binnen bestaand budget"],
    ["Programma ‘Kies je koers’ op middelbare scholen", "Gemeente (jeugd)", "Halt, scholen", "schooljaar 2026-2027", "€ 35.000 per jaar"],
    ["Persoonsgerichte aanpak jonge aanwas", "Zorg- en Veiligheidshuis Zeeland", "Politie, OM, jeugdreclassering", "vanaf Q1 2026", "€ 20.000 per jaar"],
    ["Twee extra jongerenwerkers", "Welzijn Sluisveld", "Gemeente, scholen", "Q3 2026", "€ 118.000 per jaar"],
    ["Ouderavonden criminele uitbuiting", "Gemeente (jeugd)", "Scholen, politie", "jaarlijks", "€ 6.000 per jaar"],
    ["Buurtbemiddeling in alle kernen", "Welzijn Sluisveld", "Zeewering Wonen, politie", "2026", "€ 28.000 per jaar"],
    ["Meldpunt Woonoverlast", "Gemeente (OOV)", "Zeewering Wonen, wijkteams", "Q4 2026", "€ 22.000 per jaar"],
    ["Beleidsregel gedragsaanwijzing woonoverlast (art. 151d Gemeentewet)", "Burgemeester", "Zeewering Wonen", "Q2 2026", "binnen bestaand budget"],
    ["Training Meldcode huiselijk geweld", "Gemeente (zorg)", "Veilig Thuis Zeeland, huisartsen, thuiszorg", "2026-2027", "€ 12.000 per jaar"],
    ["Campagne financieel misbruik ouderen", "Gemeente (zorg)", "Seniorenraad, banken, Veilig Thuis Zeeland", "najaar 2026", "€ 9.000 eenmalig"],
    ["Aandachtsfunctionaris huiselijk geweld in het wijkteam", "Wijkteam Sluisveld", "Veilig Thuis Zeeland", "Q1 2027", "€ 24.000 per jaar"],
    ["Burgernet en WhatsApp-buurtpreventie (basisveiligheid)", "Gemeente (OOV)", "Politie, buurtpreventieteams", "doorlopend", "€ 5.000 per jaar"],
    ["Voortgangsrapportage aan de raad", "Gemeente (OOV)", "Driehoek", "jaarlijks in mei", "binnen bestaand budget"],
    ["Tussenevaluatie", "Gemeente (OOV)", "Alle partners", "najaar 2027", "€ 15.000 eenmalig"],
]
table("Tabel 2. Uitvoeringsprogramma 2026-2029", ACT, [4.6, 3.0, 3.8, 2.4, 2.6])

h1("Hoofdstuk 5 Samenwerking en overleg")
p("Veiligheid is een gezamenlijke opgave. De belangrijkste partners zijn de politie (basisteam Zeekust), het "
  "Openbaar Ministerie, het RIEC Zeeland-West-Brabant, het Zorg- en Veiligheidshuis Zeeland, Veilig Thuis "
  "Zeeland, de Veiligheidsregio Zeeland, Halt, de Douane, het Havenbedrijf Sluisveld, woningcorporatie "
  "Zeewering Wonen en Welzijn Sluisveld.")
p("De lokale driehoek (burgemeester, teamchef politie en officier van justitie) komt zes keer per jaar bijeen. "
  "Het ondermijningsoverleg is maandelijks. Het havenoverleg met Douane en Havenbedrijf vindt elk kwartaal "
  "plaats. Casussen van jongeren en van huiselijk geweld worden wekelijks besproken in het casusoverleg van "
  "het zorg- en veiligheidshuis.")

h1("Hoofdstuk 6 Financiën")
p("Voor de uitvoering van dit plan is structureel € 437.000 per jaar beschikbaar. Daarvan is € 251.000 "
  "bestaand budget en € 186.000 nieuw budget dat de raad bij de vaststelling heeft toegekend. Daarnaast is er "
  "eenmalig € 24.000 voor de campagne financieel misbruik ouderen en de tussenevaluatie.")
table("Tabel 3. Budget per prioriteit (structureel, per jaar)",
      [["Prioriteit", "Budget per jaar"],
       ["Ondermijning in en rond de haven", "€ 138.000"],
       ["Jonge aanwas", "€ 179.000"],
       ["Woonoverlast en veilige wijken", "€ 50.000"],
       ["Huiselijk geweld en ouderenmishandeling", "€ 36.000"],
       ["Basisveiligheid en overig", "€ 34.000"],
       ["Totaal", "€ 437.000"]],
      [9.0, 4.0])
p("De bijdrage aan het RIEC Zeeland-West-Brabant (€ 41.500 per jaar) en de bijdrage aan het Zorg- en "
  "Veiligheidshuis Zeeland (€ 87.000 per jaar)[[fn3]] vallen buiten dit budget.")

h1("Hoofdstuk 7 Monitoring en verantwoording")
p("De raad wordt elk jaar in mei met een voortgangsrapportage geïnformeerd. In het najaar van 2027 volgt een "
  "tussenevaluatie; daarbij kan de driehoek een prioriteit aanpassen. De Veiligheidsmonitor wordt in 2027 en "
  "2029 opnieuw afgenomen, met een extra steekproef in Havenhoek. Het plan wordt in 2029 geëvalueerd, zodat "
  "de nieuwe raad het volgende plan kan vaststellen.")

h1("Bijlage 1 Begrippen en afkortingen")
p("Havenregisseur: medewerker van de gemeente die de aanpak van ondermijning in en rond de haven coördineert "
  "en het aanspreekpunt is voor bedrijven, Douane en politie.")
p("Jonge aanwas: jongeren die voor het eerst met (georganiseerde) criminaliteit in aanraking komen, "
  "bijvoorbeeld als uithaler of koerier.")
p("Uithaler: iemand die tegen betaling drugs uit containers haalt op of rond het haventerrein.")
p("Weerbaarheidsscan: een gesprek en check bij een bedrijf om te bepalen hoe kwetsbaar het is voor misbruik "
  "door criminelen.")
p("PGA: persoonsgerichte aanpak. RIEC: Regionaal Informatie- en Expertisecentrum. OOV: Openbare Orde en "
  "Veiligheid.")


# ============================================================ rendering
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
    for part in re.split(r"(\[\[fn\d+\]\])", text):
        if not part:
            continue
        m = re.fullmatch(r"\[\[fn(\d+)\]\]", part)
        if m:
            fn_ref(par, int(m.group(1)))
            continue
        r = par.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def footnotes_part(package):
    fns = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
           '<w:r><w:separator/></w:r></w:p></w:footnote>',
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
           '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for i, t in sorted(FOOTNOTES.items()):
        fns.append('<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                   '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
                   '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p>'
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
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = section.footer.paragraphs[0]
    fp.text = ""
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for txt, fld in (("Gemeente Sluisveld | pagina ", "PAGE"), (" van ", "NUMPAGES")):
        r = fp.add_run(txt)
        r.font.size = Pt(8)
        r = fp.add_run()
        r.font.size = Pt(8)
        add_field(r, fld)


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
            for rr in cp_.runs:
                rr.font.size = Pt(9)
                if i == 0 or row[0] == "Totaal":
                    rr.bold = True
            if i == 0:
                tcPr = cell._tc.get_or_add_tcPr()
                shd = OxmlElement("w:shd")
                shd.set(qn("w:val"), "clear")
                shd.set(qn("w:color"), "auto")
                shd.set(qn("w:fill"), "D9E2F3")
                tcPr.append(shd)
    trPr = tbl.rows[0]._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trPr.append(e)
    for row in tbl.rows[1:]:  # rows may not split, but the table breaks across pages
        e = OxmlElement("w:cantSplit")
        row._tr.get_or_add_trPr().append(e)


def build_docx(path):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Liberation Serif"
    normal.font.size = Pt(11)
    cp = doc.core_properties
    cp.title = PLAN
    cp.author = "Gemeente Sluisveld, team OOV"
    cp.created = cp.modified = datetime(2026, 1, 26, 10, 0, 0)
    cp.revision = 4
    doc.part.relate_to(footnotes_part(doc.part.package), RT.FOOTNOTES)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.2)
    sec.different_first_page_header_footer = True
    header_footer(sec)

    for _ in range(8):
        doc.add_paragraph()
    for txt, size, bold in (("Samen sterk aan de kust", 26, True), (PLAN, 16, False), ("", 11, False),
                            ("Gemeente Sluisveld", 12, True),
                            ("Vastgesteld door de gemeenteraad op 22 januari 2026", 11, False),
                            ("Raadsbesluit 2026-007", 11, False)):
        par = doc.add_paragraph()
        add_text(par, txt, size, bold)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    first_h1 = True
    for kind, x in C:
        if kind == "h1":
            par = doc.add_heading(x, level=1)
            if not first_h1 and x.startswith(("Hoofdstuk 1", "Bijlage")):
                par.paragraph_format.page_break_before = True
            first_h1 = False
        elif kind == "h2":
            doc.add_heading(x, level=2)
        elif kind == "p":
            par = doc.add_paragraph()
            add_text(par, x)
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "b":
            par = doc.add_paragraph(style="List Bullet")
            add_text(par, x)
        elif kind == "table":
            caption, rows, widths, note = x
            par = doc.add_paragraph()
            add_text(par, caption, 10, True)
            par.paragraph_format.keep_with_next = True
            make_table(doc, rows, widths)
            if note:
                par = doc.add_paragraph()
                add_text(par, note, 9)
    for st in ("Heading 1", "Heading 2"):
        doc.styles[st].font.name = "Liberation Sans"
    doc.save(path)


def to_pdf(docx_path, pdf_path):
    tmp = os.path.join(HERE, "_pdf_tmp")
    os.makedirs(tmp, exist_ok=True)
    env = dict(os.environ, HOME=tmp)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path],
                   check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    data = open(out, "rb").read()
    shutil.rmtree(tmp, ignore_errors=True)
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()D:\d{14}", rb"\g<1>D:20260126100000", data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)",
                  lambda m: m.group(1) + b"A" * len(m.group(2)) + m.group(3) + b"A" * len(m.group(4)) + m.group(5),
                  data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d",
                  rb"\g<1>2026-01-26T10:00:00", data)
    data = re.sub(rb"(uuid:)([0-9a-f-]{36})", lambda m: m.group(1) + b"00000000-0000-0000-0000-000000000000", data)
    os.makedirs(os.path.dirname(pdf_path), exist_ok=True)
    with open(pdf_path, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    build_docx(DOCX)
    to_pdf(DOCX, PDF)
    from pypdf import PdfReader
    pages = [pg.extract_text() for pg in PdfReader(PDF).pages]
    print("pages:", len(pages), "words:", sum(len(t.split()) for t in pages))
