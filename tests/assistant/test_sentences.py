"""Passage rerank by sentence scores: the order the answering chain relies on."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.sentences import ScoredSentence, SentenceScorer
from assistant.types import Passage
from knowledge.language import analyse_span, parse
from knowledge.terms import terms

TEXT = "Alpha is first. Beta is shared. Gamma answers too. Delta is unrelated."
SPANS = [(0, 15), (16, 31), (32, 50), (51, 70)]


def passage(number: int, first: int, last: int) -> Passage:
    start, end = SPANS[first][0], SPANS[last][1]
    return Passage(
        chunk_id=f"doc:v1:{number}",
        doc_id="doc",
        text=TEXT[start:end],
        source="doc.txt",
        title="doc",
        start=start,
        end=end,
        sentences=tuple(SPANS[first : last + 1]),
    )


def scored(p: Passage, span: int, score: float) -> ScoredSentence:
    start, end = SPANS[span]
    return ScoredSentence(p, start, end, TEXT[start:end], score, 0.0, score, np.zeros(1))


def test_a_shared_best_sentence_ranks_the_chunk_whose_other_sentences_answer_first():
    # chunks overlap by one sentence ("Beta is shared."), the best one; retrieval put chunk 1 first
    before, after = passage(0, 0, 1), passage(1, 1, 3)
    sentences = [scored(before, 1, 0.9), scored(after, 2, 0.2), scored(after, 3, 0.1), scored(before, 0, 0.6)]
    assert [p.chunk_id for p in SentenceScorer.rerank([after, before], sentences)] == ["doc:v1:0", "doc:v1:1"]


def test_the_best_sentence_decides_a_clear_difference():
    first, second = passage(0, 0, 0), passage(1, 2, 3)
    sentences = [scored(second, 2, 0.8), scored(first, 0, 0.7), scored(second, 3, 0.1)]
    assert [p.chunk_id for p in SentenceScorer.rerank([first, second], sentences)] == ["doc:v1:1", "doc:v1:0"]


def test_equal_scores_keep_the_retrieval_order():
    first, second = passage(0, 0, 0), passage(1, 2, 2)
    sentences = [scored(first, 0, 0.5), scored(second, 2, 0.5)]
    assert [p.chunk_id for p in SentenceScorer.rerank([second, first], sentences)] == ["doc:v1:1", "doc:v1:0"]


def test_a_passage_whose_other_sentences_also_answer_wins_a_near_tie():
    alone, supported = passage(0, 0, 0), passage(1, 2, 3)
    sentences = [scored(alone, 0, 0.52), scored(supported, 2, 0.50), scored(supported, 3, 0.45)]
    assert [p.chunk_id for p in SentenceScorer.rerank([alone, supported], sentences)] == ["doc:v1:1", "doc:v1:0"]
    # ... but not a clear win of a better sentence
    sentences = [scored(alone, 0, 0.70), scored(supported, 2, 0.50), scored(supported, 3, 0.45)]
    assert [p.chunk_id for p in SentenceScorer.rerank([alone, supported], sentences)] == ["doc:v1:0", "doc:v1:1"]


class _Vectors:
    """A store whose sentence vectors are all one: the scores below differ by wording alone."""

    def sentence_vectors(self, keys):
        return {k: np.ones(2) / np.sqrt(2) for k in keys}


def _scored_by(text: str, question_terms: set[str], title: str = "doc", section: str = "") -> dict[str, float]:
    doc = parse(text)
    spans = tuple((s.start_char, s.end_char) for s in doc.sents)
    facts = tuple(analyse_span(s) for s in doc.sents)
    p = Passage(
        chunk_id="doc:v1:0",
        doc_id="doc",
        text=text,
        source="doc.txt",
        title=title,
        section=section,
        start=0,
        end=len(text),
        sentences=spans,
        facts=facts,
    )
    scorer = SentenceScorer(_Vectors(), idf=lambda t: 1.0)
    return {s.text: s.overlap for s in scorer.score(question_terms, np.ones(2) / np.sqrt(2), [p])}


def test_a_sentence_pointing_back_takes_the_words_of_the_one_before_at_half_weight():
    """ "These reforms include X": "these reforms" stands for what the sentence before names, so a question about
    the harbour reforms finds it; a sentence not pointing back takes nothing from its neighbour."""
    asked = set(terms("harbour reforms pilot levy"))
    pointing = _scored_by("The harbour reforms were debated for years. These reforms include a pilot levy.", asked)
    plain = _scored_by("The harbour reforms were debated for years. Several reforms include a pilot levy.", asked)
    assert pointing["These reforms include a pilot levy."] == 0.75 + 0.25 * 0.5
    assert plain["Several reforms include a pilot levy."] == 0.75


@pytest.mark.parametrize(
    ("title", "section"),
    [("Skerrin Sound Ferries: Annual Review 2023", "Freight"), ("Annual Review 2023", "Skerrin Sound Ferries")],
)
def test_the_title_and_headings_over_a_sentence_frame_it(title, section):
    """ "Who is the freight manager at Skerrin Sound Ferries?": "Freight manager Shona Petrie judged ..." under a title
    or heading naming the company says all the question asks, as the sentence repeating the name does."""
    asked = set(terms("freight manager Skerrin Sound Ferries"))
    text = "Skerrin Sound Ferries carried 1.42 million passengers. Freight manager Shona Petrie judged the system effective."
    framed = _scored_by(text, asked, title=title, section=section)
    bare = _scored_by(text, asked)
    assert framed["Freight manager Shona Petrie judged the system effective."] == 1.0
    assert bare["Freight manager Shona Petrie judged the system effective."] == 0.4
    # the heading "Freight" frames the other sentence too
    assert framed["Skerrin Sound Ferries carried 1.42 million passengers."] == (0.8 if section == "Freight" else 0.6)
