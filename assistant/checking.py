"""Fact-checking a claim or a pasted text: each check-worthy sentence gets a verdict and its deciding quote.

A text is split into sentences (the language layer's splitter); a sentence is check-worthy when it states
something (a subject and a verb, or a claim-shaped question: "Is it true that ...?", "Did X happen in
2017?"); headings, wh-questions, instructions and small talk are skipped. A sentence that leans on the one
before ("Its ad hoc nature ...") is rewritten standalone first, as a follow-up question would be. Each
statement is embedded (all in one batch), retrieved with, its candidate sentences scored, and
`VerdictPolicy` decides (`assistant.verdict`); a comparison of two rows of a table ("A had more X than B") is
decided by their values (`assistant.comparisons`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from assistant.comparisons import table_comparison
from assistant.errors import AssistantError
from assistant.extremes import ranked_first
from assistant.followup import standalone_question, unresolved_anaphors
from assistant.question import Form, Question, analyse
from assistant.retrieval import HybridRetriever, to_passages
from assistant.sentences import ScoredSentence, SentenceScorer
from assistant.text import checked_input
from assistant.types import CheckReport, Citation, ClaimCheck, Conflict, Verdict
from assistant.verdict import Decision, VerdictPolicy, compared
from knowledge import lexicon
from knowledge.language import descriptions, misread_verb, sentence_spans
from knowledge.terms import stem, terms

MAX_CHECK_CHARS = 100_000  # about 15,000 words: a long article; a larger text is refused, not truncated


@dataclass(frozen=True)
class Statement:
    """One check-worthy sentence of the checked text and what is checked for it."""

    start: int  # the sentence's offsets in the checked text
    end: int
    text: str
    question: Question  # the analysis of the statement checked (standalone)
    offset: int | None  # where the analysed text starts in the checked text (None: it was rewritten)
    context: str = ""  # the sentence before, when the statement still leans on it ("this incorporation")

    @property
    def checked(self) -> str:
        return self.question.claim or self.question.text

    @property
    def query(self) -> str:
        """What evidence is searched with: the statement, after the sentence it leans on, if any."""
        return f"{self.context} {self.checked}" if self.context else self.checked


def statements(text: str) -> list[Statement]:
    """The check-worthy sentences of `text`: one claim-shaped input ("Someone told me X. Right?") is one
    statement; otherwise each sentence that states something."""
    spans = _sentence_spans(text)
    tagged = len(spans) == 2 and analyse(text[slice(*spans[1])]).form is Form.SMALL_TALK  # "... X. Right?"
    if len(spans) == 1 or tagged:
        whole = analyse(text)
        if whole.form in (Form.INSTRUCTION, Form.SMALL_TALK) or (whole.form is Form.QUESTION and "?" in text):
            return []  # one sentence given to check is checked, however the parser reads its verb
        start = len(text) - len(text.lstrip())
        return [Statement(start, start + len(whole.text), whole.text, whole, start)]
    found: list[Statement] = []
    previous, subject, before = "", "", ""  # the sentence before, its subject pronoun, and the one it leaned on
    for start, end in spans:
        sentence = text[start:end]
        question = analyse(sentence)
        if not _check_worthy(question):
            continue
        offset: int | None = start
        pronoun = _subject_pronoun(question)
        # "It says X. It lists Y.": a subject pronoun continuing the one before stands for what that one did
        leaned_on = before if pronoun and pronoun == subject and before else previous
        if leaned_on:
            standalone = _without_borrowed_numbers(
                standalone_question(question, [{"role": "user", "content": leaned_on}]), question
            )
            if standalone != question.text:
                question, offset = analyse(standalone), None
        leans = leaned_on and question.doc is not None and unresolved_anaphors(question.doc, question.frame)
        found.append(Statement(start, end, sentence, question, offset, leaned_on if leans else ""))
        previous, subject, before = sentence, pronoun, leaned_on
    return found


def _without_borrowed_numbers(standalone: str, question: Question) -> str:
    """The rewritten statement without the numbers its antecedent brought in ("those surveyed" -> "the 2,000 residents
    surveyed": "the residents surveyed"): they are the sentence before's to check, not this one's."""
    own = {t.lower_ for t in question.doc or () if t.like_num}
    doc = analyse(standalone).doc
    if doc is None:
        return standalone
    borrowed = {t.i for t in doc if t.like_num and t.lower_ not in own and t.dep_ in ("nummod", "compound", "quantmod")}
    borrowed |= {t.i for t in doc if t.head.i in borrowed and t.dep_ in ("compound", "quantmod") and t.like_num}
    return "".join(t.text_with_ws for t in doc if t.i not in borrowed).strip() if borrowed else standalone


def _subject_pronoun(question: Question) -> str:
    """The personal pronoun the statement's main verb has for subject ("it", "they"), lower-cased, or ""."""
    root = next(iter(question.doc.sents)).root if question.doc is not None and len(question.doc) else None
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None else None
    return subject.lower_ if subject is not None and "Prs" in subject.morph.get("PronType") else ""


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of `text`, never across a blank line or into a Markdown heading or list item (a
    line opening with "#", "-", "*", "+" or "1."), each without its leading marks; a sentence wrapped
    over several lines stays one."""
    blocks: list[tuple[int, int, bool]] = []  # start, end, is a heading
    start = 0
    for line in text.splitlines(keepends=True):
        end = start + len(line)
        opening = line.lstrip()
        marked = opening[:1] in ("#", "-", "*", "+") or opening.split(" ", 1)[0].rstrip(".)").isdigit()
        if not line.strip():
            pass
        elif blocks and not marked and blocks[-1][1] == start and not blocks[-1][2]:
            blocks[-1] = (blocks[-1][0], end, False)
        else:
            blocks.append((start, end, marked and opening[:1] == "#"))
        start = end
    spans = [span for begin, end, _ in blocks for span in sentence_spans(text, begin, end)]
    trimmed = []
    for start, end in spans:
        while start < end and not (text[start].isalnum() or text[start] in "\"'“‘("):
            start += 1
        if start < end:
            trimmed.append((start, end))
    return trimmed


def _check_worthy(question: Question) -> bool:
    """A claim or a yes/no question; or, in a pasted text, any sentence with a finite verb that asks
    nothing (the parser may miss its subject: "The chapter names A, B and C as ...")."""
    if question.form in (Form.CLAIM, Form.YES_NO):
        return True
    finite = any(t.tag_ in ("VBD", "VBP", "VBZ", "MD") or misread_verb(t) for t in question.doc or ())
    return question.form is Form.QUESTION and finite and not question.text.rstrip().endswith("?")


class ClaimChecker:
    def __init__(
        self,
        retriever: HybridRetriever,
        scorer: SentenceScorer,
        policy: VerdictPolicy | None = None,
        candidates: int = 8,
    ) -> None:
        self.retriever = retriever
        self.scorer = scorer
        self.policy = policy or VerdictPolicy()
        self.candidates = candidates

    def check(self, text: str, propose: Proposer | None = None) -> CheckReport:
        """A verdict for each check-worthy sentence of `text`; with `propose` (a chat model's verdict on
        a statement from its numbered evidence), the model's verdict where the fact alignment allows it."""
        started = time.perf_counter()
        text = _checked_text(text)
        found = statements(text)
        if not found:
            raise AssistantError(
                "nothing to check: no sentence states something (write a claim such as "
                '"The plan was adopted in 2016.", or paste a paragraph)'
            )
        analysed = time.perf_counter()
        vectors = self.scorer.store.embeddings.embed_documents([s.query for s in found])
        embedded = time.perf_counter()
        claims = [
            self.verdict(s, self.evidence(s.question, s.query, v), propose) for s, v in zip(found, vectors, strict=True)
        ]
        done = time.perf_counter()
        timings = {
            "analyse": (analysed - started) * 1000,
            "embed": (embedded - analysed) * 1000,
            "decide": (done - embedded) * 1000,
            "total": (done - started) * 1000,
        }
        return CheckReport(text=text, claims=claims, timings=timings)

    def evidence(self, question: Question, query: str, vector: Sequence[float]) -> list[ScoredSentence]:
        """The candidate evidence sentences for a statement, best first."""
        passages = to_passages(self.retriever.retrieve(query, self.candidates, query_vector=vector))
        return self.scorer.score(question.terms, vector, passages)

    def unknown(self, statement: Statement) -> list[str]:
        """The claim's common nouns, adjectives and manner adverbs that no indexed document uses ("retired
        teachers", "adopted unanimously"): in none of their forms ("greater" for "great"), nor by a word of the same sense
        or a derivation ("opportunity" for "chance", "formal" for "formally": `lexicon.related_forms`), nor by a
        kind of what it names ("era" says "period": `lexicon.narrower_words`). Words of a quantity ("roughly the
        past twenty years") are the quantity's to check. A name none of whose words any document uses
        ("Norway") is unknown too."""
        forms: dict[str, set[str]] = {}
        for token in statement.question.doc or ():
            forms.setdefault(token.lemma_.lower(), set()).add(token.lower_)
        stated = statement.question.stated
        measured = stated.quantity_words()

        def known(word: str) -> bool:
            said = {word, *forms.get(word, ()), *lexicon.related_forms(word), *lexicon.name_forms(word.capitalize())}
            if any(self.retriever.knows(stem(w)) for w in said if terms(w)):
                return True
            return any(self.retriever.knows(stem(w)) for w in lexicon.narrower_words(word) if terms(w))

        words = [
            w
            for w, kind in stated.words
            if w.isalpha()
            and not ({w, *forms.get(w, ())} & measured)
            and (kind in ("N", "J") or (kind == "R" and lexicon.is_manner_adverb(w)))
        ]
        names = [
            n.text
            for n in stated.names()
            if terms(n.text) and not n.text.isupper() and not any(known(w.lower()) for w in n.text.split())
        ]  # an acronym ("GMG") may stand for a name the documents spell out
        return list(dict.fromkeys([*(w for w in words if terms(w) and not known(w)), *names]))

    @lru_cache(maxsize=64)  # noqa: B019 (a checker lives as long as its assistant; per document and store revision)
    def _descriptions(self, doc_id: str, revision: str) -> dict[str, str]:
        """The names a document defines, each with the noun describing it (`language.descriptions`)."""
        try:
            return descriptions(self.scorer.store.document_text(doc_id))
        except KeyError:  # removed since the passage was read
            return {}

    def verdict(
        self, statement: Statement, ranked: Sequence[ScoredSentence], propose: Proposer | None = None
    ) -> ClaimCheck:
        """The verdict on one statement from its candidate evidence (best first)."""
        revision = self.scorer.store.revision()
        ranked = ranked_first(statement.question, ranked)
        comparison = table_comparison(statement.question, ranked)  # "A had more X than B": two rows decide
        decision = (
            compared(comparison, statement.offset or 0)
            if comparison is not None
            else self.policy.decide(
                statement.question.stated,
                ranked,
                statement.offset or 0,
                self.unknown(statement),
                lambda sentence: self._descriptions(sentence.passage.doc_id, revision),
            )
        )
        notice = None
        if propose is not None:
            proposal = propose(statement.checked, [s.text for s in ranked[: self.policy.candidates]])
            if proposal is not None:
                decision, notice = reconcile(decision, proposal, ranked[: self.policy.candidates])
        check = to_claim_check(statement, decision, ranked, located=statement.offset is not None)
        return check.model_copy(update={"notice": notice}) if notice else check


# A chat model's verdict on a statement, from its numbered evidence sentences: (verdict, the evidence
# number it rests on or 0, a one-line reason), or None when it gave none.
Proposer = Callable[[str, list[str]], "tuple[Verdict, int, str] | None"]


def reconcile(
    offline: Decision, proposal: tuple[Verdict, int, str], evidence: Sequence[ScoredSentence]
) -> tuple[Decision, str | None]:
    """The model's verdict where the fact alignment does not contradict it, else the offline one with a
    notice. The alignment contradicts "supported" when the offline verdict found a conflicting or an
    unstated detail, and "supported" or "not found" when it found a conflict."""
    verdict, number, reason = proposal
    overruled = (verdict is Verdict.SUPPORTED and bool(offline.conflicts or offline.missing)) or (
        verdict is not Verdict.CONTRADICTED and offline.verdict is Verdict.CONTRADICTED
    )
    if overruled:
        said = verdict.value.replace("_", " ")
        notice = f"the language model said {said}, but the documents' facts do not allow it; the offline verdict stands"
        return offline, notice
    if verdict is offline.verdict:
        return Decision(verdict, reason or offline.reason, offline.evidence, offline.conflicts, offline.missing), None
    chosen = [evidence[number - 1]] if 0 < number <= len(evidence) else offline.evidence[:1]
    return Decision(verdict, reason, chosen if verdict is not Verdict.NOT_FOUND else []), None


def headline(check: ClaimCheck) -> str:
    """The verdict said first in a conversation: 'Contradicted: the documents say "2016", not "2018" [1].'"""
    cited = " [1]" if check.citations else ""
    if check.verdict is Verdict.SUPPORTED:
        return f"Supported{cited}."
    if check.verdict is Verdict.CONTRADICTED:
        return f"Contradicted: {check.reason}{cited}."
    return f"Not in the documents: {check.reason}."


def to_claim_check(
    statement: Statement, decision: Decision, ranked: Sequence[ScoredSentence], located: bool = True
) -> ClaimCheck:
    citations = [Citation.of(n, s.passage, s.start, s.end, s.text) for n, s in enumerate(decision.evidence, start=1)]
    conflicts = [_located(c, statement) if not located else c for c in decision.conflicts]
    checked = statement.checked
    return ClaimCheck(
        text=statement.text,
        start=statement.start,
        end=statement.end,
        verdict=decision.verdict,
        reason=decision.reason,
        citations=citations,
        conflicts=conflicts,
        missing=decision.missing,
        checked_as=checked if checked != statement.text else "",
        score=ranked[0].score if ranked else 0.0,
    )


def _located(conflict: Conflict, statement: Statement) -> Conflict:
    """A conflict of a rewritten statement, placed in the sentence as written (when its words are there)."""
    at = statement.text.find(conflict.claim) if conflict.claim_start is not None else -1
    if at < 0:
        return conflict.model_copy(update={"claim_start": None, "claim_end": None})
    start = statement.start + at
    return conflict.model_copy(update={"claim_start": start, "claim_end": start + len(conflict.claim)})


def _checked_text(text: str) -> str:
    return checked_input(
        text,
        MAX_CHECK_CHARS,
        empty="nothing to check: the text is empty; paste a claim or a paragraph",
        too_long="the text is too long to check ({length} characters; at most {limit}): check it a section at a time",
        unreadable="the text holds a character that is not text (at position {at}); paste it again",
    )
