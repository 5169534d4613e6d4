"""Who may do what: logins (rate-limited), editors of the shared library, and whose conversation a session is;
unit tests, then a served app with two users."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from gradio_client import Client, handle_file

import ui.app
from assistant.answering import Assistant
from assistant.settings import Settings
from tests.conftest import index_chapter
from ui.access import LoginGuard, Owners, may_edit, users
from ui.app import build_app
from ui.process import free_port


def test_users_and_editors_from_settings():
    settings = Settings(auth="alice:pw:with:colons, bob:secret", editors="alice")
    assert users(settings) == {"alice": "pw:with:colons", "bob": "secret"}
    assert may_edit(settings, "alice") and not may_edit(settings, "bob") and not may_edit(settings, None)
    assert may_edit(Settings(auth="alice:pw"), "alice")  # no editors named: every user edits
    assert may_edit(Settings(), None)  # no login (local use): everyone edits


def test_failed_logins_are_rate_limited_per_name():
    guard = LoginGuard({"alice": "right", "bob": "pw"}, attempts=3, window=60)
    assert guard("alice", "right")
    assert [guard("alice", f"guess-{n}") for n in range(3)] == [False, False, False]
    assert not guard("alice", "right")  # locked out for the window, even with the right password
    assert guard("bob", "pw")  # other names are not affected
    assert not guard("nobody", "x")


def test_a_session_belongs_to_the_first_user_seen_with_it():
    owners = Owners()
    assert owners.allowed("s1", "alice") and owners.allowed("s1", "alice")
    assert not owners.allowed("s1", "bob")
    assert owners.allowed("s2", "bob")


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> Iterator[tuple[str, Settings]]:
    base = index_chapter(tmp_path_factory, "access")
    settings = base.model_copy(update={"auth": "alice:alice-pw,bob:bob-pw", "editors": "alice"})
    app = build_app(Assistant.from_settings(settings), settings)
    try:
        app.queue().launch(
            prevent_thread_lock=True,
            server_name="127.0.0.1",
            server_port=free_port(),
            auth=LoginGuard(users(settings)),
            css=ui.app.CSS,
            quiet=True,
            show_error=True,
        )
        yield app.local_url, settings
    finally:
        app.close()


def client_for(url: str, user: str) -> Client:
    return Client(url, auth=(user, f"{user}-pw"), verbose=False)


@pytest.mark.slow
def test_only_editors_change_the_library(served, tmp_path):
    url, _settings = served
    notes = tmp_path / "notes.md"
    notes.write_text("# Notes\n\nThe Lorvik Pact was signed in 2032.\n", encoding="utf-8")
    bob, alice = client_for(url, "bob"), client_for(url, "alice")
    try:
        with pytest.raises(Exception, match="Only editors"):
            bob.predict([handle_file(str(notes))], api_name="/upload")
        with pytest.raises(Exception, match="Only editors"):
            bob.predict("wmr2018-ch5-global-migration-governance.txt", api_name="/remove_document")
        status, _table, _dropdown = alice.predict([handle_file(str(notes))], api_name="/upload")
        assert status == "✅ indexed notes.md"
        assert "[1]" in str(bob.predict("When was the Lorvik Pact signed?", 5, api_name="/chat")[0][-1]["content"])
    finally:
        bob.close()
        alice.close()


@pytest.mark.slow
def test_another_login_cannot_read_a_conversation_by_its_session_id(served):
    url, _settings = served
    alice, bob = client_for(url, "alice"), client_for(url, "bob")
    try:
        alice.predict("What did the 2016 New York Declaration set in motion?", 5, api_name="/chat")
        assert "New York Declaration" in alice.predict(api_name="/export")
        bob.session_hash = alice.session_hash  # a stolen session id
        with pytest.raises(Exception, match="belongs to another user"):
            bob.predict(api_name="/export")
    finally:
        alice.close()
        bob.close()
