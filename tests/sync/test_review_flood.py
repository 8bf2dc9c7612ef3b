"""A hostile volunteer's token flooding the reviewers' lists: her 50 pushes of edits, deletes and
merges of a teammate's camera are one row of the Refused list, with how many times, and her
conflicts are marked reviewed in one request, which marks only the conflicts the reviewer was
shown: a teammate's, or hers that came meanwhile, stay open. Real server on SQLite and
PostgreSQL (``own_team``), a real laptop and the laptops' own client."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from surveyapp.db.models import Photo
from surveyapp.sync.client import SyncClient
from tests.sync.conftest import Laptop, Team, photo_walk
from tests.sync.test_teammates_records import mutation, own_camera, push

FLOOD = 50


def flooded(team: Team, camera: str, mallory: str, bojan: str) -> tuple[str, str, str]:
    """Bojan's one mistake (a delete and a merge of Ana's ``camera``), then Mallory's ``FLOOD``
    pushes of the same edit, delete and merge of it, each refused but the merge, a conflict.
    Returns Mallory's and Bojan's names and the id of Mallory's own camera."""
    _, hers = own_camera(team, mallory)
    _, his = own_camera(team, bojan)
    with SyncClient(team.url, mallory) as client:
        sender = client.me().name
    with SyncClient(team.url, bojan) as client:
        teammate = client.me().name
    push(team, bojan, [aimed("delete", camera)])
    push(team, bojan, [aimed("merge", his["record_id"], args={"absorbed": [camera]})])
    for n in range(FLOOD):
        results = push(team, mallory, [
            aimed("upsert", camera, fields={"notes": f"mine {n}"}),
            aimed("delete", camera),
            aimed("merge", hers["record_id"], args={"absorbed": [camera]}),
        ])  # fmt: skip
        assert [r["status"] for r in results] == ["rejected", "rejected", "conflict"], results
    return sender, teammate, str(hers["record_id"])


def aimed(op: str, record_id: Any, **parts: Any) -> dict[str, Any]:
    """A change of the camera ``record_id`` sent by whoever pushes it."""
    return {**mutation("camera", parts.pop("fields", {})), "op": op,
            "record_id": str(record_id), "base_version": 1, **parts}  # fmt: skip


def test_a_hostile_volunteers_flood_is_one_refused_row_and_her_conflicts_are_cleared_at_once(
    own_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    team = own_team
    ana_token, mallory, bojan, reviewer = (team.user(), team.user(), team.user(),
                                           team.user("reviewer"))  # fmt: skip
    ana = laptop("ana")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=4264))
    assert ana.sync(team.url, ana_token).complete
    with ana.db.session() as session:
        camera = str(session.execute(select(Photo.camera_id)).scalar_one())
    as_reviewer = {"Authorization": f"Bearer {reviewer}"}

    def lists() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        with SyncClient(team.url, reviewer) as client:
            return client.conflicts(), client.refused()

    # Bojan's one mistake, and Mallory's 50 pushes of the same three changes of Ana's camera.
    sender, teammate, hers = flooded(team, camera, mallory, bojan)
    conflicts, refused = lists()
    # One row for each sender's same refusal of the same camera: Mallory's 100 are one, with
    # how many times; Bojan's one is there beside it, as it was.
    counts = {row["user"]: row["count"] for row in refused}
    assert counts == {sender: 2 * FLOOD, teammate: 1} and len(refused) == 2, refused
    assert all(row["records"] == [camera] and row["code"] == "forbidden" for row in refused)
    [flood] = [row for row in refused if row["user"] == sender]
    assert flood["first_received_at"] < flood["received_at"], flood

    shown = [c["id"] for c in conflicts if c["user"] == sender]
    assert len(shown) == FLOOD and len(conflicts) == FLOOD + 1, conflicts
    # Another of hers arrives while the reviewer looks at the list: it was not shown, it stays.
    push(team, mallory, [aimed("merge", hers, args={"absorbed": [camera]})])

    # Hostile or broken requests are refused in the envelope, never a 5xx, and mark nothing.
    url = team.server.api("/conflicts/resolve")
    as_mallory = {"Authorization": f"Bearer {mallory}"}
    reply = httpx.post(url, json={"ids": shown}, headers=as_mallory, timeout=30)
    assert reply.status_code == 403 and reply.json()["error"]["code"], reply.text
    bodies: list[Any] = [{}, {"ids": []}, {"ids": ["1"]}, {"ids": [0]}, {"ids": [2**40]},
                         {"ids": [1.5]}, {"ids": shown, "user": sender}, {"ids": [1] * 10_001},
                         [1, 2], "ids"]  # fmt: skip
    for body in bodies:
        reply = httpx.post(url, json=body, headers=as_reviewer, timeout=30)
        assert reply.status_code == 422 and reply.json()["error"]["code"], (body, reply.text)
    reply = httpx.post(url, content=b"{not json", headers=as_reviewer, timeout=30)
    assert reply.status_code == 422, reply.text
    assert len(lists()[0]) == FLOOD + 2

    # The reviewer's one request marks the 50 she was shown, and asking again changes nothing.
    with SyncClient(team.url, reviewer) as client:
        client.resolve_conflicts(shown)
        client.resolve_conflicts(shown)
    # As many ids as a request may name, nearly all of them no conflict's.
    many = [*shown, *range(2**31 - 10_000 + len(shown), 2**31)]
    reply = httpx.post(url, json={"ids": many}, headers=as_reviewer, timeout=60)
    assert reply.status_code == 200, reply.text
    answer = reply.json()["data"]
    assert answer["resolved"] == sorted(shown) and len(answer["unknown"]) == 10_000 - FLOOD
    left, _ = lists()
    assert sorted(c["user"] for c in left) == sorted([sender, teammate]), left
    assert all(c["id"] not in shown for c in left), left

    # Ana's camera is hers as it was, and her laptop syncs clean.
    summary = ana.sync(team.url, ana_token)
    assert summary.complete and not summary.errors, summary
    assert "Traceback" not in team.server.log_text()


def test_an_older_server_without_the_one_request_has_each_conflict_marked_in_turn() -> None:
    """A server from before ``POST /conflicts/resolve`` answers it 404 (FastAPI's own, in its
    envelope): the laptop then marks the conflicts one by one, as it did, and every one is."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from tests.sync.test_hostile_server import envelope, error

    marked: list[str] = []

    class OlderServer(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (the standard library's name)
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if self.path.endswith("/conflicts/resolve"):
                status, body = 404, error("not_found", "Not Found")
            else:
                marked.append(self.path)
                status, body = 200, envelope({"id": 0, "resolved": True})
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), OlderServer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with SyncClient(f"http://127.0.0.1:{server.server_address[1]}", "t") as client:
            client.resolve_conflicts([3, 1, 2])
    finally:
        server.shutdown()
        server.server_close()
    assert marked == [f"/api/v1/conflicts/{n}/resolve" for n in (3, 1, 2)], marked
