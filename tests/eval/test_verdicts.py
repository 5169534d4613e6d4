"""Fact-checking metrics on hand-made outcomes: accuracy, macro-F1, FEVER score, false support."""

from __future__ import annotations

import pytest

from eval.verdicts import aggregate, score_claim

pytestmark = pytest.mark.fast

QUOTE = "The declaration was adopted in 2016."


def check(verdict: str, quote: str = QUOTE, conflicts: int = 0) -> dict:
    return {
        "verdict": verdict,
        "citations": [{"quote": quote}] if quote else [],
        "conflicts": [{"kind": "year"}] * conflicts,
    }


def test_every_sentence_counts_once_and_a_skipped_one_is_wrong():
    outcomes = score_claim(
        ["supported", "contradicted", "not_found"], [check("supported"), check("contradicted", conflicts=1)], [QUOTE]
    )
    assert [o["predicted"] for o in outcomes] == ["supported", "contradicted", "missing"]
    assert [o["correct"] for o in outcomes] == [True, True, False]


def test_fever_needs_the_right_verdict_and_a_gold_quote():
    [right] = score_claim(["supported"], [check("supported")], [QUOTE])
    [wrong_quote] = score_claim(["supported"], [check("supported", quote="Another sentence.")], [QUOTE])
    [unfounded] = score_claim(["not_found"], [check("not_found", quote="")], [])
    assert right["fever"] and not wrong_quote["fever"] and wrong_quote["correct"] and unfounded["fever"]


def test_aggregate_counts_false_support_macro_f1_and_named_conflicts():
    rows = [
        {"verdicts": score_claim(["supported"], [check("supported")], [QUOTE])},
        {"verdicts": score_claim(["contradicted"], [check("supported")], [QUOTE])},  # a false support
        {"verdicts": score_claim(["contradicted"], [check("contradicted", conflicts=1)], [QUOTE])},
        {"verdicts": score_claim(["not_found"], [check("not_found", quote="")], [])},
    ]
    m = aggregate(rows)
    assert m["verdict_accuracy"] == 0.75
    assert m["false_support"] == pytest.approx(1 / 3)
    assert m["precision_supported"] == 0.5 and m["recall_contradicted"] == 0.5
    assert m["conflict_named"] == 1.0
    f1_supported, f1_contradicted, f1_not_found = 2 * 0.5 * 1 / 1.5, 2 * 1 * 0.5 / 1.5, 1.0
    assert m["verdict_macro_f1"] == pytest.approx((f1_supported + f1_contradicted + f1_not_found) / 3)


def test_no_claim_rows_leave_every_metric_undefined():
    assert set(aggregate([]).values()) == {None}
