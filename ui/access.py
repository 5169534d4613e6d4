"""Who may do what in the browser app: logins (rate-limited), who may change the shared library, and whose
conversation a session is.

Without ASSISTANT_AUTH (local use) everyone may do everything. With it, ASSISTANT_EDITORS (names from
ASSISTANT_AUTH) may upload and remove documents and the others ask, check and export; when no editors are
named, every user may edit. A conversation belongs to the user who started it: another login holding its
session id gets an error, not its answers or its export.
"""

from __future__ import annotations

import hmac
import threading
import time
from collections import defaultdict, deque

from assistant.settings import Settings


def users(settings: Settings) -> dict[str, str]:
    """ASSISTANT_AUTH as name -> password ("alice:pw1,bob:pw2"; a password may hold ':' but not ',')."""
    found = {}
    for pair in (settings.auth or "").split(","):
        name, _, password = pair.strip().partition(":")
        if name and password:
            found[name] = password
    return found


def may_edit(settings: Settings, username: str | None) -> bool:
    """Whether this user may upload and remove documents."""
    if not settings.auth:
        return True
    editors = {e.strip() for e in (settings.editors or "").split(",") if e.strip()}
    return username is not None and (not editors or username in editors)


class LoginGuard:
    """Gradio's `auth` callable: right name and password, unless that name failed `attempts` times within
    `window` seconds (then every try fails until the window has passed, so guessing is slow)."""

    def __init__(self, accounts: dict[str, str], attempts: int = 5, window: float = 300.0) -> None:
        self.accounts = accounts
        self.attempts = attempts
        self.window = window
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def __call__(self, username: str, password: str) -> bool:
        now = time.monotonic()
        with self._lock:
            failures = self._failures[username]
            while failures and now - failures[0] > self.window:
                failures.popleft()
            if len(failures) >= self.attempts:
                return False
            expected = self.accounts.get(username)
            right = expected is not None and hmac.compare_digest(expected.encode(), str(password).encode())
            if not right:
                failures.append(now)
            return right


class Owners:
    """The user each session id belongs to (the first user seen with it)."""

    def __init__(self) -> None:
        self._owners: dict[str, str | None] = {}
        self._lock = threading.Lock()

    def allowed(self, session: str | None, username: str | None) -> bool:
        if not session:
            return True
        with self._lock:
            return self._owners.setdefault(session, username) == username
