"""Each bad input: one clear line naming the file, the rest indexed, nothing lost, non-zero exit."""

from pathlib import Path

import pytest

from assistant.knowledge_base import open_store
from assistant.settings import Settings
from tests.conftest import CHAPTER
from tests.knowledge.documents import make_pdf
from tests.knowledge.helpers import run_cli
from ui.process import free_port


def bad_files(folder: Path) -> dict[str, str]:
    """File name -> what its error line must say."""
    folder.mkdir()
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "latin1.txt").write_bytes("R\xe9fugi\xe9s et migrants.".encode("latin-1"))
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<>> garbage")
    make_pdf(folder / "locked.pdf", ["Secret."], password="pw")
    (folder / "huge.txt").write_text("The text goes on. " * 200_000)  # ~3.6 MB
    return {
        "empty.txt": "empty",
        "binary.txt": "binary",
        "latin1.txt": "UTF-8",
        "corrupt.pdf": "corrupt",
        "locked.pdf": "encrypted",
        "huge.txt": "ASSISTANT_MAX_FILE_MB",
    }


@pytest.mark.reliability
def test_bad_files_are_reported_and_good_ones_indexed(settings, tmp_path, monkeypatch, faults):
    settings = settings.model_copy(update={"max_file_mb": 1.0})
    code, _, err = run_cli(settings, "index", "--no-progress", monkeypatch=monkeypatch)
    assert code == 0, err
    folder = tmp_path / "inbox"
    expected = bad_files(folder)
    (folder / "good.md").write_text("# Good\n\nThe Global Migration Group coordinates agencies.")
    code, out, err = run_cli(settings, "index", "--no-progress", str(folder), monkeypatch=monkeypatch)
    assert code == 1
    lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(lines) == len(expected)
    assert [
        line for line in err.splitlines() if line.strip() and not line.startswith("error:")
    ] == []  # no reader noise
    for name, words in expected.items():
        [line] = [line for line in lines if f"{name}:" in line]
        assert words in line, line
    assert "indexed 1" in out and f"failed {len(expected)}" in out
    titles = [r.title for r in open_store(settings).documents()]
    assert sorted(titles) == sorted([CHAPTER.name, "good.md"])  # nothing already indexed was lost
    faults("bad files in a folder run (empty, binary, corrupt, locked, huge)", injected=len(expected))


def test_a_folder_run_reports_every_file_it_skips_and_why(local_settings, tmp_path, monkeypatch):
    folder = tmp_path / "inbox"
    (folder / ".cache").mkdir(parents=True)
    (folder / ".cache" / "old.txt").write_text("Hidden away.")
    (folder / ".notes.md").write_text("A hidden note.")
    (folder / "photo.png").write_bytes(b"\x89PNG")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (folder / "again").symlink_to(folder)  # a loop
    (folder / "line\nbreak.txt").write_text("The Corvo Charter was signed in 2036.")

    code, out, err = run_cli(local_settings, "index", "--no-progress", str(folder), monkeypatch=monkeypatch)

    assert code == 0, err
    skipped = dict(line.removeprefix("skipped: ").split(": ", 1) for line in err.splitlines())
    assert skipped == {
        str(folder / ".cache"): "hidden folder (its name starts with a dot)",
        str(folder / ".notes.md"): "hidden file (its name starts with a dot)",
        str(folder / "gone.txt"): "broken link (its target does not exist)",
        str(folder / "photo.png"): "not a supported type (.txt, .md, .pdf, .docx, .html, .htm)",
        str(folder / "again"): "link to a folder, not followed; index its target",
    }
    assert "indexed 1" in out and "skipped 5" in out


def test_a_file_name_with_a_line_break_stays_on_one_error_line(local_settings, tmp_path, monkeypatch):
    bad = tmp_path / "two\nlines.txt"
    bad.write_text("")
    code, _, err = run_cli(local_settings, "index", "--no-progress", str(bad), monkeypatch=monkeypatch)
    assert code == 1 and err.splitlines() == [
        f"error: {tmp_path}/two\\nlines.txt: file is empty; add text to it or leave it out"
    ]


def folder_of_pictures(tmp: Path) -> Path:
    (tmp / "pictures").mkdir()
    (tmp / "pictures" / "a.png").write_bytes(b"\x89PNG")
    return tmp / "pictures"


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda tmp: tmp / "missing.txt", "no such file or folder"),
        (folder_of_pictures, "folder has no supported files"),
    ],
    ids=["missing-path", "folder-without-documents"],
)
def test_paths_that_hold_nothing_to_index(local_settings, tmp_path, monkeypatch, make, words):
    path = make(tmp_path)
    code, out, err = run_cli(local_settings, "index", "--no-progress", str(path), str(CHAPTER), monkeypatch=monkeypatch)
    assert code == 1
    assert f"error: {path}: {words}" in err
    assert "indexed 1" in out


@pytest.mark.timeout(60)
def test_dead_chroma_server_is_one_clear_line(tmp_path, monkeypatch):
    settings = Settings(data_dir=tmp_path / "data", chroma_url=f"http://127.0.0.1:{free_port()}")
    for command in (["index", "--no-progress"], ["sources"]):
        code, _out, err = run_cli(settings, *command, monkeypatch=monkeypatch)
        assert code == 1
        [line] = err.strip().splitlines()
        assert line.startswith("error: Chroma server at http://127.0.0.1:") and "chroma run" in line
