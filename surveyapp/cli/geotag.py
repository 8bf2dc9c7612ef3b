"""`surveyapp geotag`: place photos without GPS from a GPS track or from their neighbours in time.

The plan (each device's clock offset and where it came from, each photo's new position and how
far it moves, or why it stays) is always printed first; ``--dry-run`` stops there. An applied
geotagging is undone with ``geotag --undo``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from surveyapp.cli.common import UsageError, with_database
from surveyapp.db import failures
from surveyapp.db.database import Database
from surveyapp.i18n import translate

if TYPE_CHECKING:
    from surveyapp.photos.geotag import GeotagPlan, GeotagResult
    from surveyapp.photos.gpstrack import Track


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the geotag command."""
    p = commands.add_parser(
        "geotag",
        help=translate(
            "cli", "place photos without GPS from a GPS track or from the photos taken around them"
        ),
    )
    p.add_argument(
        "--gpx",
        action="append",
        type=Path,
        metavar="TRACK.gpx",
        help=translate("cli", "a GPS logger's track (GPX 1.0 or 1.1); may be given several times"),
    )
    p.add_argument(
        "--offset",
        metavar="±HH:MM:SS",
        help=translate(
            "cli",
            "the camera clock's offset from UTC (its time zone, plus its error): "
            "for every photo given",
        ),
    )
    p.add_argument(
        "--time-zone",
        metavar="ZONE",
        help=translate(
            "cli", "time zone of photos without an offset (default: the survey's setting)"
        ),
    )
    p.add_argument(
        "--max-gap",
        type=float,
        default=None,
        metavar="S",
        help=translate(
            "cli", "refuse to place a photo between track points further apart (default 60 s)"
        ),
    )
    p.add_argument(
        "--check",
        metavar="PHOTO",
        help=translate(
            "cli",
            "clock check: this photo's true time (--at) or place (--place) sets the offset "
            "of every photo of its device",
        ),
    )
    p.add_argument(
        "--at",
        metavar="TIME",
        help=translate("cli", "the true time of the --check photo, e.g. 2026-05-04T10:00:00+02:00"),
    )
    p.add_argument(
        "--place",
        metavar="LAT,LON",
        help=translate("cli", "where the --check photo was taken (the track gives the time)"),
    )
    p.add_argument(
        "--from-neighbours",
        action="store_true",
        help=translate(
            "cli",
            "place photos from the same device's GPS photos taken just before and after",
        ),
    )
    p.add_argument(
        "--window",
        type=float,
        default=None,
        metavar="S",
        help=translate("cli", "with --from-neighbours: how close in time (default 120 s)"),
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli", "show what would change, change nothing"),
    )
    p.add_argument(
        "--undo",
        action="store_true",
        help=translate(
            "cli",
            "undo the latest geotagging, wherever it was applied (this command, the geotagging "
            "window of the app or a suggestion on the map), and say which one it was: when it "
            "was applied, from which track and how many photos",
        ),
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "print as JSON"))
    p.add_argument("refs", nargs="*", metavar="PHOTO|CAMERA")
    with_database(p, cmd_geotag)


MAX_SECONDS = 366 * 86_400  # a gap or a window longer than a year is a typing mistake


def _positive(value: float | None, name: str, default: float) -> float:
    if value is None:
        return default
    if not math.isfinite(value) or value <= 0:
        raise UsageError(
            translate("cli", "{option} must be a positive number of seconds").format(option=name)
        )
    if value > MAX_SECONDS:
        raise UsageError(
            translate("cli", "{option} must be at most {seconds} seconds (a year)").format(
                option=name, seconds=MAX_SECONDS
            )
        )
    return value


def _check_options(args: argparse.Namespace) -> None:
    modes = sum(bool(x) for x in (args.gpx, args.from_neighbours, args.undo))
    if modes != 1:
        raise UsageError(
            translate("cli", "give one of --gpx TRACK.gpx, --from-neighbours or --undo")
        )
    if args.check and not args.gpx and args.place:
        raise UsageError(translate("cli", "--place needs a track (--gpx)"))
    if args.check and bool(args.at) == bool(args.place):
        raise UsageError(translate("cli", "--check needs either --at TIME or --place LAT,LON"))
    if (args.at or args.place) and not args.check:
        raise UsageError(translate("cli", "--at and --place go with --check PHOTO"))
    if args.check and args.offset:
        raise UsageError(translate("cli", "give either --offset or --check, not both"))


def _true_time(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        value = None
    if value is None or value.tzinfo is None:
        raise UsageError(
            translate(
                "cli", "'{text}' is not a time with its offset, e.g. 2026-05-04T10:00:00+02:00"
            ).format(text=text)
        )
    try:  # year 1 at +14:00 or 9999 at -14:00 lies outside the calendar in UTC
        value.astimezone(UTC)
    except OverflowError:
        raise UsageError(
            translate("cli", "'{text}' lies outside the calendar SurveyApp knows").format(text=text)
        ) from None
    return value


def _place(text: str) -> tuple[float, float]:
    try:
        latitude, longitude = (float(part) for part in text.split(","))
    except ValueError:
        latitude = longitude = math.nan
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise UsageError(
            translate("cli", "'{text}' is not a place as LAT,LON, e.g. 44.8125,20.4612").format(
                text=text
            )
        )
    return latitude, longitude


def cmd_geotag(db: Database, args: argparse.Namespace) -> int:
    """Plan, print, and (unless --dry-run) apply a geotagging; or undo the last one."""
    from surveyapp.photos import geotag
    from surveyapp.photos.clock import format_offset, parse_offset, time_zone
    from surveyapp.photos.gpstrack import DEFAULT_MAX_GAP_S, TrackError, merge_tracks

    _check_options(args)
    if (args.undo or not args.dry_run) and db.read_only:
        raise failures.read_only(db.path)
    if args.undo:
        with db.session() as session, session.begin():
            undone = geotag.undo_last(session)
        _print_undo(undone, args.json)
        return 0
    offset = parse_offset(args.offset) if args.offset else None
    if args.time_zone:
        time_zone(args.time_zone)  # refused here, before any work
    with db.session() as session:
        if args.from_neighbours:
            window = _positive(args.window, "--window", geotag.DEFAULT_NEIGHBOUR_WINDOW_S)
            plan = geotag.plan_from_neighbours(session, args.refs, window=window)
            checked: dict[str, int] = {}
        else:
            try:
                track = merge_tracks([_read_track(path) for path in args.gpx])
            except TrackError as error:
                raise UsageError(str(error)) from None
            max_gap = _positive(args.max_gap, "--max-gap", DEFAULT_MAX_GAP_S)
            checked = {}
            if args.check:
                photos = geotag.select_photos(session, [args.check])
                if len(photos) != 1:
                    raise UsageError(
                        translate("cli", "--check names one photo, not a camera of several")
                    )
                if args.at:
                    device, value = geotag.check_clock_by_time(photos[0], _true_time(args.at))
                else:
                    device, value = geotag.check_clock_by_place(
                        photos[0], track, *_place(args.place)
                    )
                checked[device] = value
            plan = geotag.plan_from_track(
                session,
                track,
                args.refs,
                offset=offset,
                checked=checked,
                max_gap=max_gap,
                zone=args.time_zone,
            )
        result: GeotagResult | None = None
        if not args.dry_run and plan.placed:
            result = geotag.apply_plan(session, plan)
            session.commit()
    if args.json:
        _print_json(plan, result, checked)
    else:
        _print_plan(plan, result, checked, format_offset, args.dry_run)
    return 0


def _read_track(path: Path) -> Track:
    """A track, said on a terminal first: a week's logger file takes seconds to read."""
    from surveyapp.photos.gpstrack import read_gpx

    if sys.stderr.isatty():
        print(translate("cli", "reading the track {name}…").format(name=path.name), file=sys.stderr)
    return read_gpx(path)


def _when(value: datetime | None) -> str:
    return "-" if value is None else value.isoformat(sep=" ", timespec="seconds")


def _print_plan(
    plan: GeotagPlan,
    result: GeotagResult | None,
    checked: dict[str, int],
    format_offset: Any,
    dry_run: bool,
) -> None:
    out = sys.stdout
    if plan.source == "gpx" and plan.zone and plan.track_start and plan.track_end:
        # In the photos' time zone, as their times are shown: a track of another day, or hours
        # off, is seen at once.
        from surveyapp.photos.clock import time_zone

        zone = time_zone(plan.zone)
        print(
            translate("cli", "track {name}: {start} to {end} ({zone})").format(
                name=plan.description or "GPX",
                start=_when(plan.track_start.astimezone(zone)),
                end=_when(plan.track_end.astimezone(zone)),
                zone=plan.zone,
            ),
            file=out,
        )
    elif plan.source == "gpx":
        print(
            translate("cli", "track {name}: {start} to {end} (UTC)").format(
                name=plan.description or "GPX",
                start=_when(plan.track_start),
                end=_when(plan.track_end),
            ),
            file=out,
        )
    for device, value in checked.items():
        print(
            translate("cli", "clock check: {device} runs at {offset} from UTC").format(
                device=device, offset=format_offset(value)
            ),
            file=out,
        )
    if plan.offsets:
        print(translate("cli", "clock offsets (wall clock minus UTC):"), file=out)
    from surveyapp.photos.clock import source_label

    for item in plan.offsets:
        offset = "?" if item.offset is None else format_offset(item.offset)
        count = item.photos
        print(
            "  "
            + translate("cli", "{device}: {offset} from {source}, %n photos", None, count).format(
                device=item.device, offset=offset, source=source_label(item.source)
            ),
            file=out,
        )
    for doubt in plan.clock_doubts:
        print("  ! " + doubt.message(), file=out)
    if plan.clock_doubts:
        print(
            "    "
            + translate(
                "cli",
                "give the right offset (--offset), or check the clock by a photo's place (--check"
                " PHOTO --place LAT,LON)",
            ),
            file=out,
        )
    for p in plan.placed:
        moved = (
            translate("cli", "new position")
            if p.moved is None
            else translate("cli", "moved {metres} m").format(metres=f"{p.moved:.0f}")
        )
        accuracy = translate("cli", "±{metres} m").format(metres=f"{p.accuracy or 0:.0f}")
        print(
            f"  {p.file_name[:40]:40}  {_when(p.taken_local):19}  "
            f"{p.latitude:.6f},{p.longitude:.6f}  {accuracy}  {moved}",
            file=out,
        )
    for p in plan.refused:
        print(f"  {p.file_name[:40]:40}  {_when(p.taken_local):19}  {p.refused}", file=out)
    placed, refused = len(plan.placed), len(plan.refused)
    summary = translate("cli", "%n photos can be placed", None, placed)
    print(
        translate("cli", "{placed}; {refused}").format(
            placed=summary, refused=translate("cli", "%n cannot", None, refused)
        ),
        file=out,
    )
    in_by_hand = len(plan.in_cameras_by_hand)
    if in_by_hand:
        print(
            translate(
                "cli",
                "%n photos are in cameras placed by hand: the photos get their new position, the"
                " cameras keep their place",
                None,
                in_by_hand,
            ),
            file=out,
        )
    for kept in plan.times_as_written:
        print(kept.message(), file=out)
    if dry_run:
        print(translate("cli", "dry run: nothing was changed"), file=out)
    elif result is not None:
        photos, merged = result.photos, result.merged
        print(translate("cli", "%n photos geotagged", None, photos), file=out)
        if merged:
            print(translate("cli", "%n cameras joined a camera nearby", None, merged), file=out)
        _print_kept_by_hand(plan, result)
        print(translate("cli", "to undo: surveyapp geotag --undo"), file=out)


def _print_kept_by_hand(plan: GeotagPlan, result: GeotagResult) -> None:
    """The cameras placed by hand that kept their place, each with its photos this placed."""
    kept = len(result.kept_by_hand)
    if not kept:
        return
    print(
        translate(
            "cli",
            "%n cameras placed by hand kept their place (their photos were geotagged all the"
            " same):",
            None,
            kept,
        )
    )
    for camera in result.kept_by_hand:
        names = [p.file_name for p in plan.placed if p.camera_id == camera]
        print(f"  {camera}: {', '.join(names)}" if names else f"  {camera}")


def _print_json(plan: GeotagPlan, result: GeotagResult | None, checked: dict[str, int]) -> None:
    record = {
        "source": plan.source,
        "applied": result is not None,
        "run_id": None if result is None else result.run_id,
        "merged": 0 if result is None else result.merged,
        # Placed by hand: their photos get a position, they keep theirs (once applied: those
        # that did; before: those that would).
        "cameras_kept_by_hand": list(
            plan.cameras_by_hand if result is None else result.kept_by_hand
        ),
        "track_start": None if plan.track_start is None else plan.track_start.isoformat(),
        "track_end": None if plan.track_end is None else plan.track_end.isoformat(),
        "clock_checks": checked,
        "offsets": [
            {"device": o.device, "offset_seconds": o.offset, "source": o.source, "photos": o.photos}
            for o in plan.offsets
        ],
        # Devices whose own GPS photos lie far from the track at their time: a clock set wrong.
        "clock_doubts": [
            {
                "device": d.device,
                "offset_seconds": d.offset,
                "photos": d.photos,
                "metres": round(d.metres, 1),
                "their_offset_seconds": d.their_offset,
            }
            for d in plan.clock_doubts
        ],
        # Photos placed at an offset their own times contradict: their times stay as written.
        "times_as_written": [
            {
                "device": t.device,
                "offset_seconds": t.offset,
                "written_offset_seconds": t.written,
                "photos": t.photos,
            }
            for t in plan.times_as_written
        ],
        "photos": [
            {
                "id": p.photo_id,
                "sha256": p.sha256,
                "file_name": p.file_name,
                "taken_local": None if p.taken_local is None else p.taken_local.isoformat(),
                "taken_utc": None if p.taken_utc is None else p.taken_utc.isoformat(),
                "offset_seconds": p.offset,
                "offset_source": p.offset_source,
                "latitude": p.latitude,
                "longitude": p.longitude,
                "altitude": p.altitude,
                "accuracy_m": p.accuracy,
                "moved_m": p.moved,
                "refused": p.refused,
            }
            for p in plan.placements
        ],
    }
    json.dump(record, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _print_undo(result: GeotagResult, as_json: bool) -> None:
    """Which geotagging was taken back (it may have been applied anywhere: a window of the app, the
    map, another terminal), then what was put back."""
    undone = result.undone
    assert undone is not None
    if as_json:
        record = {
            "undone": result.run_id,
            "applied_at": undone.applied_at.isoformat(),
            "source": undone.source,
            "track": undone.track or None,
            "placed": undone.placed,
            "photos": result.photos,
            "kept": list(result.kept),
        }
        json.dump(record, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return
    # In the local time of this computer, with its offset: clear wherever she reads it.
    when = undone.applied_at.astimezone().isoformat(sep=" ", timespec="seconds")
    placed, photos = undone.placed, result.photos  # names: lupdate reads no dotted count
    if undone.source == "gpx":
        said = translate(
            "cli",
            "undone: the geotagging of %n photos from the track {track}, applied {when}",
            None,
            placed,
        ).format(track=undone.track or "GPX", when=when)
    else:
        said = translate(
            "cli",
            "undone: the geotagging of %n photos from the photos taken just before and after, "
            "applied {when}",
            None,
            placed,
        ).format(when=when)
    print(said)
    print(translate("cli", "%n photos back where they were", None, photos))
    for text in result.kept:
        print(text)
