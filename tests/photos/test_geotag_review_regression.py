"""geotag --undo places again the cameras of the photos it puts back, but only the volunteer's
own: a teammate's camera a reviewer merged her photo into is the teammate's to place."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from surveyapp.db.database import Database
from surveyapp.db.models import Camera, Outbox, Photo, SyncState
from surveyapp.db.outbox import APPLYING_REMOTE
from surveyapp.photos.geotag import undo_last
from tests.photos.test_geotag_defects import _placed_camera_then_a_gps_camera, db  # noqa: F401


def test_undo_leaves_a_teammates_camera_a_reviewer_merged_the_photo_into_alone(
    db: Database,  # noqa: F811 (the fixture imported above)
    tmp_path: Path,
) -> None:
    placed, phone = _placed_camera_then_a_gps_camera(db, tmp_path)
    with db.session() as session:
        session.add(SyncState(server_url="https://team", user_name="ana", role="volunteer"))
        # As a pull leaves it: the phone's camera and photo are Bojan's (a teammate), and a
        # reviewer merged Ana's placed camera into his.
        session.info[APPLYING_REMOTE] = True
        bojans = session.get_one(Camera, phone.camera_id)
        bojans.owner = "bojan"
        session.get_one(Photo, phone.id).owner = "bojan"
        mine = session.get_one(Photo, placed.id)
        session.get_one(Camera, placed.camera_id).deleted = True
        mine.camera = bojans
        bojans.latitude, bojans.longitude = 44.9, 20.5  # wherever the reviewer left it
        bojans.position_source = "merged"
        session.commit()
        session.info.pop(APPLYING_REMOTE, None)
        before = session.execute(select(Outbox.id)).all()
        undo_last(session)
        session.commit()
        bojans = session.get_one(Camera, phone.camera_id)
        earlier = [row[0] for row in before]
        queued = session.scalars(
            select(Outbox).where(Outbox.record_id == bojans.id, Outbox.id.not_in(earlier))
        ).all()
        # Ana may not change Bojan's camera (the server refuses it: forbidden).
        assert (bojans.latitude, bojans.longitude) == (44.9, 20.5)
        assert queued == []
