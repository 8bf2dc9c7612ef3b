"""The HTTP side of sync: one request at a time, retried with backoff, checked for the envelope.

Every JSON answer must carry the API's envelope; a 200 from a captive portal or a proxy's error
page is not taken for success. Connection errors, time-outs and 5xx answers are retried with
exponential backoff and full jitter, a bounded number of times; 401/403 stop at once
(:class:`AuthError`), since retrying cannot fix a revoked token. The token is sent in a header
and never appears in a message or a log line.

A broken or hostile server cannot hang the laptop or eat its memory: every answer is read within
an overall time budget (``budget``, from the answer's first byte to its last: a slow drip of
header or body bytes is cut off) and up to a size cap; every
answer is checked against its model, and a malformed one stops the run with a clear error
(:class:`MalformedAnswerError`), never a traceback. A pulled change that is malformed on its own
is skipped with a note; the rest of its page lands.
"""

from __future__ import annotations

import errno
import random
import socket
import ssl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from surveyapp.i18n import QT_TRANSLATE_NOOP, decimal, translate
from surveyapp.protocol.fields import escaped_unstorable
from surveyapp.protocol.wire import (
    API_PREFIX,
    API_VERSION,
    DEFAULT_PULL_LIMIT,
    MAX_BLOB_QUERY,
    MIN_SERVER_API,
    BlobStates,
    BlobStatus,
    Change,
    Envelope,
    Health,
    PullResponse,
    PushResponse,
    ServerState,
    UserInfo,
)
from surveyapp.transport import AnswerClock, timed_transport

SKEW_WARNING = timedelta(minutes=5)


@dataclass(frozen=True)
class Words:
    """A text worded by sync in English (``str``) and in the volunteer's language (``said``),
    for a placeholder of another: ``text`` is marked with QT_TRANSLATE_NOOP("sync", ...)."""

    text: str
    values: dict[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.text.format(**self.values)

    def said(self) -> str:
        """The text in the volunteer's language."""
        return translate("sync", self.text).format(**self.values)


def said(value: object) -> object:
    """What a placeholder shows the volunteer: a Words' translation, anything else as it is."""
    return value.said() if isinstance(value, Words) else value


class SyncError(Exception):
    """Sync cannot go on; the message says why in words a volunteer can act on.

    ``kind`` says what went wrong as a code the app words in the volunteer's language (the
    message is the technical detail): unreachable, timeout, tls, server_error, token,
    not_surveyapp, version, answer, request, or error.

    ``text`` is worded in English (``str(error)``: what a run stores, and ``--json`` says) and,
    marked with QT_TRANSLATE_NOOP("sync", ...), in the volunteer's language (``said``: what the
    command line and the app show); its placeholders are filled from ``values``, which keep
    their own words (an address, a server's refusal, a library's message) unless they are
    :class:`Words`.
    """

    kind = "error"

    def __init__(self, text: str, **values: object) -> None:
        super().__init__(text.format(**values) if values else text)
        shown = translate("sync", text)
        self.said = shown.format(**{k: said(v) for k, v in values.items()}) if values else shown


class AuthError(SyncError):
    """The server refused the token (401) or the action (403): the run stops, the queue stays."""

    kind = "token"


class NotSurveyAppError(SyncError):
    """The answer did not come from a SurveyApp server."""

    kind = "not_surveyapp"


class VersionError(SyncError):
    """The server and this SurveyApp do not speak a common version of the protocol."""

    kind = "version"


class ServerUnavailableError(SyncError):
    """The server could not be reached, or kept failing, after every retry: ``kind`` is
    unreachable (no connection), timeout (no answer in time), tls (the secure connection
    failed) or server_error (it kept answering 5xx)."""

    def __init__(self, text: str, kind: str = "unreachable", **values: object) -> None:
        super().__init__(text, **values)
        self.kind = kind


class MalformedAnswerError(SyncError):
    """The server's answer does not have the shape the protocol says (or is far too large)."""

    kind = "answer"


class SyncStopped(SyncError):
    """The run was stopped (the app closing, Cancel, Ctrl-C) while it waited for the server:
    the request under way was abandoned, as a cut connection would leave it."""

    kind = "stopped"


# The server's refusal of a copy no live photo of this volunteer names (withdrawn, or taken over
# by a teammate's record, since the photo's record went): that copy, not the token.
NOT_NAMED = "not_named"


RESOLVED_PER_REQUEST = 5_000  # conflicts marked reviewed in one request (the server takes 10,000)


class RequestError(SyncError):
    """The server answered this request with an error (4xx) that a retry would not fix."""

    kind = "request"

    def __init__(self, status: int, code: str, message: str, headers: httpx.Headers) -> None:
        super().__init__(
            "{message} (HTTP {status}, {code})", message=message, status=status, code=code
        )
        self.status, self.code, self.headers = status, code, headers


@dataclass(frozen=True)
class ConnectionFailure(Words):
    """A failed connection in words a volunteer can act on; the library's own words
    (``detail``, "ConnectError: [Errno 111] Connection refused") follow them in English, in
    what a run stores and ``--json`` says."""

    detail: str = ""

    def __str__(self) -> str:
        return f"{super().__str__()} ({self.detail})"


# The commonest reasons a connection fails, by the system's error number.
_REFUSED = QT_TRANSLATE_NOOP(
    "sync", "the connection was refused: is the server running at this address?"
)
_NO_NAME = QT_TRANSLATE_NOOP(
    "sync", "the server's name was not found: no network, or a mistyped address"
)
_NO_NETWORK = QT_TRANSLATE_NOOP("sync", "the server cannot be reached: no network?")
_CUT = QT_TRANSLATE_NOOP("sync", "the connection was cut")
_CONNECTION_FAILURES = {
    errno.ECONNREFUSED: _REFUSED,
    socket.EAI_NONAME: _NO_NAME,
    socket.EAI_AGAIN: _NO_NAME,
    errno.ENETUNREACH: _NO_NETWORK,
    errno.EHOSTUNREACH: _NO_NETWORK,
    errno.ENETDOWN: _NO_NETWORK,
    errno.ECONNRESET: _CUT,
    errno.EPIPE: _CUT,
}


def _causes(error: BaseException) -> Iterator[BaseException]:
    """``error`` and what it wraps: httpx wraps httpcore's error, which wraps the system's (or
    the ssl module's)."""
    cause: BaseException | None = error
    while cause is not None:
        yield cause
        cause = cause.__cause__ or cause.__context__


def _detail(error: httpx.TransportError) -> str:
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


def connection_problem(error: httpx.TransportError) -> object:
    """What went wrong with a connection: a :class:`ConnectionFailure` for the common cases,
    else the library's own words."""
    detail = _detail(error)
    if isinstance(error, httpx.TimeoutException | _AnswerTooSlow):
        return ConnectionFailure(
            QT_TRANSLATE_NOOP("sync", "the server did not answer in time"), detail=detail
        )
    if isinstance(error, httpx.RemoteProtocolError) and "without sending" in str(error):
        return ConnectionFailure(
            QT_TRANSLATE_NOOP("sync", "the server closed the connection without answering"),
            detail=detail,
        )
    for cause in _causes(error):
        if isinstance(cause, OSError) and cause.errno in _CONNECTION_FAILURES:
            return ConnectionFailure(_CONNECTION_FAILURES[cause.errno], detail=detail)
    return detail


def transport_kind(error: httpx.TransportError) -> str:
    """What a failed connection means to a volunteer: timeout, tls or unreachable."""
    if isinstance(error, httpx.TimeoutException | _AnswerTooSlow):
        return "timeout"
    for cause in _causes(error):
        if isinstance(cause, ssl.SSLError) or "SSL" in type(cause).__name__:
            return "tls"
    text = str(error)
    return "tls" if "SSL" in text or "CERTIFICATE" in text.upper() else "unreachable"


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently to retry: ``attempts`` tries, delays growing from ``base``."""

    attempts: int = 6
    base: float = 0.5
    cap: float = 10.0

    def delays(self) -> Iterator[float]:
        """Full-jitter exponential backoff: a random wait up to base·2ⁿ, capped."""
        for attempt in range(self.attempts - 1):
            yield random.uniform(0, min(self.cap, self.base * 2**attempt))


# Worth another try: time-outs, rate limits, a server or its proxy in trouble.
RETRIABLE = frozenset({408, 429, 500, 502, 503, 504})
MAX_ANSWER_BYTES = 64 * 1024 * 1024  # a JSON answer (a pull page is about 8 MB at most)
MAX_BLOB_ANSWER_BYTES = 2**31  # a photo's shared copy, when its size is not known
ANSWER_BUDGET = 120.0  # seconds to read a whole JSON answer, however its bytes trickle in
BLOB_BUDGET = 900.0  # seconds to read a photo


MAX_SERVER_TEXT = 500  # characters of a message the server wrote that a volunteer is shown


def server_text(text: str) -> str:
    """A message the server wrote, safe to print or show: a terminal's escapes, controls and
    line breaks as backslash escapes, at most MAX_SERVER_TEXT characters (a hostile server's
    5 MB refusal, or one that clears the screen, reached the terminal as it was)."""
    shown = escaped_unstorable(text)
    return shown if len(shown) <= MAX_SERVER_TEXT else shown[:MAX_SERVER_TEXT] + "…"


def is_server_address(text: str) -> bool:
    """Whether ``text`` is an address a sync can go to: http(s), a host, a port if any."""
    if not text.startswith(("http://", "https://")):
        return False
    try:
        return bool(httpx.URL(text).host)
    except (httpx.InvalidURL, ValueError, TypeError):  # a port of letters, an open bracket
        return False


def offset_header(headers: httpx.Headers, name: str) -> int:
    """A byte count the server gave in a header (0 when it gave none)."""
    value = headers.get(name, "0").strip()
    if not (value.isascii() and value.isdigit() and len(value) <= 18):
        raise MalformedAnswerError(
            QT_TRANSLATE_NOOP("sync", "the server's {name} header is not a byte count: {value}"),
            name=name,
            value=f"{value!r:.40}",
        )
    return int(value)


class _AnswerTooSlow(httpx.TransportError):
    """The answer did not arrive whole within the request's time budget (retried)."""


M = TypeVar("M", bound=BaseModel)


def _model(cls: type[M], data: Any, what: str) -> M:
    """``data`` as the protocol's model, or MalformedAnswerError naming what was wrong."""
    try:
        return cls.model_validate(data)
    except ValidationError as error:
        raise MalformedAnswerError(
            QT_TRANSLATE_NOOP("sync", "the server's answer to {what} is malformed ({problem})"),
            what=what,
            problem=_first_problem(error),
        ) from None


def _first_problem(error: ValidationError) -> str:
    for problem in error.errors()[:1]:
        where = ".".join(str(p) for p in problem["loc"])[:80] or "answer"
        return f"{where}: {problem['msg']}"
    return "invalid"


def _objects(data: Any) -> list[dict[str, Any]]:
    """A list of JSON objects from the server (anything else is a server that misbehaves)."""
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise SyncError(QT_TRANSLATE_NOOP("sync", "the server's answer is not a list of objects"))
    return data


# The longest Retry-After a laptop waits for in one go (a longer one is a server's mistake).
MAX_RETRY_AFTER = 120.0


def retry_after(headers: httpx.Headers, delay: float) -> float:
    """``delay``, or longer when the server said how long to wait (Retry-After, in seconds:
    a rate limit or a busy server); never sooner than the server asked."""
    try:
        asked = float(headers.get("retry-after", ""))
    except ValueError:  # absent, or an HTTP date (our server sends seconds)
        return delay
    if not asked >= 0:
        return delay
    return max(delay, min(asked, MAX_RETRY_AFTER))


class SyncClient:
    """Talks to one SurveyApp server with one bearer token.

    ``on_retry(message)`` hears about each retry (for the progress display); ``clock_skew`` is
    set from the first answer's ``server_time``. ``budget`` is the time a JSON answer may take
    to arrive whole, ``max_answer_bytes`` its largest size.
    """

    def __init__(
        self,
        server: str,
        token: str,
        *,
        retry: RetryPolicy | None = None,
        timeout: float = 30.0,
        on_retry: Callable[[str], None] | None = None,
        transport: httpx.BaseTransport | None = None,
        budget: float = ANSWER_BUDGET,
        max_answer_bytes: int = MAX_ANSWER_BYTES,
    ) -> None:
        self.server = server.rstrip("/")
        self.budget, self.max_answer_bytes = budget, max_answer_bytes
        self.retry = retry or RetryPolicy()
        self.on_retry = on_retry
        self.clock_skew: timedelta | None = None
        self._clock = AnswerClock()
        self._http = httpx.Client(
            base_url=self.server + API_PREFIX,
            headers={"Authorization": f"Bearer {token}", "User-Agent": "SurveyApp-sync"},
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            transport=transport or timed_transport(self._clock),
            follow_redirects=False,
        )

    def close(self) -> None:
        """Close the connections."""
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def stop(self) -> None:
        """Abandon the request under way and any later one (from any thread: the app closing,
        Cancel): each raises :class:`SyncStopped` within moments. What the server took stays
        there, and a later sync goes on from where it stands, as after a cut connection."""
        self._clock.stop()

    @property
    def stopped(self) -> bool:
        """Whether stop() was called."""
        return self._clock.stopped.is_set()

    def _check_stopped(self) -> None:
        if self.stopped:
            raise SyncStopped(
                QT_TRANSLATE_NOOP("sync", "stopped while waiting for {server}"), server=self.server
            )

    def pause(self, delay: float, request: str, problem: object, *, resuming: bool = False) -> None:
        """Wait ``delay`` seconds before a retry (``resuming`` an upload), and say so in the
        volunteer's language (a stop ends the wait)."""
        if self.on_retry is not None:
            if resuming:
                text = translate("sync", "{request}: {problem}; resuming in {delay} s")
            else:
                text = translate("sync", "{request}: {problem}; retrying in {delay} s")
            self.on_retry(
                text.format(request=request, problem=said(problem), delay=decimal(delay, 1))
            )
        self._clock.stopped.wait(delay)
        self._check_stopped()

    # -- requests -------------------------------------------------------------------------

    def _read(
        self,
        method: str,
        path: str,
        *,
        limit: int | None = None,
        budget: float | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        """One request, its answer (status line, headers and body) read whole within
        ``budget`` seconds and ``limit`` bytes."""
        limit = self.max_answer_bytes if limit is None else limit
        budget = self.budget if budget is None else budget
        self._check_stopped()
        self._clock.arm(budget)
        try:
            return self._read_answer(method, path, limit, budget, **kwargs)
        except Exception:
            self._check_stopped()  # a connection cut by stop(): not the server's doing
            raise
        finally:
            self._clock.budget = None

    def _read_answer(
        self, method: str, path: str, limit: int, budget: float, **kwargs: Any
    ) -> httpx.Response:
        fallback = time.monotonic() + budget  # a transport of the caller's has no clock
        with self._http.stream(method, path, **kwargs) as streamed:
            declared = streamed.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise MalformedAnswerError(
                    QT_TRANSLATE_NOOP(
                        "sync",
                        "the server's answer to {request} is {size} bytes; at most {limit} are "
                        "expected",
                    ),
                    request=f"{method} {path}",
                    size=f"{int(declared):,}",
                    limit=f"{limit:,}",
                )
            chunks, size = [], 0
            try:
                for chunk in streamed.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise MalformedAnswerError(
                            QT_TRANSLATE_NOOP(
                                "sync", "the server's answer to {request} is over {limit} bytes"
                            ),
                            request=f"{method} {path}",
                            limit=f"{limit:,}",
                        )
                    deadline = self._clock.deadline or fallback
                    if time.monotonic() > deadline:
                        raise _AnswerTooSlow(self._clock.too_slow())
                    chunks.append(chunk)
            except httpx.DecodingError as error:  # no TransportError: asking again won't help
                encoding = server_text(streamed.headers.get("content-encoding", ""))
                raise MalformedAnswerError(
                    QT_TRANSLATE_NOOP(
                        "sync",
                        "the server's answer to {request} does not decode as its "
                        "Content-Encoding ({encoding}) says: {problem}",
                    ),
                    request=f"{method} {path}",
                    encoding=encoding,
                    problem=server_text(str(error)),
                ) from error
        # Content-Length stays (a HEAD's says the blob's size); the body is decoded already.
        # The headers as they came: a value with a byte beyond ASCII (a proxy's "Server: café")
        # is kept as it is, where a decoded one could not be encoded again.
        skip = {b"content-encoding", b"transfer-encoding"}
        headers = [(k, v) for k, v in streamed.headers.raw if k.lower() not in skip]
        return httpx.Response(
            streamed.status_code,
            headers=headers,
            content=b"".join(chunks),
            request=streamed.request,
        )

    def _send(
        self,
        method: str,
        path: str,
        *,
        limit: int | None = None,
        budget: float | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        """Send with retries; returns the last answer that is not worth retrying."""
        delays = self.retry.delays()
        while True:
            headers: httpx.Headers | None = None
            try:
                response = self._read(method, path, limit=limit, budget=budget, **kwargs)
            except httpx.TransportError as error:  # refused, reset, timed out, cut mid-body
                kind = transport_kind(error)
                problem = connection_problem(error) if kind != "tls" else _detail(error)
                if kind == "tls":  # a certificate does not get better by asking again
                    raise ServerUnavailableError(
                        QT_TRANSLATE_NOOP(
                            "sync", "{server}: the secure connection failed ({request}): {problem}"
                        ),
                        kind,
                        server=self.server,
                        request=f"{method} {path}",
                        problem=problem,
                    ) from error
            else:
                if response.status_code not in RETRIABLE:
                    return response
                problem = f"HTTP {response.status_code}"
                kind = "timeout" if response.status_code == 408 else "server_error"
                headers = response.headers
            delay = next(delays, None)
            if delay is None:
                raise ServerUnavailableError(
                    QT_TRANSLATE_NOOP(
                        "sync", "{server} did not answer {request} after {tries} tries: {problem}"
                    ),
                    kind,
                    server=self.server,
                    request=f"{method} {path}",
                    tries=self.retry.attempts,
                    problem=problem,
                )
            if headers is not None:
                delay = retry_after(headers, delay)
            self.pause(delay, f"{method} {path}", problem)

    def _envelope(self, response: httpx.Response) -> Envelope | None:
        if "json" not in response.headers.get("content-type", ""):
            return None
        try:
            envelope = Envelope.model_validate_json(response.content)
        except ValidationError:
            return None
        if envelope.surveyapp < 1:
            return None
        return envelope

    def _note_time(self, envelope: Envelope) -> None:
        if self.clock_skew is None:
            server_time = envelope.server_time
            if server_time.tzinfo is None:
                server_time = server_time.replace(tzinfo=UTC)
            self.clock_skew = datetime.now(UTC) - server_time

    def _check(self, response: httpx.Response) -> Envelope:
        """The answer's envelope; raises the matching SyncError for an error or a stranger."""
        envelope = self._envelope(response)
        if envelope is None:
            raise NotSurveyAppError(
                QT_TRANSLATE_NOOP(
                    "sync",
                    "{server} answered HTTP {status} without SurveyApp's envelope: not a "
                    "SurveyApp server (captive portal or proxy?)",
                ),
                server=self.server,
                status=response.status_code,
            )
        self._note_time(envelope)
        if response.is_success and envelope.error is None:
            return envelope
        code = server_text(envelope.error.code) if envelope.error else "error"
        message = server_text(envelope.error.message if envelope.error else response.reason_phrase)
        if response.status_code in (401, 403) and code != NOT_NAMED:
            raise AuthError(
                QT_TRANSLATE_NOOP("sync", "the server refused the token: {reason} (HTTP {status})"),
                reason=message,
                status=response.status_code,
            )
        raise RequestError(response.status_code, code, message, response.headers)

    def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        return self._check(self._send(method, path, **kwargs)).data

    # -- the API ----------------------------------------------------------------------------

    def health(self) -> Health:
        """Which API the server speaks; raises VersionError when it and this laptop cannot
        work together (an older server, or a server that needs a newer SurveyApp)."""
        health = _model(Health, self._json("GET", "/health"), "GET /health")
        if health.min_client_api > API_VERSION:
            raise VersionError(
                QT_TRANSLATE_NOOP(
                    "sync",
                    "{server} needs a newer SurveyApp (protocol {needed}; this one speaks "
                    "{spoken}): update SurveyApp, then sync again; nothing was lost",
                ),
                server=self.server,
                needed=health.min_client_api,
                spoken=API_VERSION,
            )
        if health.api < MIN_SERVER_API:
            raise VersionError(
                QT_TRANSLATE_NOOP(
                    "sync",
                    "{server} runs an older SurveyApp server (protocol {spoken}; this laptop "
                    "needs {needed}): ask the coordinator to update it; nothing was lost",
                ),
                server=self.server,
                spoken=health.api,
                needed=MIN_SERVER_API,
            )
        return health

    def me(self) -> UserInfo:
        """Who the token belongs to (and a first check that this is a SurveyApp server)."""
        return _model(UserInfo, self._json("GET", "/me"), "GET /me")

    def state(self, since: int, change: str | None) -> ServerState:
        """The server's identity and whether the change at ``since`` is still ``change``."""
        params: dict[str, Any] = {"since": since}
        if change:
            params["change"] = change
        data = self._json("GET", "/sync/state", params=params)
        return _model(ServerState, data, "GET /sync/state")

    def push(self, mutations: list[dict[str, Any]]) -> PushResponse:
        """Send one batch; a 409 for a batch of clashing mutation ids still has per-item results."""
        response = self._send("POST", "/sync/push", json={"mutations": mutations})
        if response.status_code == 409:
            envelope = self._envelope(response)
            if envelope is not None and envelope.data is not None:
                self._note_time(envelope)
                return _model(PushResponse, envelope.data, "a push")
        return _model(PushResponse, self._check(response).data, "a push")

    def conflicts(self) -> list[dict[str, Any]]:
        """The open conflicts, oldest first (reviewers and admins; 403 for a volunteer)."""
        return _objects(self._json("GET", "/conflicts"))

    def refused(self) -> list[dict[str, Any]]:
        """The team's changes the server refused for good, newest first (reviewers)."""
        return _objects(self._json("GET", "/refused"))

    def review_refused(self, mutation_ids: list[str]) -> dict[str, list[str]]:
        """Mark the Refused list's rows named (by their ``mutation_id``) reviewed, each with its
        whole count: ``reviewed`` and ``unknown`` (ids no refusal has). An older server, which
        has no such request, answers 404."""
        reviewed: list[str] = []
        unknown: list[str] = []
        ids = sorted({str(i) for i in mutation_ids})
        for start in range(0, len(ids), RESOLVED_PER_REQUEST):
            data = self._json(
                "POST", "/refused/review", json={"ids": ids[start : start + RESOLVED_PER_REQUEST]}
            )
            if isinstance(data, dict):
                reviewed += [str(i) for i in data.get("reviewed") or []]
                unknown += [str(i) for i in data.get("unknown") or []]
        return {"reviewed": reviewed, "unknown": unknown}

    def resolve_conflict(self, conflict_id: int) -> None:
        """Mark a conflict as reviewed (the value the server holds stays)."""
        self._json("POST", f"/conflicts/{int(conflict_id)}/resolve")

    def resolve_conflicts(self, conflict_ids: list[int]) -> None:
        """Mark these conflicts reviewed, all in one request (an older server, which has no
        such request, is asked one conflict at a time)."""
        ids = [int(i) for i in conflict_ids]
        try:
            for start in range(0, len(ids), RESOLVED_PER_REQUEST):
                part = ids[start : start + RESOLVED_PER_REQUEST]
                self._json("POST", "/conflicts/resolve", json={"ids": part})
        except RequestError as error:
            if error.status not in (404, 405):
                raise
            for conflict_id in ids:
                self.resolve_conflict(conflict_id)

    def pull(self, since: int, limit: int = DEFAULT_PULL_LIMIT) -> PullResponse:
        """The changes after sequence ``since`` (malformed ones left out)."""
        return self.pull_page(since, limit)[0]

    def pull_page(
        self, since: int, limit: int = DEFAULT_PULL_LIMIT
    ) -> tuple[PullResponse, list[str]]:
        """The changes after sequence ``since``, and a note for each change left out as
        malformed; MalformedAnswerError when the page itself cannot be right (more changes
        than asked for, ``next`` that does not move on, changes outside since..next)."""
        data = self._json("GET", "/sync/pull", params={"since": since, "limit": limit})
        raw = data.get("changes") if isinstance(data, dict) else None
        if not isinstance(raw, list):
            raise MalformedAnswerError(
                QT_TRANSLATE_NOOP("sync", "the server's answer to a pull has no list of changes")
            )
        if len(raw) > limit:
            raise MalformedAnswerError(
                QT_TRANSLATE_NOOP(
                    "sync", "the server sent {count} changes for a pull of at most {limit}"
                ),
                count=f"{len(raw):,}",
                limit=f"{limit:,}",
            )
        page = _model(PullResponse, {**data, "changes": []}, "a pull")
        if page.next < since or (page.more and page.next <= since):
            raise MalformedAnswerError(
                QT_TRANSLATE_NOOP(
                    "sync", "the server's pages of changes do not move on (after {since}: {next})"
                ),
                since=since,
                next=page.next,
            )
        if page.more and not raw:  # a server's page stops early only when it holds changes
            raise MalformedAnswerError(
                QT_TRANSLATE_NOOP(
                    "sync", "the server says more changes follow {next} but sent none after {since}"
                ),
                next=page.next,
                since=since,
            )
        notes: list[str] = []
        for item in raw:
            try:
                change = Change.model_validate(item)
            except ValidationError as error:
                problem = error.errors()[0]["msg"]  # pydantic's words, in English
                notes.append(
                    translate(
                        "sync", "a change the server sent is malformed, skipped: {problem}"
                    ).format(problem=problem)
                )
                continue
            if not since < change.seq <= page.next:
                notes.append(
                    translate(
                        "sync", "change {seq} is outside this page ({since}..{next}), skipped"
                    ).format(seq=change.seq, since=since, next=page.next)
                )
                continue
            page.changes.append(change)
        return page, notes

    def blob_states(self, hashes: list[str]) -> dict[str, tuple[bool, int]]:
        """(complete, bytes the server holds) of many blobs in one request."""
        found: dict[str, tuple[bool, int]] = {}
        for start in range(0, len(hashes), MAX_BLOB_QUERY):
            chunk = hashes[start : start + MAX_BLOB_QUERY]
            data = self._json("POST", "/blobs/status", json={"sha256": chunk})
            for state in _model(BlobStates, data, "POST /blobs/status").blobs:
                if state.sha256 in chunk:
                    found[state.sha256] = (state.complete, max(0, state.offset))
        return found

    def blob_offset(self, sha256: str) -> tuple[bool, int]:
        """(complete, bytes the server holds) for a blob."""
        response = self._send("HEAD", f"/blobs/{sha256}")
        if response.status_code == 200:
            return True, offset_header(response.headers, "content-length")
        if response.status_code == 404:
            return False, offset_header(response.headers, "upload-offset")
        if response.status_code in (401, 403):
            raise AuthError(
                QT_TRANSLATE_NOOP("sync", "the server refused the token (HTTP {status})"),
                status=response.status_code,
            )
        raise RequestError(response.status_code, "head", "HEAD of a blob failed", response.headers)

    def blob_patch(self, sha256: str, offset: int, total: int, data: bytes) -> BlobStatus:
        """Send ``data`` as the bytes from ``offset`` of a blob of ``total`` bytes (one try).

        Not retried here: after a cut, the caller asks the server where to resume.
        """
        response = self._read(
            "PATCH",
            f"/blobs/{sha256}",
            content=data,
            headers={
                "Upload-Offset": str(offset),
                "Upload-Length": str(total),
                "Content-Type": "application/offset+octet-stream",
            },
        )
        return _model(BlobStatus, self._check(response).data, "an upload")

    def blob_get(self, sha256: str, size: int | None = None) -> bytes:
        """The bytes of a blob (someone's photo, on demand), at most ``size`` when known."""
        limit = MAX_BLOB_ANSWER_BYTES if size is None else size
        response = self._send("GET", f"/blobs/{sha256}", limit=limit, budget=BLOB_BUDGET)
        if response.status_code == 200:
            return response.content
        self._check(response)  # raises the server's error
        raise NotSurveyAppError(
            QT_TRANSLATE_NOOP("sync", "{server} answered HTTP {status}"),
            server=self.server,
            status=response.status_code,
        )
