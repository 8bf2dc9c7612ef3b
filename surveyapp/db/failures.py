"""What went wrong with the survey database, in one line a volunteer can act on.

SQLite reports a damaged file, a read-only one or a lock that was held too long with error codes;
``explain`` turns any exception that carries one (SQLAlchemy wraps sqlite3's) into one of the
errors below, whose text says what happened and what to do. The command line prints that text;
the desktop app shows it, and offers the latest backup for a damaged file.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from surveyapp.i18n import translate


class SurveyDatabaseError(Exception):
    """The survey database cannot be used as asked; ``str()`` is the one-line explanation."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class DatabaseDamagedError(SurveyDatabaseError):
    """The file is not a SQLite database any more, or SQLite found it malformed."""

    def __init__(self, message: str, path: Path, backup: Path | None) -> None:
        super().__init__(message, path)
        self.backup = backup


class DatabaseReadOnlyError(SurveyDatabaseError):
    """The file, its folder or its disk cannot be written: reading still works."""


class DatabaseBusyError(SurveyDatabaseError):
    """Another program kept its write lock longer than SurveyApp waits."""


class DatabaseFullError(SurveyDatabaseError):
    """The disk of the survey is full: the change that needed room was rolled back."""


class DatabaseUnavailableError(SurveyDatabaseError):
    """The file cannot be opened at all (no permission, a folder, a disk error)."""


def backup_files(database: Path) -> list[Path]:
    """The ``<name>.*.backup`` files beside the database (made before migrations and daily)."""
    return [p for p in database.parent.glob(f"{database.name}.*.backup") if p.is_file()]


def latest_backup(database: Path) -> Path | None:
    """The newest backup beside the database that is whole (SQLite's quick_check) and a survey
    this version opens: a damaged copy is never the one a volunteer is sent back to. Only a
    failure asks for it, so checking each backup (about 0.2 s for 100,000 cameras) is no cost
    to anyone's work."""
    from surveyapp.db.backups import latest_good  # backups imports this module

    chosen, _problems = latest_good(database)
    return chosen.path if chosen is not None else None


def damage_found(connection: sqlite3.Connection) -> str | None:
    """What SQLite's quick_check finds wrong with the database on ``connection``, in one line;
    None when it is whole. It reads every page (about 0.2 s for a survey of 100,000 cameras and
    150,000 photos, docs/decisions/damaged-pages.md), where a command reads only the pages it
    needs and meets a damaged one only by chance."""
    try:
        lines = [row[0] for row in connection.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as error:  # damage where the check itself begins
        return str(error)
    if lines == ["ok"]:
        return None
    return one_line_verdict("\n".join(lines))


def one_line_verdict(verdict: str) -> str:
    """quick_check's lines as one: its first, "*** in database main ***", left out."""
    lines = [line for line in verdict.splitlines() if line and not line.startswith("***")]
    return "; ".join(lines) or verdict


def damaged(path: Path, reason: str) -> DatabaseDamagedError:
    """The error for a damaged file at ``path``, naming the latest backup when there is one."""
    backup = latest_backup(path)
    if backup is None:
        text = translate(
            "database",
            "the survey database is damaged ({reason}) and there is no backup of it beside "
            "it; keep the file: SQLite's .recover may still get its data back",
        ).format(reason=reason)
    else:
        text = translate(
            "database",
            "the survey database is damaged ({reason}): the latest backup is {backup} "
            "(made {made}); to go back to it, run: surveyapp --db {path} restore-backup",
        ).format(reason=reason, backup=backup.name, made=_made(backup), path=path)
    return DatabaseDamagedError(text, path, backup)


def empty(path: Path) -> DatabaseDamagedError:
    """The error for a survey file of 0 bytes (never made by SurveyApp: a new survey is put in
    place whole), naming the latest backup when there is one."""
    backup = latest_backup(path)
    if backup is None:
        text = translate(
            "database",
            "the survey database {path} is empty (0 bytes) and there is no backup of it; if no "
            "survey was ever saved there, delete the file and SurveyApp starts a new one",
        ).format(path=path)
    else:
        text = translate(
            "database",
            "the survey database {path} is empty (0 bytes): the latest backup is {backup} "
            "(made {made}); to go back to it, run: surveyapp --db {path} restore-backup",
        ).format(path=path, backup=backup.name, made=_made(backup))
    return DatabaseDamagedError(text, path, backup)


def _made(backup: Path) -> str:
    return datetime.fromtimestamp(backup.stat().st_mtime).strftime("%Y-%m-%d %H:%M")


def read_only(path: Path, reason: str | None = None) -> DatabaseReadOnlyError:
    """The error for a change asked of a survey that cannot be written."""
    reason = reason or translate(
        "database", "the file, its folder or its disk does not allow changes"
    )
    text = translate(
        "database",
        "the survey is read-only: {reason}; nothing was changed (commands that only read "
        "still work: {path})",
    ).format(reason=reason, path=path)
    return DatabaseReadOnlyError(text, path)


def moved(path: Path) -> DatabaseUnavailableError:
    """The error for a change asked of a survey whose file was moved or deleted while open."""
    return DatabaseUnavailableError(
        translate(
            "database",
            "the survey database was moved or deleted while SurveyApp had it open; "
            "nothing was changed: open it again where it is now ({path})",
        ).format(path=path),
        path,
    )


def _sqlite_error(error: BaseException) -> sqlite3.Error | None:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sqlite3.Error):
            return current
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return None


def explain(error: BaseException, path: Path) -> SurveyDatabaseError | None:
    """The survey-database error that ``error`` stands for, or None when it is none of them.
    A caller that knows what a full disk kept (an import, a pull) says so itself, before."""
    if isinstance(error, SurveyDatabaseError):
        return error
    cause = _sqlite_error(error)
    if cause is None:
        return None
    name = getattr(cause, "sqlite_errorname", "") or ""
    text = str(cause)
    if name in ("SQLITE_NOTADB", "SQLITE_CORRUPT") or name.startswith("SQLITE_CORRUPT_"):
        return damaged(path, text)
    if name == "SQLITE_FULL":
        return DatabaseFullError(
            translate(
                "database",
                "the disk is full: this change was not saved, everything saved before it is "
                "intact; free some space, then try again ({path})",
            ).format(path=path),
            path,
        )
    if name == "SQLITE_READONLY_DBMOVED":
        return moved(path)
    if name.startswith("SQLITE_READONLY"):
        return read_only(path)
    if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED"):
        return DatabaseBusyError(
            translate(
                "database",
                "the survey is busy: another program has been writing to it for a minute; "
                "nothing was changed, try again when it is done ({path})",
            ).format(path=path),
            path,
        )
    if name.startswith("SQLITE_CANTOPEN") or name.startswith("SQLITE_PERM"):
        return DatabaseUnavailableError(
            translate("database", "the survey database cannot be opened ({reason}): {path}").format(
                reason=text, path=path
            ),
            path,
        )
    if name.startswith("SQLITE_IOERR"):
        return DatabaseUnavailableError(
            translate(
                "database",
                "the disk could not read or write the survey database ({reason}); nothing "
                "more was changed: check the disk, then open the survey again ({path})",
            ).format(reason=text, path=path),
            path,
        )
    return None
