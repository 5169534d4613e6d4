"""The human-readable outputs of an evaluation run: report.md (tables, worst questions) and report.png."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eval import metrics, verdicts

ALL_METRICS = metrics.METRICS + verdicts.CLAIM_METRICS

PLOTTED = ("hit@5", "mrr", "answer_f1", "citation_recall", "refusal_recall")


def _fmt(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def problems(row: dict[str, Any]) -> list[str]:
    """What went wrong with one question, in words (empty when nothing did)."""
    m, found = row["metrics"], []
    if row["kind"] == "claim":
        return [
            f"sentence {i}: {o['predicted'].replace('_', ' ')}, expected {o['gold'].replace('_', ' ')}"
            for i, o in enumerate(row["verdicts"], start=1)
            if not o["correct"]
        ]
    if not row["answerable"]:
        if not row["refused"]:
            found.append("answered a question the documents cannot answer")
        return found
    if row["refused"]:
        found.append("refused an answerable question")
    if m.get("hit@5") == 0.0:
        found.append("no retrieved passage contains a reference quote")
    elif m.get("hit@1") == 0.0:
        found.append(
            f"first relevant passage only at rank {round(1 / m['mrr'])}"
            if m.get("mrr")
            else "relevant passage not first"
        )
    if not row["refused"]:
        if m.get("citation_recall") == 0.0:
            found.append("cites none of the reference quotes")
        elif m.get("citation_recall") is not None and m["citation_recall"] < 1.0:
            found.append(f"cites {m['citation_recall']:.0%} of the reference quotes")
        if m.get("citation_precision") is not None and m["citation_precision"] < 0.5:
            found.append(f"only {m['citation_precision']:.0%} of its citations are reference quotes")
        if m.get("answer_f1") is not None and m["answer_f1"] < 0.2:
            found.append(f"answer F1 {m['answer_f1']:.2f}")
        if m.get("faithfulness") is not None and m["faithfulness"] < 1.0:
            found.append(f"faithfulness {m['faithfulness']:.2f}")
    return found


def worst(rows: Sequence[dict[str, Any]], n: int = 10) -> list[tuple[dict[str, Any], list[str]]]:
    """The `n` questions with the most problems (ties: lower answer F1 first)."""
    judged = [(r, problems(r)) for r in rows]
    judged = [j for j in judged if j[1]]
    judged.sort(key=lambda j: (-len(j[1]), j[0]["metrics"].get("answer_f1") or 0.0))
    return judged[:n]


def _generation_lines(summary) -> list[str]:
    g = summary.generation
    if not g:
        return []
    share = "-" if g["unsupported_share"] is None else f"{g['unsupported_share']:.1%}"
    return [
        f"The model wrote {g['generated_sentences']} sentences; the check found {g['unsupported_sentences']} "
        f"unsupported ({share}); {g['extractive_fallbacks']} answers fell back to the extractive one.",
        "",
    ]


def write_markdown(summary, rows: Sequence[dict[str, Any]], path: Path) -> None:
    kinds = list(summary.by_kind)
    lines = [
        "# Evaluation report",
        "",
        f"{summary.questions} questions ({summary.counts.get('answerable', 0)} answerable), "
        f"from `{summary.questions_file or '(in memory)'}`, {summary.created}; answer mode: {summary.answer_mode}.",
        "",
        *_generation_lines(summary),
        "## Metrics",
        "",
        "| metric | overall | " + " | ".join(kinds) + " |",
        "|---|---:|" + "---:|" * len(kinds),
    ]
    for name in ALL_METRICS:
        if summary.metrics.get(name) is None and all(summary.by_kind[k]["metrics"].get(name) is None for k in kinds):
            continue
        cells = [_fmt(summary.metrics.get(name))] + [_fmt(summary.by_kind[k]["metrics"].get(name)) for k in kinds]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines.append(
        "| questions | "
        + " | ".join([str(summary.questions)] + [str(summary.by_kind[k]["questions"]) for k in kinds])
        + " |"
    )
    lines += [
        "",
        "`-` = undefined (e.g. refusal precision with no refusal, answer metrics with no answerable question).",
        "",
        "## Latency (ms)",
        "",
        "| | p50 | p95 |",
        "|---|---:|---:|",
        f"| overall | {_fmt(summary.latency_ms.get('p50'), 1)} | {_fmt(summary.latency_ms.get('p95'), 1)} |",
    ]
    for k in kinds:
        lat = summary.by_kind[k].get("latency_ms", {})
        lines.append(f"| {k} | {_fmt(lat.get('p50'), 1)} | {_fmt(lat.get('p95'), 1)} |")
    lines += ["", "## Worst questions", ""]
    bad = worst(rows)
    if not bad:
        lines.append("Nothing went wrong.")
    for row, found in bad:
        lines += [
            f"### {row['id']} ({row['kind']})",
            "",
            f"- question: {row['user_input']}",
            *(
                [f"- understood as: {row['standalone_question']}"]
                if row["standalone_question"] != row["user_input"]
                else []
            ),
            f"- expected: {row.get('reference', '') if row['answerable'] else '(a refusal)'}",
            f"- response: {row['response'][:400]}",
            f"- what went wrong: {'; '.join(found)}",
            "",
        ]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_plot(summary, rows: Sequence[dict[str, Any]], path: Path) -> None:
    """report.png: grouped bars of `PLOTTED` metrics per kind, and a latency histogram."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    kinds = list(summary.by_kind)
    fig, (bars, hist) = plt.subplots(1, 2, figsize=(13, 4.8), gridspec_kw={"width_ratios": [2, 1]})
    x = np.arange(len(kinds))
    width = 0.8 / len(PLOTTED)
    for i, name in enumerate(PLOTTED):
        values = [summary.by_kind[k]["metrics"].get(name) for k in kinds]
        bars.bar(
            x + (i - (len(PLOTTED) - 1) / 2) * width, [np.nan if v is None else v for v in values], width, label=name
        )
    bars.set_xticks(x, kinds, rotation=20)
    bars.set_ylim(0, 1.2)
    bars.set_title("metrics per kind (missing bar = undefined)")
    bars.legend(fontsize=8, loc="upper center", ncol=len(PLOTTED))
    latencies = [r["latency_ms"] for r in rows]
    hist.hist(latencies, bins=min(20, max(1, len(latencies))), color="tab:gray")
    for p, style in (("p50", "--"), ("p95", ":")):
        if summary.latency_ms.get(p) is not None:
            hist.axvline(
                summary.latency_ms[p], color="black", linestyle=style, label=f"{p} {summary.latency_ms[p]:.0f} ms"
            )
    hist.set_title("latency per question")
    hist.set_xlabel("ms")
    hist.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
