"""`surveyapp export FORMAT OUT`."""

from __future__ import annotations

import argparse
import sys

from surveyapp.cameras.vendor import covered_list
from surveyapp.cli.common import ProgressBar, output_file, with_database
from surveyapp.db.database import Database
from surveyapp.export.geojson import write_geojson


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the export command."""
    p = commands.add_parser("export", help="export the survey")
    p.add_argument("format", choices=["geojson"])
    p.add_argument("out", help="output file, or - for stdout")
    with_database(p, cmd_export)


def cmd_export(db: Database, args: argparse.Namespace) -> int:
    """Write the survey's located cameras to a file (or stdout)."""
    bar = ProgressBar(sys.stderr, "Exporting")
    count = 0
    with db.session() as session, output_file(args.out) as out:
        for count in write_geojson(session, out, covered_list):
            bar.update(count, count)
    bar.finish()
    if args.out != "-":
        print(f"{count} cameras written to {args.out}", file=sys.stderr)
    return 0
