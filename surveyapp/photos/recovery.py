"""After a restore: add back the photos whose originals are in the library but not in the survey.

A backup is older than the library beside it; every photo imported after the backup still has
its original there (a file no row's library path names). The import clean-up would take those
for the leftovers of an interrupted import and delete them, so a restore imports them again
first.

A photo the volunteer deleted after the backup also has its original there (kept for an undo):
it is not added back when the survey set aside by the restore says so, or the next sync would
share again what she withdrew. When that survey cannot be read (damaged beyond reading, or
gone), nothing says which of them she deleted: the originals are then held back, moved into a
folder beside the survey (never deleted), for her to import again those she kept; those she
shared come back from the server at her next sync, and those she withdrew stay withdrawn.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import select

from surveyapp.db.database import Database, sync_folder
from surveyapp.db.files import absent_originals
from surveyapp.db.models import Photo
from surveyapp.photos.importer import HELD_BACK_MARK, import_photos
from surveyapp.photos.library import library_orphans


@dataclass(frozen=True)
class ReAdded:
    """What a restore did with the library's originals no photo of the backup names."""

    added: int  # imported again into the survey
    held: int = 0  # held back: moved into ``held_in``
    held_in: Path | None = None


def readd_library_photos(db: Database, replaced: Path | None) -> ReAdded:
    """Import the library's originals that no photo row names, except those of photos the
    survey ``replaced`` by the restore holds as deleted; when ``replaced`` cannot be read (or
    there was none), hold them all back instead (``hold_back``)."""
    with db.read_session() as session:
        known = set(session.scalars(select(Photo.library_path).where(Photo.library_path != "")))
    deleted = deleted_in(replaced) if replaced is not None else None
    orphans = library_orphans(db.library, (known | (deleted or set())).__contains__)
    if not orphans:
        return ReAdded(0)
    if deleted is None:
        folder = hold_back(db.path, orphans)
        return ReAdded(0, len(orphans), folder)
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
    return ReAdded(added)


def missing_originals(db: Database) -> int:
    """How many live photos name an original the library does not hold (the library folder
    moved to another disk, or not copied with the survey; a teammate's copy fetched from the
    server is no original)."""
    with db.read_session() as session:
        paths = session.scalars(
            select(Photo.library_path).where(Photo.library_path != "", Photo.deleted.is_(False))
        ).all()
    return len(absent_originals(db.library, paths))


def hold_back(survey: Path, originals: list[Path]) -> Path:
    """Move ``originals`` out of the library into a new folder beside ``survey`` (where no
    import's clean-up deletes them); the folder."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    folder = survey.with_name(f"{survey.name}{HELD_BACK_MARK}{stamp}")
    folder.mkdir()
    for original in originals:
        os.replace(original, folder / original.name)
    sync_folder(folder)
    return folder


def deleted_in(survey: Path) -> set[str] | None:
    """The library paths of the photos ``survey`` holds as deleted (and none as live); None
    when it cannot be read (damaged: nothing is known of what was deleted)."""
    if not survey.is_file():
        return None
    uri = f"file:{quote(str(survey))}?mode=ro"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=5)) as connection:
            rows = connection.execute(
                "SELECT library_path, deleted FROM photo WHERE library_path != ''"
            ).fetchall()
    except sqlite3.Error:
        return None
    live = {str(path) for path, deleted in rows if not deleted}
    return {str(path) for path, deleted in rows if deleted} - live
