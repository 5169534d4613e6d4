"""Shared fixtures: the real bundled model (once per session), real Chroma on tmp_path or a real server."""

from __future__ import annotations

import gc
import os
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from assistant.settings import Settings

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


@cache
def _chapter():
    from knowledge.indexing import bundled_documents

    return bundled_documents()[0]


def __getattr__(name: str):
    """`CHAPTER`, the bundled chapter, read when a test module first imports it: this file imports none of the app
    at its top, so pytest-xdist's controller (`make test-fast`), which runs no test, starts without loading it."""
    if name == "CHAPTER":
        return _chapter()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@pytest.fixture(scope="session")
def embeddings():
    from knowledge.embeddings import load_embeddings

    return load_embeddings()


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory) -> Iterator[str]:
    """A real `chroma run` server on a free localhost port, for the whole session."""
    from ui.process import running_chroma

    with running_chroma(tmp_path_factory.mktemp("chroma-server")) as (url, _process):
        yield url


@pytest.fixture(params=["local", "server"])
def settings(request, tmp_path) -> Settings:
    """Settings for a fresh, empty index: a Chroma directory under tmp_path, or a fresh database on
    the shared real server (each test gets its own server database by using a fresh tenant-free name)."""
    from assistant.settings import Settings

    if request.param == "local":
        return Settings(data_dir=tmp_path / "data")
    url = request.getfixturevalue("chroma_server")
    _reset_server(url)
    return Settings(data_dir=tmp_path / "data", chroma_url=url)


@pytest.fixture
def local_settings(tmp_path) -> Settings:
    from assistant.settings import Settings

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
    from assistant.settings import Settings

    settings = Settings(data_dir=tmp_path_factory.mktemp(name) / "data")
    with indexing(settings, progress=False) as indexer:
        report = indexer.index([_chapter()])
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


@pytest.hookimpl(wrapper=True)
def pytest_collection(session):
    """No garbage collection while the test modules load (torch, spaCy, WordNet: objects that live as long as the
    process, scanned again and again, a few seconds a process); then what is left alive is frozen, so that the full
    collections during the tests scan only what the tests make (scanning the models each time was ~7% of a run)."""
    thresholds = gc.get_threshold()
    gc.set_threshold(0)  # rather than gc.disable(), which a library may undo with its own gc.enable()
    try:
        return (yield)
    finally:
        gc.set_threshold(*thresholds)
        gc.collect()
        gc.freeze()


def pytest_ignore_collect(collection_path: Path, config) -> bool | None:
    """`-m fast` (`make test-fast`): a test module that marks nothing fast is not imported at all, rather than
    imported (gradio, servers, ...) and then deselected test by test. The fast mark must be written as
    `pytest.mark.fast` in the module (`pytestmark` or a decorator); every other run collects every module."""
    if config.getoption("markexpr", "") != "fast" or collection_path.suffix != ".py":
        return None
    if not collection_path.name.startswith("test_"):
        return None
    return "pytest.mark.fast" not in collection_path.read_text(encoding="utf-8") or None


def pytest_addoption(parser) -> None:
    parser.addoption(
        "--wordings",
        type=int,
        default=0,
        help="run at most N of each parametrised test's generated cases, spread evenly over its list (0: all)",
    )


def pytest_collection_modifyitems(config, items) -> None:
    """`--wordings N` (`make test-fast`): every test still runs, on at most N of its generated wordings, the first,
    the last and those evenly between; the full suite runs them all."""
    most = config.getoption("wordings")
    if most < 2:
        return
    cases: dict[tuple, list] = defaultdict(list)
    for item in items:
        cases[(item.path, getattr(item, "originalname", item.name))].append(item)
    kept = set()
    for group in cases.values():
        last = len(group) - 1
        picked = range(len(group)) if len(group) <= most else (round(i * last / (most - 1)) for i in range(most))
        kept.update(id(group[i]) for i in picked)
    config.hook.pytest_deselected(items=[item for item in items if id(item) not in kept])
    items[:] = [item for item in items if id(item) in kept]


def pytest_sessionfinish(session) -> None:
    """Under pytest-xdist (`-n`), a worker hands its figures to the controller, which prints the table."""
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput["faults"] = _FAULTS


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error) -> None:
    for kind, row in getattr(node, "workeroutput", {}).get("faults", {}).items():
        total = _FAULTS.setdefault(kind, dict.fromkeys(row, 0))
        for key, value in row.items():
            total[key] += value


def pytest_terminal_summary(terminalreporter) -> None:
    if not _FAULTS:
        return
    terminalreporter.section("reliability: faults injected and what they did")
    terminalreporter.write_line(f"{'fault':<52}{'injected':>9}{'lost':>6}{'duplicated':>11}{'hung':>6}")
    for kind, row in sorted(_FAULTS.items()):
        terminalreporter.write_line(
            f"{kind:<52}{row['injected']:>9}{row['lost']:>6}{row['duplicated']:>11}{row['hung']:>6}"
        )
