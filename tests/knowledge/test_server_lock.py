"""Indexing runs from different machines (here: different data dirs, so different lock files) into one
Chroma server take turns through the server's lock: every chunk is embedded once."""

from __future__ import annotations

import threading
import time

import pytest

from assistant.knowledge_base import indexing, open_store
from assistant.settings import Settings
from knowledge.errors import IndexBusyError
from knowledge.indexing import server_lock
from knowledge.store import open_client
from tests.conftest import CHAPTER, _reset_server

pytestmark = pytest.mark.slow


@pytest.mark.reliability
def test_two_machines_indexing_into_one_server_embed_each_chunk_once(chroma_server, tmp_path, faults):
    _reset_server(chroma_server)
    brief = tmp_path / "brief.md"
    brief.write_text("# Brief\n\n" + " ".join(f"Point {n} of the Vessa brief is stated here." for n in range(60)))
    machines = [Settings(data_dir=tmp_path / f"machine-{n}", chroma_url=chroma_server) for n in range(2)]
    reports, errors = [], []

    def run(settings: Settings) -> None:
        try:
            with indexing(settings, progress=False) as indexer:
                reports.append(indexer.index([CHAPTER, brief]))
        except Exception as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(m,)) for m in machines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)

    assert errors == [] and len(reports) == 2
    store = open_store(machines[0])
    assert sum(r.embedded for r in reports) == store.chunk_count()  # once, by whichever ran first
    assert sorted(len(r.unchanged) for r in reports) == [0, 2]
    faults("two machines indexing into one Chroma server", injected=1)


def test_a_held_server_lock_makes_another_run_wait_then_say_so(chroma_server):
    _reset_server(chroma_server)
    client = open_client(None, chroma_server)
    with server_lock(client, timeout=1.0):
        started = time.monotonic()
        with (
            pytest.raises(IndexBusyError, match=r"another indexing run .* is using the Chroma server"),
            server_lock(client, timeout=1.0),
        ):
            pass
        assert 1.0 <= time.monotonic() - started < 5.0
    with server_lock(client, timeout=1.0):  # released: free again
        pass


def test_a_lock_left_by_a_dead_run_expires(chroma_server):
    _reset_server(chroma_server)
    client = open_client(None, chroma_server)
    client.create_collection("index-lock", metadata={"owner": "crashed-host:1", "expires": time.time() - 1})
    with server_lock(client, timeout=2.0):
        assert client.get_collection("index-lock").metadata["owner"] != "crashed-host:1"
