"""Evaluation metrics: pure functions, no model. Each docstring gives its formula and its edge cases.

Conventions (the same in every function):

* A value of ``None`` means "undefined for this input" (e.g. no reference to compare with); it is
  left out of averages (`mean`), never counted as 0 or 1.
* A retrieved chunk is *relevant* when it contains one of the question's reference quotes, after
  `normalize_quote` on both (case, whitespace and line-break hyphenation tolerated).
* Answer text is compared SQuAD-style: the [n] citation markers are stripped, then lower-case,
  punctuation removed, the articles a/an/the removed, whitespace-tokenised (`answer_tokens`).
"""

from __future__ import annotations

import math
import re
import string
from collections import Counter
from collections.abc import Iterable, Sequence

from eval.questionset import normalize_quote
from knowledge.language import sentence_spans
from knowledge.terms import stem

_MARKER = re.compile(r"\s*\[\d+\]")
_ARTICLES = re.compile(r"\b(a|an|the)\b")
_PUNCTUATION = str.maketrans({c: " " for c in string.punctuation + "\u2013\u2014\u2018\u2019\u201c\u201d\u2026"})

# Function words ignored by the citation-overlap and faithfulness rules (content words = the rest).
_STOPWORD_TEXT = """a an the and or but nor of to in on at by for with from as into onto over under about than
    then so such that this these those there here it its is are was were be been being am do does
    did done have has had having can could may might must shall should will would not no yes
    i you he she we they me him her us them my your his our their what which who whom whose when
    where why how all any both each few more most other some own same very also just only too
    if while because until after before again further once out up down off through during"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


# -- text normalisation ------------------------------------------------------------------------
def strip_markers(text: str) -> str:
    """`text` without its inline citation markers: "It grew. [1] It fell. [2]" -> "It grew. It fell."."""
    return _MARKER.sub("", text).strip()


def normalize_answer(text: str) -> str:
    """SQuAD normalisation: lower-case, punctuation and the articles a/an/the removed, whitespace collapsed."""
    text = text.lower().translate(_PUNCTUATION)
    return " ".join(_ARTICLES.sub(" ", text).split())


def answer_tokens(text: str) -> list[str]:
    return normalize_answer(text).split()


def content_words(text: str) -> set[str]:
    """The distinct normalised tokens of `text` that are not in `STOPWORDS`."""
    return {t for t in answer_tokens(text) if t not in STOPWORDS}


# -- retrieval ---------------------------------------------------------------------------------
def is_relevant(chunk_text: str, reference_contexts: Iterable[str]) -> bool:
    """True when `normalize_quote(quote)` occurs in `normalize_quote(chunk_text)` for some reference quote."""
    chunk = normalize_quote(chunk_text)
    return any(normalize_quote(q) and normalize_quote(q) in chunk for q in reference_contexts)


def relevance(retrieved_texts: Sequence[str], reference_contexts: Sequence[str]) -> list[bool]:
    """Binary relevance of each retrieved chunk, in rank order."""
    return [is_relevant(t, reference_contexts) for t in retrieved_texts]


def hit_at(relevant: Sequence[bool], k: int) -> float:
    """hit@k = 1 if any of the first k retrieved chunks is relevant, else 0.

    No retrieved chunk, or none relevant -> 0.0."""
    return 1.0 if any(relevant[:k]) else 0.0


def reciprocal_rank(relevant: Sequence[bool]) -> float:
    """RR = 1 / rank of the first relevant chunk (ranks from 1); 0.0 when none is relevant.
    MRR is the mean of RR over the questions."""
    for rank, rel in enumerate(relevant, start=1):
        if rel:
            return 1.0 / rank
    return 0.0


def ndcg_at(relevant: Sequence[bool], k: int, n_relevant: int | None = None) -> float:
    """nDCG@k with binary relevance: DCG@k / IDCG@k, where

        DCG@k  = sum over ranks i = 1..k of rel_i / log2(i + 1)
        IDCG@k = sum over i = 1..min(k, R) of 1 / log2(i + 1)

    and R = `n_relevant`, the number of relevant chunks in the whole index (defaults to the number
    among `relevant`, which can only overstate nDCG). R = 0 (or no relevant chunk retrieved) -> 0.0."""
    gains = sum(1.0 / math.log2(i + 1) for i, rel in enumerate(relevant[:k], start=1) if rel)
    total = sum(bool(r) for r in relevant) if n_relevant is None else n_relevant
    ideal = sum(1.0 / math.log2(i + 1) for i in range(1, min(k, total) + 1))
    return gains / ideal if ideal else 0.0


# -- answer text -------------------------------------------------------------------------------
def _overlap(response: str, reference: str) -> tuple[int, int, int] | None:
    pred, gold = answer_tokens(strip_markers(response)), answer_tokens(reference)
    if not gold:
        return None
    common = sum((Counter(pred) & Counter(gold)).values())
    return common, len(pred), len(gold)


def answer_f1(response: str, reference: str) -> float | None:
    """SQuAD token F1 of the response (markers stripped) against `reference`:

        common = |tokens(response) ∩ tokens(reference)|  (multiset intersection)
        P = common / |tokens(response)|,  R = common / |tokens(reference)|,  F1 = 2PR / (P + R)

    Empty reference (no tokens after normalisation) -> None; empty response or common = 0 -> 0.0."""
    counts = _overlap(response, reference)
    if counts is None:
        return None
    common, n_pred, n_gold = counts
    if common == 0:
        return 0.0
    precision, recall = common / n_pred, common / n_gold
    return 2 * precision * recall / (precision + recall)


def answer_recall(response: str, reference: str) -> float | None:
    """Token recall = common / |tokens(reference)| (as in `answer_f1`). Empty reference -> None."""
    counts = _overlap(response, reference)
    if counts is None:
        return None
    common, _, n_gold = counts
    return common / n_gold


# -- citations ---------------------------------------------------------------------------------
def quotes_overlap(a: str, b: str) -> bool:
    """Two quotes overlap when, after `normalize_quote`, one contains the other, or their content
    words (`content_words`: SQuAD tokens minus `STOPWORDS`) share at least half of the smaller set:

        |W(a) ∩ W(b)| / min(|W(a)|, |W(b)|) >= 0.5

    Empty quotes never overlap."""
    na, nb = normalize_quote(a), normalize_quote(b)
    if not na or not nb:
        return False
    if na in nb or nb in na:
        return True
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.5


def citation_precision(cited_quotes: Sequence[str], reference_quotes: Sequence[str]) -> float | None:
    """= cited quotes overlapping (`quotes_overlap`) some reference quote / all cited quotes.

    No citations -> None (nothing was claimed, e.g. a refusal); no reference quotes -> None."""
    if not cited_quotes or not reference_quotes:
        return None
    good = sum(any(quotes_overlap(c, r) for r in reference_quotes) for c in cited_quotes)
    return good / len(cited_quotes)


def citation_recall(cited_quotes: Sequence[str], reference_quotes: Sequence[str]) -> float | None:
    """= reference quotes overlapping (`quotes_overlap`) some cited quote / all reference quotes.

    No reference quotes -> None; no citations (with reference quotes) -> 0.0."""
    if not reference_quotes:
        return None
    covered = sum(any(quotes_overlap(c, r) for c in cited_quotes) for r in reference_quotes)
    return covered / len(reference_quotes)


def answer_sentences(response: str) -> list[tuple[str, list[int]]]:
    """The response split into sentences, each with the citation numbers it carries.

    A sentence ends with its run of markers ("... text. [1][2]"); the text before a run is split into sentences by
    the language layer (`language.sentence_spans`: "3. Recover the funds." is one sentence, a list item), the last
    one carrying the markers; sentences without a word are dropped."""
    pieces: list[tuple[str, list[int]]] = []
    for match in re.finditer(r"(.*?)((?:\s*\[\d+\])+|$)", response, flags=re.S):
        body, markers = match.group(1), [int(n) for n in re.findall(r"\[(\d+)\]", match.group(2))]
        parts = [body[s:e] for s, e in sentence_spans(body)] if body.strip() else []
        for i, part in enumerate(parts):
            if answer_tokens(part):
                pieces.append((part, markers if i == len(parts) - 1 else []))
    return pieces


def faithfulness(response: str, quotes: dict[int, str]) -> float | None:
    """= supported answer sentences / all answer sentences (`answer_sentences`), where a sentence is
    supported when every one of its `content_words` occurs among the content words of the quotes
    it cites (`quotes`: citation number -> quote). A sentence citing nothing is supported only if it
    has no content word. A verbatim extractive answer scores 1.0. No sentence -> None."""
    sentences = answer_sentences(response)
    if not sentences:
        return None
    supported = 0
    for text, numbers in sentences:
        allowed: set[str] = set()
        for n in numbers:
            allowed |= content_words(quotes.get(n, ""))
        supported += content_words(text) <= allowed
    return supported / len(sentences)


# -- refusals (over all questions) ----------------------------------------------------------
def refusal_precision(answerable: Sequence[bool], refused: Sequence[bool]) -> float | None:
    """= refused unanswerable questions / refused questions. No refusal at all -> None (undefined)."""
    refusals = [a for a, r in zip(answerable, refused, strict=True) if r]
    return sum(not a for a in refusals) / len(refusals) if refusals else None


def refusal_recall(answerable: Sequence[bool], refused: Sequence[bool]) -> float | None:
    """= refused unanswerable questions / unanswerable questions. No unanswerable question -> None."""
    outcomes = [r for a, r in zip(answerable, refused, strict=True) if not a]
    return sum(outcomes) / len(outcomes) if outcomes else None


def false_refusal_rate(answerable: Sequence[bool], refused: Sequence[bool]) -> float | None:
    """= refused answerable questions / answerable questions. No answerable question -> None."""
    outcomes = [r for a, r in zip(answerable, refused, strict=True) if a]
    return sum(outcomes) / len(outcomes) if outcomes else None


# -- per question and aggregates -----------------------------------------------------------
QUESTION_METRICS = (
    "hit@1",
    "hit@3",
    "hit@5",
    "mrr",
    "ndcg@5",
    "answer_f1",
    "answer_recall",
    "citation_precision",
    "citation_recall",
    "faithfulness",
)
SET_METRICS = ("refusal_precision", "refusal_recall", "false_refusal_rate")
# Conversation: rows with a history. A follow-up row gives `expected_subject` (what its anaphor stands for); a row
# of kind "standalone" names its own subject and needs no rewrite.
CONVERSATION_METRICS = ("followup_subject", "standalone_rewritten")
METRICS = QUESTION_METRICS + SET_METRICS + CONVERSATION_METRICS


def score_question(
    *,
    answerable: bool,
    refused: bool,
    response: str,
    reference: str,
    reference_contexts: Sequence[str],
    retrieved_texts: Sequence[str],
    citations: dict[int, str],
    n_relevant: int | None = None,
) -> dict[str, float | None]:
    """Every `QUESTION_METRICS` value for one question (all None for an unanswerable one).

    Retrieval metrics are None when the question has no reference quote. A refused answerable
    question scores its answer as empty: F1 and recall 0, citation recall 0, citation precision
    and faithfulness None (nothing was claimed)."""
    scores: dict[str, float | None] = dict.fromkeys(QUESTION_METRICS)
    if not answerable:
        return scores
    if reference_contexts:
        relevant = relevance(retrieved_texts, reference_contexts)
        scores.update(
            {
                "hit@1": hit_at(relevant, 1),
                "hit@3": hit_at(relevant, 3),
                "hit@5": hit_at(relevant, 5),
                "mrr": reciprocal_rank(relevant),
                "ndcg@5": ndcg_at(relevant, 5, n_relevant),
            }
        )
    answer = "" if refused else response
    quotes = {} if refused else citations
    scores["answer_f1"] = answer_f1(answer, reference)
    scores["answer_recall"] = answer_recall(answer, reference)
    scores["citation_precision"] = citation_precision(list(quotes.values()), reference_contexts)
    scores["citation_recall"] = citation_recall(list(quotes.values()), reference_contexts)
    scores["faithfulness"] = None if refused else faithfulness(answer, quotes)
    return scores


def mean(values: Iterable[float | None]) -> float | None:
    """The mean of the defined values; None when none is defined."""
    defined = [v for v in values if v is not None]
    return sum(defined) / len(defined) if defined else None


def aggregate(rows: Sequence[dict]) -> dict[str, float | None]:
    """Every `METRICS` value over `rows` (each with "answerable", "refused" and a "metrics" dict):
    per-question metrics averaged over their defined values, refusal metrics over all rows."""
    out = {name: mean(r["metrics"].get(name) for r in rows) for name in QUESTION_METRICS}
    answerable, refused = [r["answerable"] for r in rows], [r["refused"] for r in rows]
    out["refusal_precision"] = refusal_precision(answerable, refused)
    out["refusal_recall"] = refusal_recall(answerable, refused)
    out["false_refusal_rate"] = false_refusal_rate(answerable, refused)
    followups = [r for r in rows if r.get("expected_subject")]
    out["followup_subject"] = mean(
        float(names_subject(r.get("standalone_question") or r["user_input"], r["expected_subject"])) for r in followups
    )
    alone = [r for r in rows if r.get("history") and r.get("kind") == "standalone"]
    out["standalone_rewritten"] = mean(
        float((r.get("standalone_question") or r["user_input"]) != r["user_input"]) for r in alone
    )
    return out


def names_subject(question: str, subject: str) -> bool:
    """Whether a follow-up as the assistant understood it names the subject its anaphor stands for: at least
    two-thirds of the subject's content words (stemmed: "received" / "receive") are in it. "How many complaints
    did the DWIP receive in Year 3?" names "complaints received by the DWIP"; "Why the DWIP review?" does not
    name "employer sanctions not being a significant deterrent"."""
    wanted = {stem(w) for w in content_words(subject)}
    found = {stem(w) for w in content_words(question)}
    return bool(wanted) and 3 * len(wanted & found) >= 2 * len(wanted)


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0-100) with linear interpolation between closest ranks; None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)
