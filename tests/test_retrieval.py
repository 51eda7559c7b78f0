"""Hybrid retrieval over the seed index: municipality filters, typo tolerance, comparisons, the UI filter."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.ask import ranking
from assistant.ask.retrieval import PLACE_DISCOUNT, deletion_index, typo_variants
from assistant.text import stem, terms


@pytest.fixture(scope="module")
def retriever(assistant):
    return assistant.retriever


# --------------------------------------------------------------------------- typo tolerance (pure)

def test_deletion_index_by_hand():
    index = deletion_index(["ondernijn", "kort", "12345678"])
    assert set(index) == {"ondernijn"} | {"ondernijn"[:i] + "ondernijn"[i + 1:] for i in range(9)}
    assert all(words == {"ondernijn"} for words in index.values())  # short words and numbers are not indexed


@pytest.mark.parametrize("term, vocabulary, expected", [
    ("ondermijn", ["ondernijn", "ondermijn", "gemeent"], {"ondernijn"}),  # substitution; the term itself excluded
    ("woninginbrak", ["woninginbraak"], {"woninginbraak"}),  # insertion
    ("woninginbraak", ["woninginbrak"], {"woninginbrak"}),  # deletion
    ("ondermijn", ["onderwijs"], set()),  # two edits away
    ("riec", ["rieck"], set()),  # too short to be corrected
    ("veiligheid", [], set()),
])
def test_typo_variants(term, vocabulary, expected):
    assert typo_variants(term, deletion_index(vocabulary)) == expected


# --------------------------------------------------------------------------- on the seed index

def test_ondermijning_also_finds_chunks_that_only_say_ondernijning(assistant, retriever):
    index = assistant.index
    only_typo = [i for i, c in enumerate(index.chunks)
                 if "ondernijn" in terms(c.text) + terms(" ".join(c.heading_path))
                 and stem("ondermijning") not in terms(c.text) + terms(" ".join(c.heading_path))]
    assert only_typo and all(index.chunks[i].doc_id == "dalfsen" for i in only_typo)
    scores = retriever.lexical_scores(terms("Wat is de aanpak van ondermijning?"))
    assert all(scores[i] > 0 for i in only_typo)
    without_variants = index.bm25.get_scores([stem("ondermijning")])
    assert all(without_variants[i] == 0 for i in only_typo)  # the variant, not the term, finds them


def test_a_municipality_named_in_the_question_filters_the_passages(retriever):
    result = retriever.search("Welke doelstellingen heeft Doesburg op het gebied van ondermijning?")
    assert result.passages and {p.municipality for p in result.passages} == {"Doesburg"}
    assert result.scope == ("Doesburg",) and not result.per_municipality


def test_an_adjective_form_names_the_municipality(retriever):
    result = retriever.search("Wat is de Dalfsense aanpak van woninginbraken?")
    assert result.question.municipalities == ("Dalfsen",)
    assert {p.municipality for p in result.passages} == {"Dalfsen"}
    assert any("woninginbra" in p.text.lower() for p in result.passages[:3])


def test_comparison_questions_interleave_the_municipalities(retriever):
    result = retriever.search("Wat doen Doesburg en Dalfsen aan ondermijning?", k=6)
    assert result.per_municipality
    municipalities = [p.municipality for p in result.passages]
    assert len(municipalities) == 6
    assert set(municipalities[:2]) == {"Doesburg", "Dalfsen"}
    assert all(a != b for a, b in zip(municipalities, municipalities[1:]))  # strictly alternating


def test_which_municipalities_questions_search_every_municipality(retriever):
    result = retriever.search("Welke gemeenten hebben aandacht voor cybercrime?", k=4)
    assert result.per_municipality
    assert set(result.scope) == {"Doesburg", "Dalfsen"}
    assert {p.municipality for p in result.passages[:2]} == {"Doesburg", "Dalfsen"}


def test_the_ui_filter_restricts_a_question_that_names_no_municipality(retriever):
    question = "Hoe wordt de samenwerking met de politie geregeld?"
    unfiltered = retriever.search(question)
    assert {p.municipality for p in unfiltered.passages} == {"Doesburg", "Dalfsen"}
    for name in ("Doesburg", "Dalfsen"):
        result = retriever.search(question, municipalities=[name])
        assert result.passages and {p.municipality for p in result.passages} == {name}


def test_a_municipality_named_in_the_question_wins_over_the_ui_filter(retriever):
    result = retriever.search("Hoeveel woninginbraken waren er in Dalfsen?", municipalities=["Doesburg"])
    assert {p.municipality for p in result.passages} == {"Dalfsen"}


def test_an_unknown_municipality_in_the_ui_filter_is_ignored(retriever):
    result = retriever.search("Wat doet het RIEC?", municipalities=["Zwolle"])
    assert result.passages and result.scope == ()


def test_passages_are_ranked_and_carry_their_chunk(assistant, retriever):
    result = retriever.search("Waar is de politiepost in Doesburg gevestigd?", k=5)
    scores = [p.score for p in result.passages]
    assert len(scores) == 5 and scores == sorted(scores, reverse=True)
    top = result.passages[0]
    assert "politiepost in Doesburg gevestigd, bij de brandweer" in top.text
    document = assistant.index.documents[top.doc_id]
    assert document.text[top.chunk.start:top.chunk.end] == top.text
    assert top.title == document.title


def test_dense_scores_are_cosine_similarities(assistant, retriever):
    vector = assistant.embedder.query("Wat doet het RIEC?")
    dense = retriever.dense(vector, assistant.index.chunk_mask(), 5)
    assert len(dense) == 5
    for i, similarity in dense.items():
        chunk = assistant.index.chunks[i]
        stored = np.asarray(assistant.index.collection.get(ids=[chunk.chunk_id], include=["embeddings"])["embeddings"][0])
        assert similarity == pytest.approx(float(stored @ vector), abs=1e-4)


def test_dense_search_is_exact_within_the_filter(assistant, retriever):
    """Every chunk outside the top n scores no higher than the n-th: no approximate misses, filter respected."""
    index = assistant.index
    vector = assistant.embedder.query("Wat doet Dalfsen aan woninginbraken?")
    mask = index.chunk_mask(["Dalfsen"])
    dense = retriever.dense(vector, mask, 8)
    assert len(dense) == 8 and all(mask[i] for i in dense)
    floor = min(dense.values())
    others = [float(index.chunk_vectors[i] @ vector) for i in range(len(index.chunks)) if mask[i] and i not in dense]
    assert max(others) <= floor + 1e-6
    assert retriever.dense(vector, mask, 8) == dense


def test_the_baseline_is_plain_rrf_of_dense_and_bm25_on_the_same_index(assistant, retriever):
    """The eval's baseline column: equal-weight RRF of e5 chunk vectors and BM25, computed on this very index."""
    index = assistant.index
    text = "Hoe werkt de gemeente samen met de politie?"
    got = retriever.baseline(text, 10)
    assert len(got) == 10 and all(p.chunk is index.chunks[index.chunk_index[p.chunk.chunk_id]] for p in got)
    dense = ranking.order(retriever.dense(assistant.embedder.query(text), index.chunk_mask(), retriever.candidates))
    scores = index.bm25.get_scores([t for t in terms(text) if t in index.vocabulary])
    lexical = [int(i) for i in np.argsort(-scores, kind="stable")[:retriever.candidates] if scores[i] > 0]
    expected = ranking.order(ranking.rrf([dense, lexical]))[:10]
    assert [index.chunk_index[p.chunk.chunk_id] for p in got] == expected


def test_similarities_of_one_plans_rows_are_those_of_every_row_there_and_nothing_elsewhere(assistant):
    retriever = assistant.retriever
    sentences = assistant.index.sentences
    by_doc = sentences.rows_of_doc
    assert sorted(int(r) for rows in by_doc.values() for r in rows) == list(range(len(sentences)))
    assert all(str(sentences.doc[r]) == doc for doc, rows in by_doc.items() for r in rows)
    vector = assistant.embedder.query("Wat doet Doesburg tegen ondermijning?")
    rows = by_doc["doesburg"]
    everything = retriever.sentence_similarities(vector)
    only = retriever.sentence_similarities(vector, rows)
    assert np.allclose(only[rows], everything[rows], atol=1e-6)
    outside = np.setdiff1d(np.arange(len(sentences)), rows)
    assert len(outside) and np.all(np.isneginf(only[outside]))
    best = retriever.best_sentences(only, rows)
    own = {int(sentences.chunk[r]) for r in rows}
    assert all(np.isfinite(best[c]) == (c in own) for c in range(len(assistant.index.chunks)))
    assert np.allclose(best[sorted(own)], retriever.best_sentences(everything)[sorted(own)], atol=1e-6)


def test_answer_units_of_a_question_about_one_place_are_discounted_for_naming_that_place(testdorp_assistant):
    retriever = testdorp_assistant.retriever
    sentences = testdorp_assistant.index.sentences
    row = {text: i for i, text in enumerate(sentences.texts)}
    hub = row["Testdorp is een gemeente waar het goed wonen is."]
    content = row["• de samenwerking met Veilig Thuis bij een tijdelijk huisverbod."]
    result = retriever.search("Hoe helpt Testdorp slachtoffers van geweld achter de voordeur?")
    raw, units = result.similarities, result.answer_similarities
    # the sentence that names the place is closer to the question than the one that answers it ...
    assert raw[hub] > raw[content]
    # ... until each loses PLACE_DISCOUNT of its similarity to the bare name "Testdorp"
    place = retriever.place_vector("Testdorp")
    for r in (hub, content):
        assert units[r] == pytest.approx(raw[r] - PLACE_DISCOUNT * float(sentences.vectors[r] @ place), abs=1e-6)
    assert units[content] > units[hub]
    # a question that names no place has no place to discount
    assert retriever.search("Hoe worden slachtoffers van geweld achter de voordeur geholpen?").unit_similarities is None
