"""One fresh process serving an existing index, as `assistant ask` or the app would: prints one JSON line.

Reads the questions (one per line) from `--questions`, then times, from the first line of this module:
start-up (imports, `Assistant.from_settings`), each question asked the first time (cold) and again (warm),
the bare floor next to each (the question embedded + the Chroma query), and the process's resident memory (after start-up, and its peak). Run
by `eval.scale_benchmark` with ASSISTANT_DATA_DIR / ASSISTANT_CHROMA_URL set for the index to probe.

    python -m eval.scale_probe --questions FILE
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import json  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402


def main(questions_file: Path) -> None:
    from assistant import Assistant, Settings
    from eval.benchmark import bare_query

    settings = Settings()
    bot = Assistant.from_settings(settings)
    startup = time.perf_counter() - STARTED
    started_rss = _status_mb("VmRSS")
    questions = [q for q in questions_file.read_text(encoding="utf-8").splitlines() if q.strip()]
    cold, warm, bare = [], [], []
    for latencies in (cold, warm):
        for question in questions:
            started = time.perf_counter()
            bot.ask(question)
            latencies.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            bare_query(bot, question, settings.top_k)
            bare.append((time.perf_counter() - started) * 1000)
    rss_mb = _status_mb("VmHWM")  # not getrusage's ru_maxrss: that one carries the parent's peak over exec
    print(
        json.dumps(
            {
                "startup_s": startup,
                "cold_ms": cold,
                "warm_ms": warm,
                "bare_ms": bare,
                "rss_mb": rss_mb,
                "startup_rss_mb": started_rss,
            }
        )
    )


def _status_mb(field: str) -> float:
    """A memory figure of this process from the kernel: VmRSS (resident now) or VmHWM (its peak)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    return float("nan")


if __name__ == "__main__":
    main(Path(sys.argv[sys.argv.index("--questions") + 1]))
