"""Long fuzz run of sync's parsers against a hostile peer, not part of the test suite.

    python3 -m fuzz.sync server [--inputs 2000] [--seed N] [--postgres]
    python3 -m fuzz.sync client [--inputs 2000] [--seed N]

server: a real server process (tests/live_server.py) on a fresh SQLite file, or with
``--postgres`` on a schema of its own in the test PostgreSQL, gets pushes of valid mutations
mutated with the hostile shapes of issue 20 (tests/reliability/hostile_shapes.py: lone
surrogates, controls, bidi overrides, 400-digit numbers, deep nesting, hashes that are paths,
wrong types, missing fields) or with bytes flipped, cut or repeated in their JSON text. Every
answer must be a 200 with one result per item (a hostile item rejected, never stored) or a 4xx
in the envelope: never a 5xx, never a hang, never a traceback in the log; every pull must
still answer afterwards, and a teammate's new laptop (a real database and sync run) must then
take every change the server accepted, skip none, and hold the server's cameras and photos,
value for value: a hostile token's pushes must not break the team's sync.

client: the laptop's pull (SyncClient.pull_page, then apply_page into a real laptop database)
reads pages a hostile server wrote the same way: a page lands, changes it cannot store are
skipped with a note, or the run stops with a SyncError. Any other exception is a failure.

Failures are written to fuzz/out/ (git-ignored), to become regression tests in
tests/server/test_hostile.py or tests/sync/test_hostile_server.py.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import traceback
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402

from fuzz.metadata import mutate  # noqa: E402
from tests.reliability import hostile_shapes as shapes  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
PUSH_BUDGET = 30.0  # seconds a push may take


def hostile_value(rng: random.Random) -> Any:
    """One value of the shapes a hostile peer sends."""
    pool: list[Any] = [
        *shapes.HOSTILE_TEXTS.values(),
        *shapes.HOSTILE_HASHES,
        shapes.HUGE_INTEGER,
        -shapes.HUGE_INTEGER,
        shapes.nested(rng.choice([3, 64, 256, 600])),
        {"a": {"b": {"c": "d"}}},
        ["a", 1, None],
        True,
        None,
        "",
        "x" * rng.choice([10, 300, 70_000]),
        2**63,
        -1,
        1e308,
        str(uuid.uuid4()),
    ]
    return rng.choice(pool)


def valid_item(rng: random.Random, camera_id: str) -> dict[str, Any]:
    """A valid mutation: a new camera, a new photo on ``camera_id``, or a new survey."""
    kind = rng.choice(["camera", "camera", "photo", "survey"])
    if kind == "photo":
        fields = {
            "sha256": uuid.uuid4().hex * 2, "camera_id": camera_id, "file_name": "IMG_1.jpg",
            "width": 4032, "height": 3024, "latitude": 44.8, "longitude": 20.4,
        }  # fmt: skip
        return shapes.mutation("photo", fields=fields)
    if kind == "survey":
        return shapes.mutation("survey", fields={"name": "Belgrade 2026"})
    fields = shapes.camera_fields(camera_type="dome", height=5.0, notes="by the school",
                                  extra_tags={"note": "x"})  # fmt: skip
    return shapes.mutation(fields=fields)


def mutated(item: Any, rng: random.Random) -> Any:
    """``item`` (a mutation or a change) with one or a few hostile edits."""
    for _ in range(rng.randint(1, 3)):
        if not isinstance(item, dict):
            return item
        target = item
        fields = item.get("fields")
        if isinstance(fields, dict) and fields and rng.random() < 0.7:
            target = fields
        choice = rng.random()
        key = rng.choice(list(target)) if target else "x"
        if choice < 0.6:
            target[key] = hostile_value(rng)
        elif choice < 0.75:
            target.pop(key, None)
        elif choice < 0.9:
            target[rng.choice(["\ud800", "extra", "camera:type", "a" * 70])] = hostile_value(rng)
        else:
            item = hostile_value(rng)
    return item


def as_bytes(body: Any, rng: random.Random) -> bytes:
    """JSON text (ensure_ascii: a lone surrogate as its escape), now and then mangled."""
    try:
        text = json.dumps(body).encode()
    except (ValueError, RecursionError):
        text = b'{"mutations": []}'
    return mutate(text, rng) if rng.random() < 0.3 else text


def record_failure(kind: str, index: int, body: bytes, problem: str) -> None:
    OUT.mkdir(exist_ok=True)
    (OUT / f"{kind}-{index}.json").write_bytes(body)
    (OUT / f"{kind}-{index}.txt").write_text(problem, encoding="utf-8")


def teammate_problem(url: str, token: str) -> str | None:
    """What went wrong when a teammate's new laptop synced after the hostile pushes (a real
    laptop database and run): every change the server accepted must land, with no change
    skipped, and the laptop then hold the server's live cameras and photos, value for value."""
    from surveyapp.db.database import open_database
    from tests.sync.conftest import Laptop
    from tests.sync.test_convergence import laptop_state, server_live, server_state

    folder = Path(tempfile.mkdtemp(prefix="fuzz-teammate-"))
    machine = Laptop(open_database(folder / "survey.sqlite"))
    try:
        summary = machine.sync(url, token)
        if not summary.complete or summary.errors or summary.warnings:
            return f"the teammate's sync: {summary}"
        cameras, photos = server_live(server_state(url, token))
        local_cameras, local_photos = laptop_state(machine)
        if set(local_cameras) != set(cameras) or local_photos != photos:
            return (
                f"the teammate's laptop holds {len(local_cameras)} cameras and "
                f"{len(local_photos)} photos, the server {len(cameras)} and {len(photos)}"
            )
        for camera_id, fields in local_cameras.items():
            differ = {k: v for k, v in fields.items() if v != cameras[camera_id].get(k)}
            if differ:
                return f"camera {camera_id} differs on the teammate's laptop: {differ}"
        return None
    finally:
        machine.db.close()


def fuzz_server(inputs: int, rng: random.Random, database_url: str | None) -> int:
    from tests.live_server import start_server

    folder = Path(tempfile.mkdtemp(prefix="fuzz-sync-"))
    url = database_url or f"sqlite:///{folder / 'server.sqlite'}"
    # No rate limit: the run sends thousands of pushes a minute on one token, and with the
    # server's default limit most of them were answered 429 before any parser saw them.
    server = start_server(url, folder / "blobs", extra_args=["--rate-limit", "0"])
    failures = 0
    try:
        token = server.add_user(f"fuzz-{uuid.uuid4().hex[:6]}")
        http = httpx.Client(headers={"Authorization": f"Bearer {token}"}, timeout=PUSH_BUDGET)
        survey = shapes.mutation("survey", record_id=shapes.SURVEY, fields={"name": "Fuzz"})
        home = shapes.mutation()
        http.post(server.api("/sync/push"), json={"mutations": [survey, home]})
        started, slowest, refused, limited = time.perf_counter(), 0.0, 0, 0
        for index in range(inputs):
            items = [
                mutated(valid_item(rng, home["record_id"]), rng) if rng.random() < 0.7 else
                valid_item(rng, home["record_id"])
                for _ in range(rng.randint(1, 8))
            ]  # fmt: skip
            body = as_bytes({"mutations": items}, rng)
            began = time.perf_counter()
            problem = None
            try:
                reply = http.post(
                    server.api("/sync/push"),
                    content=body,
                    headers={"Content-Type": "application/json"},
                )
                if reply.status_code >= 500:
                    problem = f"HTTP {reply.status_code}: {reply.text[:2000]}"
                elif reply.status_code == 429:  # never read: counted, and a run of them fails
                    limited += 1
                elif reply.status_code == 200:
                    results = reply.json()["data"]["results"]
                    refused += sum(r["status"] == "rejected" for r in results)
                elif "error" not in reply.json():
                    problem = f"HTTP {reply.status_code} without an error: {reply.text[:500]}"
            except httpx.TimeoutException:
                problem = f"no answer within {PUSH_BUDGET} s"
            except Exception:  # noqa: BLE001 - any other failure is a finding
                problem = traceback.format_exc()
            slowest = max(slowest, time.perf_counter() - began)
            if problem is not None:
                failures += 1
                record_failure("push", index, body, problem)
        if limited:
            failures += 1
            record_failure("limited", inputs, b"", f"{limited} pushes refused with 429")
        pulled = http.get(server.api("/sync/pull"), params={"since": 0, "limit": 2000})
        if pulled.status_code != 200:
            failures += 1
            record_failure(
                "pull", inputs, b"", f"the pull after the run: HTTP {pulled.status_code}"
            )
        else:
            problem = teammate_problem(server.url, server.add_user(f"ana-{uuid.uuid4().hex[:6]}"))
            if problem is not None:  # what the hostile token got in broke a teammate's sync
                failures += 1
                record_failure("teammate", inputs, b"", problem)
        if "Traceback" in server.log_text():
            failures += 1
            record_failure("log", inputs, b"", server.log_text()[-20_000:])
        elapsed = time.perf_counter() - started
        print(
            f"server: {inputs} pushes in {elapsed:.1f} s, {refused} items rejected, "
            f"slowest push {slowest * 1000:.0f} ms, failures: {failures}"
        )
    finally:
        server.stop()
    return failures


def change(item: dict[str, Any], seq: int) -> dict[str, Any]:
    """A pulled change of the record a valid mutation made."""
    return {
        "seq": seq, "record_type": item["record_type"], "record_id": item["record_id"],
        "version": 1, "deleted": False, "author": "mallory",
        "updated_at": datetime.now(UTC).isoformat(), "fields": item["fields"],
        "change_id": str(uuid.uuid4()),
    }  # fmt: skip


def fuzz_client(inputs: int, rng: random.Random) -> int:
    from surveyapp.db.database import open_database
    from surveyapp.sync.apply import apply_page
    from surveyapp.sync.client import RetryPolicy, SyncClient, SyncError

    folder = Path(tempfile.mkdtemp(prefix="fuzz-pull-"))
    laptop = open_database(folder / "survey.sqlite")
    pages: list[bytes] = []

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=pages[-1], headers={"Content-Type": "application/json"})

    client = SyncClient(
        "http://hostile.invalid",
        "t",
        retry=RetryPolicy(attempts=1),
        transport=httpx.MockTransport(answer),
        max_answer_bytes=8 * 1024 * 1024,
    )
    failures = skipped = stopped = 0
    started = time.perf_counter()
    home = shapes.mutation()
    survey = shapes.mutation("survey", record_id=shapes.SURVEY, fields={"name": "Fuzz"})
    for index in range(inputs):
        since = rng.choice([0, index, 2**62])
        made = [survey, home] + [
            valid_item(rng, home["record_id"]) for _ in range(rng.randint(0, 6))
        ]
        changes = [change(item, since + n + 1) for n, item in enumerate(made)]
        changes = [mutated(c, rng) if rng.random() < 0.5 else c for c in changes]
        data: Any = {"changes": changes, "next": since + len(changes), "more": False}
        if rng.random() < 0.2:
            data = mutated(data, rng)
        envelope = {"surveyapp": 2, "server_time": datetime.now(UTC).isoformat(), "data": data}
        pages.append(as_bytes(envelope, rng))
        problem = None
        try:
            page, notes = client.pull_page(since, 500)
            with laptop.session() as session:
                applied = apply_page(session, client.server, page.changes, page.next)
                session.commit()
            skipped += applied.skipped + len(notes)
        except SyncError:
            stopped += 1
        except Exception:  # noqa: BLE001 - any other failure is a finding
            problem = traceback.format_exc()
        if problem is not None:
            failures += 1
            record_failure("page", index, pages[-1], problem)
        pages.clear()
    client.close()
    laptop.close()
    elapsed = time.perf_counter() - started
    print(
        f"client: {inputs} pages in {elapsed:.1f} s, {skipped} changes skipped with a note, "
        f"{stopped} pages refused, failures: {failures}"
    )
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("side", choices=["server", "client"])
    parser.add_argument("--inputs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--postgres", action="store_true", help="server on PostgreSQL")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    if args.side == "server" and args.postgres:
        from tests.live_server import postgres_schema

        with postgres_schema() as url:
            failures = fuzz_server(args.inputs, rng, url)
    elif args.side == "server":
        failures = fuzz_server(args.inputs, rng, None)
    else:
        failures = fuzz_client(args.inputs, rng)
    if failures:
        print(f"{failures} failures written to {OUT}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
