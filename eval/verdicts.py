"""Fact-checking metrics: claim rows (`kind: claim`) scored sentence by sentence against their gold verdicts.

A claim row's `verdict` is one label, or a list (one per check-worthy sentence of a paragraph). Each
checked sentence counts once:
- verdict accuracy, macro-F1 over the three labels, precision and recall per label;
- the FEVER score: the right verdict and, for supported and contradicted, a gold quote among its evidence
  (Thorne et al. 2018's strict score);
- false support: of the sentences that are not supported (contradicted or not in the documents), the share
  called supported, the worst error (gate it at 0);
- conflict named: of the sentences called contradicted, the share whose verdict names the conflicting detail.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from eval.questionset import normalize_quote

LABELS = ("supported", "contradicted", "not_found")
CLAIM_METRICS = (
    "verdict_accuracy",
    "verdict_macro_f1",
    "fever_score",
    "false_support",
    "conflict_named",
    *(f"{kind}_{label}" for label in LABELS for kind in ("precision", "recall")),
)
LOWER_IS_BETTER = frozenset(["false_support"])


def gold_verdicts(row: dict[str, Any]) -> list[str]:
    gold = row.get("verdict")
    return list(gold) if isinstance(gold, list) else [gold] if gold else []


def score_claim(gold: Sequence[str], checked: Sequence[dict[str, Any]], quotes: Sequence[str]) -> list[dict[str, Any]]:
    """One outcome per gold sentence: `checked` are the claim checks (as dicts: verdict, citations,
    conflicts) in order; a sentence the checker skipped counts as "missing", which is always wrong."""
    gold_quotes = [normalize_quote(q) for q in quotes]
    outcomes = []
    for i, label in enumerate(gold):
        check = checked[i] if i < len(checked) else None
        predicted = check["verdict"] if check else "missing"
        evidence = [normalize_quote(c["quote"]) for c in check["citations"]] if check else []
        found = any(g in e or e in g for g in gold_quotes for e in evidence)
        outcomes.append(
            {
                "gold": label,
                "predicted": predicted,
                "correct": predicted == label,
                "fever": predicted == label and (label == "not_found" or found),
                "conflict_named": bool(check and check["conflicts"]) if predicted == "contradicted" else None,
            }
        )
    return outcomes


def aggregate(rows: Sequence[dict[str, Any]]) -> dict[str, float | None]:
    """Every `CLAIM_METRICS` value over the sentence outcomes of `rows` (claim rows with "verdicts")."""
    outcomes = [o for r in rows for o in r.get("verdicts", [])]
    out: dict[str, float | None] = dict.fromkeys(CLAIM_METRICS)
    if not outcomes:
        return out
    out["verdict_accuracy"] = sum(o["correct"] for o in outcomes) / len(outcomes)
    out["fever_score"] = sum(o["fever"] for o in outcomes) / len(outcomes)
    f1s = []
    for label in LABELS:
        called = [o for o in outcomes if o["predicted"] == label]
        actual = [o for o in outcomes if o["gold"] == label]
        precision = sum(o["correct"] for o in called) / len(called) if called else None
        recall = sum(o["correct"] for o in actual) / len(actual) if actual else None
        out[f"precision_{label}"], out[f"recall_{label}"] = precision, recall
        if actual:
            p, r = precision or 0.0, recall or 0.0
            f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    out["verdict_macro_f1"] = sum(f1s) / len(f1s) if f1s else None
    unsupported = [o for o in outcomes if o["gold"] != "supported"]
    out["false_support"] = (
        sum(o["predicted"] == "supported" for o in unsupported) / len(unsupported) if unsupported else None
    )
    named = [o["conflict_named"] for o in outcomes if o["conflict_named"] is not None]
    out["conflict_named"] = sum(named) / len(named) if named else None
    return out
