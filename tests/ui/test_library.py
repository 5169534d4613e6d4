"""What the browser app does with uploaded files and votes: safe names, refused files, feedback lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.settings import Settings
from assistant.types import Answer, Citation, Passage
from eval.questionset import load_questions
from knowledge.errors import DocumentError
from ui.library import add_comment, record_feedback, safe_name, save_uploads


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("report.pdf", "report.pdf"),
        ("../../etc/passwd.txt", "passwd.txt"),
        ("..\\..\\x.md", "x.md"),
        ("C:\\Users\\me\\Documents\\notes.docx", "notes.docx"),
        ("/etc/cron.d/job.html", "job.html"),
        ("uploads/../../../secret.htm", "secret.htm"),
        ("rep<o>rt?|*.txt", "rep_o_rt_.txt"),
        ("a\x00b;rm -rf ~.md", "a_b_rm -rf _.md"),
        ("résumé 2018 (final).PDF", "résumé 2018 _final_.pdf"),
        ("日本.txt", "日本.txt"),
        ("line\nbreak\t.md", "line_break_.md"),
        (".hidden.md", "hidden.md"),
        ("...bashrc.txt", "bashrc.txt"),
        ("  spaced name.txt  ", "spaced name.txt"),
        ("trailing.txt.", "trailing.txt"),
        ("..", "upload"),
        ("", "upload"),
        ("<>.md", "_.md"),
    ],
)
def test_safe_name_strips_directories_traversal_and_odd_characters(name, expected):
    assert safe_name(name) == expected


@pytest.mark.parametrize(
    "name",
    ["../../etc/passwd.txt", "..\\..\\x.md", "./../.ssh/authorized_keys.txt", "....//....//x.pdf", ".\\.\\..\\y.docx"],
)
def test_safe_name_never_leaves_the_upload_folder(tmp_path, name):
    cleaned = safe_name(name)
    assert "/" not in cleaned and "\\" not in cleaned and not cleaned.startswith(".")
    assert (tmp_path / cleaned).resolve().parent == tmp_path.resolve()
    assert Path(cleaned).suffix == Path(name.replace("\\", "/")).suffix


def test_safe_name_keeps_the_suffix_of_a_very_long_name():
    cleaned = safe_name("x" * 300 + ".docx")
    assert cleaned == "x" * 100 + ".docx"


class Upload(str):
    """An uploaded temp file as Gradio may pass it: a path plus the name the browser sent."""

    orig_name: str


def upload(path: Path, orig_name: str) -> Upload:
    value = Upload(path)
    value.orig_name = orig_name
    return value


def test_save_uploads_copies_good_files_under_data_dir_uploads(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    text = incoming / "notes.txt"
    text.write_text("The Zanzibar Accord was signed in 2031.\n", encoding="utf-8")
    markdown = incoming / "Guide.MD"
    markdown.write_text("# Guide\n\nSome text.\n", encoding="utf-8")

    saved, refused = save_uploads(settings, [text, str(markdown)])

    folder = settings.data_dir / "uploads"
    assert refused == []
    assert saved == [folder / "notes.txt", folder / "Guide.md"]
    assert [p.read_bytes() for p in saved] == [text.read_bytes(), markdown.read_bytes()]
    assert text.exists() and markdown.exists()  # copied, not moved


def test_uploads_whose_names_clean_to_one_name_keep_both(tmp_path):
    """Two different files never replace each other, whatever their names become; the same file sent
    twice keeps its one name (indexing then finds it unchanged)."""
    settings = Settings(data_dir=tmp_path / "data")
    first, second = tmp_path / "a", tmp_path / "b"
    first.write_text("The first document says one thing.\n", encoding="utf-8")
    second.write_text("The second document says another.\n", encoding="utf-8")

    saved, refused = save_uploads(settings, [upload(first, "notes?.txt"), upload(second, "notes*.txt")])
    again, _ = save_uploads(settings, [upload(first, "notes?.txt")])

    folder = settings.data_dir / "uploads"
    assert refused == [] and saved == [folder / "notes_.txt", folder / "notes_-2.txt"]
    assert [p.read_bytes() for p in saved] == [first.read_bytes(), second.read_bytes()]
    assert again == [folder / "notes_.txt"]


def test_the_same_content_under_a_new_name_is_reported_as_a_duplicate(tmp_path):
    from assistant.knowledge_base import indexing

    settings = Settings(data_dir=tmp_path / "data")
    original = tmp_path / "brief.md"
    original.write_text("# Brief\n\nThe Orrin Compact was signed in 2033.\n", encoding="utf-8")
    [stored], _ = save_uploads(settings, [original])
    with indexing(settings, progress=False) as indexer:
        assert indexer.index([stored]).indexed

    saved, refused = save_uploads(settings, [upload(original, "copy of brief.md")])

    assert saved == [] and [str(e) for e in refused] == [
        "copy of brief.md: the same content is already indexed as brief.md; nothing added"
    ]
    assert sorted(p.name for p in (settings.data_dir / "uploads").iterdir()) == ["brief.md"]


def test_save_uploads_uses_the_browser_name_safely(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    temp = tmp_path / "tmp123"
    temp.write_text("hello there\n", encoding="utf-8")

    saved, refused = save_uploads(settings, [upload(temp, "../../../outside.txt")])

    assert refused == [] and saved == [settings.data_dir / "uploads" / "outside.txt"]
    assert not (tmp_path / "outside.txt").exists() and not (settings.data_dir / "outside.txt").exists()
    assert [p.name for p in (settings.data_dir / "uploads").iterdir()] == ["outside.txt"]


def test_save_uploads_refuses_unsupported_types_with_a_clear_message(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    exe = tmp_path / "setup.exe"
    exe.write_bytes(b"MZ\x90\x00")
    bare = tmp_path / "README"
    bare.write_text("no suffix", encoding="utf-8")

    saved, refused = save_uploads(settings, [exe, bare])

    assert saved == []
    assert [type(e) for e in refused] == [DocumentError, DocumentError]
    assert [e.path for e in refused] == ["setup.exe", "README"]
    for error in refused:
        assert "unsupported file type" in str(error) and ".pdf" in str(error) and ".docx" in str(error)
    assert list((settings.data_dir / "uploads").iterdir()) == []


def test_save_uploads_refuses_files_over_the_size_limit(tmp_path):
    settings = Settings(data_dir=tmp_path / "data", max_file_mb=0.001)  # 1000 bytes
    big = tmp_path / "big.txt"
    big.write_text("word " * 400, encoding="utf-8")  # 2000 bytes
    small = tmp_path / "small.txt"
    small.write_text("word " * 100, encoding="utf-8")  # 500 bytes

    saved, refused = save_uploads(settings, [big, small])

    assert saved == [settings.data_dir / "uploads" / "small.txt"]
    [error] = refused
    assert str(error) == "big.txt: file is over the 0.001 MB limit; split it"
    assert not (settings.data_dir / "uploads" / "big.txt").exists()


def _answer(refused: bool = False) -> Answer:
    quote = "Most notable are the adoption of the 2016 New York Declaration on Refugees and Migrants."
    citation = Citation(
        number=1,
        chunk_id="c1",
        source="/data/chapter.txt",
        title="chapter.txt",
        section="KEY POINTS",
        page=None,
        quote=quote,
        start=98,
        end=98 + len(quote),
    )
    passage = Passage(
        chunk_id="c1", doc_id="d1", text=quote, source="/data/chapter.txt", title="chapter.txt", start=98, end=186
    )
    return Answer(
        question="When was it adopted?",
        text="The indexed documents don't say: no passage matches." if refused else f"{quote} [1]",
        citations=[] if refused else [citation],
        passages=[passage],
        refused=refused,
        standalone_question="When was the New York Declaration adopted?",
    )


HISTORY = [
    {"role": "user", "content": "What did the New York Declaration set in motion?"},
    {"role": "assistant", "content": "Two global compacts. [1]"},
]


def test_record_feedback_appends_a_question_set_line(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    answer = _answer()

    returned = record_feedback(settings, answer, HISTORY, "down")

    path = settings.data_dir / "feedback.jsonl"
    [line] = path.read_text(encoding="utf-8").splitlines()
    data = json.loads(line)
    assert data == returned
    assert data["user_input"] == "When was it adopted?"
    assert data["response"] == answer.text and data["vote"] == "down"
    assert data["citations"] == [answer.citations[0].model_dump()]
    assert data["citations"][0]["quote"].startswith("Most notable")
    assert data["id"].startswith("feedback-") and data["reference"] == "" and data["reference_contexts"] == []
    assert data["answerable"] is True and data["history"] == HISTORY and data["kind"] == "feedback"
    assert data["standalone_question"] == "When was the New York Declaration adopted?"


def test_feedback_lines_append_and_load_as_a_question_set(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    record_feedback(settings, _answer(), HISTORY, "up")
    record_feedback(settings, _answer(refused=True), [], "down")

    path = settings.data_dir / "feedback.jsonl"
    assert len(path.read_text(encoding="utf-8").splitlines()) == 2
    first, second = load_questions(path)
    assert first.id != second.id
    assert first.user_input == second.user_input == "When was it adopted?"
    assert first.history_messages() == HISTORY and second.history_messages() == []
    assert (first.answerable, second.answerable) == (True, False)
    assert first.kind == second.kind == "feedback"
    assert (first.model_extra["vote"], second.model_extra["vote"]) == ("up", "down")
    assert second.model_extra["citations"] == []


def test_a_comment_joins_its_vote_and_the_other_lines_stay(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    first = record_feedback(settings, _answer(), HISTORY, "up")
    down = record_feedback(settings, _answer(refused=True), [], "down")

    add_comment(settings, down["id"], "It should have cited the key points.")

    kept, commented = load_questions(settings.data_dir / "feedback.jsonl")
    assert kept.id == first["id"] and kept.model_extra["comment"] == ""
    assert commented.id == down["id"] and commented.model_extra["comment"] == "It should have cited the key points."
    assert commented.model_extra["vote"] == "down"
