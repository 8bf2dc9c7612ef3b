"""A server that misbehaves on purpose: the laptop neither hangs nor eats its memory nor
crashes; it stops with a clear error, or skips what it cannot use with a note and goes on.

The fake plays only what no real server does (the only fake here: a hostile peer)."""

from __future__ import annotations

import contextlib
import json
import re
import socketserver
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
from sqlalchemy import select

from surveyapp.cli.sync import make_shareable
from surveyapp.db.models import Camera, Photo, SyncRun, SyncState
from surveyapp.protocol.wire import API_VERSION
from surveyapp.sync.client import (
    MalformedAnswerError,
    RetryPolicy,
    ServerUnavailableError,
    SyncClient,
)
from surveyapp.sync.engine import run_sync
from tests.sync.conftest import Laptop, drain, photo_walk

SERVER_ID = str(uuid.uuid4())
SURVEY = str(uuid.uuid4())
# What a pull answers: (since, limit) → a body, or an iterator of pieces sent one by one.
Pull = Callable[[int, int], Any]
# What a photo's PATCH answers: (sha256, offset, bytes sent) → (status, body, headers).
Patch = Callable[[str, int, bytes], tuple[bytes, int, dict[str, str]]]


def envelope(data: Any) -> bytes:
    return json.dumps(
        {"surveyapp": 2, "server_time": datetime.now(UTC).isoformat(), "data": data}
    ).encode()


def change(seq: int, record_type: str = "camera", **fields: Any) -> dict[str, Any]:
    return {
        "seq": seq, "record_type": record_type, "record_id": str(uuid.uuid4()), "version": 1,
        "deleted": False, "author": "mallory", "updated_at": datetime.now(UTC).isoformat(),
        "fields": fields,
    }  # fmt: skip


def page(changes: list[Any], next_seq: int, more: bool) -> bytes:
    return envelope({"changes": changes, "next": next_seq, "more": more, "last_seq": next_seq})


def error(code: str, message: str | None = None) -> bytes:
    return json.dumps(
        {"surveyapp": 2, "server_time": datetime.now(UTC).isoformat(),
         "error": {"code": code, "message": code if message is None else message}}
    ).encode()  # fmt: skip


def empty_pages(since: int, limit: int) -> bytes:
    return page([], since, False)


@contextlib.contextmanager
def hostile_server(
    pull: Pull, patch: Patch | None = None, blob: Callable[[str], Any] | None = None
) -> Iterator[str]:
    """A server that answers like SurveyApp's, except for pulls, which ``pull`` writes (a body,
    or a body and its extra headers), photo uploads, which ``patch`` answers (it holds none of
    them), and photo downloads, which ``blob`` answers like ``pull``."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _send(
            self, body: Any, status: int = 200, headers: dict[str, str] | None = None
        ) -> None:
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Type", "application/json")
            if isinstance(body, bytes):
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            try:
                for piece in body:  # until the laptop hangs up
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                    self.wfile.flush()
                self.wfile.write(b"0\r\n\r\n")
            except OSError:
                self.close_connection = True

        def _answer(self, answer: Any) -> None:
            body, headers = answer if isinstance(answer, tuple) else (answer, {})
            self._send(body, headers=headers)

        def do_GET(self) -> None:  # noqa: N802
            url = urlparse(self.path)
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            if url.path.endswith("/health"):
                health = {"name": "surveyapp", "api": API_VERSION, "min_client_api": 2}
                self._send(envelope({**health, "server_id": SERVER_ID}))
            elif url.path.endswith("/me"):
                self._send(envelope({"name": "ana", "role": "volunteer", "server_id": SERVER_ID}))
            elif url.path.endswith("/sync/state"):
                state = {"server_id": SERVER_ID, "last_seq": 0, "checkpoint_valid": True}
                self._send(envelope(state))
            elif url.path.endswith("/sync/pull"):
                self._answer(pull(int(query["since"]), int(query["limit"])))
            elif blob is not None and "/blobs/" in url.path:
                self._answer(blob(url.path.rsplit("/", 1)[-1]))
            else:
                self.send_error(404)

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("content-length") or 0)
            sent = json.loads(self.rfile.read(length) or b"{}")
            if self.path.endswith("/sync/push"):
                results = [
                    {"mutation_id": m["mutation_id"], "status": "applied", "version": 1, "seq": 1}
                    for m in sent["mutations"]
                ]
                self._send(envelope({"results": results}))
            else:
                self._send(envelope({"blobs": []}))

        def do_HEAD(self) -> None:  # noqa: N802
            self.send_response(404)
            self.send_header("Upload-Offset", "0")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_PATCH(self) -> None:  # noqa: N802
            body = self.rfile.read(int(self.headers.get("content-length") or 0))
            if patch is None:
                self.send_error(404)
                return
            sha256 = self.path.rsplit("/", 1)[-1]
            self._send(*patch(sha256, int(self.headers["upload-offset"]), body))

        def log_message(self, *_args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def sync(machine: Laptop, url: str, **options: Any) -> Any:
    retry = RetryPolicy(attempts=2, base=0.01, cap=0.01)
    with SyncClient(url, "t", retry=retry, **options) as client:
        return drain(
            run_sync(machine.db.session_factory, machine.db.library, client, make_shareable)
        )


def last_run(machine: Laptop) -> tuple[str | None, datetime | None]:
    with machine.db.session() as session:
        run = session.scalars(select(SyncRun).order_by(SyncRun.id.desc())).first()
        state = session.scalars(select(SyncState)).first()
        assert run is not None and state is not None
        return run.message, state.last_success_at


def test_pages_that_never_end_or_go_backwards_stop_the_run(
    laptop: Callable[[str], Laptop],
) -> None:
    machine = laptop("a")
    for answer, words in [
        (lambda since, limit: page([change(since + 1)], since, True), "do not move on"),
        (lambda since, limit: page([], max(since - 5, 0), True), "do not move on"),
        (lambda since, limit: page([change(i + 1) for i in range(limit + 100)], 9**9, False),
         "for a pull of at most"),
        (lambda since, limit: envelope({"not": "a page"}), "no list of changes"),
        (lambda since, limit: page([], 2**63, False), "malformed"),  # beyond 64 bits
    ]:  # fmt: skip
        with hostile_server(answer) as url, pytest.raises(MalformedAnswerError, match=words):
            sync(machine, url)
        message, success = last_run(machine)
        assert message is not None and words in message and success is None


def test_a_slow_drip_and_an_endless_answer_are_cut_off(laptop: Callable[[str], Laptop]) -> None:
    machine = laptop("a")
    stop = threading.Event()

    def drip(since: int, limit: int) -> Iterator[bytes]:
        body = page([], since, False)
        for byte in body:  # one byte every 0.1 s: 20 s in all, never idle long enough to time out
            if stop.wait(0.1):
                return
            yield bytes([byte])

    def endless(since: int, limit: int) -> Iterator[bytes]:
        yield b'{"surveyapp": 2, "server_time": "2026-01-01T00:00:00+00:00", "data": "'
        while not stop.is_set():
            yield b"x" * 65536

    try:
        with hostile_server(drip) as url, pytest.raises(Exception, match="more than 1 s"):
            sync(machine, url, budget=1.0)
        with hostile_server(endless) as url, pytest.raises(MalformedAnswerError, match="bytes"):
            sync(machine, url, max_answer_bytes=1024 * 1024)
    finally:
        stop.set()
    assert last_run(machine)[1] is None


def test_changes_of_the_wrong_shape_are_skipped_with_a_note_and_the_rest_lands(
    laptop: Callable[[str], Laptop],
) -> None:
    machine = laptop("a")
    good = change(6, survey_id=SURVEY, latitude=44.8, longitude=20.4)
    changes = [
        change(1, "survey", name="Mallory's"),
        {**change(2), "seq": "two"},
        {**change(3), "record_type": "car"},
        {**change(4), "fields": ["a", "list"]},
        change(5, latitude={"nested": True}, survey_id=SURVEY),
        good,
        change(99),  # beyond the page's end
        {**change(5), "version": 2**63},  # no 64-bit column holds it
    ]
    changes[0]["record_id"] = SURVEY
    with hostile_server(lambda since, limit: page(changes if since == 0 else [], 6, False)) as url:
        summary = sync(machine, url)
    assert any("malformed" in w for w in summary.warnings)
    assert any("outside" in w for w in summary.warnings)
    assert any("latitude" in w for w in summary.warnings)
    with machine.db.session() as session:
        landed = set(session.scalars(select(Camera.id).where(Camera.deleted.is_(False))))
        assert uuid.UUID(good["record_id"]) in landed
        assert session.scalars(select(SyncState.checkpoint)).one() == 6


def test_a_run_that_crashes_is_never_recorded_as_complete(
    laptop: Callable[[str], Laptop],
) -> None:
    machine = laptop("a")
    with (
        hostile_server(lambda since, limit: page([], since, False)) as url,
        SyncClient(url, "t") as client,
    ):
        steps = run_sync(machine.db.session_factory, machine.db.library, client, make_shareable)
        next(steps)
        with pytest.raises(RuntimeError):
            steps.throw(RuntimeError("a step failed"))
    message, success = last_run(machine)
    assert message is not None and "a step failed" in message
    assert success is None


@contextlib.contextmanager
def dripping_server(split: str, stop: threading.Event) -> Iterator[str]:
    """A server that sends each answer's first bytes at once and the rest one byte a second:
    ``split="headers"`` after the status line, ``"body"`` after the headers."""
    body = envelope(
        {"name": "surveyapp", "api": API_VERSION, "min_client_api": 2, "server_id": SERVER_ID}
    )
    head = f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode()
    status = b"HTTP/1.1 200 OK\r\n"
    at_once, drip = (status, head + body) if split == "headers" else (status + head, body)

    class Handler(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            request = b""
            while b"\r\n\r\n" not in request:
                piece = self.request.recv(4096)
                if not piece:
                    return
                request += piece
            try:
                self.request.sendall(at_once)
                for byte in drip:  # never idle long enough for a per-read time-out
                    if stop.wait(1.0):
                        return
                    self.request.sendall(bytes([byte]))
            except OSError:
                return  # the laptop hung up

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        stop.set()
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("split", ["headers", "body"])
def test_an_answer_trickled_a_byte_a_second_fails_the_sync_within_its_budget(
    laptop: Callable[[str], Laptop], split: str
) -> None:
    machine = laptop("a")
    stop, done = threading.Event(), threading.Event()
    outcome: list[BaseException] = []

    def run(url: str) -> None:
        try:
            sync(machine, url, budget=1.0)  # two tries of at most a second each
        except BaseException as error:  # noqa: BLE001 - handed to the test's thread
            outcome.append(error)
        finally:
            done.set()

    with dripping_server(split, stop) as url:
        started = time.monotonic()
        threading.Thread(target=run, args=(url,), daemon=True).start()
        assert done.wait(30), f"the sync still waits for the {split} after 30 s"
        elapsed = time.monotonic() - started
    [error] = outcome
    assert isinstance(error, ServerUnavailableError), repr(error)
    assert "more than 1 s" in str(error)
    assert elapsed < 10, elapsed
    message, success = last_run(machine)
    assert message is not None and "more than 1 s" in message and success is None


def test_an_upload_the_server_never_takes_stops_the_run_and_the_photo_waits(
    laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """A server that answers each piece of a photo with 200 but holds nothing more (or goes
    back, or a byte at a time, or names an offset that is no number or lies beyond the file):
    the laptop stops asking after its retries, says why, and the photo waits for the next
    sync. Before, a 200 that took nothing started the patience again: a PATCH loop forever."""
    machine = laptop("a")
    machine.import_photos(photo_walk(tmp_path / "walk", 1, seed=57))

    def status(sha256: str, offset: int, complete: bool = False) -> bytes:
        return envelope({"sha256": sha256, "offset": offset, "complete": complete})

    answers: list[tuple[Patch, type[Exception], str]] = [
        (lambda sha, at, sent: (status(sha, at), 200, {}),
         ServerUnavailableError, "did not take the bytes sent"),
        (lambda sha, at, sent: (status(sha, at + 1), 200, {}),
         ServerUnavailableError, "did not take the bytes sent"),
        (lambda sha, at, sent: (status(sha, at + len(sent) + 5), 200, {}),
         MalformedAnswerError, "holds .* bytes of photo"),
        (lambda sha, at, sent: (error("wrong_offset"), 409, {"Upload-Offset": "abc"}),
         MalformedAnswerError, "upload-offset header is not a byte count"),
        (lambda sha, at, sent: (error("wrong_offset"), 409, {"Upload-Offset": "-7"}),
         MalformedAnswerError, "not a byte count"),
    ]  # fmt: skip
    for answer, kind, words in answers:
        patches: list[int] = []

        def counted(
            sha: str, at: int, sent: bytes, answer: Patch = answer, patches: list[int] = patches
        ) -> Any:
            patches.append(at)
            if len(patches) > 20:  # a laptop in a loop: end it, so this test fails, not hangs
                return error("bad_request"), 400, {}
            return answer(sha, at, sent)

        with hostile_server(empty_pages, counted) as url, pytest.raises(kind, match=words):
            sync(machine, url)
        assert 1 <= len(patches) <= 3, (words, patches)  # the sync helper's retry: 2 attempts
        message, success = last_run(machine)
        assert message is not None and success is None
        with machine.db.session() as session:
            assert session.scalars(select(Photo.upload_state)).all() == ["local"]


def test_what_a_hostile_server_writes_reaches_the_volunteer_escaped_and_short(
    laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """A refusal whose message clears the terminal and runs to 5 MB (and whose code carries an
    escape too) was printed as it came by `sync` and `sync status`."""
    machine = laptop("a")
    machine.import_photos(photo_walk(tmp_path / "walk", 1, seed=830))
    body = error("no\x1b]0;pwned\x07", "\x1b[2J" + "x" * 5_000_000)
    with hostile_server(empty_pages, lambda sha, at, sent: (body, 400, {})) as url:
        summary = sync(machine, url)
    [problem] = [str(item) for item in summary.errors]
    assert "\x1b" not in problem and "\x07" not in problem
    assert "\\x1b[2J" in problem and len(problem) < 1200, problem[:200]


@pytest.mark.parametrize(
    "encoding, body",
    [("gzip", b"\x1f\x8b\x08\x00 not gzip at all" * 4), ("deflate", b"not deflate")],
    ids=["gzip", "deflate"],
)
def test_a_body_that_does_not_decode_stops_the_run_with_a_sync_error(
    laptop: Callable[[str], Laptop], encoding: str, body: bytes
) -> None:
    """httpx decodes Content-Encoding while the client reads the body; its DecodingError is no
    TransportError, so it escaped ``_send`` and every SyncError handler: `surveyapp sync` and
    `sync fetch` ended in a traceback ("Error -3 while decompressing data")."""
    machine = laptop("a")
    answer = (body, {"Content-Encoding": encoding})
    with hostile_server(lambda since, limit: answer, blob=lambda sha256: answer) as url:
        with pytest.raises(MalformedAnswerError, match="does not decode"):
            sync(machine, url)
        with SyncClient(url, "t") as client, pytest.raises(MalformedAnswerError, match=encoding):
            client.blob_get("a" * 64)
    message, success = last_run(machine)
    assert message is not None and "does not decode" in message and success is None


def test_a_header_with_a_byte_beyond_ascii_does_not_stop_the_run(
    laptop: Callable[[str], Laptop],
) -> None:
    """Any answer header holding a Latin-1 byte (a proxy's ``Server: café``): the client rebuilt
    its Response from the decoded header strings, which httpx encodes as ASCII:
    UnicodeEncodeError, a traceback, whatever the answer was. The header does not matter."""
    machine = laptop("a")
    answer = (page([], 0, False), {"X-Served-By": "caf\xe9"})
    with hostile_server(lambda since, limit: answer) as url:
        summary = sync(machine, url)
    assert summary.fatal is None and summary.complete


def test_a_change_dated_in_year_one_is_skipped_with_a_note_not_a_crash(
    laptop: Callable[[str], Laptop],
) -> None:
    """``updated_at`` (and a photo's ``taken_utc``) of 0001-01-01T00:00:00+14:00 is a valid
    datetime for pydantic, but no UTC column holds it: the page's flush raised OverflowError
    (StatementError), the run crashed, and every later run crashed on the same page."""
    machine = laptop("a")
    survey = change(1, "survey", name="S")
    survey["record_id"] = SURVEY
    dated = change(2, survey_id=SURVEY, latitude=44.8, longitude=20.4)
    dated["updated_at"] = "0001-01-01T00:00:00+14:00"
    good = change(3, survey_id=SURVEY, latitude=44.9, longitude=20.5)
    with hostile_server(
        lambda since, limit: page([survey, dated, good] if since == 0 else [], 3, False)
    ) as url:
        summary = sync(machine, url)
    assert summary.fatal is None
    assert any(str(dated["record_id"]) in w for w in summary.warnings), summary.warnings
    assert uuid.UUID(good["record_id"]) in machine.camera_ids()


@pytest.mark.parametrize(
    "changes, last_seq, words",
    [(False, 10, "sent none"), (True, 10, "past its last change (10)"),
     (True, None, "past its last change (0)")],
    ids=["empty pages", "a change each", "without last_seq"],
)  # fmt: skip
def test_pages_that_move_on_by_one_forever_do_not_keep_the_laptop_syncing_forever(
    laptop: Callable[[str], Laptop], changes: bool, last_seq: int | None, words: str
) -> None:
    """Each page moved ``next`` on by one and said ``more``: the client's only check (next
    beyond since) passed every time, so the run asked again and again, up to 2**63 pages (about
    20 a second, a commit each), though /sync/state said the last change is 0 and every page
    said 10. The fake stops after 300 pages so that a failure does not hang."""
    machine = laptop("a")
    served = []

    def endless(since: int, limit: int) -> bytes:
        served.append(since)
        body = {"changes": [change(since + 1)] if changes else [], "next": since + 1,
                "more": len(served) < 300, "last_seq": last_seq}  # fmt: skip
        return envelope(body)

    with (
        hostile_server(endless) as url,
        pytest.raises(MalformedAnswerError, match=re.escape(words)),
    ):
        sync(machine, url)
    assert len(served) <= 11, f"the laptop asked for {len(served)} pages"
