"""Can the evidence answer the question? The checks behind an honest refusal, on typed facts.

Similarity alone cannot tell "How many staff does IOM employ?" from a real question about IOM: the IOM
sentence is as close to it as real questions are to theirs. So, besides the calibrated evidence score:
- an instruction to the assistant or small talk is no question about the documents;
- the kind of answer the question expects (`Question.expected`) must be stated by a chosen sentence, as
  an entity or quantity of that kind, of the thing asked about (a count of staff, not of compacts; a
  year that dates the thing asked about, not another noun: "the 2016 New York Declaration" dates the
  declaration only);
- a yes/no question or claim must have every fact it states (years, numbers, names) in the chosen
  sentences; a question's stated year likewise ("What did IOM do in 2019?").

`min_score` was calibrated with `python -m eval.calibrate` on the shipped question set and the held-out
one pooled: off-topic questions score at most 0.14, the lowest answerable ones 0.16.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from assistant.question import Expected, Form, Question
from knowledge.language import Entity, Quantity, SentenceFacts

_PLACES = frozenset(["GPE", "LOC", "FAC"])
_ORGANIZATIONS = frozenset(["ORG", "NORP", "GPE"])
_AGENTS = frozenset(["PERSON", "ORG", "NORP", "GPE"])


@dataclass(frozen=True)
class RefusalPolicy:
    min_score: float = 0.15  # best sentence score (0.6 * cosine + 0.4 * idf-weighted word overlap)

    def reason(self, question: Question, sentences: Sequence, best_score: float | None) -> str | None:
        """Why the documents do not answer `question` from the chosen `sentences` (ScoredSentences, whose
        `facts` are their stored facts), or None when they answer it."""
        if question.form is Form.INSTRUCTION:
            return "it asks me to change how I work; I only answer questions from the indexed documents"
        if question.form is Form.SMALL_TALK:
            return "it is not a question about them; ask me something the documents might say"
        if best_score is None:
            return "nothing relevant was found"
        if best_score < self.min_score:
            return "the closest passages are only loosely related"
        facts = [s.facts for s in sentences]
        if not any(holds_expected(question, f) for f in facts):
            return f"the closest passages do not give {question.expected.value}"
        missing = missing_facts(question, facts)
        if missing:
            return "the closest passages do not say " + ", ".join(f'"{m}"' for m in missing)
        return None


def holds_expected(question: Question, facts: SentenceFacts) -> bool:
    """Whether a sentence states the kind of answer the question wants."""
    return question.expected is Expected.ANY or answer_fact(question, facts) is not None


def answer_fact(question: Question, facts: SentenceFacts) -> Entity | Quantity | None:
    """The entity or quantity of `facts` that answers what `question` asks for, or None."""
    wanted = question.expected
    asked = question.text.lower()
    new = [e for e in facts.entities if e.text.lower() not in asked]
    if wanted is Expected.COUNT:
        stated = {q.value for q in question.stated.quantities}
        return next(
            (
                q
                for q in facts.quantities
                if q.kind == "count" and q.value is not None and q.value not in stated
                if not question.about or q.of == question.about
            ),
            None,
        )
    if wanted is Expected.AMOUNT:
        return next((q for q in facts.quantities if q.kind == "amount"), None)
    if wanted in (Expected.TIME, Expected.POINT_IN_TIME):
        years = [q for q in facts.quantities if q.kind == "year" and (not q.of or q.of in _about(question))]
        if years:
            return years[0]
        dated = {(q.start, q.end) for q in facts.quantities if q.kind == "year"}  # years dating another noun
        dates = [e for e in facts.entities if e.label in ("DATE", "TIME") and (e.start, e.end) not in dated]
        if wanted is Expected.POINT_IN_TIME:  # a point, not "in recent years": it has a number or a name
            dates = [e for e in dates if any(c.isdigit() for c in e.text) or any(w[:1].isupper() for w in e.text.split()[1:])]
        if dates:
            return dates[0]
        if question.future and facts.conditional:
            return Entity("", "CONDITION", facts.start, facts.start)
        return None
    labels = {
        Expected.PLACE: _PLACES if question.geographic else _PLACES | {"ORG"},
        Expected.PERSON: frozenset(["PERSON"]),
        Expected.AGENT: _AGENTS,
        Expected.ORGANIZATION: _ORGANIZATIONS,
    }.get(wanted)
    if labels is not None:
        found = next((e for e in new if e.label in labels), None)
        if found is None and wanted is Expected.ORGANIZATION and question.about in facts.lemmas:
            return Entity("", "PHRASE", facts.start, facts.start)  # "what regime ...?": "the ... regime"
        return found
    if wanted is Expected.NAME:
        return next((e for e in new if e.is_name), None)
    if wanted is Expected.EXPANSION:
        return next((e for e in facts.entities if any(_spells(a, e.text) for a in question.acronyms)), None)
    return None


def _about(question: Question) -> set[str]:
    return {w.lower() for phrase in question.focus for w in phrase.split()} | set(question.terms)


def _spells(acronym: str, name: str) -> bool:
    """ "MICIC" is spelled by the initials of "Migrants in Countries in Crisis" (small words may be skipped)."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    capitals = "".join(w[0] for w in words if w[0].isupper())
    initials = "".join(w[0].upper() for w in words)
    return len(acronym) >= 2 and acronym.upper() in (capitals, initials) and acronym not in name.split()


def missing_facts(question: Question, facts: Iterable[SentenceFacts]) -> list[str]:
    """The facts the question states that none of the sentences states: its years always; for a yes/no
    question or a claim also its numbers and names."""
    facts = list(facts)
    years = {q.value for f in facts for q in f.quantities if q.kind == "year"}
    values = {(q.kind, q.value) for f in facts for q in f.quantities}
    lemmas = {lemma for f in facts for lemma in f.lemmas}
    checks_all = question.form in (Form.YES_NO, Form.CLAIM)
    missing = []
    for q in question.stated.quantities:
        if q.kind == "year" and q.value not in years:
            missing.append(q.text)
        elif checks_all and q.kind != "year" and (q.kind, q.value) not in values:
            missing.append(q.text)
    if checks_all:
        for entity in question.stated.names():
            words = {w.lower().strip("'’") for w in entity.text.split()} - STOP_WORDS
            if not words <= lemmas | {w.lower() for f in facts for e in f.entities for w in e.text.split()}:
                missing.append(entity.text)
    return missing
