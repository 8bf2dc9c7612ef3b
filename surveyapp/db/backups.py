"""Backups of the survey database beside it, and going back to one.

Backups are ``<name>.<...>.backup`` files next to the database, made with SQLite's backup API
(a consistent copy of a live database): one before every migration, and one a day by the
desktop app (the last few good ones kept). A damaged survey goes back to the latest good
backup, or any survey to a backup chosen by name; the survey it replaces is kept beside it,
renamed, never deleted: ``<name>.damaged-<time>`` when it cannot be read whole,
``<name>.replaced-<time>`` when it reads fine (a day's work she went back from, not damage).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

from surveyapp.db.failures import (
    SurveyDatabaseError,
    backup_files,
    damage_found,
    damaged,
    one_line_verdict,
)
from surveyapp.i18n import QT_TRANSLATE_NOOP, SYSTEM_ERRORS, system_reason, translate

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

DAILY_KEPT = 3
_NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "database", "the backup could not be written in {folder}: {reason}"
)
_NOT_PUT_BACK = QT_TRANSLATE_NOOP(
    "database", "the backup could not be put back in {folder}: {reason}"
)
_STAMP = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True)
class Backup:
    """A backup file and when it was made."""

    path: Path
    made: datetime


@dataclass(frozen=True)
class Restored:
    """What a restore did: the backup put in place, where the survey it replaced was kept
    (None when there was none), and whether that survey was damaged."""

    backup: Backup
    set_aside: Path | None
    damaged: bool = True
    passed: tuple[str, ...] = ()  # why each newer backup could not be used


# How a restore names the survey it sets aside: damaged (it cannot be read whole), or replaced
# (it read fine). Whatever looks for surveys set aside looks for both.
DAMAGED_MARK = ".damaged-"
REPLACED_MARK = ".replaced-"


def backups(database: Path) -> list[Backup]:
    """The backups beside ``database``, newest first."""
    found = [Backup(p, backup_made(p)) for p in backup_files(database)]
    return sorted(found, key=lambda b: b.made, reverse=True)


_STAMPED = re.compile(r"\.(\d{8}T\d{6}Z)\.backup$")


def backup_made(path: Path) -> datetime:
    """When a backup was made: the time in its name, which SurveyApp wrote as it made it (a
    copy, a damaged byte written or a file manager touching it changes when the file was last
    written, never what it holds); else when its file was last written."""
    stamped = _STAMPED.search(path.name)
    if stamped is not None:
        with contextlib.suppress(ValueError):
            return datetime.strptime(stamped[1], _STAMP).replace(tzinfo=UTC)
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def _read_only_uri(path: Path) -> str:
    # immutable: a backup is never written, so SQLite needs neither locks nor a -shm for it.
    # A file with a -wal beside it is a survey a restore set aside (``.replaced-<time>``, kept
    # with its -wal and -shm): its last edits may be in that -wal, which an immutable reader
    # never reads, so it is read through it (read-only: the -wal stays as it is).
    if Path(f"{path}-wal").exists():
        return f"file:{quote(str(path))}?mode=ro"
    return f"file:{quote(str(path))}?mode=ro&immutable=1"


def check_backup(path: Path) -> None:
    """Raise SurveyDatabaseError unless ``path`` is a whole SurveyApp database this version
    opens (a revision it knows: not another Alembic program's, nor a newer SurveyApp's)."""
    reason = backup_problem(path)
    if reason is not None:
        raise SurveyDatabaseError(
            translate("database", "the backup {backup} cannot be used: {reason}").format(
                backup=path.name, reason=reason
            ),
            path,
        )


def backup_problem(path: Path) -> str | None:
    """Why ``path`` cannot be used as a backup, in one line; None when it can."""
    from surveyapp.db.migrate import DatabaseTooNewError, refuse_newer, revision_in

    if path.exists() and not path.is_file():  # a folder; a pipe SQLite would wait on for ever
        return translate("database", "it is not a file")
    if path.exists() and path.stat().st_size == 0:  # SQLite reads it as a whole, empty database
        return translate("database", "it is empty (0 bytes): cut short")
    revision = None
    try:
        connection = sqlite3.connect(_read_only_uri(path), uri=True)
        try:
            verdict = connection.execute("PRAGMA quick_check").fetchone()[0]
            revision = revision_in(connection)
        finally:
            connection.close()
    except sqlite3.Error as error:
        verdict = str(error)
    if verdict != "ok":
        # quick_check's first line is "*** in database main ***": one line, the damage said
        return translate("database", "it is damaged or cut short ({detail})").format(
            detail=one_line_verdict(verdict)
        )
    if revision is None:  # no alembic_version, or an empty one: never a survey
        return translate("database", "it is no SurveyApp survey")
    try:
        refuse_newer(revision)
        known = True
    except DatabaseTooNewError:
        known = False
    if not known:
        return translate(
            "database",
            "its schema {revision} is none this SurveyApp knows (another program's file, "
            "or a newer SurveyApp's)",
        ).format(revision=revision)
    return None


def copy_database(source: Path, target: Path, *, unchanging: bool = False) -> None:
    """Copy a SQLite database with SQLite's backup API, into a hidden file renamed at the end
    (a half-made copy never looks like a whole one). ``unchanging``: the source is a backup,
    opened without locks or -shm (a survey set aside, read through its -wal)."""
    partial = target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.partial")
    src = (
        sqlite3.connect(_read_only_uri(source), uri=True) if unchanging else sqlite3.connect(source)
    )
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
        _fsync(partial)
        os.replace(partial, target)
    except BaseException:  # a full disk, a read-only folder: never leave half a copy behind
        _discard(partial)
        raise
    finally:
        src.close()
    _fsync(target.parent)


def _discard(path: Path) -> None:
    """Delete a hidden working file if it is there; quietly when it cannot be (a read-only
    disk refuses even to delete a file that is not there: the error being said is elsewhere)."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except OSError:  # a folder on Windows
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


@contextlib.contextmanager
def _written_in(database: Path, sentence: str) -> Iterator[None]:
    """Say a copy that could not be written beside ``database`` (a full disk, a read-only or
    forbidden folder) as ``sentence`` naming its folder, and that the survey is as it was; not
    the hidden name of the half-made copy, which is gone."""
    try:
        yield
    except (OSError, sqlite3.Error) as error:
        reason = _write_failure(database.parent, error)
        if reason is None:
            raise
        line = translate("database", sentence).format(folder=database.parent, reason=reason)
        raise SurveyDatabaseError(
            translate("database", "{what}; the survey is as it was").format(what=line), database
        ) from error


def _write_failure(folder: Path, error: Exception) -> str | None:
    """Why nothing could be written in ``folder``, in the volunteer's words; None for another
    failure (the survey's own damage says itself)."""
    if isinstance(error, OSError) and error.errno in SYSTEM_ERRORS:
        return system_reason(error)
    if getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
        return translate("system", SYSTEM_ERRORS[errno.ENOSPC])
    try:
        read_only = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # AttributeError: no statvfs on Windows
        read_only = False
    if read_only:
        return translate("system", SYSTEM_ERRORS[errno.EROFS])
    if not os.access(folder, os.W_OK):
        return translate("system", SYSTEM_ERRORS[errno.EACCES])
    return None


def make_backup(database: Path, *, saved: bool = False) -> Path:
    """Back the survey up now, beside it; the backup's path. ``saved``: one the volunteer
    asked for (``surveyapp backup``), named apart so that daily backups never rotate it out.

    SQLite's backup API copies pages as they are, a damaged one too: the copy is checked
    (quick_check) before it gets a backup's name, and a damaged copy is deleted and said as the
    survey's damage (DatabaseDamagedError, naming the latest good backup). So a damaged copy
    never counts as a backup, nor makes a daily backup rotate a good one out."""
    now = datetime.now(UTC)
    kind = "saved." if saved else ""
    target = database.with_name(f"{database.name}.{kind}{now.strftime(_STAMP)}.backup")
    checked = target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.unchecked")
    try:
        with _written_in(database, _NOT_WRITTEN):
            copy_database(database, checked)
        connection = sqlite3.connect(_read_only_uri(checked), uri=True)
        try:
            reason = damage_found(connection)
        finally:
            connection.close()
        if reason is not None:
            raise damaged(database, reason)
        os.replace(checked, target)
    finally:
        _discard(checked)
    _fsync(target.parent)
    return target


def make_daily_backup(database: Path, *, every: timedelta = timedelta(hours=20)) -> Path | None:
    """Back the survey up unless a backup newer than ``every`` is there; keep the last
    ``DAILY_KEPT`` good ones made this way (and any damaged one newer than those). Returns the
    new backup, or None when none was due."""
    newest = next(iter(backups(database)), None)
    if newest is not None and datetime.now(UTC) - newest.made < every:
        return None
    target = make_backup(database)
    daily = re.compile(re.escape(database.name) + r"\.\d{8}T\d{6}Z\.backup")
    good = 0
    for old in [b for b in backups(database) if daily.fullmatch(b.path.name)]:
        # A backup damaged on disk since it was made does not count among the ones kept: an
        # older good one is never deleted while fewer good ones than DAILY_KEPT are newer.
        if good >= DAILY_KEPT:
            old.path.unlink(missing_ok=True)
        elif backup_problem(old.path) is None:
            good += 1
    return target


def restore_backup(database: Path, backup: Path | None = None) -> Restored:
    """Put ``backup`` (else the latest good one) in place of ``database``.

    The database's files (the file, its -wal and -shm) are renamed to ``<name>.damaged-<time>``
    and kept; ``<name>.replaced-<time>`` once it is seen to read whole. Refused
    (SurveyDatabaseError) while another program has the survey open: the app would go on
    saving into the file set aside, and its volunteer would lose every edit.
    """
    with _closed_everywhere_else(database):
        return _restore(database, backup)


# Every SQLite connection to a database in WAL mode holds a read lock on this byte of its -shm
# file for as long as it is open (the "DMS" lock of SQLite's unix VFS).
_SHM_OPEN_BYTE = 128


@contextlib.contextmanager
def _closed_everywhere_else(database: Path) -> Iterator[None]:
    """Hold the survey's -shm "open" byte exclusively while the block runs; SurveyDatabaseError
    when another process has the survey open. A program that opens it meanwhile finds it busy
    and waits, as for any writer. (A POSIX lock of this process never conflicts with its own:
    SurveyApp's own connection, if any, does not count.)"""
    if fcntl is None:
        yield
        return
    try:
        descriptor = os.open(f"{database}-shm", os.O_RDWR)
    except FileNotFoundError:  # nobody has it open (the last to close removes the -shm)
        yield
        return
    try:
        try:
            fcntl.lockf(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _SHM_OPEN_BYTE)
        except OSError:
            raise SurveyDatabaseError(
                translate(
                    "database",
                    "{path} is open in SurveyApp (the app or a command): close it, then "
                    "restore the backup",
                ).format(path=database),
                database,
            ) from None
        yield
    finally:
        os.close(descriptor)


def _restore(database: Path, backup: Path | None) -> Restored:
    passed: list[str] = []
    if backup is not None:
        check_backup(backup)
        chosen = Backup(backup, backup_made(backup))
    else:
        chosen, passed = _latest_good(database)
    # The copy is made first, beside the survey: a disk too full for it (or a read-only
    # folder) fails here, while the survey is still at its name and nothing was moved.
    staged = database.with_name(f".{database.name}.restoring-{secrets.token_hex(4)}")
    with _written_in(database, _NOT_PUT_BACK):
        copy_database(chosen.path, staged, unchanging=True)
    try:
        stamp = datetime.now(UTC).strftime(_STAMP)
        aside = database.with_name(f"{database.name}{DAMAGED_MARK}{stamp}")
        kept = None
        if database.exists():
            os.rename(database, aside)
            kept = aside
        for suffix in ("-wal", "-shm"):
            companion = Path(f"{database}{suffix}")
            if companion.exists():
                os.rename(companion, Path(f"{aside}{suffix}"))
        os.replace(staged, database)
    finally:
        _discard(staged)
    _fsync(database.parent)
    if kept is not None and _reads_whole(kept):  # read where it now is: the survey is in place
        replaced = database.with_name(f"{database.name}{REPLACED_MARK}{stamp}")
        return Restored(chosen, _renamed(kept, replaced), damaged=False, passed=tuple(passed))
    return Restored(chosen, kept, damaged=True, passed=tuple(passed))


def _reads_whole(survey: Path) -> bool:
    """Whether ``survey`` (set aside, with its -wal) is a non-empty SQLite file whose every
    page reads (quick_check); read-only, so it stays as it was."""
    if survey.stat().st_size == 0:
        return False
    try:
        with contextlib.closing(
            sqlite3.connect(f"file:{quote(str(survey))}?mode=ro", uri=True, timeout=5)
        ) as connection:
            return damage_found(connection) is None
    except sqlite3.Error:
        return False


def _renamed(survey: Path, name: Path) -> Path:
    """Rename ``survey`` and its -wal and -shm to ``name``; the new path."""
    os.rename(survey, name)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.rename(f"{survey}{suffix}", f"{name}{suffix}")
    _fsync(name.parent)
    return name


def latest_good(database: Path) -> tuple[Backup | None, list[str]]:
    """The newest backup beside ``database`` that is whole and a survey this version opens
    (``check_backup``), if any; and why each newer one is not."""
    problems = []
    for candidate in backups(database):
        try:
            check_backup(candidate.path)
        except SurveyDatabaseError as error:
            problems.append(str(error))
            continue
        return candidate, problems
    return None, problems


def _latest_good(database: Path) -> tuple[Backup, list[str]]:
    chosen, problems = latest_good(database)
    if chosen is not None:
        return chosen, problems
    raise SurveyDatabaseError(
        translate("database", "there is no usable backup of {path}{problems}").format(
            path=database, problems="".join(f"; {p}" for p in problems)
        ),
        database,
    )
