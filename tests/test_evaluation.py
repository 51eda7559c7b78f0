"""The eval harness: hits, ranks, the compare rule, must_mention, percentiles and the report, by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.errors import UserError
from assistant.present.evaluation import (
    EvalQuestion,
    QuestionSet,
    Ranking,
    first_recall_rank,
    is_hit,
    load_questions,
    mentions_all,
    parse_sets,
    percentile,
    rule_counts,
    run,
    score,
    summary_table,
)

QUOTE = "Zorg en Veiligheid • Jeugd en Veiligheid • Ondermijning • Digitale criminaliteit"


def passage(doc: str, text: str, municipality: str | None = None) -> dict:
    return {"doc_id": doc, "municipality": municipality or doc.capitalize(), "text": text, "score": 1.0}


def question(qid: str, type_: str, gold: list[tuple[str, str]], must: tuple[str, ...] = ()) -> EvalQuestion:
    return EvalQuestion(qid, f"vraag {qid}", type_, tuple({"doc": d, "quote": q} for d, q in gold), must)


FILLER = passage("doesburg", "Iets heel anders over verkeersveiligheid.")


# --------------------------------------------------------------------------- hits

def test_hit_needs_the_document_and_the_whitespace_normalised_quote():
    text = "thema’s:\n\n  • Zorg en Veiligheid\n\n  • Jeugd en Veiligheid\n\n  • Ondermijning\n\n  • Digitale criminaliteit\n"
    gold = {"doc": "doesburg", "quote": QUOTE}
    assert is_hit(passage("doesburg", text), gold)
    assert not is_hit(passage("dalfsen", text), gold)  # right text, wrong document
    assert not is_hit(passage("doesburg", text.replace("Ondermijning", "ondermijning")), gold)  # case-sensitive
    assert not is_hit(passage("doesburg", "• Zorg en Veiligheid"), gold)  # only part of the quote


def test_hit_counts_only_the_gold_document_id_not_a_municipality_of_that_name():
    """The scoring rule: a passage counts for gold document ``d`` only if its ``doc_id`` is ``d``."""
    gold = {"doc": "doesburg", "quote": "politiepost in Doesburg"}
    assert not is_hit(passage("000_a992c6ca5215d429", "Er is een politiepost in Doesburg.", "Doesburg"), gold)
    assert is_hit(passage("doesburg", "Er is een politiepost in Doesburg.", "Gemeente Doesburg"), gold)


def test_table_row_quotes_keep_their_tabs_but_match_any_whitespace():
    gold = {"doc": "dalfsen", "quote": "Winkeldiefstal\tPolitie\t10\t15"}
    assert is_hit(passage("dalfsen", "Winkeldiefstal Politie 10\n15"), gold)


def test_first_recall_rank():
    q = question("q1", "fact", [("doesburg", "politiepost"), ("doesburg", "brandweer")])
    passages = [FILLER, FILLER, passage("doesburg", "bij de brandweer"), passage("doesburg", "de politiepost")]
    assert first_recall_rank(q, passages, 10) == 3
    assert first_recall_rank(q, passages, 2) is None
    assert first_recall_rank(question("q2", "unanswerable", []), passages, 10) is None


def test_compare_questions_count_when_the_second_municipality_is_covered():
    q = question("c1", "compare", [("doesburg", "evenementen in Doesburg"), ("dalfsen", "evenementen in Dalfsen")])
    passages = [passage("dalfsen", "Veel evenementen in Dalfsen."), FILLER, FILLER,
                passage("dalfsen", "Nog meer evenementen in Dalfsen."), passage("doesburg", "De evenementen in Doesburg.")]
    assert first_recall_rank(q, passages, 10) == 5
    assert first_recall_rank(q, passages, 4) is None  # one municipality is not enough
    both = [passage("doesburg", "evenementen in Doesburg en evenementen in Dalfsen")]
    assert first_recall_rank(q, both, 10) is None  # a Doesburg chunk cannot cover Dalfsen's quote


def test_mentions_all_is_case_insensitive_after_whitespace_normalisation():
    answer = "De uitvoeringsplannen worden\n  deels samen met de gemeenten RHEDEN en Rozendaal gemaakt [1]."
    assert mentions_all(answer, ["Rheden", "rozendaal", "gemeenten  Rheden"])
    assert not mentions_all(answer, ["Rheden", "Zutphen"])
    assert mentions_all(answer, [])


def test_percentile_interpolates_linearly():
    assert percentile([4.0, 1.0, 3.0, 2.0], 0.5) == pytest.approx(2.5)
    assert percentile([1.0, 2.0, 3.0, 4.0], 0.95) == pytest.approx(3.85)  # position 2.85
    assert percentile([7.0], 0.95) == 7.0
    assert percentile([], 0.5) == 0.0


# --------------------------------------------------------------------------- the report

def test_score_on_a_hand_made_result_set():
    questions = [
        question("f1", "fact", [("doesburg", "politiepost")], ("brandweer",)),          # hit at rank 2
        question("c1", "compare", [("doesburg", "Doesburg doet"), ("dalfsen", "Dalfsen doet")]),  # covered at rank 3
        question("f2", "fact", [("dalfsen", "woninginbraken")]),                         # hit only at rank 11
        question("f3", "definition", [("dalfsen", "RIEC")], ("RIEC",)),                  # hit at rank 7
        question("u1", "unanswerable", []),
    ]
    hit = {"f1": passage("doesburg", "de politiepost"), "d": passage("doesburg", "Doesburg doet iets"),
           "a": passage("dalfsen", "Dalfsen doet iets"), "f2": passage("dalfsen", "woninginbraken"),
           "f3": passage("dalfsen", "het RIEC")}
    results = [
        {"passages": [FILLER, hit["f1"]], "answer": "Bij de Brandweer.", "abstained": False},
        {"passages": [hit["a"], FILLER, hit["d"]], "answer": "", "abstained": False},
        {"passages": [FILLER] * 10 + [hit["f2"]], "answer": "", "abstained": True},
        {"passages": [FILLER] * 6 + [hit["f3"]], "answer": "Het riec helpt.", "abstained": False},
        {"passages": [FILLER], "answer": "", "abstained": True},
    ]
    report = score(questions, results, [100.0, 200.0, 300.0, 400.0, 500.0])
    assert report.n == 5
    assert report.recall_at_5 == pytest.approx(2 / 4)  # f1, c1
    assert report.recall_at_10 == pytest.approx(3 / 4)  # f1, c1, f3
    assert report.mrr_at_10 == pytest.approx((1 / 2 + 1 / 3 + 0 + 1 / 7) / 4)
    assert report.abstain_unanswerable == 1.0
    assert report.abstain_answerable == pytest.approx(1 / 4)
    assert report.must_mention == pytest.approx(4 / 4)  # empty must_mention passes
    assert (report.latency_p50_ms, report.latency_p95_ms) == (pytest.approx(300.0), pytest.approx(480.0))
    assert report.by_type["fact"]["n"] == 2 and report.by_type["fact"]["R@10"] == pytest.approx(1 / 2)
    assert report.by_type["unanswerable"] == {"n": 1, "abstain": 1.0}
    lines = "\n".join(report.lines())
    assert "recall@5=0.500" in lines and "MRR@10=0.244" in lines and "p50=300 ms" in lines


def test_score_without_questions_of_a_kind_does_not_divide_by_zero():
    report = score([question("u1", "unanswerable", [])], [{"passages": [], "answer": "", "abstained": False}], [])
    assert (report.recall_at_5, report.mrr_at_10, report.abstain_answerable) == (0.0, 0.0, 0.0)
    assert report.abstain_unanswerable == 0.0


# --------------------------------------------------------------------------- question files

def test_load_questions_reads_the_shared_format(tmp_path):
    path = tmp_path / "vragen.jsonl"
    records = [{"id": "q1", "question": "Wat doet het RIEC?", "type": "definition",
                "gold": [{"doc": "dalfsen", "quote": "RIEC"}], "must_mention": ["RIEC"], "municipality": "dalfsen"},
               {"id": "q2", "question": "Wat kost de nieuwe camera?", "type": "unanswerable", "gold": []}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n\n", encoding="utf-8")
    q1, q2 = load_questions(path)
    assert (q1.id, q1.type, q1.gold[0]["quote"], q1.must_mention, q1.municipality) == (
        "q1", "definition", "RIEC", ("RIEC",), "dalfsen")
    assert q1.answerable and not q2.answerable


@pytest.mark.parametrize("content", [
    "dit is geen json\n",
    '{"question": "Waar is de politiepost?"}\n',
    '["een", "lijst"]\n',
    '{"id": "q1", "question": "Waar?", "gold": [{"doc": "doesburg"}]}\n',
])
def test_a_bad_question_file_is_a_user_error_naming_the_line(tmp_path, content):
    path = tmp_path / "vragen.jsonl"
    path.write_text('{"id": "q0", "question": "Goed?"}\n' + content, encoding="utf-8")
    with pytest.raises(UserError) as excinfo:
        load_questions(path)
    assert f"{path}:2" in str(excinfo.value)
    assert "regel 2" in excinfo.value.message_nl
    assert isinstance(excinfo.value, ValueError)  # callers that caught ValueError keep working


def test_a_missing_question_file_is_a_user_error(tmp_path):
    with pytest.raises(UserError) as excinfo:
        load_questions(tmp_path / "bestaat-niet.jsonl")
    assert "cannot read" in str(excinfo.value) and excinfo.value.message_nl


def test_the_baseline_is_scored_beside_the_product_and_flagged_when_ahead():
    questions = [question("f1", "fact", [("doesburg", "politiepost")]), question("f2", "fact", [("dalfsen", "RIEC")]),
                 question("u1", "unanswerable", [])]
    results = [{"passages": [FILLER, passage("doesburg", "de politiepost")], "answer": "", "abstained": False},
               {"passages": [FILLER] * 10, "answer": "", "abstained": False},
               {"passages": [], "answer": "", "abstained": True}]
    report = score(questions, results, [1.0], baseline_ranks=[1, 3, None], name="set")
    assert report.baseline == Ranking(1.0, 1.0, pytest.approx((1 + 1 / 3) / 2))
    assert report.product == Ranking(0.5, 0.5, 0.25)
    assert report.below_baseline
    assert report.by_type["fact"]["base R@5"] == 1.0 and report.by_type["fact"]["R@5"] == 0.5
    lines = "\n".join(report.lines())
    assert "baseline (RRF of BM25 and e5, same index): recall@5=1.000" in lines and "BELOW THE BASELINE" in lines
    table = summary_table([report, report])
    assert table[1].startswith("set") and "below baseline" in table[1] and table[-1].startswith("overall")


def test_rule_counts_split_answerable_and_unanswerable_questions():
    questions = [question("f1", "fact", [("doesburg", "x")]), question("u1", "unanswerable", []),
                 question("u2", "unanswerable", [])]
    results = [{"rules": ["weak_evidence"]}, {"rules": ["no_figure", "no_figure"]}, {"rules": []}]
    counts = rule_counts(questions, results)
    assert counts["weak_evidence"] == (1, 0) and counts["no_figure"] == (0, 1) and counts["topic_absent"] == (0, 0)


def test_run_ranks_every_question_with_the_baseline_too():
    questions = [question("f1", "fact", [("doesburg", "politiepost")]), question("u1", "unanswerable", [])]
    asked = []

    class FakeAnswer:  # the shape of ``Answer`` that ``answer_record`` reads
        passages, citations, reasons = (), (), ()
        text, abstained, intent, reason = "", False, "general", ""

    def baseline(text):
        asked.append(text)
        return [passage("doesburg", "de politiepost")]

    report, records = run(questions, lambda q: FakeAnswer(), baseline=baseline)
    assert asked == ["vraag f1", "vraag u1"]
    assert [r["baseline_rank"] for r in records] == [1, None]
    assert report.baseline.recall_at_5 == 1.0 and report.recall_at_5 == 0.0


def test_a_set_argument_names_its_corpus():
    assert QuestionSet.parse("a/b/multi.jsonl=../corpus") == QuestionSet("multi", Path("a/b/multi.jsonl"), Path("../corpus"))
    assert QuestionSet.parse("dev.jsonl").corpus is None
    named = [s.name for s in parse_sets(["../shared/eval/multi.jsonl=x", "eval/heldout/multi.jsonl=y", "eval/heldout/seeds.jsonl"])]
    assert named == ["multi", "heldout-multi", "seeds"]
