"""The command line: the same operations as the desktop app, without a window.

Each module here adds its subcommands with ``register``; ``main`` opens the database for the
commands that need it and turns expected failures into one-line errors.

A command in ``LIGHT_COMMANDS`` gets a parser with only its own module: the other modules load
SQLAlchemy and the models, which such a command does not need (an export of 100,000 cameras
spends less time than that loading took).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import NoReturn
from warnings import filterwarnings  # (``warnings`` is our command module)

from surveyapp import __version__
from surveyapp.cameras.fields import FieldError
from surveyapp.cli.common import UsageError, error_line
from surveyapp.db.database import default_database_path, open_database
from surveyapp.db.failures import SurveyDatabaseError, explain
from surveyapp.db.migrate import DatabaseTooNewError
from surveyapp.i18n import speak_argparse, system_reason, translate

COMMAND_MODULES = (
    "photos", "cameras", "undo", "export", "geotag", "vendors", "warnings", "known", "server",
    "sync", "survey", "backups",
)  # fmt: skip
# Commands whose module is the only one they need (by command name: the module's name).
LIGHT_COMMANDS = frozenset({"export"})


def _module(name: str) -> ModuleType:
    return importlib.import_module(f"surveyapp.cli.{name}")


def light_command(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names when it is one of ``LIGHT_COMMANDS``, else None (then the
    whole command line is built: for help, the version, an unknown option or any other
    command)."""
    index = 0
    while index < len(argv):
        argument = argv[index]
        if argument == "--db":
            index += 2
            continue
        if argument.startswith("--db="):
            index += 1
            continue
        return argument if argument in LIGHT_COMMANDS else None
    return None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with ``only`` (one of ``LIGHT_COMMANDS``), its options and that
    command alone."""
    speak_argparse()
    parser = argparse.ArgumentParser(
        prog="surveyapp",
        description=translate("cli", "Map surveillance cameras from your photos."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"SurveyApp {__version__}",
        help=translate("cli", "show the version and exit"),
    )
    parser.add_argument(
        "--db",
        type=Path,
        help=translate("cli", "survey database file (default: $SURVEYAPP_DB or {path})").format(
            path=default_database_path()
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES if only is None else (only,):
        _module(name).register(commands)
    return parser


def run(args: argparse.Namespace) -> int:
    """Run the parsed command; expected failures raise, main() reports them."""
    if args.command is None:  # the desktop app is surveyapp.app's; here, say what there is
        build_parser().print_help()
        return 0
    if not args.needs_db:
        return int(args.handler(args))
    db = open_database(args.db)
    try:
        return int(args.handler(db, args))
    finally:
        db.close()


def token_as_one_argument(argv: list[str]) -> list[str]:
    """``--token VALUE`` as ``--token=VALUE``: a token issued before tokens had a prefix may
    start with "-", which argparse would take for an option. A token on the command line is
    visible to every user of the machine (``ps``): say so, once."""
    joined: list[str] = []
    index = 0
    while index < len(argv):
        argument = argv[index]
        if argument == "--token" and index + 1 < len(argv):
            joined.append(f"--token={argv[index + 1]}")
            index += 2
        else:
            joined.append(argument)
            index += 1
        if joined[-1].startswith("--token="):
            # Who asked for the keyring already is told what it brings, not to ask for it.
            if "--save-token" in argv:
                warning = translate(
                    "cli",
                    "warning: a token on the command line is visible to other users of this "
                    "machine; once --save-token has kept it in the keyring, the next runs need "
                    "no --token",
                )
            else:
                warning = translate(
                    "cli",
                    "warning: a token on the command line is visible to other users of this "
                    "machine; prefer $SURVEYAPP_TOKEN or --save-token (the keyring)",
                )
            print(warning, file=sys.stderr)
    return joined


INTERRUPTED = 130  # the exit status after Ctrl-C, as shells give it


def leave(status: int) -> NoReturn:
    """End the process with ``status``, as a command's own process ends (``python -m
    surveyapp.cli``, the ``surveyapp`` command), never inside a caller's.

    After Ctrl-C the command has said its line and stored what it kept; Python's teardown that
    would follow (a full garbage collection of every module: OpenCV's, SQLAlchemy's, Qt's...) is
    about 0.3 s of CPU, which on a busy machine took up to 17 s, and over 20 s, before the
    prompt came back. So an interrupted command flushes its output and ends at once, without it."""
    if status == INTERRUPTED:
        for stream in (sys.stdout, sys.stderr):
            # a closed pipe: nothing more can be said there
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
        os._exit(status)
    sys.exit(status)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    # Pillow warns of each damaged TIFF or EXIF tag it skips while decoding, with its own
    # source lines: on a terminal that reads like a crash. What a photo's metadata lacks is
    # said by SurveyApp's own reader, as the photo's warnings.
    filterwarnings("ignore", category=UserWarning, module=r"PIL\.")
    # A photo of 90 to 179 megapixels is read (above, it is refused as too large to open
    # safely, in SurveyApp's words): Pillow's "decompression bomb" warning is no news for it.
    filterwarnings("ignore", message="Image size .* could be decompression bomb", module=r"PIL\.")
    argv = token_as_one_argument(sys.argv[1:] if argv is None else list(argv))
    args = build_parser(light_command(argv)).parse_args(argv)
    try:
        return run(args)
    except _usage_errors() as error:
        print(error_line(error), file=sys.stderr)
        return 2
    except (LookupError, ValueError) as error:  # bad ids, coordinates out of range
        print(error_line(error), file=sys.stderr)
        return 2
    except BrokenPipeError:  # `surveyapp photos --json | head`
        return 0
    except KeyboardInterrupt:  # Ctrl-C: a transaction under way is rolled back as the survey
        # closes (``run``), a file being written is never put in place; `import` and `sync`
        # say what they kept themselves
        print(
            translate("cli", "interrupted: what the command had not finished was not saved"),
            file=sys.stderr,
        )
        return INTERRUPTED
    except SurveyDatabaseError as error:  # damaged, read-only, busy, unopenable
        print(error_line(error), file=sys.stderr)
        return 1
    except _database_errors() as error:
        if "full" in str(error).lower():
            print(
                translate(
                    "cli",
                    "error: the disk is full: the last step was not saved, everything before "
                    "it is intact. Free some space and run the command again.",
                ),
                file=sys.stderr,
            )
            return 1
        explained = explain(error, _survey_path(args)) if _uses_survey(args) else None
        if explained is None:
            raise
        print(error_line(explained), file=sys.stderr)
        return 1
    except OSError as error:  # a full disk, no permission
        print(error_line(f"{system_reason(error)}: {error.filename or ''}"), file=sys.stderr)
        return 1


def _usage_errors() -> tuple[type[BaseException], ...]:
    """The errors a command reports in one line with status 2 (the user asked for something
    that cannot be done as asked)."""
    return (
        UsageError,
        DatabaseTooNewError,
        FieldError,
        *_loaded("surveyapp.cameras.operations", "CameraNotFoundError"),
        *_loaded("surveyapp.cameras.permissions", "NotAllowedError"),
    )


def _database_errors() -> tuple[type[BaseException], ...]:
    return (sqlite3.Error, *_loaded("sqlalchemy.exc", "DBAPIError"))


def _loaded(module: str, name: str) -> tuple[type[BaseException], ...]:
    """The error class ``module.name`` when that module was loaded, else none: a light command
    never loads it, so it cannot have raised it."""
    loaded = sys.modules.get(module)
    return () if loaded is None else (getattr(loaded, name),)


def _uses_survey(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "needs_db", False)) or args.command == "restore-backup"


def _survey_path(args: argparse.Namespace) -> Path:
    return Path(args.db or default_database_path()).expanduser().resolve()
