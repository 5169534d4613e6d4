"""A served app stopped with SIGTERM (as a service manager or `kill` stops it) removes its temporary files,
as Ctrl-C does."""

from __future__ import annotations

import pytest
from gradio_client import Client, handle_file

from ui.process import served_app

pytestmark = [pytest.mark.slow, pytest.mark.reliability]


def test_sigterm_leaves_no_export_or_upload_behind(tmp_path, faults):
    temp = tmp_path / "tmp"
    temp.mkdir()
    notes = tmp_path / "notes.md"
    notes.write_text("# Notes\n\nThe Tarsel Accord was signed in 2034.\n", encoding="utf-8")
    env = {"TMPDIR": str(temp), "GRADIO_TEMP_DIR": None}
    with served_app(tmp_path / "data", tmp_path / "serve.log", 180, env=env) as (url, process):
        client = Client(url, verbose=False)
        try:
            reply = client.predict("What did the 2016 New York Declaration set in motion?", 5, api_name="/chat")
            client.predict([handle_file(str(notes))], api_name="/upload")
        finally:
            client.close()
        exports = list(temp.glob("assistant-exports-*"))
        assert len(exports) == 1 and list(exports[0].rglob("conversation.md")), reply
        assert list(temp.glob("assistant-gradio-*/**/notes.md"))  # the upload as Gradio received it
    assert process.returncode is not None  # `served_app` stopped it with SIGTERM
    assert list(temp.glob("assistant-*")) == [], (tmp_path / "serve.log").read_text()  # torch's own caches may stay
    faults("SIGTERM of the served app (temporary files left)", injected=1)
