"""The scale benchmark runs end to end on a small generated corpus (its numbers are read, not asserted)."""

from __future__ import annotations

import typer
from typer.testing import CliRunner

from eval.scale_benchmark import generate_corpus, main


def test_generated_corpus_is_deterministic_and_every_document_differs(tmp_path):
    first = [p.read_text() for p in generate_corpus(tmp_path / "a", documents=3, paragraphs=4, seed=1)]
    again = [p.read_text() for p in generate_corpus(tmp_path / "b", documents=3, paragraphs=4, seed=1)]
    assert first == again and len(set(first)) == 3
    assert all(text.count("\n\n") == 4 for text in first)  # a title, then four paragraphs


def test_benchmark_indexes_a_corpus_and_prints_every_measure():
    app = typer.Typer()
    app.command()(main)
    result = CliRunner().invoke(app, ["--documents", "2", "--paragraphs", "3", "--questions", "2"])
    assert result.exit_code == 0, result.output
    assert "2 documents indexed (0 failed)" in result.output
    for row in ("indexing", "startup", "ask, first time (cold)", "ask, again (warm)", "bare embed + Chroma query"):
        assert row in result.output
