"""The `Assistant`: question (+ history) -> condense -> retrieve -> compose -> `Answer`.

The pipeline is one LangChain runnable (`Assistant.chain`, with invoke/stream/batch); `ask` and
`stream` are thin wrappers over it. Each stage is timed into `Answer.timings` (milliseconds).
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Sequence
from typing import Any

from langchain_core.runnables import Runnable, RunnableLambda

from assistant.condense import Message, standalone_question
from assistant.errors import AssistantError
from assistant.extractive import ExtractiveComposer
from assistant.knowledge_base import open_store
from assistant.refusal import RefusalPolicy, refusal_text
from assistant.retrieval import HybridRetriever, chunk_passage, to_passages
from assistant.sentences import SentenceScorer
from assistant.settings import Settings
from assistant.types import Answer
from knowledge.store import KnowledgeStore

State = dict[str, Any]


class Assistant:
    def __init__(
        self,
        store: KnowledgeStore,
        *,
        top_k: int = 5,
        candidates: int = 8,
        composer: ExtractiveComposer | None = None,
        policy: RefusalPolicy | None = None,
    ) -> None:
        self.store = store
        self.top_k = top_k
        self.candidates = candidates  # passages whose sentences are scored before keeping the best k
        self.retriever = HybridRetriever(store=store, k=max(top_k, candidates))
        self.scorer = SentenceScorer(store.embeddings, self.retriever.idf)
        self.composer = composer or ExtractiveComposer()
        self.policy = policy or RefusalPolicy()
        self.chain: Runnable[State, Answer] = (
            RunnableLambda(self._condense, name="condense")
            | RunnableLambda(self._retrieve, name="retrieve")
            | RunnableLambda(self._rerank, name="rerank")
            | RunnableLambda(self._compose, name="compose")
        ).with_config(run_name="assistant")

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> Assistant:
        """An assistant over the configured index, which must hold at least one document."""
        settings = settings or Settings()
        store = open_store(settings)
        if not store.documents():
            raise AssistantError("no documents are indexed yet; run `assistant index` first")
        assistant = cls(store, top_k=settings.top_k)
        assistant.warm()
        return assistant

    def warm(self) -> None:
        """Build the lexical index and embed a small corpus's sentences now, not on the first questions."""
        self.retriever.refresh()
        self.scorer.warm(chunk_passage(c) for c in self.store.chunks())

    def ask(self, question: str, history: Sequence[Message] = (), k: int | None = None) -> Answer:
        return self.chain.invoke(self._inputs(question, history, k))

    def stream(self, question: str, history: Sequence[Message] = (), k: int | None = None) -> Iterator[str | Answer]:
        """Text deltas (one per answer sentence), then the final `Answer`."""
        for answer in self.chain.stream(self._inputs(question, history, k)):
            pieces = re.split(r"(?<=\]) ", answer.text)
            for number, piece in enumerate(pieces, start=1):
                yield piece if number == len(pieces) else piece + " "
            yield answer

    @staticmethod
    def _inputs(question: str, history: Sequence[Message], k: int | None) -> State:
        return {"question": checked_question(question), "history": list(history), "k": k}

    # -- the chain's stages: each takes and returns the state dict -------------------------------
    def _condense(self, state: State) -> State:
        started = time.perf_counter()
        standalone = standalone_question(state["question"], state.get("history", ()), self.retriever.knows)
        return {**state, "standalone": standalone, "timings": {"condense": _ms(started)}}

    def _retrieve(self, state: State) -> State:
        started = time.perf_counter()
        vector = self.store.embeddings.embed_query(state["standalone"])
        embedded = time.perf_counter()
        wanted = max(state.get("k") or self.top_k, self.candidates)
        docs = self.retriever.retrieve(state["standalone"], wanted, query_vector=vector)
        timings = {**state["timings"], "embed": _ms(started, embedded), "retrieve": _ms(embedded)}
        return {**state, "vector": vector, "passages": to_passages(docs), "timings": timings}

    def _rerank(self, state: State) -> State:
        """Score the candidates' sentences; keep the `k` passages whose sentences best answer."""
        started = time.perf_counter()
        sentences = self.scorer.score(state["standalone"], state["vector"], state["passages"])
        passages = self.scorer.rerank(state["passages"], sentences)[: state.get("k") or self.top_k]
        kept = {p.chunk_id for p in passages}
        sentences = [s for s in sentences if s.passage.chunk_id in kept]
        timings = {**state["timings"], "rerank": _ms(started)}
        return {**state, "passages": passages, "sentences": sentences, "timings": timings}

    def _compose(self, state: State) -> Answer:
        started = time.perf_counter()
        question, passages = state["standalone"], state["passages"]
        draft = self.composer.draft(question, state["sentences"])
        reason = self.policy.reason(question, draft)
        if reason is None:
            text, citations = self.composer.render(draft)
        else:
            text, citations = refusal_text(question, reason), []
        timings = {**state["timings"], "compose": _ms(started)}
        timings["total"] = sum(timings.values())
        return Answer(
            question=state["question"],
            text=text,
            citations=citations,
            passages=passages,
            refused=reason is not None,
            standalone_question=question,
            timings=timings,
        )


def checked_question(question: str) -> str:
    """The question, stripped; an empty one is an error that says what to do."""
    if not question or not question.strip():
        raise AssistantError("the question is empty; type a question about the documents")
    return question.strip()


def _ms(start: float, end: float | None = None) -> float:
    return round(((end if end is not None else time.perf_counter()) - start) * 1000, 3)
