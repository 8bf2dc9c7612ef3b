"""`surveyapp server run | add-user | set-role | revoke-token | new-token | list-users`: the
sync server.

The same commands are `surveyapp-server run | ...`, the script of a server installed without the
desktop app (the `surveyapp-server` distribution in server/): this module imports nothing of the
laptop's.
"""

from __future__ import annotations

import argparse
import logging.config
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from surveyapp import __version__
from surveyapp.i18n import LANGUAGES, speak_argparse, translate

if TYPE_CHECKING:
    from surveyapp.server.database import ServerDatabase

ROLES = ("volunteer", "reviewer", "admin")


class UsageError(Exception):
    """A command that cannot run as given; printed without a traceback, exit status 2."""


def without_database(
    parser: argparse.ArgumentParser, handler: Callable[[argparse.Namespace], int]
) -> None:
    """Run ``handler`` without opening a survey database (the server opens its own)."""
    parser.set_defaults(handler=handler, needs_db=False)


def _database_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database-url",
        help=translate(
            "cli",
            "SQLAlchemy URL: {sqlite} or {postgresql} (default: {variable} or {file_name} in the "
            "per-user data folder)",
        ).format(
            sqlite="sqlite:///PATH",
            postgresql="postgresql+psycopg://USER@HOST/DB",
            variable="$SURVEYAPP_SERVER_DB",
            file_name="server.sqlite",
        ),
    )


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the server commands."""
    server = commands.add_parser(
        "server", help=translate("cli", "run and administer the team's sync server")
    )
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    _register_actions(actions)


def _register_actions(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """run, add-user, set-role, revoke-token, new-token, list-users."""
    run = actions.add_parser("run", help=translate("cli", "serve the sync API (OpenAPI at /docs)"))
    run.add_argument(
        "--host",
        default="127.0.0.1",
        help=translate("cli", "address to listen on (default {host})").format(host="127.0.0.1"),
    )
    run.add_argument(
        "--port",
        type=int,
        default=8000,
        help=translate("cli", "port (default {port})").format(port=8000),
    )
    _database_option(run)
    run.add_argument(
        "--storage",
        type=Path,
        help=translate(
            "cli",
            "folder for photo blobs (default: beside the database, or {folder} in the per-user "
            "data folder)",
        ).format(folder="server-blobs"),
    )
    run.add_argument(
        "--max-blob-mb",
        type=float,
        help=translate("cli", "largest photo accepted, in MB (default {size})").format(size=50),
    )
    run.add_argument(
        "--retract-after-hours",
        type=float,
        default=24.0,
        help=translate(
            "cli",
            "delete a shared photo copy this many hours after no photo names it (default 24)",
        ),
    )
    run.add_argument(
        "--workers",
        type=int,
        default=1,
        help=translate(
            "cli", "server processes sharing the port (PostgreSQL only; default {count})"
        ).format(count=1),
    )
    run.add_argument(
        "--rate-limit",
        type=float,
        default=50.0,
        help=translate(
            "cli",
            "requests a second one token may make, in each process; 0: no limit (default {rate})",
        ).format(rate=50),
    )
    public = run.add_argument_group(translate("cli", "the public map at /"))
    public.add_argument("--title", default=None, help=translate("cli", "the public page's title"))
    public.add_argument(
        "--public-language",
        choices=sorted(LANGUAGES),
        default="",
        help=translate(
            "cli",
            "the public page's language (default: each visitor's browser's, else English)",
        ),
    )
    public.add_argument(
        "--about", default=None, help=translate("cli", "the public page's about text")
    )
    public.add_argument(
        "--tile-url",
        default="",
        help=translate(
            "cli",
            "the background map's tiles, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png "
            "(default: none, the cameras alone)",
        ),
    )
    public.add_argument(
        "--tile-attribution", default="", help=translate("cli", "the tiles' attribution text")
    )
    public.add_argument(
        "--verify-by-two-volunteers",
        action="store_true",
        help=translate(
            "cli",
            "publish a camera that two volunteers photographed even before a reviewer looked "
            "(never one a reviewer disputed or removed)",
        ),
    )
    public.add_argument(
        "--streets",
        action="append",
        default=[],
        metavar="PATH",
        help=translate(
            "cli",
            "an offline map area (a .basemap.sqlite file the desktop app made from an OSM "
            "extract, or a folder of them) that names each published camera's street and "
            "district; may be repeated",
        ),
    )
    without_database(run, cmd_run)

    add = actions.add_parser(
        "add-user", help=translate("cli", "add a user; prints their token (shown only once)")
    )
    add.add_argument(
        "name", help=translate("cli", "a pseudonym (the server stores nothing else about them)")
    )
    add.add_argument("--role", choices=ROLES, default="volunteer")
    _database_option(add)
    without_database(add, cmd_add_user)

    role = actions.add_parser(
        "set-role",
        help=translate("cli", "give a user another role (the running server acts on it at once)"),
    )
    role.add_argument("name")
    role.add_argument("role", choices=ROLES)
    _database_option(role)
    without_database(role, cmd_set_role)

    revoke = actions.add_parser("revoke-token", help=translate("cli", "revoke a user's token"))
    revoke.add_argument("name")
    _database_option(revoke)
    without_database(revoke, cmd_revoke)

    renew = actions.add_parser(
        "new-token",
        help=translate(
            "cli", "give a user a new token in place of their old one (shown only once)"
        ),
    )
    renew.add_argument("name")
    _database_option(renew)
    without_database(renew, cmd_new_token)

    users = actions.add_parser(
        "list-users", help=translate("cli", "the users, their roles, revoked tokens")
    )
    _database_option(users)
    without_database(users, cmd_list_users)


def _open(url: str | None, *, say_upgrade: bool = True) -> ServerDatabase:
    """The server's database (migrated), imported late: `surveyapp --help` stays quick. An
    older release's database is upgraded, and said on stderr (``run`` says it in its log)."""
    from sqlalchemy.exc import ArgumentError, DBAPIError

    from surveyapp.server.database import SCHEMA_HEAD, ServerDatabase, default_database_url

    url = url or default_database_url()
    try:
        database = ServerDatabase(url)
    except ImportError as error:  # a driver the server does not install (psycopg2, MySQLdb)
        raise UsageError(
            translate(
                "cli",
                "cannot open the server database: its driver {driver} is not installed; "
                "write postgresql+psycopg://USER@HOST/DB or sqlite:///PATH",
            ).format(driver=error.name or error)
        ) from None
    except (ArgumentError, DBAPIError) as error:  # a typo in the URL, a server not running
        reason = getattr(error, "orig", None) or error
        first_line = str(reason).strip().splitlines()[0] if str(reason).strip() else repr(reason)
        raise UsageError(
            translate("cli", "cannot open the server database: {reason}").format(reason=first_line)
        ) from None
    if database.upgraded_from and say_upgrade:
        print(
            translate("cli", "upgraded the server database's schema from {old} to {new}").format(
                old=database.upgraded_from, new=SCHEMA_HEAD
            ),
            file=sys.stderr,
        )
    return database


def default_storage(url: str) -> Path:
    """Blobs beside a SQLite database file; else server-blobs in the per-user data folder."""
    from surveyapp.server.database import default_database_url

    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        database = Path(url.removeprefix("sqlite:///"))
        return database.with_name(f"{database.stem}-blobs")
    return Path(default_database_url().removeprefix("sqlite:///")).with_name("server-blobs")


def cmd_run(args: argparse.Namespace) -> int:
    """Serve until interrupted."""
    from surveyapp.protocol.wire import DEFAULT_MAX_BLOB_BYTES
    from surveyapp.server.app import LOG_CONFIG, serve
    from surveyapp.server.database import default_database_url
    from surveyapp.server.settings import PublicSettings, ServerSettings, quota_from_environment

    if not 0 < args.port < 65536:
        raise UsageError(
            translate("cli", "{option} must be between {low} and {high}").format(
                option="--port", low=1, high=65535
            )
        )
    max_bytes = (
        DEFAULT_MAX_BLOB_BYTES if args.max_blob_mb is None else int(args.max_blob_mb * 2**20)
    )
    if max_bytes <= 0:
        raise UsageError(
            translate("cli", "{option} must be positive").format(option="--max-blob-mb")
        )
    url = args.database_url or default_database_url()
    logging.config.dictConfig(LOG_CONFIG)  # the log says if the database is upgraded
    _open(
        url, say_upgrade=False
    ).close()  # a clear error for a bad URL or an unreachable database; migrated
    storage = (args.storage or default_storage(url)).expanduser().resolve()
    storage.mkdir(parents=True, exist_ok=True)
    if not args.retract_after_hours >= 0:
        raise UsageError(
            translate("cli", "{option} must be positive").format(option="--retract-after-hours")
        )
    grace = timedelta(hours=args.retract_after_hours)
    if args.workers < 1:
        raise UsageError(translate("cli", "{option} must be positive").format(option="--workers"))
    if args.workers > 1 and url.startswith("sqlite"):
        raise UsageError(
            translate(
                "cli", "SQLite serves one process: use PostgreSQL for {option} above 1"
            ).format(option="--workers")
        )
    if not args.rate_limit >= 0:
        raise UsageError(
            translate("cli", "{option} must be positive").format(option="--rate-limit")
        )
    rate = args.rate_limit
    streets = [Path(path).expanduser().resolve() for path in args.streets]
    for path in streets:
        _check_streets(path)
    defaults = PublicSettings()
    public = PublicSettings(
        title=defaults.title if args.title is None else args.title,
        about=defaults.about if args.about is None else args.about,
        tile_url=args.tile_url,
        tile_attribution=args.tile_attribution,
        two_volunteers=args.verify_by_two_volunteers,
        streets=tuple(str(path) for path in streets),
        language=args.public_language,
    )
    settings = ServerSettings(
        url,
        storage,
        max_bytes,
        grace,
        public,
        rate_limit=rate,
        burst=max(1.0, rate * 5),
        quota_bytes=quota_from_environment(),
    )
    serve(settings, args.host, args.port, args.workers)
    return 0


def _check_streets(path: Path) -> None:
    """A clear error for a --streets path that names no offline map area."""
    from surveyapp.server.places import PlaceFinder

    finder = PlaceFinder([path]) if path.exists() else None
    try:
        if finder is None or not finder.areas:
            raise UsageError(
                translate(
                    "cli",
                    "{path} is no offline map area (a .basemap.sqlite file, or a folder of them)",
                ).format(path=path)
            )
    finally:
        if finder is not None:
            finder.close()


def cmd_add_user(args: argparse.Namespace) -> int:
    """Add a user and print the token alone on the last line."""
    from surveyapp.server.users import UserError, create_user

    database = _open(args.database_url)
    try:
        with database.session() as session:
            token = create_user(session=session, name=args.name, role=args.role)
    except UserError as error:
        raise UsageError(str(error)) from None
    finally:
        database.close()
    print(
        translate("cli", "Added {role} {name}. Their token (shown only this once):").format(
            role=args.role, name=repr(args.name.strip())
        ),
        file=sys.stderr,
    )
    print(token)
    return 0


def cmd_set_role(args: argparse.Namespace) -> int:
    """Change a user's role, and count again which shared copies their photos keep served (a
    reviewer's photos keep any; a volunteer's only those she sent): a copy no one may download
    any more starts its grace period now."""
    from surveyapp.server.retract import recount
    from surveyapp.server.users import UserError, set_role

    database = _open(args.database_url)
    try:
        with database.session() as session:
            was = set_role(session=session, name=args.name, role=args.role)
            session.flush()
            recount(session, datetime.now(UTC))
    except UserError as error:
        raise UsageError(str(error)) from None
    finally:
        database.close()
    if was == args.role:
        said = translate("cli", "{name} is a {role} already")
    else:
        said = translate("cli", "{name} is now a {role} (was a {was})")
    print(said.format(name=repr(args.name), role=args.role, was=was))
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    """Revoke a user's token."""
    from surveyapp.server.users import UserError, revoke_token

    database = _open(args.database_url)
    try:
        with database.session() as session:
            revoke_token(session=session, name=args.name)
    except UserError as error:
        raise UsageError(str(error)) from None
    finally:
        database.close()
    print(translate("cli", "revoked the token of {name}").format(name=repr(args.name)))
    return 0


def cmd_new_token(args: argparse.Namespace) -> int:
    """Replace a user's token and print the new one alone on the last line."""
    from surveyapp.server.users import UserError, new_token

    database = _open(args.database_url)
    try:
        with database.session() as session:
            token = new_token(session=session, name=args.name)
    except UserError as error:
        raise UsageError(str(error)) from None
    finally:
        database.close()
    print(
        translate(
            "cli", "New token of {name}; the old one no longer works (shown only this once):"
        ).format(name=repr(args.name)),
        file=sys.stderr,
    )
    print(token)
    return 0


def cmd_list_users(args: argparse.Namespace) -> int:
    """One line per user: name, role, and whether the token is revoked."""
    from surveyapp.server.users import list_users

    database = _open(args.database_url)
    try:
        with database.session() as session:
            users = list_users(session=session)
    finally:
        database.close()
    for user in users:
        state = "revoked" if user.revoked else "active"
        print(f"{user.name}\t{user.role}\t{state}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """`surveyapp-server ACTION ...`: the server's commands alone."""
    speak_argparse()
    parser = argparse.ArgumentParser(
        prog="surveyapp-server",
        description=translate("cli", "run and administer the team's sync server"),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"SurveyApp server {__version__}",
        help=translate("cli", "show the version and exit"),
    )
    actions = parser.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    _register_actions(actions)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """The `surveyapp-server` script; returns the exit status."""
    from sqlalchemy.exc import DBAPIError

    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except UsageError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except DBAPIError as error:
        print(f"error: {str(error.orig or error).strip().splitlines()[0]}", file=sys.stderr)
        return 1
    except OSError as error:  # a full disk, no permission
        print(f"error: {error.strerror or error}: {error.filename or ''}", file=sys.stderr)
        return 1
