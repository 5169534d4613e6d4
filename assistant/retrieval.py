"""Hybrid retrieval: dense (cosine, via Chroma) and lexical (BM25) rankings fused by reciprocal rank.

Dense search asks the store for the `fetch_k` committed chunks nearest to the question's vector (the
question is embedded once per call). Lexical search is `knowledge.lexical`'s BM25 index (bm25s) over
lower-cased word stems (English stopwords dropped, numbers such as "2016" kept), so a rare exact term the
embedding model blurs still finds its chunk; its hits are read from the store by id, so a chunk removed
meanwhile is left out. The two rankings are fused with reciprocal rank fusion: score = sum over the
rankings a chunk appears in of 1 / (rrf_k + rank), rank from 1.

Before each search the retriever reads the store's revision (one small get); the lexical index is
brought in step (loaded from its saved copy, or synced) only when the revision changed.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langchain_core.callbacks import (
    AsyncCallbackManagerForRetrieverRun,
    CallbackManagerForRetrieverRun,
)
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables.config import run_in_executor
from pydantic import Field, PrivateAttr

from assistant.types import Passage
from knowledge import lexical
from knowledge.lexical import LexicalIndex
from knowledge.store import KnowledgeStore
from knowledge.types import Chunk

log = logging.getLogger(__name__)


class HybridRetriever(BaseRetriever):
    """Dense + BM25 retrieval over a `KnowledgeStore`, fused by reciprocal rank.

    Returns langchain `Document`s: `page_content` is the chunk text; metadata holds the chunk's
    fields (chunk_id, doc_id, source, title, section, page, start, end, sentences as [start, end]
    lists) and its scores: "score" (fused), "dense_score" (cosine, or None when dense search did
    not find it) and "lexical_score" (BM25, or None when lexical search did not find it).
    """

    store: KnowledgeStore
    lexical_dir: Path | None = Field(None, description="Where the lexical index is saved (None: memory only).")
    k: int = Field(5, ge=1, description="Chunks returned; `invoke(q, k=n)` overrides it per call.")
    fetch_k: int = Field(20, ge=1, description="Candidates taken from each ranking before fusion.")
    rrf_k: int = Field(60, ge=0, description="Reciprocal rank fusion constant.")

    _index: LexicalIndex | None = PrivateAttr(default=None)
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
        found = self._current_index().search(query, fetch)
        scores = dict(found)
        lexical = [(chunk, scores[chunk.id]) for chunk in self.store.chunks_by_id([i for i, _ in found])]
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
        """The rarity of a `knowledge.terms` term in the indexed chunks (`LexicalIndex.idf`)."""
        return (self._index or self._current_index()).idf(term)

    def knows(self, term: str) -> bool:
        """Whether any indexed chunk holds this `knowledge.terms` term."""
        return (self._index or self._current_index()).knows(term)

    def refresh(self) -> bool:
        """Bring the lexical index in step with the store now; True if it changed."""
        before = self._index
        return self._current_index() is not before

    def _current_index(self) -> LexicalIndex:
        with self._lock:
            self._index = lexical.current(self.store, self.lexical_dir, self._index)
            return self._index

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
            "heading": chunk.heading,
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
                heading=meta.get("heading", ""),
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
