"""Indexing runs that are killed, or that overlap, leave a consistent index (real subprocesses)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.knowledge_base import open_store
from assistant.settings import Settings
from tests.conftest import CHAPTER
from tests.knowledge.helpers import assert_consistent

pytestmark = pytest.mark.slow


def corpus(folder: Path, files: int = 40, paragraphs: int = 15) -> list[Path]:
    folder.mkdir()
    paths = []
    for f in range(files):
        path = folder / f"report-{f:02d}.txt"
        path.write_text(
            f"REPORT {f}\n\n"
            + "\n\n".join(
                f"Report {f} paragraph {p} notes that {p + 3} States met in 20{p:02d} to discuss item {f * 100 + p}. "
                f"The meeting agreed on follow-up number {p} for region {f}."
                for p in range(paragraphs)
            )
        )
        paths.append(path)
    return paths


def start_index(settings: Settings, folder: Path, lock_timeout: float = 300) -> subprocess.Popen:
    env = {
        **os.environ,
        "ASSISTANT_DATA_DIR": str(settings.data_dir),
        "ASSISTANT_INDEX_LOCK_TIMEOUT": str(lock_timeout),
    }
    env.pop("ASSISTANT_CHROMA_URL", None)
    if settings.chroma_url:
        env["ASSISTANT_CHROMA_URL"] = settings.chroma_url
    return subprocess.Popen(
        [sys.executable, "-m", "assistant.cli", "-v", "index", "--no-progress", str(folder)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_indexed_files(process: subprocess.Popen, count: int) -> None:
    seen = 0
    for line in process.stderr:
        if " indexed " in line:
            seen += 1
            if seen >= count:
                return
    raise AssertionError(f"the run ended before indexing {count} files (exit {process.wait()})")


@pytest.mark.reliability
def test_kill_9_during_indexing_then_rerun_gives_a_complete_index(settings, tmp_path, faults):
    files = corpus(tmp_path / "corpus")
    process = start_index(settings, tmp_path / "corpus")
    wait_for_indexed_files(process, 3)
    process.send_signal(signal.SIGKILL)
    process.wait()

    assert_consistent(settings, files, complete=False)  # partial, but every document whole
    store = open_store(settings)
    answered = store.chunk_count()
    assert answered > 0
    assert store.search("Report 1 paragraph 4", k=1)  # it still answers over what was complete

    rerun = start_index(settings, tmp_path / "corpus")
    out, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    assert_consistent(settings, files, complete=True)
    total = open_store(settings).chunk_count()
    embedded = int(out.strip().rsplit("chunks embedded ", 1)[1])
    assert embedded <= total - answered  # what was complete was not embedded again
    faults("kill -9 of an indexing run after 3 files", injected=1)


@pytest.mark.reliability
def test_two_index_runs_at_once_do_not_corrupt_the_index(local_settings, tmp_path, faults):
    files = corpus(tmp_path / "corpus", files=20)
    first, second = start_index(local_settings, tmp_path / "corpus"), start_index(local_settings, tmp_path / "corpus")
    outputs = [p.communicate(timeout=600) for p in (first, second)]
    assert [p.returncode for p in (first, second)] == [0, 0], outputs
    summaries = sorted(out.strip().splitlines()[-1] for out, _ in outputs)
    assert summaries[0].startswith("indexed 0, unchanged 20")  # the one that waited found it done
    assert summaries[1].startswith("indexed 20, unchanged 0")
    assert_consistent(local_settings, files, complete=True)
    faults("two indexing runs at once (one data dir)", injected=1)


def test_a_run_that_cannot_wait_for_the_lock_says_so(local_settings, tmp_path):
    files = corpus(tmp_path / "corpus", files=20)
    first = start_index(local_settings, tmp_path / "corpus")
    wait_for_indexed_files(first, 1)
    busy = start_index(local_settings, tmp_path / "corpus", lock_timeout=0.1)
    _, err = busy.communicate(timeout=600)
    assert busy.returncode == 1
    assert err.strip().splitlines()[-1].startswith("error: another indexing run is using")
    first.stderr.read()
    assert first.wait(timeout=600) == 0
    assert_consistent(local_settings, files, complete=True)


@pytest.mark.reliability
def test_kill_9_at_random_points_never_loses_or_duplicates_a_chunk(local_settings, tmp_path, faults):
    """Runs killed at random moments (while loading, while embedding, while committing), one after another:
    the index always answers from whole documents, and a last run completes it with no chunk twice."""
    files = corpus(tmp_path / "corpus", files=12)
    rng = random.Random(2026)
    kills = 4
    for _ in range(kills):
        process = start_index(local_settings, tmp_path / "corpus")
        time.sleep(rng.uniform(1.0, 9.0))
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert_consistent(local_settings, files, complete=False)
    rerun = start_index(local_settings, tmp_path / "corpus")
    _, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    assert_consistent(local_settings, files, complete=True)  # every chunk once, every document whole
    faults("kill -9 of an indexing run at a random moment", injected=kills)


@pytest.fixture
def small_disk(tmp_path) -> Iterator[Path]:
    """A 4 MB tmpfs. Mounting needs root, which every machine of this project (and CI) runs tests as: a refusal
    is a failure that says so, not a skip."""
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], capture_output=True)
    if made.returncode != 0:
        pytest.fail(f"cannot mount a small tmpfs (run the tests as root): {made.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.mark.reliability
def test_a_full_disk_is_one_clear_error_and_nothing_indexed_is_lost(small_disk, tmp_path, faults):
    settings = Settings(data_dir=small_disk / "data")
    chapter = start_index(settings, CHAPTER.parent)
    assert chapter.wait(timeout=300) == 0
    corpus(tmp_path / "corpus", files=30, paragraphs=40)  # more than the disk holds

    filling = start_index(settings, tmp_path / "corpus")
    _, err = filling.communicate(timeout=600)

    assert filling.returncode == 1
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "free space and run again" in errors[0], err[-2000:]
    assert "Traceback" not in err
    subprocess.run(["mount", "-o", "remount,size=256m", str(small_disk)], check=True)  # space freed
    assert open_store(settings).search("New York Declaration", k=1)  # the chapter still answers
    rerun = start_index(settings, tmp_path / "corpus")
    _, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    assert_consistent(settings, [CHAPTER, *sorted((tmp_path / "corpus").glob("*.txt"))], complete=True)
    faults("disk full while indexing (4 MB tmpfs)", injected=1)
