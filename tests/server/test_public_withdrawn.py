"""The public map after a volunteer blurs more: the sharper copy is withdrawn at once and,
after the grace period, deleted; the new, more blurred copy is published once a reviewer
looked at it, and stays on the published camera after the sharper one is deleted."""

from __future__ import annotations

import hashlib
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from surveyapp.server.blobs import BlobStore
from surveyapp.server.database import ServerDatabase
from surveyapp.server.models import Blob
from surveyapp.server.public import _state_key
from surveyapp.server.retract import collect, copies_changed
from surveyapp.server.users import create_user
from tests.live_server import start_server
from tests.server.conftest import Api, camera, photo_naming, survey_mutation
from tests.server.test_public import jpeg, review, upload


def test_a_more_blurred_copy_stays_on_the_map_after_the_sharper_one_is_deleted(
    tmp_path: Any,
) -> None:
    """Before December 2026 the new copy was on the map as soon as it was uploaded, on the
    reviewer's word for the old one; a copy is any picture its push names, so it now waits for
    a review (review-and-publication.md) and this test verifies the camera again before it
    looks for what the deletion of the sharper copy does to the map."""
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    server = start_server(url, tmp_path / "blobs", extra_args=["--retract-after-hours", "0"])
    database = ServerDatabase(url)
    with database.session() as session:
        tokens = [create_user(session=session, name=n, role=r)
                  for n, r in (("ana", "volunteer"), ("rev", "reviewer"))]  # fmt: skip
    ana, reviewer = (Api(server, token) for token in tokens)
    visitor = httpx.Client(base_url=server.url, timeout=30)

    def shown() -> list[str]:
        features = visitor.get("/public/cameras.geojson").json()["features"]
        return [p for f in features for p in f["properties"].get("photos", [])]

    try:
        assert ana.push([survey_mutation()])[0]["status"] == "applied"
        sharp, blurred = jpeg(1), jpeg(2)
        home, picture = photo_naming(hashlib.sha256(sharp).hexdigest(), len(sharp))
        assert [r["status"] for r in ana.push([home, picture])] == ["applied", "applied"]
        old = upload(ana, sharp)
        review(reviewer, home["record_id"], "verified")
        assert shown() == [f"/public/photos/{old}.jpg"]

        # Ana blurs more: her laptop pushes the photo naming the new copy, then uploads it.
        new = hashlib.sha256(blurred).hexdigest()
        change = camera({"blob_sha256": new, "blob_size": len(blurred)}, record_type="photo",
                        record_id=picture["record_id"], base_version=1)  # fmt: skip
        assert ana.push([change])[0]["status"] == "applied"
        assert shown() == []  # a visitor between the push and the upload
        upload(ana, blurred)
        assert shown() == []  # no reviewer has seen the new copy yet
        # The reviewer looks at the camera as it is now (version 3: created, verified, sent
        # back to review by the new copy) and verifies it again.
        review(reviewer, home["record_id"], "verified", version=3)
        assert shown() == [f"/public/photos/{new}.jpg"]

        # The sharp copy is deleted (no grace period); nothing else changes.
        stored = server.storage / old[:2] / old[2:]
        deadline = time.monotonic() + 30
        while stored.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not stored.exists()
        assert shown() == [f"/public/photos/{new}.jpg"], "the published photo disappeared"
        assert visitor.get(f"/public/photos/{new}.jpg").status_code == 200
    finally:
        visitor.close()
        for api in (ana, reviewer):
            api.close()
        database.close()
        server.stop()


def test_the_public_maps_state_grows_with_every_copy_stored_or_deleted(
    server_database_url: str, tmp_path: Path
) -> None:
    database = ServerDatabase(server_database_url)
    store = BlobStore(tmp_path / "blobs", 2**20)
    try:
        with database.reader() as session:
            before = _state_key(session)
        with database.session() as session:  # as an upload stores a copy nobody names now
            session.add(
                Blob(sha256="ab" * 32, size=1, unnamed_since=datetime(2026, 1, 1, tzinfo=UTC))
            )
            copies_changed(session)
        with database.reader() as session:
            stored = _state_key(session)
        assert collect(database, store, timedelta(0), datetime.now(UTC)) == 1
        with database.reader() as session:
            deleted = _state_key(session)
        # The number of copies was the same before the upload and after the deletion.
        assert before < stored < deleted
    finally:
        database.close()
