"""SurveyApp's entry point and composition root.

`surveyapp COMMAND ...` runs the command line (no Qt is loaded); `surveyapp` alone, and
`python main.py`, open the desktop app: paths → logging → database + migrations → Qt → window.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from surveyapp import cli


def open_desktop_app(argv: Sequence[str]) -> int:
    """Start the desktop app on the database that --db (or the default) names."""
    print(
        "The desktop app is not part of this version yet. Use the command line: surveyapp --help",
        file=sys.stderr,
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """`surveyapp [--db PATH] [COMMAND ...]`; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    args = cli.build_parser().parse_args(argv)
    if args.command is None:
        return open_desktop_app(argv)
    return cli.main(argv)
