"""The answering value types: what a question turns into. All serialize to JSON."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from knowledge.language import SentenceFacts


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class Passage(_Frozen):
    """A retrieved chunk, in rank order."""

    chunk_id: str
    doc_id: str
    text: str
    source: str
    title: str
    section: str = ""
    page: int | None = None
    start: int  # offsets of `text` in the cleaned source text
    end: int
    sentences: tuple[tuple[int, int], ...] = ()  # absolute (start, end) of each sentence
    score: float = 0.0  # fused retrieval score (higher is better)
    dense_score: float | None = None  # cosine similarity to the question, when dense search found it
    lexical_score: float | None = None  # BM25 score, when lexical search found it
    # what each sentence states (parallel to `sentences`), computed at index time
    facts: tuple[SentenceFacts, ...] = Field(default=(), repr=False)

    def sentence_texts(self) -> list[str]:
        return [self.text[s - self.start : e - self.start] for s, e in self.sentences]

    def facts_at(self, start: int, end: int) -> SentenceFacts:
        """The stored facts of the sentence at `start:end` (empty facts for an index without them)."""
        return next((f for f in self.facts if f.start == start and f.end == end), SentenceFacts(start, end))


class Citation(_Frozen):
    """One cited sentence: `quote == cleaned_source_text[start:end]`."""

    number: int
    chunk_id: str
    source: str
    title: str
    section: str = ""
    page: int | None = None
    quote: str
    start: int
    end: int


class Answer(_Frozen):
    question: str
    text: str  # with inline [n] markers
    citations: list[Citation] = Field(default_factory=list)
    passages: list[Passage] = Field(default_factory=list)
    refused: bool = False
    direct_answer: str | None = (
        None  # the year, count, place, ... asked for, said first, when a cited sentence states it
    )
    standalone_question: str
    timings: dict[str, float] = Field(default_factory=dict)  # stage -> milliseconds
    notice: str | None = None  # what the reader should know (e.g. generated sentences removed)
    generated_sentences: int | None = None  # LLM mode: sentences the model wrote
    unsupported_sentences: int | None = None  # LLM mode: of those, not supported by the passages
