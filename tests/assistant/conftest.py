"""Fixtures shared by the answering tests."""

from __future__ import annotations

import time

import pytest

from assistant import local_llm
from assistant.answering import Assistant
from assistant.local_llm import load_local_chat_model
from assistant.settings import Settings
from tests.conftest import index_chapter


@pytest.fixture(scope="module")
def chapter_settings(request, tmp_path_factory, embeddings) -> Settings:
    """The bundled chapter, indexed once per test module into a real Chroma directory of its own."""
    return index_chapter(tmp_path_factory, request.module.__name__.rsplit(".", 1)[-1])


@pytest.fixture(scope="module")
def bot(chapter_settings) -> Assistant:
    return Assistant.from_settings(chapter_settings)


@pytest.fixture(scope="session")
def converted(tmp_path_factory):
    """A data dir with the model converted once for the session, and how long that first load took."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("local-llm-data"))
    local_llm._load_cached.cache_clear()
    start = time.monotonic()
    model = load_local_chat_model(settings)
    return settings, model, time.monotonic() - start
