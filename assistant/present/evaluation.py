"""The evaluation harness: question files in the format of ``shared/eval/README.md``, several at once.

Scoring follows that README exactly: a retrieved chunk hits a gold item when it
comes from the gold document (its ``doc_id``, nothing else) and its
whitespace-normalised text contains the whitespace-normalised quote; a comparison
question counts only once every gold document is covered; unanswerable questions
are scored by abstention, and answerable ones by how often they were refused.

Beside the product's ranking every set is scored with the plain-fusion baseline
(equal-weight reciprocal rank fusion of Dutch BM25 and e5 chunk vectors) computed
on the same index, and for every abstention rule the harness counts on how many
answerable and unanswerable questions it fired. A set on which the product ranks
below the baseline is flagged.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from assistant.answer.abstain import RULE_NAMES
from assistant.answer.types import Answer
from assistant.errors import UserError
from assistant.text import normalise_space

CUTOFF = 10  # MRR@10; recall@5 and recall@10
WARMUP_QUESTIONS = ("Wat is integrale veiligheid?", "Welke partners werken samen aan veiligheid?")


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


@dataclass(frozen=True)
class QuestionSet:
    """A question file and the corpus it is asked of (``None``: the configured corpus)."""

    name: str
    path: Path
    corpus: Path | None = None

    @classmethod
    def parse(cls, argument: str) -> "QuestionSet":
        """``questions.jsonl`` or ``questions.jsonl=CORPUS_DIR``; the set is named after the file."""
        path, _, corpus = argument.partition("=")
        return cls(Path(path).stem, Path(path), Path(corpus) if corpus else None)


def parse_sets(arguments: Sequence[str]) -> list[QuestionSet]:
    """Question sets from command-line arguments; a set whose file name was taken by an earlier one gets its
    folder's name in front ("multi", then "heldout-multi")."""
    out: list[QuestionSet] = []
    for s in (QuestionSet.parse(a) for a in arguments):
        taken = {o.name for o in out}
        out.append(QuestionSet(f"{s.path.parent.name}-{s.name}", s.path, s.corpus) if s.name in taken else s)
    return out


# --------------------------------------------------------------------------- pure scoring

def is_hit(passage: dict, gold: dict) -> bool:
    return passage.get("doc_id") == gold["doc"] and normalise_space(gold["quote"]) in normalise_space(passage["text"])


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


@dataclass(frozen=True)
class Ranking:
    """Recall@5, recall@10 and MRR@10 of one ranking over the answerable questions."""

    recall_at_5: float
    recall_at_10: float
    mrr_at_10: float

    @classmethod
    def of(cls, ranks: Sequence[int | None]) -> "Ranking":
        if not ranks:
            return cls(0.0, 0.0, 0.0)
        n = len(ranks)
        return cls(sum(r is not None and r <= 5 for r in ranks) / n, sum(r is not None for r in ranks) / n,
                   sum(1.0 / r for r in ranks if r) / n)


def _share(flags: Sequence[bool]) -> float:
    return sum(flags) / len(flags) if flags else 0.0


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
    baseline: Ranking | None = None
    name: str = ""

    @property
    def product(self) -> Ranking:
        return Ranking(self.recall_at_5, self.recall_at_10, self.mrr_at_10)

    @property
    def below_baseline(self) -> bool:
        b = self.baseline
        return b is not None and (self.recall_at_5 < b.recall_at_5 or self.mrr_at_10 < b.mrr_at_10)

    def lines(self) -> list[str]:
        answerable = self.n - self.n_unanswerable
        out = [f"questions: {self.n}" + (f" ({self.name})" if self.name else "")]
        out.append("by type:")
        for name, row in sorted(self.by_type.items()):
            out.append("  " + f"{name:14s} " + "  ".join(f"{k}={v:.2f}" for k, v in row.items()))
        out += [
            f"retrieval: recall@5={self.recall_at_5:.3f} recall@10={self.recall_at_10:.3f} MRR@10={self.mrr_at_10:.3f}",
        ]
        if self.baseline is not None:
            b = self.baseline
            flag = "  << BELOW THE BASELINE" if self.below_baseline else ""
            out.append(f"baseline (RRF of BM25 and e5, same index): recall@5={b.recall_at_5:.3f} "
                       f"recall@10={b.recall_at_10:.3f} MRR@10={b.mrr_at_10:.3f}{flag}")
        out += [
            f"answers: must_mention={self.must_mention:.3f} abstain(unanswerable)={self.abstain_unanswerable:.3f} "
            f"abstain(answerable)={self.abstain_answerable:.3f}",
            f"latency: p50={self.latency_p50_ms:.0f} ms p95={self.latency_p95_ms:.0f} ms",
            f"abstention rules fired (questions; answerable of {answerable} / unanswerable of {self.n_unanswerable}):",
        ]
        for rule, (on_answerable, on_unanswerable) in self.rules.items():
            out.append(f"  {rule:30s} {on_answerable:3d} / {on_unanswerable:3d}")
        return out


def score(questions: list[EvalQuestion], results: list[dict], latencies_ms: list[float],
          baseline_ranks: Sequence[int | None] | None = None, name: str = "") -> EvalReport:
    """The report of one set; ``baseline_ranks``: the baseline's recall rank per question (answerable ones)."""
    pairs = list(zip(questions, results))
    answerable = [(q, r) for q, r in pairs if q.answerable]
    unanswerable = [(q, r) for q, r in pairs if not q.answerable]

    def ranks(subset):
        return [first_recall_rank(q, r["passages"], CUTOFF) for q, r in subset]

    def mention(subset):
        return _share([mentions_all(r["answer"], q.must_mention) for q, r in subset])

    base = dict(zip((q.id for q in questions), baseline_ranks)) if baseline_ranks is not None else None
    by_type: dict[str, dict[str, float]] = {}
    for kind in sorted({q.type for q in questions}):
        subset = [(q, r) for q, r in pairs if q.type == kind]
        if kind == "unanswerable":
            by_type[kind] = {"n": len(subset), "abstain": _share([r["abstained"] for _, r in subset])}
            continue
        ranking = Ranking.of(ranks(subset))
        row = {"n": len(subset), "R@5": ranking.recall_at_5, "R@10": ranking.recall_at_10, "MRR": ranking.mrr_at_10}
        if base is not None:
            baseline = Ranking.of([base[q.id] for q, _ in subset])
            row |= {"base R@5": baseline.recall_at_5, "base MRR": baseline.mrr_at_10}
        row |= {"mention": mention(subset), "abstain": _share([r["abstained"] for _, r in subset])}
        by_type[kind] = row
    product = Ranking.of(ranks(answerable))
    return EvalReport(
        n=len(questions),
        recall_at_5=product.recall_at_5,
        recall_at_10=product.recall_at_10,
        mrr_at_10=product.mrr_at_10,
        abstain_unanswerable=_share([r["abstained"] for _, r in unanswerable]),
        abstain_answerable=_share([r["abstained"] for _, r in answerable]),
        must_mention=mention(answerable),
        latency_p50_ms=percentile(latencies_ms, 0.5),
        latency_p95_ms=percentile(latencies_ms, 0.95),
        by_type=by_type,
        rules=rule_counts(questions, results),
        n_unanswerable=len(unanswerable),
        baseline=Ranking.of([base[q.id] for q, _ in answerable]) if base is not None else None,
        name=name,
    )


def rule_counts(questions: list[EvalQuestion], results: list[dict]) -> dict[str, tuple[int, int]]:
    """For every abstention rule: on how many answerable and unanswerable questions it fired (an answer
    per municipality counts once however many of its blocks the rule refused)."""
    counts = {rule: [0, 0] for rule in RULE_NAMES}
    for q, r in zip(questions, results):
        for rule in set(r.get("rules", ())):
            counts.setdefault(rule, [0, 0])[0 if q.answerable else 1] += 1
    return {rule: (a, u) for rule, (a, u) in counts.items()}


def summary_table(reports: Sequence[EvalReport]) -> list[str]:
    """One line per set and one for all sets together (micro-averaged over questions)."""
    head = (f"{'set':20s} {'n':>4s} {'R@5':>6s} {'R@10':>6s} {'MRR':>6s} {'base R@5':>9s} {'base MRR':>9s} "
            f"{'mention':>8s} {'abst.unans':>10s} {'abst.ans':>9s} {'p95 ms':>7s}")
    out = [head]

    def row(name: str, n: int, r5, r10, mrr, b5, bm, mention, au, aa, p95) -> str:
        base = f"{b5:9.3f} {bm:9.3f}" if b5 is not None else f"{'-':>9s} {'-':>9s}"
        return (f"{name:20s} {n:4d} {r5:6.3f} {r10:6.3f} {mrr:6.3f} {base} {mention:8.3f} {au:10.3f} {aa:9.3f} "
                f"{p95:7.0f}")

    for r in reports:
        b = r.baseline
        out.append(row(r.name, r.n, r.recall_at_5, r.recall_at_10, r.mrr_at_10, b.recall_at_5 if b else None,
                       b.mrr_at_10 if b else None, r.must_mention, r.abstain_unanswerable, r.abstain_answerable,
                       r.latency_p95_ms) + ("  << below baseline" if r.below_baseline else ""))
    if len(reports) > 1:
        def mean(values: list[tuple[float, int]]) -> float:
            total = sum(w for _, w in values)
            return sum(v * w for v, w in values) / total if total else 0.0
        ans = [(r, r.n - r.n_unanswerable) for r in reports]
        una = [(r, r.n_unanswerable) for r in reports]
        baseline = all(r.baseline for r in reports)
        out.append(row("overall", sum(r.n for r in reports),
                       mean([(r.recall_at_5, w) for r, w in ans]), mean([(r.recall_at_10, w) for r, w in ans]),
                       mean([(r.mrr_at_10, w) for r, w in ans]),
                       mean([(r.baseline.recall_at_5, w) for r, w in ans]) if baseline else None,
                       mean([(r.baseline.mrr_at_10, w) for r, w in ans]) if baseline else None,
                       mean([(r.must_mention, w) for r, w in ans]), mean([(r.abstain_unanswerable, w) for r, w in una]),
                       mean([(r.abstain_answerable, w) for r, w in ans]), max(r.latency_p95_ms for r in reports)))
    return out


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


def run(questions: list[EvalQuestion], ask: Callable[[str], Answer], out: Path | None = None,
        baseline: Callable[[str], list[dict]] | None = None, name: str = "") -> tuple[EvalReport, list[dict]]:
    """Ask every question through ``ask`` and score the results (latency measured warm, model load excluded).

    ``baseline(question) -> passages`` ranks the same index with the plain-fusion baseline.
    """
    for warmup in WARMUP_QUESTIONS:
        ask(warmup)
    results, latencies, baseline_ranks = [], [], []
    for q in questions:
        started = time.perf_counter()
        answer = ask(q.question)
        latencies.append((time.perf_counter() - started) * 1000)
        record = answer_record(q.id, answer)
        if baseline is not None:
            rank = first_recall_rank(q, baseline(q.question), CUTOFF)
            baseline_ranks.append(rank)
            record["baseline_rank"] = rank
        results.append(record)
    if out is not None:
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as handle:
            for record in results:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    report = score(questions, results, latencies, baseline_ranks if baseline is not None else None, name)
    return report, results
