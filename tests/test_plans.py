"""Plan at a glance: priorities, partners, goals and outline by rules, on the seeds and on a fictional third plan."""

from __future__ import annotations

import pytest

from assistant.ingest.documents import Document, DocumentMetadata, load_bytes, load_document
from assistant.ingest.plan_items import (
    find_goals,
    find_outline,
    find_partners,
    find_priorities,
    is_measurable,
    same_priority,
)
from assistant.insights.plans import build_card, chart_points, cited_table_rows, document_tables, plan_card, plan_cards
from tests.conftest import FIXTURES, SEED_CORPUS, TESTREGIO_PLAN


def plan(name: str) -> Document:
    path = SEED_CORPUS / f"{name}.txt" if name in ("doesburg", "dalfsen") else FIXTURES / "plans" / f"{name}.txt"
    return load_document(path)


@pytest.fixture(scope="module")
def doesburg() -> Document:
    return plan("doesburg")


@pytest.fixture(scope="module")
def dalfsen() -> Document:
    return plan("dalfsen")


@pytest.fixture(scope="module")
def brakkenveen() -> Document:
    return plan("brakkenveen")


def summary(priorities):
    return [(p.short, p.scope, set(p.themes)) for p in priorities]


# --------------------------------------------------------------------------- priorities

def test_doesburg_priorities(doesburg):
    assert summary(find_priorities(doesburg)) == [
        ("Zorg en Veiligheid", "", {"sociale-kwaliteit"}),
        ("Jeugd en Veiligheid", "", {"jeugdoverlast", "jeugdcriminaliteit", "jeugd-alcohol-drugs", "veilig-school"}),
        ("Ondermijning", "", {"ondermijning"}),
        ("Digitale criminaliteit", "", {"informatieveiligheid"}),
    ]


def test_dalfsen_local_and_regional_priorities_as_named_in_the_summary_lists(dalfsen):
    assert summary(find_priorities(dalfsen)) == [
        ("Woninginbraken", "lokaal", {"high-impact-crime"}),
        ("Te hard rijden", "lokaal", {"verkeersveiligheid"}),
        ("Woonoverlast", "lokaal", {"sociale-kwaliteit"}),  # the list's name, not the heading "3. Aanpak woonoverlast"
        ("Zelfredzaamheid en Risicocommunicatie", "lokaal", {"rampenbestrijding"}),
        ("Ondernijning", "regionaal", {"ondermijning"}),  # the plan's typo, mapped to the right theme
        ("Cybercrime", "regionaal", {"informatieveiligheid"}),
        ("Personen met verward gedrag", "regionaal", {"sociale-kwaliteit"}),
    ]


def test_priority_names_are_spans_of_the_source(doesburg, dalfsen):
    for doc in (doesburg, dalfsen):
        for p in find_priorities(doc):
            assert doc.text[p.citation.start:p.citation.end] == p.name == p.citation.quote
            assert p.name.startswith(p.short) and p.short in doc.text
            assert p.context is not None and doc.text[p.context.start:p.context.end] == p.context.quote
    ondermijning = find_priorities(dalfsen)[4]
    assert ondermijning.name == "Ondernijning (met name aanpak drugs/hennepteelt)"
    assert "speerpunt" in find_priorities(dalfsen)[0].context.quote


def test_a_third_plan_priorities_skip_the_list_that_has_no_priority(brakkenveen):
    assert summary(find_priorities(brakkenveen)) == [
        ("Jeugdoverlast en hangjongeren", "lokaal", {"jeugdoverlast"}),
        ("Verkeersveiligheid rond scholen", "lokaal", {"verkeersveiligheid", "veilig-school"}),
        ("Huiselijk geweld", "lokaal", {"high-impact-crime"}),
        ("Mensenhandel", "regionaal", {"ondermijning"}),
        ("Radicalisering en polarisatie", "regionaal", {"radicalisering"}),
    ]


def mini_plan(text: str) -> Document:
    return Document("t", text, DocumentMetadata("T", "Plan"))


def test_enumerated_sub_headings_of_a_priorities_heading_are_priorities():
    doc = mini_plan("2 Beleid\n\nWe kiezen.\n\n2.1 Lokale prioriteiten\n\n1. Woninginbraken\n\nWe doen aan preventie.\n\n"
                    "2. Drugsoverlast\n\nWe pakken dealers aan.\n\n2.2 Middelen\n\nGeld.\n")
    assert [(p.name, p.scope, p.origin) for p in find_priorities(doc)] == [
        ("Woninginbraken", "lokaal", "kop"), ("Drugsoverlast", "lokaal", "kop")]


def test_a_priorities_list_with_speerpunten_under_each_item_is_its_top_level_items():
    # overheid.nl writes each marker on a line of its own, the text on the next
    doc = mini_plan("4. Prioriteiten\n\nWij kiezen voor twee prioriteiten, elk met speerpunten:\n\n  • 1.\n\n    Woninginbraak\n\n"
                    "      • a.\n\n        inbraakpreventie in de wijken;\n\n      • b.\n\n        nazorg voor slachtoffers.\n\n"
                    "  • 2.\n\n    Veilig ondernemen\n\n      • a.\n\n        het Keurmerk Veilig Ondernemen.\n\nTekst.\n")
    assert [(p.name, p.origin) for p in find_priorities(doc)] == [("Woninginbraak", "lijst"), ("Veilig ondernemen", "lijst")]


PRIORITIES = "4. Prioriteiten\n\nWe kiezen voor twee prioriteiten:\n\n- Woninginbraak\n- Jeugdoverlast\n\n"


def test_a_list_under_other_topics_is_no_priorities_list():
    doc = mini_plan(PRIORITIES + "5. Overige veiligheidsthema's\n\nVoor deze prioriteiten en thema's geldt:\n\n"
                    "- de jaarwisseling\n- evenementenveiligheid\n")
    assert [p.name for p in find_priorities(doc)] == ["Woninginbraak", "Jeugdoverlast"]


def test_the_topics_besides_the_priorities_are_no_priorities():
    doc = mini_plan(PRIORITIES + "5. Verder\n\nNaast deze prioriteiten blijven wij werken aan:\n\n"
                    "- de jaarwisseling\n- evenementenveiligheid\n")
    assert [p.name for p in find_priorities(doc)] == ["Woninginbraak", "Jeugdoverlast"]
    # unless the lead-in goes on to name priorities of another kind
    doc = mini_plan(PRIORITIES + "5. Regio\n\nNaast de lokale prioriteiten werken we aan deze regionale speerpunten:\n\n"
                    "- Ondermijning\n- Cybercrime\n")
    assert [p.name for p in find_priorities(doc)] == ["Woninginbraak", "Jeugdoverlast", "Ondermijning", "Cybercrime"]


def test_a_list_of_priority_groups_is_the_items_under_its_labels():
    doc = mini_plan("4. Beleid\n\nWe kiezen deze prioriteiten:\n\n- Lokale prioriteiten:\n  - Woninginbraak\n"
                    "  - Jeugdoverlast\n- Regionale prioriteiten:\n  - Ondermijning\n  - Cybercrime\n")
    assert [p.name for p in find_priorities(doc)] == ["Woninginbraak", "Jeugdoverlast", "Ondermijning", "Cybercrime"]


def test_numbered_sections_under_speerpunten_count_when_they_name_a_theme():
    doc = mini_plan("3 Speerpunten\n\nDit zijn onze speerpunten.\n\n3.1 Woninginbraken\n\nTekst.\n\n"
                    "3.2 Drugsoverlast\n\nTekst.\n\n3.3 Regionale thema's\n\nTekst.\n\n4 Financien\n\nGeld.\n")
    assert [p.name for p in find_priorities(doc)] == ["Woninginbraken", "Drugsoverlast"]


def test_numbered_sections_worked_out_like_those_that_name_a_theme_count_too():
    """'4.2 Jongeren en zware criminaliteit' names no theme of the taxonomy, but is worked out in the same sub-sections
    as '4.1 Drugscriminaliteit'; '4.3 Sturen en meten', worked out otherwise, stays out."""
    shape = "Analyse\n\nTekst.\n\nDoelstelling\n\nTekst.\n\nMaatregelen\n\nTekst.\n\n"
    doc = mini_plan("4. Uitwerking van de prioriteiten\n\nHieronder werken we de prioriteiten uit.\n\n"
                    f"4.1 Drugscriminaliteit\n\n{shape}4.2 Jongeren en zware criminaliteit\n\n{shape}"
                    f"4.3 Woninginbraak\n\n{shape}4.4 Sturen en meten\n\nWe meten elk jaar.\n\n5. Financien\n\nGeld.\n")
    assert [p.name for p in find_priorities(doc)] == ["Drugscriminaliteit", "Jongeren en zware criminaliteit",
                                                      "Woninginbraak"]


def test_headings_that_call_themselves_priorities_and_a_heading_that_counts_its_own_are_priorities():
    page = ("<html><body><h1>Veiligheidsbeleid Proefdam</h1><h2>Onze drie prioriteiten</h2>"
            "<h3>Ondermijning in de glastuinbouw</h3><p>Criminelen misbruiken kassen.</p>"
            "<h3>Jongeren en veiligheid</h3><p>Overlast op straat.</p><h3>Veilig ondernemen</h3><p>Winkeldiefstal.</p>"
            "<h2>Prioriteit 1: Ondermijning in de glastuinbouw</h2><p>Tekst.</p>"
            "<h2>Prioriteit 2: Jongeren en veiligheid</h2><p>Tekst.</p><h2>Prioriteit 3: Veilig ondernemen</h2><p>Tekst.</p>"
            "<h2>Ook aandacht voor</h2><p>De jaarwisseling.</p></body></html>")
    names = [p.name for p in find_priorities(load_bytes(page.encode(), "proefdam.html"))]
    assert names == ["Ondermijning in de glastuinbouw", "Jongeren en veiligheid", "Veilig ondernemen"]
    labelled = page.replace("<h2>Onze drie prioriteiten</h2>", "<h2>Inleiding</h2>")  # the labelled headings alone
    assert [p.name for p in find_priorities(load_bytes(labelled.encode(), "proefdam.html"))] == names
    counted = page[:page.index("<h2>Prioriteit 1")] + "</body></html>"  # the heading that counts them alone
    assert [p.name for p in find_priorities(load_bytes(counted.encode(), "proefdam.html"))] == names
    two = counted.replace("<h3>Veilig ondernemen</h3><p>Winkeldiefstal.</p>", "")  # says three, has two: not these
    assert not find_priorities(load_bytes(two.encode(), "proefdam.html"))


def test_markdown_sub_headings_of_a_joint_plan_are_each_members_priorities():
    doc = load_bytes(TESTREGIO_PLAN.encode(), "testland.md")
    local = [p for p in find_priorities(doc) if p.origin == "kop"]
    assert [(p.name, p.member, p.scope) for p in local] == [
        ("jongerenoverlast en hangplekken", "Noordstee", "lokaal"), ("verkeersveiligheid", "Zuiddorp", "lokaal")]
    assert {p.context.quote for p in local} == {"1. Lokale prioriteiten"}  # the heading as it reads, without "##"


def test_bold_markdown_sub_headings_with_closing_marks_are_priorities():
    doc = load_bytes("# Plan Proefregio 2025-2028\n\n**Gemeenten Noordstad en Zuiddorp**\n\n## 1. Lokale prioriteiten\n\n"
                     "### **1.1 Noordstad: jeugdoverlast** ###\n\nTekst.\n\n### **1.2 Zuiddorp: verkeersveiligheid** ###\n\n"
                     "Tekst.\n".encode(), "proefregio.md")
    assert [(p.name, p.member, p.citation.quote) for p in find_priorities(doc)] == [
        ("jeugdoverlast", "Noordstad", "jeugdoverlast"), ("verkeersveiligheid", "Zuiddorp", "verkeersveiligheid")]


def test_markdown_sub_headings_under_a_partners_heading_are_partners():
    doc = load_bytes(b"# Plan Proefdam 2025-2028\n\n## 3. Onze partners\n\n### Politie\n\nTekst.\n\n"
                     b"### Veilig Thuis\n\nTekst.\n", "proefdam.md")
    assert [(p.name, p.citation.quote) for p in find_partners(doc)] == [("Politie", "Politie"),
                                                                       ("Veilig Thuis", "Veilig Thuis")]


def test_a_paragraph_labelled_partners_and_the_names_under_met_wie_are_partners():
    page = ("<html><body><main><h1>Veiligheidsplan Proefdam 2025-2028</h1><h2>1. Uitgaan</h2>"
            "<p>Partners: KHN afdeling Proefdam, de politie, GGD Proefland (voor voorlichting over alcohol, drugs en "
            "geweld) en de taxicentrale.</p><h3>Met wie?</h3><p>Politie, Openbaar Ministerie, Halt en Woonbedrijf "
            "Proefdam.</p><h3>Partners</h3><p>Naast de externe partners zijn wij afhankelijk van de interne partners, "
            "de afdelingen van de gemeente zelf, bijvoorbeeld Wonen.</p></main></body></html>")
    doc = load_bytes(page.encode(), "proefdam.html")
    assert [p.name for p in find_partners(doc)] == [
        "KHN afdeling Proefdam", "politie", "GGD Proefland (voor voorlichting over alcohol, drugs en geweld)",
        "taxicentrale", "Openbaar Ministerie", "Halt", "Woonbedrijf Proefdam"]  # names only, each once ("Politie")


def test_a_paragraph_that_announces_the_list_below_introduces_the_priorities():
    page = ("<html><body><main><h1>Veiligheidsplan Proefdam 2025-2028</h1><h2>4. Vier prioriteiten</h2>"
            "<p>De raad koos de volgende prioriteiten. Klik op een prioriteit om de uitwerking te lezen.</p>"
            "<ul><li>Explosies en intimidatie</li><li>Jongeren en wapens</li></ul></main></body></html>")
    doc = load_bytes(page.encode(), "proefdam.html")
    assert [p.name for p in find_priorities(doc)] == ["Explosies en intimidatie", "Jongeren en wapens"]


def test_a_bold_markdown_label_over_goals_gives_the_goals():
    doc = load_bytes(b"# Plan Proefdam 2025-2028\n\n## 4.1 Ondermijning\n\n**Wat willen we bereiken?**\n\n"
                     b"- Meer signalen van ondermijning worden gemeld.\n- Minder drugslabs in 2028.\n\n"
                     b"**Wat gaan we doen?**\n\n- We trainen medewerkers.\n", "proefdam.md")
    goals = find_goals(doc)
    assert [(g.text, g.kind, g.topic) for g in goals] == [
        ("Meer signalen van ondermijning worden gemeld", "doelstelling", "4.1 Ondermijning"),
        ("Minder drugslabs in 2028", "doelstelling", "4.1 Ondermijning")]


def test_a_focus_chapter_does_not_make_its_sections_priorities(dalfsen):
    names = [p.name for p in find_priorities(dalfsen)]
    assert not {"Lokale prioriteiten", "Regionale thema's", "Sturen en meten aanpak lokale prioriteiten"} & set(names)


@pytest.mark.parametrize("a, b, same", [
    ("Woonoverlast", "Aanpak woonoverlast", True),
    ("Ondernijning", "Ondermijning", True),
    ("Cybercrime", "Cybercrime (niet zijnde cybersecurity)", True),
    ("Personen met verward gedrag", "Aanpak personen met verward gedrag: Versterken van de samenwerking", True),
    ("Woninginbraken", "Woonoverlast", False),
    ("Veilige wijken", "veilige wijken met De Kreekwijk als eerste aandachtsgebied", True),  # a heading's short name
    ("Jeugd", "Jeugd en veiligheid", False),  # too short a name to stand for a longer one
    ("Veilige wijken", "Veiligheid in de wijken", False),
])
def test_same_priority(a, b, same):
    assert same_priority(a, b) is same


# --------------------------------------------------------------------------- partners

def test_doesburg_partners_from_its_partner_sentence(doesburg):
    names = [p.name for p in find_partners(doesburg)]
    assert names == ["VGGM", "Politie", "OM", "RIEC", "gemeente Rheden", "gemeente Rozendaal", "Veiligheidshuis",
                     "zorginstellingen", "woonservice IJsselland", "inwoners"]


def test_dalfsen_partners_from_headings_and_lists(dalfsen):
    partners = find_partners(dalfsen)
    names = [p.name for p in partners]
    for expected in ("Veiligheidsregio IJsselland", "Nationale Politie",
                     "Regionaal Coördinatiepunt Integrale Veiligheid (RCIV)", "Veiligheidsnetwerk Oost-Nederland",
                     "SAAM Welzijn", "Openbaar Ministerie", "Veiligheidshuis IJsselland", "GGZ", "OM", "Politie"):
        assert expected in names
    assert "Woninginbraken" not in names
    groups = {p.name: p.group for p in partners}
    assert groups["Openbaar Ministerie"] == "Overige externe partners"
    for p in partners:
        assert dalfsen.text[p.citation.start:p.citation.end] == p.name


def test_a_third_plan_partners(brakkenveen):
    assert [p.name for p in find_partners(brakkenveen)] == [
        "politie", "Openbaar Ministerie", "Veiligheidsregio Noordkust", "Halt", "woningcorporatie Thuisbaak",
        "Jongerenwerk De Baken", "GGD Noordkust", "Veilig Thuis Noordkust"]


# --------------------------------------------------------------------------- goals

def test_dalfsen_measurable_goals_per_priority(dalfsen):
    goals = [g for g in find_goals(dalfsen) if g.kind == "doelstelling"]
    assert len(goals) == 5 and all(g.measurable for g in goals)
    assert goals[0].text == "Het aantal woninginbraken is in 2022 gedaald met 50% t.o.v. 40 woninginbraken in 2017"
    assert (goals[0].topic, goals[0].themes) == ("1. Woninginbraken", ("high-impact-crime",))
    assert [g.topic for g in goals[1:3]] == ["2. Te hard rijden", "3. Aanpak woonoverlast"]


def test_doesburg_goals_and_ambitions_per_theme(doesburg):
    goals = find_goals(doesburg)
    undermining = [g for g in goals if g.topic == "Ondermijning"]
    assert [g.kind for g in undermining].count("ambitie") == 3
    assert [g.kind for g in undermining].count("doelstelling") == 6  # whole list items, not sentences
    assert all(g.themes == ("ondermijning",) for g in undermining)
    assert not any(g.measurable for g in goals)
    for g in goals:
        assert doesburg.text[g.citation.start:g.citation.end] == g.text


def test_a_third_plan_goals(brakkenveen):
    goals = find_goals(brakkenveen)
    assert [(g.text, g.measurable) for g in goals] == [
        ("Het aantal meldingen van jeugdoverlast daalt in 2027 met 20% ten opzichte van 2024", True),
        ("Elke hinderlijke jeugdgroep heeft een vaste contactpersoon bij jongerenwerk", False),
        ("In 2028 ligt het aantal verkeersongevallen met letsel onder de 10 per jaar", True),
    ]


@pytest.mark.parametrize("text, measurable", [
    ("De door inwoners ervaren overlast door omwonenden is in 2021 met 4% gedaald t.o.v. 2017.", True),
    ("We stellen 2 aandachtsfunctionarissen mensenhandel aan.", False),
    ("We continueren de voorlichtingslessen door Halt in groep 8.", False),
    ("Het aantal incidenten daalt met 15 ten opzichte van 2023.", True),
    ("In 2025 evalueren we het plan.", False),
])
def test_is_measurable(text, measurable):
    assert is_measurable(text) is measurable


# --------------------------------------------------------------------------- outline

def test_outline(dalfsen, doesburg):
    chapters = [o.title for o in find_outline(dalfsen) if o.level == 1]
    assert chapters == ["Samenvatting", "1. Inleiding", "2. Huidige situatie", "3. Strategisch kader",
                        "4. Focus beleidsperiode 2019-2022", "5. Overige veiligheidsthema's",
                        "6. Organisatie en coördinatie", "7. Tot slot"]
    assert "4.1 Lokale prioriteiten" in [o.title for o in find_outline(dalfsen)]
    titles = [o.title for o in find_outline(doesburg)]
    assert titles[0] == "Introductie" and "Ondermijning" in titles
    assert "Ambities" not in titles and "Integraal veiligheidsbeleid gemeente Doesburg 2024-2027" not in titles


def test_a_numbered_chapter_that_asks_a_question_is_in_the_outline_a_label_is_not():
    doc = load_bytes("# Plan Proefdam 2025-2028\n\n## 1. Waarom dit plan?\n\nTekst.\n\n## 2. Aanpak\n\n"
                     "### Wat zien we?\n\nMeer inbraken.\n".encode(), "proefdam.md")
    assert [o.title for o in find_outline(doc)] == ["1. Waarom dit plan?", "2. Aanpak"]


# --------------------------------------------------------------------------- cards on the index

def test_plan_cards_on_the_index_cite_every_item(assistant):
    index = assistant.index
    cards = plan_cards(index)
    assert [c.municipality for c in cards] == ["Dalfsen", "Doesburg"]
    doesburg = plan_card(index, "doesburg")
    assert (doesburg.period, doesburg.adopted_by, doesburg.adopted_on) == ("2024-2027", "gemeenteraad", "2023-09-28")
    assert plan_card(index, "doesburg") is doesburg  # cached per build
    for card in cards:
        record = card.to_dict()
        assert {"municipality", "title", "period", "priorities", "partners", "goals"} <= set(record)
        text = index.documents[card.doc_id].text
        for item in record["priorities"] + record["partners"] + record["goals"] + record["outline"]:
            citation = item["citation"]
            assert text[citation["start"]:citation["end"]] == citation["quote"]
    assert [p["name"] for p in plan_card(index, "dalfsen").to_dict()["priorities"]][4] == \
        "Ondernijning (met name aanpak drugs/hennepteelt)"


def test_a_cited_table_row_gives_chart_points(assistant):
    from assistant.citation import cite

    index = assistant.index
    table = document_tables(index, "dalfsen")[1]
    burglary = next(r for r in table.rows if r.label == "Diefstal/ inbraak woning")
    citation = cite(index.documents["dalfsen"], burglary.start, burglary.end)
    ((doc_id, found_table, row),) = cited_table_rows(index, [citation])
    assert (doc_id, found_table, row) == ("dalfsen", table, burglary)
    points = chart_points(table, row)
    assert points[0] == {"reeks": "reeks", "jaar": 2014, "waarde": 71.0, "cel": "71"}
    assert points[-1] == {"reeks": "vergelijking", "jaar": 2017, "waarde": 40.0, "cel": "40"}
    sentence = cite(index.documents["dalfsen"], 0, 20)
    assert cited_table_rows(index, [sentence]) == []


def test_build_card_of_a_third_plan(brakkenveen):
    card = build_card(brakkenveen)
    assert (card.municipality, card.period, card.tables) == ("Brakkenveen", "2025-2028", 1)
    assert len(card.measurable_goals) == 2
    assert [p.short for p in card.priorities][:1] == ["Jeugdoverlast en hangjongeren"]


def test_the_priorities_of_the_previous_plan_or_of_another_period_are_not_this_plans():
    from assistant.ingest.plan_items import find_priorities

    text = ("Integraal Veiligheidsplan Proefstad 2024-2027\n\nHet vorige plan had drie prioriteiten: woninginbraak, "
            "jeugdoverlast en ondermijning.\n\nHet Integraal Veiligheidsplan 2019-2022 had twee prioriteiten: "
            "fietsendiefstal en vandalisme.\n\nProefstad kiest voor 2024-2027 twee prioriteiten: cybercrime en "
            "verward gedrag.\n")
    doc = load_bytes(text.encode(), "proefstad.txt")
    assert [p.name for p in find_priorities(doc)] == ["cybercrime", "verward gedrag"]


def test_focusgebieden_are_priorities_named_in_a_sentence_or_as_labelled_headings():
    """'De gemeente kiest voor vier focusgebieden: A, B, C en D.' and 'Focusgebied 1: A' headings, as 'speerpunten'."""
    sentence = ("Veiligheidsplan Proefdam\n\nInleiding\n\nDe gemeente kiest voor drie focusgebieden: veilig uitgaan, "
                "een veilig stationsgebied en digitale veiligheid.\n\nSlot\n\nDat was het.\n")
    names = [p.name for p in find_priorities(Document("proefdam", sentence, DocumentMetadata("Proefdam", "Plan")))]
    assert names == ["veilig uitgaan", "een veilig stationsgebied", "digitale veiligheid"]
    page = ("<html><body><h1>Veiligheidsbeleid Proefdam</h1><h2>Focusgebied 1: Veilig uitgaan</h2><p>Tekst.</p>"
            "<h2>Focusgebied 2: Digitale veiligheid</h2><p>Tekst.</p><h2>Financiën</h2><p>Geld.</p></body></html>")
    assert [p.name for p in find_priorities(load_bytes(page.encode(), "proefdam.html"))] == ["Veilig uitgaan",
                                                                                             "Digitale veiligheid"]


def test_pijlers_themas_and_ambities_are_priorities_only_where_they_are_counted_or_numbered_as_the_plans_own():
    """'Zo kwamen we uit op vier thema's: A, B, C en D.', 'Ambitie 1: A' headings; a body's themes are not the
    plan's ('expertteams voor zes thema's: …'), nor is an uncounted word ('De thema's zijn: …')."""
    def names(text):
        return [p.name for p in find_priorities(Document("proefdam", text, DocumentMetadata("Proefdam", "Plan")))]

    own = ("Veiligheidsplan Proefdam\n\nInleiding\n\nZo kwamen we uit op drie thema's: veilig uitgaan, jongeren en "
           "wapens, en online veiligheid.\n\nSlot\n\nDat was het.\n")
    assert names(own) == ["veilig uitgaan", "jongeren en wapens", "online veiligheid"]
    regional = own.replace("Zo kwamen we uit op drie thema's", "Het netwerk heeft expertteams voor drie thema's")
    assert names(regional) == []
    assert names(own.replace("Zo kwamen we uit op drie thema's", "De thema's zijn")) == []
    assert names(own.replace("Zo kwamen we uit op", "Dit veiligheidsplan kent")) == names(own)
    page = ("<html><body><h1>Veiligheidsplan Proefdam</h1><h2>Ambitie 1: Een weerbare haven</h2><p>Tekst.</p>"
            "<h2>Ambitie 2: Jeugd veilig op koers</h2><p>Tekst.</p><h2>Financiën</h2><p>Geld.</p></body></html>")
    assert [p.name for p in find_priorities(load_bytes(page.encode(), "proefdam.html"))] == ["Een weerbare haven",
                                                                                             "Jeugd veilig op koers"]
