"""Browser-app load benchmark: concurrent `gradio_client` sessions against a real `assistant serve`.

Starts `assistant serve` as a subprocess on a free 127.0.0.1 port (data dir from ASSISTANT_* / `.env`,
as `Settings` reads them; an empty index is filled with the bundled chapter first), asks one warm-up
question, then runs `--sessions` concurrent sessions (one `Client` each, so one conversation each),
every session asking `--questions-per-session` answerable questions of the set in turn through the
`/chat` endpoint with k=5. Prints errors (target 0), answer latency p50/p95, throughput and the
server's peak resident memory (VmHWM). The whole run is bounded by `--timeout`; the server is stopped
at the end.

    python -m eval.ui_benchmark [--sessions 16] [--questions-per-session 10]     (or: make bench-ui)
"""

from __future__ import annotations

import shutil
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import typer

from assistant.settings import Settings
from eval.questionset import SHIPPED, load_questions
from ui.process import served_app


@dataclass
class SessionResult:
    latencies_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    refusals: int = 0


def _memory_mib(pid: int) -> dict[str, float]:
    """VmHWM (peak resident) and VmRSS of a live process, in MiB, from /proc/<pid>/status."""
    values: dict[str, float] = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                values[key] = int(rest.split()[0]) / 1024  # kB -> MiB
    except OSError:
        pass
    return values


def _client(url: str, settings: Settings):
    from gradio_client import Client

    auth = tuple(settings.auth.split(":", 1)) if settings.auth else None
    return Client(url, verbose=False, auth=auth, download_files=False, analytics_enabled=False)


def _ask(client, question: str, k: int, timeout: float) -> tuple[float, bool]:
    """Milliseconds for one whole answer (the stream's final update) and whether it was a refusal."""
    started = time.perf_counter()
    result = client.submit(question, k, api_name="/chat").result(timeout=timeout)
    elapsed = (time.perf_counter() - started) * 1000
    messages, sources = result[0], result[1]
    if not messages or not str(messages[-1].get("content", "")).strip():
        raise RuntimeError("empty answer")
    return elapsed, "refused" in str(sources)


def _session(
    number: int, url: str, settings: Settings, questions: list[str], count: int, k: int, deadline: float
) -> SessionResult:
    result = SessionResult()
    try:
        client = _client(url, settings)
    except Exception as exc:
        result.errors.append(f"session {number}: connect: {type(exc).__name__}: {exc}")
        return result
    try:
        for i in range(count):
            left = deadline - time.monotonic()
            if left <= 0:
                result.errors.append(f"session {number}: out of time before question {i + 1}")
                continue
            question = questions[(number * count + i) % len(questions)]  # sessions start at different places
            try:
                ms, refused = _ask(client, question, k, left)
            except Exception as exc:
                result.errors.append(f"session {number}, question {i + 1}: {type(exc).__name__}: {exc}")
                continue
            result.latencies_ms.append(ms)
            result.refusals += refused
    finally:
        client.close()
    return result


def main(
    sessions: int = typer.Option(16, min=1, help="Concurrent sessions (one gradio_client each)."),
    questions_per_session: int = typer.Option(10, min=1, help="Questions each session asks, in turn."),
    questions: Path = typer.Option(SHIPPED, help="Question set (JSON lines); its answerable questions are asked."),
    k: int = typer.Option(5, min=1, help="Passages to retrieve per question (the /chat k input)."),
    startup_timeout: float = typer.Option(180.0, help="Seconds to wait for the server (it may index first)."),
    timeout: float = typer.Option(600.0, help="Seconds the sessions may take in all; unanswered ones are errors."),
) -> None:
    settings = Settings()
    asked = [q.user_input for q in load_questions(questions) if q.answerable]
    if not asked:
        raise typer.BadParameter(f"{questions} has no answerable questions")
    log_dir = Path(tempfile.mkdtemp(prefix="ui-benchmark-"))
    started = time.perf_counter()
    try:
        with served_app(settings.data_dir, log_dir / "server.log", startup_timeout) as (url, process):
            startup_s = time.perf_counter() - started
            warm = _client(url, settings)  # loads lazy imports and caches in the server; not timed
            try:
                warm_ms, _ = _ask(warm, asked[0], k, startup_timeout)
            finally:
                warm.close()
            idle = _memory_mib(process.pid)

            total = sessions * questions_per_session
            typer.echo(
                f"{sessions} sessions x {questions_per_session} questions = {total} answers over /chat (k={k}), "
                f"server {url} (queue concurrency {settings.ui_concurrency}, data {settings.data_dir})"
            )
            typer.echo(f"server up in {startup_s:.1f} s; warm-up answer {warm_ms:.0f} ms")

            deadline = time.monotonic() + timeout
            wall = time.perf_counter()
            with ThreadPoolExecutor(max_workers=sessions) as pool:
                futures = [
                    pool.submit(_session, n, url, settings, asked, questions_per_session, k, deadline)
                    for n in range(sessions)
                ]
                results = [f.result() for f in futures]
            wall = time.perf_counter() - wall
            peak = _memory_mib(process.pid)  # VmHWM is the kernel's high-water mark: the peak over the whole run
    except RuntimeError as exc:
        typer.echo(f"error: `assistant serve` did not start: {exc}", err=True)
        raise typer.Exit(1) from exc
    finally:
        shutil.rmtree(log_dir, ignore_errors=True)

    latencies = [ms for r in results for ms in r.latencies_ms]
    errors = [e for r in results for e in r.errors]
    refusals = sum(r.refusals for r in results)
    typer.echo(f"{'':30}{'value':>12}")
    typer.echo(f"{'answers':30}{len(latencies):>12d}")
    typer.echo(f"{'errors (target 0)':30}{len(errors):>12d}")
    typer.echo(f"{'refusals (answerable set)':30}{refusals:>12d}")
    if latencies:
        typer.echo(f"{'answer latency p50 ms':30}{np.percentile(latencies, 50):12.0f}")
        typer.echo(f"{'answer latency p95 ms':30}{np.percentile(latencies, 95):12.0f}")
        typer.echo(f"{'answer latency max ms':30}{max(latencies):12.0f}")
    typer.echo(f"{'wall time s':30}{wall:12.1f}")
    typer.echo(f"{'throughput answers/s':30}{len(latencies) / wall:12.2f}")
    typer.echo(f"{'server RSS after warm-up MiB':30}{idle.get('VmRSS', float('nan')):12.0f}")
    typer.echo(f"{'server peak RSS (VmHWM) MiB':30}{peak.get('VmHWM', float('nan')):12.0f}")
    for error in errors[:10]:
        typer.echo(f"error: {error}", err=True)
    if len(errors) > 10:
        typer.echo(f"error: ... and {len(errors) - 10} more", err=True)
    if errors:
        raise typer.Exit(1)


if __name__ == "__main__":
    typer.run(main)
