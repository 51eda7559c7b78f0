"""Build the fictional 'Integraal Veiligheidsbeleid Dorrewaard 2024-2027 "Veilig Dichtbij"' as a
plain-text file that looks like a hard-wrapped export of a PDF (as `pdftotext -layout` gives it).

    /work/main/.venv/bin/python eval/dev8/sources/build_dorrewaard.py   (stdlib only)

Writes eval/dev8/corpus/dorrewaard.txt (UTF-8, LF), byte-identical on every run.

Format: running text wrapped at 80 characters mid-sentence (textwrap, no hyphenation), two-space
indent for body text like -layout; page breaks as form feeds (\\f) with a repeated header line
("Gemeente Dorrewaard    Integraal Veiligheidsbeleid 2024-2027") and footer line ("Pagina N");
bullets as "-" and "•" (with hanging indent on wrapped lines), numbered items written "1)" "2)",
statistics and budget tables as space-aligned columns.

Deliberate imperfections: "Dorrewaard" once written "Dorrewaad" (typo, 3.2), "veiligheidshuis"
in lower case once, one very long sentence in 4.1.
"""
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "corpus", "dorrewaard.txt")
WIDTH = 80
LINES_PER_PAGE = 56
HEADER = "Gemeente Dorrewaard" + " " * 20 + "Integraal Veiligheidsbeleid 2024-2027"

B = []  # blocks: (kind, text)


def title(t): B.append(("title", t))
def h(t): B.append(("h", t))
def p(t): B.append(("p", t))
def dash(*items): B.extend(("dash", t) for t in items)
def dot(*items): B.extend(("dot", t) for t in items)
def num(*items): B.extend(("num", "%d) %s" % (i + 1, t)) for i, t in enumerate(items))
def pre(t): B.append(("pre", t))
def brk(): B.append(("break", ""))


title("INTEGRAAL VEILIGHEIDSBELEID DORREWAARD 2024-2027")
title("“Veilig Dichtbij”")
B.append(("blank", ""))
p("Vastgesteld door de gemeenteraad van Dorrewaard op 14 maart 2024 (besluitnummer RV-2024-019). "
  "Looptijd: 1 januari 2024 tot en met 31 december 2027. Portefeuillehouder: burgemeester R.A. (Roelof) "
  "Hiddingh.")
brk()

h("VOORWOORD")
p("Dorrewaard is een gemeente waar mensen zich thuis voelen. In onze vijf dorpen kennen mensen elkaar en "
  "letten ze op elkaar. Dat is onze grootste kracht. Toch gebeuren er ook hier dingen die niet goed zijn. "
  "Arbeidsmigranten die met te veel mensen in een vakantiewoning worden gehuisvest en te weinig loon "
  "krijgen. Oudere inwoners die worden opgelicht aan de deur of via de telefoon. Jongeren die rond de "
  "jaarwisseling zwaar vuurwerk afsteken en hulpverleners bedreigen.")
p("Met dit beleid kiezen we voor drie prioriteiten. We kiezen bewust voor minder onderwerpen, zodat we "
  "meer kunnen bereiken. We doen dat samen met de politie, het Openbaar Ministerie, onze zorgpartners en "
  "vooral met u, de inwoners van Dorrewaard.")
p("Roelof Hiddingh, burgemeester")

h("1. INLEIDING")
h("1.1 Waarom een nieuw veiligheidsbeleid?")
p("Op grond van artikel 38b van de Politiewet 2012 stelt de gemeenteraad ten minste eens in de vier jaar "
  "de doelen vast voor de openbare orde en veiligheid. Het vorige beleid, ‘Dorrewaard Veilig 2019-2022’, "
  "is in 2023 met een jaar verlengd, omdat de nieuwe politie-eenheid Noord-Nederland haar beleidsplan pas "
  "eind 2023 vaststelde. Dit beleid geldt van 2024 tot en met 2027.")
h("1.2 Hoe is het beleid tot stand gekomen?")
p("Het beleid is gemaakt volgens de methode Kernbeleid Veiligheid van de VNG. We hebben de cijfers van de "
  "politie, de Veiligheidsmonitor 2023 en het ondermijningsbeeld van het RIEC Noord-Nederland gebruikt. In "
  "het najaar van 2023 zijn er vier dorpsavonden gehouden, in Dorrewaard, Hesselterp, Bunsloo en Amerveen. "
  "Daarnaast hebben 289 inwoners een vragenlijst ingevuld.")
h("1.3 Wat staat niet in dit beleid?")
p("Een aantal onderwerpen valt buiten dit plan:")
dash("Verkeersveiligheid. Dit wordt geregeld in het Gemeentelijk Verkeers- en Vervoersplan 2021-2030.",
     "Brandveiligheid en crisisbeheersing. Daarvoor is de Veiligheidsregio Drenthe verantwoordelijk.",
     "Cybercrime bij bedrijven. De aanpak daarvan wordt in het economisch beleid geregeld, samen met de "
     "ondernemersvereniging.")
p("Radicalisering en polarisatie zijn geen prioriteit meer. In de vorige periode was dat wel zo, maar er "
  "zijn sinds 2021 geen nieuwe signalen meer geweest. Signalen worden wel besproken in het "
  "casusoverleg.")

h("2. VEILIGHEIDSBEELD")
h("2.1 Dorrewaard in het kort")
p("De gemeente Dorrewaard telt 22.340 inwoners (1 januari 2023), verdeeld over vijf dorpen: Dorrewaard "
  "(9.780), Hesselterp (4.230), Bunsloo (3.610), Amerveen (2.920) en Stobbekamp (1.800). Het "
  "buitengebied bestaat vooral uit veenkoloniaal landbouwgebied. Op de vier vakantieparken en in "
  "tientallen particuliere woningen wonen naar schatting 1.400 arbeidsmigranten, die vooral werken in de "
  "distributiecentra langs de N34. Dorrewaard valt onder basisteam Zuidoost-Drenthe van de politie-eenheid "
  "Noord-Nederland.")
h("2.2 Cijfers")
p("In de tabel hieronder staan de belangrijkste cijfers over de jaren 2020 tot en met 2023.")
pre("""  Tabel 1  Geregistreerde misdrijven en meldingen, gemeente Dorrewaard

  Soort                                    2020     2021     2022     2023
  ---------------------------------------------------------------------------
  Woninginbraak                              61       54       49       43
  Oplichting ouderen (babbeltruc)            12       17       23       29
  Aangiften phishing/bankhelpdeskfraude      38       57       74       88
  Signalen uitbuiting arbeidsmigranten        4        7       13       18
  Meldingen overlast vakantieparken          41       52       67       71
  Meldingen jeugdoverlast                   164      152      171      183
  Incidenten jaarwisseling                   22       31       27       36
  ---------------------------------------------------------------------------
  Bron: politie basisteam Zuidoost-Drenthe, gemeente Dorrewaard""")
p("Opvallend is de stijging van de oplichting van ouderen. Het aantal babbeltrucs is tussen 2020 en 2023 "
  "meer dan verdubbeld, en het aantal aangiften van phishing en bankhelpdeskfraude is in dezelfde periode "
  "bijna verdrievoudigd. De politie denkt dat veel slachtoffers geen aangifte doen uit schaamte.")
h("2.3 Veiligheidsgevoel")
p("Volgens de Veiligheidsmonitor 2023 voelt 12% van de inwoners zich weleens onveilig in de eigen buurt. "
  "In Hesselterp is dat 19%, vooral door de overlast rond vakantiepark De Hesselhof. Inwoners geven hun "
  "buurt een 7,8. Van de 65-plussers zegt 38% dat ze het afgelopen jaar een verdacht telefoontje of "
  "bericht kregen.")

h("2.4 Terugblik op ‘Dorrewaard Veilig 2019-2022’")
p("Het vorige beleid had vier prioriteiten: woninginbraak, jeugdoverlast, radicalisering en "
  "drugsoverlast. Uit de evaluatie van oktober 2023 blijkt dat het aantal woninginbraken is gedaald van 61 "
  "in 2020 naar 43 in 2023. De jeugdoverlast is ongeveer gelijk gebleven. De aanpak van drugsoverlast in "
  "Amerveen heeft gewerkt: na de sluiting van twee drugspanden op grond van artikel 13b Opiumwet zijn de "
  "meldingen daar sterk afgenomen. Woninginbraak en drugsoverlast horen daarom nu bij de "
  "basisveiligheid.")
h("2.5 Wat zeggen inwoners?")
p("Op de dorpsavonden kwamen ongeveer 170 inwoners. Zij noemden vooral de onrust rond vakantieparken, "
  "het zware vuurwerk en de oplichting van ouderen. Inwoners van Bunsloo vertelden dat zij niet weten bij "
  "wie ze terechtkunnen als ze denken dat er in een woning te veel mensen wonen. Veel inwoners van "
  "Hesselterp willen dat de gemeente strenger optreedt bij vakantiepark De Hesselhof. Op de vraag wat "
  "inwoners zelf kunnen doen, noemden veel mensen buurtpreventie en het melden van verdachte situaties.")

h("3. PRIORITEITEN")
p("Voor de periode 2024-2027 kiest Dorrewaard drie prioriteiten:")
num("Uitbuiting en ondermijning rond arbeidsmigratie",
    "Veilig ouder worden: oplichting en ouderenmishandeling",
    "Jeugd en de jaarwisseling")
h("3.1 Uitbuiting en ondermijning rond arbeidsmigratie")
p("Wat zien we? Het aantal signalen van uitbuiting van arbeidsmigranten steeg van 4 in 2020 naar 18 in 2023. "
  "Er zijn uitzendbureaus die hun werknemers met twaalf of meer mensen in één woning huisvesten en de "
  "huur direct van het loon inhouden. Op twee vakantieparken wonen meer arbeidsmigranten dan toeristen.")
p("Wat willen we bereiken?")
dot("elke melding over slechte huisvesting wordt binnen tien werkdagen gecontroleerd;",
    "in 2027 zijn alle vakantieparken gecontroleerd op permanente bewoning;",
    "het aantal signalen dat bij de Nederlandse Arbeidsinspectie wordt gemeld, stijgt.")
p("Wat gaan we doen?")
num("We stellen een huisvestingsverordening voor arbeidsmigranten op met een maximum van acht personen "
    "per woning.",
    "We voeren elk kwartaal een integrale controle uit op vakantieparken, samen met de politie, de "
    "Nederlandse Arbeidsinspectie en de Belastingdienst.",
    "We passen de Wet Bibob toe bij uitzendbureaus die een vergunning voor huisvesting aanvragen.",
    "We openen met het Leger des Heils een inloopspreekuur voor arbeidsmigranten in Bunsloo.")
p("Trekker van deze prioriteit is de gemeente, met een coördinator arbeidsmigratie (0,6 fte). De "
  "vakantieparken zelf zijn ook partner: met de eigenaren van de vier parken maken we afspraken over de "
  "registratie van bewoners. Arbeidsmigranten die slachtoffer zijn van uitbuiting, verwijzen we door naar "
  "FairWork en naar de zorgcoördinator mensenhandel van het Zorg- en Veiligheidshuis Drenthe.")
h("3.2 Veilig ouder worden")
p("Wat zien we? In Dorrewaad wordt een op de vier inwoners in 2030 ouder dan 70. Ouderen zijn vaker "
  "slachtoffer van babbeltrucs, telefonische oplichting en financieel misbruik door bekenden. "
  "Ouderenmishandeling blijft vaak verborgen.")
p("Wat willen we bereiken?")
dot("65-plussers herkennen oplichting beter: van 52% in 2023 naar 75% in 2027;",
    "het aantal babbeltrucs daalt naar minder dan 15 per jaar;",
    "meer meldingen van ouderenmishandeling bij Veilig Thuis Drenthe.")
p("Wat gaan we doen?")
num("Vrijwillige ‘Veiligheidsmaatjes’ bezoeken oudere inwoners thuis en geven tips over oplichting.",
    "Samen met de banken organiseren we in elk dorp een voorlichtingsmiddag ‘Bel eerst je bank’.",
    "Huisartsen, wijkverpleging en het Sociaal Team krijgen een training over signalen van "
    "ouderenmishandeling.")
p("De gemeente is trekker van deze prioriteit. Het Sociaal Team en de stichting Welzijn Dorrewaard werven "
  "en begeleiden de Veiligheidsmaatjes; het doel is 40 maatjes in 2025. De politie geeft elk kwartaal door "
  "in welke straten babbeltrucs zijn gemeld, zodat we de voorlichting daar kunnen richten. Slachtoffers van "
  "oplichting kunnen terecht bij Slachtofferhulp Nederland.")
h("3.3 Jeugd en de jaarwisseling")
p("Wat zien we? De jeugdoverlast stijgt licht. Rond de jaarwisseling is er elk jaar schade door zwaar "
  "vuurwerk, en in 2022 en 2023 werden brandweerlieden en ambulancepersoneel in Stobbekamp bekogeld.")
p("Wat willen we bereiken? Geen geweld tegen hulpverleners tijdens de jaarwisseling, en minder dan 20 "
  "incidenten in de nacht van oud en nieuw.")
p("Wat gaan we doen?")
dash("Vuurwerkvrije zones bij het verzorgingshuis, de dierenweide en de kerk in Dorrewaard.",
     "Een ‘Oudjaarsoverleg’ vanaf september, met politie, jongerenwerk en dorpsbelangen.",
     "Halt-trajecten voor jongeren die vuurwerk afsteken buiten de toegestane tijden.",
     "Cameratoezicht op grond van artikel 151c Gemeentewet op het Brinkplein in Stobbekamp, alleen "
     "rond de jaarwisseling.")
p("Daarnaast blijft het jongerenwerk in alle dorpen aanwezig op de vaste ontmoetingsplekken. De "
  "jongerenwerkers en de wijkagenten bespreken elke maand welke groepen aandacht nodig hebben. Ouders van "
  "jongeren die rond oud en nieuw in de fout gaan, krijgen een uitnodiging voor een gesprek met de "
  "jongerenwerker en de wijkagent.")

h("3.4 Basisveiligheid")
p("Naast de drie prioriteiten blijft de gemeente werken aan onderwerpen die goed lopen, maar die "
  "aandacht blijven vragen. Daarvoor is geen nieuw geld nodig. Het gaat om:")
dash("woninginbraak en buurtpreventie, met Burgernet en de WhatsApp-groepen in alle dorpen;",
     "drugsoverlast, met de bestaande aanpak op grond van artikel 13b Opiumwet;",
     "horeca en evenementen, met de Alcoholwet en het evenementenbeleid;",
     "personen met verward gedrag, via het casusoverleg en het Zorg- en Veiligheidshuis Drenthe.")
p("Buurtpreventie werkt alleen als inwoners meedoen. In 2023 waren er 31 WhatsApp-buurtpreventiegroepen "
  "in de gemeente, met samen ongeveer 2.600 deelnemers. Bij Burgernet waren 3.150 inwoners aangemeld. "
  "We willen dat aantal vergroten door elk jaar in de week van de inbraakpreventie een wervingsactie te "
  "houden.")

h("4. SAMENWERKING")
h("4.1 Partners")
p("De gemeente werkt samen met de politie (basisteam Zuidoost-Drenthe), het Openbaar Ministerie, het RIEC "
  "Noord-Nederland, het Zorg- en Veiligheidshuis Drenthe, Veilig Thuis Drenthe, Halt, de Veiligheidsregio "
  "Drenthe, woningstichting Veenland Wonen, het Leger des Heils en de dorpsbelangenverenigingen, en "
  "omdat veel problemen op het snijvlak van zorg en veiligheid liggen en de betrokken organisaties "
  "ieder een ander stukje van het verhaal kennen, spreken we af dat zij informatie delen binnen de "
  "regels van de AVG en het convenant van het veiligheidshuis, zodat één regisseur het overzicht houdt.")
p("De burgemeester is verantwoordelijk voor de openbare orde en heeft op grond van artikel 172 "
  "Gemeentewet het gezag over de politie bij de handhaving daarvan. De wethouder zorg is verantwoordelijk "
  "voor de zorgkant, zoals het Sociaal Team en Veilig Thuis. Het team Openbare Orde en Veiligheid van de "
  "gemeente (2,4 fte) coördineert de uitvoering van dit beleid.")
h("4.2 Overleggen")
pre("""  Overleg                          Deelnemers                       Frequentie
  -----------------------------------------------------------------------------
  Lokale driehoek                  burgemeester, politie, OM        5x per jaar
  Ondermijningsoverleg             gemeente, politie, RIEC          maandelijks
  Casusoverleg zorg en veiligheid  gemeente, zorg, politie          tweewekelijks
  Oudjaarsoverleg                  gemeente, politie, jongerenwerk  sept. t/m jan.""")

h("5. FINANCIËN")
p("Voor de uitvoering van dit beleid is jaarlijks € 174.500 beschikbaar. De verdeling is als volgt:")
pre("""  Onderdeel                                          Bedrag per jaar
  -------------------------------------------------------------------
  Uitbuiting en ondermijning rond arbeidsmigratie          € 71.000
  Veilig ouder worden                                      € 38.500
  Jeugd en de jaarwisseling                                € 45.000
  Basisveiligheid (Burgernet, buurtpreventie)              € 20.000
  -------------------------------------------------------------------
  Totaal                                                  € 174.500""")
p("Daarnaast stelt de raad eenmalig € 25.000 beschikbaar voor de camera’s op het Brinkplein. De bijdrage "
  "aan het Zorg- en Veiligheidshuis Drenthe en aan de Veiligheidsregio Drenthe valt buiten dit budget.")

h("6. MONITORING EN EVALUATIE")
p("Elk jaar stelt het college een uitvoeringsprogramma op. De raad krijgt elk jaar in september een "
  "voortgangsbrief. In 2025 en 2027 doet Dorrewaard mee aan de Veiligheidsmonitor. Na de jaarwisseling "
  "wordt elk jaar in februari een korte evaluatie van oud en nieuw naar de raad gestuurd. In 2027 volgt "
  "een eindevaluatie.")
p("We volgen de voortgang met een klein aantal indicatoren: het aantal signalen van uitbuiting, het aantal "
  "gecontroleerde woningen en vakantieparken, het aantal babbeltrucs en aangiften van bankhelpdeskfraude, "
  "het aantal Veiligheidsmaatjes, het aantal incidenten tijdens de jaarwisseling en het veiligheidsgevoel "
  "uit de Veiligheidsmonitor. Als een prioriteit niet meer nodig is, of als er een nieuw probleem "
  "opkomt, kan de driehoek na overleg met de raad de prioriteiten aanpassen.")

h("7. BEGRIPPEN EN AFKORTINGEN")
dot("Babbeltruc: oplichting aan de deur, waarbij de dader zich voordoet als bijvoorbeeld monteur of "
    "medewerker van de gemeente om binnen te komen en geld of spullen te stelen.",
    "Bankhelpdeskfraude: oplichters bellen en doen zich voor als medewerker van de bank om het "
    "slachtoffer geld te laten overmaken naar een ‘veilige rekening’.",
    "Veiligheidsmaatje: vrijwilliger die oudere inwoners thuis bezoekt en hen helpt zich te beschermen "
    "tegen oplichting.",
    "AVG: Algemene Verordening Gegevensbescherming.",
    "RIEC: Regionaal Informatie- en Expertisecentrum.",
    "OM: Openbaar Ministerie.")


# ============================================================ rendering
def render():
    lines = []
    for kind, t in B:
        if kind == "break":
            lines.append("\f")
        elif kind == "blank":
            lines.append("")
        elif kind == "title":
            lines.append(t.center(WIDTH).rstrip())
        elif kind == "h":
            lines += ["", "  " + t, ""] if not t[:1].isdigit() or " " not in t[:4] else ["", "  " + t]
        elif kind == "p":
            lines += textwrap.wrap(t, WIDTH, initial_indent="  ", subsequent_indent="  ") + [""]
        elif kind == "dash":
            lines += textwrap.wrap(t, WIDTH, initial_indent="  - ", subsequent_indent="    ")
        elif kind == "dot":
            lines += textwrap.wrap(t, WIDTH, initial_indent="    • ", subsequent_indent="      ")
        elif kind == "num":
            lines += textwrap.wrap(t, WIDTH, initial_indent="  ", subsequent_indent="     ")
        elif kind == "pre":
            lines += [""] + t.split("\n") + [""]
    # collapse runs of blank lines
    out = []
    for ln in lines:
        if ln == "" and out and out[-1] == "":
            continue
        out.append(ln)
    # paginate: page 1 is the title page (up to the first \f), no header/footer on it
    pages, cur = [], []
    for ln in out:
        if ln == "\f":
            pages.append(cur)
            cur = []
            continue
        cur.append(ln)
        if len(pages) > 0 and len(cur) >= LINES_PER_PAGE:
            pages.append(cur)
            cur = []
    if cur:
        pages.append(cur)
    text = []
    for i, pg in enumerate(pages):
        while pg and pg[0] == "":
            pg = pg[1:]
        while pg and pg[-1] == "":
            pg = pg[:-1]
        if i == 0:
            body = [""] * 12 + pg
        else:
            body = [HEADER, ""] + pg + ["", ("Pagina %d" % (i + 1)).rjust(WIDTH)]
        text.append("\n".join(body) + "\n")
    return "\f".join(text)


if __name__ == "__main__":
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    txt = render()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)
    print("wrote", OUT, "pages:", txt.count("\f") + 1, "words:", len(txt.split()))
