"""The assistant as one object: settings, model, index and retriever wired once.

The CLI, the eval harness and the Streamlit app all go through ``Assistant.ask``,
so what is measured is what users get.

    >>> assistant = Assistant.load(Settings.from_env())                   # doctest: +SKIP
    >>> print(assistant.ask("Wat doet het RIEC?").text)                  # doctest: +SKIP
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Sequence

from assistant.answer.compose import compose
from assistant.answer.lookup import lookups
from assistant.answer.types import Answer
from assistant.ask.question import Question, understand, validate
from assistant.ask.retrieval import Retriever, SearchResult
from assistant.config import Settings
from assistant.index.embedding import Embedder
from assistant.index.store import Index


def _warm(index: Index) -> Index:
    """Compute a build's per-build lookups now, at start-up, instead of during someone's first question."""
    lookups(index)
    for doc_id in index.documents:
        index.tables(doc_id)
    return index


@dataclass
class Assistant:
    settings: Settings
    embedder: Embedder
    index: Index
    retriever: Retriever
    _reopen_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def load(cls, settings: Settings, embedder: Embedder | None = None) -> "Assistant":
        embedder = embedder or Embedder.load(settings)
        index = _warm(Index.open(settings))
        return cls(settings, embedder, index, Retriever(index, embedder, settings.candidates, settings.top_k))

    def refresh(self) -> bool:
        """Reopen the index if another process switched in a newer build. Returns True if it did."""
        if self.index.is_current():
            return False
        with self._reopen_lock:
            if not self.index.is_current():
                index = _warm(Index.open(self.settings))
                self.retriever = Retriever(index, self.embedder, self.settings.candidates, self.settings.top_k)
                self.index = index
                return True
        return False

    def search(self, question: Question | str, k: int | None = None, municipalities: Sequence[str] | None = None,
               doc_ids: Sequence[str] | None = None) -> SearchResult:
        """Ranked passages only (the views that cite passages themselves: comparisons)."""
        return self.retriever.search(question, k=k or self.settings.top_k, municipalities=municipalities,
                                     doc_ids=doc_ids)

    def ask(self, question: str, municipalities: Sequence[str] | None = None, k: int | None = None,
            doc_ids: Sequence[str] | None = None) -> Answer:
        """Answer a question (raises ``QuestionError`` for empty or overlong questions).

        ``municipalities`` and ``doc_ids`` are the user's filters (a municipality named in the
        question takes precedence over the municipality filter; the document filter always holds).
        """
        text = validate(question, self.settings.max_question_chars)
        understood = understand(text, self.index.municipalities)
        return compose(self.search(understood, k=k, municipalities=municipalities, doc_ids=doc_ids))
