"""Shared fixtures: the real bundled model (once per session), real Chroma on tmp_path or a real server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.settings import Settings
from knowledge.indexing import bundled_documents
from ui.process import running_chroma

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

CHAPTER = bundled_documents()[0]


@pytest.fixture(scope="session")
def embeddings():
    from knowledge.embeddings import load_embeddings

    return load_embeddings()


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory) -> Iterator[str]:
    """A real `chroma run` server on a free localhost port, for the whole session."""
    with running_chroma(tmp_path_factory.mktemp("chroma-server")) as (url, _process):
        yield url


@pytest.fixture(params=["local", "server"])
def settings(request, tmp_path) -> Settings:
    """Settings for a fresh, empty index: a Chroma directory under tmp_path, or a fresh database on
    the shared real server (each test gets its own server database by using a fresh tenant-free name)."""
    if request.param == "local":
        return Settings(data_dir=tmp_path / "data")
    url = request.getfixturevalue("chroma_server")
    _reset_server(url)
    return Settings(data_dir=tmp_path / "data", chroma_url=url)


@pytest.fixture
def local_settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path / "data")


def _reset_server(url: str) -> None:
    import chromadb

    from knowledge.store import open_client

    client = open_client(Path("/nonexistent"), url)
    for collection in client.list_collections():
        client.delete_collection(collection.name)
    assert isinstance(client, chromadb.api.ClientAPI)


def index_chapter(tmp_path_factory, name: str) -> Settings:
    """Settings for a fresh data dir of its own holding the bundled chapter, indexed (real Chroma)."""
    from assistant.knowledge_base import indexing

    settings = Settings(data_dir=tmp_path_factory.mktemp(name) / "data")
    with indexing(settings, progress=False) as indexer:
        report = indexer.index([CHAPTER])
    assert report.ok and report.indexed
    return settings


# -- the reliability suite's figures (`make reliability`; `make test` prints them too) --------------
_FAULTS: dict[str, dict[str, int]] = {}


@pytest.fixture
def faults():
    """`faults(kind, injected=n)` after a reliability test's checks passed: what it injected, and that nothing
    was lost, duplicated or hung (the test asserts those; the table at the end of the run counts them)."""

    def record(kind: str, injected: int = 1, lost: int = 0, duplicated: int = 0, hung: int = 0) -> None:
        row = _FAULTS.setdefault(kind, {"injected": 0, "lost": 0, "duplicated": 0, "hung": 0})
        for key, value in (("injected", injected), ("lost", lost), ("duplicated", duplicated), ("hung", hung)):
            row[key] += value

    return record


def pytest_terminal_summary(terminalreporter) -> None:
    if not _FAULTS:
        return
    terminalreporter.section("reliability: faults injected and what they did")
    terminalreporter.write_line(f"{'fault':<52}{'injected':>9}{'lost':>6}{'duplicated':>11}{'hung':>6}")
    for kind, row in sorted(_FAULTS.items()):
        terminalreporter.write_line(
            f"{kind:<52}{row['injected']:>9}{row['lost']:>6}{row['duplicated']:>11}{row['hung']:>6}"
        )
