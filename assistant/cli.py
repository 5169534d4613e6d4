"""The `assistant` command line: every user-facing error is one line and a non-zero exit."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

from assistant.settings import Settings
from knowledge.errors import KnowledgeError

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Answer questions about your documents, with citations.")


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
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


@app.command()
def index(
    paths: list[Path] = typer.Argument(None, help="Files or folders (.txt .md .pdf .docx .html). Default: the bundled chapter."),
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


if __name__ == "__main__":
    app()
