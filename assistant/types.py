"""The answering value types: what a question turns into. All serialize to JSON."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from knowledge.language import SentenceFacts, years_of_heading


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class _Located(_Frozen):
    """Where a text is, as a reader finds it: document, section, page (PDF) or paragraph, line (text files)."""

    title: str
    section: str = ""
    page: int | None = None
    paragraph: int | None = None  # 1-based paragraph or list item of the document

    @property
    def line(self) -> int | None:
        return None

    @property
    def location(self) -> str:
        """E.g. "report.txt · KEY POINTS · paragraph 4 · line 37" or "brief.pdf · Summary · page 2"."""
        parts = [self.title, self.section]
        parts.append(f"page {self.page}" if self.page else f"paragraph {self.paragraph}" if self.paragraph else "")
        parts.append(f"line {self.line}" if self.line else "")
        return " · ".join(p for p in parts if p)


class Passage(_Located):
    """A retrieved chunk, in rank order."""

    chunk_id: str
    doc_id: str
    text: str
    source: str
    start: int  # offsets of `text` in the cleaned source text
    end: int
    heading: str = ""  # the document's own title: the names in it are what all of its passages are about
    sentences: tuple[tuple[int, int], ...] = ()  # absolute (start, end) of each sentence
    origins: tuple[tuple[int, int, int], ...] = ()  # per sentence, (start, end, line) in the original file
    score: float = 0.0  # fused retrieval score (higher is better)
    dense_score: float | None = None  # cosine similarity to the question, when dense search found it
    lexical_score: float | None = None  # BM25 score, when lexical search found it
    # what each sentence states (parallel to `sentences`), computed at index time
    facts: tuple[SentenceFacts, ...] = Field(default=(), repr=False)

    @property
    def titles(self) -> tuple[str, str, str, str]:
        """What names what its sentences are about: its document's title, source and heading, and its section's
        heading ("Read Ready literacy programme" over "A total of 1,340 pupils took part")."""
        return self.title, self.source, self.heading, self.section

    @property
    def year(self) -> float | None:
        """The year its section's heading sets ("Looking ahead to 2025"), else its document's title ("Annual Review
        2024"): the time of what its sentences tell without a year of their own ("Wenlow was the busiest branch").
        None where the heading that gives years gives several ("2021–2024"), or none does."""
        years = years_of_heading(self.section) or years_of_heading(self.heading)
        return next(iter(years)) if len(years) == 1 else None

    def sentence_texts(self) -> list[str]:
        return [self.text[s - self.start : e - self.start] for s, e in self.sentences]

    @property
    def line(self) -> int | None:
        return self.origins[0][2] if self.origins else None

    def origin(self, start: int, end: int) -> tuple[int, int, int] | None:
        """(start, end, line) in the original file of the sentences spanning cleaned `start:end`."""
        firsts = [i for i, (s, _) in enumerate(self.sentences) if s == start]
        lasts = [i for i, (_, e) in enumerate(self.sentences) if e == end]
        if not self.origins or not firsts or not lasts:
            return None
        return self.origins[firsts[0]][0], self.origins[lasts[-1]][1], self.origins[firsts[0]][2]

    def facts_at(self, start: int, end: int) -> SentenceFacts:
        """The stored facts of the sentence at `start:end` (empty facts for an index without them)."""
        return next((f for f in self.facts if f.start == start and f.end == end), SentenceFacts(start, end))


class Citation(_Located):
    """One cited sentence: `quote == cleaned_source_text[start:end]`; for a text file also
    `quote ≈ file_text[file_start:file_end]` (equal but for the cleaning of line breaks and hyphens)."""

    number: int
    chunk_id: str
    source: str
    quote: str
    start: int
    end: int
    file_start: int | None = None
    file_end: int | None = None
    file_line: int | None = None

    @property
    def line(self) -> int | None:
        return self.file_line

    @classmethod
    def of(cls, number: int, passage: Passage, start: int, end: int, quote: str) -> Citation:
        """Citation `number` of `quote`, the cleaned text of `passage`'s document at `start:end`."""
        origin = passage.origin(start, end) or (None, None, None)
        return cls(
            number=number,
            chunk_id=passage.chunk_id,
            source=passage.source,
            title=passage.title,
            section=passage.section,
            page=passage.page,
            paragraph=passage.paragraph,
            quote=quote,
            start=start,
            end=end,
            file_start=origin[0],
            file_end=origin[1],
            file_line=origin[2],
        )


class Verdict(StrEnum):
    """FEVER's three labels: SUPPORTS, REFUTES, NOT ENOUGH INFO."""

    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    NOT_FOUND = "not_found"


class Conflict(_Frozen):
    """One detail the claim states differently from the source: "2018" where the source says "2016"."""

    kind: str  # year, date, count, amount, percent, time_span, name, negation, antonym, role, modality,
    # circumstance (a condition or cause the source gives otherwise), item (one item of a list replaced), rank (a
    # superlative's place or holder: "the most common" / "the second most common")
    claim: str  # what the claim says
    source: str  # what the source says
    claim_start: int | None = None  # the detail's offsets in the checked text (None: not found in it)
    claim_end: int | None = None
    source_start: int  # the detail's offsets in the cleaned source text (as a citation's)
    source_end: int


class ClaimCheck(_Frozen):
    """The verdict on one check-worthy sentence of the checked text."""

    text: str  # the sentence as written
    start: int  # its offsets in the checked text
    end: int
    verdict: Verdict
    reason: str  # one line: "the documents say 2016, not 2018"; "... but give no year"
    citations: list[Citation] = Field(default_factory=list)  # the deciding evidence first
    conflicts: list[Conflict] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list)  # the claim's facts no close sentence states
    checked_as: str = ""  # the statement checked, when it differs ("Is it true that X?" -> "X"; "it" resolved)
    score: float = 0.0  # closeness of the best evidence sentence
    notice: str | None = None  # e.g. a chat model's verdict overruled by the fact alignment


class CheckReport(_Frozen):
    text: str
    claims: list[ClaimCheck] = Field(default_factory=list)
    timings: dict[str, float] = Field(default_factory=dict)

    def count(self, verdict: Verdict) -> int:
        return sum(c.verdict is verdict for c in self.claims)


class Answer(_Frozen):
    question: str
    text: str  # with inline [n] markers
    citations: list[Citation] = Field(default_factory=list)
    passages: list[Passage] = Field(default_factory=list)
    refused: bool = False
    direct_answer: str | None = (
        None  # the year, count, place, ... asked for, said first, when a cited sentence states it
    )
    lead: str | None = None  # what the answer says before its quotes: the direct answer, or a verdict
    quoted: bool = False  # the answer is `lead` then its citations' quotes, verbatim (not a model's words)
    standalone_question: str
    timings: dict[str, float] = Field(default_factory=dict)  # stage -> milliseconds
    notice: str | None = None  # what the reader should know (e.g. generated sentences removed)
    generated_sentences: int | None = None  # LLM mode: sentences the model wrote
    unsupported_sentences: int | None = None  # LLM mode: of those, not supported by the passages
    check: ClaimCheck | None = None  # a claim or yes/no question: its verdict (the answer says it first)
