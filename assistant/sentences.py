"""Score every sentence of the retrieved passages against the question, and rerank the passages.

A sentence's score mixes meaning and wording: `dense_weight * cosine(question, sentence)` (the
bundled model's embeddings) `+ (1 - dense_weight) * overlap`, where overlap is the idf-weighted share
of the question's terms found in the sentence (rare words such as "projectized" count for more than
"migration", which every sentence of this corpus shares). A passage is then ranked by its best
sentence (plus a little of its second best), so the passage that actually states the answer comes first.

Sentence embeddings are cached per (document version, span): the index fixes the sentences, so each
is embedded once per process; `warm` embeds a small corpus up front (a large one as questions come).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.text import terms
from assistant.types import Passage
from knowledge.language import SentenceFacts


@dataclass(frozen=True)
class ScoredSentence:
    passage: Passage
    start: int
    end: int
    text: str
    dense: float  # cosine similarity to the question
    overlap: float  # idf-weighted share of the question's terms present
    score: float
    vector: np.ndarray
    facts: SentenceFacts = field(default_factory=lambda: SentenceFacts(0, 0))  # what it states, from the index


class SentenceScorer:
    def __init__(self, embeddings: Embeddings, idf: Callable[[str], float], dense_weight: float = 0.6) -> None:
        self.embeddings = embeddings
        self.idf = idf
        self.dense_weight = dense_weight
        self._cache: dict[tuple[str, int, int], np.ndarray] = {}
        self._lock = threading.Lock()

    def score(
        self, question_terms: Iterable[str], question_vector: Sequence[float], passages: Sequence[Passage]
    ) -> list[ScoredSentence]:
        """Every distinct sentence of `passages`, best first (`question_terms`: the stems that say what the
        question is about, `Question.terms`)."""
        spans = [(p, s, e) for p in passages for s, e in p.sentences]
        if not spans:
            return []
        vectors = self._vectors(spans)
        wanted = {t: self.idf(t) for t in question_terms}
        total = sum(wanted.values())
        qv = np.asarray(question_vector)
        scored: dict[tuple[str, int], ScoredSentence] = {}
        for (passage, start, end), vector in zip(spans, vectors, strict=True):
            if (passage.doc_id, start) in scored:  # the same sentence in two overlapping chunks
                continue
            text = passage.text[start - passage.start : end - passage.start]
            dense = float(qv @ vector)
            present = set(terms(text))
            overlap = sum(w for t, w in wanted.items() if t in present) / total if total else 0.0
            score = self.dense_weight * dense + (1 - self.dense_weight) * overlap
            facts = passage.facts_at(start, end)
            scored[(passage.doc_id, start)] = ScoredSentence(
                passage, start, end, text, dense, overlap, score, vector, facts
            )
        return sorted(scored.values(), key=lambda s: -s.score)

    @staticmethod
    def rerank(passages: Sequence[Passage], sentences: Sequence[ScoredSentence], support: float = 0.1) -> list[Passage]:
        """Passages ordered by their best sentence's score plus `support` x their second best's (a passage
        whose other sentences also answer wins a near tie; overlapping chunks share a sentence, and the
        one with the better company comes first), then by retrieval order."""
        scores: dict[str, list[float]] = {p.chunk_id: [] for p in passages}
        for sentence in sentences:  # best first
            for p in passages:
                if p.doc_id == sentence.passage.doc_id and p.start <= sentence.start and sentence.end <= p.end:
                    scores[p.chunk_id].append(sentence.score)
        order = {p.chunk_id: i for i, p in enumerate(passages)}

        def key(p: Passage) -> tuple[float, int]:
            best, second = (scores[p.chunk_id] + [-1.0, 0.0])[:2]
            return -(best + support * max(second, 0.0)), order[p.chunk_id]

        return sorted(passages, key=key)

    def warm(self, passages: Iterable[Passage], limit: int = 1000) -> int:
        """Embed a small corpus's sentences now (startup) instead of on the first questions; returns how
        many. A corpus of more than `limit` sentences (about 10 s of embedding on two cores) is left to
        the questions: each embeds the sentences of its candidate passages not seen before."""
        spans = [(p, s, e) for p in passages for s, e in p.sentences]
        if len(spans) > limit:
            return 0
        self._vectors(spans)
        return len(spans)

    def _vectors(self, spans: Sequence[tuple[Passage, int, int]]) -> list[np.ndarray]:
        keys = [(p.chunk_id.rsplit(":", 1)[0], s, e) for p, s, e in spans]  # document version + span
        with self._lock:
            missing = {k: span for k, span in zip(keys, spans, strict=True) if k not in self._cache}
        if missing:
            texts = [p.text[s - p.start : e - p.start] for p, s, e in missing.values()]
            vectors = self.embeddings.embed_documents(texts)
            with self._lock:
                self._cache.update((k, np.asarray(v)) for k, v in zip(missing, vectors, strict=True))
        return [self._cache[k] for k in keys]
