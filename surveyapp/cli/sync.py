"""`surveyapp sync`: push, upload, pull; `sync status`; `sync fetch PHOTO`.

Exit status: 0 when everything is pushed and pulled; 1 when something is left (a refused item,
a photo that could not be sent, the server out of reach); 3 when the server refused the token
(the queue is kept); 2 for a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Set
from typing import TYPE_CHECKING, Any

from surveyapp.cli.common import ProgressBar, UsageError, dump_json, error_line, with_database
from surveyapp.db.database import Database
from surveyapp.i18n import QT_TRANSLATE_NOOP, translate
from surveyapp.photos import native

if TYPE_CHECKING:
    from surveyapp.db.models import Photo
    from surveyapp.sync.client import SyncError
    from surveyapp.sync.engine import SyncSummary

# httpx, pydantic and the sync client are imported by the sync commands only: every other
# command starts without them.

EXIT_INCOMPLETE = 1
EXIT_AUTH = 3


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the sync commands."""
    p = commands.add_parser(
        "sync",
        help=translate(
            "cli", "sync with the team's server (status: what is waiting; fetch: a photo)"
        ),
    )
    _server_options(p, argparse.SUPPRESS)
    p.add_argument(
        "--save-token",
        action="store_true",
        help=translate("cli", "keep the token in the OS keyring"),
    )
    p.add_argument(
        "--json", action="store_true", help=translate("cli", "print the run's summary as JSON")
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli", "show what would leave the laptop; no network"),
    )
    with_database(p, cmd_sync)
    actions = p.add_subparsers(dest="sync_action", metavar="ACTION")
    status = actions.add_parser(
        "status", help=translate("cli", "changes and photos waiting, recent runs")
    )
    status.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    with_database(status, cmd_status)
    discard = actions.add_parser(
        "discard",
        help=translate("cli", "drop changes the server refused and take the server's values back"),
    )
    which = discard.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "record", nargs="?", help=translate("cli", "the record's id (or a prefix of 4+ characters)")
    )
    which.add_argument("--all", action="store_true", help=translate("cli", "every refused change"))
    with_database(discard, cmd_discard)
    fetch = actions.add_parser(
        "fetch", help=translate("cli", "download someone else's photo into the library")
    )
    fetch.add_argument("photo", help=translate("cli", "photo id or sha256"))
    _server_options(fetch, argparse.SUPPRESS)
    with_database(fetch, cmd_fetch)


def _server_options(parser: argparse.ArgumentParser, default: Any) -> None:
    # SUPPRESS: given before or after the action, the value survives argparse's sub-parsers.
    parser.add_argument(
        "--server", metavar="URL", default=default, help=translate("cli", "the server's address")
    )
    parser.add_argument(
        "--token",
        default=default,
        help=translate("cli", "your token (else $SURVEYAPP_TOKEN, or the keyring)"),
    )


def _server(db: Database, args: argparse.Namespace) -> str:
    from surveyapp.sync.client import is_server_address
    from surveyapp.sync.status import known_servers

    server = getattr(args, "server", None)
    if server:
        if not is_server_address(server):
            raise UsageError(
                translate(
                    "cli", "'{server}' is not a server address (http://... or https://...)"
                ).format(server=server)
            )
        return str(server).rstrip("/")
    with db.read_session() as session:
        servers = known_servers(session)
    if len(servers) == 1:
        return servers[0]
    raise UsageError(translate("cli", "give the server: --server URL"))


def make_shareable(photo: Photo, original: bytes) -> bytes:
    """The privacy derivative of a photo (no personal metadata; people blurred when asked; the
    volunteer's own blur rectangles applied)."""
    from surveyapp.photos.sharing import make_shareable as shareable

    return shareable(photo, original)


def _print_summary(summary: SyncSummary, as_json: bool, shown: Set[str] = frozenset()) -> None:
    """The run's counts and what it left; a warning line already ``shown`` as the run found it
    is not said again."""
    if as_json:
        dump_json(
            {
                "server": summary.server,
                "user": summary.user,
                "complete": summary.complete,
                "pushed": summary.pushed,
                "conflicts": summary.conflicts,
                "pulled": summary.pulled,
                "received": summary.received,
                "photos_uploaded": summary.photos_uploaded,
                "photos_confirmed": summary.photos_confirmed,
                "waiting_changes": summary.waiting_changes,
                "waiting_photos": summary.waiting_photos,
                "refused": summary.refused,
                "photos_kept": summary.kept_photos,
                "photos_for_teammates": summary.teammates,
                "cameras_joined": summary.cameras_joined,
                "errors": [
                    {"record_type": e.record_type, "record_id": e.record_id, "message": e.message}
                    for e in summary.errors
                ],
                "deferred": [
                    {"record_type": e.record_type, "record_id": e.record_id, "message": e.message}
                    for e in summary.deferred
                ],
                "warnings": summary.warnings,
                "fatal": summary.fatal,
            }
        )
        return
    for error in summary.errors:
        print(error_line(error), file=sys.stderr)
    for item in summary.deferred:
        print(translate("cli", "put off: {item}").format(item=item), file=sys.stderr)
    for warning in summary.warnings:
        line = translate("sync", "warning: {warning}").format(warning=warning)
        if line not in shown:
            print(line, file=sys.stderr)
    if summary.fatal:
        print(error_line(summary.fatal), file=sys.stderr)
    print(counts_line(summary))
    if summary.complete:
        print(translate("cli", "everything is in sync"))
        return
    if summary.left_to_teammates:  # the warning above says whose laptop
        print(translate("cli", "this laptop has sent everything"))
        return
    refused = summary.refused
    if refused:
        print(
            translate(
                "cli",
                "%n changes were refused by the server: see `surveyapp sync status`; "
                "`surveyapp sync discard ID` (or --all) drops them and takes the server's values",
                None,
                refused,
            )
        )
    changes, photos = summary.waiting_changes, summary.waiting_photos
    if changes or photos or summary.fatal:
        print(
            translate("cli", "{changes} and {photos} still waiting: sync again").format(
                changes=translate("cli", "%n changes", None, changes),
                photos=translate("cli", "%n photos", None, photos),
            )
        )


def counts_line(summary: SyncSummary) -> str:
    """What a run did, in the volunteer's language ("5 modifications envoyées (…), 2 photos
    téléversées, …"): each count with its own participle, which agrees with its noun; the
    sync's own wordings where the app's dialog says the same."""
    from surveyapp.sync.engine import photos_text

    # Names, not attributes: lupdate reads no attribute among a translate()'s arguments.
    sent, merged = summary.pushed, summary.conflicts
    pulled, received = summary.pulled, summary.received
    return translate("cli", "{sent} ({merged}), {photos}, {pulled} ({received})").format(
        sent=translate("sync", "%n changes sent", None, sent),
        merged=translate("cli", "%n merged with others' edits", None, merged),
        photos=photos_text(summary.photos_uploaded, summary.photos_confirmed),
        pulled=translate("cli", "%n changes pulled", None, pulled),
        received=translate("cli", "%n new here", None, received),
    )


# A dry run's records waiting, per kind, counted in the volunteer's language: the survey's
# counts say the cameras' number the same way, the command line the photos'.
RECORD_COUNTS = {
    "camera": ("SurveyCounts", QT_TRANSLATE_NOOP("SurveyCounts", "%n cameras")),
    "photo": ("cli", QT_TRANSLATE_NOOP("cli", "%n photos")),
    "survey": ("cli", QT_TRANSLATE_NOOP("cli", "%n surveys")),
}


def _dry_run(db: Database, args: argparse.Namespace) -> int:
    from surveyapp.sync.status import outgoing

    with db.read_session() as session:
        out = outgoing(session)
    if args.json:
        dump_json(
            {
                "changes": out.changes,
                "records": out.records,
                "deletions": out.deletions,
                "fields": out.fields,
                "photos": out.photos,
                "failed": out.failed,
            }
        )
        return 0
    kinds = ", ".join(
        translate(*RECORD_COUNTS[kind], None, n) if kind in RECORD_COUNTS else f"{n} {kind}"
        for kind, n in sorted(out.records.items())
    )
    changes, deletions = out.changes, out.deletions
    print(
        translate("cli", "%n changes would be pushed ({kinds}; {deletions})", None, changes).format(
            kinds=kinds or translate("cli", "none"),
            deletions=translate("cli", "%n deletions", None, deletions),
        )
    )
    failed, photos = out.failed, out.photos
    if failed:
        text = translate(
            "cli", "and %n refused changes (not sent again; `surveyapp sync discard`)", None, failed
        )
        print(f"  {text}")
    for name, count in sorted(out.fields.items(), key=lambda item: (-item[1], item[0])):
        print(f"  {name}: {count}")  # the protocol's field names, as --json gives them
    print(
        translate(
            "cli",
            "%n photos would be uploaded (shareable copies, never the originals)",
            None,
            photos,
        )
    )
    return 0


def cmd_sync(db: Database, args: argparse.Namespace) -> int:
    """Sync with the server; see the module's docstring for the exit status."""
    from surveyapp.sync.client import AuthError, SyncClient, SyncError
    from surveyapp.sync.engine import progress_line, run_sync
    from surveyapp.sync.tokens import TokenError, find_token, save_token

    # A damaged page anywhere, said before anything is sent or pulled into the survey (the
    # whole check is a fraction of a sync's time: docs/decisions/damaged-pages.md).
    db.check_whole()
    if args.dry_run:
        return _dry_run(db, args)
    server = _server(db, args)
    try:
        token = find_token(server, getattr(args, "token", None))
    except TokenError as error:
        raise UsageError(str(error)) from error
    if args.save_token:
        # A keyring that cannot keep the token (none on this desktop) does not stop the sync
        # the volunteer asked for with a token in hand: it is said, and the run goes on.
        try:
            save_token(server, token)
        except TokenError as error:
            print(
                translate(
                    "cli",
                    "warning: the token was not saved: {error}; give it again next time "
                    "(--token, or $SURVEYAPP_TOKEN)",
                ).format(error=error),
                file=sys.stderr,
            )
    bar = ProgressBar(sys.stderr, translate("cli", "Syncing"))
    summary: SyncSummary | None = None
    shown: set[str] = set()  # the warnings said as the run found them
    stage = ""  # the stage the bar shows

    def retry(text: str) -> None:
        bar.message(translate("cli", "retry: {reason}").format(reason=text))

    # libtiff's messages while a photo's shareable copy is decoded stay off the terminal.
    with native.stderr_captured(), SyncClient(server, token, on_retry=retry) as client:
        steps = run_sync(db.session_factory, db.library, client, make_shareable)
        try:
            while True:
                progress = next(steps)
                if progress.warning:
                    bar.message(progress.message)
                    shown.add(progress.message)
                # A new stage is drawn whatever came just before: "push: sending…" stays up
                # while the server takes its time to answer.
                bar.update(
                    progress.done,
                    progress.total,
                    progress_line(progress),
                    at_once=progress.stage != stage,
                )
                stage = progress.stage
        except StopIteration as stop:
            summary = stop.value
        except AuthError as error:
            bar.finish()
            _fatal(args, server, error, NEW_TOKEN)
            return EXIT_AUTH
        except SyncError as error:
            bar.finish()
            _fatal(args, server, error, LATER)
            return EXIT_INCOMPLETE
        except KeyboardInterrupt:
            steps.close()
            bar.finish()
            print(
                translate("cli", "interrupted: what was sent is kept; sync again to finish"),
                file=sys.stderr,
            )
            return 130
    bar.finish()
    assert summary is not None
    _print_summary(summary, args.json, shown)
    return 0 if summary.complete else EXIT_INCOMPLETE


# What follows a run's fatal error: said in the volunteer's language, in English in --json's
# "fatal" (for programs, as before).
NEW_TOKEN = QT_TRANSLATE_NOOP("cli", "{error}; nothing was lost: the changes wait for a new token")
LATER = QT_TRANSLATE_NOOP("cli", "{error}; nothing was lost: sync again later")


def _fatal(args: argparse.Namespace, server: str, error: SyncError, text: str) -> None:
    if args.json:
        message = text.format(error=error)
        print(json.dumps({"server": server, "complete": False, "fatal": message}))
    print(error_line(translate("cli", text).format(error=error.said)), file=sys.stderr)


def cmd_status(db: Database, args: argparse.Namespace) -> int:
    """What is waiting, and the recent runs."""
    from surveyapp.sync.engine import (
        kept_photos_text,
        run_photos_text,
        run_result,
        teammates_text,
        waiting_text,
    )
    from surveyapp.sync.push import failed_items
    from surveyapp.sync.status import outgoing, recent_runs

    with db.read_session() as session:
        out = outgoing(session)
        runs = recent_runs(session)
        failed = list(failed_items(session))
    if getattr(args, "json", False):
        dump_json(
            {
                "changes": out.changes,
                "photos": out.photos,
                "photos_for_teammates": out.teammates,
                "failed": [str(item) for item in failed],
                "runs": [
                    {
                        "server": run.server,
                        "started_at": run.started_at.isoformat(),
                        "finished_at": run.finished_at.isoformat() if run.finished_at else None,
                        "pushed": run.pushed,
                        "pulled": run.pulled,
                        "received": run.received,
                        "photos": run.photos,
                        "photos_confirmed": run.photos_confirmed,
                        "errors": run.errors,
                        "message": run.message,
                    }
                    for run in runs
                ],
            }
        )
        return 0
    print(waiting_text(out.changes, out.photos, teammates=sum(out.teammates.values())))
    if out.teammates:
        print(teammates_text(out.teammates))
    for item in failed:
        print(translate("cli", "refused: {item}").format(item=item))
    if failed:
        hint = translate(
            "cli",
            "(surveyapp sync discard ID, or --all: drop them and take the server's values)",
        )
        print(f"  {hint}")
    if out.kept:
        print(kept_photos_text(out.kept))
    if runs:
        print(translate("cli", "recent runs:"))
    for run in runs:
        line = translate(
            "cli",
            "{when}  {server}  pushed {pushed}, pulled {pulled}, photos {photos}, "
            "errors {errors}: {result}",
        ).format(
            when=run.started_at.strftime("%Y-%m-%d %H:%M"),
            server=run.server,
            pushed=run.pushed,
            pulled=run.pulled,
            photos=run_photos_text(run.photos, run.photos_confirmed),
            errors=run.errors,
            result=run_result(run.message, run.failure),
        )
        print(f"  {line}")
    return 0


def cmd_discard(db: Database, args: argparse.Namespace) -> int:
    """Drop refused changes and take the server's values back (no network needed)."""
    from surveyapp.sync.push import NothingToDiscardError, discard_refused

    with db.session() as session:
        try:
            dropped = discard_refused(session, None if args.all else args.record)
        except NothingToDiscardError as error:
            raise UsageError(str(error)) from None
        session.commit()
    for item in dropped:
        print(translate("cli", "discarded: {item}").format(item=item))
    return 0


def cmd_fetch(db: Database, args: argparse.Namespace) -> int:
    """Download a photo's picture from the server; prints the file's path."""
    from sqlalchemy import select

    from surveyapp.db.models import Photo
    from surveyapp.sync.blobs import fetch_photo
    from surveyapp.sync.client import AuthError, SyncClient, SyncError
    from surveyapp.sync.tokens import TokenError, find_token

    server = _server(db, args)
    try:
        token = find_token(server, getattr(args, "token", None))
    except TokenError as error:
        raise UsageError(str(error)) from error
    ref = args.photo.strip().lower()
    with db.session() as session:
        query = select(Photo).where(Photo.deleted.is_(False))
        matches = [
            p for p in session.scalars(query) if p.sha256 == ref or str(p.id).startswith(ref)
        ]
        if len(matches) != 1 or len(ref) < 4:
            count = len(matches)
            raise UsageError(
                translate(
                    "cli", "'{photo}' names %n photos (give its id or sha256)", None, count
                ).format(photo=args.photo)
            )
        try:
            with SyncClient(server, token) as client:
                path = fetch_photo(session, db.library, client, matches[0])
        except AuthError as error:
            print(error_line(error.said), file=sys.stderr)
            return EXIT_AUTH
        except SyncError as error:
            print(error_line(error.said), file=sys.stderr)
            return EXIT_INCOMPLETE
        session.commit()
    print(path)
    return 0
