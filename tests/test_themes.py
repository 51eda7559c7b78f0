"""The VNG theme taxonomy, chunk labels at ingest and the theme matrix (seeds and a fictional third plan)."""

from __future__ import annotations

import csv
import io
import re

import numpy as np
import pytest

from assistant.ingest.documents import load_document
from assistant.ingest.structure import parse
from assistant.ingest.tables import parse_tables
from assistant.ingest.themes import KeywordMatcher, classify, column_zscores, load_taxonomy, normalise, parse_taxonomy
from assistant.insights.matrix import DISCUSSED, NOT_MENTIONED, PRIORITY, theme_matrix
from assistant.text import fold
from tests.conftest import SEED_CORPUS


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy()


# --------------------------------------------------------------------------- taxonomy

def test_five_fields_and_twenty_two_themes(taxonomy):
    assert [f.name for f in taxonomy.fields] == ["Veilige woon- en leefomgeving", "Bedrijvigheid en veiligheid",
                                                 "Jeugd en veiligheid", "Fysieke veiligheid", "Integriteit en veiligheid"]
    assert len(taxonomy.themes) == 22
    assert len({t.id for t in taxonomy.themes}) == 22
    for theme in taxonomy.themes:
        assert theme.description and theme.keywords, theme.id
        assert taxonomy.field_of(theme.id).number == theme.number.split(".")[0]


def test_the_themes_are_those_of_the_dalfsen_table(taxonomy):
    """The taxonomy's source: Dalfsen §1.7 (themes are the table's numbered items)."""
    document = load_document(SEED_CORPUS / "dalfsen.txt")
    table = parse_tables(parse(document))[0]
    listed = {}
    for row in table.rows:
        for cell in row.cells:
            m = re.match(r"(\d\.\d) (.+?)(?: \(|$)", cell)
            if m:
                listed[m.group(1)] = fold(m.group(2))
    assert set(listed) == {t.number for t in taxonomy.themes}
    for theme in taxonomy.themes:
        first_words = normalise(theme.name).split()[:2]
        assert first_words == normalise(listed[theme.number]).split()[:2], theme.number


def test_a_taxonomy_with_an_unknown_field_is_refused():
    with pytest.raises(ValueError):
        parse_taxonomy({"fields": [{"id": "a", "number": 1, "name": "A"}],
                        "themes": [{"id": "x", "field": "b", "number": "1.1", "name": "X"}]})


# --------------------------------------------------------------------------- keywords

def test_keywords_match_compounds_whole_words_and_one_typo(taxonomy):
    hits = taxonomy.keyword_hits
    assert "ondermijning" in hits("het lokale ondernijningsbeeld")  # the Dalfsen typo
    assert "high-impact-crime" in hits("Woninginbraken en auto-inbraken")
    assert "verkeersveiligheid" in hits("veel verkeer op de weg")
    assert "verkeersveiligheid" not in hits("dat is verkeerd begrepen")  # a whole word only
    assert hits("Een tekst over de begroting") == {}


def test_matcher_reports_distinct_keywords():
    matcher = KeywordMatcher({"a": ["hennep", "drugslab"]}, {"a": ["omg"]})
    assert matcher.hits("Hennepteelt, een drugslab en OMG's; nog meer hennep") == {
        "a": frozenset({"hennep", "drugslab", "omg"})}


@pytest.mark.parametrize("name, themes", [
    ("Zorg en Veiligheid", {"sociale-kwaliteit"}),
    ("Jeugd en Veiligheid", {"jeugdoverlast", "jeugdcriminaliteit", "jeugd-alcohol-drugs", "veilig-school"}),
    ("Ondermijning", {"ondermijning"}),
    ("Digitale criminaliteit", {"informatieveiligheid"}),
    ("Woninginbraken", {"high-impact-crime"}),
    ("Te hard rijden", {"verkeersveiligheid"}),
    ("Woonoverlast", {"sociale-kwaliteit"}),
    ("Zelfredzaamheid en Risicocommunicatie", {"rampenbestrijding"}),
    ("Ondernijning (met name aanpak drugs/hennepteelt)", {"ondermijning"}),
    ("Cybercrime", {"informatieveiligheid"}),
    ("Personen met verward gedrag", {"sociale-kwaliteit"}),
    ("Hoofdlijnen van de aanpak", set()),
])
def test_priority_names_map_to_themes(taxonomy, name, themes):
    assert set(taxonomy.match_name(name)) == themes


def test_find_a_theme_by_what_users_call_it(taxonomy):
    assert taxonomy.find("ondermijning").number == "5.2"
    assert taxonomy.find("5.4").id == "informatieveiligheid"
    assert taxonomy.find("woninginbraken").id == "high-impact-crime"
    assert taxonomy.find("Veilig toerisme").id == "veilig-toerisme"
    assert taxonomy.find("begroting") is None


# --------------------------------------------------------------------------- classification

def test_classify_rules():
    two = frozenset({"x", "y"})
    one = frozenset({"x"})
    assert classify({"a": two}, {"a": -5.0}) == ("a",)  # two keywords: always
    assert classify({"a": one}, {"a": -0.5}) == ("a",)  # one keyword, an ordinary chunk for the theme
    assert classify({"a": one}, {"a": -1.5}) == ()  # one keyword in passing
    overview = {f"t{i}": two for i in range(8)}
    assert classify(overview, {}) == ()  # the table of all themes discusses none


def test_column_zscores_need_enough_chunks():
    assert not column_zscores(np.ones((3, 4))).any()
    sims = np.random.default_rng(0).normal(size=(40, 5))
    z = column_zscores(sims)
    assert np.allclose(z.mean(axis=0), 0) and np.allclose(z.std(axis=0), 1)


def test_chunks_are_labelled_at_ingest(assistant):
    chunks = assistant.index.chunks
    assert all(isinstance(c.themes, tuple) for c in chunks)
    undermining = [c for c in chunks if c.doc_id == "doesburg" and c.heading_path[:1] == ("Ondermijning",)]
    assert undermining and all("ondermijning" in c.themes for c in undermining)
    post = next(c for c in chunks if c.doc_id == "doesburg" and c.heading_path == ("Politiepost",))
    assert "brandveiligheid" not in post.themes  # "bij de brandweer" is an address, not fire safety
    table = next(c for c in chunks if c.doc_id == "dalfsen" and "Veiligheidsveld\tVeiligheidsthema's" in c.text)
    assert table.themes == ()


def test_chroma_stores_the_labels(assistant):
    index = assistant.index
    chunk = next(c for c in index.chunks if c.themes)
    record = index.collection.get(ids=[chunk.chunk_id], include=["metadatas"])
    assert record["metadatas"][0]["themes"] == "|" + "|".join(chunk.themes) + "|"


# --------------------------------------------------------------------------- matrix

def test_matrix_marks_ondermijning_for_both_and_woninginbraken_only_for_dalfsen(assistant, taxonomy):
    matrix = theme_matrix(assistant.index)
    ondermijning = taxonomy.find("ondermijning").id
    burglary = taxonomy.find("woninginbraken").id
    assert matrix.status("Doesburg", ondermijning) == PRIORITY
    assert matrix.status("Dalfsen", ondermijning) == PRIORITY
    assert matrix.status("Dalfsen", burglary) == PRIORITY
    assert matrix.status("Doesburg", burglary) == DISCUSSED  # "preventieacties woninginbraken" in its task list
    assert matrix.cell("Dalfsen", ondermijning).priority == "Ondernijning (met name aanpak drugs/hennepteelt)"


def test_matrix_cells_are_cited_and_not_mentioned_means_not_in_the_text(assistant, taxonomy):
    index = assistant.index
    matrix = theme_matrix(index)
    statuses = {c.status for c in matrix.cells}
    assert statuses == {PRIORITY, DISCUSSED, NOT_MENTIONED}
    for cell in matrix.cells:
        if cell.status == NOT_MENTIONED:
            assert cell.citation is None
            docs = [d.doc_id for d in index.documents_of(cell.municipality)]
            assert not any(cell.theme in c.themes for c in index.chunks if c.doc_id in docs)
        else:
            c = cell.citation
            assert c.municipality == cell.municipality
            assert index.documents[c.doc_id].text[c.start:c.end] == c.quote
    assert matrix.status("Doesburg", "veilig-toerisme") == NOT_MENTIONED
    assert "toeris" not in index.documents["doesburg"].text.lower()


def test_matrix_json_and_csv(assistant, taxonomy):
    matrix = theme_matrix(assistant.index)
    as_json = matrix.to_json()
    assert set(as_json) == {"Doesburg", "Dalfsen"}
    assert all(len(v) == 22 and set(v.values()) <= {PRIORITY, DISCUSSED, NOT_MENTIONED} for v in as_json.values())
    rows = list(csv.DictReader(io.StringIO(matrix.to_csv())))
    assert len(rows) == 44
    priority = next(r for r in rows if r["gemeente"] == "Dalfsen" and r["nr"] == "1.3")
    assert (priority["status"], priority["citaat"]) == (PRIORITY, "Woninginbraken")


def test_matrix_of_a_third_plan(three_plan_assistant, taxonomy):
    matrix = theme_matrix(three_plan_assistant.index, ["Brakkenveen"])
    status = {t.id: matrix.status("Brakkenveen", t.id) for t in taxonomy.themes}
    for theme in ("jeugdoverlast", "high-impact-crime", "ondermijning", "radicalisering", "verkeersveiligheid"):
        assert status[theme] == PRIORITY, theme
    for theme in ("veilig-toerisme", "externe-veiligheid", "veilige-publieke-taak", "informatieveiligheid"):
        assert status[theme] == NOT_MENTIONED, theme
    assert status["veilige-bedrijventerreinen"] == DISCUSSED  # KVO on "bedrijventerrein De Wierde"


def test_the_words_before_the_last_of_a_keyword_may_be_inflected(taxonomy):
    assert taxonomy.match_name("Wat doet de gemeente aan het te harde rijden op de dijk?") == ("verkeersveiligheid",)
    assert taxonomy.match_name("te hard rijden") == ("verkeersveiligheid",)
    matcher = KeywordMatcher({"a": ["veilig verkeer"]})
    assert matcher.hits("voor veiliger verkeer") == {}  # an inflection, not another word
    assert matcher.hits("voor veilige verkeer") == {"a": frozenset({"veilig verkeer"})}
