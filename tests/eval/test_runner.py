"""`assistant eval`, in-process on a real index of the bundled chapter, with a small question file."""

import json

import pytest

from assistant.settings import Settings
from assistant.types import Answer
from eval.runner import _said_of_the_documents, export_ragas
from tests.conftest import CHAPTER, index_chapter
from tests.knowledge.helpers import run_cli

DECLARATION = (
    "Most notable are the adoption of the 2016 New York Declaration on Refugees and Migrants at the UN "
    "General Assembly and ongoing efforts to advance two global compacts."
)
DUTIES = (
    "Underpinning each of these areas is the international human rights regime, which imposes duties on States "
    "to respect, protect, and fulfil the human rights of all persons, including migrants."
)
QUESTIONS = [
    {
        "id": "a1",
        "user_input": "What did the UN General Assembly adopt in 2016 concerning refugees and migrants?",
        "reference": "The New York Declaration on Refugees and Migrants.",
        "reference_contexts": [DECLARATION],
        "kind": "factoid",
    },
    {
        "id": "a2",
        "user_input": "What duties does the international human rights regime impose on States?",
        "reference": "Duties to respect, protect and fulfil the human rights of all persons, including migrants.",
        "reference_contexts": [DUTIES],
        "kind": "factoid",
        "owner": "ops-team",
    },
    {
        "id": "f1",
        "user_input": "When was it adopted?",
        "reference": "In 2016.",
        "reference_contexts": [DECLARATION],
        "kind": "followup",
        "history": [
            {"role": "user", "content": "What did the New York Declaration on Refugees and Migrants start?"},
            {"role": "assistant", "content": "It started efforts towards two global compacts."},
        ],
    },
    {"id": "u1", "user_input": "What is a good recipe for pancakes?", "answerable": False, "kind": "offtopic"},
    {
        "id": "u2",
        "user_input": "How many migrants live in Antarctica according to the chapter?",
        "answerable": False,
        "kind": "unanswerable",
    },
]
RESULT_FIELDS = {
    "id",
    "user_input",
    "reference",
    "reference_contexts",
    "answerable",
    "history",
    "kind",
    "response",
    "retrieved_contexts",
    "retrieved_context_ids",
    "citations",
    "refused",
    "standalone_question",
    "latency_ms",
    "metrics",
}
RAGAS_FIELDS = {"user_input", "retrieved_contexts", "response", "reference", "reference_contexts"}


@pytest.fixture(scope="module")
def indexed(tmp_path_factory) -> Settings:
    return index_chapter(tmp_path_factory, "eval")


def _eval(settings, *args, monkeypatch=None):
    if monkeypatch is not None:
        return run_cli(settings, "eval", "--no-progress", *map(str, args), monkeypatch=monkeypatch)
    with pytest.MonkeyPatch.context() as mp:
        return run_cli(settings, "eval", "--no-progress", *map(str, args), monkeypatch=mp)


def _write(path, rows):
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def run(indexed, tmp_path_factory):
    base = tmp_path_factory.mktemp("run")
    questions = _write(base / "questions.jsonl", QUESTIONS)
    out = base / "out"
    code, stdout, stderr = _eval(
        indexed, "--questions", questions, "--out", out, "--export-ragas", base / "ragas.jsonl"
    )
    assert code == 0, stderr
    return out, stdout, base


def test_eval_writes_every_output(run):
    out, stdout, _ = run
    assert {p.name for p in out.iterdir()} >= {"results.jsonl", "summary.json", "report.md", "report.png"}
    assert "5 questions" in stdout and "hit@1" in stdout
    assert (out / "report.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    report = (out / "report.md").read_text()
    assert "| hit@1 |" in report and "## Worst questions" in report


def test_results_carry_the_question_the_answer_and_unknown_fields(run):
    out, _, _ = run
    rows = {r["id"]: r for r in map(json.loads, (out / "results.jsonl").read_text().splitlines())}
    assert list(rows) == ["a1", "a2", "f1", "u1", "u2"]
    for row in rows.values():
        assert set(row) >= RESULT_FIELDS
        assert len(row["retrieved_contexts"]) == len(row["retrieved_context_ids"]) > 0
        assert row["latency_ms"] > 0
    assert rows["a2"]["owner"] == "ops-team"
    a1 = rows["a1"]
    assert a1["refused"] is False and a1["citations"] and "[1]" in a1["response"]
    assert a1["metrics"]["hit@5"] == 1.0 and a1["metrics"]["faithfulness"] == 1.0
    assert "New York Declaration" in rows["f1"]["standalone_question"]
    assert rows["u1"]["refused"] is True and rows["u1"]["citations"] == []
    assert all(v is None for v in rows["u1"]["metrics"].values())


def test_summary_has_every_metric_overall_and_per_kind(run):
    out, _, _ = run
    summary = json.loads((out / "summary.json").read_text())
    assert summary["questions"] == 5 and summary["answerable"] == 3
    assert set(summary["by_kind"]) == {"factoid", "followup", "offtopic", "unanswerable"}
    for group in [summary, *summary["by_kind"].values()]:
        assert {
            "hit@1",
            "hit@3",
            "hit@5",
            "mrr",
            "ndcg@5",
            "answer_f1",
            "answer_recall",
            "citation_precision",
            "citation_recall",
            "faithfulness",
            "refusal_precision",
            "refusal_recall",
            "false_refusal_rate",
        } <= set(group["metrics"])
    assert summary["by_kind"]["factoid"]["questions"] == 2
    assert summary["by_kind"]["factoid"]["metrics"]["hit@5"] == 1.0
    assert summary["by_kind"]["offtopic"]["metrics"]["hit@1"] is None
    assert summary["by_kind"]["offtopic"]["metrics"]["refusal_recall"] == 1.0
    assert summary["metrics"]["false_refusal_rate"] == 0.0
    assert 0 < summary["latency_ms"]["p50"] <= summary["latency_ms"]["p95"]


def test_export_ragas_writes_ragas_field_names(run):
    out, _, base = run
    lines = [json.loads(x) for x in (base / "ragas.jsonl").read_text().splitlines()]
    assert len(lines) == 5 and all(set(x) == RAGAS_FIELDS for x in lines)
    assert isinstance(lines[0]["user_input"], str) and isinstance(lines[0]["retrieved_contexts"], list)
    assert lines[0]["reference_contexts"] == [DECLARATION]
    # the same from a results file, as a library call
    assert export_ragas(out / "results.jsonl", base / "again.jsonl") == 5
    assert (base / "again.jsonl").read_text() == (base / "ragas.jsonl").read_text()


def test_floors_fail_naming_each_metric_and_compare_prints_deltas(indexed, run, tmp_path, monkeypatch):
    out, _, base = run
    code, stdout, stderr = _eval(
        indexed,
        "--questions",
        base / "questions.jsonl",
        "--out",
        tmp_path / "again",
        "--compare",
        out / "summary.json",
        "--min",
        "hit@1=1.01",
        "--min",
        "false_refusal_rate=0",
        monkeypatch=monkeypatch,
    )
    assert code == 1
    [line] = stderr.strip().splitlines()
    assert line.startswith("error:") and "hit@1" in line and "false_refusal_rate" not in line
    assert "compared with" in stdout and "delta" in stdout
    hit_row = next(x for x in stdout.splitlines() if x.startswith("hit@1 "))
    assert len(hit_row.split()) == 4 and hit_row.split()[-1].startswith(("+", "-"))


def test_unknown_floor_metric_is_an_error_before_scoring(indexed, tmp_path, monkeypatch):
    code, _, stderr = _eval(indexed, "--out", tmp_path / "o", "--min", "accuracy=0.5", monkeypatch=monkeypatch)
    assert code == 1 and "unknown metric 'accuracy'" in stderr and not (tmp_path / "o").exists()


@pytest.mark.parametrize(
    ("rows", "line", "words"),
    [
        ([QUESTIONS[0], "{not json"], 2, "not valid JSON"),
        ([QUESTIONS[0], QUESTIONS[1], {"id": "x", "reference": "r"}], 3, "user_input"),
        (
            [{**QUESTIONS[0], "reference_contexts": ["Migrants have settled on the Moon since 1990."]}],
            1,
            "reference quote not found",
        ),
    ],
    ids=["bad-json", "missing-user_input", "quote-in-no-document"],
)
def test_malformed_question_file_is_one_error_line_and_nothing_is_scored(
    indexed, tmp_path, monkeypatch, rows, line, words
):
    questions = _write(tmp_path / "bad.jsonl", rows)
    code, stdout, stderr = _eval(indexed, "--questions", questions, "--out", tmp_path / "out", monkeypatch=monkeypatch)
    assert code == 1
    [message] = stderr.strip().splitlines()
    assert message.startswith("error:") and f"{questions}:{line}" in message and words in message
    assert not (tmp_path / "out").exists() and "questions;" not in stdout


def test_claim_rows_are_checked_and_scored_by_verdict(indexed, tmp_path):
    claims = _write(
        tmp_path / "claims.jsonl",
        [
            {
                "id": "c1",
                "user_input": "The New York Declaration on Refugees and Migrants was adopted in 2015.",
                "kind": "claim",
                "verdict": "contradicted",
                "reference_contexts": ["Declaration on Refugees and Migrants at the UN"],
            },
            {
                "id": "c2",
                "user_input": "Is it true that the New York Declaration was adopted in 2016?",
                "kind": "claim",
                "form": "chat",
                "verdict": "supported",
                "reference_contexts": ["Declaration on Refugees and Migrants at the UN"],
            },
            {
                "id": "c3",
                "user_input": "IOM joined the UN in 2017. The Nansen Initiative was launched in 2012.",
                "kind": "claim",
                "verdict": ["not_found", "not_found"],
                "answerable": False,
            },
        ],
    )
    code, _stdout, stderr = _eval(
        indexed,
        "--questions",
        claims,
        "--out",
        tmp_path / "out",
        "--min",
        "verdict_accuracy=1",
        "--max",
        "false_support=0",
    )
    assert code == 0, stderr
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["metrics"]["fever_score"] == 1.0 and summary["metrics"]["hit@1"] is None
    rows = [json.loads(line) for line in (tmp_path / "out" / "results.jsonl").read_text().splitlines()]
    assert [len(r["verdicts"]) for r in rows] == [1, 1, 2]
    assert rows[0]["checks"][0]["conflicts"][0]["kind"] == "year"
    code, _, stderr = _eval(
        indexed, "--questions", claims, "--out", tmp_path / "again", "--max", "verdict_accuracy=0.5"
    )
    assert code == 1 and "verdict_accuracy = 1.000 > 0.5" in stderr


def test_a_claim_row_with_nothing_to_check_is_scored_missing_and_the_run_goes_on(indexed, tmp_path):
    claims = _write(
        tmp_path / "claims.jsonl",
        [
            {"id": "c1", "user_input": "Which organisation joined?", "kind": "claim", "verdict": "supported"},
            {
                "id": "c2",
                "user_input": "The New York Declaration on Refugees and Migrants was adopted in 2015.",
                "kind": "claim",
                "verdict": "contradicted",
                "reference_contexts": ["Declaration on Refugees and Migrants at the UN"],
            },
        ],
    )
    code, _stdout, stderr = _eval(indexed, "--questions", claims, "--out", tmp_path / "out")
    assert code == 0, stderr
    rows = [json.loads(line) for line in (tmp_path / "out" / "results.jsonl").read_text().splitlines()]
    assert rows[0]["verdicts"][0]["predicted"] == "missing" and "nothing to check" in rows[0]["response"]
    assert rows[1]["verdicts"][0]["predicted"] == "contradicted"


@pytest.mark.parametrize("name", ["chapter.jsonl", "heldout.jsonl", "claims.jsonl"])
def test_shipped_question_sets_quote_the_bundled_chapter_verbatim(name):
    from eval.questionset import CLAIMS, HELDOUT, SHIPPED, load_questions
    from knowledge.embeddings import vocabulary_file
    from knowledge.loaders import english_words, load_document

    path = {SHIPPED.name: SHIPPED, HELDOUT.name: HELDOUT, CLAIMS.name: CLAIMS}[name]
    chapter = load_document(CHAPTER, max_bytes=10_000_000, known_words=english_words(vocabulary_file()))
    questions = load_questions(path, documents=[chapter.text])  # raises on a quote found nowhere
    answerable = [q for q in questions if q.answerable]
    assert answerable and len(answerable) < len(questions)
    assert all(q.reference_contexts for q in answerable)
    assert len({q.id for q in questions}) == len(questions)


def test_the_upload_claim_set_quotes_its_brief_verbatim():
    from eval.questionset import CLAIMS_UPLOAD, DOCUMENTS, load_questions
    from knowledge.embeddings import vocabulary_file
    from knowledge.loaders import english_words, load_document

    [brief] = list(DOCUMENTS.iterdir())
    document = load_document(brief, max_bytes=10_000_000, known_words=english_words(vocabulary_file()))
    claims = load_questions(CLAIMS_UPLOAD, documents=[document.text])  # raises on a quote found nowhere
    assert all(q.kind == "claim" and q.document == brief.name for q in claims)
    verdicts = [v for q in claims for v in (q.verdict if isinstance(q.verdict, list) else [q.verdict])]
    assert {v: verdicts.count(v) for v in set(verdicts)} == {"supported": 7, "contradicted": 7, "not_found": 7}


@pytest.mark.fast
@pytest.mark.parametrize(
    ("lead", "direct", "scored"),
    [
        ("Supported [1].", None, "Quote. [1]"),
        ("The documents do not answer this yes or no; what they say about it:", None, "Quote. [1]"),
        ("2016", "2016", "2016 — Quote. [1]"),  # a direct answer is a claim about the documents: it is scored
    ],
)
def test_faithfulness_reads_what_the_answer_says_of_the_documents_not_its_verdict(lead, direct, scored):
    text = f"{lead} — Quote. [1]" if direct else f"{lead}\n\nQuote. [1]"
    answer = Answer(question="q", text=text, lead=lead, direct_answer=direct, standalone_question="q")
    assert _said_of_the_documents(answer) == scored
