"""The HTTP client's own rules: bounded, jittered retries; a clear error when nobody answers."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from datetime import timedelta

import pytest

from surveyapp.sync.client import (
    RetryPolicy,
    ServerUnavailableError,
    SyncClient,
    SyncStopped,
)
from surveyapp.sync.engine import skew_warning
from tests.live_server import free_port


def test_backoff_grows_is_capped_and_jittered() -> None:
    policy = RetryPolicy(attempts=8, base=0.5, cap=4.0)
    runs = [list(policy.delays()) for _ in range(50)]
    assert all(len(run) == 7 for run in runs)  # attempts - 1 waits
    for index, bound in enumerate([0.5, 1, 2, 4, 4, 4, 4]):
        waits = [run[index] for run in runs]
        assert all(0 <= wait <= bound for wait in waits)
        assert len(set(waits)) > 40  # jitter: volunteers do not retry in lockstep


def test_a_server_that_is_not_there_fails_after_the_retries_with_its_address() -> None:
    retried: list[str] = []
    port = free_port()
    client = SyncClient(
        f"http://127.0.0.1:{port}", "token-not-shown", retry=RetryPolicy(3, 0.01, 0.02),
        on_retry=retried.append,
    )  # fmt: skip
    started = time.monotonic()
    with client, pytest.raises(ServerUnavailableError) as failure:
        client.me()
    assert time.monotonic() - started < 5
    assert len(retried) == 2 and "retrying" in retried[0]
    message = str(failure.value)
    assert f"127.0.0.1:{port}" in message and "3 tries" in message
    assert "token-not-shown" not in message + "".join(retried)


def test_a_server_whose_name_is_not_found_is_said_so_in_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An offline laptop's commonest failure: the server's name cannot be looked up. The
    volunteer reads what it means (before: "ConnectError: [Errno -2] Name or service not
    known"); the library's words stay in the stored text for whoever helps. The system's
    resolver stands in for a network without the name."""
    resolve = socket.getaddrinfo

    def not_found(host: str, *args: object, **kwargs: object) -> object:
        if host != "sync.invalid":
            return resolve(host, *args, **kwargs)  # type: ignore[arg-type]
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", not_found)
    retried: list[str] = []
    client = SyncClient(
        "http://sync.invalid", "t", retry=RetryPolicy(2, 0.01, 0.02), on_retry=retried.append
    )
    with client, pytest.raises(ServerUnavailableError) as failure:
        client.me()
    words = "the server's name was not found: no network, or a mistyped address"
    assert retried == [f"GET /me: {words}; retrying in {retried[0].rsplit(' ', 2)[1]} s"]
    said = failure.value.said
    assert said == f"http://sync.invalid did not answer GET /me after 2 tries: {words}"
    assert str(failure.value).endswith(
        f"{words} (ConnectError: [Errno -2] Name or service not known)"
    )
    assert failure.value.kind == "unreachable"


def test_a_skewed_laptop_clock_is_reported() -> None:
    client = SyncClient("http://127.0.0.1:1", "t")
    client.clock_skew = timedelta(minutes=3)
    assert skew_warning(client) is None
    client.clock_skew = timedelta(minutes=-47)
    warning = skew_warning(client)
    assert warning is not None and "47 minutes behind the server" in warning
    client.close()


def _time_to_stop(client: SyncClient, under_way: threading.Event) -> float:
    """Seconds from ``client.stop()`` to the end of a request (/health, on a thread of its own)
    once ``under_way`` says it waits; the request must end in SyncStopped."""
    raised: list[BaseException] = []

    def ask() -> None:
        try:
            client.health()
        except BaseException as error:  # noqa: BLE001 (looked at below)
            raised.append(error)

    asking = threading.Thread(target=ask, daemon=True)
    asking.start()
    assert under_way.wait(10)
    stopped = time.monotonic()
    client.stop()
    asking.join(10)
    took = time.monotonic() - stopped
    assert not asking.is_alive()
    assert [type(error) for error in raised] == [SyncStopped]
    return took


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_a_request_to_a_silent_server_stops_at_once_when_the_client_is_stopped(
    scheme: str,
) -> None:
    """stop() from another thread (the app closing) ends a request that waits for a server
    which took the connection and never answers (nor finishes the TLS handshake), instead of
    its time-outs and retries; and any later request."""
    listener = socket.create_server(("127.0.0.1", 0))
    calls: list[socket.socket] = []
    called = threading.Event()

    def take() -> None:
        with contextlib.suppress(OSError):
            while True:
                calls.append(listener.accept()[0])
                called.set()

    threading.Thread(target=take, daemon=True).start()
    client = SyncClient(f"{scheme}://127.0.0.1:{listener.getsockname()[1]}", "t", timeout=30)
    try:
        took = _time_to_stop(client, called)
        assert took < 2, f"{took:.1f} s"
        with pytest.raises(SyncStopped):
            client.me()
    finally:
        client.close()
        listener.close()
        for call in calls:
            call.close()


def test_a_request_still_looking_up_the_servers_name_stops_at_once_when_the_client_is_stopped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """stop() ends a request whose server's name is still being looked up (a network that
    drops the resolver's packets: the system's resolver stands in here, answering only when
    the test ends), instead of the resolver's own time-outs."""
    asked, answer = threading.Event(), threading.Event()
    resolve = socket.getaddrinfo

    def never_answers(host: str, *args: object, **kwargs: object) -> object:
        if host != "sync.invalid":
            return resolve(host, *args, **kwargs)  # type: ignore[arg-type]
        asked.set()
        answer.wait(30)
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", never_answers)
    client = SyncClient("http://sync.invalid", "t", timeout=30)
    try:
        took = _time_to_stop(client, asked)
        assert took < 1, f"{took:.1f} s"
    finally:
        answer.set()
        client.close()
