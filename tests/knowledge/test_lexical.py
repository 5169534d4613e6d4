"""The saved lexical index (bm25s) and the stored sentence vectors, on real Chroma and the real model."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from assistant.answering import Assistant
from assistant.knowledge_base import indexing, open_store
from assistant.settings import Settings
from knowledge import lexical
from knowledge.lexical import LexicalIndex
from knowledge.store import KnowledgeStore
from knowledge.terms import terms
from knowledge.types import doc_id_for
from tests.conftest import CHAPTER


def index(settings: Settings, *paths: Path) -> None:
    with indexing(settings, progress=False) as indexer:
        assert indexer.index(list(paths)).ok


def remove(settings: Settings, *paths: Path) -> None:
    with indexing(settings, progress=False) as indexer:
        assert indexer.remove(list(paths)).ok


def synced_chunk_counts(caplog: pytest.LogCaptureFixture) -> list[int]:
    return [r.args[0] for r in caplog.records if r.name == "knowledge.lexical" and r.msg.startswith("synced")]


def notes(folder: Path, name: str, *paragraphs: str) -> Path:
    path = folder / f"{name}.txt"
    path.write_text(name.upper() + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def chapter(tmp_path_factory) -> Settings:
    settings = Settings(data_dir=tmp_path_factory.mktemp("lexical") / "data")
    index(settings, CHAPTER)
    return settings


def test_stored_sentence_vectors_equal_a_fresh_encode(chapter, embeddings) -> None:
    store = open_store(chapter)
    chunks = store.chunks()
    ids = [sid for chunk in chunks for sid in chunk.sentence_ids()]
    texts = [text for chunk in chunks for text in chunk.sentence_texts()]
    stored = store.sentence_vectors(ids)
    assert set(stored) == set(ids)
    fresh = np.asarray(embeddings.embed_documents(texts))
    assert np.allclose(np.stack([stored[i] for i in ids]), fresh, atol=1e-5)
    # a chunk's vector is the normalised mean of its sentences' vectors
    got = store._chunks.get(ids=[chunks[0].id], include=["embeddings"])
    mean = np.mean([stored[i] for i in chunks[0].sentence_ids()], axis=0)
    assert np.allclose(got["embeddings"][0], mean / np.linalg.norm(mean), atol=1e-5)


def test_questions_and_start_up_embed_no_document_text(chapter, embeddings, monkeypatch) -> None:
    embedded: list[str] = []
    original = type(embeddings).embed_documents
    monkeypatch.setattr(
        type(embeddings), "embed_documents", lambda self, texts: embedded.extend(texts) or original(self, texts)
    )
    bot = Assistant.from_settings(chapter)
    for question in ("When was the New York Declaration adopted?", "What is mini-multilateralism?"):
        assert bot.ask(question).citations
    assert embedded == []


def test_the_sentence_cache_holds_at_most_its_size(chapter) -> None:
    bot = Assistant(open_store(chapter), lexical_dir=chapter.lexical_dir, sentence_cache=5)
    bot.ask("How is IOM funded?")
    bot.ask("What does the Global Compact for Migration cover?")
    assert 0 < len(bot.scorer._cache) <= 5


def test_bm25s_ranks_the_chapter_as_rank_bm25_did(chapter) -> None:
    """The old index (rank_bm25's BM25Okapi over the same terms) and bm25s agree on the chapter's best chunk
    for questions made of each chunk's own words."""
    store = open_store(chapter)
    index = lexical.current(store, chapter.lexical_dir)
    chunks = store.chunks()
    okapi = BM25Okapi([terms(c.text) for c in chunks])
    agree, overlap, queries = 0, 0.0, 0
    for chunk in chunks:
        for sentence in chunk.sentence_texts():
            query = terms(sentence)[:6]
            if len(query) < 3:
                continue
            queries += 1
            old = [chunks[i].id for i in np.argsort(-okapi.get_scores(query), kind="stable")[:3]]
            new = [cid for cid, _ in index.search(" ".join(query), 3)]
            agree += old[0] == new[0]
            overlap += len(set(old) & set(new)) / 3
    assert queries >= 30
    assert agree / queries >= 0.9 and overlap / queries >= 0.8


def test_an_incrementally_updated_index_equals_one_built_from_scratch(local_settings, tmp_path) -> None:
    first = notes(tmp_path, "first", "Kestrel ledgers record harbour tolls.", "The tolls fund the lighthouse.")
    second = notes(tmp_path, "second", "Ferry timetables change in winter.", "Winter ferries run twice a day.")
    index(local_settings, first, second)
    second.write_text("SECOND\n\nFerry timetables were cut to one crossing a day.\n", encoding="utf-8")
    third = notes(tmp_path, "third", "Harbour tolls rose by a tenth in 2019.")
    index(local_settings, second, third)
    remove(local_settings, first)

    store = open_store(local_settings)
    updated = LexicalIndex.load(local_settings.lexical_dir)
    scratch = LexicalIndex.empty().synced(store, store.revision())
    assert updated is not None and updated.revision == scratch.revision == store.revision()
    assert updated.chunk_ids == scratch.chunk_ids and updated.documents() == scratch.documents()
    assert {c.id for c in store.chunks()} == set(updated.chunk_ids)
    for query in ("harbour tolls", "ferry crossing", "kestrel ledgers", "winter", "2019"):
        assert updated.search(query, 5) == scratch.search(query, 5)
    assert updated.search("kestrel", 5) == []  # the removed document is gone


def test_an_update_tokenizes_only_the_documents_it_changed(local_settings, tmp_path, monkeypatch) -> None:
    index(local_settings, CHAPTER)
    read: list[str | None] = []
    original = KnowledgeStore.chunks

    def spying(self, doc_id=None, committed_only=True):
        read.append(doc_id)
        return original(self, doc_id, committed_only)

    monkeypatch.setattr(KnowledgeStore, "chunks", spying)
    extra = notes(tmp_path, "extra", "Osprey counts along the estuary doubled.")
    index(local_settings, extra)
    assert read == [doc_id_for(str(extra.resolve()))]
    assert [cid for cid, _ in LexicalIndex.load(local_settings.lexical_dir).search("osprey estuary", 3)]


def test_start_up_loads_the_saved_index(chapter, caplog) -> None:
    caplog.set_level(logging.INFO, logger="knowledge.lexical")
    bot = Assistant.from_settings(chapter)
    assert synced_chunk_counts(caplog) == []  # loaded, not rebuilt
    assert bot.retriever._index is not None and bot.retriever._index.revision == bot.store.revision()
    assert bot.ask("What is the projectized funding model?").citations


def test_each_process_on_a_server_syncs_only_when_the_revision_changed(
    chroma_server, tmp_path, caplog, monkeypatch
) -> None:
    from tests.conftest import _reset_server

    _reset_server(chroma_server)
    writer = Settings(data_dir=tmp_path / "writer", chroma_url=chroma_server)
    reader = Settings(data_dir=tmp_path / "reader", chroma_url=chroma_server)
    index(writer, CHAPTER)
    caplog.set_level(logging.INFO, logger="knowledge.lexical")
    bot = Assistant.from_settings(reader)  # its own data dir has no copy yet: one sync
    assert len(synced_chunk_counts(caplog)) == 1
    caplog.clear()
    bot.ask("What is mini-multilateralism?")
    bot.ask("How is IOM funded?")
    assert synced_chunk_counts(caplog) == []  # the server's revision did not change
    index(writer, notes(tmp_path, "gulls", "Gull colonies nest on the breakwater."))
    assert len(synced_chunk_counts(caplog)) == 1  # the writer's own copy, at the end of its run
    caplog.clear()
    answer = bot.ask("Where do gull colonies nest?")
    bot.ask("What is mini-multilateralism?")
    assert "breakwater" in answer.text
    assert synced_chunk_counts(caplog) == [bot.store.chunk_count()]  # the reader's copy, once


@pytest.mark.fast
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The Nansen-Initiative met.", "nansen"),
        ("A cross-border plan.", "cross"),
        ("Asia-Pacific talks.", "Asia"),
    ],
)
def test_a_part_of_a_hyphenated_word_is_known(text, part) -> None:
    """ "Nansen" is said by "Nansen-Initiative": a claim naming it names something the documents name."""
    index = LexicalIndex("r", {"d": lexical.DocumentTerms("h", ("c",), (tuple(terms(text)),))})
    assert index.knows(terms(part)[0]) and not index.knows(terms("Norway")[0])
