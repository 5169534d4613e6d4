"""The browser app end to end: a real `assistant serve` subprocess driven by a real Chromium (Playwright).

Playwright's own browser download is not used: the Debian `chromium` package is (`.ci/run` installs it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from tests.conftest import CHAPTER
from tests.ui.browser import chromium, local_app

pytestmark = pytest.mark.slow

ANSWER_TIMEOUT_MS = 60_000


def _normalized(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    """`assistant serve` on a free localhost port, over an empty data dir of its own."""
    with local_app(tmp_path_factory.mktemp("ui-server")) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with chromium() as launched:
        yield launched


@pytest.fixture
def page(browser, server):
    """A fresh tab (its own browser context, so its own conversation) with the app loaded."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(ANSWER_TIMEOUT_MS)
    try:
        page.goto(server, wait_until="domcontentloaded")
        page.locator("#question textarea").wait_for(state="visible")
        yield page
    finally:
        context.close()


def ask(page, question: str) -> None:
    box = page.locator("#question textarea")
    box.fill(question)
    page.locator("#ask").click()


def last_answer(page) -> str:
    """The text of the last message in the chat (the assistant's bubble)."""
    return page.locator("#chat .message").last.inner_text()


def test_answer_cites_and_highlights_the_sentence(page, tmp_path):
    ask(page, "What did the 2016 New York Declaration set in motion?")

    marks = page.locator("#sources mark")
    marks.first.wait_for(state="visible")  # the sources panel is only filled when the answer is final
    page.wait_for_function(
        "() => /\\[1\\]/.test(document.querySelector('#chat')?.innerText || '')", timeout=ANSWER_TIMEOUT_MS
    )

    answer = _normalized(last_answer(page))
    assert "[1]" in answer, answer
    assert "Not in the documents" not in answer

    sources = page.locator("#sources").inner_text()
    assert CHAPTER.name in sources, sources
    assert "[1]" in sources

    highlighted = _normalized(marks.first.inner_text())
    assert len(highlighted) > 20, highlighted
    assert highlighted in answer, f"highlighted {highlighted!r} is not in the answer {answer!r}"
    # The highlighted sentence is the passage's text, not a copy: it sits inside its passage.
    passage = _normalized(page.locator("#sources .passage").first.inner_text())
    assert highlighted in passage

    # The question box is cleared for the next question.
    assert page.locator("#question textarea").input_value() == ""

    shot = tmp_path / "chat.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    print(f"screenshot: {shot}")


def test_off_topic_question_is_refused_with_closest_passages(page, tmp_path):
    ask(page, "How long should I knead bread dough before baking it?")

    page.locator("#chat", has_text="Not in the documents").wait_for(state="visible")
    refused = page.locator("#sources .sources.refused")
    refused.wait_for(state="visible")

    answer = last_answer(page)
    assert "Not in the documents" in answer
    assert "[1]" not in answer

    panel = refused.inner_text()
    assert "Closest passages" in panel and "(not citations)" in panel
    closest = page.locator("#sources li.closest")
    assert closest.count() >= 1
    assert CHAPTER.name in closest.first.inner_text()
    assert page.locator("#sources mark").count() == 0  # nothing is highlighted as a citation

    shot = tmp_path / "refusal.png"
    page.screenshot(path=str(shot), full_page=True)
    print(f"screenshot: {shot}")


def test_fact_check_tab_marks_each_sentence_and_shows_its_evidence(page, tmp_path):
    page.get_by_role("tab", name="Fact-check").click()
    page.locator("#check_text textarea").fill(
        "The New York Declaration on Refugees and Migrants was adopted in 2018. "
        "IOM must grapple with obstacles due to its projectized funding model."
    )
    page.locator("#check_button").click()
    items = page.locator("#check_report li.check")
    items.first.wait_for(state="visible")
    assert items.count() == 2

    contradicted, supported = items.nth(0), items.nth(1)
    # each verdict is a word and a symbol as well as a colour
    assert "✘ Contradicted" in contradicted.locator(".verdict").inner_text()
    assert "✔ Supported" in supported.locator(".verdict").inner_text()
    # the first sentence is open: its conflicting detail is marked in the claim and in the quote
    assert contradicted.locator("summary mark").inner_text() == "2018"
    assert contradicted.locator("blockquote mark").inner_text() == "2016"
    assert CHAPTER.name in contradicted.locator("blockquote").inner_text()
    # selecting another sentence shows its evidence
    assert not supported.locator("blockquote").is_visible()
    supported.locator("summary").click()
    supported.locator("blockquote").wait_for(state="visible")
    assert "projectized funding model" in supported.locator("blockquote").inner_text()

    shot = tmp_path / "fact-check.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    print(f"screenshot: {shot}")
