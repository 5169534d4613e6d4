"""Questions about things no indexed document mentions are refused, also when uploaded documents sit next to
the chapter (more text is more loosely related sentences to answer with)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from assistant.answering import Assistant
from assistant.knowledge_base import indexing
from tests.conftest import CHAPTER

pytestmark = pytest.mark.fast
BRIEF = Path(__file__).parents[2] / "eval" / "documents" / "city-migration-brief.md"
SUBJECTS = ["the pink unicorn festival in Atlantis", "the annual kite race on Mars", "the 1998 football world cup"]
WORDINGS = ["Tell me about {}.", "What happened at {}?", "Who organises {}?", "When did {} start?"]


@pytest.fixture(scope="module")
def bot(tmp_path_factory) -> Assistant:
    from assistant.settings import Settings

    settings = Settings(data_dir=tmp_path_factory.mktemp("off-corpus") / "data")
    with indexing(settings, progress=False) as indexer:
        assert indexer.index([CHAPTER, BRIEF]).ok
    return Assistant.from_settings(settings)


@pytest.mark.parametrize(("subject", "wording"), list(itertools.product(SUBJECTS, WORDINGS)))
def test_a_question_about_something_no_document_mentions_is_refused(bot, subject, wording):
    answer = bot.ask(wording.format(subject))
    assert answer.refused, answer.text
    assert answer.citations == []
