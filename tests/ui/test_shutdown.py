"""A served app stopped with SIGTERM (as a service manager or `kill` stops it) removes its temporary files,
as Ctrl-C does."""

from __future__ import annotations

import pytest
from gradio_client import Client

from ui.process import served_app

pytestmark = [pytest.mark.slow, pytest.mark.reliability]


def test_sigterm_leaves_no_export_behind(tmp_path, faults):
    temp = tmp_path / "tmp"
    temp.mkdir()
    with served_app(tmp_path / "data", tmp_path / "serve.log", 180, env={"TMPDIR": str(temp)}) as (url, process):
        client = Client(url, verbose=False)
        try:
            reply = client.predict("What did the 2016 New York Declaration set in motion?", 5, api_name="/chat")
        finally:
            client.close()
        exports = list(temp.glob("assistant-exports-*"))
        assert len(exports) == 1 and list(exports[0].rglob("conversation.md")), reply
    assert process.returncode is not None  # `served_app` stopped it with SIGTERM
    assert list(temp.glob("assistant-exports-*")) == [], (tmp_path / "serve.log").read_text()
    faults("SIGTERM of the served app (temporary files left)", injected=1)
