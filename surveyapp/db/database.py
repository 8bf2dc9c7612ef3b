"""Open the survey database: find the file, migrate it, hand out sessions.

Several SurveyApp processes (the desktop app and any number of commands) may use one survey at
the same time. Writers wait for each other: a write session begins ``BEGIN IMMEDIATE``, so it
takes SQLite's write lock before it reads anything and never fails half-way because another
process committed in between. Reads never wait (WAL).

A damaged file, a read-only one and an empty one are told apart when the survey is opened
(surveyapp.db.failures); a read-only survey opens for reading.
"""

from __future__ import annotations

import contextlib
import functools
import os
import secrets
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from surveyapp.connection import LAPTOP_BUSY_TIMEOUT_MS, Access, connect, set_pragmas
from surveyapp.db import failures
from surveyapp.db.files import Whereabouts, file_identity, where_open_file_is
from surveyapp.db.migrate import (
    SCHEMA_HEAD,
    MigrationReport,
    refuse_newer,
    revision_in,
    upgrade_database,
)
from surveyapp.db.windows import remove_if_left_empty
from surveyapp.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

APP_NAME = "SurveyApp"
DB_ENV = "SURVEYAPP_DB"
_CREATING = ".creating-"  # a new survey is made under a hidden name, then put in place


def default_database_path() -> Path:
    """$SURVEYAPP_DB, else survey.sqlite in the per-user data folder."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "survey.sqlite"


def library_dir_for(database: Path) -> Path:
    """The folder beside the database that holds copies of the imported originals."""
    return database.with_name(f"{database.stem}-library")


class Database:
    """An open, migrated survey database and the photo library beside it.

    Opening it checks the file on a plain ``sqlite3`` connection (``reading`` hands it out);
    SQLAlchemy's engine and sessions are made when first asked for, so a command that needs
    none of them (an export) never loads SQLAlchemy or the models.
    """

    def __init__(
        self,
        path: Path,
        library: Path,
        migration: MigrationReport,
        *,
        access: Access,
        connection: sqlite3.Connection,
        engine: Engine | None = None,
    ) -> None:
        self.path = path
        self.library = library
        self.migration = migration
        self.read_only = access != "rw"
        self._access = access
        self._connection: sqlite3.Connection | None = connection
        self._engine = engine
        self._identity = file_identity(path)  # the file SQLite opened, whatever its name later

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine on the file (made when first asked for)."""
        if self._engine is None:
            from surveyapp.db.engine import sqlite_engine

            self._engine = sqlite_engine(self.path, self._access)
        return self._engine

    @functools.cached_property
    def session_factory(self) -> sessionmaker[Session]:
        """Write sessions: BEGIN IMMEDIATE."""
        from sqlalchemy import event
        from sqlalchemy.orm import sessionmaker

        from surveyapp.db.engine import write_engine
        from surveyapp.db.outbox import install_outbox

        factory = sessionmaker(write_engine(self.engine), expire_on_commit=False)
        install_outbox(factory)
        event.listen(factory, "after_begin", self._still_in_place)
        return factory

    def _still_in_place(self, *_args: object) -> None:
        """Refuse a change once the survey file was moved or deleted while it was open.

        SQLite goes on writing to the file it opened, wherever it now is, but its ``-wal`` is
        the one beside the old name: the app said "Saved" for edits that were lost with a
        deleted survey, or with a moved one's ``-wal`` after a crash. SQLite checks this only
        outside WAL mode (SQLITE_READONLY_DBMOVED), so it is checked here, as every write
        transaction begins (it holds the write lock: nothing is written yet)."""
        if not self.in_place():
            raise failures.moved(self.path)

    def in_place(self) -> bool:
        """Whether the survey's name still names the file SQLite opened (not moved or
        deleted while open)."""
        return file_identity(self.path) == self._identity

    def where_now(self) -> Whereabouts:
        """Where the file SQLite opened is now, once it was moved or deleted while open."""
        return where_open_file_is(self._identity)

    @functools.cached_property
    def read_factory(self) -> sessionmaker[Session]:
        """Read sessions: BEGIN (deferred), never wait."""
        from sqlalchemy.orm import sessionmaker

        from surveyapp.db.outbox import install_outbox

        factory = sessionmaker(self.engine, expire_on_commit=False)
        install_outbox(factory)
        return factory

    def session(self) -> Session:
        """A new session for work that may write; the caller owns it and its transaction.

        Its transactions hold SQLite's write lock from their first statement: keep them short.
        """
        return self.session_factory()

    def read_session(self) -> Session:
        """A new session for work that only reads: it never waits for a writer."""
        return self.read_factory()

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """The plain ``sqlite3`` connection opening checked the file on, inside one read
        transaction (deferred BEGIN: it never waits for a writer) that ends with the block.
        Not to be nested, nor used on two threads at once."""
        if self._connection is None:
            self._connection = connect(self.path, self._access)
            set_pragmas(self._connection, LAPTOP_BUSY_TIMEOUT_MS, self.read_only)
        connection = self._connection
        connection.execute("BEGIN")
        try:
            yield connection
        finally:
            if connection.in_transaction:  # not when a failed statement ended it
                connection.execute("ROLLBACK")

    def check_whole(self) -> None:
        """Raise DatabaseDamagedError (naming the latest good backup) when SQLite's quick_check
        finds a damaged page anywhere in the survey: before what reads all of it and takes it
        elsewhere (an export, a sync), and in the app's background after opening. A command
        otherwise meets a damaged page only where it reads one."""
        with self.reading() as connection:
            reason = failures.damage_found(connection)
        if reason is not None:
            raise failures.damaged(self.path, reason)

    def _names_originals(self) -> bool:
        """Whether a live photo of the survey names an original in the library."""
        with contextlib.suppress(sqlite3.Error), self.reading() as connection:
            named = connection.execute(
                "SELECT 1 FROM photo WHERE library_path != '' AND deleted = 0 LIMIT 1"
            ).fetchone()
            return named is not None
        return False

    def close(self) -> None:
        """Close the plain connection and release the engine's connections (the file stays).

        A survey moved while open gets its ``-wal`` written into it first: SQLite does that
        on close only for a file still at the name it opened (the edits stayed in the
        ``-wal`` beside the old name, lost to the moved survey)."""
        if not self.read_only and self.library.is_dir() and self._names_originals():
            remove_if_left_empty(self.library)
        if self._connection is not None:
            if not self.read_only and not self.in_place():
                with contextlib.suppress(sqlite3.Error):  # nothing more to do for it here
                    self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._connection.close()
            self._connection = None
        if self._engine is not None:
            self._engine.dispose()


def _access(path: Path) -> Access:
    """How SQLite can open the file: read-write, read-only, or read-only without ``-shm``."""
    if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
        return "rw"
    if os.access(path.parent, os.W_OK) or Path(f"{path}-shm").exists():
        return "ro"  # SQLite makes or reads the -shm that WAL needs
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise failures.read_only(
            path,
            translate(
                "database",
                "its last changes are still in {wal}, which SurveyApp cannot read in a "
                "read-only folder; copy the folder somewhere writable and open the copy",
            ).format(wal=wal.name),
        )
    return "immutable"  # a read-only folder and nothing in a -wal: the file is all there is


def _abandoned_creations(path: Path) -> list[Path]:
    """Hidden files left by a process killed while it made a new survey here."""
    found = []
    for candidate in path.parent.glob(f".{path.name}{_CREATING}*"):
        pid = candidate.name.removeprefix(f".{path.name}{_CREATING}").split("-", 1)[0]
        with contextlib.suppress(ValueError):
            if not _alive(int(pid)):
                found.append(candidate)
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _create(path: Path) -> MigrationReport | None:
    """Make a new, migrated survey at ``path`` as one step: it is built under a hidden name
    and linked into place, so ``path`` never holds half a survey (nor an empty file) and two
    processes creating it at once end up with the same one. Returns the migration's report,
    None when another process's survey was put in place first."""
    for leftover in _abandoned_creations(path):
        leftover.unlink(missing_ok=True)
    from surveyapp.db.engine import sqlite_engine, write_engine

    temporary = path.with_name(f".{path.name}{_CREATING}{os.getpid()}-{secrets.token_hex(4)}")
    try:
        engine = sqlite_engine(temporary)
        try:
            report = upgrade_database(write_engine(engine))
        finally:
            engine.dispose()  # the last connection checkpoints the WAL into the file, deletes it
        try:
            os.link(temporary, path)
        except FileExistsError:
            return None  # another process made it first: theirs is used
        except OSError:  # a file system without hard links (FAT on a USB stick)
            if path.exists():
                return None
            os.rename(temporary, path)
        sync_folder(path.parent)
        return report
    finally:  # made, or failed half-way (a full disk): nothing hidden is left behind
        for name in (temporary, Path(f"{temporary}-wal"), Path(f"{temporary}-shm")):
            with contextlib.suppress(OSError):  # a read-only disk refuses even to look
                name.unlink(missing_ok=True)


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries to the disk (where the system can open a folder)."""
    with contextlib.suppress(OSError):  # not every system can open a folder (Windows)
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def open_database(path: Path | None = None) -> Database:
    """Open (creating and migrating as needed) the database at ``path`` or the default one.

    Raises a ``failures.SurveyDatabaseError`` whose text says what to do for a damaged, empty,
    read-only or unopenable file, and DatabaseTooNewError for a file from a newer SurveyApp.
    """
    path = (path or default_database_path()).expanduser().resolve()
    try:
        return _open(path)
    except failures.SurveyDatabaseError:
        raise
    except Exception as error:
        explained = failures.explain(error, path)
        if explained is None:
            raise
        raise explained from error


def _open(path: Path) -> Database:
    if path.is_dir():
        raise failures.DatabaseUnavailableError(
            translate("database", "{path} is a folder, not a survey database").format(path=path),
            path,
        )
    if path.exists() and not path.is_file():  # a pipe SQLite would wait on, a device
        raise failures.DatabaseUnavailableError(
            translate(
                "database",
                "{path} is not a file (a named pipe or a device), not a survey database",
            ).format(path=path),
            path,
        )
    created = None
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not os.access(path.parent, os.W_OK):
            raise failures.DatabaseUnavailableError(
                translate(
                    "database", "there is no survey at {path}, and its folder is read-only"
                ).format(path=path),
                path,
            )
        created = _create(path)
    elif path.stat().st_size == 0 and not _has_wal(path):
        raise failures.empty(path)
    access = _access(path)
    connection = connect(path, access)
    engine = None
    try:
        if created is None:
            # Before the connection's pragmas, which would turn the file to WAL.
            _refuse_foreign(path, connection)
        set_pragmas(connection, LAPTOP_BUSY_TIMEOUT_MS, access != "rw")
        current = revision_in(connection)
        if current == SCHEMA_HEAD:
            report = created or MigrationReport(current, SCHEMA_HEAD, None)
        elif access == "rw":
            # Only a survey to migrate loads SQLAlchemy and Alembic while it is opened.
            from surveyapp.db.engine import sqlite_engine, write_engine

            engine = sqlite_engine(path, access)
            report = created or upgrade_database(write_engine(engine), path)
        else:
            refuse_newer(current)
            raise failures.read_only(
                path,
                translate(
                    "database",
                    "it was saved by another version of SurveyApp and must be upgraded, "
                    "which needs write access",
                ),
            )
    except BaseException:
        if engine is not None:
            engine.dispose()
        connection.close()
        raise
    library = library_dir_for(path)
    if access == "rw":
        library.mkdir(exist_ok=True)
    return Database(path, library, report, access=access, connection=connection, engine=engine)


def _refuse_foreign(path: Path, connection: sqlite3.Connection) -> None:
    """Raise when ``path`` is another program's SQLite database: tables, none of them
    ``alembic_version``. A survey always has it (it is made whole, migrated, then put in
    place), so such a file was never one, and migrating it would add our tables to it. It runs
    on the connection the survey is opened with (no other descriptor of the file is opened and
    closed) and before that connection's pragmas change the file."""
    tables = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite%' ORDER BY name"
        )
    ]
    if tables and "alembic_version" not in tables:
        shown = ", ".join(tables[:5]) + (", …" if len(tables) > 5 else "")
        raise failures.DatabaseUnavailableError(
            translate(
                "database",
                "{path} is not a SurveyApp survey but another program's database (its "
                "tables: {tables}); nothing was changed: choose a survey, or a new file "
                "name to start one",
            ).format(path=path, tables=shown),
            path,
        )


def _has_wal(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    return wal.exists() and wal.stat().st_size > 0
