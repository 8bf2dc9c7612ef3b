"""The real server process: health, auth, envelope on every response, logs without addresses,
and a lost acknowledgement; on SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
import threading
import time
from typing import Any

import httpx
import pytest

from surveyapp.protocol.wire import API_VERSION
from tests.live_server import CLI, LiveServer
from tests.proxy import breaking_proxy
from tests.server.conftest import Api, Team, camera, survey_mutation


def test_round_trip_and_tokens(live_server: LiveServer, api_for: Any) -> None:
    """The helper's own proof: a fresh server per test, users made by the real add-user."""
    token = live_server.add_user("ana", "volunteer")
    ana = api_for(live_server, token)
    me = ana.call("GET", "/me").json()["data"]
    assert (me["name"], me["role"]) == ("ana", "volunteer")
    health = ana.call("GET", "/health").json()["data"]
    assert me["server_id"] == health["server_id"] and health["min_client_api"] <= API_VERSION
    mutation = camera({"latitude": 44.8125, "longitude": 20.4612, "notes": "Terazije"})
    [survey, result] = ana.push([survey_mutation(), mutation])
    assert result["status"] == "applied" and result["version"] == 1 and result["seq"] == 2
    [_, change] = ana.pull_all()
    assert change["record_id"] == mutation["record_id"]
    assert change["fields"]["notes"] == "Terazije" and change["author"] == "ana"
    # Missing, unknown and revoked tokens: 401, and the queue is not touched.
    assert api_for(live_server, None).call("GET", "/me").status_code == 401
    assert api_for(live_server, "not-a-token").call("GET", "/me").status_code == 401
    subprocess.run(
        [*CLI, "server", "revoke-token", "ana", "--database-url", live_server.database_url],
        check=True,
        capture_output=True,
    )
    reply = ana.call("POST", "/sync/push", json={"mutations": [camera()]})
    assert reply.status_code == 401
    assert reply.json()["error"]["code"] == "unauthorized"
    assert reply.headers["WWW-Authenticate"] == "Bearer"
    assert ana.call("HEAD", "/blobs/" + "0" * 64).status_code == 401
    assert len(Api(live_server, live_server.add_user("bojan")).pull_all()) == 2


def test_every_response_is_in_the_envelope(team: Team) -> None:
    headers = {"Authorization": f"Bearer {team.ana}"}
    with httpx.Client(base_url=team.server.url, headers=headers) as http:
        cases = [
            http.get("/api/v1/health"),
            http.get("/api/v1/me"),
            http.get("/api/v1/no/such/thing"),  # 404 from the router
            http.delete("/api/v1/sync/push"),  # 405
            http.get("/api/v1/sync/pull", params={"since": -1}),  # 422 from validation
            http.get("/api/v1/sync/pull", params={"limit": "many"}),
            http.post("/api/v1/sync/push", content=b"\xff\xfe"),  # 400: not JSON
            http.get("/api/v1/conflicts"),  # 403 for a volunteer
            http.get("/api/v1/me", headers={"Authorization": "Basic abc"}),  # 401
        ]
    statuses = [response.status_code for response in cases]
    assert statuses == [200, 200, 404, 405, 422, 422, 400, 403, 401]
    for response in cases:
        assert response.headers["content-type"] == "application/json"
        body = response.json()
        assert body["surveyapp"] == API_VERSION and body["server_time"].endswith("+00:00")
        assert ("error" in body) == (response.status_code >= 400)
        if "error" in body:
            assert body["error"]["code"] and body["error"]["message"]


def test_openapi_docs_are_served(team: Team) -> None:
    page = httpx.get(f"{team.server.url}/docs")
    assert page.status_code == 200 and "/api/v1/sync/push" in page.text
    assert "<script" not in page.text and "cdn" not in page.text.lower()  # nothing from elsewhere
    schema = httpx.get(f"{team.server.url}/openapi.json").json()
    assert "/api/v1/sync/push" in schema["paths"] and "/api/v1/blobs/{sha256}" in schema["paths"]


def test_the_log_never_holds_client_addresses(team: Team, api_for: Any) -> None:
    ana: Api = api_for(team.server, team.ana)
    ana.push([camera()])
    ana.call("GET", "/sync/pull")
    ana.call("GET", "/no/such/path")
    log = team.server.log_when(
        lambda log: "POST /api/v1/sync/push 200" in log and "GET /api/v1/no/such/path 404" in log
    )
    # The only address in the log is where the server itself listens.
    for line in log.splitlines():
        assert "127.0.0.1" not in line.replace(f"127.0.0.1:{team.server.port}", ""), line


def test_a_lost_acknowledgement_is_answered_from_the_stored_results(
    team: Team, api_for: Any
) -> None:
    ana: Api = api_for(team.server, team.ana)
    batch = [camera({"notes": f"lost ack {i}"}) for i in range(10)]
    with breaking_proxy(team.server.port) as proxy, httpx.Client(base_url=proxy.url) as http:
        proxy.drop_replies = True  # the server commits; its answer never reaches the laptop
        with pytest.raises(httpx.TransportError):
            http.post(
                "/api/v1/sync/push",
                json={"mutations": batch},
                headers={"Authorization": f"Bearer {team.ana}"},
            )
    replay = ana.push(batch)
    assert [r["status"] for r in replay] == ["duplicate"] * 10
    ids = {m["record_id"] for m in batch}
    changes = [c for c in ana.pull_all() if c["record_id"] in ids]
    assert len(changes) == 10 and {c["seq"] for c in changes} == {r["seq"] for r in replay}


@pytest.mark.slow
def test_a_server_killed_mid_push_loses_nothing_and_duplicates_nothing(
    live_server: LiveServer,
) -> None:
    token = live_server.add_user("ana")
    batches = [[camera({"notes": f"batch {b}"}) for _ in range(50)] for b in range(24)]
    acknowledged: list[int] = []
    pusher_api = Api(live_server, token)
    pusher_api.push([survey_mutation()])

    def push_all() -> None:
        for index, batch in enumerate(batches):
            try:
                pusher_api.push(batch)
            except (httpx.HTTPError, AssertionError):
                return  # the server is gone; the laptop keeps its queue
            acknowledged.append(index)

    pusher = threading.Thread(target=push_all)
    pusher.start()
    deadline = time.monotonic() + 30
    while len(acknowledged) < 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    live_server.kill()  # kill -9 in the middle of the stream of pushes
    pusher.join(30)
    pusher_api.close()
    assert 3 <= len(acknowledged) < len(batches)
    live_server.restart()
    ana = Api(live_server, token)
    try:
        present = {c["record_id"] for c in ana.pull_all()}
        for batch in batches:  # a batch is one transaction: all of it or none of it
            assert sum(m["record_id"] in present for m in batch) in (0, len(batch))
        for index, batch in enumerate(batches):  # the laptop sends its whole queue again
            statuses = {r["status"] for r in ana.push(batch)}
            assert statuses == ({"duplicate"} if index in acknowledged else statuses)
            assert statuses <= {"applied", "duplicate"}
        changes = [c for c in ana.pull_all() if c["record_type"] == "camera"]
        assert len(changes) == 24 * 50 == len({c["record_id"] for c in changes})
    finally:
        ana.close()
