"""The lexical index: BM25 (bm25s) over the terms (`knowledge.terms`) of the committed chunks, saved beside
the index with the store revision it matches.

Start-up loads the saved index instead of tokenizing every chunk; a reader compares the store's revision
(`KnowledgeStore.revision`, one small read) with the index's before each search and, when they differ,
brings the index in step (`current`): the documents whose content hash changed are read and tokenized
again, removed ones dropped, the rest kept as saved, and BM25's matrix is rebuilt from the kept terms (a
sparse build, seconds at 100,000 chunks, where tokenizing them all took minutes). `assistant index` does
the same at the end of its run, so the saved index is current when the app starts; with a Chroma server,
each process keeps its own copy in its data dir and syncs it only when the server's revision changed.

Layout of the folder: `current` names the saved version (a subfolder, replaced whole, so a reader never
sees half a save); each version holds bm25s's own files (`bm25/`), the chunk id of every row and the
revision (`rows.json`), and the terms per document (`terms.pkl`, read only to sync).
"""

from __future__ import annotations

import json
import logging
import math
import os
import pickle
import shutil
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import bm25s
import numpy as np
from filelock import FileLock

from knowledge.store import KnowledgeStore
from knowledge.terms import stem, terms

log = logging.getLogger(__name__)
logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs every build at DEBUG

TERMS_VERSION = 2  # change with `knowledge.terms`: a saved index tokenized another way is rebuilt


@dataclass(frozen=True)
class DocumentTerms:
    """The terms of each committed chunk of one document version, in document order."""

    content_hash: str
    chunk_ids: tuple[str, ...]
    terms: tuple[tuple[str, ...], ...]


class LexicalIndex:
    """BM25 over the chunks of one store revision; rows are chunks (`chunk_ids[i]`)."""

    def __init__(
        self,
        revision: str,
        documents: dict[str, DocumentTerms] | None,
        *,
        bm25: bm25s.BM25 | None = None,
        chunk_ids: Sequence[str] | None = None,
        terms_file: Path | None = None,
    ) -> None:
        """From `documents` (BM25 built here), or from a saved `bm25` + `chunk_ids` whose terms stay in
        `terms_file` until a sync needs them."""
        self.revision = revision
        self._documents = documents
        self._terms_file = terms_file
        if bm25 is None and documents is not None:
            rows = [
                (cid, words) for doc in documents.values() for cid, words in zip(doc.chunk_ids, doc.terms, strict=True)
            ]
            chunk_ids = [cid for cid, _ in rows]
            corpus = [list(words) for _, words in rows]
            if any(corpus):  # bm25s needs one term at least
                bm25 = bm25s.BM25(method="lucene")
                bm25.index(corpus, show_progress=False)
        self.bm25 = bm25
        self.chunk_ids: tuple[str, ...] = tuple(chunk_ids or ())
        self._parts: frozenset[str] | None = None

    @classmethod
    def empty(cls) -> LexicalIndex:
        return cls("", {})

    def __len__(self) -> int:
        return len(self.chunk_ids)

    def documents(self) -> dict[str, DocumentTerms]:
        """The terms per document (read from the saved file on first use)."""
        if self._documents is None:
            assert self._terms_file is not None
            with self._terms_file.open("rb") as f:
                self._documents = pickle.load(f)
        return self._documents

    # -- reading ---------------------------------------------------------------------------------
    def df(self, term: str) -> int:
        """How many chunks hold `term`."""
        if self.bm25 is None or term not in self.bm25.vocab_dict:
            return 0
        column = self.bm25.vocab_dict[term]
        indptr = self.bm25.scores["indptr"]
        return int(indptr[column + 1] - indptr[column])

    def idf(self, term: str) -> float:
        """How rare `term` is among the chunks (BM25's smoothed idf, always > 0; unseen terms highest)."""
        df = self.df(term)
        return math.log(1 + (len(self) - df + 0.5) / (df + 0.5))

    def knows(self, term: str) -> bool:
        """Whether any chunk holds `term`, alone or as a part of a hyphenated word ("Nansen-Initiative")."""
        return self.df(term) > 0 or term in self._hyphen_parts()

    def _hyphen_parts(self) -> frozenset[str]:
        if self._parts is None:
            vocab = self.bm25.vocab_dict if self.bm25 is not None else {}
            parts = [p for t in vocab if "-" in t for p in t.split("-") if p]  # the last one stemmed in the whole
            self._parts = frozenset([*parts, *map(stem, parts)])
        return self._parts

    def search(self, query: str, k: int) -> list[tuple[str, float]]:
        """The ids of the `k` chunks with the best positive BM25 score for `query`, best first."""
        if self.bm25 is None or k <= 0:
            return []
        known = [t for t in terms(query) if self.df(t)]
        if not known:
            return []
        scores = self.bm25.get_scores(known)
        positive = np.flatnonzero(scores > 0)
        if len(positive) > k:  # the k best (and every row tied with the k-th, ordered below)
            kth = np.partition(scores[positive], -k)[-k]
            positive = positive[scores[positive] >= kth]
        ranked = sorted(positive.tolist(), key=lambda i: (-float(scores[i]), self.chunk_ids[i]))
        return [(self.chunk_ids[i], float(scores[i])) for i in ranked[:k]]

    # -- keeping in step ----------------------------------------------------------------------
    def synced(self, store: KnowledgeStore, revision: str) -> LexicalIndex:
        """This index brought in step with `store` at `revision` (read before the store's contents): only
        documents added or changed since are read and tokenized."""
        records = {r.doc_id: r for r in store.documents()}
        have = self.documents()
        kept = {d: t for d, t in have.items() if d in records and records[d].content_hash == t.content_hash}
        for doc_id, record in records.items():
            if doc_id in kept:
                continue
            chunks = store.chunks(doc_id=doc_id)
            kept[doc_id] = DocumentTerms(
                record.content_hash, tuple(c.id for c in chunks), tuple(tuple(terms(c.text)) for c in chunks)
            )
        ordered = dict(sorted(kept.items()))
        return LexicalIndex(revision, ordered)

    # -- saving ----------------------------------------------------------------------------------
    def save(self, folder: Path) -> None:
        """Write this index as the folder's current version (whole, then named in `current`)."""
        folder.mkdir(parents=True, exist_ok=True)
        version = folder / f"v-{uuid.uuid4().hex[:12]}"
        version.mkdir()
        if self.bm25 is not None:
            self.bm25.save(str(version / "bm25"))
        (version / "rows.json").write_text(
            json.dumps({"revision": self.revision, "terms_version": TERMS_VERSION, "chunk_ids": self.chunk_ids}),
            encoding="utf-8",
        )
        with (version / "terms.pkl").open("wb") as f:
            pickle.dump(self.documents(), f, protocol=pickle.HIGHEST_PROTOCOL)
        pointer = folder / f"current.{os.getpid()}"
        pointer.write_text(version.name, encoding="utf-8")
        os.replace(pointer, folder / "current")
        for old in folder.glob("v-*"):
            if old != version:
                shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex | None:
        """The folder's current version, or None when there is none (or it is unreadable or stale)."""
        try:
            version = folder / (folder / "current").read_text(encoding="utf-8").strip()
            rows = json.loads((version / "rows.json").read_text(encoding="utf-8"))
            if rows.get("terms_version") != TERMS_VERSION:
                return None
            bm25 = bm25s.BM25.load(str(version / "bm25"), mmap=True) if (version / "bm25").exists() else None
        except (OSError, ValueError, KeyError) as exc:
            if not isinstance(exc, FileNotFoundError):
                log.warning("the saved lexical index in %s is unreadable (%s); it will be rebuilt", folder, exc)
            return None
        return cls(rows["revision"], None, bm25=bm25, chunk_ids=rows["chunk_ids"], terms_file=version / "terms.pkl")


def current(store: KnowledgeStore, folder: Path | None, have: LexicalIndex | None = None) -> LexicalIndex:
    """The lexical index of `store` as it is now: `have` if current, else the one saved in `folder` if
    current, else the newest of them synced (and saved, when `folder` is given)."""
    revision = store.revision()
    if have is not None and have.revision == revision:
        return have
    if folder is None:
        return _synced(have or LexicalIndex.empty(), store, revision)
    folder.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(folder.parent / f"{folder.name}.lock"):  # one process syncs; the others load its result
        saved = LexicalIndex.load(folder)
        if saved is not None and saved.revision == revision:
            return saved
        base = have if have is not None and have._documents is not None else saved
        index = _synced(base or LexicalIndex.empty(), store, revision)
        try:
            index.save(folder)
        except OSError as exc:  # a read-only or full disk: serve from memory, rebuild next start
            log.warning("could not save the lexical index in %s (%s)", folder, exc)
            return index
        return LexicalIndex.load(folder) or index  # the terms stay on disk until the next sync


def _synced(base: LexicalIndex, store: KnowledgeStore, revision: str) -> LexicalIndex:
    started = time.perf_counter()
    index = base.synced(store, revision)
    log.info("synced the lexical index: %d chunks in %.0f ms", len(index), (time.perf_counter() - started) * 1000)
    return index
