"""The scale benchmark runs end to end on a small generated corpus (its numbers are read, not asserted)."""

from __future__ import annotations

import typer
from typer.testing import CliRunner

from eval.scale_benchmark import generate_corpus, main


def test_generated_corpus_is_deterministic_and_every_document_differs(tmp_path):
    first = [p.read_text() for p in generate_corpus(tmp_path / "a", chunks=12, seed=1, paragraphs=4)]
    again = [p.read_text() for p in generate_corpus(tmp_path / "b", chunks=12, seed=1, paragraphs=4)]
    assert first == again and len(set(first)) == 3
    assert all(text.count("\n\n") == 4 for text in first)  # a title, then four paragraphs


def test_benchmark_indexes_a_corpus_on_both_stores_and_prints_every_measure():
    app = typer.Typer()
    app.command()(main)
    result = CliRunner().invoke(app, ["--chunks", "40", "--questions", "2", "--server"])
    assert result.exit_code == 0, result.output
    assert "Chroma embedded: 1 documents (0 failed)" in result.output
    assert "Chroma server: 1 documents (0 failed)" in result.output
    lines = result.output.splitlines()
    rows = (
        "indexing ",
        "start-up ",
        "RSS ",
        "ask, first time (cold)",
        "ask, again (warm)",
        "bare embed + Chroma query",
    )
    for row in (*rows, "ask p50 / bare p50"):
        assert sum(line.startswith(row) for line in lines) == 2, row
    assert sum("bare encode" in line and "ratio" in line for line in lines) == 2
