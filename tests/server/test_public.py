"""The public map's endpoints against the live server (SQLite and PostgreSQL): verified cameras
only, nothing personal (no pseudonym, notes, extra tags, original photo), times to the day."""

from __future__ import annotations

import gzip
import hashlib
import io
import itertools
import os
import re
import time
import uuid
from typing import Any

import httpx
import orjson
from PIL import Image

from tests.live_server import LiveServer
from tests.server.conftest import Api, Team, camera, photo_naming

PHOTO_TIME = "2026-05-04T10:31:17"


def jpeg(seed: int) -> bytes:
    """A small JPEG (the blurred shared copy a laptop uploads)."""
    image = Image.new("RGB", (64, 48), (seed * 40 % 256, 90, 160))
    out = io.BytesIO()
    image.save(out, "JPEG")
    return out.getvalue()


def picture() -> bytes:
    """A small JPEG of random pixels: no other test's copy is the same picture (``jpeg``'s
    colours repeat every 32 seeds)."""
    image = Image.frombytes("RGB", (64, 48), os.urandom(64 * 48 * 3))
    out = io.BytesIO()
    image.save(out, "JPEG")
    return out.getvalue()


def upload(api: Api, data: bytes) -> str:
    digest = hashlib.sha256(data).hexdigest()
    headers = {"Upload-Offset": "0", "Upload-Length": str(len(data))}
    response = api.call("PATCH", f"/blobs/{digest}", content=data, headers=headers)
    assert response.status_code in (200, 201, 204), response.text
    return digest


def mapped(api: Api, review: str, seed: int, **fields: Any) -> tuple[str, str]:
    """A camera with a photo whose shared copy is uploaded; (camera id, shared copy's hash)."""
    data = jpeg(seed)
    digest = hashlib.sha256(data).hexdigest()
    home, picture = photo_naming(digest, len(data))
    home["fields"].update({"latitude": 44.8 + seed * 1e-3, "longitude": 20.46,
                           "manufacturer": "Hikvision", "vendor_slug": "hikvision",
                           "camera_type": "dome", "notes": "ana stood here at 10:31",
                           "extra_tags": {"note": "seen by Ana Petrović"}, **fields})  # fmt: skip
    picture["fields"].update({"taken_local": PHOTO_TIME, "utc_offset_minutes": 120})
    results = api.push([home, picture])
    assert [r["status"] for r in results] == ["applied", "applied"], results
    upload(api, data)  # the photo names it first: the server takes no other copy
    return home["record_id"], digest


def ana_and_coordinator(server: LiveServer, url: str) -> tuple[Api, Api]:
    """A volunteer and a reviewer of a fresh server, each with a client (close both)."""
    from surveyapp.server.database import ServerDatabase
    from surveyapp.server.users import create_user

    database = ServerDatabase(url)
    with database.session() as session:
        tokens = [create_user(session=session, name=n, role=r)
                  for n, r in (("ana", "volunteer"), ("coordinator", "reviewer"))]  # fmt: skip
    database.close()
    return Api(server, tokens[0]), Api(server, tokens[1])


def review(api: Api, camera_id: str, state: str, version: int = 1) -> None:
    change = camera({"review_state": state}, record_id=camera_id, base_version=version)
    assert api.push([change])[0]["status"] == "applied"


def public(team: Team) -> httpx.Client:
    return httpx.Client(base_url=team.server.url, timeout=30)


def test_the_public_geojson_holds_verified_cameras_and_nothing_personal(
    team: Team, api_for: Any
) -> None:
    ana, coordinator = api_for(team.server, team.ana), api_for(team.server, team.coordinator)
    verified, verified_photo = mapped(ana, "verified", 1)
    unverified, unverified_photo = mapped(ana, "unverified", 2)
    disputed, _ = mapped(ana, "disputed", 3)
    review(coordinator, verified, "verified")
    review(coordinator, disputed, "disputed")
    with public(team) as visitor:  # no token
        response = visitor.get("/public/cameras.geojson")
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/geo+json"
        assert response.headers["content-encoding"] == "gzip"  # httpx asks for it, decodes it
        plain = visitor.get("/public/cameras.geojson", headers={"Accept-Encoding": "identity"})
        assert "content-encoding" not in plain.headers and plain.json() == response.json()
        collection = response.json()
        assert collection["type"] == "FeatureCollection"
        ids = {f["id"] for f in collection["features"]}
        assert verified in ids and unverified not in ids and disputed not in ids
        [feature] = [f for f in collection["features"] if f["id"] == verified]
        assert feature["geometry"] == {"type": "Point", "coordinates": [20.46, 44.801]}
        properties = feature["properties"]
        assert properties["vendor"] == "Hikvision" and properties["covered"] is True
        assert properties["camera:type"] == "dome"
        assert properties["last_seen"] == "2026-05-04"
        assert properties["photos"] == [f"/public/photos/{verified_photo}.jpg"]
        body = response.text
        for personal in ("ana", "Ana", "10:31", "notes", "note", "coordinator", "T10:"):
            assert personal not in body, personal
        assert not re.search(r"\d{4}-\d\d-\d\dT", body)  # no time finer than a day
        # The shared copy of a published camera is served; nothing else is.
        shown = visitor.get(properties["photos"][0])
        assert shown.status_code == 200 and shown.headers["content-type"] == "image/jpeg"
        assert shown.content == jpeg(1)
        # Browsers and caches ask again before showing it: a photo withdrawn (or its camera
        # unpublished) is not shown from a cache for an hour.
        assert shown.headers["cache-control"] == "no-cache"
        again = visitor.get(
            properties["photos"][0], headers={"If-None-Match": shown.headers["etag"]}
        )
        assert again.status_code in (200, 304)
        assert visitor.get(f"/public/photos/{unverified_photo}.jpg").status_code == 404
        assert visitor.get(f"/public/photos/{'0' * 64}.jpg").status_code == 404
        assert visitor.get("/public/photos/..%2f..%2fserver.sqlite.jpg").status_code in (404, 422)
        # Withdrawn from publication: a reviewer removes it; it is gone from the map at once.
        review(coordinator, verified, "removed", version=2)
        again = visitor.get("/public/cameras.geojson").json()
        assert verified not in {f["id"] for f in again["features"]}
        assert visitor.get(properties["photos"][0]).status_code == 404


def test_the_page_is_served_without_login_with_its_own_scripts(team: Team) -> None:
    with public(team) as visitor:
        page = visitor.get("/")
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        html = page.text
        assert "/public/static/vendor/leaflet/leaflet.js" in html
        assert "/public/cameras.geojson" in html and "download=" in html
        assert not re.search(r"""(src|href)=["']https?://""", html)  # no CDN, no third party
        policy = page.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "default-src 'none'" in policy
        for path in ("vendor/leaflet/leaflet.js", "vendor/leaflet/leaflet.css", "map.js",
                     "map.css", "vendor/leaflet/LICENSE"):  # fmt: skip
            assert visitor.get(f"/public/static/{path}").status_code == 200, path
        for bad in ("../../pyproject.toml", "..%2F__init__.py", "index.html", "nothing.js",
                    ".hidden"):  # fmt: skip
            assert visitor.get(f"/public/static/{bad}").status_code == 404, bad
        # The sync API still wants a token.
        assert visitor.get("/api/v1/sync/pull").status_code == 401


def test_the_title_and_about_text_are_the_coordinators_and_escaped(
    tmp_path: Any,
) -> None:
    from tests.live_server import start_server

    title = 'Belgrade <script>alert("x")</script> cameras'
    server = start_server(
        f"sqlite:///{tmp_path / 'server.sqlite'}",
        tmp_path / "blobs",
        extra_args=[
            "--title",
            title,
            "--about",
            "Mapped by #hiljadekamera & friends",
            "--tile-url",
            "https://tile.example.org/{z}/{x}/{y}.png",
        ],  # fmt: skip
    )
    try:
        with httpx.Client(base_url=server.url, timeout=30) as visitor:
            page = visitor.get("/")
            assert "Belgrade &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; cameras" in page.text
            assert "<script>alert" not in page.text
            assert "#hiljadekamera &amp; friends" in page.text
            assert "https://tile.example.org/{z}/{x}/{y}.png" in page.text
            assert (
                "img-src 'self' data: https://tile.example.org"
                in page.headers["content-security-policy"]
            )
            empty = visitor.get("/public/cameras.geojson").json()
            assert empty == {"type": "FeatureCollection", "features": []}
    finally:
        server.stop()


def test_two_volunteers_photos_verify_a_camera_when_the_rule_is_on(tmp_path: Any) -> None:
    from surveyapp.server.database import ServerDatabase
    from surveyapp.server.users import create_user
    from tests.live_server import start_server
    from tests.server.conftest import survey_mutation

    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    server = start_server(url, tmp_path / "blobs", extra_args=["--verify-by-two-volunteers"])
    database = ServerDatabase(url)
    with database.session() as session:
        people = (("ana", "volunteer"), ("bojan", "volunteer"), ("rev", "reviewer"))
        tokens = [create_user(session=session, name=n, role=r) for n, r in people]
    database.close()
    ana, bojan, reviewer = (Api(server, token) for token in tokens)
    try:
        assert ana.push([survey_mutation()])[0]["status"] == "applied"
        shared, _ = mapped(ana, "unverified", 5)
        alone, _ = mapped(ana, "unverified", 6)
        disputed, _ = mapped(ana, "unverified", 7)
        # Bojan photographed two of them too; the server's merge puts his photo on Ana's camera.
        for target in (shared, disputed):
            his, _ = mapped(bojan, "unverified", 8 if target == shared else 9)
            merge = camera({}, record_id=target, op="merge", base_version=None,
                           args={"absorbed": [his]})  # fmt: skip
            assert reviewer.push([merge])[0]["status"] == "applied"
        review(reviewer, disputed, "disputed", version=2)
        with httpx.Client(base_url=server.url, timeout=30) as visitor:
            features = visitor.get("/public/cameras.geojson").json()["features"]
        by_id = {f["id"]: f["properties"] for f in features}
        assert set(by_id) == {shared}
        assert by_id[shared]["verified_by"] == "two_volunteers"
        assert len(by_id[shared]["photos"]) == 2
    finally:
        for api in (ana, bojan, reviewer):
            api.close()
        server.stop()


def test_a_camera_id_is_a_uuid_and_no_user_table_leaks(team: Team) -> None:
    with public(team) as visitor:
        for feature in visitor.get("/public/cameras.geojson").json()["features"]:
            uuid.UUID(feature["id"])
            assert set(feature["properties"]) <= {
                "vendor", "vendor_slug", "covered", "surveillance", "surveillance:type",
                "surveillance:zone", "camera:type", "camera:mount", "camera:direction", "height",
                "operator", "manufacturer", "brand", "model", "check_date", "last_seen",
                "photos", "verified_by",
            }  # fmt: skip


def test_a_damaged_shared_map_file_is_made_again_never_served(tmp_path: Any) -> None:
    from sqlalchemy import create_engine

    from surveyapp.server.locks import ProcessLock
    from surveyapp.server.public import SharedMaps, _Published

    engine = create_engine(f"sqlite:///{tmp_path / 'lock.sqlite'}")
    shared = SharedMaps(tmp_path / "maps", ProcessLock(engine, "public-map"))
    data = b'{"type":"FeatureCollection","features":[]}'
    made: list[int] = []

    def make(key: tuple[int, int] = (7, 2)) -> _Published:
        made.append(1)
        return _Published(key, data, frozenset({"ab" * 32}), gzip.compress(data))

    for damage in (b"", b"not json\n", b'{"key": [7, 2], "photos": []}\nnot gzip'):
        (tmp_path / "maps" / "7-2.published").write_bytes(damage)
        assert shared.get((7, 2), make).geojson == data
    assert len(made) == 3  # each damaged file made again, and replaced
    again = shared.get((7, 2), make)
    assert len(made) == 3 and again.photos == frozenset({"ab" * 32}) and again.geojson == data
    (tmp_path / "maps" / "7-2.published").rename(tmp_path / "maps" / "7-3.published")
    other = shared.get((7, 3), lambda: make((7, 3)))  # a file holding another state's map
    assert other.key == (7, 3) and len(made) == 4
    engine.dispose()


def test_while_a_team_pushes_the_map_is_made_with_rests_and_visitors_see_the_newest(
    server_database_url: str,
) -> None:
    """Every push changes the state, so the background thread made the map again after each
    one, taking a core's share from the pushes. It now rests REST_FACTOR times as long as a
    make took; a visitor meanwhile still gets the map of the database as it is."""
    import threading
    import time
    from datetime import UTC, datetime

    from surveyapp.server.database import ServerDatabase
    from surveyapp.server.public import REST_FACTOR, PublicMap
    from surveyapp.server.push import apply_batch
    from surveyapp.server.settings import PublicSettings
    from tests.server.conftest import server_user, survey_mutation

    database = ServerDatabase(server_database_url)
    stop = threading.Event()
    try:
        user = server_user(database, "rev", "reviewer")

        def push(items: list[dict[str, Any]]) -> None:
            with database.session() as session:
                outcome = apply_batch(
                    session=session, user=user, items=items, now=datetime.now(UTC)
                )
            assert {r.status for r in outcome.results} == {"applied"}, outcome.results

        push([survey_mutation()])
        cameras = [
            camera({"latitude": 44.8 + i * 1e-4, "longitude": 20.46, "review_state": "verified"})
            for i in range(800)
        ]
        for start in range(0, len(cameras), 100):
            push(cameras[start : start + 100])
        public_map = PublicMap(PublicSettings())
        makes: list[tuple[float, float]] = []  # (started, ended) of each map made
        make = public_map._make

        def timed(session: Any, key: tuple[int, int]) -> Any:
            started = time.perf_counter()
            made = make(session, key)
            makes.append((started, time.perf_counter()))
            return made

        public_map._make = timed  # type: ignore[method-assign]
        maker = threading.Thread(target=public_map.keep_fresh, args=(database.reader, stop))
        maker.start()
        # A team pushing without a pause: every edit changes the state and wakes the maker.
        first = cameras[0]["record_id"]
        version, pushes, deadline = 1, 0, time.monotonic() + 120
        while len(makes) < 4 and time.monotonic() < deadline:
            edit = camera({"height": 3 + pushes % 5}, record_id=first, base_version=version)
            push([edit])
            public_map.changed()
            version, pushes = version + 1, pushes + 1
        assert len(makes) >= 4, f"{len(makes)} maps made during {pushes} pushes"
        for (started, ended), (following, _) in itertools.pairwise(makes):
            assert following - ended >= REST_FACTOR * (ended - started), makes
        # A visitor during a rest gets the map of the last push, made for them.
        last = camera({"height": 42}, record_id=first, base_version=version)
        push([last])
        with database.reader() as session:
            published = orjson.loads(public_map.current(session).geojson)
        heights = {f["id"]: f["properties"].get("height") for f in published["features"]}
        assert len(heights) == 800 and heights[first] == 42
    finally:
        stop.set()
        database.close()


def test_a_photo_naming_a_teammates_copy_shows_it_on_the_map_only_once_he_sent_it(
    team: Team, api_for: Any
) -> None:
    """Bojan saw Ana's copy's hash in a pull and names it in a photo on a camera of his, which
    the coordinator verifies: the map shows no picture on his camera (the picture is Ana's, on
    her unverified camera), until Bojan sends the copy's bytes himself (his own file of the
    same picture makes the same copy)."""
    ana, bojan = api_for(team.server, team.ana), api_for(team.server, team.bojan)
    coordinator = api_for(team.server, team.coordinator)
    image = Image.new("RGB", (64, 48), tuple(uuid.uuid4().bytes[:3]))
    out = io.BytesIO()
    image.save(out, "JPEG")
    data = out.getvalue()
    digest = hashlib.sha256(data).hexdigest()
    ana.push(photo_naming(digest, len(data)))
    upload(ana, data)
    home, picture = photo_naming(digest, len(data))
    home["fields"].update({"latitude": 44.87, "longitude": 20.41})
    picture["fields"].update({"taken_local": PHOTO_TIME})
    assert [r["status"] for r in bojan.push([home, picture])] == ["applied", "applied"]
    review(coordinator, home["record_id"], "verified")

    def his_photos(visitor: httpx.Client) -> list[str]:
        collection = visitor.get("/public/cameras.geojson").json()
        [feature] = [f for f in collection["features"] if f["id"] == home["record_id"]]
        return list(feature["properties"].get("photos", []))

    with public(team) as visitor:
        assert his_photos(visitor) == [], "his camera shows Ana's picture"
        assert visitor.get(f"/public/photos/{digest}.jpg").status_code == 404
        upload(bojan, data)
        deadline = time.monotonic() + 20
        while not his_photos(visitor) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert his_photos(visitor) == [f"/public/photos/{digest}.jpg"]
        assert visitor.get(f"/public/photos/{digest}.jpg").content == data


def test_a_head_request_is_answered_as_its_get_is(team: Team, api_for: Any) -> None:
    """A coordinator checks the new site with `curl -I https://survey.example.org/` (and
    uptime monitors ask with HEAD): the page, the GeoJSON and a published photo answered "405
    Method Not Allowed", as if the server were broken. They now answer HEAD as GET does,
    without a body; a photo not published is still 404."""
    ana, coordinator = api_for(team.server, team.ana), api_for(team.server, team.coordinator)
    camera_id, digest = mapped(ana, "verified", seed=2503)
    review(coordinator, camera_id, "verified")
    with public(team) as visitor:
        for path in ("/", "/public/cameras.geojson", f"/public/photos/{digest}.jpg",
                     "/public/static/map.js"):  # fmt: skip
            got, head = visitor.get(path), visitor.head(path)
            assert head.status_code == 200, (path, head.status_code)
            assert head.headers["content-type"] == got.headers["content-type"], path
            assert head.content == b"", path
        missing = visitor.head(f"/public/photos/{'0' * 64}.jpg")
        assert missing.status_code == 404
