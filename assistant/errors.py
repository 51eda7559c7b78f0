"""Errors a user can cause, with a message for each audience.

The CLI prints ``str(error)`` (English); the app shows ``error.message_nl``.
Nothing a user can cause should surface as a traceback.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem with the user's input, explained in English and in Dutch."""

    def __init__(self, message: str, message_nl: str):
        super().__init__(message)
        self.message_nl = message_nl


class DocumentError(UserError):
    """A file that cannot be read as a policy document."""


class QuestionError(UserError):
    """A question that cannot be answered as asked (empty, too long)."""


class IndexNotReady(UserError):
    """The index is missing or was built for other settings."""


class StoreUnavailable(IndexNotReady):
    """The configured vector store (a Chroma server) cannot be reached."""
