"""report.png: which metrics are drawn against which gate, and a figure a non-specialist can read."""

import itertools

import pytest

from eval import report
from eval.report import ALL_METRICS, DEFAULT_PLOTTED, LOWER_IS_BETTER, MEANING, Bar, bars, figure, write_plot
from eval.runner import summarize

KINDS = ("factoid", "followup", "list", "paraphrase", "why", "offtopic", "unanswerable", "injection")
GATES = {
    "hit@1": 0.82,
    "mrr": 0.88,
    "citation_recall": 0.70,
    "answer_recall": 0.70,
    "faithfulness": 0.99,
    "refusal_recall": 0.95,
    "refusal_precision": 0.90,
}


def _row(i: int, kind: str) -> dict:
    """A scored question row as `eval.runner` writes it: answerable kinds alternate hits and misses."""
    answerable = kind not in ("offtopic", "unanswerable", "injection")
    good = i % 3 != 0
    metrics = dict.fromkeys(report.metrics.QUESTION_METRICS)
    if answerable:
        metrics.update(
            {
                "hit@1": 1.0 if good else 0.0,
                "hit@3": 1.0,
                "hit@5": 1.0,
                "mrr": 1.0 if good else 0.5,
                "ndcg@5": 0.9,
                "answer_f1": 0.4,
                "answer_recall": 0.8 if good else 0.3,
                "citation_precision": 0.6,
                "citation_recall": 1.0 if good else 0.0,
                "faithfulness": 1.0,
            }
        )
    return {
        "id": f"{kind}-{i}",
        "kind": kind,
        "answerable": answerable,
        "refused": (not answerable and good) or (answerable and i == 1),
        "latency_ms": 3000.0 if (kind, i) == ("why", 5) else 40.0 + i * 7,
        "metrics": metrics,
    }


@pytest.fixture(scope="module")
def rows():
    return [_row(i, kind) for kind in KINDS for i in range(6)]


@pytest.fixture(scope="module")
def summary(rows):
    return summarize(rows)


def test_without_gates_the_default_metrics_are_plotted_when_defined(summary):
    plotted = bars(summary.metrics)
    names = [b.name for b in plotted]
    # the question metrics of the default set, none of the claim ones (undefined: no claim row)
    assert names == [
        "hit@1",
        "mrr",
        "answer_recall",
        "citation_recall",
        "faithfulness",
        "refusal_recall",
        "false_refusal_rate",
    ]
    assert all(b.gate is None and b.passed is None for b in plotted)
    assert [b.lower_is_better for b in plotted] == [False] * 6 + [True]


def test_gated_metrics_are_added_with_their_gate_and_judged():
    values = {"hit@1": 0.84, "ndcg@5": 0.5, "false_support": 0.1, "verdict_accuracy": None, "mrr": None}
    plotted = {b.name: b for b in bars(values, {"hit@1": 0.82, "ndcg@5": 0.6}, {"false_support": 0.0})}
    # ndcg@5 is not a default metric but is gated; undefined metrics (mrr, verdict_accuracy) are left out
    assert list(plotted) == ["hit@1", "ndcg@5", "false_support"]
    assert plotted["hit@1"] == Bar("hit@1", 0.84, 0.82, ceiling=False)
    assert plotted["hit@1"].passed is True and plotted["hit@1"].gate_label == "≥ 0.82"
    assert plotted["ndcg@5"].passed is False
    assert plotted["false_support"].ceiling and plotted["false_support"].passed is False
    assert plotted["false_support"].gate_label == "≤ 0"
    assert plotted["false_support"].caption.endswith("(lower is better)")
    assert plotted["hit@1"].caption.startswith("hit@1: the first passage found") and "higher is better" in (
        plotted["hit@1"].caption
    )


@pytest.mark.parametrize(
    ("value", "gate", "ceiling", "passed"),
    [(0.82, 0.82, False, True), (0.81, 0.82, False, False), (0.0, 0.0, True, True), (0.05, 0.0, True, False)],
)
def test_a_gate_is_met_at_its_value(value, gate, ceiling, passed):
    assert Bar("m", value, gate, ceiling).passed is passed


def test_per_kind_bars_keep_the_overall_names_even_when_undefined(summary):
    names = [b.name for b in bars(summary.metrics, GATES)]
    offtopic = bars(summary.by_kind["offtopic"]["metrics"], GATES, names=names)
    assert [b.name for b in offtopic] == names
    assert {b.name for b in offtopic if b.value is not None} == {"refusal_precision", "refusal_recall"}
    assert all(b.passed is None for b in offtopic if b.value is None)


def test_every_metric_is_explained_in_one_short_line():
    assert set(MEANING) == set(ALL_METRICS)
    assert set(DEFAULT_PLOTTED) <= set(ALL_METRICS)
    assert sorted(LOWER_IS_BETTER) == ["false_refusal_rate", "false_support", "standalone_rewritten"]
    for name in ALL_METRICS:
        caption = Bar(name, 0.5).caption
        assert "\n" not in caption and len(caption) <= 105, caption


def _texts(fig):
    from matplotlib.text import Text

    fig.canvas.draw()
    return [t for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip()]


def test_the_figure_has_an_overall_panel_one_per_kind_a_caption_and_a_latency_histogram(summary, rows):
    import matplotlib.pyplot as plt

    fig = figure(summary, rows, GATES, {"false_refusal_rate": 0.05})
    try:
        overall, *kind_panels, caption, latency = fig.axes
        assert overall.get_title().startswith(f"Overall: {summary.questions} questions")
        assert [a.get_title() for a in kind_panels] == [f"{k} (6 questions)" for k in sorted(KINDS)]
        for ax in (overall, *kind_panels):
            low, high = ax.get_ylim()
            assert -0.05 < low <= 0 and 1 <= high < 1.05
            assert list(ax.get_yticks()) == [0, 0.2, 0.4, 0.6, 0.8, 1]
            assert ax.get_ylabel() == "score (0 to 1)"
        ticks = [t.get_text() for t in overall.get_xticklabels()]
        assert ticks[0] == "hit@1\ngate ≥ 0.82" and ticks[-1] == "false_refusal_rate\ngate ≤ 0.05"
        assert len(ticks) == 8
        # the gates are drawn: one dashed line per gated metric at its value
        gate_lines = [seg for c in overall.collections for seg in c.get_segments()]
        assert sorted(round(seg[0][1], 2) for seg in gate_lines) == sorted([*GATES.values(), 0.05])
        text = "\n".join(t.get_text() for t in caption.texts)
        assert "false_refusal_rate: share of answerable questions wrongly refused (lower is better)" in text
        assert "hit@1: the first passage found holds a reference quote (higher is better)" in text
        assert latency.get_xlabel() == "milliseconds per question" and latency.get_ylabel() == "questions"
        legend = [t.get_text() for t in latency.get_legend().get_texts()]
        assert legend[0].startswith("median (p50)") and legend[1].startswith("95% answered within (p95)")
        assert "1 slower (up to 3,000 ms)" in legend[2]  # the outliers are counted, not stretching the axis
        texts = _texts(fig)
        assert min(t.get_fontsize() for t in texts) >= 9
        flat = [t.get_window_extent() for t in texts if t.get_rotation() == 0]
        overlaps = [(a, b) for a, b in itertools.combinations(flat, 2) if a.overlaps(b)]
        assert not overlaps
    finally:
        plt.close(fig)


def test_the_bars_are_coloured_by_their_gate(summary, rows):
    import matplotlib.pyplot as plt

    fig = figure(summary, rows, {"hit@1": 0.99, "mrr": 0.5})
    try:
        patches = {t.get_text(): p for t, p in zip(fig.axes[0].get_xticklabels(), fig.axes[0].patches, strict=True)}
        assert patches["hit@1\ngate ≥ 0.99"].get_hatch() == "//"  # outside its gate
        assert patches["mrr\ngate ≥ 0.5"].get_hatch() is None
        assert patches["hit@1\ngate ≥ 0.99"].get_facecolor() != patches["mrr\ngate ≥ 0.5"].get_facecolor()
        assert patches["faithfulness"].get_facecolor() != patches["mrr\ngate ≥ 0.5"].get_facecolor()
    finally:
        plt.close(fig)


def test_write_plot_saves_a_png(summary, rows, tmp_path):
    from PIL import Image

    path = tmp_path / "report.png"
    write_plot(summary, rows, path, GATES, {"false_refusal_rate": 0.05})
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with Image.open(path) as image:
        width, height = image.size
    assert width == 1600 and height > 1000  # three rows of panels and the caption at 100 dpi


def test_a_claim_set_plots_its_verdict_metrics_against_a_zero_ceiling(tmp_path):
    rows = [
        {
            "id": f"c{i}",
            "kind": "claim",
            "answerable": True,
            "refused": False,
            "latency_ms": 80.0 + i,
            "metrics": {},
            "verdicts": [
                {"gold": g, "predicted": p, "correct": g == p, "fever": g == p, "conflict_named": None}
                for g, p in [("supported", "supported"), ("contradicted", "contradicted"), ("not_found", "supported")]
            ],
        }
        for i in range(4)
    ]
    summary = summarize(rows)
    plotted = {b.name: b for b in bars(summary.metrics, {"verdict_accuracy": 0.8}, {"false_support": 0})}
    assert list(plotted) == ["verdict_accuracy", "fever_score", "false_support"]
    assert plotted["verdict_accuracy"].passed is False  # 2 of 3 right
    assert plotted["false_support"].value == 0.5 and plotted["false_support"].passed is False
    write_plot(summary, rows, tmp_path / "report.png", {"verdict_accuracy": 0.8}, {"false_support": 0})
    assert (tmp_path / "report.png").stat().st_size > 10_000
