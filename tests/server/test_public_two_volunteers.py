"""--verify-by-two-volunteers publishes a camera that photos of two volunteers show. One
volunteer's token alone must not be able to make that happen to a teammate's camera: volunteers
change only the cameras they mapped, and no laptop puts its photo on someone else's camera (the
import joins only the cameras it made; geotagging joins only cameras the volunteer may edit)."""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

import httpx

from surveyapp.server.database import ServerDatabase
from surveyapp.server.users import create_user
from tests.live_server import start_server
from tests.server.conftest import Api, camera, survey_mutation
from tests.server.test_public import jpeg, mapped, upload


def test_one_volunteer_cannot_publish_a_teammates_camera_by_adding_a_photo(
    tmp_path: Any,
) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    server = start_server(url, tmp_path / "blobs", extra_args=["--verify-by-two-volunteers"])
    database = ServerDatabase(url)
    with database.session() as session:
        tokens = [create_user(session=session, name=n, role="volunteer") for n in ("ana", "bo")]
    database.close()
    ana, bo = (Api(server, token) for token in tokens)
    try:
        assert ana.push([survey_mutation()])[0]["status"] == "applied"
        hers, _ = mapped(ana, "unverified", 31)
        # Bo's client names Ana's camera as the camera of a photo of his.
        data = jpeg(32)
        digest = hashlib.sha256(data).hexdigest()
        his = camera({"sha256": uuid.uuid4().hex * 2, "camera_id": hers, "file_name": "x.jpg",
                      "blob_sha256": digest, "blob_size": len(data)},
                     record_type="photo")  # fmt: skip
        result = bo.push([his])[0]
        if result["status"] == "applied":
            upload(bo, data)
        with httpx.Client(base_url=server.url, timeout=30) as visitor:
            features = visitor.get("/public/cameras.geojson").json()["features"]
            assert hers not in {f["id"] for f in features}, "published by one volunteer alone"
            assert visitor.get(f"/public/photos/{digest}.jpg").status_code == 404
    finally:
        for api in (ana, bo):
            api.close()
        server.stop()
