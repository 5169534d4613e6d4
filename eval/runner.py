"""Run a question set through the assistant and score it.

    assistant eval [--questions FILE] [--out DIR] [--compare OLD/summary.json] [--min METRIC=VALUE ...]
                   [--export-ragas FILE]

The question file is validated first (every reference quote must occur in an indexed document), so a
bad file fails before anything is scored. Then each question is asked once (with its history) and
`out_dir` gets `results.jsonl` (one line per question: its fields, the answer, the metrics),
`summary.json` (every metric overall and per kind, latency p50/p95), `report.md` and `report.png`.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tqdm import tqdm

from assistant.errors import AssistantError
from eval import metrics, verdicts
from eval.questionset import Question, QuestionSetError, load_questions, normalize_quote

ALL_METRICS = metrics.METRICS + verdicts.CLAIM_METRICS


class EvalError(ValueError):
    """A problem with the evaluation's inputs (gates, a summary to compare with); the message says what."""


@dataclass
class Summary:
    questions: int
    metrics: dict[str, float | None]
    by_kind: dict[str, dict[str, Any]]
    latency_ms: dict[str, float | None]
    questions_file: str = ""
    created: str = ""
    out_dir: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    answer_mode: str = "extractive"
    generation: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "questions_file": self.questions_file,
            "out_dir": self.out_dir,
            "questions": self.questions,
            **self.counts,
            "metrics": self.metrics,
            "latency_ms": self.latency_ms,
            "answer_mode": self.answer_mode,
            "generation": self.generation,
            "by_kind": self.by_kind,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Summary:
        return cls(
            questions=int(data["questions"]),
            metrics=dict(data["metrics"]),
            by_kind=dict(data.get("by_kind", {})),
            latency_ms=dict(data.get("latency_ms", {})),
            questions_file=data.get("questions_file", ""),
            created=data.get("created", ""),
            out_dir=data.get("out_dir", ""),
            counts={k: data[k] for k in ("answerable", "unanswerable") if k in data},
            answer_mode=data.get("answer_mode", "extractive"),
            generation=dict(data.get("generation") or {}),
        )


def indexed_texts(bot) -> list[str]:
    """The cleaned texts of every indexed document (what reference quotes are checked against)."""
    return [bot.store.document_text(r.doc_id) for r in bot.store.documents()]


def run_eval(
    bot,
    questions: Path | Sequence[Question],
    out_dir: Path,
    progress: bool = True,
    llm=None,
    llm_name: str = "",
    floors: dict[str, float] | None = None,
    ceilings: dict[str, float] | None = None,
) -> Summary:
    """Validate, ask every question, score it, and write results.jsonl, summary.json, report.md and
    report.png into `out_dir`. `questions` is a question file (validated against the indexed texts
    before anything is asked; raises `QuestionSetError`) or already-loaded questions. With `llm` (a
    LangChain chat model) the answers are the model's, checked against the passages. `floors` and
    `ceilings` (the --min and --max gates, `parse_floors`) are drawn on report.png."""
    questions_file = ""
    if isinstance(questions, (str, Path)):
        questions_file = str(questions)
        questions = load_questions(Path(questions), documents=indexed_texts(bot))
    chunk_texts = [normalize_quote(c.text) for c in bot.store.chunks()]
    rows = []
    for q in tqdm(questions, desc="eval", unit="q", disable=not progress):
        rows.append(_run_one(bot, q, chunk_texts, llm))
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / "results.jsonl", "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    summary = summarize(rows, questions_file=questions_file, out_dir=str(out_dir), answer_mode=llm_name or "extractive")
    (out_dir / "summary.json").write_text(json.dumps(summary.to_dict(), indent=2) + "\n", encoding="utf-8")
    from eval.report import write_markdown, write_plot

    write_markdown(summary, rows, out_dir / "report.md")
    write_plot(summary, rows, out_dir / "report.png", floors, ceilings)
    return summary


def _said_of_the_documents(answer) -> str:
    """The answer without a verdict or framing said before its quotes ("Supported [1].", "The documents do
    not answer this yes or no; ..."): the verdict metrics judge those; a direct answer ("2016 — ...") stays."""
    lead = answer.lead
    if lead and lead != answer.direct_answer and answer.text.startswith(lead):
        return answer.text[len(lead) :].strip()
    return answer.text


def _run_one(bot, q: Question, chunk_texts: list[str], llm=None) -> dict[str, Any]:
    if q.kind == "claim":
        return _run_claim(bot, q, llm)
    started = time.perf_counter()
    answer = (
        bot.ask(q.user_input, q.history_messages(), llm=llm)
        if llm is not None
        else bot.ask(q.user_input, q.history_messages())
    )
    latency = (time.perf_counter() - started) * 1000
    quotes = [normalize_quote(x) for x in q.reference_contexts]
    n_relevant = sum(any(x and x in c for x in quotes) for c in chunk_texts)
    citations = {c.number: c.quote for c in answer.citations}
    scores = metrics.score_question(
        answerable=q.answerable,
        refused=answer.refused,
        response=_said_of_the_documents(answer),
        reference=q.reference,
        reference_contexts=q.reference_contexts,
        retrieved_texts=[p.text for p in answer.passages],
        citations=citations,
        n_relevant=n_relevant,
    )
    return {
        **q.model_dump(mode="json"),
        "response": answer.text,
        "retrieved_contexts": [p.text for p in answer.passages],
        "retrieved_context_ids": [p.chunk_id for p in answer.passages],
        "citations": [c.model_dump(mode="json") for c in answer.citations],
        "refused": answer.refused,
        "standalone_question": answer.standalone_question,
        "latency_ms": round(latency, 3),
        "notice": answer.notice,
        "generated_sentences": answer.generated_sentences,
        "unsupported_sentences": answer.unsupported_sentences,
        "metrics": scores,
    }


def _run_claim(bot, q: Question, llm=None) -> dict[str, Any]:
    """A claim row: checked as a fact-checker would (`Assistant.check`), or, for `form: chat`, asked in
    the conversation; scored sentence by sentence (`eval.verdicts`)."""
    started = time.perf_counter()
    if getattr(q, "form", "") == "chat":
        answer = bot.ask(q.user_input, q.history_messages(), llm=llm)
        checks = [answer.check] if answer.check is not None else []
        response = answer.text
    else:
        try:
            checks = bot.check(q.user_input, llm=llm).claims
            response = "\n".join(f"{c.verdict.value}: {c.text}" for c in checks)
        except AssistantError as exc:  # the checker found nothing to check: every gold sentence is "missing"
            checks, response = [], str(exc)
    latency = (time.perf_counter() - started) * 1000
    checked = [c.model_dump(mode="json") for c in checks]
    return {
        **q.model_dump(mode="json"),
        "response": response,
        "checks": checked,
        "verdicts": verdicts.score_claim(verdicts.gold_verdicts(q.model_dump()), checked, q.reference_contexts),
        "refused": False,
        "standalone_question": q.user_input,
        "latency_ms": round(latency, 3),
        "notice": None,
        "metrics": {},
    }


def _aggregate(rows: Sequence[dict[str, Any]]) -> dict[str, float | None]:
    """Question metrics over the question rows, verdict metrics over the claim rows."""
    questions = [r for r in rows if r["kind"] != "claim"]
    asked = metrics.aggregate(questions) if questions else dict.fromkeys(metrics.METRICS)
    return {**asked, **verdicts.aggregate([r for r in rows if r["kind"] == "claim"])}


def summarize(
    rows: Sequence[dict[str, Any]], questions_file: str = "", out_dir: str = "", answer_mode: str = "extractive"
) -> Summary:
    by_kind: dict[str, dict[str, Any]] = {}
    for kind in sorted({r["kind"] for r in rows}):
        group = [r for r in rows if r["kind"] == kind]
        by_kind[kind] = {"questions": len(group), "metrics": _aggregate(group), "latency_ms": _latency(group)}
    answerable = sum(bool(r["answerable"]) for r in rows)
    return Summary(
        questions=len(rows),
        metrics=_aggregate(rows),
        by_kind=by_kind,
        latency_ms=_latency(rows),
        questions_file=questions_file,
        out_dir=out_dir,
        created=datetime.now(UTC).isoformat(timespec="seconds"),
        counts={"answerable": answerable, "unanswerable": len(rows) - answerable},
        answer_mode=answer_mode,
        generation=_generation(rows),
    )


def _generation(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """LLM mode: how much of what the model wrote the check removed, and how often it fell back."""
    generated = sum(r.get("generated_sentences") or 0 for r in rows)
    unsupported = sum(r.get("unsupported_sentences") or 0 for r in rows)
    fallbacks = sum("extractive answer instead" in (r.get("notice") or "") for r in rows)
    if not generated and not fallbacks:
        return {}
    return {
        "generated_sentences": generated,
        "unsupported_sentences": unsupported,
        "unsupported_share": unsupported / generated if generated else None,
        "extractive_fallbacks": fallbacks,
    }


def _latency(rows: Sequence[dict[str, Any]]) -> dict[str, float | None]:
    values = [r["latency_ms"] for r in rows]
    return {"p50": metrics.percentile(values, 50), "p95": metrics.percentile(values, 95)}


# -- gates, comparison, export -------------------------------------------------------------
def parse_floors(specs: Sequence[str], flag: str = "--min") -> dict[str, float]:
    """`["hit@1=0.8", ...]` -> {"hit@1": 0.8}; an unknown metric or a bad value is an `EvalError`.
    (`flag` names the option in messages: the same form serves `--max` ceilings.)"""
    floors: dict[str, float] = {}
    for spec in specs:
        name, sep, value = spec.partition("=")
        name = name.strip()
        if not sep:
            raise EvalError(f"{flag} {spec!r}: expected METRIC=VALUE, e.g. hit@1=0.8")
        if name not in ALL_METRICS:
            raise EvalError(f"{flag} {spec!r}: unknown metric {name!r}; one of {', '.join(ALL_METRICS)}")
        try:
            floors[name] = float(value)
        except ValueError:
            raise EvalError(f"{flag} {spec!r}: {value!r} is not a number") from None
    return floors


def check_floors(summary: Summary, floors: dict[str, float], ceilings: dict[str, float] | None = None) -> list[str]:
    """One line per metric below its floor or above its ceiling (an undefined metric fails its gate too)."""
    failures = []
    for name, floor in floors.items():
        value = summary.metrics.get(name)
        if value is None:
            failures.append(f"{name} is undefined for this question set (floor {floor:g})")
        elif value < floor:
            failures.append(f"{name} = {value:.3f} < {floor:g}")
    for name, ceiling in (ceilings or {}).items():
        value = summary.metrics.get(name)
        if value is None:
            failures.append(f"{name} is undefined for this question set (ceiling {ceiling:g})")
        elif value > ceiling:
            failures.append(f"{name} = {value:.3f} > {ceiling:g}")
    return failures


def load_summary(path: Path) -> Summary:
    path = Path(path)
    try:
        return Summary.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError(f"{path}: cannot read the summary to compare with ({exc})") from exc
    except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise EvalError(f"{path}: not a summary.json written by `assistant eval` ({exc})") from exc


def compare(old_summary_path: Path | Summary, new_summary: Summary) -> str:
    """The old and new summaries side by side (overall metrics, latency, per-kind answer F1 and
    hit@5), each with new - old; also printed."""
    old = old_summary_path if isinstance(old_summary_path, Summary) else load_summary(old_summary_path)
    lines = [f"{'metric':28}{'old':>9}{'new':>9}{'delta':>9}"]

    def row(label: str, a: float | None, b: float | None, digits: int = 3) -> None:
        delta = f"{b - a:+9.{digits}f}" if a is not None and b is not None else f"{'-':>9}"
        lines.append(f"{label:28}{_fmt(a, digits):>9}{_fmt(b, digits):>9}{delta}")

    for name in ALL_METRICS:
        if old.metrics.get(name) is not None or new_summary.metrics.get(name) is not None:
            row(name, old.metrics.get(name), new_summary.metrics.get(name))
    for p in ("p50", "p95"):
        row(f"latency {p} ms", old.latency_ms.get(p), new_summary.latency_ms.get(p), 1)
    for kind in sorted(set(old.by_kind) | set(new_summary.by_kind)):
        for name in ("hit@5", "answer_f1", "refusal_recall"):
            a = old.by_kind.get(kind, {}).get("metrics", {}).get(name)
            b = new_summary.by_kind.get(kind, {}).get("metrics", {}).get(name)
            if a is not None or b is not None:
                row(f"{kind}: {name}", a, b)
    text = "\n".join(lines)
    print(text)
    return text


def export_ragas(results: Path | Sequence[dict[str, Any]], path: Path) -> int:
    """Write the results with ragas' field names (user_input, retrieved_contexts, response,
    reference, reference_contexts), one JSON object a line, as `ragas.EvaluationDataset.from_jsonl`
    reads them. `user_input` is the standalone question the assistant answered (a follow-up's
    history is folded into it), so each line stands alone as a single-turn sample. Returns the
    number of lines."""
    if isinstance(results, (str, Path)):
        results = [json.loads(line) for line in Path(results).read_text(encoding="utf-8").splitlines() if line.strip()]
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for r in results:
            f.write(
                json.dumps(
                    {
                        "user_input": r.get("standalone_question") or r["user_input"],
                        "retrieved_contexts": list(r["retrieved_contexts"]),
                        "response": r["response"],
                        "reference": r.get("reference", ""),
                        "reference_contexts": list(r.get("reference_contexts", [])),
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    return len(results)


def _fmt(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


__all__ = [
    "EvalError",
    "QuestionSetError",
    "Summary",
    "check_floors",
    "compare",
    "export_ragas",
    "load_summary",
    "parse_floors",
    "run_eval",
    "summarize",
]
