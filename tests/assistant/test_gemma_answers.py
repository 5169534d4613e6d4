"""A real language model (Gemma 3 270M, a base model that invents facts) through the LLM answer mode:
whatever it writes, a claim the passages do not support never reaches the user as a cited claim."""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.knowledge_base import indexing
from assistant.settings import Settings
from assistant.types import Answer, Passage
from assistant.verify import check_answer, split_sentences
from knowledge.types import doc_id_for
from tests.conftest import CHAPTER

pytestmark = pytest.mark.slow

QUESTIONS = [
    "What did the 2016 New York Declaration set in motion?",
    "What funding problem does IOM have?",
    "Which initiatives are examples of mini-multilateralism?",
    "Which issues has migration been incorporated into?",
    "What is the most promising path towards global migration governance?",
]


@pytest.fixture(scope="module")
def bot(tmp_path_factory) -> Assistant:
    # a slow CPU is no failure here: give the model time, so its words are what gets checked
    settings = Settings(data_dir=tmp_path_factory.mktemp("gemma-answers") / "data", llm_timeout=600)
    with indexing(settings, progress=False) as indexer:
        indexer.index([CHAPTER])
    return Assistant.from_settings(settings)


def passages_by_citation(answer: Answer) -> list[Passage]:
    """The cited passage of each citation, in citation-number order (what the final [n] refer to)."""
    by_chunk = {p.chunk_id: p for p in answer.passages}
    return [by_chunk[c.chunk_id] for c in answer.citations]


def test_generated_claims_reach_the_user_only_when_their_citations_support_them(bot, converted):
    _, model, _ = converted
    generated = unsupported = 0
    for question in QUESTIONS:
        answer = bot.ask(question, llm=model)
        text = bot.store.document_text(doc_id_for(CHAPTER.resolve().as_posix()))
        for citation in answer.citations:  # every citation is a verbatim sentence of the source
            assert text[citation.start : citation.end] == citation.quote
        if answer.generated_sentences is None:  # not asked (refused), or it failed: the extractive answer
            assert answer.refused or answer.notice, answer
            continue
        generated += answer.generated_sentences
        unsupported += answer.unsupported_sentences or 0
        if answer.notice and "extractive answer instead" in answer.notice:
            continue  # the model's text was dropped whole; what is shown is the extractive answer
        # what is shown: every sentence cites something, and re-checking it against exactly the passages
        # it cites removes nothing
        sentences = split_sentences(answer.text)
        assert sentences and all("[" in s for s in sentences), answer.text
        rechecked = check_answer(answer.text, passages_by_citation(answer))
        assert rechecked.removed == 0 and rechecked.kept == len(sentences), (answer.text, answer.notice)
    assert generated > 0, "the model never answered"
    print(f"gemma: {generated} sentences generated, {unsupported} unsupported and kept from the user")
