"""The evaluation harness: question files in the format of ``shared/eval/README.md``.

Scoring follows that README exactly: a retrieved chunk hits a gold item when it
comes from the gold document and its whitespace-normalised text contains the
whitespace-normalised quote; a comparison question counts only once every gold
document is covered; unanswerable questions are scored by abstention.

The ``doc`` ids of a question file are matched against a passage's ``doc_id``
and, failing that, its lower-cased municipality, so a corpus whose files are
named after their municipality evaluates without a mapping table.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from assistant.answer.abstain import RULE_NAMES
from assistant.answer.types import Answer
from assistant.errors import UserError
from assistant.text import normalise_space


@dataclass(frozen=True)
class EvalQuestion:
    id: str
    question: str
    type: str
    gold: tuple[dict, ...]
    must_mention: tuple[str, ...]
    municipality: str | None = None

    @property
    def answerable(self) -> bool:
        return self.type != "unanswerable"


class QuestionFileError(UserError, ValueError):
    """A question file that cannot be read: the CLI reports it as a user error, not a traceback."""


def load_questions(path: Path) -> list[EvalQuestion]:
    questions = []
    try:
        handle = Path(path).open(encoding="utf-8")
    except OSError as exc:
        raise QuestionFileError(f"cannot read question file {path}: {exc.strerror or exc}",
                                f"Het vragenbestand ‘{path}’ kan niet worden gelezen.") from exc
    with handle:
        try:
            lines = list(handle)
        except UnicodeDecodeError as exc:
            raise QuestionFileError(f"{path}: not UTF-8 text ({exc})", f"‘{path}’ is geen UTF-8-tekst.") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            gold = tuple(d.get("gold", ()))
            if not all(isinstance(g, dict) and "doc" in g and "quote" in g for g in gold):
                raise ValueError("every gold item needs 'doc' and 'quote'")
            questions.append(EvalQuestion(str(d["id"]), str(d["question"]), d.get("type", "fact"), gold,
                                          tuple(d.get("must_mention", ())), d.get("municipality")))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise QuestionFileError(f"{path}:{number}: not a question record ({exc!r})",
                                    f"‘{path}’ regel {number}: geen geldige vraag.") from exc
    return questions


# --------------------------------------------------------------------------- pure scoring

def passage_docs(passage: dict) -> set[str]:
    return {passage.get("doc_id", ""), str(passage.get("municipality", "")).lower()}


def is_hit(passage: dict, gold: dict) -> bool:
    return gold["doc"] in passage_docs(passage) and normalise_space(gold["quote"]) in normalise_space(passage["text"])


def first_recall_rank(question: EvalQuestion, passages: list[dict], cutoff: int) -> int | None:
    """Smallest rank (1-based) at which the question counts as recalled, or None within ``cutoff``."""
    if not question.gold:
        return None
    if question.type == "compare":
        needed = {g["doc"] for g in question.gold}
        covered: set[str] = set()
        for rank, passage in enumerate(passages[:cutoff], 1):
            covered |= {g["doc"] for g in question.gold if is_hit(passage, g)}
            if needed <= covered:
                return rank
        return None
    for rank, passage in enumerate(passages[:cutoff], 1):
        if any(is_hit(passage, g) for g in question.gold):
            return rank
    return None


def mentions_all(answer: str, terms: Iterable[str]) -> bool:
    text = normalise_space(answer).lower()
    return all(normalise_space(t).lower() in text for t in terms)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    position = (len(ordered) - 1) * q
    low, high = int(position), min(int(position) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@dataclass
class EvalReport:
    n: int
    recall_at_5: float
    recall_at_10: float
    mrr_at_10: float
    abstain_unanswerable: float
    abstain_answerable: float
    must_mention: float
    latency_p50_ms: float
    latency_p95_ms: float
    by_type: dict[str, dict[str, float]] = field(default_factory=dict)
    rules: dict[str, tuple[int, int]] = field(default_factory=dict)  # rule -> (answerable, unanswerable) it fired on
    n_unanswerable: int = 0

    def lines(self) -> list[str]:
        out = [f"questions: {self.n}"]
        out.append("by type:")
        for name, row in sorted(self.by_type.items()):
            out.append("  " + f"{name:14s} " + "  ".join(f"{k}={v:.2f}" for k, v in row.items()))
        out += [
            f"retrieval: recall@5={self.recall_at_5:.3f} recall@10={self.recall_at_10:.3f} MRR@10={self.mrr_at_10:.3f}",
            f"answers: must_mention={self.must_mention:.3f} abstain(unanswerable)={self.abstain_unanswerable:.3f} "
            f"abstain(answerable)={self.abstain_answerable:.3f}",
            f"latency: p50={self.latency_p50_ms:.0f} ms p95={self.latency_p95_ms:.0f} ms",
        ]
        answerable = self.n - self.n_unanswerable
        out.append(f"abstention rules fired (questions; answerable of {answerable} / unanswerable of {self.n_unanswerable}):")
        for rule, (on_answerable, on_unanswerable) in self.rules.items():
            out.append(f"  {rule:30s} {on_answerable:3d} / {on_unanswerable:3d}")
        return out


def score(questions: list[EvalQuestion], results: list[dict], latencies_ms: list[float]) -> EvalReport:
    answerable = [(q, r) for q, r in zip(questions, results) if q.answerable]
    unanswerable = [(q, r) for q, r in zip(questions, results) if not q.answerable]

    def recall(pairs, k):
        return sum(first_recall_rank(q, r["passages"], k) is not None for q, r in pairs) / len(pairs) if pairs else 0.0

    def mrr(pairs):
        return sum(1.0 / rank for q, r in pairs if (rank := first_recall_rank(q, r["passages"], 10))) / len(pairs) if pairs else 0.0

    def mention(pairs):
        return sum(mentions_all(r["answer"], q.must_mention) for q, r in pairs) / len(pairs) if pairs else 0.0

    by_type: dict[str, dict[str, float]] = {}
    for name in sorted({q.type for q in questions}):
        pairs = [(q, r) for q, r in zip(questions, results) if q.type == name]
        if name == "unanswerable":
            by_type[name] = {"n": len(pairs), "abstain": sum(r["abstained"] for _, r in pairs) / len(pairs)}
        else:
            by_type[name] = {"n": len(pairs), "R@5": recall(pairs, 5), "R@10": recall(pairs, 10), "MRR": mrr(pairs),
                             "mention": mention(pairs), "abstain": sum(r["abstained"] for _, r in pairs) / len(pairs)}
    return EvalReport(
        n=len(questions),
        recall_at_5=recall(answerable, 5),
        recall_at_10=recall(answerable, 10),
        mrr_at_10=mrr(answerable),
        abstain_unanswerable=sum(r["abstained"] for _, r in unanswerable) / len(unanswerable) if unanswerable else 0.0,
        abstain_answerable=sum(r["abstained"] for _, r in answerable) / len(answerable) if answerable else 0.0,
        must_mention=mention(answerable),
        latency_p50_ms=percentile(latencies_ms, 0.5),
        latency_p95_ms=percentile(latencies_ms, 0.95),
        by_type=by_type,
        rules=rule_counts(questions, results),
        n_unanswerable=len(unanswerable),
    )


def rule_counts(questions: list[EvalQuestion], results: list[dict]) -> dict[str, tuple[int, int]]:
    """For every abstention rule: on how many answerable and unanswerable questions it fired (an answer
    per municipality counts once however many of its blocks the rule refused)."""
    counts = {rule: [0, 0] for rule in RULE_NAMES}
    for q, r in zip(questions, results):
        for rule in set(r.get("rules", ())):
            counts.setdefault(rule, [0, 0])[0 if q.answerable else 1] += 1
    return {rule: (a, u) for rule, (a, u) in counts.items()}


# --------------------------------------------------------------------------- running

def answer_record(question_id: str, answer: Answer) -> dict:
    """One output line: ranked passages with the chunk's original text, the answer, abstention."""
    return {
        "id": question_id,
        "passages": [{"doc_id": p.doc_id, "municipality": p.municipality, "text": p.text, "score": round(p.score, 6),
                      "heading_path": list(p.chunk.heading_path), "start": p.chunk.start, "end": p.chunk.end}
                     for p in answer.passages],
        "answer": answer.text,
        "abstained": answer.abstained,
        "intent": answer.intent,
        "reason": answer.reason,
        "rules": [reason.rule for reason in answer.reasons],
        "citations": [{"doc_id": c.doc_id, "start": c.start, "end": c.end, "quote": c.quote} for c in answer.citations],
    }


WARMUP_QUESTIONS = ("Wat is integrale veiligheid?", "Welke partners werken samen aan veiligheid?")


def run(questions: list[EvalQuestion], ask: Callable[[str], object], out: Path | None = None) -> tuple[EvalReport, list[dict]]:
    """Ask every question through ``ask`` and score the results (latency measured warm, model load excluded)."""
    for warmup in WARMUP_QUESTIONS:
        ask(warmup)
    results, latencies = [], []
    for q in questions:
        started = time.perf_counter()
        answer = ask(q.question)
        latencies.append((time.perf_counter() - started) * 1000)
        results.append(answer_record(q.id, answer))
    if out is not None:
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as handle:
            for record in results:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return score(questions, results, latencies), results

