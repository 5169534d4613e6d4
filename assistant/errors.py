"""Errors of the answering layer (the knowledge layer's are in `knowledge.errors`)."""

from __future__ import annotations

from knowledge.errors import KnowledgeError


class AssistantError(KnowledgeError):
    """A user-facing problem with a question or with the assistant's setup; the message says what to do."""
