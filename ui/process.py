"""The browser app in a child process: `assistant serve` on a free 127.0.0.1 port, waited for, stopped.

Used by the UI benchmark (`eval/ui_benchmark.py`) and the browser tests; `wait_until_up` and `stop`
serve any child server; `running_chroma` is a `chroma run` server (the tests' and the scale benchmark's).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import httpx

HOST = "127.0.0.1"


def free_port(host: str = HOST) -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, timeout: float, log_path: Path | None = None) -> None:
    """Return once `url` answers (any status below 500); RuntimeError, with the log's tail, when the
    process exits first or `timeout` seconds pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(url, timeout=1.0).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    state = f"exited with {process.returncode}" if process.poll() is not None else f"no answer in {timeout:g} s"
    tail = "\n".join(log_path.read_text(errors="replace").splitlines()[-30:]) if log_path else ""
    raise RuntimeError(f"{url} did not come up ({state}); the last output:\n{tail}")


def stop(process: subprocess.Popen, timeout: float = 30.0) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def served_app(
    data_dir: Path, log_path: Path, timeout: float, env: Mapping[str, str | None] = ()
) -> Iterator[tuple[str, subprocess.Popen]]:
    """`assistant serve` over `data_dir` (indexing the bundled chapter first when it is empty), its output
    in `log_path`; yields its URL and process once it answers, and stops it on exit. `env` overrides
    variables (None removes one)."""
    environment = {
        **os.environ,
        "GRADIO_ANALYTICS_ENABLED": "False",
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        **dict(env),
        "ASSISTANT_DATA_DIR": str(Path(data_dir).resolve()),
    }
    port = free_port()
    command = [sys.executable, "-m", "assistant.cli", "serve", "--host", HOST, "--port", str(port)]
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            command,
            env={k: v for k, v in environment.items() if v is not None},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        url = f"http://{HOST}:{port}/"
        wait_until_up(url, process, timeout, log_path)
        yield url, process
    finally:
        stop(process)


@contextmanager
def running_chroma(path: Path) -> Iterator[tuple[str, subprocess.Popen]]:
    """A real `chroma run` server over `path` on a free localhost port: its URL and process."""
    chroma = shutil.which("chroma", path=str(Path(sys.executable).parent)) or shutil.which("chroma")
    assert chroma, "the chroma CLI (from the chromadb wheel) is not installed"
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with open(path / "server.log", "w") as log:
        process = subprocess.Popen(
            [chroma, "run", "--path", str(path / "db"), "--host", "127.0.0.1", "--port", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_until_up(f"{url}/api/v2/heartbeat", process, timeout=60.0, log_path=path / "server.log")
            yield url, process
        finally:
            stop(process)
