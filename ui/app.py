"""The browser app: conversation with streaming answers and sources, a fact-check tab, uploads, settings, export, feedback.

Every action is also an API endpoint for `gradio_client` (`/chat`, `/check`, `/upload`, `/documents`,
`/remove_document`, `/export`, `/feedback`). Each browser tab (or client) has its own conversation
in session state; the queue bounds how many questions are answered at once.
"""

from __future__ import annotations

import atexit
import logging
import re
import shutil
import signal
import tempfile
import threading
import time
import uuid
from concurrent.futures import Future
from datetime import UTC, datetime
from pathlib import Path

import gradio as gr

from assistant.answering import Assistant
from assistant.errors import AssistantError
from assistant.settings import MAX_K, Settings
from assistant.types import Answer
from knowledge.errors import DocumentError, KnowledgeError, printable
from knowledge.indexing import bundled_documents
from ui import access, library
from ui.render import (
    EMPTY_SOURCES,
    answer_markdown,
    check_html,
    check_markdown,
    conversation_markdown,
    escape_markdown,
    notice_note,
    sources_html,
    standalone_note,
)

log = logging.getLogger(__name__)

EXTRACTIVE = "extractive"
EXAMPLES = [
    "What did the 2016 New York Declaration set in motion?",
    "What is mini-multilateralism and why is it useful?",
    "Which other global issues has migration been incorporated into?",
    "What obstacles does IOM face after joining the UN?",
    "What is the challenge ahead for global migration governance?",
]
INTRO = (
    "## Migration governance assistant\n"
    "Ask about the IOM *World Migration Report 2018*, chapter 5 (“Global migration governance”), or about "
    "documents you add. The bundled text is the chapter's **summary and key points** (about 825 words), not "
    "its full body: to ask about the rest, add the chapter's PDF under *Documents* below. Every answer quotes "
    "the sentences it rests on and says where they are."
)
CSS = """
.sources ol { list-style: none; padding-left: 0; }
.sources mark { background: #ffe58a; padding: 0 2px; }
.sources .place { font-weight: 600; margin-top: .5em; }
.sources .passage { white-space: pre-wrap; margin: .3em 0 .6em 0; padding-left: .6em; border-left: 3px solid #ccd; }
.sources .hint { color: #666; }
.sources.refused { border-left: 4px solid #d9822b; padding-left: .6em; }
.checks ol { padding-left: 1.2em; }
.checks .check { margin: .3em 0; }
.checks .verdict { font-weight: 700; padding: 0 .4em; border-radius: 3px; }
.checks .supported .verdict { background: #d7f5dd; color: #14532d; }
.checks .contradicted .verdict { background: #fde2e1; color: #7f1d1d; }
.checks .not_found .verdict { background: #eceff3; color: #374151; }
.checks mark { background: #ffe58a; padding: 0 2px; }
.checks blockquote { margin: .4em 0 .4em 1em; }
.phone-only { display: none; }
@media (max-width: 700px) { .phone-only { display: block; } }
"""
# On a phone the columns stack: the sources come right below the question box, before the examples.
TO_SOURCES = '<a href="#sources" class="to-sources">↓ Sources of the latest answer</a>'


def build_app(bot: Assistant | Future[Assistant], settings: Settings) -> gr.Blocks:
    """The app over `bot`, or over the assistant `bot` will hold (`serve` shows the page first and loads the
    models after: a question asked meanwhile waits for them)."""
    # One export file per session, rewritten after every answer; the folder goes when the process ends,
    # and Gradio's served copies are deleted once a day old.
    exports = Path(tempfile.mkdtemp(prefix="assistant-exports-"))
    atexit.register(shutil.rmtree, exports, ignore_errors=True)
    with gr.Blocks(title="Migration governance assistant", delete_cache=(3600, 86400)) as app:
        answers = gr.State([])  # this session's Answers, oldest first
        voted = gr.State(None)  # the id of the feedback line a comment goes to
        gr.Markdown(INTRO, elem_id="intro")
        with gr.Tab("Ask", id="ask_tab"):
            with gr.Row(equal_height=False):
                with gr.Column(scale=3, min_width=320):
                    chatbot = gr.Chatbot(label="Conversation", height=460, buttons=["copy"], elem_id="chat")
                    standalone = gr.Markdown(elem_id="standalone")
                    with gr.Row():
                        question = gr.Textbox(
                            placeholder="Ask a question about the documents",
                            show_label=False,
                            scale=5,
                            elem_id="question",
                        )
                        ask = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
                    gr.HTML(TO_SOURCES, elem_classes="phone-only", elem_id="to_sources")
                    feedback_status = gr.Markdown(elem_id="feedback_status")
                    with gr.Row(visible=False) as comment_row:
                        comment = gr.Textbox(
                            placeholder="What was wrong with this answer? (optional)",
                            show_label=False,
                            scale=5,
                            elem_id="feedback_comment",
                        )
                        send_comment = gr.Button("Send comment", scale=1, elem_id="feedback_send")
                with gr.Column(scale=2, min_width=320):
                    sources = gr.HTML(EMPTY_SOURCES, elem_id="sources")
            examples = gr.Examples(EXAMPLES, inputs=question, label="Example questions (click one to ask it)")
            with gr.Row():
                export = gr.DownloadButton("Export conversation (.md)", value=None, elem_id="export")
                clear = gr.Button("New conversation", elem_id="new_conversation")
        with gr.Tab("Fact-check", id="check_tab"):
            gr.Markdown(
                "Paste a claim or a draft: each sentence is marked **✔ supported**, **✘ contradicted** or "
                "**? not in the documents**, with the quote that decides it. Open a sentence to see its evidence."
            )
            check_text = gr.Textbox(
                lines=6,
                max_lines=20,
                show_label=False,
                placeholder="A claim, a paragraph or an article",
                elem_id="check_text",
            )
            with gr.Row():
                check_button = gr.Button("Check", variant="primary", elem_id="check_button")
                check_export = gr.DownloadButton("Export report (.md)", value=None, elem_id="check_export")
            check_report = gr.HTML(elem_id="check_report")
            check_json = gr.JSON(visible=False)
        with gr.Accordion("Documents", open=False, elem_id="documents"):
            upload_files = gr.File(
                label="Add documents (.txt .md .pdf .docx .html): they are indexed as soon as they are uploaded",
                file_count="multiple",
                type="filepath",
                elem_id="upload_files",
            )
            status = gr.Markdown(elem_id="status")
            table = gr.Dataframe(
                headers=["document", "chunks", "pages", "indexed"], interactive=False, value=_rows(settings)
            )
            with gr.Row():
                to_remove = gr.Dropdown(
                    label="Document to remove",
                    choices=_titles(settings),
                    value=None,
                    allow_custom_value=True,
                    elem_id="to_remove",
                )
                remove = gr.Button("Remove…", elem_id="remove")
            with gr.Row(visible=False) as confirm_row:
                confirm_text = gr.Markdown()
                confirm = gr.Button("Yes, remove it", variant="stop", elem_id="confirm_remove")
                cancel = gr.Button("Cancel", elem_id="cancel_remove")
        with gr.Accordion("Settings", open=False):
            top_k = gr.Slider(1, 10, value=settings.top_k, step=1, label="Passages to retrieve")
            mode = gr.Radio(
                [EXTRACTIVE, *([settings.llm] if settings.llm else [])],
                value=EXTRACTIVE,
                label="Answer mode",
                info="Extractive quotes the documents; a language model (ASSISTANT_LLM) writes its own words, "
                "and every sentence it writes is checked against the passages.",
                visible=bool(settings.llm),  # one option is no choice
            )
        with gr.Row(visible=False):  # API-only inputs
            vote_number = gr.Number(precision=0)
            vote_value = gr.Textbox()
            vote_comment = gr.Textbox()
            vote = gr.Button()
            export_text = gr.Textbox()
            export_button = gr.Button()
            api_upload = gr.Button()

        models: dict[str, object] = {}  # chat models by name, loaded on first use
        owners = access.Owners()

        def own(request: gr.Request | None) -> None:
            """Refuse a session that another login started (its answers and export are that user's)."""
            if request is not None and not owners.allowed(request.session_hash, request.username):
                raise gr.Error("This conversation belongs to another user; reload the page to start your own.")

        def editor(request: gr.Request | None) -> None:
            if not access.may_edit(settings, getattr(request, "username", None)):
                raise gr.Error("Only editors (ASSISTANT_EDITORS) may add or remove documents; ask one of them.")

        def assistant() -> Assistant:
            if not isinstance(bot, Future):
                return bot
            try:
                return bot.result()
            except (AssistantError, KnowledgeError) as exc:
                raise gr.Error(f"The assistant could not start: {exc}") from exc

        def llm_for(choice: str | None):
            """The chat model of an answer mode: only the modes offered (a caller cannot load another model)."""
            if choice in (None, "", EXTRACTIVE):
                return None
            if not settings.llm or choice != settings.llm:
                offered = " or ".join(f"'{m}'" for m in (EXTRACTIVE, settings.llm) if m)
                raise gr.Error(f"The answer mode must be {offered}.")
            if choice not in models:
                from assistant.llm import chat_model

                models[choice] = chat_model(choice, settings)
            return models[choice]

        def export_text_of(past: list[Answer], request: gr.Request = None) -> str:
            own(request)
            return conversation_markdown(past, _titles(settings), datetime.now(UTC))

        def respond(message: str, past: list[Answer], k: float, choice: str = EXTRACTIVE, request: gr.Request = None):
            own(request)
            if not isinstance(message, str) or not message.strip():
                raise gr.Error("Type a question first.")
            k = _whole(k, "passages to retrieve", 1, MAX_K)
            history = _history(past)
            shown = [
                *_messages(past),
                {"role": "user", "content": escape_markdown(message)},
                {"role": "assistant", "content": ""},
            ]
            final, partial = None, ""
            if isinstance(bot, Future) and not bot.done():
                shown[-1]["content"] = "⏳ Starting: loading the language models (only after a restart)…"
                yield shown, gr.skip(), gr.skip(), past, "", gr.skip()
            try:
                for event in assistant().stream(message, history, k=k, llm=llm_for(choice)):
                    if isinstance(event, Answer):
                        final = event
                    else:
                        partial += event
                        shown[-1]["content"] = escape_markdown(partial)
                        yield shown, gr.skip(), gr.skip(), past, "", gr.skip()
            except (AssistantError, KnowledgeError) as exc:
                raise gr.Error(str(exc)) from exc
            past = [*past, final]
            note = "\n\n".join(x for x in (standalone_note(final), notice_note(final)) if x)
            export_path = export_file(exports, request)
            export_path.write_text(export_text_of(past, request), encoding="utf-8")
            yield _messages(past), sources_html(final, len(past)), note, past, "", str(export_path)

        outputs = [chatbot, sources, standalone, answers, question, export]
        # The API's inputs reach the handlers as sent (no component preprocessing, which fails with a Python
        # error on a wrong type): the handlers check them and say what is wrong.
        ask.click(
            respond,
            [question, answers, top_k, mode],
            outputs,
            api_name="chat",
            concurrency_limit="default",
            preprocess=False,
        )
        question.submit(respond, [question, answers, top_k, mode], outputs, api_name=False)
        examples.load_input_event.then(
            respond, [question, answers, top_k, mode], outputs, api_name=False, concurrency_limit="default"
        )
        forget = (lambda: ([], EMPTY_SOURCES, "", [], "", None), None, outputs)
        clear.click(*forget, api_name=False)
        chatbot.clear(*forget, api_name=False)  # the conversation's trash icon: the next question starts afresh

        def show_sources(past: list[Answer], data: gr.SelectData, request: gr.Request = None) -> str:
            """Clicking an answer (or a question) shows that answer's sources again."""
            own(request)
            index = (data.index if isinstance(data.index, int) else data.index[0]) // 2
            return sources_html(past[index], index + 1) if 0 <= index < len(past) else gr.skip()

        chatbot.select(show_sources, [answers], [sources], api_name=False)

        def add_documents(files: list[str] | None, request: gr.Request = None, progress=gr.Progress()):
            editor(request)
            if not files or not isinstance(files, list):
                raise gr.Error("Choose one or more files first.")
            if len(files) > settings.max_upload_files:
                raise gr.Error(
                    f"{len(files)} files in one upload; upload at most {settings.max_upload_files} at a time "
                    "(or index a folder with `assistant index`)."
                )
            saved, refused = library.save_uploads(settings, files)
            done: list[str] = []

            def on_file(path: str) -> None:
                done.append(path)
                progress(len(done) / max(len(saved), 1), desc=f"indexed {Path(path).name}")

            try:
                report = library.index_files(settings, saved, on_file) if saved else None
            except KnowledgeError as exc:
                raise gr.Error(str(exc)) from exc
            lines = [f"✅ indexed {Path(s).name}" for s in (report.indexed if report else [])]
            lines += [f"✔️ unchanged {Path(s).name}" for s in (report.unchanged if report else [])]
            lines += [f"❌ {escape_markdown(_shown(e))}" for e in [*refused, *(report.failed if report else [])]]
            library.discard_failed(report)
            return "\n\n".join(lines), _rows(settings), gr.update(choices=_titles(settings))

        def upload_and_clear(files: list[str] | None, request: gr.Request = None, progress=gr.Progress()):
            return *add_documents(files, request, progress), None  # the widget empties once its files are indexed

        upload_files.upload(upload_and_clear, [upload_files], [status, table, to_remove, upload_files], api_name=False)
        api_upload.click(add_documents, [upload_files], [status, table, to_remove], api_name="upload")

        def fact_check(text: str, choice: str = EXTRACTIVE, request: gr.Request = None):
            try:
                report = assistant().check(text or "", llm=llm_for(choice))
            except (AssistantError, KnowledgeError) as exc:
                raise gr.Error(str(exc)) from exc
            path = export_file(exports, request).with_name("fact-check.md")
            path.write_text(check_markdown(report), encoding="utf-8")
            return check_html(report), report.model_dump(mode="json"), str(path)

        check_outputs = [check_report, check_json, check_export]
        check_button.click(
            fact_check,
            [check_text, mode],
            check_outputs,
            api_name="check",
            concurrency_limit="default",
            preprocess=False,
        )

        def ask_to_remove(title: str | None, request: gr.Request = None):
            editor(request)
            if not title:
                raise gr.Error("Choose a document to remove.")
            asked = f"Remove **{escape_markdown(title)}** from the index? Answers will no longer cite it."
            return gr.update(visible=True), asked

        remove.click(ask_to_remove, [to_remove], [confirm_row, confirm_text], api_name=False)
        cancel.click(lambda: gr.update(visible=False), None, [confirm_row], api_name=False)

        def drop_document(title: str | None, request: gr.Request = None):
            editor(request)
            if not isinstance(title, str) or not title:
                raise gr.Error("Choose a document to remove.")
            report = library.remove_document(settings, title)
            lines = [f"🗑️ removed {Path(s).name}" for s in report.removed] + [
                f"❌ {escape_markdown(str(e))}" for e in report.failed
            ]
            return "\n\n".join(lines), _rows(settings), gr.update(choices=_titles(settings), value=None)

        confirm.click(
            drop_document, [to_remove], [status, table, to_remove], api_name="remove_document", preprocess=False
        ).then(lambda: (gr.update(visible=False), None), None, [confirm_row, upload_files], api_name=False)
        app.load(
            lambda: (_rows(settings), gr.update(choices=_titles(settings), value=None)),
            None,
            [table, to_remove],
            api_name="documents",
        )

        def editing(request: gr.Request = None):
            """The library's upload and remove controls, for those who may change it."""
            edits = access.may_edit(settings, getattr(request, "username", None))
            return gr.update(visible=edits), gr.update(visible=edits), gr.update(visible=edits)

        app.load(editing, None, [upload_files, to_remove, remove], api_name=False)

        def give_feedback(
            number: float, value: str, note: str | None, past: list[Answer], request: gr.Request = None
        ) -> str:
            own(request)
            index = _whole(number, "answer number", 1, 10**6) - 1
            if not 0 <= index < len(past) or value not in ("up", "down"):
                raise gr.Error("Vote 'up' or 'down' on an answer of this conversation (1 = first).")
            note = note if isinstance(note, str) else ""
            library.record_feedback(settings, past[index], _history(past[:index]), value, note[:2000])
            return f"Thanks — recorded a thumbs-{value}."

        vote.click(
            give_feedback,
            [vote_number, vote_value, vote_comment, answers],
            [status],
            api_name="feedback",
            preprocess=False,
        )

        def on_like(past: list[Answer], data: gr.LikeData, request: gr.Request = None):
            """A vote is recorded at once and confirmed under the conversation; a thumbs-down asks what was wrong."""
            own(request)
            index = (data.index if isinstance(data.index, int) else data.index[0]) // 2
            value = "up" if data.liked is True else "down"
            if not 0 <= index < len(past):
                raise gr.Error("Vote on an answer of this conversation.")
            line = library.record_feedback(settings, past[index], _history(past[:index]), value)
            if value == "up":
                return f"Thanks — recorded a thumbs-up for answer {index + 1}.", gr.update(visible=False), None
            asked = f"Recorded a thumbs-down for answer {index + 1}. What was wrong? Add a comment below (optional)."
            return asked, gr.update(visible=True), line["id"]

        chatbot.like(on_like, [answers], [feedback_status, comment_row, voted], api_name=False)

        def add_comment(text: str, line_id: str | None):
            if not line_id or not text.strip():
                raise gr.Error("Write a comment first (or leave it: the thumbs-down is already recorded).")
            library.add_comment(settings, line_id, text.strip()[:2000])
            return "Thanks — your comment was recorded with the thumbs-down.", gr.update(visible=False), "", None

        send_comment.click(
            add_comment, [comment, voted], [feedback_status, comment_row, comment, voted], api_name=False
        )
        comment.submit(add_comment, [comment, voted], [feedback_status, comment_row, comment, voted], api_name=False)
        export_button.click(export_text_of, [answers], [export_text], api_name="export")
    return app


def _shown(error: DocumentError) -> str:
    """An error as a browser user sees it: the file's name, never the server's paths."""
    return f"{printable(Path(error.path).name)}: {error.problem}"


def _whole(value: object, what: str, low: int, high: int) -> int:
    """`value` as a whole number from `low` to `high`, or an error saying so (API callers send anything)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = float("nan")
    if not number.is_integer() or not low <= number <= high:
        raise gr.Error(f"The {what} must be a whole number from {low} to {high}.")
    return int(number)


def _history(past: list[Answer]) -> list[dict]:
    """The conversation for the next question; a refusal is marked as one (follow-ups skip its words)."""
    return [
        m
        for a in past
        for m in (
            {"role": "user", "content": a.question},
            {"role": "assistant", "content": a.text, "refused": a.refused, "direct_answer": a.direct_answer},
        )
    ]


def _messages(past: list[Answer]) -> list[dict[str, str]]:
    return [
        m
        for a in past
        for m in (
            {"role": "user", "content": escape_markdown(a.question)},
            {"role": "assistant", "content": answer_markdown(a)},
        )
    ]


def export_file(exports: Path, request: gr.Request | None) -> Path:
    """The session's export file in `exports` (its folder made). The session id comes from the client,
    so anything but a plain token is replaced by a fresh one: it never becomes a path."""
    session = getattr(request, "session_hash", None) or ""
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", session):
        session = uuid.uuid4().hex
    path = exports / session / "conversation.md"
    path.parent.mkdir(exist_ok=True)
    return path


def _rows(settings: Settings) -> list[list]:
    return [[r.title, r.chunk_count, r.pages or "", r.indexed_at] for r in library.documents(settings)]


def _titles(settings: Settings) -> list[str]:
    return [r.title for r in library.documents(settings)]


def serve(settings: Settings, *, block: bool = True) -> tuple[gr.Blocks, str]:
    """Launch, then load the assistant (indexing the bundled chapter first if the index is empty): the page
    is up while the models load. Returns the app and its URL."""
    library.documents(settings)  # a missing or mismatched index fails here, before anything is served
    loading: Future[Assistant] = Future()
    app = build_app(loading, settings)
    accounts = access.users(settings)
    auth = access.LoginGuard(accounts) if accounts else None
    if auth is None and settings.host not in ("127.0.0.1", "localhost", "::1"):
        log.warning(
            "listening on %s without a login: anyone who can reach it can add and remove documents; "
            "set ASSISTANT_AUTH (and ASSISTANT_EDITORS)",
            settings.host,
        )
    app.queue(default_concurrency_limit=settings.ui_concurrency)
    app.launch(
        server_name=settings.host,
        server_port=settings.port,
        auth=auth,
        max_file_size=f"{settings.max_file_mb:g}mb",
        css=CSS,
        prevent_thread_lock=True,
        show_error=True,
        quiet=True,
    )
    threading.Thread(target=_load, args=(settings, loading), name="load-assistant", daemon=True).start()
    url = f"http://{settings.host}:{app.server_port}"
    if block:
        signal.signal(signal.SIGTERM, _stop_on_term)  # SIGTERM ends like Ctrl-C: temporary files removed
        print(f"Serving the assistant at {url} (Ctrl-C to stop)", flush=True)
        app.block_thread()
    return app, url


def _stop_on_term(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _load(settings: Settings, loading: Future[Assistant]) -> None:
    """Fill `loading` with the assistant (or the reason it cannot start)."""
    try:
        if not library.documents(settings):
            log.warning("the index is empty: indexing the bundled chapter first")
            library.index_files(settings, bundled_documents())
        started = time.perf_counter()
        loading.set_result(Assistant.from_settings(settings))
        log.info("the assistant is ready (models loaded in %.1f s)", time.perf_counter() - started)
    except Exception as exc:  # shown on the first question, and logged now
        log.error("the assistant could not start: %s", exc)
        loading.set_exception(exc)
