"""Fact-check benchmark: a warm `Assistant.check` of a 20-sentence paragraph (target: at most 2 s).

The paragraph is made of the shipped claim set's single-sentence claims (supported, contradicted and
unfounded ones alike), so each run checks the same text. After one warm-up check, `--rounds` timed
checks; prints p50/p95 of the whole check, its stages, and the ratio of the p50 to the 2 s target.

    python -m eval.check_benchmark [--sentences N] [--rounds N]     (or: make bench-check)
"""

from __future__ import annotations

import time

import numpy as np
import typer

from assistant import Assistant
from eval.questionset import CLAIMS, load_questions

TARGET_MS = 2000.0


def paragraph(sentences: int) -> str:
    claims = [
        q.user_input
        for q in load_questions(CLAIMS)
        if isinstance(getattr(q, "verdict", None), str) and getattr(q, "form", "") != "chat"
    ]
    return " ".join(claims[i * 3 % len(claims)] for i in range(sentences))


def main(
    sentences: int = typer.Option(20, min=1, help="Sentences in the checked paragraph."),
    rounds: int = typer.Option(5, min=1, help="Timed checks."),
) -> None:
    bot = Assistant.from_settings()
    text = paragraph(sentences)
    bot.check(text)  # warm-up: caches, lazy imports, the lexical index
    totals, stages = [], {}
    for _ in range(rounds):
        started = time.perf_counter()
        report = bot.check(text)
        totals.append((time.perf_counter() - started) * 1000)
        for stage, ms in report.timings.items():
            stages.setdefault(stage, []).append(ms)
    typer.echo(f"a {len(report.claims)}-sentence paragraph ({len(text)} characters) x {rounds} checks, warm")
    typer.echo(f"{'':20}{'p50 ms':>10}{'p95 ms':>10}")
    typer.echo(f"{'check':20}{np.percentile(totals, 50):10.1f}{np.percentile(totals, 95):10.1f}")
    for stage, values in stages.items():
        typer.echo(f"{'  ' + stage:20}{np.percentile(values, 50):10.1f}{np.percentile(values, 95):10.1f}")
    ratio = np.percentile(totals, 50) / TARGET_MS
    typer.echo(f"check p50 / 2 s target = {ratio:.2f} (target <= 1.0)")


if __name__ == "__main__":
    typer.run(main)
