"""The store: chunks, their sentences (with embeddings) and a record per document, all in Chroma.

Chroma is the single source of truth, so a local directory and a server behave the same. The
"chunks" collection holds every chunk; the "sentences" collection every sentence's vector (the model
reads each sentence once, at index time: questions and start-up never embed document text), keyed by
document version and span, and a chunk's vector is the normalised mean of its sentences' vectors; the
"documents" collection holds one record per document (its content hash, chunk count, indexing time and
cleaned text); the "state" collection holds the store's revision, a token replaced after every change,
so a reader knows in one small call whether what it built from the store (the lexical index) is current.

A document's new chunks are written uncommitted, its stale chunks deleted, the new ones committed in one
metadata update, and its record written: a run killed at any point leaves every committed document
answering from one whole version of itself, and the next run resumes (chunks already stored are not
embedded again).
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from functools import wraps
from pathlib import Path
from urllib.parse import urlparse

import chromadb
import httpx
import numpy as np
from chromadb.config import Settings as ChromaSettings
from chromadb.errors import ChromaError
from langchain_chroma import Chroma
from langchain_core.embeddings import Embeddings

from knowledge.errors import IndexMismatchError, StoreFailedError, StoreUnavailableError
from knowledge.types import Chunk, Document, DocumentRecord

log = logging.getLogger(__name__)

CHUNKS = "chunks"
SENTENCES = "sentences"
DOCUMENTS = "documents"
STATE = "state"
_REVISION = "revision"
SCHEMA_VERSION = 3  # 2: chunks carry paragraph numbers and original-file origins; 3: sentence vectors stored
_BATCH = 64


def open_client(data_dir: Path, chroma_url: str | None, timeout: float = 5.0) -> chromadb.ClientAPI:
    """A Chroma client: a server at `chroma_url`, else a persistent directory under `data_dir`."""
    settings = ChromaSettings(anonymized_telemetry=False)
    if not chroma_url:
        path = Path(data_dir) / "chroma"
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=settings)
    url = urlparse(chroma_url if "//" in chroma_url else f"http://{chroma_url}")
    hint = "start it with `chroma run --path DIR --port N` or unset ASSISTANT_CHROMA_URL"
    try:  # chromadb's own client waits forever on a silent host: ask first, with a timeout
        httpx.get(f"{url.scheme}://{url.netloc}/api/v2/heartbeat", timeout=timeout).raise_for_status()
    except httpx.HTTPError as exc:
        raise StoreUnavailableError(f"Chroma server at {chroma_url} is not answering ({exc}); {hint}") from exc
    try:
        client = chromadb.HttpClient(
            host=url.hostname or "localhost",
            port=url.port or (443 if url.scheme == "https" else 8000),
            ssl=url.scheme == "https",
            settings=settings,
        )
    except Exception as exc:
        raise StoreUnavailableError(f"cannot use the Chroma server at {chroma_url} ({exc}); {hint}") from exc
    # chromadb's long-lived session waits forever (`httpx.Client(timeout=None)`): a server that stops
    # answering would hold every question asked of it. Every call is bounded instead.
    client._server._session.timeout = httpx.Timeout(timeout)
    return client


def _bounded(method):
    """A store method whose server call timing out or refused becomes `StoreUnavailableError`."""

    @wraps(method)
    def call(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except httpx.TransportError as exc:
            raise StoreUnavailableError(
                f"the Chroma server stopped answering ({type(exc).__name__}: {exc or 'no reply'}); "
                "check that it is running, or unset ASSISTANT_CHROMA_URL"
            ) from exc
        except (ChromaError, OSError) as exc:
            first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            raise StoreFailedError(
                f"the index could not be read or written ({type(exc).__name__}: {first_line[:200]}); if the disk "
                "is full, free space and run again: every document indexed before stays whole"
            ) from exc

    return call


class _ChunkCache:
    """Committed chunks read from the index, by id, for one store revision (an LRU of `size` chunks):
    a question reads only ids and distances from Chroma, and its chunks' texts and facts from here."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.revision: str | None = None
        self._chunks: OrderedDict[str, Chunk] = OrderedDict()
        self._lock = threading.Lock()

    def valid_for(self, revision: str | None) -> None:
        """Forget everything read under another revision (a write or removal happened since)."""
        with self._lock:
            if revision != self.revision or revision is None:
                self._chunks.clear()
            self.revision = revision

    def get(self, ids: Iterable[str]) -> dict[str, Chunk]:
        with self._lock:
            found = {i: self._chunks[i] for i in ids if i in self._chunks}
            for i in found:
                self._chunks.move_to_end(i)
            return found

    def put(self, chunks: Iterable[Chunk]) -> None:
        with self._lock:
            for chunk in chunks:
                if chunk.committed and self.size > 0:
                    self._chunks[chunk.id] = chunk
                    self._chunks.move_to_end(chunk.id)
            while len(self._chunks) > self.size:
                self._chunks.popitem(last=False)


class KnowledgeStore:
    """Chunks and document records in Chroma, built with one embedding model and chunking setup."""

    def __init__(
        self,
        client: chromadb.ClientAPI,
        embeddings: Embeddings,
        fingerprint: dict[str, str | int],
        verify: bool = True,
        chunk_cache: int = 10_000,
    ) -> None:
        """Open (creating if needed) the collections; `verify=False` skips the settings check,
        for a caller about to `reset()` an index built with other settings. `chunk_cache`: chunks kept
        in memory between questions (the cache is emptied whenever the store's revision changes)."""
        self.client = client
        self.embeddings = embeddings
        self._cache = _ChunkCache(chunk_cache)
        self.fingerprint = {"schema_version": SCHEMA_VERSION, **fingerprint}
        if verify:
            self._check_fingerprint()
        self._open_collections()

    def _open_collections(self) -> None:
        try:
            self.vectorstore = Chroma(
                client=self.client,
                collection_name=CHUNKS,
                embedding_function=self.embeddings,
                collection_metadata=self.fingerprint,
                collection_configuration={"hnsw": {"space": "cosine"}},
            )
            self._documents = self.client.get_or_create_collection(DOCUMENTS, embedding_function=None)
            self._sentences = self.client.get_or_create_collection(
                SENTENCES, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
            )
            self._state = self.client.get_or_create_collection(STATE, embedding_function=None)
        except Exception as exc:
            raise StoreUnavailableError(f"cannot open the Chroma store ({exc})") from exc
        self._chunks = self.vectorstore._collection

    def _check_fingerprint(self) -> None:
        try:
            existing = {c.name for c in self.client.list_collections()}
            if CHUNKS not in existing:
                return
            stored = self.client.get_collection(CHUNKS, embedding_function=None).metadata or {}
        except Exception as exc:
            raise StoreUnavailableError(f"cannot open the Chroma store ({exc})") from exc
        differences = [
            f"{key}={stored.get(key)!r} (now {value!r})"
            for key, value in self.fingerprint.items()
            if stored.get(key) != value
        ]
        if differences:
            raise IndexMismatchError(
                "the index was built with other settings: "
                + ", ".join(differences)
                + "; run `assistant index --rebuild`"
            )

    # -- documents -------------------------------------------------------------------------
    @_bounded
    def documents(self) -> list[DocumentRecord]:
        got = self._documents.get(include=["metadatas"])
        records = [_record(doc_id, meta) for doc_id, meta in zip(got["ids"], got["metadatas"], strict=True)]
        return sorted(records, key=lambda r: r.source)

    @_bounded
    def document(self, doc_id: str) -> DocumentRecord | None:
        got = self._documents.get(ids=[doc_id], include=["metadatas"])
        return _record(got["ids"][0], got["metadatas"][0]) if got["ids"] else None

    @_bounded
    def document_text(self, doc_id: str) -> str:
        """The cleaned text every chunk's and sentence's offsets point into."""
        got = self._documents.get(ids=[doc_id], include=["documents"])
        if not got["ids"]:
            raise KeyError(doc_id)
        return got["documents"][0]

    @_bounded
    def write_document(
        self, doc: Document, chunks: Sequence[Chunk], on_embedded: Callable[[int], None] = lambda n: None
    ) -> int:
        """Index `doc` as `chunks`, resuming an interrupted run; returns how many chunks were embedded."""
        ids = [c.id for c in chunks]
        present = set(self._chunks.get(ids=ids, include=[])["ids"]) if ids else set()
        on_embedded(len(present))
        missing = [c for c in chunks if c.id not in present]
        for batch in _batches(missing, _BATCH):
            self._add_chunks(batch)
            on_embedded(len(batch))
        # Old version out before the new one is committed, so a document never answers from two
        # versions at once; a run killed in between leaves it unanswerable until the next run.
        self._delete_chunks(doc.doc_id, keep_hash=doc.content_hash)
        committed = [replace(c, committed=True) for c in chunks]
        for batch in _batches(committed, 5000):  # one batch (one Chroma transaction) in practice
            self._chunks.update(ids=[c.id for c in batch], metadatas=[c.metadata() for c in batch])
        self._documents.upsert(
            ids=[doc.doc_id],
            documents=[doc.text],
            embeddings=[[0.0]],
            metadatas=[
                {
                    "source": doc.source,
                    "title": doc.title,
                    "content_hash": doc.content_hash,
                    "chunk_count": len(chunks),
                    "indexed_at": datetime.now(UTC).isoformat(timespec="seconds"),
                    **({"pages": doc.pages} if doc.pages is not None else {}),
                }
            ],
        )
        self._new_revision()
        return len(missing)

    def _add_chunks(self, chunks: Sequence[Chunk]) -> None:
        """Embed the sentences of `chunks` not stored yet (one model call), store them, then the chunks,
        each with the normalised mean of its sentences' vectors."""
        wanted = {sid: text for c in chunks for sid, text in zip(c.sentence_ids(), c.meaning_texts(), strict=True)}
        vectors = self.sentence_vectors(list(wanted))
        new = [sid for sid in wanted if sid not in vectors]
        if new:
            embedded = self.embeddings.embed_documents([wanted[sid] for sid in new])
            vectors.update(zip(new, (np.asarray(v, dtype=np.float32) for v in embedded), strict=True))
            doc_of = {sid: c for c in chunks for sid in c.sentence_ids()}
            self._sentences.upsert(
                ids=new,
                embeddings=[vectors[sid] for sid in new],
                metadatas=[{"doc_id": doc_of[sid].doc_id, "content_hash": doc_of[sid].content_hash} for sid in new],
            )
        chunk_vectors = [_mean([vectors[sid] for sid in c.sentence_ids()]) for c in chunks]
        self._chunks.add(
            ids=[c.id for c in chunks],
            embeddings=chunk_vectors,
            documents=[c.text for c in chunks],
            metadatas=[c.metadata() for c in chunks],
        )

    @_bounded
    def sentence_vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """The stored vectors of the sentences `ids` (`Chunk.sentence_ids`) that are stored."""
        if not ids:
            return {}
        got = self._sentences.get(ids=list(dict.fromkeys(ids)), include=["embeddings"])
        return {i: np.asarray(v, dtype=np.float32) for i, v in zip(got["ids"], got["embeddings"], strict=True)}

    @_bounded
    def revision(self) -> str:
        """A token that changes whenever a document is written or removed (one small read)."""
        got = self._state.get(ids=[_REVISION], include=["metadatas"])
        revision = str(got["metadatas"][0]["revision"]) if got["ids"] else ""
        self._cache.valid_for(revision)
        return revision

    def _new_revision(self) -> None:
        self._state.upsert(
            ids=[_REVISION],
            embeddings=[[0.0]],
            metadatas=[{"revision": uuid.uuid4().hex, "at": datetime.now(UTC).isoformat(timespec="seconds")}],
        )
        self._cache.valid_for(None)

    @_bounded
    def remove_document(self, doc_id: str) -> None:
        self._documents.delete(ids=[doc_id])
        self._delete_chunks(doc_id)
        self._new_revision()

    def _delete_chunks(self, doc_id: str, keep_hash: str | None = None) -> None:
        where: dict = {"doc_id": doc_id}
        if keep_hash is not None:
            where = {"$and": [where, {"content_hash": {"$ne": keep_hash}}]}
        self._chunks.delete(where=where)
        self._sentences.delete(where=where)

    # -- chunks ----------------------------------------------------------------------------
    @_bounded
    def chunk_count(self, committed_only: bool = True) -> int:
        if not committed_only:
            return self._chunks.count()
        return len(self._chunks.get(where={"committed": True}, include=[])["ids"])

    @_bounded
    def chunks(self, doc_id: str | None = None, committed_only: bool = True) -> list[Chunk]:
        """Chunks in document order (for the lexical index, or to inspect a document). Filtered on
        `doc_id` alone in Chroma (an indexed lookup); "committed" is checked here, since adding it to the
        filter makes Chroma scan every chunk (0.45 s instead of 16 ms per document at 100,000 chunks)."""
        got = self._chunks.get(
            where={"doc_id": doc_id} if doc_id is not None else None, include=["documents", "metadatas"]
        )
        chunks = [
            Chunk.from_record(i, text, meta)
            for i, text, meta in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
        ]
        if committed_only:
            chunks = [c for c in chunks if c.committed]
        return sorted(chunks, key=lambda c: (c.source, c.index))

    @_bounded
    def chunks_by_id(self, ids: Sequence[str]) -> list[Chunk]:
        """The committed chunks among `ids`, in that order (a chunk removed meanwhile is left out)."""
        found = self._read(ids)
        return [found[i] for i in ids if i in found and found[i].committed]

    def _read(self, ids: Sequence[str]) -> dict[str, Chunk]:
        """The chunks of `ids` still in the index, from the cache or else from Chroma (then cached)."""
        found = self._cache.get(ids)
        missing = [i for i in dict.fromkeys(ids) if i not in found]
        if missing:
            got = self._chunks.get(ids=missing, include=["documents", "metadatas"])
            read = [
                Chunk.from_record(i, text, meta)
                for i, text, meta in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
            ]
            self._cache.put(read)
            found.update((c.id, c) for c in read)
        return found

    def search(self, query: str, k: int = 10) -> list[tuple[Chunk, float]]:
        """Committed chunks nearest to `query`, with cosine similarity."""
        return self.search_by_vector(self.embeddings.embed_query(query), k)

    @_bounded
    def search_by_vector(self, vector: Sequence[float], k: int = 10) -> list[tuple[Chunk, float]]:
        """Committed chunks nearest to `vector`, with cosine similarity.

        Asked without a filter first: Chroma's metadata filter makes a query scan every chunk (100 ms at
        10,000 chunks, against 5 ms without). Only when an uncommitted chunk (a write in progress) is
        among the nearest is the query repeated with the filter."""
        if self._chunks.count() == 0:
            return []
        hits = self._query(vector, k, where=None)
        if any(not chunk.committed for chunk, _ in hits):
            hits = self._query(vector, k, where={"committed": True})
        return hits

    def _query(self, vector: Sequence[float], k: int, where: dict | None) -> list[tuple[Chunk, float]]:
        got = self._chunks.query(query_embeddings=[list(vector)], n_results=k, where=where, include=["distances"])
        chunks = self._read(got["ids"][0])  # texts and facts: cached, or one read for the ones not seen yet
        return [
            (chunks[i], 1.0 - distance)
            for i, distance in zip(got["ids"][0], got["distances"][0], strict=True)
            if i in chunks  # removed between the query and the read
        ]

    @_bounded
    def reset(self) -> None:
        """Drop every chunk and record; the collections come back empty, with this fingerprint."""
        for name in (CHUNKS, SENTENCES, DOCUMENTS):
            if name in {c.name for c in self.client.list_collections()}:
                self.client.delete_collection(name)
        self._open_collections()
        self._new_revision()


def _record(doc_id: str, meta: dict) -> DocumentRecord:
    return DocumentRecord(
        doc_id=doc_id,
        source=meta["source"],
        title=meta["title"],
        content_hash=meta["content_hash"],
        chunk_count=int(meta["chunk_count"]),
        indexed_at=meta["indexed_at"],
        pages=meta.get("pages"),
    )


def _mean(vectors: Sequence[np.ndarray]) -> np.ndarray:
    mean = np.mean(vectors, axis=0)
    return mean / (np.linalg.norm(mean) or 1.0)


def _batches(items: Sequence, size: int) -> Iterable[Sequence]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
