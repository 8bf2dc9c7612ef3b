"""After a restore: add back the photos whose originals are in the library but not in the survey.

A backup is older than the library beside it; every photo imported after the backup still has
its original there (a file no row's library path names). The import clean-up would take those
for the leftovers of an interrupted import and delete them, so a restore imports them again
first.
"""

from __future__ import annotations

from sqlalchemy import select

from surveyapp.db.database import Database
from surveyapp.db.models import Photo
from surveyapp.photos.importer import import_photos
from surveyapp.photos.library import library_orphans


def readd_library_photos(db: Database) -> int:
    """Import the library's originals that no photo row names; how many were added."""
    with db.read_session() as session:
        known = set(session.scalars(select(Photo.library_path).where(Photo.library_path != "")))
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
