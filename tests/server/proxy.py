"""A TCP proxy on 127.0.0.1 that breaks connections the way bad networks do.

``cut_after=N`` forwards the first N bytes the client sends, then closes both sides (a dropped
connection mid-upload). ``drop_replies=True`` forwards the request whole, waits until the server
has answered, and closes the client's connection without passing the answer on (a lost
acknowledgement: the server committed, the laptop never heard).
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator


class FlakyProxy:
    """Forwards 127.0.0.1:port to the upstream port, breaking connections as configured."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.cut_after: int | None = None
        self.drop_replies = False
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self.listener.getsockname()[1]
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        """The proxy's base URL."""
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        """Stop accepting connections."""
        self._closed = True
        self.listener.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        cut_after, drop_replies = self.cut_after, self.drop_replies
        with client, socket.create_connection(("127.0.0.1", self.upstream_port)) as upstream:
            replies = threading.Thread(
                target=self._replies, args=(upstream, client, drop_replies), daemon=True
            )
            replies.start()
            sent = 0
            with contextlib.suppress(OSError):
                while chunk := client.recv(65536):
                    if cut_after is not None and sent + len(chunk) >= cut_after:
                        upstream.sendall(chunk[: cut_after - sent])
                        # RST rather than FIN on both sides: the connection just dies.
                        # shutdown() acts at once even while the reply thread is blocked in
                        # recv() on the same socket (a bare close() would wait for it).
                        for end in (upstream, client):
                            end.shutdown(socket.SHUT_RDWR)
                        return
                    upstream.sendall(chunk)
                    sent += len(chunk)
            replies.join(30)

    @staticmethod
    def _replies(upstream: socket.socket, client: socket.socket, drop: bool) -> None:
        with contextlib.suppress(OSError):
            while chunk := upstream.recv(65536):
                if drop:  # the server answered: hang up on the client without passing it on
                    client.shutdown(socket.SHUT_RDWR)
                    return
                client.sendall(chunk)
            client.shutdown(socket.SHUT_WR)


@contextlib.contextmanager
def flaky_proxy(upstream_port: int) -> Iterator[FlakyProxy]:
    """A FlakyProxy in front of ``upstream_port``, closed at the end."""
    proxy = FlakyProxy(upstream_port)
    try:
        yield proxy
    finally:
        proxy.close()
