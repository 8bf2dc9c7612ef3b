"""`surveyapp cameras` and `surveyapp camera set|move|merge|split|delete|fields`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from surveyapp.cameras import history
from surveyapp.cameras.fields import describe_fields
from surveyapp.cameras.history import CLI
from surveyapp.cameras.operations import FAR_APART_M, merge_spread_m
from surveyapp.cameras.review import REVIEW_STATES, set_review, unplaced_verified
from surveyapp.cameras.vendor import covered_list
from surveyapp.cli.common import (
    UsageError,
    dump_json,
    position_text,
    with_database,
    without_database,
)
from surveyapp.cli.vendors import model_hint
from surveyapp.db.database import Database
from surveyapp.db.models import Camera, Photo
from surveyapp.db.outbox import refused_ids, waiting_ids
from surveyapp.export.records import camera_record
from surveyapp.i18n import decimal, translate


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the camera commands."""
    p = commands.add_parser("cameras", help=translate("cli", "list every camera"))
    p.add_argument("--json", action="store_true", help=translate("cli", "as a JSON array"))
    with_database(p, cmd_cameras)

    camera = commands.add_parser("camera", help=translate("cli", "edit a camera")).add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = camera.add_parser(
        "set", help=translate("cli", "set fields: camera:type=dome height=5 (empty clears)")
    )
    p.add_argument("id", help=translate("cli", "camera id (or a unique prefix)"))
    p.add_argument("values", nargs="+", metavar="KEY=VALUE")
    with_database(p, cmd_set)
    p = camera.add_parser("move", help=translate("cli", "place a camera by hand"))
    p.add_argument("id")
    p.add_argument("latitude", type=float)
    p.add_argument("longitude", type=float)
    with_database(p, cmd_move)
    p = camera.add_parser("merge", help=translate("cli", "merge cameras into the first one named"))
    p.add_argument("ids", nargs="+", metavar="ID")
    with_database(p, cmd_merge)
    p = camera.add_parser(
        "split",
        help=translate(
            "cli",
            "move photos (id, sha256, or their first characters as `photos` lists them) "
            "into a new camera",
        ),
    )
    p.add_argument("photos", nargs="+", metavar="PHOTO")
    with_database(p, cmd_split)
    p = camera.add_parser("delete", help=translate("cli", "delete a camera"))
    p.add_argument("id")
    with_database(p, cmd_delete)
    p = camera.add_parser(
        "review",
        help=translate(
            "cli", "set the team's review: verified, disputed, removed, unverified (reviewers)"
        ),
    )
    p.add_argument("state", choices=list(REVIEW_STATES))
    p.add_argument("ids", nargs="+", metavar="ID")
    with_database(p, cmd_review)
    p = camera.add_parser(
        "fields", help=translate("cli", "list the fields and their allowed values")
    )
    without_database(p, cmd_fields)


def cmd_fields(args: argparse.Namespace) -> int:
    """The editable fields and what each accepts."""
    print(describe_fields())
    return 0


def photos_by_camera(session: Session) -> dict[Any, list[str]]:
    """The sha256 of each camera's live photos, oldest first."""
    photos: dict[Any, list[str]] = {}
    query = (
        select(Photo.camera_id, Photo.sha256)
        .where(Photo.deleted.is_(False))
        .order_by(Photo.taken_sort, Photo.sha256)
    )
    for camera_id, sha256 in session.execute(query):
        photos.setdefault(camera_id, []).append(sha256)
    return photos


def cmd_cameras(db: Database, args: argparse.Namespace) -> int:
    """Every live camera, oldest first."""
    with db.read_session() as session:
        photos = photos_by_camera(session)
        cameras = list(
            session.scalars(
                select(Camera)
                .where(Camera.deleted.is_(False))
                .order_by(Camera.created_at, Camera.id)
            )
        )
        # "pending": not as the server has it, a change waiting or refused (as before)
        ids = [c.id for c in cameras]
        waiting = waiting_ids(session, ids) | refused_ids(session, ids)
        records = [
            camera_record(
                c,
                photos.get(c.id, []),
                covered_list(c.vendor_slug, c.manufacturer, c.brand),
                c.id in waiting,
            )
            for c in cameras
        ]
    if args.json:
        dump_json(records)
        return 0
    for r in records:
        vendor = r["manufacturer"] or r["brand"] or translate("cli", "vendor unknown")
        count = len(r["photos"])
        photos_text = translate("cli", "%n photos", None, count)
        print(f"{r['id']}  {position_text(r):22}  {photos_text}  {vendor}")
    return 0


def _assignments(items: Sequence[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UsageError(
                translate("cli", "'{item}' is not key=value (e.g. camera:type=dome)").format(
                    item=item
                )
            )
        values[key.strip()] = value
    return values


def _edit(db: Database, edit: Any, *args: Any) -> int:
    """Run one camera edit as one transaction (undoable with `surveyapp undo`) and print the
    camera's id."""
    with db.session() as session:
        camera = edit(session, CLI, *args)
        session.commit()
        print(camera.id)
    return 0


def cmd_set(db: Database, args: argparse.Namespace) -> int:
    """Set fields; a model that looks like another vendor's gets a hint on stderr, never applied."""
    values = _assignments(args.values)
    with db.session() as session:
        camera = history.set_fields(session, CLI, args.id, values)
        session.commit()
        print(camera.id)
        hint = model_hint(camera.model, camera.vendor_slug) if "model" in values else None
    if hint:
        print(hint, file=sys.stderr)
    return 0


def cmd_move(db: Database, args: argparse.Namespace) -> int:
    return _edit(db, history.move_camera, args.id, args.latitude, args.longitude)


def cmd_merge(db: Database, args: argparse.Namespace) -> int:
    """Merge; cameras far apart are merged too, and the volunteer is told where it stands."""
    with db.session() as session:
        spread = merge_spread_m(session, args.ids)
    status = _edit(db, history.merge_cameras, args.ids)
    if spread is not None and spread > FAR_APART_M:
        distance = f"{decimal(spread / 1000, 1)} km" if spread >= 1000 else f"{spread:.0f} m"
        note = translate(
            "cli",
            "note: these cameras stood {distance} apart; the merged camera stands at their mean "
            "position (`surveyapp undo` takes the merge back)",
        )
        print(note.format(distance=distance), file=sys.stderr)
    return status


def cmd_split(db: Database, args: argparse.Namespace) -> int:
    return _edit(db, history.split_photos, args.photos)


def cmd_review(db: Database, args: argparse.Namespace) -> int:
    """Set the review state of cameras (one transaction); prints their ids."""
    with db.session() as session:
        cameras = set_review(session, args.ids, args.state)
        session.commit()
        for camera in cameras:
            print(camera.id)
        unplaced = unplaced_verified(cameras, args.state)
        if unplaced:
            print(unplaced, file=sys.stderr)
    return 0


def cmd_delete(db: Database, args: argparse.Namespace) -> int:
    return _edit(
        db, lambda session, origin, ref: history.delete_cameras(session, origin, [ref])[0], args.id
    )
