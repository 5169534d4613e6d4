"""A newcomer's walkthrough in a real Chromium: a real `assistant serve` subprocess driven by Playwright, one
test per step a newcomer takes (example, follow-up, refusal, upload and removal, trash, thumbs-down,
earlier sources, export, phone), each asserting what the page does and saving a screenshot of it.

The screenshots go to `test-output/walkthrough/` at the repository root (git-ignored); the folder is
printed (`pytest -s`). Playwright's own browser download is not used: the Debian `chromium` package is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

import pytest

from tests.conftest import CHAPTER
from tests.ui.browser import chromium, local_app

pytestmark = pytest.mark.slow

WAIT_MS = 60_000  # the first question also waits for the models to load
SHOTS = Path(__file__).resolve().parents[2] / "test-output" / "walkthrough"
DESKTOP = {"width": 1400, "height": 1000}
PHONE = {"width": 390, "height": 844}

EXAMPLES_LABEL = "Example questions (click one to ask it)"
EXAMPLE = "What obstacles does IOM face after joining the UN?"
OFF_TOPIC = "How long should I knead bread dough?"
EMPTY_SOURCES_HINT = "The sentences each answer rests on appear here"
# A chapter location: file · section · paragraph · line.
CHAPTER_PLACE = re.compile(re.escape(CHAPTER.name) + r" · KEY POINTS · paragraph \d+ · line \d+")
# A made-up fact that only the uploaded file holds.
TREATY_FILE = "varenholt-treaty-notes.md"
TREATY_TEXT = (
    "# Notes on the Varenholt Treaty\n\n"
    "The Varenholt Treaty on seasonal coastal migration was signed in 2031 by eleven island states.\n"
)
TREATY_QUESTION = "When was the Varenholt Treaty signed?"


class Served(NamedTuple):
    url: str
    data_dir: Path


# -- fixtures -------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[Served]:
    """`assistant serve` on a free localhost port, over an empty data dir of its own."""
    root = tmp_path_factory.mktemp("walkthrough-server")
    with local_app(root) as url:
        yield Served(url, root / "data")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import expect

    expect.set_options(timeout=WAIT_MS)
    with chromium() as launched:
        yield launched


@pytest.fixture(scope="module")
def shots() -> Iterator[Path]:
    """The screenshot folder, emptied of an earlier run's pictures."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for old in SHOTS.glob("*.png"):
        old.unlink()
    print(f"\nwalkthrough screenshots: {SHOTS}")
    yield SHOTS


@contextmanager
def tab(browser, server: Served, **options):
    """A fresh tab (its own browser context, so its own conversation) with the app loaded."""
    context = browser.new_context(**{"viewport": DESKTOP, "accept_downloads": True, **options})
    try:
        page = context.new_page()
        page.set_default_timeout(WAIT_MS)
        page.goto(server.url, wait_until="domcontentloaded")
        page.locator("#question textarea").wait_for(state="visible")
        yield page
    finally:
        context.close()


@pytest.fixture
def page(browser, server, shots):
    with tab(browser, server) as page:
        yield page


# -- helpers ---------------------------------------------------------------------------------------------------
def expect(target):
    """Playwright's `expect` (imported on use, like the browser, so collecting needs no Playwright)."""
    from playwright.sync_api import expect

    return expect(target)


def questions(page):
    return page.locator('#chat [data-testid="user"]')


def answers(page):
    return page.locator('#chat [data-testid="bot"]')


def sources_heading(page):
    return page.locator("#sources h4")


def ask(page, question: str, number: int):
    """Ask `question` with the Ask button and wait for it to be answer `number` of the conversation;
    its bubble."""
    page.locator("#question textarea").fill(question)
    page.locator("#ask").click()
    return wait_for_answer(page, number)


def wait_for_answer(page, number: int):
    """Wait for answer `number` to be final (while the models load its bubble says so first; the sources
    panel is only filled with the final answer); its bubble."""
    try:
        expect(sources_heading(page)).to_have_text(re.compile(rf"\bof answer {number}\b"))
    except AssertionError as exc:
        screenshot(page, f"failed-answer-{number}", check=False)
        raise AssertionError(
            f"no answer {number}; the conversation shows:\n{page.locator('#chat').inner_text()}"
        ) from exc
    bubble = answers(page).nth(number - 1)
    expect(bubble).to_contain_text(re.compile(r"\[1\]|Not in the documents"))
    expect(bubble).not_to_contain_text("⏳")
    wait_until_settled(page)
    return bubble


def wait_until_settled(page) -> None:
    """Wait for the conversation to stop moving: Gradio scrolls it to its end 300 ms after each update, so a
    click on an earlier bubble before then lands on whatever scrolled under the pointer."""
    page.wait_for_function(
        """() => new Promise(done => {
            const log = document.querySelector('#chat [role=log]');
            const at = log.scrollTop;
            setTimeout(() => done(log.scrollTop === at), 500);
        })"""
    )


def normalized(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def screenshot(page, name: str, check: bool = True) -> Path:
    shot = SHOTS / f"{name}.png"
    page.screenshot(path=str(shot), full_page=True)
    assert not check or shot.stat().st_size > 10_000, f"{shot} is nearly empty"
    return shot


def open_documents(page) -> None:
    """Open the Documents accordion (its content is only rendered once it is open)."""
    page.locator("#documents > button.label-wrap").click()
    page.locator("#upload_files").wait_for(state="visible")


def page_top(locator) -> float:
    """The element's top in page coordinates (not the viewport's)."""
    return locator.evaluate("e => e.getBoundingClientRect().top + window.scrollY")


def examples_block(page):
    return page.locator(".block", has=page.get_by_text(EXAMPLES_LABEL, exact=True))


def last_feedback(server: Served) -> dict:
    lines = (server.data_dir / "feedback.jsonl").read_text(encoding="utf-8").splitlines()
    return json.loads(lines[-1])


# -- the walkthrough -------------------------------------------------------------------------------------------
def test_clicking_an_example_answers_it_with_quotes_and_highlighted_sources(page):
    expect(page.get_by_role("tab", name="Ask")).to_have_attribute("aria-selected", "true")
    expect(examples_block(page)).to_be_visible()
    examples_block(page).locator("button.gallery-item", has_text=EXAMPLE).click()

    bubble = wait_for_answer(page, 1)
    expect(questions(page)).to_have_count(1)
    assert normalized(questions(page).first.inner_text()) == EXAMPLE
    answer = normalized(bubble.inner_text())
    assert "[1]" in answer and "Not in the documents" not in answer, answer
    assert bubble.locator("blockquote").count() >= 1  # each quoted sentence is a block quote
    assert CHAPTER_PLACE.search(answer), answer  # the bubble says where each [n] is

    expect(sources_heading(page)).to_have_text("Sources of answer 1")
    marks = page.locator("#sources mark")
    assert marks.count() >= 1
    highlighted = normalized(marks.first.inner_text())
    assert len(highlighted) > 20 and highlighted in answer, (highlighted, answer)
    assert CHAPTER_PLACE.search(page.locator("#sources").inner_text())
    assert page.locator("#question textarea").input_value() == ""
    screenshot(page, "01-example-answer")


def test_a_follow_up_shows_what_it_was_understood_as(page):
    ask(page, "What is mini-multilateralism?", 1)
    expect(page.locator("#standalone")).not_to_contain_text("Understood as")  # a first question needs no note

    ask(page, "Why is it useful?", 2)
    standalone = page.locator("#standalone")
    expect(standalone).to_contain_text("Understood as:")
    assert "mini-multilateralism" in standalone.inner_text().lower(), standalone.inner_text()
    screenshot(page, "02-follow-up")


def test_an_off_topic_question_is_refused_with_closest_passages(page):
    bubble = ask(page, OFF_TOPIC, 1)
    assert "Not in the documents" in bubble.inner_text()
    assert "[1]" not in bubble.inner_text()

    expect(sources_heading(page)).to_have_text("Closest passages of answer 1 (not citations)")
    closest = page.locator("#sources li.closest")
    assert closest.count() >= 1
    assert CHAPTER.name in closest.first.inner_text()
    assert page.locator("#sources mark").count() == 0  # nothing is highlighted as a citation
    screenshot(page, "03-refusal")


def test_an_uploaded_document_is_cited_until_it_is_removed(page, tmp_path):
    notes = tmp_path / TREATY_FILE
    notes.write_text(TREATY_TEXT, encoding="utf-8")
    open_documents(page)
    dropdown = page.locator("#to_remove input")
    assert dropdown.input_value() == "", "a document is preselected for removal"

    # Upload: indexing starts at once, and the widget empties once the file is indexed.
    page.locator("#upload_files input[type=file]").set_input_files(str(notes))
    expect(page.locator("#status")).to_contain_text(f"indexed {TREATY_FILE}")
    expect(page.locator("#upload_files")).not_to_contain_text(TREATY_FILE)
    expect(page.locator("#upload_files")).to_contain_text("Drop File Here")

    bubble = ask(page, TREATY_QUESTION, 1)
    assert "2031" in bubble.inner_text() and TREATY_FILE in bubble.inner_text(), bubble.inner_text()
    expect(page.locator("#sources .place").first).to_contain_text(TREATY_FILE)
    expect(page.locator("#sources mark").first).to_contain_text("2031")
    screenshot(page, "04a-upload-cited")

    # Remove: the dropdown offers it, and removing asks first.
    dropdown.click()
    page.get_by_role("option", name=TREATY_FILE).click()
    expect(dropdown).to_have_value(TREATY_FILE)
    page.locator("#remove").click()
    confirm = page.locator("#confirm_remove")
    expect(confirm).to_be_visible()
    expect(confirm).to_have_text("Yes, remove it")
    expect(page.locator("#cancel_remove")).to_be_visible()
    screenshot(page, "04b-remove-confirmation")
    confirm.click()
    expect(page.locator("#status")).to_contain_text(f"removed {TREATY_FILE}")
    expect(confirm).to_be_hidden()
    expect(dropdown).to_have_value("")

    bubble = ask(page, TREATY_QUESTION, 2)  # refused, or answered from the chapter only
    answer = bubble.inner_text()
    assert TREATY_FILE not in answer and TREATY_FILE not in page.locator("#sources").inner_text(), answer
    assert "Not in the documents" in answer or CHAPTER.name in answer, answer
    screenshot(page, "04c-removed-not-cited")


@pytest.mark.parametrize(
    "button",
    [
        pytest.param('#chat button[aria-label="Clear"]', id="trash"),  # the trash icon in the chat's header
        pytest.param("#new_conversation", id="new-conversation"),
    ],
)
def test_forgetting_the_conversation_starts_the_next_question_afresh(page, button, request):
    ask(page, "What is mini-multilateralism?", 1)
    ask(page, "What did the 2016 New York Declaration set in motion?", 2)

    page.locator(button).click()
    expect(questions(page)).to_have_count(0)
    expect(answers(page)).to_have_count(0)
    expect(page.locator("#sources")).to_contain_text(EMPTY_SOURCES_HINT)

    new = "What obstacles does IOM face after joining the UN?"
    ask(page, new, 1)  # numbered 1 again: the old answers are gone from the session too
    expect(questions(page)).to_have_count(1)
    expect(answers(page)).to_have_count(1)
    assert normalized(questions(page).first.inner_text()) == new
    assert "multilateralism" not in page.locator("#chat").inner_text().lower()
    expect(page.locator("#standalone")).not_to_contain_text("Understood as")
    screenshot(page, f"05-{request.node.callspec.id}")


def test_a_thumbs_down_is_recorded_with_its_comment(page, server):
    ask(page, "What is mini-multilateralism?", 1)
    answers(page).first.hover()
    page.locator('#chat button[aria-label="Dislike"]').last.click()

    status = page.locator("#feedback_status")
    expect(status).to_contain_text("Recorded a thumbs-down for answer 1")
    box = page.locator("#feedback_comment textarea")
    expect(box).to_be_visible()
    expect(page.locator("#feedback_send")).to_be_visible()
    recorded = last_feedback(server)  # recorded at once, before any comment
    assert recorded["vote"] == "down" and recorded["comment"] == "", recorded
    comment = "The quote is right but it does not say who started it."
    box.fill(comment)
    screenshot(page, "06a-thumbs-down-asks-why")
    page.locator("#feedback_send").click()
    expect(status).to_contain_text("your comment was recorded")
    expect(box).to_be_hidden()
    screenshot(page, "06b-comment-sent")

    line = last_feedback(server)
    assert line["vote"] == "down" and line["comment"] == comment, line
    assert line["user_input"] == "What is mini-multilateralism?"


def test_clicking_an_earlier_answer_shows_its_sources_again(page):
    first = ask(page, "What is mini-multilateralism?", 1)
    second = ask(page, "What did the 2016 New York Declaration set in motion?", 2)
    expect(sources_heading(page)).to_have_text("Sources of answer 2")

    first.click()
    expect(sources_heading(page)).to_have_text("Sources of answer 1")
    highlighted = normalized(page.locator("#sources mark").first.inner_text())
    assert highlighted in normalized(first.inner_text())
    assert highlighted not in normalized(second.inner_text())
    screenshot(page, "07-earlier-sources")


def test_the_export_has_date_documents_and_refusals(page, tmp_path):
    ask(page, "What is mini-multilateralism?", 1)
    ask(page, OFF_TOPIC, 2)
    with page.expect_download() as download:
        page.locator("#export").click()
    assert download.value.suggested_filename == "conversation.md"
    saved = tmp_path / "conversation.md"
    download.value.save_as(saved)
    text = saved.read_text(encoding="utf-8")

    stamp = re.search(r"Exported (\d{4}-\d{2}-\d{2} \d{2}:\d{2}) UTC\.", text)
    assert stamp, text
    exported = datetime.strptime(stamp[1], "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
    assert timedelta(0) <= datetime.now(UTC) - exported < timedelta(minutes=10), stamp[0]
    documents = text.split("Documents searched:", 1)[1].split("**You:**", 1)[0]
    assert CHAPTER.name in documents, text
    assert "What is mini-multilateralism?" in text and "[1]" in text
    assert f"**You:** {OFF_TOPIC}" in text
    assert "Not in the documents" in text and "Closest passages (not citations):" in text
    screenshot(page, "08-export")


def test_on_a_phone_the_latest_sources_come_before_the_examples(browser, server, shots):
    with tab(browser, server, viewport=PHONE, is_mobile=True, has_touch=True) as phone:
        ask(phone, "What is mini-multilateralism?", 1)
        sources = phone.locator("#sources")
        expect(sources.locator("mark").first).to_be_visible()
        assert page_top(sources) < page_top(examples_block(phone)), "the sources are below the examples"
        link = phone.locator("#to_sources a")
        expect(link).to_be_visible()
        expect(link).to_have_text("↓ Sources of the latest answer")
        screenshot(phone, "09a-phone-answer")
        link.click()
        expect(sources.locator("h4")).to_be_in_viewport()
        screenshot(phone, "09b-phone-sources")

    with tab(browser, server) as desktop:
        expect(desktop.locator("#to_sources")).to_be_hidden()
        screenshot(desktop, "09c-desktop-no-link")
