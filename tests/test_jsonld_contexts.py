"""Reading a JSON-LD file (validate, reason) never fetches a context from another host: a file
that names one by address is refused in one line, and the host hears nothing."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from strategygraph.cli import main


class _Counting(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        _Counting.hits.append(self.path)
        body = json.dumps({"@context": {"name": "http://schema.org/name"}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/ld+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def context_host() -> str:
    server = HTTPServer(("127.0.0.1", 0), _Counting)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Counting.hits.clear()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/ctx.jsonld"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("command", ["validate", "reason"])
@pytest.mark.parametrize("shape", ["string", "list", "import"])
def test_remote_context_is_refused_unfetched(tmp_path: Path, context_host: str, command: str, shape: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    context = {"string": context_host, "list": [context_host, {"x": "http://example.org/x"}],
               "import": {"@import": context_host}}[shape]
    path = tmp_path / "remote.jsonld"
    path.write_text(json.dumps({"@context": context, "@id": "http://example.org/a", "name": "A"}), encoding="utf-8")
    assert main([command, str(path)]) == 2
    err = capsys.readouterr().err
    assert "remote JSON-LD context" in err and len(err.strip().splitlines()) == 1
    assert _Counting.hits == []


def test_inline_context_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "inline.jsonld"
    path.write_text(json.dumps({"@context": {"name": "http://www.w3.org/2000/01/rdf-schema#label"},
                                "@id": "http://example.org/a", "name": "A"}), encoding="utf-8")
    main(["validate", str(path)])
    assert "remote JSON-LD context" not in capsys.readouterr().err
