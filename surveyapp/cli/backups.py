"""`surveyapp backup` and `surveyapp restore-backup`: back up now; go back to the latest good
backup of a damaged survey."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from surveyapp.cli.common import with_database, without_database
from surveyapp.db.backups import backup_problem, backups, make_backup, restore_backup
from surveyapp.db.database import Database, default_database_path, open_database
from surveyapp.i18n import translate


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the backup command."""
    p = commands.add_parser(
        "restore-backup",
        help=translate("cli", "put the latest good backup in place of a damaged survey"),
    )
    p.add_argument(
        "backup", nargs="?", type=Path, help=translate("cli", "this backup file, not the latest")
    )
    p.add_argument(
        "--list", action="store_true", help=translate("cli", "list the backups, change nothing")
    )
    without_database(p, cmd_restore)

    p = commands.add_parser(
        "backup", help=translate("cli", "back the survey up now, beside it (SQLite's backup API)")
    )
    with_database(p, cmd_backup)


def cmd_backup(db: Database, _args: argparse.Namespace) -> int:
    """Make a backup now; prints its path."""
    print(make_backup(db.path, saved=True))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore the survey from a backup and add back the photos imported since."""
    from surveyapp.photos.recovery import missing_originals, readd_library_photos

    path = (args.db or default_database_path()).expanduser().resolve()
    if args.list:
        found = backups(path)
        for backup in found:
            line = f"{backup.made.astimezone():%Y-%m-%d %H:%M}  {backup.path}"
            reason = backup_problem(backup.path)
            if reason is not None:
                line = translate("cli", "{backup}  cannot be used: {reason}").format(
                    backup=line, reason=reason
                )
            print(line)
        if not found:
            print(translate("cli", "no backups beside {path}").format(path=path))
        return 0
    restored = restore_backup(path, args.backup)
    for passed in restored.passed:
        print(passed, file=sys.stderr)
    made = f"{restored.backup.made.astimezone():%Y-%m-%d %H:%M}"
    print(
        translate("cli", "restored {path} from the backup {backup} (made {made})").format(
            path=path, backup=restored.backup.path.name, made=made
        ),
        file=sys.stderr,
    )
    if restored.set_aside is not None:
        kept = (
            translate("cli", "the damaged file is kept as {path}")
            if restored.damaged
            else translate("cli", "the survey it replaced is kept as {path}")
        )
        print(kept.format(path=restored.set_aside), file=sys.stderr)
    db = open_database(path)
    try:
        readded = readd_library_photos(db, restored.set_aside)
        missing, library = missing_originals(db), db.library
    finally:
        db.close()
    if missing:
        print(
            translate(
                "cli",
                "warning: the originals of %n photos of the backup are not in the photo library "
                "{library}: if it was moved or is on a disk not plugged in, put it back there "
                "and run this restore again before anything else, so that the photos imported "
                "after the backup are added back too",
                None,
                missing,
            ).format(library=library),
            file=sys.stderr,
        )
    added, held = readded.added, readded.held  # plain names: lupdate reads no attribute here
    if readded.held_in is not None:
        print(
            translate(
                "cli",
                "the damaged file cannot be read, so nothing says which photos imported after the "
                "backup you deleted since: %n were not added back, so that none you withdrew is "
                "shared again; their originals are kept in {folder}. Those you shared come back "
                "at your next sync; import again those you kept and never shared: "
                "surveyapp --db {path} import FILE...",
                None,
                held,
            ).format(folder=readded.held_in, path=path),
            file=sys.stderr,
        )
        return 0
    print(
        translate(
            "cli",
            "%n photos imported after the backup were added back from the library; other "
            "changes made after it are lost",
            None,
            added,
        ),
        file=sys.stderr,
    )
    return 0
