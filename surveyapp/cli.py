"""The command line: the same operations as the desktop app, without a window.

surveyapp [--db PATH]                       open the desktop app
surveyapp [--db PATH] import [--json] PATH...
surveyapp [--db PATH] photos --json
surveyapp [--db PATH] cameras --json
surveyapp [--db PATH] camera set|move|merge|split|delete|fields ...
surveyapp [--db PATH] export geojson OUT
surveyapp vendors [--json] | vendors identify TEXT
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from surveyapp import __version__
from surveyapp.cameras import operations
from surveyapp.cameras.fields import FieldError, describe_fields
from surveyapp.cameras.vendor import covered_list
from surveyapp.db.database import Database, default_database_path, open_database
from surveyapp.db.migrate import DatabaseTooNewError
from surveyapp.db.models import Camera, Photo
from surveyapp.export.geojson import write_geojson
from surveyapp.export.records import camera_record, photo_record
from surveyapp.photos.importer import ImportSummary, import_photos
from surveyapp.vendors import identify as identify_vendor
from surveyapp.vendors import load_catalogue

COMMIT_EVERY = 50  # photos per transaction during an import: an interruption keeps the rest


class UsageError(Exception):
    """A command that cannot run as given; printed without a traceback, exit status 2."""


class ProgressBar:
    """A one-line progress bar on a terminal's stderr; silent when stderr is not a terminal."""

    def __init__(self, stream: TextIO, label: str) -> None:
        self.stream, self.label = stream, label
        self.enabled = stream.isatty()
        self._last = 0.0

    def update(self, done: int, total: int, detail: str = "") -> None:
        now = time.monotonic()
        if not self.enabled or (now - self._last < 0.1 and done < total):
            return
        self._last = now
        width = 30
        filled = width * done // total if total else width
        bar = "#" * filled + "." * (width - filled)
        self.stream.write(f"\r{self.label} [{bar}] {done}/{total} {detail[-40:]:40}")
        self.stream.flush()

    def finish(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


# ---------------------------------------------------------------------------------------------
# commands


def _dump(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_import(db: Database, args: argparse.Namespace) -> int:
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
                        bar.finish() if bar.enabled else None
                        print(f"error: {result.path}: {result.message}", file=sys.stderr)
                    bar.update(progress.done, progress.total, Path(result.path).name)
                if progress.done % COMMIT_EVERY == 0:
                    session.commit()
        except StopIteration as stop:
            summary = stop.value
        except KeyboardInterrupt:
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


def _camera_photos(session: Session) -> dict[Any, list[str]]:
    photos: dict[Any, list[str]] = {}
    query = (
        select(Photo.camera_id, Photo.sha256)
        .where(Photo.deleted.is_(False))
        .order_by(Photo.taken_sort, Photo.sha256)
    )
    for camera_id, sha256 in session.execute(query):
        photos.setdefault(camera_id, []).append(sha256)
    return photos


def cmd_photos(db: Database, args: argparse.Namespace) -> int:
    with db.session() as session:
        photos = session.scalars(
            select(Photo).where(Photo.deleted.is_(False)).order_by(Photo.taken_sort, Photo.sha256)
        )
        records = [photo_record(photo) for photo in photos]
    if args.json:
        _dump(records)
    else:
        for r in records:
            where = f"{r['latitude']:.6f},{r['longitude']:.6f}" if r["latitude"] else "no position"
            print(f"{r['sha256'][:12]}  {r['taken_at'] or '-':25}  {where:22}  {r['file_name']}")
    return 0


def cmd_cameras(db: Database, args: argparse.Namespace) -> int:
    with db.session() as session:
        photos = _camera_photos(session)
        cameras = session.scalars(
            select(Camera).where(Camera.deleted.is_(False)).order_by(Camera.created_at, Camera.id)
        )
        records = [
            camera_record(
                c, photos.get(c.id, []), covered_list(c.vendor_slug, c.manufacturer, c.brand)
            )
            for c in cameras
        ]
    if args.json:
        _dump(records)
    else:
        for r in records:
            where = f"{r['latitude']:.6f},{r['longitude']:.6f}" if r["latitude"] else "no position"
            vendor = r["manufacturer"] or r["brand"] or "vendor unknown"
            print(f"{r['id']}  {where:22}  {len(r['photos'])} photos  {vendor}")
    return 0


def _parse_assignments(items: Sequence[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"'{item}' is not key=value (e.g. camera:type=dome)")
        values[key.strip()] = value
    return values


def cmd_camera(db: Database, args: argparse.Namespace) -> int:
    if args.action == "fields":
        print(describe_fields())
        return 0
    with db.session() as session:
        if args.action == "set":
            camera = operations.set_fields(session, args.id, _parse_assignments(args.values))
        elif args.action == "move":
            camera = operations.move_camera(session, args.id, args.latitude, args.longitude)
        elif args.action == "merge":
            camera = operations.merge_cameras(session, args.ids)
        elif args.action == "split":
            camera = operations.split_photos(session, args.photos)
        elif args.action == "delete":
            camera = operations.delete_camera(session, args.id)
        else:  # pragma: no cover - argparse refuses other actions
            raise UsageError(f"unknown action {args.action}")
        session.commit()
        print(camera.id)
    return 0


@contextlib.contextmanager
def _output(target: str) -> Iterator[TextIO]:
    if target == "-":
        yield sys.stdout
        return
    # Written beside the target and renamed at the end: a failed export never leaves half a
    # file where the last good one was.
    path = Path(target)
    if not path.parent.is_dir():
        raise UsageError(f"no such folder: {path.parent}")
    temporary = path.with_name(f".{path.name}.partial")
    try:
        with open(temporary, "w", encoding="utf-8", newline="\n") as out:
            yield out
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)


def cmd_export(db: Database, args: argparse.Namespace) -> int:
    bar = ProgressBar(sys.stderr, "Exporting")
    count = 0
    with db.session() as session, _output(args.out) as out:
        for count in write_geojson(session, out, covered_list):
            bar.update(count, count)
    bar.finish()
    if args.out != "-":
        print(f"{count} cameras written to {args.out}", file=sys.stderr)
    return 0


def cmd_vendors(args: argparse.Namespace) -> int:
    catalogue = load_catalogue()
    if args.action == "identify":
        suggestions = identify_vendor(" ".join(args.text), catalogue)
        if args.json:
            _dump(
                [
                    {
                        "vendor": s.vendor.slug,
                        "name": s.vendor.name,
                        "covered_list": s.vendor.covered,
                        "brand": s.brand,
                        "score": s.score,
                        "reasons": list(s.reasons),
                    }
                    for s in suggestions
                ]
            )
            return 0
        if not suggestions:
            print("no vendor recognised (vendor unknown is a valid answer)")
            return 0
        for s in suggestions:
            covered = "  FCC Covered List" if s.vendor.covered else ""
            print(f"{s.vendor.name} ({s.vendor.slug}){covered}: {'; '.join(s.reasons)}")
        return 0
    if args.json:
        _dump(
            [
                {
                    "slug": v.slug,
                    "name": v.name,
                    "brands": [b.name for b in v.brands],
                    "country": v.country,
                    "wikidata": v.wikidata,
                    "covered_list": v.covered,
                    "model_patterns": list(v.model_patterns),
                }
                for v in catalogue.vendors
            ]
        )
        return 0
    for v in catalogue.vendors:
        covered = "  FCC Covered List" if v.covered else ""
        brands = f" — brands: {', '.join(b.name for b in v.brands)}" if v.brands else ""
        print(f"{v.slug:16} {v.name} ({v.country or '?'}){covered}{brands}")
    return 0


def cmd_gui(db_path: Path | None) -> int:
    print(
        "The desktop app is not part of this version yet. Use the command line: surveyapp --help",
        file=sys.stderr,
    )
    return 0


# ---------------------------------------------------------------------------------------------
# parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="surveyapp", description="Map surveillance cameras from your photos."
    )
    parser.add_argument("--version", action="version", version=f"SurveyApp {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        help=f"survey database file (default: $SURVEYAPP_DB or {default_database_path()})",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = commands.add_parser("import", help="import photos (files or folders, recursive)")
    p.add_argument("--json", action="store_true", help="one JSON object per file on stdout")
    p.add_argument("paths", nargs="+", metavar="PATH")

    p = commands.add_parser("photos", help="list every photo")
    p.add_argument("--json", action="store_true", help="as a JSON array")

    p = commands.add_parser("cameras", help="list every camera")
    p.add_argument("--json", action="store_true", help="as a JSON array")

    camera = commands.add_parser("camera", help="edit a camera").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = camera.add_parser("set", help="set fields: camera:type=dome height=5 (empty clears)")
    p.add_argument("id", help="camera id (or a unique prefix)")
    p.add_argument("values", nargs="+", metavar="KEY=VALUE")
    p = camera.add_parser("move", help="place a camera by hand")
    p.add_argument("id")
    p.add_argument("latitude", type=float)
    p.add_argument("longitude", type=float)
    p = camera.add_parser("merge", help="merge cameras into the first one named")
    p.add_argument("ids", nargs="+", metavar="ID")
    p = camera.add_parser("split", help="move photos (id or sha256) into a new camera")
    p.add_argument("photos", nargs="+", metavar="PHOTO")
    p = camera.add_parser("delete", help="delete a camera")
    p.add_argument("id")
    camera.add_parser("fields", help="list the fields and their allowed values")

    p = commands.add_parser("export", help="export the survey")
    p.add_argument("format", choices=["geojson"])
    p.add_argument("out", help="output file, or - for stdout")

    p = commands.add_parser("vendors", help="the vendor catalogue")
    p.add_argument("--json", action="store_true")
    p.add_argument("action", nargs="?", choices=["identify"])
    p.add_argument("text", nargs="*", help="model number or label text to identify")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "vendors":
            if args.action == "identify" and not args.text:
                raise UsageError("vendors identify needs a model number or label text")
            return cmd_vendors(args)
        if args.command is None:
            return cmd_gui(args.db)
        db = open_database(args.db)
        try:
            handler = {
                "import": cmd_import,
                "photos": cmd_photos,
                "cameras": cmd_cameras,
                "camera": cmd_camera,
                "export": cmd_export,
            }[args.command]
            return handler(db, args)
        finally:
            db.close()
    except DatabaseTooNewError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except (UsageError, FieldError, operations.CameraNotFoundError, LookupError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except OSError as error:  # a folder that does not exist, a full disk, no permission
        print(f"error: {error.strerror or error}: {error.filename or ''}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
