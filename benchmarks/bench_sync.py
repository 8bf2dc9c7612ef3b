"""Sync benchmark: pushing records, uploading photos, many volunteers at once.

    python3 -m benchmarks.bench_sync [--records 10000] [--blobs 20] [--blob-mb 3]
                                     [--volunteers 20] [--per-volunteer 500]
                                     [--database-url URL] [--only push,upload,team]

Starts the real server (``surveyapp server run``) on 127.0.0.1 on a fresh database: a SQLite
file, or the PostgreSQL database ``--database-url`` names (a new schema, dropped at the end;
default: the local ``test`` database when it answers).

1. **push**: a laptop database with ``--records`` cameras made through the ORM (so each has its
   outbox row; not timed), then the push stage of ``run_sync`` is timed from its first batch to
   its last (100 per batch; results stored, versions kept), plus the whole run (which also pulls
   every record back). Target: push ≤ 15 s for 10,000.
2. **upload**: ``--blobs`` files of ``--blob-mb`` MB, uploaded by the client's resumable upload
   (HEAD, then PATCH from the offset; the server hashes and stores), against a plain HTTP PUT
   of the same bytes with the same HTTP client to a minimal server (raw ASGI on uvicorn, body
   written to a file) started in the same run. Target: ≥ 80 % of the plain PUT's throughput.
3. **team**: ``--volunteers`` laptops each push ``--per-volunteer`` cameras at the same time
   (one thread each, the push stage of a sync: batches of 100 from each laptop's outbox, results
   stored) to a server on PostgreSQL; reports errors (target: 0) and the p50/p99 latency of the
   push requests as the client sees them (on a 2-core machine the clients, the server and
   PostgreSQL share the cores).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import statistics
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx  # noqa: E402

from benchmarks.plain_put import plain_put_server  # noqa: E402
from surveyapp.db.database import Database, open_database  # noqa: E402
from surveyapp.db.models import Camera, Survey  # noqa: E402
from surveyapp.protocol.wire import PushResponse  # noqa: E402
from surveyapp.sync.blobs import UPLOADS_AT_ONCE, upload_blob  # noqa: E402
from surveyapp.sync.client import SyncClient  # noqa: E402
from surveyapp.sync.engine import (  # noqa: E402
    SyncProgress,
    SyncSummary,
    push_outbox,
    run_sync,
)
from tests.live_server import (  # noqa: E402
    LiveServer,
    add_user,
    postgres_problem,
    postgres_schema,
    start_server,
)

PUSH_TARGET = 15.0  # seconds for 10,000 records
UPLOAD_TARGET = 0.8  # share of the plain PUT's throughput (issue 16)


def _not_a_photo(_photo: Any, _data: bytes) -> bytes:
    raise ValueError("the benchmark laptops have no photos")


def fill_laptop(path: Path, count: int) -> Database:
    """A laptop database with ``count`` new cameras (queued in the outbox)."""
    db = open_database(path)
    with db.session() as session:
        survey = Survey(id=uuid.uuid4(), name="Benchmark")
        session.add(survey)
        for i in range(count):
            session.add(
                Camera(
                    id=uuid.uuid4(), survey=survey, latitude=44.8 + (i % 1000) * 1e-4,
                    longitude=20.4 + (i // 1000) * 1e-3, camera_type="dome",
                    camera_mount="pole", surveillance="public", height=4.5,
                    operator="Grad Beograd", extra_tags={"camera:angle": "30"},
                )
            )  # fmt: skip
        session.commit()
    return db


def sync_timed(db: Database, client: SyncClient) -> tuple[SyncSummary, dict[str, float]]:
    """Run a sync; the summary and when each stage first and last reported (seconds)."""
    marks: dict[str, float] = {}
    started = time.perf_counter()
    steps = run_sync(db.session_factory, db.library, client, _not_a_photo)
    while True:
        try:
            progress: SyncProgress = next(steps)
        except StopIteration as stop:
            marks["end"] = time.perf_counter() - started
            return stop.value, marks
        now = time.perf_counter() - started
        marks.setdefault(f"{progress.stage}-first", now)
        marks[f"{progress.stage}-last"] = now


def bench_push(server: LiveServer, tmp: Path, records: int) -> bool:
    token = add_user(server.database_url, f"push-{uuid.uuid4().hex[:6]}")
    db = fill_laptop(tmp / "push" / "survey.sqlite", records)
    try:
        with SyncClient(server.url, token) as client:
            # The push stage starts after the "prepare" stage: time from its end to the last batch.
            summary, marks = sync_timed(db, client)
    finally:
        db.close()
    start = marks.get("connect-last", 0.0)
    push = marks["push-last"] - start
    ok = summary.complete and summary.pushed == records + 1 and push <= PUSH_TARGET
    print(
        f"push: {summary.pushed} records in {push:.2f} s ({summary.pushed / push:,.0f}/s; "
        f"target ≤ {PUSH_TARGET:.0f} s for 10,000); whole run with the pull of "
        f"{summary.pulled} records {marks['end']:.2f} s; complete={summary.complete} "
        f"{'OK' if ok else 'MISSED'}"
    )
    return ok


def name_copies(client: SyncClient, files: list[tuple[str, Path]]) -> None:
    """Push a survey, a camera and one photo record per file naming it as its shared copy."""
    survey_id, camera_id = str(uuid.uuid4()), str(uuid.uuid4())

    def upsert(record_type: str, record_id: str, fields: dict[str, Any]) -> dict[str, Any]:
        return {
            "mutation_id": str(uuid.uuid4()), "record_type": record_type,
            "record_id": record_id, "op": "upsert", "fields": fields,
        }  # fmt: skip

    mutations = [
        upsert("survey", survey_id, {"name": "Upload benchmark"}),
        upsert("camera", camera_id, {"survey_id": survey_id}),
    ]
    for digest, path in files:
        photo = {
            "sha256": hashlib.sha256(digest.encode()).hexdigest(),
            "camera_id": camera_id,
            "file_name": path.name,
            "blob_sha256": digest,
            "blob_size": path.stat().st_size,
        }
        mutations.append(upsert("photo", str(uuid.uuid4()), photo))
    for start in range(0, len(mutations), 100):
        results = client.push(mutations[start : start + 100]).results
        assert {r.status for r in results} == {"applied"}, results


def bench_upload(server: LiveServer, tmp: Path, count: int, megabytes: float, rounds: int) -> bool:
    token = add_user(server.database_url, f"upload-{uuid.uuid4().hex[:6]}")
    shares = []
    with (
        plain_put_server(tmp / "plain") as plain,
        httpx.Client(timeout=60) as http,
        SyncClient(server.url, token) as client,
    ):
        for round_number in range(rounds):
            files = []
            for _ in range(count):
                data = os.urandom(int(megabytes * 1024 * 1024))
                digest = hashlib.sha256(data).hexdigest()
                path = tmp / "blobs" / f"{digest}.jpg"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
                files.append((digest, path))
            total = sum(path.stat().st_size for _, path in files)
            # The server takes only copies a photo of the uploader names: their records first
            # (not timed).
            name_copies(client, files)

            def plain_puts(files: list[tuple[str, Path]] = files) -> float:
                started = time.perf_counter()
                for digest, path in files:
                    reply = http.put(f"{plain}/{digest}", content=path.read_bytes())
                    assert reply.status_code == 201
                return time.perf_counter() - started

            def sync_uploads(files: list[tuple[str, Path]] = files) -> float:
                # As a sync does: one question for every copy's state, then the uploads, as
                # many at once as sync's UPLOADS_AT_ONCE.
                started = time.perf_counter()
                known = client.blob_states([digest for digest, _ in files])
                with ThreadPoolExecutor(UPLOADS_AT_ONCE) as pool:
                    list(pool.map(lambda f: upload_blob(client, f[1], f[0], known[f[0]]), files))
                return time.perf_counter() - started

            # The two take turns going first, so that whatever else the machine does weighs
            # on both alike.
            if round_number % 2:
                sync_seconds, plain_seconds = sync_uploads(), plain_puts()
            else:
                plain_seconds, sync_seconds = plain_puts(), sync_uploads()
            for digest, path in files:
                assert client.blob_offset(digest) == (True, path.stat().st_size)
            plain_rate, sync_rate = total / plain_seconds / 1e6, total / sync_seconds / 1e6
            shares.append(sync_rate / plain_rate)
            print(
                f"upload: {count} × {megabytes:g} MB: sync's upload {sync_rate:.0f} MB/s "
                f"({sync_seconds:.2f} s), plain PUT one after another {plain_rate:.0f} MB/s "
                f"({plain_seconds:.2f} s): {sync_rate / plain_rate:.0%} of plain"
            )
    share = statistics.median(shares)
    ok = share >= UPLOAD_TARGET
    print(
        f"upload: median of {rounds} rounds {share:.0%} of the plain PUT's throughput "
        f"(target ≥ {UPLOAD_TARGET:.0%}) {'OK' if ok else 'MISSED'}"
    )
    return ok


class TimedClient(SyncClient):
    """A SyncClient that keeps the latency of each push request."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.latencies: list[float] = []

    def push(self, mutations: list[dict[str, Any]]) -> PushResponse:
        started = time.perf_counter()
        try:
            return super().push(mutations)
        finally:
            self.latencies.append(time.perf_counter() - started)


def bench_team(server: LiveServer, tmp: Path, volunteers: int, each: int) -> bool:
    tokens = [
        add_user(server.database_url, f"team-{i}-{uuid.uuid4().hex[:6]}") for i in range(volunteers)
    ]
    laptops = [fill_laptop(tmp / f"team{i}" / "survey.sqlite", each) for i in range(volunteers)]
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(volunteers)

    def volunteer(index: int) -> None:
        client = TimedClient(server.url, tokens[index])
        with client:
            barrier.wait()
            try:
                db = laptops[index]
                summary = SyncSummary(server=server.url)
                for _ in push_outbox(db.session_factory, client, summary):
                    pass
                problems = [str(e) for e in summary.errors]
                if summary.pushed != each + 1:
                    problems.append(f"volunteer {index} pushed {summary.pushed} of {each + 1}")
            except Exception as error:  # noqa: BLE001 - counted and shown, the others go on
                problems = [f"volunteer {index}: {type(error).__name__}: {error}"]
            with lock:
                latencies.extend(client.latencies)
                errors.extend(problems)

    started = time.perf_counter()
    threads = [threading.Thread(target=volunteer, args=(i,)) for i in range(volunteers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    for db in laptops:
        db.close()
    latencies.sort()
    p50 = statistics.median(latencies)
    p99 = latencies[min(len(latencies) - 1, round(0.99 * (len(latencies) - 1)))]
    ok = not errors
    print(
        f"team: {volunteers} volunteers × {each} records ({len(latencies)} push requests of "
        f"≤100) in {seconds:.2f} s; errors {len(errors)}; push latency p50 {p50 * 1000:.0f} ms, "
        f"p99 {p99 * 1000:.0f} ms {'OK' if ok else 'MISSED'}"
    )
    for error in errors[:10]:
        print(f"  {error}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--blobs", type=int, default=20)
    parser.add_argument("--blob-mb", type=float, default=3.0)
    parser.add_argument("--rounds", type=int, default=3, help="upload rounds (median reported)")
    parser.add_argument("--volunteers", type=int, default=20)
    parser.add_argument("--per-volunteer", type=int, default=500)
    parser.add_argument(
        "--database-url",
        default=None,
        help="the server's database: 'sqlite' (a temporary file) or 'postgresql' (a new schema "
        "in the local test database); default: push and upload on SQLite, team on PostgreSQL",
    )
    parser.add_argument("--only", default="push,upload,team")
    parser.add_argument("--tmp", type=Path, default=None, help="folder for temporary files")
    args = parser.parse_args()
    parts = set(args.only.split(","))
    ok = True
    with tempfile.TemporaryDirectory(dir=args.tmp) as folder, contextlib.ExitStack() as stack:
        tmp = Path(folder)

        def server_on(kind: str) -> LiveServer:
            if kind == "postgresql":
                problem = postgres_problem()
                if problem is not None:
                    raise SystemExit(problem)
                url = stack.enter_context(postgres_schema())
            else:
                url = f"sqlite:///{tmp / f'server-{uuid.uuid4().hex[:6]}.sqlite'}"
            server = start_server(url, tmp / f"storage-{uuid.uuid4().hex[:6]}")
            stack.callback(server.stop)
            print(f"server on {kind} at {server.url}")
            return server

        chosen = args.database_url
        if parts & {"push", "upload"}:
            server = server_on(chosen or "sqlite")
            if "push" in parts:
                ok &= bench_push(server, tmp, args.records)
            if "upload" in parts:
                ok &= bench_upload(server, tmp, args.blobs, args.blob_mb, args.rounds)
        if "team" in parts:
            server = server_on(chosen or "postgresql")
            ok &= bench_team(server, tmp, args.volunteers, args.per_volunteer)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
