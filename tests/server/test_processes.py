"""Several server processes on one PostgreSQL database and one storage folder: the locks that
matter live in PostgreSQL (advisory locks), not in one process's memory."""

from __future__ import annotations

import contextlib
import hashlib
import os
import queue
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
from sqlalchemy import create_engine, make_url, text

from surveyapp.server.locks import lock_key, lock_namespace
from tests.live_server import LiveServer, add_user, start_server

WAIT = 60.0  # seconds a test waits for an event before it fails


def psycopg_url(database_url: str) -> str:
    """A libpq connection string for a SQLAlchemy URL (search_path options included)."""
    return make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)


def until(condition: object, what: str) -> None:
    """Wait for ``condition()`` to be true (an event, polled), or fail after WAIT seconds."""
    deadline = time.monotonic() + WAIT
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            pytest.fail(f"waited {WAIT:.0f} s for {what}")
        time.sleep(0.05)


def advisory_waiters(connection: psycopg.Connection[tuple[object, ...]]) -> int:
    """How many connections wait for an advisory lock right now."""
    row = connection.execute(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
    ).fetchone()
    assert row is not None
    count = row[0]
    assert isinstance(count, int)
    return count


@contextlib.contextmanager
def servers(database_url: str, storage: Path, count: int) -> Iterator[list[LiveServer]]:
    """``count`` server processes started at once on one database and one storage folder."""
    started: list[LiveServer] = []
    errors: list[BaseException] = []

    def start(index: int) -> None:
        try:
            server = start_server(
                database_url, storage, log_path=storage.with_name(f"server{index}.log")
            )
            started.append(server)
        except BaseException as error:  # reported below, with the log
            errors.append(error)

    threads = [threading.Thread(target=start, args=(i,)) for i in range(count)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not errors, errors
        yield started
    finally:
        for server in started:
            server.stop()


def name_the_copy(server: LiveServer, token: str, digest: str, size: int) -> None:
    """Push a photo of this user's that names the shared copy (the server takes no other)."""
    from tests.server.conftest import photo_naming, survey_mutation

    reply = httpx.post(
        server.api("/sync/push"),
        json={"mutations": [survey_mutation(), *photo_naming(digest, size)]},
        headers={"Authorization": f"Bearer {token}"},
        timeout=WAIT,
    )
    assert reply.status_code == 200, reply.text
    statuses = [result["status"] for result in reply.json()["data"]["results"]]
    assert statuses[1:] == ["applied", "applied"], reply.text


def test_servers_started_together_on_an_empty_database_migrate_once(
    postgres_schema_url: str, tmp_path: Path
) -> None:
    # Hold the migration lock, start two servers: both must queue behind it, not migrate.
    engine = create_engine(postgres_schema_url)
    with engine.connect() as holder, psycopg.connect(psycopg_url(postgres_schema_url)) as look:
        key = lock_key(lock_namespace(holder), "migrations")
        holder.execute(text("SELECT pg_advisory_lock(:key)"), {"key": key})
        result: queue.SimpleQueue[list[LiveServer] | BaseException] = queue.SimpleQueue()
        stack = contextlib.ExitStack()

        def run() -> None:
            try:
                result.put(stack.enter_context(servers(postgres_schema_url, tmp_path / "b", 2)))
            except BaseException as error:
                result.put(error)

        starter = threading.Thread(target=run)
        starter.start()
        try:
            until(lambda: advisory_waiters(look) >= 2, "both servers to wait for the lock")
            tables = look.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema ="
                " current_schema()"
            ).fetchone()
            assert tables == (0,)  # nobody migrated while the lock was held
            holder.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
            holder.commit()
            starter.join()
            started = result.get()
            assert not isinstance(started, BaseException), started
            identities = {
                httpx.get(server.api("/health")).json()["data"]["server_id"] for server in started
            }
            assert len(identities) == 1  # one database, one identity
            with engine.connect() as check:
                assert check.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
                keys = check.execute(text("SELECT key FROM server_meta ORDER BY key")).scalars()
                assert list(keys) == ["server_id", "store_id"]  # each written once
            for server in started:
                assert "Traceback" not in server.log_text()
        finally:
            starter.join()
            stack.close()
            engine.dispose()


def test_one_blob_uploaded_through_two_processes_is_written_by_one(
    postgres_schema_url: str, tmp_path: Path
) -> None:
    storage = tmp_path / "blobs"
    data = os.urandom(3 * 1024 * 1024)
    digest = hashlib.sha256(data).hexdigest()
    half = len(data) // 2
    with servers(postgres_schema_url, storage, 2) as (first, second):
        token = add_user(postgres_schema_url, "ana")
        name_the_copy(first, token, digest, len(data))
        headers = {"Authorization": f"Bearer {token}", "Upload-Length": str(len(data))}
        release = threading.Event()

        def slow_body() -> Iterator[bytes]:
            yield data[:half]
            release.wait(WAIT)
            yield data[half:]

        answers: queue.SimpleQueue[httpx.Response | BaseException] = queue.SimpleQueue()

        def upload_through_first() -> None:
            try:
                answers.put(
                    httpx.patch(
                        first.api(f"/blobs/{digest}"),
                        content=slow_body(),
                        headers={**headers, "Upload-Offset": "0"},
                        timeout=WAIT,
                    )
                )
            except BaseException as error:
                answers.put(error)

        uploader = threading.Thread(target=upload_through_first)
        uploader.start()
        try:

            def held_by_second() -> int:
                reply = httpx.head(second.api(f"/blobs/{digest}"), headers=headers)
                return int(reply.headers.get("Upload-Offset", "0"))

            until(lambda: held_by_second() >= half, "the first half to reach the shared folder")
            # The other process sees the bytes on the shared folder, but not its own upload:
            # resuming there at the right offset must wait, or the bytes would interleave.
            rival = httpx.patch(
                second.api(f"/blobs/{digest}"),
                content=data[half:],
                headers={**headers, "Upload-Offset": str(half)},
            )
            assert rival.status_code == 409, rival.text
            assert rival.json()["error"]["code"] == "upload_in_progress"
        finally:
            release.set()
            uploader.join()
        done = answers.get()
        assert isinstance(done, httpx.Response) and done.status_code == 200, done
        assert done.json()["data"] == {"sha256": digest, "offset": len(data), "complete": True}
        finished = httpx.patch(
            second.api(f"/blobs/{digest}"),
            content=data,
            headers={**headers, "Upload-Offset": "0"},
        )
        assert finished.json()["data"]["complete"] is True
        stored = storage / digest[:2] / digest[2:]
        assert hashlib.sha256(stored.read_bytes()).hexdigest() == digest
        assert not list((storage / "partial").iterdir())


def test_a_killed_uploader_leaves_no_lock_behind(postgres_schema_url: str, tmp_path: Path) -> None:
    storage = tmp_path / "blobs"
    data = os.urandom(2 * 1024 * 1024)
    digest = hashlib.sha256(data).hexdigest()
    half = len(data) // 2
    with servers(postgres_schema_url, storage, 2) as (first, second):
        token = add_user(postgres_schema_url, "ana")
        name_the_copy(first, token, digest, len(data))
        headers = {"Authorization": f"Bearer {token}", "Upload-Length": str(len(data))}
        stop = threading.Event()

        def stalled_body() -> Iterator[bytes]:
            yield data[:half]
            stop.wait(WAIT)

        def upload() -> None:
            with contextlib.suppress(httpx.HTTPError):
                httpx.patch(
                    first.api(f"/blobs/{digest}"),
                    content=stalled_body(),
                    headers={**headers, "Upload-Offset": "0"},
                    timeout=WAIT,
                )

        uploader = threading.Thread(target=upload)
        uploader.start()
        try:

            def offset() -> int:
                reply = httpx.head(second.api(f"/blobs/{digest}"), headers=headers)
                return int(reply.headers.get("Upload-Offset", "0"))

            until(lambda: offset() >= half, "the first half to reach the shared folder")
            first.kill()  # SIGKILL: no clean-up runs; PostgreSQL drops its connections' locks

            def resumed() -> bool:
                held = offset()
                reply = httpx.patch(
                    second.api(f"/blobs/{digest}"),
                    content=data[held:],
                    headers={**headers, "Upload-Offset": str(held)},
                )
                return reply.status_code == 200 and reply.json()["data"]["complete"] is True

            until(resumed, "the other process to take the upload over")
        finally:
            stop.set()
            uploader.join()
        stored = storage / digest[:2] / digest[2:]
        assert hashlib.sha256(stored.read_bytes()).hexdigest() == digest


@pytest.mark.slow
def test_clients_over_three_processes_with_one_killed_lose_and_skip_nothing(
    postgres_schema_url: str, tmp_path: Path
) -> None:
    """Pushes (new records, edits of shared ones), overlapping uploads of the same photos and
    incremental pulls, spread over three servers on one database and one folder; one server is
    killed with SIGKILL mid-run and its clients move on to the others."""
    import random

    from tests.server.conftest import camera, survey_mutation

    storage = tmp_path / "blobs"
    clients = 50  # as many as a city-wide campaign's volunteers syncing at once
    with servers(postgres_schema_url, storage, 3) as started:
        tokens = [add_user(postgres_schema_url, f"r{i}", "reviewer") for i in range(clients)]
        seed = [camera() for _ in range(4)]
        first = httpx.post(
            started[0].api("/sync/push"),
            json={"mutations": [survey_mutation(), *seed]},
            headers={"Authorization": f"Bearer {tokens[0]}"},
        )
        assert first.status_code == 200, first.text
        shared_ids = [m["record_id"] for m in seed]
        photos = [os.urandom(300_000) for _ in range(3)]
        for token in tokens:  # each client's own photos name the copies it will upload
            for data in photos:
                name_the_copy(started[0], token, hashlib.sha256(data).hexdigest(), len(data))
        alive = list(started)
        created: list[set[str]] = [set() for _ in range(clients)]
        failures: list[str] = []
        pulled: dict[str, int] = {}  # record id -> version, from incremental pulls
        stop = threading.Event()

        def send(index: int, method: str, path: str, **kwargs: Any) -> httpx.Response:
            """A request to this client's server; to another when that one is gone or busy."""
            headers = {"Authorization": f"Bearer {tokens[index]}", **kwargs.pop("headers", {})}
            for attempt in range(40):
                server = alive[(index + attempt) % len(alive)]
                try:
                    reply = httpx.request(
                        method, server.api(path), headers=headers, timeout=WAIT, **kwargs
                    )
                except httpx.TransportError:
                    continue
                if reply.status_code not in (429, 503):
                    return reply
                time.sleep(float(reply.headers.get("Retry-After", "1")))
            raise AssertionError(f"no server answered {method} {path}")

        def upload(index: int, data: bytes) -> None:
            digest = hashlib.sha256(data).hexdigest()
            headers = {"Upload-Offset": "0", "Upload-Length": str(len(data))}
            for _ in range(200):
                reply = send(index, "PATCH", f"/blobs/{digest}", content=data, headers=headers)
                if reply.status_code == 200 and reply.json()["data"]["complete"]:
                    return
                # 409: another upload of it is under way, or left bytes behind: start over
                # from where the server stands.
                held = int(reply.headers.get("Upload-Offset", "0"))
                if held:
                    rest = send(
                        index,
                        "PATCH",
                        f"/blobs/{digest}",
                        content=data[held:],
                        headers={"Upload-Offset": str(held), "Upload-Length": str(len(data))},
                    )
                    if rest.status_code == 200 and rest.json()["data"]["complete"]:
                        return
                time.sleep(0.05)
            raise AssertionError(f"{digest[:12]} never completed")

        def volunteer(index: int) -> None:
            rng = random.Random(index)
            try:
                for round_ in range(3):
                    batch = [camera() for _ in range(rng.randrange(1, 20))]
                    edits = [
                        camera({"notes": f"{index}/{round_}"}, record_id=rid, base_version=1)
                        for rid in rng.sample(shared_ids, 2)
                    ]
                    reply = send(index, "POST", "/sync/push", json={"mutations": batch + edits})
                    assert reply.status_code == 200, reply.text
                    statuses = {r["status"] for r in reply.json()["data"]["results"]}
                    assert statuses <= {"applied", "conflict", "duplicate"}, reply.text
                    created[index].update(m["record_id"] for m in batch)
                    upload(index, photos[rng.randrange(len(photos))])
            except BaseException as error:  # reported by the test's thread
                failures.append(f"client {index}: {error!r}")

        def puller() -> None:
            since = 0
            while True:
                last_round = stop.is_set()
                reply = send(0, "GET", "/sync/pull", params={"since": since, "limit": 200})
                page = reply.json()["data"]
                for change in page["changes"]:
                    pulled[change["record_id"]] = change["version"]
                since = page["next"]
                if last_round and not page["more"]:
                    return

        threads = [threading.Thread(target=volunteer, args=(i,)) for i in range(clients)]
        reader = threading.Thread(target=puller)
        for thread in [*threads, reader]:
            thread.start()
        try:
            until(lambda: sum(map(len, created)) >= 150 or bool(failures), "the first pushes")
            victim = alive.pop(0)
            victim.kill()  # SIGKILL, mid-run
        finally:
            for thread in threads:
                thread.join()
            stop.set()
            reader.join()
        assert not failures, failures
        final: list[dict[str, Any]] = []
        since, more = 0, True
        while more:
            page = send(0, "GET", "/sync/pull", params={"since": since, "limit": 500}).json()
            final += page["data"]["changes"]
            since, more = page["data"]["next"], page["data"]["more"]
        by_id = {c["record_id"]: c["version"] for c in final}
        assert len(by_id) == len(final)  # nothing duplicated
        assert set().union(*created) <= set(by_id)  # nothing lost
        # The pulls made during the run, page after page, missed nothing: no sequence number
        # became visible after a later one had been pulled.
        assert pulled == by_id
        for data in photos:
            digest = hashlib.sha256(data).hexdigest()
            stored = storage / digest[:2] / digest[2:]
            assert hashlib.sha256(stored.read_bytes()).hexdigest() == digest


MADE = re.compile(r"public map for state (\d+)\.(\d+): (made|reused) in process (\d+)")
State = tuple[int, int]


def map_events(server: LiveServer) -> list[tuple[State, str, str]]:
    """(state, "made" | "reused", process id) of every public map the workers logged."""
    return [((int(m[1]), int(m[2])), m[3], m[4]) for m in MADE.finditer(server.log_text())]


def test_workers_make_each_state_s_public_map_once_and_share_it(
    postgres_schema_url: str, tmp_path: Path
) -> None:
    from tests.server.conftest import Api, survey_mutation
    from tests.server.test_public import mapped, review

    server = start_server(postgres_schema_url, tmp_path / "blobs", extra_args=["--workers", "2"])
    ana = Api(server, server.add_user("ana"))
    coordinator = Api(server, server.add_user("coordinator", "reviewer"))
    try:
        # At start both workers want the map of the empty survey: one makes it, one reads it.
        until(lambda: len({pid for _, _, pid in map_events(server)}) == 2, "both workers' maps")
        first = max(state for state, _, _ in map_events(server))
        assert ana.push([survey_mutation()])[0]["status"] == "applied"
        camera_id, _ = mapped(ana, "unverified", 41)
        review(coordinator, camera_id, "verified")
        published = httpx.get(f"{server.url}/public/cameras.geojson", timeout=WAIT).json()
        assert [f["id"] for f in published["features"]] == [camera_id]

        def both_on_the_newest() -> bool:  # woken by the push, or at their next look
            events = map_events(server)
            last = max(state for state, _, _ in events)
            return last > first and len({pid for s, _, pid in events if s == last}) == 2

        until(both_on_the_newest, "both workers on the newest state")
        events = map_events(server)
        made = [state for state, kind, _ in events if kind == "made"]
        assert len(made) == len(set(made)), events  # no state made twice
        last = max(state for state, _, _ in events)
        assert sorted(kind for s, kind, _ in events if s == last) == ["made", "reused"], events
        files = list((tmp_path / "blobs" / "public-map").glob("*/*.published"))
        assert f"{last[0]}-{last[1]}.published" in [f.name for f in files]
        assert len(files) <= 3  # the newest states only
        assert "Traceback" not in server.log_text()
    finally:
        ana.close()
        coordinator.close()
        server.stop()
