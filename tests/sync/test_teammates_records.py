"""A volunteer's token reaches only the volunteer's own records: a photo may go only on a camera
its volunteer created, and keeps served only a shared copy its volunteer sent. Otherwise a hostile
teammate could date another's camera, publish a picture on it, or keep another volunteer's
withdrawn photo downloadable. Real server on SQLite and PostgreSQL (``own_team``)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from surveyapp.cameras.operations import delete_camera
from surveyapp.db.models import Photo
from tests.sync.conftest import Laptop, Team, photo_walk

CLI = [sys.executable, "-m", "surveyapp.cli"]
REPO = Path(__file__).resolve().parents[2]


def push(team: Team, token: str, mutations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    reply = httpx.post(
        team.server.api("/sync/push"),
        json={"mutations": mutations},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    assert reply.status_code == 200, reply.text
    results: list[dict[str, Any]] = reply.json()["data"]["results"]
    return results


def mutation(record_type: str, fields: dict[str, Any]) -> dict[str, Any]:
    return {
        "mutation_id": str(uuid.uuid4()), "record_type": record_type,
        "record_id": str(uuid.uuid4()), "op": "upsert", "base_version": None, "fields": fields,
    }  # fmt: skip


def own_camera(team: Team, token: str) -> list[dict[str, Any]]:
    """A survey and a camera of the token's own, applied."""
    survey = mutation("survey", {"name": "Mallory's"})
    camera = mutation(
        "camera", {"survey_id": survey["record_id"], "latitude": 44.81, "longitude": 20.46}
    )
    assert [r["status"] for r in push(team, token, [survey, camera])] == ["applied"] * 2
    return [survey, camera]


def photo(camera_id: Any, **fields: Any) -> dict[str, Any]:
    return mutation(
        "photo",
        {"sha256": uuid.uuid4().hex * 2, "camera_id": str(camera_id),
         "file_name": "IMG_0001.JPG", **fields},
    )  # fmt: skip


def test_a_teammate_cannot_keep_a_withdrawn_photo_downloadable_by_naming_its_copy(
    own_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Every pull shows a photo's shared copy's hash. A teammate's photo naming Ana's copy kept
    it served after Ana withdrew her photo, and refused her own DELETE of it ("a photo still
    shows this copy"). Such a photo is taken (the same picture's two files make one copy) but
    keeps nothing served: only the photos of a copy's uploaders do, and Mallory never sent it;
    Ana's withdrawal works as for any photo."""
    mallory, ana_token, bob_token = own_team.user(), own_team.user(), own_team.user()
    ana = laptop("ana")
    ana.import_photos(photo_walk(tmp_path / "walk", 2, seed=43))
    assert ana.sync(own_team.url, ana_token).complete
    with ana.db.session() as session:
        pinned, control = session.execute(select(Photo.camera_id, Photo.blob_sha256)).all()
    assert pinned[1] and control[1]
    _, camera = own_camera(own_team, mallory)
    [named] = push(own_team, mallory, [photo(camera["record_id"], blob_sha256=pinned[1])])
    assert named["status"] == "applied", named
    # An edit of his own photo to name it, likewise.
    own = photo(camera["record_id"])
    assert push(own_team, mallory, [own])[0]["status"] == "applied"
    edit = {**own, "mutation_id": str(uuid.uuid4()), "base_version": 1}
    edit["fields"] = {"blob_sha256": pinned[1]}
    assert push(own_team, mallory, [edit])[0]["status"] == "applied"

    with ana.db.session() as session, session.begin():
        for camera_id, _ in (pinned, control):
            assert camera_id is not None
            delete_camera(session, camera_id)
    assert ana.sync(own_team.url, ana_token).complete

    def download(blob: str) -> int:
        reply = httpx.get(
            own_team.server.api(f"/blobs/{blob}"),
            headers={"Authorization": f"Bearer {bob_token}"},
            timeout=30,
        )
        return reply.status_code

    assert download(control[1]) == 404  # withdrawn
    assert download(pinned[1]) == 404, "a teammate's photo kept her withdrawn picture served"


def test_a_teammates_photo_cannot_go_on_anothers_camera_nor_date_it_in_her_osm_export(
    own_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """The server took a photo of any volunteer on any live camera: one "taken" 2099-12-31 on
    Ana's camera became its last-seen day, and her OSM file for JOSM said
    check_date=2099-12-31. A volunteer's photo goes only on a camera of their own."""
    mallory, ana_token = own_team.user(), own_team.user()
    ana = laptop("ana")
    ana.import_photos(photo_walk(tmp_path / "walk", 1, seed=44))
    assert ana.sync(own_team.url, ana_token).complete
    [camera_id] = ana.camera_ids()
    onto_hers = photo(camera_id, taken_local="2099-12-31T23:00:00")
    [result] = push(own_team, mallory, [onto_hers])
    assert (result["status"], result["code"]) == ("rejected", "forbidden"), result
    # Nor moved there from a camera of his own.
    _, camera = own_camera(own_team, mallory)
    own = photo(camera["record_id"], taken_local="2099-12-31T23:00:00")
    assert push(own_team, mallory, [own])[0]["status"] == "applied"
    own_day = 'k="check_date" v="2099-12-31"'  # his own camera's, in every teammate's export
    move = {**own, "mutation_id": str(uuid.uuid4()), "base_version": 1}
    move["fields"] = {"camera_id": str(camera_id)}
    assert push(own_team, mallory, [move])[0]["code"] == "forbidden"

    assert ana.sync(own_team.url, ana_token).complete
    ana.db.close()
    environment = {k: v for k, v in os.environ.items() if k != "SURVEYAPP_DB"}
    exported = subprocess.run(
        [*CLI, "--db", str(ana.db.path), "export", "osm", "-"],
        capture_output=True, text=True, timeout=120, env=environment, cwd=REPO,
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert 'k="check_date" v="2026-05-04"' in exported.stdout, exported.stdout
    assert exported.stdout.count(own_day) == 1, exported.stdout


def test_a_hostile_teammates_pushes_naming_anas_records_change_none_of_them(
    own_team: Team, laptop: Callable[[str], Laptop], tmp_path: Path
) -> None:
    """Mallory, a volunteer, aims pushes at Ana's records with ids she reads in every pull: an
    edit and a delete of Ana's camera and photo, a merge taking Ana's camera and one into it, a
    move of Ana's photo onto hers, records of another kind under Ana's ids, her rename of Ana's
    survey, Ana's own mutation id with other content, and her own push sent eight times at once.
    Each is refused or set aside in the envelope (never a 5xx), Ana's records keep their
    versions and values, and Ana and a newcomer sync complete, equal to the server."""
    from tests.sync.test_convergence import server_state
    from tests.sync.test_team_cases import assert_everyone_equals_the_server

    team = own_team
    ana_token, mallory = team.user(), team.user()
    ana = laptop("ana")
    ana.import_photos(photo_walk(tmp_path / "walk", 2, seed=4242))
    assert ana.sync(team.url, ana_token).complete
    before = server_state(team.url, ana_token)
    with ana.db.session() as session:
        [(anas_photo, camera), *_] = session.execute(select(Photo.id, Photo.camera_id)).all()
    survey = next(rid for rid, c in before.items() if c.record_type == "survey")
    anas_change = next(c.change_id for c in before.values() if c.change_id is not None)
    _, own = own_camera(team, mallory)
    mine = own["record_id"]

    def aimed(op: str, record_type: str, record_id: Any, **parts: Any) -> dict[str, Any]:
        return {**mutation(record_type, parts.pop("fields", {})), "op": op,
                "record_id": str(record_id), "base_version": 1, **parts}  # fmt: skip

    attempts = [
        aimed("upsert", "camera", camera, fields={"notes": "mine now"}),
        aimed("delete", "camera", camera),
        aimed("delete", "photo", anas_photo),
        aimed("merge", "camera", mine, args={"absorbed": [str(camera)]}),
        aimed("merge", "camera", camera, args={"absorbed": [mine]}),
        aimed("move_photos", "camera", mine, args={"photos": [str(anas_photo)]}),
        aimed("upsert", "camera", anas_photo, fields={"notes": "x"}, base_version=None),
        aimed("upsert", "survey", camera, fields={"name": "x"}, base_version=None),
        aimed("upsert", "survey", survey, fields={"name": "Mallory's now"}),
    ]
    for attempt in attempts:
        results = push(team, mallory, [attempt])
        assert results[0]["status"] in {"rejected", "conflict"}, (attempt, results)
    clash = {
        **aimed("upsert", "camera", mine, fields={"notes": "x"}),
        "mutation_id": str(anas_change),
    }
    reply = httpx.post(
        team.server.api("/sync/push"), json={"mutations": [clash]},
        headers={"Authorization": f"Bearer {mallory}"}, timeout=30,
    )  # fmt: skip
    assert reply.status_code == 409 and reply.json()["error"]["code"] == "mutation_conflict"

    same = {"mutations": [photo(mine)]}
    replies: list[httpx.Response] = []
    barrier = threading.Barrier(8)

    def send() -> None:
        barrier.wait()
        replies.append(httpx.post(
            team.server.api("/sync/push"), json=same,
            headers={"Authorization": f"Bearer {mallory}"}, timeout=60,
        ))  # fmt: skip

    threads = [threading.Thread(target=send) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    statuses = sorted(r.json()["data"]["results"][0]["status"] for r in replies)
    assert statuses == ["applied"] + ["duplicate"] * 7, [r.text[:300] for r in replies]

    # Her own camera's delete naming Ana's photo as one of its own takes only her camera.
    push(team, mallory, [aimed("delete", "camera", mine, args={"with_photos": [str(anas_photo)]})])
    after = server_state(team.url, ana_token)
    for record_id, was in before.items():
        now = after[record_id]
        assert (now.version, now.deleted, now.fields) == (was.version, was.deleted, was.fields)
    newcomer = laptop("newcomer")
    for machine, token in ((ana, ana_token), (newcomer, team.user())):
        summary = machine.sync(team.url, token)
        assert summary.complete and not summary.errors, summary
    assert_everyone_equals_the_server(team, ana_token, ana, newcomer)
    assert "Traceback" not in team.server.log_text()
