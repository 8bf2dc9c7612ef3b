"""Push against the real server: idempotency, clashes, concurrency, bad items, roles, merges."""

from __future__ import annotations

import base64
import json
import threading
import uuid
from typing import Any

import pytest

from surveyapp.protocol.wire import IF_HOLDING, WITH_PHOTOS
from tests.factory import PhotoSpec, make_jpeg
from tests.server.conftest import SURVEY, Api, Team, camera, photo_naming


@pytest.fixture
def ana(team: Team, api_for: Any) -> Api:
    client: Api = api_for(team.server, team.ana)
    return client


def records_pulled(api: Api, ids: set[str], since: int = 0) -> dict[str, list[dict[str, Any]]]:
    """The pulled changes of the given record ids, grouped by id."""
    found: dict[str, list[dict[str, Any]]] = {}
    for change in api.pull_all(since):
        if change["record_id"] in ids:
            found.setdefault(change["record_id"], []).append(change)
    return found


def test_a_replayed_batch_returns_the_stored_results(ana: Api) -> None:
    batch = [camera() for _ in range(5)]
    first = ana.push(batch)
    assert [r["status"] for r in first] == ["applied"] * 5
    again = ana.push(batch)
    assert [r["status"] for r in again] == ["duplicate"] * 5
    assert [(r["version"], r["seq"]) for r in again] == [(r["version"], r["seq"]) for r in first]
    found = records_pulled(ana, {m["record_id"] for m in batch}, first[0]["seq"] - 1)
    assert sorted(len(v) for v in found.values()) == [1] * 5


def test_a_mutation_id_reused_for_other_content_is_a_409(ana: Api) -> None:
    original = camera({"notes": "first"})
    ana.push([original])
    changed = {**original, "fields": {"notes": "second"}}
    fresh = camera()
    mixed = ana.push([changed, fresh])  # one clash among good items: 200, per-item result
    assert mixed[0]["status"] == "rejected" and "different content" in mixed[0]["message"]
    assert mixed[1]["status"] == "applied"
    reply = ana.call("POST", "/sync/push", json={"mutations": [changed]})
    assert reply.status_code == 409
    assert reply.json()["error"]["code"] == "mutation_conflict"
    assert reply.json()["data"]["results"][0]["status"] == "rejected"
    [change] = records_pulled(ana, {original["record_id"]})[original["record_id"]]
    assert change["fields"]["notes"] == "first" and change["version"] == 1


def test_eight_concurrent_pushes_of_one_batch_make_one_record_each(
    team: Team, api_for: Any
) -> None:
    batch = [camera({"notes": f"camera {i}"}) for i in range(20)]
    clients = [api_for(team.server, team.ana) for _ in range(8)]
    results: list[list[dict[str, Any]]] = []
    errors: list[BaseException] = []
    start = threading.Barrier(8)

    def push(client: Api) -> None:
        try:
            start.wait()
            results.append(client.push(batch))
        except BaseException as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=push, args=(client,)) for client in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors and len(results) == 8
    for item in range(20):
        statuses = sorted(result[item]["status"] for result in results)
        assert statuses == ["applied"] + ["duplicate"] * 7
        assert len({result[item]["seq"] for result in results}) == 1
    found = records_pulled(clients[0], {m["record_id"] for m in batch})
    assert len(found) == 20 and all(len(changes) == 1 for changes in found.values())


MALFORMED: list[tuple[str, Any]] = [
    ("not an object", 5),
    ("bad uuid", camera(mutation_id="not-a-uuid")),
    ("unknown record type", camera(record_type="person")),
    ("latitude out of range", camera({"latitude": 91.0, "longitude": 20.0})),
    ("longitude out of range", camera({"latitude": 44.0, "longitude": -180.5})),
    ("latitude as text", camera({"latitude": "44.8"})),
    ("height as boolean", camera({"height": True})),
    ("NUL byte in notes", camera({"notes": "before\x00after"})),
    ("NUL byte in a tag", camera({"extra_tags": {"ref": "12\x003"}})),
    ("unknown field", camera({"owner_phone": "+381 60 000"})),
    ("over-long operator", camera({"operator": "x" * 201})),
    ("bad date", camera({"check_date": "2026-13-45"})),
    ("bad survey id", camera({"survey_id": "nope"})),
    ("not a finite number", camera({"height": "INFINITY"})),
    ("fields not an object", {**camera(), "fields": [1, 2]}),
]


def test_malformed_items_are_rejected_one_by_one_while_the_rest_apply(ana: Api) -> None:
    good = [camera({"notes": "good"}) for _ in range(3)]
    items = [good[0], *[item for _, item in MALFORMED[:8]], good[1]]
    items += [item for _, item in MALFORMED[8:]] + [good[2]]
    body = json.dumps({"mutations": items}).replace('"INFINITY"', "1e400")
    reply = ana.call(
        "POST", "/sync/push", content=body, headers={"content-type": "application/json"}
    )
    assert reply.status_code == 200, reply.text
    results = reply.json()["data"]["results"]
    assert len(results) == len(items)
    by_status: dict[str, int] = {}
    for (name, _), result in zip(
        MALFORMED, [r for r in results if r["status"] != "applied"], strict=True
    ):
        assert result["status"] == "rejected", name
        assert result["message"], name
        by_status[result["status"]] = by_status.get(result["status"], 0) + 1
    assert sum(r["status"] == "applied" for r in results) == 3
    found = records_pulled(ana, {m["record_id"] for m in items if isinstance(m, dict)})
    assert set(found) == {m["record_id"] for m in good}


def test_rejections_say_what_is_wrong(ana: Api) -> None:
    results = ana.push(
        [
            camera({"latitude": 91.0}),
            camera({"notes": "a\x00b"}),
            camera({"owner_phone": "x"}),
            camera(mutation_id="xyz"),
        ]
    )
    messages = [r["message"] for r in results]
    assert "latitude is out of range" in messages[0]
    assert "control" in messages[1] and "U+0000" in messages[1]
    # A field this server does not know may come from a newer laptop: not refused for good.
    assert "owner_phone" in messages[2] and results[2]["final"] is False
    assert results[2]["code"] == "upgrade_required"
    assert "mutation_id" in messages[3] and results[3]["mutation_id"] is None


def test_invalid_json_and_oversized_batches_are_refused_whole(ana: Api) -> None:
    reply = ana.call(
        "POST",
        "/sync/push",
        content=b'{"mutations": [',
        headers={"content-type": "application/json"},
    )
    assert reply.status_code == 400 and reply.json()["error"]["code"] == "invalid_json"
    reply = ana.call("POST", "/sync/push", json={"mutations": [camera() for _ in range(101)]})
    assert reply.status_code == 422 and "at most 100" in reply.json()["error"]["message"]
    reply = ana.call("POST", "/sync/push", json=[camera()])
    assert reply.status_code == 422


def test_volunteers_edit_only_their_own_records(team: Team, api_for: Any) -> None:
    ana, bojan = api_for(team.server, team.ana), api_for(team.server, team.bojan)
    coordinator = api_for(team.server, team.coordinator)
    mine = camera({"notes": "ana's"})
    [created] = ana.push([mine])
    edit = camera({"notes": "bojan was here"}, record_id=mine["record_id"], base_version=1)
    [refused] = bojan.push([edit])
    assert refused["status"] == "rejected" and "not allowed" in refused["message"]
    delete = camera({}, record_id=mine["record_id"], op="delete", base_version=1)
    assert bojan.push([delete])[0]["status"] == "rejected"
    review = camera({"camera_type": "dome"}, record_id=mine["record_id"], base_version=1)
    assert coordinator.push([review])[0]["status"] == "applied"
    own = camera({"notes": "ana again"}, record_id=mine["record_id"], base_version=2)
    assert ana.push([own])[0]["status"] == "applied"
    [change] = records_pulled(ana, {mine["record_id"]}, created["seq"] - 1)[mine["record_id"]]
    assert change["fields"]["notes"] == "ana again" and change["fields"]["camera_type"] == "dome"
    assert change["version"] == 3 and change["author"] == "ana"


def test_a_volunteer_s_merge_of_another_s_camera_is_refused_unless_it_crossed(
    team: Team, api_for: Any
) -> None:
    """Naming someone else's camera in a merge is refused for good; meeting it only because a
    reviewer merged one of the named cameras meanwhile is a conflict, and nothing of theirs
    moves."""
    ana, bojan = api_for(team.server, team.ana), api_for(team.server, team.bojan)
    coordinator = api_for(team.server, team.coordinator)
    [anas, *_] = own = [camera(), camera(), camera()]
    his = camera()
    assert {r["status"] for r in ana.push(own) + bojan.push([his])} == {"applied"}

    def merge(api: Api, target: dict[str, Any], *absorbed: dict[str, Any]) -> dict[str, Any]:
        named = [a["record_id"] for a in absorbed]
        push = camera({}, record_id=target["record_id"], op="merge", args={"absorbed": named})
        result: dict[str, Any] = api.push([push])[0]
        return result

    for target, absorbed in ((anas, his), (his, anas)):
        refused = merge(ana, target, absorbed)
        assert (refused["status"], refused["final"]) == ("rejected", True)
        assert "not allowed" in refused["message"]

    assert merge(coordinator, his, own[1])["status"] == "applied"  # Ana's second went into his
    crossed = merge(ana, anas, own[1], own[2])  # she had not pulled that
    assert crossed["status"] == "conflict" and crossed["conflict_fields"] == ["_merge"]
    state = {r["record_id"]: r for r in crossed["records"]}
    assert state[his["record_id"]]["deleted"] is False  # his camera stays his
    assert state[own[1]["record_id"]]["deleted"] is True
    assert state[own[2]["record_id"]]["deleted"] is True  # what was hers to merge, merged

    home, picture = photo_naming("d" * 64, 10)  # her split: a new camera, then the move
    split_off = camera()
    assert {r["status"] for r in ana.push([home, picture, split_off])} == {"applied"}
    assert merge(coordinator, his, split_off)["status"] == "applied"
    move = camera({}, record_id=split_off["record_id"], op="move_photos",
                  args={"photos": [picture["record_id"]]})  # fmt: skip
    [moved] = ana.push([move])
    assert moved["status"] == "conflict" and moved["conflict_fields"] == ["_move"]
    state = {r["record_id"]: r for r in moved["records"]}
    assert state[picture["record_id"]]["fields"]["camera_id"] == home["record_id"]


def test_a_merge_asked_to_derive_fields_takes_them_from_what_it_absorbed_here(
    team: Team, api_for: Any
) -> None:
    """A merge with ``merge_fields`` gets its target's fields from the cameras the server
    absorbs, as they are here: filled, joined, united, the mean position (not over a position
    placed by hand); notes that would no longer fit are set aside as a conflict on the field.
    A merge without it (a laptop of API 2, whose edit comes beside it) derives nothing."""
    ana = api_for(team.server, team.ana)
    at = {"latitude": 44.80, "longitude": 20.40}
    target = camera({**at, "notes": "near the bank", "extra_tags": {"lit": "yes"}})
    tags = {"lit": "no", "height": "6"}
    other = camera(
        {"latitude": 44.82, "longitude": 20.42, "operator": "City", "notes": "on the mast",
         "extra_tags": tags}
    )  # fmt: skip
    placed = camera({**at, "position_source": "manual", "notes": "x" * 3000})
    long = camera({"latitude": 44.9, "longitude": 20.5, "notes": "y" * 2500})
    old_style = camera({**at})
    absorbed_old = camera({"latitude": 44.9, "longitude": 20.5, "notes": "on its tombstone"})
    created = ana.push([target, other, placed, long, old_style, absorbed_old])
    assert {r["status"] for r in created} == {"applied"}

    def merge(into: dict[str, Any], absorbed: dict[str, Any], derive: bool) -> dict[str, Any]:
        args = {"absorbed": [absorbed["record_id"]]}
        if derive:
            args["merge_fields"] = [into["record_id"]]
        push = camera({}, record_id=into["record_id"], op="merge", args=args, base_version=1)
        result: dict[str, Any] = ana.push([push])[0]
        return result

    def fields(result: dict[str, Any], record: dict[str, Any]) -> dict[str, Any]:
        [state] = [r for r in result["records"] if r["record_id"] == record["record_id"]]
        found: dict[str, Any] = state["fields"]
        return found

    result = merge(target, other, derive=True)
    assert result["status"] == "applied"
    merged = fields(result, target)
    assert merged["notes"] == "near the bank\non the mast" and merged["operator"] == "City"
    assert merged["extra_tags"] == {"lit": "yes", "height": "6"}
    assert (merged["latitude"], merged["longitude"]) == (44.81, 20.41)
    assert merged["position_source"] == "merged"

    result = merge(placed, long, derive=True)
    assert result["status"] == "conflict" and result["conflict_fields"] == ["notes"]
    kept = fields(result, placed)
    assert kept["notes"] == "x" * 3000  # 5,501 characters do not fit: set aside
    assert (kept["latitude"], kept["longitude"], kept["position_source"]) == (
        44.80,
        20.40,
        "manual",
    )
    assert merge(old_style, absorbed_old, derive=False)["status"] == "applied"
    [*_, last] = records_pulled(ana, {old_style["record_id"]})[old_style["record_id"]]
    assert last["fields"].get("notes") is None and last["version"] == 1


def test_concurrent_edits_merge_per_field_in_arrival_order(team: Team, api_for: Any) -> None:
    ana, coordinator = api_for(team.server, team.ana), api_for(team.server, team.coordinator)
    record = camera({"notes": "original", "height": 4.0})
    rid = record["record_id"]
    ana.push([record])
    # Both start from version 1. The coordinator's edit arrives first; Ana's second. Ana's
    # laptop clock says her edit is older: arrival order decides, not laptop clocks.
    first = camera({"notes": "coordinator", "operator": "City"}, record_id=rid, base_version=1)
    second = camera({"notes": "ana", "height": 5.0}, record_id=rid, base_version=1)
    [applied] = coordinator.push([first])
    [merged] = ana.push([second])
    assert applied["status"] == "applied"
    assert merged["status"] == "conflict" and merged["conflict_fields"] == ["notes"]
    [change] = records_pulled(ana, {rid})[rid]
    assert change["fields"] == {
        "survey_id": SURVEY,
        "notes": "ana",
        "height": 5.0,
        "operator": "City",
        # the defaults of the fields its creation left out
        "vendor_confidence": "unknown",
        "status": "present",
        "extra_tags": {},
        "review_state": "unverified",
    }
    assert change["version"] == 3
    # A later edit of a field nobody else touched since merges without a conflict.
    third = camera({"camera_mount": "pole"}, record_id=rid, base_version=2)
    assert coordinator.push([third])[0]["status"] == "applied"
    # Reviewers see the conflict; volunteers may not list them.
    assert ana.call("GET", "/conflicts").status_code == 403
    conflicts = [
        c for c in coordinator.call("GET", "/conflicts").json()["data"] if c["record_id"] == rid
    ]
    assert [
        (c["field"], c["previous"], c["previous_user"], c["applied"], c["user"]) for c in conflicts
    ] == [("notes", "coordinator", "coordinator", "ana", "ana")]
    resolved = coordinator.call("POST", f"/conflicts/{conflicts[0]['id']}/resolve")
    assert resolved.status_code == 200
    still_open = coordinator.call("GET", "/conflicts").json()["data"]
    assert all(c["record_id"] != rid for c in still_open)


def test_the_same_person_editing_twice_offline_is_no_conflict(ana: Api) -> None:
    record = camera({"notes": "one"})
    ana.push([record])
    rid = record["record_id"]
    edits = [camera({"notes": text}, record_id=rid, base_version=1) for text in ("two", "three")]
    assert [r["status"] for r in ana.push(edits)] == ["applied", "applied"]


def test_deletes_travel_as_tombstones(ana: Api) -> None:
    record = camera({"notes": "to go"})
    [created] = ana.push([record])
    delete = camera({}, record_id=record["record_id"], op="delete", base_version=1)
    [deleted] = ana.push([delete])
    assert deleted["status"] == "applied" and deleted["version"] == 2
    [tombstone] = records_pulled(ana, {record["record_id"]}, created["seq"])[record["record_id"]]
    assert tombstone["deleted"] is True and tombstone["fields"] == {}
    assert tombstone["seq"] == deleted["seq"]


def test_a_record_id_of_another_type_is_refused(ana: Api) -> None:
    record = camera()
    ana.push([record])
    survey = camera({"name": "Belgrade 2026"}, record_id=record["record_id"], record_type="survey")
    [refused] = ana.push([survey])
    assert refused["status"] == "rejected" and "is a camera" in refused["message"]


def test_photos_and_surveys_are_records_too(ana: Api) -> None:
    survey_id, camera_id = str(uuid.uuid4()), str(uuid.uuid4())
    photo = {
        "sha256": "a" * 64,
        "camera_id": camera_id,
        "file_name": "IMG_0001.JPG",
        "mime": "image/jpeg",
        "width": 4032,
        "height": 3024,
        "taken_local": "2026-05-01T10:00:00",
        "utc_offset_minutes": 120,
        "taken_utc": "2026-05-01T08:00:00+00:00",
        "latitude": 44.81,
        "longitude": 20.46,
        "altitude": 117.0,
        "bearing": 270.5,
        "bearing_ref": "T",
        "position_source": "exif",
        "blob_sha256": "b" * 64,
        "blob_size": 123456,
        "thumbnail_jpeg_base64": base64.b64encode(make_jpeg(PhotoSpec(size=(32, 24)))).decode(),
    }
    results = ana.push(
        [
            camera(
                {"name": "Belgrade 2026", "blur_people": True},
                record_type="survey",
                record_id=survey_id,
            ),
            camera(
                {"survey_id": survey_id, "latitude": 44.81, "longitude": 20.46}, record_id=camera_id
            ),
            camera(photo, record_type="photo"),
        ]
    )
    assert [r["status"] for r in results] == ["applied"] * 3
    bad = camera({**photo, "bearing": 361.0, "blob_sha256": "XYZ"}, record_type="photo")
    [refused] = ana.push([bad])
    assert "bearing" in refused["message"] and "blob_sha256" in refused["message"]


def test_an_edit_of_a_record_deleted_meanwhile_never_brings_it_back(
    team: Team, api_for: Any
) -> None:
    """Crossed edits: someone deletes, someone edits. The tombstone stays (an upsert that
    brought it back was how crossed merges left photos on deleted cameras); the edit is listed
    for reviewers, and the laptop that sent it is told at once."""
    ana, coordinator = api_for(team.server, team.ana), api_for(team.server, team.coordinator)
    record = camera({"notes": "kept"})
    rid = record["record_id"]
    ana.push([record])
    [deleted] = coordinator.push([camera({}, record_id=rid, op="delete", base_version=1)])
    assert deleted["status"] == "applied"
    [edited] = ana.push([camera({"height": 6.0}, record_id=rid, base_version=1)])
    assert edited["status"] == "conflict" and edited["conflict_fields"] == ["_deleted"]
    assert [(r["record_id"], r["deleted"]) for r in edited["records"]] == [(rid, True)]
    [change] = records_pulled(ana, {rid})[rid]
    assert change["deleted"] is True and change["version"] == 2
    flagged = [
        c for c in coordinator.call("GET", "/conflicts").json()["data"] if c["record_id"] == rid
    ]
    assert [(c["field"], c["previous"], c["applied"]) for c in flagged] == [
        ("_deleted", True, {"height": 6.0})
    ]


def test_pull_pages_by_sequence_and_moves_changed_records_to_the_end(ana: Api) -> None:
    batch = [camera({"notes": f"page test {i}"}) for i in range(25)]
    results = ana.push(batch)
    since = results[0]["seq"] - 1
    pages = []
    cursor = since
    while True:
        reply = ana.call("GET", "/sync/pull", params={"since": cursor, "limit": 10}).json()
        page = reply["data"]
        pages.append(page)
        seqs = [c["seq"] for c in page["changes"]]
        assert seqs == sorted(seqs) and all(s > cursor for s in seqs)
        if page["changes"]:
            assert page["next"] == seqs[-1]
        cursor = page["next"]
        if not page["more"]:
            break
    ours = [
        c for p in pages for c in p["changes"] if c["record_id"] in {m["record_id"] for m in batch}
    ]
    assert [len(p["changes"]) for p in pages][:2] == [10, 10] and pages[0]["more"] is True
    assert [c["record_id"] for c in ours] == [m["record_id"] for m in batch]
    # Deleting the first record moves it, as a tombstone, after everything pulled so far.
    first = batch[0]["record_id"]
    ana.push([camera({}, record_id=first, op="delete", base_version=1)])
    later = ana.call("GET", "/sync/pull", params={"since": cursor}).json()["data"]
    assert [(c["record_id"], c["deleted"]) for c in later["changes"]] == [(first, True)]
    assert later["more"] is False and later["next"] > cursor
    again = ana.call("GET", "/sync/pull", params={"since": later["next"]}).json()["data"]
    assert (again["changes"], again["next"], again["more"]) == ([], later["next"], False)
    assert again["last_seq"] >= later["next"]


def test_a_key_this_server_does_not_know_is_tolerated(ana: Api) -> None:
    """A newer laptop may add a key to a mutation: readers ignore what they do not know."""
    [result] = ana.push([{**camera(), "newer_protocol_hint": 1}])
    assert result["status"] == "applied"


def test_a_refusal_an_upgrade_may_cure_is_not_kept(ana: Api) -> None:
    """A field this server does not know yet is put off, not refused for good: nothing is
    stored under the mutation id, so the same mutation is judged anew when it comes again (by
    an upgraded server), and is never a clash."""
    newer = camera({"lens_mm": 2.8})
    [first] = ana.push([newer])
    assert (first["status"], first["final"], first["code"]) == (
        "rejected",
        False,
        "upgrade_required",
    )
    [again] = ana.push([newer])
    assert again["status"] == "rejected" and again["code"] == "upgrade_required"
    cured = {**newer, "fields": {k: v for k, v in newer["fields"].items() if k != "lens_mm"}}
    [applied] = ana.push([cured])  # same id, other content: judged anew, not a clash
    assert applied["status"] == "applied"


def test_an_import_s_empty_shell_goes_only_while_it_is_empty_and_undescribed(
    team: Team, api_for: Any
) -> None:
    """A laptop drops the camera its import made for a picture the server already had; a
    teammate may have pulled that camera meanwhile. Its conditional delete (``if_holding``)
    goes while the camera is as the laptop left it, and never takes along photos someone put on
    it or a description someone gave it: then the camera stays, and the laptop gets it back."""
    ana, coordinator = api_for(team.server, team.ana), api_for(team.server, team.coordinator)

    def shell() -> str:
        record = camera()
        assert ana.push([record])[0]["status"] == "applied"
        return str(record["record_id"])

    def drop(record_id: str) -> dict[str, Any]:
        delete = camera({}, record_id=record_id, op="delete", args={IF_HOLDING: []})
        result: dict[str, Any] = ana.push([delete])[0]
        assert result["status"] == "applied", result
        return result

    def now(record_id: str) -> dict[str, Any]:
        latest: dict[str, Any] = records_pulled(coordinator, {record_id})[record_id][-1]
        return latest

    untouched = shell()
    assert drop(untouched)["records"] == []
    assert now(untouched)["deleted"] is True

    merged_into = shell()
    home, picture = photo_naming("c" * 64, 10)
    assert [r["status"] for r in coordinator.push([home, picture])] == ["applied"] * 2
    merge = camera({}, record_id=merged_into, op="merge", args={"absorbed": [home["record_id"]]})
    assert coordinator.push([merge])[0]["status"] == "applied"
    kept = drop(merged_into)
    assert {(r["record_id"], r["deleted"]) for r in kept["records"]} == {
        (merged_into, False),
        (picture["record_id"], False),
    }
    assert now(merged_into)["deleted"] is False
    assert now(picture["record_id"])["deleted"] is False
    assert now(picture["record_id"])["fields"]["camera_id"] == merged_into

    described = shell()
    edit = camera({"operator": "City"}, record_id=described, base_version=1)
    assert coordinator.push([edit])[0]["status"] == "applied"
    assert [r["record_id"] for r in drop(described)["records"]] == [described]
    assert now(described)["deleted"] is False
    assert now(described)["fields"]["operator"] == "City"

    # A delete without the condition is the volunteer's own decision, as always.
    plain = shell()
    coordinator.push([camera({"operator": "City"}, record_id=plain, base_version=1)])
    ana.push([camera({}, record_id=plain, op="delete", base_version=1)])
    assert now(plain)["deleted"] is True


def test_a_camera_s_delete_takes_along_only_the_photos_it_names(team: Team, api_for: Any) -> None:
    """A reviewer deletes a camera with the photo she saw on it; another's photo merged onto
    it meanwhile stays, and keeps the camera (before: it went too, unseen by anyone)."""
    ana, coordinator = api_for(team.server, team.ana), api_for(team.server, team.coordinator)
    home, seen = photo_naming("e" * 64, 10)
    hers, unseen = photo_naming("f" * 64, 10)
    assert {r["status"] for r in coordinator.push([home, seen]) + ana.push([hers, unseen])} == {
        "applied"
    }
    merge = camera(
        {}, record_id=home["record_id"], op="merge", args={"absorbed": [hers["record_id"]]}
    )
    assert ana.push([merge])[0]["status"] == "rejected"  # not hers to merge into
    assert coordinator.push([merge])[0]["status"] == "applied"  # the second reviewer's merge
    delete = camera(
        {}, record_id=home["record_id"], op="delete", args={WITH_PHOTOS: [seen["record_id"]]}
    )
    [result] = coordinator.push([delete])
    assert result["status"] == "conflict" and result["conflict_fields"] == ["_deleted"]
    now = {r["record_id"]: r for r in result["records"]}
    assert now[home["record_id"]]["deleted"] is False
    assert now[seen["record_id"]]["deleted"] is True
    assert now[unseen["record_id"]]["deleted"] is False
    assert now[unseen["record_id"]]["fields"]["camera_id"] == home["record_id"]

    plain, photo = photo_naming("0" * 64, 10)  # naming every photo: the camera goes with them
    coordinator.push([plain, photo])
    named = [photo["record_id"]]
    gone = camera({}, record_id=plain["record_id"], op="delete", args={WITH_PHOTOS: named})
    assert coordinator.push([gone])[0]["status"] == "applied"
    assert records_pulled(coordinator, {plain["record_id"]})[plain["record_id"]][-1]["deleted"]


def test_a_creation_that_arrives_after_its_own_delete_meets_the_tombstone(ana: Api) -> None:
    """A laptop's journal, sent again after a restore, may bring a record's delete before its
    creation (the creation was put off): the creation then meets the tombstone like any edit
    of a deleted record (before: refused for good as a change of the photo's SHA-256, and the
    laptop could never finish a sync again)."""
    home, picture = photo_naming("d" * 64, 10)
    assert ana.push([home])[0]["status"] == "applied"
    gone = camera({}, record_id=picture["record_id"], record_type="photo", op="delete")
    assert ana.push([gone])[0]["status"] == "applied"
    [late] = ana.push([picture])
    assert late["status"] == "conflict" and late["conflict_fields"] == ["_deleted"], late
    assert [(r["record_id"], r["deleted"]) for r in late["records"]] == [
        (picture["record_id"], True)
    ]
    [tombstone] = records_pulled(ana, {picture["record_id"]})[picture["record_id"]]
    assert tombstone["deleted"] is True
