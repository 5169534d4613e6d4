"""The `assistant` command line: every user-facing error is one line and a non-zero exit.

It is the composition root: the one module that starts the browser app (`ui`) and the evaluation
runner (`eval`), importing them lazily inside their commands; nothing else in `assistant/` does."""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

from assistant.settings import Settings
from knowledge.errors import KnowledgeError

app = typer.Typer(
    no_args_is_help=True, add_completion=False, help="Answer questions about your documents, with citations."
)


_answered = False  # a one-off `ask` / `check` has printed its answer and has nothing left to save


def run() -> None:
    """The console entry point: the commands, then, after a one-off answer or check, an exit without
    Python's teardown of the loaded model, parser and database client (1.7 s here, and nothing to save):
    exit handlers run and output is flushed first."""
    try:
        app()
        code: int | str | None = 0
    except SystemExit as exc:
        code = exc.code
    if not _answered:
        sys.exit(code)
    atexit._run_exitfuncs()
    if isinstance(code, str):
        print(code, file=sys.stderr)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code if isinstance(code, int) else 1 if code else 0)


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(1)


@contextmanager
def _user_errors() -> Iterator[None]:
    try:
        yield
    except KnowledgeError as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        _fail("interrupted; what was complete stays indexed, run the command again to finish")


@app.callback()
def main(verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress details.")) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )


@app.command()
def index(
    paths: list[Path] = typer.Argument(
        None, help="Files or folders (.txt .md .pdf .docx .html). Default: the bundled chapter."
    ),
    rebuild: bool = typer.Option(
        False, "--rebuild", help="Drop the index and index everything again (the bundled chapter if it was empty)."
    ),
    remove: list[Path] = typer.Option(None, "--remove", help="Remove this document from the index (repeatable)."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show progress bars."),
) -> None:
    """Index documents (incremental: unchanged files are skipped)."""
    from assistant.knowledge_base import indexing
    from knowledge.indexing import bundled_documents

    settings = Settings()
    with _user_errors(), indexing(settings, progress=progress, verify=not rebuild) as indexer:
        if remove:
            report = indexer.remove(remove)
        else:
            # --rebuild re-indexes what the index held; an empty index (a fresh machine) gets the bundled chapter
            held = rebuild and bool(indexer.store.documents())
            report = indexer.index(paths or ([] if held else bundled_documents()), rebuild=rebuild)
    for error in report.failed:
        typer.echo(f"error: {error}", err=True)
    for skipped in report.skipped:
        typer.echo(f"skipped: {skipped}", err=True)
    parts = [f"indexed {len(report.indexed)}", f"unchanged {len(report.unchanged)}"]
    if report.removed:
        parts.append(f"removed {len(report.removed)}")
    if report.skipped:
        parts.append(f"skipped {len(report.skipped)}")
    parts += [f"failed {len(report.failed)}", f"chunks embedded {report.embedded}"]
    typer.echo(", ".join(parts))
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def sources() -> None:
    """List the indexed documents with their chunk counts."""
    from assistant.knowledge_base import open_store

    with _user_errors():
        records = open_store(Settings()).documents()
    if not records:
        typer.echo("no documents indexed yet; run `assistant index`")
        return
    for r in records:
        pages = f", {r.pages} pages" if r.pages else ""
        typer.echo(f"{r.title}\t{r.chunk_count} chunks{pages}\tindexed {r.indexed_at}\t{r.source}")


_LLM_HELP = (
    "Answer with this chat model (provider:model, e.g. ollama:llama3.1); default ASSISTANT_LLM, else extractive."
)


def _chat_model(settings: Settings, name: str | None):
    """The chat model named on the command line or in ASSISTANT_LLM, or None for extractive answers."""
    name = name or settings.llm
    if not name:
        return None
    from assistant.llm import chat_model

    return chat_model(name, settings)


@app.command()
def ask(
    question: str = typer.Argument(..., help="The question."),
    as_json: bool = typer.Option(False, "--json", help="Print the whole Answer as JSON."),
    k: int = typer.Option(None, "--k", help="Passages to retrieve (default: ASSISTANT_TOP_K)."),
    llm: str = typer.Option(None, "--llm", help=_LLM_HELP),
) -> None:
    """Answer one question, citing the sentences it rests on."""
    from assistant.answering import Assistant, checked_question
    from assistant.types import Answer

    global _answered

    settings = Settings()
    with _user_errors():
        question = checked_question(question)
        model = _chat_model(settings, llm)
        bot = Assistant.from_settings(settings)
        if model is None or as_json:
            answer = bot.ask(question, k=k, llm=model)
        else:
            drafted = []
            for event in bot.stream(question, k=k, llm=model):
                if isinstance(event, Answer):
                    answer = event
                else:
                    drafted.append(event)
                    typer.echo(event, nl=False)
            if drafted:
                typer.echo()
    _answered = True
    if as_json:
        typer.echo(answer.model_dump_json(indent=2))
        return
    if model is None:
        typer.echo(answer.text)
    elif not drafted or "".join(drafted).strip() != answer.text:
        typer.echo(("\nChecked answer:\n" if drafted else "") + answer.text)
    _print_notice(answer)
    _print_sources(answer)


@app.command()
def chat(llm: str = typer.Option(None, "--llm", help=_LLM_HELP)) -> None:
    """Talk with the documents in the terminal (follow-up questions use the conversation)."""
    from assistant.answering import Assistant
    from assistant.types import Answer

    settings = Settings()
    with _user_errors():
        model = _chat_model(settings, llm)
        bot = Assistant.from_settings(settings)
    typer.echo("Ask about the indexed documents; an empty line or Ctrl-D ends the chat.")
    history: list[dict] = []
    while True:
        try:
            question = input("\nyou> ").strip()
        except (EOFError, KeyboardInterrupt):
            break
        if not question or question.lower() in {"exit", "quit"}:
            break
        typer.echo("assistant> ", nl=False)
        drafted: list[str] = []
        with _user_errors():
            for event in bot.stream(question, history, llm=model):
                if isinstance(event, Answer):
                    typer.echo()
                    if model is not None and "".join(drafted).strip() != event.text:
                        typer.echo(f"checked answer> {event.text}")
                    _print_notice(event)
                    if event.standalone_question != question:
                        typer.echo(f"(understood as: {event.standalone_question})")
                    _print_sources(event)
                    history += [
                        {"role": "user", "content": question},
                        {
                            "role": "assistant",
                            "content": event.text,
                            "refused": event.refused,
                            "direct_answer": event.direct_answer,
                        },
                    ]
                else:
                    drafted.append(event)
                    typer.echo(event, nl=False)


@app.command("eval")
def evaluate(
    questions: Path = typer.Option(None, "--questions", help="Question set (JSON lines). Default: the shipped set."),
    out: Path = typer.Option(None, "--out", help="Output folder. Default: eval/runs/<timestamp>."),
    compare_with: Path = typer.Option(None, "--compare", help="A previous run's summary.json to compare with."),
    floors: list[str] = typer.Option(None, "--min", help="METRIC=VALUE: exit 1 below VALUE (repeatable)."),
    ceilings: list[str] = typer.Option(
        None, "--max", help="METRIC=VALUE: exit 1 above VALUE (repeatable; e.g. false_support=0)."
    ),
    export_ragas: Path = typer.Option(None, "--export-ragas", help="Also write the results as ragas JSON lines."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar."),
    llm: str = typer.Option(
        None, "--llm", help="Score the answers of this chat model (checked), not the extractive ones."
    ),
) -> None:
    """Score the assistant on a question set: retrieval, answers, citations, refusals, latency."""
    from datetime import datetime

    from assistant.answering import Assistant
    from eval import runner
    from eval.questionset import SHIPPED, QuestionSetError

    questions = questions or SHIPPED
    out = out or Path("eval/runs") / datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        gates = runner.parse_floors(floors or [])
        tops = runner.parse_floors(ceilings or [], flag="--max")
        old = runner.load_summary(compare_with) if compare_with else None
        with _user_errors():
            settings = Settings()
            model = _chat_model(settings, llm) if llm else None
            bot = Assistant.from_settings(settings)
            summary = runner.run_eval(
                bot, questions, out, progress=progress, llm=model, llm_name=llm or "", floors=gates, ceilings=tops
            )
    except (QuestionSetError, runner.EvalError) as exc:
        _fail(str(exc))
    if export_ragas:
        runner.export_ragas(out / "results.jsonl", export_ragas)
    typer.echo(f"{summary.questions} questions; results in {out}")
    for name, value in summary.metrics.items():
        if value is not None:
            typer.echo(f"  {name:22} {value:.3f}")
    typer.echo(f"  latency p50 {summary.latency_ms['p50']:.1f} ms, p95 {summary.latency_ms['p95']:.1f} ms")
    if summary.generation:
        g = summary.generation
        typer.echo(
            f"  {llm}: {g['generated_sentences']} sentences generated, {g['unsupported_sentences']} unsupported "
            f"(removed or flagged), {g['extractive_fallbacks']} extractive fallbacks"
        )
    if old is not None:
        typer.echo(f"\ncompared with {compare_with}:")
        runner.compare(old, summary)
    failures = runner.check_floors(summary, gates, tops)
    if failures:
        typer.echo("error: outside the gates: " + "; ".join(failures), err=True)
        raise typer.Exit(1)


@app.command()
def check(
    claim: str = typer.Argument(None, help="The claim to check (or use --file)."),
    file: Path = typer.Option(None, "--file", help="Check every sentence of this text file (.txt, .md)."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 when any sentence is contradicted."),
    llm: str = typer.Option(None, "--llm", help="Let this chat model propose the verdicts (checked by the facts)."),
) -> None:
    """Fact-check a claim or a draft: each sentence supported, contradicted or not in the documents."""
    from assistant.answering import Assistant
    from assistant.types import Verdict

    global _answered

    if (claim is None) == (file is None):
        _fail('give a claim or --file, not both: assistant check "IOM joined the UN in 2016"')
    text = claim if claim is not None else _read_text(file)
    with _user_errors():
        settings = Settings()
        model = _chat_model(settings, llm) if llm else None
        report = Assistant.from_settings(settings).check(text, llm=model)
    _answered = True
    if as_json:
        typer.echo(report.model_dump_json(indent=2))
    else:
        for c in report.claims:
            typer.echo(f"{c.verdict.value.upper().replace('_', ' '):13} {c.text}")
            typer.echo(f"{'':13} {c.reason}")
            for conflict in c.conflicts:
                typer.echo(f"{'':13} conflict ({conflict.kind}): claim {conflict.claim!r}, source {conflict.source!r}")
            for cite in c.citations:
                typer.echo(f'{"":13} [{cite.number}] "{cite.quote}" ({cite.location})')
            if c.notice:
                typer.echo(f"{'':13} note: {c.notice}")
        counts = ", ".join(f"{report.count(v)} {v.value.replace('_', ' ')}" for v in Verdict)
        typer.echo(f"\n{len(report.claims)} sentences checked: {counts}")
    if strict and report.count(Verdict.CONTRADICTED):
        raise typer.Exit(1)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        _fail(f"{path}: no such file; give the path of a text file to check")
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"{path}: cannot read it as UTF-8 text ({type(exc).__name__}); save it as a .txt or .md file")
    raise AssertionError("unreachable")


@app.command()
def serve(
    host: str = typer.Option(None, help="Address to bind (default ASSISTANT_HOST, 127.0.0.1)."),
    port: int = typer.Option(None, help="Port (default ASSISTANT_PORT, 7860)."),
) -> None:
    """Run the browser app (indexing the bundled chapter first if the index is empty)."""
    # Gradio keeps uploads and served files in GRADIO_TEMP_DIR, read when it is imported: one folder per
    # process, removed when it stops (Ctrl-C or SIGTERM), as the exports are.
    if "GRADIO_TEMP_DIR" not in os.environ:
        os.environ["GRADIO_TEMP_DIR"] = tempfile.mkdtemp(prefix="assistant-gradio-")
        atexit.register(shutil.rmtree, os.environ["GRADIO_TEMP_DIR"], ignore_errors=True)
    from ui.app import serve as serve_app

    settings = Settings()
    settings = settings.model_copy(update={k: v for k, v in {"host": host, "port": port}.items() if v is not None})
    with _user_errors():
        serve_app(settings)


def _print_notice(answer) -> None:
    if answer.notice:
        typer.echo(f"note: {answer.notice}")


def _print_sources(answer) -> None:
    if answer.refused:
        if answer.passages:
            typer.echo("\nClosest passages (not citations):")
        for p in answer.passages[:3]:
            typer.echo(f"  - {p.location}: {p.text[:160]}{'...' if len(p.text) > 160 else ''}")
        return
    typer.echo("\nSources:")
    for c in answer.citations:
        typer.echo(f'  [{c.number}] "{c.quote}"\n      {c.location}')


if __name__ == "__main__":
    run()
