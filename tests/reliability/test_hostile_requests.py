"""Hostile requests against the real server: no 5xx, nothing without a token, no volunteer
editing another's camera, oversized bodies refused before they are read.

Schemathesis generates requests from the server's own OpenAPI schema (its command line, run as a
subprocess against the server process, on SQLite and on PostgreSQL).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import REPO
from tests.live_server import LiveServer
from tests.reliability import hostile_shapes
from tests.reliability.hostile_shapes import HOSTILE_HASHES, HUGE_INTEGER, hostile_mutations

EXAMPLES = int(os.environ.get("SURVEYAPP_SCHEMATHESIS_EXAMPLES", "25"))
PUBLIC = {"/api/v1/health", "/api/v1/ready"}  # what a laptop and a load balancer ask first
SHA = "ab" * 32


def _schemathesis() -> list[str]:
    found = shutil.which("schemathesis")
    if found:
        return [found]
    return [sys.executable, "-m", "schemathesis.cli"]


def test_generated_requests_never_get_a_server_error(live_server: LiveServer) -> None:
    token = live_server.add_user("reviewer-1", "reviewer")  # a reviewer reaches every endpoint
    run = subprocess.run(
        [
            *_schemathesis(),
            "run",
            f"{live_server.url}/openapi.json",
            "--header",
            f"Authorization: Bearer {token}",
            "--checks",
            "not_a_server_error",
            "--max-examples",
            str(EXAMPLES),
            "--seed",
            "20261130",
            "--generation-database",
            "none",
            "--no-color",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        # Generated requests carry the hostile shapes too (tests/reliability/hostile_shapes.py).
        env={**os.environ, "SCHEMATHESIS_HOOKS": hostile_shapes.__name__,
             "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])},
        cwd=REPO,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert "passed" in run.stdout
    assert "Traceback" not in live_server.log_text()


def _operations(server: LiveServer) -> list[tuple[str, str]]:
    schema = httpx.get(f"{server.url}/openapi.json", timeout=10).json()
    operations = []
    for path, methods in schema["paths"].items():
        if path in PUBLIC:
            continue
        for method in methods:
            concrete = path.replace("{sha256}", SHA)
            concrete = concrete.replace("{conflict_id}", "1").replace(
                "{record_id}", str(uuid.uuid4())
            )
            operations.append((method.upper(), concrete))
    return operations


@pytest.mark.parametrize("authorization", [None, "Bearer not-a-token", "Basic YW5hOmFuYQ=="])
def test_no_endpoint_answers_without_a_valid_token(
    live_server: LiveServer, authorization: str | None
) -> None:
    operations = _operations(live_server)
    assert len(operations) >= 6
    headers = {} if authorization is None else {"Authorization": authorization}
    for method, path in operations:
        reply = httpx.request(method, f"{live_server.url}{path}", headers=headers, timeout=10)
        assert reply.status_code == 401, (method, path, reply.status_code, reply.text)
        if method != "HEAD":
            assert reply.json()["error"]["code"], (method, path)


def _push(server: LiveServer, token: str, mutation: dict[str, Any]) -> dict[str, Any]:
    reply = httpx.post(
        server.api("/sync/push"),
        json={"mutations": [mutation]},
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert reply.status_code == 200, reply.text
    result: dict[str, Any] = reply.json()["data"]["results"][0]
    return result


def _camera(record_id: uuid.UUID, base: int | None, op: str, **fields: Any) -> dict[str, Any]:
    return {
        "mutation_id": str(uuid.uuid4()),
        "record_type": "camera",
        "record_id": str(record_id),
        "op": op,
        "base_version": base,
        "fields": fields,
    }


def test_a_volunteer_cannot_change_or_delete_another_volunteers_camera(
    live_server: LiveServer,
) -> None:
    ana, bob = live_server.add_user("ana"), live_server.add_user("bob")
    camera, survey = uuid.uuid4(), uuid.uuid4()
    made = _push(live_server, ana, {**_camera(survey, None, "upsert", name="Novi Sad"),
                                    "record_type": "survey"})  # fmt: skip
    assert made["status"] == "applied"
    created = _push(
        live_server, ana, _camera(camera, None, "upsert", survey_id=str(survey), latitude=44.81,
                                  longitude=20.46, camera_type="dome")
    )  # fmt: skip
    assert created["status"] == "applied"

    edit = _push(
        live_server, bob, _camera(camera, created["version"], "upsert", camera_type="fixed")
    )
    delete = _push(live_server, bob, _camera(camera, created["version"], "delete"))

    assert edit["status"] == delete["status"] == "rejected"
    assert "not allowed" in (edit["message"] or "")
    pulled = httpx.get(
        live_server.api("/sync/pull"),
        params={"since": 0},
        headers={"Authorization": f"Bearer {bob}"},
        timeout=10,
    ).json()["data"]["changes"]
    (record,) = [c for c in pulled if c["record_id"] == str(camera)]
    assert record["fields"]["camera_type"] == "dome" and not record["deleted"]


def _status_before_body(server: LiveServer, request_head: str, timeout: float = 5.0) -> str:
    """Send only a request's head (it announces a huge body) and read the status line the server
    answers with before any of the body is sent."""
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", server.port), timeout=timeout) as connection:
        connection.sendall(request_head.encode())
        status = connection.recv(4096).decode(errors="replace").split("\r\n", 1)[0]
    assert time.monotonic() - started < timeout
    return status


def test_oversized_bodies_are_refused_before_they_are_read(live_server: LiveServer) -> None:
    token = live_server.add_user("ana")
    huge = 2 * 1024**3  # 2 GB announced, never sent
    push = _status_before_body(
        live_server,
        "POST /api/v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Authorization: Bearer {token}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {huge}\r\n\r\n",
    )
    blob = _status_before_body(
        live_server,
        f"PATCH /api/v1/blobs/{SHA} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Authorization: Bearer {token}\r\nUpload-Offset: 0\r\nUpload-Length: {huge}\r\n"
        f"Content-Length: {huge}\r\n\r\n",
    )
    assert " 413 " in push + " ", push
    assert " 413 " in blob + " ", blob


def test_a_request_without_a_token_is_not_logged_with_an_address(
    live_server: LiveServer, tmp_path: Path
) -> None:
    httpx.get(live_server.api("/me"), timeout=10)
    assert "127.0.0.1:" not in live_server.log_text().replace(live_server.url, "")


def test_every_hostile_shape_gets_its_own_rejection_or_a_4xx_never_a_5xx(
    live_server: LiveServer,
) -> None:
    ana, bojan = live_server.add_user("ana"), live_server.add_user("bojan")
    home = hostile_shapes.mutation()
    photo = hostile_shapes.mutation(
        "photo",
        fields={"sha256": "d" * 64, "camera_id": home["record_id"], "file_name": "IMG_2.jpg"},
    )
    survey = hostile_shapes.mutation(
        "survey", record_id=hostile_shapes.SURVEY, fields={"name": "Novi Sad"}
    )
    made = [_push(live_server, ana, item)["status"] for item in (survey, home, photo)]
    assert made == ["applied"] * 3
    shapes = hostile_mutations(home["record_id"], photo["record_id"])
    good = hostile_shapes.mutation(fields=hostile_shapes.camera_fields(notes="the rest lands"))
    reply = httpx.post(
        live_server.api("/sync/push"),
        # json.dumps writes a lone surrogate as its \\ud800 escape, as a hostile client would
        content=json.dumps({"mutations": [*shapes.values(), good]}).encode(),
        headers={"Authorization": f"Bearer {ana}", "Content-Type": "application/json"},
        timeout=60,
    )
    assert reply.status_code == 200, reply.text
    results = reply.json()["data"]["results"]
    statuses = {name: r["status"] for name, r in zip(shapes, results, strict=False)}
    assert statuses == dict.fromkeys(shapes, "rejected")
    assert results[-1]["status"] == "applied"
    # Hashes in paths and blob queries, numbers beyond any integer in queries: 4xx.
    auth = {"Authorization": f"Bearer {ana}"}
    answers = {}
    for digest in filter(None, HOSTILE_HASHES):
        for method in ("HEAD", "GET", "PATCH", "DELETE"):
            url = f"{live_server.url}/api/v1/blobs/{digest}"
            headers = {**auth, "Upload-Offset": "0", "Upload-Length": "3"}
            answers[method, digest] = httpx.request(
                method, url, headers=headers, content=b"abc" if method == "PATCH" else None
            ).status_code
    query = httpx.post(
        live_server.api("/blobs/status"), json={"sha256": HOSTILE_HASHES}, headers=auth
    )
    answers["status", "*"] = query.status_code
    for since in (str(HUGE_INTEGER), "-1", "1e400", "NaN"):
        answers["pull", since[:8]] = httpx.get(
            live_server.api("/sync/pull"), params={"since": since}, headers=auth
        ).status_code
    assert all(400 <= status < 500 for status in answers.values()), answers
    # And every teammate's pull still answers, with none of it.
    pulled = httpx.get(
        live_server.api("/sync/pull"),
        params={"since": 0, "limit": 2000},
        headers={"Authorization": f"Bearer {bojan}"},
        timeout=30,
    )
    assert pulled.status_code == 200
    ids = {change["record_id"] for change in pulled.json()["data"]["changes"]}
    assert good["record_id"] in ids
    made_by_shapes = {s["record_id"] for s in shapes.values() if isinstance(s, dict)}
    assert not ids & (made_by_shapes - {home["record_id"], photo["record_id"]})
    assert "Traceback" not in live_server.log_text()
