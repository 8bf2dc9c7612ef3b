"""A volunteer's token reaches only the volunteer's own records: a photo may go only on a camera
its volunteer created, and keeps served only a shared copy its volunteer sent. Otherwise a hostile
teammate could date another's camera, publish a picture on it, or keep another volunteer's
withdrawn photo downloadable. Real server on SQLite and PostgreSQL (``own_team``)."""

from __future__ import annotations

import os
import subprocess
import sys
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
