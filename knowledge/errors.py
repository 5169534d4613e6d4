"""The knowledge base's errors: each message says what happened and what to do."""

from __future__ import annotations


class KnowledgeError(Exception):
    """Base class of every error the knowledge base raises on purpose."""


class DocumentError(KnowledgeError):
    """One input file cannot be indexed; other files are unaffected."""

    def __init__(self, path: object, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class StoreUnavailableError(KnowledgeError):
    """The Chroma store (directory or server) cannot be reached."""


class IndexMismatchError(KnowledgeError):
    """The index was built with another embedding model or chunking settings."""


class IndexBusyError(KnowledgeError):
    """Another indexing run holds the index lock."""
