"""Running the server for real: metrics, readiness for a load balancer, a per-token rate limit
that the laptop honours, worker processes, and logs without client addresses."""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

import httpx
import psycopg
from prometheus_client.parser import text_string_to_metric_families

from surveyapp.server.database import SCHEMA_HEAD
from surveyapp.sync.client import RetryPolicy, SyncClient, retry_after
from tests.live_server import CLI, LiveServer, StartServer, add_user, free_port
from tests.server.conftest import Api, camera, photo_naming, survey_mutation
from tests.server.test_processes import psycopg_url, until
from tests.server_migrations import downgraded_to


def samples(server: LiveServer) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """Every sample /metrics shows, by name and labels."""
    reply = httpx.get(f"{server.url}/metrics")
    assert reply.status_code == 200 and reply.headers["content-type"].startswith("text/plain")
    found = {}
    for family in text_string_to_metric_families(reply.text):
        for sample in family.samples:
            found[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return found


def test_metrics_count_requests_pushes_uploads_and_name_no_one(
    live_server: LiveServer, api_for: object
) -> None:
    admin: Api = api_for(live_server, live_server.add_user("admin", "admin"))  # type: ignore[operator]
    data = os.urandom(50_000)
    digest = hashlib.sha256(data).hexdigest()
    cameras = [survey_mutation(), *(camera() for _ in range(3)), *photo_naming(digest, len(data))]
    assert {r["status"] for r in admin.push(cameras)} == {"applied"}
    uploaded = admin.call(
        "PATCH",
        f"/blobs/{digest}",
        content=data,
        headers={"Upload-Offset": "0", "Upload-Length": str(len(data))},
    )
    assert uploaded.status_code == 200
    assert admin.call("GET", "/sync/pull").status_code == 200

    seen = samples(live_server)

    def value(name: str, **labels: str) -> float:
        return seen.get((name, frozenset(labels.items())), 0.0)

    assert value("surveyapp_push_mutations_total", result="applied") == 6
    assert value("surveyapp_uploads_total", outcome="complete") == 1
    assert value("surveyapp_upload_bytes_total") == len(data)
    assert value("surveyapp_requests_total", method="POST", route="/api/v1/sync/push", status="200")
    patched = value(
        "surveyapp_requests_total", method="PATCH", route="/api/v1/blobs/{sha256}", status="200"
    )
    assert patched == 1
    assert value("surveyapp_request_seconds_count", method="GET", route="/api/v1/sync/pull") == 1
    text = httpx.get(f"{live_server.url}/metrics").text
    assert digest not in text and "127.0.0.1" not in text  # routes by template, nobody named


def test_logs_name_no_client_address(live_server: LiveServer) -> None:
    with httpx.Client() as client:
        for path in ("/health", "/ready", "/me", "/sync/pull", "/health"):
            client.get(live_server.api(path))
    log = live_server.log_when(
        lambda log: sum("GET /api/v1/" in line for line in log.splitlines()) >= 5
    )
    startup = f"127.0.0.1:{live_server.port}"
    for line in log.splitlines():
        assert "127.0.0.1" not in line.replace(startup, ""), line


def test_a_server_listening_beyond_this_machine_says_it_speaks_plain_http(
    server_database_url: str, start_live_server: StartServer
) -> None:
    # On 127.0.0.1 (behind the documented TLS proxy) nothing to say; on every address the
    # tokens and photos would cross the network unencrypted, and the log says so at start.
    local = start_live_server(server_database_url)
    assert "plain HTTP" not in local.log_text()
    local.stop()
    open_server = start_live_server(server_database_url, ["--host", "0.0.0.0"])
    log = open_server.log_when(lambda log: "plain HTTP" in log)
    warning = next(line for line in log.splitlines() if "plain HTTP" in line)
    assert "WARNING" in warning and "0.0.0.0" in warning and "TLS" in warning


def test_a_server_upgrading_its_database_says_so_in_its_log(
    server_database_url: str, start_live_server: StartServer
) -> None:
    # The upgrade drill: a database an older release left (s0007), the new server started on
    # it. The coordinator reads in the log that the schema moved, from which revision to which.
    server = start_live_server(server_database_url)
    assert "schema" not in server.log_text()  # a new database: nothing upgraded
    server.stop()
    downgraded_to(server_database_url, "s0007")
    server.restart()
    upgraded = [line for line in server.log_text().splitlines() if "schema" in line]
    assert len(upgraded) == 1 and "INFO" in upgraded[0], upgraded
    assert f"from s0007 to {SCHEMA_HEAD}" in upgraded[0]


def test_ready_says_whether_this_process_can_serve(
    postgres_schema_url: str, start_live_server: StartServer
) -> None:
    server = start_live_server(postgres_schema_url)
    ready = httpx.get(server.api("/ready"))
    assert ready.status_code == 200 and ready.json()["data"]["ready"] is True
    # The server's tables vanish from its search path (a restore under way): not ready, so the
    # load balancer sends the traffic elsewhere; /health still says what the server is.
    schema = postgres_schema_url.rsplit("search_path%3D", 1)[1]
    with psycopg.connect(psycopg_url(postgres_schema_url), autocommit=True) as admin:
        admin.execute(f"ALTER SCHEMA {schema} RENAME TO {schema}_away".encode())
        try:
            gone = httpx.get(server.api("/ready"))
            assert gone.status_code == 503 and gone.json()["error"]["code"] == "not_ready"
            assert httpx.head(server.api("/ready")).status_code == 503  # HEAD says it too
            assert httpx.get(server.api("/health")).status_code == 200
        finally:
            admin.execute(f"ALTER SCHEMA {schema}_away RENAME TO {schema}".encode())
    until(lambda: httpx.get(server.api("/ready")).status_code == 200, "ready again")


def test_health_and_ready_answer_head_as_get(
    server_database_url: str, start_live_server: StartServer
) -> None:
    """An uptime monitor or a load balancer that checks with HEAD (`curl -I`, HAProxy's
    `option httpchk HEAD /api/v1/ready`) got "405 Method Not Allowed" from /health and
    /ready, as if the server were down, while the public page took HEAD. They answer HEAD as
    GET, without a body."""
    server = start_live_server(server_database_url)
    for path in ("/health", "/ready"):
        got, head = httpx.get(server.api(path)), httpx.head(server.api(path))
        assert head.status_code == got.status_code == 200, (path, head.status_code)
        assert head.headers["content-type"] == got.headers["content-type"], path
        assert head.content == b"" and got.json()["data"]["server_id"], path


def test_a_token_over_its_rate_waits_and_the_others_do_not(
    server_database_url: str, start_live_server: StartServer
) -> None:
    server = start_live_server(server_database_url, extra_args=["--rate-limit", "1"])
    greedy, calm = add_user(server_database_url, "greedy"), add_user(server_database_url, "calm")
    with httpx.Client(headers={"Authorization": f"Bearer {greedy}"}) as client:
        replies = [client.get(server.api("/me")) for _ in range(12)]
    refused = [r for r in replies if r.status_code == 429]
    assert refused, [r.status_code for r in replies]  # a burst of 5, then one a second
    assert all(r.status_code in (200, 429) for r in replies)
    for reply in refused:
        assert int(reply.headers["Retry-After"]) >= 1
        assert reply.json()["error"]["code"] == "rate_limited"
    # Another volunteer, and the load balancer's probes, are served all the while.
    mine = httpx.get(server.api("/me"), headers={"Authorization": f"Bearer {calm}"})
    assert mine.status_code == 200
    assert all(httpx.get(server.api("/ready")).status_code == 200 for _ in range(12))


def test_the_laptop_waits_as_long_as_the_server_asks(
    server_database_url: str, start_live_server: StartServer
) -> None:
    server = start_live_server(server_database_url, extra_args=["--rate-limit", "1"])
    token = add_user(server_database_url, "ana")
    waits: list[str] = []
    # A tiny backoff of its own: the waits below are the server's Retry-After, not the policy's.
    policy = RetryPolicy(attempts=20, base=0.001, cap=0.001)
    with SyncClient(server.url, token, retry=policy, on_retry=waits.append) as client:
        names = [client.me().name for _ in range(9)]
    assert names == ["ana"] * 9  # every call succeeded, none gave up
    assert waits and all("HTTP 429" in w for w in waits)
    assert all(float(w.rsplit(" in ", 1)[1].removesuffix(" s")) >= 1.0 for w in waits), waits


def test_retry_after_is_a_floor_never_a_hang() -> None:
    assert retry_after(httpx.Headers({"Retry-After": "3"}), 0.2) == 3.0
    assert retry_after(httpx.Headers({"Retry-After": "3"}), 5.0) == 5.0
    assert retry_after(httpx.Headers({"Retry-After": "86400"}), 0.2) == 120.0
    assert retry_after(httpx.Headers({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}), 0.2) == 0.2
    assert retry_after(httpx.Headers({"Retry-After": "-1"}), 0.2) == 0.2
    assert retry_after(httpx.Headers(), 0.2) == 0.2


def test_worker_processes_share_one_port_and_one_database(
    postgres_schema_url: str, tmp_path: Path
) -> None:
    from tests.live_server import start_server

    server = start_server(postgres_schema_url, tmp_path / "blobs", extra_args=["--workers", "2"])
    try:
        children = subprocess.run(
            ["pgrep", "-P", str(server.process.pid)], capture_output=True, text=True
        ).stdout.split()
        assert len(children) >= 2, children
        token = add_user(postgres_schema_url, "admin", "admin")
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(headers=headers, base_url=server.api("")) as client:
            batches = [[survey_mutation()]] + [[camera() for _ in range(5)] for _ in range(8)]
            for batch in batches:
                # A fresh connection each time: the kernel spreads them over the workers.
                reply = httpx.post(
                    server.api("/sync/push"), json={"mutations": batch}, headers=headers
                )
                assert reply.status_code == 200, reply.text
                assert {r["status"] for r in reply.json()["data"]["results"]} == {"applied"}
            pulled = client.get("/sync/pull", params={"limit": 500}).json()["data"]["changes"]
        assert len(pulled) == 41
        assert [c["seq"] for c in pulled] == sorted({c["seq"] for c in pulled})
        identities = {
            httpx.get(server.api("/health")).json()["data"]["server_id"] for _ in range(6)
        }
        assert len(identities) == 1
        # /metrics adds up every worker's numbers, whichever worker answers.
        pushed = [
            samples(server).get(
                ("surveyapp_push_mutations_total", frozenset({("result", "applied")})), 0.0
            )
            for _ in range(4)
        ]
        assert pushed == [41.0] * 4, pushed
    finally:
        server.stop()


def test_workers_need_postgresql(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            *CLI,
            "server",
            "run",
            "--port",
            str(free_port()),
            "--database-url",
            f"sqlite:///{tmp_path / 'server.sqlite'}",
            "--workers",
            "2",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "PostgreSQL" in done.stderr and "Traceback" not in done.stderr
