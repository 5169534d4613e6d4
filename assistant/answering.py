"""The `Assistant`: question (+ history) -> condense -> retrieve -> compose -> `Answer`.

The pipeline is one LangChain runnable (`Assistant.chain`, with invoke/stream/batch); `ask` and
`stream` are thin wrappers over it. Each stage is timed into `Answer.timings` (milliseconds).

With a chat model (`ask(..., llm=model)` / `stream(..., llm=model)`, see `assistant.llm`) the same
condense -> retrieve -> rerank stages run (follow-ups rewritten by the model, falling back to the offline
rewrite), then the model drafts an answer from the numbered passages, streamed token by token, and
`assistant.verify` keeps only the sentences the passages support, each cited with a verbatim quote. When
the extractive refusal policy refuses, the model is not asked; when the model fails, times out
(`llm_timeout`), finds nothing in the documents or leaves no supported sentence, the extractive answer is
returned with a `notice` saying why.

A claim ("Is it true that ...?", "Fact-check: ...", a statement) is answered with its verdict first
(`assistant.checking`; with a chat model, the model proposes the verdict and the fact alignment checks
it); `check(text)` gives a verdict to every check-worthy sentence of a text.
"""

from __future__ import annotations

import queue
import re
import threading
import time
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from langchain_core.language_models import BaseChatModel
from langchain_core.runnables import Runnable, RunnableLambda

from assistant.checking import ClaimChecker, Proposer, Statement, headline
from assistant.errors import AssistantError
from assistant.extractive import ExtractiveComposer
from assistant.followup import Message, standalone_question
from assistant.judge import RefusalPolicy, text_words
from assistant.knowledge_base import open_store
from assistant.llm import (
    answer_messages,
    checked_rewrite,
    condense_messages,
    message_text,
    parse_verdict,
    verdict_messages,
)
from assistant.question import Form, analyse
from assistant.retrieval import HybridRetriever, to_passages
from assistant.sentences import SentenceScorer
from assistant.settings import MAX_K, Settings
from assistant.text import checked_input
from assistant.types import Answer, CheckReport, Verdict
from assistant.verify import UNSUPPORTED_MARK, check_answer, says_not_in_documents
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
        llm_timeout: float = 60.0,
        llm_unsupported: Literal["remove", "flag"] = "remove",
        max_question_chars: int = 2000,
        history_turns: int = 10,
        lexical_dir: Path | None = None,
        sentence_cache: int = 50_000,
    ) -> None:
        self.store = store
        self.max_question_chars = max_question_chars
        self.history_turns = history_turns
        self.top_k = top_k
        self.candidates = candidates  # passages whose sentences are scored before keeping the best k
        self.retriever = HybridRetriever(store=store, lexical_dir=lexical_dir, k=max(top_k, candidates))
        self.scorer = SentenceScorer(store, self.retriever.idf, cache_size=sentence_cache)
        self.composer = composer or ExtractiveComposer()
        self.policy = policy or RefusalPolicy()
        self.checker = ClaimChecker(self.retriever, self.scorer, candidates=candidates)
        self.llm_timeout = llm_timeout  # seconds for the chat model's whole reply
        self.llm_unsupported = llm_unsupported
        # condense -> retrieve -> rerank: shared by the extractive chain and the LLM mode
        self.evidence_chain: Runnable[State, State] = (
            RunnableLambda(self._condense, name="condense")
            | RunnableLambda(self._retrieve, name="retrieve")
            | RunnableLambda(self._rerank, name="rerank")
        ).with_config(run_name="evidence")
        self.chain: Runnable[State, Answer] = (
            self.evidence_chain | RunnableLambda(self._compose, name="compose")
        ).with_config(run_name="assistant")

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> Assistant:
        """An assistant over the configured index, which must hold at least one document."""
        settings = settings or Settings()
        store = open_store(settings)
        if not store.documents():
            raise AssistantError("no documents are indexed yet; run `assistant index` first")
        assistant = cls(
            store,
            top_k=settings.top_k,
            llm_timeout=settings.llm_timeout,
            llm_unsupported=settings.llm_unsupported,
            max_question_chars=settings.max_question_chars,
            history_turns=settings.history_turns,
            lexical_dir=settings.lexical_dir,
            sentence_cache=settings.sentence_cache,
        )
        assistant.warm()
        return assistant

    def _words_of(self, doc_ids: Sequence[str]) -> set[str]:
        """The words of these whole documents, as the store holds them now."""
        revision = self.store.revision()
        return set().union(*(self._document_words(doc_id, revision) for doc_id in doc_ids))

    @lru_cache(maxsize=64)  # noqa: B019 (one assistant per process; a document's words per store revision)
    def _document_words(self, doc_id: str, revision: str) -> frozenset[str]:
        try:
            return frozenset(text_words(self.store.document_text(doc_id)))
        except KeyError:  # removed since the passage was read
            return frozenset()

    def warm(self) -> None:
        """Load the lexical index, the embedding model, the parser and WordNet now, not on the first question."""
        self.retriever.refresh()
        question = "Which country adopted the first declaration?"
        self.store.embeddings.embed_query(question)
        analyse(question)

    def ask(
        self,
        question: str,
        history: Sequence[Message] = (),
        k: int | None = None,
        llm: BaseChatModel | None = None,
    ) -> Answer:
        """The answer: extractive, or drafted by `llm` and checked against the passages."""
        if llm is None:
            return self.chain.invoke(self._inputs(question, history, k))
        answer = None
        for event in self._llm_events(self._inputs(question, history, k), llm):
            answer = event
        assert isinstance(answer, Answer)
        return answer

    def check(self, text: str, llm: BaseChatModel | None = None) -> CheckReport:
        """A verdict (supported / contradicted / not in the documents) for each check-worthy sentence of
        `text` (a claim, or a pasted paragraph or article), with the deciding quote. With `llm`, the
        model proposes each verdict; the fact alignment overrules it where the facts disagree."""
        return self.checker.check(text, self._proposer(llm) if llm is not None else None)

    def _proposer(self, llm: BaseChatModel) -> Proposer:
        """The chat model's verdict on a statement from its numbered evidence (None when it fails or
        answers in no usable form: the offline verdict then stands)."""

        def propose(claim: str, evidence: list[str]) -> tuple[Verdict, int, str] | None:
            try:
                deadline = time.monotonic() + self.llm_timeout
                reply = "".join(_stream_with_deadline(llm, verdict_messages(claim, evidence), deadline))
            except Exception:
                return None
            parsed = parse_verdict(reply, len(evidence))
            return (Verdict(parsed[0]), parsed[1], parsed[2]) if parsed else None

        return propose

    def stream(
        self,
        question: str,
        history: Sequence[Message] = (),
        k: int | None = None,
        llm: BaseChatModel | None = None,
    ) -> Iterator[str | Answer]:
        """Text deltas, then the final `Answer`. Extractive: one delta per answer sentence. With `llm`: the
        model's tokens as they arrive (a draft), then the checked `Answer`, whose text may differ."""
        if llm is not None:
            yield from self._llm_events(self._inputs(question, history, k), llm)
            return
        for answer in self.chain.stream(self._inputs(question, history, k)):
            pieces = re.split(r"(?<=\]) ", answer.text)
            for number, piece in enumerate(pieces, start=1):
                yield piece if number == len(pieces) else piece + " "
            yield answer

    def _inputs(self, question: str, history: Sequence[Message], k: int | None) -> State:
        """The chain's input: the question checked, the latest `history_turns` turns, k checked."""
        if k is not None and (isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= MAX_K):
            raise AssistantError(f"the number of passages to retrieve must be a whole number from 1 to {MAX_K}")
        recent = list(history)[-2 * self.history_turns :] if self.history_turns else []
        return {"question": checked_question(question, self.max_question_chars), "history": recent, "k": k}

    # -- the chain's stages: each takes and returns the state dict -------------------------------
    def _condense(self, state: State) -> State:
        """Analyse the question (one parse) and, when it leans on the conversation, rewrite it standalone."""
        started = time.perf_counter()
        question = analyse(state["question"])
        standalone = None
        instruction = question.form in (Form.INSTRUCTION, Form.SMALL_TALK)
        if state.get("llm") is not None and state.get("history") and not instruction:
            standalone = self._llm_rewrite(state["llm"], state["question"], state["history"])
        if standalone is None:
            standalone = standalone_question(question, state.get("history", ()), self.retriever.knows)
        if standalone != question.text:
            question = analyse(standalone)
        return {**state, "analysis": question, "standalone": standalone, "timings": {"condense": _ms(started)}}

    def _retrieve(self, state: State) -> State:
        started = time.perf_counter()
        analysis = state["analysis"]
        # a claim is searched with its statement: "Is it true that" / "Someone told me" are no evidence
        query = analysis.claim if analysis.form is Form.CLAIM and analysis.claim else state["standalone"]
        vector = self.store.embeddings.embed_query(query)
        embedded = time.perf_counter()
        wanted = max(state.get("k") or self.top_k, self.candidates)
        docs = self.retriever.retrieve(query, wanted, query_vector=vector)
        timings = {**state["timings"], "embed": _ms(started, embedded), "retrieve": _ms(embedded)}
        return {**state, "vector": vector, "passages": to_passages(docs), "timings": timings}

    def _rerank(self, state: State) -> State:
        """Score the candidates' sentences; keep the `k` passages whose sentences best answer."""
        started = time.perf_counter()
        sentences = self.scorer.score(state["analysis"].terms, state["vector"], state["passages"])
        passages = self.scorer.rerank(state["passages"], sentences)[: state.get("k") or self.top_k]
        kept = {p.chunk_id for p in passages}
        sentences = [s for s in sentences if s.passage.chunk_id in kept]
        timings = {**state["timings"], "rerank": _ms(started)}
        return {**state, "passages": passages, "sentences": sentences, "timings": timings}

    def _compose(self, state: State) -> Answer:
        """A claim gets its verdict. A claim asked as a question ("Did X happen in 2017?", "Is it certain
        that X?") gets it when the documents decide it, or when it asks about a detail they do not give ("Was
        it launched by Norway?"); otherwise it is an open question, answered with the sentences that bear on it
        (or refused, with the verdict's reason)."""
        analysis = state["analysis"]
        if analysis.form not in (Form.CLAIM, Form.YES_NO):
            return self._compose_answer(state)
        verdict = self._compose_verdict(state)
        asked = analysis.text.rstrip().endswith("?")
        if not asked or verdict.check is None or verdict.check.verdict is not Verdict.NOT_FOUND:
            return verdict
        answer = self._compose_answer(state)
        stated = analysis.stated
        details = {e.text for e in stated.names()} | {q.text for q in stated.quantities}
        if answer.refused or details & set(verdict.check.missing):  # a name, date or number asked about that
            return verdict  # no close passage gives ("Was it launched by Norway?"): not answered

        # an open question the documents bear on without deciding it: said first, so that a cited answer
        # to "Is it ...?" is not read as a yes
        lead = "The documents do not answer this yes or no; what they say about it:"
        return answer.model_copy(update={"check": verdict.check, "lead": lead, "text": f"{lead}\n\n{answer.text}"})

    def _compose_answer(self, state: State) -> Answer:
        started = time.perf_counter()
        question, analysis, passages = state["standalone"], state["analysis"], state["passages"]
        draft = self.composer.draft(analysis, state["sentences"])
        doc_ids = sorted({s.passage.doc_id for s in draft.sentences})
        reason = self.policy.reason(
            analysis, draft.sentences, draft.best.score if draft.best else None, lambda: self._words_of(doc_ids)
        )
        direct = None
        if reason is None:
            found = self.composer.direct_answer(analysis, draft)
            if found is not None:
                direct, draft = found
            text, citations = self.composer.render(draft, direct)
        else:
            text, citations = refusal_text(reason), []
        timings = {**state["timings"], "compose": _ms(started)}
        timings["total"] = sum(timings.values())
        return Answer(
            question=state["question"],
            text=text,
            citations=citations,
            passages=passages,
            refused=reason is not None,
            direct_answer=direct,
            lead=direct,
            quoted=reason is None,
            standalone_question=question,
            timings=timings,
        )

    def _compose_verdict(self, state: State, propose: Proposer | None = None) -> Answer:
        """A claim or a yes/no question: the verdict first, then the deciding quote; "not in the
        documents" is a refusal (the closest passages are shown, not cited)."""
        started = time.perf_counter()
        analysis = state["analysis"]
        statement = Statement(0, len(analysis.text), analysis.text, analysis, 0)
        check = self.checker.verdict(statement, state["sentences"], propose)
        refused = check.verdict is Verdict.NOT_FOUND
        quotes = " ".join(f"{c.quote} [{c.number}]" for c in check.citations)
        text = headline(check) + (f"\n\n{quotes}" if quotes and not refused else "")
        timings = {**state["timings"], "compose": _ms(started)}
        timings["total"] = sum(timings.values())
        return Answer(
            question=state["question"],
            text=text,
            citations=[] if refused else check.citations,
            passages=state["passages"],
            refused=refused,
            lead=headline(check),
            quoted=not refused,
            standalone_question=state["standalone"],
            timings=timings,
            check=check,
            notice=check.notice,
        )

    # -- the LLM mode ----------------------------------------------------------------------------
    def _llm_events(self, inputs: State, llm: BaseChatModel) -> Iterator[str | Answer]:
        """The model's text deltas, then the checked `Answer` (or the extractive one, with a notice)."""
        state = self.evidence_chain.invoke({**inputs, "llm": llm})
        if state["analysis"].form in (Form.CLAIM, Form.YES_NO):  # a claim: the model proposes a verdict
            verdict = self._compose_verdict(state, self._proposer(llm))
            decided = verdict.check is not None and verdict.check.verdict is not Verdict.NOT_FOUND
            if decided or not state["analysis"].text.rstrip().endswith("?"):
                yield verdict
                return
        extractive = self._compose(state)
        if extractive.refused:  # the documents do not answer it (or it is an injection): the model is not asked
            yield extractive
            return
        started = time.perf_counter()
        deadline = time.monotonic() + self.llm_timeout
        pieces: list[str] = []
        failure: str | None = None
        checked = None
        try:
            for delta in _stream_with_deadline(llm, answer_messages(state["standalone"], state["passages"]), deadline):
                pieces.append(delta)
                yield delta
        except TimeoutError:
            failure = f"the language model did not answer within {self.llm_timeout:g} s"
        except Exception as exc:
            failure = f"the language model failed ({type(exc).__name__}: {str(exc)[:200]})"
        generated = time.perf_counter()
        timings = {k: v for k, v in extractive.timings.items() if k != "total"}
        timings["generate"] = _ms(started, generated)
        if failure is None:
            text = "".join(pieces).strip()
            checked = check_answer(text, state["passages"], unsupported=self.llm_unsupported)
            timings["verify"] = _ms(generated)
            if not text:
                failure = "the language model gave an empty answer"
            elif says_not_in_documents(text) and not checked.citations:
                failure = "the language model found no answer in the passages"
            elif not checked.citations:
                failure = "the language model's answer is not supported by the passages"
        timings["total"] = sum(timings.values())
        counts = {}
        if failure is None or checked is not None:
            counts = {
                "generated_sentences": checked.kept + checked.unsupported,
                "unsupported_sentences": checked.unsupported,
            }
        if failure is not None:
            notice = f"{failure}; showing the extractive answer instead."
            yield extractive.model_copy(update={"notice": notice, "timings": timings, **counts})
            return
        notice = None
        if checked.removed:
            notice = f"{_sentences(checked.removed)} not supported by the passages {'was' if checked.removed == 1 else 'were'} removed."
        elif checked.flagged:
            notice = f"{_sentences(checked.flagged)} not supported by the passages {'is' if checked.flagged == 1 else 'are'} marked {UNSUPPORTED_MARK}."
        yield extractive.model_copy(
            update={
                "text": checked.text,
                "citations": checked.citations,
                "lead": None,
                "quoted": False,  # the model's words, each sentence checked against the passages
                "notice": notice,
                "timings": timings,
                **counts,
            }
        )

    def _llm_rewrite(self, llm: BaseChatModel, question: str, history: Sequence[Message]) -> str | None:
        """The follow-up made standalone by the model, or None (then the offline rewrite is used) when the
        model fails or its rewrite does not pass `checked_rewrite`."""
        try:
            deadline = time.monotonic() + min(self.llm_timeout, 30.0)
            text = "".join(_stream_with_deadline(llm, condense_messages(question, history), deadline))
        except Exception:
            return None
        return checked_rewrite(text, question, history)


def refusal_text(reason: str) -> str:
    return f"The indexed documents don't say: {reason}. The closest passages are shown separately, not as citations."


def checked_question(question: str, limit: int = 2000) -> str:
    """The question, stripped; an empty, overlong or unreadable one is an error that says what to do."""
    return checked_input(
        question,
        limit,
        empty="the question is empty; type a question about the documents",
        too_long="the question is {length} characters, over the {limit} allowed: ask it shorter "
        "(to check a long text, use the fact-check)",
        unreadable="the question holds a character that is not text (at position {at}); retype it",
    ).strip()


def _sentences(count: int) -> str:
    return f"{count} generated sentence{'' if count == 1 else 's'}"


def _stream_with_deadline(llm: BaseChatModel, messages: list, deadline: float) -> Iterator[str]:
    """The model's text deltas, read on a worker thread; TimeoutError when `deadline` (monotonic) passes.

    A model that hangs is abandoned (its daemon thread finishes or dies with the process)."""
    events: queue.Queue[tuple[str, Any]] = queue.Queue()

    def work() -> None:
        try:
            for chunk in llm.stream(messages):
                events.put(("delta", message_text(chunk)))
            events.put(("done", None))
        except BaseException as exc:
            events.put(("error", exc))

    threading.Thread(target=work, name="llm-stream", daemon=True).start()
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        try:
            kind, value = events.get(timeout=remaining)
        except queue.Empty:
            raise TimeoutError from None
        if kind == "done":
            return
        if kind == "error":
            raise value
        if value:
            yield value


def _ms(start: float, end: float | None = None) -> float:
    return round(((end if end is not None else time.perf_counter()) - start) * 1000, 3)
