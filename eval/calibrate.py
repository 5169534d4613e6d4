"""Calibrate the refusal thresholds on a question set with unanswerable questions.

For every question the assistant runs with the score threshold switched off (the other checks stay
on: prompt injection, the kind of answer asked for). Each `min_score` on a grid is then judged by the
share of unanswerable questions refused and of answerable ones wrongly refused. The pick: among the
thresholds refusing the most unanswerable questions while refusing at most `max_false_refusals` of
the answerable ones (and, of those, the fewest answerable ones), the middle one (the widest margin on both sides, for questions the set lacks).

    python -m eval.calibrate [--questions FILE ...]   (default: the shipped and the held-out sets together)
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import typer

from assistant import Assistant
from assistant.judge import RefusalPolicy
from assistant.question import analyse
from eval.questionset import HELDOUT, SHIPPED, load_questions


def main(
    questions: list[Path] = typer.Option([SHIPPED, HELDOUT], help="Question sets (JSON lines), pooled; repeatable."),
    max_false_refusals: float = 0.05,
) -> None:
    bot = Assistant.from_settings()
    bot.policy = replace(RefusalPolicy(), min_score=0.0)
    rows = []
    for q in (q for path in questions for q in load_questions(path)):
        answer = bot.ask(q.user_input, q.history_messages())
        vector = bot.store.embeddings.embed_query(answer.standalone_question)
        ranked = bot.scorer.score(analyse(answer.standalone_question).terms, vector, answer.passages)
        best = ranked[0] if ranked else None
        rows.append((q, answer.refused, best.score if best else 0.0))
    answerable = [r for r in rows if r[0].answerable]
    unanswerable = [r for r in rows if not r[0].answerable]
    results = []
    for min_score in np.arange(0.0, 0.61, 0.01):

        def refused(row, s=min_score):
            return row[1] or row[2] < s

        recall = sum(map(refused, unanswerable)) / len(unanswerable)
        false_rate = sum(map(refused, answerable)) / len(answerable)
        results.append((recall, false_rate, round(float(min_score), 2)))
    typer.echo(f"{len(answerable)} answerable, {len(unanswerable)} unanswerable questions")
    typer.echo(
        "refused by the other checks alone: "
        f"{sum(r[1] for r in unanswerable)}/{len(unanswerable)} unanswerable, "
        f"{sum(r[1] for r in answerable)}/{len(answerable)} answerable"
    )
    typer.echo(
        "unanswerable left to the threshold: "
        + ", ".join(f"{r[0].id} {r[2]:.2f}" for r in sorted(unanswerable, key=lambda r: -r[2]) if not r[1])
    )
    typer.echo(
        "lowest answerable: " + ", ".join(f"{r[0].id} {r[2]:.2f}" for r in sorted(answerable, key=lambda r: r[2])[:6])
    )
    eligible = [r for r in results if r[1] <= max_false_refusals]
    best_recall = max(r[0] for r in eligible)
    fewest_false = min(r[1] for r in eligible if r[0] == best_recall)
    candidates = [r for r in eligible if r[0] == best_recall and r[1] == fewest_false]
    recall, false_rate, min_score = candidates[len(candidates) // 2]
    typer.echo(
        f"thresholds {candidates[0][2]}..{candidates[-1][2]} refuse {best_recall:.0%} of unanswerable; "
        f"pick the middle: min_score={min_score} (false refusals {false_rate:.0%})"
    )


if __name__ == "__main__":
    typer.run(main)
