"""The knowledge base's errors: each message says what happened and what to do."""

from __future__ import annotations


class KnowledgeError(Exception):
    """Base class of every error the knowledge base raises on purpose."""


def printable(text: str) -> str:
    """`text` with control and other unprintable characters escaped (a file name holding a newline stays on
    one line: "a\\nb.txt")."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


class DocumentError(KnowledgeError):
    """One input file cannot be indexed; other files are unaffected. Its message is one line."""

    def __init__(self, path: object, problem: str) -> None:
        self.path = str(path)
        self.problem = printable(" ".join(problem.split()))
        super().__init__(f"{printable(self.path)}: {self.problem}")


class StoreUnavailableError(KnowledgeError):
    """The Chroma store (directory or server) cannot be reached."""


class StoreFailedError(KnowledgeError):
    """The Chroma store could not read or write (a full disk, a damaged file); what was committed stays."""


class IndexMismatchError(KnowledgeError):
    """The index was built with another embedding model or chunking settings."""


class IndexBusyError(KnowledgeError):
    """Another indexing run holds the index lock."""
