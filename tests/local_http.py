"""A stand-in for a server of the internet (tiles, a geocoder) on 127.0.0.1, for the tests."""

from __future__ import annotations

import contextlib
import http.server
import socket
import threading
from collections.abc import Iterator
from pathlib import Path


def reply(handler: http.server.BaseHTTPRequestHandler, body: bytes, content_type: str) -> None:
    """Answer 200 with ``body``."""
    handler.send_response(200)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    handler.send_header("Cache-Control", "max-age=86400")
    handler.end_headers()
    handler.wfile.write(body)


@contextlib.contextmanager
def serving(
    handler: type[http.server.BaseHTTPRequestHandler],
) -> Iterator[http.server.ThreadingHTTPServer]:
    """Serve ``handler`` on a free port of 127.0.0.1 until the block ends."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def dropping_packets() -> Iterator[int]:
    """A port of 127.0.0.1 that neither takes a connection nor refuses it, as an address that
    drops packets: a listening socket whose queue of connections is full. Yields the port."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    queued = socket.create_connection(("127.0.0.1", port), timeout=5)  # the queue is full
    try:
        yield port
    finally:
        queued.close()
        listener.close()


def connecting_to(port: int) -> bool:
    """Whether a connection to 127.0.0.1:``port`` waits for its answer (SYN_SENT, Linux)."""
    rows = Path("/proc/net/tcp").read_text().splitlines()[1:]
    return any(row.split()[2] == f"0100007F:{port:04X}" and row.split()[3] == "02" for row in rows)
