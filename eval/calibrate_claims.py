"""Calibrate the verdict thresholds (`VerdictPolicy.support_score`, `contradict_score`) on claim sets.

Every check-worthy sentence of every claim is retrieved and scored once; each pair of thresholds on a
grid then decides all of them again (the alignment does not depend on the thresholds). The pick: the
settings with the fewest false supports (a contradicted or unfounded sentence called supported), of those
the most right verdicts; of those the strictest word coverage (`support_coverage`: a close sentence using
that share of the claim's words supports it even under `support_score`), and the middle of each score
threshold's range (the widest margin for claims the sets lack). With those, the ranges of `outweigh` (how much
closer a sentence stating the claim must be than a conflicting one to outweigh it) and of `record_score` (how close
a table row recording what the claim names must be to support it) that do best are reported.

    python -m eval.calibrate_claims [--questions FILE ...]   (default: the shipped claim sets, pooled;
    the index must hold the documents they are about: `make calibrate-claims` builds it)
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path

import numpy as np
import typer

from assistant import Assistant
from assistant.checking import statements
from assistant.verdict import VerdictPolicy
from eval.questionset import CLAIMS, CLAIMS_UPLOAD, load_questions
from eval.verdicts import gold_verdicts


def main(
    questions: list[Path] = typer.Option([CLAIMS, CLAIMS_UPLOAD], help="Claim sets (JSON lines), pooled."),
) -> None:
    bot = Assistant.from_settings()
    cases = []  # (gold verdict, statement, its ranked evidence)
    for q in (q for path in questions for q in load_questions(path) if q.kind == "claim"):
        found = statements(q.user_input)
        for gold, statement in zip(gold_verdicts(q.model_dump()), found, strict=False):
            vector = bot.store.embeddings.embed_query(statement.query)
            ranked = bot.checker.evidence(statement.question, statement.query, vector)
            cases.append((gold, statement, ranked, bot.checker.unknown(statement)))
    examined = [
        (gold, VerdictPolicy().examine(s.question.stated, ranked, s.offset or 0), unknown)
        for gold, s, ranked, unknown in cases
    ]
    results = []
    for support, contradict, coverage in itertools.product(
        np.arange(0.30, 0.91, 0.01), np.arange(0.30, 0.91, 0.01), [*np.arange(0.5, 1.001, 0.05), 1.01]
    ):
        if contradict > support + 0.001:
            continue
        policy = replace(
            VerdictPolicy(),
            support_score=round(float(support), 2),
            contradict_score=round(float(contradict), 2),
            support_coverage=round(float(coverage), 2),
        )
        verdicts = [(gold, policy.choose(aligned, unknown).verdict.value) for gold, aligned, unknown in examined]
        right = sum(g == v for g, v in verdicts)
        false_support = sum(g != "supported" and v == "supported" for g, v in verdicts)
        results.append((false_support, -right, policy.support_score, policy.contradict_score, policy.support_coverage))
    unsupported = sum(g != "supported" for g, *_ in cases)
    typer.echo(f"{len(cases)} sentences ({unsupported} not supported)")
    shipped = [(gold, VerdictPolicy().choose(aligned, unknown).verdict.value) for gold, aligned, unknown in examined]
    typer.echo(
        f"the shipped policy: {sum(g != 'supported' and v == 'supported' for g, v in shipped)} false supports, "
        f"{sum(g == v for g, v in shipped)} right"
    )
    best = min(results)[:2]
    tied = sorted(r for r in results if r[:2] == best)
    false_support, wrong = best
    coverage = max(r[4] for r in tied)  # the strictest word coverage that does as well
    tied = [r for r in tied if r[4] == coverage]
    supports, contradicts = sorted({r[2] for r in tied}), sorted({r[3] for r in tied})
    support, contradict = supports[len(supports) // 2], contradicts[len(contradicts) // 2]
    typer.echo(
        f"{len(tied)} threshold pairs give {false_support} false supports and {-wrong}/{len(cases)} right verdicts "
        f"with support_coverage={coverage} (support {supports[0]}..{supports[-1]}, contradict "
        f"{contradicts[0]}..{contradicts[-1]}); pick the middle: support_score={support}, contradict_score={contradict}"
    )
    picked = replace(VerdictPolicy(), support_score=support, contradict_score=contradict, support_coverage=coverage)
    # how much closer a sentence stating the claim must be to outweigh a conflicting one; how close a table row
    # recording what the claim names must be to support it
    for name, values in (("outweigh", np.arange(0.0, 0.51, 0.01)), ("record_score", np.arange(0.30, 0.72, 0.01))):
        typer.echo(_sweep(picked, name, values, examined))
    for fs in sorted({r[0] for r in results})[:4]:
        top = min(r for r in results if r[0] == fs)
        typer.echo(
            f"  with {fs} false supports at most {-top[1]} right (support {top[2]}, contradict {top[3]}, coverage {top[4]})"
        )


def _sweep(picked: VerdictPolicy, name: str, values: np.ndarray, examined: list) -> str:
    """The range of one setting of `picked` that gives the fewest false supports, then the most right verdicts."""
    scores = []
    for value in values:
        policy = replace(picked, **{name: round(float(value), 2)})
        verdicts = [(gold, policy.choose(aligned, unknown).verdict.value) for gold, aligned, unknown in examined]
        false_support = sum(g != "supported" and v == "supported" for g, v in verdicts)
        scores.append((false_support, -sum(g == v for g, v in verdicts), getattr(policy, name)))
    best = min(scores)[:2]
    span = [m[2] for m in scores if m[:2] == best]
    return (
        f"{name} {span[0]}..{span[-1]} gives {best[0]} false supports and {-best[1]} right verdicts "
        f"(middle {span[len(span) // 2]})"
    )


if __name__ == "__main__":
    typer.run(main)
