"""Photo blobs on the real server: skip known, resume by offset, verify SHA-256, size limit,
and uploads cut at random byte offsets by a flaky connection."""

from __future__ import annotations

import hashlib
import random
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.proxy import breaking_proxy
from tests.server.conftest import Api, Team, photo_naming, survey_mutation


@pytest.fixture
def ana(team: Team, api_for: Any) -> Api:
    client: Api = api_for(team.server, team.ana)
    return client


@pytest.fixture(scope="module")
def corpus_photos(corpus_dir: Path) -> list[bytes]:
    """The corpus's JPEGs, largest first (distinct bytes, real photos)."""
    files = sorted((corpus_dir / "photos").glob("*.jpg"), key=lambda p: -p.stat().st_size)
    blobs = list({path.read_bytes(): None for path in files})
    if len(blobs) < 21:
        pytest.skip("the corpus has fewer than 21 JPEGs")
    return blobs


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def patch(api: Api, digest: str, body: bytes, offset: int, length: int) -> httpx.Response:
    headers = {"Upload-Offset": str(offset), "Upload-Length": str(length)}
    return api.call("PATCH", f"/blobs/{digest}", content=body, headers=headers)


def test_upload_resumes_from_the_servers_offset(ana: Api, corpus_photos: list[bytes]) -> None:
    data = corpus_photos[0]
    digest, half = sha(data), len(data) // 2
    # The photo's record first: the server takes only copies that a photo of the user names.
    assert [r["status"] for r in ana.push(photo_naming(digest, len(data)))] == ["applied"] * 2
    head = ana.call("HEAD", f"/blobs/{digest}")
    assert head.status_code == 404 and head.headers["Upload-Offset"] == "0"
    first = patch(ana, digest, data[:half], 0, len(data))
    assert first.status_code == 200
    assert first.json()["data"] == {"sha256": digest, "offset": half, "complete": False}
    head = ana.call("HEAD", f"/blobs/{digest}")
    assert head.status_code == 404 and head.headers["Upload-Offset"] == str(half)
    wrong = patch(ana, digest, data, 0, len(data))
    assert wrong.status_code == 409 and wrong.headers["Upload-Offset"] == str(half)
    rest = patch(ana, digest, data[half:], half, len(data))
    assert rest.json()["data"] == {"sha256": digest, "offset": len(data), "complete": True}
    head = ana.call("HEAD", f"/blobs/{digest}")
    assert head.status_code == 200 and head.headers["Content-Length"] == str(len(data))
    fetched = ana.call("GET", f"/blobs/{digest}")
    assert fetched.status_code == 200 and sha(fetched.content) == digest
    # Uploading what the server has is answered at once, without taking the bytes.
    again = patch(ana, digest, b"", 0, len(data))
    assert again.status_code == 200 and again.json()["data"]["complete"] is True


def test_bytes_that_do_not_match_their_sha256_are_discarded(
    ana: Api, corpus_photos: list[bytes]
) -> None:
    data, claimed = corpus_photos[1], sha(b"some other photo")
    ana.push(photo_naming(claimed, len(data)))
    reply = patch(ana, claimed, data, 0, len(data))
    assert reply.status_code == 422 and reply.json()["error"]["code"] == "sha256_mismatch"
    head = ana.call("HEAD", f"/blobs/{claimed}")
    assert head.status_code == 404 and head.headers["Upload-Offset"] == "0"
    assert ana.call("GET", f"/blobs/{claimed}").status_code == 404


def test_size_limit_and_bad_headers(ana: Api) -> None:
    digest = sha(b"big")
    ana.push(photo_naming(digest, 10))
    too_big = patch(ana, digest, b"x" * 1000, 0, 50 * 2**20 + 1)
    assert too_big.status_code == 413 and too_big.json()["error"]["code"] == "too_large"
    longer = patch(ana, digest, b"x" * 1000, 0, 10)
    assert longer.status_code == 400
    assert ana.call("HEAD", f"/blobs/{digest}").headers["Upload-Offset"] == "0"
    missing = ana.call("PATCH", f"/blobs/{digest}", content=b"x")
    assert missing.status_code == 400 and "Upload-Offset" in missing.json()["error"]["message"]
    assert ana.call("HEAD", "/blobs/not-a-sha").status_code == 422
    assert ana.call("GET", "/blobs/" + "0" * 64).status_code == 404


def upload_resuming(api: Api, data: bytes, deadline: float) -> int:
    """Upload ``data`` from wherever the server is; the number of PATCH requests it took."""
    digest, requests = sha(data), 0
    while time.monotonic() < deadline:
        head = api.call("HEAD", f"/blobs/{digest}")
        if head.status_code == 200:
            return requests
        offset = int(head.headers["Upload-Offset"])
        requests += 1
        reply = patch(api, digest, data[offset:], offset, len(data))
        if reply.status_code == 409:  # the cut connection's request is still finishing
            time.sleep(0.05)
        elif reply.status_code != 200:
            raise AssertionError(reply.text)
    raise AssertionError("upload did not finish in time")


@pytest.mark.slow
def test_uploads_cut_at_random_offsets_resume_to_exact_verified_blobs(
    team: Team, ana: Api, corpus_photos: list[bytes]
) -> None:
    photos = corpus_photos[2:22]
    rng = random.Random(4)
    for data in photos:
        ana.push(photo_naming(sha(data), len(data)))
    with breaking_proxy(team.server.port) as proxy:
        flaky = Api(team.server, team.ana)
        flaky.http = httpx.Client(base_url=proxy.url + "/api/v1", headers=flaky.http.headers)
        for data in photos:
            # Headers are ~250 bytes; cut anywhere from inside them to the body's end.
            proxy.cut_after = rng.randrange(100, len(data) + 200)
            with pytest.raises(httpx.TransportError):
                patch(flaky, sha(data), data, 0, len(data))
        flaky.http.close()
    deadline = time.monotonic() + 60
    for data in photos:
        upload_resuming(ana, data, deadline)
    for data in photos:
        fetched = ana.call("GET", f"/blobs/{sha(data)}")
        assert sha(fetched.content) == sha(data) and len(fetched.content) == len(data)
    stored = {p.parent.name + p.name for p in team.server.storage.glob("??/*")}
    assert {sha(data) for data in photos} <= stored
    assert not list((team.server.storage / "partial").glob("*.part"))


def test_the_size_limit_is_configurable(
    tmp_path: Path, start_live_server: Any, api_for: Any, corpus_photos: list[bytes]
) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    server = start_live_server(url, extra_args=["--max-blob-mb", "0.5"])
    api: Api = api_for(server, server.add_user("ana"))
    small = next(data for data in corpus_photos if len(data) < 2**19)
    large = next(data for data in corpus_photos if len(data) > 2**19)
    api.push([survey_mutation()])
    for data in (small, large):
        api.push(photo_naming(sha(data), len(data)))
    refused = patch(api, sha(large), large, 0, len(large))
    assert refused.status_code == 413 and "at most 524288" in refused.json()["error"]["message"]
    accepted = patch(api, sha(small), small, 0, len(small))
    assert accepted.status_code == 200 and accepted.json()["data"]["complete"] is True


def test_an_upload_finishing_while_the_sweep_deletes_its_copy_leaves_the_copy_served(
    server_database_url: str, start_live_server: Any, api_for: Any
) -> None:
    """Ana withdrew her photo a month ago; Bojan's photo names her copy but he never sent it,
    so it is unnamed and past its grace period. Bojan's upload of it finishes (its bytes
    verified) just as the hourly sweep deletes it, and is recorded after the sweep: the server
    said "stored", so his laptop marks the photo uploaded and never sends it again. The copy
    must be there and served (before: its row without its file, 404 for everyone, for good)."""
    from datetime import UTC, datetime, timedelta

    from surveyapp.server.blobs import BlobStore
    from surveyapp.server.database import ServerDatabase
    from surveyapp.server.retract import collect
    from surveyapp.server.routes.blobs import record_upload
    from surveyapp.server.users import authenticate
    from tests.server.conftest import camera

    server = start_live_server(server_database_url)
    ana: Api = api_for(server, server.add_user("ana"))
    bojan_token = server.add_user("bojan")
    bojan: Api = api_for(server, bojan_token)
    coordinator: Api = api_for(server, server.add_user("coordinator", "reviewer"))
    ana.push([survey_mutation()])
    data = b"the pixels of one picture" * 400
    digest = sha(data)
    hers = photo_naming(digest, len(data))
    ana.push(hers)
    assert patch(ana, digest, data, 0, len(data)).status_code == 200
    assert bojan.push(photo_naming(digest, len(data)))[1]["status"] == "applied"
    withdrawal = camera({}, record_type="photo", record_id=hers[1]["record_id"], op="delete",
                        base_version=1)  # fmt: skip
    assert ana.push([withdrawal])[0]["status"] == "applied"
    assert coordinator.call("GET", f"/blobs/{digest}").status_code == 404  # unnamed now
    # All but the last byte through the real server; the last arrives as the sweep runs.
    assert patch(bojan, digest, data[:-1], 0, len(data)).json()["data"]["complete"] is False
    database = ServerDatabase(server_database_url)
    store = BlobStore(server.storage, 2**20)
    try:
        with database.session() as session:
            bojan_id = authenticate(session=session, token=bojan_token).id  # type: ignore[union-attr]
        with open(store.part_path(digest, bojan_id), "ab") as part:
            part.write(data[-1:])
        # The upload's steps (route PATCH /blobs), the sweep between verifying and recording.
        assert store.finish(digest, bojan_id)
        grace = timedelta(hours=24)
        collect(database, store, grace, datetime.now(UTC) + grace + timedelta(hours=1))
        record_upload(database, store, digest, bojan_id, len(data))
    finally:
        database.close()
    assert bojan.call("HEAD", f"/blobs/{digest}").status_code == 200  # nothing to send
    served = coordinator.call("GET", f"/blobs/{digest}")
    assert served.status_code == 200 and served.content == data
