"""The assistant as one object: settings, model, index, retriever and composer wired once.

The CLI, the eval harness and the Streamlit app all go through ``Assistant.ask``,
so what is measured is what users get.

    >>> assistant = Assistant.load(Settings.from_env())                   # doctest: +SKIP
    >>> print(assistant.ask("Wat doet het RIEC?").text)                  # doctest: +SKIP
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Sequence

from assistant.answer.compose import Answer, compose, composer_for
from assistant.config import Settings
from assistant.index.embedding import Embedder
from assistant.index.build import Index
from assistant.ask.question import understand, validate
from assistant.ask.retrieval import Retriever


@dataclass
class Assistant:
    settings: Settings
    embedder: Embedder
    index: Index
    retriever: Retriever

    _reopen_lock = threading.Lock()

    @classmethod
    def load(cls, settings: Settings, embedder: Embedder | None = None) -> "Assistant":
        embedder = embedder or Embedder.load(settings)
        index = Index.open(settings)
        assistant = cls(settings, embedder, index, Retriever(index, embedder, settings.candidates, settings.top_k))
        composer_for(assistant.retriever).warm()
        return assistant

    def refresh(self) -> bool:
        """Reopen the index if another process switched in a newer build. Returns True if it did."""
        if self.index.is_current():
            return False
        with self._reopen_lock:
            if not self.index.is_current():
                self.index = Index.open(self.settings)
                self.retriever = Retriever(self.index, self.embedder, self.settings.candidates, self.settings.top_k)
                composer_for(self.retriever).warm()
                return True
        return False

    def ask(self, question: str, municipalities: Sequence[str] | None = None, k: int | None = None,
            doc_ids: Sequence[str] | None = None) -> Answer:
        """Answer a question (raises ``QuestionError`` for empty or overlong questions).

        ``municipalities`` and ``doc_ids`` are the user's filters (a municipality named in the
        question takes precedence over the municipality filter; the document filter always holds).
        """
        text = validate(question, self.settings.max_question_chars)
        understood = understand(text, self.index.municipalities)
        result = self.retriever.search(understood, k=k or self.settings.top_k, municipalities=municipalities,
                                       doc_ids=doc_ids)
        return compose(self.index, result, self.embedder.query(text), self.retriever)
