"""Score every sentence of the retrieved passages against the question, and rerank the passages.

A sentence's score mixes meaning and wording: `dense_weight * cosine(question, sentence)` (the
bundled model's embeddings) `+ (1 - dense_weight) * overlap`, where overlap is the idf-weighted share
of the question's terms found in the sentence (rare words such as "projectized" count for more than
"migration", which every sentence of this corpus shares; a sentence pointing back, "These issues include X",
takes the terms of the sentence before it at `leaning` weight; the title and headings over a sentence frame it, and
their terms are its own). A passage is then ranked by its best
sentence (plus a little of its second best), so the passage that actually states the answer comes first.

Sentence vectors are computed at index time and read from the store (`KnowledgeStore.sentence_vectors`)
for the sentences of the candidate passages, through a least-recently-used cache of `cache_size`
vectors (about 1.5 KB each), so memory stays bounded however large the library.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from assistant.types import Passage
from knowledge.language import SentenceFacts
from knowledge.store import KnowledgeStore
from knowledge.terms import terms
from knowledge.types import sentence_id


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
    def __init__(
        self,
        store: KnowledgeStore,
        idf: Callable[[str], float],
        dense_weight: float = 0.6,
        cache_size: int = 50_000,
        leaning: float = 0.5,
    ) -> None:
        self.store = store
        self.idf = idf
        self.dense_weight = dense_weight
        self.leaning = leaning  # the weight of a term a sentence pointing back ("These issues include X") takes
        # from the sentence before it (what "these issues" stands for)
        self.cache_size = cache_size
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
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
        framing: dict[str, set[str]] = {}
        for (passage, start, end), vector in zip(spans, vectors, strict=True):
            if (passage.doc_id, start) in scored:  # the same sentence in two overlapping chunks
                continue
            text = passage.text[start - passage.start : end - passage.start]
            facts = passage.facts_at(start, end)
            dense = float(qv @ vector)
            present = set(terms(facts.reading or text))  # a table row's words with its headings'
            present |= framing.setdefault(passage.chunk_id, _terms_of_headings(passage))
            before = _terms_before(passage, start) if facts.refers_back and wanted else set()
            found = sum(w if t in present else self.leaning * w for t, w in wanted.items() if t in present | before)
            overlap = found / total if total else 0.0
            score = self.dense_weight * dense + (1 - self.dense_weight) * overlap
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

    def _vectors(self, spans: Sequence[tuple[Passage, int, int]]) -> list[np.ndarray]:
        keys = [sentence_id(p.chunk_id, s, e) for p, s, e in spans]
        with self._lock:
            found = {k: self._cache[k] for k in keys if k in self._cache}
            for k in found:
                self._cache.move_to_end(k)
        missing = [k for k in dict.fromkeys(keys) if k not in found]
        if missing:
            found.update(self.store.sentence_vectors(missing))
            with self._lock:
                self._cache.update((k, found[k]) for k in missing if k in found)
                while len(self._cache) > self.cache_size:
                    self._cache.popitem(last=False)
        unstored = {k: span for k, span in zip(keys, spans, strict=True) if k not in found}
        if unstored:  # a passage whose document was rewritten meanwhile: embed its sentences now
            texts = [p.facts_at(s, e).reading or p.text[s - p.start : e - p.start] for p, s, e in unstored.values()]
            found.update(zip(unstored, map(np.asarray, self.store.embeddings.embed_documents(texts)), strict=True))
        return [found[k] for k in keys]


def _terms_of_headings(passage: Passage) -> set[str]:
    """The terms of the title and headings over a passage, which frame each of its sentences ("Freight manager Shona
    Petrie ..." under "Skerrin Sound Ferries: Annual Service Review" is about the ferry company's freight manager)."""
    return set(terms(" ".join((passage.title, passage.heading, passage.section))))


def _terms_before(passage: Passage, start: int) -> set[str]:
    """The terms of the sentence before the one at `start` in `passage` (none for its first)."""
    spans = list(passage.sentences)
    i = next((i for i, (s, _) in enumerate(spans) if s == start), 0)
    if i == 0:
        return set()
    s, e = spans[i - 1]
    return set(terms(passage.text[s - passage.start : e - passage.start]))
