"""The browser app through its API: a real launched Gradio app on a real index, driven by `gradio_client`.

One app serves the whole module (the bundled chapter in Chroma under a tmp dir, the real bundled model);
each test uses its own `Client`, i.e. its own session and conversation.
"""

from __future__ import annotations

import html
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from gradio_client import Client, handle_file
from gradio_client.exceptions import AppError, AuthenticationError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ui.app
from assistant.answering import Assistant
from assistant.knowledge_base import indexing
from assistant.settings import Settings
from eval.questionset import load_questions
from tests.conftest import CHAPTER
from tests.knowledge.documents import make_pdf
from ui.app import build_app
from ui.process import free_port

pytestmark = pytest.mark.slow
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # read when each app is built; no network calls

NEW_YORK = "What did the 2016 New York Declaration set in motion?"
FOLLOW_UP = "When was it adopted?"
REFUSAL_MARK = "⚠️ **Not in the documents.**"
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(2)>"


@dataclass
class Served:
    settings: Settings
    bot: Assistant
    url: str

    @property
    def feedback_file(self) -> Path:
        return self.settings.data_dir / "feedback.jsonl"

    def chapter_text(self) -> str:
        [record] = [r for r in self.bot.store.documents() if r.title == CHAPTER.name]
        return self.bot.store.document_text(record.doc_id)


@dataclass
class Reply:
    messages: list[dict]
    sources: str
    standalone: str
    textbox: str
    export: str | None

    @property
    def answer(self) -> str:
        return message_text(self.messages[-1])

    def citations(self) -> list[tuple[int, str, int, int, str]]:
        """(number, place, start, end, quote) of each cited sentence in the sources panel, whose items
        are passages: "[1] [2] place", then the passage with numbered <mark>s carrying their offsets."""
        found = []
        for place, passage in re.findall(
            r'<li value="\d+"><div class="place">(?:\[\d+\] )+(.*?)</div><blockquote class="passage">(.*?)'
            r"</blockquote></li>",
            self.sources,
            flags=re.S,
        ):
            marks = re.findall(
                r'<mark data-start="(\d+)" data-end="(\d+)"[^>]*>(.*?)</mark><sup>\[(\d+)\]</sup>', passage, flags=re.S
            )
            for start, end, quote, number in marks:
                found.append((int(number), html.unescape(place), int(start), int(end), html.unescape(quote)))
        return sorted(found)


def message_text(message: dict) -> str:
    """A Chatbot message's text: gradio_client gives `content` as a string or a list of typed parts."""
    content = message["content"]
    if isinstance(content, str):
        return content
    return "".join(part.get("text", "") for part in content if part.get("type") == "text")


def ask(client: Client, question: str, k: int = 5) -> Reply:
    return Reply(*client.predict(question, k, api_name="/chat"))


def upload(client: Client, *paths: Path) -> tuple[str, dict, dict]:
    return client.predict([handle_file(str(p)) for p in paths], api_name="/upload")


def titles(table: dict) -> list[str]:
    return [row[0] for row in table["data"]]


def choices(dropdown: dict) -> list[str]:
    return [value for _label, value in dropdown["choices"]]


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> Iterator[Served]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("ui-app") / "data")
    with indexing(settings, progress=False) as indexer:
        report = indexer.index([CHAPTER])
    assert report.ok and report.indexed
    bot = Assistant.from_settings(settings)
    app = build_app(bot, settings)
    try:
        app.queue(default_concurrency_limit=4).launch(
            prevent_thread_lock=True, server_name="127.0.0.1", server_port=free_port(), css=ui.app.CSS, quiet=True
        )
        yield Served(settings, bot, app.local_url)
    finally:
        app.close()


def _session(url: str) -> Iterator[Client]:
    client = Client(url, verbose=False)
    try:
        yield client
    finally:
        client.close()


@pytest.fixture
def client(served) -> Iterator[Client]:
    yield from _session(served.url)


@pytest.fixture
def other_client(served) -> Iterator[Client]:
    """A second browser session on the same app."""
    yield from _session(served.url)


# -- answers ---------------------------------------------------------------------------------------
def test_answer_cites_chapter_sentences_shown_in_the_sources(served, client):
    question = "Which other global issues has migration been incorporated into?"
    reply = ask(client, question)

    assert [m["role"] for m in reply.messages] == ["user", "assistant"]
    assert message_text(reply.messages[0]) == question
    assert reply.textbox == "" and reply.standalone == ""
    assert REFUSAL_MARK not in reply.answer
    cited = reply.citations()
    assert cited, reply.sources
    assert reply.sources.startswith('<div class="sources">')
    # every [n] marker in the bubble has its entry in the sources panel, and back
    assert sorted({int(n) for n in re.findall(r"\*\*\[(\d+)\]\*\*", reply.answer)}) == [c[0] for c in cited]
    chapter = served.chapter_text()
    for _number, place, start, end, quote in cited:
        assert place.startswith(CHAPTER.name)
        assert chapter[start:end] == quote  # the quote is the document's text at its offsets
        assert quote in html.unescape(reply.answer)  # and it is what the answer says
    assert any("climate change" in quote for *_, quote in cited)


def test_follow_up_is_understood_from_this_conversation(client):
    first = ask(client, NEW_YORK)
    assert first.standalone == "" and first.citations()

    reply = ask(client, FOLLOW_UP)

    assert reply.standalone.startswith("*Understood as:*") and "New York Declaration" in reply.standalone
    assert [message_text(m) for m in reply.messages[::2]] == [NEW_YORK, FOLLOW_UP]
    assert message_text(reply.messages[1]) == first.answer  # the earlier turn is kept as it was
    assert "2016" in reply.answer and any("New York Declaration" in quote for *_, quote in reply.citations())


def test_two_clients_keep_separate_conversations(served, client, other_client):
    ask(client, NEW_YORK)

    alone = ask(other_client, FOLLOW_UP)  # B has no history: nothing to resolve "it" against

    assert alone.standalone == "" and "Declaration" not in alone.standalone
    assert [message_text(m) for m in alone.messages[::2]] == [FOLLOW_UP]

    follow_up = ask(client, FOLLOW_UP)  # A's history is untouched by B's turn
    assert "New York Declaration" in follow_up.standalone
    assert [message_text(m) for m in follow_up.messages[::2]] == [NEW_YORK, FOLLOW_UP]


def test_concurrent_clients_each_get_their_own_answer(served):
    cases = {
        "Mini-multilateralism has been seen lately in which initiatives?": "MICIC",
        "What kind of funding model makes things hard for IOM?": "projectized",
        "Which body was set up because the institutional landscape is complex?": "Global Migration Group",
        "Which global issues is migration being incorporated into?": "climate change",
    }
    clients = [Client(served.url, verbose=False) for _ in cases]
    try:
        jobs = [c.submit(q, 5, api_name="/chat") for c, q in zip(clients, cases, strict=True)]
        replies = [Reply(*job.result(timeout=300)) for job in jobs]
    finally:
        for c in clients:
            c.close()
    for (question, words), reply in zip(cases.items(), replies, strict=True):
        assert [message_text(m) for m in reply.messages[::2]] == [question]
        assert words in " ".join(quote for *_, quote in reply.citations()), (question, reply.sources)


def test_off_topic_question_is_refused_with_the_closest_passages(client):
    reply = ask(client, "What is a good recipe for pancakes?")

    assert reply.answer.startswith(REFUSAL_MARK)
    assert "The indexed documents don't say" in reply.answer
    assert 'class="sources refused"' in reply.sources and "(not citations)" in reply.sources
    assert 1 <= reply.sources.count('<li class="closest">') <= 3
    assert "<mark" not in reply.sources and reply.citations() == []


def test_empty_question_is_an_error_message(client):
    with pytest.raises(AppError, match="Type a question first"):
        client.predict("   ", 5, api_name="/chat")


# -- documents ------------------------------------------------------------------------------------
def test_documents_lists_the_chapter(client):
    table, dropdown = client.predict(api_name="/documents")

    assert table["headers"] == ["document", "chunks", "pages", "indexed"]
    [row] = [r for r in table["data"] if r[0] == CHAPTER.name]
    assert int(row[1]) > 0 and row[3]
    assert CHAPTER.name in choices(dropdown)


def test_uploaded_pdf_is_cited_by_name_and_page(served, client, tmp_path):
    pdf = make_pdf(
        tmp_path / "zanzibar-accord.pdf",
        [
            "A first page about fishing boats and harbours on the islands.",
            "The Zanzibar Accord on coastal migration was signed in 2031. It created a regional registry.",
        ],
    )

    status, table, dropdown = upload(client, pdf)

    assert status == "✅ indexed zanzibar-accord.pdf"
    [row] = [r for r in table["data"] if r[0] == "zanzibar-accord.pdf"]
    assert int(row[2]) == 2  # pages
    assert "zanzibar-accord.pdf" in choices(dropdown)
    assert (served.settings.data_dir / "uploads" / "zanzibar-accord.pdf").read_bytes() == pdf.read_bytes()

    reply = ask(client, "When was the Zanzibar Accord on coastal migration signed?")

    assert "2031" in reply.answer
    cited = reply.citations()
    assert cited[0][:2] == (1, "zanzibar-accord.pdf · page 2")
    assert cited[0][4] == "The Zanzibar Accord on coastal migration was signed in 2031."


def test_document_markup_comes_back_escaped_in_chat_and_sources(client, tmp_path):
    notes = tmp_path / "quokka-notes.txt"
    notes.write_text(
        "Notes on the Quokka Treaty.\n\n"
        f"The Quokka Treaty on river fisheries, filed as {SCRIPT} and {IMG}, was ratified in 2029.\n",
        encoding="utf-8",
    )
    status, _table, _dropdown = upload(client, notes)
    assert status == "✅ indexed quokka-notes.txt"

    reply = ask(client, f"When was the Quokka Treaty on river fisheries ratified? {IMG}")

    assert reply.citations() and reply.citations()[0][1] == "quokka-notes.txt · paragraph 2 · line 3"
    chat = "\n".join(message_text(m) for m in reply.messages)
    for shown in (chat, reply.sources):
        assert "<script" not in shown.lower() and "<img" not in shown.lower()
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in shown
        assert "&lt;img src=x onerror=alert(2)&gt;" in shown
    assert "2029" in reply.answer


def test_bad_uploads_are_reported_and_the_app_keeps_answering(served, client, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    program = tmp_path / "tool.exe"
    program.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00")

    status, table, dropdown = upload(client, empty, program)

    lines = status.split("\n\n")
    assert len(lines) == 2 and all(line.startswith("❌ ") for line in lines), status
    assert any("tool.exe" in line and "unsupported file type" in line for line in lines)
    assert any("empty.txt" in line and "file is empty" in line for line in lines)
    assert "empty.txt" not in titles(table) and "tool.exe" not in titles(table)
    assert CHAPTER.name in choices(dropdown)

    reply = ask(client, "What kind of funding model makes things hard for IOM?")
    assert REFUSAL_MARK not in reply.answer and reply.citations()


def test_failed_upload_status_does_not_reveal_server_paths(served, client, tmp_path):
    empty = tmp_path / "blank.txt"
    empty.write_text("", encoding="utf-8")

    status, _table, _dropdown = upload(client, empty)

    assert status.startswith("❌ blank.txt:") and str(served.settings.data_dir) not in status


def test_remove_document_removes_an_uploaded_document(served, client, tmp_path):
    notes = tmp_path / "vellmar-notes.md"
    notes.write_text("# Vellmar\n\nThe Vellmar Protocol on seasonal workers was drafted in 2040.\n", encoding="utf-8")
    upload(client, notes)
    assert ask(client, "When was the Vellmar Protocol on seasonal workers drafted?").citations()[0][1] == (
        "vellmar-notes.md · Vellmar · paragraph 1 · line 3"
    )

    status, table, dropdown = client.predict("vellmar-notes.md", api_name="/remove_document")

    assert status == "🗑️ removed vellmar-notes.md"
    assert "vellmar-notes.md" not in titles(table) and CHAPTER.name in titles(table)
    assert "vellmar-notes.md" not in choices(dropdown)
    assert not (served.settings.data_dir / "uploads" / "vellmar-notes.md").exists()
    listed, _ = client.predict(api_name="/documents")
    assert "vellmar-notes.md" not in titles(listed)
    after = ask(client, "When was the Vellmar Protocol on seasonal workers drafted?")
    assert "vellmar-notes.md" not in after.sources and "Vellmar Protocol" not in after.sources


def test_another_client_can_remove_an_uploaded_document(client, other_client, tmp_path):
    notes = tmp_path / "orrin-notes.txt"
    notes.write_text("The Orrin Compact on border towns was agreed in 2050.\n", encoding="utf-8")
    upload(client, notes)
    try:
        status, table, _dropdown = other_client.predict("orrin-notes.txt", api_name="/remove_document")
        assert status == "🗑️ removed orrin-notes.txt" and "orrin-notes.txt" not in titles(table)
    finally:
        listed, _ = client.predict(api_name="/documents")
        if "orrin-notes.txt" in titles(listed):
            client.predict("orrin-notes.txt", api_name="/remove_document")


# -- feedback and export --------------------------------------------------------------------------
def test_feedback_after_an_answer_writes_a_line(served, client):
    def lines() -> list[str]:
        return served.feedback_file.read_text("utf-8").splitlines() if served.feedback_file.exists() else []

    before = len(lines())
    reply = ask(client, NEW_YORK)

    assert client.predict(1, "down", "It left out the compacts.", api_name="/feedback") == (
        "Thanks — recorded a thumbs-down."
    )

    assert len(lines()) == before + 1
    line = json.loads(lines()[-1])
    assert line["user_input"] == NEW_YORK and line["vote"] == "down" and line["history"] == []
    assert line["comment"] == "It left out the compacts."
    assert [c["quote"] for c in line["citations"]] == [quote for *_, quote in reply.citations()]
    assert line["response"] and line["answerable"] is True and line["kind"] == "feedback"
    assert load_questions(served.feedback_file)[-1].user_input == NEW_YORK

    for number, vote in [(2, "up"), (1, "sideways")]:  # no second answer; not a vote
        with pytest.raises(AppError, match="Vote 'up' or 'down'"):
            client.predict(number, vote, "", api_name="/feedback")
    assert len(lines()) == before + 1


def _undated(export: str) -> str:
    return "\n".join(line for line in export.splitlines() if not line.startswith("Exported "))


def test_export_returns_the_conversation_with_its_quotes(client):
    empty = client.predict(api_name="/export")
    assert empty.startswith("# Conversation\n\nExported 20") and f"- {CHAPTER.name}" in empty  # when, over what
    question = "What is mini-multilateralism and why is it useful?"
    reply = ask(client, question)

    exported = client.predict(api_name="/export")

    assert f"**You:** {question}" in exported
    quotes = [quote for *_, quote in reply.citations()]
    assert quotes
    for quote in quotes:
        assert f'"{quote}"' in exported
    assert reply.export and _undated(Path(reply.export).read_text(encoding="utf-8")) == _undated(exported)
    assert Path(reply.export).name == "conversation.md"

    follow_up = ask(client, "Which initiatives are examples of it?")  # the session's one export file, rewritten
    both = Path(follow_up.export).read_text(encoding="utf-8")
    assert f"**You:** {question}" in both and "**You:** Which initiatives are examples of it?" in both


@pytest.mark.parametrize("session", ["../../escape", "/etc", "a/b", "", None, "x" * 65])
def test_export_file_stays_in_the_exports_folder_whatever_session_id_the_client_sends(tmp_path, session):
    from types import SimpleNamespace

    exports = tmp_path / "exports"
    exports.mkdir()
    path = ui.app.export_file(exports, SimpleNamespace(session_hash=session))
    assert path.parent.parent == exports and path.parent.is_dir() and path.name == "conversation.md"
    assert (
        ui.app.export_file(exports, SimpleNamespace(session_hash="abc_123")) == exports / "abc_123" / "conversation.md"
    )


# -- login ----------------------------------------------------------------------------------------
def test_app_with_auth_requires_the_credentials(served):
    app = build_app(served.bot, served.settings)
    try:
        app.queue(default_concurrency_limit=4).launch(
            prevent_thread_lock=True,
            server_name="127.0.0.1",
            server_port=free_port(),
            css=ui.app.CSS,
            quiet=True,
            auth=("user", "pw"),
        )
        with pytest.raises(AuthenticationError):
            Client(app.local_url, verbose=False)
        with pytest.raises(ValueError, match="Could not login"):
            Client(app.local_url, auth=("user", "wrong"), verbose=False)
        client = Client(app.local_url, auth=("user", "pw"), verbose=False)
        try:
            table, _ = client.predict(api_name="/documents")
            assert CHAPTER.name in titles(table)
            assert ask(client, NEW_YORK).citations()
        finally:
            client.close()
    finally:
        app.close()


# -- fact-check ------------------------------------------------------------------------------------
def test_check_marks_each_sentence_and_exports_the_report(served, client):
    text = (
        "The New York Declaration on Refugees and Migrants was adopted in 2018. "
        f"IOM must grapple with obstacles due to its projectized funding model. The plan {SCRIPT} was adopted in 2019."
    )
    shown, report, export = client.predict(text, api_name="/check")
    verdicts = [c["verdict"] for c in report["claims"]]
    assert verdicts[:2] == ["contradicted", "supported"]
    # a word and a symbol for each verdict, never colour alone; the conflicting detail marked in both texts
    assert "✘ Contradicted" in shown and "✔ Supported" in shown
    assert "adopted in <mark>2018</mark>" in shown and "the <mark>2016</mark> New York Declaration" in shown
    assert "<script>" not in shown and html.escape(SCRIPT) in shown  # the claim's markup is shown as text
    chapter = served.chapter_text()
    for claim in report["claims"][:2]:
        for cite in claim["citations"]:
            assert chapter[cite["start"] : cite["end"]] == cite["quote"]
    exported = Path(export).read_text(encoding="utf-8")
    assert exported.startswith("# Fact-check report") and "✘ Contradicted" in exported and "“2016”" in exported


def test_check_of_empty_text_is_an_error_message(client):
    with pytest.raises(AppError) as caught:
        client.predict("   ", api_name="/check")
    assert "nothing to check" in str(caught.value)


# -- whatever API callers send -------------------------------------------------------------------
ANYTHING = st.one_of(
    st.text(max_size=200),
    st.text(min_size=2500, max_size=3000),
    st.none(),
    st.integers(),
    st.floats(allow_nan=True),
    st.booleans(),
    st.sampled_from(["", "\ud800", "What is IOM?", "down", "up", "5", "-1"]),
)
RAW_ERROR = "has not enabled verbose error reporting"  # what gradio says when a handler raised a Python error


def _clean(call) -> None:
    try:
        call()
    except AppError as exc:
        assert RAW_ERROR not in str(exc), str(exc)
        assert str(exc).strip() and "\n" not in str(exc).strip()
    except ValueError as exc:  # the client's own refusal of a value it cannot send
        assert "Traceback" not in str(exc)


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(message=ANYTHING, k=ANYTHING, number=ANYTHING, vote=ANYTHING, note=ANYTHING, text=ANYTHING)
@pytest.mark.reliability
def test_any_api_input_gets_an_answer_or_a_clean_error_and_the_app_stays_up(
    served, client, message, k, number, vote, note, text, faults
):
    _clean(lambda: client.predict(message, k, api_name="/chat"))
    _clean(lambda: client.predict(number, vote, note, api_name="/feedback"))
    _clean(lambda: client.predict(text, "extractive", api_name="/check"))
    _clean(lambda: client.predict(text, api_name="/remove_document"))
    assert CHAPTER.name in titles(client.predict(api_name="/documents")[0])  # still up, nothing lost
    faults("fuzzed inputs to the API (/chat, /feedback, /check, /remove_document)", injected=4)


def test_too_many_files_in_one_upload_is_one_clear_error(served, client, tmp_path):
    paths = []
    for n in range(served.settings.max_upload_files + 1):
        path = tmp_path / f"note-{n}.txt"
        path.write_text(f"Note {n} says something.", encoding="utf-8")
        paths.append(path)
    with pytest.raises(AppError, match=r"upload at most 20 at a time"):
        upload(client, *paths)
    assert not (served.settings.data_dir / "uploads" / "note-0.txt").exists()
