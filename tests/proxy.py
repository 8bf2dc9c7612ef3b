"""A TCP proxy on 127.0.0.1 that breaks connections the way bad networks do.

It forwards bytes both ways between a client and the server and, as configured:

- ``cut_after = N``: every connection forwards the first N bytes the client sends, then dies
  (a dropped connection mid-upload);
- ``drop_replies = True``: requests reach the server whole, the server answers, and the answer
  is thrown away as the connection is cut (a lost acknowledgement: the server committed, the
  laptop never heard);
- ``cut_uploads(fractions)``: the first upload (``PATCH /api/v1/blobs/SHA``) of each of the next
  blobs is cut at the given fraction of its request's bytes (headers included);
- ``drop_answer_to(marker, skip=k)``: the answer to the next request containing ``marker``
  (after ``k`` such requests went through) is lost.
- ``go_silent_at(marker)``: from the first request containing ``marker`` on, every connection
  is taken and never answered (a server that hangs mid-sync); ``silent`` is set then.
- ``hold_answer_to(marker)``: the answer to the next request containing ``marker`` waits until
  ``let_answers_go()`` (a server slow to answer); ``holding`` is set once that request arrived.
"""

from __future__ import annotations

import contextlib
import re
import socket
import threading
from collections import deque
from collections.abc import Iterator
from typing import Any

UPLOAD = re.compile(rb"PATCH /api/v1/blobs/([0-9a-f]{64}) ")


class BreakingProxy:
    """Forwards 127.0.0.1:``port`` to 127.0.0.1:``target``; see the module docstring."""

    def __init__(self, target: int) -> None:
        self.target = target
        self.cut_after: int | None = None
        self.drop_replies = False
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self._cuts: deque[float] = deque()
        self._cut_blobs: set[bytes] = set()
        self._drop_markers: deque[list[Any]] = deque()  # [marker, requests to let through]
        self._silent_marker: bytes | None = None
        self.silent = threading.Event()
        self._hold_markers: deque[bytes] = deque()
        self.holding = threading.Event()
        self._answers_go = threading.Event()
        self._answers_go.set()
        self._lock = threading.Lock()
        self.cuts_made = 0
        self.answers_dropped = 0
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        """The proxy's base URL."""
        return f"http://127.0.0.1:{self.port}"

    def cut_uploads(self, fractions: list[float]) -> None:
        """Cut the first upload of each of the next blobs at these fractions of its request."""
        with self._lock:
            self._cuts.extend(fractions)

    def drop_answer_to(self, marker: bytes, skip: int = 0) -> None:
        """Lose the answer to the next request whose bytes contain ``marker``, after ``skip``
        such requests went through."""
        with self._lock:
            self._drop_markers.append([marker, skip])

    def go_silent_at(self, marker: bytes) -> None:
        """Answer nothing more once a request containing ``marker`` arrives."""
        with self._lock:
            self._silent_marker = marker

    def hold_answer_to(self, marker: bytes) -> None:
        """Keep the answer to the next request whose bytes contain ``marker`` until
        ``let_answers_go``."""
        with self._lock:
            self._hold_markers.append(marker)
            self._answers_go.clear()

    def let_answers_go(self) -> None:
        """Forward the answers held back."""
        self._answers_go.set()

    def answer_again(self) -> None:
        """Forward new connections again (the silent ones stay silent)."""
        with self._lock:
            self._silent_marker = None
            self.silent.clear()

    def reset(self) -> None:
        """Forward everything again, with no fault planned (connections gone silent stay so)."""
        with self._lock:
            self.cut_after, self.drop_replies = None, False
            self._cuts.clear()
            self._cut_blobs.clear()
            self._drop_markers.clear()
            self._silent_marker = None
            self.silent.clear()
            self._hold_markers.clear()
        self._answers_go.set()

    def close(self) -> None:
        """Stop accepting connections."""
        self._closed = True
        self._answers_go.set()
        self._listener.close()

    def _plan_cut(self, data: bytes) -> int | None:
        """Where in ``data`` to cut, when it starts a blob's first upload and a cut is planned."""
        found = UPLOAD.search(data)
        if found is None or not self._cuts or found.group(1) in self._cut_blobs:
            return None
        length = re.search(rb"(?i)\r\ncontent-length: *(\d+)", data[found.start() :])
        end = data.find(b"\r\n\r\n", found.start())
        if length is None or end < 0:
            return None  # headers split over reads: this attempt goes through
        self._cut_blobs.add(found.group(1))
        total = end + 4 - found.start() + int(length.group(1))
        return found.start() + max(1, min(total - 1, int(self._cuts.popleft() * total)))

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target))
            state = {"drop": self.drop_replies, "hold": False}
            threading.Thread(
                target=self._upward, args=(client, upstream, state, self.cut_after), daemon=True
            ).start()
            threading.Thread(
                target=self._downward, args=(upstream, client, state), daemon=True
            ).start()

    @staticmethod
    def _close(*sockets: socket.socket) -> None:
        # RST rather than FIN: shutdown() acts at once even while the other direction's thread
        # is blocked in recv() on the same socket.
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()

    def _upward(
        self,
        client: socket.socket,
        upstream: socket.socket,
        state: dict[str, bool],
        cut_after: int | None,
    ) -> None:
        cut_at = cut_after  # position in this connection's remaining bytes where the cut falls
        try:
            while data := client.recv(65536):
                with self._lock:
                    if self._silent_marker is not None and self._silent_marker in data:
                        self.silent.set()
                    if self.silent.is_set():
                        continue  # taken, never forwarded nor answered
                    if cut_at is None:
                        cut_at = self._plan_cut(data)
                    dropping = self._drop_markers[0] if self._drop_markers else None
                    if dropping is not None and dropping[0] in data:
                        if dropping[1] > 0:
                            dropping[1] -= 1
                        else:
                            self._drop_markers.popleft()
                            state["drop"] = True
                    marker = self._hold_markers[0] if self._hold_markers else None
                    if marker is not None and marker in data:
                        self._hold_markers.popleft()
                        state["hold"] = True
                        self.holding.set()
                if cut_at is not None and cut_at < len(data):
                    upstream.sendall(data[:cut_at])
                    self.cuts_made += 1
                    break
                if cut_at is not None:
                    cut_at -= len(data)
                upstream.sendall(data)
        except OSError:
            pass
        self._close(client, upstream)

    def _downward(
        self, upstream: socket.socket, client: socket.socket, state: dict[str, bool]
    ) -> None:
        try:
            while data := upstream.recv(65536):
                if self.silent.is_set():
                    continue
                if state["drop"]:  # the server has answered; the laptop never hears it
                    self.answers_dropped += 1
                    break
                if state["hold"]:
                    self._answers_go.wait()
                client.sendall(data)
        except OSError:
            pass
        self._close(client, upstream)


@contextlib.contextmanager
def breaking_proxy(target: int) -> Iterator[BreakingProxy]:
    """A BreakingProxy in front of ``target``, closed at the end."""
    proxy = BreakingProxy(target)
    try:
        yield proxy
    finally:
        proxy.close()
