"""HTTP connections a stop can cut, whose answers keep to a time budget.

The sync's client and the online street-name lookup both wait for servers of the internet: a
server that took the connection and went silent, or an address that drops packets, holds them
for their time-outs (minutes, for a sync's retries). Closing the app or pressing Cancel must
end such a wait at once, from another thread: ``AnswerClock.stop`` shuts every connection of a
``timed_transport`` down, and a connection still being made gives up within ``DIAL_STEP``.
The module sits below both (``surveyapp.sync`` and ``surveyapp.basemap`` are sibling layers,
which may not import each other).
"""

from __future__ import annotations

import contextlib
import errno
import ipaddress
import os
import select
import socket
import ssl
import threading
import time
import weakref
from typing import Any

import httpcore
import httpx
from httpcore._backends.sync import SyncStream


class AnswerClock:
    """The time budget of the answer being read. It starts at the first byte asked for once
    the request is sent (an upload's time is not the answer's) and covers the status line,
    the headers and the body alike: a server that trickles a header byte a second is cut off
    like one that trickles its body."""

    def __init__(self) -> None:
        self.budget: float | None = None
        self.deadline: float | None = None
        self.stopped = threading.Event()
        self._streams: weakref.WeakSet[_TimedStream] = weakref.WeakSet()
        self._lock = threading.Lock()

    def opened(self, stream: _TimedStream) -> _TimedStream:
        """A new connection, cut at once when the client has been stopped meanwhile."""
        with self._lock:
            self._streams.add(stream)
        if self.stopped.is_set():
            stream.cut()
        return stream

    def stop(self) -> None:
        """Cut every connection (any thread): what waits on one stops waiting."""
        self.stopped.set()
        with self._lock:
            streams = list(self._streams)
        for stream in streams:
            stream.cut()

    def resume(self) -> None:
        """Take requests again after a stop (a later run on the same connections' pool: the
        street names' next lookup); the connections stop() cut are closed and made again."""
        self.stopped.clear()

    def arm(self, budget: float) -> None:
        """A new request: its answer may take ``budget`` seconds from its first byte."""
        self.budget, self.deadline = budget, None

    def left(self) -> float | None:
        """Seconds left for the answer (None: no request under way); starts the clock."""
        if self.budget is None:
            return None
        if self.deadline is None:
            self.deadline = time.monotonic() + self.budget
        return self.deadline - time.monotonic()

    def too_slow(self) -> str:
        return f"the answer took more than {self.budget or 0:.0f} s"


def _duplicate(stream: httpcore.NetworkStream) -> socket.socket | None:
    """A descriptor of its own on the stream's socket (None when it has none to share)."""
    sock = stream.get_extra_info("socket")
    if type(sock) is not socket.socket:  # an SSLSocket cannot be duplicated
        return None
    try:
        return sock.dup()
    except OSError:
        return None


class _TimedStream(httpcore.NetworkStream):
    """A connection whose every read waits no longer than the answer's budget has left."""

    def __init__(
        self,
        stream: httpcore.NetworkStream,
        clock: AnswerClock,
        handle: socket.socket | None = None,
    ) -> None:
        self._stream, self._clock = stream, clock
        # A second descriptor of the connection's socket, for cut(): the TLS handshake moves
        # the socket into another object (the first one's descriptor is gone), while a
        # handshake with a server that never answers is one of the waits to cut.
        self._handle = handle if handle is not None else _duplicate(stream)

    def cut(self) -> None:
        """Shut the connection down from another thread: a read, a write or a handshake
        blocked on it returns at once (closing a descriptor would not wake them)."""
        handle = self._handle
        if handle is not None:
            with contextlib.suppress(OSError):  # closed already
                handle.shutdown(socket.SHUT_RDWR)

    def _forget(self) -> None:
        handle, self._handle = self._handle, None
        if handle is not None:
            handle.close()

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        left = self._clock.left()
        if left is None:
            return self._stream.read(max_bytes, timeout)
        if left <= 0:
            raise httpcore.ReadTimeout(self._clock.too_slow())
        try:
            return self._stream.read(max_bytes, left if timeout is None else min(timeout, left))
        except httpcore.ReadTimeout:
            if (self._clock.left() or 0) <= 0:
                raise httpcore.ReadTimeout(self._clock.too_slow()) from None
            raise

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, timeout)

    def close(self) -> None:
        try:
            self._stream.close()
        finally:
            self._forget()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        try:
            secure = self._stream.start_tls(ssl_context, server_hostname, timeout)
        except BaseException:
            self._forget()
            raise
        handle, self._handle = self._handle, None  # the secure stream owns it now
        return self._clock.opened(_TimedStream(secure, self._clock, handle))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


DIAL_STEP = 0.05  # seconds between looks at stop() while a connection is being made
# connect_ex's answers while a connection is still being made (Windows says WSAEWOULDBLOCK)
_IN_PROGRESS = frozenset(
    {errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EALREADY, getattr(errno, "WSAEWOULDBLOCK", -1)}
)


Addresses = list[tuple[Any, Any, int, str, Any]]  # socket.getaddrinfo's answer


def _addresses(host: str, port: int, stopped: threading.Event) -> Addresses:
    """socket.getaddrinfo's answer, except that ``stopped`` ends the wait within moments: on a
    network that drops the resolver's packets the look-up waits out the resolver's time-outs,
    and nothing can cut it. So a name (never an address, known at once) is looked up on a
    thread of its own, left to end by itself when a stop stops waiting for it."""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)
    answer: list[Addresses | Exception] = []
    answered = threading.Event()

    def look_up() -> None:
        try:
            answer.append(socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM))
        except Exception as error:  # handed to the caller, raised there
            answer.append(error)
        answered.set()

    threading.Thread(target=look_up, name=f"look-up of {host}", daemon=True).start()
    while not answered.wait(DIAL_STEP):
        if stopped.is_set():
            raise OSError(errno.ECONNABORTED, f"stopped while looking up {host}")
    (found,) = answer
    if isinstance(found, Exception):
        raise found
    return found


def _dial(
    host: str, port: int, timeout: float | None, local: str | None, stopped: threading.Event
) -> socket.socket:
    """A connection to ``host`` as socket.create_connection makes it (one time-out for all its
    addresses), except that ``stopped`` ends the wait within moments: a blocking connect() to
    an address that drops packets waits out its whole time-out, with no connection yet for
    stop() to cut; the name's look-up likewise (``_addresses``)."""
    deadline = None if timeout is None else time.monotonic() + timeout
    error: OSError = OSError(f"no address for {host}")
    for family, kind, proto, _name, address in _addresses(host, port, stopped):
        sock = socket.socket(family, kind, proto)
        try:
            if local is not None:
                sock.bind((local, 0))
            sock.setblocking(False)
            status = sock.connect_ex(address)
            while status in _IN_PROGRESS:
                if stopped.is_set():
                    raise OSError(errno.ECONNABORTED, "stopped while connecting")
                left = DIAL_STEP if deadline is None else deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError("timed out")
                if select.select([], [sock], [sock], min(left, DIAL_STEP)) != ([], [], []):
                    status = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if status:
                raise OSError(status, os.strerror(status))
            sock.settimeout(timeout)
            return sock
        except OSError as failed:
            sock.close()
            if stopped.is_set() or isinstance(failed, TimeoutError):
                raise
            error = failed
    raise error


class _TimedBackend(httpcore.NetworkBackend):
    """Opens connections whose reads keep to the answer's budget."""

    def __init__(self, clock: AnswerClock) -> None:
        self._backend, self._clock = httpcore.SyncBackend(), clock

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        try:
            sock = _dial(host, port, timeout, local_address, self._clock.stopped)
        except TimeoutError as error:
            raise httpcore.ConnectTimeout(str(error) or "timed out") from error
        except OSError as error:
            raise httpcore.ConnectError(str(error)) from error
        for option in socket_options or ():
            sock.setsockopt(*option)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return self._clock.opened(_TimedStream(SyncStream(sock), self._clock))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:
        stream = self._backend.connect_unix_socket(path, timeout, socket_options)
        return self._clock.opened(_TimedStream(stream, self._clock))

    def sleep(self, seconds: float) -> None:
        self._clock.stopped.wait(seconds)  # between a connection's tries: a stop ends it


def timed_transport(
    clock: AnswerClock,
    *,
    ssl_context: ssl.SSLContext | None = None,
    proxy: str | None = None,
    retries: int = 0,
) -> httpx.HTTPTransport:
    """httpx's own transport (same limits, same TLS checks) over connections that keep to
    ``clock``: httpx's time-outs are per read, so a byte a second would never trip them.

    ``ssl_context`` (httpx's by default) checks the servers' certificates; ``proxy``, an
    http(s) URL, is the proxy every request goes through; a connection that cannot be made
    is tried ``retries`` more times (a stop ends the tries at once)."""
    transport = httpx.HTTPTransport()
    context = ssl_context or httpx.create_ssl_context()
    limits: dict[str, Any] = {
        "max_connections": 100,
        "max_keepalive_connections": 20,
        "keepalive_expiry": 5.0,
        "retries": retries,
        "network_backend": _TimedBackend(clock),
    }
    if proxy is None:
        transport._pool = httpcore.ConnectionPool(ssl_context=context, **limits)
        return transport
    via = httpx.Proxy(proxy)
    if via.url.scheme not in ("http", "https"):
        raise ValueError(f"a proxy of http or https, not {via.url.scheme}")
    transport._pool = httpcore.HTTPProxy(
        proxy_url=httpcore.URL(
            scheme=via.url.raw_scheme,
            host=via.url.raw_host,
            port=via.url.port,
            target=via.url.raw_path,
        ),
        proxy_auth=via.raw_auth,
        proxy_headers=via.headers.raw,
        ssl_context=context,
        **limits,
    )
    return transport
