"""Attacks of a hostile teammate on the server, each on SQLite and PostgreSQL.

Each test is one way a volunteer's (or a reviewer's) token was used to break the team's sync or
the evidence; the server must answer per item, store nothing it cannot serve, and keep every
pull answering.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import logging
import os
import socket
import subprocess
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image
from sqlalchemy import select, update

from surveyapp.server.app import FLOOD_REPEATS, NoFlood
from surveyapp.server.blobs import BlobStore
from surveyapp.server.database import ServerDatabase
from surveyapp.server.models import Record
from surveyapp.server.pull import PULL_PAGE_BYTES
from tests.cameras.test_details_thumbnails import declaring, jpeg
from tests.factory import PhotoSpec, make_jpeg
from tests.live_server import CLI
from tests.server.conftest import Api, Team, camera, photo_naming, survey_mutation


@pytest.fixture
def ana(team: Team, api_for: Any) -> Api:
    client: Api = api_for(team.server, team.ana)
    return client


def make_png(width: int, height: int) -> bytes:
    """A PNG of one colour: a few kilobytes that decode to width × height pixels."""
    out = io.BytesIO()
    Image.new("L", (width, height)).save(out, "PNG")
    return out.getvalue()


def raw_push(api: Api, text: str) -> httpx.Response:
    """A push of a body written by hand (JSON escapes Python's json.dumps would not write)."""
    return api.call(
        "POST", "/sync/push", content=text.encode(), headers={"content-type": "application/json"}
    )


def test_a_lone_surrogate_is_refused_and_every_pull_still_answers(
    team: Team, ana: Api, api_for: Any
) -> None:
    attacks = [
        camera({"notes": "LONE"}),
        camera({"extra_tags": {"note": "LONE"}}),
        camera({"extra_tags": {"LONE": "x"}}),
        camera({"notes": "fine", "LONE": "x"}),
        {**camera(), "args": {"LONE": ["not a uuid"]}},
    ]
    good = camera({"notes": "a camera on the same page"})
    text = json.dumps({"mutations": [*attacks, good]}).replace("LONE", "\\ud800x")
    reply = raw_push(ana, text)
    assert reply.status_code == 200, reply.text
    results = reply.json()["data"]["results"]
    assert [r["status"] for r in results] == ["rejected"] * len(attacks) + ["applied"]
    assert all(r["final"] for r in results[:-1]), results
    # A record an older server stored with one still reaches every teammate, as U+FFFD.
    database = ServerDatabase(team.server.database_url)
    try:
        with database.session() as session:
            session.execute(
                update(Record)
                .where(Record.record_id == uuid.UUID(good["record_id"]))
                .values(fields={**good["fields"], "notes": "bad \ud800 text"})
            )
    finally:
        database.close()
    bojan = api_for(team.server, team.bojan)
    pulled = {c["record_id"]: c for c in bojan.pull_all()}
    assert pulled[good["record_id"]]["fields"]["notes"] == "bad \ufffd text"
    assert not any(r["record_id"] in pulled for r in attacks)


def test_a_verified_camera_an_older_server_stored_with_a_lone_surrogate_is_still_published(
    team: Team, ana: Api
) -> None:
    stored = camera({"latitude": 44.81, "longitude": 20.47, "manufacturer": "Dahua"})
    assert ana.push([stored])[0]["status"] == "applied"
    database = ServerDatabase(team.server.database_url)
    try:
        with database.session() as session:
            session.execute(
                update(Record)
                .where(Record.record_id == uuid.UUID(stored["record_id"]))
                .values(
                    fields={**stored["fields"], "review_state": "verified", "brand": "b\ud800d"}
                )
            )
    finally:
        database.close()
    assert ana.push([camera()])[0]["status"] == "applied"  # a new state: the map is made again
    with httpx.Client(base_url=team.server.url, timeout=30) as visitor:
        response = visitor.get("/public/cameras.geojson")
    assert response.status_code == 200, response.text
    [feature] = [f for f in response.json()["features"] if f["id"] == stored["record_id"]]
    assert feature["properties"]["vendor"] == "Dahua"


def photo_fields(camera_id: str, **overrides: Any) -> dict[str, Any]:
    """A valid new photo on a camera (a fresh picture)."""
    return {
        "sha256": uuid.uuid4().hex * 2,
        "camera_id": camera_id,
        "file_name": "IMG_0001.JPG",
        **overrides,
    }


def test_records_a_laptop_cannot_store_are_refused(team: Team, ana: Api, api_for: Any) -> None:
    home = camera()
    mine, other = photo_fields(home["record_id"]), photo_fields(home["record_id"])
    mine_id = str(uuid.uuid4())
    results = ana.push(
        [
            home,
            camera(mine, record_type="photo", record_id=mine_id),
            camera(other, record_type="photo"),
        ]
    )
    assert [r["status"] for r in results] == ["applied"] * 3
    survey = camera({"name": "Novi Sad"}, record_type="survey")
    ana.push([survey])
    edit = {"mutation_id": str(uuid.uuid4()), "op": "upsert", "base_version": 1}
    attacks = {
        "photo without sha256": camera(
            {"camera_id": home["record_id"], "file_name": "x.jpg"}, record_type="photo"
        ),
        "camera without survey": {**camera(), "fields": {"latitude": 1.0, "longitude": 2.0}},
        "sha256 of another photo": {
            **edit, "record_type": "photo", "record_id": mine_id,
            "fields": {"sha256": other["sha256"]},
        },
        "sha256 emptied": {
            **edit, "record_type": "photo", "record_id": mine_id, "fields": {"sha256": None}
        },
        "camera emptied": {
            **edit, "record_type": "photo", "record_id": mine_id, "fields": {"camera_id": None}
        },
        "file name emptied": {
            **edit, "record_type": "photo", "record_id": mine_id, "fields": {"file_name": None}
        },
        "survey name emptied": {
            **edit, "record_type": "survey", "record_id": survey["record_id"],
            "fields": {"name": None},
        },
        "survey of a camera emptied": {
            **edit, "record_type": "camera", "record_id": home["record_id"],
            "fields": {"survey_id": None},
        },
    }  # fmt: skip
    for name, attack in attacks.items():
        [result] = ana.push([{**attack, "mutation_id": str(uuid.uuid4())}])
        assert result["status"] == "rejected" and result["final"], (name, result)
    pulled = {c["record_id"]: c for c in api_for(team.server, team.bojan).pull_all()}
    assert pulled[mine_id]["fields"] == {**mine, "mime": "image/jpeg"}  # its default
    assert pulled[survey["record_id"]]["fields"]["name"] == "Novi Sad"
    assert pulled[home["record_id"]]["fields"]["survey_id"] == home["fields"]["survey_id"]
    for name in ("photo without sha256", "camera without survey"):
        assert attacks[name]["record_id"] not in pulled, name


def test_times_and_offsets_no_laptop_can_store_are_refused(
    team: Team, ana: Api, api_for: Any
) -> None:
    """A capture time near the calendar's ends has no UTC form a laptop can store (year 1 at
    +14:00 is year 0 in UTC: every laptop's sync failed at every run with an OverflowError), and
    an offset of ±24 h none holds (``photos`` failed on every laptop): the server took both."""
    home = camera()
    assert ana.push([home])[0]["status"] == "applied"
    attacks: dict[str, list[Any]] = {
        "taken_utc": ["0001-01-01T00:00:00+14:00", "9999-12-31T23:00:00-14:00",
                      "1899-12-31T23:59:59+00:00", "2200-01-01T00:00:00+00:00"],
        "taken_local": ["0001-01-01T00:00:00", "9999-12-31T23:59:59"],
        "utc_offset_minutes": [1440, -1440, 14 * 60 + 1, -12 * 60 - 1],
    }  # fmt: skip
    for name, values in attacks.items():
        for value in values:
            photo = camera(photo_fields(home["record_id"], **{name: value}), record_type="photo")
            [result] = ana.push([photo])
            assert result["status"] == "rejected" and result["final"], (name, value, result)
            assert name in result["message"] and "out of range" in result["message"], result
    fine = {"taken_utc": "1900-01-01T00:00:00+00:00", "taken_local": "2199-12-31T23:59:59",
            "utc_offset_minutes": 14 * 60}  # fmt: skip
    photo = camera(photo_fields(home["record_id"], **fine), record_type="photo")
    assert ana.push([photo])[0]["status"] == "applied"
    photo = camera(
        photo_fields(home["record_id"], utc_offset_minutes=-12 * 60), record_type="photo"
    )
    assert ana.push([photo])[0]["status"] == "applied"
    assert api_for(team.server, team.bojan).pull_all()


def test_a_reviewer_cannot_change_the_sha256_of_a_volunteers_photo(
    team: Team, ana: Api, api_for: Any
) -> None:
    home = camera()
    picture = photo_fields(home["record_id"])
    photo_id = str(uuid.uuid4())
    ana.push([home, camera(picture, record_type="photo", record_id=photo_id)])
    coordinator = api_for(team.server, team.coordinator)
    [refused] = coordinator.push(
        [camera({"sha256": "f" * 64}, record_type="photo", record_id=photo_id, base_version=1)]
    )
    assert refused["status"] == "rejected" and refused["code"] == "identity"
    pulled = {c["record_id"]: c for c in coordinator.pull_all()}
    assert pulled[photo_id]["fields"]["sha256"] == picture["sha256"]


def test_control_characters_but_tab_and_newline_are_refused(ana: Api) -> None:
    attacks = [camera({"notes": f"a{c}b"}) for c in "\x01\x08\x0b\x0c\x1b\x1f\x7f"]
    attacks.append(camera({"extra_tags": {"note": "a\x02b"}}))
    fine = camera({"notes": "line one\n\tline two"})
    results = ana.push([*attacks, fine])
    assert [r["status"] for r in results] == ["rejected"] * len(attacks) + ["applied"]
    assert all("control" in r["message"] for r in results[:-1])


def test_numbers_and_nesting_no_parser_takes_are_refused_per_item(ana: Api) -> None:
    huge = "9" * 400
    items = {
        "HUGE_FLOAT": camera({"latitude": "HUGE_FLOAT"}),
        "HUGE_INT": camera({"height": "HUGE_INT"}),
        "HUGE_VERSION": camera(base_version="HUGE_VERSION"),
        "DEEP_LIST": camera({"notes": "DEEP_LIST"}),
        "DEEP_TAGS": camera({"extra_tags": "DEEP_TAGS"}),
        "DEEP_ARGS": {**camera({}, op="merge"), "args": {"absorbed": "DEEP_ARGS"}},
    }
    fine = camera({"notes": "the rest of the batch"})
    text = json.dumps({"mutations": [*items.values(), fine]})
    for name, shape in {
        "HUGE_FLOAT": huge + ".5",
        "HUGE_INT": huge,
        "HUGE_VERSION": huge,
        "DEEP_LIST": "[" * 900 + "]" * 900,
        "DEEP_TAGS": '{"a":' * 300 + "1" + "}" * 300,
        "DEEP_ARGS": "[" * 1000 + "]" * 1000,
    }.items():
        text = text.replace(f'"{name}"', shape)
    reply = raw_push(ana, text)
    assert reply.status_code == 200, reply.text
    results = reply.json()["data"]["results"]
    assert [r["status"] for r in results] == ["rejected"] * len(items) + ["applied"]


def test_thumbnails_are_small_jpegs_and_a_pull_page_is_capped_in_bytes(
    team: Team, ana: Api
) -> None:
    home = camera()
    [made] = ana.push([home])
    before = made["seq"]
    big_png = base64.b64encode(make_png(8000, 8000)).decode()
    claims_huge = base64.b64encode(declaring(jpeg(32, 24), 8000, 8000)).decode()
    for thumbnail in (big_png, claims_huge, "A" * 1_000_000):
        [refused] = ana.push(
            [camera(photo_fields(home["record_id"], thumbnail_jpeg_base64=thumbnail),
                    record_type="photo")]
        )  # fmt: skip
        assert refused["status"] == "rejected" and "thumbnail" in refused["message"]
    # ~100 kB of base64 each: 90 of them weigh more than a page may.
    thumbnail = base64.b64encode(
        make_jpeg(PhotoSpec(size=(320, 240)), quality=90, noise=True)
    ).decode()
    photos = [
        camera(
            photo_fields(home["record_id"], thumbnail_jpeg_base64=thumbnail), record_type="photo"
        )
        for _ in range(90)
    ]
    assert {r["status"] for r in ana.push(photos)} == {"applied"}
    reply = ana.call("GET", "/sync/pull", params={"since": before, "limit": 500})
    assert reply.status_code == 200
    assert len(reply.content) < PULL_PAGE_BYTES + 100_000
    page = reply.json()["data"]
    assert page["more"] and 0 < len(page["changes"]) < 90
    pulled = {c["record_id"] for c in ana.pull_all(before)}
    assert {p["record_id"] for p in photos} <= pulled


def test_a_64_mb_push_without_a_length_is_refused(team: Team, ana: Api) -> None:
    def body() -> Any:
        yield b'{"mutations": [{"notes": "'
        for _ in range(64):
            yield b"x" * (1024 * 1024)
        yield b'"}]}'

    try:
        reply = ana.call(
            "POST", "/sync/push", content=body(), headers={"content-type": "application/json"}
        )
        assert reply.status_code == 413, reply.text
    except httpx.TransportError:
        pass  # the server hung up on the rest of the body: also a refusal
    assert ana.call("GET", "/me").status_code == 200  # and it still serves everybody


def test_slow_clients_are_closed_and_the_server_keeps_answering(
    server_database_url: str, start_live_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SURVEYAPP_HEADER_TIMEOUT", "1")
    server = start_live_server(server_database_url)
    token = server.add_user("ana")
    host, port = "127.0.0.1", server.port
    idle = socket.create_connection((host, port))
    partial = socket.create_connection((host, port))
    partial.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\n")  # and never the rest
    slow_body = socket.create_connection((host, port))
    slow_body.sendall(
        b"POST /api/v1/sync/push HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Authorization: Bearer " + token.encode() + b"\r\nContent-Length: 100\r\n\r\n{"
    )
    for connection in (idle, partial):
        connection.settimeout(60)
        assert connection.recv(1024) == b""  # closed by the server
        connection.close()
    reply = httpx.get(server.api("/health"), timeout=30)
    assert reply.status_code == 200
    slow_body.close()  # gone mid-body: the server notes it and writes no traceback
    log = server.log_when(lambda log: "POST /api/v1/sync/push" in log)
    assert log.count("Traceback") == 0, log


def test_a_repeated_warning_is_not_written_over_and_over() -> None:
    flood = NoFlood()

    def record(level: int, message: str) -> logging.LogRecord:
        return logging.LogRecord("asyncio", level, __file__, 1, message, None, None)

    passed = [flood.filter(record(logging.ERROR, "socket.accept() out of system resource"))]
    passed += [flood.filter(record(logging.ERROR, "socket.accept() out of system resource"))
               for _ in range(10_000)]  # fmt: skip
    assert sum(passed) == FLOOD_REPEATS
    assert flood.filter(record(logging.ERROR, "another problem"))
    assert all(flood.filter(record(logging.INFO, "GET /api/v1/me 200")) for _ in range(100))


def upload(api: Api, digest: str, body: bytes, offset: int, length: int) -> httpx.Response:
    headers = {"Upload-Offset": str(offset), "Upload-Length": str(length)}
    return api.call("PATCH", f"/blobs/{digest}", content=body, headers=headers)


def test_only_copies_a_photo_of_the_uploader_names_are_taken_and_partials_are_theirs(
    team: Team, ana: Api, api_for: Any
) -> None:
    bojan = api_for(team.server, team.bojan)
    data = uuid.uuid4().bytes * 4096
    digest = hashlib.sha256(data).hexdigest()
    refused = upload(ana, digest, data, 0, len(data))
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "not_named"
    ana.push(photo_naming(digest, len(data)))
    # Bojan saw the hash in a pull: his photo may name her copy (his own file of the same
    # picture may make the same copy), but keeps it served only once he sent its bytes.
    assert upload(bojan, digest, data, 0, len(data)).status_code == 403  # no photo of his
    assert bojan.push(photo_naming(digest, len(data)))[1]["status"] == "applied"
    half = len(data) // 2
    assert upload(ana, digest, data[:half], 0, len(data)).status_code == 200
    # Nor can he reset or extend ana's upload: his bytes go to an upload of his own (checked,
    # and dropped, as not the copy's).
    assert upload(bojan, digest, b"x" * 10, 0, 10).status_code == 422
    assert ana.call("HEAD", f"/blobs/{digest}").headers["Upload-Offset"] == str(half)
    done = upload(ana, digest, data[half:], half, len(data))
    assert done.json()["data"]["complete"] is True
    # Her copy is complete; for him it is not until he sends the same bytes.
    assert bojan.call("HEAD", f"/blobs/{digest}").status_code == 404
    assert upload(bojan, digest, b"x" * len(data), 0, len(data)).status_code == 422
    assert bojan.call("HEAD", f"/blobs/{digest}").status_code == 404
    assert upload(bojan, digest, data, 0, len(data)).json()["data"]["complete"] is True
    assert bojan.call("HEAD", f"/blobs/{digest}").status_code == 200


def test_quota_and_abandoned_uploads(
    server_database_url: str, start_live_server: Any, monkeypatch: pytest.MonkeyPatch,
    api_for: Any,
) -> None:  # fmt: skip
    monkeypatch.setenv("SURVEYAPP_QUOTA_MB", "0.05")  # 52,428 bytes
    server = start_live_server(server_database_url)
    api: Api = api_for(server, server.add_user("ana"))
    api.push([survey_mutation()])
    first, second = os.urandom(30_000), os.urandom(30_000)
    for data in (first, second):
        api.push(photo_naming(hashlib.sha256(data).hexdigest(), len(data)))
    assert upload(api, hashlib.sha256(first).hexdigest(), first, 0, len(first)).status_code == 200
    over = upload(api, hashlib.sha256(second).hexdigest(), second, 0, len(second))
    assert over.status_code == 413 and over.json()["error"]["code"] == "quota"
    # Half an upload nobody resumes is gone a day later (the server looks at start and hourly).
    third = os.urandom(10_000)
    digest = hashlib.sha256(third).hexdigest()
    api.push(photo_naming(digest, len(third)))
    assert upload(api, digest, third[:5000], 0, len(third)).status_code == 200
    [part] = (server.storage / "partial").glob(f"{digest}.*.part")
    server.stop()
    a_day_ago = time.time() - 25 * 3600
    os.utime(part, (a_day_ago, a_day_ago))
    server.restart()
    assert not part.exists()
    assert api.call("HEAD", f"/blobs/{digest}").headers["Upload-Offset"] == "0"


def test_a_copy_a_teammates_photo_keeps_leaves_the_quota_of_a_volunteer_who_withdrew_hers(
    server_database_url: str, start_live_server: Any, monkeypatch: pytest.MonkeyPatch,
    api_for: Any,
) -> None:  # fmt: skip
    # Ana and Bojan's files of one picture make one copy; both sent it. Ana withdraws her
    # photo: the copy stays, kept by his, and she can neither retract it nor wait for the
    # sweep; it must not fill her quota for ever.
    monkeypatch.setenv("SURVEYAPP_QUOTA_MB", "0.05")  # 52,428 bytes
    server = start_live_server(server_database_url)
    ana: Api = api_for(server, server.add_user("ana"))
    bojan: Api = api_for(server, server.add_user("bojan"))
    ana.push([survey_mutation()])
    shared, later = os.urandom(30_000), os.urandom(30_000)
    digest = hashlib.sha256(shared).hexdigest()
    hers = photo_naming(digest, len(shared))
    ana.push(hers)
    assert upload(ana, digest, shared, 0, len(shared)).status_code == 200
    bojan.push(photo_naming(digest, len(shared)))
    assert upload(bojan, digest, shared, 0, len(shared)).status_code == 200
    withdrawal = camera({}, record_type="photo", record_id=hers[1]["record_id"], op="delete",
                        base_version=1)  # fmt: skip
    assert ana.push([withdrawal])[0]["status"] == "applied"
    assert ana.call("DELETE", f"/blobs/{digest}").status_code == 409  # his photo shows it
    new = hashlib.sha256(later).hexdigest()
    ana.push(photo_naming(new, len(later)))
    done = upload(ana, new, later, 0, len(later))
    assert done.status_code == 200, done.text
    # His quota counts the copy his photo keeps.
    third = os.urandom(30_000)
    bojan.push(photo_naming(hashlib.sha256(third).hexdigest(), len(third)))
    over = upload(bojan, hashlib.sha256(third).hexdigest(), third, 0, len(third))
    assert over.status_code == 413 and over.json()["error"]["code"] == "quota"


def test_the_upload_bookkeeping_forgets_each_blob_when_its_upload_ends(tmp_path: Path) -> None:
    store = BlobStore(tmp_path, 1000)
    for index in range(1000):
        with store.uploading(f"{index:064x}") as mine:
            assert mine
    assert not store._busy  # nothing kept per hash ever uploaded


def test_a_push_of_10000_mutations_is_refused_at_the_101st_unread(team: Team, ana: Api) -> None:
    items = [camera({"notes": f"camera {index}"}) for index in range(10_000)]
    body = json.dumps({"mutations": items}).encode()
    # Only the first 101 items are sent, with a length that announces all 10,000: the server
    # must refuse at the 101st, without waiting for (or parsing) the rest.
    sent = body.index(items[101]["mutation_id"].encode())
    head = (
        f"POST /api/v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Authorization: Bearer {team.ana}\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", team.server.port), timeout=10) as connection:
        connection.sendall(head.encode() + body[:sent])
        answer = b""
        while b"\r\n\r\n" not in answer or not answer.rstrip().endswith(b"}"):
            piece = connection.recv(65536)
            if not piece:
                break
            answer += piece
    status, _, reply = answer.decode().partition("\r\n\r\n")
    assert status.startswith("HTTP/1.1 422 "), status
    assert "at most 100 mutations" in json.loads(reply)["error"]["message"]
    # Sent whole, it is refused too, and the server goes on serving; 100 is still a push.
    try:
        whole = ana.call(
            "POST", "/sync/push", content=body, headers={"content-type": "application/json"}
        )
        assert whole.status_code == 422, whole.text
    except httpx.TransportError:
        pass  # the server hung up on the rest of the body: also a refusal
    assert ana.call("GET", "/me").status_code == 200
    assert {r["status"] for r in ana.push(items[:100])} == {"applied"}


def test_a_first_upsert_without_optional_fields_stores_their_defaults(
    team: Team, ana: Api, api_for: Any
) -> None:
    defaults = {
        "vendor_confidence": "unknown", "status": "present", "extra_tags": {},
        "review_state": "unverified",
    }  # fmt: skip
    bare = camera()  # its survey and position, nothing else
    nulls = camera(
        {"latitude": 44.8, "status": None, "extra_tags": None, "vendor_confidence": None}
    )
    survey = survey_mutation(str(uuid.uuid4()), "Bare")
    photo = camera(photo_fields(bare["record_id"]), record_type="photo")
    assert {r["status"] for r in ana.push([bare, nulls, survey, photo])} == {"applied"}
    database = ServerDatabase(team.server.database_url)
    try:
        with database.session() as session:
            stored = session.scalars(
                select(Record.fields).where(Record.record_id == uuid.UUID(bare["record_id"]))
            ).one()
            assert defaults.items() <= stored.items()
    finally:
        database.close()
    bojan = api_for(team.server, team.bojan)
    pulled = {c["record_id"]: c["fields"] for c in bojan.pull_all()}
    for made in (bare, nulls):
        assert defaults.items() <= pulled[made["record_id"]].items(), pulled[made["record_id"]]
    assert pulled[survey["record_id"]]["blur_people"] is True
    assert pulled[photo["record_id"]]["mime"] == "image/jpeg"
    # Emptying such a field gives it back its default.
    edit = {"record_id": bare["record_id"], "base_version": 1}
    ana.push([camera({"vendor_confidence": "seen"}, **edit)])
    ana.push([camera({"vendor_confidence": None}, record_id=bare["record_id"], base_version=2)])
    now = {c["record_id"]: c["fields"] for c in ana.pull_all()}[bare["record_id"]]
    assert now["vendor_confidence"] == "unknown"
    # The values a laptop holds of someone else's camera are no edit, and not refused;
    # a change still is.
    [same] = bojan.push([camera({"status": "present", "extra_tags": {}}, **edit)])
    assert same["status"] == "applied" and same["version"] == 3
    [changed] = bojan.push([camera({"status": "removed"}, **edit)])
    assert changed["status"] == "rejected" and "records they created" in changed["message"]


def test_a_split_naming_endless_cameras_it_left_is_refused_before_it_holds_anyone_up(
    team: Team, ana: Api, api_for: Any
) -> None:
    """A split's move_photos whose ``args.from`` lists 100,000 made-up cameras (each would be
    looked up under the write lock) is refused at once; the rest of its batch lands, and a
    split naming the camera it left still moves its photo."""
    home, apart = camera(), camera()
    picture = camera(photo_fields(home["record_id"]), record_type="photo")
    assert {r["status"] for r in ana.push([home, apart, picture])} == {"applied"}
    endless = [str(uuid.uuid4()) for _ in range(100_000)]
    move = camera({}, record_id=apart["record_id"], op="move_photos", base_version=1,
                  args={"photos": [picture["record_id"]], "from": endless})  # fmt: skip
    edit = camera({"notes": "still lands"}, record_id=home["record_id"], base_version=1)
    refused, landed = ana.push([move, edit])
    assert refused["status"] == "rejected" and "at most 500 cameras" in refused["message"]
    assert landed["status"] == "applied"
    move = camera({}, record_id=apart["record_id"], op="move_photos", base_version=1,
                  args={"photos": [picture["record_id"]], "from": [home["record_id"]]})  # fmt: skip
    [moved] = ana.push([move])
    assert moved["status"] == "applied"
    state = {r["record_id"]: r for r in moved["records"]}
    assert state[picture["record_id"]]["fields"]["camera_id"] == apart["record_id"]


def test_a_merge_listing_endless_photos_is_refused_before_it_holds_anyone_up(
    team: Team, ana: Api, api_for: Any
) -> None:
    """A merge whose ``args.photos`` lists 100,000 made-up photos: each was looked up one by
    one under the write lock (10 s for 300,000, a teammate's push waiting behind it). It is
    refused at once, the rest of its batch lands, and a legitimate list still merges."""
    target, absorbed, other = camera(), camera(), camera()
    assert {r["status"] for r in ana.push([target, absorbed, other])} == {"applied"}
    endless = [str(uuid.uuid4()) for _ in range(100_000)]
    merge = camera({}, record_id=target["record_id"], op="merge", base_version=1,
                   args={"absorbed": [absorbed["record_id"]], "photos": endless})  # fmt: skip
    edit = camera({"notes": "still lands"}, record_id=other["record_id"], base_version=1)
    refused, landed = ana.push([merge, edit])
    assert refused["status"] == "rejected" and "at most 500 photos" in refused["message"]
    assert landed["status"] == "applied"
    listed = [str(uuid.uuid4()) for _ in range(500)]
    merge = camera({}, record_id=target["record_id"], op="merge", base_version=1,
                   args={"absorbed": [absorbed["record_id"]], "photos": listed})  # fmt: skip
    [merged] = ana.push([merge])
    assert merged["status"] == "applied"
    state = {r["record_id"]: r for r in merged["records"]}
    assert state[absorbed["record_id"]]["deleted"] is True


def test_a_teammate_naming_a_copy_cannot_hold_up_its_volunteers_upload(
    server_database_url: str, start_live_server: Any, api_for: Any
) -> None:
    # Ana's photo record is on the server, her copy not yet (her laptop went offline). Bojan
    # saw its hash in a pull, names it in a photo of his and starts an upload he never ends.
    # (A server of its own: his half upload stays, as any.)
    server = start_live_server(server_database_url)
    bojans_token = server.add_user("bojan")
    ana: Api = api_for(server, server.add_user("ana"))
    bojan: Api = api_for(server, bojans_token)
    ana.push([survey_mutation()])
    data = os.urandom(50_000)
    digest = hashlib.sha256(data).hexdigest()
    ana.push(photo_naming(digest, len(data)))
    assert bojan.push(photo_naming(digest, len(data)))[1]["status"] == "applied"
    stalled = socket.create_connection(("127.0.0.1", server.port))
    try:
        stalled.sendall(
            f"PATCH /api/v1/blobs/{digest} HTTP/1.1\r\nHost: x\r\n"
            f"Authorization: Bearer {bojans_token}\r\nUpload-Offset: 0\r\n"
            f"Upload-Length: {len(data)}\r\nContent-Length: {len(data)}\r\n\r\n".encode()
            + data[:100]
        )
        time.sleep(1.0)  # his upload is under way (and would be for months, a byte a minute)
        # Her upload of her own copy goes through all the same.
        done = upload(ana, digest, data, 0, len(data))
        assert done.status_code == 200, done.text
        assert done.json()["data"]["complete"] is True
        assert ana.call("GET", f"/blobs/{digest}").content == data
    finally:
        stalled.close()


def test_a_reviewers_edit_of_a_teammates_photo_does_not_keep_another_volunteers_copy_served(
    team: Team, ana: Api, api_for: Any
) -> None:
    # Bojan names Ana's copy in a photo of his (he saw its hash in a pull, never had its bytes);
    # the coordinator then corrects that photo's bearing, as reviewers do.
    bojan = api_for(team.server, team.bojan)
    coordinator = api_for(team.server, team.coordinator)
    data = os.urandom(20_000)
    digest = hashlib.sha256(data).hexdigest()
    hers = photo_naming(digest, len(data))
    ana.push(hers)
    assert upload(ana, digest, data, 0, len(data)).json()["data"]["complete"] is True
    his = photo_naming(digest, len(data))
    assert bojan.push(his)[1]["status"] == "applied"
    fix = camera({"bearing": 90}, record_type="photo", record_id=his[1]["record_id"],
                 base_version=1)  # fmt: skip
    assert coordinator.push([fix])[0]["status"] == "applied"
    # Ana withdraws her photo: her copy is no one's to download any more.
    withdrawal = camera({}, record_type="photo", record_id=hers[1]["record_id"], op="delete",
                        base_version=1)  # fmt: skip
    assert ana.push([withdrawal])[0]["status"] == "applied"
    for api in (ana, bojan, coordinator):
        assert api.call("GET", f"/blobs/{digest}").status_code == 404
    # And the volunteer who set a photo's copy stays the one who counts: the coordinator's
    # edit of Ana's next photo keeps her copy served.
    again = photo_naming(digest, len(data))
    ana.push(again)
    edit = camera({"bearing": 45}, record_type="photo", record_id=again[1]["record_id"],
                  base_version=1)  # fmt: skip
    assert coordinator.push([edit])[0]["status"] == "applied"
    assert bojan.call("GET", f"/blobs/{digest}").content == data


def test_a_copy_a_demoted_reviewers_photo_kept_goes_after_the_grace_period(
    server_database_url: str, start_live_server: Any, api_for: Any
) -> None:
    # Rita, a reviewer, names Ana's copy in a photo of hers (reviewers' photos keep any copy
    # served, and she was never asked to send it); Ana withdraws hers. The coordinator makes
    # Rita a volunteer (`server set-role`). Her photo keeps nothing served any more: the copy is
    # 404 at once, and its file goes once the grace period after the change has passed (the
    # command counts the copies again as it changes the role; the hourly look need not first).
    from datetime import UTC, datetime, timedelta

    from surveyapp.server.retract import collect

    server = start_live_server(server_database_url)
    ana: Api = api_for(server, server.add_user("ana"))
    rita: Api = api_for(server, server.add_user("rita", "reviewer"))
    ana.push([survey_mutation()])
    data = os.urandom(5000)
    digest = hashlib.sha256(data).hexdigest()
    hers = photo_naming(digest, len(data))
    ana.push(hers)
    assert upload(ana, digest, data, 0, len(data)).status_code == 200
    assert rita.push(photo_naming(digest, len(data)))[1]["status"] == "applied"
    withdrawal = camera({}, record_type="photo", record_id=hers[1]["record_id"], op="delete",
                        base_version=1)  # fmt: skip
    assert ana.push([withdrawal])[0]["status"] == "applied"
    assert ana.call("GET", f"/blobs/{digest}").status_code == 200  # Rita's photo keeps it
    demoted = subprocess.run(
        [*CLI, "server", "set-role", "rita", "volunteer", "--database-url", server_database_url],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert demoted.returncode == 0, demoted.stderr
    assert demoted.stdout.strip() == "'rita' is now a volunteer (was a reviewer)"
    assert ana.call("GET", f"/blobs/{digest}").status_code == 404
    assert rita.call("GET", "/conflicts").status_code == 403  # the running server knows at once
    database = ServerDatabase(server_database_url)
    try:
        store = BlobStore(server.storage, 2**20)
        grace = timedelta(days=30)
        collect(database, store, grace, datetime.now(UTC) + grace + timedelta(hours=1))
        assert store.size(digest) is None
    finally:
        database.close()
