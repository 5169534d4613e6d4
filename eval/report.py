"""The human-readable outputs of an evaluation run: report.md (tables, worst questions) and report.png."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval import metrics, verdicts

ALL_METRICS = metrics.METRICS + verdicts.CLAIM_METRICS

# What each metric means, in plain words (report.png's caption). Each is a share from 0 to 1.
MEANING: dict[str, str] = {
    "hit@1": "the first passage found holds a reference quote",
    "hit@3": "one of the first 3 passages found holds a reference quote",
    "hit@5": "one of the first 5 passages found holds a reference quote",
    "mrr": "how high the first useful passage ranks (1 = first, 0.5 = second, ...)",
    "ndcg@5": "how well the first 5 passages found are ordered, useful ones first",
    "answer_f1": "word overlap between the answer and the reference answer",
    "answer_recall": "share of the reference answer's words that the answer contains",
    "citation_precision": "share of the answer's citations that are reference quotes",
    "citation_recall": "share of the reference quotes that the answer cites",
    "faithfulness": "share of answer sentences fully backed by the passages they cite",
    "refusal_precision": "share of refusals that were right (the documents had no answer)",
    "refusal_recall": "share of questions the documents cannot answer that it refused",
    "false_refusal_rate": "share of answerable questions wrongly refused",
    "followup_subject": "share of follow-ups understood as naming what they refer to",
    "standalone_rewritten": "share of self-contained follow-on questions rewritten anyway",
    "verdict_accuracy": "share of checked sentences given the right verdict",
    "verdict_macro_f1": "verdict quality averaged over the three verdicts",
    "fever_score": "share of sentences with the right verdict and the right evidence",
    "false_support": "share of not-supported sentences wrongly called supported",
    "conflict_named": "share of contradicted verdicts that name the conflicting detail",
    **{
        f"precision_{label}": f"share of sentences called {label.replace('_', ' ')} that truly are"
        for label in verdicts.LABELS
    },
    **{f"recall_{label}": f"share of truly {label.replace('_', ' ')} sentences called so" for label in verdicts.LABELS},
}
LOWER_IS_BETTER = frozenset({"false_refusal_rate", "standalone_rewritten", *verdicts.LOWER_IS_BETTER})
# Plotted on every run (when defined for the set), besides the gated metrics.
DEFAULT_PLOTTED = (
    "hit@1",
    "mrr",
    "citation_recall",
    "answer_recall",
    "faithfulness",
    "refusal_recall",
    "false_refusal_rate",
    "verdict_accuracy",
    "fever_score",
    "false_support",
    "conflict_named",
)


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


@dataclass(frozen=True)
class Bar:
    """One metric's bar in report.png: its value (None = undefined) and the gate it is held to, if any."""

    name: str
    value: float | None
    gate: float | None = None
    ceiling: bool = False  # the gate is a --max (value must not exceed it), not a --min floor

    @property
    def lower_is_better(self) -> bool:
        return self.name in LOWER_IS_BETTER

    @property
    def passed(self) -> bool | None:
        """Whether the value is within its gate (None without a gate or a value)."""
        if self.gate is None or self.value is None:
            return None
        return self.value <= self.gate if self.ceiling else self.value >= self.gate

    @property
    def gate_label(self) -> str:
        return "" if self.gate is None else f"{'≤' if self.ceiling else '≥'} {self.gate:g}"

    @property
    def caption(self) -> str:
        better = "lower" if self.lower_is_better else "higher"
        return f"{self.name}: {MEANING.get(self.name, self.name)} ({better} is better)"


def bars(
    values: Mapping[str, float | None],
    floors: Mapping[str, float] | None = None,
    ceilings: Mapping[str, float] | None = None,
    names: Sequence[str] | None = None,
) -> list[Bar]:
    """A `Bar` for each of `names`; by default every gated and every `DEFAULT_PLOTTED` metric that
    `values` defines, in `ALL_METRICS` order. A metric with both a floor and a ceiling shows its floor."""
    floors, ceilings = floors or {}, ceilings or {}
    if names is None:
        wanted = set(DEFAULT_PLOTTED) | set(floors) | set(ceilings)
        names = [n for n in ALL_METRICS if n in wanted and values.get(n) is not None]
    out = []
    for name in names:
        if name in floors:
            out.append(Bar(name, values.get(name), floors[name]))
        elif name in ceilings:
            out.append(Bar(name, values.get(name), ceilings[name], ceiling=True))
        else:
            out.append(Bar(name, values.get(name)))
    return out


_COLOURS = {True: "#7cc68a", False: "#ee8a84", None: "#b4c3d3"}  # within its gate, outside it, no gate


def _bar_panel(ax, panel: Sequence[Bar], title: str, overall: bool) -> None:
    """Bars on a fixed 0..1 axis, each with its value and its gate as a dashed line ("n/a" = undefined).
    The overall panel names each gate under its metric; the smaller per-kind panels only draw it."""
    for x, bar in enumerate(panel):
        if bar.value is None:
            ax.text(x, 0.02, "n/a", ha="center", va="bottom", fontsize=9, color="dimgray")
            continue
        hatch = "//" if bar.passed is False else None
        ax.bar(x, bar.value, 0.7, color=_COLOURS[bar.passed], edgecolor="black", linewidth=0.6, hatch=hatch)
        inside = bar.value >= 0.25
        ax.text(
            x,
            bar.value / 2 if inside else bar.value + 0.02,
            f"{bar.value:.2f}",
            ha="center",
            va="center" if inside else "bottom",
            fontsize=11 if overall else 9,
            fontweight="bold",
            color="#a00000" if bar.passed is False else "black",
            bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.85},
        )
        if bar.gate is not None:
            ax.hlines(bar.gate, x - 0.45, x + 0.45, colors="black", linestyles="--", linewidth=1.8, zorder=3)
    if overall:
        labels = [f"{b.name}\ngate {b.gate_label}" if b.gate is not None else b.name for b in panel]
        ax.set_xticks(range(len(panel)), labels)
    else:
        ax.set_xticks(range(len(panel)), [b.name for b in panel], rotation=40, ha="right", rotation_mode="anchor")
    pad = max(0, (8 if overall else 5) - len(panel)) / 2  # few bars stay narrow, centred
    ax.set_xlim(-0.6 - pad, len(panel) - 0.4 + pad)
    ax.set_ylim(-0.03, 1.03)  # a gate at 0 or 1 stays visible off the frame
    ax.set_yticks([0, 0.2, 0.4, 0.6, 0.8, 1])
    ax.set_ylabel("score (0 to 1)")
    ax.set_title(title)
    ax.grid(axis="y", alpha=0.3)


def _latency_panel(ax, summary, rows: Sequence[dict[str, Any]]) -> None:
    """Histogram of latency; questions slower than 3 x p95 are counted in the last bar (and said so)."""
    latencies = [r["latency_ms"] for r in rows]
    p50, p95 = summary.latency_ms.get("p50"), summary.latency_ms.get("p95")
    top = max(latencies, default=0.0)
    cap = 3 * p95 if p95 and top > 3 * p95 else top
    counts, _, _ = ax.hist(
        [min(v, cap) for v in latencies], bins=20, range=(0, cap or 1), color="#9aa5b1", edgecolor="white"
    )
    if p50 is not None:
        ax.axvline(p50, color="black", linestyle="--", label=f"median (p50): {p50:.0f} ms")
    if p95 is not None:
        ax.axvline(p95, color="black", linestyle=":", label=f"95% answered within (p95): {p95:.0f} ms")
    slow = sum(v > cap for v in latencies)
    if slow:
        ax.plot([], [], " ", label=f"{slow} slower (up to {top:,.0f} ms) counted in the last bar")
    ax.set_ylim(0, max(1, max(counts, default=0)) * 1.6)  # room for the legend above the bars
    ax.set_title("Time to answer")
    ax.set_xlabel("milliseconds per question")
    ax.set_ylabel("questions")
    if latencies:
        ax.legend(fontsize=9, loc="upper right")


def write_plot(
    summary,
    rows: Sequence[dict[str, Any]],
    path: Path,
    floors: Mapping[str, float] | None = None,
    ceilings: Mapping[str, float] | None = None,
) -> None:
    """Save `figure` as report.png (16 inches wide at 100 dpi)."""
    fig = figure(summary, rows, floors, ceilings)
    import matplotlib.pyplot as plt

    fig.savefig(path, dpi=100)
    plt.close(fig)


def figure(
    summary,
    rows: Sequence[dict[str, Any]],
    floors: Mapping[str, float] | None = None,
    ceilings: Mapping[str, float] | None = None,
):
    """The report figure: the overall metrics (gated ones against their gates, see `bars`), the same
    metrics per question kind, a caption saying what each metric means, and the latency histogram."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    overall = bars(summary.metrics, floors, ceilings)
    kinds = list(summary.by_kind)
    undefined = [n for n in [*(floors or {}), *(ceilings or {})] if summary.metrics.get(n) is None]
    caption = [
        "What the bars mean (each score is a share from 0 to 1):",
        *(f"  {b.caption}" for b in overall),
        "Dashed line: the gate a run must meet (a floor when higher is better, a ceiling when lower is better).",
        "Green: within its gate; red, hatched: outside it; blue-grey: no gate. n/a: not defined for these questions.",
        *([f"Gated but not defined for this set (fails its gate): {', '.join(undefined)}."] if undefined else []),
    ]
    cols, kind_rows = 4, -(-len(kinds) // 4)
    heights = [4.8] + [3.0] * kind_rows + [max(3.2, 0.22 * len(caption))]
    with plt.rc_context({"font.size": 10, "axes.titlesize": 12, "axes.labelsize": 10}):
        fig = plt.figure(figsize=(16, sum(heights)), layout="constrained")
        grid = fig.add_gridspec(len(heights), cols, height_ratios=heights)
        title = f"Overall: {summary.questions} questions, answer mode {summary.answer_mode}"
        _bar_panel(fig.add_subplot(grid[0, :]), overall, title, overall=True)
        for i, kind in enumerate(kinds):
            group = summary.by_kind[kind]
            panel = bars(group["metrics"], floors, ceilings, names=[b.name for b in overall])
            ax = fig.add_subplot(grid[1 + i // cols, i % cols])
            _bar_panel(ax, panel, f"{kind} ({group['questions']} questions)", overall=False)
        text = fig.add_subplot(grid[-1, :2])
        text.axis("off")
        text.text(
            0, 1, "\n".join(caption), va="top", ha="left", fontsize=10, linespacing=1.4, transform=text.transAxes
        ).set_in_layout(False)
        _latency_panel(fig.add_subplot(grid[-1, 2:]), summary, rows)
    return fig
