"""`surveyapp warnings [--json]`: likely duplicates, already-mapped cameras, missing data and
originals."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from typing import TYPE_CHECKING

import orjson

from surveyapp.cli.common import with_database
from surveyapp.db.database import Database
from surveyapp.i18n import translate

if TYPE_CHECKING:  # NumPy (the warnings' grid) loads only for this command, not at every start
    from surveyapp.cameras.warnings import SurveyWarning


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the warnings command."""
    p = commands.add_parser(
        "warnings",
        help=translate(
            "cli",
            "what to check: likely duplicates, cameras already in OSM, missing data and originals",
        ),
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "as a JSON array"))
    with_database(p, cmd_warnings)


def warning_record(warning: SurveyWarning) -> dict[str, object]:
    """One warning for JSON (orjson writes the UUIDs as text)."""
    return {
        "kind": warning.kind,
        "message": warning.message,
        "camera_ids": warning.camera_ids,
        "photo_ids": warning.photo_ids,
        "known_ids": warning.known_ids,
        "camera_names": warning.names,
        "distance_m": None if warning.distance_m is None else round(warning.distance_m, 1),
    }


def cmd_warnings(db: Database, args: argparse.Namespace) -> int:
    """Print every warning (one a line, or a JSON array)."""
    from surveyapp.cameras.warnings import survey_warnings

    with db.read_session() as session:
        warnings = survey_warnings(session, db.library)
    if args.json:
        # orjson: a survey of 100,000 cameras can have as many warnings; json.dump with
        # indentation would take seconds.
        records = [warning_record(w) for w in warnings]
        sys.stdout.buffer.write(orjson.dumps(records, option=orjson.OPT_INDENT_2) + b"\n")
        return 0
    if not warnings:
        print(translate("cli", "no warnings"))
        return 0
    for warning in warnings:
        # The cameras by name in the sentence, by id (as `camera merge` takes them) after it.
        ids = " ".join(str(camera_id)[:8] for camera_id in warning.camera_ids)
        print(f"{warning.kind:16} {warning.message}" + (f"  [{ids}]" if ids else ""))
    counts = Counter(w.kind for w in warnings)
    print(", ".join(f"{n} {kind}" for kind, n in counts.items()))
    return 0
