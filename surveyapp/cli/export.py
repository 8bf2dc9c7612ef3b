"""`surveyapp export FORMAT OUT`: every format of surveyapp.export.formats."""

from __future__ import annotations

import argparse
import contextlib
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from surveyapp.cli.common import ProgressBar, UsageError, with_database
from surveyapp.db.database import Database
from surveyapp.export.formats import (
    FORMATS,
    ExportError,
    Tally,
    export_to_file,
    find_format,
    write_export,
)
from surveyapp.export.job import PhotoSharer
from surveyapp.i18n import translate
from surveyapp.photos import native

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the export command."""
    formats = "; ".join(
        f"{f.name}: {translate('formats', f.description)}" for f in FORMATS.values()
    )
    p = commands.add_parser(
        "export",
        help=translate("cli", "export the survey"),
        description=translate("cli", "Formats: {formats}.").format(formats=formats),
    )
    p.add_argument("format", choices=list(FORMATS))
    p.add_argument("out", help=translate("cli", "output file, or - for standard output"))
    p.add_argument(
        "--day-only",
        action="store_true",
        help=translate("cli", "write capture times as the date only (for publication)"),
    )
    p.add_argument(
        "--verified-only",
        action="store_true",
        help=translate("cli", "write only the cameras the team's reviewers verified"),
    )
    with_database(p, cmd_export)


def _sharer(session: Session) -> PhotoSharer:
    # Imported here: OpenCV takes a noticeable part of a second to load, and only the photo
    # zip needs it.
    from surveyapp.photos.sharing import photo_sharer

    return photo_sharer(session)


@contextlib.contextmanager
def _reading(
    db: Database, photos: bool
) -> Iterator[tuple[sqlite3.Connection | Session, PhotoSharer | None]]:
    """What the export reads from, in one read transaction, and the photo sharer it needs.
    The formats without photos read on the survey's plain connection: no SQLAlchemy, no
    models loaded."""
    if not photos:
        with db.reading() as connection:
            yield connection, None
        return
    with db.read_session() as session:
        yield session, _sharer(session)


def cmd_export(db: Database, args: argparse.Namespace) -> int:
    """Write the survey's located cameras to a file (or stdout)."""
    format_ = find_format(args.format)
    bar = ProgressBar(sys.stderr, "Exporting")
    done = 0
    left_out: list[str] = []  # what the export could not hold, said once it is written
    tally = Tally()  # what it counted: the photos survey:photos could not name
    try:
        # libtiff's messages while a photo's shareable copy is decoded stay off the terminal.
        with (
            native.stderr_captured(),
            _reading(db, format_.needs_photo_sharer) as (source, share_photo),
        ):
            if args.out == "-":
                out = sys.stdout.buffer if format_.binary else sys.stdout
                progress = write_export(
                    source,
                    format_.name,
                    out,
                    library=db.library,
                    share_photo=share_photo,
                    day_only=args.day_only,
                    verified_only=args.verified_only,
                    left_out=left_out,
                    tally=tally,
                )
            else:
                progress = export_to_file(
                    source,
                    format_.name,
                    Path(args.out),
                    library=db.library,
                    share_photo=share_photo,
                    day_only=args.day_only,
                    verified_only=args.verified_only,
                    left_out=left_out,
                    tally=tally,
                )
            for done, total in progress:
                bar.update(done, total)
    except ExportError as error:
        raise UsageError(str(error)) from None
    finally:
        bar.finish()
    if args.out != "-":
        photos = done - 1 - len(left_out)
        if format_.needs_photo_sharer:
            what = translate("cli", "GeoJSON and %n photos written to {path}", None, photos)
        else:
            what = translate("cli", "%n cameras written to {path}", None, done)
        print(what.format(path=args.out), file=sys.stderr)
    unnamed = tally.unnamed_photos if format_.names_shared_photos else 0
    if unnamed:  # counted in survey:photo_count, but no name: the original's would betray her
        said = translate(
            "cli",
            "%n photos not named in survey:photos: they have no shared copy yet (the next "
            "sync makes them; the zip makes its own)",
            None,
            unnamed,
        )
        print(said, file=sys.stderr)
    if left_out:
        count = len(left_out)
        said = translate("cli", "left out (%n; the zip's README.txt names them too):", None, count)
        print(said, file=sys.stderr)
        for line in left_out:
            print(f"  {line}", file=sys.stderr)
    return 0
