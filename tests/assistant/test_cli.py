"""The `assistant ask` and `assistant chat` commands, in-process on a real index."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from assistant.cli import app
from assistant.settings import Settings
from tests.conftest import CHAPTER, index_chapter
from tests.knowledge.helpers import run_cli


@pytest.fixture(scope="module")
def indexed(tmp_path_factory) -> Settings:
    return index_chapter(tmp_path_factory, "cli")


def test_ask_prints_the_answer_then_each_cited_sentence_with_its_place(indexed, monkeypatch):
    code, out, err = run_cli(
        indexed, "ask", "Which issues has migration been incorporated into?", monkeypatch=monkeypatch
    )
    assert code == 0, err
    answer, sources = out.split("\nSources:\n")
    assert "[1]" in answer
    assert "climate change" in sources and CHAPTER.name in sources and "KEY POINTS" in sources


def test_ask_json_prints_the_answer_model(indexed, monkeypatch):
    code, out, _ = run_cli(indexed, "ask", "--json", "What does mini-multilateralism provide?", monkeypatch=monkeypatch)
    assert code == 0
    data = json.loads(out)
    assert data["refused"] is False and data["citations"][0]["quote"] in out
    assert set(data) >= {"text", "citations", "passages", "refused", "standalone_question", "timings"}


def test_ask_refusal_lists_closest_passages_not_citations(indexed, monkeypatch):
    code, out, _ = run_cli(indexed, "ask", "What is a good recipe for pancakes?", monkeypatch=monkeypatch)
    assert code == 0
    assert out.startswith("The indexed documents don't say") and "Closest passages" in out and "Sources:" not in out


@pytest.mark.parametrize(
    ("args", "words"),
    [(["ask", "   "], "the question is empty"), (["ask", "What is IOM?"], "no documents are indexed yet")],
)
def test_ask_errors_are_one_line_and_exit_1(tmp_path, monkeypatch, args, words):
    code, _out, err = run_cli(Settings(data_dir=tmp_path / "empty"), *args, monkeypatch=monkeypatch)
    assert code == 1
    [line] = err.strip().splitlines()
    assert line.startswith("error:") and words in line


def test_chat_keeps_the_conversation_for_follow_ups(indexed, monkeypatch):
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(indexed.data_dir))
    monkeypatch.delenv("ASSISTANT_CHROMA_URL", raising=False)
    turns = "What did the New York Declaration on Refugees and Migrants start?\nWhen was it adopted?\n\n"
    result = CliRunner().invoke(app, ["chat"], input=turns)
    assert result.exit_code == 0, result.stderr
    assert "(understood as: When was the New York Declaration on Refugees and Migrants adopted?)" in result.stdout
    assert result.stdout.count("Sources:") == 2


# -- assistant check -------------------------------------------------------------------------------
def test_check_prints_each_verdict_with_the_conflict_and_the_quote(indexed, monkeypatch):
    code, out, err = run_cli(
        indexed,
        "check",
        "The New York Declaration was adopted by the UN Security Council in 2018.",
        monkeypatch=monkeypatch,
    )
    assert code == 0, err
    assert out.startswith("CONTRADICTED")
    assert "conflict (year): claim '2018', source '2016'" in out
    assert "conflict (name)" in out and CHAPTER.name in out


def test_check_file_strict_exits_1_on_a_contradiction_and_json_lists_every_sentence(indexed, monkeypatch, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(
        "# Draft\n\nThe New York Declaration on Refugees and Migrants was adopted in 2016.\n"
        "Efforts are ongoing to advance three global compacts.\n",
        encoding="utf-8",
    )
    code, out, _ = run_cli(indexed, "check", "--file", str(draft), "--strict", monkeypatch=monkeypatch)
    assert code == 1 and "1 supported, 1 contradicted" in out
    code, out, _ = run_cli(indexed, "check", "--file", str(draft), "--json", monkeypatch=monkeypatch)
    assert code == 0
    report = json.loads(out)
    assert [c["verdict"] for c in report["claims"]] == ["supported", "contradicted"]
    assert [report["text"][c["start"] : c["end"]] for c in report["claims"]] == [c["text"] for c in report["claims"]]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["check", "  "], "nothing to check"),
        (["check", "--file", "/nonexistent/draft.md"], "no such file"),
        (["check"], "give a claim or --file"),
    ],
)
def test_check_errors_are_one_line_and_exit_1(indexed, monkeypatch, args, words):
    code, _out, err = run_cli(indexed, *args, monkeypatch=monkeypatch)
    assert code == 1
    [line] = err.strip().splitlines()
    assert line.startswith("error:") and words in line


def test_check_of_a_file_that_is_not_text_is_one_line_error(indexed, monkeypatch, tmp_path):
    binary = tmp_path / "draft.md"
    binary.write_bytes(b"\xff\xfe\x00\x81 not utf-8")
    code, _out, err = run_cli(indexed, "check", "--file", str(binary), monkeypatch=monkeypatch)
    assert code == 1 and "cannot read it as UTF-8 text" in err.strip()


@pytest.mark.reliability
@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
@given(question=st.text(max_size=120) | st.text(min_size=2001, max_size=2100), k=st.integers(-2, 60))
def test_any_question_on_the_command_line_is_an_answer_or_one_error_line(indexed, monkeypatch, question, k, faults):
    if "\x00" in question or any(0xD800 <= ord(c) <= 0xDFFF for c in question):
        question = question.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")  # argv cannot hold them
    code, out, err = run_cli(indexed, "ask", "--k", str(k), "--", question, monkeypatch=monkeypatch)
    assert code in (0, 1, 2), (code, err)
    if code:
        assert len(err.strip().splitlines()) <= 12 and "Traceback" not in err, err  # typer's usage box at most
    else:
        assert out.strip()
    faults("fuzzed question and k on the command line")


@pytest.mark.slow
def test_the_console_command_prints_everything_and_keeps_its_exit_code(indexed):
    """The installed `assistant` ends a one-off answer or check without Python's teardown: the piped output
    is whole and the exit code is the command's."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    command = str(Path(sys.executable).parent / "assistant")
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(indexed.data_dir)}
    run = lambda *args: subprocess.run([command, *args], capture_output=True, text=True, env=env, timeout=300)  # noqa: E731
    asked = run("ask", "Which issues has migration been incorporated into?")
    assert asked.returncode == 0, asked.stderr
    assert "\nSources:\n" in asked.stdout and "climate change" in asked.stdout
    assert CHAPTER.name in asked.stdout.rstrip().splitlines()[-1]  # the last source's place, not cut off
    checked = run("check", "--strict", "Efforts are ongoing to advance three global compacts.")
    assert checked.returncode == 1 and checked.stdout.rstrip().endswith("1 contradicted, 0 not found")
    refused = run("ask", "   ")
    assert refused.returncode == 1 and refused.stderr.startswith("error:")


def test_rebuild_of_an_empty_index_indexes_the_bundled_chapter_and_of_a_full_one_keeps_its_documents(
    tmp_path, monkeypatch
):
    settings = Settings(data_dir=tmp_path / "fresh")
    code, out, err = run_cli(settings, "index", "--rebuild", "--no-progress", monkeypatch=monkeypatch)
    assert code == 0, err
    assert out.strip().startswith("indexed 1,")
    code, out, _ = run_cli(settings, "sources", monkeypatch=monkeypatch)
    assert CHAPTER.name in out
    code, out, err = run_cli(settings, "index", "--rebuild", "--no-progress", monkeypatch=monkeypatch)
    assert code == 0 and out.strip().startswith("indexed 1,"), err
