"""Metadata without sidecars: title, municipality (or the members of a joint plan), period, kind, plan facts."""

from __future__ import annotations

import pytest

from assistant.ingest.documents import DocumentError, load_bytes, load_document
from assistant.ingest.metadata import document_kind, infer_metadata, joint_members, merge_metadata, plan_places


def test_joint_plan_goes_by_its_region_and_lists_its_members():
    text = ("# Integraal Veiligheidsplan Regio Kempenveld 2025-2028\n\n**Gemeenten Aardam, Beekrode en Dalheim**\n\n"
            "## Inleiding\n\nDe gemeenten werken samen in Kempenveld. Kempenveld is een regio. Kempenveld telt drie "
            "gemeenten.\n")
    meta = infer_metadata(text, "kempenveld.md")
    assert meta.municipality == "Kempenveld"
    assert meta.municipalities == ("Aardam", "Beekrode", "Dalheim") == meta.members
    assert (meta.title, meta.period) == ("Integraal Veiligheidsplan Regio Kempenveld 2025-2028", "2025-2028")
    # its chunks and sentences are indexed behind the region and its members, as questions name either
    assert meta.indexed_name == "Kempenveld (Aardam, Beekrode, Dalheim)"


def test_joint_plan_without_a_region_name_goes_by_its_members():
    text = "Veiligheidsplan 2025-2028\n\nGemeenten Aardam en Beekrode\n\nTekst van het gezamenlijke plan.\n"
    meta = infer_metadata(text, "plan.txt")
    assert meta.municipalities == ("Aardam", "Beekrode")
    assert meta.municipality == "Aardam en Beekrode" == meta.indexed_name


def test_gemeenten_in_running_text_do_not_make_a_joint_plan():
    text = ("Veiligheidsplan gemeente Proefdam 2024-2027\n\n" + "Tekst over de aanpak in Proefdam. " * 60
            + "\n\nDe gemeenten Aardam en Beekrode werken mee.\n")
    assert infer_metadata(text, "plan.txt").municipalities == ()
    assert joint_members("Gemeente Proefdam\n\nDe aanpak.") == ()


def test_a_known_municipality_in_the_title():
    meta = infer_metadata("Integraal Veiligheidsplan Zutphen 2024-2027\n\nDe aanpak van veiligheid.\n", "ivp.txt")
    assert (meta.municipality, meta.period, meta.metadata_origin) == ("Zutphen", "2024-2027", "title")


def test_a_name_the_title_and_the_text_share():
    text = ("Veiligheidsplan Oosterbroek 2026-2029\n\nOosterbroek is een dorp. In Oosterbroek wonen 9.000 mensen. "
            "Oosterbroek werkt samen met de politie.\n")
    assert infer_metadata(text, "plan.txt").municipality == "Oosterbroek"


def test_a_region_the_title_names_with_an_article_is_not_the_municipality():
    """'Veilig in het Heuvelland' names a landscape; the page title names the municipality, whose name the
    text repeats more often, and the motto keeps its closing quote."""
    text = ("Integraal Veiligheidsbeleid 2023-2026: ‘Veilig in het Heuvelland’\n\nMergeldal ligt in het Heuvelland. "
            "Het basisteam Heuvelland werkt in Mergeldal. De gemeenteraad van Mergeldal stelde het beleid vast. "
            "Mergeldal grenst aan België.\n")
    meta = infer_metadata(text, "veiligheidsbeleid.html",
                          declared_title="Integraal Veiligheidsbeleid 2023-2026 | Gemeente Mergeldal")
    assert (meta.municipality, meta.title) == ("Mergeldal", "Integraal Veiligheidsbeleid 2023-2026: ‘Veilig in het Heuvelland’")
    assert infer_metadata(text, "veiligheidsbeleid.txt").municipality == "Mergeldal"  # its council's place


def test_gemeente_line_on_the_title_page():
    text = "Gemeente Proefdam / Gemeente Proefdaam\n\nIntegraal Veiligheidsbeleid 2015-2018\n\nTekst.\n"
    meta = infer_metadata(text, "plan.txt")
    assert (meta.municipality, meta.title, meta.period) == ("Proefdam", "Integraal Veiligheidsbeleid 2015-2018", "2015-2018")


def test_period_from_the_text_when_the_title_has_none():
    text = "Kadernota Veiligheid gemeente Proefdam\n\nDeze kadernota geldt voor de periode 2023-2026.\n"
    meta = infer_metadata(text, "plan.txt")
    assert (meta.period_start, meta.period_end, meta.kind) == (2023, 2026, "kadernota")


@pytest.mark.parametrize("title, kind", [
    ("Integraal Veiligheidsplan Proefdam 2024-2027", "beleidsplan"),
    ("Kadernota Integrale Veiligheid 2023-2026", "kadernota"),
    ("Uitvoeringsprogramma Integraal Veiligheidsbeleid 2025", "uitvoeringsprogramma"),
    ("Evaluatie van het Integraal Veiligheidsplan 2019-2022", "evaluatie"),
    ("Veiligheidsanalyse Proefdam 2023", "veiligheidsanalyse"),
    ("Jaarverslag politie", "evaluatie"),
    ("Kermis en markt", None),
])
def test_document_kind_from_the_title(title, kind):
    assert document_kind(title) == kind


def test_the_declared_title_is_used_when_the_page_shows_none_and_junk_is_ignored():
    page = ("<html><head><title>Veiligheidsplan 2024-2027 | Gemeente Proefdam</title></head>"
            "<body><main><p>Gemeente Proefdam werkt aan veiligheid in alle kernen.</p></main></body></html>")
    assert load_bytes(page.encode(), "p.html").title == "Veiligheidsplan 2024-2027"
    meta = infer_metadata("Veiligheidsplan Proefdam 2024-2027\n\nTekst.\n", "x.pdf", declared_title="Microsoft Word - ivp_v3.docx")
    assert meta.title == "Veiligheidsplan Proefdam 2024-2027"


def test_a_word_default_title_is_junk_and_a_cover_page_layout_table_does_not_hide_the_title():
    # a Google-Docs export declares "Word Document"; its title page is a layout table, one long line of cells
    cover = ("Gemeente Proefdam Proefdam · Aardam · Sint-Bavo · Kleine Veen · De Haspel · Oosterend · Westerend"
             "\tVersie: vastgesteld door de raad Datum: 11 december 2025 Kenmerk: RV-2025-064\n\n"
             "Veilig Proefdam\n\nIntegraal Veiligheidsplan 2026-2029\n\nTekst.\n")
    meta = infer_metadata(cover, "proefdam.docx", declared_title="Word Document")
    assert meta.title == "Integraal Veiligheidsplan 2026-2029" and meta.municipality == "Proefdam"


def test_facts_fill_the_metadata_and_a_sidecar_overrides_them():
    text = ("Veiligheidsplan gemeente Proefdam 2024-2027\n\nVastgesteld door de gemeenteraad op 12 december 2023\n\n"
            "Het plan treedt in werking op 1 januari 2024.\n")
    meta = infer_metadata(text, "plan.txt")
    assert (meta.adopted_by, meta.adopted_on, meta.in_force_from) == ("gemeenteraad", "2023-12-12", "2024-01-01")
    merged = merge_metadata(meta, {"adopted_on": "2023-12-14", "municipalities": ["Proefdam", "Aardam"]})
    assert (merged.adopted_on, merged.in_force_from, merged.members) == ("2023-12-14", "2024-01-01", ("Proefdam", "Aardam"))
    assert merged.metadata_origin == "sidecar"


def test_sidecar_municipalities_as_a_toml_list(tmp_path):
    (tmp_path / "plan.txt").write_text("Veiligheidsplan Regio Kempenveld 2025-2028\n\nTekst van het plan.\n", encoding="utf-8")
    (tmp_path / "plan.meta.toml").write_text('municipality = "Kempenveld"\nmunicipalities = ["Aardam", "Beekrode"]\n',
                                             encoding="utf-8")
    document = load_document(tmp_path / "plan.txt")
    assert document.metadata.members == ("Aardam", "Beekrode") and document.municipality == "Kempenveld"


def test_sidecar_municipalities_of_the_wrong_type_is_a_clear_error(tmp_path):
    (tmp_path / "plan.txt").write_text("Veiligheidsplan Proefdam 2025-2028\n\nTekst van het plan.\n", encoding="utf-8")
    (tmp_path / "plan.meta.toml").write_text("municipalities = 3\n", encoding="utf-8")
    with pytest.raises(DocumentError) as excinfo:
        load_document(tmp_path / "plan.txt")
    assert "municipalities" in str(excinfo.value) and "lijst" in excinfo.value.message_nl


def test_a_joint_plan_is_adopted_by_every_members_council():
    text = ("# Veiligheidsplan Regio Kempenveld 2025-2028\n\n**Gemeenten Aardam en Beekrode**\n\n"
            "| Vastgesteld | gemeenteraad Aardam 7 november 2024, gemeenteraad Beekrode 14 november 2024 |\n")
    meta = infer_metadata(text, "kempenveld.md")
    assert (meta.adopted_by, meta.adopted_on) == ("gemeenteraden", "2024-11-14")


def test_the_quoted_motto_below_the_title_line_belongs_to_the_title():
    text = 'Gemeente Proefdam\n\nIntegraal Veiligheidsbeleid 2015-2018\n"Samen Veilig"\n\nVastgesteld door de raad.\n'
    assert infer_metadata(text, "plan.txt").title == 'Integraal Veiligheidsbeleid 2015-2018 "Samen Veilig"'
    plain = "Integraal Veiligheidsbeleid 2015-2018\nDe gemeente Proefdam werkt aan veiligheid.\n"
    assert infer_metadata(plain, "plan.txt").title == "Integraal Veiligheidsbeleid 2015-2018"


def test_a_declared_title_that_names_the_place_wins_over_a_page_title_that_does_not():
    text = "Kadernota Integrale Veiligheid 2023-2026\n\nGemeente Proefdam – samen veilig\n\nTekst.\n"
    meta = infer_metadata(text, "nota.docx", declared_title="Kadernota Integrale Veiligheid Proefdam 2023-2026")
    assert (meta.title, meta.municipality) == ("Kadernota Integrale Veiligheid Proefdam 2023-2026", "Proefdam")
    meta = infer_metadata(text, "nota.docx", declared_title="Sjabloon gemeentelijke nota")
    assert meta.title == "Kadernota Integrale Veiligheid 2023-2026"


def test_the_municipality_from_the_page_title_when_the_plan_title_and_file_name_name_none():
    text = ("Veiligheidsplan 2025-2028: Veilig in de wijk\n\nDe raad koos vier prioriteiten. De aanpak is "
            "gebiedsgericht.\n")
    meta = infer_metadata(text, "veiligheidsplan-2025.html", declared_title="Veiligheidsplan 2025-2028 - Gemeente Tolhaven")
    assert (meta.municipality, meta.metadata_origin) == ("Tolhaven", "title")


def test_a_title_that_names_one_year_is_a_plan_of_that_year_not_of_the_kadernota_it_works_out():
    text = ("Programma Veiligheid 2026\n\nGemeente Kwelderoog\n\nDit programma werkt de kadernota uit, die geldt "
            "voor de periode 2024-2027.\n")
    meta = infer_metadata(text, "programma.pdf")
    assert (meta.period_start, meta.period_end, meta.period) == (2026, 2026, "2026")
    stated = "Jaarplan Veiligheid 2025\n\nGemeente Kwelderoog\n\nDit plan geldt voor de periode 2025-2026.\n"
    assert infer_metadata(stated, "jaarplan.pdf").period == "2025-2026"  # the text says how long the year's plan runs



def test_a_numbered_section_heading_or_a_question_is_no_title():
    marks_text = ("Veilig in elke kern\n\nIntegraal Veiligheidsplan gemeente Proefdonk 2025-2028\n\n1 Inleiding\n\n"
                  "1.1 Waarom een veiligheidsplan?\n\nDit plan …\n")
    from assistant.ingest.structure import BlockKind, Mark

    heads = [marks_text.index(h) for h in ("Veilig in elke kern", "1 Inleiding", "1.1 Waarom")]
    ends = [marks_text.index("\n", h) for h in heads]
    marks = tuple(Mark(BlockKind.HEADING, a, b, 0) for a, b in zip(heads, ends))
    assert infer_metadata(marks_text, "plan.docx", marks).title == "Integraal Veiligheidsplan gemeente Proefdonk 2025-2028"


@pytest.mark.parametrize("text, municipality, places", [
    # the villages with their populations, in a sentence about them: a plan's usual description of its kernen
    ("De gemeente telt 31.480 inwoners. De grootste kern is Korvelde zelf (16.120 inwoners), gevolgd door "
     "Lutterbroek (6.340), Ossenwaard (4.910) en Elsveen (1.470). Het buitengebied telt 380 bedrijven.",
     "Korvelde", ("Lutterbroek", "Ossenwaard", "Elsveen")),
    ("De gemeente bestaat uit vijf dorpen: Dorrewaard (9.780), Hesselterp (4.230), Bunsloo (3.610), Amerveen\n"
     "  (2.920) en Stobbekamp (1.800).", "Dorrewaard", ("Hesselterp", "Bunsloo", "Amerveen", "Stobbekamp")),
    # numbers in brackets after names that are no villages, and one village with its population, are no list
    ("In alle kernen zijn Buurtpreventie (12 teams) en Burgernet (340) actief; Buurtpreventie (12) en WhatsApp (45).",
     "Proefdam", ()),
    ("De kern Aardam (2.300 inwoners) ligt aan de rivier.", "Proefdam", ()),
])
def test_the_kernen_a_plan_lists_with_their_populations_are_its_places(text, municipality, places):
    assert plan_places(text, municipality) == places
