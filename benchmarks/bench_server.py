"""Sync server benchmark: the real server process on 127.0.0.1, on SQLite and PostgreSQL.

    python3 -m benchmarks.bench_server                      # the three targets below
    python3 -m benchmarks.bench_server --only push|upload|volunteers
    python3 -m benchmarks.bench_server --clients 50 --seconds 60   # load mode (issue 7)
    python3 -m benchmarks.bench_server --clients 50 --seconds 60 --workers 1,2,4   # scaling

1. **push**: one volunteer pushes 10,000 camera records in batches of 100 (sequential requests,
   as the laptop sends them) to a server on SQLite; target <= 15 s. Then every record is pulled
   back and counted.
2. **upload**: 20 blobs of 5 MB uploaded as the laptop does (HEAD, then PATCH: SHA-256
   verified, fdatasync, renamed into place, row recorded) against a plain HTTP PUT of the same
   bytes to a bare uvicorn app that only writes them to a file; the two alternate blob by blob in
   the same run (two warm-up blobs not counted), ``--rounds`` times with fresh blobs; target:
   median >= 50 % of the plain PUT's MB/s.
3. **volunteers**: 20 volunteers (threads, one HTTP connection each) each push 500 records in
   batches of 100 at the same time to a server on PostgreSQL; zero errors, p50/p99 request
   latency and records/s reported; every record pulled back exactly once.

Load mode: ``--clients N`` volunteers push for ``--seconds S`` (new records, edits of their own,
and replays of earlier batches); at the end every record id pushed must be on the server exactly
once with the version its edits imply (zero lost, zero duplicated). ``--database`` chooses
postgresql (default for volunteers and load) or sqlite.

PostgreSQL: ``--postgres URL`` (default postgresql+psycopg://postgres@127.0.0.1:5432/test); each
run uses a new schema, dropped at the end. Exit status 1 when a target or a check fails.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import random
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx  # noqa: E402

from benchmarks.common import surveyapp_command  # noqa: E402
from benchmarks.plain_put import plain_put_server  # noqa: E402
from surveyapp.server.database import ServerDatabase  # noqa: E402
from surveyapp.server.users import create_user  # noqa: E402
from tests.live_server import free_port  # noqa: E402

POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
CENTRE = (44.8125, 20.4612)
# The survey every benchmark camera belongs to (a new camera must name one).
SURVEY = "be4c0000-0000-4000-8000-000000000001"


@dataclass
class Server:
    """A `surveyapp server run` subprocess."""

    url: str
    process: subprocess.Popen[bytes]
    database_url: str

    def api(self, path: str) -> str:
        return f"{self.url}/api/v1{path}"

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()


@contextlib.contextmanager
def running_server(database_url: str, folder: Path, workers: int = 1) -> Iterator[Server]:
    """Start the real server on ``database_url`` and wait for /health."""
    port = free_port()
    log = open(folder / f"server-{port}.log", "wb")  # noqa: SIM115 - closed below
    command = [
        *surveyapp_command(),
        "server",
        "run",
        "--port",
        str(port),
        "--database-url",
        database_url,
        "--storage",
        str(folder / f"blobs-{port}"),
        *(["--workers", str(workers)] if workers > 1 else []),
    ]
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    server = Server(f"http://127.0.0.1:{port}", process, database_url)
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the server did not start; see {log.name}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(server.api("/health"), timeout=1).status_code == 200:
                    break
            time.sleep(0.05)
        yield server
    finally:
        server.stop()
        log.close()


@contextlib.contextmanager
def database(kind: str, folder: Path, postgres: str) -> Iterator[str]:
    """A fresh server database URL: a SQLite file, or a new PostgreSQL schema."""
    if kind == "sqlite":
        yield f"sqlite:///{folder / f'server-{secrets.token_hex(4)}.sqlite'}"
        return
    import psycopg

    plain = postgres.replace("postgresql+psycopg://", "postgresql://")
    schema = f"bench_{secrets.token_hex(6)}"
    with psycopg.connect(plain, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}".encode())
    try:
        separator = "&" if "?" in postgres else "?"
        yield f"{postgres}{separator}options={quote(f'-csearch_path={schema}')}"
    finally:
        with psycopg.connect(plain, autocommit=True) as connection:
            connection.execute(f"DROP SCHEMA {schema} CASCADE".encode())


def add_users(database_url: str, names: list[str]) -> list[str]:
    """Tokens for new volunteers (straight into the server's database; not timed)."""
    db = ServerDatabase(database_url)
    try:
        with db.session() as session:
            return [create_user(session=session, name=n, role="volunteer") for n in names]
    finally:
        db.close()


def create_survey(server: Server, database_url: str) -> None:
    """The survey the benchmark's cameras belong to, pushed by a coordinator (not timed)."""
    db = ServerDatabase(database_url)
    try:
        with db.session() as session:
            token = create_user(session=session, name="coordinator", role="admin")
    finally:
        db.close()
    mutation = {
        "mutation_id": str(uuid.uuid4()),
        "record_type": "survey",
        "record_id": SURVEY,
        "op": "upsert",
        "base_version": None,
        "fields": {"name": "Benchmark"},
    }
    with client(server, token) as http:
        push(http, [mutation])


def camera_mutation(
    rng: random.Random,
    record_id: str | None = None,
    base: int | None = None,
    fields: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A camera upsert like the laptop sends: a position and a few OSM fields."""
    return {
        "mutation_id": str(uuid.uuid4()),
        "record_type": "camera",
        "record_id": record_id or str(uuid.uuid4()),
        "op": "upsert",
        "base_version": base,
        "fields": fields
        if fields is not None
        else {
            "survey_id": SURVEY,
            "latitude": CENTRE[0] + rng.uniform(-0.03, 0.03),
            "longitude": CENTRE[1] + rng.uniform(-0.04, 0.04),
            "position_source": "exif",
            "surveillance": "public",
            "surveillance_type": "camera",
            "camera_type": rng.choice(["fixed", "dome", "panning"]),
            "camera_mount": rng.choice(["wall", "pole"]),
            "camera_direction": str(rng.randrange(360)),
            "height": round(rng.uniform(2, 8), 1),
            "vendor_confidence": "unknown",
            "status": "present",
            "extra_tags": {},
        },
    }


class PushError(Exception):
    """A push that did not come back 200 with every item applied or duplicate."""


def push(http: httpx.Client, batch: list[dict[str, Any]]) -> list[dict[str, Any]]:
    reply = http.post("/sync/push", json={"mutations": batch})
    if reply.status_code != 200:
        raise PushError(f"HTTP {reply.status_code}: {reply.text[:300]}")
    results: list[dict[str, Any]] = reply.json()["data"]["results"]
    bad = [r for r in results if r["status"] not in {"applied", "duplicate", "conflict"}]
    if bad:
        raise PushError(f"{len(bad)} items not applied, e.g. {bad[0]}")
    return results


def pull_all(http: httpx.Client) -> list[dict[str, Any]]:
    changes: list[dict[str, Any]] = []
    since = 0
    while True:
        page = http.get("/sync/pull", params={"since": since, "limit": 2000}).json()["data"]
        changes.extend(page["changes"])
        since = page["next"]
        if not page["more"]:
            return changes


def client(server: Server, token: str) -> httpx.Client:
    return httpx.Client(
        base_url=server.api(""), headers={"Authorization": f"Bearer {token}"}, timeout=120
    )


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


# -- 1. push 10,000 records ---------------------------------------------------------------------


def bench_push(folder: Path, kind: str, postgres: str, count: int) -> bool:
    print(f"\n== push: {count:,} camera records in batches of 100, one volunteer ({kind})")
    with database(kind, folder, postgres) as url, running_server(url, folder) as server:
        [token] = add_users(url, ["ana"])
        create_survey(server, url)
        rng = random.Random(1)
        batches = [[camera_mutation(rng) for _ in range(100)] for _ in range(count // 100)]
        with client(server, token) as http:
            push(http, [camera_mutation(rng)])  # warm-up: connection, first query plans
            started = time.perf_counter()
            for batch in batches:
                push(http, batch)
            seconds = time.perf_counter() - started
            pulled = {c["record_id"] for c in pull_all(http)}
    ok = seconds <= 15.0
    expected = {m["record_id"] for batch in batches for m in batch}
    complete = expected <= pulled
    print(
        f"{seconds:.2f} s, {count / seconds:,.0f} records/s (target <= 15 s: "
        f"{'met' if ok else 'MISSED'}); pulled back: {len(expected & pulled):,}/{len(expected):,}"
        f" {'ok' if complete else 'MISSING RECORDS'}"
    )
    return ok and complete


# -- 2. photo upload against a plain PUT ----------------------------------------------------------


def upload_blob(http: httpx.Client, data: bytes) -> None:
    """What the laptop does for one photo: HEAD (skip if known), then PATCH from offset 0."""
    digest = hashlib.sha256(data).hexdigest()
    if http.head(f"/blobs/{digest}").status_code == 200:
        return
    reply = http.patch(
        f"/blobs/{digest}",
        content=data,
        headers={"Upload-Offset": "0", "Upload-Length": str(len(data))},
    )
    if reply.status_code != 200 or not reply.json()["data"]["complete"]:
        raise SystemExit(f"upload failed: {reply.text[:300]}")


def name_blobs(http: httpx.Client, blobs: list[bytes]) -> None:
    """A camera and a photo naming each copy, as the laptop pushes before it uploads: the server
    takes only copies that a photo of the uploader names (not timed)."""
    rng = random.Random(len(blobs))
    batch: list[dict[str, Any]] = []
    for data in blobs:
        home = camera_mutation(rng)
        photo = camera_mutation(
            rng,
            fields={
                "sha256": uuid.uuid4().hex * 2,
                "camera_id": home["record_id"],
                "file_name": "IMG_1.jpg",
                "blob_sha256": hashlib.sha256(data).hexdigest(),
                "blob_size": len(data),
            },
        )
        photo["record_type"] = "photo"
        batch += [home, photo]
    for start in range(0, len(batch), 100):
        push(http, batch[start : start + 100])


def upload_round(put: httpx.Client, http: httpx.Client, blobs: list[bytes]) -> dict[str, float]:
    """Seconds for the plain PUTs and for the SurveyApp uploads of ``blobs``, alternating."""
    name_blobs(http, blobs)
    seconds = {"put": 0.0, "patch": 0.0}
    for data in blobs:
        started = time.perf_counter()
        if put.put(f"/{uuid.uuid4()}", content=data).status_code != 201:
            raise SystemExit("the plain PUT failed")
        middle = time.perf_counter()
        upload_blob(http, data)
        seconds["put"] += middle - started
        seconds["patch"] += time.perf_counter() - middle
    return seconds


def bench_upload(folder: Path, count: int, megabytes: int, rounds: int) -> bool:
    print(
        f"\n== upload: {count} blobs of {megabytes} MB, HEAD + PATCH (verified) vs plain PUT, "
        f"{rounds} rounds"
    )
    ratios: list[float] = []
    verified = True
    with (
        database("sqlite", folder, POSTGRES) as url,
        running_server(url, folder) as server,
        plain_put_server(folder) as plain,
    ):
        create_survey(server, url)
        [token] = add_users(url, ["ana"])
        with httpx.Client(base_url=plain, timeout=120) as put, client(server, token) as http:
            # Warm-up (first file in a folder, first query plans); not counted.
            upload_round(put, http, [os.urandom(megabytes * 2**20) for _ in range(2)])
            for number in range(1, rounds + 1):
                # Alternate the two, blob by blob, so that a busy moment of the machine hits both.
                blobs = [os.urandom(megabytes * 2**20) for _ in range(count)]
                seconds = upload_round(put, http, blobs)
                total = count * megabytes
                put_rate, patch_rate = total / seconds["put"], total / seconds["patch"]
                ratios.append(patch_rate / put_rate)
                print(
                    f"round {number}: plain PUT {put_rate:,.0f} MB/s; SurveyApp HEAD + PATCH "
                    f"(SHA-256 verified, fdatasync, rename, row) {patch_rate:,.0f} MB/s = "
                    f"{ratios[-1]:.0%}"
                )
                for data in blobs[:3]:
                    digest = hashlib.sha256(data).hexdigest()
                    fetched = http.get(f"/blobs/{digest}").content
                    verified &= hashlib.sha256(fetched).hexdigest() == digest
    ratio = statistics.median(ratios)
    print(
        f"median {ratio:.0%} of the plain PUT (target >= 50 %: "
        f"{'met' if ratio >= 0.5 else 'MISSED'}); downloads verified: {verified}"
    )
    return ratio >= 0.5 and verified


# -- 3. concurrent volunteers, and the load mode ---------------------------------------------------


@dataclass
class Volunteer:
    """One volunteer's thread: what it pushed, how long each request took, what failed."""

    token: str
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    versions: dict[str, int] = field(default_factory=dict)  # record id → version expected
    pushed: int = 0


def timed_push(http: httpx.Client, volunteer: Volunteer, batch: list[dict[str, Any]]) -> None:
    started = time.perf_counter()
    try:
        push(http, batch)
    except (PushError, httpx.HTTPError) as error:
        volunteer.errors.append(str(error))
    else:
        volunteer.pushed += len(batch)
    volunteer.latencies.append(time.perf_counter() - started)


def run_volunteers(
    server: Server, volunteers: list[Volunteer], records: int, seconds: float | None
) -> float:
    """Each volunteer pushes ``records`` new records (or, with ``seconds``, a mix until the
    time is up); returns the wall time."""
    barrier = threading.Barrier(len(volunteers))

    def work(index: int, volunteer: Volunteer) -> None:
        rng = random.Random(index)
        with client(server, volunteer.token) as http:
            barrier.wait()
            if seconds is None:
                for _ in range(records // 100):
                    batch = [camera_mutation(rng) for _ in range(100)]
                    timed_push(http, volunteer, batch)
                    for m in batch:
                        volunteer.versions[m["record_id"]] = 1
                return
            history: list[list[dict[str, Any]]] = []
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                roll = rng.random()
                if roll < 0.15 and history:  # a lost acknowledgement: the batch is sent again
                    timed_push(http, volunteer, rng.choice(history))
                    continue
                if roll < 0.35 and volunteer.versions:  # edits of records already on the server
                    ids = rng.sample(sorted(volunteer.versions), min(20, len(volunteer.versions)))
                    batch = [
                        camera_mutation(
                            rng, rid, volunteer.versions[rid], {"notes": f"edit {rng.random()}"}
                        )
                        for rid in ids
                    ]
                else:
                    batch = [camera_mutation(rng) for _ in range(rng.randrange(1, 101))]
                before = len(volunteer.errors)
                timed_push(http, volunteer, batch)
                if len(volunteer.errors) == before:
                    history.append(batch)
                    for m in batch:
                        volunteer.versions[m["record_id"]] = (
                            volunteer.versions.get(m["record_id"], 0) + 1
                        )

    threads = [threading.Thread(target=work, args=(i, v)) for i, v in enumerate(volunteers)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started


def check_server_state(server: Server, token: str, volunteers: list[Volunteer]) -> bool:
    """Every record pushed is on the server once, at the version its edits imply."""
    with client(server, token) as http:
        changes = pull_all(http)
    seen: dict[str, int] = {}
    duplicates = 0
    for change in changes:
        if change["record_type"] != "camera":
            continue
        duplicates += change["record_id"] in seen
        seen[change["record_id"]] = change["version"]
    expected = {rid: v for volunteer in volunteers for rid, v in volunteer.versions.items()}
    lost = [rid for rid in expected if rid not in seen]
    wrong = [rid for rid, v in expected.items() if rid in seen and seen[rid] != v]
    seqs = [c["seq"] for c in changes]
    ordered = seqs == sorted(set(seqs))
    print(
        f"server holds {len(seen):,} records; expected {len(expected):,}: lost {len(lost)}, "
        f"duplicated {duplicates}, wrong version {len(wrong)}, sequence in order: {ordered}"
    )
    return not lost and not duplicates and not wrong and ordered and len(seen) == len(expected)


def bench_volunteers(
    folder: Path,
    kind: str,
    postgres: str,
    clients: int,
    records: int,
    seconds: float | None,
    workers: int = 1,
) -> bool:
    mode = f"for {seconds:.0f} s (load mode)" if seconds else f"each pushing {records} records"
    print(
        f"\n== volunteers: {clients} concurrent volunteers {mode} ({kind}, {workers} server "
        f"process{'es' if workers > 1 else ''}); load average {os.getloadavg()[0]:.1f}"
    )
    with database(kind, folder, postgres) as url, running_server(url, folder, workers) as server:
        tokens = add_users(url, [f"volunteer{i:02d}" for i in range(clients)] + ["reader"])
        create_survey(server, url)
        volunteers = [Volunteer(token) for token in tokens[:-1]]
        wall = run_volunteers(server, volunteers, records, seconds)
        latencies = [lat for v in volunteers for lat in v.latencies]
        errors = [e for v in volunteers for e in v.errors]
        pushed = sum(v.pushed for v in volunteers)
        print(
            f"{len(latencies):,} push requests, {pushed:,} mutations in {wall:.1f} s = "
            f"{pushed / wall:,.0f} mutations/s; latency p50 {percentile(latencies, 0.5) * 1000:.0f}"
            f" ms, p99 {percentile(latencies, 0.99) * 1000:.0f} ms, max "
            f"{max(latencies) * 1000:.0f} ms; errors: {len(errors)}"
        )
        for error in errors[:5]:
            print(f"  error: {error}")
        p99 = percentile(latencies, 0.99)
        if seconds:
            print(
                f"target (issue 16): 0 errors and push p99 <= 1 s: "
                f"{'met' if not errors and p99 <= 1.0 else 'MISSED'}; load average "
                f"{os.getloadavg()[0]:.1f}"
            )
        consistent = check_server_state(server, tokens[-1], volunteers)
    return not errors and consistent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=["push", "upload", "volunteers"])
    parser.add_argument(
        "--database",
        choices=["sqlite", "postgresql"],
        help="for push (default sqlite) and volunteers (default postgresql)",
    )
    parser.add_argument("--postgres", default=POSTGRES, help=f"default {POSTGRES}")
    parser.add_argument("--records", type=int, default=10_000, help="push: records (10,000)")
    parser.add_argument("--clients", type=int, help="volunteers: how many (20; load mode: 50)")
    parser.add_argument("--per-client", type=int, default=500, help="volunteers: records each")
    parser.add_argument("--seconds", type=float, help="load mode: push for this long")
    parser.add_argument("--blobs", type=int, default=20)
    parser.add_argument("--blob-mb", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3, help="upload: rounds (median ratio)")
    parser.add_argument("--tmp", type=Path, help="folder for databases and blobs")
    parser.add_argument(
        "--workers",
        default="1",
        help="volunteers and load mode: server processes, or a list (1,2,4) run one after another",
    )
    args = parser.parse_args(argv)
    workers = [int(n) for n in str(args.workers).split(",")]
    folder = Path(tempfile.mkdtemp(prefix="bench-server-", dir=args.tmp))
    ok = True
    try:
        if args.seconds:
            for count in workers:
                ok &= bench_volunteers(
                    folder,
                    args.database or "postgresql",
                    args.postgres,
                    args.clients or 50,
                    0,
                    args.seconds,
                    count,
                )
            return 0 if ok else 1
        if args.only in (None, "push"):
            ok &= bench_push(folder, args.database or "sqlite", args.postgres, args.records)
        if args.only in (None, "upload"):
            ok &= bench_upload(folder, args.blobs, args.blob_mb, args.rounds)
        if args.only in (None, "volunteers"):
            for count in workers:
                ok &= bench_volunteers(
                    folder,
                    args.database or "postgresql",
                    args.postgres,
                    args.clients or 20,
                    args.per_client,
                    None,
                    count,
                )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print("\nall targets met" if ok else "\nSOME TARGETS OR CHECKS FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
