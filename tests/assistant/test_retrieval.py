"""HybridRetriever with the real bundled model and real Chroma: standard suite, ranking, index changes."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from langchain_core.documents import Document
from langchain_tests.integration_tests import RetrieversIntegrationTests

from assistant.knowledge_base import indexing, open_store
from assistant.retrieval import HybridRetriever, to_passages
from assistant.settings import Settings
from knowledge.indexing import IndexReport, bundled_documents
from knowledge.store import KnowledgeStore
from knowledge.terms import terms

MINI_MULTILATERALISM = "Mini-multilateralism – evidenced most recently"
IOM_ENTRY = "With its entry into the UN, IOM should be better positioned"
PROJECTIZED = "projectized funding model"


def index(settings: Settings, paths: list[Path]) -> IndexReport:
    with indexing(settings, progress=False) as indexer:
        return indexer.index(paths)


def remove(settings: Settings, paths: list[Path]) -> IndexReport:
    with indexing(settings, progress=False) as indexer:
        return indexer.remove(paths)


@pytest.fixture(scope="module")
def chapter_store(tmp_path_factory, embeddings) -> KnowledgeStore:
    """The bundled chapter, indexed once for this module into a real Chroma directory."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("chapter") / "data")
    report = index(settings, bundled_documents())
    assert report.ok and report.indexed
    store = open_store(settings)
    assert store.embeddings is embeddings
    return store


@pytest.fixture
def retriever(chapter_store) -> HybridRetriever:
    return HybridRetriever(store=chapter_store)


def rank_of(docs: list[Document], needle: str) -> int | None:
    """1-based rank of the first document containing `needle`."""
    return next((i for i, doc in enumerate(docs, start=1) if needle in doc.page_content), None)


@pytest.mark.asyncio
@pytest.mark.filterwarnings("ignore:.*is marked with '@pytest.mark.asyncio' but it is not an async")
class TestHybridRetrieverStandard(RetrieversIntegrationTests):
    """langchain-tests' retriever suite; the class mark makes pytest-asyncio run its async test."""

    store: KnowledgeStore

    @pytest.fixture(autouse=True, scope="class")
    @classmethod
    def _chapter(cls, chapter_store) -> None:
        cls.store = chapter_store

    @property
    def retriever_constructor(self) -> type[HybridRetriever]:
        return HybridRetriever

    @property
    def retriever_constructor_params(self) -> dict:
        return {"store": self.store}

    @property
    def retriever_query_example(self) -> str:
        return "How can States cooperate on international migration?"


def test_terms_stem_drop_stopwords_keep_numbers() -> None:
    words = terms("The 2016 New York Declaration on Refugees, and IOM's entry.")
    assert words == ["2016", "new", "york", "declar", "refuge", "iom", "entri"]


def test_paraphrase_finds_mini_multilateralism(retriever) -> None:
    docs = retriever.invoke(
        "How can small groups of states work together on gaps that binding international law will not fill?"
    )
    assert rank_of(docs, MINI_MULTILATERALISM) == 1


def test_paraphrase_finds_iom_entry_into_the_un(retriever) -> None:
    docs = retriever.invoke("What changed for IOM when it joined the United Nations?")
    assert rank_of(docs, IOM_ENTRY) <= 3  # the assistant's sentence-level rerank then puts it first


def test_rare_exact_term_is_found_through_bm25(retriever, chapter_store) -> None:
    dense_only = [chunk.text for chunk, _ in chapter_store.search("projectized", 3)]
    assert not any(PROJECTIZED in text for text in dense_only)  # the model alone misses it
    docs = retriever.invoke("projectized")
    rank = rank_of(docs, PROJECTIZED)
    assert rank is not None and rank <= 3
    assert docs[rank - 1].metadata["lexical_score"] > 0


def test_documents_carry_chunk_fields_and_scores(retriever, chapter_store) -> None:
    docs = retriever.invoke("climate change and disaster risk reduction", k=4)
    assert len(docs) == 4
    scores = [doc.metadata["score"] for doc in docs]
    assert scores == sorted(scores, reverse=True)
    text = chapter_store.document_text(docs[0].metadata["doc_id"])
    for doc in docs:
        meta = doc.metadata
        assert text[meta["start"] : meta["end"]] == doc.page_content
        assert meta["chunk_id"] and meta["source"].endswith(".txt") and meta["title"]
        assert {"section", "page"} <= meta.keys()
        assert all(isinstance(span, list) and len(span) == 2 for span in meta["sentences"])
        assert meta["dense_score"] is not None or meta["lexical_score"] is not None
        assert meta["dense_score"] is None or -1.0 <= meta["dense_score"] <= 1.0
    assert docs[0].metadata["dense_score"] is not None and docs[0].metadata["lexical_score"] is not None

    passages = to_passages(docs)
    assert [p.chunk_id for p in passages] == [d.metadata["chunk_id"] for d in docs]
    for passage in passages:
        assert text[passage.start : passage.end] == passage.text
        assert all(
            text[s:e] == quote for (s, e), quote in zip(passage.sentences, passage.sentence_texts(), strict=False)
        )
        assert passage.sentences and all(quote for quote in passage.sentence_texts())


def test_query_is_embedded_once_per_call(retriever, chapter_store, monkeypatch) -> None:
    # the model is a pydantic object, which refuses new attributes: spy on its class instead
    model_class = type(chapter_store.embeddings)
    calls: list[str] = []
    real_embed_query = model_class.embed_query

    def counting_embed_query(self, text: str) -> list[float]:
        calls.append(text)
        return real_embed_query(self, text)

    monkeypatch.setattr(model_class, "embed_query", counting_embed_query)
    retriever.invoke("global compacts on migration and refugees", k=2)
    assert calls == ["global compacts on migration and refugees"]


def test_lexical_index_is_synced_only_when_the_store_changes(retriever) -> None:
    assert retriever.refresh() is True
    retriever.invoke("global compacts")
    assert retriever.refresh() is False


def test_k_larger_than_the_index_returns_every_chunk(retriever, chapter_store) -> None:
    total = chapter_store.chunk_count()
    docs = retriever.invoke("migration", k=total + 5)
    assert len(docs) == total
    assert len({doc.metadata["chunk_id"] for doc in docs}) == total


@pytest.mark.asyncio
async def test_ainvoke_honours_k(retriever) -> None:
    docs = await retriever.ainvoke("How can small groups of states fill normative gaps?", k=2)
    assert len(docs) == 2
    assert rank_of(docs, MINI_MULTILATERALISM) is not None


def test_empty_store_returns_nothing(local_settings, embeddings) -> None:
    retriever = HybridRetriever(store=open_store(local_settings))
    assert retriever.invoke("global migration governance") == []


def built_chunk_counts(caplog: pytest.LogCaptureFixture) -> list[int]:
    """How many chunks each lexical index sync logged since the last `caplog.clear()`."""
    return [
        record.args[0]
        for record in caplog.records
        if record.name == "knowledge.lexical" and record.msg.startswith("synced the lexical index")
    ]


def test_follows_indexing_and_removal_without_being_recreated(
    local_settings, tmp_path: Path, embeddings, caplog: pytest.LogCaptureFixture
) -> None:
    """Each indexing run syncs the saved lexical index once; the serving retriever loads it, never rebuilds."""
    caplog.set_level(logging.INFO, logger="knowledge.lexical")
    assert index(local_settings, bundled_documents()).ok
    retriever = HybridRetriever(store=open_store(local_settings), lexical_dir=local_settings.lexical_dir)
    question = "Which Quillfeather protocol applies to seasonal agricultural workers?"
    assert rank_of(retriever.invoke(question), "Quillfeather") is None
    chapter_chunks = built_chunk_counts(caplog)
    assert chapter_chunks == [retriever.store.chunk_count()]  # by the indexing run only

    extra = tmp_path / "seasonal-workers.txt"
    extra.write_text(
        "Seasonal agricultural workers\n\n"
        "The Quillfeather protocol sets out how seasonal agricultural workers are recruited, housed "
        "and paid during harvest periods. Employers register each worker before arrival.\n",
        encoding="utf-8",
    )
    caplog.clear()
    assert index(local_settings, [extra]).indexed
    docs = retriever.invoke(question)
    assert built_chunk_counts(caplog) == [retriever.store.chunk_count()]  # synced once, with it
    assert retriever.store.chunk_count() > chapter_chunks[0]
    assert rank_of(docs, "Quillfeather") == 1
    assert docs[0].metadata["lexical_score"] > 0  # BM25 knows the new chunk: it is in step

    caplog.clear()
    assert remove(local_settings, [extra]).removed
    docs = retriever.invoke(question)
    assert built_chunk_counts(caplog) == chapter_chunks  # synced without it
    assert rank_of(docs, "Quillfeather") is None
    assert all("seasonal-workers" not in doc.metadata["source"] for doc in docs)


def test_a_memory_only_retriever_syncs_itself(local_settings, tmp_path: Path, embeddings) -> None:
    assert index(local_settings, bundled_documents()).ok
    retriever = HybridRetriever(store=open_store(local_settings))
    extra = tmp_path / "tides.txt"
    extra.write_text("Tides\n\nThe Wrenfold tide table lists the spring tides of the harbour.\n", encoding="utf-8")
    assert index(local_settings, [extra]).indexed
    assert rank_of(retriever.invoke("Wrenfold tide table"), "Wrenfold") == 1
