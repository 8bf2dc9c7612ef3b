"""The camera rows behind the list and the map stay complete when edits land during a reload."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.orm import Session

from surveyapp.cameras.listing import camera_rows
from surveyapp.db.database import Database
from surveyapp.photos.importer import import_photos
from surveyapp.ui.camera_store import CameraStore
from surveyapp.ui.changes import Changes
from surveyapp.ui.tasks import TaskRunner
from tests.sync.conftest import drain
from tests.ui.conftest import write_photos


def test_a_camera_made_while_the_list_reloads_stays_in_the_list(
    qtbot: QtBot, db: Database, tasks: TaskRunner, tmp_path: Path
) -> None:
    # The reload's reader has taken its snapshot of the file and is still reading when the
    # import commits a camera and announces it (the order an import in the app can produce).
    snapshot_taken, go_on = threading.Event(), threading.Event()
    gui = threading.get_ident()

    def sessions() -> Session:
        session = db.read_session()
        if threading.get_ident() != gui:
            session.execute(text("SELECT count(*) FROM camera")).scalar_one()  # the snapshot
            snapshot_taken.set()
            assert go_on.wait(30)
        return session

    changes = Changes()
    store = CameraStore(sessions, changes, tasks)
    store.reload()
    assert snapshot_taken.wait(30)

    with db.session() as session:
        drain(import_photos(session, [write_photos(tmp_path / "walk", 1)], db.library, workers=1))
        session.commit()
        made = [row.id for row in camera_rows(session)]
    assert len(made) == 1
    changes.cameras(made)
    assert store.row(made[0]) is not None

    go_on.set()
    qtbot.waitUntil(lambda: store.loaded, timeout=30000)
    assert store.row(made[0]) is not None, "the reload's older snapshot dropped the new camera"
