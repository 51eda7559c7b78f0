"""The assistant as one object: settings, model, index and retriever wired once.

The CLI, the eval harness and the Streamlit app all go through ``Assistant.ask``,
so what is measured is what users get.

    >>> assistant = Assistant.load(Settings.from_env())                   # doctest: +SKIP
    >>> print(assistant.ask("Wat doet het RIEC?").text)                  # doctest: +SKIP
"""

from __future__ import annotations

import gc
import threading
import weakref
from dataclasses import dataclass, field, replace
from typing import Sequence

from assistant.answer.abstain import QUESTION_RULES
from assistant.answer.compose import compose, filter_excluded, joined, outside_filter
from assistant.answer.lookup import lookups
from assistant.answer.types import Answer
from assistant.ask.conversation import Context, read, remember, standalone_parts
from assistant.ask.question import Intent, Question, validate
from assistant.ask.retrieval import Retriever, SearchResult, understand_in
from assistant.config import Settings
from assistant.index.embedding import Embedder
from assistant.index.store import Index

QUESTION_RULE_NAMES = frozenset(rule.__name__ for rule in QUESTION_RULES)


def _warm(index: Index) -> Index:
    """Compute a build's per-build lookups now, at start-up, instead of during someone's first question."""
    lookups(index)
    index.name_owners  # noqa: B018 - computed now and kept for the build: whose places a question names
    for doc_id in index.documents:
        index.tables(doc_id)
    return index


def _settle() -> None:
    """Take what the process holds now (the model, the build being served) out of the cyclic garbage
    collector's reach: at tens of thousands of chunks a build is millions of objects, and a full collection
    that walks them all pauses a question for a second. Unfrozen and collected first, so that garbage is
    not frozen with it.

    Only call it when no replaced build is still in use: a build is freed by the collector (it holds
    cycles), and a frozen one never is. ``Assistant.refresh`` therefore unfreezes and waits until the old
    build is gone before it settles again.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def _refused_on_evidence(answer: Answer) -> bool:
    """A refusal by the evidence found (not one about the question itself: an unknown place or period)."""
    return not any(r.rule in QUESTION_RULE_NAMES for r in answer.reasons)


@dataclass
class Assistant:
    settings: Settings
    embedder: Embedder
    index: Index
    retriever: Retriever
    _reopen_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _replaced_gone: threading.Event = field(default_factory=threading.Event, repr=False)

    @classmethod
    def load(cls, settings: Settings, embedder: Embedder | None = None) -> "Assistant":
        embedder = embedder or Embedder.load(settings)
        index = _warm(Index.open(settings))
        assistant = cls(settings, embedder, index, Retriever(index, embedder, settings.candidates, settings.top_k))
        _settle()
        return assistant

    def refresh(self) -> bool:
        """Reopen the index if another process switched in a newer build. Returns True if it did."""
        if self.index.is_current():
            return False
        with self._reopen_lock:
            if not self.index.is_current():
                index = _warm(Index.open(self.settings))
                old = self.index
                self.retriever = Retriever(index, self.embedder, self.settings.candidates, self.settings.top_k)
                self.index = index
                # the old build may still answer a question in another thread: it goes back into the
                # collector's reach, and once it has been collected the process is settled again
                self._replaced_gone.clear()
                weakref.finalize(old, self._replaced_gone.set)
                del old
                gc.unfreeze()
                return True
        return False

    def search(self, question: Question | str, k: int | None = None, municipalities: Sequence[str] | None = None,
               doc_ids: Sequence[str] | None = None) -> SearchResult:
        """Ranked passages only (the views that cite passages themselves: comparisons)."""
        return self.retriever.search(question, k=k or self.settings.top_k, municipalities=municipalities,
                                     doc_ids=doc_ids)

    def ask(self, question: str, municipalities: Sequence[str] | None = None, k: int | None = None,
            doc_ids: Sequence[str] | None = None, context: Context | None = None) -> Answer:
        """Answer a question (raises ``QuestionError`` for empty or overlong questions).

        ``municipalities`` and ``doc_ids`` are the user's filters (a municipality named in the
        question takes precedence over the municipality filter; the document filter always holds).
        ``context`` is the conversation so far: a follow-up is answered as ``conversation.read``
        rewrites it, and the answer's ``reading`` says how it was read.
        """
        if self._replaced_gone.is_set():  # a replaced build was collected: freeze the one served now
            self._replaced_gone.clear()
            _settle()
        text = validate(question, self.settings.max_question_chars)
        reading = read(text, context, self.index.municipalities)
        understood = understand_in(self.index, reading.text)
        filtered = [m for m in municipalities or () if m in self.index.municipalities]
        if filtered and understood.municipalities and not set(understood.municipalities) & set(filtered):
            answer = outside_filter(understood, filtered)
        else:
            answer = compose(self.search(understood, k=k, municipalities=municipalities, doc_ids=doc_ids))
            if answer.abstained and (filtered or doc_ids is not None) and _refused_on_evidence(answer):
                unfiltered = compose(self.search(understood, k=k))
                if not unfiltered.abstained:
                    answer = filter_excluded(answer)
            elif understood.intent != Intent.COMPARISON and not understood.all_municipalities:
                parts = standalone_parts(reading.text, self.index.municipalities)
                if parts:
                    answer = joined(answer, [(part, compose(self.search(understand_in(self.index, part.text), k=k,
                                                                        municipalities=municipalities,
                                                                        doc_ids=doc_ids)))
                                             for part in parts])
        return replace(answer, reading=reading) if reading.rewritten else answer

    def follow(self, context: Context | None, answer: Answer) -> Context:
        """The conversation's context after ``answer`` (pass it to the next ``ask``)."""
        reading = answer.reading or read(answer.question, None, self.index.municipalities)
        return remember(context, reading, self.index.municipalities)
