"""Latency benchmark: warm `Assistant.ask` next to the floor, a bare query embedding + Chroma query.

Every question of the set is asked once to warm up; then, for `--rounds` rounds, each question runs
the bare query (embed the question, nearest chunks from Chroma) and the full `ask`, interleaved so
both see the same machine state. Prints p50/p95 of each and the ratio of the p50s (target: <= 1.5).

    python -m eval.benchmark [--questions FILE] [--rounds N]     (or: make bench)
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import typer

from assistant import Assistant, Settings
from eval.questionset import SHIPPED, load_questions


def bare_query(bot: Assistant, question: str, k: int) -> None:
    """The floor: what a plain langchain + Chroma retriever does (embed the question, query the collection
    for the `k` nearest chunks with their texts and metadata), without the assistant's caches."""
    bot.store.vectorstore.similarity_search_with_score(question, k)


def main(
    questions: Path = typer.Option(SHIPPED, help="Question set (JSON lines)."),
    rounds: int = typer.Option(3, min=1, help="Timed passes over the question set."),
) -> None:
    settings = Settings()
    bot = Assistant.from_settings(settings)
    items = [(q.user_input, q.history_messages()) for q in load_questions(questions)]
    for question, history in items:  # warm-up: caches, lazy imports, the lexical index
        bot.ask(question, history)
    bare, full = [], []
    stages: dict[str, list[float]] = {}
    for _ in range(rounds):
        for question, history in items:
            started = time.perf_counter()
            bare_query(bot, question, settings.top_k)
            bare.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            answer = bot.ask(question, history)
            full.append((time.perf_counter() - started) * 1000)
            for stage, ms in answer.timings.items():
                stages.setdefault(stage, []).append(ms)
    typer.echo(f"{len(items)} questions x {rounds} rounds, warm")
    typer.echo(f"{'':28}{'p50 ms':>10}{'p95 ms':>10}")
    typer.echo(f"{'bare embed + Chroma query':28}{np.percentile(bare, 50):10.1f}{np.percentile(bare, 95):10.1f}")
    typer.echo(f"{'ask':28}{np.percentile(full, 50):10.1f}{np.percentile(full, 95):10.1f}")
    for stage, values in stages.items():
        typer.echo(f"{'  ' + stage:28}{np.percentile(values, 50):10.1f}{np.percentile(values, 95):10.1f}")
    ratio = np.percentile(full, 50) / np.percentile(bare, 50)
    typer.echo(f"ask p50 / bare p50 = {ratio:.2f} (target <= 1.5)")


if __name__ == "__main__":
    typer.run(main)
