"""Helpers for knowledge-base tests: run the real CLI in-process, check the index's invariants."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from assistant.cli import app
from assistant.knowledge_base import chunking_config, open_store
from assistant.settings import Settings
from knowledge.chunking import chunk_document
from knowledge.embeddings import count_tokens, vocabulary_file
from knowledge.loaders import english_words, load_document


def run_cli(settings: Settings, *args: str, monkeypatch) -> tuple[int, str, str]:
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(settings.data_dir))
    if settings.chroma_url:
        monkeypatch.setenv("ASSISTANT_CHROMA_URL", settings.chroma_url)
    else:
        monkeypatch.delenv("ASSISTANT_CHROMA_URL", raising=False)
    monkeypatch.setenv("ASSISTANT_MAX_FILE_MB", str(settings.max_file_mb))
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def expected_chunks(path: Path, settings: Settings):
    doc = load_document(path, settings.max_file_bytes, english_words(vocabulary_file()))
    return chunk_document(doc, count_tokens, chunking_config(settings))


def assert_consistent(settings: Settings, files: list[Path], complete: bool) -> None:
    """Every document answers from exactly one whole version; when `complete`, from the current one."""
    store = open_store(settings)
    committed = store.chunks()
    records = {r.source: r for r in store.documents()}
    by_doc: dict[str, list] = {}
    for chunk in committed:
        by_doc.setdefault(chunk.source, []).append(chunk)
    for source, chunks in by_doc.items():
        assert len({c.content_hash for c in chunks}) == 1, f"{source} answers from two versions"
        assert sorted(c.index for c in chunks) == list(range(len(chunks))), f"{source} is partial"
    for path in files:
        source = str(path.resolve())
        expected = expected_chunks(path, settings)
        if complete:
            assert records[source].chunk_count == len(expected)
            assert records[source].content_hash == expected[0].content_hash
            assert [c.id for c in by_doc[source]] == [c.id for c in expected]
        elif source in by_doc:
            assert [c.id for c in by_doc[source]] == [c.id for c in expected]
    if complete:
        assert store.chunk_count(committed_only=False) == len(committed)
