"""A Chroma server that stops answering (SIGSTOP) or dies: every call is bounded by ASSISTANT_CHROMA_TIMEOUT and
ends in the one clear error, in the CLI and the browser app alike; the app answers again once the server does."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator

import pytest
from gradio_client import Client

from assistant.answering import Assistant
from assistant.knowledge_base import indexing
from assistant.settings import Settings
from knowledge.errors import StoreUnavailableError
from tests.conftest import CHAPTER
from ui.app import build_app
from ui.process import free_port, running_chroma

pytestmark = [pytest.mark.slow, pytest.mark.reliability]
TIMEOUT = 2.0
QUESTION = "What did the 2016 New York Declaration set in motion?"


@pytest.fixture
def server(tmp_path) -> Iterator[tuple[Settings, object]]:
    """Its own server (this test freezes it), with the chapter indexed."""
    with running_chroma(tmp_path) as (url, process):
        settings = Settings(data_dir=tmp_path / "data", chroma_url=url, chroma_timeout=TIMEOUT)
        with indexing(settings, progress=False) as indexer:
            assert indexer.index([CHAPTER]).ok
        try:
            yield settings, process
        finally:
            if process.poll() is None:
                os.kill(process.pid, signal.SIGCONT)  # a frozen process cannot be terminated cleanly


def test_a_frozen_server_is_a_clear_error_within_the_timeout_and_the_store_recovers(server, faults):
    settings, process = server
    bot = Assistant.from_settings(settings)
    assert bot.ask(QUESTION).citations

    os.kill(process.pid, signal.SIGSTOP)
    started = time.monotonic()
    with pytest.raises(StoreUnavailableError, match=r"stopped answering.*ASSISTANT_CHROMA_URL"):
        bot.ask("When was IOM founded as an agency?")
    assert time.monotonic() - started < 4 * TIMEOUT

    os.kill(process.pid, signal.SIGCONT)
    assert bot.ask(QUESTION).citations
    faults("Chroma server frozen (SIGSTOP) under a question", injected=1)


def test_a_killed_server_is_a_clear_error_within_the_timeout(server, faults):
    settings, process = server
    bot = Assistant.from_settings(settings)
    process.kill()
    process.wait()
    started = time.monotonic()
    with pytest.raises(StoreUnavailableError, match=r"stopped answering.*ASSISTANT_CHROMA_URL"):
        bot.ask(QUESTION)
    assert time.monotonic() - started < 4 * TIMEOUT
    faults("Chroma server killed (SIGKILL) under a question", injected=1)


def test_the_app_answers_a_frozen_server_with_an_error_and_keeps_its_slots(server, faults):
    """With every question slot taken by questions to a frozen server, none stays held: each ends in the
    error, and after the server is back the app answers."""
    settings, process = server
    bot = Assistant.from_settings(settings)
    app = build_app(bot, settings)
    app.queue(default_concurrency_limit=2).launch(
        prevent_thread_lock=True, server_name="127.0.0.1", server_port=free_port(), quiet=True, show_error=True
    )
    client = Client(app.local_url, verbose=False)
    try:
        os.kill(process.pid, signal.SIGSTOP)
        started = time.monotonic()
        jobs = [client.submit(f"Question {n} about the compacts?", 5, api_name="/chat") for n in range(3)]
        for job in jobs:
            with pytest.raises(Exception, match="stopped answering"):
                job.result(timeout=30)
        assert time.monotonic() - started < 30

        os.kill(process.pid, signal.SIGCONT)
        messages = client.predict(QUESTION, 5, api_name="/chat")[0]
        assert "[1]" in str(messages[-1]["content"])
        faults("Chroma server frozen under 3 browser-app questions (2 slots)", injected=3)
    finally:
        os.kill(process.pid, signal.SIGCONT)
        client.close()
        app.close()
