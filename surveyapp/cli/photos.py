"""`surveyapp import` and `surveyapp photos`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sqlalchemy import select

from surveyapp.cli.common import (
    ProgressBar,
    UsageError,
    dump_json,
    position_text,
    with_database,
)
from surveyapp.db.database import Database
from surveyapp.db.models import Photo
from surveyapp.export.records import photo_record


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the photo commands."""
    p = commands.add_parser("import", help="import photos (files or folders, recursive)")
    p.add_argument("--json", action="store_true", help="one JSON object per file on stdout")
    p.add_argument("paths", nargs="+", metavar="PATH")
    with_database(p, cmd_import)

    p = commands.add_parser("photos", help="list every photo")
    p.add_argument("--json", action="store_true", help="as a JSON array")
    with_database(p, cmd_photos)


def cmd_import(db: Database, args: argparse.Namespace) -> int:
    """Import files and folders; one line (or JSON object) per file; exit 1 if any failed."""
    # Imported here: Pillow and pillow-heif cost a quarter of a second that other commands skip.
    from surveyapp.photos.importer import ImportSummary, import_photos

    paths = [Path(p) for p in args.paths]
    for path in paths:
        if not path.exists():
            raise UsageError(f"no such file or folder: {path}")
    bar = ProgressBar(sys.stderr, "Importing")
    summary = ImportSummary()
    with db.session() as session:
        steps = import_photos(session, paths, db.library)
        try:
            while True:
                progress = next(steps)
                result = progress.result
                if args.json:
                    record = {
                        "path": result.path,
                        "status": result.status,
                        "sha256": result.sha256,
                        "message": result.message,
                    }
                    print(json.dumps(record, ensure_ascii=False), flush=True)
                else:
                    if result.status == "error":
                        bar.message(f"error: {result.path}: {result.message}")
                    bar.update(progress.done, progress.total, Path(result.path).name)
                if progress.checkpoint:
                    session.commit()
        except StopIteration as stop:
            summary = stop.value
        except KeyboardInterrupt:
            steps.close()
            session.commit()
            bar.finish()
            print("interrupted: the photos imported so far are kept", file=sys.stderr)
            return 130
        session.commit()
    bar.finish()
    if not args.json:
        print(
            f"{summary.imported} imported, {summary.duplicates} duplicates, "
            f"{summary.errors} errors, {summary.without_position} without position; "
            f"{len(summary.cameras)} new cameras",
            file=sys.stderr,
        )
    return 1 if summary.errors else 0


def cmd_photos(db: Database, args: argparse.Namespace) -> int:
    """Every live photo, oldest first."""
    with db.session() as session:
        photos = session.scalars(
            select(Photo).where(Photo.deleted.is_(False)).order_by(Photo.taken_sort, Photo.sha256)
        )
        records = [photo_record(photo) for photo in photos]
    if args.json:
        dump_json(records)
        return 0
    for r in records:
        time = r["taken_at"] or "-"
        print(f"{r['sha256'][:12]}  {time:25}  {position_text(r):22}  {r['file_name']}")
    return 0
