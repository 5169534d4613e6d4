"""Check a generated answer against the passages it was given, sentence by sentence.

The rule, for each sentence of the generated answer (split after . ! ? and any [n] markers that follow):

1. Citation markers `[n]` (also `[1, 2]`) naming no passage (n outside 1..len(passages)) are dropped.
2. The sentence's claims are its numbers (digits, e.g. "2016", "1,200"), its names (the words of the
   entities and proper nouns `knowledge.language` finds in it, like "IOM") and its content words (stems via `knowledge.terms.terms`, other than the numbers and names).
3. Against the cited passages together (or, citing none, against each retrieved passage in rank order,
   the first that supports it becoming its citation) the sentence is *supported* when
   - every number occurs in them exactly ("2017" is not supported by "2016"),
   - every name's stem occurs in them, and
   - at least `min_content_share` (70%) of its distinct content stems occur in them.
   A sentence with no numbers, names or content words (e.g. "Yes.") is kept without a citation.
4. Supported sentences keep their markers, renumbered 1..n in order of first use; each number is one
   `Citation` whose quote is the sentence of the cited passage (from `Passage.sentences`) sharing the most
   content stems with the generated sentence, so `quote == cleaned_text[start:end]` as for extractive
   citations. Unsupported sentences are removed, or kept with their markers replaced by "[unsupported]"
   when `unsupported="flag"`. A sentence repeating an earlier one is dropped (a base model loops).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from assistant.types import Citation, Passage
from knowledge.language import analyse_span, parse
from knowledge.terms import STOPWORDS, stem, terms, words

UNSUPPORTED_MARK = "[unsupported]"
_MARKER = re.compile(r"\[\s*(\d+(?:\s*[,;]\s*\d+)*)\s*\]")
_SENTENCE = re.compile(r".+?(?:[.!?]+[\"')\]]*(?:\s*\[\s*\d+(?:\s*[,;]\s*\d+)*\s*\])*(?=\s+|$)|$)", re.DOTALL)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NOT_IN_DOCUMENTS = re.compile(
    r"\b(not in the (documents|passages)|(documents|passages) (do not|don't|does not|doesn't) "
    r"(say|contain|mention|state|answer))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class CheckedAnswer:
    text: str
    citations: list[Citation]
    kept: int  # supported sentences
    removed: int  # unsupported sentences removed
    flagged: int  # unsupported sentences kept and marked
    dropped_numbers: list[int] = field(default_factory=list)  # citation numbers matching no passage

    @property
    def unsupported(self) -> int:
        return self.removed + self.flagged


def split_sentences(text: str) -> list[str]:
    """The answer's sentences, each with the [n] markers that follow it."""
    text = re.sub(r"\s+", " ", text).strip()
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


def says_not_in_documents(text: str) -> bool:
    return bool(_NOT_IN_DOCUMENTS.search(text))


def numbers(text: str) -> set[str]:
    return {n.replace(",", "").rstrip(".") for n in _NUMBER.findall(text)}


def names(text: str) -> set[str]:
    """Stems of the words of the names the sentence states (entities and proper nouns, `knowledge.language`)."""
    facts = analyse_span(parse(text)[:])
    return {stem(w) for e in facts.names() for w in words(e.text) if w.lower() not in STOPWORDS}


def content_stems(text: str) -> set[str]:
    return {t for t in terms(text) if not any(c.isdigit() for c in t)}


@dataclass(frozen=True)
class _Evidence:
    stems: frozenset[str]  # stems of every word (names are compared against these)
    numbers: frozenset[str]

    @classmethod
    def of(cls, passages: Sequence[Passage]) -> _Evidence:
        text = " ".join(p.text for p in passages)
        return cls(frozenset(stem(w) for w in words(text)), frozenset(numbers(text)))


def supported(claim: str, evidence: _Evidence, min_content_share: float = 0.7) -> bool:
    if not numbers(claim) <= evidence.numbers:
        return False
    claim_names = names(claim)
    if not claim_names <= evidence.stems:
        return False
    content = content_stems(claim) - claim_names
    if not content:
        return True
    return len(content & evidence.stems) / len(content) >= min_content_share


def checkable(claim: str) -> bool:
    return bool(numbers(claim) or names(claim) or content_stems(claim))


def best_quote(claim: str, passage: Passage) -> tuple[int, int, str]:
    """The passage sentence sharing the most content stems with `claim` (earliest on ties)."""
    wanted = set(terms(claim))
    best: tuple[int, int, str] | None = None
    best_overlap = -1
    for start, end in passage.sentences or ((passage.start, passage.end),):
        text = passage.text[start - passage.start : end - passage.start]
        overlap = len(wanted & set(terms(text)))
        if overlap > best_overlap:
            best, best_overlap = (start, end, text), overlap
    assert best is not None
    return best


def check_answer(
    text: str,
    passages: Sequence[Passage],
    *,
    unsupported: Literal["remove", "flag"] = "remove",
    min_content_share: float = 0.7,
) -> CheckedAnswer:
    """The generated `text` with unsupported sentences removed (or flagged) and verbatim citations."""
    citations: list[Citation] = []
    numbering: dict[tuple[str, int, int], int] = {}
    out: list[str] = []
    kept = removed = flagged = 0
    dropped: list[int] = []
    said: set[str] = set()

    for sentence in split_sentences(text):
        cited: list[int] = []
        for group in _MARKER.findall(sentence):
            for n in (int(x) for x in re.split(r"\s*[,;]\s*", group)):
                if 1 <= n <= len(passages):
                    if n not in cited:
                        cited.append(n)
                else:
                    dropped.append(n)
        claim = re.sub(r"\s+([.!?,;:])", r"\1", _MARKER.sub("", sentence)).strip()
        if not claim or not re.search(r"\w", claim) or claim.lower() in said:  # a repeat says nothing new
            continue
        said.add(claim.lower())
        if not checkable(claim):
            out.append(claim)
            kept += 1
            continue
        sources: list[Passage] = []
        if cited:
            if supported(claim, _Evidence.of([passages[n - 1] for n in cited]), min_content_share):
                sources = [passages[n - 1] for n in cited]
        else:
            for p in passages:
                if supported(claim, _Evidence.of([p]), min_content_share):
                    sources = [p]
                    break
        if not sources:
            if unsupported == "flag":
                out.append(f"{claim} {UNSUPPORTED_MARK}")
                flagged += 1
            else:
                removed += 1
            continue
        marks = []
        for p in sources:
            start, end, quote = best_quote(claim, p)
            key = (p.doc_id, start, end)
            if key not in numbering:
                numbering[key] = len(citations) + 1
                citations.append(Citation.of(numbering[key], p, start, end, quote))
            if numbering[key] not in marks:
                marks.append(numbering[key])
        out.append(claim + " " + "".join(f"[{n}]" for n in marks))
        kept += 1
    return CheckedAnswer(" ".join(out), citations, kept, removed, flagged, dropped)
