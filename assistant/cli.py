"""The `assistant` command line: every user-facing error is one line and a non-zero exit.

It is the composition root: the one module that starts the browser app (`ui`) and the evaluation
runner (`eval`), importing them lazily inside their commands; nothing else in `assistant/` does."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

from assistant.settings import Settings
from knowledge.errors import KnowledgeError

app = typer.Typer(
    no_args_is_help=True, add_completion=False, help="Answer questions about your documents, with citations."
)


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
    rebuild: bool = typer.Option(False, "--rebuild", help="Drop the index and index everything again."),
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
            report = indexer.index(paths or ([] if rebuild else bundled_documents()), rebuild=rebuild)
    for error in report.failed:
        typer.echo(f"error: {error}", err=True)
    parts = [f"indexed {len(report.indexed)}", f"unchanged {len(report.unchanged)}"]
    if report.removed:
        parts.append(f"removed {len(report.removed)}")
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


@app.command()
def ask(
    question: str = typer.Argument(..., help="The question."),
    as_json: bool = typer.Option(False, "--json", help="Print the whole Answer as JSON."),
    k: int = typer.Option(None, "--k", help="Passages to retrieve (default: ASSISTANT_TOP_K)."),
) -> None:
    """Answer one question, citing the sentences it rests on."""
    from assistant.answering import Assistant, checked_question

    with _user_errors():
        question = checked_question(question)
        answer = Assistant.from_settings(Settings()).ask(question, k=k)
    if as_json:
        typer.echo(answer.model_dump_json(indent=2))
    else:
        typer.echo(answer.text)
        _print_sources(answer)


@app.command()
def chat() -> None:
    """Talk with the documents in the terminal (follow-up questions use the conversation)."""
    from assistant.answering import Assistant
    from assistant.types import Answer

    with _user_errors():
        bot = Assistant.from_settings(Settings())
    typer.echo("Ask about the indexed documents; an empty line or Ctrl-D ends the chat.")
    history: list[dict[str, str]] = []
    while True:
        try:
            question = input("\nyou> ").strip()
        except (EOFError, KeyboardInterrupt):
            break
        if not question or question.lower() in {"exit", "quit"}:
            break
        typer.echo("assistant> ", nl=False)
        with _user_errors():
            for event in bot.stream(question, history):
                if isinstance(event, Answer):
                    typer.echo()
                    if event.standalone_question != question:
                        typer.echo(f"(understood as: {event.standalone_question})")
                    _print_sources(event)
                    history += [{"role": "user", "content": question}, {"role": "assistant", "content": event.text}]
                else:
                    typer.echo(event, nl=False)


@app.command("eval")
def evaluate(
    questions: Path = typer.Option(None, "--questions", help="Question set (JSON lines). Default: the shipped set."),
    out: Path = typer.Option(None, "--out", help="Output folder. Default: eval/runs/<timestamp>."),
    compare_with: Path = typer.Option(None, "--compare", help="A previous run's summary.json to compare with."),
    floors: list[str] = typer.Option(None, "--min", help="METRIC=VALUE: exit 1 below VALUE (repeatable)."),
    export_ragas: Path = typer.Option(None, "--export-ragas", help="Also write the results as ragas JSON lines."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar."),
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
        old = runner.load_summary(compare_with) if compare_with else None
        with _user_errors():
            bot = Assistant.from_settings(Settings())
            summary = runner.run_eval(bot, questions, out, progress=progress)
    except (QuestionSetError, runner.EvalError) as exc:
        _fail(str(exc))
    if export_ragas:
        runner.export_ragas(out / "results.jsonl", export_ragas)
    typer.echo(f"{summary.questions} questions; results in {out}")
    for name, value in summary.metrics.items():
        typer.echo(f"  {name:20} {'-' if value is None else f'{value:.3f}'}")
    typer.echo(f"  latency p50 {summary.latency_ms['p50']:.1f} ms, p95 {summary.latency_ms['p95']:.1f} ms")
    if old is not None:
        typer.echo(f"\ncompared with {compare_with}:")
        runner.compare(old, summary)
    failures = runner.check_floors(summary, gates)
    if failures:
        typer.echo("error: below the floor: " + "; ".join(failures), err=True)
        raise typer.Exit(1)


@app.command()
def serve(
    host: str = typer.Option(None, help="Address to bind (default ASSISTANT_HOST, 127.0.0.1)."),
    port: int = typer.Option(None, help="Port (default ASSISTANT_PORT, 7860)."),
) -> None:
    """Run the browser app (indexing the bundled chapter first if the index is empty)."""
    from ui.app import serve as serve_app

    settings = Settings()
    settings = settings.model_copy(update={k: v for k, v in {"host": host, "port": port}.items() if v is not None})
    with _user_errors():
        serve_app(settings)


def _print_sources(answer) -> None:
    if answer.refused:
        if answer.passages:
            typer.echo("\nClosest passages (not citations):")
        for p in answer.passages[:3]:
            typer.echo(f"  - {_place(p.title, p.section, p.page)}: {p.text[:160]}{'...' if len(p.text) > 160 else ''}")
        return
    typer.echo("\nSources:")
    for c in answer.citations:
        typer.echo(
            f'  [{c.number}] "{c.quote}"\n      {_place(c.title, c.section, c.page)}, characters {c.start}-{c.end}'
        )


def _place(title: str, section: str, page: int | None) -> str:
    parts = [title] + ([section] if section else []) + ([f"page {page}"] if page else [])
    return ", ".join(parts)


if __name__ == "__main__":
    app()
