"""`surveyapp known [--json]`, `known import FILE [--source NAME]`, `known clear [--source]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from surveyapp.cli.common import ProgressBar, UsageError, dump_json, with_database
from surveyapp.db.database import Database
from surveyapp.i18n import translate
from surveyapp.known.layer import (
    KnownProgress,
    clear_known,
    import_known,
    known_cameras,
    known_sources,
)
from surveyapp.known.reader import KnownFileError


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the known-cameras commands."""
    p = commands.add_parser(
        "known",
        help=translate("cli", "already-mapped cameras (OSM, Overpass, GeoJSON): a read-only layer"),
        description=translate(
            "cli",
            "Cameras others already mapped, shown on the map and used by the duplicate warnings. "
            "Without an action: list them.",
        ),
    )
    p.add_argument("--json", action="store_true")
    with_database(p, cmd_list)
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    load = actions.add_parser(
        "import",
        help=translate("cli", "import GeoJSON, OSM XML or Overpass JSON of {tag}").format(
            tag="man_made=surveillance"
        ),
        description=translate(
            "cli",
            "Import already-mapped cameras; importing the same source again updates its cameras "
            "in place. A bad file is refused whole.",
        ),
    )
    load.add_argument("file", type=Path)
    load.add_argument(
        "--source",
        help=translate(
            "cli", "name of the source (default: {osm} for OSM data, else the file name)"
        ).format(osm="osm"),
    )
    load.add_argument("--json", action="store_true")
    with_database(load, cmd_import)
    clear = actions.add_parser("clear", help=translate("cli", "remove the known cameras"))
    clear.add_argument("--source", help=translate("cli", "only this source's"))
    with_database(clear, cmd_clear)


def cmd_import(db: Database, args: argparse.Namespace) -> int:
    """Import a file in one transaction."""
    bar = ProgressBar(sys.stderr, translate("cli", "Importing"))
    last: KnownProgress | None = None
    try:
        with db.session() as session:
            for last in import_known(session, args.file, source=args.source):
                bar.update(last.done, last.total)
            session.commit()
    except KnownFileError as error:
        raise UsageError(
            translate("cli", "{file}: {reason}; nothing was imported").format(
                file=args.file, reason=error
            )
        ) from None
    finally:
        bar.finish()
    assert last is not None  # import_known always yields once
    result = {"source": last.source, "added": last.added, "updated": last.updated,
              "skipped": last.skipped}  # fmt: skip
    if args.json:
        dump_json(result)
    else:
        added = last.added
        print(
            translate(
                "cli",
                "%n known cameras added, {updated} updated (source {source}); "
                "{skipped} elements skipped (not cameras or no position)",
                None,
                added,
            ).format(updated=last.updated, source=last.source, skipped=last.skipped)
        )
    return 0


def cmd_clear(db: Database, args: argparse.Namespace) -> int:
    """Remove the known cameras (of one source, or all)."""
    with db.session() as session:
        removed = clear_known(session, args.source)
        session.commit()
    print(translate("cli", "%n known cameras removed", None, removed))
    return 0


def cmd_list(db: Database, args: argparse.Namespace) -> int:
    """List the layer."""
    with db.read_session() as session:
        cameras = known_cameras(session)
        sources = known_sources(session)
    if args.json:
        dump_json(
            [
                {"id": str(c.id), "source": c.source, "source_id": c.source_id,
                 "latitude": c.latitude, "longitude": c.longitude, "direction": c.direction,
                 "vendor": c.vendor, "camera:type": c.camera_type}
                for c in cameras
            ]
        )  # fmt: skip
        return 0
    for c in cameras:
        direction = c.direction and translate("cli", "direction {direction}").format(
            direction=c.direction
        )
        details = ", ".join(part for part in (c.vendor, c.camera_type, direction) if part)
        name = f"{c.source}:{c.source_id}"
        print(f"{name:24} {c.latitude:.6f},{c.longitude:.6f}  {details}")
    count = len(cameras)
    if sources:
        each = translate("cli", "{count} from {source}")
        summary = ", ".join(each.format(count=n, source=source) for source, n in sources.items())
        print(translate("cli", "%n known cameras ({sources})", None, count).format(sources=summary))
    else:
        print(translate("cli", "%n known cameras", None, count))
    return 0
