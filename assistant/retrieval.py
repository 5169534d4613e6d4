"""Hybrid retrieval: dense (cosine, via Chroma) and lexical (BM25) rankings fused by reciprocal rank.

Dense search asks the store for the `fetch_k` committed chunks nearest to the question's vector (the
question is embedded once per call). Lexical search scores every committed chunk with BM25 over
lower-cased word tokens (English stopwords dropped, numbers such as "2016" kept), so a rare exact
term the embedding model blurs still finds its chunk. The two rankings are fused with reciprocal
rank fusion: score = sum over the rankings a chunk appears in of 1 / (rrf_k + rank), rank from 1.

The BM25 index lives in memory and is rebuilt lazily. Before each search the retriever takes the
store's signature: the document records (doc_id, content_hash, indexed_at, chunk_count), from one
small `store.documents()` get over the documents collection (one row per document, not per chunk),
plus `store.chunk_count(committed_only=False)`, a constant-time collection count. Every write or
removal changes one of them once it has finished (a document record is written after its chunks
are committed and its stale chunks deleted; a removal deletes the record, then the chunks), so the
index is rebuilt, from `store.chunks()`, only when the store has changed. Lexical hits on documents
that no longer have a record are dropped, so a removal in progress is not answered from memory.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from langchain_core.callbacks import (
    AsyncCallbackManagerForRetrieverRun,
    CallbackManagerForRetrieverRun,
)
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables.config import run_in_executor
from pydantic import Field, PrivateAttr
from rank_bm25 import BM25Okapi

from assistant.text import terms
from assistant.types import Passage
from knowledge.store import KnowledgeStore
from knowledge.types import Chunk

log = logging.getLogger(__name__)

StoreSignature = tuple[tuple[tuple[str, str, str, int], ...], int]


def tokenize(text: str) -> list[str]:
    """BM25 terms: lower-cased stems of the words that carry meaning (numbers such as "2016" kept)."""
    return terms(text)


@dataclass(frozen=True)
class _LexicalIndex:
    """BM25 over the committed chunks of one store state (`bm25` is None when nothing is indexable).

    `postings` maps each term to the positions of the chunks holding it, so a query scores only the
    chunks that share a term with it rather than every chunk.
    """

    signature: StoreSignature
    chunks: tuple[Chunk, ...]
    bm25: BM25Okapi | None
    postings: dict[str, tuple[int, ...]]

    def idf(self, term: str) -> float:
        """How rare `term` is among the chunks (BM25's smoothed idf, always > 0; unseen terms highest)."""
        df = len(self.postings.get(term, ()))
        return math.log(1 + (len(self.chunks) - df + 0.5) / (df + 0.5))

    def search(self, query: str, k: int, live_docs: frozenset[str]) -> list[tuple[Chunk, float]]:
        """The `k` best chunks with a positive BM25 score, best first."""
        if self.bm25 is None or k <= 0:
            return []
        terms = [term for term in tokenize(query) if term in self.postings]
        candidates = sorted({i for term in terms for i in self.postings[term] if self.chunks[i].doc_id in live_docs})
        if not candidates:
            return []
        scores = self.bm25.get_batch_scores(terms, candidates)
        ranked = sorted(
            ((i, score) for i, score in zip(candidates, scores, strict=True) if score > 0),
            key=lambda pair: (-pair[1], self.chunks[pair[0]].id),
        )
        return [(self.chunks[i], float(score)) for i, score in ranked[:k]]


def _build_index(signature: StoreSignature, chunks: Sequence[Chunk]) -> _LexicalIndex:
    corpus = [tokenize(chunk.text) for chunk in chunks]
    postings: dict[str, list[int]] = {}
    for i, words in enumerate(corpus):
        for word in set(words):
            postings.setdefault(word, []).append(i)
    bm25 = BM25Okapi(corpus) if postings else None  # BM25Okapi divides by the vocabulary size
    frozen = {word: tuple(positions) for word, positions in postings.items()}
    return _LexicalIndex(signature, tuple(chunks), bm25, frozen)


class HybridRetriever(BaseRetriever):
    """Dense + BM25 retrieval over a `KnowledgeStore`, fused by reciprocal rank.

    Returns langchain `Document`s: `page_content` is the chunk text; metadata holds the chunk's
    fields (chunk_id, doc_id, source, title, section, page, start, end, sentences as [start, end]
    lists) and its scores: "score" (fused), "dense_score" (cosine, or None when dense search did
    not find it) and "lexical_score" (BM25, or None when lexical search did not find it).
    """

    store: KnowledgeStore
    k: int = Field(5, ge=1, description="Chunks returned; `invoke(q, k=n)` overrides it per call.")
    fetch_k: int = Field(20, ge=1, description="Candidates taken from each ranking before fusion.")
    rrf_k: int = Field(60, ge=0, description="Reciprocal rank fusion constant.")

    _index: _LexicalIndex | None = PrivateAttr(default=None)
    _lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)

    def _get_relevant_documents(
        self,
        query: str,
        *,
        run_manager: CallbackManagerForRetrieverRun,
        k: int | None = None,
        **kwargs: Any,
    ) -> list[Document]:
        return self.retrieve(query, k)

    async def _aget_relevant_documents(
        self,
        query: str,
        *,
        run_manager: AsyncCallbackManagerForRetrieverRun,
        k: int | None = None,
        **kwargs: Any,
    ) -> list[Document]:
        return await run_in_executor(None, self.retrieve, query, k)

    def retrieve(self, query: str, k: int | None = None, query_vector: Sequence[float] | None = None) -> list[Document]:
        """The `k` (default `self.k`) best chunks for `query`, best first, without callbacks.

        `query_vector`, when the caller already embedded `query`, saves embedding it again."""
        k = self.k if k is None else int(k)
        if k <= 0:
            return []
        fetch = max(self.fetch_k, k)
        started = time.perf_counter()
        index, live_docs = self._current_index()
        lexical = index.search(query, fetch, live_docs)
        if query_vector is None:
            query_vector = self.store.embeddings.embed_query(query)
        dense = self.store.search_by_vector(query_vector, fetch)
        fused = self._fuse(dense, lexical)[:k]
        log.debug(
            "retrieved %d of %d dense + %d lexical candidates in %.1f ms",
            len(fused),
            len(dense),
            len(lexical),
            (time.perf_counter() - started) * 1000,
        )
        return [_to_document(hit) for hit in fused]

    def idf(self, term: str) -> float:
        """The rarity of a `tokenize`d term in the indexed chunks (see `_LexicalIndex.idf`)."""
        index = self._index or self._current_index()[0]
        return index.idf(term)

    def knows(self, term: str) -> bool:
        """Whether any indexed chunk holds this `tokenize`d term."""
        index = self._index or self._current_index()[0]
        return term in index.postings

    def chunks(self) -> tuple[Chunk, ...]:
        """The committed chunks, as the lexical index (brought in step with the store) holds them."""
        return self._current_index()[0].chunks

    def refresh(self) -> bool:
        """Bring the BM25 index in step with the store now; True if it was rebuilt."""
        before = self._index
        self._current_index()
        return self._index is not before

    def _current_index(self) -> tuple[_LexicalIndex, frozenset[str]]:
        records = self.store.documents()
        signature: StoreSignature = (
            tuple(sorted((r.doc_id, r.content_hash, r.indexed_at, r.chunk_count) for r in records)),
            self.store.chunk_count(committed_only=False),
        )
        live_docs = frozenset(r.doc_id for r in records)
        with self._lock:
            if self._index is None or self._index.signature != signature:
                started = time.perf_counter()
                chunks = self.store.chunks()
                self._index = _build_index(signature, chunks)
                log.info(
                    "built the BM25 index over %d chunks of %d documents in %.0f ms",
                    len(chunks),
                    len(records),
                    (time.perf_counter() - started) * 1000,
                )
            return self._index, live_docs

    def _fuse(self, dense: Sequence[tuple[Chunk, float]], lexical: Sequence[tuple[Chunk, float]]) -> list[_Hit]:
        hits: dict[str, _Hit] = {}
        for rank, (chunk, similarity) in enumerate(dense, start=1):
            hit = hits.setdefault(chunk.id, _Hit(chunk))
            hit.dense_score = similarity
            hit.score += 1.0 / (self.rrf_k + rank)
        for rank, (chunk, bm25) in enumerate(lexical, start=1):
            hit = hits.setdefault(chunk.id, _Hit(chunk))
            hit.lexical_score = bm25
            hit.score += 1.0 / (self.rrf_k + rank)
        return sorted(
            hits.values(),
            key=lambda h: (
                -h.score,
                -(h.dense_score if h.dense_score is not None else -2.0),
                -(h.lexical_score or 0.0),
                h.chunk.id,
            ),
        )


@dataclass
class _Hit:
    chunk: Chunk
    score: float = 0.0
    dense_score: float | None = None
    lexical_score: float | None = None


def _to_document(hit: _Hit) -> Document:
    chunk = hit.chunk
    return Document(
        id=chunk.id,
        page_content=chunk.text,
        metadata={
            "chunk_id": chunk.id,
            "doc_id": chunk.doc_id,
            "source": chunk.source,
            "title": chunk.title,
            "section": chunk.section,
            "page": chunk.page,
            "paragraph": chunk.paragraph,
            "origins": [list(o) for o in chunk.origins],
            "start": chunk.start,
            "end": chunk.end,
            "sentences": [list(span) for span in chunk.sentences],
            "facts": chunk.facts,  # SentenceFacts, as stored (in memory: no second JSON round trip)
            "score": hit.score,
            "dense_score": hit.dense_score,
            "lexical_score": hit.lexical_score,
        },
    )


def chunk_passage(chunk: Chunk) -> Passage:
    """A stored chunk as an (unscored) `Passage`."""
    return to_passages([_to_document(_Hit(chunk))])[0]


def to_passages(docs: Iterable[Document]) -> list[Passage]:
    """The retriever's documents as `Passage`s, in the same order."""
    passages = []
    for doc in docs:
        meta = doc.metadata
        passages.append(
            Passage(
                chunk_id=meta["chunk_id"],
                doc_id=meta["doc_id"],
                text=doc.page_content,
                source=meta["source"],
                title=meta["title"],
                section=meta.get("section", ""),
                page=meta.get("page"),
                paragraph=meta.get("paragraph"),
                origins=tuple(tuple(o) for o in meta.get("origins", ())),
                start=meta["start"],
                end=meta["end"],
                sentences=tuple(tuple(span) for span in meta.get("sentences", ())),
                facts=tuple(meta.get("facts", ())),
                score=meta.get("score", 0.0),
                dense_score=meta.get("dense_score"),
                lexical_score=meta.get("lexical_score"),
            )
        )
    return passages
