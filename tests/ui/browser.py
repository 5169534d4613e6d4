"""What the browser tests share: Debian's Chromium driven by Playwright (its own browser download cannot work
offline), and `assistant serve` on a fresh data dir of its own."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from ui.process import served_app

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
STARTUP_TIMEOUT = 120.0  # the page comes first; the models load behind it


@contextmanager
def chromium() -> Iterator[object]:
    """A launched headless Chromium (a Playwright `Browser`)."""
    if not Path(CHROMIUM).exists():  # `make test` installs it: a missing browser is a broken install
        pytest.fail(f"no Chromium at {CHROMIUM}: run `make browser` (apt-get install chromium chromium-driver)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def local_app(root: Path) -> Iterator[str]:
    """`assistant serve` on a free localhost port over `root/data` (empty: it indexes the chapter), no login,
    no Chroma server; yields its URL without the trailing slash."""
    local = {"ASSISTANT_CHROMA_URL": None, "ASSISTANT_AUTH": None}
    try:
        with served_app(root / "data", root / "server.log", STARTUP_TIMEOUT, env=local) as (url, _):
            yield url.rstrip("/")
    except RuntimeError as exc:
        pytest.fail(f"the app did not start: {exc}")
