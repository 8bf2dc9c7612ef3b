"""A shared copy half uploaded when the volunteer withdrew its photo is a copy too (its first
half decodes to the top of the picture): with --retract-after-hours 0 it goes like a whole one,
not a day later."""

from __future__ import annotations

import hashlib
import io
import os
import time
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

from PIL import Image
from sqlalchemy import select

from surveyapp.server.app import expire_partial_uploads
from surveyapp.server.blobs import BlobStore
from surveyapp.server.database import ServerDatabase
from surveyapp.server.models import Record, User
from surveyapp.server.users import create_user
from tests.live_server import start_server
from tests.server.conftest import Api, camera, photo_naming, survey_mutation


def test_a_half_uploaded_copy_of_a_withdrawn_photo_is_deleted_with_the_grace_period(
    tmp_path: Any,
) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    server = start_server(url, tmp_path / "blobs", extra_args=["--retract-after-hours", "0"])
    database = ServerDatabase(url)
    with database.session() as session:
        token = create_user(session=session, name="ana", role="volunteer")
    database.close()
    ana = Api(server, token)
    try:
        assert ana.push([survey_mutation()])[0]["status"] == "applied"
        out = io.BytesIO()
        Image.effect_noise((400, 300), 50).convert("RGB").save(out, "JPEG")
        data = out.getvalue()
        digest = hashlib.sha256(data).hexdigest()
        home, picture = photo_naming(digest, len(data))
        assert [r["status"] for r in ana.push([home, picture])] == ["applied", "applied"]
        headers = {"Upload-Offset": "0", "Upload-Length": str(len(data))}
        half = ana.call("PATCH", f"/blobs/{digest}", content=data[: len(data) // 2],
                        headers=headers)  # fmt: skip
        assert half.status_code == 200 and not half.json()["data"]["complete"]
        # The connection dropped; Ana deletes the camera (and its photo) instead.
        delete = camera({}, record_id=home["record_id"], op="delete", base_version=1)
        assert ana.push([delete])[0]["status"] == "applied"
        deadline = time.monotonic() + 10
        while list(server.storage.rglob(f"{digest}*")) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not list(server.storage.rglob(f"{digest}*")), "a part of the withdrawn copy stays"
    finally:
        ana.close()
        server.stop()


def test_a_part_of_a_copy_a_live_photo_names_keeps_its_day_and_one_being_written_stays(
    server_database_url: str, tmp_path: Path
) -> None:
    database = ServerDatabase(server_database_url)
    store = BlobStore(tmp_path / "blobs", 2**20)
    live, withdrawn, writing = "aa" * 32, "bb" * 32, "cc" * 32
    try:
        with database.session() as session:
            create_user(session=session, name="ana", role="volunteer")
            ana = session.scalars(select(User.id)).one()
            session.add(Record(record_type="photo", record_id=uuid.uuid4(), version=1, seq=1,
                               fields={}, field_versions={}, created_by=ana, updated_by=ana,
                               sha256="dd" * 32, blob_sha256=live))  # fmt: skip
        an_hour_ago = time.time() - 3600
        for sha256 in (live, withdrawn, writing):
            store.part_path(sha256, ana).write_bytes(b"half")
            os.utime(store.part_path(sha256, ana), (an_hour_ago, an_hour_ago))
        with database.uploads.holding(writing, ana) as mine:  # an upload under way
            assert mine
            expire_partial_uploads(store, database, timedelta(0))
        assert [store.offset(s, ana) for s in (live, withdrawn, writing)] == [4, 0, 4]
        a_day_ago = time.time() - 25 * 3600
        os.utime(store.part_path(live, ana), (a_day_ago, a_day_ago))
        expire_partial_uploads(store, database, timedelta(hours=48))
        assert [store.offset(s, ana) for s in (live, writing)] == [0, 4]
    finally:
        database.close()
