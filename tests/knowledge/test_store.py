"""The knowledge base end to end on real Chroma: a local directory and a real `chroma run` server."""

from pathlib import Path

import pytest
from langchain_huggingface import HuggingFaceEmbeddings

from assistant.knowledge_base import indexing, open_store
from assistant.settings import Settings
from knowledge.errors import IndexMismatchError
from tests.conftest import CHAPTER
from tests.knowledge.helpers import assert_consistent, expected_chunks, run_cli


@pytest.fixture
def embed_calls(monkeypatch) -> list[int]:
    """Counts the texts the real model embeds for documents."""
    calls: list[int] = []
    original = HuggingFaceEmbeddings.embed_documents

    def counting(self, texts):
        calls.append(len(texts))
        return original(self, texts)

    monkeypatch.setattr(HuggingFaceEmbeddings, "embed_documents", counting)
    return calls


def index(settings: Settings, *paths: Path):
    with indexing(settings, progress=False) as indexer:
        return indexer.index(list(paths))


def test_default_index_is_the_bundled_chapter_and_answers_queries(settings, monkeypatch):
    code, out, err = run_cli(settings, "index", "--no-progress", monkeypatch=monkeypatch)
    assert code == 0, err
    assert "indexed 1" in out
    store = open_store(settings)
    [record] = store.documents()
    assert record.title == CHAPTER.name and record.chunk_count == len(expected_chunks(CHAPTER, settings))
    best, score = store.search("small groups of states cooperating outside binding international law", k=3)[0]
    assert "Mini-multilateralism" in best.text and best.section == "KEY POINTS" and 0 < score <= 1
    text = store.document_text(record.doc_id)
    for chunk in store.chunks():
        assert text[chunk.start : chunk.end] == chunk.text
        for (start, end), sentence in zip(chunk.sentences, chunk.sentence_texts(), strict=True):
            assert text[start:end] == sentence
    code, out, _ = run_cli(settings, "sources", monkeypatch=monkeypatch)
    assert code == 0 and CHAPTER.name in out and f"{record.chunk_count} chunks" in out


def test_reindexing_unchanged_file_embeds_nothing(settings, tmp_path, embed_calls):
    first = index(settings, CHAPTER)
    sentences = {sid for chunk in expected_chunks(CHAPTER, settings) for sid in chunk.sentence_ids()}
    assert first.embedded > 0 and sum(embed_calls) == len(sentences)  # each sentence once, overlaps too
    embed_calls.clear()
    again = index(settings, CHAPTER)
    assert again.embedded == 0 and embed_calls == []
    assert again.unchanged == [str(CHAPTER.resolve())]


def test_changing_a_file_leaves_no_orphan_chunks(settings, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("NOTES\n\n" + "\n\n".join(f"Paragraph {i} mentions topic {i} only." for i in range(6)))
    index(settings, path)
    store = open_store(settings)
    old_ids = {c.id for c in store.chunks()}
    path.write_text("NOTES\n\nOnly one paragraph is left, about the Global Compact.")
    report = index(settings, path)
    assert report.indexed == [str(path.resolve())]
    new = store.chunks(committed_only=False)
    assert [c.text for c in new] == ["Only one paragraph is left, about the Global Compact."]
    assert not old_ids & {c.id for c in new}
    assert_consistent(settings, [path], complete=True)


def test_search_never_returns_a_chunk_still_being_written(settings, tmp_path):
    index(settings, CHAPTER)
    store = open_store(settings)
    pending = tmp_path / "pending.txt"
    pending.write_text("Mini-multilateralism fills normative gaps outside binding international law.")
    (chunk,) = expected_chunks(pending, settings)
    assert not chunk.committed
    store.vectorstore.add_texts([chunk.text], metadatas=[chunk.metadata()], ids=[chunk.id])  # written, not committed
    hits = store.search("Mini-multilateralism fills normative gaps outside binding international law.", k=3)
    assert len(hits) == 3 and chunk.id not in {c.id for c, _ in hits}
    assert all(c.committed and c.title == CHAPTER.name for c, _ in hits)


def test_remove_deletes_a_document_and_keeps_the_others(settings, tmp_path, monkeypatch):
    other = tmp_path / "other.md"
    other.write_text("# Other\n\nThe Sahara is a desert.")
    index(settings, CHAPTER, other)
    code, _out, err = run_cli(settings, "index", "--remove", str(other), monkeypatch=monkeypatch)
    assert code == 0, err
    store = open_store(settings)
    assert [r.title for r in store.documents()] == [CHAPTER.name]
    assert all(c.title == CHAPTER.name for c in store.chunks(committed_only=False))
    code, _, err = run_cli(settings, "index", "--remove", str(other), monkeypatch=monkeypatch)
    assert code == 1 and "is not indexed" in err


def test_index_built_with_other_settings_asks_for_a_rebuild(settings, tmp_path, monkeypatch):
    extra = tmp_path / "extra.txt"
    extra.write_text("The Nansen Initiative dealt with disaster displacement.")
    index(settings, CHAPTER, extra)
    changed = settings.model_copy(update={"chunk_max_tokens": 120})
    with pytest.raises(IndexMismatchError, match="assistant index --rebuild"):
        open_store(changed)
    monkeypatch.setenv("ASSISTANT_CHUNK_MAX_TOKENS", "120")
    code, _out, err = run_cli(changed, "index", "--rebuild", "--no-progress", monkeypatch=monkeypatch)
    assert code == 0, err
    assert sorted(r.title for r in open_store(changed).documents()) == sorted([CHAPTER.name, extra.name])
    assert_consistent(changed, [CHAPTER, extra], complete=True)


def test_index_survives_reopening(local_settings):
    index(local_settings, CHAPTER)
    count = open_store(local_settings).chunk_count()
    reopened = open_store(local_settings)
    assert reopened.chunk_count() == count > 0
    assert reopened.search("IOM entry into the UN", k=1)


def test_cached_chunks_equal_the_index_and_go_when_another_store_changes_it(settings, tmp_path):
    """Questions read chunk texts and facts from an in-memory cache; it is emptied when the revision
    changes, so a chunk another process removed is not served once the revision is read again."""
    other = tmp_path / "other.md"
    other.write_text("# Other\n\nThe Sahara is a desert. It is hot and dry by day.")
    index(settings, CHAPTER, other)
    reader, writer = open_store(settings), open_store(settings)  # as two processes sharing the index
    reader.revision()
    fresh = {c.id: c for c in writer.chunks()}
    vector = reader.embeddings.embed_query("Is the Sahara a desert?")
    first = reader.search_by_vector(vector, 5)
    again = reader.search_by_vector(vector, 5)  # from the cache this time
    assert [(c, s) for c, s in first] == [(c, s) for c, s in again]
    assert all(chunk == fresh[chunk.id] for chunk, _ in again)
    sahara = [c.id for c in fresh.values() if "Sahara" in c.text]
    assert [c.id for c in reader.chunks_by_id(sahara)] == sahara
    [record] = [r for r in writer.documents() if r.source.endswith("other.md")]
    writer.remove_document(record.doc_id)
    reader.revision()
    assert reader.chunks_by_id(sahara) == []
    assert all("Sahara" not in c.text for c, _ in reader.search_by_vector(vector, 5))


def test_the_chunk_cache_holds_at_most_its_size(settings):
    index(settings, CHAPTER)
    store = open_store(settings.model_copy(update={"chunk_cache": 3}))
    store.revision()
    chunks = store.chunks()
    assert len(store.chunks_by_id([c.id for c in chunks])) == len(chunks) > 3
    assert len(store._cache.get([c.id for c in chunks])) == 3
