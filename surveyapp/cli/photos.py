"""`surveyapp import` and `surveyapp photos`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from surveyapp.cli.common import (
    ProgressBar,
    UsageError,
    dump_json,
    error_line,
    position_text,
    with_database,
)
from surveyapp.db import failures, notes
from surveyapp.db.database import Database
from surveyapp.db.models import Photo
from surveyapp.export.records import photo_record
from surveyapp.i18n import translate

if TYPE_CHECKING:
    from surveyapp.photos.importer import ImportResult


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the photo commands."""
    p = commands.add_parser(
        "import", help=translate("cli", "import photos (files or folders, recursive)")
    )
    p.add_argument(
        "--json", action="store_true", help=translate("cli", "one JSON object per file on stdout")
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    with_database(p, cmd_import)

    p = commands.add_parser("photos", help=translate("cli", "list every photo"))
    p.add_argument("--json", action="store_true", help=translate("cli", "as a JSON array"))
    with_database(p, cmd_photos)


def cmd_import(db: Database, args: argparse.Namespace) -> int:
    """Import files and folders; one line (or JSON object) per file; exit 1 if a photo failed
    (files that are not photos are skipped, not failures)."""
    # Imported here: Pillow and pillow-heif cost a quarter of a second that other commands skip.
    from surveyapp.photos import native

    if db.read_only:  # said before any copy is made
        raise failures.read_only(db.path)
    paths = [Path(p) for p in args.paths]
    for path in paths:
        if not path.exists():
            raise UsageError(translate("cli", "no such file or folder: {path}").format(path=path))
    with native.stderr_captured():  # libtiff's messages become the files' warnings
        return _import(db, args, paths)


def _import(db: Database, args: argparse.Namespace, paths: list[Path]) -> int:
    from surveyapp.photos.importer import (
        DiskFullError,
        ImportSummary,
        abandon,
        import_photos,
        stored_results,
    )

    bar = ProgressBar(sys.stderr, translate("cli", "Importing"))
    summary = ImportSummary()
    since_commit: list[ImportResult] = []  # what the last yields said, not yet committed
    clocks: list[str] = []  # the photos whose two clocks disagree

    def report(results: Sequence[ImportResult]) -> None:
        """Print results whose rows are committed (a photo is "imported" only then)."""
        for result in results:
            if result.status == "imported" and any(
                notes.kind(warning) == notes.CLOCKS for warning in result.warnings
            ):
                clocks.append(result.path)
            if args.json:
                record = {
                    "path": result.path,
                    "status": result.status,
                    "sha256": result.sha256,
                    "message": result.message,
                }
                print(json.dumps(record, ensure_ascii=False), flush=True)
            elif result.status == "error":
                bar.message(
                    translate("cli", "error: {path}: {reason}").format(
                        path=result.path, reason=result.message
                    )
                )
            else:
                bar.line(_file_line(result), sys.stdout)

    with db.session() as session:
        steps = import_photos(session, paths, db.library)
        try:
            while True:
                progress = next(steps)
                bar.update(progress.done, progress.total, Path(progress.result.path).name)
                since_commit.append(progress.result)
                if progress.checkpoint:
                    session.commit()
                    since_commit.clear()
                    report(progress.stored)
        except StopIteration as stop:
            summary = stop.value
        except KeyboardInterrupt:
            steps.close()  # adds the photos prepared since the last checkpoint
            session.commit()
            bar.finish()
            report(stored_results(session, since_commit))
            print(
                translate("cli", "interrupted: the photos imported so far are kept"),
                file=sys.stderr,
            )
            return 130
        except DiskFullError as error:
            bar.finish()
            kept, committed = _keep_what_fits(session)
            if committed:
                report(error.stored)
            print(error_line(error.strerror), file=sys.stderr)
            print(
                translate(
                    "cli", "%n photos are in the survey; the next import skips them", None, kept
                )
                if kept
                else translate("cli", "no photo of this import could be saved"),
                file=sys.stderr,
            )
            return 1
        except OperationalError as error:
            if not _is_disk_full(error):
                raise
            bar.finish()
            abandon(steps, session)
            print(
                translate(
                    "cli",
                    "error: the disk is full: the database could not grow; the photos of earlier "
                    "checkpoints are kept. Free some space and import again.",
                ),
                file=sys.stderr,
            )
            return 1
        session.commit()
    bar.finish()
    if not args.json:
        # lupdate reads the count only from a plain name, hence the names.
        imported, duplicates = summary.imported, summary.duplicates
        errors, unplaced, new = summary.errors, summary.without_position, len(summary.cameras)
        restored = summary.restored
        parts = [
            translate("cli", "%n imported", None, imported),
            *([translate("cli", "%n originals restored", None, restored)] if restored else []),
            translate("cli", "%n duplicates", None, duplicates),
            translate("cli", "%n errors", None, errors),
            translate("cli", "%n without position", None, unplaced),
        ]
        cameras = translate("cli", "%n new cameras", None, new)
        print(f"{', '.join(parts)}; {cameras}", file=sys.stderr)
        skipped = summary.skipped
        if skipped:
            print(translate("cli", "%n files skipped: not photos", None, skipped), file=sys.stderr)
        disagreeing = len(clocks)
        if disagreeing:
            print(
                translate(
                    "cli",
                    "%n photos whose device clock and GPS clock disagree: check which is right "
                    "(their lines above say both)",
                    None,
                    disagreeing,
                ),
                file=sys.stderr,
            )
    return 1 if summary.errors else 0


def _file_line(result: ImportResult) -> str:
    """One file's line: "imported  PATH", with what the volunteer should know after it."""
    from surveyapp.photos.importer import already_in_survey  # loaded by the import already

    words = {
        "imported": translate("cli", "imported"),
        "duplicate": translate("cli", "duplicate"),
        "restored": translate("cli", "original restored"),
        "skipped": translate("cli", "skipped"),
    }
    line = f"{words.get(result.status, result.status)}  {result.path}"
    if result.status == "skipped" and result.message:
        line += f": {result.message}"
    elif result.status == "duplicate" and result.message not in ("", already_in_survey()):
        line += f": {result.message}"  # a deleted photo: where it went, and how it comes back
    elif result.status == "imported" and result.warnings:
        line += "  (" + "; ".join(result.warnings) + ")"
    return line


def _is_disk_full(error: OperationalError) -> bool:
    return "full" in str(error.orig).lower()


def _keep_what_fits(session: Session) -> tuple[int, bool]:
    """Commit the photos flushed before the disk filled; when even that does not fit, roll
    back to the last checkpoint (library copies without rows are cleaned at the next import).
    Returns how many photos the survey now holds, and whether the last ones were committed.
    """
    committed = True
    try:
        session.commit()
    except OperationalError as error:
        if not _is_disk_full(error):
            raise
        session.rollback()
        committed = False
    return session.scalar(select(func.count()).select_from(Photo)) or 0, committed


def cmd_photos(db: Database, args: argparse.Namespace) -> int:
    """Every live photo, oldest first."""
    with db.read_session() as session:
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
