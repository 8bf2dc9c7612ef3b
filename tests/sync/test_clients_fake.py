"""A peer that is not quite our server: a newer one that adds keys to every answer, one that
needs a newer SurveyApp, or an older one. It forwards to the real server and rewrites the
answers (the only fake in these tests: another version of the server cannot be run here)."""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}


def _with_extra_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {**{k: _with_extra_keys(v) for k, v in value.items()}, "added_in_a_later_api": 1}
    if isinstance(value, list):
        return [_with_extra_keys(item) for item in value]
    return value


@contextlib.contextmanager
def newer_server(
    port: int,
    *,
    extra_keys: bool = False,
    min_client_api: int | None = None,
    api: int | None = None,
    hidden: set[str] | None = None,
) -> Iterator[str]:
    """A server URL whose answers come from the real server on ``port``, rewritten (``api``:
    the protocol its /health says it speaks, e.g. an older server's; ``hidden``: keys its
    /health leaves out, as a server older than them; the caller may change the set meanwhile,
    as the server is updated)."""
    upstream = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _forward(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else b""
            headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
            reply = upstream.request(self.command, self.path, content=body, headers=headers)
            content = reply.content
            if "json" in reply.headers.get("content-type", ""):
                envelope = json.loads(content)
                if min_client_api is not None and self.path.endswith("/health"):
                    envelope["data"]["min_client_api"] = min_client_api
                if api is not None and self.path.endswith("/health"):
                    envelope["data"]["api"] = api
                if hidden and self.path.endswith("/health"):
                    for key in hidden:
                        envelope["data"].pop(key, None)
                if extra_keys:
                    envelope = _with_extra_keys(envelope)
                content = json.dumps(envelope).encode()
            self.send_response(reply.status_code)
            for key, value in reply.headers.items():
                if key.lower() not in HOP_BY_HOP:
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(content)

        do_GET = do_POST = do_PATCH = do_HEAD = do_DELETE = _forward  # noqa: N815

        def log_message(self, *_args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        upstream.close()
