"""After a restore: add back the photos whose originals are in the library but not in the survey.

A backup is older than the library beside it; every photo imported after the backup still has
its original there (a file no row's library path names). The import clean-up would take those
for the leftovers of an interrupted import and delete them, so a restore imports them again
first.

A photo the volunteer deleted after the backup also has its original there (kept for an undo):
it is not added back when the survey set aside by the restore says so, or the next sync would
share again what she withdrew.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import select

from surveyapp.db.database import Database
from surveyapp.db.models import Photo
from surveyapp.photos.importer import import_photos
from surveyapp.photos.library import library_orphans


def readd_library_photos(db: Database, replaced: Path | None = None) -> int:
    """Import the library's originals that no photo row names, except those of photos the
    survey ``replaced`` by the restore holds as deleted; how many were added."""
    with db.read_session() as session:
        known = set(session.scalars(select(Photo.library_path).where(Photo.library_path != "")))
    if replaced is not None:
        known |= deleted_in(replaced)
    orphans = library_orphans(db.library, known.__contains__)
    if not orphans:
        return 0
    added = 0
    with db.session() as session:
        steps = import_photos(session, orphans, db.library, clean=False)
        try:
            while True:
                progress = next(steps)
                if progress.checkpoint:
                    session.commit()
                    added += sum(r.status == "imported" for r in progress.stored)
        except StopIteration:
            pass
        session.commit()
    return added


def deleted_in(survey: Path) -> set[str]:
    """The library paths of the photos ``survey`` holds as deleted (and none as live); empty
    when it cannot be read (damaged: nothing is known of what was deleted)."""
    uri = f"file:{quote(str(survey))}?mode=ro"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=5)) as connection:
            rows = connection.execute(
                "SELECT library_path, deleted FROM photo WHERE library_path != ''"
            ).fetchall()
    except sqlite3.Error:
        return set()
    live = {str(path) for path, deleted in rows if not deleted}
    return {str(path) for path, deleted in rows if deleted} - live
