"""Builds the knowledge-base objects (store, indexer) from `Settings`: the one place that wires them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from assistant.settings import Settings
from knowledge.chunking import ChunkingConfig
from knowledge.embeddings import MODEL_NAME, MODEL_TEXT_VERSION, count_tokens, load_embeddings, vocabulary_file
from knowledge.indexing import Indexer, index_lock, server_lock
from knowledge.language import FACTS_VERSION, MODEL_VERSION
from knowledge.loaders import READER_VERSION, english_words
from knowledge.store import KnowledgeStore, open_client


def chunking_config(settings: Settings) -> ChunkingConfig:
    return ChunkingConfig(settings.chunk_max_tokens, settings.chunk_overlap_sentences)


def open_store(settings: Settings, verify: bool = True) -> KnowledgeStore:
    client = open_client(settings.data_dir, settings.chroma_url, settings.chroma_timeout)
    fingerprint = {
        "embedding_model": MODEL_NAME,
        "model_text": MODEL_TEXT_VERSION,
        "language_model": f"en_core_web_sm-{MODEL_VERSION}",
        "sentence_facts": FACTS_VERSION,
        "reader": READER_VERSION,
        **chunking_config(settings).as_metadata(),
    }
    return KnowledgeStore(client, load_embeddings(), fingerprint, verify=verify, chunk_cache=settings.chunk_cache)


@contextmanager
def indexing(settings: Settings, progress: bool = True, verify: bool = True) -> Iterator[Indexer]:
    """An `Indexer` on the configured store, used under the index lock (one indexing run at a time): the
    data dir's lock file, and with a Chroma server also the server's lock (runs on other machines)."""
    with index_lock(settings.data_dir / "index.lock", settings.index_lock_timeout):
        store = open_store(settings, verify=verify)
        if not settings.chroma_url:
            yield open_indexer(store, settings, progress)
            return
        with server_lock(store.client, settings.index_lock_timeout):
            yield open_indexer(store, settings, progress)


def open_indexer(store: KnowledgeStore, settings: Settings, progress: bool = True) -> Indexer:
    """An `Indexer` writing to `store` (the caller holds the index lock)."""
    return Indexer(
        store,
        count_tokens=count_tokens,
        chunking=chunking_config(settings),
        max_bytes=settings.max_file_bytes,
        known_words=english_words(vocabulary_file()),
        progress=progress,
        lexical_dir=settings.lexical_dir,
    )
